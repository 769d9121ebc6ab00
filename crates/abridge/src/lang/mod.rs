//! The language room: everything that differs from one language to another,
//! in one [`Profile`] per language.
//!
//! A profile says how the language's sentences end ([`SentenceRules`]:
//! abbreviations that do not end one), how its words are found (UAX #29 word
//! boundaries for every language today; a dictionary segmenter can take that
//! place), how they are stemmed (a Snowball stemmer, optional: a language
//! without one runs unstemmed), which words carry no topic (stopword tiers,
//! [`Stopwords`]), and, where the language has one, a part-of-speech
//! [`Lexicon`] that tells which words can stand in a noun phrase, which are
//! number and time words, and which mark a following verb (English).
//!
//! [`Language`] is the public name of a language; [`Profile::of`] resolves it
//! to its profile. A language with rules of its own has a file here
//! (`en/`, `fr.rs`) and one line in the `languages!` table below; a language
//! with only a stemmer and a stopword list needs the line alone.
//!
//! Every language whose line names no rules of its own takes the English
//! sentence rules, as all languages did before this room existed: the
//! abbreviation lists of other languages are future work.
//!
//! This room knows nothing of sentences as spans, tokens, weights or scores:
//! the text room asks it questions about words.

pub mod detect;
pub mod en;
mod fr;
pub mod stopwords;

pub use detect::{Detection, detect};
pub use stopwords::Stopwords;

use crate::error::{Error, Result};
use rust_stemmers::{Algorithm, Stemmer};

/// Words after which a full stop does not end a sentence, by kind. Matched
/// with case, against the word before the dot (`Mr` in `Mr.`).
#[derive(Debug)]
pub struct SentenceRules {
    /// Never a sentence end: titles before names, Latin, months (`Mr`,
    /// `e.g`, `Dec`).
    pub never_final: &'static [&'static str],
    /// Not a sentence end before a number, a word otherwise (`No`, `Vol`).
    pub before_number: &'static [&'static str],
    /// Often a sentence end too (`Inc`, `etc`): it ends one only before a
    /// common sentence opener, as initials and dotted acronyms do.
    pub ambiguous: &'static [&'static str],
    /// Capitalised words that commonly open a sentence (`The`, `He`).
    pub openers: &'static [&'static str],
}

/// A part-of-speech lexicon: what the keyphrase rules need to know about a
/// word of the language. Every question takes the word in lowercase.
pub trait Lexicon: Sync + std::fmt::Debug {
    /// Whether the word can stand in a noun phrase (a noun, an adjective, a
    /// participle, or a word the lexicon does not know).
    fn can_be_in_noun_phrase(&self, word: &str) -> bool;
    /// Whether the word is read first as a verb but can also be a noun
    /// (`raise`, `help`), and so is a verb after a [`Lexicon::is_verb_marker`].
    fn is_mostly_verb(&self, word: &str) -> bool;
    /// Whether the word makes the next word a verb (`to`, the modals).
    fn is_verb_marker(&self, word: &str) -> bool;
    /// Whether the word is a number word or a noun of calendar time (`two`,
    /// `million`, `week`, `Monday`).
    fn is_number_or_time(&self, word: &str) -> bool;
}

/// What a language's table line gives beyond its names.
struct Spec {
    /// The Snowball algorithm, if rust-stemmers has one.
    stemmer: Option<Algorithm>,
    /// How sentences end.
    sentence_rules: &'static SentenceRules,
    /// The curated stopwords for keyphrases only (`stopwords/<code>.txt`).
    curated_stopwords: Option<&'static str>,
    /// The part-of-speech lexicon, if any.
    lexicon: Option<&'static dyn Lexicon>,
}

impl Spec {
    /// A language with a Snowball stemmer and nothing else of its own.
    const fn snowball(algorithm: Algorithm) -> Spec {
        Spec {
            stemmer: Some(algorithm),
            sentence_rules: &en::SENTENCE_RULES,
            curated_stopwords: None,
            lexicon: None,
        }
    }
}

macro_rules! languages {
    ($($variant:ident => $name:literal, $code:literal, $code3:literal, $spec:expr;)+) => {
        /// A language supported by both the stemmer and the stopword lists.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[non_exhaustive]
        pub enum Language {
            $(
                #[doc = concat!("`", $name, "` (ISO 639-1 `", $code, "`)")]
                $variant,
            )+
        }

        impl Language {
            /// Every supported language, in alphabetical order of its name.
            pub const ALL: &'static [Language] = &[$(Language::$variant),+];

            /// The lowercase English name, as `--language` and JSON spell it.
            pub fn name(self) -> &'static str {
                match self { $(Language::$variant => $name),+ }
            }

            /// The ISO 639-1 code.
            pub fn code(self) -> &'static str {
                match self { $(Language::$variant => $code),+ }
            }

            /// The ISO 639-3 code, as language detection names it (`cmn`
            /// for Mandarin Chinese, `nob` for Norwegian Bokmål).
            pub fn iso639_3(self) -> &'static str {
                match self { $(Language::$variant => $code3),+ }
            }

            /// What the language's table line gives.
            fn spec(self) -> &'static Spec {
                match self { $(Language::$variant => { const SPEC: Spec = $spec; &SPEC }),+ }
            }
        }
    };
}

