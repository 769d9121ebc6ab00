//! `--combine`: every input of a run (files, the files of folders, JSON
//! Lines records) read into one document set, which the library summarizes
//! as one (`Summarizer::run_many`).
//!
//! This module only gathers: it reads each input as the batch loop would
//! (HTML reduced to its article, Markdown to its prose, records parsed),
//! reports an input that fails on stderr and goes on without it, and hands
//! the documents, in input order, to the library. It never scores.

use crate::input::{self, LineReader};
use crate::kind::{self, Kind};
use crate::markdown;
use crate::walk::Found;
use abridge::{Document, Report, Request, Summarizer};
use anyhow::Result;
use serde_json::value::RawValue;

/// One document of the set, as read.
pub struct Gathered {
    /// The input's name, as the batch loop shows it.
    pub source: String,
    /// The record's id, for a JSON Lines record.
    pub id: Option<Box<RawValue>>,
    /// The text summarized (for Markdown, the prose at the file's offsets).
    pub text: String,
    /// A title given apart from the text (a record's, Markdown's heading).
    pub title: Option<String>,
    /// For Markdown, the file as written, to show sentences as written.
    pub markdown: Option<String>,
}

/// What went wrong with one input: its name and the error.
pub type Failure = (String, anyhow::Error);

/// Reads every input into documents, in input order; `failed` is told of
/// each input (or line) that could not be read, and of warnings.
pub fn gather(
    files: &[Found],
    kinds: &[Option<Kind>],
    max_bytes: usize,
    mut failed: impl FnMut(Failure),
    mut warn: impl FnMut(&str, &str),
) -> Vec<Gathered> {
    let mut documents = Vec::new();
    for (found, &kind) in files.iter().zip(kinds) {
        let path = &found.path;
        let source = input::name(path);
        if kind == Some(Kind::Jsonl) {
            records(path, &source, max_bytes, &mut documents, &mut failed);
            continue;
        }
        let read = input::read(path, max_bytes).and_then(|i| kind::prepare(kind, path, i));
        match read {
            Ok(prepared) => {
                if let Some(warning) = &prepared.input.warning {
                    warn(&source, warning);
                }
                let title = prepared.given_title().map(str::to_string);
                documents.push(Gathered {
                    source: prepared.input.source,
                    id: None,
                    text: prepared.input.text,
                    title,
                    markdown: prepared.markdown,
                });
            }
            Err(error) => match error.downcast_ref::<input::Binary>() {
                // As in the batch loop: a walk may meet binary files.
                Some(binary) if found.walked => warn(
                    &source,
                    &format!("binary file (NUL byte at offset {}), skipped", binary.at),
                ),
                _ => failed((source, error)),
            },
        }
    }
    documents
}

/// The records of one JSON Lines input, each a document.
fn records(
    path: &std::path::Path,
    source: &str,
    max_bytes: usize,
    documents: &mut Vec<Gathered>,
    failed: &mut impl FnMut(Failure),
) {
    let reader = match input::open_lines(path) {
        Ok(reader) => reader,
        Err(error) => return failed((source.to_string(), error)),
    };
    let mut lines = LineReader::new(reader, max_bytes);
    loop {
        let chunk = match lines.next_chunk(1024, 16 << 20) {
            Ok(chunk) if chunk.is_empty() => return,
            Ok(chunk) => chunk,
            Err(error) => return failed((source.to_string(), error)),
        };
        for line in chunk {
            let record = line.bytes.and_then(|bytes| input::parse_record(&bytes));
            match record {
                Ok(record) => documents.push(Gathered {
                    source: source.to_string(),
                    id: record.id,
                    text: record.text,
                    title: record.title,
                    markdown: None,
                }),
                Err(error) => failed((format!("{source}:{}", line.number), error)),
            }
        }
    }
}

/// Summarizes the gathered documents as one set with `request`. Sentences
/// of Markdown files are shown as the file has them.
pub fn summarize(
    summarizer: &Summarizer,
    documents: &[Gathered],
    request: Request<'_>,
) -> Result<Report> {
    let docs: Vec<Document<'_>> = documents
        .iter()
        .map(|d| Document::new(&d.text).with_title(d.title.as_deref()))
        .collect();
    let mut report = summarizer.run_many(&docs, request)?;
    for sentence in &mut report.summary {
        let Some(document) = sentence.document.and_then(|d| documents.get(d)) else {
            continue;
        };
        if let Some(file) = &document.markdown {
            let span = sentence.span.start..sentence.span.end;
            sentence.text = markdown::sentence_text(file, &document.text, span);
        }
    }
    Ok(report)
}
