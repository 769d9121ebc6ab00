//! Sentence boundaries that Unicode's rules (UAX #29) do not see, and list markers, found in
//! one scan of a stretch of text.
//!
//! UAX #29 breaks only after its terminators (`.` `!` `?` and the full stops of other
//! scripts) and never before a lowercase word after a full stop. This scan adds what it
//! misses, the same in every language, reading the language's [`SentenceRules`] for words and
//! marks:
//!
//! - a full stop with no space after it, between a word and a capitalised word
//!   (`world.Today`) or a Roman numeral (`жағдайы.XVIII ғасыр`), unless the word holds a dot, a slash or a digit (`e.g.`, `3.14`,
//!   `example.com`, `www.Example`), is an abbreviation of the language, or a dot follows
//!   (`System.Text.RegularExpressions`, `Int.Conf.`, but a title: `Tuesday.Mr. Smith`);
//! - an ellipsis `…` followed by a space and a capital, as UAX #29 does for `...`;
//! - a mark that ends sentences in the language but not in UAX #29 (the Greek `;`, the
//!   Armenian `:`, and U+037E, the Greek question mark, in every language), followed by a
//!   space and a word that is not lowercase;
//! - a full-width semicolon or colon (`；` `：`, [`CLAUSE_MARKS`]) before anything but an
//!   opening quote: the end of a clause that Chinese text carries as a unit of its own;
//! - with [`SentenceRules::digit_openers`] (Dutch), a full stop after a word that is not an
//!   abbreviation, before a number written in digits (`uur. 3 mensen`);
//! - list markers: `1.`, `2)`, `3.)`, `(3)`, `a)`, `b.`, `c.)`, `(b)`, `(i)`, `iv.`, `A)` ...
//!   (a letter with a full stop only in lowercase: `A.` is an initial). A list starts with a
//!   marker at the start of the stretch; or, before a word that is not lowercase, with a
//!   numbered marker (`3.`) or a first one (`1)`, `a.`, `(a)`, `(i)`) after a sentence's end,
//!   or with `1.` or `a.` after a colon. It goes on with each marker that follows, with the same style
//!   and the next number, letter or Roman numeral, until a sentence ends before a capital.
//!   Each marker of a list starts a sentence, and the boundary UAX #29 puts after `1.` is
//!   dropped ([`Extra::markers`]), so that the marker stays with its item (`1. The first
//!   item` `2. The second item`); `Eqs. (2) and (3)` and `cases: (i) one (ii) two` hold none.
//!   A bullet right before a marker (`• 9.`, `⁃10.`) belongs to its item: the item starts there;
//!   a bullet that opens a line starts an item with or without a marker after it (one item a
//!   line: `• milk` / `• eggs`).
//!
//! Every look back or ahead is bounded or crosses a run of whitespace or closing marks that no
//! other look crosses, so the scan is linear in the length of the stretch.

use super::{is_closer, is_opener, is_spaceless_script};
use crate::lang::SentenceRules;

/// Marks that end a sentence in every language although UAX #29 reads them as mid-sentence
/// punctuation: U+037E, the Greek question mark, which no other script uses.
const UNIVERSAL_FINALS: &str = "\u{37e}";

/// The first byte of every char of [`UNIVERSAL_FINALS`] in UTF-8.
const UNIVERSAL_LEAD: u8 = 0xCD;

/// The full-width semicolon and colon of Chinese (and Japanese) text, which close a clause that
/// stands as a unit of its own: `；` between the coordinate clauses of a compound sentence,
/// `：` after a source or a lead-in (`交通部：`, `其主要原因有：`). Chinese punctuation
/// (GB/T 15834) counts both as marks inside a sentence, but Chinese joins with commas what
/// other languages write as several sentences, so a sentence closed by `。` often carries
/// several propositions; the sentence splitters of Chinese summarizers (textrank4zh, SnowNLP)
/// end a unit at `；` too. A clause ends at one of these marks unless a quotation follows (it
/// introduces the quotation: `他说：“我们会赢。”`). Only these scripts write the full-width
/// forms, so the rule is read in every language.
const CLAUSE_MARKS: &str = "；：";

/// The first byte of every char of [`CLAUSE_MARKS`] in UTF-8.
const CLAUSE_LEAD: u8 = 0xEF;

/// Terminators after which a list may start: those of [`super::FINALS`] but the colon and
/// semicolon.
const TERMINATORS: &str = ".!?…‼⁇⁈⁉。．｡！？؟۔।॥։።፧။\u{37e}";

/// A byte class of [`scan`]: a byte that may be (part of) a mark it acts on.
const MARK: u8 = 1;
/// A byte class of [`scan`]: a byte after which a list marker may start (white space, or a byte
/// of a wide char, which [`after_spaceless`] looks at).
const GAP: u8 = 2;

/// A byte class of [`scan`]: an ASCII byte that may open a list marker of more than one char
/// (a bracket, a digit, a letter of a Roman numeral; see [`Marker::may_start`]).
const OPENS: u8 = 4;

