//! Language detection: which [`Language`] a document is written in, from its
//! first [`FIRST_CHARS`] characters, or, when those do not decide it with full
//! confidence, its first [`PREFIX_CHARS`] characters; at most [`PREFIX_BYTES`]
//! bytes either way.
//!
//! Method: the `whatlang` crate (trigram profiles of about 70 languages,
//! decided by the script alone where only one language uses it). It was
//! chosen over `lingua` for cost: both read every document of the public
//! multilingual sets right, but whatlang takes about 0.15 ms an article and
//! 0.3 MB of binary, lingua 3 to 15 ms and 50 to 290 MB, and lingua's
//! confidence is not the same from one run to the next.
//!
//! A guess is accepted when its confidence is at least [`MIN_CONFIDENCE`]
//! and, for texts in an alphabet that many languages share (Latin,
//! Cyrillic), when the prefix holds at least [`MIN_LETTERS`] letters: on
//! shorter openings trigram statistics mistake English titles for Danish or
//! Tagalog. Otherwise the caller falls back to a language of its choice.
//!
//! Cost: whatlang scores a Latin text by looking up each of its 37 Latin
//! profiles' 300 trigrams in the text's trigram table, about 1.1 million
//! instructions an article whatever its length. This room computes the same
//! numbers from the text's side instead ([`identify`]): an index over
//! whatlang's profiles (`whatlang_data.rs`, generated from the crate's source
//! by `scripts/whatlang_tables.py`; whatlang's MIT licence is in
//! `crates/abridge/whatlang/NOTICE`) gives, for each of the text's 600 most
//! frequent trigrams, the profiles that hold it and at which rank, so the
//! distances of all profiles take one pass over the text's trigrams, and
//! the text itself is read once (script, lowercase letters and trigrams
//! counted together, in buffers kept per thread; runs of spaces, stop
//! characters and ASCII letters by a loop that rolls the trigram's code on
//! from byte to byte), and its trigrams are ranked as `u32` keys (count, then
//! place), those of count 1 through a bitmap of their places, and visited
//! in order; each dense trigram's code gives the range of its postings, and
//! each posting (profile, rank) adds a difference of ranks read from a table
//! row (detection takes about 49,000 instructions a call over the first 200
//! BBC dev articles, both steps counted; docs/performance.md, twelfth
//! round). The
//! scoring is whatlang 0.18's "combined" method, written again here step by
//! step: its script count, its alphabet score, its trigram distance, its
//! weighting of the two, its sorts (the same element types and orders, so that
//! ties fall the same way) and its confidence. The result, language and
//! confidence, is whatlang's, bit for bit: `tests/detect.rs` compares the two
//! on every document of the public sets and the fixtures, whole and cut at
//! several lengths. Texts in Latin or Cyrillic letters are answered here; any
//! other script, or a character whose script whatlang's order of checks could
//! change, goes to whatlang itself.
use super::Language;
use super::whatlang_data as data;
use rustc_hash::FxHashMap;
use std::cell::RefCell;
use std::cmp::{Ordering, Reverse};
use std::sync::LazyLock;
use whatlang::{Info, Lang, Script};

/// The most of a document read to detect its language: 1 KiB (about 340
/// Chinese characters, 500 Cyrillic letters), cut back to the last white
/// space (or character boundary) before it; see also [`PREFIX_CHARS`]. On the
/// public sets 1 KiB names every document's language right, as 2 KiB did
/// (`tests/detect.rs`); 600 bytes miss one Chinese abstract.
pub const PREFIX_BYTES: usize = 1024;

/// The most characters read to detect a language: 640 (about 100 English
/// words), within [`PREFIX_BYTES`]. A text in Latin letters takes about a
/// byte a character and reaches this bound first; one of two or three bytes
/// a character (Cyrillic, Greek, Arabic, Chinese) reaches the byte bound
/// first, and is read as before. Detection costs about 100 instructions a
/// byte read, so an English article's detection takes a quarter fewer
/// instructions than at 1 KiB. Measured on the 13 public sets (4,047
/// documents): at 640 characters every document is still read in its own
/// language with the guess taken, and the confidence moves on 5 (4 BBC
/// articles and a Spanish abstract; the lowest now 0.63); at 448 and 512
/// characters one Spanish and one English document are lost
/// (`tests/detect.rs`).
pub const PREFIX_CHARS: usize = 640;

/// The characters read first: 320 (about 50 English words). Their answer is
/// taken when it is accepted with a confidence of 1 (whatlang's confidence
/// reaches 1 only when the best language leads the second by more than
/// 3 / trigrams + 1.5%, so a shorter opening needs a wider lead); any other
/// answer is dropped and the first [`PREFIX_CHARS`] characters are read from
/// the start. Reading 320 characters costs about two thirds of reading 640
/// (90,000 instructions a BBC article against 140,000: part of the cost is
/// fixed). Measured on the 13 public sets (4,047 documents): every document
/// keeps its language and whether its guess is taken; the confidence moves
/// on 3, the three whose 640 characters gave less than 1 (two BBC articles,
/// 0.79 and 0.63, and a WICC abstract, 0.76, all read in their language
/// either way), which now get 1. On about 35,000 openings taken every 500
/// bytes through the same documents, 320 characters read at least as many
/// in the set's language as 640 in every set, where 256 and 192 characters
/// lose some in Nguyen-2007 or WICC (`tests/detect.rs` checks the first two
/// with `--ignored`; docs/performance.md, eighth round).
pub const FIRST_CHARS: usize = 320;

/// The lowest confidence at which a guess is taken. No document of the
/// public sets falls below it; most wrong guesses on short openings do.
pub const MIN_CONFIDENCE: f64 = 0.5;

/// The fewest letters a Latin or Cyrillic text needs for its guess to be
/// taken (about ten words): the shortest openings of the public sets, such
/// as "Here is a brief look at forest fire developments in the Western
/// states:" (56 letters), pass.
pub const MIN_LETTERS: usize = 50;

/// What detection found for one text.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Detection {
    /// The language found, if the detector named one that abridge knows.
    pub guess: Option<Language>,
    /// The detector's confidence in its guess, from 0 to 1 (0 when it named
    /// nothing).
    pub confidence: f64,
    /// Whether the guess is taken: confident enough, on enough text.
    pub accepted: bool,
    /// How many letters the detector read in the opening its answer comes
    /// from ([`FIRST_CHARS`] or [`PREFIX_CHARS`] characters).
    pub letters: usize,
}

impl Detection {
    /// Whether the text had letters enough to be detected ([`MIN_LETTERS`])
    /// and still was not: the fallback then deserves a warning. A short
    /// text, or one without words, falls back quietly.
    pub fn failed(&self) -> bool {
        !self.accepted && self.letters >= MIN_LETTERS
    }

    /// The language to process the text as: the guess when it is taken,
    /// else `fallback`.
    pub fn language_or(&self, fallback: Language) -> Language {
        match self.guess {
            Some(language) if self.accepted => language,
            _ => fallback,
        }
    }
}

/// Detects the language of `text` from its first [`FIRST_CHARS`] characters,
/// and when their answer is not taken with a confidence of 1, from its first
/// [`PREFIX_CHARS`] characters (at most [`PREFIX_BYTES`] bytes).
///
/// ```
/// use abridge::{Language, detect_language};
///
/// let text = "La ville de Lyon a présenté mardi un plan pour les transports \
///             publics, qui doit réduire le trafic automobile dans le centre.";
/// let found = detect_language(text);
/// assert_eq!(found.guess, Some(Language::French));
/// assert!(found.accepted);
/// ```
pub fn detect(text: &str) -> Detection {
    detect_in_steps(text, FIRST_CHARS)
}

