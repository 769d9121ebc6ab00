//! The languages abridge can process.
//!
//! A language is usable when both a Snowball stemmer (`rust-stemmers`) and an
//! NLTK stopword list (`stop-words`) exist for it; this module is the one place
//! that maps a language to both. It knows nothing about sentences or scores.

use crate::error::{Error, Result};
use rust_stemmers::Algorithm;

macro_rules! languages {
    ($($variant:ident => $name:literal, $code:literal;)+) => {
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

            pub(crate) fn algorithm(self) -> Algorithm {
                match self { $(Language::$variant => Algorithm::$variant),+ }
            }
        }
    };
}

languages! {
    Arabic => "arabic", "ar";
    Danish => "danish", "da";
    Dutch => "dutch", "nl";
    English => "english", "en";
    Finnish => "finnish", "fi";
    French => "french", "fr";
    German => "german", "de";
    Greek => "greek", "el";
    Hungarian => "hungarian", "hu";
    Italian => "italian", "it";
    Norwegian => "norwegian", "no";
    Portuguese => "portuguese", "pt";
    Romanian => "romanian", "ro";
    Russian => "russian", "ru";
    Spanish => "spanish", "es";
    Swedish => "swedish", "sv";
    Tamil => "tamil", "ta";
    Turkish => "turkish", "tr";
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
            // Creating the stemmer must not panic and must change a plural.
            let _ = rust_stemmers::Stemmer::create(lang.algorithm());
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
