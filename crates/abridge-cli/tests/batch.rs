//! Batch mode: JSON Lines in, JSON Lines out (issue 4). Records keep their
//! ids and their order, a bad line fails alone, and the bytes out do not
//! depend on the number of threads.

mod common;

use common::{StdoutOk, abridge};
use predicates::prelude::*;
use serde_json::{Value, json};

/// A record whose text is `sentences` plain sentences on a topic.
fn record(id: Value, topic: &str, sentences: usize) -> String {
    let text: Vec<String> = (0..sentences)
        .map(|i| {
            format!(
                "The {topic} report number {i} mentions {topic} costs and {} workers in region {}.",
                i * 7 % 13,
                i % 5
            )
        })
        .collect();
    json!({"id": id, "text": text.join(" "), "other": [1, 2]}).to_string()
}

fn lines(stdout: &[u8]) -> Vec<Value> {
    std::str::from_utf8(stdout)
        .expect("UTF-8 output")
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect()
}

#[test]
fn records_come_back_with_their_ids_in_input_order() {
    let input = [
        record(json!("a"), "river", 6),
        String::new(),
        record(json!(2), "harbour", 4),
        record(json!(null), "railway", 3),
    ]
    .join("\n");
    let out = abridge()
        .args(["--input-format", "jsonl", "--format", "json"])
        .write_stdin(input)
        .stdout_ok();
    let results = lines(&out);
    assert_eq!(results.len(), 3);
    assert_eq!(results[0]["id"], "a");
    assert_eq!(results[1]["id"], 2);
    assert!(results[2].get("id").is_none());
    assert_eq!(results[0]["stats"]["sentences"], 6);
    assert_eq!(results[0]["source"], "-");
}

#[test]
fn a_malformed_line_is_reported_with_its_number_and_the_rest_still_run() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("data.jsonl");
    let input = [
        record(json!(1), "river", 3),
        "{\"id\": 2, \"text\": ".to_string(),
        r#"{"id": 3, "body": "no text"}"#.to_string(),
        record(json!(4), "harbour", 3),
    ]
    .join("\n");
    std::fs::write(&path, input).unwrap();
    let assert = abridge()
        .current_dir(dir.path())
        .args(["--input-format", "jsonl", "--format", "json", "data.jsonl"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("abridge: data.jsonl:2: column"))
        .stderr(predicate::str::contains(
            "abridge: data.jsonl:3: column 28: missing field `text`",
        ));
    let ids: Vec<Value> = lines(&assert.get_output().stdout)
        .iter()
        .map(|r| r["id"].clone())
        .collect();
    assert_eq!(ids, vec![json!(1), json!(4)]);
}

#[test]
fn a_title_field_becomes_the_title_and_spans_stay_in_the_text() {
    let text = "Ferries stopped at the harbour. The harbour reopened on Monday. \
                Storms closed the harbour twice this winter.";
    let input = json!({"id": "t", "title": "Harbour news", "text": text}).to_string();
    let out = abridge()
        .args(["--input-format", "jsonl", "--format", "json", "-n", "1"])
        .write_stdin(input)
        .stdout_ok();
    let result = &lines(&out)[0];
    assert_eq!(result["title"], "Harbour news");
    let sentence = &result["summary"][0];
    let (start, end) = (
        sentence["start"].as_u64().unwrap() as usize,
        sentence["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&text[start..end], sentence["text"].as_str().unwrap());
}

#[test]
fn output_bytes_do_not_depend_on_the_thread_count() {
    let topics = ["river", "harbour", "railway", "orchestra", "vaccine"];
    let input: Vec<String> = (0..40)
        .map(|i| record(json!(i), topics[i % topics.len()], 3 + i % 9))
        .collect();
    let input = input.join("\n");
    let run = |threads: &str| {
        abridge()
            .args(["--input-format", "jsonl", "--format", "json", "-j", threads])
            .write_stdin(input.clone())
            .stdout_ok()
    };
    let one = run("1");
    assert_eq!(lines(&one).len(), 40);
    assert_eq!(one, run("4"));
    assert_eq!(one, run("1"));
}

#[test]
fn the_library_takes_an_outside_title_and_ignores_a_blank_one() {
    use abridge::{Config, Summarizer};
    let summarizer = Summarizer::new(Config::default()).unwrap();
    let text = "Ferries stopped at the harbour. The harbour reopened on Monday.";
    let titled = summarizer.run_titled(Some("Harbour  news"), text).unwrap();
    assert_eq!(titled.title.as_deref(), Some("Harbour news"));
    for sentence in &titled.summary {
        assert_eq!(sentence.span.slice(text), sentence.text);
    }
    assert_eq!(
        summarizer.run_titled(Some(" \n"), text).unwrap(),
        summarizer.run(text).unwrap()
    );
}
