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
//! (`en/`, `fr.rs`, `es.rs`, `ar.rs`) and one line in the `languages!` table below; a language
//! with only a stemmer and a stopword list needs the line alone.
//!
//! The table holds every language of the `stop-words` crate's lists (NLTK's,
//! else stopwords-iso's) and every language the detector names. A language
//! with neither a stopword list nor a Snowball stemmer runs on the neutral
//! profile: Unicode words, kept whole, no stopwords ([`Support::is_neutral`]).
//!
//! Twenty-five languages have sentence rules of their own (`rules.rs`:
//! abbreviations, the words after a German ordinal, the Greek question mark
//! `;`, Dutch sentences that open with a digit); every other language takes
//! the English rules. Marks that one script alone uses (Armenian `։`,
//! Devanagari `।`, Ethiopic `።`, ...) are read in every language by the text
//! room, whatever the profile.
//!
//! This room knows nothing of sentences as spans, tokens, weights or scores:
//! the text room asks it questions about words.

pub mod detect;
pub mod en;
mod ar;
mod rules;
mod sea;
mod es;
mod fr;
mod frequency;
mod ja;
mod ko;
pub mod stopwords;
mod whatlang_data;
mod zh;

pub use detect::{Detection, detect};
pub use stopwords::{Stopwords, Tier};

use crate::error::{Error, Result};
use rust_stemmers::{Algorithm, Stemmer};

/// How a language's sentences end, beyond Unicode's sentence boundaries
/// (UAX #29), which the text room applies to every language: words after
/// which a full stop does not end a sentence, by kind, and the marks that
/// end one in this language only. Words are matched with case, against the
/// word before the dot (`Mr` in `Mr.`).
///
/// Every field is data; the text room holds the code that reads them, the
/// same for every language. [`SentenceRules::NONE`] is the start of a
/// language's own rules: `SentenceRules { never_final: &[...],
/// ..SentenceRules::NONE }`.
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
    /// Words that commonly open a sentence: capitalised ones (`The`, `He`),
    /// and in Japanese those that start with a particle of
    /// [`SentenceRules::after_quote`] (`とても`).
    pub openers: &'static [&'static str],
    /// Capitalised words that follow an ordinal written as a number and a
    /// full stop (German `vom 12. Juni`, `der 2. Weltkrieg`): the stop then
    /// ends no sentence.
    pub after_ordinal: &'static [&'static str],
    /// Single capital letters that are words, not initials (English `I`):
    /// after a lowercase word their full stop ends a sentence (`than I.`),
    /// unless an initial follows (`I. M. Pei`).
    pub letter_words: &'static [&'static str],
    /// Marks that end a sentence in this language and that Unicode's
    /// sentence boundaries read as mid-sentence punctuation: the Greek
    /// question mark `;`, the Armenian full stop typed as `:`. Marks that
    /// one script alone uses are read in every language instead (the text
    /// room's own list).
    pub finals: &'static str,
    /// Whether a sentence may open with a number written in digits (Dutch
    /// `3 mensen kwamen.`), so that a full stop after a word that is not an
    /// abbreviation ends a sentence before a digit.
    pub digit_openers: bool,
    /// Particles that go on with the sentence after a quotation closed by
    /// its bracket (Japanese quotative `と`, `って`: `「行きます。」と言った。`
    /// is one sentence), unless one of [`SentenceRules::openers`] starts
    /// there (`とても`).
    pub after_quote: &'static [&'static str],
    /// Whether a space between two letters of the language's script ends
    /// a sentence (Thai, which has no full stop: a space marks the end of a
    /// sentence or a clause, and words are written without spaces between
    /// them). A space before or after a digit or a letter of another script
    /// ends nothing (`ปี 2025`, `บริษัท Toyota`).
    pub spaces_end_sentences: bool,
}

impl SentenceRules {
    /// No rules: Unicode's sentence boundaries alone.
    pub const NONE: SentenceRules = SentenceRules {
        never_final: &[],
        before_number: &[],
        ambiguous: &[],
        openers: &[],
        after_ordinal: &[],
        letter_words: &[],
        finals: "",
        digit_openers: false,
        after_quote: &[],
        spaces_end_sentences: false,
    };