/// [`detect`] with the first step's length, in characters, given: the
/// opening of `first_chars` characters is read, and its answer is taken when
/// it is accepted with a confidence of 1; else the whole prefix of
/// [`PREFIX_CHARS`] characters is read again from its start (its answer is
/// then exactly the one-step detection's). `first_chars` of
/// [`PREFIX_CHARS`] or more reads the prefix once.
pub fn detect_in_steps(text: &str, first_chars: usize) -> Detection {
    let first = prefix(text, PREFIX_BYTES, first_chars.min(PREFIX_CHARS));
    let found = detect_prefix(first);
    if found.accepted && found.confidence >= 1.0 {
        return found;
    }
    let whole = prefix(text, PREFIX_BYTES, PREFIX_CHARS);
    if whole.len() == first.len() {
        return found;
    }
    detect_prefix(whole)
}

/// What detection finds in `prefix`, read whole.
fn detect_prefix(prefix: &str) -> Detection {
    // The reading counts the letters too, when it reads the whole prefix.
    let (found, counted) = COUNTS
        .try_with(|counts| identify_with(prefix, &mut counts.borrow_mut()))
        .unwrap_or_else(|_| identify_with(prefix, &mut Counts::default()));
    let letters = counted.unwrap_or_else(|| letters(prefix));
    let nothing = Detection {
        guess: None,
        confidence: 0.0,
        accepted: false,
        letters,
    };
    let found = match found {
        Some(answer) => answer,
        None => whatlang::detect(prefix),
    };
    let Some(info) = found else {
        return nothing;
    };
    let guess = Language::from_iso639_3(info.lang().code());
    let confidence = info.confidence();
    let shared_alphabet = matches!(info.script(), Script::Latin | Script::Cyrillic);
    let enough_text = !shared_alphabet || letters >= MIN_LETTERS;
    Detection {
        guess,
        confidence,
        accepted: guess.is_some() && confidence >= MIN_CONFIDENCE && enough_text,
        letters,
    }
}

/// The alphabetic characters of `text`: its ASCII letters counted by byte,
/// the rest by char when there is any.
fn letters(text: &str) -> usize {
    let bytes = text.as_bytes();
    // `is_ascii_alphabetic` without a branch, so that the count runs over
    // many bytes at once.
    let ascii: usize = bytes
        .iter()
        .map(|&b| usize::from((b | 0x20).wrapping_sub(b'a') < 26))
        .sum();
    if bytes.is_ascii() {
        return ascii;
    }
    ascii + text.chars().filter(|c| !c.is_ascii() && c.is_alphabetic()).count()
}

/// whatlang's answer for `text`: the same script, language and confidence
/// as `whatlang::detect(text)`, computed here when the text is written in
/// Latin or Cyrillic letters ([`identify_here`]), else by whatlang.
pub fn identify(text: &str) -> Option<Info> {
    match identify_here(text) {
        Some(answer) => answer,
        None => whatlang::detect(text),
    }
}

/// whatlang's answer for `text` when this room can give it without whatlang:
/// `Some(answer)` for a text whose letters are Latin or Cyrillic (and the
/// punctuation, digits and symbols that whatlang counts in no script),
/// `None` for any other text, which [`identify`] hands to whatlang.
pub fn identify_here(text: &str) -> Option<Option<Info>> {
    // During the thread's own teardown (a thread-local destructor that
    // summarizes), the buffers may be gone: fresh ones then.
    COUNTS
        .try_with(|counts| identify_with(text, &mut counts.borrow_mut()).0)
        .unwrap_or_else(|_| identify_with(text, &mut Counts::default()).0)
}

/// [`identify_here`] with the counting buffers of the thread; and the text's [`letters`]
/// when it was read to its end (when it is in Latin or Cyrillic letters or none).
fn identify_with(text: &str, counts: &mut Counts) -> (Option<Option<Info>>, Option<usize>) {
    let scripts = counts.read(text);
    let letters = scripts.map(|_| counts.alphabetic);
    let tables = match scripts {
        None => {
            counts.clear();
            return (None, letters);
        }
        Some((0, 0)) => {
            counts.clear();
            return (Some(None), letters);
        }
        Some((latin, cyrillic)) if latin > cyrillic => &LATIN,
        Some((latin, cyrillic)) if cyrillic > latin => &CYRILLIC,
        // A tie: whatlang's order of the two decides.
        Some(_) => {
            counts.clear();
            return (None, letters);
        }
    };
    (Some(combined(counts, tables)), letters)
}

/// whatlang's `is_stop_char`: white space, ASCII punctuation and digits,
/// which count for no script and split trigrams.
fn is_stop_char(c: char) -> bool {
    matches!(c, '\u{0}'..='\u{40}' | '\u{5b}'..='\u{60}' | '\u{7b}'..='\u{7e}')
}

/// The script whatlang counts a character in, as far as this room needs to
/// know: Latin, Cyrillic, none of its 25 scripts, or another (or two: U+1D2B
/// and U+1D78 are both Latin and Cyrillic to whatlang, and which one counts
/// them depends on the order its counters have reached). The ranges are
/// whatlang 0.18's (`scripts/chars.rs`).
#[derive(Clone, Copy, PartialEq)]
enum Class {
    Latin,
    Cyrillic,
    Unscripted,
    Other,
}

/// The [`Class`] of a character that is not ASCII.
fn class(c: char) -> Class {
    match c as u32 {
        0x1d2b | 0x1d78 => Class::Other,
        0x80..=0x2af
        | 0x1d00..=0x1dbf
        | 0x1e00..=0x1eff
        | 0x2100..=0x214f
        | 0x2c60..=0x2c7f
        | 0xa720..=0xa7ff
        | 0xab30..=0xab6f => Class::Latin,
        0x400..=0x484 | 0x487..=0x52f | 0x2de0..=0x2dff | 0xa640..=0xa69d | 0xa69f => {
            Class::Cyrillic
        }
        // Modifier letters and combining marks, two Cyrillic combining
        // marks, general punctuation and currency, letterlike forms'
        // neighbours to the end of miscellaneous symbols and arrows, emoji:
        // in no script of whatlang's.
        0x2b0..=0x36f | 0x485..=0x486 | 0x2000..=0x20ff | 0x2150..=0x2bff | 0x1f000..=0x1faff => {
            Class::Unscripted
        }
        _ => Class::Other,
    }
}

/// One script's share of whatlang's data, as `whatlang_data.rs` lays it out.
struct Tables {
    script: Script,
    profiles: &'static [Lang],
    script_order: &'static [u8],
    trigrams: &'static [u64],
    starts: &'static [u16],
    letters: &'static [(char, u64)],
    /// The script's postings, and where each dense trigram's are ([`split_postings`]).
    split: LazyLock<Split>,
}

static LATIN: Tables = Tables {
    script: Script::Latin,
    profiles: &data::LATIN_PROFILES,
    script_order: &data::LATIN_SCRIPT_ORDER,
    trigrams: &data::LATIN_TRIGRAMS,
    starts: &data::LATIN_STARTS,
    letters: &data::LATIN_LETTERS,
    split: LazyLock::new(|| {
        split_postings(
            &data::LATIN_TRIGRAMS,
            &data::LATIN_STARTS,
            &data::LATIN_POSTINGS,
            &data::LATIN_LETTERS,
        )
    }),
};

