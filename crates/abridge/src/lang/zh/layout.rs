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
//! group by their length in characters: one segment per level of the trie,
//! its nodes sorted. A node's children are then a run of the next level,
//! found from the node's record, and the child on a character is found by
//! bisection in that run: of the 201,069 nodes with children, 78% have one
//! and 2% more than a dozen (at most 929, under a first character).
//!
//! - **Character ids.** Every character of the dictionary (12,045, all in
//!   the Basic Multilingual Plane) gets an id from 1 in code point order; 0
//!   means "in no dictionary word". [`char_id`] maps a character through two
//!   tables: `PAGES` (256 little-endian `u16`, one per high byte of a BMP
//!   code point: the page's number from 1, or 0 when no dictionary character
//!   falls in it) and `IDS` (256 little-endian `u16` ids per page).
//! - **Groups.** `GROUPS` holds `chars + 2` little-endian `u32`: entry `id`
//!   is the index of the first segment of the group of character `id`,
//!   entry `id + 1` the end of it (entry 0 is unused). A group's segments
//!   are its levels in order, lengths 1, 2, 3, ... with none missing; level
//!   1 is the one node of the character itself.
//! - **Segments.** `SEGMENTS` holds [`SEGMENT_BYTES`] per segment: the index
//!   of its first record (`u32`), its record count (`u16`) and its nodes'
//!   length in characters (`u16`), little-endian.
//! - **Records.** [`RECORD_U16S`] little-endian `u16` per node: the id of
//!   its last character; a mark, [`HAS_LONGER`] if longer words start with
//!   it and in the low 15 bits its frequency's index in `FREQS`, or
//!   [`NOT_A_WORD`]; and the index, in the next level's segment, of its
//!   first child. Its children end where the next node's begin, or at the
//!   end of the next level for the last node of a level.
//! - **Frequencies.** `FREQS` holds the dictionary's distinct frequencies
//!   (5,087 of them) as little-endian `u32`, rising; a record names one by
//!   index, two bytes instead of four for each word.
//!
//! The whole takes 3.3 MB (3.0 MB of it records), against 5.1 MB for the
//! text it comes from. Two smaller layouts were slower where it counts, on
//! long Chinese documents (20 MB in one document, CPU of the whole run):
//! the words alone, each record holding all its characters, 2.4 MB, 4.7 s
//! (no walk can stop at a prefix no word has); every prefix so, 3.2 MB,
//! 3.7 s (each level bisected whole); this one, 3.3 s.

/// Bytes per entry of `SEGMENTS`.
pub const SEGMENT_BYTES: usize = 8;

/// `u16` per entry of `RECORDS`: last character, mark, first child.
pub const RECORD_U16S: usize = 3;

/// The bit of a record's mark that says longer words start with its prefix.
pub const HAS_LONGER: u16 = 0x8000;

/// The low 15 bits of the mark of a prefix that is not a word.
pub const NOT_A_WORD: u16 = 0x7FFF;

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

/// A run of records: the nodes of one level of one character's group, the
/// prefixes of one length that start with that character.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Segment {
    /// Index of the first record in `RECORDS`.
    pub offset: usize,
    /// How many records.
    pub count: usize,
    /// The nodes' length in characters.
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
        let offset = u32::try_from(self.offset).expect("records fit 32 bits of index");
        let count = u16::try_from(self.count).expect("a segment holds under 65,536 words");
        let chars = u16::try_from(self.chars).expect("words are short");
        bytes[..4].copy_from_slice(&offset.to_le_bytes());
        bytes[4..6].copy_from_slice(&count.to_le_bytes());
        bytes[6..].copy_from_slice(&chars.to_le_bytes());
        bytes
    }
}
