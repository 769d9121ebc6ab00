//! Thai, Khmer and Burmese: words from ICU4X's dictionary segmenter
//! (`icu_segmenter`, its compiled data in the binary: word lists for Thai,
//! Lao, Khmer and Burmese, and ICU's Chinese and Japanese list, which the
//! same call brings in; it cuts only Chinese or Japanese written inside a
//! text of these languages, since jieba and the Japanese splitters read
//! those languages). These scripts write no
//! space between words, and Unicode's default word boundaries (UAX #29)
//! leave their words to a dictionary: without one, each letter was a word
//! (the keywords of a Thai text were `เ, ง, ก, า, น`). Thai has
//! stopwords-iso's list; Khmer and Burmese have none. No stemmer.
//!
//! ICU's dictionary segmenter was chosen over its LSTM models (0.6 MB of
//! data against about 2.7 MB) because it cut a Thai news sentence where a
//! reader does (กรุงเทพมหานคร, ประเทศไทย) where the LSTM split the name of
//! Bangkok in two. The data is compiled into the binary and read in place:
//! nothing is loaded or decoded at start-up.

use super::{DictionaryWord, Spec, WordSplitter};
use icu_segmenter::WordSegmenter;
use icu_segmenter::options::WordBreakInvariantOptions;

/// What Khmer and Burmese have of their own: the dictionary's words.
pub(super) const SPEC: Spec = Spec {
    words: WordSplitter::Icu,
    ..Spec::plain()
};

/// What Thai has of its own: the dictionary's words, and sentences that end
/// at a space between two Thai letters ([`super::rules::THAI`]).
pub(super) const THAI: Spec = SPEC.with_rules(&super::rules::THAI);

/// The words of `text` with their byte offsets: the segmenter's word-like
/// segments (letters, numbers, ideographs; never spaces or punctuation),
/// which outside these scripts are Unicode's words.
pub(super) fn words(text: &str) -> Vec<DictionaryWord<'_>> {
    let segmenter = WordSegmenter::new_dictionary(WordBreakInvariantOptions::default());
    let mut words = Vec::new();
    let mut breaks = segmenter.segment_str(text);
    let mut start = 0;
    while let Some(end) = breaks.next() {
        if end > start && breaks.is_word_like() {
            words.push(DictionaryWord::plain(start, &text[start..end]));
        }
        start = end;
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    fn forms(text: &str) -> Vec<&str> {
        words(text)
            .iter()
            .map(|w| {
                assert_eq!(&text[w.offset..w.offset + w.word.len()], w.word);
                w.word
            })
            .collect()
    }

    #[test]
    fn thai_khmer_and_burmese_are_split_into_dictionary_words() {
        // "Bangkok is the capital of Thailand, with more than ten million people."
        assert_eq!(
            forms("กรุงเทพมหานครเป็นเมืองหลวงของประเทศไทย มีประชากรมากกว่าสิบล้านคน"),
            ["กรุงเทพมหานคร", "เป็น", "เมือง", "หลวง", "ของ", "ประเทศไทย", "มี", "ประชากร", "มากกว่า", "สิบ", "ล้าน", "คน"]
        );
        // "Khmer is the official language of Cambodia."
        assert_eq!(
            forms("ភាសាខ្មែរគឺជាភាសាផ្លូវការរបស់ប្រទេសកម្ពុជា។"),
            ["ភាសាខ្មែរ", "គឺជា", "ភាសាផ្លូវការ", "របស់", "ប្រទេស", "កម្ពុជា"]
        );
        // Burmese, and Latin letters and digits among Thai: their Unicode words.
        assert!(forms("မြန်မာဘာသာစကား").len() > 1);
        assert_eq!(forms("Toyota ขาย 2025 คัน"), ["Toyota", "ขาย", "2025", "คัน"]);
        assert!(forms("").is_empty());
        assert!(forms(" ， 。").is_empty());
    }
}
