//! Fuzz target: the whole pipeline from raw bytes.
//!
//! The first byte chooses a configuration (budget, order, similarity,
//! language), the second the summary method and the keyword method (every
//! method of each, by `SummaryMethod::ALL` and `KeywordMethod::ALL`); the
//! rest, decoded as UTF-8 with invalid sequences replaced (as the binary
//! does), is the document. Every report must satisfy the invariants the
//! property tests check, and render as text.
#![no_main]

#[path = "../../crates/abridge/tests/common/invariants.rs"]
mod invariants;

use abridge::output::{Entry, text};
use abridge::{
    Budget, Choice, Config, KeywordMethod, KeywordOptions, Language, Order, Similarity, Summarizer,
    SummaryMethod,
};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

const LANGUAGES: [Language; 4] = [
    Language::English,
    Language::French,
    Language::Russian,
    Language::Arabic,
];

/// The configuration selected by `byte` (bits 0 to 3 and 6 to 7 pick the
/// options) and `methods` (its low nibble the summary method, its high
/// nibble the keyword method, each modulo the number of methods).
fn config(byte: u8, methods: u8) -> Config {
    let summary = SummaryMethod::ALL[usize::from(methods & 15) % SummaryMethod::ALL.len()];
    let keyword = KeywordMethod::ALL[usize::from(methods >> 4) % KeywordMethod::ALL.len()];
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
        .with_method(summary)
        .with_keywords(KeywordOptions {
            count: 10,
            method: keyword,
            ..KeywordOptions::default()
        })
}

/// One summarizer per distinct configuration, built when first met (the
/// pair of bytes is reduced to the options it picks, so that memory stays
/// bounded by the number of configurations).
fn summarizer(byte: u8, methods: u8) -> &'static Summarizer {
    const KEYS: usize = 256 * 16 * 16;
    static ALL: [OnceLock<Summarizer>; KEYS] = [const { OnceLock::new() }; KEYS];
    let summary = usize::from(methods & 15) % SummaryMethod::ALL.len();
    let keyword = usize::from(methods >> 4) % KeywordMethod::ALL.len();
    // Bits 4 and 5 of the first byte pick nothing.
    let options = usize::from(byte & 0b1100_1111);
    ALL[(options * 16 + summary) * 16 + keyword].get_or_init(|| {
        Summarizer::new(config(byte, methods)).expect("the fuzz configurations are valid")
    })
}

fuzz_target!(|data: &[u8]| {
    let [byte, methods, rest @ ..] = data else {
        return;
    };
    let input = String::from_utf8_lossy(rest);
    let summarizer = summarizer(*byte, *methods);
    let report = summarizer
        .run(&input)
        .expect("an input under the size limit is always summarized");
    invariants::check(&input, summarizer.config(), &report);
    let entry = Entry::new("fuzz", &report);
    let mut out = Vec::new();
    text::write_entry(&mut out, &entry, true, false).expect("writing to memory cannot fail");
});
