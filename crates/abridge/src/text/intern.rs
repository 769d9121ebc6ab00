//! Compact interning: a hash table of dense `u32` ids whose keys live with
//! the caller, and a string interner built on it.
//!
//! This room owns how the pipeline's per-document tables (stems, word forms,
//! keyword candidates) find an id by its key in little memory: a
//! `HashMap<String, u32>` costs about 60 bytes per key on top of a second
//! copy of the key, while [`IdTable`] costs 8 bytes (two slots of 4 bytes at
//! a load of at most one half) and stores no key at all: the caller keeps
//! its keys once, in id order, and tells the table how to hash and compare
//! them. On a long document of distinct words these tables were the larger
//! part of the peak memory (issue 11, item 5).
//!
//! Receives keys through closures; knows no text, no language and no
//! weights. Lookups only: ids are given by the caller (in order of first
//! occurrence), so nothing that reaches output depends on the table's
//! layout.

use rustc_hash::FxHasher;
use std::hash::{Hash, Hasher};

/// The marker of an empty slot.
const EMPTY: u32 = u32::MAX;

/// The smallest table [`IdTable::compact`] rebuilds, in slots (256 KiB).
const COMPACT_FROM: usize = 1 << 16;

/// The hash of a key, as every table of this room takes it.
pub fn hash_of<K: Hash + ?Sized>(key: &K) -> u64 {
    let mut hasher = FxHasher::default();
    key.hash(&mut hasher);
    hasher.finish()
}

/// An open-addressing hash table (linear probing) of ids below `u32::MAX`,
/// keyed by whatever the caller says the id stands for.
#[derive(Clone, Debug, Default)]
pub struct IdTable {
    /// A power of two of slots (or none), each an id or [`EMPTY`].
    slots: Vec<u32>,
    /// How many ids are stored.
    len: usize,
}

impl IdTable {
    /// A table that holds `capacity` ids without growing.
    pub fn with_capacity(capacity: usize) -> IdTable {
        let mut table = IdTable::default();
        if capacity > 0 {
            table.slots = vec![EMPTY; (capacity * 2).next_power_of_two()];
        }
        table
    }

    /// The id whose key has `hash` and for which `is_key` holds, if any.
    pub fn find(&self, hash: u64, mut is_key: impl FnMut(u32) -> bool) -> Option<u32> {
        if self.slots.is_empty() {
            return None;
        }
        let mask = self.slots.len() - 1;
        let mut at = hash as usize & mask;
        loop {
            match self.slots[at] {
                EMPTY => return None,
                id if is_key(id) => return Some(id),
                _ => at = (at + 1) & mask,
            }
        }
    }

    /// Stores `id`, whose key has `hash` and is not in the table yet.
    /// `hash_of_id` gives the hash of any id already stored, for when the
    /// table grows.
    pub fn insert(&mut self, hash: u64, id: u32, mut hash_of_id: impl FnMut(u32) -> u64) {
        debug_assert_ne!(id, EMPTY, "an id is below u32::MAX");
        if (self.len + 1) * 2 > self.slots.len() {
            let size = (self.slots.len() * 2).max(16);
            let old = std::mem::replace(&mut self.slots, vec![EMPTY; size]);
            for stored in old.into_iter().filter(|&s| s != EMPTY) {
                self.place(hash_of_id(stored), stored);
            }
        }
        self.place(hash, id);
        self.len += 1;
    }

    /// Puts `id` in the first free slot from its hash.
    fn place(&mut self, hash: u64, id: u32) {
        let mask = self.slots.len() - 1;
        let mut at = hash as usize & mask;
        while self.slots[at] != EMPTY {
            at = (at + 1) & mask;
        }
        self.slots[at] = id;
    }

