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
use crate::progress::note;
use crate::run::StdoutFailed;
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
use std::io::{self, BufWriter, IsTerminal, Write};
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
        &SUMMARY_SET,
        |r: &SummaryRecord| evaluator.evaluate(r),
        |r| &r.id,
        |out, id, result| render::write_summary_dump(out, id, result),
    )?
    else {
        return Ok(false);
    };
    let scores = SummaryScores::mean(&results);
    let data = input::name(&common.data);
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
        &KEYPHRASE_SET,
        |r: &KeyphraseRecord| evaluator.evaluate(r),
        |r| &r.id,
        |out, id, result| render::write_keyphrase_dump(out, id, result),
    )?
    else {
        return Ok(false);
    };
    let scores = KeyphraseScores::mean(&results);
    let data = input::name(&common.data);
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
    set: &Set,
    evaluate: impl Fn(&T) -> abridge_eval::Result<R> + Sync,
    id: impl Fn(&T) -> &str,
    dump: impl Fn(&mut dyn Write, &str, &R) -> io::Result<()>,
) -> Result<Option<Vec<R>>> {
    if let Some(dump) = &common.dump {
        crate::files::refuse_overwriting_inputs(dump, [common.data.as_path()])?;
    }
    let Some(records) = read_records::<T>(&common.data, set)? else {
        return Ok(None);
    };
    crate::run::start_threads(common.threads, records.len());
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

/// What the records of one task's sets hold, to tell one kind of set from the other.
struct Set {
    /// The field with the gold answers.
    field: &'static str,
    /// The other task's field, its kind of set and its command.
    other: (&'static str, &'static str, &'static str),
}

const SUMMARY_SET: Set = Set {
    field: "summaries",
    other: ("keyphrases", "keyphrase set", "abridge eval keywords"),
};

const KEYPHRASE_SET: Set = Set {
    field: "keyphrases",
    other: ("summaries", "summary set", "abridge eval summary"),
};

/// When the first record lacks the gold field, the whole file is most likely the other kind of
/// set (or no set): the one line that says so, instead of the same error on every line.
fn wrong_set(first: &str, number: usize, set: &Set) -> Option<String> {
    let serde_json::Value::Object(record) = serde_json::from_str(first).ok()? else {
        return None;
    };
    if record.contains_key(set.field) {
        return None;
    }
    let (other_field, other_set, other_command) = set.other;
    let mut message = format!("no `{}` field (line {number})", set.field);
    if record.contains_key(other_field) {
        message.push_str(&format!(
            ": this looks like a {other_set}; try `{other_command}`"
        ));
    }
    Some(message)
}

/// Reads and parses every non-blank line of `path` (`-`: standard input) as a record, with its
/// 1-based line number. Every malformed line is reported; then `None` is returned. A file with
/// no record at all is an error too, and so is one whose first record lacks the gold field
/// (reported once).
fn read_records<T: DeserializeOwned>(path: &Path, set: &Set) -> Result<Option<Vec<(usize, T)>>> {
    let name = input::name(path);
    let text = match read_data(path) {
        Ok(text) => text,
        Err(error) => {
            note(format_args!("abridge: {name}: {error:#}"));
            return Ok(None);
        }
    };
    let mut records = Vec::new();
    let mut ok = true;
    for (index, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        if records.is_empty()
            && ok
            && let Some(message) = wrong_set(line, index + 1, set)
        {
            eprintln!("abridge: {name}: {message}");
            return Ok(None);
        }
        match serde_json::from_str::<T>(line) {
            Ok(record) => records.push((index + 1, record)),
            Err(error) => {
                ok = false;
                note(format_args!(
                    "abridge: {name}:{}: invalid record: {error}",
                    index + 1
                ));
            }
        }
    }
    if ok && records.is_empty() {
        note(format_args!("abridge: {name}: no record to evaluate"));
        ok = false;
    }
    Ok(ok.then_some(records))
}

fn read_data(path: &Path) -> Result<String> {
    input::read_whole(path, input::MAX_EVAL_DATA_BYTES).context(if path.as_os_str() == "-" {
        "cannot read standard input"
    } else {
        "cannot read"
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
                let _ = write!(io::stderr(), "\rabridge eval: {finished}/{total} records");
            }
            result
        })
        .collect();
    if show {
        // Clear the counter line so the table starts clean.
        let _ = write!(io::stderr(), "\r\x1b[K");
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
                note(format_args!(
                    "abridge: {}:{line}: {error}",
                    input::name(path)
                ));
            }
        }
    }
    (!failed).then_some(ok)
}

/// Writes the per-record dump to `path` (`-`: standard output); a file is
/// written atomically.
fn write_dump(path: &Path, write: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> Result<()> {
    if path.as_os_str() == "-" {
        return write_stdout(|out| write(out));
    }
    crate::files::write_atomically(path, "the dump", write)
}

fn write_stdout(
    write: impl FnOnce(&mut BufWriter<io::StdoutLock>) -> io::Result<()>,
) -> Result<()> {
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    write(&mut out)
        .and_then(|()| out.flush())
        .map_err(|e| StdoutFailed(e).into())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Issue 12, item 7: a keyphrase set given to `eval summary` is named as such.
    #[test]
    fn the_other_kind_of_set_is_recognised_from_its_first_record() {
        let keyphrases = r#"{"id": "a", "text": "T.", "keyphrases": ["t"]}"#;
        assert_eq!(
            wrong_set(keyphrases, 1, &SUMMARY_SET).as_deref(),
            Some(
                "no `summaries` field (line 1): this looks like a keyphrase set; \
                 try `abridge eval keywords`"
            )
        );
        assert_eq!(wrong_set(keyphrases, 1, &KEYPHRASE_SET), None);
        assert_eq!(
            wrong_set(r#"{"text": "T."}"#, 3, &KEYPHRASE_SET).as_deref(),
            Some("no `keyphrases` field (line 3)")
        );
        assert_eq!(wrong_set("not json", 1, &SUMMARY_SET), None);
    }
}
