//! Helpers shared by the integration tests.
#![allow(dead_code)] // each test binary uses a different subset

use serde::Deserialize;
use std::path::{Path, PathBuf};

/// The `abridge` binary of this build.
pub fn abridge() -> assert_cmd::Command {
    let mut command =
        assert_cmd::Command::cargo_bin("abridge").expect("the abridge binary is built");
    // Relative paths in the tests (`tests/fixtures/...`) are the workspace's.
    command.current_dir(workspace_root());
    command
}

/// Runs a command that must succeed and returns its standard output; on
/// failure assert_cmd's message shows the status and standard error.
pub trait StdoutOk {
    fn stdout_ok(&mut self) -> Vec<u8>;
}

impl StdoutOk for assert_cmd::Command {
    fn stdout_ok(&mut self) -> Vec<u8> {
        self.assert().success().get_output().stdout.clone()
    }
}

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

/// One JSON output object, typed as the README documents it (version 1).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JsonReport {
    pub version: u32,
    #[serde(default)]
    pub id: Option<serde_json::Value>,
    pub source: String,
    pub language: String,
    pub language_detected: bool,
    pub language_confidence: Option<f64>,
    pub title: Option<String>,
    /// The focus texts (`--focus`), absent without a focus.
    #[serde(default)]
    pub focus: Option<Vec<String>>,
    /// Where each document of a combined report came from (`--combine`).
    #[serde(default)]
    pub documents: Option<Vec<JsonOrigin>>,
    pub stats: JsonStats,
    pub summary: Vec<JsonSentence>,
    pub keywords: Vec<JsonKeyword>,
}

/// `stats`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JsonStats {
    pub sentences: usize,
    pub words: usize,
}

/// One entry of a combined report's `documents`.
#[derive(Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct JsonOrigin {
    pub source: String,
    #[serde(default)]
    pub id: Option<serde_json::Value>,
}

/// One `summary` entry.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JsonSentence {
    /// In a combined report, the input the sentence comes from.
    #[serde(default)]
    pub source: Option<String>,
    /// In a combined report, the record id of that input, if any.
    #[serde(default)]
    pub id: Option<serde_json::Value>,
    pub index: usize,
    pub text: String,
    pub score: f64,
    pub start: usize,
    pub end: usize,
}

/// One `keywords` entry.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JsonKeyword {
    pub term: String,
    pub score: f64,
    pub count: usize,
    pub spans: Vec<JsonSpan>,
}

/// One entry of a keyword's `spans`: an occurrence's byte offsets.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JsonSpan {
    pub start: usize,
    pub end: usize,
}

/// Parses JSON Lines output into reports, one per line.
pub fn parse_json_lines(stdout: &[u8]) -> Vec<JsonReport> {
    let text = std::str::from_utf8(stdout).expect("output is UTF-8");
    text.lines()
        .map(|line| serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}")))
        .collect()
}

/// Collapses runs of white space to one space, as the `text` field does.
pub fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Writes `bytes` to `name` inside `dir` and returns the path.
pub fn write(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("the test directory is writable");
    path
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

/// A made-up article of about `bytes` bytes: paragraphs of sentences of 8 to
/// 25 words drawn from 8,000 invented words with a long-tailed frequency, as
/// in prose. The same `bytes` always gives the same text.
pub fn generated_article(bytes: usize) -> String {
    const SYLLABLES: [&str; 18] = [
        "ka", "lo", "mi", "ren", "dus", "tor", "vel", "an", "sip", "qu", "bre", "sto", "nal", "fi",
        "gor", "el", "pra", "mun",
    ];
    let mut state = 0x2545_f491_4f6c_dd1du64;
    let mut next = move |m: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % m as u64) as usize
    };
    let words: Vec<String> = (0..8000)
        .map(|i| {
            // Distinct by construction: the index in base 18, then a syllable.
            let (mut i, mut word) = (i + 18, String::new());
            while i > 0 {
                word.push_str(SYLLABLES[i % 18]);
                i /= 18;
            }
            word
        })
        .collect();
    let mut text = String::with_capacity(bytes + 512);
    while text.len() < bytes {
        for _ in 0..2 + next(5) {
            for w in 0..8 + next(18) {
                // The square of a uniform draw favours the first words.
                let r = next(1 << 16);
                let word = &words[(r * r * words.len()) >> 32];
                if w == 0 {
                    let mut chars = word.chars();
                    let first = chars.next().expect("words are not empty");
                    text.extend(first.to_uppercase());
                    text.push_str(chars.as_str());
                } else {
                    text.push(' ');
                    text.push_str(word);
                }
            }
            text.push_str(". ");
        }
        text.push_str("\n\n");
    }
    text
}
