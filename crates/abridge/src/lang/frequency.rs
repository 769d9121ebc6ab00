//! How often each word stem is used in general text: the [`Specificity`] of
//! Spanish, which has no gloss collection; it tells a generic word
//! ("sistema", 442 uses per million words with its inflections) from a
//! specific one ("algoritmo", 7).
//!
//! This room owns the lookup of one stem, as the language's Snowball stemmer
//! gives it, in a table compiled in by `build.rs` (`build_frequency.rs`)
//! from `lexicon/<code>-frequency.txt` (written by
//! `lexicon/word_frequency.py` from the word lists of the wordfreq package,
//! CC-BY-SA 4.0; source and attribution in `lexicon/README.md`), laid out as
//! the part-of-speech tables are (`en/pos/hash.rs`): one hash and one or two
//! slots per stem, read in place, so nothing is built at start-up. It knows
//! nothing of documents or scores; the keyword weight built on the counts is
//! in `keywords/specificity.rs`.
//!
//! The collection is a billion words, and a stem's count its uses in them;
//! the table lists stems used 1,000 times or more (zipf 3, 17,979 Spanish
//! stems; 435 KB in the binary), the rest count as that rare.

use super::en::pos::probe_entry;
use super::Specificity;

/// The idf (natural log) at or below which a stem is generic in a
/// frequency table: `5.5`, so a stem used more than once in about 245
/// words ("de", "que") weighs 0, "año" (once in 1,320) 1.68, "sistema"
/// (once in 2,260) 2.22, "algoritmo" 6.30 and a stem the table lacks 8.31.
/// Chosen on WICC-ES: F1@10 is within 0.7 of its best for every value from
/// 3 to 8 (README.md, Keywords).
const GENERIC_IDF: f64 = 5.5;

mod counts {
    include!(concat!(env!("OUT_DIR"), "/es_frequency.rs"));
}

/// The stems, each followed by its count, as the build script wrote them.
static WORDS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/es_frequency_words.bin"));
/// The hash table over [`WORDS`]: `1 << counts::SLOT_BITS` little-endian
/// `u32` entries.
static TABLE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/es_frequency_slots.bin"));

/// Spanish's specificity table: uses of each stem per billion words.
pub(super) static SPANISH: Specificity = Specificity {
    documents: counts::TOTAL,
    frequency: spanish_count,
    generic_idf: GENERIC_IDF,
    least: counts::LEAST,
};

/// The bytes of a count after its stem (as `build_frequency.rs` writes).
const COUNT_BYTES: usize = 4;

/// The uses of `stem` per billion words, or `None` for a stem used fewer
/// than [`counts::LEAST`] times.
fn spanish_count(stem: &str) -> Option<u32> {
    let (start, len, _) = probe_entry(WORDS, TABLE, counts::SLOT_BITS, stem)?;
    let mut count = [0u8; COUNT_BYTES];
    count.copy_from_slice(&WORDS[start + len..start + len + COUNT_BYTES]);
    Some(u32::from_le_bytes(count))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_stem_of_the_source_list_is_found_with_its_count() {
        let text = include_str!("../../lexicon/es-frequency.txt");
        let mut lines = text.lines();
        assert_eq!(lines.next(), Some("# N\t1000000000"));
        let mut n = 0;
        let mut least = u32::MAX;
        for line in lines {
            let (stem, c) = line.split_once('\t').expect("stem<TAB>count");
            let c: u32 = c.parse().expect("a count");
            assert_eq!(spanish_count(stem), Some(c), "{stem}");
            least = least.min(c);
            n += 1;
        }
        assert_eq!(n, counts::STEMS);
        assert_eq!(SPANISH.documents, 1_000_000_000);
        assert_eq!(SPANISH.least, least);
        assert!(least >= 1_000);
    }

    #[test]
    fn generic_stems_are_frequent_and_rare_ones_absent() {
        use rust_stemmers::{Algorithm, Stemmer};
        let es = Stemmer::create(Algorithm::Spanish);
        let of = |word: &str| spanish_count(&es.stem(word));
        // rust-stemmers' stems are the table's: "sistemas" is "sistem".
        assert_eq!(es.stem("sistemas"), "sistem");
        let (system, algorithm) = (of("sistemas").unwrap(), of("algoritmos").unwrap());
        assert!(system > 50 * algorithm, "{system} {algorithm}");
        assert_eq!(of("xqzwv"), None);
        assert_eq!(spanish_count(""), None);
        assert_eq!(spanish_count(&"a".repeat(200)), None);
    }
}
