//! Regression tests: one per bug found, named after its issue.

mod common;

use abridge::{Budget, Config, Order, Summarizer, SummaryMethod};
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

/// Found by the pipeline fuzz target once it varied the summary method:
/// Edmundson's scores go below 0 where stigma words outweigh the other clues
/// (the paper's negative cue weight), which the shared invariants refused.
/// Such a score is finite and ranks the sentence last; the invariants now
/// allow it for Edmundson alone, and README says so.
#[test]
fn edmundson_scores_a_sentence_of_stigma_words_below_zero() {
    let text = "The council approved the flood plan. \
                It is a slight, hardly possible, somewhat impossible idea. \
                The flood plan raises the embankments.";
    let config = Config::default()
        .with_method(SummaryMethod::Edmundson)
        .with_budget(Budget::Words(25))
        .with_order(Order::Score);
    let report = Summarizer::new(config.clone())
        .expect("the configuration is valid")
        .run(text)
        .expect("the input is under the size limit");
    check(text, &config, &report);
    let last = report.summary.last().expect("three sentences fit 25 words");
    assert_eq!(last.index, 1, "{:?}", report.summary);
    assert!(last.score < 0.0 && last.score.is_finite(), "{}", last.score);
}