    /// Whether `word` is one of the language's abbreviations, of any kind.
    pub fn is_abbreviation(&self, word: &str) -> bool {
        self.never_final.contains(&word)
            || self.before_number.contains(&word)
            || self.ambiguous.contains(&word)
    }
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
    /// The reading of the word that bears on the edges of a noun phrase
    /// (a participle, a noun with a verb reading, an adverb, a determiner,
    /// a preposition): see [`en::pos::Edge`].
    fn edge(&self, word: &str) -> en::pos::Edge;
}

/// How specific a language's word stems are in general use: in how many
/// documents of a reference collection each stem occurs (English: WordNet's
/// glosses, `en/gloss.rs`), or how many times in a billion words of general
/// text (Spanish: `frequency.rs`). Keyphrase weighting reads it (a
/// generic stem such as "use" weighs less than a specific one such as
/// "network"); the stems are those of the language's stemmer, so a table
/// serves only its own language.
#[derive(Debug)]
pub struct Specificity {
    /// The number of documents (or words) in the reference collection.
    pub documents: u32,
    /// The number of documents a stem occurs in (or of its uses), or `None`
    /// for a stem the table does not hold (it was too rare to list).
    pub frequency: fn(&str) -> Option<u32>,
    /// The idf, `ln((documents + 1) / (1 + frequency))`, at or below which a
    /// stem counts as generic in this collection: a gloss and a word are
    /// units of different sizes, so each kind of table has its own.
    pub generic_idf: f64,
    /// The least frequency the table lists: a stem it lacks is taken as
    /// this rare (the table cannot tell it rarer).
    pub least: u32,
}

/// What a language's table line gives beyond its names.
struct Spec {
    /// The Snowball algorithm, if rust-stemmers has one.
    stemmer: Option<Algorithm>,
    /// How sentences end.
    sentence_rules: &'static SentenceRules,
    /// The curated stopwords for keyphrases only (`stopwords/<code>.txt`).
    curated_stopwords: Option<&'static str>,
    /// The words that join a noun to its complement inside a compound term
    /// where the language does not put nouns side by side ("detección de
    /// anomalías" for "anomaly detection"); empty for most languages.
    compound_joiners: &'static [&'static str],
    /// The part-of-speech lexicon, if any.
    lexicon: Option<&'static dyn Lexicon>,
    /// How words are found.
    words: WordSplitter,
    /// How specific its stems are in general use, if it has such a table.
    specificity: Option<&'static Specificity>,
    /// Another spelling of a listed stopword that texts of the language
    /// use (Arabic without hamza: `ان` for `أن`), added to the list; `None`
    /// when the listed spelling is the one texts use.
    stopword_spelling: Option<fn(&str) -> Option<String>>,
    /// Whether the language writes every noun with a capital (German), so
    /// that a keyphrase, a noun phrase, ends in a capitalised word.
    capitalised_nouns: bool,
    /// Whether the language puts a space between syllables rather than
    /// words (Vietnamese: `kinh tế`, economy, is one word of two syllables),
    /// so that what the tokens call a word is a syllable.
    spaced_syllables: bool,
    /// Endings that only a finite verb has in the language (French future
    /// `-eront`, Italian `-ranno`, Spanish `-aron`): a lowercase word with one
    /// is a verb, which leaves a keyphrase's edges.
    verb_endings: &'static [&'static str],
    /// The length in bytes of a particle the language writes onto the end of
    /// a word (Korean 예산안을: 을), which the word's stem and span leave out;
    /// `None` for languages that write their particles apart.
    particles: Option<fn(&str) -> usize>,
}

/// How a language's words are found in a sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum WordSplitter {
    /// Unicode's default word boundaries (UAX #29): words between spaces and
    /// punctuation; in scripts written without spaces, each ideograph alone.
    Unicode,
    /// Chinese words from jieba-rs with jieba's dictionary (its 349,000
    /// words laid out at build time and read in place, so nothing is loaded
    /// when Chinese text comes); text in other scripts within it goes by
    /// [`WordSplitter::Unicode`].
    Jieba,
    /// Japanese words from lindera's analyser with IPADIC (392,000 entries,
    /// compiled in with the `japanese` feature, mapped in place on first
    /// use); text in other scripts within it goes by
    /// [`WordSplitter::Unicode`].
    Lindera,
    /// Thai, Khmer and Burmese words from ICU4X's dictionary segmenter
    /// (its word lists compiled in, read in place); text in other scripts
    /// within it goes by [`WordSplitter::Unicode`].
    Icu,
    /// Japanese without a dictionary (a build without the `japanese`
    /// feature): each run of kanji, of katakana or of hiragana is a word,
    /// hiragana runs carrying no weight; text in other scripts within it
    /// goes by [`WordSplitter::Unicode`].
    ScriptRuns,
}

