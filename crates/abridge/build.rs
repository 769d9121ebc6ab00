//! Compiles the English part-of-speech lexicon (`lexicon/*.txt`) into a hash
//! table at build time, so that `abridge::text::pos` builds nothing when the
//! program starts: the table and the word list are read-only data in the
//! binary, used in place. The layout is in `src/lang/en/pos/hash.rs`.
//!
//! With the `japanese` feature it also compiles IPADIC's MeCab sources
//! (prepared by `scripts/ipadic.sh`) into lindera's dictionary format, which
//! `src/lang/ja.rs` embeds; see [`ipadic`].

use std::{env, fs, path::Path};

#[path = "src/lang/en/pos/hash.rs"]
mod hash;

/// The lists of the class table and their class codes. A word may stand in
/// one list only.
const LISTS: [(&str, u32); 3] = [
    ("lexicon/en-not-nominal.txt", hash::CLASS_NOT_NOMINAL),
    ("lexicon/en-mixed.txt", hash::CLASS_MIXED),
    ("lexicon/en-nominal-ly.txt", hash::CLASS_NOMINAL),
];

/// The lists of the edge table and their codes; one list per word too.
const EDGE_LISTS: [(&str, u32); 7] = [
    ("lexicon/en-edge-participle.txt", hash::EDGE_PARTICIPLE),
    ("lexicon/en-edge-verb.txt", hash::EDGE_VERB),
    ("lexicon/en-edge-adverb.txt", hash::EDGE_ADVERB),
    ("lexicon/en-edge-determiner.txt", hash::EDGE_DETERMINER),
    ("lexicon/en-edge-pronoun.txt", hash::EDGE_PRONOUN),
    ("lexicon/en-edge-preposition.txt", hash::EDGE_PREPOSITION),
    ("lexicon/en-edge-conjunction.txt", hash::EDGE_CONJUNCTION),
];

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=src/lang/en/pos/hash.rs");
    let out = env::var_os("OUT_DIR").expect("cargo sets OUT_DIR");
    let out = Path::new(&out);
    table(
        &LISTS,
        hash::SLOT_BITS,
        &out.join("pos_words.bin"),
        &out.join("pos_slots.bin"),
    );
    table(
        &EDGE_LISTS,
        hash::EDGE_SLOT_BITS,
        &out.join("edge_words.bin"),
        &out.join("edge_slots.bin"),
    );
    #[cfg(feature = "japanese")]
    ipadic(out);
}

/// Lays out one table of `1 << bits` slots over `lists` and writes its word
/// list and its slots.
fn table(lists: &[(&str, u32)], bits: u32, words_path: &Path, slots_path: &Path) {
    let mut words: Vec<u8> = Vec::new();
    let slot_count = 1usize << bits;
    let mut slots = vec![0u32; slot_count];
    let mut count = 0;
    for &(path, class) in lists {
        println!("cargo::rerun-if-changed={path}");
        let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
        for word in text.lines() {
            let bytes = word.as_bytes();
            assert!(
                !bytes.is_empty() && bytes.len() < hash::MAX_LEN,
                "{path}: {word:?} is empty or too long"
            );
            let offset = u32::try_from(words.len())
                .ok()
                .filter(|&o| o < 1 << 23)
                .expect("the word list fits 23 bits of offset");
            let entry = hash::encode(offset, bytes.len(), class);
            let mut i = hash::home_slot(bytes, bits);
            while slots[i] != 0 {
                let (start, len, _) = hash::decode(slots[i]);
                assert!(
                    &words[start..start + len] != bytes,
                    "{path}: {word:?} stands in two lists"
                );
                i = (i + 1) % slot_count;
            }
            slots[i] = entry;
            words.extend_from_slice(bytes);
            count += 1;
        }
    }
    // Linear probing stays short only while the table is sparse.
    assert!(
        count * 2 <= slot_count,
        "{count} words: raise the slot bits"
    );
    fs::write(words_path, &words).expect("write the word list");
    let table: Vec<u8> = slots.iter().flat_map(|s| s.to_le_bytes()).collect();
    fs::write(slots_path, table).expect("write the slots");
}

/// Compiles IPADIC from the folder `ABRIDGE_IPADIC_DIR` names (by default
/// `target/ipadic` of the workspace, where `scripts/ipadic.sh` writes it)
/// into `OUT_DIR/ipadic`, and tells `lang/ja.rs` where it is. Nothing is
/// downloaded: without the sources the build stops and says what to run.
#[cfg(feature = "japanese")]
fn ipadic(out: &Path) {
    use lindera_dictionary::builder::DictionaryBuilder;
    use lindera_dictionary::dictionary::metadata::Metadata;
    use std::path::PathBuf;

    println!("cargo::rerun-if-env-changed=ABRIDGE_IPADIC_DIR");
    println!("cargo::rerun-if-changed=ipadic/metadata.json");
    let dir = env::var_os("ABRIDGE_IPADIC_DIR").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/ipadic"),
        PathBuf::from,
    );
    for file in ["lex.csv", "matrix.def", "char.def", "unk.def"] {
        let path = dir.join(file);
        println!("cargo::rerun-if-changed={}", path.display());
        if !path.is_file() {
            panic!(
                "the `japanese` feature compiles IPADIC from {}, which has no {file}: \
                 run scripts/ipadic.sh first (it prepares that folder from PyPI), or set \
                 ABRIDGE_IPADIC_DIR to a folder it prepared",
                dir.display()
            );
        }
    }
    let metadata = Metadata::load(include_bytes!("ipadic/metadata.json"))
        .expect("ipadic/metadata.json is lindera metadata");
    DictionaryBuilder::new(metadata)
        .build_dictionary(&dir, &out.join("ipadic"))
        .unwrap_or_else(|e| panic!("compiling IPADIC from {}: {e}", dir.display()));
    println!("cargo::rustc-env=LINDERA_WORKDIR={}", out.display());
}
