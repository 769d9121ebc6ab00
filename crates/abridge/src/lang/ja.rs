//! Japanese: words from lindera's morphological analyser with IPADIC
//! (mecab-ipadic 2.7.0, compiled into the library by `build.rs` when the
//! `japanese` feature is on), stopwords-iso's Japanese list (は, を, に, の,
//! が, で, と, も, ...) plus curated auxiliaries and light verbs
//! (`stopwords/ja.txt`), no stemmer; sentences end at 。！？ and ．, closing
//! brackets and quotes (」』》）") kept on the sentence, as for Chinese (the
//! shared finals of `text/segment.rs`).
//!
//! Without the feature, Japanese is still detected, and its words are runs
//! of one script ([`script_words`]): a run of kanji, a run of katakana, a run
//! of hiragana, and the Unicode words of anything else. Japanese writes its
//! content words in kanji (漢語 compounds: 経済対策, 記者会見) and katakana
//! (loanwords: コロナウイルス), and its particles, auxiliaries and inflections
//! in hiragana, so without a dictionary a change of script is the best word
//! boundary there is (the character-type rule of dictionary-free Japanese
//! segmenters): a hiragana run carries no weight (it is a particle, an
//! ending, or both: `されたと`), a lone kanji carries none (a verb's or an
//! adjective's stem before its hiragana ending: 控 of 控える; a noun such as
//! 党 is lost too, which only a dictionary can tell apart), a run of kanji
//! numerals is a number, and keyphrases are runs of the rest, written as in
//! the text (新型コロナウイルス). Stopwords are stopwords-iso's list.
//!
//! IPADIC writes numbers in kanji one character a word (十|五|日); a run of
//! kanji numerals is one word here, a number, which carries no weight. A
//! lone character is a word on its own only where the analyser reads it as
//! a common or proper noun in its sentence (党, 国); a suffix (的, 日 after a
//! number), a particle or a character the dictionary does not know is not.
//!
//! The dictionary is mapped in place from the binary (lindera reads it
//! without copying), on first use: a run that meets no Japanese pays nothing.

use super::{DictionaryWord, Spec, push_unicode_words};

/// What Japanese has of its own with the `japanese` feature: lindera's
/// words and the curated keyphrase stopwords, which are written for them.
#[cfg(feature = "japanese")]
pub(super) const SPEC: Spec = Spec {
    curated_stopwords: Some(include_str!("../../stopwords/ja.txt")),
    words: super::WordSplitter::Lindera,
    ..Spec::plain().with_rules(&super::rules::JAPANESE)
};

/// Without the feature: stopwords-iso's list and runs of one script.
#[cfg(not(feature = "japanese"))]
pub(super) const SPEC: Spec = Spec {
    words: super::WordSplitter::ScriptRuns,
    ..Spec::plain().with_rules(&super::rules::JAPANESE)
};

/// The script of a character, as [`script_words`] reads Japanese.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Script {
    /// Kanji, with the iteration mark 々, the ideographic zero 〇, 〆, and
    /// the small ヶ that joins kanji (霞ヶ関).
    Kanji,
    /// Katakana, with the prolonged sound mark ー; half-width forms too.
    Katakana,
    /// Hiragana, with its iteration marks ゝ ゞ.
    Hiragana,
    /// Anything else: Latin letters, digits, punctuation, spaces.
    Other,
}

fn script(c: char) -> Script {
    match c {
        '\u{3005}'..='\u{3007}' | '\u{30F6}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' => {
            Script::Kanji
        }
        '\u{3041}'..='\u{309F}' => Script::Hiragana,
        // The middle dot ・ (U+30FB) separates the words of a name.
        '\u{30A0}'..='\u{30FA}' | '\u{30FC}'..='\u{30FF}' | '\u{31F0}'..='\u{31FF}' | '\u{FF66}'..='\u{FF9F}' => {
            Script::Katakana
        }
        _ => Script::Other,
    }
}

/// The kanji that write numbers (〇 and the digits, the powers of ten).
const NUMERALS: &str = "〇一二三四五六七八九十百千万億兆";

/// Counters, the closed class of kanji written after a number to say what
/// it counts (人 people, 日 days, 年 years, 円 yen, 件 cases, 回 times, ...).
const COUNTERS: &str = "人日年月円件回時分秒歳個本枚台倍割度位点階社名代週号機頭匹冊番軒戸票席校店期";

