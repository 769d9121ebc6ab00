//! A specificity weight for keyword candidates: how specific a word is in
//! general use, from a reference collection outside the document (issue 14).
//!
//! This file owns the weight of a word stem by the number of documents of
//! its language's [`Specificity`] table that hold it (English: WordNet 3.1's
//! 117,791 glosses, definitions and examples, one gloss one document;
//! `lang/en/gloss.rs`). It receives a document's [`KeywordInput`] (its
//! vocabulary of stems and its language's table) and a candidate's terms,
//! and must not know how word scores are computed or how candidates are
//! ranked.
//!
//! Method: Sparck Jones's idf as a measure of term specificity (1972), with a
//! general reference collection in place of the document's own, as Tomokiyo
//! & Hurst's background language model (2003) and KP-Miner's document
//! frequencies (El-Beltagy & Rafea 2009) weigh keyphrases by a collection
//! outside the document. The weight of a stem with document frequency `df`
//! is `max(0, ln((N + 1) / (1 + df)) - c)`: in English a stem in more than
//! about `N / e^c` glosses (5,860 at `c` = 3: "use") weighs 0, generic ones
//! little ("system", 1,153 glosses: 1.63), specific ones more ("network",
//! 124: 3.85). A stem the table lacks (in fewer than 2 glosses: jargon,
//! names, "a.m") counts as in [`Specificity::least`] = 2, as rare as the
//! rarest stem the table holds (7.57): the table cannot tell it rarer, and
//! at `df` 0 such tokens led lists ("a.m" among a library's opening hours).
//! `c` = [`Specificity::generic_idf`] = 3 and the unknown `df` were chosen on the
//! four English keyphrase sets at once (Inspec, DUC-2001, SemEval-2017,
//! Nguyen-2007): every `c` from 1 to 3 raised all four (4 lowered
//! DUC-2001, 29.68 to 29.18) and the mean was flat from 2.5 to 4; the mean was flat for an unknown `df` from 2 to 10
//! (grids in README.md, Keywords).
//!
//! Spanish's table counts a stem's uses per billion words of general text
//! (`lang/frequency.rs`, from the wordfreq package's lists): a word is a
//! smaller unit than a gloss, so its `c` is its own (5.5: "de" weighs 0,
//! "sistema" 2.22, "algoritmo" 6.30, a stem used fewer than 1,000 times
//! 8.31), chosen on WICC-ES (15.24 to 17.19 F1@10; every `c` from 3 to 8
//! gave 16.8 to 17.5). The same kind of table for French lowered
//! WikiNews-FR (33.27 to between 30.2 and 32.9 for every setting tried),
//! so French has none (README.md, Keywords).
//!
//! It applies where the document's language has a table
//! ([`Tokenized::specificity`], from the language profile): English and
//! Spanish; a table's stems are its language's stemmer's, so no other
//! language inherits it.
//!
//! [`Tokenized::specificity`]: crate::text::Tokenized::specificity

use super::KeywordInput;
use crate::lang::Specificity;
use crate::text::TermId;

/// The specificity weight of a stem: `max(0, idf - c)`, `c` the table's
/// [`Specificity::generic_idf`], a stem it lacks as rare as its
/// [`Specificity::least`].
fn weight(table: &Specificity, stem: &str) -> f64 {
    let n = f64::from(table.documents);
    let df = f64::from((table.frequency)(stem).unwrap_or(table.least));
    (((n + 1.0) / (1.0 + df)).ln() - table.generic_idf).max(0.0)
}

/// The specificity weight of each term of the document (by term id), or
/// `None` where its language has no table ([`Specificity`]; English and
/// Spanish).
pub(super) fn term_weights(input: &KeywordInput<'_>) -> Option<Vec<f64>> {
    let table = input.tokens.specificity?;
    let vocabulary = &input.tokens.vocabulary;
    Some(
        (0..vocabulary.len())
            .map(|t| weight(table, vocabulary.stem(t as TermId)))
            .collect(),
    )
}

