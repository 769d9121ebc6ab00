//! The layout of the compiled-in lexicon tables, shared by the build script
//! (which fills them from `lexicon/*.txt`) and by [`super`] (which reads
//! them). Both must hash a word to the same slot, so the function lives here
//! once and the build script includes this file by path.
//!
//! Three tables share the layout: the word classes (`en-not-nominal.txt`,
//! `en-mixed.txt`, `en-nominal-ly.txt`; about 10,500 words in 32,768 slots),
//! the edge readings (`en-edge-*.txt`; about 36,600 words in 131,072 slots)
//! and the gloss counts of stems (`en-gloss-df.txt`, about 21,300 stems in
//! 65,536 slots, read by `en/gloss.rs`). Each is open addressing with linear
//! probing: `1 << bits` entries of one little-endian `u32` each, 0 for an
//! empty slot, otherwise `offset << 10 | length << 4 | class`, where `offset`
//! and `length` locate the word in the table's concatenated word list and
//! `class` is one of the `CLASS_*` or `EDGE_*` codes (0 in the gloss table).
//! Every table is at most about half full, so a lookup reads one or two
//! slots on average.

/// log₂ of the number of slots of the class table.
pub const SLOT_BITS: u32 = 15;
/// log₂ of the number of slots of the edge table.
pub const EDGE_SLOT_BITS: u32 = 17;
/// log₂ of the number of slots of the gloss table (`en-gloss-df.txt`, about
/// 21,300 stems), whose word list follows each stem with the number of
/// glosses it is in, as [`GLOSS_COUNT_BYTES`] little-endian bytes; its
/// entries' class is 0.
pub const GLOSS_SLOT_BITS: u32 = 16;
/// The bytes of a stem's gloss count after it in the gloss table's word list.
pub const GLOSS_COUNT_BYTES: usize = 3;
/// Words of this many bytes or more cannot be stored (6 bits of length).
pub const MAX_LEN: usize = 64;

/// The class code of `lexicon/en-not-nominal.txt`.
pub const CLASS_NOT_NOMINAL: u32 = 1;
/// The class code of `lexicon/en-mixed.txt`.
pub const CLASS_MIXED: u32 = 2;
/// The class code of `lexicon/en-nominal-ly.txt`.
pub const CLASS_NOMINAL: u32 = 3;

/// The edge code of `lexicon/en-edge-participle.txt`.
pub const EDGE_PARTICIPLE: u32 = 1;
/// The edge code of `lexicon/en-edge-verb.txt`.
pub const EDGE_VERB: u32 = 2;
/// The edge code of `lexicon/en-edge-adverb.txt`.
pub const EDGE_ADVERB: u32 = 3;
/// The edge code of `lexicon/en-edge-determiner.txt`.
pub const EDGE_DETERMINER: u32 = 4;
/// The edge code of `lexicon/en-edge-pronoun.txt`.
pub const EDGE_PRONOUN: u32 = 5;
/// The edge code of `lexicon/en-edge-preposition.txt`.
pub const EDGE_PREPOSITION: u32 = 6;
/// The edge code of `lexicon/en-edge-conjunction.txt`.
pub const EDGE_CONJUNCTION: u32 = 7;
/// The edge code of `lexicon/en-edge-adjective.txt`.
pub const EDGE_ADJECTIVE: u32 = 8;
/// The edge code of `lexicon/en-edge-adjective-verb.txt`.
pub const EDGE_ADJECTIVE_VERB: u32 = 9;

/// The home slot of `word` in a table of `1 << bits` slots: the top bits of
/// a multiplicative hash (the multiplier is FxHash's; the top bits are the
/// well-mixed ones) over the word eight bytes at a time, with its length.
/// A word shorter than eight bytes is read as its first and last four bytes
/// (overlapping), or below four as its first, middle and last byte; a
/// longer one as its 8-byte pieces and its last eight bytes. So every byte
/// is read, and every read has a fixed size: most words take one
/// multiplication and no call to `memcpy`. A step a byte cost the
/// part-of-speech and gloss lookups about 15% more instructions (callgrind,
/// `examples/calls.rs`); the layout is the build script's, so only where
/// words sit in the tables changes, never what a lookup finds.
pub fn home_slot(word: &[u8], bits: u32) -> usize {
    let step = |h: u64, piece: u64| (h.rotate_left(5) ^ piece).wrapping_mul(0x517c_c1b7_2722_0a95);
    let u32_at = |i: usize| {
        u64::from(u32::from_le_bytes([
            word[i],
            word[i + 1],
            word[i + 2],
            word[i + 3],
        ]))
    };
    let u64_at = |i: usize| {
        let mut bytes = [0u8; 8];
        bytes.copy_from_slice(&word[i..i + 8]);
        u64::from_le_bytes(bytes)
    };
    let len = word.len();
    let length = (len as u64) << 56;
    let h = if len >= 8 {
        let mut h = 0;
        let mut i = 0;
        while i + 8 <= len {
            h = step(h, u64_at(i));
            i += 8;
        }
        if i < len {
            h = step(h, u64_at(len - 8));
        }
        step(h, length)
    } else if len >= 4 {
        step(0, (u32_at(0) | (u32_at(len - 4) << 32)) ^ length)
    } else if len > 0 {
        let piece =
            u64::from(word[0]) | (u64::from(word[len / 2]) << 8) | (u64::from(word[len - 1]) << 16);
        step(0, piece | length)
    } else {
        step(0, 0)
    };
    (h >> (64 - bits)) as usize
}

/// The entry of a word at `offset` in the word list, `len` bytes long, of
/// class `class`. Only the build script writes entries; the library reads
/// them, and tests the round trip.
#[cfg_attr(not(test), allow(dead_code))]
pub fn encode(offset: u32, len: usize, class: u32) -> u32 {
    offset << 10 | (len as u32) << 4 | class
}

/// The word's position in the word list, its length and its class code.
pub fn decode(entry: u32) -> (usize, usize, u32) {
    (
        (entry >> 10) as usize,
        ((entry >> 4) & 63) as usize,
        entry & 15,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_entry_decodes_to_what_was_encoded() {
        for (offset, len, class) in [(0, 1, 1), (123_456, 63, 15), ((1 << 22) - 1, 5, 4)] {
            let entry = encode(offset, len, class);
            assert_ne!(entry, 0, "a filled slot is never empty");
            assert_eq!(decode(entry), (offset as usize, len, class));
        }
    }

    #[test]
    fn every_byte_and_the_length_move_the_hash() {
        // With all 64 bits kept, a step is a bijection of its piece, so a
        // word that differs in one byte, or is one byte longer, hashes
        // elsewhere.
        let word: Vec<u8> = (b'a'..=b'z').collect();
        for len in 1..=20 {
            let base = home_slot(&word[..len], 64);
            assert_ne!(base, home_slot(&word[..len + 1], 64), "length {len}");
            for at in 0..len {
                let mut other = word[..len].to_vec();
                other[at] = b'_';
                assert_ne!(base, home_slot(&other, 64), "byte {at} of {len}");
            }
        }
    }

    #[test]
    fn home_slots_fall_inside_the_table() {
        for word in [&b"a"[..], b"economy", b"teetered"] {
            assert!(home_slot(word, SLOT_BITS) < 1 << SLOT_BITS);
            assert!(home_slot(word, EDGE_SLOT_BITS) < 1 << EDGE_SLOT_BITS);
        }
    }
}
