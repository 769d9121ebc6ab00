//! Unicode's default sentence boundaries (UAX #29, rules SB1–SB998) for text written in a small
//! set of characters: ASCII, Latin-1 and the typographic quotes and dashes of English news.
//!
//! `unicode-segmentation` implements the rules for all of Unicode, and on news text it was the
//! largest single cost of segmentation: a range-table search for every char and a fresh
//! look-ahead at every space after a full stop. Most articles use only the characters below,
//! whose sentence break classes fit a `match`, so [`Pieces::new`] handles such a stretch here
//! and returns `None` for any other, which the caller then gives to `unicode-segmentation`.
//! Both give the same pieces: a test compares them on every string of up to five chars over one
//! char of each class, and on random longer strings over all the chars handled here.
//!
//! The rules, as the report states them (break before the current char unless a rule says `×`):
//!
//! ```text
//! SB3   CR × LF
//! SB4   ParaSep ÷
//! SB6   ATerm × Numeric
//! SB7   (Upper | Lower) ATerm × Upper
//! SB8   ATerm Close* Sp* × ( ¬(OLetter | Upper | Lower | ParaSep | SATerm) )* Lower
//! SB8a  SATerm Close* Sp* × (SContinue | SATerm)
//! SB9   SATerm Close* × (Close | Sp | ParaSep)
//! SB10  SATerm Close* Sp* × (Sp | ParaSep)
//! SB11  SATerm Close* Sp* ParaSep? ÷
//! SB998 Any × Any
//! ```
//!
//! SB5 (ignore Extend and Format) has nothing to do: no char handled here has either class.

/// The sentence break class of a char (UAX #29, table 4), for the chars handled here.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Class {
    Cr,
    Lf,
    Sep,
    Sp,
    Lower,
    Upper,
    Numeric,
    ATerm,
    STerm,
    Close,
    SContinue,
    Other,
}

/// The class of `c`, or `None` for a char this module does not handle (every char outside
/// ASCII and Latin-1 but the quotes and dashes listed, and the soft hyphen, a Format char).
#[inline]
fn class(c: char) -> Option<Class> {
    use Class::*;
    Some(match c {
        '\r' => Cr,
        '\n' => Lf,
        '\u{85}' => Sep,
        '\t' | '\u{b}' | '\u{c}' | ' ' | '\u{a0}' => Sp,
        'a'..='z' | '\u{aa}' | '\u{b5}' | '\u{ba}' | '\u{df}'..='\u{f6}' | '\u{f8}'..='\u{ff}' => {
            Lower
        }
        'A'..='Z' | '\u{c0}'..='\u{d6}' | '\u{d8}'..='\u{de}' => Upper,
        '0'..='9' => Numeric,
        '.' => ATerm,
        '!' | '?' => STerm,
        '"' | '\'' | '(' | ')' | '[' | ']' | '{' | '}' | '\u{ab}' | '\u{bb}' => Close,
        '\u{2018}'..='\u{201f}' => Close,
        ',' | '-' | ':' | ';' | '\u{2013}' | '\u{2014}' => SContinue,
        '\u{ad}' => return None,
        '\0'..='\u{ff}' => Other,
        // Common in English prose, and of class Other: the ellipsis and the euro sign.
        '\u{2026}' | '\u{20ac}' => Other,
        _ => return None,
    })
}

/// Where the current run `SATerm Close* Sp*` stands, if the text just read ends with one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Run {
    /// The text read so far does not end with such a run.
    None,
    /// It ends with the terminator or its closing marks; `full_stop` says whether the
    /// terminator was an ATerm.
    Close { full_stop: bool },
    /// It ends with the spaces after them.
    Space { full_stop: bool },
}

/// The pieces between sentence boundaries of a string, with their byte offsets: what
/// `UnicodeSegmentation::split_sentence_bound_indices` yields.
pub(super) struct Pieces<'a> {
    text: &'a str,
    /// Byte offset of the next char to read.
    at: usize,
    /// Byte offset where the current piece started.
    start: usize,
    /// The classes of the last two chars read (the last one second). After a skip of chars
    /// that act on no rule, the first is that of a char before the skip: it is shifted out
    /// before any rule reads it.
    before: [Option<Class>; 2],
    run: Run,
    /// The end of the last SB8 look-ahead and what it found: the answer holds for every
    /// position up to that end, since the scan passed over them.
    ahead: Option<(usize, bool)>,
    /// Whether the text holds no line end (CR, LF, U+0085: a flattened stretch, as segmentation
    /// reads it): its next terminator is then found by a vectorised search.
    plain: bool,
    /// Whether the text is ASCII: the chars before a terminator are then its bytes.
    ascii: bool,
}

