//! Reading inputs: files and standard input, decoded to text, or read as
//! JSON Lines records.
//!
//! Invalid UTF-8 is replaced by U+FFFD with a warning; a file with NUL bytes
//! is treated as binary and refused. Spans in the output refer to the decoded
//! text, which is the input itself whenever it was valid UTF-8. A JSON Lines
//! record must be valid JSON (and so valid UTF-8); a bad record is an error
//! of its own line only.

use anyhow::{Context, Result, bail};
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

/// The name of `path` to show on a line of output: the path as given, with
/// control characters (a newline, a tab) written as `\n`, `\t` or `\u{..}`
/// and bytes that are not UTF-8 as `\xHH`, so that a file name can neither
/// break a line of standard error or of the text output nor turn into U+FFFD.
pub fn name(path: &Path) -> String {
    let mut out = String::new();
    for chunk in path.as_os_str().as_encoded_bytes().utf8_chunks() {
        for c in chunk.valid().chars() {
            match c {
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                '\t' => out.push_str("\\t"),
                c if c.is_control() => out.extend(c.escape_unicode()),
                c => out.push(c),
            }
        }
        for byte in chunk.invalid() {
            out.push_str(&format!("\\x{byte:02X}"));
        }
    }
    out
}

/// Reads `path` (`-` is standard input) and decodes it. `max_bytes` bounds
/// how much is read, so that an endless stream cannot exhaust memory.
pub fn read(path: &Path, max_bytes: usize) -> Result<Input> {
    let source = name(path);
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

/// The most bytes a `--stopwords` list may hold: a hundred times the largest
/// curated list, and nothing that could exhaust memory.
pub const MAX_STOPWORDS_BYTES: u64 = 16 << 20;

/// The most bytes an IDF model file (`--idf`, `idf merge`) may hold: a model
/// of some ten million stems. Parsed, it takes about five times as much.
pub const MAX_IDF_MODEL_BYTES: u64 = 256 << 20;

/// The most bytes an evaluation set (`abridge eval DATA`) may hold; it is
/// read whole. Forty times the largest public set we score on.
pub const MAX_EVAL_DATA_BYTES: u64 = 256 << 20;

/// The UTF-8 byte-order mark, which some editors put at the start of a file.
const BOM: &str = "\u{feff}";

/// Reads a whole side file (`-` is standard input) of at most `limit` bytes
/// as UTF-8 text, without its byte-order mark. At most one byte past the
/// limit is read, so `/dev/zero` is refused, not held.
pub fn read_whole(path: &Path, limit: u64) -> Result<String> {
    let mut bytes = Vec::new();
    let take = limit.saturating_add(1);
    if path.as_os_str() == "-" {
        std::io::stdin().lock().take(take).read_to_end(&mut bytes)?;
    } else {
        std::fs::File::open(path)?
            .take(take)
            .read_to_end(&mut bytes)?;
    }
    if u64::try_from(bytes.len()).unwrap_or(u64::MAX) > limit {
        bail!("the file is larger than the limit of {limit} bytes");
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        anyhow::anyhow!(
            "not UTF-8 (first invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        )
    })?;
    Ok(match text.strip_prefix(BOM) {
        Some(rest) => rest.to_string(),
        None => text,
    })
}

/// Reads the `--stopwords` list, if one was given: one word per line, `#`
/// starts a comment.
pub fn extra_stopwords(path: Option<&Path>) -> Result<Vec<String>> {
    let Some(path) = path else {
        return Ok(Vec::new());
    };
    let list = read_whole(path, MAX_STOPWORDS_BYTES)
        .with_context(|| format!("{}: cannot read the stopword list", name(path)))?;
    Ok(abridge::parse_stopword_list(&list)
        .map(str::to_string)
        .collect())
}

/// The most bytes a `--focus-file` may hold: a focus is a question or a
/// few paragraphs, and a longer one would only blur it.
pub const MAX_FOCUS_BYTES: u64 = 1 << 20;

/// The focus texts of `--focus` and `--focus-file`, in that order; empty
/// without either.
pub fn focus(texts: &[String], file: Option<&Path>) -> Result<Vec<String>> {
    let mut focus = texts.to_vec();
    if let Some(path) = file {
        let text = read_whole(path, MAX_FOCUS_BYTES)
            .with_context(|| format!("{}: cannot read the focus file", name(path)))?;
        focus.push(text);
    }
    Ok(focus)
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

/// An input with a NUL byte: binary data, not text.
#[derive(Debug)]
pub struct Binary {
    /// The offset of the first NUL byte.
    pub at: usize,
}

impl std::fmt::Display for Binary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "binary file (NUL byte at offset {}), not summarized",
            self.at
        )
    }
}

