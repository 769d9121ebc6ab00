//! The output room: renders finished [`Report`]s as bytes.
//!
//! Renderers receive a report and where it came from, and write to any
//! `io::Write`. They compute no score, open no file and choose no exit code.
//! One module per format: [`text`] for people, [`json`] for programs; [`eval`]
//! renders the figures of `abridge eval` in both.

pub mod eval;
pub mod json;
pub mod text;

use crate::pipeline::Report;

/// A report with the name of the input it came from.
#[derive(Clone, Copy, Debug)]
pub struct Entry<'a> {
    /// The input's path as given, or `-` for standard input.
    pub source: &'a str,
    /// The record's `id`, for inputs read from JSON Lines records.
    pub id: Option<&'a serde_json::Value>,
    /// The result.
    pub report: &'a Report,
}