static CYRILLIC: Tables = Tables {
    script: Script::Cyrillic,
    profiles: &data::CYRILLIC_PROFILES,
    script_order: &data::CYRILLIC_SCRIPT_ORDER,
    trigrams: &data::CYRILLIC_TRIGRAMS,
    starts: &data::CYRILLIC_STARTS,
    letters: &data::CYRILLIC_LETTERS,
    split: LazyLock::new(|| {
        split_postings(
            &data::CYRILLIC_TRIGRAMS,
            &data::CYRILLIC_STARTS,
            &data::CYRILLIC_POSTINGS,
            &data::CYRILLIC_LETTERS,
        )
    }),
};

/// Trigrams a profile holds, and the distance of one absent from the text
/// (whatlang's `MAX_TRIGRAM_DISTANCE`).
const PROFILE_SIZE: u32 = 300;
/// The largest distance of a profile (whatlang's `MAX_TOTAL_DISTANCE`).
const MAX_DISTANCE: u32 = PROFILE_SIZE * PROFILE_SIZE;
/// The text's trigrams that count: its 600 most frequent (whatlang's
/// `TEXT_TRIGRAMS_SIZE`).
const TEXT_TRIGRAMS: usize = 600;
/// Languages a script's tables can hold (a bit each in a letter's set).
const MAX_PROFILES: usize = 64;

/// whatlang's combined method on a text already counted: the alphabet
/// score and the trigram score of each language of the script, weighted by
/// the text's length, the best first; the confidence from the best two.
fn combined(counts: &mut Counts, tables: &Tables) -> Option<Info> {
    let n = tables.profiles.len();
    let (letters, alphabet) = alphabet_scores(counts, tables);
    let (count, trigram) = trigram_scores(counts, tables);

    // The profile of each language, to read the trigram score in whatlang's
    // order of languages (the alphabet score's).
    let alphabet_weight = (-(letters as f64 / 300.0) + 2.0 / 3.0).clamp(1.0 / 3.0, 2.0 / 3.0);
    let trigram_weight = 1.0 - alphabet_weight;
    // Each language's place among the profiles, by its discriminant (whatlang's languages
    // are fewer than 256), rather than a search of the profiles for each.
    let mut profile_of = [u8::MAX; 256];
    for (p, &lang) in tables.profiles.iter().enumerate() {
        if let Some(slot) = profile_of.get_mut(lang as usize) {
            *slot = p as u8;
        }
    }
    let mut scores: Vec<(Lang, f64)> = Vec::with_capacity(n);
    for &(lang, a) in &alphabet {
        let t = profile_of
            .get(lang as usize)
            .and_then(|&p| trigram.get(usize::from(p)))
            .copied()
            .unwrap_or(0.0);
        scores.push((lang, a * alphabet_weight + t * trigram_weight));
    }
    scores.sort_unstable_by(|a, b| b.1.partial_cmp(&a.1).unwrap_or(Ordering::Less));
    let &(lang, first) = scores.first()?;
    let confidence = match scores.get(1) {
        Some(&(_, second)) => confidence(first, second, count),
        None => 1.0,
    };
    Some(Info::new(tables.script, lang, confidence))
}

/// whatlang's alphabet scores: each language gains one for every letter of
/// the text in its alphabet and loses one for every other letter (at least
/// 0), over the number of letters; the languages in whatlang's order of the
/// script, sorted by falling score. Returns the number of letters too.
fn alphabet_scores(counts: &Counts, tables: &Tables) -> (usize, Vec<(Lang, f64)>) {
    let mut hits = [0usize; 256];
    let hits = &mut hits[..tables.letters.len()];
    let find = |c: char| {
        tables
            .letters
            .binary_search_by_key(&c, |&(letter, _)| letter)
            .ok()
    };
    // An ASCII letter's place in `letters` from a table (the lowercase text's ASCII letters
    // are `a` to `z` and DEL), the others' from a search.
    let places = &tables.split.ascii_letters;
    for (byte, &n) in counts.ascii.iter().enumerate().skip(usize::from(b'a')) {
        if n > 0
            && let Some(&i) = places[byte].as_ref()
        {
            hits[usize::from(i)] += n;
        }
    }
    for &(c, n) in &counts.wide {
        if let Some(i) = find(c) {
            hits[i] += n;
        }
    }
    let letters = counts.letters;
    // A profile gains twice the hits of each letter its alphabet holds: all the letters'
    // gains, less those of the letters it lacks. Most letters of a text are in every
    // alphabet of its script (a to z in nearly all 37 Latin ones), so only the few profiles
    // that lack a letter are visited for it, not every profile that has it.
    let everyone = u64::MAX
        .checked_shr(64 - tables.profiles.len() as u32)
        .unwrap_or(0);
    let mut gained = 0;
    let mut lost = [0usize; MAX_PROFILES];
    for (&hit, &(_, users)) in hits.iter().zip(tables.letters) {
        if hit == 0 {
            continue;
        }
        gained += 2 * hit;
        let mut lacking = everyone & !users;
        while lacking != 0 {
            lost[lacking.trailing_zeros() as usize] += 2 * hit;
            lacking &= lacking - 1;
        }
    }
    let mut raw: Vec<(Lang, usize)> = tables
        .script_order
        .iter()
        .map(|&p| {
            let p = usize::from(p);
            // `lost` sums a part of what `gained` sums.
            (tables.profiles[p], (gained - lost[p]).saturating_sub(letters))
        })
        .collect();
    raw.sort_unstable_by_key(|&(_, score)| Reverse(score));
    let scores = raw
        .into_iter()
        .map(|(lang, score)| (lang, score as f64 / letters as f64))
        .collect();
    (letters, scores)
}

/// Characters of a trigram made of a space and the 26 ASCII letters alone
/// (most trigrams of a Latin text) are counted in an array of 27³ rather than
/// a hash map: each has a code, space 0 and `a` to `z` 1 to 26.
const DENSE: u32 = 27;

/// Bits of a dense trigram's place in the array (27³ < 2¹⁵). Its count, at
/// most one more than the characters of a lowercase text of [`SHORT_TEXT`]
/// bytes (a char lowercases to three at most), fits in the 17 bits above
/// them, so count and place sort as one `u32`.
const DENSE_BITS: u32 = 15;
const DENSE_MASK: u32 = (1 << DENSE_BITS) - 1;
/// The number of dense trigrams.
const DENSE_TRIGRAMS: usize = (DENSE * DENSE * DENSE) as usize;
/// Texts shorter than this, [`PREFIX_BYTES`] among them, rank their dense
/// trigrams as `u32`s.
const SHORT_TEXT: usize = 1 << 15;

/// The code of a character in a dense trigram, or [`DENSE`] for any other.
fn dense_code(c: char) -> u32 {
    match c {
        ' ' => 0,
        'a'..='z' => c as u32 - 'a' as u32 + 1,
        _ => DENSE,
    }
}

/// Each ASCII byte as the trigram window reads it: its lowercase form (a
/// space for a stop character) and that form's dense code, so that a code
/// above 0 marks a letter whatlang counts.
static ASCII: [(u8, u8); 128] = {
    let mut table = [(b' ', 0u8); 128];
    let mut b = 0;
    while b < 128 {
        let lower = (b as u8).to_ascii_lowercase();
        let stop = matches!(lower, 0..=0x40 | 0x5b..=0x60 | 0x7b..=0x7e);
        table[b] = if stop {
            (b' ', 0)
        } else if lower.is_ascii_lowercase() {
            (lower, lower - b'a' + 1)
        } else {
            (lower, DENSE as u8)
        };
        b += 1;
    }
    table
};

