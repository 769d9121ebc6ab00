//! `abridge eval`: read an evaluation set, run the library's evaluator on every record across
//! threads, and print the averaged figures.
//!
//! Records are evaluated in parallel (rayon) and averaged in input order, so the figures do not
//! depend on the thread count. A problem with the data (unreadable file, malformed record, a
//! record without gold answers or that cannot be summarized) is reported on stderr as
//! `FILE:LINE: problem`, for every such record, and then no figures are printed: a mean over
//! part of a set would not be comparable with anything. That is exit status 1, as for a failed
//! input of the main command; status 2 stays for usage errors.

use crate::args::TokenizerArg;
use crate::args::{
    EvalCommand, EvalCommon, EvalFormatArg, EvalKeywordsArgs, EvalSummaryArgs, LanguageArg,
};
use crate::input;
use abridge::{Budget, Summarizer};
use abridge_eval::render;
use abridge_eval::rouge::Tokenizer;
use abridge_eval::run::{
    KeyphraseEvaluator, KeyphraseRecord, KeyphraseScores, SummaryEvaluator, SummaryRecord,
    SummaryScores,
};
use anyhow::{Context, Result};
use rayon::prelude::*;
use serde::de::DeserializeOwned;
use std::io::{self, BufWriter, IsTerminal, Read, Write};
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Runs `abridge eval`. Returns whether figures were printed; an `Err` is a usage problem
/// (bad `--stopwords` file, an option the library refuses) or a closed output.
pub fn run(command: &EvalCommand) -> Result<bool> {
    match command {
        EvalCommand::Summary(args) => summary(args),
        EvalCommand::Keywords(args) => keywords(args),
    }
}

fn summary(args: &EvalSummaryArgs) -> Result<bool> {
    // The evaluator replaces the budget; the default one only has to be valid.
    let config = input::config(&args.pipeline, Budget::default())?;
    let length = args.length();
    let evaluator = SummaryEvaluator::new(config, length)?.with_tokenizer(match args.tokenizer {
        TokenizerArg::Rouge => Tokenizer::RougeScore,
        TokenizerArg::Unicode => Tokenizer::Unicode,
    });
    let common = &args.common;
    let Some(results) = score_set(
        common,
        |r: &SummaryRecord| evaluator.evaluate(r),
        |r| &r.id,
        |out, id, result| render::write_summary_dump(out, id, result),
    )?
    else {
        return Ok(false);
    };
    let scores = SummaryScores::mean(&results);
    let data = common.data.display().to_string();
    write_stdout(|out| match common.format {
        EvalFormatArg::Text => render::write_summary_table(out, &data, length, &scores),
        EvalFormatArg::Json => render::write_summary_json(out, &data, length, &scores),
    })?;
    Ok(true)
}

fn keywords(args: &EvalKeywordsArgs) -> Result<bool> {
    let config = input::config(&args.pipeline, Budget::default())?;
    // Fail on a bad configuration before reading the data.
    Summarizer::new(config.clone())?;
    let forced = args.pipeline.language.and_then(LanguageArg::given);
    let evaluator = KeyphraseEvaluator::new(config, &args.cutoffs(), forced.is_some())?;
    let common = &args.common;
    let Some(results) = score_set(
        common,
        |r: &KeyphraseRecord| evaluator.evaluate(r),
        |r| &r.id,
        |out, id, result| render::write_keyphrase_dump(out, id, result),
    )?
    else {
        return Ok(false);
    };
    let scores = KeyphraseScores::mean(&results);
    let data = common.data.display().to_string();
    write_stdout(|out| match common.format {
        EvalFormatArg::Text => render::write_keyphrase_table(out, &data, forced, &scores),
        EvalFormatArg::Json => render::write_keyphrase_json(out, &data, forced, &scores),
    })?;
    Ok(true)
}

/// The steps both tasks share: reads the records of `common.data`, evaluates each across
/// threads, reports every failure, and writes the per-record dump when asked. Returns the
/// results in input order, or `None` when the data could not be scored (already reported).
fn score_set<T: DeserializeOwned + Sync, R: Send>(
    common: &EvalCommon,
    evaluate: impl Fn(&T) -> abridge_eval::Result<R> + Sync,
    id: impl Fn(&T) -> &str,
    dump: impl Fn(&mut dyn Write, &str, &R) -> io::Result<()>,
) -> Result<Option<Vec<R>>> {
    let Some(records) = read_records::<T>(&common.data)? else {
        return Ok(None);
    };
    let results = evaluate_all(common, &records, evaluate);
    let Some(results) = all_or_report(&common.data, &records, results) else {
        return Ok(None);
    };
    if let Some(path) = &common.dump {
        write_dump(path, |out| {
            for ((_, record), result) in records.iter().zip(&results) {
                dump(out, id(record), result)?;
            }
            Ok(())
        })?;
    }
    Ok(Some(results))
}

