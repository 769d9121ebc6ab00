//! `abridge idf build` and `abridge idf merge`: the corpus IDF model, and
//! loading it for `--idf`.
//!
//! Build reads its inputs as the main command does (folders walked in path
//! order, the same file types, HTML reduced to its article, Markdown to its
//! prose, JSON Lines record by record), asks the library for each
//! document's distinct stems and counts them. Counting is spread over
//! threads; counts add up, so the model does not depend on the thread count.
//! An input that fails is reported and left out; the model of the others is
//! still written and the exit status is 1.

use crate::args::{IdfCommand, InputFormatArg};
use crate::files;
use crate::input::{self, LineReader};
use crate::kind::{self, Kind};
use crate::progress::note;
use crate::walk::{self, Found};
use abridge::{Config, IdfModel, Summarizer};
use anyhow::{Context, Result};
use rayon::prelude::*;
use std::io::Write;
use std::path::{Path, PathBuf};

/// How many documents are read and stemmed before their stems are counted.
const CHUNK: usize = 64;

/// How many JSON Lines records are counted at a time.
const RECORDS: usize = 1024;

/// Runs an `idf` subcommand. Returns whether every input was counted.
pub fn run(command: &IdfCommand) -> Result<bool> {
    match command {
        IdfCommand::Build {
            paths,
            input_format,
            all_files,
            output,
            glob,
            language,
            stopwords,
            max_bytes,
        } => {
            let extra = input::extra_stopwords(stopwords.as_deref())?;
            let summarizer = Summarizer::new(
                Config::default()
                    .with_language(*language)
                    .with_extra_stopwords(extra)
                    .with_max_input_bytes(*max_bytes),
            )?;
            let globs = walk::globs(glob)?;
            let takes = |path: &Path| kind::walk_takes(*input_format, path);
            let filter = walk::Filter {
                globs: globs.as_ref(),
                takes: (!all_files).then_some(&takes as &dyn Fn(&Path) -> bool),
            };
            let walked = walk::expand(paths, filter);
            files::refuse_overwriting_inputs(
                output,
                walked.files.iter().map(|f| f.path.as_path()),
            )?;
            let (model, ok) = build(&summarizer, &walked, *input_format, *max_bytes);
            write(output, &model)?;
            Ok(ok)
        }
        IdfCommand::Merge { models, output } => {
            files::refuse_overwriting_inputs(output, models.iter().map(PathBuf::as_path))?;
            let mut merged = IdfModel::new();
            for path in models {
                merged
                    .merge(&input::idf_model(path)?)
                    .with_context(|| input::name(path))?;
            }
            write(output, &merged)?;
            Ok(true)
        }
    }
}

/// Counts every input found; the flag is false when some failed.
fn build(
    summarizer: &Summarizer,
    walked: &walk::Walked,
    format: InputFormatArg,
    max_bytes: usize,
) -> (IdfModel, bool) {
    let language = summarizer.config().language;
    let mut ok = walked.errors.is_empty();
    if let Some(skipped) = walked.skipped_note() {
        note(format_args!("abridge: {skipped}"));
    }
    for (source, error) in &walked.errors {
        note(format_args!("abridge: {source}: {error:#}"));
    }
    let (records, documents): (Vec<&Found>, Vec<&Found>) = walked
        .files
        .iter()
        .partition(|f| kind::before_reading(format, &f.path) == Some(Kind::Jsonl));
    let mut model = IdfModel::new();
    // A chunk at a time: memory holds one chunk's stems, not the corpus's.
    for chunk in documents.chunks(CHUNK) {
        let stems: Vec<Result<Option<Vec<String>>>> = chunk
            .par_iter()
            .map(|found| document_stems(summarizer, found, format, max_bytes))
            .collect();
        for (found, stems) in chunk.iter().zip(stems) {
            match stems {
                Ok(Some(stems)) => model.add_document(language, stems.iter().map(String::as_str)),
                Ok(None) => {}
                Err(error) => {
                    ok = false;
                    note(format_args!(
                        "abridge: {}: {error:#}",
                        input::name(&found.path)
                    ));
                }
            }
        }
    }
    for found in records {
        ok &= count_records(summarizer, &found.path, &mut model);
    }
    (model, ok)
}

/// The distinct stems of one document file, or `None` for a binary file met
/// in a walk (skipped with a warning, as the main command does).
fn document_stems(
    summarizer: &Summarizer,
    found: &Found,
    format: InputFormatArg,
    max_bytes: usize,
) -> Result<Option<Vec<String>>> {
    let input = match input::read(&found.path, max_bytes) {
        Err(error) if found.walked && error.downcast_ref::<input::Binary>().is_some() => {
            note(format_args!(
                "abridge: {}: warning: {error}, skipped",
                input::name(&found.path)
            ));
            return Ok(None);
        }
        read => read?,
    };
    let prepared = kind::prepare(
        kind::before_reading(format, &found.path),
        &found.path,
        input,
    )?;
    Ok(Some(stems(
        summarizer,
        prepared.given_title(),
        &prepared.input.text,
    )?))
}

/// The distinct stems of a document whose title may be given apart.
fn stems(summarizer: &Summarizer, title: Option<&str>, text: &str) -> Result<Vec<String>> {
    Ok(match title.filter(|t| !t.trim().is_empty()) {
        Some(title) => summarizer.stems(&format!("{title}\n\n{text}"))?,
        None => summarizer.stems(text)?,
    })
}

/// Counts each record of a JSON Lines file as a document (its title and
/// text). A bad record is reported as FILE:LINE and left out. Returns
/// whether every record was counted.
fn count_records(summarizer: &Summarizer, path: &Path, model: &mut IdfModel) -> bool {
    let language = summarizer.config().language;
    let source = path.display();
    let reader = match input::open_lines(path) {
        Ok(reader) => reader,
        Err(error) => {
            note(format_args!("abridge: {source}: {error:#}"));
            return false;
        }
    };
    let mut ok = true;
    let mut lines = LineReader::new(reader, summarizer.config().max_input_bytes);
    loop {
        let chunk = match lines.next_chunk(RECORDS, usize::MAX) {
            Ok(chunk) if chunk.is_empty() => return ok,
            Ok(chunk) => chunk,
            Err(error) => {
                note(format_args!("abridge: {source}: {error:#}"));
                return false;
            }
        };
        let counted: Vec<(usize, Result<Vec<String>>)> = chunk
            .into_par_iter()
            .map(|line| {
                let stems = line.bytes.and_then(|bytes| {
                    let record = input::parse_record(&bytes)?;
                    stems(summarizer, record.title.as_deref(), &record.text)
                });
                (line.number, stems)
            })
            .collect();
        for (number, stems) in counted {
            match stems {
                Ok(stems) => model.add_document(language, stems.iter().map(String::as_str)),
                Err(error) => {
                    ok = false;
                    note(format_args!("abridge: {source}:{number}: {error:#}"));
                }
            }
        }
    }
}

/// Writes `model` to `path`, `-` being standard output; a file is written
/// atomically.
fn write(path: &Path, model: &IdfModel) -> Result<()> {
    let json = model.to_json();
    if path.as_os_str() == "-" {
        let mut out = std::io::stdout().lock();
        out.write_all(json.as_bytes())
            .and_then(|()| out.flush())
            .map_err(crate::run::StdoutFailed)?;
        Ok(())
    } else {
        files::write_atomically(path, "the IDF model", |out| out.write_all(json.as_bytes()))
    }
}