    /// Rebuilds a table that takes no more ids (a finished vocabulary) at a
    /// load of up to three quarters, where a growing table keeps at most
    /// one half: lookups probe a little further, and a table of a million
    /// ids takes 4 MiB less or more. Tables under [`COMPACT_FROM`] slots are
    /// left as they are: rehashing costs time and would save little. An
    /// insert after this grows the table again as usual.
    pub fn compact(&mut self, mut hash_of_id: impl FnMut(u32) -> u64) {
        let size = (self.len * 4).div_ceil(3).max(1).next_power_of_two();
        if self.slots.len() < COMPACT_FROM || size >= self.slots.len() {
            return;
        }
        let old = std::mem::replace(&mut self.slots, vec![EMPTY; size]);
        for stored in old.into_iter().filter(|&s| s != EMPTY) {
            self.place(hash_of_id(stored), stored);
        }
    }

    /// How many ids are stored.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether no id is stored.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

/// Distinct strings with dense ids in order of first occurrence, stored
/// once, end to end in one buffer.
#[derive(Clone, Debug, Default)]
pub struct Interner {
    /// Every string, end to end, in id order.
    bytes: String,
    /// Where string `id` ends in `bytes`; it starts where `id - 1` ends.
    ends: Ends,
    table: IdTable,
}

/// Increasing offsets in 4 bytes each, where a `usize` takes 8: the low 32
/// bits of each, and the first index of each higher run of 4 Gi apart
/// (empty unless the offsets pass 4 Gi, which the strings of inputs
/// bounded below 4 GiB reach only if lowercasing lengthens them). The ends
/// of an interner's strings, and of each keyword candidate's words.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Ends {
    low: Vec<u32>,
    /// `(index, high)`: from `index` on, the offsets' upper bits are `high`.
    high: Vec<(usize, usize)>,
}

impl Ends {
    /// No offsets, with room for `capacity`.
    pub fn with_capacity(capacity: usize) -> Ends {
        Ends {
            low: Vec::with_capacity(capacity),
            high: Vec::new(),
        }
    }

    /// Appends `end`, which is at least the last one.
    pub fn push(&mut self, end: usize) {
        let high = (end as u64 >> 32) as usize;
        if high != self.high.last().map_or(0, |&(_, h)| h) {
            self.high.push((self.low.len(), high));
        }
        self.low.push(end as u32);
    }

    /// Offset `i`.
    #[inline]
    pub fn get(&self, i: usize) -> usize {
        let low = self.low[i] as usize;
        if self.high.is_empty() {
            low
        } else {
            self.above_4_gi(i, low)
        }
    }

    /// Every offset, as `u32`s, when none passes 4 Gi (every input the
    /// pipeline takes): what a loop over all of them reads without a check
    /// for each.
    #[inline]
    pub fn narrow(&self) -> Option<&[u32]> {
        self.high.is_empty().then_some(self.low.as_slice())
    }

    /// Offset `i`, whose low 32 bits are `low`, when some offsets pass 4 Gi.
    #[cold]
    #[inline(never)]
    fn above_4_gi(&self, i: usize, low: usize) -> usize {
        let run = self.high.partition_point(|&(index, _)| index <= i);
        let high = if run == 0 { 0 } else { self.high[run - 1].1 };
        ((high as u64) << 32 | low as u64) as usize
    }

    /// How many offsets there are.
    pub fn len(&self) -> usize {
        self.low.len()
    }

    /// Whether there is none.
    pub fn is_empty(&self) -> bool {
        self.low.is_empty()
    }

    /// Gives back the room reserved for more.
    pub fn shrink_to_fit(&mut self) {
        self.low.shrink_to_fit();
    }
}

impl Interner {
    /// An interner that holds `capacity` strings before its table grows,
    /// and room for their bytes at eight a string (a stem of prose is
    /// shorter), so that the buffer is not regrown string after string.
    pub fn with_capacity(capacity: usize) -> Interner {
        Interner {
            bytes: String::with_capacity(capacity.saturating_mul(8)),
            ends: Ends::with_capacity(capacity),
            table: IdTable::with_capacity(capacity),
        }
    }

