//! Chinese: words from jieba-rs (its dictionary compiled in, the hidden
//! Markov model for unknown words off), NLTK's stopword list (的, 了, 是,
//! 在, ...), no stemmer; sentences end at 。！？ as Unicode's sentence
//! boundaries say, and a clause closed by a full-width ；or ：(not before a
//! quotation) is a unit of its own (the text room's rule for those marks,
//! `text/segment/extra.rs`).
//!
//! **The dictionary costs nothing to start.** jieba-rs's own embedded
//! dictionary (`Jieba::new()`) is a 349,045-line text it decompresses,
//! parses and builds a trie from: about 0.12 s, most of the time a Chinese
//! article took. Here the same dictionary (`data/jieba/dict.txt`, vendored
//! with its notice) is laid out by `build.rs` as a trie of sorted records
//! read in place ([`layout`]), and jieba-rs segments with a dictionary of
//! only the words that occur in the text: before a text is cut, every
//! dictionary word in it ([`dictionary_words_in`]: from each character, the
//! words that start there) is added to a per-thread `Jieba` with its
//! frequency, and one filler entry carries the rest of the dictionary's
//! total frequency. Segmentation reads a word's frequency only where the
//! word occurs, and otherwise only the total, so every log probability and
//! every cut is the one the full dictionary gives (the tests compare the two
//! on every text of the CSL and LCSTS sets). The filler is a character
//! jieba-rs never puts in a block it segments, so it never matches. The
//! per-thread dictionary only grows, by the words of the texts it meets,
//! and starts afresh past [`HELD_WORDS_LIMIT`] words, so memory stays below
//! the full dictionary's; what it holds never changes a cut.
//!
//! The HMM is off because it glues unknown characters into words, real and
//! spurious alike; off, more gold keyphrases of the CSL set start and end on
//! word boundaries (93.9% against 92.0%) and splitting is about 10% faster.

mod layout;

use super::{DictionaryWord, Spec, WordSplitter};
use jieba_rs::Jieba;
use layout::{Segment, u16_le, u32_le};
use std::cell::RefCell;
use unicode_segmentation::UnicodeSegmentation;

/// What Chinese has of its own.
pub(super) const SPEC: Spec = Spec {
    words: WordSplitter::Jieba,
    ..Spec::plain()
};

/// The dictionary as `build.rs` laid it out (see [`layout`]).
static PAGES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/jieba_pages.bin"));
static IDS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/jieba_ids.bin"));
static GROUPS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/jieba_groups.bin"));
static SEGMENTS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/jieba_segments.bin"));
static RECORDS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/jieba_records.bin"));
static FREQS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/jieba_freqs.bin"));

/// The dictionary's totals, counted by `build.rs`.
mod totals {
    include!(concat!(env!("OUT_DIR"), "/jieba.rs"));
}

/// The entry that carries the frequency of every dictionary word a
/// per-thread dictionary does not hold. U+FFFF is a noncharacter, and
/// jieba-rs segments only runs of ideographs, ASCII letters, digits and
/// `+#&._%-`, so the filler can never be matched in a text.
const FILLER: &str = "\u{FFFF}";

/// Past this many words the per-thread dictionary starts afresh before the
/// next text it is given (a sentence, as the normalizer calls it): under a
/// third of the full dictionary, which bounds its memory in a long-running
/// process.
const HELD_WORDS_LIMIT: usize = 100_000;

/// Calls `found` with every dictionary word occurring in `text` (a slice of
/// it) and its frequency, once per occurrence, in order of position and
/// then length.
fn dictionary_words_in<'t>(text: &'t str, mut found: impl FnMut(&'t str, usize)) {
    let char_id = |c| layout::char_id(PAGES, IDS, c);
    let record = |r: usize, field: usize| u16_le(RECORDS, layout::RECORD_U16S * r + field);
    for (start, first) in text.char_indices() {
        let id = usize::from(char_id(first));
        if id == 0 {
            continue;
        }
        // The level of the walk (its segment), and the node reached in it.
        let mut level = u32_le(GROUPS, id) as usize;
        let mut segment = Segment::read(SEGMENTS, level);
        let mut node = segment.offset;
        let mut rest = text[start..].char_indices().skip(1);
        let mut end = start + first.len_utf8();
        loop {
            let mark = record(node, MARK);
            let index = mark & !layout::HAS_LONGER;
            if index != layout::NOT_A_WORD {
                found(&text[start..end], u32_le(FREQS, usize::from(index)) as usize);
            }
            if mark & layout::HAS_LONGER == 0 {
                break;
            }
            let Some((at, c)) = rest.next() else { break };
            let id = char_id(c);
            if id == 0 {
                break;
            }
            // The node's children: from its first child to the next node's.
            let next = Segment::read(SEGMENTS, level + 1);
            let mut low = usize::from(record(node, FIRST_CHILD));
            let mut high = if node + 1 < segment.offset + segment.count {
                usize::from(record(node + 1, FIRST_CHILD))
            } else {
                next.count
            };
            let child = loop {
                if low >= high {
                    break None;
                }
                let middle = (low + high) / 2;
                match record(next.offset + middle, LAST_CHAR).cmp(&id) {
                    std::cmp::Ordering::Less => low = middle + 1,
                    std::cmp::Ordering::Greater => high = middle,
                    std::cmp::Ordering::Equal => break Some(next.offset + middle),
                }
            };
            let Some(child) = child else { break };
            (level, segment, node) = (level + 1, next, child);
            end = start + at + c.len_utf8();
        }
    }
}

