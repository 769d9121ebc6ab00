//! Snapshots of the text and JSON rendering of each fixture. A change in the
//! summaries, keywords or layout shows up here as a diff to review like code
//! (`cargo insta review`, or `INSTA_UPDATE=always cargo test --test snapshots`
//! to rewrite them after a deliberate change).

mod common;

use abridge::output::{Entry, json, text};

const FIXTURES: &[&str] = &["library-hours.txt", "solar-farm.txt"];

fn render(name: &str, text: &str) -> (String, String) {
    let report = abridge::summarize(text).expect("a fixture is far under the size limit");
    let entry = Entry::new(name, &report);
    let mut plain = Vec::new();
    text::write_entry(&mut plain, &entry, false, true).expect("writing to memory");
    let mut line = Vec::new();
    json::write_entry(&mut line, &entry).expect("writing to memory");
    let value: serde_json::Value = serde_json::from_slice(&line).expect("valid JSON");
    (
        String::from_utf8(plain).expect("UTF-8"),
        serde_json::to_string_pretty(&value).expect("serializable"),
    )
}

#[test]
fn fixtures_render_as_before() {
    let mut inputs: Vec<(String, String)> = FIXTURES
        .iter()
        .map(|name| (name.to_string(), common::read_fixture(name)))
        .collect();
    let article = std::fs::read_to_string(common::example_article()).expect("the example exists");
    inputs.push(("article.txt".to_string(), article));
    for (name, input) in &inputs {
        let (plain, json) = render(name, input);
        insta::assert_snapshot!(format!("{name}.text"), plain);
        insta::assert_snapshot!(format!("{name}.json"), json);
    }
}
