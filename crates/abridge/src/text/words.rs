//! Words of a sentence by Unicode's word boundaries (UAX #29), with a fast
//! path for text made only of ASCII.
//!
//! This room owns how a sentence is cut into words for the normalizer: the
//! words that `unicode-segmentation`'s `unicode_word_indices` yields (the
//! segments between UAX #29 word boundaries that hold a letter or a digit),
//! with their byte offsets. It knows no language, stopword or stem.
//!
//! Most sentences of most inputs are ASCII, and for ASCII the rules of UAX
//! #29 (revision of Unicode 16, section 4.1.1) that can join two characters
//! are few: letters and digits join each other and the underscore
//! (WB5, WB8 to WB10, WB13a, WB13b); a letter, then `:` `.` or `'`, then a
//! letter stay one word (WB6, WB7: `e.g`, `don't`); a digit, then `,` `;`
//! `.` or `'`, then a digit too (WB11, WB12: `3.14`, `1,000`). Every other
//! pair breaks. [`ascii_words`] applies these in one pass over the bytes;
//! tests compare it with `unicode_word_indices` on every string of up to
//! five characters over the characters these rules name, and on the public
//! sets. The same pass takes text whose other characters are all among a few
//! common symbols and punctuation marks that UAX #29 puts in no word class
//! ([`SEPARATE`]: `£`, `€`, dashes, curly double quotes...): each of those
//! breaks on both sides, as any ASCII character of no class does (in BBC
//! News, the pound sign is the only character outside ASCII). Other text
//! goes to `unicode-segmentation`.
//!
//! The one pass also says of each word what the normalizer would otherwise
//! find in two more passes over the same bytes ([`Marks`]): whether the word
//! is its own folded form (no capital, no apostrophe) and whether the gap
//! before it holds anything but white space and hyphens.

use unicode_segmentation::UnicodeSegmentation;

/// Characters outside ASCII whose UAX #29 word class is Other: a word
/// boundary on each side whatever surrounds them (no rule joins across one,
/// and none of them is a letter, a mark that words attach, a joiner or a
/// space). Text of ASCII and these is cut by the ASCII rules, which read
/// each of their bytes as a character of no class.
const SEPARATE: [char; 17] = [
    '\u{a2}', '\u{a3}', '\u{a5}', '\u{a7}', '\u{ab}', '\u{b0}', '\u{bb}', '\u{2013}', '\u{2014}',
    '\u{201c}', '\u{201d}', '\u{201e}', '\u{2022}', '\u{2026}', '\u{20ac}', '\u{2122}', '\u{a9}',
];

/// The words of `sentence` with their byte offsets in it, as
/// `unicode_word_indices` gives them.
pub fn words(sentence: &str) -> Words<'_> {
    if sentence.is_ascii() || sentence.chars().all(|c| c.is_ascii() || SEPARATE.contains(&c)) {
        Words::Ascii(AsciiWords {
            text: sentence,
            at: 0,
        })
    } else {
        Words::Unicode(sentence.unicode_word_indices())
    }
}

/// The words of one sentence: by the ASCII rules or by `unicode-segmentation`.
pub enum Words<'a> {
    /// A sentence made only of ASCII and [`SEPARATE`] characters.
    Ascii(AsciiWords<'a>),
    /// Any other sentence.
    Unicode(unicode_segmentation::UnicodeWordIndices<'a>),
}

impl<'a> Iterator for Words<'a> {
    type Item = (usize, &'a str);

    fn next(&mut self) -> Option<(usize, &'a str)> {
        match self {
            Words::Ascii(words) => words.next(),
            Words::Unicode(words) => words.next(),
        }
    }
}

impl<'a> Words<'a> {
    /// The next word, as [`Iterator::next`] gives it, with what the ASCII
    /// pass learnt of it on the way ([`Marks`]); `None` marks from
    /// `unicode-segmentation`, which the caller then works out itself.
    pub fn next_marked(&mut self) -> Option<(usize, &'a str, Option<Marks>)> {
        match self {
            Words::Ascii(words) => words
                .next_marked()
                .map(|(offset, word, marks)| (offset, word, Some(marks))),
            Words::Unicode(words) => words.next().map(|(offset, word)| (offset, word, None)),
        }
    }
}

/// What the ASCII pass knows of a word besides where it is, so that the
/// normalizer need not read its bytes again.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Marks {
    /// The word holds no capital and no apostrophe: it is its own folded
    /// form (it is ASCII, as every word of this pass is).
    pub folded: bool,
    /// Something other than white space or a hyphen (`-`) stands between
    /// the previous word (or the start of the text) and this one: a
    /// punctuation mark, a symbol, any character outside ASCII, an
    /// underscore.
    pub hard_gap: bool,
}

/// The words of an ASCII text, by the UAX #29 rules that apply to ASCII.
pub struct AsciiWords<'a> {
    text: &'a str,
    at: usize,
}