/// The [`MARK`], [`GAP`] and [`OPENS`] classes of every byte, but for the language's own marks.
const CLASSES: [u8; 256] = {
    let mut classes = [0u8; 256];
    let mut byte = 0;
    while byte < 256 {
        let b = byte as u8;
        classes[byte] = if b >= 0x80 {
            MARK | GAP
        } else if matches!(b, b'.' | b'!' | b'?') {
            MARK
        } else if b.is_ascii_whitespace() {
            GAP
        } else if matches!(b, b'(' | b'0'..=b'9' | b'i' | b'v' | b'x' | b'I' | b'V' | b'X') {
            OPENS
        } else {
            0
        };
        byte += 1;
    }
    classes
};

/// How far back a word before a full stop is read, in bytes; a longer run without whitespace
/// (a URL, a path) is no word.
const WORD_LIMIT: usize = 64;

/// What one scan of a stretch found, as byte offsets into the stretch, in increasing order.
#[derive(Debug, Default, PartialEq, Eq)]
pub(super) struct Extra {
    /// Where a sentence starts that UAX #29 may not break before.
    pub(super) splits: Vec<usize>,
    /// List markers, as the end of the marker and the end of the whitespace after it: a
    /// boundary from `.0` to `.1` would cut the marker from its item, and is dropped.
    pub(super) markers: Vec<(usize, usize)>,
}

/// Scans `text`, a stretch of one paragraph, for what UAX #29 misses.
pub(super) fn scan(rules: &SentenceRules, text: &str) -> Extra {
    scan_with::<true>(rules, text)
}

/// [`scan`], reading fast past the bytes that cannot act (`FAST`), or byte by byte (the plain
/// reading the tests compare it with).
///
/// The fast reading, in a language whose own final marks are all outside ASCII (every one but
/// Greek and Armenian), leaps from a byte that follows no gap to the next byte that may act
/// or end a list marker ([`next_stop`]: a byte outside ASCII, `.`, `!`, `?` or `)`), sixteen
/// bytes at a time; the bytes passed over are ASCII that is no mark, where only a list marker
/// could start (after white space), and a marker ends in `)` or `.` at most eight bytes on
/// with nothing but its label between: so the word starts in those eight bytes before the stop
/// are checked, in order, before the stop itself. In the other languages it reads past a space
/// and the word start after it in one step where neither acts.
fn scan_with<const FAST: bool>(rules: &SentenceRules, text: &str) -> Extra {
    let bytes = text.as_bytes();
    let mut extra = Extra::default();
    let Some(first) = bytes.iter().position(|b| !b.is_ascii_whitespace()) else {
        return extra;
    };
    let mut list: Option<List> = None;
    // The end of the last marker of the list: its own dot ends no sentence.
    let mut marked = 0;
    // A byte is looked at below only when it may act: a mark (one of its
    // bytes), or the first byte after white space or a byte of a wide char
    // (a marker may start there). Other bytes, most letters of a text, only
    // say whether the byte after them may start a marker.
    let mut classes = CLASSES;
    for &mark in rules.finals.as_bytes() {
        classes[usize::from(mark)] |= MARK;
    }
    let stops = FAST && rules.finals.bytes().all(|b| b >= 0x80);
    let leaps = FAST && !stops;
    let mut after_gap = true;
    let mut next = first;
    while next < bytes.len() {
        if stops && !after_gap {
            // `next` follows no gap and is no mark; nor is any byte before the stop.
            let stop = next + next_stop(&bytes[next..]);
            if matches!(bytes.get(stop), Some(b')' | b'.')) {
                for i in stop.saturating_sub(MARKER_REACH).max(next + 1)..stop {
                    if bytes[i - 1].is_ascii_whitespace() {
                        list_marker(rules, text, first, i, &mut list, &mut marked, &mut extra);
                    }
                }
            }
            if stop > next {
                after_gap = classes[usize::from(bytes[stop - 1])] & GAP != 0;
                next = stop;
            }
            if next == bytes.len() {
                break;
            }
        }
        let i = next;
        next += 1;
        let b = bytes[i];
        let class = classes[usize::from(b)];
        let acts = after_gap || class & MARK != 0;
        after_gap = class & GAP != 0;
        if !acts {
            // Up to the next mark or gap, no byte acts or changes
            // `after_gap`: read past them in a tight loop.
            if !after_gap && !stops {
                loop {
                    match bytes.get(next) {
                        Some(&b) if classes[usize::from(b)] & (MARK | GAP) == 0 => next += 1,
                        // A space, then the first byte of a word that is no mark or gap and
                        // opens no marker: neither acts, and the byte after them follows no
                        // gap. Most word starts, read without the checks below.
                        Some(b' ')
                            if leaps
                                && bytes.get(next + 1).is_some_and(|&b| {
                                    classes[usize::from(b)] & (MARK | GAP | OPENS) == 0
                                })
                                && !matches!(bytes.get(next + 2), Some(b')' | b'.')) =>
                        {
                            next += 2;
                        }
                        _ => break,
                    }
                }
            }
            continue;
        }
        list_marker(rules, text, first, i, &mut list, &mut marked, &mut extra);
        // Every byte the checks below act on is a mark (the language's final marks are among
        // `classes`' marks too): a byte that only follows a gap is done.
        if class & MARK == 0 {
            continue;
        }
        // A sentence that ends before a capital ends the list too.
        if matches!(b, b'.' | b'!' | b'?')
            && i >= marked
            && list.is_some()
            && new_sentence(text, i + 1, true).is_some()
        {
            list = None;
        }
        if b == b'.' {
            let split = missing_space(rules, text, i).or_else(|| {
                rules
                    .digit_openers
                    .then(|| digit_opener(rules, text, i))
                    .flatten()
            });
            extra.splits.extend(split);
        } else if b == 0xE2 && text[i..].starts_with('…') {
            extra.splits.extend(new_sentence(text, i + '…'.len_utf8(), true));
        } else if b == 0xE2 && i > first && starts_line(bytes, i) && starts_with_bullet(&text[i..]) {
            // A bullet that opens a line starts an item, one item a line.
            extra.splits.push(i);
        } else if b == CLAUSE_LEAD
            && let Some(mark) = text[i..].chars().next()
            && CLAUSE_MARKS.contains(mark)
        {
            extra.splits.extend(new_clause(text, i + mark.len_utf8()));
        } else if (b == UNIVERSAL_LEAD || rules.finals.as_bytes().contains(&b))
            && text.is_char_boundary(i)
            && let Some(mark) = text[i..].chars().next()
            && (rules.finals.contains(mark) || UNIVERSAL_FINALS.contains(mark))
        {
            extra
                .splits
                .extend(new_sentence(text, i + mark.len_utf8(), false));
        }
    }
    if rules.spaces_end_sentences {
        extra.splits.extend(space_ends(text));
        extra.splits.sort_unstable();
        extra.splits.dedup();
    }
    extra
}

