//! Regression tests for issue 12, "A newcomer's first hour": what a folder
//! walk reads, Markdown and HTML fragments in, `idf build` on JSON Lines,
//! and the messages and output details a first user meets.

mod common;

use common::{ARTICLE, StdoutOk, abridge, collapse, parse_json_lines, write};
use predicates::prelude::*;

/// Issue 12, item 3: a walk reads prose files only, says in one line what
/// it skipped, and skips a binary file with a warning.
#[test]
fn a_walk_reads_only_known_types() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.txt", ARTICLE);
    write(dir.path(), "data.csv", "name,amount\nharbour,40\n");
    write(
        dir.path(),
        "app.js",
        "console.log('The harbour council voted.');\n",
    );
    write(dir.path(), "logo.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    write(dir.path(), "notes.txt", b"Harbour notes\0 with a NUL byte.");
    let output = abridge()
        .args(["-f", "json"])
        .arg(dir.path())
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "abridge: skipped 3 files of other types; --all-files reads them\n",
        ))
        .stderr(predicate::str::contains(
            "notes.txt: warning: binary file (NUL byte at offset 13), skipped\n",
        ))
        .get_output()
        .clone();
    let reports = parse_json_lines(&output.stdout);
    assert_eq!(reports.len(), 1);
    assert!(reports[0].source.ends_with("a.txt"));

    // Named on the command line, a file is read whatever its name, and a
    // binary one is an error.
    abridge()
        .arg(dir.path().join("data.csv"))
        .assert()
        .success();
    abridge()
        .arg(dir.path().join("notes.txt"))
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "binary file (NUL byte at offset 13), not summarized",
        ));
    // --all-files reads every walked file.
    let all = abridge()
        .args(["-f", "json", "--all-files"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(parse_json_lines(&all.stdout).len(), 3);
}

/// Issue 12, item 4: Markdown's first heading is the title; code, tables and
/// raw HTML are not sentences; spans point into the file as written.
#[test]
fn markdown_is_read_as_prose_with_spans_into_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let file = "# Harbour council backs *new* flood barrier\n\n\
        The harbour council voted on **Monday** to build a flood barrier across the river mouth.\n\
        The barrier will close during storm surges and stay open for shipping.\n\n\
        ```\nfn barrier() { close_the_gates(); }\n```\n\n\
        | cost | years |\n|---|---|\n| 40 million euros | three |\n\n\
        <div class=\"ad\">Subscribe to the Harbour Gazette today for more news.</div>\n\n\
        - Engineers said the river had flooded the old town four times in ten years.\n\
        - Insurers have raised premiums for homes near the river, the [council](https://x.example) said.\n";
    let path = write(dir.path(), "barrier.md", file);
    let stdout = abridge()
        .args(["-f", "json", "-n", "10"])
        .arg(&path)
        .stdout_ok();
    let report = &parse_json_lines(&stdout)[0];
    assert_eq!(
        report.title.as_deref(),
        Some("Harbour council backs new flood barrier")
    );
    assert_eq!(report.stats.sentences, 4);
    for sentence in &report.summary {
        let written = &file[sentence.start..sentence.end];
        // The file's bytes at the span are the sentence with its markup.
        let unmarked = written
            .replace("**", "")
            .replace("[council](https://x.example)", "council");
        assert_eq!(collapse(&unmarked), sentence.text);
        for hidden in ["close_the_gates", "40 million", "Subscribe", "#"] {
            assert!(
                !sentence.text.contains(hidden),
                "{hidden} in {}",
                sentence.text
            );
        }
    }
    let texts: Vec<&str> = report.summary.iter().map(|s| s.text.as_str()).collect();
    assert!(
        texts
            .contains(&"Insurers have raised premiums for homes near the river, the council said.")
    );
}

/// Issue 12, item 5: `--input-format html` reads a fragment without `<html>`.
#[test]
fn an_html_fragment_is_read_as_html_when_told() {
    let fragment = "<p>The harbour council voted on Monday to build a flood barrier across \
        the river mouth.</p>\n<p>Engineers said the river had flooded the old town four \
        times in ten years.</p>\n";
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "fragment.txt", fragment);
    let as_text = abridge().arg(&path).stdout_ok();
    assert!(String::from_utf8(as_text).unwrap().contains("<p>"));
    let as_html = abridge()
        .args(["--input-format", "html"])
        .arg(&path)
        .stdout_ok();
    let as_html = String::from_utf8(as_html).unwrap();
    assert!(!as_html.contains("<p>"), "{as_html}");
    assert!(as_html.contains("- The harbour council voted on Monday"));
}

