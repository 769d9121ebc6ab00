//! Language detection: which [`Language`] a document is written in, from its
//! first [`PREFIX_BYTES`] bytes.
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
//! distances of all profiles take one pass over the text's trigrams. The
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
use std::cmp::{Ordering, Reverse};
use whatlang::{Info, Lang, Script};

/// How much of a document is read to detect its language: 2 KiB, cut back to
/// the last white space (or character boundary) before it. Accuracy on the
/// public sets is the same as on whole documents, and the cost is bounded.
pub const PREFIX_BYTES: usize = 2048;

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
    /// How many letters the detector read (of the first [`PREFIX_BYTES`]).
    pub letters: usize,
}

impl Detection {
    /// Whether the text had letters enough to be detected ([`MIN_LETTERS`])
    /// and still was not: the fallback then deserves a warning. A short
    /// text, or one without words, falls back quietly.
    pub fn failed(&self) -> bool {
        !self.accepted && self.letters >= MIN_LETTERS
    }
}

impl Detection {
    /// The language to process the text as: the guess when it is taken,
    /// else `fallback`.
    pub fn language_or(&self, fallback: Language) -> Language {
        match self.guess {
            Some(language) if self.accepted => language,
            _ => fallback,
        }
    }
}

/// Detects the language of `text` from its first [`PREFIX_BYTES`] bytes.
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
    let prefix = prefix(text, PREFIX_BYTES);
    let letters = prefix.chars().filter(|c| c.is_alphabetic()).count();
    let nothing = Detection {
        guess: None,
        confidence: 0.0,
        accepted: false,
        letters,
    };
    let Some(info) = identify(prefix) else {
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
    let tables = match count_scripts(text)? {
        (0, 0) => return Some(None),
        (latin, cyrillic) if latin > cyrillic => &LATIN,
        (latin, cyrillic) if cyrillic > latin => &CYRILLIC,
        // A tie: whatlang's order of the two decides.
        _ => return None,
    };
    Some(combined(&text.to_lowercase(), tables))
}

/// whatlang's `is_stop_char`: white space, ASCII punctuation and digits,
/// which count for no script and split trigrams.
fn is_stop_char(c: char) -> bool {
    matches!(c, '\u{0}'..='\u{40}' | '\u{5b}'..='\u{60}' | '\u{7b}'..='\u{7e}')
}

/// How many characters of `text` whatlang counts as Latin and as Cyrillic,
/// or `None` when a character belongs to another of its scripts (or to two:
/// U+1D2B and U+1D78 are both Latin and Cyrillic to whatlang, and which one
/// counts them depends on the order its counters have reached). The ranges
/// are whatlang 0.18's (`scripts/chars.rs`); the characters skipped are in no
/// range of any of its 25 scripts.
fn count_scripts(text: &str) -> Option<(usize, usize)> {
    let (mut latin, mut cyrillic) = (0, 0);
    for c in text.chars() {
        if c.is_ascii() {
            latin += usize::from(c.is_ascii_alphabetic());
            continue;
        }
        match c as u32 {
            0x1d2b | 0x1d78 => return None,
            0x80..=0x2af
            | 0x1d00..=0x1dbf
            | 0x1e00..=0x1eff
            | 0x2100..=0x214f
            | 0x2c60..=0x2c7f
            | 0xa720..=0xa7ff
            | 0xab30..=0xab6f => latin += 1,
            0x400..=0x484 | 0x487..=0x52f | 0x2de0..=0x2dff | 0xa640..=0xa69d | 0xa69f => {
                cyrillic += 1
            }
            // Modifier letters and combining marks, two Cyrillic combining
            // marks, general punctuation and currency, letterlike forms'
            // neighbours to the end of miscellaneous symbols and arrows,
            // emoji: in no script of whatlang's.
            0x2b0..=0x36f
            | 0x485..=0x486
            | 0x2000..=0x20ff
            | 0x2150..=0x2bff
            | 0x1f000..=0x1faff => {}
            _ => return None,
        }
    }
    Some((latin, cyrillic))
}

/// One script's share of whatlang's data, as `whatlang_data.rs` lays it out.
struct Tables {
    script: Script,
    profiles: &'static [Lang],
    script_order: &'static [u8],
    trigrams: &'static [u64],
    starts: &'static [u16],
    postings: &'static [u16],
    letters: &'static [(char, u64)],
}

static LATIN: Tables = Tables {
    script: Script::Latin,
    profiles: &data::LATIN_PROFILES,
    script_order: &data::LATIN_SCRIPT_ORDER,
    trigrams: &data::LATIN_TRIGRAMS,
    starts: &data::LATIN_STARTS,
    postings: &data::LATIN_POSTINGS,
    letters: &data::LATIN_LETTERS,
};

