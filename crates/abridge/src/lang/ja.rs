//! Japanese: words from lindera's morphological analyser with IPADIC
//! (mecab-ipadic 2.7.0, compiled into the library by `build.rs` when the
//! `japanese` feature is on), stopwords-iso's Japanese list (は, を, に, の,
//! が, で, と, も, ...) plus curated auxiliaries and light verbs
//! (`stopwords/ja.txt`), no stemmer; sentences end at 。！？ and ．, closing
//! brackets and quotes (」』》）") kept on the sentence, as for Chinese (the
//! shared finals of `text/segment.rs`).
//!
//! Without the feature, Japanese is still detected and read by Unicode word
//! boundaries (each kanji alone) with stopwords-iso's list alone.
//!
//! IPADIC writes numbers in kanji one character a word (十|五|日); a run of
//! kanji numerals is one word here, a number, which carries no weight. A
//! lone character is a word on its own only where the analyser reads it as
//! a common or proper noun in its sentence (党, 国); a suffix (的, 日 after a
//! number), a particle or a character the dictionary does not know is not.
//!
//! The dictionary is mapped in place from the binary (lindera reads it
//! without copying), on first use: a run that meets no Japanese pays nothing.

use super::Spec;

/// What Japanese has of its own with the `japanese` feature: lindera's
/// words and the curated keyphrase stopwords, which are written for them.
#[cfg(feature = "japanese")]
pub(super) const SPEC: Spec = Spec {
    curated_stopwords: Some(include_str!("../../stopwords/ja.txt")),
    words: super::WordSplitter::Lindera,
    ..Spec::plain().with_rules(&super::rules::JAPANESE)
};

/// Without the feature: stopwords-iso's list and Unicode words.
#[cfg(not(feature = "japanese"))]
pub(super) const SPEC: Spec = Spec::plain().with_rules(&super::rules::JAPANESE);

#[cfg(feature = "japanese")]
pub(super) use analyser::words;

#[cfg(feature = "japanese")]
mod analyser {
    use crate::lang::DictionaryWord;
    use lindera::mode::Mode;
    use lindera::segmenter::Segmenter;
    use std::borrow::Cow;
    use std::sync::OnceLock;
    use unicode_segmentation::UnicodeSegmentation;

    /// IPADIC as `build.rs` compiled it, in place in the binary.
    #[allow(dead_code, unreachable_pub)] // the macro's loader type is not used
    mod ipadic {
        lindera_dictionary::embedded_dictionary!("/ipadic", Loader);
    }

    /// The analyser, built on first use.
    static SEGMENTER: OnceLock<Segmenter> = OnceLock::new();

    fn segmenter() -> &'static Segmenter {
        SEGMENTER.get_or_init(|| {
            let dictionary = ipadic::load().expect("build.rs compiled the dictionary it embeds");
            Segmenter::new(Mode::Normal, dictionary, None)
        })
    }

    /// The words of `text` with their byte offsets: the analyser's words
    /// where they hold a Japanese character (kana or kanji), runs of kanji
    /// numerals joined, and the Unicode words of every other piece (Latin
    /// names, numbers), so that punctuation and spaces are never words.
    pub(in crate::lang) fn words(text: &str) -> Vec<DictionaryWord<'_>> {
        let tokens = match segmenter().segment(Cow::Borrowed(text)) {
            Ok(tokens) => tokens,
            // The analyser fails on no text it is given; should it, the
            // text is read by Unicode words rather than lost.
            Err(_) => return super::super::unicode_words(text),
        };
        let mut words: Vec<DictionaryWord<'_>> = Vec::with_capacity(tokens.len());
        for token in &tokens {
            let (start, end) = (token.byte_start, token.byte_end);
            let piece = &text[start..end];
            if !piece.chars().any(is_japanese) {
                words.extend(piece.unicode_word_indices().map(|(at, word)| DictionaryWord {
                    offset: start + at,
                    word,
                    stands_alone: false,
                    is_number: false,
                }));
                continue;
            }
            if is_numeral(piece)
                && let Some(last) = words.last_mut()
                && last.is_number
                && last.offset + last.word.len() == start
            {
                last.word = &text[last.offset..end];
                continue;
            }
            let stands_alone = piece.chars().count() == 1 && !token.word_id.is_unknown() && {
                let details = token.dictionary.word_details(token.word_id.id() as usize);
                details.first() == Some(&"名詞")
                    && matches!(details.get(1), Some(&("一般" | "固有名詞" | "サ変接続")))
            };
            words.push(DictionaryWord {
                offset: start,
                word: piece,
                stands_alone,
                is_number: is_numeral(piece),
            });
        }
        words
    }

    /// The kanji that write numbers (〇 and the digits, the powers of ten).
    const NUMERALS: &str = "〇一二三四五六七八九十百千万億兆";

    /// Whether `word` is written in kanji numerals only.
    fn is_numeral(word: &str) -> bool {
        !word.is_empty() && word.chars().all(|c| NUMERALS.contains(c))
    }

    /// Whether `c` is written in Japanese: hiragana, katakana (with the
    /// prolonged sound mark), kanji or the iteration mark 々.
    fn is_japanese(c: char) -> bool {
        matches!(c, '\u{3005}' | '\u{3007}' | '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{FF66}'..='\u{FF9F}')
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        fn forms(text: &str) -> Vec<&str> {
            words(text).iter().map(|w| w.word).collect()
        }

        #[test]
        fn a_sentence_is_split_into_dictionary_words_with_their_offsets() {
            let text = "日本銀行は金融政策決定会合を東京で開いた。";
            assert_eq!(
                forms(text),
                ["日本銀行", "は", "金融", "政策", "決定", "会合", "を", "東京", "で", "開い", "た"]
            );
            for w in words(text) {
                assert_eq!(&text[w.offset..w.offset + w.word.len()], w.word);
            }
        }

        #[test]
        fn kanji_numerals_are_one_number_and_latin_pieces_unicode_words() {
            let text = "二〇二五年に百十四兆円、Toyota 2025。";
            let found = words(text);
            let number = found.iter().find(|w| w.word == "百十四兆").expect("one number");
            assert!(number.is_number && !number.stands_alone);
            assert!(found.iter().any(|w| w.word == "二〇二五" && w.is_number));
            let plain: Vec<&str> = found.iter().map(|w| w.word).collect();
            assert!(plain.contains(&"Toyota") && plain.contains(&"2025"), "{plain:?}");
            assert!(!plain.iter().any(|w| *w == "、" || *w == "。" || w.trim().is_empty()));
        }

        #[test]
        fn a_lone_noun_stands_alone_and_a_suffix_does_not() {
            let found = words("党は十五日に経済的な政策を発表した。");
            let by_form = |form: &str| found.iter().find(|w| w.word == form).copied();
            assert!(by_form("党").expect("党").stands_alone);
            assert!(!by_form("日").expect("日").stands_alone);
            assert!(!by_form("的").expect("的").stands_alone);
            assert!(!by_form("は").expect("は").stands_alone);
        }
    }
}