/// The fields of a record (see [`layout`]).
const LAST_CHAR: usize = 0;
const MARK: usize = 1;
const FIRST_CHILD: usize = 2;

/// jieba-rs with the dictionary words of the texts it has met, each with its
/// frequency, and the filler holding the rest of the total.
struct Segmenter {
    jieba: Jieba,
    /// The sum of the frequencies of the words held.
    held_frequency: usize,
    /// How many words are held.
    held_words: usize,
}

impl Segmenter {
    fn new() -> Self {
        let mut jieba = Jieba::empty();
        jieba.add_word(FILLER, Some(totals::TOTAL), None);
        Segmenter {
            jieba,
            held_frequency: 0,
            held_words: 0,
        }
    }

    /// Adds the dictionary words of `text` not yet held, first starting
    /// afresh if more than `limit` words are held.
    fn learn(&mut self, text: &str, limit: usize) {
        if self.held_words > limit {
            *self = Segmenter::new();
        }
        let Segmenter {
            jieba,
            held_frequency,
            held_words,
        } = self;
        let before = *held_words;
        dictionary_words_in(text, |word, freq| {
            if !jieba.has_word(word) {
                jieba.add_word(word, Some(freq), None);
                *held_frequency += freq;
                *held_words += 1;
            }
        });
        if *held_words != before {
            let rest = totals::TOTAL - *held_frequency;
            jieba.add_word(FILLER, Some(rest), None);
        }
    }
}

thread_local! {
    /// Built on the first Chinese text a thread meets: nothing before.
    static SEGMENTER: RefCell<Segmenter> = RefCell::new(Segmenter::new());
}