/// A word a dictionary splitter found in a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DictionaryWord<'a> {
    /// Its byte offset in the text.
    pub offset: usize,
    /// The word as written.
    pub word: &'a str,
    /// Whether the word is one character that the dictionary reads as a
    /// word on its own there (a noun); a lone ideograph without this mark
    /// is a character the splitter could not join, and carries no weight.
    pub stands_alone: bool,
    /// Whether the word is a number written in words (kanji numerals),
    /// which carries no weight, as a number in digits does not.
    pub is_number: bool,
    /// Whether the word is function material that carries no weight: a run
    /// of hiragana where Japanese is read without a dictionary (particles,
    /// auxiliaries, verb endings).
    pub is_function: bool,
}

impl<'a> DictionaryWord<'a> {
    /// The word `word` at byte `offset`, with no mark: a word that carries
    /// weight as any other.
    pub const fn plain(offset: usize, word: &'a str) -> DictionaryWord<'a> {
        DictionaryWord {
            offset,
            word,
            stands_alone: false,
            is_number: false,
            is_function: false,
        }
    }
}

/// The Unicode words of `text` as dictionary words with no mark.
#[cfg_attr(not(feature = "japanese"), allow(dead_code))]
fn unicode_words(text: &str) -> Vec<DictionaryWord<'_>> {
    let mut words = Vec::new();
    push_unicode_words(&mut words, text, 0);
    words
}

/// Appends the Unicode words of `piece`, which starts at byte `start` of
/// the text, as words with no mark: names in Latin letters, numbers, the
/// pieces a dictionary splitter leaves to Unicode's word boundaries.
fn push_unicode_words<'a>(words: &mut Vec<DictionaryWord<'a>>, piece: &'a str, start: usize) {
    use unicode_segmentation::UnicodeSegmentation;
    words.extend(
        piece
            .unicode_word_indices()
            .map(|(at, word)| DictionaryWord::plain(start + at, word)),
    );
}

impl WordSplitter {
    /// The splitter's name, as `abridge languages` shows it.
    pub fn name(self) -> &'static str {
        match self {
            WordSplitter::Unicode => "unicode",
            WordSplitter::Jieba => "jieba",
            WordSplitter::Lindera => "lindera",
            WordSplitter::ScriptRuns => "script runs",
            WordSplitter::Icu => "icu dictionary",
        }
    }

    /// Whether a dictionary finds the words: a lone ideograph it leaves is
    /// a character it could not join, not a word.
    pub fn is_dictionary(self) -> bool {
        self != WordSplitter::Unicode
    }

    /// The words of `text` with their byte offsets, in order, for a
    /// dictionary splitter (`None` for [`WordSplitter::Unicode`], which the
    /// caller runs itself without allocating).
    pub fn dictionary_words(self, text: &str) -> Option<Vec<DictionaryWord<'_>>> {
        match self {
            WordSplitter::Unicode => None,
            WordSplitter::Jieba => Some(zh::words(text)),
            #[cfg(feature = "japanese")]
            WordSplitter::Lindera => Some(ja::words(text)),
            // No profile names lindera in a build without its dictionary.
            #[cfg(not(feature = "japanese"))]
            WordSplitter::Lindera => None,
            WordSplitter::ScriptRuns => Some(ja::script_words(text)),
            WordSplitter::Icu => Some(sea::words(text)),
        }
    }
}

impl Spec {
    /// A language with a Snowball stemmer and nothing else of its own.
    const fn snowball(algorithm: Algorithm) -> Spec {
        Spec {
            stemmer: Some(algorithm),
            ..Spec::plain()
        }
    }

    /// This spec with sentence rules of the language's own.
    const fn with_rules(self, rules: &'static SentenceRules) -> Spec {
        Spec {
            sentence_rules: rules,
            ..self
        }
    }

