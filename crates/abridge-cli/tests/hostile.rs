//! Hostile and broken input at the command line (issue 5).
//!
//! Each test is one row of the table in README.md ("Exit status, limits and
//! errors"): an input, the exit status, and what stdout and stderr must say.
//! The rule behind the table: every input gives either a valid result or one
//! line on stderr that names the input and the problem; good inputs beside a
//! bad one are still summarized, and the status is then 1; a usage error is
//! status 2.
//!
//! The last tests check the output itself: whole lines, in input order, for
//! any thread count, and a quiet exit when the reader closes the pipe.

mod common;

use common::{ARTICLE, JsonReport, abridge, write};
use predicates::prelude::*;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use tempfile::TempDir;

/// What a run printed and returned.
struct Run {
    status: i32,
    lines: Vec<JsonReport>,
    stderr: String,
}

/// Runs `abridge --format json` with `args` and parses every stdout line.
fn run(args: &[&str]) -> Run {
    let output = abridge()
        .args(["--format", "json"])
        .args(args)
        .output()
        .expect("abridge runs");
    let stdout = String::from_utf8(output.stdout).expect("stdout is UTF-8");
    let lines = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e} in {l}")))
        .collect();
    Run {
        status: output
            .status
            .code()
            .expect("abridge exits, it is not killed"),
        lines,
        stderr: String::from_utf8(output.stderr).expect("stderr is UTF-8"),
    }
}

/// Writes `bytes` to a file in a new directory and runs abridge on it.
fn run_on(bytes: impl AsRef<[u8]>, args: &[&str]) -> (Run, PathBuf, TempDir) {
    let dir = TempDir::new().expect("a temporary directory");
    let path = write(dir.path(), "input.txt", bytes);
    let mut all: Vec<&str> = args.to_vec();
    all.push(path.to_str().expect("temporary paths are UTF-8"));
    (run(&all), path, dir)
}

/// Checks that every summary sentence of `line` is a span of `input` (on
/// char boundaries) whose text, white space collapsed, is the sentence.
fn assert_spans(input: &str, line: &JsonReport) {
    for s in &line.summary {
        let slice = input
            .get(s.start..s.end)
            .unwrap_or_else(|| panic!("span {}..{} is not a slice of the input", s.start, s.end));
        let collapsed: Vec<&str> = slice.split_whitespace().collect();
        assert_eq!(collapsed.join(" "), s.text);
        assert!(s.score.is_finite());
    }
}

/// The one good result of a run on a single input.
fn single(run: &Run) -> &JsonReport {
    assert_eq!(run.lines.len(), 1, "stderr: {}", run.stderr);
    &run.lines[0]
}

fn warning(path: &Path, message: &str) -> String {
    format!("abridge: {}: warning: {message}\n", path.display())
}

const NO_SENTENCES: &str = "no sentences found, the summary is empty";

#[test]
fn empty_file_is_an_empty_summary_with_a_warning() {
    let (run, path, _dir) = run_on("", &[]);
    assert_eq!(run.status, 0);
    let line = single(&run);
    assert_eq!(line.stats.sentences, 0);
    assert!(line.summary.is_empty() && line.keywords.is_empty());
    assert_eq!(run.stderr, warning(&path, NO_SENTENCES));
}

#[test]
fn whitespace_only_is_an_empty_summary_with_a_warning() {
    let (run, path, _dir) = run_on(" \n\t\r\n \u{a0}\n\n   ", &[]);
    assert_eq!(run.status, 0);
    assert!(single(&run).summary.is_empty());
    assert_eq!(run.stderr, warning(&path, NO_SENTENCES));
}

#[test]
fn text_without_letters_has_no_keywords() {
    let input = "123 456. 7.8% of 90!!! ???\n\n😀😀 🎉 — 2021-07-19 ... (42)\n";
    let (run, path, _dir) = run_on(input, &[]);
    assert_eq!(run.status, 0);
    let line = single(&run);
    assert!(line.keywords.is_empty(), "{:?}", line.keywords);
    assert_spans(input, line);
    // Whether such lines count as sentences is the splitter's call; either
    // way the result is valid and at most the empty-summary warning is shown.
    if line.summary.is_empty() {
        assert_eq!(run.stderr, warning(&path, NO_SENTENCES));
    } else {
        assert_eq!(run.stderr, "");
    }
}

#[test]
fn only_stopwords_give_a_summary_but_no_keywords() {
    let input = "It is what it is. And so it was, and so it will be.\n";
    let (run, _path, _dir) = run_on(input, &[]);
    assert_eq!(run.status, 0);
    let line = single(&run);
    assert!(!line.summary.is_empty());
    assert!(line.keywords.is_empty(), "{:?}", line.keywords);
    assert_spans(input, line);
    assert_eq!(run.stderr, "");
}

