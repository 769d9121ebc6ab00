//! The JSON schema (version 1) as programs consume it: typed parsing with
//! unknown fields refused, spans that slice the input, ordering rules.

mod common;

use common::{StdoutOk, abridge, collapse, example_article, fixture, parse_json_lines};

fn report_for(path: &std::path::Path, args: &[&str]) -> common::JsonReport {
    let out = abridge()
        .args(["--format", "json"])
        .args(args)
        .arg(path)
        .stdout_ok();
    let mut reports = parse_json_lines(&out);
    assert_eq!(reports.len(), 1);
    reports.remove(0)
}

#[test]
fn spans_slice_the_input_to_the_sentence() {
    let path = example_article();
    let input = std::fs::read_to_string(&path).unwrap();
    let report = report_for(&path, &["--ratio", "1"]);
    assert_eq!(report.summary.len(), report.stats.sentences);
    for sentence in &report.summary {
        let raw = &input[sentence.start..sentence.end];
        assert_eq!(collapse(raw), sentence.text);
        assert_eq!(raw.trim(), raw, "spans are trimmed");
    }
}

#[test]
fn header_fields_follow_the_schema() {
    let report = report_for(&example_article(), &[]);
    assert_eq!(report.version, 1);
    assert_eq!(report.language, "english");
    assert!(report.source.ends_with("article.txt"));
    assert!(report.id.is_none());
    assert_eq!(
        report.title.as_deref(),
        Some("Riverside Town Council Approves Flood Defence Plan")
    );
    assert!(report.stats.sentences >= 20);
    assert!(report.stats.words > 300);
}

#[test]
fn boilerplate_lines_are_not_sentences() {
    let report = report_for(&example_article(), &["--ratio", "1"]);
    for sentence in &report.summary {
        assert!(!sentence.text.contains("Updated :"), "{}", sentence.text);
        assert!(
            !sentence.text.contains("Print | Share"),
            "{}",
            sentence.text
        );
    }
}

#[test]
fn summary_is_in_document_order_with_valid_scores() {
    let report = report_for(&fixture("library-hours.txt"), &["-n", "3"]);
    let indices: Vec<usize> = report.summary.iter().map(|s| s.index).collect();
    assert!(indices.windows(2).all(|w| w[0] < w[1]), "{indices:?}");
    assert!(
        report
            .summary
            .iter()
            .all(|s| s.score.is_finite() && s.score > 0.0)
    );
    assert!(
        report
            .summary
            .iter()
            .all(|s| s.index < report.stats.sentences)
    );
}

#[test]
fn keywords_are_descending_and_distinct() {
    let report = report_for(&example_article(), &["-k", "15"]);
    assert_eq!(report.keywords.len(), 15);
    assert!(report.keywords.windows(2).all(|w| w[0].score >= w[1].score));
    let mut terms: Vec<String> = report
        .keywords
        .iter()
        .map(|k| k.term.to_lowercase())
        .collect();
    terms.sort();
    terms.dedup();
    assert_eq!(terms.len(), 15);
    assert!(
        report
            .keywords
            .iter()
            .all(|k| k.count >= 1 && k.score.is_finite())
    );
    // Numbers and punctuation are never keywords.
    assert!(
        report
            .keywords
            .iter()
            .all(|k| k.term.chars().next().is_some_and(char::is_alphabetic))
    );
}

#[test]
fn keyword_spans_are_the_occurrences_in_the_input() {
    let path = example_article();
    let input = std::fs::read_to_string(&path).expect("the example article");
    let report = report_for(&path, &["-k", "10"]);
    for keyword in &report.keywords {
        assert_eq!(keyword.spans.len(), keyword.count, "{keyword:?}");
        let written: Vec<String> = keyword
            .spans
            .iter()
            .map(|s| common::collapse(&input[s.start..s.end]))
            .collect();
        // The term is the most frequent form; every form is the same words.
        assert!(written.contains(&keyword.term), "{keyword:?}: {written:?}");
        assert!(
            written
                .iter()
                .all(|w| w.split(' ').count() == keyword.term.split(' ').count()),
            "{keyword:?}: {written:?}"
        );
    }
}

#[test]
fn no_keywords_when_none_are_asked() {
    let report = report_for(&example_article(), &["-k", "0"]);
    assert!(report.keywords.is_empty());
}