impl<'a> Pieces<'a> {
    /// The pieces of `text`, or `None` if it holds a char this module does not handle.
    pub(super) fn new(text: &'a str) -> Option<Pieces<'a>> {
        let ascii = text.is_ascii();
        // The only line end outside ASCII, NEL, which the loop below sees.
        let mut next_line = false;
        // Every ASCII char has a class: only the others are decoded and asked.
        let handled = ascii || {
            let bytes = text.as_bytes();
            let mut at = 0;
            loop {
                match bytes[at..].iter().position(|b| !b.is_ascii()) {
                    None => break true,
                    Some(skip) => {
                        at += skip;
                        let c = text[at..].chars().next().expect("a char starts here");
                        if class(c).is_none() {
                            break false;
                        }
                        next_line |= c == '\u{85}';
                        at += c.len_utf8();
                    }
                }
            }
        };
        handled.then(|| Pieces {
            text,
            at: 0,
            start: 0,
            before: [None, None],
            run: Run::None,
            ahead: None,
            plain: !next_line && memchr::memchr2(b'\r', b'\n', text.as_bytes()).is_none(),
            ascii,
        })
    }

    /// Whether there is a boundary before the char of class `next` at byte `at`.
    fn breaks_before(&mut self, next: Class, at: usize) -> bool {
        use Class::*;
        let [previous2, previous] = self.before;
        let Some(previous) = previous else {
            return false;
        };
        let sep = |c: Class| matches!(c, Cr | Lf | Sep);
        if previous == Cr && next == Lf {
            return false; // SB3
        }
        if sep(previous) {
            return true; // SB4
        }
        if previous == ATerm && next == Numeric {
            return false; // SB6
        }
        if previous == ATerm && matches!(previous2, Some(Upper | Lower)) && next == Upper {
            return false; // SB7
        }
        let (in_close, full_stop) = match self.run {
            Run::None => return false, // SB998: the rules below all need the run.
            Run::Close { full_stop } => (true, full_stop),
            Run::Space { full_stop } => (false, full_stop),
        };
        if full_stop && self.lower_ahead(at) {
            return false; // SB8
        }
        if matches!(next, SContinue | STerm | ATerm) {
            return false; // SB8a
        }
        if in_close && (next == Close || next == Sp || sep(next)) {
            return false; // SB9
        }
        if next == Sp || sep(next) {
            return false; // SB10
        }
        true // SB11
    }

    /// SB8's look-ahead from byte `at`: whether a Lower char comes before any OLetter, Upper,
    /// Lower, ParaSep or terminator. Chars this module does not handle never occur here.
    fn lower_ahead(&mut self, at: usize) -> bool {
        if let Some((end, found)) = self.ahead
            && at <= end
        {
            return found;
        }
        let mut end = self.text.len();
        let mut found = false;
        for (i, c) in self.text[at..].char_indices() {
            match class(c) {
                Some(Class::Lower) => {
                    (end, found) = (at + i, true);
                    break;
                }
                Some(
                    Class::Numeric | Class::Sp | Class::Close | Class::SContinue | Class::Other,
                ) => {}
                _ => {
                    end = at + i;
                    break;
                }
            }
        }
        self.ahead = Some((end, found));
        found
    }

    /// Moves the run and the last two classes past a char of class `c`.
    fn read(&mut self, c: Class) {
        self.run = match (c, self.run) {
            (Class::ATerm, _) => Run::Close { full_stop: true },
            (Class::STerm, _) => Run::Close { full_stop: false },
            (Class::Close, Run::Close { full_stop }) => Run::Close { full_stop },
            (Class::Sp, Run::Close { full_stop } | Run::Space { full_stop }) => {
                Run::Space { full_stop }
            }
            _ => Run::None,
        };
        self.before = [self.before[1], Some(c)];
    }
}

impl<'a> Iterator for Pieces<'a> {
    type Item = (usize, &'a str);

    fn next(&mut self) -> Option<(usize, &'a str)> {
        let text = self.text;
        let bytes = text.as_bytes();
        while let Some(c) = text[self.at..].chars().next() {
            if self.run == Run::None
                && !matches!(self.before[1], Some(Class::Cr | Class::Lf | Class::Sep))
            {
                // Outside a terminator's run and after no line end, no rule breaks before a
                // char that is not itself a terminator or a line end, and reading one leaves
                // no run: skip them (in a text without line ends, every char up to the next
                // `.`, `!` or `?`; in another, the ASCII ones), keeping the last one's class.
                let rest = &bytes[self.at..];
                let skip = if self.plain {
                    memchr::memchr3(b'.', b'!', b'?', rest)
                } else {
                    rest.iter()
                        .position(|&b| matches!(b, b'.' | b'!' | b'?' | b'\r' | b'\n') || !b.is_ascii())
                }
                .unwrap_or(rest.len());
                if skip > 0 {
                    // The next char's rules read the class of the last char skipped (SB7 reads
                    // it as the one before a full stop); the one before that is shifted out
                    // unread, since a rule looks two classes back only from a full stop and no
                    // char skipped is one.
                    let last = if self.ascii {
                        class(char::from(bytes[self.at + skip - 1]))
                    } else {
                        text[self.at..self.at + skip].chars().next_back().and_then(class)
                    };
                    self.at += skip;
                    self.before[1] = last;
                    continue;
                }
            }
            let at = self.at;
            let class = class(c).expect("checked in Pieces::new");
            let cut = self.breaks_before(class, at);
            self.read(class);
            self.at += c.len_utf8();
            if cut {
                let start = std::mem::replace(&mut self.start, at);
                return Some((start, &text[start..at]));
            }
        }
        // SB2: the last piece ends at the end of the text.
        (self.start < text.len()).then(|| {
            let start = std::mem::replace(&mut self.start, text.len());
            (start, &text[start..])
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_segmentation::UnicodeSegmentation;

    fn agree(text: &str) {
        let ours: Vec<(usize, &str)> = Pieces::new(text).expect("handled").collect();
        let theirs: Vec<(usize, &str)> = text.split_sentence_bound_indices().collect();
        assert_eq!(ours, theirs, "{text:?}");
    }

    #[test]
    fn news_sentences_split_as_unicode_segmentation_splits_them() {
        for text in [
            "",
            "One. Two? Three! ",
            "He said \"Stop.\" Then left. (Really.) Yes.",
            "Mr. Smith paid $1.50 at 9 a.m. on Jan. 5, didn't he? etc. and so on.",
            "U.S. firms... like it.  \"Quoted!\"  she said. 3.5% rose.\r\nNext line\n\nPara",
            "£5m — or €4m – was “spent”. ‘Next’ one… Café owner’s view. ÀB. x",
        ] {
            agree(text);
        }
    }

    #[test]
    fn every_short_string_of_one_char_per_class_splits_the_same() {
        // One char of each class; with the empty string and every string up to five chars.
        let alphabet: Vec<char> = "\r\n\u{85} aA1.?),#".chars().collect();
        let mut strings = vec![String::new()];
        for _ in 0..5 {
            let mut longer = Vec::with_capacity(strings.len() * alphabet.len());
            for s in &strings {
                for &c in &alphabet {
                    let mut t = s.clone();
                    t.push(c);
                    agree(&t);
                    longer.push(t);
                }
            }
            strings = longer;
        }
    }

    #[test]
    fn random_strings_of_handled_chars_split_the_same() {
        // Every char handled here, in a deterministic pseudo-random order (xorshift).
        let alphabet: Vec<char> = ('\0'..='\u{ff}')
            .chain(['\u{2013}', '\u{2014}', '\u{2026}', '\u{20ac}'])
            .chain('\u{2018}'..='\u{201f}')
            .filter(|&c| class(c).is_some())
            .collect();
        let weighted: Vec<char> = alphabet
            .iter()
            .copied()
            .chain(". . . ! ? \" ) aaaa AAA 11 ,,".chars())
            .collect();
        let mut draws = crate::testing::Draws::new(0x9e37_79b9_7f4a_7c15);
        for _ in 0..20_000 {
            let mut text = String::new();
            for _ in 0..draws.below(24) {
                text.push(weighted[draws.below(weighted.len())]);
            }
            agree(&text);
            // The same without line ends, which takes the vectorised search, and as ASCII.
            let plain: String = text
                .chars()
                .filter(|c| !matches!(c, '\r' | '\n' | '\u{85}'))
                .collect();
            agree(&plain);
            let ascii: String = plain.chars().filter(char::is_ascii).collect();
            agree(&ascii);
        }
    }

    #[test]
    fn other_chars_are_left_to_unicode_segmentation() {
        assert!(Pieces::new("Ünïcödé ok.").is_some());
        assert!(Pieces::new("\u{a3}5 and \u{20ac}3\u{2026} \u{201c}ok\u{201d}").is_some());
        for text in [
            "中文。",
            "soft\u{ad}hyphen",
            "Ελληνικά.",
            "a\u{301}",
            "\u{a3}5 then \u{4e2d}",
            "\u{e9}\u{ad}",
        ] {
            assert!(Pieces::new(text).is_none(), "{text:?}");
        }
    }
}