/// How far a list marker reaches from its first byte to its closing `)` or `.`: a bracket and
/// a label of up to six chars ([`Marker::parse`]).
const MARKER_REACH: usize = 7;

/// Reads a list marker at byte `i` of `text` (after white space, a wide char or at `first`,
/// the stretch's first byte that is not white space): a marker there starts or goes on
/// with `list`, and its item is split off.
fn list_marker(
    rules: &SentenceRules,
    text: &str,
    first: usize,
    i: usize,
    list: &mut Option<List>,
    marked: &mut usize,
    extra: &mut Extra,
) {
    let bytes = text.as_bytes();
    let b = bytes[i];
    // `b` is ASCII, so `i` is a char boundary for `after_spaceless`.
    if (b == b'(' || b.is_ascii_alphanumeric())
        && (i == first
            || bytes[i - 1].is_ascii_whitespace()
            || after_spaceless(text, i)
            || bullet_before(text, i).is_some())
        && Marker::may_start(&bytes[i..])
        && let Some(marker) = Marker::parse(&bytes[i..])
    {
        // The item starts at its bullet, if one comes before the marker (`• 9.`).
        let at = bullet_before(text, i).unwrap_or(i);
        let end = i + marker.len;
        let gap = bytes[end..]
            .iter()
            .take_while(|b| b.is_ascii_whitespace())
            .count();
        let next = list.and_then(|list| list.next(&marker)).or_else(|| {
            let lowercase = text[end + gap..]
                .trim_start_matches(is_opener)
                .starts_with(char::is_lowercase);
            let opens = at == first
                || (!lowercase
                    && match before(rules, &text[..at]) {
                        Before::End => marker.numbered_dot() || marker.is_first(),
                        Before::Colon => marker.style == Style::Dot && marker.is_first(),
                        Before::Text => false,
                    });
            opens.then(|| List::start(&marker))
        });
        if let Some(next) = next {
            *list = Some(next);
            *marked = end;
            if at > first {
                extra.splits.push(at);
            }
            extra.markers.push((end, end + gap));
        }
    }
}

/// Whether the fast scan stops at byte `b` (not 0): a byte outside ASCII, a terminator, or a
/// bracket that may close a list marker. Bit operations only, so that the compiler reads
/// sixteen bytes as one vector in [`next_stop`].
#[inline]
fn stop_bits(b: u8) -> u8 {
    (b & 0x80)
        | u8::from(b == b'.')
        | u8::from(b == b'!')
        | u8::from(b == b'?')
        | u8::from(b == b')')
}

/// The offset of the first byte of `bytes` that the fast scan stops at ([`stop_bits`]), or the
/// length if none is.
fn next_stop(bytes: &[u8]) -> usize {
    let mut at = 0;
    // Sixteen bytes at a time, each read without a branch, which the compiler makes one
    // comparison of vectors: most of a text goes by this way.
    while let Some(chunk) = bytes.get(at..at + 16).and_then(|c| <&[u8; 16]>::try_from(c).ok()) {
        if chunk.iter().fold(0, |any, &b| any | stop_bits(b)) != 0 {
            break;
        }
        at += 16;
    }
    at + bytes[at..]
        .iter()
        .position(|&b| stop_bits(b) != 0)
        .unwrap_or(bytes.len() - at)
}

