//! The layout of jieba's dictionary as compiled into the binary, shared by
//! the build script (which writes it from `data/jieba/dict.txt`) and by
//! [`super`] (which reads it in place). Both must agree on every offset, so
//! the constants and the decoding live here once and the build script
//! includes this file by path.
//!
//! The question the layout answers is the one segmentation asks at every
//! character of a text: which dictionary words start here? The answer is a
//! walk down a trie, one character at a time, that stops at the first
//! prefix no word has. The trie's nodes (every prefix of every word: 498,113
//! for 349,045 words) are grouped by their first character, and within a
//! group by their length in characters: one segment per level, each a sorted
//! run of fixed-width records searched by bisection, so the layout needs no
//! pointers.
//!
//! - **Character ids.** Every character of the dictionary (12,045, all in
//!   the Basic Multilingual Plane) gets an id from 1 in code point order; 0
//!   means "in no dictionary word". [`char_id`] maps a character through two
//!   tables: `PAGES` (256 little-endian `u16`, one per high byte of a BMP
//!   code point: the page's number from 1, or 0 when no dictionary character
//!   falls in it) and `IDS` (256 little-endian `u16` ids per page).
//! - **Groups.** `GROUPS` holds `chars + 2` little-endian `u32`: entry `id`
//!   is the index of the first segment of the prefixes that start with
//!   character `id`, entry `id + 1` the end of them (entry 0 is unused). A
//!   group's segments are its levels in order, lengths 1, 2, 3, ... with none
//!   missing.
//! - **Segments.** `SEGMENTS` holds [`SEGMENT_BYTES`] per segment: the byte
//!   offset of its first record (`u32`), its record count (`u16`) and its
//!   prefixes' length in characters (`u16`), little-endian.
//! - **Records.** A prefix of `n` characters is `n - 1` big-endian `u16` ids
//!   (its characters after the first) followed by a big-endian `u16` mark:
//!   [`HAS_LONGER`] if longer words start with it, and in the low 15 bits its
//!   frequency's index in `FREQS`, or [`NOT_A_WORD`]. That is `2n` bytes.
//!   Big-endian ids make byte order equal id order, so records sort and
//!   compare as plain bytes.
//! - **Frequencies.** `FREQS` holds the dictionary's distinct frequencies
//!   (5,087 of them) as little-endian `u32`, rising; a record names one by
//!   index, two bytes instead of four for each word.
//!
//! The whole takes 3.2 MB (2.8 MB of it records), against 5.1 MB for the
//! text it comes from. Without the prefixes that are not words (records of
//! words only, a segment per length) it took 2.4 MB, but a walk could not
//! stop early and searched 2.6 times as many segments.

/// Bytes per entry of `SEGMENTS`.
pub const SEGMENT_BYTES: usize = 8;

/// The bit of a record's mark that says longer words start with its prefix.
pub const HAS_LONGER: u16 = 0x8000;

/// The low 15 bits of the mark of a prefix that is not a word.
pub const NOT_A_WORD: u16 = 0x7FFF;

/// The longest word, in characters, the layout can hold; a walk from one
/// character never reads further than this.
pub const MAX_CHARS: usize = 32;

/// The id of `c` from `pages` and `ids` (see the module's documentation);
/// 0 when `c` is in no dictionary word.
pub fn char_id(pages: &[u8], ids: &[u8], c: char) -> u16 {
    let code = c as u32;
    if code > 0xFFFF {
        return 0;
    }
    let page = u16_le(pages, (code >> 8) as usize);
    if page == 0 {
        return 0;
    }
    u16_le(ids, (usize::from(page) - 1) * 256 + (code & 0xFF) as usize)
}

/// The `i`-th little-endian `u16` of `bytes`.
pub fn u16_le(bytes: &[u8], i: usize) -> u16 {
    u16::from_le_bytes([bytes[2 * i], bytes[2 * i + 1]])
}

/// The `i`-th little-endian `u32` of `bytes`.
pub fn u32_le(bytes: &[u8], i: usize) -> u32 {
    let at = 4 * i;
    u32::from_le_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]])
}

/// A run of records: the words of one length that start with one
/// character.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Segment {
    /// Byte offset of the first record in `RECORDS`.
    pub offset: usize,
    /// How many records.
    pub count: usize,
    /// The words' length in characters.
    pub chars: usize,
}

impl Segment {
    /// The segment at index `i` of `segments`.
    pub fn read(segments: &[u8], i: usize) -> Segment {
        let at = i * SEGMENT_BYTES;
        Segment {
            offset: u32_le(segments, at / 4) as usize,
            count: usize::from(u16_le(segments, at / 2 + 2)),
            chars: usize::from(u16_le(segments, at / 2 + 3)),
        }
    }

    /// The segment's bytes in `SEGMENTS`.
    #[allow(dead_code)] // the build script writes, the library only reads
    pub fn write(self) -> [u8; SEGMENT_BYTES] {
        let mut bytes = [0; SEGMENT_BYTES];
        let offset = u32::try_from(self.offset).expect("records fit 32 bits of offset");
        let count = u16::try_from(self.count).expect("a segment holds under 65,536 words");
        let chars = u16::try_from(self.chars).expect("words are short");
        bytes[..4].copy_from_slice(&offset.to_le_bytes());
        bytes[4..6].copy_from_slice(&count.to_le_bytes());
        bytes[6..].copy_from_slice(&chars.to_le_bytes());
        bytes
    }

    /// Bytes per record: the ids after the first character and the
    /// frequency index.
    pub fn record_bytes(self) -> usize {
        2 * self.chars
    }
}
