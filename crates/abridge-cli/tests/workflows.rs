//! The workflow features from the command line: shell integration, Markdown
//! and HTML briefings, folders and HTML pages as input, the corpus IDF model.

mod common;

use common::{StdoutOk, abridge};
use predicates::prelude::*;

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
    let text = std::fs::read_to_string(common::workspace_root().join(HARBOUR)).unwrap();
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
        let attrs = format!("data-start=\"{start}\" data-end=\"{end}\" data-rank");
        let at = page
            .find(&attrs)
            .expect("a mark for every summary sentence");
        let body_start = page[at..].find('>').unwrap() + at + 1;
        let body_end = page[body_start..].find("</mark>").unwrap() + body_start;
        assert_eq!(
            without_keyword_spans(&page[body_start..body_end]),
            &text[start..end]
        );
    }
    assert_eq!(page.matches("<mark ").count(), summary.len());
    // Each keyword occurrence is underlined at its span, inside or outside
    // the marks.
    let keywords = report["keywords"].as_array().unwrap();
    let mut underlined = 0;
    for keyword in keywords {
        for span in keyword["spans"].as_array().unwrap() {
            let (start, end) = (
                span["start"].as_u64().unwrap() as usize,
                span["end"].as_u64().unwrap() as usize,
            );
            let attrs = format!("data-start=\"{start}\" data-end=\"{end}\">");
            if let Some(at) = page.find(&attrs) {
                let body = at + attrs.len();
                let close = page[body..].find("</span>").unwrap() + body;
                assert_eq!(&page[body..close], &text[start..end]);
                underlined += 1;
            }
        }
    }
    assert!(underlined > 0);
    assert_eq!(page.matches("<span class=\"kw\"").count(), underlined);
}