/// Issue 12, item 6: `idf build --input-format jsonl` counts each record.
#[test]
fn idf_build_counts_json_lines_records_and_markdown() {
    let dir = tempfile::tempdir().unwrap();
    let records = write(
        dir.path(),
        "set.jsonl",
        "{\"id\": 1, \"text\": \"Apples grow on trees in the valley.\"}\n\
         {\"id\": 2, \"text\": \"Pears grow in the valley too.\"}\n",
    );
    let model = abridge()
        .args(["idf", "build", "--input-format", "jsonl"])
        .arg(&records)
        .stdout_ok();
    let model: serde_json::Value = serde_json::from_slice(&model).unwrap();
    let english = &model["languages"]["english"];
    assert_eq!(english["documents"], 2);
    assert_eq!(english["document_frequency"]["valley"], 2);
    assert_eq!(english["document_frequency"]["pear"], 1);

    // A folder of Markdown is read as prose: code is not counted.
    let folder = dir.path().join("notes");
    std::fs::create_dir(&folder).unwrap();
    write(
        &folder,
        "a.md",
        "# Orchards\n\nApples grow here.\n\n```\nzebrafish\n```\n",
    );
    let model = abridge().args(["idf", "build"]).arg(&folder).stdout_ok();
    let model: serde_json::Value = serde_json::from_slice(&model).unwrap();
    let frequency = &model["languages"]["english"]["document_frequency"];
    assert_eq!(frequency["orchard"], 1);
    assert!(frequency.get("zebrafish").is_none(), "{frequency}");
}

/// Issue 12, item 7: a keyphrase set given to `eval summary` gets one line.
#[test]
fn eval_summary_on_a_keyphrase_set_says_so_once() {
    let dir = tempfile::tempdir().unwrap();
    let line = "{\"id\": \"a\", \"text\": \"Apples grow.\", \"keyphrases\": [\"apples\"]}\n";
    let set = write(dir.path(), "kp.jsonl", line.repeat(5));
    let output = abridge()
        .args(["eval", "summary"])
        .arg(&set)
        .assert()
        .code(1)
        .get_output()
        .clone();
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.ends_with(
        "kp.jsonl: no `summaries` field (line 1): this looks like a keyphrase set; \
         try `abridge eval keywords`\n"
    ));
}

/// Issue 12, item 7: a conflict names both options and shows no usage line.
#[test]
fn an_option_conflict_names_both_options() {
    abridge()
        .args(["-n", "2", "--words", "10", "a.txt"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("'--sentences <N>'"))
        .stderr(predicate::str::contains("'--words <W>'"))
        .stderr(predicate::str::contains("Usage:").not());
}

/// Issue 12, item 8: `-k 0` prints no keywords line, one sentence is
/// singular, records are headed FILE#ID.
#[test]
fn output_details() {
    let dir = tempfile::tempdir().unwrap();
    let one = write(
        dir.path(),
        "one.txt",
        "The harbour council voted on Monday to build a barrier.\n",
    );
    let text = abridge().args(["-k", "0"]).arg(&one).stdout_ok();
    assert_eq!(
        String::from_utf8(text).unwrap(),
        "Summary (1 of 1 sentence):\n- The harbour council voted on Monday to build a barrier.\n"
    );
    let set = write(
        dir.path(),
        "set.jsonl",
        "{\"id\": \"business-002\", \"text\": \"The harbour council voted on Monday.\"}\n",
    );
    let text = abridge()
        .args(["--input-format", "jsonl"])
        .arg(&set)
        .stdout_ok();
    let first = String::from_utf8(text).unwrap();
    assert!(
        first.starts_with(&format!("==> {}#business-002 <==\n", set.display())),
        "{first}"
    );
}

/// Issue 12, item 8: the HTML briefing of one article is titled with it.
#[test]
fn one_article_titles_the_html_briefing() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "a.txt", ARTICLE);
    let page = String::from_utf8(abridge().args(["-f", "html"]).arg(&path).stdout_ok()).unwrap();
    assert!(page.contains("<title>Harbour council backs new flood barrier</title>"));
}

/// Issue 12, item 8: `abridge man DIR` writes the pages the main page names.
#[test]
fn man_writes_every_page_into_a_folder() {
    let dir = tempfile::tempdir().unwrap();
    abridge().arg("man").arg(dir.path()).assert().success();
    for page in [
        "abridge.1",
        "abridge-idf-build.1",
        "abridge-eval-keywords.1",
    ] {
        assert!(dir.path().join(page).is_file(), "{page}");
    }
}

/// Issue 12, item 7: on a terminal, a bare `abridge` says that it reads
/// standard input; from a pipe it says nothing. util-linux's `script` gives
/// the binary a terminal (it is part of every Debian system).
#[test]
fn a_bare_abridge_on_a_terminal_says_it_is_reading() {
    let bin = assert_cmd::cargo::cargo_bin("abridge");
    let output = assert_cmd::Command::new("script")
        .args(["-q", "-e", "-c"])
        .arg(format!("'{}'", bin.display()))
        .arg("/dev/null")
        .write_stdin("")
        .timeout(std::time::Duration::from_secs(30))
        .output()
        .expect("util-linux's script runs");
    let shown = String::from_utf8_lossy(&output.stdout);
    assert!(
        shown.contains("abridge: reading standard input (Ctrl-D ends it; --help for usage)"),
        "{shown}"
    );
    abridge()
        .write_stdin(ARTICLE)
        .assert()
        .success()
        .stderr(predicate::str::is_empty());
}