static CYRILLIC: Tables = Tables {
    script: Script::Cyrillic,
    profiles: &data::CYRILLIC_PROFILES,
    script_order: &data::CYRILLIC_SCRIPT_ORDER,
    trigrams: &data::CYRILLIC_TRIGRAMS,
    starts: &data::CYRILLIC_STARTS,
    postings: &data::CYRILLIC_POSTINGS,
    letters: &data::CYRILLIC_LETTERS,
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

/// whatlang's combined method on an already lowercased text: the alphabet
/// score and the trigram score of each language of the script, weighted by
/// the text's length, the best first; the confidence from the best two.
fn combined(lower: &str, tables: &Tables) -> Option<Info> {
    let n = tables.profiles.len();
    let (letters, alphabet) = alphabet_scores(lower, tables);
    let (count, trigram) = trigram_scores(lower, tables);

    // The profile of each language, to read the trigram score in whatlang's
    // order of languages (the alphabet score's).
    let alphabet_weight = (-(letters as f64 / 300.0) + 2.0 / 3.0).clamp(1.0 / 3.0, 2.0 / 3.0);
    let trigram_weight = 1.0 - alphabet_weight;
    let mut scores: Vec<(Lang, f64)> = Vec::with_capacity(n);
    for &(lang, a) in &alphabet {
        let t = tables
            .profiles
            .iter()
            .position(|&l| l == lang)
            .map_or(0.0, |p| trigram[p]);
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
fn alphabet_scores(lower: &str, tables: &Tables) -> (usize, Vec<(Lang, f64)>) {
    let mut hits = [0usize; 256];
    let hits = &mut hits[..tables.letters.len()];
    let mut letters = 0usize;
    for c in lower.chars() {
        if is_stop_char(c) {
            continue;
        }
        letters += 1;
        if let Ok(i) = tables.letters.binary_search_by_key(&c, |&(letter, _)| letter) {
            hits[i] += 2;
        }
    }
    let mut per_profile = [0usize; MAX_PROFILES];
    for (&hit, &(_, users)) in hits.iter().zip(tables.letters) {
        if hit == 0 {
            continue;
        }
        let mut users = users;
        while users != 0 {
            per_profile[users.trailing_zeros() as usize] += hit;
            users &= users - 1;
        }
    }
    let mut raw: Vec<(Lang, usize)> = tables
        .script_order
        .iter()
        .map(|&p| {
            let p = usize::from(p);
            (tables.profiles[p], per_profile[p].saturating_sub(letters))
        })
        .collect();
    raw.sort_unstable_by_key(|&(_, score)| Reverse(score));
    let scores = raw
        .into_iter()
        .map(|(lang, score)| (lang, score as f64 / letters as f64))
        .collect();
    (letters, scores)
}

/// whatlang's trigram scores, by profile (in `tables.profiles`' order): the
/// distance of a profile is, over its 300 trigrams, how far each one's rank
/// is from its rank among the text's 600 most frequent trigrams (300 when
/// the text lacks it), less what a text with fewer than 300 trigrams cannot
/// match, at most 90,000; the score is one less the distance over the
/// largest possible. Returns how many trigrams were ranked too.
fn trigram_scores(lower: &str, tables: &Tables) -> (usize, Vec<f64>) {
    let mut counts: FxHashMap<u64, u32> = FxHashMap::default();
    counts.reserve(lower.len().min(2048));
    let trigram_char = |c: char| if is_stop_char(c) { ' ' } else { c };
    let mut chars = lower.chars().map(trigram_char).chain(Some(' '));
    let mut c1 = ' ';
    let mut c2 = chars.next().unwrap_or(' ');
    for c3 in chars {
        if !(c2 == ' ' && (c1 == ' ' || c3 == ' ')) {
            *counts.entry(data::pack(c1, c2, c3)).or_insert(0) += 1;
        }
        c1 = c2;
        c2 = c3;
    }
    // Most frequent first, then the greater trigram first: whatlang's order,
    // a total one (no two entries are equal).
    let mut ranked: Vec<(u32, u64)> = counts.into_iter().map(|(t, n)| (n, t)).collect();
    ranked.sort_unstable_by(|a, b| b.cmp(a));
    ranked.truncate(TEXT_TRIGRAMS);
    let count = ranked.len();

    // Each profile starts at the distance of a text that has none of its
    // trigrams; each trigram it shares with the text takes 300 off and adds
    // the difference of the two ranks.
    let n = tables.profiles.len();
    let mut distance = [i64::from(MAX_DISTANCE); MAX_PROFILES];
    for (position, &(_, trigram)) in ranked.iter().enumerate() {
        let Ok(at) = tables.trigrams.binary_search(&trigram) else {
            continue;
        };
        let entries = usize::from(tables.starts[at])..usize::from(tables.starts[at + 1]);
        for &entry in &tables.postings[entries] {
            let (profile, rank) = (usize::from(entry) / 300, usize::from(entry) % 300);
            distance[profile] += position.abs_diff(rank) as i64 - i64::from(PROFILE_SIZE);
        }
    }
    let unmatched = i64::from(PROFILE_SIZE.saturating_sub(count as u32) * PROFILE_SIZE);
    let max_distance = count as u32 * PROFILE_SIZE;
    let scores = distance[..n]
        .iter()
        .map(|&d| {
            let d = (d - unmatched).clamp(0, i64::from(MAX_DISTANCE)) as u32;
            (max_distance - d) as f64 / max_distance as f64
        })
        .collect();
    (count, scores)
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

/// The first `limit` bytes of `text`, cut back to the last white space
/// before the limit (to a character boundary when there is none).
fn prefix(text: &str, limit: usize) -> &str {
    if text.len() <= limit {
        return text;
    }
    let mut end = limit;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let cut = &text[..end];
    match cut.rfind(char::is_whitespace) {
        Some(space) if space > 0 => &cut[..space],
        _ => cut,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_prefix_ends_at_white_space_or_a_character_boundary() {
        assert_eq!(prefix("short", 10), "short");
        assert_eq!(prefix("one two three", 9), "one two");
        // "é" is two bytes: a cut at byte 3 would split it.
        assert_eq!(prefix("ééé", 3), "é");
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
    fn nothing_to_read_is_no_guess() {
        let found = detect("12345 !!! ...");
        assert!(!found.accepted);
        assert_eq!(found.language_or(Language::English), Language::English);
    }
}
