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
use crate::{html, input, walk};
use abridge::IdfModel;
use abridge::parse_stopword_list as parse_list;
use abridge::{Config, Language, Summarizer};
use anyhow::{Context, Result};
use rayon::prelude::*;
use std::io::Write;
use std::path::{Path, PathBuf};

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
            let extra = match stopwords {
                Some(path) => read_stopwords(path)?,
                None => Vec::new(),
            };
            let (model, ok) = build(paths, glob, *language, extra, *max_bytes)?;
            write(output, &model)?;
            Ok(ok)
        }
        IdfCommand::Merge { models, output } => {
            let mut merged = IdfModel::new();
            for path in models {
                merged.merge(&crate::input::idf_model(path)?);
            }
            write(output, &merged)?;
            Ok(true)
        }
    }
}

/// Counts every input under `paths`; the flag is false when some failed.
fn build(
    paths: &[PathBuf],
    glob: &[String],
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
    let walked = walk::expand(paths, walk::globs(glob)?.as_ref());
    let mut ok = walked.errors.is_empty();
    for (source, error) in &walked.errors {
        eprintln!("abridge: {source}: {error:#}");
    }
    let stems: Vec<Result<Vec<String>>> = walked
        .files
        .par_iter()
        .map(|path| {
            let input = input::read(path, max_bytes)?;
            let (input, _) = html::prepare(path, input)?;
            Ok(summarizer.stems(&input.text)?)
        })
        .collect();
    let mut model = IdfModel::new();
    for (path, stems) in walked.files.iter().zip(stems) {
        match stems {
            Ok(stems) => model.add_document(language, stems.iter().map(String::as_str)),
            Err(error) => {
                ok = false;
                eprintln!("abridge: {}: {error:#}", path.display());
            }
        }
    }
    Ok((model, ok))
}

fn read_stopwords(path: &Path) -> Result<Vec<String>> {
    let list = std::fs::read_to_string(path)
        .with_context(|| format!("{}: cannot read the stopword list", path.display()))?;
    Ok(parse_list(&list).map(str::to_string).collect())
}

/// Writes `model` to `path`, `-` being standard output.
fn write(path: &Path, model: &IdfModel) -> Result<()> {
    let json = model.to_json();
    if path.as_os_str() == "-" {
        let mut out = std::io::stdout().lock();
        out.write_all(json.as_bytes())?;
        out.flush()?;
    } else {
        std::fs::write(path, json)
            .with_context(|| format!("{}: cannot write the IDF model", path.display()))?;
    }
    Ok(())
}