/// Where a sentence starts after a space between two Thai letters
/// ([`SentenceRules::spaces_end_sentences`]): not after a digit, the
/// repetition mark `ๆ` or the abbreviation mark `ฯ` (`มากๆ `, `กรุงเทพฯ `,
/// which a space follows inside a sentence), nor before a digit, the baht
/// sign (`ราคา ฿500`) or a letter of another script.
fn space_ends(text: &str) -> impl Iterator<Item = usize> + '_ {
    // Thai letters and their vowel and tone marks; not the baht sign ฿ (U+0E3F), the
    // ornament ๏ (U+0E4F), ฯ or ๆ.
    let letter = |c: char| {
        matches!(c, '\u{0E01}'..='\u{0E3A}' | '\u{0E40}'..='\u{0E4E}') && !matches!(c, '\u{0E2F}' | '\u{0E46}')
    };
    let mut previous = None;
    let mut after_space = false;
    text.char_indices().filter_map(move |(at, c)| {
        if c.is_whitespace() {
            after_space = previous.is_some();
            return None;
        }
        let split = after_space && previous.is_some_and(letter) && letter(c);
        after_space = false;
        previous = Some(c);
        split.then_some(at)
    })
}

/// What comes before a list marker, as [`before`] reads it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Before {
    /// The end of a sentence.
    End,
    /// A colon.
    Colon,
    /// Anything else: the marker is inside a sentence.
    Text,
}

/// What `text`, which ends in whitespace before a list marker, ends with: a terminator and
/// closing marks, a colon, or anything else; a full stop after an abbreviation or an initial
/// (`Dec. 1.`) is no end.
fn before(rules: &SentenceRules, text: &str) -> Before {
    let end = text
        .trim_end_matches(|c: char| c.is_whitespace())
        .trim_end_matches(is_closer);
    if let Some(stem) = end.strip_suffix('.') {
        let word = stem.rsplit(char::is_whitespace).next().unwrap_or("");
        let word = word.trim_start_matches(|c: char| !c.is_alphanumeric());
        let mut chars = word.chars();
        let initial = chars.next().is_some_and(char::is_uppercase) && chars.next().is_none();
        return if initial || rules.is_abbreviation(word) {
            Before::Text
        } else {
            Before::End
        };
    }
    if end.ends_with(|c| TERMINATORS.contains(c)) {
        Before::End
    } else if end.ends_with([':', '：']) {
        Before::Colon
    } else {
        Before::Text
    }
}

/// The start of the sentence that follows a terminator ending at byte `at`: after closing
/// marks, at least one space and opening marks comes a word that is not lowercase (a capital
/// when `capital`). `None` when the text goes on otherwise.
fn new_sentence(text: &str, at: usize, capital: bool) -> Option<usize> {
    let rest = text[at..].trim_start_matches(is_closer);
    let body = rest.trim_start();
    if body.len() == rest.len() {
        return None;
    }
    let start = text.len() - body.len();
    let word = body.trim_start_matches(is_opener);
    let c = word.chars().next()?;
    let opens = if capital {
        c.is_uppercase()
    } else {
        c.is_alphanumeric() && !c.is_lowercase()
    };
    opens.then_some(start)
}

/// The start of the clause that follows a clause mark ending at byte `at`: after closing marks,
/// the next char, unless it opens a quotation (the mark introduces it) or the text goes on
/// after white space (then [`new_sentence`] decides).
fn new_clause(text: &str, at: usize) -> Option<usize> {
    // `“` both opens (Chinese) and closes (German) a quotation: read as an opener first.
    if text[at..].starts_with(is_opener) {
        return None;
    }
    let rest = text[at..].trim_start_matches(is_closer);
    let c = rest.chars().next()?;
    if c.is_whitespace() {
        return new_sentence(text, at, false);
    }
    (!is_opener(c)).then_some(text.len() - rest.len())
}

/// The word that ends just before byte `dot`, without leading punctuation, if it is short
/// enough to be a word.
fn word_before(text: &str, dot: usize) -> Option<&str> {
    let bytes = text.as_bytes();
    let from = dot.saturating_sub(WORD_LIMIT);
    let start = match bytes[from..dot]
        .iter()
        .rposition(|b| b.is_ascii_whitespace())
    {
        Some(n) => from + n + 1,
        None if from == 0 => 0,
        None => return None,
    };
    let word = text.get(start..dot)?;
    Some(word.trim_start_matches(|c: char| !c.is_alphanumeric()))
}

/// Whether `word` may end a sentence before a full stop that has no space after it: a word of
/// two letters or more, with no dot, slash, `@`, colon or digit, and no abbreviation.
fn plain_word(rules: &SentenceRules, word: &str) -> bool {
    word.chars().nth(1).is_some()
        && word.chars().all(char::is_alphabetic)
        && !rules.is_abbreviation(word)
}

