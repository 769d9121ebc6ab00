//! Fuzz target: the whole pipeline from raw bytes.
//!
//! The first byte chooses a configuration (budget, order, similarity,
//! keyword method, language); the rest, decoded as UTF-8 with invalid
//! sequences replaced (as the binary does), is the document. Every report
//! must satisfy the invariants the property tests check, and render as text
//! and as JSON.
#![no_main]

#[path = "../../crates/abridge/tests/common/invariants.rs"]
mod invariants;

use abridge::output::{Entry, text};
use abridge::{
    Budget, Config, KeywordMethod, KeywordOptions, Language, Order, Similarity, Summarizer,
};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

const LANGUAGES: [Language; 4] = [
    Language::English,
    Language::French,
    Language::Russian,
    Language::Arabic,
];

/// The configuration selected by `byte`: its bits pick each option.
fn config(byte: u8) -> Config {
    let budget = match byte & 3 {
        0 => Budget::Sentences(3),
        1 => Budget::Sentences(1),
        2 => Budget::Ratio(0.3),
        _ => Budget::Words(25),
    };
    Config::default()
        .with_language(LANGUAGES[usize::from(byte >> 6)])
        .with_budget(budget)
        .with_order(if byte & 4 == 0 {
            Order::Document
        } else {
            Order::Score
        })
        .with_similarity(if byte & 8 == 0 {
            Similarity::Cosine
        } else {
            Similarity::Overlap
        })
        .with_keywords(KeywordOptions {
            count: 10,
            method: if byte & 16 == 0 {
                KeywordMethod::TextRank
            } else {
                KeywordMethod::TfIdf
            },
            ..KeywordOptions::default()
        })
}

/// One summarizer per configuration byte, built once.
fn summarizer(byte: u8) -> &'static Summarizer {
    static ALL: OnceLock<Vec<Summarizer>> = OnceLock::new();
    &ALL.get_or_init(|| {
        (0..=u8::MAX)
            .map(|b| Summarizer::new(config(b)).expect("the fuzz configurations are valid"))
            .collect()
    })[usize::from(byte)]
}

fuzz_target!(|data: &[u8]| {
    let Some((&byte, rest)) = data.split_first() else {
        return;
    };
    let input = String::from_utf8_lossy(rest);
    let summarizer = summarizer(byte);
    let report = summarizer
        .run(&input)
        .expect("an input under the size limit is always summarized");
    invariants::check(&input, summarizer.config(), &report);
    let entry = Entry::new("fuzz", &report);
    let mut out = Vec::new();
    text::write_entry(&mut out, &entry, true, false).expect("writing to memory cannot fail");
});
