//! Compiles the English part-of-speech lexicon (`lexicon/en-*.txt`, and the
//! gloss counts of English stems, `lexicon/en-gloss-df.txt`) into hash
//! tables at build time, so that `abridge::text::pos` builds nothing when the
//! program starts: the table and the word list are read-only data in the
//! binary, used in place. The layout is in `src/lang/en/pos/hash.rs`.
//!
//! It also lays out jieba's Chinese dictionary (`data/jieba/dict.txt`) as
//! sorted fixed-width records grouped by first character, which
//! `src/lang/zh.rs` searches in place; see [`jieba`] and
//! `src/lang/zh/layout.rs`.
//!
//! With the `japanese` feature it also compiles IPADIC's MeCab sources
//! (prepared by `scripts/ipadic.sh`) into lindera's dictionary format, which
//! `src/lang/ja.rs` embeds; see [`ipadic`].

use std::{env, fs, path::Path};

#[path = "src/lang/en/pos/hash.rs"]
mod hash;

#[path = "build_frequency.rs"]
mod frequency;

#[path = "src/lang/zh/layout.rs"]
#[allow(dead_code)] // the reader's half of the layout is used by the library only
mod layout;

/// The lists of the class table and their class codes. A word may stand in
/// one list only.
const LISTS: [(&str, u32); 3] = [
    ("lexicon/en-not-nominal.txt", hash::CLASS_NOT_NOMINAL),
    ("lexicon/en-mixed.txt", hash::CLASS_MIXED),
    ("lexicon/en-nominal-ly.txt", hash::CLASS_NOMINAL),
];

