//! French: the curated keyphrase stopwords (`stopwords/fr.txt`); sentences
//! take the English rules for now, and there is no lexicon.

use super::{Spec, en};
use rust_stemmers::Algorithm;

/// What French has of its own.
pub(super) const SPEC: Spec = Spec {
    stemmer: Some(Algorithm::French),
    sentence_rules: &en::SENTENCE_RULES,
    curated_stopwords: Some(include_str!("../../stopwords/fr.txt")),
    lexicon: None,
    words: super::WordSplitter::Unicode,
};
