//! Reading inputs: files and standard input, decoded to text.
//!
//! Invalid UTF-8 is replaced by U+FFFD with a warning; a file with NUL bytes
//! is treated as binary and refused. Spans in the output refer to the decoded
//! text, which is the input itself whenever it was valid UTF-8.

use anyhow::{Context, Result, bail};
use std::io::Read;
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
    Ok(abridge::text::stopwords::parse_list(&list)
        .map(str::to_string)
        .collect())
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
