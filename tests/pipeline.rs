//! The library end to end: the hard sentence cases, the acceptance checks
//! on the shared sample article, and determinism.

mod common;

use abridge::{Budget, Config, Summarizer};
use serde::Deserialize;

#[derive(Deserialize)]
struct Case {
    case: String,
    text: String,
    sentences: Vec<String>,
}

fn every_sentence() -> Summarizer {
    Summarizer::new(Config {
        budget: Budget::Ratio(1.0),
        ..Config::default()
    })
    .unwrap()
}

#[test]
fn hard_sentence_cases_split_right() {
    let cases: Vec<Case> = serde_json::from_str(include_str!("sentences.json")).unwrap();
    let mut failures = Vec::new();
    for case in &cases {
        let got: Vec<&str> = abridge::text::segment(&case.text)
            .sentences
            .iter()
            .map(|s| s.span.slice(&case.text))
            .collect();
        if got != case.sentences {
            failures.push(format!("{}: got {got:?}", case.case));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn shared_article_summary_is_real_sentences_and_keywords_name_faw() {
    let Some(path) = common::shared_fixture("faw-innovation-2021.txt") else {
        panic!("../shared/fixtures/faw-innovation-2021.txt is missing: clone beside ../shared");
    };
    let text = std::fs::read_to_string(path).unwrap();
    let report = abridge::summarize(&text).unwrap();
    assert_eq!(report.summary.len(), 3);
    assert!(
        report
            .title
            .as_deref()
            .is_some_and(|t| t.starts_with("The 1st Anniversary"))
    );
    for sentence in &report.summary {
        assert!(!sentence.text.contains("Updated"), "{}", sentence.text);
        assert!(!sentence.text.contains("Fonts"), "{}", sentence.text);
        assert!(
            sentence.text.split_whitespace().count() >= 8,
            "{}",
            sentence.text
        );
    }
    let terms: Vec<&str> = report.keywords.iter().map(|k| k.term.as_str()).collect();
    assert!(terms.contains(&"FAW"), "{terms:?}");
    assert!(terms.iter().any(|t| t.contains(' ')), "{terms:?}");
}

#[test]
fn same_input_same_report() {
    let text = common::read_fixture("library-hours.txt");
    let a = abridge::summarize(&text).unwrap();
    let b = abridge::summarize(&text).unwrap();
    assert_eq!(a, b);
}

#[test]
fn one_summarizer_serves_many_documents() {
    let summarizer = every_sentence();
    let first = summarizer
        .run(&common::read_fixture("solar-farm.txt"))
        .unwrap();
    let _ = summarizer
        .run(&common::read_fixture("library-hours.txt"))
        .unwrap();
    let again = summarizer
        .run(&common::read_fixture("solar-farm.txt"))
        .unwrap();
    assert_eq!(first, again);
}