    /// The id of `s`, adding it if it is new.
    pub fn intern(&mut self, s: &str) -> u32 {
        match self.lookup(s) {
            Ok(id) => id,
            Err(absent) => self.add(s, absent),
        }
    }

    /// [`Self::intern`] of a string whose [`hash_of`] the caller kept.
    pub fn intern_hashed(&mut self, s: &str, hash: u64) -> u32 {
        debug_assert_eq!(hash, hash_of(s), "`hash` is the hash of `s`");
        match self.find(hash, s) {
            Some(id) => id,
            None => self.add(s, Absent(hash)),
        }
    }

    /// The id of `s` if it was interned, else what [`Interner::add`] needs to
    /// add it without hashing it again.
    pub fn lookup(&self, s: &str) -> Result<u32, Absent> {
        let hash = hash_of(s);
        self.find(hash, s).ok_or(Absent(hash))
    }

    /// Adds `s`, which [`Interner::lookup`] found absent (and nothing was
    /// added since), and returns its id.
    pub fn add(&mut self, s: &str, absent: Absent) -> u32 {
        let Absent(hash) = absent;
        debug_assert!(self.find(hash, s).is_none(), "`s` is not interned yet");
        let id = u32::try_from(self.ends.len())
            .ok()
            .filter(|&id| id != EMPTY)
            .expect("fewer than 2^32 - 1 distinct strings: inputs are far smaller");
        self.bytes.push_str(s);
        self.ends.push(self.bytes.len());
        let (bytes, ends) = (&self.bytes, &self.ends);
        self.table
            .insert(hash, id, |stored| hash_of(slice(bytes, ends, stored)));
        id
    }

    /// The id of `s` if it was interned.
    pub fn get(&self, s: &str) -> Option<u32> {
        self.find(hash_of(s), s)
    }

    fn find(&self, hash: u64, s: &str) -> Option<u32> {
        self.table
            .find(hash, |id| slice(&self.bytes, &self.ends, id) == s)
    }

    /// The string of `id`.
    pub fn resolve(&self, id: u32) -> &str {
        slice(&self.bytes, &self.ends, id)
    }

    /// The strings in id order.
    pub fn iter(&self) -> impl Iterator<Item = &str> + '_ {
        (0..self.ends.len()).map(|id| slice(&self.bytes, &self.ends, id as u32))
    }

    /// The number of distinct strings.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Whether nothing was interned.
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// Gives back the room reserved for more strings, once no more come,
    /// and compacts a large table ([`IdTable::compact`]); ids are still
    /// looked up, and strings may still be added.
    pub fn shrink_to_fit(&mut self) {
        self.bytes.shrink_to_fit();
        self.ends.shrink_to_fit();
        let (bytes, ends) = (&self.bytes, &self.ends);
        self.table
            .compact(|stored| hash_of(slice(bytes, ends, stored)));
    }
}

/// A string that [`Interner::lookup`] did not find, by its hash.
#[derive(Clone, Copy, Debug)]
pub struct Absent(u64);