/// What UAX #29 makes of an ASCII character, as far as words go.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    /// ALetter: `A` to `Z`, `a` to `z`.
    Letter,
    /// Numeric: `0` to `9`.
    Digit,
    /// ExtendNumLet: `_`.
    Underscore,
    /// Anything else.
    Other,
}

/// The bytes that the normalizer's gaps take as soft, in ASCII (see
/// [`Marks::hard_gap`]): white space (`char::is_whitespace`: tab, line
/// feed, vertical tab, form feed, carriage return, space) and the hyphen.
/// Any byte of a char outside ASCII is hard: none of [`SEPARATE`] is white
/// space or a hyphen.
static SOFT: [bool; 256] = {
    let mut soft = [false; 256];
    let mut b = 0;
    while b < 256 {
        soft[b] = matches!(b as u8, b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b' ' | b'-');
        b += 1;
    }
    soft
};

/// The [`Class`] of each ASCII byte (and [`Class::Other`] above).
static CLASSES: [Class; 256] = {
    let mut classes = [Class::Other; 256];
    let mut b = 0;
    while b < 256 {
        classes[b] = match b as u8 {
            b'a'..=b'z' | b'A'..=b'Z' => Class::Letter,
            b'0'..=b'9' => Class::Digit,
            b'_' => Class::Underscore,
            _ => Class::Other,
        };
        b += 1;
    }
    classes
};

fn class(b: u8) -> Class {
    CLASSES[usize::from(b)]
}

/// Where the segment of the ASCII `bytes` that starts at `start`, with a
/// letter, a digit or an underscore, ends, and whether it holds a capital
/// or an apostrophe.
#[inline(always)]
fn segment_end(bytes: &[u8], start: usize) -> (usize, bool) {
    let mut last = class(bytes[start]);
    let mut unfolded = bytes[start].is_ascii_uppercase();
    let mut at = start + 1;
    while let Some(&b) = bytes.get(at) {
        if b.is_ascii_lowercase() {
            // Most bytes of a word: a lowercase letter joins, and changes
            // nothing else. Read past them in a tight loop.
            at += 1;
            while bytes.get(at).is_some_and(u8::is_ascii_lowercase) {
                at += 1;
            }
            last = Class::Letter;
            continue;
        }
        match class(b) {
            Class::Other => {
                // A letter, a mid-letter mark, a letter (WB6, WB7); a digit, a
                // mid-number mark, a digit (WB11, WB12).
                let after = bytes.get(at + 1).map_or(Class::Other, |&next| class(next));
                let joins = match last {
                    Class::Letter => matches!(b, b':' | b'.' | b'\'') && after == Class::Letter,
                    Class::Digit => matches!(b, b',' | b';' | b'.' | b'\'') && after == Class::Digit,
                    _ => false,
                };
                if !joins {
                    return (at, unfolded);
                }
                unfolded |= b == b'\'' || bytes[at + 1].is_ascii_uppercase();
                at += 2;
                last = after;
            }
            next => {
                unfolded |= b.is_ascii_uppercase();
                at += 1;
                last = next;
            }
        }
    }
    (at, unfolded)
}

impl<'a> AsciiWords<'a> {
    /// The next word with its [`Marks`].
    pub fn next_marked(&mut self) -> Option<(usize, &'a str, Marks)> {
        let (start, end, marks) = self.next_span()?;
        // ASCII: every offset is a char boundary.
        self.text.get(start..end).map(|word| (start, word, marks))
    }

    /// The text the words are cut from.
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// [`Self::next_marked`] as the word's byte range in [`Self::text`],
    /// for a caller that needs the word as a `str` only now and then (the
    /// range is checked once it is sliced). Inlined into its caller's loop
    /// (the normalizer's ASCII loop, `Normalizer::ascii_tokens`), as is
    /// [`segment_end`].
    #[inline(always)]
    pub fn next_span(&mut self) -> Option<(usize, usize, Marks)> {
        let bytes = self.text.as_bytes();
        // The gap runs from the end of the last word given (or the start).
        let mut hard_gap = false;
        loop {
            // Other characters are segments of their own (or runs of spaces)
            // without a letter or digit: no word.
            let mut start = self.at;
            loop {
                let &b = bytes.get(start)?;
                if class(b) != Class::Other {
                    break;
                }
                hard_gap |= !SOFT[usize::from(b)];
                start += 1;
            }
            let (end, unfolded) = segment_end(bytes, start);
            self.at = end;
            // A segment that opens with a letter or a digit holds one.
            if bytes[start] != b'_' || bytes[start..end].iter().any(u8::is_ascii_alphanumeric) {
                let marks = Marks {
                    folded: !unfolded,
                    hard_gap,
                };
                return Some((start, end, marks));
            }
            // An underscore only: part of the gap, and no white space.
            hard_gap = true;
        }
    }
}