/// The dense code of each byte as the trigram window reads it (a stop character is a space,
/// 0; a letter its lowercase letter's code), [`NOT_DENSE`] for any other byte (DEL, and the
/// bytes of characters beyond ASCII).
static DENSE_CODES: [u8; 256] = {
    let mut table = [NOT_DENSE; 256];
    let mut b = 0;
    while b < 128 {
        let k = ASCII[b].1;
        if (k as u32) < DENSE {
            table[b] = k;
        }
        b += 1;
    }
    table
};
const NOT_DENSE: u8 = 0xff;

/// Slots of the dense counts: 2¹⁵, above 27³, so that a code masked to 15 bits needs no
/// bounds check.
const DENSE_SLOTS: usize = 1 << 15;

/// The dense trigrams whatlang does not count, a space between a space and another
/// character: two spaces and a character (codes 0 to 26) and a letter and two spaces (a
/// multiple of 27²).
const SKIPPED: [u16; 53] = {
    let mut codes = [0u16; 53];
    let mut i = 0;
    while i < 27 {
        codes[i] = i as u16;
        i += 1;
    }
    while i < 53 {
        codes[i] = ((i - 26) * 27 * 27) as u16;
        i += 1;
    }
    codes
};

/// The count kept on a skipped code: never 0, so that the code is never touched.
const UNCOUNTED: u32 = 1 << 31;

/// The character of a dense code.
fn dense_char(code: u32) -> char {
    if code == 0 {
        ' '
    } else {
        char::from(b'a' + (code - 1) as u8)
    }
}

/// How many dense trigrams are below the trigram `packed`, which is not
/// dense, in the order of packed trigrams (character by character).
fn dense_below(packed: u64) -> u32 {
    let char_of = |x: u64| char::from_u32((x & 0x1f_ffff) as u32).unwrap_or('_');
    // The dense characters below `c`, and whether `c` is one.
    let below = |c: char| match c {
        '\0'..=' ' => 0,
        '!'..='a' => 1,
        'b'..='z' => 1 + (c as u32 - 'a' as u32),
        _ => DENSE,
    };
    let dense = |c: char| dense_code(c) < DENSE;
    let (c1, c2, c3) = (char_of(packed >> 42), char_of(packed >> 21), char_of(packed));
    let mut n = below(c1) * DENSE * DENSE;
    if dense(c1) {
        n += below(c2) * DENSE;
        if dense(c2) {
            n += below(c3);
        }
    }
    n
}

/// A script's postings with each entry (`profile * 300 + rank`) split once, not for every
/// trigram of every text, into the profile and the rank as an offset into a row of
/// [`DISTANCES`] (`299 - rank`); and for each dense trigram, the range of its postings.
struct Split {
    postings: Box<[Posting]>,
    /// By dense code ([`DENSE_SLOTS`] of them): where the trigram's postings start and end
    /// ([`range_of`]), empty when no profile holds it.
    ranges: Box<[u32]>,
    /// By ASCII character: its place among the script's letters, if it is one.
    ascii_letters: [Option<u8>; 128],
}

/// One profile's entry for a trigram ([`Split`]).
#[derive(Clone, Copy)]
struct Posting {
    offset: u16,
    profile: u8,
}

/// See [`Split`].
fn split_postings(
    trigrams: &[u64],
    starts: &[u16],
    postings: &[u16],
    letters: &[(char, u64)],
) -> Split {
    let size = PROFILE_SIZE as u16;
    let postings = postings
        .iter()
        .map(|&entry| Posting {
            offset: (PROFILE_SIZE - 1) as u16 - entry % size,
            profile: (entry / size) as u8,
        })
        .collect();
    let mut ranges = vec![0u32; DENSE_SLOTS];
    let code = |packed: u64| dense_code(char::from_u32((packed & 0x1f_ffff) as u32).unwrap_or('_'));
    for (at, &packed) in trigrams.iter().enumerate() {
        let (a, b, c) = (code(packed >> 42), code(packed >> 21), code(packed));
        if a.max(b).max(c) < DENSE {
            ranges[((a * DENSE + b) * DENSE + c) as usize] = range_of(starts, at);
        }
    }
    let mut ascii_letters = [None; 128];
    for (place, &(c, _)) in letters.iter().enumerate() {
        if c.is_ascii() {
            ascii_letters[c as usize] = Some(place as u8);
        }
    }
    Split {
        postings,
        ranges: ranges.into_boxed_slice(),
        ascii_letters,
    }
}

/// Where the postings of the trigram of index `at` start (low 16 bits) and end (high 16).
fn range_of(starts: &[u16], at: usize) -> u32 {
    u32::from(starts[at]) | u32::from(starts[at + 1]) << 16
}

/// What a trigram shared by a profile and the text adds to the profile's distance, by
/// `position + 299 - rank`: the difference of its two ranks, less the 300 that a profile's
/// trigram absent from the text would have added. The row of a text position `p` is
/// `DISTANCES[p..p + 512]`, indexed by a posting's offset (`299 - rank`), so that an entry
/// costs two loads and an add, with no absolute value taken and no bounds check (an offset
/// is below 512).
static DISTANCES: [i32; TEXT_TRIGRAMS + 512] = {
    let mut table = [0i32; TEXT_TRIGRAMS + 512];
    let mut j = 0;
    while j < table.len() {
        let difference = j as i32 - (PROFILE_SIZE as i32 - 1);
        table[j] = difference.abs() - PROFILE_SIZE as i32;
        j += 1;
    }
    table
};

/// One text counted in one pass, as whatlang counts it: its Latin and
/// Cyrillic characters; the characters of its lowercase form that are not
/// stop characters, each by character (ASCII ones in an array); its
/// trigrams (dense ones in an array of 27³). Kept per thread, so that the
/// arrays are allocated once; [`Counts::clear`] leaves them empty.
struct Counts {
    ascii: [usize; 128],
    wide: Vec<(char, usize)>,
    letters: usize,
    /// The text's alphabetic characters, as [`letters`] counts them (set by a whole
    /// reading).
    alphabetic: usize,
    /// Whether the text is shorter than [`SHORT_TEXT`].
    short: bool,
    /// The counts of dense trigrams by code, [`DENSE_SLOTS`] of them (the codes of
    /// [`SKIPPED`] hold [`UNCOUNTED`]).
    dense: Vec<u32>,
    /// The codes of the dense trigrams counted, the first `touched_len` of [`DENSE_SLOTS`].
    touched: Vec<u16>,
    touched_len: usize,
    other: FxHashMap<u64, u32>,
    ranked: Vec<u128>,
    /// The ranking of trigrams as `u32` keys.
    work: RankWork,
    /// The trigrams that are not dense, sorted, with their counts.
    others: Vec<(u64, u32)>,
    /// For each of `others`, how many dense trigrams are below it ([`dense_below`]).
    below: Vec<u32>,
    /// By place among a text's trigrams: one more than the trigram's place
    /// in the script's table (0 when no profile holds it). Only the places
    /// of the text being ranked are written and read.
    slots: Vec<u32>,
}

impl Default for Counts {
    fn default() -> Counts {
        Counts {
            ascii: [0; 128],
            wide: Vec::new(),
            letters: 0,
            alphabetic: 0,
            short: false,
            dense: Vec::new(),
            touched: Vec::new(),
            touched_len: 0,
            other: FxHashMap::default(),
            ranked: Vec::new(),
            work: RankWork::default(),
            others: Vec::new(),
            below: Vec::new(),
            slots: Vec::new(),
        }
    }
}

