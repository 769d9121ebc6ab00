//! The batch loop: read every input, summarize, write results in input
//! order, report failures on stderr as they happen.
//!
//! Inputs are processed in chunks across threads (rayon) and written in input
//! order, so the bytes out do not depend on the thread count. Memory holds one
//! chunk of inputs at a time.

use crate::args::{Args, FormatArg};
use crate::input;
use abridge::output::{Entry, json, text};
use abridge::{Report, Summarizer};
use anyhow::Result;
use rayon::prelude::*;
use std::io::{self, BufWriter, Write};
use std::path::PathBuf;

/// How many inputs are read and summarized before their results are written.
const CHUNK: usize = 64;

/// What happened to one input.
type Outcome = std::result::Result<(input::Input, Report), (String, anyhow::Error)>;

/// Runs the command. Returns whether every input succeeded; an `Err` is a
/// failure that concerns no single input (bad `--stopwords` file, output
/// closed).
pub fn run(args: &Args) -> Result<bool> {
    let options = &args.options;
    let extra = input::extra_stopwords(options.pipeline.stopwords.as_deref())?;
    let summarizer = Summarizer::new(options.to_config(extra))?;
    let files: Vec<PathBuf> = if args.files.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        args.files.clone()
    };
    let multiple = files.len() > 1;
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut all_ok = true;
    let mut first = true;
    for chunk in files.chunks(CHUNK) {
        let outcomes: Vec<Outcome> = chunk
            .par_iter()
            .map(|path| summarize_one(&summarizer, path, options.pipeline.max_bytes))
            .collect();
        for outcome in outcomes {
            match outcome {
                Ok((input, report)) => {
                    if let Some(warning) = &input.warning {
                        out.flush()?;
                        eprintln!("abridge: {}: warning: {warning}", input.source);
                    }
                    let entry = Entry {
                        source: &input.source,
                        id: None,
                        report: &report,
                    };
                    match args.format {
                        FormatArg::Text => text::write_entry(&mut out, &entry, multiple, first)?,
                        FormatArg::Json => json::write_entry(&mut out, &entry)?,
                    }
                    first = false;
                }
                Err((source, error)) => {
                    all_ok = false;
                    out.flush()?;
                    eprintln!("abridge: {source}: {error:#}");
                }
            }
        }
    }
    out.flush()?;
    Ok(all_ok)
}

fn summarize_one(summarizer: &Summarizer, path: &std::path::Path, max_bytes: usize) -> Outcome {
    let source = path.display().to_string();
    let mut input = input::read(path, max_bytes).map_err(|e| (source.clone(), e))?;
    match summarizer.run(&input.text) {
        Ok(report) => {
            // The chunk's outcomes wait in memory until they are written:
            // keep the small report, not the input (up to --max-bytes each).
            input.text = String::new();
            if report.stats.sentences == 0 {
                let note = "no sentences found, the summary is empty";
                input.warning = Some(match input.warning.take() {
                    Some(warning) => format!("{warning}; {note}"),
                    None => note.to_string(),
                });
            }
            Ok((input, report))
        }
        Err(e) => Err((source, e.into())),
    }
}