/// The lists of the edge table and their codes; one list per word too.
const EDGE_LISTS: [(&str, u32); 9] = [
    ("lexicon/en-edge-participle.txt", hash::EDGE_PARTICIPLE),
    ("lexicon/en-edge-verb.txt", hash::EDGE_VERB),
    ("lexicon/en-edge-adverb.txt", hash::EDGE_ADVERB),
    ("lexicon/en-edge-determiner.txt", hash::EDGE_DETERMINER),
    ("lexicon/en-edge-pronoun.txt", hash::EDGE_PRONOUN),
    ("lexicon/en-edge-preposition.txt", hash::EDGE_PREPOSITION),
    ("lexicon/en-edge-conjunction.txt", hash::EDGE_CONJUNCTION),
    ("lexicon/en-edge-adjective.txt", hash::EDGE_ADJECTIVE),
    (
        "lexicon/en-edge-adjective-verb.txt",
        hash::EDGE_ADJECTIVE_VERB,
    ),
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
    jieba(out);
    gloss_df(out);
    println!("cargo::rerun-if-changed=build_frequency.rs");
    frequency::tables(out);
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
                .filter(|&o| o < 1 << 22)
                .expect("the word list fits 22 bits of offset");
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

/// Lays out the document frequencies of English stems over WordNet's glosses
/// (`lexicon/en-gloss-df.txt`, from `lexicon/gloss_df.py`) as a hash table
/// of the lexicon's layout (`src/lang/en/pos/hash.rs`): `OUT_DIR/gloss_words.bin`
/// (each stem followed by its count in [`hash::GLOSS_COUNT_BYTES`] bytes),
/// `OUT_DIR/gloss_slots.bin`, and `OUT_DIR/gloss.rs` with the number of
/// glosses and of stems, which `src/lang/en/gloss.rs` reads in place.
fn gloss_df(out: &Path) {
    const PATH: &str = "lexicon/en-gloss-df.txt";
    println!("cargo::rerun-if-changed={PATH}");
    let text = fs::read_to_string(PATH).unwrap_or_else(|e| panic!("{PATH}: {e}"));
    let mut lines = text.lines();
    let glosses: u32 = lines
        .next()
        .and_then(|l| l.strip_prefix("# N\t"))
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("{PATH}: the first line is not '# N<TAB>glosses'"));
    assert!(
        glosses < 1 << (8 * hash::GLOSS_COUNT_BYTES),
        "{PATH}: {glosses} glosses do not fit the count's bytes"
    );
    let slot_count = 1usize << hash::GLOSS_SLOT_BITS;
    let mut slots = vec![0u32; slot_count];
    let mut words: Vec<u8> = Vec::new();
    let mut stems = 0usize;
    let mut previous = "";
    for line in lines {
        let (stem, df) = line
            .split_once('\t')
            .unwrap_or_else(|| panic!("{PATH}: {line:?} is not 'stem<TAB>df'"));
        let df: u32 = df
            .parse()
            .unwrap_or_else(|_| panic!("{PATH}: {line:?}: bad df"));
        assert!(
            stem > previous
                && stem.len() < hash::MAX_LEN
                && stem.bytes().all(|b| b.is_ascii_lowercase() || b == b'\''),
            "{PATH}: {stem:?} is out of order, repeated, too long or not a lowercase stem"
        );
        assert!(
            df <= glosses,
            "{PATH}: {stem:?} is in more glosses than there are"
        );
        let offset = u32::try_from(words.len())
            .ok()
            .filter(|&o| o < 1 << 22)
            .expect("the word list fits 22 bits of offset");
        let mut i = hash::home_slot(stem.as_bytes(), hash::GLOSS_SLOT_BITS);
        while slots[i] != 0 {
            i = (i + 1) % slot_count;
        }
        slots[i] = hash::encode(offset, stem.len(), 0);
        words.extend_from_slice(stem.as_bytes());
        words.extend_from_slice(&df.to_le_bytes()[..hash::GLOSS_COUNT_BYTES]);
        stems += 1;
        previous = stem;
    }
    assert!(
        stems * 2 <= slot_count,
        "{stems} stems: raise the slot bits"
    );
    fs::write(out.join("gloss_words.bin"), &words).expect("write gloss_words.bin");
    let table: Vec<u8> = slots.iter().flat_map(|s| s.to_le_bytes()).collect();
    fs::write(out.join("gloss_slots.bin"), table).expect("write gloss_slots.bin");
    let rust = format!(
        "/// The number of glosses counted.\n\
         pub const GLOSSES: u32 = {glosses};\n\
         /// The number of stems in the table (the tests check it).\n\
         #[allow(dead_code)]\n\
         pub const STEMS: usize = {stems};\n"
    );
    fs::write(out.join("gloss.rs"), rust).expect("write gloss.rs");
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

/// Lays out jieba's dictionary (`data/jieba/dict.txt`: one `word frequency
/// tag` line per word) in `OUT_DIR` as `src/lang/zh/layout.rs` describes:
/// `jieba_pages.bin`, `jieba_ids.bin`, `jieba_groups.bin`,
/// `jieba_segments.bin`, `jieba_records.bin`, `jieba_freqs.bin`, and
/// `jieba.rs` with the frequencies' total, which segmentation divides by.
/// Lines are read as jieba-rs reads its own copy (fields split at ASCII
/// whitespace, a missing frequency is 0), so the words and the total are
/// the ones `Jieba::new()` would hold.
fn jieba(out: &Path) {
    use std::collections::{BTreeMap, BTreeSet};

    const PATH: &str = "data/jieba/dict.txt";
    println!("cargo::rerun-if-changed={PATH}");
    println!("cargo::rerun-if-changed=src/lang/zh/layout.rs");
    let text = fs::read_to_string(PATH).unwrap_or_else(|e| panic!("{PATH}: {e}"));
    let mut entries: Vec<(&str, u32)> = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let mut fields = line.split_ascii_whitespace();
        let Some(word) = fields.next() else { continue };
        let freq = fields.next().map_or(0, |f| {
            f.parse::<u32>()
                .unwrap_or_else(|e| panic!("{PATH}:{}: frequency {f:?}: {e}", n + 1))
        });
        assert!(
            word.chars().all(|c| (c as u32) <= 0xFFFF),
            "{PATH}:{}: {word:?} has a character outside the BMP",
            n + 1
        );
        entries.push((word, freq));
    }
    let total: u64 = entries.iter().map(|&(_, f)| u64::from(f)).sum();

    // Character ids from 1 in code point order; pages numbered from 1 in
    // order of their high byte.
    let chars: BTreeSet<char> = entries.iter().flat_map(|(w, _)| w.chars()).collect();
    assert!(
        chars.len() < 0xFFFF,
        "{} characters: ids are 16 bits",
        chars.len()
    );
    let id_of: BTreeMap<char, u16> = chars.iter().zip(1..).map(|(&c, id)| (c, id)).collect();
    let mut pages = vec![0u16; 256];
    let mut ids: Vec<u16> = Vec::new();
    for (&c, &id) in &id_of {
        let (high, low) = ((c as u32 >> 8) as usize, (c as u32 & 0xFF) as usize);
        if pages[high] == 0 {
            ids.resize(ids.len() + 256, 0);
            pages[high] = u16::try_from(ids.len() / 256).expect("at most 256 pages");
        }
        ids[(usize::from(pages[high]) - 1) * 256 + low] = id;
    }

    // Frequencies by index, and each word as its ids, sorted by first
    // character, then length, then the rest.
    let freqs: Vec<u32> = entries
        .iter()
        .map(|&(_, f)| f)
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    assert!(
        freqs.len() < usize::from(layout::NOT_A_WORD),
        "{} frequencies: indices are 15 bits",
        freqs.len()
    );
    // Every prefix of every word (the nodes of the trie), as ids: its
    // frequency index if it is a word itself, and whether longer words start
    // with it. The map's order (first character, then the rest) is not the
    // layout's, which sorts by length within a first character; `nodes`
    // below is.
    let mut prefixes: BTreeMap<Vec<u16>, (Option<u16>, bool)> = BTreeMap::new();
    for &(word, f) in &entries {
        let ids: Vec<u16> = word.chars().map(|c| id_of[&c]).collect();
        let index = freqs.binary_search(&f).expect("every frequency is listed");
        let index = u16::try_from(index).expect("checked above");
        for len in 1..ids.len() {
            prefixes
                .entry(ids[..len].to_vec())
                .or_insert((None, false))
                .1 = true;
        }
        let node = prefixes.entry(ids).or_insert((None, false));
        // jieba-rs counts a repeated line twice in its total but keeps one
        // frequency: no such line, so the question does not arise.
        assert!(node.0.is_none(), "{PATH}: {word:?} is listed twice");
        node.0 = Some(index);
    }
    let mut nodes: Vec<(Vec<u16>, u16)> = prefixes
        .into_iter()
        .map(|(ids, (index, longer))| {
            let mark =
                index.unwrap_or(layout::NOT_A_WORD) | if longer { layout::HAS_LONGER } else { 0 };
            (ids, mark)
        })
        .collect();
    nodes.sort_by(|a, b| (a.0[0], a.0.len(), &a.0[1..]).cmp(&(b.0[0], b.0.len(), &b.0[1..])));

    // The segments: runs of nodes with one first character and one length.
    let mut runs: Vec<std::ops::Range<usize>> = Vec::new();
    let mut start = 0;
    while start < nodes.len() {
        let (first, len) = (nodes[start].0[0], nodes[start].0.len());
        let end = start
            + nodes[start..]
                .iter()
                .take_while(|(w, _)| w[0] == first && w.len() == len)
                .count();
        runs.push(start..end);
        start = end;
    }

    let mut groups = vec![0u32; chars.len() + 2];
    let mut segments: Vec<u8> = Vec::new();
    let mut records: Vec<u16> = Vec::new();
    // Entries of `groups` below this one are set.
    let mut filled = 1;
    for (s, run) in runs.iter().enumerate() {
        let level = &nodes[run.clone()];
        let (first, len) = (level[0].0[0], level[0].0.len());
        // The next level of the same group, whose nodes extend these.
        let next = runs
            .get(s + 1)
            .map(|r| &nodes[r.clone()])
            .filter(|n| n[0].0[0] == first && n[0].0.len() == len + 1)
            .unwrap_or(&[]);
        let mut child = 0;
        let segment = layout::Segment {
            offset: records.len() / layout::RECORD_U16S,
            count: level.len(),
            chars: len,
        };
        for (ids, mark) in level {
            records.push(*ids.last().expect("no empty word"));
            records.push(*mark);
            records.push(u16::try_from(child).expect("a level holds under 65,536 nodes"));
            let first_child = child;
            while child < next.len() && next[child].0[..len] == ids[..] {
                child += 1;
            }
            assert_eq!(
                child > first_child,
                mark & layout::HAS_LONGER != 0,
                "a node has children exactly when longer words start with it"
            );
        }
        assert_eq!(child, next.len(), "every node of a level has its parent");
        // The groups of this character and of every character before it
        // that starts no word begin here.
        let here = u32::try_from(s).expect("few segments");
        while filled <= usize::from(first) {
            groups[filled] = here;
            filled += 1;
        }
        segments.extend_from_slice(&segment.write());
    }
    groups[filled..].fill(u32::try_from(runs.len()).expect("few segments"));

    let le16 = |v: &[u16]| v.iter().flat_map(|x| x.to_le_bytes()).collect::<Vec<u8>>();
    let le32 = |v: &[u32]| v.iter().flat_map(|x| x.to_le_bytes()).collect::<Vec<u8>>();
    let write = |name: &str, bytes: &[u8]| {
        fs::write(out.join(name), bytes).unwrap_or_else(|e| panic!("write {name}: {e}"));
    };
    write("jieba_pages.bin", &le16(&pages));
    write("jieba_ids.bin", &le16(&ids));
    write("jieba_groups.bin", &le32(&groups));
    write("jieba_segments.bin", &segments);
    write("jieba_records.bin", &le16(&records));
    write("jieba_freqs.bin", &le32(&freqs));
    write(
        "jieba.rs",
        format!(
            "/// The sum of the dictionary's frequencies.\n\
             pub const TOTAL: usize = {total};\n\
             /// The number of words in the dictionary (the tests check it).\n\
             #[allow(dead_code)]\n\
             pub const WORDS: usize = {};\n",
            entries.len()
        )
        .as_bytes(),
    );
}
