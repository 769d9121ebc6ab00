//! The batch loop: read every input, summarize, write results in input
//! order, report failures on stderr as they happen.
//!
//! Inputs are processed in chunks across threads (rayon) and written in input
//! order, so the bytes out do not depend on the thread count. Memory holds one
//! chunk of inputs at a time: [`CHUNK`] files, or for JSON Lines at most
//! [`RECORDS`] records and about [`RECORD_BYTES`] bytes of them.

use crate::args::Args;
use crate::combine;
use crate::input::{self, LineReader};
use crate::kind::{self, Kind};
use crate::markdown;
use crate::progress::{Conditions, Progress};
use crate::walk::{self, Found};
use abridge::output::{Entry, Format, Origin, Renderer, renderer};
use abridge::{Report, Request, Summarizer};
use anyhow::Result;
use rayon::prelude::*;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};

/// How many files are read and summarized before their results are written.
const CHUNK: usize = 64;

/// How many JSON Lines records are summarized before their results are
/// written: enough to keep every core busy between two writes.
const RECORDS: usize = 1024;

/// A JSON Lines chunk also ends once it holds this many bytes of records.
const RECORD_BYTES: usize = 16 << 20;

/// The most worker threads per core that `-j` may start: more would only
/// add switching and memory.
const THREADS_PER_CORE: usize = 4;

/// Starts the worker threads for `inputs` inputs (`usize::MAX` when they are
/// not known ahead) once `-j` asked for `requested`: never more than there
/// are inputs or than [`THREADS_PER_CORE`] per core, so that `-j 100000`
/// costs no more than `-j 8`. Without `-j` (or with 0), rayon's default
/// applies: one thread per core, started when first needed.
pub fn start_threads(requested: Option<usize>, inputs: usize) {
    if let Some(threads) = requested.filter(|&t| t > 0) {
        let threads = threads.min(thread_cap()).min(inputs).max(1);
        // Only fails if a pool already exists, which each command avoids by
        // calling this once, before any parallel work.
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build_global();
    }
}

/// The most threads `-j` may start on this machine.
pub fn thread_cap() -> usize {
    let cores = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    cores.saturating_mul(THREADS_PER_CORE)
}

/// A failure to write standard output (a full disk, say): nothing more can
/// be printed, so the run stops with status 1. A closed pipe is not one: it
/// is the reader's choice and ends the run quietly.
#[derive(Debug)]
pub struct StdoutFailed(pub io::Error);

impl std::fmt::Display for StdoutFailed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "standard output: {}", self.0)
    }
}

impl std::error::Error for StdoutFailed {}

/// A summarized input, ready to be written, or one skipped with a warning.
struct Done {
    source: String,
    id: Option<Box<serde_json::value::RawValue>>,
    warning: Option<String>,
    /// `None` when the input was skipped (a binary file met in a walk).
    report: Option<Report>,
    /// The text the report's spans index into, kept only for the formats
    /// that show it ([`slim`]).
    text: Option<String>,
}

/// What happened to one input: its result, or where and why it failed.
type Outcome = std::result::Result<Done, (String, anyhow::Error)>;

/// Drops the input's text unless the format shows the whole text (the HTML
/// briefing): results wait for the rest of their chunk, and copies of every
/// input would multiply the memory a batch needs.
fn slim(mut done: Done, keep_text: bool) -> Done {
    if !keep_text {
        done.text = None;
    }
    done
}

/// Writes outcomes in order and remembers whether any failed.
struct Printer<'f, W: Write> {
    out: W,
    renderer: Box<dyn Renderer>,
    progress: Progress,
    all_ok: bool,
    /// Whether reports keep their text (see [`slim`]).
    keep_text: bool,
    /// The focus of every report (`--focus`), recorded in JSON.
    focus: &'f [&'f str],
}

