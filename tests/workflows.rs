//! The workflow features from the command line: shell integration, Markdown
//! and HTML briefings, folders and HTML pages as input, the corpus IDF model.

use assert_cmd::Command;
use predicates::prelude::*;

fn abridge() -> Command {
    Command::cargo_bin("abridge").expect("the binary is built")
}

const HARBOUR: &str = "tests/fixtures/articles/harbour.txt";
const ORCHARD: &str = "tests/fixtures/articles/orchard.txt";

#[test]
fn completions_for_each_shell() {
    for shell in ["bash", "zsh", "fish", "powershell"] {
        abridge()
            .args(["completions", shell])
            .assert()
            .success()
            .stdout(predicate::str::contains("abridge"))
            .stderr("");
    }
    abridge().args(["completions", "tcsh"]).assert().code(2);
}

#[test]
fn man_page_is_roff() {
    abridge()
        .arg("man")
        .assert()
        .success()
        .stdout(predicate::str::contains(".TH abridge 1"))
        .stdout(predicate::str::contains("completions"));
}

#[test]
fn subcommands_do_not_take_summary_flags() {
    abridge().args(["man", "-n", "2"]).assert().code(2);
}

#[test]
fn quiet_changes_nothing_on_stdout() {
    let loud = abridge().arg(HARBOUR).output().unwrap();
    let quiet = abridge().args(["--quiet", HARBOUR]).output().unwrap();
    assert_eq!(loud.stdout, quiet.stdout);
    assert!(quiet.stderr.is_empty());
}

#[test]
fn markdown_briefing_has_a_section_per_input() {
    let out = abridge()
        .args(["-f", "markdown", "-n", "2", HARBOUR, ORCHARD])
        .output()
        .unwrap();
    assert!(out.status.success());
    let page = String::from_utf8(out.stdout).unwrap();
    assert!(page.starts_with("# Briefing\n"));
    assert_eq!(page.matches("\n## ").count(), 2);
    assert_eq!(page.matches("\n- ").count(), 4);
    assert_eq!(page.matches("**Keywords:**").count(), 2);
    assert!(page.contains(&format!("Source: {ORCHARD}")));
}

#[test]
fn markdown_for_one_input_is_one_section() {
    let out = abridge()
        .args(["-f", "markdown", ORCHARD])
        .output()
        .unwrap();
    let page = String::from_utf8(out.stdout).unwrap();
    assert!(page.starts_with("# "));
    assert!(!page.contains("## "));
}

/// The highlighted text of each `<mark>` is the text at its span.
#[test]
fn html_marks_match_the_json_spans() {
    let text = std::fs::read_to_string(HARBOUR).unwrap();
    let json = abridge().args(["-f", "json", HARBOUR]).output().unwrap();
    let report: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let html = abridge().args(["-f", "html", HARBOUR]).output().unwrap();
    assert!(html.status.success());
    let page = String::from_utf8(html.stdout).unwrap();
    let summary = report["summary"].as_array().unwrap();
    assert!(!summary.is_empty());
    for sentence in summary {
        let (start, end) = (
            sentence["start"].as_u64().unwrap() as usize,
            sentence["end"].as_u64().unwrap() as usize,
        );
        let attrs = format!("data-start=\"{start}\" data-end=\"{end}\"");
        let at = page
            .find(&attrs)
            .expect("a mark for every summary sentence");
        let body_start = page[at..].find('>').unwrap() + at + 1;
        let body_end = page[body_start..].find("</mark>").unwrap() + body_start;
        assert_eq!(&page[body_start..body_end], &text[start..end]);
    }
    assert_eq!(page.matches("<mark ").count(), summary.len());
}

#[test]
fn html_is_one_page_for_several_inputs() {
    let out = abridge()
        .args(["-f", "html", HARBOUR, ORCHARD, "missing.txt"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let page = String::from_utf8(out.stdout).unwrap();
    assert_eq!(page.matches("<!DOCTYPE html>").count(), 1);
    assert_eq!(page.matches("<article ").count(), 2);
    assert!(page.ends_with("</html>\n"));
    assert!(String::from_utf8_lossy(&out.stderr).contains("missing.txt"));
}
