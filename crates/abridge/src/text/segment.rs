//! Segmentation: raw article text in, an optional title and sentence spans out.
//!
//! This stage owns the structure of a document: where its paragraphs are, which line is its
//! title, where each sentence starts and ends, and which lines are page furniture rather than
//! prose. It receives the original input as `&str` and returns byte [`Span`]s into that same
//! string, so later stages slice the input themselves and nothing is copied. It knows nothing of
//! tokens, stopwords or scores.
//!
//! # Method
//!
//! 1. **Lines and paragraphs.** A leading byte-order mark is skipped. LF, CRLF and a lone CR end
//!    a line. One or more blank (whitespace-only) lines separate paragraphs; the lines inside a
//!    paragraph are hard-wrapped text, so a sentence may cross a line break. In double-spaced
//!    wrapped text (a blank line after every wrapped line) the paragraphs that end on a wrap
//!    are joined again with the next (`joined_paragraphs`).
//! 2. **Title.** The first paragraph is the title when it is a single line with a letter, does
//!    not end with sentence-final punctuation (see [`segment`]) and more text follows it.
//! 3. **Deliberate line breaks.** Inside a paragraph, a break after a short line (at most 8 words,
//!    less than half as long in chars as the paragraph's wrap width) that does not end with
//!    sentence-final punctuation is a boundary: such a line was broken by hand, not by wrapping.
//!    A short line in capitals above a line that is not is a heading, and breaks too.
//!    The wrap width is the length that a quarter of the paragraph's lines reach (the longest
//!    line in a paragraph of up to four lines): a wrapped line is filled close to the width, and
//!    a line that runs far past the others, a running head pasted into the text of a page
//!    ("XII Workshop de Investigadores en Ciencias de la Computación") or a long address, is not
//!    the width, and would make every wrapped line of a narrow column look short.
//! 4. **Sentence boundaries.** Each stretch between those boundaries goes through Unicode's
//!    default sentence boundaries (UAX #29: `unicode-segmentation`, or the equal and cheaper
//!    `uax29` module when the stretch holds only ASCII, Latin-1 and typographic quotes and
//!    dashes), then pieces are merged again where UAX #29 is known to be wrong: after titles
//!    such as `Mr.`, initials, `e.g.`, company suffixes, dotted acronyms (the language's lists,
//!    `SentenceRules`), after the Myanmar comma `၊`, and before lowercase words; a citation
//!    after a quotation (`"We won." (Reuters)`) stays with it. One more scan of the stretch
//!    (`extra`) adds the boundaries UAX #29 misses: a full stop with no space after it
//!    (`world.Today`), `…` before a capital, the full-width `；` and `：` of Chinese clauses
//!    (but before a quotation), marks that end sentences in the language only (the
//!    Greek `;`), a Dutch sentence that opens with a digit, and list markers (`1.`, `b)`,
//!    `(ii)`), each of which starts its item.
//! 5. **Non-prose filter.** Candidates without letters, and short candidates without final
//!    punctuation (datelines, share bars, bylines, sub-headings), are dropped. Length is
//!    counted in whitespace-separated words, and in scripts written without spaces (Han, kana,
//!    Thai, ...) each character counts as a word.
//! 6. **Length cap.** A sentence longer than [`MAX_SENTENCE_WORDS`] is cut into pieces.
//!
//! Each step reads every byte a bounded number of times, so the stage runs in time linear in
//! the input; nothing is allocated per char.

use crate::lang::{Language, SentenceRules};
use unicode_segmentation::{USentenceBoundIndices, UnicodeSegmentation};

mod extra;
mod uax29;

/// The most whitespace-separated words one sentence may hold.
///
/// Text without punctuation (a scraped table, a run-on transcript) would otherwise become one
/// huge "sentence", and later stages do work quadratic in sentence length. A longer sentence is
/// cut at the whitespace after every `MAX_SENTENCE_WORDS`-th word.
pub const MAX_SENTENCE_WORDS: usize = 2_000;

/// Where "short" ends, in whitespace-separated words: a line of at most this many words may be
/// a deliberate break, and an unpunctuated candidate with fewer is dropped.
const SHORT_WORDS: usize = 8;

/// Double-spaced wrapped text (see [`joined_paragraphs`]): at least this many paragraphs end on
/// a wrap, three being the fewest that make a pattern rather than an accident.
const WRAPPED_MIN: usize = 3;

/// Double-spaced wrapped text: at least one paragraph in this many ends on a wrap. In such a
/// text most do (the last line of each real paragraph is the exception); in others almost none.
const WRAPPED_SHARE: usize = 3;

/// How many chars of a run of spaces and closing marks reach UAX #29 unchanged (see [`flatten`]).
const RUN_LIMIT: usize = 16;

/// A half-open range of byte offsets into the original input: `&input[start..end]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset just past the last byte.
    pub end: usize,
}

impl Span {
    /// The span from byte `start` to byte `end` (exclusive).
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// The length in bytes (0 if `end` is not after `start`).
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// Whether the span covers no byte.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The text the span covers.
    ///
    /// # Panics
    ///
    /// As string indexing does, when the span is out of bounds for `text` or does not fall on
    /// char boundaries. Spans from [`segment`] never do on the text they came from.
    pub fn slice<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }
}

/// One sentence found by [`segment`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SentenceSpan {
    /// Where the sentence is in the input, trimmed of surrounding whitespace. It may hold the
    /// line breaks of hard-wrapped text.
    pub span: Span,
    /// 0-based index of its paragraph, counting only paragraphs that hold a sentence.
    pub paragraph: usize,
}

/// The structure of a document, as byte spans into the input it was made from.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Segmented {
    /// The title line, trimmed, if the document starts with one.
    pub title: Option<Span>,
    /// The sentences in document order: non-empty, trimmed and non-overlapping.
    pub sentences: Vec<SentenceSpan>,
    /// How many paragraphs hold at least one sentence.
    pub paragraphs: usize,
}

/// Splits `text` into an optional title and sentences, as byte spans into `text`.
///
/// The steps are listed in the [module docs](self). The rules a reader may want to check:
///
/// - *Sentence-final punctuation* is one of `.` `!` `?` `…` `:` `;` or a terminator of another
///   script (`。` `？` `！` `؟` `।` …), optionally followed by closing quotes or brackets.
/// - A candidate with no letter is dropped. A candidate that does not end with sentence-final
///   punctuation is dropped when no line of it has 8 words or more ("words" are
///   whitespace-separated): on one line that means fewer than 8 words; over several lines it is
///   a block of short lines, such as a menu bar, an address or a list. It is kept all the same
///   when it is one line of at least three words, most starting in lowercase: that is prose missing its
///   final stop ("Numerical examples are given"), not a menu or a byline.
/// - UAX #29 pieces are merged when the next word starts with a lowercase letter (`"Stop!" she
///   said.`); when the next piece opens with a spaced closing mark (French `! »`); after the
///   Myanmar `၊` (a comma that UAX #29 reads as a full stop); or when the piece ends with `X.`
///   where X is
///   - a title, a Latin abbreviation or a month (`Mr.`, `St.`, `e.g.`, `Dec.`): always;
///   - a word that precedes numbers (`No.`, `Vol.`, `Mar.`): when a digit follows;
///   - an initial (`J. R. R. Tolkien`), an ambiguous abbreviation (`Inc.`, `Jr.`, `etc.`) or a
///     dotted acronym (`U.S.`, `a.m.`): unless the next word is a common sentence opener such
///     as `The`, `He`, `How` or `But`; the pronoun `I` after a lowercase word (`than I.`) is
///     no initial unless another initial follows (`I. M. Pei`);
///   - a number, when the next word follows an ordinal (German `vom 12. Juni`);
///   - any word, when the text after the dot reaches a closing bracket opened before it with
///     no letter between (`(Herald, 3 May 2012. No 5)`): the parenthesis goes on.
/// - The word before such a dot is read past an elided article glued to it (`l'Avv.`),
///   `N°` is a word that precedes numbers in every language, and the English titles `Mr.`,
///   `Mrs.`, `Ms.`, `Mt.` never end a sentence in any.
/// - A `！` or `？` (or a full-width full stop) inside Chinese title marks (`《你好！李焕英》`,
///   `《你好！再见！朋友》`) ends no sentence.
/// - A number of up to three digits with a full stop glued to the next word (`1.Helado,
///   2.Carne`) is an item's number or an ordinal inside the sentence, not its end.
/// - A piece of marks alone that ends on a final mark and opens with no quote or bracket, or
///   that closes a quotation (`/ [...] ".` after a quotation cut short), belongs to the
///   sentence before it.
/// - A parenthesis without a final mark inside, right after a quotation that ends a sentence
///   (also one cut short with `[...]`), stays with it: `"We will win." (Reuters)`.
/// - A sentence also starts, where UAX #29 sees none, after a full stop with no space between
///   two words (`world.Today`, not `e.g.This`, `3.14` or `example.com`); after `…` and a
///   space before a capital; after a mark that ends sentences in the language only (Greek
///   `;`, Armenian `:`; U+037E in every language) before a word that is not lowercase; after
///   the full-width `；` and `：` that close a clause in Chinese text, unless a quotation
///   follows (`交通部：主要是…` is two, `他说：“…”` one); in
///   Dutch, after a full stop before a number (`uur. 3 mensen`); and at each marker of a list
///   (`1.` `2.`, `a)` `b)`, `(i)` `(ii)`), which starts at the start of a stretch or after a
///   sentence's end and goes on with the next marker of the same kind and style. A marker
///   stays with its item, and does not count as one of its words.
///
/// Decimals (`3.5%`, `$1.2871`, `v1.2`), closing quotes and brackets after a full stop, and
/// `...` before a lowercase word are already handled by UAX #29, as are the full stops of
/// other scripts (`।` `॥` `։` `؟` `۔` `።` `။` `。`). The words and marks of each language
/// come from its profile's `SentenceRules`; the code is the same for every language.
///
/// The function never panics, is deterministic and runs in time linear in `text.len()`.
///
/// ```
/// use abridge::text::segment::segment;
///
/// let text = "A Title\n\nMr. Smith went to Washington. He arrived on Jan. 5 at 9 a.m. and left.";
/// let doc = segment(text);
/// assert_eq!(doc.title.map(|t| t.slice(text)), Some("A Title"));
/// let sentences: Vec<&str> = doc.sentences.iter().map(|s| s.span.slice(text)).collect();
/// assert_eq!(
///     sentences,
///     ["Mr. Smith went to Washington.", "He arrived on Jan. 5 at 9 a.m. and left."]
/// );
/// ```
pub fn segment(text: &str) -> Segmented {
    segment_with(text, Language::English.sentence_rules())
}

/// [`segment`] with the sentence rules of a language's profile: its
/// abbreviations decide which full stops end a sentence.
pub fn segment_with(text: &str, rules: &SentenceRules) -> Segmented {
    let body = if text.starts_with('\u{feff}') {
        '\u{feff}'.len_utf8()
    } else {
        0
    };
    let mut paragraphs = joined_paragraphs(text, body).into_iter().peekable();
    let first = paragraphs.next();
    let title = first
        .filter(|p| paragraphs.peek().is_some() && is_title(p.slice(text)))
        .map(|p| trim(text, p));
    let flat = flatten(text);
    let mut splitter = Splitter {
        text,
        rules,
        listed: FirstBytes::of_rules(rules),
        flat: &flat,
        paragraph: 0,
        sentences: Vec::new(),
    };
    for paragraph in first
        .filter(|_| title.is_none())
        .into_iter()
        .chain(paragraphs)
    {
        let before = splitter.sentences.len();
        splitter.paragraph_sentences(paragraph);
        if splitter.sentences.len() > before {
            splitter.paragraph += 1;
        }
    }
    Segmented {
        title,
        paragraphs: splitter.paragraph,
        sentences: splitter.sentences,
    }
}

/// Whether a lone first line reads as a heading rather than as a sentence.
fn is_title(line: &str) -> bool {
    !line.contains(['\n', '\r']) && !ends_final(line) && line.chars().any(char::is_alphabetic)
}

/// The lines of `text[from..to]`, without their LF, CRLF or CR line ends.
fn lines(text: &str, from: usize, to: usize) -> impl Iterator<Item = Span> + '_ {
    let bytes = &text.as_bytes()[..to];
    let mut next = Some(from);
    std::iter::from_fn(move || {
        let start = next?;
        // Lines are long and line ends few: a vectorised search, where a
        // byte loop took about five instructions a byte over the whole
        // text, three times per document.
        match memchr::memchr2(b'\n', b'\r', &bytes[start..]) {
            Some(n) => {
                let end = start + n;
                let crlf = bytes[end] == b'\r' && bytes.get(end + 1) == Some(&b'\n');
                next = Some(end + 1 + usize::from(crlf));
                Some(Span { start, end })
            }
            None => {
                next = None;
                Some(Span { start, end: to })
            }
        }
    })
}

