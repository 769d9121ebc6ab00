//! French: the curated keyphrase stopwords (`stopwords/fr.txt`), the words
//! that join the nouns of a compound term (`de`, `du`, `des`: "taux de
//! chômage") and the French sentence rules (`rules.rs`: `M.`, `Mme`); there
//! is no lexicon.

use super::Spec;
use rust_stemmers::Algorithm;

/// What French has of its own.
pub(super) const SPEC: Spec = Spec {
    stemmer: Some(Algorithm::French),
    sentence_rules: &super::rules::FRENCH,
    curated_stopwords: Some(include_str!("../../stopwords/fr.txt")),
    compound_joiners: &["de", "du", "des"],
    lexicon: None,
    words: super::WordSplitter::Unicode,
    specificity: None,
    stopword_spelling: None,
    capitalised_nouns: false,
    spaced_syllables: false,
    verb_endings: super::rules::FRENCH_VERB_ENDINGS,
    particles: None,
};
