//! Summarize the bundled article in two sentences, best first.
//!
//! Run with `cargo run --example summarize [FILE]`.

use abridge::{Budget, Config, Order, Summarizer};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| concat!(env!("CARGO_MANIFEST_DIR"), "/examples/article.txt").into());
    let text = std::fs::read_to_string(&path)?;
    let config = Config::default()
        .with_budget(Budget::Sentences(2))
        .with_order(Order::Score);
    let report = Summarizer::new(config)?.run(&text)?;
    if let Some(title) = &report.title {
        println!("{title}");
    }
    for sentence in &report.summary {
        println!("[{:.3}] {}", sentence.score, sentence.text);
    }
    Ok(())
}
