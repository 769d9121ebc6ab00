//! How many of WordNet 3.1's glosses each English stem is in: the reference
//! collection of English's [`Specificity`], which tells a generic word
//! ("use", in 6,718 glosses) from a specific one ("network", in 124).
//!
//! This room owns the lookup of one stem, as the English Snowball stemmer
//! gives it, in a table compiled in by `build.rs` from
//! `lexicon/en-gloss-df.txt` (written by `lexicon/gloss_df.py`; source and
//! WordNet licence in `lexicon/README.md`), laid out as the part-of-speech
//! tables are (`pos/hash.rs`): one hash and one or two slots per stem, read
//! in place. It knows nothing of documents or scores; the keyword weight
//! built on the counts is in `keywords/specificity.rs`.

use super::pos::{hash, probe_entry};
use crate::lang::Specificity;

mod counts {
    include!(concat!(env!("OUT_DIR"), "/gloss.rs"));
}

/// The stems, each followed by its gloss count, as the build script wrote them.
static WORDS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/gloss_words.bin"));
/// The hash table over [`WORDS`]: `1 << hash::GLOSS_SLOT_BITS` little-endian
/// `u32` entries.
static TABLE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/gloss_slots.bin"));

/// English's specificity table: stems in two or more of WordNet 3.1's
/// glosses, each gloss (a definition with its examples) one document.
pub(super) static SPECIFICITY: Specificity = Specificity {
    documents: counts::GLOSSES,
    frequency: gloss_count,
    // Chosen on the four English keyphrase sets (`keywords/specificity.rs`):
    // a stem in more than about 5% of the glosses (`e^-3`) weighs nothing.
    generic_idf: 3.0,
    least: 2,
};

/// The number of glosses `stem` is in, or `None` for a stem in fewer than
/// two (jargon, names, numbers, other scripts).
fn gloss_count(stem: &str) -> Option<u32> {
    let (start, len, _) = probe_entry(WORDS, TABLE, hash::GLOSS_SLOT_BITS, stem)?;
    let mut count = [0u8; 4];
    count[..hash::GLOSS_COUNT_BYTES]
        .copy_from_slice(&WORDS[start + len..start + len + hash::GLOSS_COUNT_BYTES]);
    Some(u32::from_le_bytes(count))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_stem_of_the_source_list_is_found_with_its_count() {
        let text = include_str!("../../../lexicon/en-gloss-df.txt");
        let mut lines = text.lines();
        assert_eq!(lines.next(), Some("# N\t117791"));
        assert_eq!(counts::GLOSSES, 117_791);
        let mut stems = 0;
        for line in lines {
            let (stem, df) = line.split_once('\t').expect("stem<TAB>df");
            assert_eq!(gloss_count(stem), df.parse().ok(), "{stem}");
            stems += 1;
        }
        assert_eq!(stems, counts::STEMS);
    }

    #[test]
    fn known_counts_and_unknown_stems() {
        assert_eq!(gloss_count("use"), Some(6_718));
        assert_eq!(gloss_count("network"), Some(124));
        // In one gloss or none, or no stem the table can hold.
        assert_eq!(gloss_count("keyphras"), None);
        assert_eq!(gloss_count("a.m"), None);
        assert_eq!(gloss_count("网络"), None);
        assert_eq!(gloss_count(""), None);
        assert_eq!(gloss_count(&"a".repeat(200)), None);
    }
}