thread_local! {
    static COUNTS: RefCell<Counts> = RefCell::new(Counts::default());
}

/// The trigram being formed: whatlang's two previous characters, with their dense codes.
/// It starts as two spaces: whatlang's first trigram is a space and the text's first two
/// characters, and the trigram of two spaces and the first character, which whatlang does
/// not form, is one it skips.
struct Window {
    c1: char,
    c2: char,
    k1: u32,
    k2: u32,
}

impl Counts {
    /// Counts `text`; returns its numbers of Latin and Cyrillic characters,
    /// or `None` (counts left to clear) on a character of another script.
    fn read(&mut self, text: &str) -> Option<(usize, usize)> {
        if self.dense.len() != DENSE_SLOTS {
            self.dense = vec![0; DENSE_SLOTS];
            self.touched = vec![0; DENSE_SLOTS];
            self.touched_len = 0;
            for code in SKIPPED {
                self.dense[usize::from(code)] = UNCOUNTED;
            }
        }
        self.short = text.len() < SHORT_TEXT;
        let (mut latin, mut cyrillic) = (0, 0);
        let mut window = Window {
            c1: ' ',
            c2: ' ',
            k1: 0,
            k2: 0,
        };
        // ASCII bytes, most of a Latin text, are counted by byte here and
        // folded into the letter counts at the end; each still moves the
        // trigram window, with its lowercase form and code from a table.
        let mut bytes = [0u32; 128];
        let mut at = 0;
        let raw = text.as_bytes();
        let mut alphabetic = 0;
        loop {
            if window.k1 < DENSE && window.k2 < DENSE {
                at = self.read_dense(raw, at, &mut bytes, &mut window);
            }
            let Some(&b) = raw.get(at) else {
                break;
            };
            if b < 0x80 {
                bytes[usize::from(b)] += 1;
                let (c, k) = ASCII[usize::from(b)];
                self.step(char::from(c), u32::from(k), &mut window);
                at += 1;
                continue;
            }
            // `at` is at a char boundary: ASCII bytes and whole chars were
            // read before it.
            let Some(c) = text.get(at..).and_then(|rest| rest.chars().next()) else {
                break;
            };
            at += c.len_utf8();
            match class(c) {
                Class::Latin => latin += 1,
                Class::Cyrillic => cyrillic += 1,
                Class::Unscripted => {}
                Class::Other => return None,
            }
            alphabetic += usize::from(c.is_alphabetic());
            // Lowercase as `str::to_lowercase` does: by character, but for
            // the Greek capital sigma, which is of another script.
            for lower in c.to_lowercase() {
                self.lower(lower, &mut window);
            }
        }
        // whatlang's text ends with a space.
        self.trigram(&window, ' ', 0);
        let ascii_letters = |from: u8| bytes[usize::from(from)..][..26].iter().sum::<u32>();
        self.alphabetic = alphabetic + (ascii_letters(b'A') + ascii_letters(b'a')) as usize;
        // The ASCII bytes the window reads as letters: `A` to `Z`, `a` to `z` and DEL.
        let letters = (b'A'..=b'Z').chain(b'a'..=b'z').chain([0x7f]);
        for b in letters.map(usize::from) {
            let (n, (lower, k)) = (bytes[b], ASCII[b]);
            if n > 0 && k > 0 {
                let n = n as usize;
                self.letters += n;
                self.ascii[usize::from(lower)] += n;
                latin += if lower.is_ascii_lowercase() { n } else { 0 };
            }
        }
        Some((latin, cyrillic))
    }

    /// Reads the bytes of `raw` from `at` on while they are space, stop characters or ASCII
    /// letters, with a window of two such characters: the trigram of each byte is dense, and
    /// its code is the window's and the byte's code. Counts each byte in `bytes`; returns
    /// where it stopped. A trigram that whatlang skips (two spaces and another character) is
    /// counted too, on a code held at [`UNCOUNTED`], so that it is never among the touched.
    #[inline(always)]
    fn read_dense(
        &mut self,
        raw: &[u8],
        mut at: usize,
        bytes: &mut [u32; 128],
        window: &mut Window,
    ) -> usize {
        let dense: &mut [u32; DENSE_SLOTS] = (&mut self.dense[..])
            .try_into()
            .expect("the counts are allocated");
        let touched: &mut [u16; DENSE_SLOTS] = (&mut self.touched[..])
            .try_into()
            .expect("the codes are allocated");
        let mut touched_len = self.touched_len;
        // The window's code (first character times 27 and the second) and its second.
        let (mut pair, mut k2) = (window.k1 * DENSE + window.k2, window.k2);
        while let Some(&b) = raw.get(at) {
            let k = u32::from(DENSE_CODES[usize::from(b)]);
            if k >= DENSE {
                break;
            }
            bytes[usize::from(b) % 128] += 1;
            // Below 27³: the masks only spare bounds checks.
            let code = (pair * DENSE + k) as usize % DENSE_SLOTS;
            (pair, k2) = (k2 * DENSE + k, k);
            let n = dense[code];
            touched[touched_len % DENSE_SLOTS] = code as u16;
            touched_len += usize::from(n == 0);
            dense[code] = n + 1;
            at += 1;
        }
        self.touched_len = touched_len;
        let k1 = pair / DENSE;
        *window = Window {
            c1: dense_char(k1),
            c2: dense_char(k2),
            k1,
            k2,
        };
        at
    }

    /// Counts one character of the lowercase text.
    fn lower(&mut self, c: char, window: &mut Window) {
        let c = if is_stop_char(c) {
            ' '
        } else {
            self.letters += 1;
            if c.is_ascii() {
                self.ascii[c as usize] += 1;
            } else {
                match self.wide.iter_mut().find(|(w, _)| *w == c) {
                    Some((_, n)) => *n += 1,
                    None => self.wide.push((c, 1)),
                }
            }
            c
        };
        self.step(c, dense_code(c), window);
    }

    /// Moves the trigram window on by `c` (a space for a stop character),
    /// whose dense code is `k`, counting the trigram it ends.
    #[inline(always)]
    fn step(&mut self, c: char, k: u32, window: &mut Window) {
        self.trigram(window, c, k);
        (window.c1, window.k1) = (window.c2, window.k2);
        (window.c2, window.k2) = (c, k);
    }

    /// Counts the trigram that `c3` ends, unless it is a lone space.
    #[inline(always)]
    fn trigram(&mut self, window: &Window, c3: char, k3: u32) {
        let (c1, c2, k1, k2) = (window.c1, window.c2, window.k1, window.k2);
        if c2 == ' ' && (c1 == ' ' || c3 == ' ') {
            return;
        }
        if k1.max(k2).max(k3) < DENSE {
            let at = ((k1 * DENSE + k2) * DENSE + k3) as usize;
            if self.dense[at] == 0 {
                self.touched[self.touched_len] = at as u16;
                self.touched_len += 1;
            }
            self.dense[at] += 1;
        } else {
            *self.other.entry(data::pack(c1, c2, c3)).or_insert(0) += 1;
        }
    }

    /// Empties every count.
    fn clear(&mut self) {
        for &at in &self.touched[..self.touched_len] {
            self.dense[usize::from(at)] = 0;
        }
        self.touched_len = 0;
        // What the ASCII loop added to the uncounted codes, taken off (it is at most the
        // text's length), so that they never come back to 0.
        if !self.dense.is_empty() {
            for code in SKIPPED {
                self.dense[usize::from(code)] = UNCOUNTED;
            }
        }
        self.other.clear();
        self.ascii = [0; 128];
        self.wide.clear();
        self.letters = 0;
    }
}

