//! `abridge eval`: the table, the JSON figures, the dump and the errors, on small evaluation
//! sets written by each test.

mod common;

use common::abridge;
use predicates::prelude::*;
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// Writes `lines` as a JSON Lines file in `dir` and returns its path.
fn data(dir: &Path, name: &str, lines: &[serde_json::Value]) -> PathBuf {
    let path = dir.join(name);
    let text: String = lines.iter().map(|l| format!("{l}\n")).collect();
    std::fs::write(&path, text).unwrap();
    path
}

/// Two news records. The first is one sentence and its own reference, so every ROUGE figure
/// of it is 1.
fn summary_set(dir: &Path) -> PathBuf {
    data(
        dir,
        "summaries.jsonl",
        &[
            serde_json::json!({"id": "same", "title": "Zanzibar headline",
                "text": "The river rose fast after the storm.",
                "summaries": ["The river rose fast after the storm."]}),
            serde_json::json!({"id": "other", "title": null,
                "text": "The council met on Monday. The budget was approved by the council. \
                         Schools get more money. Roads get less money this year.",
                "summaries": ["The council approved the budget.", "Schools get more money."]}),
        ],
    )
}

fn keyphrase_set(dir: &Path, gold: &str) -> PathBuf {
    data(
        dir,
        "keyphrases.jsonl",
        &[serde_json::json!({"id": "k1", "lang": "en",
            "text": "Solar panels cut power bills. Solar panels need sun. \
                     Power bills rise in winter when solar panels make less power.",
            "keyphrases": [gold, "moon landing"]})],
    )
}

#[derive(Deserialize)]
struct Prf {
    precision: f64,
    recall: f64,
    f1: f64,
}

#[derive(Deserialize)]
struct Length {
    mode: String,
    sentences: Option<usize>,
    words: Option<usize>,
}

#[derive(Deserialize)]
struct SummaryFigures {
    version: u32,
    task: String,
    documents: usize,
    length: Length,
    mean_words: f64,
    rouge1: Prf,
    rouge2: Prf,
    rouge_l: Prf,
}

#[derive(Deserialize)]
struct AtK {
    k: usize,
    precision: f64,
    f1: f64,
}

#[derive(Deserialize)]
struct KeyphraseFigures {
    task: String,
    documents: usize,
    language: String,
    at: Vec<AtK>,
}

#[derive(Deserialize)]
struct SummaryDump {
    id: String,
    candidate: String,
    words: usize,
    rouge1: Prf,
}

#[derive(Deserialize)]
struct KeyphraseDump {
    id: String,
    language: String,
    predicted: Vec<String>,
}

fn json<T: for<'a> Deserialize<'a>>(bytes: &[u8]) -> T {
    serde_json::from_slice(bytes).expect("valid JSON figures")
}

fn in_unit(p: &Prf) -> bool {
    [p.precision, p.recall, p.f1]
        .iter()
        .all(|x| (0.0..=1.0).contains(x))
}

#[test]
fn summary_table_lists_the_three_measures() {
    let dir = tempfile::tempdir().unwrap();
    let path = summary_set(dir.path());
    abridge()
        .args(["eval", "summary"])
        .arg(&path)
        .assert()
        .success()
        .stdout(predicate::str::contains("documents: 2\n"))
        .stdout(predicate::str::contains(
            "length: as many sentences as the first reference\n",
        ))
        .stdout(predicate::str::is_match(r"(?m)^measure +P +R +F1$").unwrap())
        .stdout(
            predicate::str::is_match(r"(?m)^ROUGE-1 +\d+\.\d\d +\d+\.\d\d +\d+\.\d\d$").unwrap(),
        )
        .stdout(predicate::str::contains("ROUGE-2"))
        .stdout(predicate::str::contains("ROUGE-L"));
}