/// The weight of a phrase of `terms`: that of its most specific word. A
/// phrase is in no more documents than any of its words, so its own idf is
/// at least its most specific word's: the largest word weight is a lower
/// bound of the phrase's, which the table (single stems) cannot give.
pub(super) fn phrase_weight(weights: &[f64], terms: &[TermId]) -> f64 {
    terms
        .iter()
        .map(|&t| weights[t as usize])
        .fold(0.0, f64::max)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Language;

    fn english_table() -> &'static Specificity {
        Language::English.specificity().expect("English has a table")
    }

    #[test]
    fn generic_words_weigh_nothing_and_specific_ones_more() {
        let en = english_table();
        // "use" is in 6,718 glosses: ln(117792 / 6719) = 2.86 < 3.
        assert_eq!(weight(en, "use"), 0.0);
        // "network" in 124: ln(117792 / 125) - 3 = 6.848 - 3.
        let network = weight(en, "network");
        assert!((network - ((117_792.0f64 / 125.0).ln() - 3.0)).abs() < 1e-12);
        // "algorithm" is in 2 glosses, fewer than "network".
        assert!(weight(en, "algorithm") > network);
        // A stem the table lacks counts as in 2 glosses, its least.
        assert_eq!(en.least, 2);
        let unknown = (117_792.0f64 / 3.0).ln() - 3.0;
        assert_eq!(weight(en, "keyphras"), unknown);
        assert_eq!(weight(en, "a.m"), unknown);
    }

    #[test]
    fn terms_are_weighed_where_the_language_has_a_table() {
        use super::super::tests::Document;
        use crate::keywords::KeywordOptions;
        let text = "Use the network. Use the network.";
        let mut english = Document::new(text, KeywordOptions::default());
        assert!(english.tokens.specificity.is_some(), "the test document is English");
        // The table, not the part-of-speech lexicon, is what counts.
        english.tokens.lexicon = None;
        let input = english.input();
        let stems: Vec<&str> = (0..input.terms())
            .map(|t| input.tokens.vocabulary.stem(t as TermId))
            .collect();
        assert_eq!(stems, ["use", "network"]);
        let network = weight(english_table(), "network");
        assert_eq!(term_weights(&input), Some(vec![0.0, network]));
        // Without a table (another language) there are no weights.
        let mut other = Document::new(text, KeywordOptions::default());
        other.tokens.specificity = None;
        assert_eq!(term_weights(&other.input()), None);
    }

    #[test]
    fn a_phrase_weighs_as_its_most_specific_word() {
        let weights = [0.0, 3.85, 1.63];
        assert_eq!(phrase_weight(&weights, &[0, 1, 2]), 3.85);
        assert_eq!(phrase_weight(&weights, &[2, 0]), 1.63);
        assert_eq!(phrase_weight(&weights, &[0]), 0.0);
    }

    #[test]
    fn spanish_weighs_uses_per_billion_words() {
        let es = Language::Spanish.specificity().expect("Spanish has a table");
        // "sistem" is used 442,080 times per billion words:
        // ln(1,000,000,001 / 442,081) - 5.5 = 7.7241 - 5.5.
        let system = weight(es, "sistem");
        assert!((system - 2.2241).abs() < 1e-3, "{system}");
        // "de", 64,594,263 times: ln(15.48) = 2.74 < 5.5.
        assert_eq!(weight(es, "de"), 0.0);
        // A stem the table lacks is as rare as its least, 1,000 or more.
        let unknown = ((1e9 + 1.0) / (1.0 + f64::from(es.least))).ln() - 5.5;
        assert_eq!(weight(es, "xqzwv"), unknown);
        assert!(weight(es, "algoritm") > system && unknown > weight(es, "algoritm"));
    }

    #[test]
    fn english_and_spanish_have_a_table() {
        let with: Vec<Language> = Language::ALL
            .iter()
            .copied()
            .filter(|l| l.specificity().is_some())
            .collect();
        assert_eq!(with, [Language::English, Language::Spanish]);
    }
}
