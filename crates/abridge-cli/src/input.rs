//! Reading inputs: files and standard input, decoded to text, or read as
//! JSON Lines records.
//!
//! Invalid UTF-8 is replaced by U+FFFD with a warning; a file with NUL bytes
//! is treated as binary and refused. Spans in the output refer to the decoded
//! text, which is the input itself whenever it was valid UTF-8. A JSON Lines
//! record must be valid JSON (and so valid UTF-8); a bad record is an error
//! of its own line only.

use anyhow::{Context, Result, bail};
use serde::Deserialize;
use std::io::{BufRead, Read};
use std::path::Path;

/// A decoded input.
pub struct Input {
    /// The name to show: the path as given, or `-`.
    pub source: String,
    /// The text.
    pub text: String,
    /// Set when bytes had to be replaced.
    pub warning: Option<String>,
}

/// Reads `path` (`-` is standard input) and decodes it. `max_bytes` bounds
/// how much is read, so that an endless stream cannot exhaust memory.
pub fn read(path: &Path, max_bytes: usize) -> Result<Input> {
    let source = path.display().to_string();
    let limit = u64::try_from(max_bytes)
        .unwrap_or(u64::MAX)
        .saturating_add(1);
    let mut bytes = Vec::new();
    if source == "-" {
        std::io::stdin()
            .lock()
            .take(limit)
            .read_to_end(&mut bytes)
            .context("cannot read standard input")?;
    } else {
        let file = std::fs::File::open(path).context("cannot open")?;
        if file.metadata().is_ok_and(|m| m.is_dir()) {
            bail!("is a directory");
        }
        file.take(limit)
            .read_to_end(&mut bytes)
            .context("cannot read")?;
    }
    if bytes.len() > max_bytes {
        bail!("input is larger than the limit of {max_bytes} bytes (raise it with --max-bytes)");
    }
    decode(source, bytes)
}

/// Reads the `--stopwords` list, if one was given: one word per line, `#`
/// starts a comment.
pub fn extra_stopwords(path: Option<&Path>) -> Result<Vec<String>> {
    let Some(path) = path else {
        return Ok(Vec::new());
    };
    let list = std::fs::read_to_string(path)
        .with_context(|| format!("{}: cannot read the stopword list", path.display()))?;
    Ok(abridge::parse_stopword_list(&list)
        .map(str::to_string)
        .collect())
}

/// The library configuration for `pipeline` with `budget`, with the files
/// its flags name (`--stopwords`, `--idf`) read and loaded.
pub fn config(
    pipeline: &crate::args::PipelineArgs,
    budget: abridge::Budget,
) -> Result<abridge::Config> {
    let extra = extra_stopwords(pipeline.stopwords.as_deref())?;
    let cue = |path: Option<&Path>, kind: &str| -> Result<Option<Vec<String>>> {
        path.map(|path| {
            let list = std::fs::read_to_string(path)
                .with_context(|| format!("{}: cannot read the {kind} word list", path.display()))?;
            Ok(abridge::parse_stopword_list(&list)
                .map(str::to_string)
                .collect())
        })
        .transpose()
    };
    let bonus = cue(pipeline.bonus_words.as_deref(), "bonus")?;
    let stigma = cue(pipeline.stigma_words.as_deref(), "stigma")?;
    let mut config = pipeline
        .to_config(budget, extra)
        .with_cue_words(bonus, stigma);
    config.idf = pipeline
        .idf
        .as_deref()
        .map(|path| idf_model(path).map(std::sync::Arc::new))
        .transpose()?;
    Ok(config)
}

/// Decodes bytes: refuses binary data, replaces invalid UTF-8.
pub fn decode(source: String, bytes: Vec<u8>) -> Result<Input> {
    if let Some(at) = bytes.iter().position(|&b| b == 0) {
        bail!("binary file (NUL byte at offset {at}), not summarized");
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok(Input {
            source,
            text,
            warning: None,
        }),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let text = String::from_utf8_lossy(e.as_bytes()).into_owned();
            Ok(Input {
                source,
                text,
                warning: Some(format!(
                    "invalid UTF-8 (first at byte {at}) replaced by U+FFFD"
                )),
            })
        }
    }
}

/// One document of a JSON Lines input. Fields other than these are ignored.
#[derive(Debug, Deserialize)]
pub struct Record {
    /// The record's id, echoed in its result; any JSON value. Optional.
    #[serde(default)]
    pub id: Option<serde_json::Value>,
    /// The document.
    pub text: String,
    /// The document's title, when it is kept apart from the text.
    #[serde(default)]
    pub title: Option<String>,
}

/// Parses one line of JSON Lines as a [`Record`].
pub fn parse_record(line: &[u8]) -> Result<Record> {
    serde_json::from_slice(line).map_err(|e| {
        // serde_json ends its message with "at line 1 column N"; within one
        // line only the column means anything.
        let message = e.to_string();
        let message = message.split(" at line ").next().unwrap_or_default();
        anyhow::anyhow!("column {}: {message}", e.column())
    })
}