languages! {
    Arabic => "arabic", "ar", "ara", Spec::snowball(Algorithm::Arabic);
    Danish => "danish", "da", "dan", Spec::snowball(Algorithm::Danish);
    Dutch => "dutch", "nl", "nld", Spec::snowball(Algorithm::Dutch);
    English => "english", "en", "eng", en::SPEC;
    Finnish => "finnish", "fi", "fin", Spec::snowball(Algorithm::Finnish);
    French => "french", "fr", "fra", fr::SPEC;
    German => "german", "de", "deu", Spec::snowball(Algorithm::German);
    Greek => "greek", "el", "ell", Spec::snowball(Algorithm::Greek);
    Hungarian => "hungarian", "hu", "hun", Spec::snowball(Algorithm::Hungarian);
    Italian => "italian", "it", "ita", Spec::snowball(Algorithm::Italian);
    Norwegian => "norwegian", "no", "nob", Spec::snowball(Algorithm::Norwegian);
    Portuguese => "portuguese", "pt", "por", Spec::snowball(Algorithm::Portuguese);
    Romanian => "romanian", "ro", "ron", Spec::snowball(Algorithm::Romanian);
    Russian => "russian", "ru", "rus", Spec::snowball(Algorithm::Russian);
    Spanish => "spanish", "es", "spa", Spec::snowball(Algorithm::Spanish);
    Swedish => "swedish", "sv", "swe", Spec::snowball(Algorithm::Swedish);
    Tamil => "tamil", "ta", "tam", Spec::snowball(Algorithm::Tamil);
    Turkish => "turkish", "tr", "tur", Spec::snowball(Algorithm::Turkish);
}

impl Language {
    /// Parses a language from its English name or ISO 639-1 code, ignoring case.
    ///
    /// ```
    /// use abridge::Language;
    /// assert_eq!(Language::parse("French").unwrap(), Language::French);
    /// assert_eq!(Language::parse("de").unwrap(), Language::German);
    /// assert!(Language::parse("klingon").is_err());
    /// ```
    pub fn parse(s: &str) -> Result<Language> {
        let wanted = s.trim().to_lowercase();
        Language::ALL
            .iter()
            .copied()
            .find(|l| l.name() == wanted || l.code() == wanted)
            .ok_or_else(|| Error::UnknownLanguage(s.to_string()))
    }

    /// The language whose ISO 639-3 code is `code`, if abridge has it.
    pub fn from_iso639_3(code: &str) -> Option<Language> {
        Language::ALL.iter().copied().find(|l| l.iso639_3() == code)
    }

    /// The names of every supported language, for messages and `--help`.
    pub fn names() -> Vec<&'static str> {
        Language::ALL.iter().map(|l| l.name()).collect()
    }
}

impl crate::Choice for Language {
    const ALL: &'static [Language] = Language::ALL;

    fn name(self) -> &'static str {
        Language::name(self)
    }

    /// The ISO 639-1 code.
    fn description(self) -> &'static str {
        Language::code(self)
    }
}

impl Language {
    /// How the language's sentences end.
    pub fn sentence_rules(self) -> &'static SentenceRules {
        self.spec().sentence_rules
    }

    /// The language's part-of-speech lexicon, if it has one.
    pub fn lexicon(self) -> Option<&'static dyn Lexicon> {
        self.spec().lexicon
    }
}

/// Everything abridge knows of one language, resolved once per
/// [`crate::Summarizer`].
pub struct Profile {
    /// The language.
    pub language: Language,
    /// Its stemmer; `None` runs unstemmed.
    pub stemmer: Option<Stemmer>,
    /// How its sentences end.
    pub sentence_rules: &'static SentenceRules,
    /// Its part-of-speech lexicon, if it has one.
    pub lexicon: Option<&'static dyn Lexicon>,
}

impl std::fmt::Debug for Profile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Profile")
            .field("language", &self.language)
            .field("stemmer", &self.stemmer.is_some())
            .field("lexicon", &self.lexicon.is_some())
            .finish_non_exhaustive()
    }
}

impl Profile {
    /// The profile of `language`.
    pub fn of(language: Language) -> Profile {
        let spec = language.spec();
        Profile {
            language,
            stemmer: spec.stemmer.map(Stemmer::create),
            sentence_rules: spec.sentence_rules,
            lexicon: spec.lexicon,
        }
    }

    /// The language's stopwords: NLTK's list plus its curated additions.
    pub fn stopwords(&self) -> Stopwords {
        Stopwords::for_language(self.language)
    }
}

#[allow(clippy::derivable_impls)] // the variants come from a macro
impl Default for Language {
    fn default() -> Self {
        Language::English
    }
}

impl std::fmt::Display for Language {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

impl std::str::FromStr for Language {
    type Err = Error;
    fn from_str(s: &str) -> Result<Language> {
        Language::parse(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_a_stopword_list_and_a_stemmer() {
        for &lang in Language::ALL {
            let list = stop_words::lookup(lang.code());
            assert!(list.is_some_and(|l| !l.is_empty()), "{lang} has no list");
            // Building the profile creates the stemmer, which must not panic.
            let profile = Profile::of(lang);
            assert_eq!(profile.language, lang);
        }
    }

    #[test]
    fn parse_accepts_names_and_codes_in_any_case() {
        assert_eq!(Language::parse("ENGLISH").unwrap(), Language::English);
        assert_eq!(Language::parse(" ru ").unwrap(), Language::Russian);
        assert_eq!(
            Language::parse("xx").unwrap_err(),
            Error::UnknownLanguage("xx".into())
        );
    }

    #[test]
    fn names_are_sorted_and_unique() {
        let names = Language::names();
        let mut sorted = names.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(names, sorted);
    }
}
