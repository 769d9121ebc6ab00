//! Compare the two keyword methods on one article.
//!
//! Run with `cargo run --example keywords [FILE]`.

use abridge::{Config, KeywordMethod, KeywordOptions, Summarizer};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).unwrap_or_else(|| {
        concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/solar-farm.txt").into()
    });
    let text = std::fs::read_to_string(&path)?;
    for method in [KeywordMethod::TextRank, KeywordMethod::TfIdf] {
        let config = Config::default().with_keywords(KeywordOptions {
            method,
            count: 8,
            ..KeywordOptions::default()
        });
        let report = Summarizer::new(config)?.run(&text)?;
        let terms: Vec<String> = report
            .keywords
            .iter()
            .map(|k| format!("{} ({:.3})", k.term, k.score))
            .collect();
        println!("{:>8}: {}", method.name(), terms.join(", "));
    }
    Ok(())
}
