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
    ends: Vec<usize>,
    table: IdTable,
}

impl Interner {
    /// An interner that holds `capacity` strings before its table grows.
    pub fn with_capacity(capacity: usize) -> Interner {
        Interner {
            bytes: String::new(),
            ends: Vec::with_capacity(capacity),
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
}

/// A string that [`Interner::lookup`] did not find, by its hash.
#[derive(Clone, Copy, Debug)]
pub struct Absent(u64);

/// String `id` of an interner's buffer.
fn slice<'a>(bytes: &'a str, ends: &[usize], id: u32) -> &'a str {
    let id = id as usize;
    let start = if id == 0 { 0 } else { ends[id - 1] };
    &bytes[start..ends[id]]
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
