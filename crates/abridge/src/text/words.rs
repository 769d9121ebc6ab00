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
//! sets. Other text goes to `unicode-segmentation`.

use unicode_segmentation::UnicodeSegmentation;

/// The words of `sentence` with their byte offsets in it, as
/// `unicode_word_indices` gives them.
pub fn words(sentence: &str) -> Words<'_> {
    if sentence.is_ascii() {
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
    /// A sentence made only of ASCII.
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
/// letter, a digit or an underscore, ends.
fn segment_end(bytes: &[u8], start: usize) -> usize {
    let mut last = class(bytes[start]);
    let mut at = start + 1;
    while let Some(&b) = bytes.get(at) {
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
                    return at;
                }
                at += 2;
                last = after;
            }
            next => {
                at += 1;
                last = next;
            }
        }
    }
    at
}

impl<'a> Iterator for AsciiWords<'a> {
    type Item = (usize, &'a str);

    fn next(&mut self) -> Option<(usize, &'a str)> {
        let bytes = self.text.as_bytes();
        loop {
            // Other characters are segments of their own (or runs of spaces)
            // without a letter or digit: no word.
            let start = self.at + bytes.get(self.at..)?.iter().position(|&b| class(b) != Class::Other)?;
            let end = segment_end(bytes, start);
            self.at = end;
            // A segment that opens with a letter or a digit holds one.
            if bytes[start] != b'_' || bytes[start..end].iter().any(u8::is_ascii_alphanumeric) {
                // ASCII: every offset is a char boundary.
                return self.text.get(start..end).map(|word| (start, word));
            }
        }
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
        let mut text = String::new();
        let mut counters = [0usize; 5];
        for len in 0..=5 {
            counters.iter_mut().for_each(|c| *c = 0);
            loop {
                text.clear();
                text.extend(counters[..len].iter().map(|&c| alphabet[c]));
                assert_eq!(ours(&text), theirs(&text), "{text:?}");
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
    fn text_with_other_characters_goes_to_unicode_segmentation() {
        let text = "Café’s crème, naïve—déjà vu";
        assert_eq!(ours(text), theirs(text));
    }
}
