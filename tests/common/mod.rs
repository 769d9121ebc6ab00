//! Helpers shared by the integration tests. Each test binary compiles this
//! module on its own and uses only part of it, hence the `dead_code` allowance.
#![allow(dead_code)]

pub mod invariants;

use std::path::Path;

/// The `abridge` binary built for this test run, as a command to configure.
pub fn abridge() -> assert_cmd::Command {
    assert_cmd::Command::cargo_bin("abridge").expect("the abridge binary is built for tests")
}

/// A short news-like article written for these tests: a title, a blank line
/// and three paragraphs, eight sentences in all.
pub const ARTICLE: &str = "Harbour council backs new flood barrier

The harbour council voted on Monday to build a flood barrier across the river mouth. \
The barrier will close during storm surges and stay open for shipping the rest of the year.

Engineers said the river had flooded the old town four times in ten years. \
Each flood closed shops and the harbour market for weeks. \
Insurers have raised premiums for homes near the river.

The barrier will cost about 40 million euros, shared between the city and the region. \
Work starts next spring and should take three years. \
The council will publish the engineers' report on flood risk next month.
";

/// Writes `bytes` to `name` inside `dir` and returns the path.
pub fn write(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("the test directory is writable");
    path
}
