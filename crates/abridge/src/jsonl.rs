//! JSON Lines records: one document per line, `{"id": ..., "text": ...,
//! "title": ...}`, summarized as the command line's `--input-format jsonl`
//! does, for programs that read such a stream themselves.
//!
//! This room receives one line's bytes and a configured
//! [`Summarizer`]; it returns the record and its
//! report. It reads no file and writes nothing: the caller owns the stream,
//! the line limits and the output (`output::json` writes the same JSON Lines
//! as the command line, the record's id echoed byte for byte).
//!
//! ```
//! use abridge::jsonl::summarize_line;
//! use abridge::output::{Entry, json};
//! use abridge::{Config, Summarizer};
//!
//! let summarizer = Summarizer::new(Config::default())?;
//! let line = br#"{"id": 17, "text": "The dam held. The river fell by noon. Farmers went home."}"#;
//! let (record, report) = summarize_line(&summarizer, line)?;
//! let mut out = Vec::new();
//! json::write_entry(&mut out, &Entry::new("in.jsonl", &report).with_id(record.id.as_deref()))?;
//! assert!(String::from_utf8(out)?.contains(r#""id":17"#));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use crate::error::{Error, Result};
use crate::pipeline::{Request, Summarizer};
use crate::report::Report;
use serde::Deserialize;

/// One document of a JSON Lines input. Fields other than these are ignored.
#[derive(Debug, Deserialize)]
#[non_exhaustive]
pub struct Record {
    /// The record's id, echoed in its result byte for byte (a number keeps
    /// its digits, an object its key order); any JSON value. Optional.
    #[serde(default)]
    pub id: Option<Box<serde_json::value::RawValue>>,
    /// The document.
    pub text: String,
    /// The document's title, when it is kept apart from the text.
    #[serde(default)]
    pub title: Option<String>,
}

impl Record {
    /// Parses one line (without its line break) as a record.
    pub fn parse(line: &[u8]) -> Result<Record> {
        serde_json::from_slice(line).map_err(|e| {
            // serde_json ends its message with "at line 1 column N"; within
            // one line only the column means anything.
            let message = e.to_string();
            let message = message.split(" at line ").next().unwrap_or_default();
            Error::BadRecord {
                column: e.column(),
                message: message.to_string(),
            }
        })
    }
}

/// Parses one line and summarizes its record, its `title` given apart from
/// its `text` as [`Request::with_title`] does.
pub fn summarize_line(summarizer: &Summarizer, line: &[u8]) -> Result<(Record, Report)> {
    summarize_line_with(summarizer, line, Request::new())
}

/// [`summarize_line`] with what `request` asks for (a length, a focus); the
/// record's `title`, if any, replaces the request's.
pub fn summarize_line_with(
    summarizer: &Summarizer,
    line: &[u8],
    request: Request<'_>,
) -> Result<(Record, Report)> {
    let record = Record::parse(line)?;
    let request = request.with_title(record.title.as_deref());
    let report = summarizer.run_with(&record.text, request)?;
    Ok((record, report))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;

    #[test]
    fn records_keep_their_id_as_written_and_ignore_other_fields() {
        let r = Record::parse(br#"{"id": 1e5, "text": "Hi.", "title": "T", "x": [1]}"#).unwrap();
        assert_eq!(r.id.unwrap().get(), "1e5");
        assert_eq!((r.text.as_str(), r.title.as_deref()), ("Hi.", Some("T")));
    }

    #[test]
    fn a_bad_line_names_its_column() {
        let err = Record::parse(br#"{"id": 7}"#).unwrap_err();
        assert!(matches!(err, Error::BadRecord { .. }), "{err}");
        assert!(err.to_string().starts_with("column "), "{err}");
        assert!(Record::parse(b"{not json").is_err());
    }

    #[test]
    fn a_line_summarizes_as_its_text_with_its_title() {
        let summarizer = Summarizer::new(Config::default()).unwrap();
        let line = br#"{"text": "The dam held. The river fell.", "title": "Flood over"}"#;
        let (record, report) = summarize_line(&summarizer, line).unwrap();
        assert!(record.id.is_none());
        assert_eq!(report.title.as_deref(), Some("Flood over"));
        assert_eq!(report.summary.len(), 2);
    }
}