/// `world.Today`: the sentence after a full stop at byte `dot` with no space after it.
fn missing_space(rules: &SentenceRules, text: &str, dot: usize) -> Option<usize> {
    let mut after = text[dot + 1..].chars();
    let opens = (after.next().is_some_and(char::is_uppercase)
        && after.next().is_some_and(char::is_lowercase))
        || roman_word(&text.as_bytes()[dot + 1..]);
    if !opens || !text[..dot].chars().next_back().is_some_and(char::is_lowercase) {
        return None;
    }
    // `System.Text.RegularExpressions` is one name, `Int.Conf.` two abbreviations.
    let next: Vec<u8> = text.as_bytes()[dot + 1..]
        .iter()
        .copied()
        .take(WORD_LIMIT)
        .take_while(|b| !b.is_ascii_whitespace())
        .collect();
    // A title of the language opens the next sentence all the same (`Tuesday.Mr. Smith`).
    let title = |word: &[u8]| {
        std::str::from_utf8(word).is_ok_and(|w| {
            w.starts_with(char::is_uppercase) && rules.never_final.contains(&w)
        })
    };
    let dotted = next
        .windows(2)
        .any(|pair| pair[0] == b'.' && (pair[1].is_ascii_alphanumeric() || pair[1] >= 0x80))
        || (next.len() <= 6 && next.ends_with(b".") && !title(&next[..next.len() - 1]));
    (!dotted && plain_word(rules, word_before(text, dot)?)).then_some(dot + 1)
}

/// Whether `bytes` open with a Roman numeral in capitals of two letters or more and a space
/// (`XVIII ғасыр`, a century opening a sentence).
fn roman_word(bytes: &[u8]) -> bool {
    let len = bytes
        .iter()
        .take(7)
        .take_while(|b| matches!(b, b'I' | b'V' | b'X'))
        .count();
    len >= 2
        && bytes.get(len).is_some_and(u8::is_ascii_whitespace)
        && roman(&bytes[..len]).is_some()
}

/// Dutch `uur. 3 mensen`: the sentence that opens with a digit after a full stop at byte `dot`.
fn digit_opener(rules: &SentenceRules, text: &str, dot: usize) -> Option<usize> {
    let rest = &text[dot + 1..];
    let body = rest.trim_start();
    if body.len() == rest.len() {
        return None;
    }
    let digits = body.bytes().take_while(u8::is_ascii_digit).count();
    // `3.` and `3)` are list markers or ordinals, which the list scan reads.
    if digits == 0 || matches!(body.as_bytes().get(digits), Some(b'.' | b')')) {
        return None;
    }
    let ends = text[..dot].chars().next_back().is_some_and(char::is_lowercase);
    (ends && plain_word(rules, word_before(text, dot)?)).then_some(text.len() - body.len())
}

/// Bullets that may come before a list marker (`• 9.`, `⁃9.`): the item starts at the bullet.
const BULLETS: &str = "•‣⁃◦▪●■►";

/// Whether `text` opens with one of [`BULLETS`].
fn starts_with_bullet(text: &str) -> bool {
    text.chars().next().is_some_and(|c| BULLETS.contains(c))
}

/// Whether byte `i` of `bytes` opens a line: only spaces or tabs between it and the line end
/// before it.
fn starts_line(bytes: &[u8], i: usize) -> bool {
    bytes[..i]
        .iter()
        .rev()
        .find(|&&b| b != b' ' && b != b'\t')
        .is_some_and(|&b| b == b'\n' || b == b'\r')
}

/// Where the bullet starts that comes right before byte `i` of `text`, with at most one space
/// or tab between (`• 9.`, `⁃9.`). Read only where the byte before `i` is not ASCII or is white
/// space, so ASCII text pays nothing.
fn bullet_before(text: &str, i: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let last = i.checked_sub(1)?;
    let glued = match bytes[last] {
        b' ' | b'\t' => last,
        b if b >= 0x80 => i,
        _ => return None,
    };
    let c = text.get(..glued)?.chars().next_back()?;
    BULLETS
        .contains(c)
        .then(|| glued - c.len_utf8())
}

/// Whether the char before byte `i` of `text` is written without spaces around it: a letter of
/// a script without spaces between words (Han, kana, ...) or a full-width or ideographic mark
/// (`：`, `；`, `，`, `。`), after which a list marker needs no space (`地方：1.为人们`).
fn after_spaceless(text: &str, i: usize) -> bool {
    text.as_bytes()[i - 1] >= 0x80
        && text[..i]
            .chars()
            .next_back()
            .is_some_and(|c| is_spaceless_script(c) || is_wide_mark(c))
}

/// Whether `c` is an ideographic or full-width punctuation mark.
fn is_wide_mark(c: char) -> bool {
    matches!(c, '\u{3000}'..='\u{303F}' | '\u{FF01}'..='\u{FF0F}' | '\u{FF1A}'..='\u{FF20}')
}

/// The first char of `bytes`, if they open with a whole one (at most four bytes are read).
fn first_char(bytes: &[u8]) -> Option<char> {
    let width = match *bytes.first()? {
        b if b < 0x80 => 1,
        b if b >= 0xF0 => 4,
        b if b >= 0xE0 => 3,
        _ => 2,
    };
    std::str::from_utf8(bytes.get(..width)?).ok()?.chars().next()
}