/// whatlang's trigram scores, by profile (in `tables.profiles`' order): the
/// distance of a profile is, over its 300 trigrams, how far each one's rank
/// is from its rank among the text's 600 most frequent trigrams (300 when
/// the text lacks it), less what a text with fewer than 300 trigrams cannot
/// match, at most 90,000; the score is one less the distance over the
/// largest possible. Returns how many trigrams were ranked too, and leaves
/// the counts empty.
fn trigram_scores(counts: &mut Counts, tables: &Tables) -> (usize, Vec<f64>) {
    // Each profile starts at the distance of a text that has none of its
    // trigrams; each trigram it shares with the text takes 300 off and adds
    // the difference of the two ranks.
    // The sums of these changes, by profile (a `u8`, so that the index needs no check).
    let mut change = [0i32; 256];
    let split = &*tables.split;
    let postings = &*split.postings;
    let mut add = |position: usize, range: u32| {
        add_postings(&mut change, postings, range, position);
    };
    let index: &[u32; DENSE_SLOTS] = (&*split.ranges)
        .try_into()
        .expect("a range for every dense code");
    // Most frequent first, then the greater trigram first: whatlang's order,
    // a total one (no two trigrams are equal). Count and trigram are one
    // number here, sorted ascending and read from the end: when every
    // trigram is dense, its place in the array stands for it (the codes keep
    // the characters' order).
    let count = if counts.other.is_empty() && counts.short {
        let work = &mut counts.work;
        // Each count is read and cleared here, not again by `clear`.
        for &at in &counts.touched[..counts.touched_len] {
            let n = std::mem::take(&mut counts.dense[usize::from(at)]);
            work.add(n << DENSE_BITS | u32::from(at));
        }
        counts.touched_len = 0;
        work.visit(TEXT_TRIGRAMS, |position, key| {
            add(position, index[(key & DENSE_MASK) as usize]);
        })
    } else if counts.short && counts.other.len() < (1 << DENSE_BITS) - DENSE_TRIGRAMS {
        // Some trigrams are not dense (`£ 1`, `é t`): each trigram gets its
        // place among all the text's and the dense ones' codes, so that count
        // and place still sort as one `u32`. A dense trigram's place is its
        // place in the array plus the other trigrams below it; another's, the
        // dense codes below it plus the other trigrams below it.
        let mut others = std::mem::take(&mut counts.others);
        others.clear();
        others.extend(counts.other.iter().map(|(&t, &n)| (t, n)));
        others.sort_unstable();
        // Another trigram is below the dense trigram of code `code` when at most `code` dense
        // trigrams are below it: the dense codes keep the trigrams' order.
        let below = &mut counts.below;
        below.clear();
        below.extend(others.iter().map(|&(trigram, _)| dense_below(trigram)));
        let work = &mut counts.work;
        counts.slots.resize(1 << DENSE_BITS, 0);
        for &at in &counts.touched[..counts.touched_len] {
            let n = counts.dense[usize::from(at)];
            let code = u32::from(at);
            let place = code + below.partition_point(|&d| d <= code) as u32;
            counts.slots[place as usize] = index[usize::from(at) % DENSE_SLOTS];
            work.add(n << DENSE_BITS | place);
        }
        for (i, &(trigram, n)) in others.iter().enumerate() {
            let place = below[i] + i as u32;
            let range = tables.trigrams.binary_search(&trigram);
            counts.slots[place as usize] = range.map_or(0, |at| range_of(tables.starts, at));
            work.add(n << DENSE_BITS | place);
        }
        let slots = &counts.slots;
        let count = work.visit(TEXT_TRIGRAMS, |position, key| {
            add(position, slots[(key & DENSE_MASK) as usize]);
        });
        counts.others = others;
        count
    } else {
        let mut ranked = std::mem::take(&mut counts.ranked);
        ranked.clear();
        for &at in &counts.touched[..counts.touched_len] {
            let n = counts.dense[usize::from(at)];
            let at = u32::from(at);
            let (a, b, c) = (at / (DENSE * DENSE), at / DENSE % DENSE, at % DENSE);
            let trigram = data::pack(dense_char(a), dense_char(b), dense_char(c));
            ranked.push(u128::from(n) << 64 | u128::from(trigram));
        }
        ranked.extend(counts.other.iter().map(|(&t, &n)| u128::from(n) << 64 | u128::from(t)));
        ranked.sort_unstable();
        let code = |x: u64| dense_code(char::from_u32((x & 0x1f_ffff) as u32).unwrap_or('_'));
        for (position, &key) in ranked.iter().rev().take(TEXT_TRIGRAMS).enumerate() {
            let trigram = key as u64;
            let (a, b, c) = (code(trigram >> 42), code(trigram >> 21), code(trigram));
            let range = if a.max(b).max(c) < DENSE {
                index[((a * DENSE + b) * DENSE + c) as usize]
            } else {
                let at = tables.trigrams.binary_search(&trigram);
                at.map_or(0, |at| range_of(tables.starts, at))
            };
            add(position, range);
        }
        let count = ranked.len().min(TEXT_TRIGRAMS);
        counts.ranked = ranked;
        count
    };
    counts.clear();
    let n = tables.profiles.len();
    let unmatched = i64::from(PROFILE_SIZE.saturating_sub(count as u32) * PROFILE_SIZE);
    let max_distance = count as u32 * PROFILE_SIZE;
    let scores = change[..n]
        .iter()
        .map(|&c| {
            let d = i64::from(MAX_DISTANCE) + i64::from(c);
            let d = (d - unmatched).clamp(0, i64::from(MAX_DISTANCE)) as u32;
            (max_distance - d) as f64 / max_distance as f64
        })
        .collect();
    (count, scores)
}

/// Adds to `change` what the trigram whose postings are `range` ([`range_of`]), at
/// `position` among the text's, changes in the distance of each profile that holds it
/// ([`DISTANCES`]). Inlined into the loop over the text's trigrams: a call for each cost as
/// much as its postings.
#[inline(always)]
fn add_postings(change: &mut [i32; 256], postings: &[Posting], range: u32, position: usize) {
    let entries = (range & 0xffff) as usize..(range >> 16) as usize;
    let row: &[i32; 512] = DISTANCES[position..position + 512]
        .try_into()
        .expect("a position is below TEXT_TRIGRAMS");
    for posting in &postings[entries] {
        // An offset is below 300: the mask only spares a bounds check.
        change[usize::from(posting.profile)] += row[usize::from(posting.offset) % 512];
    }
}

/// The ranking of a text's trigrams as `u32` keys, kept with the thread's counts: each key
/// is a trigram's count (at least 1) above its place (the low [`DENSE_BITS`] bits, distinct
/// from one key to the next) ([`RankWork::add`]), and they are visited from the greatest
/// ([`RankWork::visit`]), the order of `sort_unstable` read from its end. Most of a text's
/// trigrams occur once, and their keys are the smallest: their places go into a bitmap
/// (with a bit for each of its words that holds one, so that empty words are not read) and
/// come out of it in order, after the keys of higher counts, which are sorted.
struct RankWork {
    /// A bit for the place of each key of count 1 (empty between texts).
    places: Box<[u64; (1 << DENSE_BITS) / 64]>,
    /// A bit for each word of `places` that is not empty.
    words: [u64; (1 << DENSE_BITS) / 64 / 64],
    /// How many keys of count 1 the bitmap holds.
    once: usize,
    /// The keys of a count above 1.
    more: Vec<u32>,
}

