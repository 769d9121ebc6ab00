//! English: the sentence rules (abbreviations), the curated keyphrase
//! stopwords (`stopwords/en.txt`), the part-of-speech lexicon ([`pos`]) and
//! the gloss counts of stems, its
//! [`Specificity`](super::Specificity) (`gloss.rs`).
//!
//! Receives words as the text room asks about them; knows nothing of spans,
//! tokens or scores.

mod gloss;
pub mod pos;

use super::{Lexicon, SentenceRules, Spec};
use rust_stemmers::Algorithm;

/// What English has of its own.
pub(super) const SPEC: Spec = Spec {
    stemmer: Some(Algorithm::English),
    sentence_rules: &SENTENCE_RULES,
    curated_stopwords: Some(include_str!("../../../stopwords/en.txt")),
    // English puts nouns side by side ("anomaly detection"): the lexicon's
    // runs hold its compounds, and joining at "of" lowered F1@10 on every
    // English keyphrase set (README.md, Keywords).
    compound_joiners: &[],
    lexicon: Some(&EnglishLexicon),
    words: super::WordSplitter::Unicode,
    specificity: Some(&gloss::SPECIFICITY),
    stopword_spelling: None,
    capitalised_nouns: false,
    spaced_syllables: false,
    verb_endings: &[],
    particles: None,
};

/// The English sentence rules, which every language without rules of its
/// own takes too.
pub(super) const SENTENCE_RULES: SentenceRules = SentenceRules {
    never_final: NEVER_FINAL,
    before_number: BEFORE_NUMBER,
    ambiguous: AMBIGUOUS,
    openers: OPENERS,
    letter_words: &["I"],
    ..SentenceRules::NONE
};

/// Abbreviations after which a sentence never ends: titles before names, Latin, months.
const NEVER_FINAL: &[&str] = &[
    "Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "St", "Mt", "Sen", "Sens", "Rep", "Reps", "Gov",
    "Gen", "Col", "Lt", "Maj", "Sgt", "Capt", "Cmdr", "Adm", "Rev", "Hon", "Atty", "Dist", "e.g",
    "i.e", "cf", "vs", "viz", "Jan", "Feb", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
];

/// Abbreviations that do not end a sentence before a number, but are words otherwise (`No.`).
const BEFORE_NUMBER: &[&str] = &[
    "No", "Nos", "Vol", "Fig", "Art", "Sec", "Ch", "no", "nos", "vol", "fig", "art", "sec", "ch",
    "p", "pp", "Mar", "Apr", "Jun", "Jul",
];

/// Abbreviations that often end a sentence too; initials and dotted acronyms (`U.S.`) behave
/// the same.
const AMBIGUOUS: &[&str] = &[
    "Inc", "Ltd", "Co", "Corp", "Bros", "Jr", "Sr", "etc", "al", "Ph.D",
];

/// Capitalised words that commonly open a sentence, so they end an ambiguous abbreviation.
const OPENERS: &[&str] = &[
    "A", "After", "All", "Also", "Although", "An", "And", "Any", "Are", "As", "At",
    "Because", "Before", "Both", "But", "By", "Despite", "Did", "Do", "Does", "Dr.", "During",
    "Each", "Even", "Every", "Everyone", "Few", "For", "From", "He", "Her", "Here", "His", "How",
    "However", "I", "If", "In", "Instead", "Is", "It", "Its", "Last", "Let", "Like", "Many",
    "Meanwhile", "More", "Most", "Mr.", "Mrs.", "Ms.", "Much", "My", "Neither", "No", "Nobody",
    "Not", "Nothing", "Now", "On", "Once", "One", "Only", "Or", "Other", "Our", "She", "Since",
    "So", "Some", "Still", "Such", "That", "The", "Their", "Then", "There", "These", "They", "This",
    "Those", "Thus", "To", "Until", "Was", "We", "Were", "What", "When", "Where", "Whether",
    "Which", "While", "Who", "Why", "With", "Without", "Yes", "Yet", "You",
    // The pronoun `I` with a verb attached, straight or curly.
    "I'm", "I've", "I'll", "I'd", "I’m", "I’ve", "I’ll", "I’d",
];

/// The English part-of-speech lexicon, compiled in ([`pos`]).
#[derive(Debug)]
struct EnglishLexicon;

impl Lexicon for EnglishLexicon {
    fn can_be_in_noun_phrase(&self, word: &str) -> bool {
        pos::can_be_in_noun_phrase(word)
    }

    fn is_mostly_verb(&self, word: &str) -> bool {
        pos::classify(word) == pos::WordClass::Mixed
    }

    fn is_verb_marker(&self, word: &str) -> bool {
        pos::is_verb_marker(word)
    }

    fn is_number_or_time(&self, word: &str) -> bool {
        pos::is_number_or_time(word)
    }

    fn edge(&self, word: &str) -> pos::Edge {
        pos::edge(word)
    }
}