/// `n` distinct lowercase tokens ("aab", "bab", ...), as a counter in base 26.
fn distinct_tokens(n: usize) -> impl Iterator<Item = String> {
    (0..n).map(|i| {
        let mut i = i + 26 * 26;
        let mut token = String::new();
        while i > 0 {
            token.push(char::from(b'a' + (i % 26) as u8));
            i /= 26;
        }
        token
    })
}

#[test]
fn one_megabyte_sentence_without_punctuation_is_summarized() {
    // Every token distinct: the worst case for a vocabulary-sized graph.
    let mut input = String::with_capacity(1 << 20);
    for token in distinct_tokens(usize::MAX) {
        if input.len() + token.len() + 1 > 1 << 20 {
            break;
        }
        input.push_str(&token);
        input.push(' ');
    }
    // Made-up words are in no language: the language is given, so that the
    // detection warning does not hide what this test checks.
    let (run, _path, _dir) = run_on(&input, &["--language", "english"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    let line = single(&run);
    assert!(!line.summary.is_empty());
    assert!(line.keywords.len() <= 10);
    assert_spans(&input, line);
    assert_eq!(run.stderr, "");
}

#[test]
fn two_hundred_thousand_one_word_lines_are_summarized() {
    let words: Vec<String> = distinct_tokens(5_000).collect();
    let input: String = (0..200_000)
        .map(|i| format!("{}\n", words[i % words.len()]))
        .collect();
    // Made-up words are in no language: given, as above.
    let (run, path, _dir) = run_on(&input, &["--language", "english"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    let line = single(&run);
    assert_spans(&input, line);
    // Lines without punctuation may or may not make sentences; a result
    // without any comes with the warning, anything else with silence.
    if line.summary.is_empty() {
        assert_eq!(run.stderr, warning(&path, NO_SENTENCES));
    } else {
        assert_eq!(run.stderr, "");
    }
}

#[test]
fn nul_bytes_are_refused_as_binary() {
    let (run, path, _dir) = run_on(b"Good text here.\0\x01\x02 More text.", &[]);
    assert_eq!(run.status, 1);
    assert!(run.lines.is_empty());
    assert_eq!(
        run.stderr,
        format!(
            "abridge: {}: binary file (NUL byte at offset 15), not summarized\n",
            path.display()
        )
    );
}

#[test]
fn invalid_utf8_is_replaced_with_a_warning() {
    let (run, path, _dir) = run_on(
        b"Caf\xe9 au lait is good. The caf\xe9 closed at noon.\n",
        &[],
    );
    assert_eq!(run.status, 0);
    let line = single(&run);
    assert!(line.summary.iter().any(|s| s.text.contains('\u{fffd}')));
    assert_eq!(
        run.stderr,
        warning(&path, "invalid UTF-8 (first at byte 3) replaced by U+FFFD")
    );
}

#[test]
fn byte_order_mark_is_not_part_of_a_sentence() {
    let input = format!("\u{feff}{ARTICLE}");
    let (run, _path, _dir) = run_on(&input, &["--sentences", "8"]);
    assert_eq!(run.status, 0);
    let line = single(&run);
    assert_spans(&input, line);
    assert!(
        line.summary.iter().all(|s| !s.text.contains('\u{feff}')),
        "{:?}",
        line.summary
    );
    assert_eq!(run.stderr, "");
}

#[test]
fn crlf_line_ends_read_like_lf() {
    let crlf = ARTICLE.replace('\n', "\r\n");
    let (run_crlf, _p1, _d1) = run_on(&crlf, &[]);
    let (run_lf, _p2, _d2) = run_on(ARTICLE, &[]);
    assert_eq!(run_crlf.status, 0);
    let (a, b) = (single(&run_crlf), single(&run_lf));
    assert_spans(&crlf, a);
    let texts = |l: &JsonReport| l.summary.iter().map(|s| s.text.clone()).collect::<Vec<_>>();
    assert_eq!(texts(a), texts(b));
    assert!(a.summary.iter().all(|s| !s.text.contains('\r')));
    assert_eq!(run_crlf.stderr, "");
}

#[test]
fn right_to_left_and_mixed_scripts_are_summarized() {
    let input = "שלום עולם, זהו מסמך בעברית. مرحبا بالعالم، هذه وثيقة عربية. \
                 The English sentence sits between them. 東京は日本の首都です。 \
                 Москва — столица России. עוד משפט בעברית על העולם.\n";
    let (run, _path, _dir) = run_on(input, &["--sentences", "6", "--language", "english"]);
    assert_eq!(run.status, 0);
    let line = single(&run);
    assert!(!line.summary.is_empty());
    assert!(!line.keywords.is_empty());
    assert_spans(input, line);
    assert_eq!(run.stderr, "");
}

#[test]
fn combining_marks_and_zero_width_joiners_stay_whole() {
    let input = "The e\u{301}cole opened. A family 👨\u{200d}👩\u{200d}👧 visited the e\u{301}cole. \
                 Zero\u{200b}width spaces and soft\u{ad}hyphens hide\u{200c}here. \
                 The e\u{301}cole closed.\n";
    let (run, _path, _dir) = run_on(input, &["--sentences", "4"]);
    assert_eq!(run.status, 0);
    let line = single(&run);
    assert_spans(input, line);
    assert!(
        line.keywords
            .iter()
            .any(|k| k.term.to_lowercase() == "e\u{301}cole"),
        "{:?}",
        line.keywords
    );
    assert_eq!(run.stderr, "");
}

#[test]
fn missing_file_is_an_error_naming_it() {
    let dir = TempDir::new().expect("a temporary directory");
    let path = dir.path().join("absent.txt");
    let run = run(&[path.to_str().expect("UTF-8 path")]);
    assert_eq!(run.status, 1);
    assert!(run.lines.is_empty());
    let prefix = format!("abridge: {}: cannot open: ", path.display());
    assert!(run.stderr.starts_with(&prefix), "{}", run.stderr);
    assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
}

#[test]
fn an_empty_directory_is_an_error_naming_it() {
    // Folders are walked (issue 6); one that holds nothing is reported.
    let dir = TempDir::new().expect("a temporary directory");
    let run = run(&[dir.path().to_str().expect("UTF-8 path")]);
    assert_eq!(run.status, 1);
    assert_eq!(
        run.stderr,
        format!(
            "abridge: {}: folder holds no file to summarize\n",
            dir.path().display()
        )
    );
}

#[cfg(unix)]
#[test]
fn unreadable_file_is_an_error_naming_it() {
    use std::os::unix::fs::PermissionsExt;
    let dir = TempDir::new().expect("a temporary directory");
    let path = write(dir.path(), "secret.txt", ARTICLE);
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000))
        .expect("permissions can be changed");
    if std::fs::read(&path).is_ok() {
        // Root (as in many CI containers) reads whatever the mode says.
        eprintln!("skipped: this user can read a file of mode 000 (running as root?)");
        return;
    }
    let run = run(&[path.to_str().expect("UTF-8 path")]);
    assert_eq!(run.status, 1);
    let prefix = format!("abridge: {}: cannot open: ", path.display());
    assert!(run.stderr.starts_with(&prefix), "{}", run.stderr);
    assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
}

#[test]
fn options_out_of_range_are_usage_errors_naming_the_option() {
    let cases: [(&[&str], &str); 6] = [
        (
            &["--sentences", "0"],
            "invalid value '0' for '--sentences <N>'",
        ),
        (&["--ratio", "1.5"], "invalid value '1.5' for '--ratio <R>'"),
        (
            &["--ratio", "-0.5"],
            "invalid value '-0.5' for '--ratio <R>'",
        ),
        (&["--words", "-3"], "invalid value '-3' for '--words <W>'"),
        (
            &["--language", "klingon"],
            "invalid value 'klingon' for '--language <LANG>': unknown language 'klingon'",
        ),
        (
            &["--max-bytes", "lots"],
            "invalid value 'lots' for '--max-bytes <BYTES>'",
        ),
    ];
    let dir = TempDir::new().expect("a temporary directory");
    let path = write(dir.path(), "good.txt", ARTICLE);
    for (args, message) in cases {
        let assert = abridge().args(args).arg(&path).assert();
        assert
            .code(2)
            .stdout("")
            .stderr(predicate::str::starts_with(format!("error: {message}")));
    }
}

#[test]
fn input_over_the_size_limit_is_an_error_naming_the_flag() {
    let (run, path, _dir) = run_on(ARTICLE, &["--max-bytes", "100"]);
    assert_eq!(run.status, 1);
    assert!(run.lines.is_empty());
    assert_eq!(
        run.stderr,
        format!(
            "abridge: {}: input is larger than the limit of 100 bytes (raise it with --max-bytes)\n",
            path.display()
        )
    );
    // Standard input is bounded the same way, without reading all of it.
    abridge()
        .args(["--max-bytes", "100"])
        .write_stdin(ARTICLE.repeat(1000))
        .assert()
        .code(1)
        .stdout("")
        .stderr(
            "abridge: -: input is larger than the limit of 100 bytes (raise it with --max-bytes)\n",
        );
    // Raising the limit lets it through.
    let (run, _path, _dir) = run_on(ARTICLE, &["--max-bytes", &ARTICLE.len().to_string()]);
    assert_eq!(run.status, 0);
}

#[test]
fn good_inputs_beside_bad_ones_are_still_summarized() {
    let dir = TempDir::new().expect("a temporary directory");
    let good = write(dir.path(), "good.txt", ARTICLE);
    let binary = write(dir.path(), "binary.bin", b"a\0b");
    let missing = dir.path().join("missing.txt");
    let other = write(dir.path(), "other.txt", "Cats purr when content. Dogs wag.");
    let paths = [&good, &binary, &missing, &other];
    let args: Vec<&str> = paths.iter().map(|p| p.to_str().unwrap()).collect();
    let run = run(&args);
    assert_eq!(run.status, 1);
    let sources: Vec<&str> = run.lines.iter().map(|l| l.source.as_str()).collect();
    assert_eq!(sources, [args[0], args[3]]);
    let errors: Vec<&str> = run.stderr.lines().collect();
    assert_eq!(errors.len(), 2, "{}", run.stderr);
    assert!(errors[0].starts_with(&format!("abridge: {}: binary file", args[1])));
    assert!(errors[1].starts_with(&format!("abridge: {}: cannot open", args[2])));
}

/// A batch of `n` inputs, some good (each different) and some bad, and the
/// sources expected on stdout and on stderr, in input order.
fn batch(dir: &Path, n: usize) -> (Vec<String>, Vec<String>, Vec<String>) {
    let (mut args, mut good, mut bad) = (Vec::new(), Vec::new(), Vec::new());
    for i in 0..n {
        let path = match i % 9 {
            4 => dir.join(format!("missing-{i}.txt")),
            7 => write(dir, &format!("binary-{i}.bin"), format!("text {i}\0")),
            _ => write(
                dir,
                &format!("article-{i}.txt"),
                format!("Report number {i} follows.\n\n{ARTICLE}"),
            ),
        };
        let path = path.to_str().expect("UTF-8 path").to_string();
        if matches!(i % 9, 4 | 7) {
            bad.push(path.clone());
        } else {
            good.push(path.clone());
        }
        args.push(path);
    }
    (args, good, bad)
}

#[test]
fn results_are_whole_lines_in_input_order_for_any_thread_count() {
    let dir = TempDir::new().expect("a temporary directory");
    // More inputs than one chunk of parallel work.
    let (args, good, bad) = batch(dir.path(), 150);
    let mut outputs = Vec::new();
    for threads in ["1", "2", "4"] {
        let output = abridge()
            .args(["--format", "json", "--threads", threads])
            .args(&args)
            .output()
            .expect("abridge runs");
        assert_eq!(output.status.code(), Some(1));
        let stdout = String::from_utf8(output.stdout).expect("UTF-8");
        assert!(stdout.ends_with('\n'));
        let sources: Vec<String> = stdout
            .lines()
            .map(|l| {
                serde_json::from_str::<JsonReport>(l)
                    .expect("a whole JSON line")
                    .source
            })
            .collect();
        assert_eq!(sources, good);
        let stderr = String::from_utf8(output.stderr).expect("UTF-8");
        let named: Vec<&str> = stderr
            .lines()
            .map(|l| {
                let rest = l
                    .strip_prefix("abridge: ")
                    .expect("errors start with abridge:");
                let end = rest.find(": ").expect("the source is followed by ': '");
                &rest[..end]
            })
            .collect();
        assert_eq!(named, bad);
        outputs.push(stdout);
    }
    assert!(outputs.windows(2).all(|w| w[0] == w[1]));
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let dir = TempDir::new().expect("a temporary directory");
    let path = write(dir.path(), "article.txt", ARTICLE);
    let path = path.to_str().expect("UTF-8 path");
    // Far more output than a pipe buffers, so writes fail after the close.
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("abridge"))
        .args(["--format", "json"])
        .args(std::iter::repeat_n(path, 2_000))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("abridge starts");
    let mut stdout = BufReader::new(child.stdout.take().expect("piped stdout"));
    let mut first = String::new();
    stdout.read_line(&mut first).expect("one line arrives");
    serde_json::from_str::<JsonReport>(&first).expect("the first line is whole");
    drop(stdout);
    let output = child.wait_with_output().expect("abridge ends");
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");
}