impl<'a> Iterator for AsciiWords<'a> {
    type Item = (usize, &'a str);

    fn next(&mut self) -> Option<(usize, &'a str)> {
        self.next_marked().map(|(offset, word, _)| (offset, word))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ours(text: &str) -> Vec<(usize, &str)> {
        words(text).collect()
    }

    fn theirs(text: &str) -> Vec<(usize, &str)> {
        text.unicode_word_indices().collect()
    }

    /// Checks that the ASCII pass marks each word of `text` as reading its
    /// bytes and its gap afresh does: folded when no capital or apostrophe
    /// is in it, a hard gap when a char other than white space or a hyphen
    /// (`-`, U+2010, U+2011) stands between it and the previous word.
    fn marks_are_those_the_words_and_gaps_give(text: &str) {
        let mut words = words(text);
        let ascii = matches!(words, Words::Ascii(_));
        let mut previous_end = 0;
        while let Some((offset, word, marks)) = words.next_marked() {
            let gap = &text[previous_end..offset];
            previous_end = offset + word.len();
            let Some(marks) = marks else {
                assert!(!ascii, "{text:?}");
                continue;
            };
            let expected = Marks {
                folded: word.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase() && b != b'\''),
                hard_gap: gap
                    .chars()
                    .any(|c| !(c.is_whitespace() || matches!(c, '-' | '\u{2010}' | '\u{2011}'))),
            };
            assert_eq!(marks, expected, "{text:?} at {offset}");
        }
    }

    #[test]
    fn marks_on_hand_computed_words() {
        let text = "Don't stop - go\t£5 a__b __ x,y";
        let mut all = words(text);
        let marked: Vec<_> = std::iter::from_fn(|| all.next_marked())
            .map(|(_, word, marks)| marks.map(|m| (word, m.folded, m.hard_gap)))
            .collect();
        assert_eq!(
            marked,
            [
                Some(("Don't", false, false)),
                Some(("stop", true, false)),
                Some(("go", true, false)),
                Some(("5", true, true)),
                Some(("a__b", true, false)),
                Some(("x", true, true)),
                Some(("y", true, true)),
            ]
        );
        let mut other = words("Café au lait");
        assert_eq!(other.next_marked(), Some((0, "Café", None)));
    }

    /// Checks every string of up to five characters over `alphabet`.
    fn every_string_is_cut_as_unicode_segmentation_cuts_it(alphabet: &[char]) {
        let mut text = String::new();
        let mut counters = [0usize; 5];
        for len in 0..=5 {
            counters.iter_mut().for_each(|c| *c = 0);
            loop {
                text.clear();
                text.extend(counters[..len].iter().map(|&c| alphabet[c]));
                assert_eq!(ours(&text), theirs(&text), "{text:?}");
                marks_are_those_the_words_and_gaps_give(&text);
                // The next string of this length, as an odometer.
                let mut place = 0;
                while place < len {
                    counters[place] += 1;
                    if counters[place] < alphabet.len() {
                        break;
                    }
                    counters[place] = 0;
                    place += 1;
                }
                if place == len {
                    break;
                }
            }
        }
    }

    #[test]
    fn words_are_cut_as_uax29_cuts_them() {
        let text = "Don't stop: e.g. 3.14, 1,000 and a_1 __init__ at 10:30; x.y. ok";
        assert_eq!(
            ours(text),
            [
                (0, "Don't"),
                (6, "stop"),
                (12, "e.g"),
                (17, "3.14"),
                (23, "1,000"),
                (29, "and"),
                (33, "a_1"),
                (37, "__init__"),
                (46, "at"),
                (49, "10"),
                (52, "30"),
                (56, "x.y"),
                (61, "ok"),
            ]
        );
        assert_eq!(ours(text), theirs(text));
    }

    #[test]
    fn every_short_ascii_string_is_cut_as_unicode_segmentation_cuts_it() {
        // Every string of up to five characters over one of each class the
        // rules name, and a space, a newline and other punctuation.
        let alphabet = ['a', 'Z', '7', '_', ':', '.', '\'', ',', ';', ' ', '\n', '-', '"'];
        every_string_is_cut_as_unicode_segmentation_cuts_it(&alphabet);
    }

    #[test]
    fn separate_characters_break_words_as_unicode_segmentation_breaks_them() {
        // Every string of up to five characters over letters, digits, the
        // marks that join them and a few of the separate characters.
        let alphabet = ['a', '7', '.', '\'', ',', ' ', '\u{a3}', '\u{2014}', '\u{201c}', '\u{2026}'];
        every_string_is_cut_as_unicode_segmentation_cuts_it(&alphabet);
        // Each separate character between and beside letters, digits and
        // the marks that join them.
        for c in SEPARATE {
            for pattern in ["ab{c}cd", "1{c}2", "a.{c}b", "{c}x'y{c}", "3,{c}4", "{c}{c}"] {
                let text = pattern.replace("{c}", &c.to_string());
                assert!(matches!(words(&text), Words::Ascii(_)), "{text:?}");
                assert_eq!(ours(&text), theirs(&text), "{text:?}");
            }
        }
    }

    #[test]
    fn text_with_other_characters_goes_to_unicode_segmentation() {
        let text = "Café’s crème, naïve—déjà vu";
        assert_eq!(ours(text), theirs(text));
    }
}