#[test]
fn summary_json_gives_fractions_and_the_length() {
    let dir = tempfile::tempdir().unwrap();
    let path = summary_set(dir.path());
    let out = abridge()
        .args([
            "eval",
            "summary",
            "--sentences",
            "6",
            "--words",
            "100",
            "-f",
            "json",
        ])
        .arg(&path)
        .output()
        .unwrap();
    assert!(out.status.success());
    let figures: SummaryFigures = json(&out.stdout);
    assert_eq!((figures.version, figures.task.as_str()), (1, "summary"));
    assert_eq!(figures.documents, 2);
    assert_eq!(figures.length.mode, "sentences_then_words");
    assert_eq!(
        (figures.length.sentences, figures.length.words),
        (Some(6), Some(100))
    );
    assert!(figures.mean_words > 0.0 && figures.mean_words <= 100.0);
    for prf in [&figures.rouge1, &figures.rouge2, &figures.rouge_l] {
        assert!(in_unit(prf));
    }
}

#[test]
fn a_perfect_summary_scores_one_and_the_dump_shows_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = summary_set(dir.path());
    let dump = dir.path().join("dump.jsonl");
    let out = abridge()
        .args(["eval", "summary", "-f", "json", "--dump"])
        .arg(&dump)
        .arg(&path)
        .output()
        .unwrap();
    assert!(out.status.success());
    let lines: Vec<SummaryDump> = std::fs::read_to_string(&dump)
        .unwrap()
        .lines()
        .map(|l| json(l.as_bytes()))
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(
        (lines[0].id.as_str(), lines[1].id.as_str()),
        ("same", "other")
    );
    // The first record's text is its reference: every figure is 1.
    assert_eq!(lines[0].candidate, "The river rose fast after the storm.");
    assert_eq!(lines[0].words, 7);
    assert_eq!(
        (
            lines[0].rouge1.precision,
            lines[0].rouge1.recall,
            lines[0].rouge1.f1
        ),
        (1.0, 1.0, 1.0)
    );
    // The title is never summarized.
    assert!(!lines.iter().any(|l| l.candidate.contains("Zanzibar")));
    // The mean is the mean of the dumped figures.
    let figures: SummaryFigures = json(&out.stdout);
    let mean = (lines[0].rouge1.f1 + lines[1].rouge1.f1) / 2.0;
    assert!((figures.rouge1.f1 - mean).abs() < 1e-12);
}

#[test]
fn words_alone_cut_the_summary() {
    let dir = tempfile::tempdir().unwrap();
    let path = summary_set(dir.path());
    let out = abridge()
        .args([
            "eval", "summary", "--words", "3", "-f", "json", "--dump", "-",
        ])
        .arg(&path)
        .output()
        .unwrap();
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    let mut lines = stdout.lines();
    for _ in 0..2 {
        let dumped: SummaryDump = json(lines.next().unwrap().as_bytes());
        assert_eq!(dumped.words, 3);
    }
    let figures: SummaryFigures = json(lines.next().unwrap().as_bytes());
    assert_eq!(figures.length.mode, "words");
    assert_eq!(figures.mean_words, 3.0);
}

#[test]
fn keyphrase_figures_follow_the_dumped_predictions() {
    let dir = tempfile::tempdir().unwrap();
    // First run: learn the top prediction; then make it gold and check P@1 = 1.
    let path = keyphrase_set(dir.path(), "nothing like it");
    let out = abridge()
        .args([
            "eval", "keywords", "--at", "1,3", "--dump", "-", "-f", "json",
        ])
        .arg(&path)
        .output()
        .unwrap();
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    let dumped: KeyphraseDump = json(stdout.lines().next().unwrap().as_bytes());
    assert_eq!(
        (dumped.id.as_str(), dumped.language.as_str()),
        ("k1", "english")
    );
    assert!(!dumped.predicted.is_empty() && dumped.predicted.len() <= 3);

    let path = keyphrase_set(dir.path(), &dumped.predicted[0]);
    let out = abridge()
        .args(["eval", "keywords", "--at", "1,3", "-f", "json"])
        .arg(&path)
        .output()
        .unwrap();
    let figures: KeyphraseFigures = json(&out.stdout);
    assert_eq!((figures.task.as_str(), figures.documents), ("keywords", 1));
    assert_eq!(figures.language, "record");
    assert_eq!(figures.at.iter().map(|a| a.k).collect::<Vec<_>>(), [1, 3]);
    // @1: the one prediction is gold (1 of 1), and one gold phrase of two is found:
    // P 1, R 1/2, F1 2/3. @3: P 1/3.
    assert_eq!(figures.at[0].precision, 1.0);
    assert!((figures.at[0].f1 - 2.0 / 3.0).abs() < 1e-12);
    assert!((figures.at[1].precision - 1.0 / 3.0).abs() < 1e-12);
}

