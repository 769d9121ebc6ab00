//! Chinese: words from jieba-rs (its dictionary compiled in, the hidden
//! Markov model for unknown words off), NLTK's stopword list (的, 了, 是,
//! 在, ...), no stemmer; sentences end at 。！？ as Unicode's sentence
//! boundaries say.
//!
//! The dictionary takes about 0.12 s to load, so it is loaded the first time
//! Chinese text is split ([`words`]) and kept for the process: a run that
//! meets no Chinese pays nothing for it. The HMM is off because it glues
//! unknown characters into words, real and spurious alike; off, more gold
//! keyphrases of the CSL set start and end on word boundaries (93.9% against
//! 92.0%) and splitting is about 10% faster.

use super::{DictionaryWord, Spec, WordSplitter};
use jieba_rs::Jieba;
use std::sync::OnceLock;
use unicode_segmentation::UnicodeSegmentation;

/// What Chinese has of its own.
pub(super) const SPEC: Spec = Spec {
    words: WordSplitter::Jieba,
    ..Spec::plain()
};

/// The segmenter, built on first use.
static JIEBA: OnceLock<Jieba> = OnceLock::new();

/// The words of `text` with their byte offsets: jieba's words where they
/// hold a Han character, and the Unicode words of every other piece (Latin
/// names, numbers), so that punctuation and spaces are never words.
pub(super) fn words(text: &str) -> Vec<DictionaryWord<'_>> {
    let jieba = JIEBA.get_or_init(Jieba::new);
    let mut words = Vec::new();
    let word = |offset, word| DictionaryWord {
        offset,
        word,
        stands_alone: false,
        is_number: false,
    };
    for token in jieba.cut(text, false) {
        let (offset, piece) = (token.byte_start, token.word);
        if piece.chars().any(is_han) {
            words.push(word(offset, piece));
        } else {
            words.extend(
                piece
                    .unicode_word_indices()
                    .map(|(at, w)| word(offset + at, w)),
            );
        }
    }
    words
}

/// Whether `c` is a Han ideograph (the CJK blocks jieba's dictionary covers).
fn is_han(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{2FA1F}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_dictionary_words_with_their_offsets() {
        let text = "一汽集团发布了新能源汽车, FAW 2021年。";
        let words = words(text);
        let found: Vec<&str> = words.iter().map(|w| w.word).collect();
        assert!(found.contains(&"新能源"), "{found:?}");
        assert!(found.contains(&"汽车"), "{found:?}");
        assert!(found.contains(&"FAW"), "{found:?}");
        assert!(!found.iter().any(|w| w.trim().is_empty() || *w == "," || *w == "。"));
        for w in words {
            assert_eq!(&text[w.offset..w.offset + w.word.len()], w.word);
        }
    }
}