    /// This spec with curated keyphrase stopwords (`stopwords/<code>.txt`).
    const fn with_curated_stopwords(self, words: &'static str) -> Spec {
        Spec {
            curated_stopwords: Some(words),
            ..self
        }
    }

    /// This spec for a language that writes every noun with a capital.
    const fn with_capitalised_nouns(self) -> Spec {
        Spec {
            capitalised_nouns: true,
            ..self
        }
    }

    /// This spec with endings that only a finite verb has.
    const fn with_verb_endings(self, endings: &'static [&'static str]) -> Spec {
        Spec {
            verb_endings: endings,
            ..self
        }
    }

    /// This spec for a language that spaces its syllables, not its words.
    const fn with_spaced_syllables(self) -> Spec {
        Spec {
            spaced_syllables: true,
            ..self
        }
    }

    /// This spec with words that join the nouns of a compound term.
    const fn with_compound_joiners(self, words: &'static [&'static str]) -> Spec {
        Spec {
            compound_joiners: words,
            ..self
        }
    }

    /// The same, with a specificity table (`frequency.rs`).
    const fn with_specificity(self, table: &'static Specificity) -> Spec {
        Spec {
            specificity: Some(table),
            ..self
        }
    }

    /// A language with no stemmer and nothing of its own: its words are
    /// kept whole, with the `stop-words` crate's list when it has one (the
    /// neutral profile when it has none).
    const fn plain() -> Spec {
        Spec {
            stemmer: None,
            sentence_rules: &en::SENTENCE_RULES,
            curated_stopwords: None,
            compound_joiners: &[],
            lexicon: None,
            words: WordSplitter::Unicode,
            specificity: None,
            stopword_spelling: None,
            capitalised_nouns: false,
            spaced_syllables: false,
            verb_endings: &[],
            particles: None,
        }
    }
}

