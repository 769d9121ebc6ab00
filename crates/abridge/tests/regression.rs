//! Regression tests: one per bug found, named after its issue.

mod common;

use abridge::{Config, Summarizer};
use common::invariants::check;

/// Issue 5: a document of distinct tokens made the keyword co-occurrence
/// graph a dense vocabulary × vocabulary matrix; 60,000 distinct words asked
/// for 28.8 GB and aborted the process. The graph is now sparse.
#[test]
fn issue_5_distinct_tokens_do_not_allocate_a_vocabulary_squared_graph() {
    let mut text = String::new();
    for i in 0..60_000u32 {
        // Letters only, so that every token is a content word.
        let mut n = i + 26 * 26;
        while n > 0 {
            text.push(char::from(b'a' + (n % 26) as u8));
            n /= 26;
        }
        text.push(if i % 20 == 19 { '\n' } else { ' ' });
    }
    let config = Config::default();
    let report = Summarizer::new(config.clone())
        .expect("the default configuration is valid")
        .run(&text)
        .expect("the input is under the size limit");
    assert_eq!(report.keywords.len(), 10);
    check(&text, &config, &report);
}