/// The paragraphs of `text[from..]`: runs of non-blank lines, from the start of the first line
/// to the end of the last.
fn paragraphs(text: &str, from: usize) -> impl Iterator<Item = Span> + '_ {
    let mut lines = lines(text, from, text.len());
    std::iter::from_fn(move || {
        let mut paragraph: Option<Span> = None;
        for line in lines.by_ref() {
            let blank = line.slice(text).chars().all(char::is_whitespace);
            match (&mut paragraph, blank) {
                (None, true) => {}
                (Some(_), true) => break,
                (None, false) => paragraph = Some(line),
                (Some(p), false) => p.end = line.end,
            }
        }
        paragraph
    })
}

/// The paragraphs of `text[from..]`, with those of double-spaced wrapped text joined again.
///
/// Some texts reach us with a blank line after every wrapped line (a converter that doubled the
/// line ends): each line is then a paragraph, and a sentence that crosses a line is cut in two.
/// A paragraph *ends on a wrap* when its last line does not end a sentence, holds at least
/// [`SHORT_WORDS`] words and is at least half as long as the document's longest line (the rule
/// of deliberate line breaks, step 3, taken across a blank line), and the next paragraph goes on
/// without a capital (a lowercase letter, or a script without case); a heading, however long,
/// is followed by a capital and stays a paragraph of its own. When at least
/// [`WRAPPED_MIN`] paragraphs, and at least a [`WRAPPED_SHARE`]th of them, end on a wrap, the
/// document is such a text, and each paragraph that ends on a wrap goes on in the next one.
/// Elsewhere a paragraph may end on a long unpunctuated line (a heading, a caption, a cut
/// trailer), and the paragraphs stay as they are.
fn joined_paragraphs(text: &str, from: usize) -> Vec<Span> {
    let all: Vec<Span> = paragraphs(text, from).collect();
    // The longest line is measured only once a paragraph's last line does not end a sentence
    // (most paragraphs end with a final mark, and then need no length).
    let mut longest = None;
    let mut ends_on_wrap = |p: &Span| {
        let line = last_line(p.slice(text)).trim();
        !ends_final(line) && {
            let longest = *longest.get_or_insert_with(|| {
                lines(text, from, text.len())
                    .map(|line| line.slice(text).trim().chars().count())
                    .max()
                    .unwrap_or(0)
            });
            line.chars().count() * 2 >= longest && has_words(line, SHORT_WORDS)
        }
    };
    // A wrapped line goes on in a word that needs no capital: a lowercase letter, or a letter or
    // digit of a script without case (Arabic, CJK), after any opening quotes or brackets
    // (`"word`, `(word`). A heading is followed by a capital.
    let goes_on = |p: &Span| {
        p.slice(text)
            .trim_start()
            .trim_start_matches(is_opener)
            .chars()
            .next()
            .is_some_and(|c| c.is_lowercase() || (c.is_alphanumeric() && !c.is_uppercase()))
    };
    let wrapped: Vec<bool> = all
        .iter()
        .enumerate()
        .map(|(i, p)| ends_on_wrap(p) && all.get(i + 1).is_some_and(goes_on))
        .collect();
    let count = wrapped.iter().filter(|&&w| w).count();
    if count < WRAPPED_MIN || count * WRAPPED_SHARE < all.len() {
        return all;
    }
    let mut joined: Vec<Span> = Vec::with_capacity(all.len());
    let mut open = false;
    for (p, wrap) in all.into_iter().zip(wrapped) {
        match joined.last_mut() {
            Some(last) if open => last.end = p.end,
            _ => joined.push(p),
        }
        open = wrap;
    }
    joined
}

/// The last line of `s`, as `s.lines().next_back().unwrap_or("")` gives it, found by a
/// vectorised search back from the end for the last line feed, where `str::lines` searched the
/// whole paragraph back with `memrchr`, a word at a time.
fn last_line(s: &str) -> &str {
    // `str::lines` ends a line at `\n` and takes a `\r` before it off: an ending of the last
    // line starts no line after it.
    let s = s
        .strip_suffix('\n')
        .map_or(s, |s| s.strip_suffix('\r').unwrap_or(s));
    memchr::memrchr(b'\n', s.as_bytes()).map_or(s, |n| &s[n + 1..])
}

/// A copy of `text` with the same byte length, fed to UAX #29 in place of the original.
///
/// CR and LF become spaces, because UAX #29 always breaks after a line end while our lines are
/// hard-wrapped. And `unicode-segmentation` rescans ahead from every space or closing mark that
/// follows a full stop, which is quadratic in the length of such a run; so after [`RUN_LIMIT`]
/// chars of a run that may be spaces or closing marks, the rest of the run becomes U+0001
/// bytes (class Other, which ends the rescanning state). A break that UAX #29 would put after
/// the run moves to where the replacement starts, which trimming makes the same sentence; and
/// no break falls inside the replacement, so every break is a char boundary of `text`.
fn flatten(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut flat = bytes.to_vec();
    // Line ends become spaces (one in a run's tail becomes U+0001 below instead).
    for at in memchr::memchr2_iter(b'\r', b'\n', bytes) {
        flat[at] = b' ';
    }
    let mut run = 0;
    let mut at = 0;
    while at < bytes.len() {
        // After an inert char, or at the start, when the byte RUN_LIMIT bytes on is an inert
        // ASCII byte, the chars before it are at most RUN_LIMIT, so no run among them passes
        // the limit, and the run ends there: skip past it. Most of a text goes by in such
        // steps.
        if run == 0
            && let Some(&b) = bytes.get(at + RUN_LIMIT)
            && b.is_ascii()
            && INERT[usize::from(b)]
        {
            at += RUN_LIMIT + 1;
            continue;
        }
        // ASCII is read byte by byte, through a table; other chars are decoded.
        let (inert, len) = match bytes[at] {
            b if b.is_ascii() => {
                if INERT[usize::from(b)] {
                    // Most bytes of a text: the run ends, and nothing is replaced;
                    // so for the inert bytes after it, read in a tight loop.
                    run = 0;
                    at += 1;
                    while let Some(&b) = bytes.get(at)
                        && b.is_ascii()
                        && INERT[usize::from(b)]
                    {
                        at += 1;
                    }
                    continue;
                }
                (false, 1)
            }
            _ => {
                let c = text[at..].chars().next().expect("`at` is a char boundary");
                (c.is_alphanumeric(), c.len_utf8())
            }
        };
        run = if inert { 0 } else { run + 1 };
        if run > RUN_LIMIT {
            flat[at..at + len].fill(1);
        }
        at += len;
    }
    String::from_utf8(flat).expect("whole chars were replaced by ASCII bytes")
}

/// The ASCII bytes that end a run for [`flatten`]: letters, digits and the punctuation other than
/// quotes and brackets (`.` `,` `-` …).
static INERT: [bool; 128] = {
    let mut inert = [false; 128];
    let mut b = 0;
    while b < 128 {
        let byte = b as u8;
        inert[b] = byte.is_ascii_alphanumeric()
            || (byte.is_ascii_punctuation()
                && !matches!(byte, b'"' | b'\'' | b'(' | b')' | b'[' | b']' | b'{' | b'}'));
        b += 1;
    }
    inert
};

/// Turns the paragraphs of one document into sentences.
struct Splitter<'a> {
    /// The original input.
    text: &'a str,
    /// The language's abbreviations.
    rules: &'a SentenceRules,
    /// The first bytes of the words of its abbreviation lists.
    listed: FirstBytes,
    /// The input as prepared by [`flatten`], same offsets.
    flat: &'a str,
    /// Index of the current paragraph among those that keep a sentence.
    paragraph: usize,
    /// Sentences found so far.
    sentences: Vec<SentenceSpan>,
}

impl Splitter<'_> {
    /// Splits a paragraph at deliberate line breaks, then each stretch into sentences.
    fn paragraph_sentences(&mut self, paragraph: Span) {
        // Measured once per paragraph so that the per-line test below stays linear, and only
        // for a paragraph of more than one line (the test is made between two lines).
        let text = self.text;
        let mut width = None;
        let mut start = paragraph.start;
        let mut lines = lines(self.text, paragraph.start, paragraph.end).peekable();
        while let Some(line) = lines.next() {
            let Some(next) = lines.peek() else { break };
            let width = *width.get_or_insert_with(|| {
                let mut lengths: Vec<usize> = self::lines(text, paragraph.start, paragraph.end)
                    .map(|line| line.slice(text).trim().chars().count())
                    .collect();
                wrap_width(&mut lengths)
            });
            if breaks_after(line.slice(self.text), next.slice(self.text), width) {
                self.stretch_sentences(Span {
                    start,
                    end: line.end,
                });
                start = next.start;
            }
        }
        self.stretch_sentences(Span {
            start,
            end: paragraph.end,
        });
    }

    /// Splits a stretch of text with UAX #29, merges or moves its boundaries as
    /// [`sentence_start`] says, and adds those UAX #29 misses ([`extra`]): the boundaries right
    /// after a list marker go, and one goes before each marker of a list.
    fn stretch_sentences(&mut self, stretch: Span) {
        let text = &self.text[stretch.start..stretch.end];
        let extra = extra::scan(self.rules, text);
        let mut boundaries = extra.splits;
        let mut previous: Option<&str> = None;
        let mut titles = TitleMarks::default();
        for (offset, piece) in Pieces::of(&self.flat[stretch.start..stretch.end]) {
            // Read the original rather than the flattened copy, which may hold U+0001.
            let Some(piece) = text.get(offset..offset + piece.len()) else {
                continue;
            };
            // An opening bracket written against the final mark before it (`。「`, `.(`):
            // Unicode's boundary falls after it, the sentence starts before it.
            let opening = previous.map_or(0, glued_openers);
            // A reference note glued to the final mark (`martyr.[1] The`, `large.[7][8] This`)
            // stays with its sentence, which ends after it.
            if let Some(note) = previous
                .filter(|previous| opening == 1 && previous.ends_with('['))
                .and_then(|_| reference_note(piece))
            {
                let rest = &piece[note..];
                // The abbreviation rules read the word before the full stop (`Prof.[3] Smith`).
                let before = previous.map_or("", |previous| &previous[..previous.len() - 1]);
                if rest.contains(char::is_alphanumeric) && !joins(self.rules, &self.listed, before, rest) {
                    boundaries.push(offset + note);
                    titles = TitleMarks::from(offset + note);
                }
                previous = Some(piece);
                continue;
            }
            if let Some(shift) = previous.and_then(|previous| {
                let previous = &previous[..previous.len() - opening];
                // Title marks are full-width: a piece that ends in ASCII (most) holds none.
                let wide = previous.trim_end().as_bytes().last().is_some_and(|&b| b >= 0x80);
                if wide
                    && (closes_title(previous)
                        || (ends_wide_final(previous) && titles.open(text, offset - opening)))
                {
                    return None;
                }
                sentence_start(self.rules, &self.listed, previous, piece)
            }) {
                let boundary = if shift == 0 { offset - opening } else { offset + shift };
                boundaries.push(boundary);
                titles = TitleMarks::from(boundary);
            }
            previous = Some(piece);
        }
        // Both lists are in order; few boundaries, so sorting them costs less than the scan.
        boundaries.sort_unstable();
        boundaries.dedup();
        let mut markers = extra.markers.iter().peekable();
        let mut start = 0;
        for boundary in boundaries {
            while markers.next_if(|&&(_, gap_end)| gap_end < boundary).is_some() {}
            let after_marker = markers
                .peek()
                .is_some_and(|&&(end, gap_end)| (end..=gap_end).contains(&boundary));
            if after_marker || boundary <= start {
                continue;
            }
            self.candidate(Span {
                start: stretch.start + start,
                end: stretch.start + boundary,
            });
            start = boundary;
        }
        self.candidate(Span {
            start: stretch.start + start,
            end: stretch.end,
        });
    }

    /// Keeps a candidate sentence if it is prose, cut to [`MAX_SENTENCE_WORDS`].
    fn candidate(&mut self, candidate: Span) {
        let span = trim(self.text, candidate);
        let sentence = span.slice(self.text);
        let prose = sentence.chars().any(char::is_alphabetic)
            && (ends_final(sentence)
                || reads_as_prose(sentence)
                || sentence
                    .split(['\n', '\r'])
                    .any(|line| has_words(line, SHORT_WORDS)));
        if !prose {
            return;
        }
        // Words need a byte each and a space between them, so a shorter sentence cannot hold
        // more than the cap; it starts with a word, since it is trimmed.
        if sentence.len() < 2 * MAX_SENTENCE_WORDS {
            self.push(span);
            return;
        }
        let mut chunk = span.start;
        let mut words = 0;
        let mut in_word = false;
        for (i, c) in sentence.char_indices() {
            if c.is_whitespace() {
                if in_word && words == MAX_SENTENCE_WORDS {
                    self.push(Span {
                        start: chunk,
                        end: span.start + i,
                    });
                    words = 0;
                }
                in_word = false;
            } else if !in_word {
                in_word = true;
                if words == 0 {
                    chunk = span.start + i;
                }
                words += 1;
            }
        }
        self.push(Span {
            start: chunk,
            end: span.end,
        });
    }

    /// Records a sentence in the current paragraph.
    fn push(&mut self, span: Span) {
        self.sentences.push(SentenceSpan {
            span,
            paragraph: self.paragraph,
        });
    }
}

