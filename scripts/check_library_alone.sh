#!/usr/bin/env bash
# Checks that the library stands alone: a crate outside the workspace that depends on `abridge`
# with its default features builds and runs `abridge::summarize(text)`, and its dependency tree
# holds none of the command line's crates (clap, anyhow, indicatif, rayon, the HTML extractor).
#
# Usage: scripts/check_library_alone.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mkdir -p "$work/outside/src"
cat >"$work/outside/Cargo.toml" <<TOML
[package]
name = "outside"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
abridge = { path = "$root/crates/abridge" }

[workspace]
TOML
cat >"$work/outside/src/main.rs" <<'RS'
fn main() {
    let text = "The river rose overnight. Farmers moved their cattle to high ground. \
                The mayor opened the school as a shelter. The river fell by noon.";
    let report = abridge::summarize(text).expect("a short text summarizes");
    assert!(!report.summary.is_empty());
    println!("{} sentences, {} keywords", report.summary.len(), report.keywords.len());
}
RS
# Share the workspace's lock file, so the outside crate resolves the versions CI tested.
cp Cargo.lock "$work/outside/Cargo.lock"
export CARGO_TARGET_DIR="$work/target"
tree=$(cargo tree --manifest-path "$work/outside/Cargo.toml" -e normal --prefix none)
for crate in clap anyhow indicatif rayon globset mimalloc; do
    if grep -q "^$crate v" <<<"$tree"; then
        echo "check_library_alone: the library pulls in $crate" >&2
        exit 1
    fi
done
cargo run --quiet --manifest-path "$work/outside/Cargo.toml"
echo "check_library_alone: $(grep -c . <<<"$(sort -u <<<"$tree")") crates, none of the CLI's"