/// The length in bytes of the list marker that `text` opens with (0 if none), with the bullet
/// before it if there is one (`• 9.`); a bullet alone is no marker.
pub(super) fn marker_len(text: &str) -> usize {
    let rest = match text.chars().next() {
        Some(c) if BULLETS.contains(c) => {
            let after = &text[c.len_utf8()..];
            after.strip_prefix([' ', '\t']).unwrap_or(after)
        }
        _ => text,
    };
    Marker::parse(rest.as_bytes()).map_or(0, |marker| text.len() - rest.len() + marker.len)
}

/// How a list marker is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Style {
    /// `1.`
    Dot,
    /// `1)`, `a)`
    Close,
    /// `(1)`, `(a)`
    Paren,
}

/// What a list counts in; the flag is whether letters are capitals.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Number,
    Letter(bool),
    Roman(bool),
}

/// A list marker at the start of a word, read each way its label allows (`i` is the ninth
/// letter and the Roman one).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Marker {
    /// Its length in bytes, brackets and dot included.
    len: usize,
    style: Style,
    number: Option<u32>,
    letter: Option<(u32, bool)>,
    roman: Option<(u32, bool)>,
}

impl Marker {
    /// Whether a marker may start at the start of `bytes`, which is not empty: a bracket, a
    /// digit or a letter of a Roman numeral may open a longer label, any other letter is a
    /// label only alone and with `)`. Most words start otherwise, and are turned away here
    /// without a call to [`Marker::parse`] (about 90 instructions each).
    #[inline]
    fn may_start(bytes: &[u8]) -> bool {
        match bytes[0] {
            b'(' | b'0'..=b'9' | b'i' | b'v' | b'x' | b'I' | b'V' | b'X' => true,
            _ => matches!(bytes.get(1), Some(b')' | b'.')),
        }
    }

    /// Whether the marker is a number with a full stop (`3.`), which may open a list after
    /// any sentence (a letter with a full stop opens one only as `a.`).
    fn numbered_dot(&self) -> bool {
        self.style == Style::Dot && self.number.is_some()
    }

    /// Whether the marker can open a list: `1`, `a`, `A`, `i` or `I`.
    fn is_first(&self) -> bool {
        self.number == Some(1)
            || self.letter.is_some_and(|(n, _)| n == 1)
            || self.roman.is_some_and(|(n, _)| n == 1)
    }

    /// The marker at the start of `bytes`, if a space follows it: up to three digits with `.`,
    /// `)` or `.)`, or one letter or a Roman numeral up to `xxxix` with `)` or `.)`, each
    /// possibly in brackets, or in lowercase with `.` (`b.`, `iv.`; a capital with a full stop
    /// is an initial, `A. A. Milne`).
    fn parse(bytes: &[u8]) -> Option<Marker> {
        let paren = bytes.first() == Some(&b'(');
        let from = usize::from(paren);
        let label_len = bytes[from..]
            .iter()
            .take(7)
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        let close = *bytes.get(from + label_len)?;
        // Most words: no bracket or full stop right after them.
        if close != b')' && close != b'.' {
            return None;
        }
        let label = &bytes[from..from + label_len];
        let digits = label.iter().all(u8::is_ascii_digit);
        if label.is_empty() || (digits && label.len() > 3) || label.len() > 6 {
            return None;
        }
        // `1.)`, `b.)`: a label with both a full stop and a bracket, read as `1)`, `b)`.
        let dot_close =
            !paren && close == b'.' && bytes.get(from + label_len + 1) == Some(&b')');
        let style = match (paren, close) {
            _ if dot_close => Style::Close,
            (true, b')') => Style::Paren,
            (false, b')') => Style::Close,
            (false, b'.') if digits || label.iter().all(u8::is_ascii_lowercase) => Style::Dot,
            _ => return None,
        };
        let len = from + label_len + 1 + usize::from(dot_close);
        if !bytes.get(len)?.is_ascii_whitespace() && !is_spaceless_script(first_char(&bytes[len..])?) {
            return None;
        }
        let number = digits
            .then(|| std::str::from_utf8(label).ok()?.parse().ok())
            .flatten();
        let letter = match label {
            [c] if c.is_ascii_lowercase() => Some((u32::from(c - b'a') + 1, false)),
            [c] if c.is_ascii_uppercase() => Some((u32::from(c - b'A') + 1, true)),
            _ => None,
        };
        let roman = roman(label);
        (number.is_some() || letter.is_some() || roman.is_some()).then_some(Marker {
            len,
            style,
            number,
            letter,
            roman,
        })
    }
}

