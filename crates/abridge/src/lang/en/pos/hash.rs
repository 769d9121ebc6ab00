//! The layout of the compiled-in lexicon table, shared by the build script
//! (which fills the table from `lexicon/*.txt`) and by [`super`] (which reads
//! it). Both must hash a word to the same slot, so the function lives here
//! once and the build script includes this file by path.
//!
//! The table is open addressing with linear probing: `SLOTS` entries of one
//! little-endian `u32` each, 0 for an empty slot, otherwise
//! `offset << 8 | length << 2 | class`, where `offset` and `length` locate the
//! word in the concatenated word list and `class` is one of the `CLASS_*`
//! codes. With about 10,500 words in 32,768 slots the table is a third full,
//! so a lookup reads one or two slots on average.

/// log₂ of the number of slots.
pub const SLOT_BITS: u32 = 15;
/// The number of slots: a power of two, about three times the word count.
pub const SLOTS: usize = 1 << SLOT_BITS;
/// Words of this many bytes or more cannot be stored (6 bits of length).
pub const MAX_LEN: usize = 64;

/// The class code of `lexicon/en-not-nominal.txt`.
pub const CLASS_NOT_NOMINAL: u32 = 1;
/// The class code of `lexicon/en-mixed.txt`.
pub const CLASS_MIXED: u32 = 2;
/// The class code of `lexicon/en-nominal-ly.txt`.
pub const CLASS_NOMINAL: u32 = 3;

/// The home slot of `word`: the top bits of a multiplicative hash over its
/// bytes (the multiplier is FxHash's; the top bits are the well-mixed ones).
pub fn home_slot(word: &[u8]) -> usize {
    let mut h: u64 = 0;
    for &b in word {
        h = (h.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
    (h >> (64 - SLOT_BITS)) as usize
}

/// The word's position in the word list, its length and its class code.
pub fn decode(entry: u32) -> (usize, usize, u32) {
    (
        (entry >> 8) as usize,
        ((entry >> 2) & 63) as usize,
        entry & 3,
    )
}