/// The words of Japanese `text` without a dictionary, with their byte
/// offsets: each maximal run of kanji, of katakana or of hiragana is a
/// word, and the rest of the text gives its Unicode words (names in Latin
/// letters, numbers). A hiragana run is marked a function word, which
/// carries no weight; a run of kanji numerals is a number.
pub(super) fn script_words(text: &str) -> Vec<DictionaryWord<'_>> {
    let mut words = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        let kind = script(c);
        let mut end = start + c.len_utf8();
        while let Some(&(at, next)) = chars.peek() {
            if script(next) != kind {
                break;
            }
            end = at + next.len_utf8();
            chars.next();
        }
        let piece = &text[start..end];
        if kind == Script::Other {
            push_unicode_words(&mut words, piece, start);
            continue;
        }
        let mut offset = start;
        if kind == Script::Kanji {
            // A quantity: numerals and the counter after them (二日, 一万人,
            // 二〇二五年), a number apart from the kanji that follow it (百人 |
            // 確認). Numerals before another kanji are part of a word (一般).
            let numerals: usize = piece.chars().take_while(|&c| NUMERALS.contains(c)).map(char::len_utf8).sum();
            let counter = piece[numerals..].chars().next().filter(|&c| COUNTERS.contains(c));
            if numerals == piece.len() || (numerals > 0 && counter.is_some()) {
                let end = start + numerals + counter.map_or(0, char::len_utf8);
                words.push(DictionaryWord {
                    is_number: true,
                    ..DictionaryWord::plain(start, &text[start..end])
                });
                offset = end;
            }
        }
        if offset < end {
            words.push(DictionaryWord {
                is_function: kind == Script::Hiragana,
                ..DictionaryWord::plain(offset, &text[offset..end])
            });
        }
    }
    words
}

#[cfg(feature = "japanese")]
pub(super) use analyser::words;

#[cfg(feature = "japanese")]
mod analyser {
    use super::NUMERALS;
    use crate::lang::DictionaryWord;
    use lindera::mode::Mode;
    use lindera::segmenter::Segmenter;
    use std::borrow::Cow;
    use std::sync::OnceLock;

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
                super::super::push_unicode_words(&mut words, piece, start);
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
                stands_alone,
                is_number: is_numeral(piece),
                ..DictionaryWord::plain(start, piece)
            });
        }
        words
    }

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

#[cfg(test)]
mod tests {
    use super::*;

    /// Each word of `text` by [`script_words`], with its marks: `#` a
    /// number, `~` a function word.
    fn marked(text: &str) -> Vec<String> {
        script_words(text)
            .iter()
            .map(|w| {
                assert_eq!(&text[w.offset..w.offset + w.word.len()], w.word);
                let mark = match (w.is_number, w.is_function) {
                    (true, _) => "#",
                    (_, true) => "~",
                    _ => "",
                };
                format!("{}{mark}", w.word)
            })
            .collect()
    }

    #[test]
    fn a_change_of_script_is_a_word_boundary() {
        assert_eq!(
            marked("政府は新型インフルエンザの経済対策を発表した。"),
            ["政府", "は~", "新型", "インフルエンザ", "の~", "経済対策", "を~", "発表", "した~"]
        );
        // A verb's kanji stem before its hiragana ending is a lone kanji,
        // which the tokens weigh as nothing; the prolonged sound mark stays
        // in its katakana word, the middle dot between a name's words is no
        // word, nor is any punctuation or space.
        assert_eq!(
            marked("会長は「ボーナスを控える」と話した。ジョン・スミス氏"),
            ["会長", "は~", "ボーナス", "を~", "控", "える~", "と~", "話", "した~", "ジョン", "スミス", "氏"]
        );
        // The iteration mark and the small ヶ belong to their kanji word.
        assert_eq!(marked("人々は霞ヶ関へ"), ["人々", "は~", "霞ヶ関", "へ~"]);
    }

    #[test]
    fn numerals_and_their_counter_are_a_number_and_other_scripts_unicode_words() {
        assert_eq!(
            marked("二〇二五年に百人確認、一般の十五日。"),
            ["二〇二五年#", "に~", "百人#", "確認", "一般", "の~", "十五日#"]
        );
        // Numerals alone are a number; numerals inside a word are not.
        assert_eq!(marked("百と統一"), ["百#", "と~", "統一"]);
        // Latin names and digits between Japanese words, half-width katakana.
        assert_eq!(marked("Toyota 2025年のｶﾀｶﾅ"), ["Toyota", "2025", "年", "の~", "ｶﾀｶﾅ"]);
        assert!(script_words("").is_empty());
        assert!(script_words("。、「」 ").is_empty());
    }
}