/// `html` without the keyword underlines: the text the marks hold.
fn without_keyword_spans(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(at) = rest.find("<span class=\"kw\"") {
        out.push_str(&rest[..at]);
        let open_end = rest[at..].find('>').unwrap() + at + 1;
        let close = rest[open_end..].find("</span>").unwrap() + open_end;
        out.push_str(&rest[open_end..close]);
        rest = &rest[close + "</span>".len()..];
    }
    out.push_str(rest);
    out
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

fn json_lines(stdout: &[u8]) -> Vec<serde_json::Value> {
    std::str::from_utf8(stdout)
        .unwrap()
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect()
}

#[test]
fn a_folder_is_walked_in_path_order() {
    let out = abridge()
        .args(["-f", "json", "tests/fixtures"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let sources: Vec<String> = json_lines(&out.stdout)
        .iter()
        .map(|r| r["source"].as_str().unwrap().to_string())
        .collect();
    let mut sorted = sources.clone();
    sorted.sort();
    assert_eq!(sources, sorted);
    assert!(sources.contains(&HARBOUR.to_string()));
    assert!(sources.contains(&"tests/fixtures/html/gazette-bridge.html".to_string()));
}

#[test]
fn glob_keeps_only_matching_files() {
    let out = abridge()
        .args(["-f", "json", "--glob", "*.html", "tests/fixtures"])
        .output()
        .unwrap();
    let reports = json_lines(&out.stdout);
    assert_eq!(reports.len(), 1);
    assert_eq!(
        reports[0]["source"],
        "tests/fixtures/html/gazette-bridge.html"
    );
}

#[test]
fn hidden_files_in_folders_are_skipped() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        common::workspace_root().join(ORCHARD),
        dir.path().join("orchard.txt"),
    )
    .unwrap();
    std::fs::copy(
        common::workspace_root().join(HARBOUR),
        dir.path().join(".draft.txt"),
    )
    .unwrap();
    let out = abridge()
        .args(["-f", "json"])
        .arg(dir.path())
        .output()
        .unwrap();
    let reports = json_lines(&out.stdout);
    assert_eq!(reports.len(), 1);
    assert!(
        reports[0]["source"]
            .as_str()
            .unwrap()
            .ends_with("orchard.txt")
    );
}

/// A saved page: the article is kept, the menu, ads, sidebar and comments
/// are not, the page's title is the title, and spans index the extracted
/// text.
#[test]
fn html_pages_are_reduced_to_their_article() {
    for (page, title, kept) in [
        (
            "tests/fixtures/html/gazette-bridge.html",
            "Harbour bridge reopens after two years of repairs",
            "rusted steel cables",
        ),
        (
            "tests/fixtures/html/blog-orchard.htm",
            "Notes from the valley: a late frost",
            "later-flowering varieties",
        ),
    ] {
        let out = abridge()
            .args(["-f", "json", "-n", "5", "-k", "30", page])
            .output()
            .unwrap();
        assert!(out.status.success(), "{page}");
        let report = &json_lines(&out.stdout)[0];
        assert_eq!(report["title"], title);
        let all = out.stdout.clone();
        let all = String::from_utf8(all).unwrap();
        assert!(all.contains(kept), "{page}");
        for noise in [
            "Subscribe",
            "Advertisement",
            "Sponsored",
            "Most read",
            "About time",
            "Great post",
            "Privacy",
            "RSS",
            "Archive",
        ] {
            assert!(!all.contains(noise), "{page}: {noise}");
        }
        // The HTML page's marks are the same bytes as the JSON sentences.
        let html = abridge()
            .args(["-f", "html", "-n", "5", page])
            .output()
            .unwrap();
        let html = String::from_utf8(html.stdout).unwrap();
        for sentence in report["summary"].as_array().unwrap() {
            let text = abridge::output::html::escape(sentence["text"].as_str().unwrap());
            let plain = without_keyword_spans(&html);
            assert!(plain.contains(&format!("\">{text}</mark>")), "{page}");
        }
    }
}

#[test]
fn html_on_stdin_is_sniffed() {
    let page = std::fs::read_to_string(common::fixture("html/blog-orchard.htm")).unwrap();
    let out = abridge()
        .args(["-f", "json"])
        .write_stdin(page)
        .output()
        .unwrap();
    assert_eq!(
        json_lines(&out.stdout)[0]["title"],
        "Notes from the valley: a late frost"
    );
}

/// Builds an IDF model of `paths` with the CLI and returns its bytes.
fn idf_build(paths: &[&str], extra: &[&str]) -> Vec<u8> {
    abridge()
        .args(["idf", "build"])
        .args(paths)
        .args(extra)
        .stdout_ok()
}

#[test]
fn idf_merge_of_parts_is_the_whole_build_byte_for_byte() {
    let dir = tempfile::tempdir().unwrap();
    let path = |name: &str| dir.path().join(name).display().to_string();
    let html = ["--glob", "*.htm*", "tests/fixtures/html"];
    let whole = idf_build(&[HARBOUR, ORCHARD, html[2]], &html[..2]);
    // Parts, merged in another order.
    std::fs::write(path("b.json"), idf_build(&html, &[])).unwrap();
    std::fs::write(path("a1.json"), idf_build(&[ORCHARD], &[])).unwrap();
    std::fs::write(path("a2.json"), idf_build(&[HARBOUR], &[])).unwrap();
    let merged = abridge()
        .args([
            "idf",
            "merge",
            &path("b.json"),
            &path("a2.json"),
            &path("a1.json"),
        ])
        .args(["-o", &path("merged.json")])
        .output()
        .unwrap();
    assert!(merged.status.success());
    assert!(merged.stdout.is_empty());
    let merged = std::fs::read(path("merged.json")).unwrap();
    assert!(merged == whole, "the merged model differs from the whole");
    // The same documents named in another order give the same model.
    let reordered = idf_build(&[html[2], ORCHARD, HARBOUR], &html[..2]);
    assert!(
        reordered == whole,
        "the order of the inputs changed the model"
    );
    let model: serde_json::Value = serde_json::from_slice(&whole).unwrap();
    assert_eq!(model["languages"]["english"]["documents"], 4);
    assert_eq!(
        model["languages"]["english"]["document_frequency"]["frost"],
        2
    );
}

#[test]
fn idf_model_changes_the_weights_and_must_cover_the_language() {
    let dir = tempfile::tempdir().unwrap();
    let model = dir.path().join("model.json");
    std::fs::write(&model, idf_build(&["tests/fixtures"], &[])).unwrap();
    let run = |extra: &[&str]| {
        let out = abridge()
            .args(["-f", "json", "--keyword-method", "tfidf", HARBOUR])
            .args(extra)
            .output()
            .unwrap();
        assert!(out.status.success());
        json_lines(&out.stdout).remove(0)
    };
    let model_arg = model.display().to_string();
    let plain = run(&[]);
    let corpus = run(&["--idf", &model_arg]);
    assert_ne!(plain["keywords"], corpus["keywords"]);
    assert_eq!(run(&["--idf", &model_arg]), corpus);
    abridge()
        .args(["--idf", &model_arg, "-l", "fr", HARBOUR])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no french documents"));
    let broken = dir.path().join("broken.json");
    std::fs::write(&broken, "{}").unwrap();
    abridge()
        .args(["--idf", &broken.display().to_string(), HARBOUR])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("broken.json"));
}

#[test]
fn idf_build_reports_a_missing_file_and_counts_the_rest() {
    let out = abridge()
        .args(["idf", "build", HARBOUR, "missing.txt"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("missing.txt"));
    let model: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(model["languages"]["english"]["documents"], 1);
}
