//! Arabic: the Snowball stemmer, the sentence rules of `rules.rs` (`د.`,
//! `ق. م`), and NLTK's stopwords in both spellings of the hamza.
//!
//! NLTK's Arabic list writes the hamza on its alef (`أن`, `إلى`, `أو`), but
//! much Arabic text on the web and in the press leaves it off (`ان`, `الى`,
//! `او`): a plain alef stands for `أ`, `إ` and `آ`. Unmatched, those forms
//! became the most frequent content terms of an article and made unrelated
//! sentences look alike. The Snowball stemmer folds the three letters the
//! same way (its `Normalize_pre` step), and so do the light stemmers of
//! Arabic retrieval (Larkey, Ballesteros & Connell, *Improving Stemming for
//! Arabic Information Retrieval*, SIGIR 2002); here the listed stopwords get
//! that spelling too. The conjunctions `و` and `ف` written onto a stopword
//! (`وفي`, `فقد`) are left as they are: prefixing them to every listed word
//! also makes content words (`ف` + `نون` is `فنون`, arts).

use super::Spec;
use rust_stemmers::Algorithm;

/// What Arabic has of its own.
pub(super) const SPEC: Spec = Spec {
    stopword_spelling: Some(without_hamza_seat),
    ..Spec::snowball(Algorithm::Arabic).with_rules(&super::rules::ARABIC)
};

/// `word` with each alef that carries a hamza or a madda (`أ` `إ` `آ`) written
/// as a plain alef `ا`, or `None` when it has none.
fn without_hamza_seat(word: &str) -> Option<String> {
    word.contains(['أ', 'إ', 'آ'])
        .then(|| word.replace(['أ', 'إ', 'آ'], "ا"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::{Language, Stopwords};

    #[test]
    fn the_alef_loses_its_hamza_and_madda() {
        assert_eq!(without_hamza_seat("أن").as_deref(), Some("ان"));
        assert_eq!(without_hamza_seat("إلى").as_deref(), Some("الى"));
        assert_eq!(without_hamza_seat("الآن").as_deref(), Some("الان"));
        assert_eq!(without_hamza_seat("في"), None);
    }

    #[test]
    fn arabic_stopwords_match_both_spellings() {
        let ar = Stopwords::for_language(Language::Arabic);
        for word in ["أن", "ان", "إلى", "الى", "أو", "او", "في"] {
            assert!(ar.contains(word), "{word}");
        }
        // Content words stay content words in either spelling.
        for word in ["الأرض", "الارض", "فنون", "وفي"] {
            assert!(!ar.contains(word), "{word}");
        }
    }
}
