//! The library's rooms and their one-way flow (ARCHITECTURE.md, "Layers"):
//! a module may use only the rooms to its left, and `summarize` and
//! `keywords`, siblings, never use each other. This test reads every source
//! file of the library and checks each `crate::` path against that order.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The rooms, left to right; rooms in one entry are siblings.
const LAYERS: &[&[&str]] = &[
    &["choice", "testing"],
    &["error"],
    &["html"],
    &["lang"],
    &["text"],
    &["model"],
    &["graph"],
    &["rank"],
    &["summarize", "keywords"],
    &["report"],
    &["config"],
    &["pipeline"],
    &["output", "jsonl"],
];

fn layer_of(room: &str) -> Option<usize> {
    LAYERS.iter().position(|layer| layer.contains(&room))
}

fn source_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src is readable") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            source_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The room of a file: its first folder under `src`, or its own name.
fn room_of(src: &Path, file: &Path) -> String {
    let relative = file.strip_prefix(src).expect("the file is under src");
    let first = relative.components().next().expect("a path component");
    let name = first.as_os_str().to_string_lossy();
    name.trim_end_matches(".rs").to_string()
}

/// The names `lib.rs` re-exports at the root, with the module each comes from.
fn root_exports(lib: &str) -> BTreeMap<String, String> {
    let mut exports = BTreeMap::new();
    for statement in lib.split(';') {
        let Some(rest) = statement.trim().strip_prefix("pub use ") else {
            continue;
        };
        let module = rest.split("::").next().unwrap_or("").trim().to_string();
        let names = rest.rsplit("::").next().unwrap_or("");
        for name in names.split([',', '{', '}']) {
            let name = name.split(" as ").last().unwrap_or("").trim();
            if !name.is_empty() {
                exports.insert(name.to_string(), module.clone());
            }
        }
    }
    exports
}

/// The first identifier of each `crate::` path in `line`, including each
/// item of a `crate::{a, b::c}` group.
fn crate_paths(line: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut rest = line;
    while let Some(at) = rest.find("crate::") {
        rest = &rest[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let end = group.find('}').unwrap_or(group.len());
            for item in group[..end].split(',') {
                let ident: String = item
                    .trim()
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if !ident.is_empty() {
                    found.push(ident);
                }
            }
        } else {
            let ident: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            found.push(ident);
        }
    }
    found
}

#[test]
fn no_module_uses_a_room_to_its_right() {
    let src = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/src"));
    let lib = std::fs::read_to_string(src.join("lib.rs")).expect("lib.rs");
    let exports = root_exports(&lib);
    let mut files = Vec::new();
    source_files(&src, &mut files);
    files.sort();
    let mut violations = Vec::new();
    let mut checked = 0;
    for file in files.iter().filter(|f| !f.ends_with("lib.rs")) {
        let room = room_of(&src, file);
        let Some(layer) = layer_of(&room) else {
            violations.push(format!("{}: room '{room}' is in no layer", file.display()));
            continue;
        };
        let text = std::fs::read_to_string(file).expect("a source file");
        for (number, line) in text.lines().enumerate() {
            if line.trim_start().starts_with("//") {
                continue;
            }
            for ident in crate_paths(line) {
                checked += 1;
                // A room's own name wins over a root re-export of the same
                // name (`summarize` is a room and a function).
                let target = match layer_of(&ident) {
                    Some(_) => ident.clone(),
                    None => exports.get(&ident).cloned().unwrap_or(ident.clone()),
                };
                if target == room {
                    continue;
                }
                let ok = match layer_of(&target) {
                    Some(other) => other < layer,
                    None => false,
                };
                if !ok {
                    violations.push(format!(
                        "{}:{}: room '{room}' uses '{target}' (crate::{ident})",
                        file.display(),
                        number + 1
                    ));
                }
            }
        }
    }
    assert!(
        checked > 50,
        "only {checked} crate paths found: is the scan broken?"
    );
    assert!(violations.is_empty(), "{}", violations.join("\n"));
}

#[test]
fn the_path_scanner_reads_groups_and_plain_paths() {
    assert_eq!(
        crate_paths("use crate::graph::{A, B}; let x = crate::Error::Io;"),
        ["graph", "Error"]
    );
    assert_eq!(
        crate_paths("use crate::{lang::Language, text::Span};"),
        ["lang", "text"]
    );
    let exports = root_exports("pub use config::{Config, DEFAULT};\npub use lang::x as y;");
    assert_eq!(exports.get("DEFAULT").map(String::as_str), Some("config"));
    assert_eq!(exports.get("y").map(String::as_str), Some("lang"));
}