impl Default for RankWork {
    fn default() -> RankWork {
        RankWork {
            places: Box::new([0; (1 << DENSE_BITS) / 64]),
            words: [0; (1 << DENSE_BITS) / 64 / 64],
            once: 0,
            more: Vec::new(),
        }
    }
}

impl RankWork {
    /// Adds a key.
    #[inline(always)]
    fn add(&mut self, key: u32) {
        const ONCE: u32 = 1 << DENSE_BITS;
        debug_assert!(key >= ONCE, "a trigram's count is at least 1");
        if key < 2 * ONCE {
            let place = (key & DENSE_MASK) as usize;
            self.places[place / 64] |= 1 << (place % 64);
            self.words[place / 64 / 64] |= 1 << (place / 64 % 64);
            self.once += 1;
        } else {
            self.more.push(key);
        }
    }

    /// Calls `visit` with the position (0 for the greatest) and the key of the greatest
    /// `limit` keys added, in falling order; returns how many it visited, and leaves the
    /// ranking empty.
    #[inline(always)]
    fn visit(&mut self, limit: usize, mut visit: impl FnMut(usize, u32)) -> usize {
        const ONCE: u32 = 1 << DENSE_BITS;
        self.more.sort_unstable();
        let mut position = 0;
        for &key in self.more.iter().rev().take(limit) {
            visit(position, key);
            position += 1;
        }
        let total = self.more.len() + self.once;
        self.more.clear();
        if self.once == 0 {
            return total.min(limit);
        }
        // The bitmap from its last word down, each word's bits from the highest; every
        // word is read (and cleared) even past the limit.
        for (w, words) in self.words.iter_mut().enumerate().rev() {
            let mut words = std::mem::take(words);
            while words != 0 {
                let word = w * 64 + 63 - words.leading_zeros() as usize;
                words &= !(1 << (word % 64));
                let mut bits = std::mem::take(&mut self.places[word]);
                while bits != 0 && position < limit {
                    let bit = 63 - bits.leading_zeros() as usize;
                    bits &= !(1 << bit);
                    visit(position, ONCE | (word * 64 + bit) as u32);
                    position += 1;
                }
            }
        }
        self.once = 0;
        total.min(limit)
    }
}

/// whatlang's confidence that the best language is right, from the best two
/// scores and the number of trigrams: 1 above a hyperbola of how far the best
/// leads, in proportion below it.
fn confidence(first: f64, second: f64, count: usize) -> f64 {
    if first == 0.0 {
        return 0.0;
    }
    if second == 0.0 {
        return first;
    }
    let confident_rate = (3.0 / count as f64) + 0.015;
    let rate = (first - second) / second;
    if rate > confident_rate {
        1.0
    } else {
        rate / confident_rate
    }
}

/// The first `limit` bytes of `text`, and at most its first `chars`
/// characters, cut back to the last white space before the limit (to a
/// character boundary when there is none).
fn prefix(text: &str, limit: usize, chars: usize) -> &str {
    let end = char_limit(text, limit.min(text.len()), chars);
    if end == text.len() {
        return text;
    }
    let cut = &text[..end];
    match cut.rfind(char::is_whitespace) {
        Some(space) if space > 0 => &cut[..space],
        _ => cut,
    }
}

