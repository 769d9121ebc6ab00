//! The build step of the word-frequency tables (a file of its own, included
//! by `build.rs`): lays out `lexicon/<code>-frequency.txt` (written by
//! `lexicon/word_frequency.py`: how often each Snowball stem of the
//! language is used per billion words) as a hash table of the lexicon's
//! layout (`src/lang/en/pos/hash.rs`), which `src/lang/frequency.rs` reads
//! in place: `OUT_DIR/<code>_frequency_words.bin` (each stem followed by its
//! count in [`COUNT_BYTES`] little-endian bytes),
//! `OUT_DIR/<code>_frequency_slots.bin` (`1 << SLOT_BITS` entries) and
//! `OUT_DIR/<code>_frequency.rs` with the collection's size, the table's
//! least count, the number of stems and the slot bits.

use std::{fs, path::Path};

use super::hash;

/// The languages with a frequency table, by ISO 639-1 code.
const CODES: [&str; 1] = ["es"];

/// The bytes of a stem's count after it in the word list.
pub const COUNT_BYTES: usize = 4;

/// Lays out every language's table.
pub fn tables(out: &Path) {
    for code in CODES {
        table(code, out);
    }
}

fn table(code: &str, out: &Path) {
    let path = format!("lexicon/{code}-frequency.txt");
    println!("cargo::rerun-if-changed={path}");
    let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut lines = text.lines();
    let total: u32 = lines
        .next()
        .and_then(|l| l.strip_prefix("# N\t"))
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("{path}: the first line is not '# N<TAB>words'"));
    let entries: Vec<(&str, u32)> = lines
        .map(|line| {
            let (stem, count) = line
                .split_once('\t')
                .unwrap_or_else(|| panic!("{path}: {line:?} is not 'stem<TAB>count'"));
            let count: u32 = count
                .parse()
                .unwrap_or_else(|_| panic!("{path}: {line:?}: bad count"));
            (stem, count)
        })
        .collect();
    // At most half full, so that a lookup reads one or two slots.
    let bits = (entries.len() * 2).next_power_of_two().trailing_zeros();
    let slot_count = 1usize << bits;
    let mut slots = vec![0u32; slot_count];
    let mut words: Vec<u8> = Vec::new();
    let mut previous = "";
    let mut least = u32::MAX;
    for &(stem, count) in &entries {
        assert!(
            stem > previous
                && !stem.is_empty()
                && stem.len() < hash::MAX_LEN
                && stem
                    .chars()
                    .all(|c| !c.is_uppercase() && !c.is_whitespace()),
            "{path}: {stem:?} is out of order, repeated, too long or not a lowercase stem"
        );
        assert!(
            count > 0 && count <= total,
            "{path}: {stem:?}: its count is 0 or above the total"
        );
        least = least.min(count);
        let offset = u32::try_from(words.len())
            .ok()
            .filter(|&o| o < 1 << 22)
            .expect("the word list fits 22 bits of offset");
        let mut i = hash::home_slot(stem.as_bytes(), bits);
        while slots[i] != 0 {
            i = (i + 1) % slot_count;
        }
        slots[i] = hash::encode(offset, stem.len(), 0);
        words.extend_from_slice(stem.as_bytes());
        words.extend_from_slice(&count.to_le_bytes()[..COUNT_BYTES]);
        previous = stem;
    }
    assert!(!entries.is_empty(), "{path}: no stems");
    fs::write(out.join(format!("{code}_frequency_words.bin")), &words)
        .expect("write a frequency word list");
    let table: Vec<u8> = slots.iter().flat_map(|s| s.to_le_bytes()).collect();
    fs::write(out.join(format!("{code}_frequency_slots.bin")), table)
        .expect("write a frequency table");
    let stems = entries.len();
    let rust = format!(
        "/// The number of words the counts are per.\n\
         pub const TOTAL: u32 = {total};\n\
         /// The least count the table lists.\n\
         pub const LEAST: u32 = {least};\n\
         /// The number of stems in the table (the tests check it).\n\
         #[allow(dead_code)]\n\
         pub const STEMS: usize = {stems};\n\
         /// log2 of the number of slots.\n\
         pub const SLOT_BITS: u32 = {bits};\n"
    );
    fs::write(out.join(format!("{code}_frequency.rs")), rust).expect("write a frequency module");
}