macro_rules! languages {
    ($($variant:ident => $name:literal, $code:literal, $code3:literal, $spec:expr;)+) => {
        /// A language abridge can be told to read, or can detect: every
        /// language of the `stop-words` crate's lists and of the detector.
        /// What abridge has for each is in [`Language::support`].
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
    Afrikaans => "afrikaans", "af", "afr", Spec::plain();
    Akan => "akan", "ak", "aka", Spec::plain();
    Albanian => "albanian", "sq", "sqi", Spec::plain();
    Amharic => "amharic", "am", "amh", Spec::plain();
    Arabic => "arabic", "ar", "ara", ar::SPEC;
    Armenian => "armenian", "hy", "hye", Spec::plain().with_rules(&rules::ARMENIAN);
    Azerbaijani => "azerbaijani", "az", "aze", Spec::plain();
    Basque => "basque", "eu", "eus", Spec::plain();
    Belarusian => "belarusian", "be", "bel", Spec::plain();
    Bengali => "bengali", "bn", "ben", Spec::plain();
    Breton => "breton", "br", "bre", Spec::plain();
    Bulgarian => "bulgarian", "bg", "bul", Spec::plain().with_rules(&rules::BULGARIAN);
    Burmese => "burmese", "my", "mya", sea::SPEC;
    Catalan => "catalan", "ca", "cat", Spec::plain().with_rules(&rules::CATALAN);
    Chinese => "chinese", "zh", "cmn", zh::SPEC;
    Croatian => "croatian", "hr", "hrv", Spec::plain();
    Czech => "czech", "cs", "ces", Spec::plain().with_rules(&rules::CZECH);
    Danish => "danish", "da", "dan", Spec::snowball(Algorithm::Danish).with_rules(&rules::DANISH);
    Dutch => "dutch", "nl", "nld", Spec::snowball(Algorithm::Dutch).with_rules(&rules::DUTCH).with_curated_stopwords(include_str!("../../stopwords/nl.txt"));
    English => "english", "en", "eng", en::SPEC;
    Esperanto => "esperanto", "eo", "epo", Spec::plain();
    Estonian => "estonian", "et", "est", Spec::plain();
    Finnish => "finnish", "fi", "fin", Spec::snowball(Algorithm::Finnish).with_rules(&rules::FINNISH);
    French => "french", "fr", "fra", fr::SPEC;
    Galician => "galician", "gl", "glg", Spec::plain();
    Georgian => "georgian", "ka", "kat", Spec::plain();
    German => "german", "de", "deu", Spec::snowball(Algorithm::German).with_rules(&rules::GERMAN).with_capitalised_nouns().with_curated_stopwords(include_str!("../../stopwords/de.txt"));
    Greek => "greek", "el", "ell", Spec::snowball(Algorithm::Greek).with_rules(&rules::GREEK);
    Gujarati => "gujarati", "gu", "guj", Spec::plain();
    Hausa => "hausa", "ha", "hau", Spec::plain();
    Hebrew => "hebrew", "he", "heb", Spec::plain();
    Hindi => "hindi", "hi", "hin", Spec::plain();
    Hungarian => "hungarian", "hu", "hun", Spec::snowball(Algorithm::Hungarian).with_rules(&rules::HUNGARIAN);
    Indonesian => "indonesian", "id", "ind", Spec::plain().with_rules(&rules::INDONESIAN);
    Irish => "irish", "ga", "gle", Spec::plain();
    Italian => "italian", "it", "ita", Spec::snowball(Algorithm::Italian).with_rules(&rules::ITALIAN).with_verb_endings(rules::ITALIAN_VERB_ENDINGS).with_curated_stopwords(include_str!("../../stopwords/it.txt"));
    Japanese => "japanese", "ja", "jpn", ja::SPEC;
    Javanese => "javanese", "jv", "jav", Spec::plain();
    Kannada => "kannada", "kn", "kan", Spec::plain();
    Kazakh => "kazakh", "kk", "kaz", Spec::plain().with_rules(&rules::KAZAKH);
    Khmer => "khmer", "km", "khm", sea::SPEC;
    Korean => "korean", "ko", "kor", ko::SPEC;
    Kurdish => "kurdish", "ku", "kur", Spec::plain();
    Latin => "latin", "la", "lat", Spec::plain();
    Latvian => "latvian", "lv", "lav", Spec::plain();
    Lithuanian => "lithuanian", "lt", "lit", Spec::plain();
    Macedonian => "macedonian", "mk", "mkd", Spec::plain();
    Malay => "malay", "ms", "msa", Spec::plain().with_rules(&rules::INDONESIAN);
    Malayalam => "malayalam", "ml", "mal", Spec::plain();
    Marathi => "marathi", "mr", "mar", Spec::plain();
    Nepali => "nepali", "ne", "nep", Spec::plain();
    Norwegian => "norwegian", "no", "nob", Spec::snowball(Algorithm::Norwegian).with_rules(&rules::NORWEGIAN);
    Oriya => "oriya", "or", "ori", Spec::plain();
    Persian => "persian", "fa", "pes", Spec::plain();
    Polish => "polish", "pl", "pol", Spec::plain().with_rules(&rules::POLISH);
    Portuguese => "portuguese", "pt", "por", Spec::snowball(Algorithm::Portuguese).with_rules(&rules::PORTUGUESE).with_verb_endings(rules::PORTUGUESE_VERB_ENDINGS).with_curated_stopwords(include_str!("../../stopwords/pt.txt"));
    Punjabi => "punjabi", "pa", "pan", Spec::plain();
    Romanian => "romanian", "ro", "ron", Spec::snowball(Algorithm::Romanian).with_rules(&rules::ROMANIAN);
    Russian => "russian", "ru", "rus", Spec::snowball(Algorithm::Russian).with_rules(&rules::RUSSIAN).with_curated_stopwords(include_str!("../../stopwords/ru.txt"));
    Serbian => "serbian", "sr", "srp", Spec::plain();
    Shona => "shona", "sn", "sna", Spec::plain();
    Sinhala => "sinhala", "si", "sin", Spec::plain();
    Slovak => "slovak", "sk", "slk", Spec::plain().with_rules(&rules::SLOVAK);
    Slovenian => "slovenian", "sl", "slv", Spec::plain();
    Somali => "somali", "so", "som", Spec::plain();
    Sotho => "sotho", "st", "sot", Spec::plain();
    Spanish => "spanish", "es", "spa", es::SPEC;
    Swahili => "swahili", "sw", "swa", Spec::plain();
    Swedish => "swedish", "sv", "swe", Spec::snowball(Algorithm::Swedish).with_rules(&rules::SWEDISH);
    Tagalog => "tagalog", "tl", "tgl", Spec::plain();
    Tajik => "tajik", "tg", "tgk", Spec::plain();
    Tamil => "tamil", "ta", "tam", Spec::snowball(Algorithm::Tamil);
    Telugu => "telugu", "te", "tel", Spec::plain();
    Thai => "thai", "th", "tha", sea::THAI;
    Turkish => "turkish", "tr", "tur", Spec::snowball(Algorithm::Turkish).with_rules(&rules::TURKISH);
    Turkmen => "turkmen", "tk", "tuk", Spec::plain();
    Ukrainian => "ukrainian", "uk", "ukr", Spec::plain().with_rules(&rules::UKRAINIAN);
    Urdu => "urdu", "ur", "urd", Spec::plain();
    Uzbek => "uzbek", "uz", "uzb", Spec::plain();
    Vietnamese => "vietnamese", "vi", "vie", Spec::plain().with_spaced_syllables();
    Welsh => "welsh", "cy", "cym", Spec::plain();
    Yiddish => "yiddish", "yi", "yid", Spec::plain();
    Yoruba => "yoruba", "yo", "yor", Spec::plain();
    Zulu => "zulu", "zu", "zul", Spec::plain();
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

impl crate::choice::Choice for Language {
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

    /// How specific the language's stems are in general use, if it has a
    /// table for it (`Specificity`; English and Spanish).
    pub fn specificity(self) -> Option<&'static Specificity> {
        self.spec().specificity
    }

    /// The words, in lowercase, that join a noun to its complement inside a
    /// compound term ("de" in Spanish "detección de anomalías"), where the
    /// language forms compounds that way rather than by putting nouns side
    /// by side; empty for the others.
    pub fn compound_joiners(self) -> &'static [&'static str] {
        self.spec().compound_joiners
    }

    /// Whether the language writes every noun with a capital letter
    /// (German: `das neue Gesetz`), so that a noun phrase ends in a
    /// capitalised word.
    pub fn capitalises_nouns(self) -> bool {
        self.spec().capitalised_nouns
    }

    /// Whether the language puts spaces between syllables rather than words
    /// (Vietnamese), so that a word of the tokens is a syllable and most
    /// words are two of them.
    pub fn spaces_syllables(self) -> bool {
        self.spec().spaced_syllables
    }

    /// Endings that only a finite verb of the language has (future,
    /// conditional, past tenses of the Romance languages), which mark a
    /// lowercase word as a verb at a keyphrase's edge.
    pub fn verb_endings(self) -> &'static [&'static str] {
        self.spec().verb_endings
    }

    /// What abridge has for the language.
    pub fn support(self) -> Support {
        let spec = self.spec();
        Support {
            stemmer: spec.stemmer.is_some(),
            particles: spec.particles.is_some(),
            stopwords: stop_words::lookup(self.code()).map_or(0, <[&str]>::len),
            curated_stopwords: spec.curated_stopwords.is_some(),
            lexicon: spec.lexicon.is_some(),
            words: spec.words,
            words_with_feature: (self == Language::Japanese && spec.words != WordSplitter::Lindera)
                .then_some((WordSplitter::Lindera, "japanese")),
            own_sentence_rules: !std::ptr::eq(spec.sentence_rules, &en::SENTENCE_RULES)
                || self == Language::English,
        }
    }
}