/// String `id` of an interner's buffer.
#[inline]
fn slice<'a>(bytes: &'a str, ends: &Ends, id: u32) -> &'a str {
    let id = id as usize;
    let start = if id == 0 { 0 } else { ends.get(id - 1) };
    &bytes[start..ends.get(id)]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_follow_first_occurrence_and_strings_come_back() {
        let mut interner = Interner::default();
        assert_eq!(interner.intern("rust"), 0);
        assert_eq!(interner.intern("safe"), 1);
        assert_eq!(interner.intern("rust"), 0);
        assert_eq!(interner.intern(""), 2);
        assert_eq!(interner.get("safe"), Some(1));
        assert_eq!(interner.get("fast"), None);
        assert_eq!(interner.resolve(1), "safe");
        assert_eq!(interner.resolve(2), "");
        assert_eq!(interner.iter().collect::<Vec<_>>(), ["rust", "safe", ""]);
        assert_eq!(interner.len(), 3);
        let absent = interner.lookup("fast").expect_err("not interned");
        assert_eq!(interner.add("fast", absent), 3);
        assert_eq!(interner.lookup("fast").ok(), Some(3));
        assert_eq!(interner.intern("fast"), 3);
    }

    #[test]
    fn a_kept_hash_interns_as_the_string_does() {
        let mut by_string = Interner::default();
        let mut by_hash = Interner::default();
        let words: Vec<String> = (0..300).map(|i| format!("w{}", i % 120)).collect();
        for word in &words {
            let id = by_string.intern(word);
            assert_eq!(by_hash.intern_hashed(word, hash_of(word.as_str())), id);
        }
        assert_eq!(by_hash.len(), 120);
        assert!(by_hash.iter().eq(by_string.iter()));
    }

    #[test]
    fn the_table_grows_and_finds_every_key() {
        let mut interner = Interner::with_capacity(2);
        let words: Vec<String> = (0..5_000).map(|i| format!("w{i}")).collect();
        for (i, word) in words.iter().enumerate() {
            assert_eq!(interner.intern(word), i as u32);
        }
        for (i, word) in words.iter().enumerate() {
            assert_eq!(interner.get(word), Some(i as u32), "{word}");
        }
        assert_eq!(interner.get("w5000"), None);
    }

    #[test]
    #[cfg(target_pointer_width = "64")]
    fn ends_past_4_gib_keep_their_upper_bits() {
        let mut ends = Ends::default();
        let values = [3, 70, 1 << 32, (1 << 32) + 5, (1 << 32) + 5, 3 << 32, (3 << 32) + 9];
        for &v in &values {
            if v == 1 << 32 {
                // Below 4 Gi every offset is its low 32 bits.
                assert_eq!(ends.narrow(), Some(&[3u32, 70][..]));
            }
            ends.push(v);
        }
        assert_eq!(ends.narrow(), None);
        let got: Vec<usize> = (0..values.len()).map(|i| ends.get(i)).collect();
        assert_eq!(got, values);
        assert_eq!(ends.high, [(2, 1), (5, 3)]);
    }

    #[test]
    fn a_compacted_table_finds_every_key_and_still_takes_more() {
        let words: Vec<String> = (0..60_000).map(|i| format!("w{i}")).collect();
        // The table of the first `n` words, before and after compacting.
        let table_of = |n: usize| {
            let mut interner = Interner::default();
            words[..n].iter().for_each(|word| _ = interner.intern(word));
            let growing = interner.table.slots.len();
            interner.shrink_to_fit();
            (growing, interner.table.slots.len(), interner)
        };
        // 60,000 ids need as many slots at three quarters as at one half
        // (80,000 and 120,000 round up to 2^17); 40,000 fit in 2^16.
        let (growing, compacted, _) = table_of(60_000);
        assert_eq!((growing, compacted), (1 << 17, 1 << 17));
        let (growing, compacted, mut interner) = table_of(40_000);
        assert_eq!((growing, compacted), (1 << 17, 1 << 16));
        for (i, word) in words[..40_000].iter().enumerate() {
            assert_eq!(interner.get(word), Some(i as u32), "{word}");
        }
        assert_eq!(interner.get("w40000"), None);
        assert_eq!(interner.intern("w40000"), 40_000);
        assert_eq!(interner.get("w39999"), Some(39_999));
    }

    #[test]
    fn colliding_hashes_are_told_apart_by_their_keys() {
        // Every key hashes to 7: the table probes past the others.
        let keys = [10u32, 20, 30];
        let mut table = IdTable::default();
        for id in 0..3 {
            table.insert(7, id, |_| 7);
        }
        assert_eq!(table.len(), 3);
        for (id, &key) in keys.iter().enumerate() {
            assert_eq!(table.find(7, |i| keys[i as usize] == key), Some(id as u32));
        }
        assert_eq!(table.find(7, |_| false), None);
        assert_eq!(IdTable::default().find(7, |_| true), None);
    }
}