impl std::error::Error for Binary {}

/// Decodes bytes: UTF-16 with a byte-order mark is decoded, other binary
/// data refused ([`Binary`]), invalid UTF-8 replaced.
pub fn decode(source: String, bytes: Vec<u8>) -> Result<Input> {
    if let Some(input) = decode_utf16(&source, &bytes)? {
        return Ok(input);
    }
    if let Some(at) = bytes.iter().position(|&b| b == 0) {
        // A type of its own, so that a walk can skip the file instead.
        return Err(Binary { at }.into());
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

/// Decodes a file that starts with a UTF-16 byte-order mark (FF FE, little
/// endian, or FE FF, big endian; Windows tools write such files), without
/// the mark. Unpaired surrogates and an odd last byte become U+FFFD with a
/// warning; a NUL character means binary data after all. `None`: no mark.
fn decode_utf16(source: &str, bytes: &[u8]) -> Result<Option<Input>> {
    let unit: fn([u8; 2]) -> u16 = match bytes {
        [0xFF, 0xFE, ..] => u16::from_le_bytes,
        [0xFE, 0xFF, ..] => u16::from_be_bytes,
        _ => return Ok(None),
    };
    let pairs = bytes[2..].chunks_exact(2);
    let odd = !pairs.remainder().is_empty();
    let mut text = String::with_capacity(bytes.len());
    let mut first_bad = None;
    for c in char::decode_utf16(pairs.map(|p| unit([p[0], p[1]]))) {
        let c = c.unwrap_or_else(|_| {
            first_bad.get_or_insert(text.len());
            char::REPLACEMENT_CHARACTER
        });
        if c == '\0' {
            bail!("binary file (UTF-16 with a NUL character), not summarized");
        }
        text.push(c);
    }
    if odd {
        first_bad.get_or_insert(text.len());
        text.push(char::REPLACEMENT_CHARACTER);
    }
    Ok(Some(Input {
        source: source.to_string(),
        text,
        warning: first_bad.map(|at| {
            format!("invalid UTF-16 (first at byte {at} of the text as UTF-8) replaced by U+FFFD")
        }),
    }))
}

/// Parses one line of JSON Lines as a record (the library's, so that a
/// program gets the same records as the command line).
pub fn parse_record(line: &[u8]) -> Result<abridge::jsonl::Record> {
    Ok(abridge::jsonl::Record::parse(line)?)
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
    /// Set once a line too long to skip ended the input.
    ended: bool,
}

impl<R: BufRead> LineReader<R> {
    /// Reads from `reader`; lines longer than `max_line` bytes are refused.
    pub fn new(reader: R, max_line: usize) -> LineReader<R> {
        LineReader {
            reader,
            number: 0,
            max_line,
            ended: false,
        }
    }

    /// The next lines: at most `max_lines` of them, and no more once
    /// `max_bytes` bytes are held (one line is always taken). Blank lines are
    /// skipped. An empty result means the end of the input.
    ///
    /// A line longer than the limit is refused and skipped, reading at most
    /// as many bytes again to find its end; a line that has not ended by then
    /// (an endless stream such as `/dev/zero`) is refused and ends the input,
    /// so that reading always stops.
    pub fn next_chunk(&mut self, max_lines: usize, max_bytes: usize) -> Result<Vec<Line>> {
        let mut lines = Vec::new();
        let mut held = 0;
        while lines.len() < max_lines && held < max_bytes && !self.ended {
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
            if self.number == 1 && buffer.starts_with(BOM.as_bytes()) {
                buffer.drain(..BOM.len());
            }
            let complete = buffer.last() == Some(&b'\n');
            if complete {
                buffer.pop();
                if buffer.last() == Some(&b'\r') {
                    buffer.pop();
                }
            }
            let bytes = if buffer.len() > self.max_line {
                let budget = u64::try_from(self.max_line).unwrap_or(u64::MAX);
                if !complete && !skip_line(&mut self.reader, budget).context("cannot read")? {
                    self.ended = true;
                    Err(anyhow::anyhow!(
                        "line is longer than the limit of {} bytes and does not end; \
                         the rest of the input is not read",
                        self.max_line
                    ))
                } else {
                    Err(anyhow::anyhow!(
                        "line is longer than the limit of {} bytes (raise it with --max-bytes)",
                        self.max_line
                    ))
                }
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

/// Skips the rest of a line, reading at most `budget` bytes. Returns whether
/// the line ended (at a newline or at the end of the input) within them.
fn skip_line(reader: &mut impl BufRead, budget: u64) -> std::io::Result<bool> {
    let mut left = budget;
    loop {
        let buffer = match reader.fill_buf() {
            Ok(buffer) => buffer,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if buffer.is_empty() {
            return Ok(true);
        }
        let window = buffer
            .len()
            .min(usize::try_from(left).unwrap_or(usize::MAX));
        if let Some(at) = buffer[..window].iter().position(|&b| b == b'\n') {
            reader.consume(at + 1);
            return Ok(true);
        }
        reader.consume(window);
        left -= window as u64;
        if left == 0 {
            return Ok(false);
        }
    }
}

/// The note to print before waiting for standard input, if the user may
/// not know that abridge is waiting: it reads standard input and that is a
/// terminal (issue 12, item 7).
pub fn stdin_notice(reads_stdin: bool, stdin_is_terminal: bool) -> Option<&'static str> {
    (reads_stdin && stdin_is_terminal)
        .then_some("reading standard input (Ctrl-D ends it; --help for usage)")
}

/// Opens a JSON Lines input; `-` is standard input.
pub fn open_lines(path: &Path) -> Result<Box<dyn BufRead>> {
    if path.as_os_str() == "-" {
        return Ok(Box::new(std::io::stdin().lock()));
    }
    let file = std::fs::File::open(path).context("cannot open")?;
    if file.metadata().is_ok_and(|m| m.is_dir()) {
        bail!("is a directory");
    }
    Ok(Box::new(std::io::BufReader::with_capacity(1 << 16, file)))
}

/// Reads an IDF model file, as `abridge idf build` writes them.
pub fn idf_model(path: &Path) -> Result<abridge::IdfModel> {
    let json = read_whole(path, MAX_IDF_MODEL_BYTES)
        .with_context(|| format!("{}: cannot read the IDF model", name(path)))?;
    abridge::IdfModel::from_json(&json).with_context(|| name(path))
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
    fn a_line_that_does_not_end_within_twice_the_limit_ends_the_input() {
        let data = [b'x'; 100];
        let mut reader = LineReader::new(&data[..], 10);
        let lines = reader.next_chunk(10, usize::MAX).unwrap();
        assert_eq!(lines.len(), 1);
        let error = lines[0].bytes.as_ref().unwrap_err().to_string();
        assert!(error.contains("does not end"), "{error}");
        assert!(reader.next_chunk(10, usize::MAX).unwrap().is_empty());
    }

    #[test]
    fn a_byte_order_mark_before_the_first_record_is_skipped() {
        let data = "\u{feff}{\"text\": \"a\"}\n\u{feff}{}\n";
        let mut reader = LineReader::new(data.as_bytes(), 100);
        let lines = reader.next_chunk(10, usize::MAX).unwrap();
        assert_eq!(lines[0].bytes.as_ref().unwrap(), b"{\"text\": \"a\"}");
        // Only the first line of a file may start with one.
        assert!(lines[1].bytes.as_ref().unwrap().starts_with(BOM.as_bytes()));
    }

    #[test]
    fn a_chunk_stops_at_its_byte_budget() {
        let data = b"aaaa\nbbbb\ncccc\n";
        let mut reader = LineReader::new(&data[..], 100);
        assert_eq!(reader.next_chunk(10, 5).unwrap().len(), 2);
    }

    #[test]
    fn a_terminal_on_standard_input_gets_a_notice() {
        assert!(stdin_notice(true, true).is_some_and(|n| n.contains("Ctrl-D")));
        assert_eq!(stdin_notice(true, false), None);
        assert_eq!(stdin_notice(false, true), None);
    }

    #[test]
    fn records_need_text_and_may_have_id_and_title() {
        let r = parse_record(br#"{"id": 7, "text": "Hi.", "title": "T", "x": [1]}"#).unwrap();
        assert_eq!(r.id.map(|id| id.get().to_string()).as_deref(), Some("7"));
        assert_eq!(r.title.as_deref(), Some("T"));
        assert!(parse_record(br#"{"id": 7}"#).is_err());
        assert!(parse_record(b"{not json").is_err());
    }
}