/// The value of a Roman numeral of `i`, `v` and `x` written as usual (`iv`, not `iiii`), up to
/// `xxxix`, all in one case, and whether it is in capitals.
fn roman(label: &[u8]) -> Option<(u32, bool)> {
    const UNITS: [&str; 10] = ["", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"];
    let upper = label.first()?.is_ascii_uppercase();
    if label.iter().any(|b| b.is_ascii_uppercase() != upper) {
        return None;
    }
    let lower = label.to_ascii_lowercase();
    let tens = lower.iter().take(3).take_while(|&&b| b == b'x').count();
    let units = UNITS.iter().position(|u| u.as_bytes() == &lower[tens..])?;
    let value = u32::try_from(10 * tens + units).ok()?;
    (value > 0).then_some((value, upper))
}

/// The list being read: its kind, style and last value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct List {
    kind: Kind,
    style: Style,
    value: u32,
}

impl List {
    /// The list that `marker` starts: a number counts; a label that is a Roman numeral longer
    /// than a letter, or `i`, counts in Roman numerals; any other letter counts in letters.
    fn start(marker: &Marker) -> List {
        let (kind, value) = match (marker.number, marker.roman, marker.letter) {
            (Some(n), _, _) => (Kind::Number, n),
            (None, Some((n, upper)), letter) if letter.is_none() || n == 1 => {
                (Kind::Roman(upper), n)
            }
            (None, _, Some((n, upper))) => (Kind::Letter(upper), n),
            (None, roman, None) => {
                let (n, upper) = roman.unwrap_or((1, false));
                (Kind::Roman(upper), n)
            }
        };
        List {
            kind,
            style: marker.style,
            value,
        }
    }