/// What abridge has for one language, as `abridge languages` lists it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Support {
    /// Whether words are stemmed (a Snowball algorithm of rust-stemmers).
    pub stemmer: bool,
    /// Whether particles written onto words are taken off (Korean).
    pub particles: bool,
    /// How many words the `stop-words` crate's list has (0: none).
    pub stopwords: usize,
    /// Whether the project adds curated keyphrase stopwords.
    pub curated_stopwords: bool,
    /// Whether a part-of-speech lexicon guides keyphrases.
    pub lexicon: bool,
    /// How words are found.
    pub words: WordSplitter,
    /// A better splitter that a build with the named cargo feature has
    /// (Japanese: lindera, feature `japanese`), when this build lacks it.
    pub words_with_feature: Option<(WordSplitter, &'static str)>,
    /// Whether its sentences follow rules of its own (abbreviations); if
    /// not, the English rules and Unicode's sentence boundaries.
    pub own_sentence_rules: bool,
}

impl Support {
    /// Whether abridge has nothing of its own for the language: no stemmer
    /// and no stopwords. Its words are taken as they are.
    pub fn is_neutral(&self) -> bool {
        !self.stemmer && self.stopwords == 0 && !self.curated_stopwords
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
    /// How its words are found.
    pub words: WordSplitter,
    /// How specific its stems are in general use, if it has a table for it.
    pub specificity: Option<&'static Specificity>,
    /// The length in bytes of a particle written onto a word's end, which
    /// tokens leave out (Korean); `None` where particles stand apart.
    pub particles: Option<fn(&str) -> usize>,
}

impl std::fmt::Debug for Profile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Profile")
            .field("language", &self.language)
            .field("stemmer", &self.stemmer.is_some())
            .field("lexicon", &self.lexicon.is_some())
            .field("specificity", &self.specificity.is_some())
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
            words: spec.words,
            specificity: spec.specificity,
            particles: spec.particles,
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
    fn every_stemmed_language_has_a_stopword_list_and_every_profile_builds() {
        for &lang in Language::ALL {
            let support = lang.support();
            if support.stemmer {
                assert!(support.stopwords > 0, "{lang} has no list");
            }
            // Building the profile creates the stemmer, which must not panic.
            let profile = Profile::of(lang);
            assert_eq!(profile.language, lang);
        }
        assert_eq!(
            Language::ALL.iter().filter(|l| l.support().stemmer).count(),
            18,
            "one language per rust-stemmers algorithm"
        );
    }

