//! JSON for programs: one object per document, one document per line.
//!
//! The wire types below are separate from the library's types so that the
//! internals can change while the schema holds. Schema version 1 (field names
//! are fixed; fields may be added without a version bump, a change of meaning
//! bumps it):
//!
//! ```json
//! {"version": 1, "source": "path or -", "language": "english",
//!  "language_detected": true, "language_confidence": 0.93, "title": "..." | null,
//!  "stats": {"sentences": 24, "words": 710},
//!  "summary":  [{"index": 0, "text": "...", "score": 0.061, "start": 0, "end": 143}],
//!  "keywords": [{"term": "FAW", "score": 0.092, "count": 14,
//!                "spans": [{"start": 10, "end": 13}]}]}
//! ```
//!
//! A keyword's `spans` are the byte offsets of each of its occurrences in the
//! text, in order (an occurrence in a title given apart has none).
//!
//! Records read from JSON Lines also carry `"id"`, the record's own id. A
//! focused summary (`--focus`) carries `"focus"`, the list of focus texts,
//! after `title`; without a focus the field is absent. A summary of several
//! documents (`--combine`) has `"source": "combined"`, `"documents"` (each
//! document's `source` and, for a record, `id`, in input order) and, in each
//! summary sentence, the `source` and `id` of its document; its `index`,
//! `start` and `end` then refer to that document.
//! `language_detected` is true when detection chose `language`; it is false
//! when `--language` gave it or when detection fell back, and
//! `language_confidence` is the detector's confidence in its guess (`null`
//! when detection did not run).
//! Every number is finite: the pipeline never produces NaN or infinity.

use super::{Entry, Renderer};
use serde::Serialize;
use std::io::{self, Write};

/// The schema version written in every object.
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Serialize)]
struct WireReport<'a> {
    version: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a serde_json::value::RawValue>,
    source: &'a str,
    language: &'a str,
    language_detected: bool,
    language_confidence: Option<f64>,
    title: Option<&'a str>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    focus: &'a [&'a str],
    #[serde(skip_serializing_if = "Vec::is_empty")]
    documents: Vec<WireOrigin<'a>>,
    stats: WireStats,
    summary: Vec<WireSentence<'a>>,
    keywords: Vec<WireKeyword<'a>>,
}

#[derive(Serialize)]
struct WireStats {
    sentences: usize,
    words: usize,
}

#[derive(Serialize)]
struct WireOrigin<'a> {
    source: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a serde_json::value::RawValue>,
}

#[derive(Serialize)]
struct WireSentence<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a serde_json::value::RawValue>,
    index: usize,
    text: &'a str,
    score: f64,
    start: usize,
    end: usize,
}

#[derive(Serialize)]
struct WireKeyword<'a> {
    term: &'a str,
    score: f64,
    count: usize,
    spans: Vec<WireSpan>,
}

#[derive(Serialize)]
struct WireSpan {
    start: usize,
    end: usize,
}

/// Writes one entry as one line of JSON, newline included. The line is built
/// in memory first, so a failure never leaves half a line behind.
pub fn write_entry(out: &mut impl Write, entry: &Entry<'_>) -> io::Result<()> {
    let report = entry.report;
    let wire = WireReport {
        version: SCHEMA_VERSION,
        id: entry.id,
        source: entry.source,
        language: report.language.name(),
        language_detected: report.detection.is_some_and(|d| d.accepted),
        language_confidence: report.detection.map(|d| d.confidence),
        title: report.title.as_deref(),
        focus: entry.focus,
        documents: entry
            .documents
            .iter()
            .map(|o| WireOrigin {
                source: o.source,
                id: o.id,
            })
            .collect(),
        stats: WireStats {
            sentences: report.stats.sentences,
            words: report.stats.words,
        },
        summary: report
            .summary
            .iter()
            .map(|s| WireSentence {
                source: entry.origin_of(s).map(|o| o.source),
                id: entry.origin_of(s).and_then(|o| o.id),
                index: s.index,
                text: &s.text,
                score: s.score,
                start: s.span.start,
                end: s.span.end,
            })
            .collect(),
        keywords: report
            .keywords
            .iter()
            .map(|k| WireKeyword {
                term: &k.term,
                score: k.score,
                count: k.count,
                spans: k
                    .spans
                    .iter()
                    .map(|s| WireSpan {
                        start: s.start,
                        end: s.end,
                    })
                    .collect(),
            })
            .collect(),
    };
    let mut line = serde_json::to_vec(&wire).map_err(io::Error::other)?;
    line.push(b'\n');
    out.write_all(&line)
}

/// JSON Lines as a [`Renderer`]: nothing before or after the lines.
#[derive(Debug)]
pub struct JsonRenderer;

impl Renderer for JsonRenderer {
    fn entry(&mut self, mut out: &mut dyn Write, entry: &Entry<'_>) -> io::Result<()> {
        write_entry(&mut out, entry)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_one_line_with_the_schema_fields() {
        let report = crate::summarize("Cats purr when content. Dogs wag their tails.").unwrap();
        let id = serde_json::value::RawValue::from_string("\"doc-7\"".into()).unwrap();
        let entry = Entry::new("-", &report).with_id(Some(&id));
        let mut out = Vec::new();
        write_entry(&mut out, &entry).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert_eq!(text.matches('\n').count(), 1);
        let v: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(v["version"], 1);
        assert_eq!(v["id"], "doc-7");
        // Ids are written as they were read, whatever serde_json would make of them.
        for raw in [
            "18446744073709551616",
            "1e5",
            "-0",
            r#"{"b": 1, "a": "\u00e9"}"#,
        ] {
            let id = serde_json::value::RawValue::from_string(raw.into()).unwrap();
            let mut out = Vec::new();
            write_entry(
                &mut out,
                &Entry {
                    id: Some(&id),
                    ..entry
                },
            )
            .unwrap();
            let text = String::from_utf8(out).unwrap();
            assert!(
                text.starts_with(&format!("{{\"version\":1,\"id\":{raw},")),
                "{text}"
            );
        }
        assert_eq!(v["language"], "english");
        assert_eq!(v["stats"]["sentences"], 2);
        assert!(v["title"].is_null());
        for key in ["index", "text", "score", "start", "end"] {
            assert!(v["summary"][0].get(key).is_some(), "{key}");
        }
    }
}
