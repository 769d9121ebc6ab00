//! The calls of the Python module's speed bench (`benches/python_peers.py`),
//! made from Rust: one `Summarizer` built once, then one call per article,
//! round after round, so that a profiler (`valgrind --tool=callgrind`) sees
//! the per-article work of `abridge.summarize(text, sentences=3,
//! keywords=0)`, `abridge.keywords(text, keywords=10)` or the default
//! `abridge.summarize(text, sentences=3)`, warm caches included.
//!
//! Run with `cargo run --release --example calls -- BBC.jsonl [summary|keywords|default] [DOCS] [ROUNDS]`
//! (a JSON Lines file whose records have a `text`; defaults: summary, 200
//! articles, 3 rounds). Prints the wall time per article of the last round
//! and a checksum of the results, so that two builds can be compared.
//!
//! It allocates with mimalloc, as the Python extension (`python/src/lib.rs`)
//! and the command line do, so that its figures describe what they run.

use abridge::{Budget, Config, Request, Summarizer};
use std::time::Instant;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let path = args
        .next()
        .ok_or("usage: calls FILE.jsonl [summary|keywords|default] [DOCS] [ROUNDS]")?;
    let call = args.next().unwrap_or_else(|| "summary".to_string());
    let docs: usize = args.next().map_or(Ok(200), |s| s.parse())?;
    let rounds: usize = args.next().map_or(Ok(3), |s| s.parse())?;
    let texts: Vec<String> = std::fs::read_to_string(&path)
        .map_err(|e| format!("{path}: {e}"))?
        .lines()
        .filter(|line| !line.trim().is_empty())
        .take(docs)
        .enumerate()
        .map(|(i, line)| {
            let record: serde_json::Value =
                serde_json::from_str(line).map_err(|e| format!("{path}: record {}: {e}", i + 1))?;
            Ok(record["text"].as_str().unwrap_or_default().to_string())
        })
        .collect::<Result<_, String>>()?;
    let mut config = Config::default().with_budget(Budget::Sentences(3));
    let request = match call.as_str() {
        "summary" => {
            config.keywords.count = 0;
            Request::new()
        }
        "keywords" => Request::new().with_keywords_only(),
        "default" => Request::new(),
        other => return Err(format!("unknown call '{other}' (summary, keywords, default)").into()),
    };
    let summarizer = Summarizer::new(config)?;
    let mut checksum = 0usize;
    let mut per_article = 0.0;
    for _ in 0..rounds {
        let start = Instant::now();
        for text in &texts {
            let report = summarizer.run_with(text, request)?;
            checksum = checksum.wrapping_mul(31).wrapping_add(
                report.summary.iter().map(|s| s.index + 1).sum::<usize>()
                    + report.keywords.iter().map(|k| k.term.len()).sum::<usize>(),
            );
        }
        per_article = start.elapsed().as_secs_f64() / texts.len().max(1) as f64;
    }
    println!(
        "{call}: {} articles, {rounds} rounds, last round {:.4} ms an article, checksum {checksum}",
        texts.len(),
        per_article * 1e3
    );
    Ok(())
}
