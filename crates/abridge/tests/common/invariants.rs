//! The invariants every report must satisfy, whatever its input.
//!
//! Shared by the property tests, the regression tests and the fuzz target
//! (which includes this file by path, so it may use only `abridge`,
//! `serde_json` and `unicode-segmentation`). Each check panics with a message
//! naming the invariant that broke.

use abridge::output::{Entry, json};
use abridge::{Budget, Config, Order, Report, SummaryMethod};
use unicode_segmentation::UnicodeSegmentation;

/// Each run of white space collapsed to one space, as summary sentences are.
pub fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The most summary sentences `budget` allows for a document of `n`
/// sentences.
pub fn most_sentences(budget: Budget, n: usize) -> usize {
    match budget {
        Budget::Sentences(k) => k.min(n),
        // The selection rounds; the ceiling bounds any rounding.
        Budget::Ratio(r) => ((r * n as f64).ceil() as usize).clamp(1, n.max(1)).min(n),
        Budget::Words(_) => n,
    }
}

/// Checks `report`, made from `input` with `config`.
pub fn check(input: &str, config: &Config, report: &Report) {
    let n = report.stats.sentences;
    let summary = &report.summary;
    for s in summary {
        let (start, end) = (s.span.start, s.span.end);
        assert!(
            start <= end && end <= input.len(),
            "span {start}..{end} outside an input of {} bytes",
            input.len()
        );
        assert!(
            input.is_char_boundary(start) && input.is_char_boundary(end),
            "span {start}..{end} is not on char boundaries"
        );
        assert_eq!(
            collapse(&input[start..end]),
            s.text,
            "span {start}..{end} does not slice to the sentence text"
        );
        assert!(s.index < n, "index {} of {n} sentences", s.index);
        // Edmundson's cue clue counts stigma words as -1 (the paper's
        // negative weights), so a sentence of stigma words scores below 0;
        // every other method's scores are at least 0.
        assert!(
            s.score.is_finite() && (s.score >= 0.0 || config.method == SummaryMethod::Edmundson),
            "sentence score {}",
            s.score
        );
    }
    assert_eq!(
        summary.is_empty(),
        n == 0,
        "{} summary sentences of {n}",
        summary.len()
    );
    assert!(
        summary.len() <= most_sentences(config.budget, n),
        "{} summary sentences for {:?} of {n}",
        summary.len(),
        config.budget
    );
    if let Budget::Words(limit) = config.budget {
        let words: usize = summary
            .iter()
            .map(|s| s.span.slice(input).unicode_words().count())
            .sum();
        assert!(
            summary.len() <= 1 || words <= limit,
            "{words} words in a summary of {} sentences for a budget of {limit}",
            summary.len()
        );
    }
    match config.order {
        Order::Document => assert!(
            summary.windows(2).all(|w| w[0].index < w[1].index),
            "summary indices not increasing: {:?}",
            summary.iter().map(|s| s.index).collect::<Vec<_>>()
        ),
        Order::Score => {
            assert!(
                summary.windows(2).all(|w| w[0].score >= w[1].score),
                "summary not best first"
            );
            let mut indices: Vec<usize> = summary.iter().map(|s| s.index).collect();
            indices.sort_unstable();
            indices.dedup();
            assert_eq!(indices.len(), summary.len(), "a sentence chosen twice");
        }
    }
    let keywords = &report.keywords;
    assert!(
        keywords.len() <= config.keywords.count,
        "{} keywords, {} asked for",
        keywords.len(),
        config.keywords.count
    );
    for k in keywords {
        assert!(
            !k.term.is_empty() && k.term == collapse(&k.term),
            "keyword {:?} is empty or has stray white space",
            k.term
        );
        assert!(
            k.count >= 1,
            "keyword {:?} counted {} times",
            k.term,
            k.count
        );
        assert!(
            k.score.is_finite(),
            "keyword {:?} scored {}",
            k.term,
            k.score
        );
    }
    assert!(
        keywords.windows(2).all(|w| w[0].score >= w[1].score),
        "keywords not best first"
    );
    check_json(report);
}

/// Renders `report` as JSON and checks it is one line, parses, and holds no
/// null where a number belongs (serde_json writes NaN and infinity as null).
pub fn check_json(report: &Report) {
    let entry = Entry::new("input", report);
    let mut bytes = Vec::new();
    json::write_entry(&mut bytes, &entry).expect("writing to memory cannot fail");
    let line = String::from_utf8(bytes).expect("JSON output is UTF-8");
    assert!(line.ends_with('\n'), "JSON entry does not end its line");
    assert_eq!(line.matches('\n').count(), 1, "JSON entry spans lines");
    let value: serde_json::Value = serde_json::from_str(&line).expect("JSON entry parses");
    let mut nulls = Vec::new();
    find_nulls(&value, "", &mut nulls);
    // The title may be absent, and the confidence when no detection ran.
    nulls.retain(|path| path != "/title" && path != "/language_confidence");
    assert!(nulls.is_empty(), "null in the JSON at {nulls:?}: {line}");
}

fn find_nulls(value: &serde_json::Value, path: &str, out: &mut Vec<String>) {
    match value {
        serde_json::Value::Null => out.push(path.to_string()),
        serde_json::Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                find_nulls(item, &format!("{path}/{i}"), out);
            }
        }
        serde_json::Value::Object(fields) => {
            for (key, item) in fields {
                find_nulls(item, &format!("{path}/{key}"), out);
            }
        }
        _ => {}
    }
}