impl<W: Write> Printer<'_, W> {
    fn emit(&mut self, outcome: Outcome) -> Result<()> {
        match outcome {
            Ok(done) => {
                let notes = [
                    done.warning.clone(),
                    done.report.as_ref().and_then(language_note),
                ];
                let notes: Vec<String> = notes.into_iter().flatten().collect();
                if !notes.is_empty() {
                    let warning = notes.join("; ");
                    self.out.flush()?;
                    self.progress
                        .warn(format_args!("abridge: {}: warning: {warning}", done.source));
                }
                if let Some(report) = &done.report {
                    let mut entry = Entry::new(&done.source, report)
                        .with_id(done.id.as_deref())
                        .with_focus(self.focus);
                    if let Some(text) = &done.text {
                        entry = entry.with_text(text);
                    }
                    self.renderer.entry(&mut self.out, &entry)?;
                }
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
/// failure that concerns no single input (bad `--stopwords` file), or a
/// [`StdoutFailed`]. A closed pipe ends the run quietly, with the status the
/// inputs so far earned.
pub fn run(args: &Args) -> Result<bool> {
    let options = &args.options;
    let config = input::config(&options.pipeline, options.budget())?;
    let summarizer = Summarizer::new(config)?;
    let focus = input::focus(&options.focus, options.focus_file.as_deref())?;
    let focus: Vec<&str> = focus.iter().map(String::as_str).collect();
    let format_arg = args.input_format;
    let walked = if args.files.is_empty() {
        walk::expand(&[PathBuf::from("-")], walk::Filter::default())
    } else {
        let globs = walk::globs(&args.glob)?;
        let takes = |path: &Path| kind::walk_takes(format_arg, path);
        let filter = walk::Filter {
            globs: globs.as_ref(),
            takes: (!args.all_files).then_some(&takes as &dyn Fn(&Path) -> bool),
        };
        walk::expand(&args.files, filter)
    };
    let reads_stdin = walked.files.iter().any(|f| f.path.as_os_str() == "-");
    if let Some(notice) = input::stdin_notice(reads_stdin, io::stdin().is_terminal()) {
        crate::progress::note(format_args!("abridge: {notice}"));
    }
    let kinds: Vec<Option<Kind>> = walked
        .files
        .iter()
        .map(|f| kind::before_reading(format_arg, &f.path))
        .collect();
    let jsonl = kinds.contains(&Some(Kind::Jsonl));
    let files = &walked.files;
    start_threads(args.threads, if jsonl { usize::MAX } else { files.len() });
    let multiple = files.len() > 1 || jsonl || args.files.iter().any(|p| p.is_dir());
    let format = args.format;
    // The bar counts files; records of JSON Lines inputs are not known ahead.
    let progress = Progress::new(Conditions::detect(
        if jsonl || args.combine {
            0
        } else {
            files.len()
        },
        format == Format::Json,
        args.quiet,
    ));
    let stdout = io::stdout();
    let mut printer = Printer {
        out: BufWriter::new(stdout.lock()),
        // A combined run prints one report, whatever the number of inputs.
        renderer: renderer(format, multiple && !args.combine),
        progress,
        all_ok: walked.errors.is_empty(),
        // A combined report's sentences come from several texts: the HTML
        // briefing lists them with their sources instead of showing a text.
        keep_text: format.needs_text() && !args.combine,
        focus: &focus,
    };
    if let Some(note) = walked.skipped_note() {
        printer.progress.warn(format_args!("abridge: {note}"));
    }
    for (source, error) in &walked.errors {
        printer
            .progress
            .warn(format_args!("abridge: {source}: {error:#}"));
    }
    let written = if args.combine {
        print_combined(&summarizer, args, files, &kinds, &mut printer)
    } else {
        print_all(&summarizer, args, files, &kinds, &mut printer)
    };
    printer.progress.finish();
    match written {
        Ok(()) => Ok(printer.all_ok),
        Err(error) => match error.downcast::<io::Error>() {
            Ok(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(printer.all_ok),
            Ok(e) => Err(StdoutFailed(e).into()),
            Err(error) => Err(error),
        },
    }
}

/// Summarizes every input and prints the results in input order. An `Err`
/// is a failure to write standard output.
fn print_all<W: Write>(
    summarizer: &Summarizer,
    args: &Args,
    files: &[Found],
    kinds: &[Option<Kind>],
    printer: &mut Printer<'_, W>,
) -> Result<()> {
    let focus = printer.focus;
    let max_bytes = args.options.pipeline.max_bytes;
    let keep_text = printer.keep_text;
    printer.renderer.begin(&mut printer.out)?;
    // Runs of document files are summarized a chunk at a time across
    // threads; a JSON Lines file is read record by record in between, so
    // results keep the input order.
    let mut start = 0;
    while start < files.len() {
        if kinds[start] == Some(Kind::Jsonl) {
            run_jsonl(summarizer, &files[start].path, focus, printer)?;
            start += 1;
            continue;
        }
        let end = (start..files.len())
            .take(CHUNK)
            .find(|&i| kinds[i] == Some(Kind::Jsonl))
            .unwrap_or(files.len().min(start + CHUNK));
        let summarize = |(found, kind): (&Found, &Option<Kind>)| {
            let outcome = summarize_file(summarizer, found, *kind, max_bytes, focus)
                .map(|done| slim(done, keep_text));
            // Counted when done, not when written, so the bar moves
            // within a chunk.
            printer.progress.inc();
            outcome
        };
        let chunk: Vec<_> = files[start..end].iter().zip(&kinds[start..end]).collect();
        // One input needs no thread pool: starting one costs more than
        // summarizing an article.
        let outcomes: Vec<Outcome> = if chunk.len() == 1 {
            chunk.into_iter().map(summarize).collect()
        } else {
            chunk.into_par_iter().map(summarize).collect()
        };
        for outcome in outcomes {
            printer.emit(outcome)?;
        }
        start = end;
    }
    printer.renderer.finish(&mut printer.out)?;
    printer.out.flush()?;
    Ok(())
}

/// Reads every input into one document set and prints its one summary
/// (`--combine`). An input that cannot be read is reported and left out; an
/// `Err` is a failure to write standard output.
fn print_combined<W: Write>(
    summarizer: &Summarizer,
    args: &Args,
    files: &[Found],
    kinds: &[Option<Kind>],
    printer: &mut Printer<'_, W>,
) -> Result<()> {
    let max_bytes = args.options.pipeline.max_bytes;
    let mut failures = Vec::new();
    let mut warnings = Vec::new();
    let documents = combine::gather(
        files,
        kinds,
        max_bytes,
        |failure| failures.push(failure),
        |source, warning| warnings.push(format!("{source}: warning: {warning}")),
    );
    for warning in warnings {
        printer.progress.warn(format_args!("abridge: {warning}"));
    }
    for (source, error) in failures {
        printer.fail(&source, &error)?;
    }
    printer.renderer.begin(&mut printer.out)?;
    let request = Request::new().with_focus(printer.focus);
    match combine::summarize(summarizer, &documents, request) {
        Ok(report) => {
            let origins: Vec<Origin<'_>> = documents
                .iter()
                .map(|d| Origin::new(&d.source, d.id.as_deref()))
                .collect();
            let entry = Entry::new(COMBINED, &report)
                .with_focus(printer.focus)
                .with_documents(&origins);
            printer.renderer.entry(&mut printer.out, &entry)?;
        }
        Err(error) => printer.fail(COMBINED, &error)?,
    }
    printer.renderer.finish(&mut printer.out)?;
    printer.out.flush()?;
    Ok(())
}

/// The `source` of a combined report.
const COMBINED: &str = "combined";

fn summarize_file(
    summarizer: &Summarizer,
    found: &Found,
    kind: Option<Kind>,
    max_bytes: usize,
    focus: &[&str],
) -> Outcome {
    let path = &found.path;
    let source = input::name(path);
    let input = match input::read(path, max_bytes) {
        Ok(input) => input,
        Err(error) => {
            return match error.downcast_ref::<input::Binary>() {
                // Issue 12, item 3: a walk may meet images and archives;
                // they are not the user's mistake.
                Some(binary) if found.walked => Ok(Done {
                    source,
                    id: None,
                    warning: Some(format!(
                        "binary file (NUL byte at offset {}), skipped",
                        binary.at
                    )),
                    report: None,
                    text: None,
                }),
                _ => Err((source, error)),
            };
        }
    };
    let prepared = kind::prepare(kind, path, input).map_err(|e| (source.clone(), e))?;
    // Markdown's first heading is left out of its text, so it is given
    // apart, and its words count for the keywords as a text file's title
    // line does. A page's own title is better than a guess from its text.
    let request = Request::new().with_focus(focus);
    let result = match prepared.given_title() {
        Some(title) => summarizer.run_with(&prepared.input.text, request.with_title(Some(title))),
        None => summarizer
            .run_with(&prepared.input.text, request)
            .map(|report| Report {
                title: prepared.title.clone().or(report.title),
                ..report
            }),
    };
    let mut input = prepared.input;
    match result {
        Ok(mut report) => {
            if let Some(file) = prepared.markdown {
                // Show sentences and the text as the file has them, without
                // the spaces left where markup was.
                for sentence in &mut report.summary {
                    let span = sentence.span.start..sentence.span.end;
                    sentence.text = markdown::sentence_text(&file, &input.text, span);
                }
                input.text = file;
            }
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
                report: Some(report),
                text: Some(input.text),
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
    focus: &[&str],
    printer: &mut Printer<'_, W>,
) -> Result<()> {
    let source = input::name(path);
    let reader = match input::open_lines(path) {
        Ok(reader) => reader,
        Err(error) => return printer.fail(&source, &error),
    };
    let mut lines = LineReader::new(reader, summarizer.config().max_input_bytes);
    let keep_text = printer.keep_text;
    loop {
        let chunk = match lines.next_chunk(RECORDS, RECORD_BYTES) {
            Ok(chunk) if chunk.is_empty() => return Ok(()),
            Ok(chunk) => chunk,
            Err(error) => return printer.fail(&source, &error),
        };
        let outcomes: Vec<Outcome> = chunk
            .into_par_iter()
            .map(|line| {
                summarize_record(summarizer, &source, line.bytes, focus)
                    .map(|done| slim(done, keep_text))
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

fn summarize_record(
    summarizer: &Summarizer,
    source: &str,
    line: Result<Vec<u8>>,
    focus: &[&str],
) -> Result<Done> {
    let request = Request::new().with_focus(focus);
    let (record, report) = abridge::jsonl::summarize_line_with(summarizer, &line?, request)?;
    Ok(Done {
        source: source.to_string(),
        id: record.id,
        warning: None,
        report: Some(report),
        text: Some(record.text),
    })
}
