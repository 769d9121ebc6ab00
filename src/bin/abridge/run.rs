//! The batch loop: read every input, summarize, write results in input
//! order, report failures on stderr as they happen.
//!
//! Inputs are processed in chunks across threads (rayon) and written in input
//! order, so the bytes out do not depend on the thread count. Memory holds one
//! chunk of inputs at a time.

use crate::args::{Args, FormatArg};
use crate::progress::{Conditions, Progress};
use crate::{html, input, walk};
use abridge::output::{Entry, Format, renderer};
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
    let mut config = options.to_config(extra);
    config.idf = crate::idf::load_option(options.pipeline.idf.as_deref())?;
    let summarizer = Summarizer::new(config)?;
    let walked = if args.files.is_empty() {
        walk::expand(&[PathBuf::from("-")], None)
    } else {
        walk::expand(&args.files, walk::globs(&args.glob)?.as_ref())
    };
    let files = walked.files;
    let multiple = files.len() > 1 || args.files.iter().any(|p| p.is_dir());
    let format = match args.format {
        FormatArg::Text => Format::Text,
        FormatArg::Json => Format::Json,
        FormatArg::Markdown => Format::Markdown,
        FormatArg::Html => Format::Html,
    };
    let progress = Progress::new(Conditions::detect(
        files.len(),
        format == Format::Json,
        args.quiet,
    ));
    let mut renderer = renderer(format, multiple);
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    renderer.begin(&mut out)?;
    let mut all_ok = walked.errors.is_empty();
    for (source, error) in &walked.errors {
        progress.warn(format_args!("abridge: {source}: {error:#}"));
    }
    for chunk in files.chunks(CHUNK) {
        let outcomes: Vec<Outcome> = chunk
            .par_iter()
            .map(|path| {
                let outcome = summarize_one(&summarizer, path, options.pipeline.max_bytes);
                // Counted when done, not when written, so the bar moves
                // within a chunk.
                progress.inc();
                outcome
            })
            .collect();
        for outcome in outcomes {
            match outcome {
                Ok((input, report)) => {
                    if let Some(warning) = &input.warning {
                        out.flush()?;
                        progress.warn(format_args!(
                            "abridge: {}: warning: {warning}",
                            input.source
                        ));
                    }
                    let entry = Entry {
                        source: &input.source,
                        id: None,
                        report: &report,
                    };
                    renderer.entry(&mut out, &entry)?;
                }
                Err((source, error)) => {
                    all_ok = false;
                    out.flush()?;
                    progress.warn(format_args!("abridge: {source}: {error:#}"));
                }
            }
        }
    }
    progress.finish();
    renderer.finish(&mut out)?;
    out.flush()?;
    Ok(all_ok)
}

fn summarize_one(summarizer: &Summarizer, path: &std::path::Path, max_bytes: usize) -> Outcome {
    let source = path.display().to_string();
    let input = input::read(path, max_bytes).map_err(|e| (source.clone(), e))?;
    let (input, title) = html::prepare(path, input).map_err(|e| (source.clone(), e))?;
    match summarizer.run(&input.text) {
        // A page's own title is better than a guess from its text.
        Ok(report) => Ok((
            input,
            Report {
                title: title.or(report.title),
                ..report
            },
        )),
        Err(e) => Err((source, e.into())),
    }
}