    /// The list after `marker`, if the marker is its next one.
    fn next(self, marker: &Marker) -> Option<List> {
        let value = self.value + 1;
        let follows = marker.style == self.style
            && match self.kind {
                Kind::Number => marker.number == Some(value),
                Kind::Letter(upper) => marker.letter == Some((value, upper)),
                Kind::Roman(upper) => marker.roman == Some((value, upper)),
            };
        follows.then_some(List { value, ..self })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Language;

    #[test]
    fn every_marker_passes_the_quick_check() {
        // Every string of up to five bytes over the bytes a label, its
        // bracket and its end are made of, and a letter of each other kind.
        let alphabet = b"aibvxIBVX01(). ";
        let mut markers = 0;
        for len in 1..=5u32 {
            for n in 0..alphabet.len().pow(len) {
                let mut rest = n;
                let s: Vec<u8> = (0..len)
                    .map(|_| {
                        let b = alphabet[rest % alphabet.len()];
                        rest /= alphabet.len();
                        b
                    })
                    .collect();
                if Marker::parse(&s).is_some() {
                    markers += 1;
                    assert!(Marker::may_start(&s), "{:?}", String::from_utf8_lossy(&s));
                }
            }
        }
        assert!(markers > 100, "only {markers} markers");
        assert!(!Marker::may_start(b"budget.") && !Marker::may_start(b"be."));
    }

    #[test]
    fn markers_are_read_each_way_their_label_allows() {
        let parse = |s: &str| Marker::parse(s.as_bytes());
        let m = parse("(iv) x").unwrap();
        assert_eq!((m.len, m.style, m.roman, m.letter), (4, Style::Paren, Some((4, false)), None));
        let m = parse("i) x").unwrap();
        assert_eq!((m.roman, m.letter), (Some((1, false)), Some((9, false))));
        assert_eq!(parse("12. x").unwrap().number, Some(12));
        assert_eq!(parse("B) x").unwrap().letter, Some((2, true)));
        // Before a letter of a script without spaces, no space is needed.
        assert_eq!(parse("1.为人们").unwrap().len, 2);
        assert_eq!(parse("(2)を読む").unwrap().number, Some(2));
        assert_eq!(parse("1.x"), None);
        // A lowercase letter or Roman numeral with a full stop, any label with `.)`.
        let m = parse("b. x").unwrap();
        assert_eq!((m.len, m.style, m.letter), (2, Style::Dot, Some((2, false))));
        assert_eq!(parse("iv. x").unwrap().roman, Some((4, false)));
        let m = parse("B.) x").unwrap();
        assert_eq!((m.len, m.style, m.letter), (3, Style::Close, Some((2, true))));
        // No space after, a capital with a dot (an initial), a year, a word.
        for s in ["1.5", "A. b", "e.g. x", "2004. x", "(ab) x", "word) x", "(1 x", "iiii) x", "mix. x"] {
            assert_eq!(parse(s), None, "{s}");
        }
    }

    #[test]
    fn roman_numerals_are_read_as_usual() {
        let value = |s: &str| roman(s.as_bytes()).map(|(n, _)| n);
        assert_eq!(value("i"), Some(1));
        assert_eq!(value("iv"), Some(4));
        assert_eq!(value("ix"), Some(9));
        assert_eq!(value("xiv"), Some(14));
        assert_eq!(value("XXXIX"), Some(39));
        assert_eq!(value("vx"), None);
        assert_eq!(value("Ii"), None);
    }

    #[test]
    fn a_list_goes_on_with_the_next_marker_of_its_kind_and_style() {
        let list = List::start(&Marker::parse(b"(i) ").unwrap());
        assert_eq!(list.kind, Kind::Roman(false));
        assert!(list.next(&Marker::parse(b"(ii) ").unwrap()).is_some());
        assert!(list.next(&Marker::parse(b"ii) ").unwrap()).is_none());
        let list = List::start(&Marker::parse(b"h) ").unwrap());
        assert_eq!(list.kind, Kind::Letter(false));
        assert!(list.next(&Marker::parse(b"i) ").unwrap()).is_some());
    }

    #[test]
    fn the_fast_scan_finds_what_the_plain_scan_finds() {
        // Random texts of words, list markers, marks and white space, some of each kind that
        // the fast reading must not pass (`a)`, `b.`, `(i)`, `(xviii)`, `3.`, a mark, a
        // second space, a wide char), in languages with ASCII marks of their own and without.
        let pieces = [
            "a", "b", "c", "i", "v", "x", "I", "V", "X", "A", "B", "T", "1", "2", "3", "12", "(",
            ")", ".", "!", "?", ";", ":", ",", "'", "\"", " ", " ", "  ", "\n", "\t", "•", "…",
            "；", "：", "中", "é", "Ω", "e.g.", "U.S.", "Mr", "blz", "uur", "he ", "he ", "word ",
            "the ", "Then ", "world.Today", "a) ", "b) ", "c) ", "a. ", "b. ", "c. ", "A) ", "B) ",
            "(a) ", "(b) ", "1. ", "2. ", "3. ", "1) ", "2) ", "(1) ", "(2) ", "i) ", "ii) ",
            "(i) ", "(ii) ", "iii. ", "x. ", "vi) ", "(viii) ", "xviii. ", "(xviii) ", "4.) ",
        ];
        let languages = [
            Language::English,
            Language::Greek,
            Language::Dutch,
            Language::Armenian,
            Language::Chinese,
        ];
        let mut draws = crate::testing::Draws::new(0x2545_f491_4f6c_dd1d);
        let mut next = |n: usize| draws.below(n);
        let mut leaps = 0;
        for round in 0..30_000 {
            let mut text = String::new();
            for _ in 0..next(30) {
                text.push_str(pieces[next(pieces.len())]);
            }
            let rules = languages[round % languages.len()].sentence_rules();
            assert_eq!(scan_with::<true>(rules, &text), scan_with::<false>(rules, &text), "{text:?}");
            leaps += usize::from(text.contains(" he") || text.contains(" word"));
        }
        assert!(leaps > 1_000);
        // Lists long enough for the longest labels (`(xxxvii)`), inside sentences.
        let units = ["", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"];
        for style in ["({})", "{})", "{}."] {
            let mut text = String::new();
            for n in 1..40 {
                let label = format!("{}{}", "x".repeat(n / 10), units[n % 10]);
                text.push_str(&format!("{} item {n} of the list ", style.replace("{}", &label)));
            }
            for language in languages {
                let rules = language.sentence_rules();
                let fast = scan_with::<true>(rules, &text);
                assert_eq!(fast, scan_with::<false>(rules, &text), "{text:?}");
                // `xxxviii` is longer than a label may be, and the list ends before it.
                assert_eq!(fast.markers.len(), 37, "{style} {language:?}");
            }
        }
    }

    #[test]
    fn scan_finds_what_uax29_misses() {
        let english = Language::English.sentence_rules();
        let text = "1. One 2. Two";
        assert_eq!(
            scan(english, text),
            Extra {
                splits: vec![7],
                markers: vec![(2, 3), (9, 10)]
            }
        );
        assert_eq!(scan(english, "Hello world.Today").splits, [12]);
        assert_eq!(scan(english, "In System.Text.Regex now").splits, [0usize; 0]);
        assert_eq!(scan(english, "Proc. Int.Conf. on Data").splits, [0usize; 0]);
        assert_eq!(scan(english, "See e.g.The and example.com and 3.Two").splits, [0usize; 0]);
        assert_eq!(scan(english, "Wait… Then").splits, [8]);
        assert_eq!(scan(english, "Wait… then").splits, [0usize; 0]);
        // Clause marks of Chinese text: a unit ends after `；` and `：`, but not before the
        // quotation a colon introduces, nor at the end of the stretch.
        assert_eq!(scan(english, "一是甲；二是乙").splits, [12]);
        assert_eq!(scan(english, "交通部：主要是人数").splits, [12]);
        assert_eq!(scan(english, "他说：“赢”").splits, [0usize; 0]);
        assert_eq!(scan(english, "其原因有：").splits, [0usize; 0]);
        assert_eq!(scan(english, "时间是12:30；").splits, [0usize; 0]);
        let greek = Language::Greek.sentence_rules();
        assert_eq!(scan(greek, "Τι; Καλά").splits, [6]);
        assert_eq!(scan(english, "Τι; Καλά").splits, [0usize; 0]);
        let dutch = Language::Dutch.sentence_rules();
        assert_eq!(scan(dutch, "om tien uur. 3 mensen").splits, [13]);
        assert_eq!(scan(dutch, "blz. 3 en ca. 5").splits, [0usize; 0]);
        assert_eq!(scan(english, "om tien uur. 3 mensen").splits, [0usize; 0]);
    }
}