/// The UAX #29 pieces of a stretch: from [`uax29`] when it handles every char of the stretch
/// (most news text), else from `unicode-segmentation`. Both give the same pieces.
enum Pieces<'a> {
    Handled(uax29::Pieces<'a>),
    Any(USentenceBoundIndices<'a>),
}

impl<'a> Pieces<'a> {
    fn of(stretch: &'a str) -> Pieces<'a> {
        match uax29::Pieces::new(stretch) {
            Some(pieces) => Pieces::Handled(pieces),
            None => Pieces::Any(stretch.split_sentence_bound_indices()),
        }
    }
}

impl<'a> Iterator for Pieces<'a> {
    type Item = (usize, &'a str);

    fn next(&mut self) -> Option<(usize, &'a str)> {
        match self {
            Pieces::Handled(pieces) => pieces.next(),
            Pieces::Any(pieces) => pieces.next(),
        }
    }
}

/// Whether an unpunctuated piece still reads as prose: one line of at least three words (not
/// counting a list marker), most of them starting in lowercase. Abstracts and captions often drop their last full stop ("Numerical
/// examples are given"), while menus, bylines and datelines ("Print | Share", "By Ann Lee",
/// "Updated : 2021-07-19") are capitalised or symbols.
fn reads_as_prose(sentence: &str) -> bool {
    if sentence.contains(['\n', '\r']) {
        return false;
    }
    let (mut words, mut lower) = (0, 0);
    // A list item's marker (`1.`, `b)`, `• 9.`) is not one of its words.
    let sentence = sentence.trim_start();
    let sentence = &sentence[extra::marker_len(sentence)..];
    for word in sentence.split_whitespace() {
        words += 1;
        if word.chars().next().is_some_and(char::is_lowercase) {
            lower += 1;
        }
    }
    words >= 3 && lower * 2 > words
}

/// Whether the break after `line` was made by hand: the line does not end a sentence and is
/// short for its paragraph (less than half its [`wrap_width`]), like `Print | Share` above the
/// first sentence of an article, or is a heading in capitals above a line that is not and that
/// opens with a capital ("THE CHALLENGE-RESPONSE MECHANISM" above "We now describe ..."; a
/// heading of two lines in capitals stays whole). A heading holds no comma: a line of acronyms
/// in wrapped prose ("WHO, UNICEF, FAO, UNESCO" above "and the others") is no heading.
fn breaks_after(line: &str, next: &str, width: usize) -> bool {
    let line = line.trim();
    let heading = || {
        in_capitals(line)
            && !line.contains(',')
            && !in_capitals(next)
            && next.trim_start().starts_with(char::is_uppercase)
    };
    !line.is_empty()
        && !ends_final(line)
        && !has_words(line, SHORT_WORDS + 1)
        && (line.chars().count() * 2 < width || heading())
}

/// Whether a line is written in capitals: it has a capital and no lowercase letter.
fn in_capitals(line: &str) -> bool {
    line.chars().any(char::is_uppercase) && !line.chars().any(char::is_lowercase)
}

/// The width a paragraph was wrapped to, from the lengths of its lines (reordered here): the
/// length that a quarter of them reach, the longest line when there are at most four. Wrapped
/// lines are filled close to the width, so the lines near it are many; a line far longer than
/// the rest (a running head pasted into a page's text, a URL) is one, and does not set it.
fn wrap_width(lengths: &mut [usize]) -> usize {
    if lengths.is_empty() {
        return 0;
    }
    // The rank of the length a quarter of the lines reach, counted from the shortest.
    let rank = lengths.len() * 3 / 4;
    *lengths.select_nth_unstable(rank).1
}

/// Whether `line` holds at least `n` words: whitespace-separated words, each character of a
/// script written without spaces counting as one.
fn has_words(line: &str, n: usize) -> bool {
    let mut words = 0;
    for word in line.split_whitespace() {
        let spaceless = word.chars().filter(|&c| is_spaceless_script(c)).count();
        words += spaceless.max(1);
        if words >= n {
            return true;
        }
    }
    false
}

/// Whether `c` belongs to a script written without spaces between words:
/// Han, kana, Thai, Lao, Khmer, Myanmar.
pub(crate) fn is_spaceless_script(c: char) -> bool {
    matches!(c,
        '\u{0E00}'..='\u{0EFF}' // Thai, Lao
        | '\u{1000}'..='\u{109F}' // Myanmar
        | '\u{1780}'..='\u{17FF}' // Khmer
        | '\u{3040}'..='\u{30FF}' // hiragana, katakana
        | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{2FA1F}')
}

/// `span` without leading and trailing whitespace.
fn trim(text: &str, span: Span) -> Span {
    let s = span.slice(text);
    let rest = s.trim_start();
    let start = span.start + (s.len() - rest.len());
    Span {
        start,
        end: start + rest.trim_end().len(),
    }
}

/// Whether `s` ends with sentence-final punctuation, possibly followed by closing marks, or
/// with a quotation that does and a citation after it (`"We won." (Reuters)`).
fn ends_final(s: &str) -> bool {
    // Spaces may sit inside the closing marks too: French `fini. »`.
    let closed = |s: &str| {
        s.trim_end_matches(|c: char| c.is_whitespace() || is_closer(c))
            .ends_with(is_final)
    };
    closed(s)
        || s.trim_end()
            .strip_suffix(')')
            .and_then(|inner| inner.rfind('('))
            .is_some_and(|open| ends_quoted(&s[..open]))
        || (s.trim_end().ends_with(']') && {
            let bare = without_notes(s);
            !bare.ends_with(char::is_whitespace) && closed(bare)
        })
}

/// `s` without the reference notes at its end (`saint.[1]`, `large.[7][8]`), which a final
/// mark glued to them ends.
fn without_notes(s: &str) -> &str {
    let mut s = s.trim_end();
    while let Some(inner) = s.strip_suffix(']') {
        let number = inner.trim_end_matches(|c: char| c.is_ascii_digit());
        match number.strip_suffix('[') {
            Some(rest) if (1..=3).contains(&(inner.len() - number.len())) => s = rest,
            _ => break,
        }
    }
    s
}

/// Whether `s` ends with sentence-final punctuation and a closing quote, as a quotation does.
fn ends_quoted(s: &str) -> bool {
    let s = s.trim_end();
    static QUOTE_SET: CharSet = CharSet::new(QUOTES);
    let unquoted = s.trim_end_matches(|c| QUOTE_SET.contains(c));
    // A quotation cut short by an editor's `[...]` ends on the ellipsis inside the brackets.
    let cut = unquoted.strip_suffix(']').unwrap_or(unquoted);
    unquoted.len() < s.len() && cut.ends_with(is_final)
}

/// Whether `piece` ends on a closing quote and a final mark, either way round (`".`, `."`).
fn closes_quotation(piece: &str) -> bool {
    static QUOTE_SET: CharSet = CharSet::new(QUOTES);
    let quote = |c| QUOTE_SET.contains(c);
    let end = piece.trim_end();
    let before_final = end.trim_end_matches(is_final);
    (before_final.len() < end.len() && before_final.ends_with(quote))
        || (end.ends_with(quote) && end.trim_end_matches(quote).ends_with(is_final))
}

/// Punctuation that may end a sentence, in the scripts we expect.
const FINALS: &str = ".!?…:;‼⁇⁈⁉。．｡！？：；؟۔।॥։።፧။\u{37e}";

/// A set of chars given as a string, with its ASCII members as a bit mask: membership of an
/// ASCII char (most chars these sets are asked about) is one shift, where `str::contains`
/// searched the whole string each time. A char outside ASCII is looked up in the string; an
/// ASCII byte never occurs inside the UTF-8 of another char, so the two answers agree.
struct CharSet {
    chars: &'static str,
    ascii: u128,
}

impl CharSet {
    const fn new(chars: &'static str) -> CharSet {
        let bytes = chars.as_bytes();
        let mut ascii = 0u128;
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i] < 0x80 {
                ascii |= 1 << bytes[i];
            }
            i += 1;
        }
        CharSet { chars, ascii }
    }

    #[inline]
    fn contains(&self, c: char) -> bool {
        if c.is_ascii() {
            self.ascii >> (c as u32) & 1 != 0
        } else {
            self.chars.contains(c)
        }
    }
}

/// [`FINALS`] as a [`CharSet`].
static FINAL_SET: CharSet = CharSet::new(FINALS);

/// Whether `c` is one of [`FINALS`].
fn is_final(c: char) -> bool {
    FINAL_SET.contains(c)
}

/// Quotes and brackets that close a sentence or a quotation after its final punctuation.
const CLOSERS: &str = "\"')]}»›”’“‘」』）］】〉》〕｣";

/// Whether `c` is one of [`CLOSERS`].
fn is_closer(c: char) -> bool {
    static SET: CharSet = CharSet::new(CLOSERS);
    SET.contains(c)
}

/// Quotes and brackets that may open a sentence, before its first word.
const OPENERS: &str = "\"'([{«‹“‘„‚「『（［【〈《〔｢¿¡";

/// Whether `c` is one of [`OPENERS`].
fn is_opener(c: char) -> bool {
    static SET: CharSet = CharSet::new(OPENERS);
    SET.contains(c)
}

/// Brackets that only ever open (quotes may close too: `„so“`, `»so«`).
const OPENING_BRACKETS: &str = "([{「『（［【〈《〔｢";

/// Full-width final marks, after which `“` and `‘` open the next sentence (Chinese
/// `。“好吗？”`); after `.` they may close a quotation (German `„Ja.“`).
const WIDE_FINALS: &str = "。．｡！？";

/// The bytes of opening brackets (and after a full-width final mark, opening quotes) at the
/// end of `piece` right after a final mark or closer (`。「`), which belong to the next
/// sentence; 0 for any other piece.
fn glued_openers(piece: &str) -> usize {
    static BRACKETS: CharSet = CharSet::new(OPENING_BRACKETS);
    static WIDE: CharSet = CharSet::new(WIDE_FINALS);
    let opens_quote = |c: char| BRACKETS.contains(c) || matches!(c, '“' | '‘');
    // Most pieces end in a space or a letter: no run of openers, in either reading below.
    if !piece.ends_with(opens_quote) {
        return 0;
    }
    let glued = |opens: &dyn Fn(char) -> bool| {
        let body = piece.trim_end_matches(opens);
        let run = piece.len() - body.len();
        let after_final = body.ends_with(|c| is_final(c) || is_closer(c));
        (run > 0 && after_final).then_some((run, body))
    };
    match glued(&opens_quote) {
        Some((run, body)) if body.ends_with(|c| WIDE.contains(c)) => run,
        _ => glued(&|c| BRACKETS.contains(c)).map_or(0, |(run, _)| run),
    }
}

/// The length of the reference notes that `piece` opens with, after the `[` of the first
/// (`1]`, `7][8]`): one to three digits and `]`, then any more notes in brackets. `None` when
/// the piece opens otherwise.
fn reference_note(piece: &str) -> Option<usize> {
    let bytes = piece.as_bytes();
    let mut at = 0;
    loop {
        let digits = bytes[at..].iter().take(4).take_while(|b| b.is_ascii_digit()).count();
        if !(1..=3).contains(&digits) || bytes.get(at + digits) != Some(&b']') {
            return (at > 0).then_some(at);
        }
        at += digits + 1;
        if bytes.get(at) != Some(&b'[') {
            return Some(at);
        }
        at += 1;
    }
}

/// Closing quotes: a sentence that ends inside one ends a quotation.
const QUOTES: &str = "\"'»›”’」』";

/// Marks that UAX #29 reads as terminators but that end no sentence: the Myanmar little
/// section `၊`, a comma.
const NOT_FINAL: &str = "\u{104a}";

/// The first bytes of the words of a language's abbreviation lists (`never_final`,
/// `before_number`, `ambiguous`), by length (a 256-bit mask for each length from 1 to 15, the
/// last for 15 bytes and more): a word whose length and first byte are not in it is in none of
/// those lists. Only a shortcut for [`joins`], which searches the lists one word after
/// another; an empty listed word sets [`FirstBytes::empty`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct FirstBytes {
    bytes: [[u64; 4]; 16],
    empty: bool,
}

impl FirstBytes {
    fn of_rules(rules: &SentenceRules) -> FirstBytes {
        let mut first = FirstBytes::default();
        for word in [rules.never_final, rules.before_number, rules.ambiguous]
            .into_iter()
            .flatten()
        {
            match word.as_bytes().first() {
                Some(&b) => first.bytes[word.len().min(15)][usize::from(b >> 6)] |= 1 << (b & 63),
                None => first.empty = true,
            }
        }
        first
    }

    /// Whether `word` may be in one of the lists.
    #[inline]
    fn may_hold(&self, word: &str) -> bool {
        match word.as_bytes().first() {
            Some(&b) => self.bytes[word.len().min(15)][usize::from(b >> 6)] >> (b & 63) & 1 != 0,
            None => self.empty,
        }
    }
}

/// Where the next sentence starts in `next`, the UAX #29 piece after `previous`: at its start,
/// after a spaced closing mark that still belongs to `previous`, or nowhere (`None`) when the
/// boundary is false and the two pieces merge.
fn sentence_start(
    rules: &SentenceRules,
    listed: &FirstBytes,
    previous: &str,
    next: &str,
) -> Option<usize> {
    let body = next.trim_start();
    let lead = body.split(char::is_whitespace).next().unwrap_or("");
    // French sets closing guillemets apart (`Quel pied ! » a-t-il dit.`) and UAX #29 breaks
    // before them. Straight quotes are left alone: they may as well open the next sentence.
    let spaced_closer = lead.starts_with(|c| is_closer(c) && c != '"' && c != '\'')
        && !lead.contains(char::is_alphanumeric);
    if spaced_closer {
        let after = next.len() - body.len() + lead.len();
        let rest = &next[after..];
        // The mark ends `previous`; a new sentence follows it unless the text goes on in
        // lowercase (`! » a-t-il dit`), which `joins` decides with no abbreviation before it.
        return (rest.contains(char::is_alphanumeric) && !joins(rules, listed, "", rest)).then_some(after);
    }
    if let Some(start) = citation(previous, next) {
        return start;
    }
    (!joins(rules, listed, previous, next)).then_some(0)
}

/// Where the next sentence starts when `next` opens with a parenthesis that cites the
/// quotation `previous` ends with (`"We will win." (Reuters) The next day ...`): after the
/// parenthesis, or nowhere (`Some(None)`) when the text goes on in lowercase or punctuation.
/// `None` when `next` holds no such parenthesis: one without a final mark inside
/// (`(See the table.)` is a sentence of its own) and closed in the same piece.
fn citation(previous: &str, next: &str) -> Option<Option<usize>> {
    if !ends_quoted(previous) {
        return None;
    }
    let body = next.trim_start();
    let inner = body.strip_prefix('(')?;
    let close = inner.find(')')?;
    let cited = &inner[..close];
    if !cited.contains(char::is_alphanumeric) || cited.contains('(') || ends_final(cited) {
        return None;
    }
    let after = next.len() - inner.len() + close + 1;
    let goes_on = next[after..]
        .trim_start()
        .trim_start_matches(is_opener)
        .chars()
        .next()
        .is_none_or(|c| c.is_lowercase() || !c.is_alphanumeric());
    Some((!goes_on).then_some(after))
}

/// Whether a UAX #29 boundary between `previous` and `next` is a false one to merge.
fn joins(rules: &SentenceRules, listed_first: &FirstBytes, previous: &str, next: &str) -> bool {
    static NOT_FINAL_SET: CharSet = CharSet::new(NOT_FINAL);
    if previous.trim_end().ends_with(|c| NOT_FINAL_SET.contains(c)) {
        return true;
    }
    // A quotation closed by its bracket, then the quotative particle: `「行きます。」と言った。`.
    if previous.trim_end().ends_with(['」', '』']) {
        let rest = next.trim_start();
        let starts = |list: &[&str]| list.iter().any(|w| rest.starts_with(w));
        if starts(rules.after_quote) && !starts(rules.openers) {
            return true;
        }
    }
    let word = next
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_start_matches(|c: char| !c.is_alphanumeric());
    let Some(first) = word.chars().next() else {
        // Marks alone, with no word in the piece, that end on a final mark and do not open with
        // a quote or bracket (`/ [...] `), or that close a quotation (`".`): the end of the
        // sentence before, which they follow (a quotation cut short: `... / [...] ".`).
        // Marks that open (`[...]`, `" . . .`) may as well start the next.
        let closing = |s: &str| {
            (ends_final(s) && !s.trim_start().starts_with(is_opener)) || closes_quotation(s)
        };
        if (closing(next) && !next.contains(char::is_alphanumeric))
            || closes_parenthesis(previous, next)
        {
            return true;
        }
        // Marks alone before the next word (`?'\n", contou Rabin.`, a quotation's closing
        // quote set apart): the text goes on when that word is lowercase.
        return next
            .split_whitespace()
            .nth(1)
            .and_then(|word| word.chars().find(|c| c.is_alphanumeric()))
            .is_some_and(char::is_lowercase);
    };
    // A sentence does not start in lowercase: `"Where?" he asked.`, `Wait… what?`.
    if first.is_lowercase() {
        return true;
    }
    if !first.is_alphabetic() && closes_parenthesis(previous, next) {
        return true;
    }
    // Invisible direction marks may wrap the dot in right-to-left text (`د\u{202a}.\u{202c}`).
    let Some(stem) = previous
        .trim_end_matches(|c: char| c.is_whitespace() || is_direction_mark(c))
        .strip_suffix('.')
    else {
        return false;
    };
    let stem = stem.trim_end_matches(is_direction_mark);
    let token = elided(
        stem.rsplit(char::is_whitespace)
            .next()
            .unwrap_or("")
            .trim_start_matches(|c: char| !c.is_alphanumeric()),
    );
    // Matched with case, so that `FT.` (a newspaper) is not `Ft.` and `DEC.` is not `Dec.`;
    // a lowercase abbreviation capitalised because it opens the sentence (`Проф. Иванов`,
    // `См. рис. 5`) is the lowercase one.
    let opens = !stem[..stem.len() - token.len()].contains(char::is_alphanumeric);
    let lowered = opens
        .then(|| {
            let mut chars = token.chars();
            let first = chars.next().filter(|c| c.is_uppercase())?;
            let rest = chars.as_str();
            (!rest.is_empty() && !rest.contains(char::is_uppercase))
                .then(|| first.to_lowercase().chain(rest.chars()).collect::<String>())
        })
        .flatten();
    // The lists are searched one word after another; most tokens start with a byte that no
    // listed word starts with, and skip them (perf only).
    let listed = |list: &[&str]| listed_first.may_hold(token) && list.contains(&token);
    let listed_lowered = |list: &[&str]| {
        lowered
            .as_deref()
            .is_some_and(|w| listed_first.may_hold(w) && list.contains(&w))
    };
    // An ordinal before a month: `vom 12. Juni`.
    if !token.is_empty() && token.bytes().all(|b| b.is_ascii_digit()) {
        // A number of one or two digits glued to the next word by its full stop (`1.Helado,
        // 2.Carne`, `3.Liga`) numbers an item or is an ordinal; a sentence's end takes a space.
        // A longer number (`about 250.Then`, `2019.The`) is more likely a missing space.
        if token.len() <= 2 && previous.ends_with('.') {
            return true;
        }
        let next = word.trim_end_matches(|c: char| !c.is_alphanumeric());
        return rules.after_ordinal.contains(&next);
    }
    let mut chars = token.chars();
    let initial = chars.next().is_some_and(char::is_uppercase) && chars.next().is_none();
    // Most tokens hold no dot, and need no search for one below (a short loop, where
    // `rsplit_once` and `contains` each called a search).
    let dotted = token.bytes().any(|b| b == b'.');
    // A title glued to the full stop after a word (`Tuesday.Mr.`), which opens its sentence.
    let glued_title = || {
        dotted
            && token.rsplit_once('.').is_some_and(|(word, title)| {
            word.chars().nth(1).is_some()
                && word.ends_with(char::is_lowercase)
                && title.chars().nth(1).is_some()
                && title.starts_with(char::is_uppercase)
                && rules.never_final.contains(&title)
        })
    };
    if listed(rules.never_final)
        || listed_lowered(rules.never_final)
        || is_english_title(token)
        || glued_title()
    {
        true
    } else if listed(rules.before_number) || is_numero(token) {
        first.is_numeric()
    } else if initial || listed(rules.ambiguous) || (dotted && is_dotted_acronym(token)) {
        // Keep the dot of `Mr.` and of an initial: `A. A. Milne` is not `A man`.
        let word = word.trim_end_matches(|c: char| !c.is_alphanumeric() && c != '.');
        // `than I.` ends a sentence, unless initials follow (`Ms Li I. M. Pei`).
        let letter_word = rules.letter_words.contains(&token)
            && stem[..stem.len() - token.len()]
                .split_whitespace()
                .next_back()
                .and_then(|before| before.chars().find(|c| c.is_alphabetic()))
                .is_some_and(char::is_lowercase);
        let next_initial = word.strip_suffix('.').is_some_and(|w| {
            let mut chars = w.chars();
            chars.next().is_some_and(char::is_uppercase) && chars.next().is_none()
        });
        if letter_word && !next_initial {
            return false;
        }
        !rules.openers.contains(&word)
    } else {
        false
    }
}

/// `word` without an elided article or preposition glued to a title by an apostrophe (Italian
/// `l'Avv`, `dell'Ing`, French `l'Abbé`): the abbreviation is what follows. A prefix of one to
/// five bytes, all lowercase letters, before a capital and at least one more char counts as
/// elided. Only a capital is read past the apostrophe: a title is written with one, and a
/// lowercase word after an elided article is a word of its own (Italian `l'ago.`, the needle,
/// is not `ago.`, August). `O'Neil` keeps its prefix, and English contractions (`don't`,
/// `we're`) leave no abbreviation behind.
fn elided(word: &str) -> &str {
    // Most words hold neither apostrophe: no byte `'`, nor the last byte of `’` (0x99), which
    // a short loop sees without the search by chars.
    if !word.bytes().any(|b| b == b'\'' || b == 0x99) {
        return word;
    }
    match word.rfind(['\'', '’']) {
        Some(at)
            if at <= 5
                && at > 0
                && word[..at].chars().all(char::is_lowercase)
                && word[at..].chars().nth(1).is_some_and(char::is_uppercase)
                && word[at..].chars().nth(2).is_some() =>
        {
            &word[at + word[at..].chars().next().map_or(1, char::len_utf8)..]
        }
        _ => word,
    }
}

/// Whether `c` is an invisible mark of text direction (LRM, RLM, the embeddings, overrides and
/// isolates), which right-to-left text may hold around a full stop.
fn is_direction_mark(c: char) -> bool {
    matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Whether `token` is an English title before a name (`Mr.`, `Mrs.`, `Ms.`, `Mt.`), which the
/// text of any language writes with an English name (Spanish `en Mt. Kisco`) and which is no
/// word of another language.
fn is_english_title(token: &str) -> bool {
    matches!(token, "Mr" | "Mrs" | "Ms" | "Mt")
}

/// Whether `next`, after a full stop, goes on inside a parenthesis that `previous` opened: it
/// reaches the closing bracket before any letter (`(Herald, 3 May 2012. No 5).`), so the stop
/// was a date's or an abbreviation's, and the sentence goes on after the bracket.
fn closes_parenthesis(previous: &str, next: &str) -> bool {
    next.find(')')
        .is_some_and(|close| !next[..close].contains(char::is_alphabetic))
        && previous
            .rfind('(')
            .is_some_and(|open| !previous[open..].contains(')'))
}

/// Whether `token` is the numero sign written as a letter and a degree or ordinal sign (`N°`,
/// `nº`), which precedes a number in every language that writes it.
fn is_numero(token: &str) -> bool {
    matches!(token, "N°" | "n°" | "Nº" | "nº")
}

/// Whether `piece` ends on a full-width final mark (`！`, `？`, `。`), as a Chinese title may
/// hold one.
fn ends_wide_final(piece: &str) -> bool {
    piece.trim_end().ends_with(|c| WIDE_FINALS.contains(c))
}

/// Whether `piece` ends on a title mark closed right after a full-width final mark
/// (`《快跑！》`): the mark is the title's, and the sentence goes on after it.
fn closes_title(piece: &str) -> bool {
    piece
        .trim_end()
        .strip_suffix(['》', '〉'])
        .is_some_and(|title| title.ends_with(|c| WIDE_FINALS.contains(c)))
}

/// Whether a title mark (`《》`, `〈〉`) is open in the sentence being read: a Chinese book or
/// film title holds its own `！` or `？` (`看《摔跤吧！爸爸》`), and the sentence goes on after
/// `》`. Asked only where a piece ends on a full-width final mark ([`ends_wide_final`]); the
/// marks are counted from the sentence's start, each byte once, however many pieces a title
/// holds (`《你好！再见！朋友》`).
#[derive(Clone, Copy, Debug, Default)]
struct TitleMarks {
    /// Where the count stopped: the start of the sentence, or the end of the last piece read.
    read_to: usize,
    /// Title marks opened less those closed, from the sentence's start to `read_to`.
    open: isize,
}

impl TitleMarks {
    /// The count of a sentence that starts at byte `start`.
    fn from(start: usize) -> TitleMarks {
        TitleMarks {
            read_to: start,
            open: 0,
        }
    }

    /// Whether a title mark is open at byte `end` of `text`, past every byte read before, and
    /// closes within [`TITLE_CHARS`] characters after it: a stray `《` that nothing closes
    /// holds no title, and does not keep the rest of the text in one sentence.
    fn open(&mut self, text: &str, end: usize) -> bool {
        if let Some(unread) = text.get(self.read_to..end) {
            for c in unread.chars() {
                match c {
                    '《' | '〈' => self.open += 1,
                    '》' | '〉' => self.open = (self.open - 1).max(0),
                    _ => {}
                }
            }
            self.read_to = end;
        }
        self.open > 0
            && text.get(end..).is_some_and(|rest| {
                rest.chars().take(TITLE_CHARS).any(|c| matches!(c, '》' | '〉'))
            })
    }
}

/// How far after a final mark inside a title its closing mark is looked for, in characters:
/// a title is a name, a few words long.
const TITLE_CHARS: usize = 64;

/// Whether `token` is single letters joined by dots, as in `U.S` or `a.m` (final dot removed).
fn is_dotted_acronym(token: &str) -> bool {
    token.contains('.')
        && token.split('.').all(|part| {
            let mut chars = part.chars();
            chars.next().is_some_and(char::is_alphabetic) && chars.next().is_none()
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The sentences of `text` as written.
    fn sentences(text: &str) -> Vec<&str> {
        segment(text)
            .sentences
            .iter()
            .map(|s| s.span.slice(text))
            .collect()
    }

    #[test]
    fn the_lists_first_bytes_hold_every_listed_word_and_skip_others() {
        for &language in Language::ALL {
            let rules = language.sentence_rules();
            let first = FirstBytes::of_rules(rules);
            for list in [rules.never_final, rules.before_number, rules.ambiguous] {
                for word in list {
                    assert!(first.may_hold(word), "{language:?}: {word}");
                }
            }
            // A word that is in none of the lists by its length and first byte.
            let listed = |w: &str| {
                [rules.never_final, rules.before_number, rules.ambiguous]
                    .iter()
                    .any(|list| list.iter().any(|l| l.len().min(15) == w.len().min(15) && l.as_bytes()[0] == w.as_bytes()[0]))
            };
            for word in ["said", "year", "Mr", "x", "Q", "2004", "twenty-four", "\u{e9}t\u{e9}"] {
                assert_eq!(first.may_hold(word), listed(word), "{language:?}: {word}");
            }
            assert!(!first.may_hold(""));
        }
        let english = FirstBytes::of_rules(Language::English.sentence_rules());
        assert!(english.may_hold("Mr") && english.may_hold("etc") && english.may_hold("pp"));
        assert!(!english.may_hold("said") && !english.may_hold("year"));
    }

    /// Hard cases: an input and the sentences it must give, as written.
    // One row a line reads best; rustfmt would spread each over four.
    #[rustfmt::skip]
    const CASES: &[(&str, &[&str])] = &[
        // Titles before names, Latin abbreviations and months never end a sentence.
        ("Mr. Li left. He ran.", &["Mr. Li left.", "He ran."]),
        // An abbreviation keeps its sentence going past a reference note glued to it.
        ("We met Prof.[3] Lund at noon. It rained.", &["We met Prof.[3] Lund at noon.", "It rained."]),
        // An amount of three digits or more glued to a capitalised word is a missing space,
        // not a list item (`1.Helado`).
        ("The bill came to about 250.Then it went up. Fine.",
            &["The bill came to about 250.", "Then it went up.", "Fine."]),
        ("Dr. Jo met Mrs. Ng at St. Paul's. Hi.", &["Dr. Jo met Mrs. Ng at St. Paul's.", "Hi."]),
        ("Sen. Al Ho and Rep. Tom Lee came. Ok.", &["Sen. Al Ho and Rep. Tom Lee came.", "Ok."]),
        ("Gov. Li met Lt. Col. Ma on Dec. 1. Ok.", &["Gov. Li met Lt. Col. Ma on Dec. 1.", "Ok."]),
        ("Some, e.g. Apples, are sweet. Others, i.e. Lemons, are not.",
            &["Some, e.g. Apples, are sweet.", "Others, i.e. Lemons, are not."]),
        // Mar., No. and the like only hold before a number.
        ("It began on Mar. 3 in Rome. It ended.", &["It began on Mar. 3 in Rome.", "It ended."]),
        ("Take No. 42 now. No. It is mine.", &["Take No. 42 now.", "No.", "It is mine."]),
        ("See vol. 12, no. 6: \"The Title\".", &["See vol. 12, no. 6: \"The Title\"."]),
        // Dotted acronyms, a.m./p.m., company suffixes and etc. end a sentence before an opener.
        ("Open 9 a.m. to 5 p.m. daily. Come.", &["Open 9 a.m. to 5 p.m. daily.", "Come."]),
        ("It ended at 5 p.m. The staff left.", &["It ended at 5 p.m.", "The staff left."]),
        ("Ask the U.S. Army or the U.N. in Rome.", &["Ask the U.S. Army or the U.N. in Rome."]),
        ("It passed in the U.S. The firm won.", &["It passed in the U.S.", "The firm won."]),
        ("Acme Inc. rose. Acme Corp. Chief Ed Li quit.",
            &["Acme Inc. rose.", "Acme Corp. Chief Ed Li quit."]),
        ("It was sold to Acme Inc. It closes.", &["It was sold to Acme Inc.", "It closes."]),
        ("He bought figs, etc. The shop shut.", &["He bought figs, etc.", "The shop shut."]),
        // Initials.
        ("J. R. R. Tolkien wrote it. It sold.", &["J. R. R. Tolkien wrote it.", "It sold."]),
        ("George W. Bush won. Al Gore lost.", &["George W. Bush won.", "Al Gore lost."]),
        ("A. A. Milne wrote it. Kids loved it.", &["A. A. Milne wrote it.", "Kids loved it."]),
        ("He met Malcolm X. But he left.", &["He met Malcolm X.", "But he left."]),
        // Decimals, prices, percentages and versions.
        ("It rose 3.5% to $1.2871. Odd.", &["It rose 3.5% to $1.2871.", "Odd."]),
        ("It sold 2.5 million copies of v1.2 now.", &["It sold 2.5 million copies of v1.2 now."]),
        // `!` and `?` before a lowercase word, closing quotes and brackets, ellipses.
        ("\"Stop!\" she said. \"Why?\" he asked.", &["\"Stop!\" she said.", "\"Why?\" he asked."]),
        ("He said \"no.\" Then he left.", &["He said \"no.\"", "Then he left."]),
        ("It is below. (See the table.) Good.", &["It is below.", "(See the table.)", "Good."]),
        ("“Wow,” she said. “We’re back.” Yes.", &["“Wow,” she said.", "“We’re back.”", "Yes."]),
        ("He paused... and went on. Wait… why? No.",
            &["He paused... and went on.", "Wait… why?", "No."]),
        // `I'm` after `p.m.` opens a sentence as `I` does; `N°` precedes a number as `No.` does.
        ("We landed at 11 p.m. I'm still tired. It is kept in locker N°. 14 downstairs. Ask Jo.",
            &["We landed at 11 p.m.", "I'm still tired.", "It is kept in locker N°. 14 downstairs.",
              "Ask Jo."]),
        // A quotation cut short with `[...]` ends there, and its citation stays with it.
        ("\"We will rebuild the old mill [...]\" (Town letter). It was rebuilt.",
            &["\"We will rebuild the old mill [...]\" (Town letter).", "It was rebuilt."]),
        ("He paused . . . Then he left.", &["He paused . . .", "Then he left."]),
        ("He paused… Then he left… and came back.",
            &["He paused…", "Then he left… and came back."]),
        // A dotted acronym or the pronoun `I` at a sentence's end.
        ("I live in the U.S. How about you?", &["I live in the U.S.", "How about you?"]),
        ("Nobody saw it but I. Everyone else slept.", &["Nobody saw it but I.", "Everyone else slept."]),
        ("It was designed by I. M. Pei in 1978. It opened.",
            &["It was designed by I. M. Pei in 1978.", "It opened."]),
        ("World War I. Then peace came.", &["World War I.", "Then peace came."]),
        // Numbered and lettered lists: each marker stays with its item.
        ("1. The first item 2. The second item", &["1. The first item", "2. The second item"]),
        ("1. Open the box. 2. Take the book. 3. Read it.",
            &["1. Open the box.", "2. Take the book.", "3. Read it."]),
        ("Do this: 1. Open the box 2. Read the book",
            &["Do this:", "1. Open the box", "2. Read the book"]),
        ("a) Buy milk. b) Buy eggs.", &["a) Buy milk.", "b) Buy eggs."]),
        ("a) buy some milk b) buy a few eggs c) pay for both",
            &["a) buy some milk", "b) buy a few eggs", "c) pay for both"]),
        ("(i) Stay here. (ii) Go home.", &["(i) Stay here.", "(ii) Go home."]),
        ("(i) stay here for now or (ii) go home at once",
            &["(i) stay here for now or", "(ii) go home at once"]),
        ("(h) hold it up high (i) move it away", &["(h) hold it up high", "(i) move it away"]),
        ("We use Eqs. (2) and (3) here. Then (1) we stop.",
            &["We use Eqs. (2) and (3) here.", "Then (1) we stop."]),
        ("Two cases: (1) one of them; (2) the other one. Done.",
            &["Two cases: (1) one of them; (2) the other one.", "Done."]),
        ("1. Open the box. Take care. 2. Read it. It ended in round (2) and (3) then.",
            &["1. Open the box.", "Take care.", "2. Read it.", "It ended in round (2) and (3) then."]),
        // Lowercase letters with a full stop, any letter with `.)`; `d.` inside a sentence is
        // no marker.
        ("a. Wash the cups b. Dry the plates c. Stack them on the shelf",
            &["a. Wash the cups", "b. Dry the plates", "c. Stack them on the shelf"]),
        ("a.) Call the plumber first b.) Pay the bill after",
            &["a.) Call the plumber first", "b.) Pay the bill after"]),
        ("It was filed under section d. Then it was lost.",
            &["It was filed under section d.", "Then it was lost."]),
        // A bullet that opens a line starts an item, with no marker after it too.
        ("Pack these:\n• two warm jumpers\n• a torch and spare batteries for it\n• the map",
            &["Pack these:", "• two warm jumpers", "• a torch and spare batteries for it", "• the map"]),
        // A short number glued to the word after its full stop numbers an item; a year does not.
        ("Buy three things: 1.Bread, 2.Cheese, 3.Wine. Then go home.",
            &["Buy three things: 1.Bread, 2.Cheese, 3.Wine.", "Then go home."]),
        ("It ended in 2019.The next year was calm.", &["It ended in 2019.", "The next year was calm."]),
        // Marks alone after a quotation cut short belong to its sentence.
        ("He wrote: \"We leave at dawn. / [...] \". Nobody came.",
            &["He wrote: \"We leave at dawn. / [...] \".", "Nobody came."]),
        // Reference notes glued to a full stop stay with their sentence, which ends after them.
        ("The bridge opened in 1932.[4] It was painted red.[5][6] Crowds came.",
            &["The bridge opened in 1932.[4]", "It was painted red.[5][6]", "Crowds came."]),
        ("Anna Berg (born 1950) won.[3] She retired.", &["Anna Berg (born 1950) won.[3]", "She retired."]),
        // A title after a full stop with no space opens a sentence.
        ("We met on Friday.Dr. Lee was late.", &["We met on Friday.", "Dr. Lee was late."]),
        // A Roman numeral after a full stop with no space opens a sentence.
        ("The war ended.XVI Corps went home.", &["The war ended.", "XVI Corps went home."]),
        // A full stop inside a parenthesis that closes before any letter ends no sentence.
        ("He cited the law (Act 12, 1998. 4-5) in court. It failed.",
            &["He cited the law (Act 12, 1998. 4-5) in court.", "It failed."]),
        // Not lists: a marker inside a sentence, a number after an abbreviation, a year.
        ("Two options, (a) and (b), remain. We chose (a).",
            &["Two options, (a) and (b), remain.", "We chose (a)."]),
        ("It won 2. The rest lost 1. Then it ended.",
            &["It won 2.", "The rest lost 1.", "Then it ended."]),
        ("It opened on Dec. 1. 2. The next one.", &["It opened on Dec. 1.", "2. The next one."]),
        // A full stop with no space after it.
        ("Hello world.Today is Tuesday.", &["Hello world.", "Today is Tuesday."]),
        ("See e.g.This one, 3.14 and example.com, or Node.js now.",
            &["See e.g.This one, 3.14 and example.com, or Node.js now."]),
        ("He met Mr.Smith in London.The talks failed.",
            &["He met Mr.Smith in London.", "The talks failed."]),
        // A citation in parentheses after a closing quote stays with the quotation.
        ("\"We will win.\" (Reuters) The next day they lost.",
            &["\"We will win.\" (Reuters)", "The next day they lost."]),
        ("He said \"we will win.\" (Smith, 2003). Then he left.",
            &["He said \"we will win.\" (Smith, 2003).", "Then he left."]),
        ("“It is over.” (See the note.) Good.", &["“It is over.”", "(See the note.)", "Good."]),
        // A closing quote set apart before a lowercase word: the quotation goes on.
        ("He asked: \"Is it over?'\n\", said Ann. She left.",
            &["He asked: \"Is it over?'\n\", said Ann.", "She left."]),
        // Hard-wrapped lines, CRLF, lone CR and a byte-order mark.
        ("It said on Monday\nthat it failed. He\nleft.",
            &["It said on Monday\nthat it failed.", "He\nleft."]),
        ("It is one.\r\n\r\nIt is\r\nwrapped.", &["It is one.", "It is\r\nwrapped."]),
        ("One here.\r\rOne there.", &["One here.", "One there."]),
        ("\u{feff}A mark. Two sentences.", &["A mark.", "Two sentences."]),
        // Non-prose: share bars, datelines, bylines, sub-headings, lines without letters.
        ("Print | Share\nThe president said on Monday that the plan had failed badly.",
            &["The president said on Monday that the plan had failed badly."]),
        ("By Jo Li\n\nPosted: 12 March 2021 10:45 GMT\n\nIt hit.", &["It hit."]),
        ("Part one.\n\nA New Beginning\n\nPart two.", &["Part one.", "Part two."]),
        ("2021-07-19 12:00\n\n* * *\n\nIt starts.", &["It starts."]),
        ("A long line with no final punctuation but many words",
            &["A long line with no final punctuation but many words"]),
        // Other languages go through the same code; only the French closing mark needs help.
        ("Il a dit. « Quel pied ! » a-t-il dit. Et vous ?",
            &["Il a dit.", "« Quel pied ! » a-t-il dit.", "Et vous ?"]),
        ("« C'est fini. » Il est parti.", &["« C'est fini. »", "Il est parti."]),
        ("Er sagte: „Wir sind bereit.“ Dann ging er.",
            &["Er sagte: „Wir sind bereit.“", "Dann ging er."]),
        ("Он выступил. Он сказал, что план провалился.",
            &["Он выступил.", "Он сказал, что план провалился."]),
        ("هل سيأتي غدا؟ نعم سيأتي.", &["هل سيأتي غدا؟", "نعم سيأتي."]),
        ("今天天气很好。我们去公园吧！", &["今天天气很好。", "我们去公园吧！"]),
    ];

    #[test]
    fn a_running_head_does_not_set_the_wrap_width_and_a_heading_in_capitals_breaks() {
        // A narrow column of wrapped lines (about 35 chars, six words or fewer each) with a
        // running head of 70 chars pasted in by the page break. Measured against the head, every
        // line of the column was short enough to be a deliberate break, and the pieces of two
        // short lines were dropped as non-prose; the wrap width is what a quarter of the lines
        // reach, so the column's sentences stay whole.
        let text = "The project studies how small\n\
                    towns keep their water clean\n\
                    and how the rules were made by\n\
                    the people who live there. It\n\
                    began in the spring and ran\n\
                    XIV Workshop of the Society of Water Engineers 2012, page 3\n\
                    for two whole years before the\n\
                    first results were written up.";
        assert_eq!(
            sentences(text),
            [
                "The project studies how small\ntowns keep their water clean\nand how the rules \
                 were made by\nthe people who live there.",
                "It\nbegan in the spring and ran\nXIV Workshop of the Society of Water Engineers \
                 2012, page 3\nfor two whole years before the\nfirst results were written up.",
            ]
        );
        // A heading in capitals half as long as the lines under it: a break made by hand, so
        // it does not run into the sentence (and is dropped as non-prose).
        let text = "THE CHALLENGE-RESPONSE MECHANISM\n\
                    We now describe abstractly a mechanism which will\n\
                    be used in the construction of the disperser as\n\
                    well as the subsource somewhere extractor.";
        assert_eq!(
            sentences(text),
            ["We now describe abstractly a mechanism which will\nbe used in the construction of \
              the disperser as\nwell as the subsource somewhere extractor."]
        );
        // A line of acronyms inside wrapped prose is no heading: it holds commas, and the line
        // after it goes on in lowercase.
        let text = "The agencies that signed the letter include the\n\
                    WHO, UNICEF, FAO, UNESCO, WFP\n\
                    and several others that work in the region of the\n\
                    lower river, where the floods came in the spring.";
        assert_eq!(sentences(text).len(), 1, "{:?}", sentences(text));
        // In a short paragraph the longest line is still the width: the share bar breaks.
        let mut lengths = [13, 62];
        assert_eq!(wrap_width(&mut lengths), 62);
        let mut lengths = [30, 31, 29, 70, 30, 28, 31, 30];
        assert_eq!(wrap_width(&mut lengths), 31);
    }

    #[test]
    fn chinese_sentences_end_at_full_width_marks_and_count_characters() {
        let text = "引言\n\n政府今天发布了新的环保政策。他说：“我们会做到！”明年开始实施吗？\n\n\
                    这是一个没有句号的中文段落但是足够长\n\n短行";
        assert_eq!(
            sentences(text),
            [
                "政府今天发布了新的环保政策。",
                "他说：“我们会做到！”",
                "明年开始实施吗？",
                "这是一个没有句号的中文段落但是足够长",
            ]
        );
    }

    /// The hard cases of other languages, with their profile's rules: (language, text,
    /// sentences). Abbreviations before a capital or a number, ordinals, and the final marks of
    /// each script.
    #[rustfmt::skip]
    const LANGUAGE_CASES: &[(Language, &str, &[&str])] = &[
        (Language::German, "Er kam z. B. am Montag. Dann ging er.",
            &["Er kam z. B. am Montag.", "Dann ging er."]),
        (Language::German, "Das Gesetz gilt vom 12. Juni an. Es ist neu.",
            &["Das Gesetz gilt vom 12. Juni an.", "Es ist neu."]),
        (Language::German, "Siehe Nr. 5 im Anhang. Dr. Weber stimmt zu.",
            &["Siehe Nr. 5 im Anhang.", "Dr. Weber stimmt zu."]),
        (Language::German, "Im 20. Jahrhundert kam der 2. Weltkrieg. Er endete 1945. Danach kam Frieden.",
            &["Im 20. Jahrhundert kam der 2. Weltkrieg.", "Er endete 1945.", "Danach kam Frieden."]),
        (Language::French, "M. Dupont est arrivé. Mme Martin aussi.",
            &["M. Dupont est arrivé.", "Mme Martin aussi."]),
        (Language::French, "Il a dit : « Nous gagnerons. » Puis il est parti. Et vous ?",
            &["Il a dit : « Nous gagnerons. »", "Puis il est parti.", "Et vous ?"]),
        (Language::Spanish, "La Srta. Gómez y el Lic. Pérez llegaron. Todo bien.",
            &["La Srta. Gómez y el Lic. Pérez llegaron.", "Todo bien."]),
        (Language::Spanish, "¿Qué pasó? Nadie lo sabe. Véase la pág. 4 del informe.",
            &["¿Qué pasó?", "Nadie lo sabe.", "Véase la pág. 4 del informe."]),
        (Language::Catalan, "El Sr. Puig va arribar. La Sra. Vila també.",
            &["El Sr. Puig va arribar.", "La Sra. Vila també."]),
        (Language::Portuguese, "O Sr. Silva chegou. A Dra. Costa também.",
            &["O Sr. Silva chegou.", "A Dra. Costa também."]),
        (Language::Italian, "Il Dott. Rossi è arrivato. Tutto bene.",
            &["Il Dott. Rossi è arrivato.", "Tutto bene."]),
        (Language::Romanian, "Dl. Popescu a sosit. Dna. Ionescu a plecat.",
            &["Dl. Popescu a sosit.", "Dna. Ionescu a plecat."]),
        (Language::Dutch, "Dhr. Jansen kwam om tien uur. Mevr. Smit bleef.",
            &["Dhr. Jansen kwam om tien uur.", "Mevr. Smit bleef."]),
        (Language::Dutch, "Hij kwam om tien uur. 3 mensen bleven thuis. Zie blz. 3 van het rapport.",
            &["Hij kwam om tien uur.", "3 mensen bleven thuis.", "Zie blz. 3 van het rapport."]),
        (Language::Danish, "Vi bor i Skt. Petersborg. Det er koldt. Mødet er den 5. maj.",
            &["Vi bor i Skt. Petersborg.", "Det er koldt.", "Mødet er den 5. maj."]),
        (Language::Norwegian, "Vi spiste f.eks. Jarlsberg. Så gikk vi.",
            &["Vi spiste f.eks. Jarlsberg.", "Så gikk vi."]),
        (Language::Swedish, "Vi åt t.ex. Kalles kaviar. Sedan gick vi.",
            &["Vi åt t.ex. Kalles kaviar.", "Sedan gick vi."]),
        (Language::Finnish, "Kaupungit, esim. Helsinki, kasvavat. Maaseutu ei.",
            &["Kaupungit, esim. Helsinki, kasvavat.", "Maaseutu ei."]),
        (Language::Czech, "Města jako např. Praha rostou. Ing. Novák souhlasí.",
            &["Města jako např. Praha rostou.", "Ing. Novák souhlasí."]),
        (Language::Slovak, "Mestá ako napr. Bratislava rastú. Vidiek nie.",
            &["Mestá ako napr. Bratislava rastú.", "Vidiek nie."]),
        (Language::Polish, "Miasta, np. Kraków, rosną. Prof. Nowak przyjechał.",
            &["Miasta, np. Kraków, rosną.", "Prof. Nowak przyjechał."]),
        (Language::Hungarian, "A városok, pl. Budapest, nőnek. Dr. Kovács megérkezett.",
            &["A városok, pl. Budapest, nőnek.", "Dr. Kovács megérkezett."]),
        (Language::Russian, "Он живёт в г. Москва. Это столица.",
            &["Он живёт в г. Москва.", "Это столица."]),
        (Language::Russian, "Он приехал в столицу, т. е. Москву. Там холодно.",
            &["Он приехал в столицу, т. е. Москву.", "Там холодно."]),
        (Language::Ukrainian, "Він живе в м. Київ. Це столиця.",
            &["Він живе в м. Київ.", "Це столиця."]),
        (Language::Bulgarian, "Той живее в гр. София. Това е столицата.",
            &["Той живее в гр. София.", "Това е столицата."]),
        (Language::Greek, "Τι κάνεις; Καλά είμαι. Ο κ. Παπαδόπουλος ήρθε.",
            &["Τι κάνεις;", "Καλά είμαι.", "Ο κ. Παπαδόπουλος ήρθε."]),
        (Language::Greek, "Πού είσαι\u{37e} Εδώ είμαι.", &["Πού είσαι\u{37e}", "Εδώ είμαι."]),
        (Language::Turkish, "Prof. Dr. Yılmaz geldi. Toplantı başladı.",
            &["Prof. Dr. Yılmaz geldi.", "Toplantı başladı."]),
        (Language::Indonesian, "Bpk. Budi tinggal di Jl. Sudirman. Dia guru.",
            &["Bpk. Budi tinggal di Jl. Sudirman.", "Dia guru."]),
        (Language::Armenian, "Նա եկավ։ Մենք գնացինք։", &["Նա եկավ։", "Մենք գնացինք։"]),
        (Language::Armenian, "Նա եկավ: Մենք գնացինք:", &["Նա եկավ:", "Մենք գնացինք:"]),
        (Language::Hindi, "वह घर गया। फिर वह सो गया॥ अब सुबह है।",
            &["वह घर गया।", "फिर वह सो गया॥", "अब सुबह है।"]),
        (Language::Bengali, "সে বাড়ি গেল। তারপর ঘুমাল।", &["সে বাড়ি গেল।", "তারপর ঘুমাল।"]),
        (Language::Arabic, "هل سيأتي غدا؟ نعم سيأتي.", &["هل سيأتي غدا؟", "نعم سيأتي."]),
        (Language::Portuguese, "Perguntou: 'Há quanto tempo vocês se conhecem?'\n\", contou Rabin. Saiu.",
            &["Perguntou: 'Há quanto tempo vocês se conhecem?'\n\", contou Rabin.", "Saiu."]),
        // Arabic: Dr., BC and page keep their dots; a year marker `م.` and an acronym in
        // letter names (USB) still end a sentence.
        (Language::Arabic, "قال د. أحمد إن الهرم بني عام 2500 ق. م تقريبا. ثم غادر.",
            &["قال د. أحمد إن الهرم بني عام 2500 ق. م تقريبا.", "ثم غادر."]),
        (Language::Arabic, "انظر ص. 4 من الكتاب. وولد عام 1770 م. ثم رحل.",
            &["انظر ص. 4 من الكتاب.", "وولد عام 1770 م.", "ثم رحل."]),
        // Direction marks around the dot of an abbreviation.
        (Language::Arabic, "التقى د\u{202b}.\u{202c} سمير بالطلاب أمس. ثم عاد إلى بيته.",
            &["التقى د\u{202b}.\u{202c} سمير بالطلاب أمس.", "ثم عاد إلى بيته."]),
        (Language::Arabic, "تراجع استخدام الأقراص مع سواقات يو اس بي. ثم اختفت.",
            &["تراجع استخدام الأقراص مع سواقات يو اس بي.", "ثم اختفت."]),
        (Language::Urdu, "وہ گھر گیا۔ پھر وہ سو گیا؟ ہاں۔", &["وہ گھر گیا۔", "پھر وہ سو گیا؟", "ہاں۔"]),
        (Language::Persian, "او به خانه رفت. سپس خوابید؟", &["او به خانه رفت.", "سپس خوابید؟"]),
        (Language::Amharic, "እሱ ወደ ቤት ሄደ። ከዚያም ተኛ፧", &["እሱ ወደ ቤት ሄደ።", "ከዚያም ተኛ፧"]),
        (Language::Burmese, "သူ ထမင်းစား၊ ရေချိုး သည်။ ပြီးပြီ။",
            &["သူ ထမင်းစား၊ ရေချိုး သည်။", "ပြီးပြီ။"]),
        (Language::Khmer, "គាត់ទៅផ្ទះ។ គាត់គេង។", &["គាត់ទៅផ្ទះ។", "គាត់គេង។"]),
        (Language::Chinese, "他说：“我们会赢。”然后他走了。", &["他说：“我们会赢。”", "然后他走了。"]),
        // Clauses closed by a full-width semicolon or colon are units of their own, but for
        // the quotation a colon introduces.
        (Language::Chinese, "人民日报今日刊文：互联网金融风生水起。一讲人，就是阶级烙印；一讲事，就是立场。",
            &["人民日报今日刊文：", "互联网金融风生水起。", "一讲人，就是阶级烙印；", "一讲事，就是立场。"]),
        (Language::Chinese, "成龙说：“他变得有规矩啦。”", &["成龙说：“他变得有规矩啦。”"]),
        (Language::Japanese, "今日は晴れです。明日は雨でしょう！", &["今日は晴れです。", "明日は雨でしょう！"]),
        // A quotation's bracket, then the quotative particle: one sentence; an adverb that
        // starts with the particle's kana opens the next.
        (Language::Japanese, "「こんにちは。」と彼は言った。それから帰った。",
            &["「こんにちは。」と彼は言った。", "それから帰った。"]),
        (Language::Japanese, "「もう無理だ。」って思った。「はい。」とても嬉しかった。",
            &["「もう無理だ。」って思った。", "「はい。」", "とても嬉しかった。"]),
        // An opening bracket against the final mark before it opens the next sentence.
        (Language::Chinese, "他走了。（见图1）然后回家了。“好吗？”",
            &["他走了。", "（见图1）然后回家了。", "“好吗？”"]),
        // An abbreviation capitalised because it opens the sentence.
        (Language::Russian, "Он выступил. Проф. Иванов ответил. См. рис. 5 в статье.",
            &["Он выступил.", "Проф. Иванов ответил.", "См. рис. 5 в статье."]),
        (Language::Polish, "Wyszedł. Np. Kowalski został. Potem nikt.",
            &["Wyszedł.", "Np. Kowalski został.", "Potem nikt."]),
        // `usw.` ends a list, and the sentence before an opener; not before a name.
        (Language::German, "Er kaufte Äpfel, Birnen usw. Die Kasse war zu. Er nannte Äpfel usw. Müller nickte.",
            &["Er kaufte Äpfel, Birnen usw.", "Die Kasse war zu.", "Er nannte Äpfel usw. Müller nickte."]),
        // A sentence opening with a conjunction (`Und`, `Denn`) after `usw.` is a new one.
        (Language::German, "Sie brachten Brot, Käse usw. Und dann gingen sie.",
            &["Sie brachten Brot, Käse usw.", "Und dann gingen sie."]),
        // A numbered list in running Chinese or Japanese, no space after the markers: each
        // item keeps its marker, and `1.` no longer ends the sentence before it.
        (Language::Chinese, "原则如下：1.为人们解决问题；2.从人开始；3.不要刻意。",
            &["原则如下：", "1.为人们解决问题；", "2.从人开始；", "3.不要刻意。"]),
        (Language::Japanese, "手順。1.箱を開ける。2.説明を読む。",
            &["手順。", "1.箱を開ける。", "2.説明を読む。"]),
        // Abbreviated adjectives before a noun: a doctorate, a confession.
        (Language::German, "Die Praxis von Dr. med. Albers öffnet um acht. Seine Tochter besucht eine kath. Grundschule.",
            &["Die Praxis von Dr. med. Albers öffnet um acht.", "Seine Tochter besucht eine kath. Grundschule."]),
        // A capitalised month before a year; the first half of `EE. UU.`.
        (Language::Spanish, "La reunión fue el 3 Mar. 2020 en Quito. Después viajó a EE. UU. con su hermana.",
            &["La reunión fue el 3 Mar. 2020 en Quito.", "Después viajó a EE. UU. con su hermana."]),
        // A title after an elided article (`l'Avv.`), a weekday before a date.
        (Language::Italian, "Ha telefonato l'Avv. Bruni. L'incontro con l'Arch. Neri è fissato per gio. 12 maggio.",
            &["Ha telefonato l'Avv. Bruni.", "L'incontro con l'Arch. Neri è fissato per gio. 12 maggio."]),
        // A lowercase word after an elided article is no abbreviation: `l'ago` (the needle)
        // ends the sentence though `ago.` (August) would not.
        (Language::Italian, "Ho infilato l'ago. Poi ho cucito.", &["Ho infilato l'ago.", "Poi ho cucito."]),
        (Language::Russian, "Он переехал в пгт. Никольское. Там тихо.",
            &["Он переехал в пгт. Никольское.", "Там тихо."]),
        (Language::Bulgarian, "Митингът е на пл. Независимост. Всички дойдоха.",
            &["Митингът е на пл. Независимост.", "Всички дойдоха."]),
        // A Danish question word opens a sentence after a dotted acronym.
        (Language::Danish, "Han arbejder for F.N. Hvor arbejder du?",
            &["Han arbejder for F.N.", "Hvor arbejder du?"]),
        // A film's title keeps its own `！`.
        (Language::Chinese, "我们昨天看了《你好！李焕英》。明天去看《哪吒》吗？",
            &["我们昨天看了《你好！李焕英》。", "明天去看《哪吒》吗？"]),
        // Kazakh: a place before its name, a year that ends a sentence only before an opener,
        // a century glued to the stop before it, a citation's parenthesis.
        (Language::Kazakh, "Мектеп Абай көш. 12 үйде тұр. Зауыт 2001 ж. ашылды. Ол 1995 ж. Бұл жыл қиын болды.",
            &["Мектеп Абай көш. 12 үйде тұр.", "Зауыт 2001 ж. ашылды.", "Ол 1995 ж.", "Бұл жыл қиын болды."]),
        (Language::Kazakh, "Бұл кезең аяқталды.XIX ғасыр басталды. Газет жазды («Ана тілі», 2015 жыл. № 12). Ол рас.",
            &["Бұл кезең аяқталды.", "XIX ғасыр басталды.", "Газет жазды («Ана тілі», 2015 жыл. № 12).", "Ол рас."]),
        // English titles with an English name, in any language.
        (Language::Spanish, "Subieron al Mt. Hood en julio. Lo guió Mr. Brown.",
            &["Subieron al Mt. Hood en julio.", "Lo guió Mr. Brown."]),
        (Language::Spanish, "Llame al Tel. 555 0102 Ext. 14 mañana. Gracias.",
            &["Llame al Tel. 555 0102 Ext. 14 mañana.", "Gracias."]),
        // Italian titles written in lowercase.
        (Language::Italian, "Ha chiamato il dott. Ferri. Poi è venuta la psicol. Neri.",
            &["Ha chiamato il dott. Ferri.", "Poi è venuta la psicol. Neri."]),
        // A title that holds two marks keeps both.
        (Language::Chinese, "他推荐了《快跑！别停！》这本书。我们都读了。",
            &["他推荐了《快跑！别停！》这本书。", "我们都读了。"]),
        // A bullet before a numbered marker starts its item, with a space or without.
        (Language::English, "• 4. Pack the tent and the stove. • 5. Leave before dawn.",
            &["• 4. Pack the tent and the stove.", "• 5. Leave before dawn."]),
        (Language::English, "Steps:\n⁃1. Drain the tank fully\n⁃2. Replace the old filter",
            &["Steps:", "⁃1. Drain the tank fully", "⁃2. Replace the old filter"]),
        // Markers numbered with both a full stop and a bracket stay with their items.
        (Language::Danish, "1.) Køb mælk til morgenmaden 2.) Hent pakken på posthuset",
            &["1.) Køb mælk til morgenmaden", "2.) Hent pakken på posthuset"]),
        // Not lists: a decimal, a version, a marker inside a sentence.
        // A stray title mark that nothing closes holds no title.
        (Language::Chinese, "书名号《有误。我们走了。他们也走了！",
            &["书名号《有误。", "我们走了。", "他们也走了！"]),
        (Language::Chinese, "股价上涨了大约7％，至51.45美元。版本3.0发布了。",
            &["股价上涨了大约7％，至51.45美元。", "版本3.0发布了。"]),
    ];

    #[test]
    fn hard_cases_per_language() {
        for &(language, text, expected) in LANGUAGE_CASES {
            let found: Vec<&str> = segment_with(text, language.sentence_rules())
                .sentences
                .iter()
                .map(|s| s.span.slice(text))
                .collect();
            assert_eq!(found, expected, "{language}");
        }
    }

    #[test]
    fn hard_cases() {
        for &(input, expected) in CASES {
            assert_eq!(sentences(input), expected, "input: {input:?}");
            check_spans(input);
        }
    }

    #[test]
    fn news_snippet_gives_title_and_drops_boilerplate() {
        let text =
            "The 1st Anniversary of General Secretary Xi Jinping’s Inspection Trip to FAW Held

Updated : 2021-07-19Source : CCFAO
【Fonts: A+ A A- Print

The meeting was held on July 15, 2021. Jing Junhai, Secretary of the CPC Jilin Provincial \
Committee, attended and addressed the meeting.
";
        let doc = segment(text);
        assert_eq!(
            doc.title.map(|t| t.slice(text)),
            Some(
                "The 1st Anniversary of General Secretary Xi Jinping’s Inspection Trip to FAW Held"
            )
        );
        assert_eq!(
            sentences(text),
            [
                "The meeting was held on July 15, 2021.",
                "Jing Junhai, Secretary of the CPC Jilin Provincial Committee, attended and \
                 addressed the meeting."
            ]
        );
        assert!(doc.sentences.iter().all(|s| s.paragraph == 0));
        assert_eq!(doc.paragraphs, 1);
    }

    #[test]
    fn double_spaced_wrapped_text_is_joined_again() {
        // Every wrapped line is a paragraph of its own: the sentences cross the blank lines,
        // and the first line is no title.
        let text = "The council said on Monday that the new road would open\n\n\
                    next spring after the long delay. Work on the bridge over\n\n\
                    the river starts in May and should last about a year or\n\n\
                    a little more.\n\nThe mayor welcomed it.";
        let doc = segment(text);
        assert_eq!(doc.title, None);
        let joined: Vec<String> = sentences(text)
            .iter()
            .map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
            .collect();
        assert_eq!(
            joined,
            [
                "The council said on Monday that the new road would open next spring after the \
                 long delay.",
                "Work on the bridge over the river starts in May and should last about a year \
                 or a little more.",
                "The mayor welcomed it.",
            ]
        );
        assert_eq!(doc.paragraphs, 2);
        // The same in Arabic, which has no capitals to tell a line's continuation.
        let text = "قال المجلس يوم الاثنين إن الطريق الجديد سيفتح في الربيع المقبل\n\n\
                    بعد تأخير طويل. ويبدأ العمل على الجسر فوق النهر في شهر مايو\n\n\
                    ويستمر نحو عام كامل أو أكثر قليلا حسب ما قاله المهندسون\n\n\
                    في المدينة.";
        assert_eq!(segment(text).title, None);
        assert_eq!(sentences(text).len(), 2, "{:?}", sentences(text));
        // A wrapped line may go on in a bracket or a quotation: the word inside decides.
        let text = "The minister said the clinics would open in the malls of the capital\n\n\
                    (the two largest) and in the ports of the south for three weeks, and\n\n\
                    \"free of charge\" for every child who comes with a parent or a teacher\n\n\
                    of the school.\n\nThe mayor welcomed it.";
        assert_eq!(
            sentences(text)
                .iter()
                .map(|s| s.split_whitespace().count())
                .collect::<Vec<_>>(),
            [44, 4],
            "{:?}",
            sentences(text)
        );
        // One or two long unpunctuated paragraphs (a heading, a trailer) are not a pattern.
        let text = "A heading of a good many words with no final stop at all\n\n\
                    The first paragraph is here.\n\n\
                    Another heading of a good many words and no final stop\n\n\
                    The second paragraph is here.";
        assert_eq!(
            sentences(text),
            [
                "The first paragraph is here.",
                "Another heading of a good many words and no final stop",
                "The second paragraph is here.",
            ]
        );
        // Nor are a title and two long subheadings in hard-wrapped text: each is followed by
        // a capital, so none goes on in the next paragraph.
        let text = "Council approves new flood defence plan for the town centre\n\n\
                    The plan was approved on Monday. It costs four million pounds.\n\n\
                    Residents welcome the decision after years of repeated flooding\n\n\
                    People who live near the river said they were relieved. They\n\
                    had waited a long time.\n\n\
                    Work on the new walls is expected to start early next spring\n\n\
                    The contractor has been chosen.";
        let doc = segment(text);
        assert_eq!(
            doc.title.map(|t| t.slice(text)),
            Some("Council approves new flood defence plan for the town centre")
        );
        assert_eq!(
            sentences(text)[2],
            "Residents welcome the decision after years of repeated flooding"
        );
    }

    #[test]
    fn title_only_when_a_lone_unpunctuated_line_precedes_more_text() {
        let title = |text: &'static str| segment(text).title.map(|t| t.slice(text));
        assert_eq!(title("  A Heading  \n\nBody text here."), Some("A Heading"));
        assert_eq!(title("A Heading\r\n\r\nBody text here."), Some("A Heading"));
        assert_eq!(title("\u{feff}A Heading\n\nBody."), Some("A Heading"));
        assert_eq!(
            title("Crest [wavelength services]\n\nBody."),
            Some("Crest [wavelength services]")
        );
        // Ends like a sentence, `:` included, even behind a closing quote.
        assert_eq!(title("A first sentence.\n\nA second one."), None);
        assert_eq!(title("He said \"wait!\"\n\nA second one."), None);
        assert_eq!(title("The list follows:\n\nA second one."), None);
        // Not a paragraph of its own, or nothing after it.
        assert_eq!(title("A Heading\nBody text here."), None);
        assert_eq!(
            title("A line with no final punctuation and quite a few words"),
            None
        );
        assert_eq!(title("A Heading\n\n   \n"), None);
        assert_eq!(title("2021-07-19\n\nBody text here."), None);
        // A lone line is a sentence, never a title.
        let text = "A line with no final punctuation and quite a few words";
        assert_eq!(sentences(text), [text]);
    }

    #[test]
    fn paragraphs_count_only_those_with_sentences() {
        let text = "Heading\n\nFirst one. Second one.\n\nPrint | Share\n\n\n  Third one.\n";
        let doc = segment(text);
        let found: Vec<(&str, usize)> = doc
            .sentences
            .iter()
            .map(|s| (s.span.slice(text), s.paragraph))
            .collect();
        assert_eq!(
            found,
            [("First one.", 0), ("Second one.", 0), ("Third one.", 1)]
        );
        assert_eq!(doc.paragraphs, 2);
    }

    #[test]
    fn spans_are_offsets_into_the_original_input() {
        let text = "\u{feff}Title\r\n\r\nÉté chaud.\r\nIl fait 30\u{a0}°C.";
        let doc = segment(text);
        assert_eq!(doc.title, Some(Span { start: 3, end: 8 }));
        assert_eq!(doc.sentences[0].span, Span { start: 12, end: 24 });
        assert_eq!(doc.sentences[1].span.slice(text), "Il fait 30\u{a0}°C.");
        let span = Span { start: 3, end: 8 };
        assert_eq!((span.len(), span.is_empty()), (5, false));
        assert!(Span { start: 8, end: 8 }.is_empty());
    }

    #[test]
    fn long_sentences_are_cut_at_the_word_cap() {
        let text = format!("{}end.", "word ".repeat(2 * MAX_SENTENCE_WORDS + 499));
        let doc = segment(&text);
        let words: Vec<usize> = doc
            .sentences
            .iter()
            .map(|s| s.span.slice(&text).split_whitespace().count())
            .collect();
        assert_eq!(words, [MAX_SENTENCE_WORDS, MAX_SENTENCE_WORDS, 500]);
        check_spans(&text);
    }

    /// [`flatten`] as its rule reads, one char at a time: line ends become
    /// spaces, and the chars of a run of chars that are neither alphanumeric
    /// nor inert ASCII punctuation, past the first [`RUN_LIMIT`], become
    /// U+0001 bytes.
    fn flatten_by_chars(text: &str) -> String {
        let mut flat = String::new();
        let mut run = 0;
        for c in text.chars() {
            let inert = if c.is_ascii() {
                INERT[c as usize]
            } else {
                c.is_alphanumeric()
            };
            run = if inert { 0 } else { run + 1 };
            if run > RUN_LIMIT {
                flat.extend(std::iter::repeat_n('\u{1}', c.len_utf8()));
            } else if matches!(c, '\r' | '\n') {
                flat.push(' ');
            } else {
                flat.push(c);
            }
        }
        flat
    }

    #[test]
    fn the_last_line_is_the_one_str_lines_ends_with() {
        // Every string of up to six chars over line ends and two others.
        let alphabet = ['\n', '\r', 'a', ' '];
        let mut strings = vec![String::new()];
        for _ in 0..6 {
            let mut longer = Vec::new();
            for s in &strings {
                assert_eq!(last_line(s), s.lines().next_back().unwrap_or(""), "{s:?}");
                for &c in &alphabet {
                    let mut t = s.clone();
                    t.push(c);
                    longer.push(t);
                }
            }
            strings = longer;
        }
        for s in &strings {
            assert_eq!(last_line(s), s.lines().next_back().unwrap_or(""), "{s:?}");
        }
    }

    #[test]
    fn flatten_replaces_line_ends_and_the_tails_of_long_runs_only() {
        assert_eq!(flatten("a.\r\nB c"), "a.  B c");
        let run = format!("end.{}Next", " ".repeat(20));
        assert_eq!(flatten(&run), format!("end.{}{}Next", " ".repeat(16), "\u{1}".repeat(4)));
        // Strings over inert and other chars, ASCII and wider, from a fixed
        // linear congruential sequence.
        let alphabet = ['a', 'Z', '7', '.', '-', ' ', '"', ')', '\n', '\r', 'é', '“', '—', ' ', ' '];
        let mut state = 7u64;
        for _ in 0..2000 {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            let len = (state >> 58) as usize;
            let text: String = (0..len)
                .map(|_| {
                    state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                    alphabet[(state >> 33) as usize % alphabet.len()]
                })
                .collect();
            assert_eq!(flatten(&text), flatten_by_chars(&text), "{text:?}");
        }
        // Longer strings, mostly spaces and closing marks, so that runs pass the limit
        // anywhere, next to inert chars of one byte and of several.
        let alphabet = [
            ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ')', '"', '\n', '\r', '“', '—', 'a',
            'é',
        ];
        let mut long_runs = 0;
        for _ in 0..2000 {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            let len = (state >> 56) as usize;
            let text: String = (0..len)
                .map(|_| {
                    state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                    let draw = (state >> 33) as usize;
                    // Now and then an inert char of one byte.
                    if draw.is_multiple_of(29) { 'x' } else { alphabet[draw % alphabet.len()] }
                })
                .collect();
            let flat = flatten(&text);
            long_runs += usize::from(flat.contains('\u{1}'));
            assert_eq!(flat, flatten_by_chars(&text), "{text:?}");
        }
        assert!(long_runs > 500, "{long_runs} strings with a run past the limit");
    }

    #[test]
    fn awkward_inputs_keep_the_span_invariants() {
        let awkward = [
            "",
            " ",
            "\n\n\r\n\r",
            "\u{feff}",
            "\u{feff}\u{feff}.",
            ".",
            "...!?",
            "Mr.",
            "Mr. \n\nDr.",
            "a\u{301}. B\u{301} c. D\u{200d}\u{200b}. e",
            "👍🏽. 👍🏽! 🇫🇷? Done and dusted, said the eight word sentence",
            "Line\u{2028}separator\u{2029}and\u{85}next line. Then more text follows here.",
            "\0\u{1}\u{fffd}. Tab\tseparated\u{b}words\u{c} here.",
            "«»„“”‘’ ) ] } ( [ {",
            "A.B.C.D.E.F. G. H. I.",
            "\u{3000}\u{3000}文。\u{3000}\u{3000}字！",
        ];
        for text in awkward {
            check_spans(text);
        }
    }

    #[test]
    fn pathological_inputs_stay_fast() {
        // Each of these is quadratic for a naive use of UAX #29 or of line statistics, which
        // would take minutes here instead of a fraction of a second.
        let spaces = format!("It ended. {}The end came.", " ".repeat(50_000));
        assert_eq!(sentences(&spaces), ["It ended.", "The end came."]);
        let closers = format!("It ended.{} Then nothing.", ")".repeat(50_000));
        check_spans(&closers);
        let wide = format!("It ended. {}The end came.", "\u{3000}".repeat(50_000));
        check_spans(&wide);
        let ragged_lines: String = (0..50_000).map(|i| "ab ".repeat(i % 7) + "x\n").collect();
        check_spans(&ragged_lines);
        // The scan for what UAX #29 misses: list markers, words before a full stop without a
        // space, ellipses and the Greek question mark, each many times over.
        let list: String = (0..50_000).map(|i| format!("{}. item ", i % 999 + 1)).collect();
        check_spans(&list);
        let glued = format!("{} end.", "ab.Cd".repeat(50_000));
        check_spans(&glued);
        check_spans(&"x.".repeat(50_000));
        check_spans(&format!("Wait{}", "… ".repeat(50_000)));
        let greek = "Τι; ".repeat(50_000);
        assert_eq!(
            segment_with(&greek, Language::Greek.sentence_rules()).sentences.len(),
            50_000
        );
        check_spans(&format!("a) {}b) c", ") ".repeat(50_000)));
    }

    #[test]
    fn big_inputs_from_the_spec() {
        // 1 MB without punctuation: cut at the word cap, nothing lost.
        let no_punctuation = "lorem ipsum ".repeat(90_000);
        assert_eq!(segment(&no_punctuation).sentences.len(), 90);
        // 200,000 one-word lines: a block of short lines, not prose.
        let one_word_lines = "word\n".repeat(200_000);
        assert!(segment(&one_word_lines).sentences.is_empty());
    }

    #[test]
    fn char_sets_answer_as_their_strings_do() {
        let sets = [
            FINALS,
            CLOSERS,
            OPENERS,
            OPENING_BRACKETS,
            WIDE_FINALS,
            QUOTES,
            NOT_FINAL,
        ];
        // Every ASCII char, every char of every set, and the chars around them.
        let mut chars: Vec<char> = (0..=0x7f_u32).filter_map(char::from_u32).collect();
        for set in sets {
            for c in set.chars() {
                let code = c as u32;
                chars.extend((code.saturating_sub(2)..=code + 2).filter_map(char::from_u32));
            }
        }
        for set in sets {
            let char_set = CharSet::new(set);
            for &c in &chars {
                assert_eq!(char_set.contains(c), set.contains(c), "{set:?} {c:?}");
            }
        }
        for &c in &chars {
            assert_eq!(is_final(c), FINALS.contains(c));
            assert_eq!(is_closer(c), CLOSERS.contains(c));
            assert_eq!(is_opener(c), OPENERS.contains(c));
        }
    }

    #[test]
    fn deterministic() {
        for &(input, _) in CASES {
            assert_eq!(segment(input), segment(input));
        }
    }

    proptest::proptest! {
        #[test]
        fn any_text_keeps_the_span_invariants(text in proptest::prelude::any::<String>()) {
            check_spans(&text);
        }

        #[test]
        fn punctuation_soup_keeps_the_span_invariants(
            text in "[ \t\r\n.!?…:;\"'()«»“”。؟A-Za-zé0-9\u{feff}\u{3000}\u{1}]{0,300}"
        ) {
            check_spans(&text);
        }
    }

    /// Checks what every result must satisfy: spans non-empty, trimmed, increasing and on char
    /// boundaries, and paragraph indices counting up from 0 without gaps.
    fn check_spans(text: &str) {
        let doc = segment(text);
        let mut last_end = 0;
        for span in doc
            .title
            .iter()
            .chain(doc.sentences.iter().map(|s| &s.span))
        {
            assert!(
                span.start >= last_end && span.start < span.end,
                "{span:?} in {text:?}"
            );
            // `slice` panics unless the span is in bounds and on char boundaries.
            let s = span.slice(text);
            assert_eq!(s, s.trim(), "untrimmed {span:?} in {text:?}");
            last_end = span.end;
        }
        let mut expected = 0;
        for (i, s) in doc.sentences.iter().enumerate() {
            if i > 0 && s.paragraph != doc.sentences[i - 1].paragraph {
                expected += 1;
            }
            assert_eq!(s.paragraph, expected);
        }
        assert_eq!(
            doc.paragraphs,
            doc.sentences.last().map_or(0, |s| s.paragraph + 1)
        );
    }
}