/// One non-blank line of a JSON Lines input.
pub struct Line {
    /// The 1-based line number.
    pub number: usize,
    /// The line without its end-of-line bytes, or why it was not kept.
    pub bytes: Result<Vec<u8>>,
}

/// Reads JSON Lines a bounded chunk at a time, so that memory does not grow
/// with the length of the input.
pub struct LineReader<R> {
    reader: R,
    /// Lines read so far (blank ones included).
    number: usize,
    /// The longest line kept, in bytes.
    max_line: usize,
}

impl<R: BufRead> LineReader<R> {
    /// Reads from `reader`; lines longer than `max_line` bytes are refused.
    pub fn new(reader: R, max_line: usize) -> LineReader<R> {
        LineReader {
            reader,
            number: 0,
            max_line,
        }
    }

    /// The next lines: at most `max_lines` of them, and no more once
    /// `max_bytes` bytes are held (one line is always taken). Blank lines are
    /// skipped. An empty result means the end of the input.
    pub fn next_chunk(&mut self, max_lines: usize, max_bytes: usize) -> Result<Vec<Line>> {
        let mut lines = Vec::new();
        let mut held = 0;
        while lines.len() < max_lines && held < max_bytes {
            let mut buffer = Vec::new();
            let limit = u64::try_from(self.max_line)
                .unwrap_or(u64::MAX)
                .saturating_add(2);
            let read = (&mut self.reader)
                .take(limit)
                .read_until(b'\n', &mut buffer)
                .context("cannot read")?;
            if read == 0 {
                break;
            }
            self.number += 1;
            let complete = buffer.last() == Some(&b'\n');
            if complete {
                buffer.pop();
                if buffer.last() == Some(&b'\r') {
                    buffer.pop();
                }
            }
            let bytes = if buffer.len() > self.max_line {
                if !complete {
                    self.reader.skip_until(b'\n').context("cannot read")?;
                }
                Err(anyhow::anyhow!(
                    "line is longer than the limit of {} bytes (raise it with --max-bytes)",
                    self.max_line
                ))
            } else if buffer.iter().all(u8::is_ascii_whitespace) {
                continue;
            } else {
                held += buffer.len();
                Ok(buffer)
            };
            lines.push(Line {
                number: self.number,
                bytes,
            });
        }
        Ok(lines)
    }
}

/// Reads an IDF model file, as `abridge idf build` writes them.
pub fn idf_model(path: &Path) -> Result<abridge::IdfModel> {
    let json = std::fs::read_to_string(path)
        .with_context(|| format!("{}: cannot read the IDF model", path.display()))?;
    abridge::IdfModel::from_json(&json).with_context(|| path.display().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunks_skip_blank_lines_and_keep_numbers() {
        let data = b"{\"text\": \"a\"}\r\n\n  \n{\"text\": \"b\"}\n{\"text\": \"c\"}";
        let mut reader = LineReader::new(&data[..], 100);
        let first = reader.next_chunk(2, usize::MAX).unwrap();
        let numbers: Vec<usize> = first.iter().map(|l| l.number).collect();
        assert_eq!(numbers, vec![1, 4]);
        assert_eq!(first[0].bytes.as_ref().unwrap(), b"{\"text\": \"a\"}");
        let second = reader.next_chunk(2, usize::MAX).unwrap();
        assert_eq!(second.len(), 1);
        assert_eq!(second[0].number, 5);
        assert!(reader.next_chunk(2, usize::MAX).unwrap().is_empty());
    }

    #[test]
    fn a_long_line_is_refused_and_the_next_one_read() {
        let data = b"0123456789\nshort\n";
        let mut reader = LineReader::new(&data[..], 6);
        let lines = reader.next_chunk(10, usize::MAX).unwrap();
        assert!(lines[0].bytes.is_err());
        assert_eq!(lines[1].number, 2);
        assert_eq!(lines[1].bytes.as_ref().unwrap(), b"short");
    }

    #[test]
    fn a_chunk_stops_at_its_byte_budget() {
        let data = b"aaaa\nbbbb\ncccc\n";
        let mut reader = LineReader::new(&data[..], 100);
        assert_eq!(reader.next_chunk(10, 5).unwrap().len(), 2);
    }

    #[test]
    fn records_need_text_and_may_have_id_and_title() {
        let r = parse_record(br#"{"id": 7, "text": "Hi.", "title": "T", "x": [1]}"#).unwrap();
        assert_eq!(r.id, Some(serde_json::json!(7)));
        assert_eq!(r.title.as_deref(), Some("T"));
        assert!(parse_record(br#"{"id": 7}"#).is_err());
        assert!(parse_record(b"{not json").is_err());
    }
}
