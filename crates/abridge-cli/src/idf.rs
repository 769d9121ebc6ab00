//! `abridge idf build` and `abridge idf merge`: the corpus IDF model, and
//! loading it for `--idf`.
//!
//! Build reads its inputs as the main command does (folders walked in path
//! order, HTML reduced to its article), asks the library for each document's
//! distinct stems and counts them. Counting is spread over threads; counts
//! add up, so the model does not depend on the thread count. An input that
//! fails is reported and left out; the model of the others is still written
//! and the exit status is 1.

use crate::args::IdfCommand;
use crate::progress::note;
use crate::{files, html, input, walk};
use abridge::IdfModel;
use abridge::{Config, Language, Summarizer};
use anyhow::{Context, Result};
use rayon::prelude::*;
use std::io::Write;
use std::path::{Path, PathBuf};

/// How many documents are read and stemmed before their stems are counted:
/// memory holds one chunk's stems, whatever the size of the corpus.
const CHUNK: usize = 64;

/// Runs an `idf` subcommand. Returns whether every input was counted.
pub fn run(command: &IdfCommand) -> Result<bool> {
    match command {
        IdfCommand::Build {
            paths,
            output,
            glob,
            language,
            stopwords,
            max_bytes,
        } => {
            let extra = input::extra_stopwords(stopwords.as_deref())?;
            let walked = walk::expand(paths, walk::globs(glob)?.as_ref());
            files::refuse_overwriting_inputs(output, walked.files.iter().map(PathBuf::as_path))?;
            let (model, ok) = build(walked, *language, extra, *max_bytes)?;
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

/// Counts every walked input; the flag is false when some failed. Inputs
/// are stemmed a chunk at a time across threads and counted in input order.
fn build(
    walked: walk::Walked,
    language: Language,
    extra_stopwords: Vec<String>,
    max_bytes: usize,
) -> Result<(IdfModel, bool)> {
    let summarizer = Summarizer::new(
        Config::default()
            .with_language(language)
            .with_extra_stopwords(extra_stopwords)
            .with_max_input_bytes(max_bytes),
    )?;
    let mut ok = walked.errors.is_empty();
    for (source, error) in &walked.errors {
        note(format_args!("abridge: {source}: {error:#}"));
    }
    let mut model = IdfModel::new();
    for chunk in walked.files.chunks(CHUNK) {
        let stems: Vec<Result<Vec<String>>> = chunk
            .par_iter()
            .map(|path| {
                let input = input::read(path, max_bytes)?;
                let (input, _) = html::prepare(path, input)?;
                Ok(summarizer.stems(&input.text)?)
            })
            .collect();
        for (path, stems) in chunk.iter().zip(stems) {
            match stems {
                Ok(stems) => model.add_document(language, stems.iter().map(String::as_str)),
                Err(error) => {
                    ok = false;
                    note(format_args!("abridge: {}: {error:#}", input::name(path)));
                }
            }
        }
    }
    Ok((model, ok))
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