#[test]
fn keyphrase_table_has_a_row_per_cutoff_and_language_can_be_forced() {
    let dir = tempfile::tempdir().unwrap();
    let path = keyphrase_set(dir.path(), "solar panels");
    abridge()
        .args(["eval", "keywords"])
        .arg(&path)
        .assert()
        .success()
        .stdout(predicate::str::contains("language: each record's lang\n"))
        .stdout(predicate::str::is_match(r"(?m)^@5 +\d+\.\d\d").unwrap())
        .stdout(predicate::str::is_match(r"(?m)^@10 ").unwrap())
        .stdout(predicate::str::is_match(r"(?m)^@15 ").unwrap());
    abridge()
        .args(["eval", "keywords", "-l", "fr"])
        .arg(&path)
        .assert()
        .success()
        .stdout(predicate::str::contains("language: french\n"));
}

#[test]
fn figures_do_not_depend_on_the_thread_count() {
    let dir = tempfile::tempdir().unwrap();
    let path = summary_set(dir.path());
    let run = |threads: &str| {
        abridge()
            .args(["eval", "summary", "-f", "json", "-j", threads])
            .arg(&path)
            .output()
            .unwrap()
            .stdout
    };
    assert_eq!(run("1"), run("4"));
}

#[test]
fn malformed_records_are_named_by_line_and_give_no_figures() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.jsonl");
    std::fs::write(
        &path,
        "{\"id\": \"a\", \"text\": \"A b.\", \"summaries\": [\"A.\"]}\n\n{\"id\": \"b\"}\nnot json\n",
    )
    .unwrap();
    abridge()
        .args(["eval", "summary"])
        .arg(&path)
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::contains("bad.jsonl:3: invalid record"))
        .stderr(predicate::str::contains("missing field `text`"))
        .stderr(predicate::str::contains("bad.jsonl:4: invalid record"));
}

#[test]
fn records_without_gold_or_language_fail_by_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = data(
        dir.path(),
        "nogold.jsonl",
        &[serde_json::json!({"id": "x", "text": "A b c.", "summaries": []})],
    );
    abridge()
        .args(["eval", "summary"])
        .arg(&path)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "nogold.jsonl:1: record 'x' has no reference summary",
        ));
    let path = data(
        dir.path(),
        "lang.jsonl",
        &[serde_json::json!({"id": "y", "text": "A b c.", "keyphrases": ["a"], "lang": "xx"})],
    );
    abridge()
        .args(["eval", "keywords"])
        .arg(&path)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "lang.jsonl:1: unknown language 'xx'",
        ));
}

#[test]
fn missing_and_empty_files_fail() {
    let dir = tempfile::tempdir().unwrap();
    abridge()
        .args(["eval", "keywords"])
        .arg(dir.path().join("absent.jsonl"))
        .assert()
        .code(1)
        .stderr(predicate::str::contains("absent.jsonl: cannot read"));
    let empty = dir.path().join("empty.jsonl");
    std::fs::write(&empty, "\n").unwrap();
    abridge()
        .args(["eval", "summary"])
        .arg(&empty)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "empty.jsonl: no record to evaluate",
        ));
}

#[test]
fn usage_errors_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let path = summary_set(dir.path());
    for args in [
        &[
            "eval",
            "summary",
            "--length",
            "reference",
            "--sentences",
            "2",
        ][..],
        &["eval", "summary", "--sentences", "0"],
        &["eval", "summary", "--words", "-1"],
        &["eval", "keywords", "--at", "0,5"],
        &["eval", "keywords", "--at", "five"],
    ] {
        abridge().args(args).arg(&path).assert().code(2);
    }
}

#[test]
fn help_explains_the_length_rules() {
    abridge()
        .args(["eval", "summary", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("--length <reference>"))
        .stdout(predicate::str::contains("--sentences 6 --words 100"));
    abridge()
        .args(["eval", "keywords", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("--at <K,...>"));
}