    #[test]
    fn every_stop_word_list_has_a_language_and_codes_are_unique() {
        // The codes of the stop-words crate's lists (NLTK and stopwords-iso), but "hinglish",
        // which is not a language of its own.
        let lists = [
            "af", "ar", "az", "be", "bg", "bn", "br", "ca", "cs", "da", "de", "el", "en", "eo",
            "es", "et", "eu", "fa", "fi", "fr", "ga", "gl", "gu", "ha", "he", "hi", "hr", "hu",
            "hy", "id", "it", "ja", "kk", "ko", "ku", "la", "lt", "lv", "mr", "ms", "ne", "nl",
            "no", "pl", "pt", "ro", "ru", "sk", "sl", "so", "sq", "st", "sv", "sw", "ta", "tg",
            "th", "tl", "tr", "uk", "ur", "uz", "vi", "yo", "zh", "zu",
        ];
        for code in lists {
            let lang = Language::parse(code).unwrap();
            assert!(lang.support().stopwords > 0, "{lang}");
        }
        let mut codes: Vec<&str> = Language::ALL.iter().map(|l| l.code()).collect();
        codes.extend(Language::ALL.iter().map(|l| l.iso639_3()));
        let n = codes.len();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), n);
    }

    #[test]
    fn sentence_rules_list_words_without_their_dot() {
        let mut own = 0;
        for &lang in Language::ALL {
            let rules = lang.sentence_rules();
            let lists = [
                rules.never_final,
                rules.before_number,
                rules.ambiguous,
                rules.after_ordinal,
                rules.letter_words,
            ];
            for word in lists.iter().flat_map(|list| list.iter()) {
                assert!(
                    !word.is_empty() && !word.ends_with('.') && !word.contains(char::is_whitespace),
                    "{lang}: {word:?}"
                );
            }
            assert!(
                rules.finals.chars().all(|c| c.is_ascii_punctuation()),
                "{lang}: the marks of other scripts are read in every language"
            );
            own += usize::from(lang.support().own_sentence_rules);
        }
        assert_eq!(own, 29);
        assert!(Language::Greek.sentence_rules().finals.contains(';'));
        assert!(Language::Thai.sentence_rules().spaces_end_sentences);
        assert!(!Language::Khmer.sentence_rules().spaces_end_sentences);
        assert!(Language::Dutch.sentence_rules().digit_openers);
        assert_eq!(Language::Japanese.sentence_rules().after_quote, ["と", "って"]);
    }

    #[test]
    fn a_language_with_nothing_of_its_own_is_neutral() {
        assert!(Language::parse("georgian").unwrap().support().is_neutral());
        assert!(!Language::English.support().is_neutral());
        let vietnamese = Language::parse("vi").unwrap().support();
        assert!(!vietnamese.stemmer && vietnamese.stopwords > 0);
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
