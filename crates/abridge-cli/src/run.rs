//! The batch loop: read every input, summarize, write results in input
//! order, report failures on stderr as they happen.
//!
//! Inputs are processed in chunks across threads (rayon) and written in input
//! order, so the bytes out do not depend on the thread count. Memory holds one
//! chunk of inputs at a time: [`CHUNK`] files, or for JSON Lines at most
//! [`RECORDS`] records and about [`RECORD_BYTES`] bytes of them.

use crate::args::{Args, InputFormatArg};
use crate::input::{self, LineReader};
use crate::progress::{Conditions, Progress};
use crate::{html, walk};
use abridge::output::{Entry, Format, Renderer, renderer};
use abridge::{Report, Summarizer};
use anyhow::{Context, Result};
use rayon::prelude::*;
use std::io::{self, BufRead, BufWriter, Write};
use std::path::{Path, PathBuf};

/// How many files are read and summarized before their results are written.
const CHUNK: usize = 64;

/// How many JSON Lines records are summarized before their results are
/// written: enough to keep every core busy between two writes.
const RECORDS: usize = 1024;

/// A JSON Lines chunk also ends once it holds this many bytes of records.
const RECORD_BYTES: usize = 16 << 20;

/// A summarized input, ready to be written.
struct Done {
    source: String,
    id: Option<serde_json::Value>,
    warning: Option<String>,
    report: Report,
}

/// What happened to one input: its result, or where and why it failed.
type Outcome = std::result::Result<Done, (String, anyhow::Error)>;

/// Writes outcomes in order and remembers whether any failed.
struct Printer<W: Write> {
    out: W,
    renderer: Box<dyn Renderer>,
    progress: Progress,
    all_ok: bool,
}

impl<W: Write> Printer<W> {
    fn emit(&mut self, outcome: Outcome) -> Result<()> {
        match outcome {
            Ok(done) => {
                let notes = [done.warning.clone(), language_note(&done.report)];
                let notes: Vec<String> = notes.into_iter().flatten().collect();
                if !notes.is_empty() {
                    let warning = notes.join("; ");
                    self.out.flush()?;
                    self.progress
                        .warn(format_args!("abridge: {}: warning: {warning}", done.source));
                }
                let entry = Entry {
                    source: &done.source,
                    id: done.id.as_ref(),
                    report: &done.report,
                };
                self.renderer.entry(&mut self.out, &entry)?;
            }
            Err((source, error)) => self.fail(&source, &error)?,
        }
        Ok(())
    }

    fn fail(&mut self, source: &str, error: &anyhow::Error) -> Result<()> {
        self.all_ok = false;
        self.out.flush()?;
        self.progress
            .warn(format_args!("abridge: {source}: {error:#}"));
        Ok(())
    }
}

/// Runs the command. Returns whether every input succeeded; an `Err` is a
/// failure that concerns no single input (bad `--stopwords` file, output
/// closed).
pub fn run(args: &Args) -> Result<bool> {
    let options = &args.options;
    let config = input::config(&options.pipeline, options.budget())?;
    let summarizer = Summarizer::new(config)?;
    let walked = if args.files.is_empty() {
        walk::expand(&[PathBuf::from("-")], None)
    } else {
        walk::expand(&args.files, walk::globs(&args.glob)?.as_ref())
    };
    let files = walked.files;
    let jsonl = args.input_format == InputFormatArg::Jsonl;
    let multiple = files.len() > 1 || jsonl || args.files.iter().any(|p| p.is_dir());
    let format = args.format;
    // The bar counts files; records of JSON Lines inputs are not known ahead.
    let progress = Progress::new(Conditions::detect(
        if jsonl { 0 } else { files.len() },
        format == Format::Json,
        args.quiet,
    ));
    let stdout = io::stdout();
    let mut printer = Printer {
        out: BufWriter::new(stdout.lock()),
        renderer: renderer(format, multiple),
        progress,
        all_ok: walked.errors.is_empty(),
    };
    printer.renderer.begin(&mut printer.out)?;
    for (source, error) in &walked.errors {
        printer
            .progress
            .warn(format_args!("abridge: {source}: {error:#}"));
    }
    match args.input_format {
        InputFormatArg::Text => {
            for chunk in files.chunks(CHUNK) {
                let summarize = |path: &PathBuf| {
                    let outcome = summarize_file(&summarizer, path, options.pipeline.max_bytes);
                    // Counted when done, not when written, so the bar moves
                    // within a chunk.
                    printer.progress.inc();
                    outcome
                };
                // One input needs no thread pool: starting one costs more
                // than summarizing an article.
                let outcomes: Vec<Outcome> = if chunk.len() == 1 {
                    chunk.iter().map(summarize).collect()
                } else {
                    chunk.par_iter().map(summarize).collect()
                };
                for outcome in outcomes {
                    printer.emit(outcome)?;
                }
            }
        }
        InputFormatArg::Jsonl => {
            for path in &files {
                run_jsonl(&summarizer, path, &mut printer)?;
            }
        }
    }
    printer.progress.finish();
    printer.renderer.finish(&mut printer.out)?;
    printer.out.flush()?;
    Ok(printer.all_ok)
}