/// The words of `text` with their byte offsets: jieba's words where they
/// hold a Han character, and the Unicode words of every other piece (Latin
/// names, numbers), so that punctuation and spaces are never words.
pub(super) fn words(text: &str) -> Vec<DictionaryWord<'_>> {
    let tokens = SEGMENTER.with_borrow_mut(|segmenter| {
        segmenter.learn(text, HELD_WORDS_LIMIT);
        segmenter.jieba.cut(text, false)
    });
    let mut words = Vec::new();
    let word = DictionaryWord::plain;
    for token in tokens {
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
    use std::sync::OnceLock;

    /// jieba-rs with the whole vendored dictionary, read as `Jieba::new()`
    /// reads its own copy of the same file: what the per-text dictionary
    /// must agree with.
    fn full() -> &'static Jieba {
        static FULL: OnceLock<Jieba> = OnceLock::new();
        FULL.get_or_init(|| {
            let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/jieba/dict.txt");
            let file = std::fs::File::open(path).expect("the vendored dictionary");
            Jieba::with_dict(&mut std::io::BufReader::new(file)).expect("a well-formed dictionary")
        })
    }

    /// Whether a fresh segmenter and a reused one (limit 0: it starts
    /// afresh before every text) cut `text` as the full dictionary does.
    fn assert_cut_as_full(segmenter: &mut Segmenter, text: &str) {
        let expected = full().cut(text, false);
        let mut fresh = Segmenter::new();
        fresh.learn(text, HELD_WORDS_LIMIT);
        assert_eq!(fresh.jieba.cut(text, false), expected, "{text}");
        segmenter.learn(text, HELD_WORDS_LIMIT);
        assert_eq!(segmenter.jieba.cut(text, false), expected, "{text}");
        let mut renewed = Segmenter::new();
        renewed.learn("研究生命", 0);
        renewed.learn(text, 0);
        assert_eq!(renewed.held_words, fresh.held_words, "{text}");
        assert_eq!(renewed.jieba.cut(text, false), expected, "{text}");
    }

    /// The JSON Lines set `name` of `../shared/data`.
    fn shared_set(name: &str) -> Vec<String> {
        let path = format!(
            "{}/../../../shared/data/{name}.jsonl",
            env!("CARGO_MANIFEST_DIR")
        );
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("{path}: {e}: clone beside ../shared"));
        text.lines()
            .map(|line| {
                let record: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
                record["text"].as_str().expect("a text field").to_string()
            })
            .collect()
    }

    #[test]
    fn words_of_a_text_are_found_with_their_frequencies() {
        // From data/jieba/dict.txt: 新 62626, 新能源 3, 能 93096, 能源 2232,
        // 源 4016, 汽 166, 汽车 10193, 车 9985; no 源汽, 能源汽车 or 新能.
        let mut found = Vec::new();
        dictionary_words_in("新能源汽车", |w, f| found.push((w, f)));
        assert_eq!(
            found,
            [
                ("新", 62626),
                ("新能源", 3),
                ("能", 93096),
                ("能源", 2232),
                ("源", 4016),
                ("汽", 166),
                ("汽车", 10193),
                ("车", 9985)
            ]
        );
        // Words with ASCII in them, a character in no word (ゃ) cutting a
        // walk short, and text that ends in the middle of a word.
        let mut found = Vec::new();
        dictionary_words_in("C++ゃ研究", |w, _| found.push(w));
        assert_eq!(found, ["C++", "研", "研究", "究"]);
        let mut found = Vec::new();
        dictionary_words_in("", |w, _| found.push(w));
        dictionary_words_in("FAW 😀 \u{FFFF}", |w, _| found.push(w));
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn the_layout_holds_every_word_with_its_frequency_and_the_total() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/jieba/dict.txt");
        let text = std::fs::read_to_string(path).expect("the vendored dictionary");
        let (mut words, mut total) = (0, 0);
        for line in text.lines() {
            let mut fields = line.split_ascii_whitespace();
            let (Some(word), Some(freq)) = (fields.next(), fields.next()) else {
                panic!("{line:?} lacks a frequency");
            };
            let freq: usize = freq.parse().expect("a number");
            // The word itself is found as a whole, with its frequency.
            let mut whole = None;
            dictionary_words_in(word, |w, f| {
                if w.len() == word.len() {
                    whole = Some(f);
                }
            });
            assert_eq!(whole, Some(freq), "{word}");
            words += 1;
            total += freq;
        }
        assert_eq!((words, total), (totals::WORDS, totals::TOTAL));
        assert_eq!(total, 60_101_964);
    }

    #[test]
    fn the_total_decides_between_a_word_and_its_characters() {
        // 不对 695, 不 360331, 对 184674 in a total of 60101964: as one
        // word ln 695 - ln T = -11.37, as two ln 360331 + ln 184674 - 2 ln T
        // = -10.90, so two words. Were the filler to keep the whole total
        // as words are added (the total counted twice), they would be -12.06
        // and -12.29, and the one word would win.
        let mut segmenter = Segmenter::new();
        segmenter.learn("年后不对", HELD_WORDS_LIMIT);
        let words: Vec<&str> = segmenter
            .jieba
            .cut("不对", false)
            .iter()
            .map(|t| t.word)
            .collect();
        assert_eq!(words, ["不", "对"]);
    }

    #[test]
    fn cuts_equal_the_full_dictionary_s_on_hand_made_texts() {
        let mut segmenter = Segmenter::new();
        for text in [
            "",
            "一汽集团发布了新能源汽车, FAW 2021年。",
            "研究生命起源。结婚的和尚未结婚的，都在这里。",
            "他来到了网易杭研大厦，C++和C#都是语言；AT&T的4S店、1号店。",
            "南京市长江大桥\u{FFFF}长江大桥，😀𠀀中文\r\n第二行",
            "只有英文 text and numbers 3.14% here",
            "年后不对，时人看上一里。",
        ] {
            assert_cut_as_full(&mut segmenter, text);
        }
    }

    #[test]
    fn cuts_equal_the_full_dictionary_s_on_every_chinese_text_of_the_shared_sets() {
        let mut segmenter = Segmenter::new();
        let mut texts = 0;
        for set in ["csl_zh_kp_dev", "lcsts_zh_summ_dev"] {
            for text in shared_set(set) {
                let expected = full().cut(&text, false);
                segmenter.learn(&text, HELD_WORDS_LIMIT);
                assert_eq!(segmenter.jieba.cut(&text, false), expected, "{set}: {text}");
                let mut fresh = Segmenter::new();
                fresh.learn(&text, HELD_WORDS_LIMIT);
                assert_eq!(fresh.jieba.cut(&text, false), expected, "{set}: {text}");
                texts += 1;
            }
        }
        assert_eq!(texts, 500);
    }

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
