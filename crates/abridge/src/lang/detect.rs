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
//! Cost: about 1.1 million instructions an article (more than summarizing
//! it in English takes), nearly all inside whatlang and nearly independent of
//! the prefix length: for each of the 37 Latin-script profiles it looks up
//! the profile's 300 trigrams in the text's trigram table. An inverted index
//! (trigram → language and rank), built once, would compute the same
//! distances from the text's trigrams alone, but the profiles are private to
//! the crate (its `dev` feature exposes only whole-text entry points), so
//! that needs a copy of whatlang's tables; whatever replaces this call must
//! keep every detection, confidence included, identical on every document.
//!
//! This room receives a text and returns a [`Detection`]; it knows nothing of
//! sentences or tokens. Detection is deterministic: whatlang's distances are
//! integers over a sorted trigram list.

use super::Language;
use whatlang::Script;

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
    let Some(info) = whatlang::detect(prefix) else {
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