fn summarize_file(summarizer: &Summarizer, path: &Path, max_bytes: usize) -> Outcome {
    let source = path.display().to_string();
    let input = input::read(path, max_bytes).map_err(|e| (source.clone(), e))?;
    let (mut input, title) = html::prepare(path, input).map_err(|e| (source.clone(), e))?;
    match summarizer.run(&input.text) {
        Ok(report) => {
            if report.stats.sentences == 0 {
                let note = "no sentences found, the summary is empty";
                input.warning = Some(match input.warning.take() {
                    Some(warning) => format!("{warning}; {note}"),
                    None => note.to_string(),
                });
            }
            Ok(Done {
                source: input.source,
                id: None,
                warning: input.warning,
                // A page's own title is better than a guess from its text.
                report: Report {
                    title: title.or(report.title),
                    ..report
                },
            })
        }
        Err(e) => Err((source, e.into())),
    }
}

/// Summarizes the records of one JSON Lines input. A file that cannot be
/// opened or read is reported and ends this input only; an `Err` is a
/// failure to write the output.
fn run_jsonl<W: Write>(
    summarizer: &Summarizer,
    path: &Path,
    printer: &mut Printer<W>,
) -> Result<()> {
    let source = path.display().to_string();
    let reader = match open(path, &source) {
        Ok(reader) => reader,
        Err(error) => return printer.fail(&source, &error),
    };
    let mut lines = LineReader::new(reader, summarizer.config().max_input_bytes);
    loop {
        let chunk = match lines.next_chunk(RECORDS, RECORD_BYTES) {
            Ok(chunk) if chunk.is_empty() => return Ok(()),
            Ok(chunk) => chunk,
            Err(error) => return printer.fail(&source, &error),
        };
        let outcomes: Vec<Outcome> = chunk
            .into_par_iter()
            .map(|line| {
                summarize_record(summarizer, &source, line.bytes)
                    .map_err(|e| (format!("{source}:{}", line.number), e))
            })
            .collect();
        for outcome in outcomes {
            printer.emit(outcome)?;
        }
    }
}

/// The warning a report's language calls for: detection fell back on a
/// text with words enough to be detected (a short text falls back quietly),
/// or found a language for which abridge has nothing of its own.
fn language_note(report: &Report) -> Option<String> {
    let detection = report.detection?;
    let language = report.language;
    if detection.accepted && language.support().is_neutral() {
        return Some(format!(
            "detected {language}, for which abridge has no stemmer or stopwords: its words are \
             taken as they are"
        ));
    }
    if !detection.failed() {
        return None;
    }
    Some(match detection.guess {
        Some(guess) => format!(
            "language not detected with confidence (best guess {guess} at {:.2}), read as \
             {language}; --language sets it",
            detection.confidence
        ),
        None => format!("language not detected, read as {language}; --language sets it"),
    })
}

/// Opens a JSON Lines input; `-` is standard input.
fn open(path: &Path, source: &str) -> Result<Box<dyn BufRead>> {
    if source == "-" {
        return Ok(Box::new(io::stdin().lock()));
    }
    let file = std::fs::File::open(path).context("cannot open")?;
    if file.metadata().is_ok_and(|m| m.is_dir()) {
        anyhow::bail!("is a directory");
    }
    Ok(Box::new(io::BufReader::with_capacity(1 << 16, file)))
}

fn summarize_record(summarizer: &Summarizer, source: &str, line: Result<Vec<u8>>) -> Result<Done> {
    let record = input::parse_record(&line?)?;
    let report = summarizer.run_titled(record.title.as_deref(), &record.text)?;
    Ok(Done {
        source: source.to_string(),
        id: record.id,
        warning: None,
        report,
    })
}
