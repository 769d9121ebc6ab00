//! Spanish: the curated keyphrase stopwords (`stopwords/es.txt`) and the
//! words that join the nouns of a compound term (`de`, `del`: "detección de
//! anomalías") beside the Snowball stemmer and the Spanish sentence rules
//! (`rules.rs`); there is no lexicon.

use super::Spec;
use rust_stemmers::Algorithm;

/// What Spanish has of its own.
pub(super) const SPEC: Spec = Spec::snowball(Algorithm::Spanish)
    .with_rules(&super::rules::SPANISH)
    .with_curated_stopwords(include_str!("../../stopwords/es.txt"))
    .with_compound_joiners(&["de", "del"])
    .with_specificity(&super::frequency::SPANISH)
    .with_verb_endings(super::rules::SPANISH_VERB_ENDINGS);

#[cfg(test)]
mod tests {
    use crate::lang::{Language, Stopwords, Tier};

    #[test]
    fn curated_words_stop_keyphrases_only_and_nltk_words_stay_everywhere() {
        let stopwords = Stopwords::for_language(Language::Spanish);
        // "dos" and "puede" are curated; "de" is NLTK's; "redes" is neither.
        assert_eq!(stopwords.tier("dos"), Some(Tier::KeywordOnly));
        assert_eq!(stopwords.tier("puede"), Some(Tier::KeywordOnly));
        assert_eq!(stopwords.tier("de"), Some(Tier::Everywhere));
        assert_eq!(stopwords.tier("redes"), None);
    }

    #[test]
    fn de_and_del_join_compound_terms() {
        assert_eq!(Language::Spanish.compound_joiners(), ["de", "del"]);
        assert!(Language::English.compound_joiners().is_empty());
    }
}
