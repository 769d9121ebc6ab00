//! Helpers shared by the integration tests.
#![allow(dead_code)] // each test binary uses a different subset

pub mod invariants;

use std::path::PathBuf;

/// The workspace's root folder, where `tests/fixtures` and `examples` are.
pub fn workspace_root() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

/// The path of a file in `tests/fixtures`.
pub fn fixture(name: &str) -> PathBuf {
    workspace_root().join("tests/fixtures").join(name)
}

/// The example article shipped in `examples/`.
pub fn example_article() -> PathBuf {
    workspace_root().join("examples/article.txt")
}

/// The text of a fixture.
pub fn read_fixture(name: &str) -> String {
    std::fs::read_to_string(fixture(name)).expect("fixture exists")
}

/// A shared sample from `../shared/fixtures`, if the checkout has it beside.
pub fn shared_fixture(name: &str) -> Option<PathBuf> {
    let path = workspace_root().join("../shared/fixtures").join(name);
    path.exists().then_some(path)
}
