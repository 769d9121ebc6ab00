//! A general-English specificity weight for word scores (experiment for
//! issue 14, branch `glossidf`).
//!
//! This file owns the weight of an English word stem by how specific it is
//! in general English: the inverse document frequency of the stem over
//! WordNet 3.1's 117,791 glosses (definitions and examples, one gloss one
//! document), compiled into the binary by `build.rs` from
//! `lexicon/en-gloss-df.txt` (written by `lexicon/gloss_df.py`; WordNet
//! licence in `lexicon/README.md`). It receives a document's
//! [`KeywordInput`] and its word scores and must not know how they were
//! computed or how candidates are ranked.
//!
//! Method: Sparck Jones's idf as a measure of term specificity (1972), with a
//! general-English reference collection in place of the document's own, as
//! Tomokiyo & Hurst's background language model (2003) and KP-Miner's
//! document frequencies (El-Beltagy & Rafea 2009) weigh keyphrases by a
//! collection outside the document. The weight of a stem with document
//! frequency `df` is `max(0, ln((N + 1) / (1 + df)) - c)`: a stem in
//! more than about `N / e^c` glosses (5,860 at `c` = 3: "use") weighs 0,
//! generic ones little ("system", 1,153 glosses: 1.63), specific ones more
//! ("network", 124: 3.85); a stem the table lacks (in fewer than 2
//! glosses: jargon, names) has `df = 0`, the largest weight (8.68).
//! `c` = [`SPECIFICITY_OFFSET`] = 3 was chosen on the four English
//! keyphrase sets at once (Inspec, DUC-2001, SemEval-2017, Nguyen-2007):
//! every `c` from 1 to 4 raised all four, the mean was flat from 2.5 to 4.
//!
//! It applies to English documents only (the language whose profile has a
//! part-of-speech lexicon, [`Tokenized::lexicon`]): the table holds English
//! stems.
//!
//! [`Tokenized::lexicon`]: crate::text::Tokenized::lexicon

use super::KeywordInput;
use crate::text::TermId;

mod table {
    include!(concat!(env!("OUT_DIR"), "/gloss_df.rs"));
}

/// The offset `c` subtracted from a stem's gloss idf (natural log).
const SPECIFICITY_OFFSET: f64 = 3.0;

/// The number of glosses a stem occurs in; 0 for a stem the table lacks.
fn gloss_frequency(stem: &str) -> u32 {
    table::GLOSS_DF
        .binary_search_by(|&(s, _)| s.cmp(stem))
        .map_or(0, |i| table::GLOSS_DF[i].1)
}

/// The specificity weight of an English stem: `max(0, idf - c)`.
fn weight(stem: &str) -> f64 {
    let n = f64::from(table::GLOSSES);
    let df = f64::from(gloss_frequency(stem));
    (((n + 1.0) / (1.0 + df)).ln() - SPECIFICITY_OFFSET).max(0.0)
}

/// Multiplies each term's score (indexed by term id) by its stem's weight,
/// in an English document; leaves other languages' scores as they are.
pub(super) fn weigh(input: &KeywordInput<'_>, scores: &mut [f64]) {
    if input.tokens.lexicon.is_none() {
        return;
    }
    for (t, score) in scores.iter_mut().enumerate() {
        *score *= weight(input.tokens.vocabulary.stem(t as TermId));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_sorted_unique_and_within_its_gloss_count() {
        assert_eq!(table::GLOSSES, 117_791);
        assert!(table::GLOSS_DF.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(table::GLOSS_DF.iter().all(|&(_, df)| (2..=table::GLOSSES).contains(&df)));
    }

    #[test]
    fn generic_words_weigh_nothing_and_specific_ones_more() {
        // "use" is in 6,718 glosses: ln(117792 / 6719) = 2.86 < 3.
        assert_eq!(gloss_frequency("use"), 6_718);
        assert_eq!(weight("use"), 0.0);
        // "network" in 124: ln(117792 / 125) - 3 = 6.848 - 3.
        let network = weight("network");
        assert!((network - ((117_792.0f64 / 125.0).ln() - 3.0)).abs() < 1e-12);
        // A stem in no two glosses weighs the most.
        assert!(weight("algorithm") > network);
        assert!(weight("keyphras") > weight("algorithm"));
        assert_eq!(weight("keyphras"), (117_792.0f64).ln() - 3.0);
    }

    #[test]
    fn only_english_word_scores_are_weighed() {
        use super::super::tests::Document;
        use crate::keywords::KeywordOptions;
        let text = "Use the network. Use the network.";
        let english = Document::new(text, KeywordOptions::default());
        assert!(english.tokens.lexicon.is_some(), "the test document is English");
        let input = english.input();
        let mut scores = vec![1.0; input.terms()];
        weigh(&input, &mut scores);
        let stems: Vec<&str> = (0..input.terms())
            .map(|t| input.tokens.vocabulary.stem(t as TermId))
            .collect();
        assert_eq!(stems, ["use", "network"]);
        assert_eq!(scores, [0.0, weight("network")]);
        // Without the English lexicon (another language) nothing changes.
        let mut other = Document::new(text, KeywordOptions::default());
        other.tokens.lexicon = None;
        let mut scores = vec![1.0; input.terms()];
        weigh(&other.input(), &mut scores);
        assert_eq!(scores, [1.0, 1.0]);
    }
}