/// Reads and parses every non-blank line of `path` (`-`: standard input) as a record, with its
/// 1-based line number. Every malformed line is reported; then `None` is returned. A file with
/// no record at all is an error too.
fn read_records<T: DeserializeOwned>(path: &Path) -> Result<Option<Vec<(usize, T)>>> {
    let name = path.display();
    let text = match read_data(path) {
        Ok(text) => text,
        Err(error) => {
            eprintln!("abridge: {name}: {error:#}");
            return Ok(None);
        }
    };
    let mut records = Vec::new();
    let mut ok = true;
    for (index, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        match serde_json::from_str::<T>(line) {
            Ok(record) => records.push((index + 1, record)),
            Err(error) => {
                ok = false;
                eprintln!("abridge: {name}:{}: invalid record: {error}", index + 1);
            }
        }
    }
    if ok && records.is_empty() {
        eprintln!("abridge: {name}: no record to evaluate");
        ok = false;
    }
    Ok(ok.then_some(records))
}

fn read_data(path: &Path) -> Result<String> {
    let mut bytes = Vec::new();
    if path.as_os_str() == "-" {
        io::stdin()
            .lock()
            .read_to_end(&mut bytes)
            .context("cannot read standard input")?;
    } else {
        bytes = std::fs::read(path).context("cannot read")?;
    }
    String::from_utf8(bytes).map_err(|e| {
        anyhow::anyhow!(
            "not UTF-8 (first invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        )
    })
}

/// Evaluates every record on the rayon pool, results in input order, with a progress counter
/// on stderr when it is a terminal and the output is a table.
fn evaluate_all<T: Sync, R: Send>(
    common: &EvalCommon,
    records: &[(usize, T)],
    evaluate: impl Fn(&T) -> abridge_eval::Result<R> + Sync,
) -> Vec<abridge_eval::Result<R>> {
    let total = records.len();
    let show = common.format == EvalFormatArg::Text && io::stderr().is_terminal() && total >= 20;
    let done = AtomicUsize::new(0);
    // About a hundred updates in all, so the terminal is not flooded.
    let step = (total / 100).max(1);
    let results = records
        .par_iter()
        .map(|(_, record)| {
            let result = evaluate(record);
            let finished = done.fetch_add(1, Ordering::Relaxed) + 1;
            if show && (finished.is_multiple_of(step) || finished == total) {
                eprint!("\rabridge eval: {finished}/{total} records");
            }
            result
        })
        .collect();
    if show {
        // Clear the counter line so the table starts clean.
        eprint!("\r\x1b[K");
    }
    results
}

/// All results, or `None` after reporting every failure as `FILE:LINE: problem`.
fn all_or_report<T, R>(
    path: &Path,
    records: &[(usize, T)],
    results: Vec<abridge_eval::Result<R>>,
) -> Option<Vec<R>> {
    let mut ok = Vec::with_capacity(results.len());
    let mut failed = false;
    for ((line, _), result) in records.iter().zip(results) {
        match result {
            Ok(result) => ok.push(result),
            Err(error) => {
                failed = true;
                eprintln!("abridge: {}:{line}: {error}", path.display());
            }
        }
    }
    (!failed).then_some(ok)
}

/// Writes the per-record dump to `path` (`-`: standard output).
fn write_dump(path: &Path, write: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> Result<()> {
    if path.as_os_str() == "-" {
        return write_stdout(|out| write(out));
    }
    let file = std::fs::File::create(path)
        .with_context(|| format!("{}: cannot create the dump", path.display()))?;
    let mut out = BufWriter::new(file);
    write(&mut out)
        .and_then(|()| out.flush())
        .with_context(|| format!("{}: cannot write the dump", path.display()))
}

fn write_stdout(
    write: impl FnOnce(&mut BufWriter<io::StdoutLock>) -> io::Result<()>,
) -> Result<()> {
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    write(&mut out)?;
    out.flush()?;
    Ok(())
}