/// The byte offset in `text` where its first `chars` characters end, at
/// most `limit` (cut back to a character boundary).
fn char_limit(text: &str, limit: usize, chars: usize) -> usize {
    let bytes = text.as_bytes();
    // An ASCII opening, the usual case, has as many characters as bytes.
    if chars < limit && bytes[..chars].is_ascii() {
        return chars;
    }
    let mut seen = 0;
    for (at, &b) in bytes[..limit].iter().enumerate() {
        // A byte that starts a character (no UTF-8 continuation byte).
        if b & 0xc0 != 0x80 {
            if seen == chars {
                return at;
            }
            seen += 1;
        }
    }
    let mut end = limit;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_prefix_ends_at_white_space_or_a_character_boundary() {
        assert_eq!(prefix("short", 10, 10), "short");
        assert_eq!(prefix("one two three", 9, 20), "one two");
        // "é" is two bytes: a cut at byte 3 would split it.
        assert_eq!(prefix("ééé", 3, 10), "é");
    }

    #[test]
    fn the_prefix_ends_after_its_characters_or_its_bytes() {
        // Nine characters of one byte: the cut is at the ninth, then back
        // to the space.
        assert_eq!(prefix("one two three", 20, 9), "one two");
        assert_eq!(prefix("one two three", 20, 13), "one two three");
        // Characters of two bytes: four of them take eight bytes.
        assert_eq!(prefix("éé éé éé", 20, 4), "éé");
        assert_eq!(char_limit("éé éé éé", 14, 4), 7);
        // The byte limit binds first: six bytes are three characters.
        assert_eq!(char_limit("éééééé", 6, 5), 6);
        assert_eq!(char_limit("ééé", 5, 5), 4);
        // An ASCII opening followed by wide characters.
        assert_eq!(char_limit("abcdé", 5, 4), 4);
        assert_eq!(char_limit("abcdé", 6, 5), 6);
        assert_eq!(char_limit("abé", 4, 3), 4);
        assert_eq!(char_limit("abéc", 5, 3), 4);
    }

    #[test]
    fn letters_counts_alphabetic_characters() {
        // A, b, z, Z, é and the ideograph.
        assert_eq!(letters("Ab1 z@[`{Zé日!"), 6);
        // Every ASCII byte: the 52 letters.
        let ascii: String = (0u8..128).map(char::from).collect();
        assert_eq!(letters(&ascii), 52);
    }

    #[test]
    fn the_reading_counts_the_letters_as_letters_does() {
        let pieces = [
            "the ", "Tax ", "a", "Z", " ", ". ", "1", "\u{7f}", "é", "É", "ª", "\u{2b0}", "€",
            "\u{2019}", "д", "Ж", "\u{212a}", "\u{130}", "ß", "\n", "@", "[", "`", "{", "~",
        ];
        let mut draws = crate::testing::Draws::new(0x9e37_79b9_7f4a_7c15);
        let mut counts = Counts::default();
        for _ in 0..2000 {
            let state = draws.next_u64();
            let length = (state % 40) as usize;
            let text: String = (0..length)
                .map(|i| pieces[(state >> (i % 50)) as usize % pieces.len()])
                .collect();
            let (_, counted) = identify_with(&text, &mut counts);
            assert_eq!(counted, Some(letters(&text)), "{text:?}");
        }
        // A character of another script stops the reading: no count.
        assert_eq!(identify_with("abc 日本", &mut counts).1, None);
    }

    #[test]
    fn long_prose_is_detected_and_short_latin_text_is_not_taken() {
        let english = "The council approved the new budget on Tuesday after a long \
                       debate about the cost of repairing the old bridge over the river.";
        let found = detect(english);
        assert_eq!(found.guess, Some(Language::English));
        assert!(found.accepted, "{found:?}");
        // Too few letters in a shared alphabet: whatever the guess, not taken.
        let short = detect("Hello there");
        assert!(!short.accepted, "{short:?}");
        assert!(!short.failed(), "a short text falls back quietly");
        assert_eq!(short.language_or(Language::German), Language::German);
    }

    #[test]
    fn a_script_of_its_own_decides_on_short_text() {
        let found = detect("Η κυβέρνηση ανακοίνωσε σήμερα.");
        assert_eq!(found.guess, Some(Language::Greek));
        assert!(found.accepted, "{found:?}");
    }

    #[test]
    fn dense_below_counts_the_dense_trigrams_below() {
        let dense: Vec<u64> = (0..DENSE * DENSE * DENSE)
            .map(|code| {
                let (a, b, c) = (code / (DENSE * DENSE), code / DENSE % DENSE, code % DENSE);
                data::pack(dense_char(a), dense_char(b), dense_char(c))
            })
            .collect();
        assert!(dense.is_sorted(), "dense codes keep the order of trigrams");
        for (a, b, c) in [
            ('£', ' ', '1'),
            (' ', 'é', 't'),
            ('a', 'b', '\u{7f}'),
            ('z', 'z', 'é'),
            ('\u{1}', 'a', 'a'),
            ('m', '!', 'a'),
            ('m', 'a', '!'),
        ] {
            let packed = data::pack(a, b, c);
            let below = dense.iter().filter(|&&d| d < packed).count();
            assert_eq!(dense_below(packed) as usize, below, "{a}{b}{c}");
        }
    }

    #[test]
    fn a_distance_row_gives_the_difference_of_ranks_less_300() {
        for position in 0..TEXT_TRIGRAMS {
            let mut change = [0i32; 256];
            // Every profile and rank of the Latin postings, against the plain formula.
            for (at, pair) in data::LATIN_STARTS.windows(2).enumerate() {
                let mut expected = [0i64; 256];
                for &entry in &data::LATIN_POSTINGS[usize::from(pair[0])..usize::from(pair[1])] {
                    let (profile, rank) = (entry as usize / 300, entry as usize % 300);
                    expected[profile] += position.abs_diff(rank) as i64 - 300;
                }
                change.fill(0);
                let range = range_of(&data::LATIN_STARTS, at);
                add_postings(&mut change, &LATIN.split.postings, range, position);
                let got: Vec<i64> = change.iter().map(|&c| i64::from(c)).collect();
                assert_eq!(got, expected.to_vec(), "trigram {at} at {position}");
            }
        }
    }

    #[test]
    fn each_dense_code_has_the_range_of_its_trigram_s_postings() {
        for tables in [&LATIN, &CYRILLIC] {
            let ranges = &tables.split.ranges;
            assert_eq!(ranges.len(), DENSE_SLOTS);
            for (code, &range) in ranges.iter().enumerate() {
                let code = code as u32;
                let (a, b, c) = (code / (DENSE * DENSE), code / DENSE % DENSE, code % DENSE);
                let expected = if code < DENSE * DENSE * DENSE {
                    let packed = data::pack(dense_char(a), dense_char(b), dense_char(c));
                    let at = tables.trigrams.binary_search(&packed);
                    at.map_or(0, |at| range_of(tables.starts, at))
                } else {
                    0
                };
                assert_eq!(range, expected, "code {code}");
            }
        }
    }

    #[test]
    fn the_ranking_visits_the_keys_as_a_comparison_sort_orders_them() {
        let mut work = RankWork::default();
        let key = |count: u32, place: u32| count << DENSE_BITS | place;
        // A sequence of places that are all distinct, with counts that repeat.
        let many: Vec<u32> = (0..3000u32)
            .map(|i| key(1 + i * 7 % 13 + (i % 5) * 1000, i * 10_007 % (1 << DENSE_BITS)))
            .collect();
        // Mostly trigrams seen once or twice, as in a text's opening.
        let mostly_once: Vec<u32> = (0..500u32)
            .map(|i| key(1 + u32::from(i % 4 == 0) * (i % 9), i * 7_919 % (1 << DENSE_BITS)))
            .collect();
        let once_and_twice: Vec<u32> = (0..300u32)
            .map(|i| key(1 + i % 2, i * 4_099 % (1 << DENSE_BITS)))
            .collect();
        for keys in [
            vec![],
            vec![key(3, 7)],
            vec![key(1, 3), key(1, 1), key(2, 2)],
            vec![key(2, 0), key(1, 0x7fff), key(1, 5), key(1, 64), key(5, 63)],
            vec![key(2, 4), key(3, 1)],
            vec![key(1, 4), key(1, 1)],
            vec![key(2, 4), key(2, 1), key(1, 9)],
            vec![key(3, 70), key(2, 200), key(2, 1), key(1, 9), key(1, 0), key(4, 2)],
            many,
            once_and_twice,
            mostly_once,
        ] {
            let mut sorted = keys.clone();
            sorted.sort_unstable();
            sorted.reverse();
            for limit in [TEXT_TRIGRAMS, 0, 1, 2, 5, 64, 65, usize::MAX] {
                for &key in &keys {
                    work.add(key);
                }
                let mut visited = Vec::new();
                let count = work.visit(limit, |position, key| {
                    assert_eq!(position, visited.len());
                    visited.push(key);
                });
                assert_eq!(visited, sorted[..limit.min(keys.len())]);
                assert_eq!(count, visited.len());
                // The bitmap is left empty for the next text.
                assert!(work.places.iter().all(|&bits| bits == 0));
                assert!(work.words.iter().all(|&bits| bits == 0));
                assert_eq!((work.once, work.more.len()), (0, 0));
            }
        }
    }

    #[test]
    fn a_conclusive_first_step_is_the_answer() {
        // About 400 characters of English, then French: the first 320
        // characters decide with full confidence, and what follows is not read.
        let english = "The council approved the new budget on Tuesday after a long debate \
                       about the cost of repairing the old bridge over the river. Members \
                       said that the work would start in the spring and take two years, \
                       while the roads into the town centre would stay open to traffic. \
                       The mayor thanked the engineers for their report on the state of \
                       the bridge and its foundations. ";
        let french = "La ville de Lyon a présenté mardi un plan pour les transports \
                      publics, qui doit réduire le trafic automobile dans le centre. ";
        let text = format!("{english}{}", french.repeat(8));
        let first = detect_prefix(prefix(&text, PREFIX_BYTES, FIRST_CHARS));
        assert_eq!(first.guess, Some(Language::English));
        assert_eq!(first.confidence, 1.0);
        assert!(first.accepted);
        assert_eq!(detect(&text), first);
        assert!(first.letters < letters(prefix(&text, PREFIX_BYTES, PREFIX_CHARS)));
    }

    #[test]
    fn an_inconclusive_first_step_reads_the_whole_prefix() {
        // 40 letters in the first 320 characters: too few to take a guess,
        // so the first 640 characters are read, as in one step.
        let table = "12 3 4.5 (67) 89 - 10 11 12 ".repeat(10);
        let text = format!(
            "{} {table}The council approved the new budget on Tuesday after a long \
             debate about the cost of repairing the old bridge over the river. Members \
             said that the work would start in the spring and take two years.",
            "abcd ".repeat(10)
        );
        let first = detect_prefix(prefix(&text, PREFIX_BYTES, FIRST_CHARS));
        assert!(!first.accepted, "{first:?}");
        let whole = detect_prefix(prefix(&text, PREFIX_BYTES, PREFIX_CHARS));
        assert!(whole.accepted, "{whole:?}");
        assert_eq!(whole.guess, Some(Language::English));
        assert_eq!(detect(&text), whole);
        assert_eq!(detect_in_steps(&text, PREFIX_CHARS), whole);
        // A text shorter than the first step is read once.
        assert_eq!(detect("Hello there"), detect_prefix("Hello there"));
    }

    #[test]
    fn nothing_to_read_is_no_guess() {
        let found = detect("12345 !!! ...");
        assert!(!found.accepted);
        assert_eq!(found.language_or(Language::English), Language::English);
    }
}
