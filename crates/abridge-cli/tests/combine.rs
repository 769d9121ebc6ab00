//! Issue 13, items 4 and 5 from the command line: `--focus`, `--focus-file`
//! and `--combine`, their JSON and their errors. The articles are short,
//! written here, and invent their people and places.

mod common;

use common::{StdoutOk, abridge, parse_json_lines};
use std::path::Path;

const FERRY_A: &str = "Ferry crews at Kestrel Bay walked out on Monday over a new rota \
that adds two night shifts a week. The strike stopped every crossing to Gull Island, \
leaving about four hundred commuters without a way to work.\n\nThe harbour company said \
the rota was needed to keep the winter timetable. Union leaders said crews had not been \
consulted and that the night shifts were unsafe.\n";

const FERRY_B: &str = "Islanders queued for hours at the Gull Island slipway after the \
ferry strike left them stranded. A fishing cooperative lent two boats so that nurses could \
reach the mainland hospital.\n\nThe harbour company has offered talks on Wednesday. Crews \
say they will not return until the night shifts are withdrawn.\n";

const FLOOD: &str = "The River Alder burst its banks at Millford on Sunday night after \
three days of rain. Forty homes on Quay Street were flooded and their owners spent the night \
in the school hall. The council opened a second rest centre at the leisure park on Monday \
morning. Engineers said the new embankment upstream had held and saved the town centre.\n";

fn write(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path.to_str().unwrap().to_string()
}

#[test]
fn combine_writes_one_report_whose_sentences_name_their_source() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(dir.path(), "a.txt", FERRY_A);
    let b = write(dir.path(), "b.txt", FERRY_B);
    let records = write(
        dir.path(),
        "c.jsonl",
        &format!(
            "{}\n",
            serde_json::json!({"id": "flood-1", "title": "Millford floods", "text": FLOOD})
        ),
    );
    let out = abridge()
        .args(["--combine", "-f", "json", "-n", "5", &a, &b, &records])
        .stdout_ok();
    let reports = parse_json_lines(&out);
    assert_eq!(reports.len(), 1, "one report for the set");
    let report = &reports[0];
    assert_eq!(report.source, "combined");
    assert!(report.title.is_none());
    let documents = report.documents.as_ref().expect("the documents are listed");
    let names: Vec<&str> = documents.iter().map(|d| d.source.as_str()).collect();
    assert_eq!(names, [a.as_str(), b.as_str(), records.as_str()]);
    assert_eq!(documents[2].id, Some(serde_json::json!("flood-1")));
    assert_eq!(report.summary.len(), 5);
    for sentence in &report.summary {
        let source = sentence
            .source
            .as_deref()
            .expect("each sentence names its source");
        let text = match source {
            s if s == a => FERRY_A,
            s if s == b => FERRY_B,
            s if s == records => {
                assert_eq!(sentence.id, Some(serde_json::json!("flood-1")));
                FLOOD
            }
            other => panic!("unknown source {other}"),
        };
        assert_eq!(
            common::collapse(&text[sentence.start..sentence.end]),
            sentence.text
        );
    }
    // Grouped by source, in input order.
    let order: Vec<usize> = report
        .summary
        .iter()
        .map(|s| {
            names
                .iter()
                .position(|n| Some(*n) == s.source.as_deref())
                .unwrap()
        })
        .collect();
    assert!(order.windows(2).all(|w| w[0] <= w[1]), "{order:?}");
    assert!(report.keywords.iter().all(|k| k.spans.is_empty()));
}

#[test]
fn combine_shows_the_sources_in_text_and_markdown() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(dir.path(), "a.txt", FERRY_A);
    let b = write(dir.path(), "b.txt", FERRY_B);
    let text = String::from_utf8(abridge().args(["--combine", &a, &b]).stdout_ok()).unwrap();
    assert!(
        !text.contains("==>"),
        "one report, no per-input header: {text}"
    );
    let bullets: Vec<&str> = text.lines().filter(|l| l.starts_with("- ")).collect();
    assert_eq!(bullets.len(), 3, "{text}");
    for bullet in bullets {
        assert!(
            bullet.ends_with(&format!(" [{a}]")) || bullet.ends_with(&format!(" [{b}]")),
            "{bullet}"
        );
    }
    let markdown = String::from_utf8(
        abridge()
            .args(["--combine", "-f", "markdown", &a, &b])
            .stdout_ok(),
    )
    .unwrap();
    assert!(
        markdown.starts_with("# Summary of 2 documents\n"),
        "{markdown}"
    );
    assert!(
        markdown.contains("a.txt)*\n") || markdown.contains("b.txt)*\n"),
        "{markdown}"
    );
    let html = String::from_utf8(
        abridge()
            .args(["--combine", "-f", "html", &a, &b])
            .stdout_ok(),
    )
    .unwrap();
    assert!(html.contains("<span class=\"source\">"), "{html}");
    assert!(html.contains("<h2>Summary of 2 documents</h2>"), "{html}");
}

#[test]
fn combine_leaves_out_a_missing_input_and_exits_1() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(dir.path(), "a.txt", FERRY_A);
    let assert = abridge()
        .args(["--combine", "-f", "json", &a, "no-such-file.txt"])
        .assert()
        .code(1);
    let output = assert.get_output();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("no-such-file.txt"), "{stderr}");
    assert_eq!(parse_json_lines(&output.stdout).len(), 1);
}

#[test]
fn json_records_the_focus_and_none_without_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "two.txt", &format!("{FLOOD}\n{FERRY_A}"));
    let plain = parse_json_lines(&abridge().args(["-f", "json", &path]).stdout_ok());
    assert!(plain[0].focus.is_none());
    let focus_file = write(dir.path(), "focus.txt", "night shifts of the ferry crews\n");
    let focused = parse_json_lines(
        &abridge()
            .args(["-f", "json", "-n", "2", "--focus", "strike", "--focus-file"])
            .arg(&focus_file)
            .arg(&path)
            .stdout_ok(),
    );
    assert_eq!(
        focused[0].focus.as_deref(),
        Some(
            &[
                "strike".to_string(),
                "night shifts of the ferry crews\n".to_string()
            ][..]
        )
    );
    let flood_end = FLOOD.len();
    assert!(
        focused[0].summary.iter().all(|s| s.start > flood_end),
        "{:?}",
        focused[0].summary
    );
}

#[test]
fn a_bad_focus_file_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "a.txt", FERRY_A);
    let assert = abridge()
        .args(["--focus-file", "missing-focus.txt", &path])
        .assert()
        .code(2);
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    assert!(
        stderr.contains("missing-focus.txt: cannot read the focus file"),
        "{stderr}"
    );
    let big = dir.path().join("big.txt");
    std::fs::write(&big, "word ".repeat(300_000)).unwrap();
    let assert = abridge()
        .arg("--focus-file")
        .arg(&big)
        .arg(&path)
        .assert()
        .code(2);
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    assert!(
        stderr.contains("big.txt") && stderr.contains("1048576"),
        "{stderr}"
    );
}
