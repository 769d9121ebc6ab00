//! The library end to end: the hard sentence cases, the acceptance checks
//! on the shared sample article, and determinism.

mod common;

use abridge::{Budget, Config, Request, Summarizer};
use serde::Deserialize;

#[derive(Deserialize)]
struct Case {
    case: String,
    text: String,
    sentences: Vec<String>,
}

fn every_sentence() -> Summarizer {
    Summarizer::new(Config::default().with_budget(Budget::Ratio(1.0))).unwrap()
}

#[test]
fn hard_sentence_cases_split_right() {
    let cases: Vec<Case> = serde_json::from_str(include_str!("sentences.json")).unwrap();
    let mut failures = Vec::new();
    for case in &cases {
        let got: Vec<&str> = abridge::text::segment(&case.text)
            .sentences
            .iter()
            .map(|s| s.span.slice(&case.text))
            .collect();
        if got != case.sentences {
            failures.push(format!("{}: got {got:?}", case.case));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn shared_article_summary_is_real_sentences_and_keywords_name_faw() {
    let Some(path) = common::shared_fixture("faw-innovation-2021.txt") else {
        panic!("../shared/fixtures/faw-innovation-2021.txt is missing: clone beside ../shared");
    };
    let text = std::fs::read_to_string(path).unwrap();
    let report = abridge::summarize(&text).unwrap();
    assert_eq!(report.summary.len(), 3);
    assert!(
        report
            .title
            .as_deref()
            .is_some_and(|t| t.starts_with("The 1st Anniversary"))
    );
    for sentence in &report.summary {
        assert!(!sentence.text.contains("Updated"), "{}", sentence.text);
        assert!(!sentence.text.contains("Fonts"), "{}", sentence.text);
        assert!(
            sentence.text.split_whitespace().count() >= 8,
            "{}",
            sentence.text
        );
    }
    let terms: Vec<&str> = report.keywords.iter().map(|k| k.term.as_str()).collect();
    assert!(terms.contains(&"FAW"), "{terms:?}");
    assert!(terms.iter().any(|t| t.contains(' ')), "{terms:?}");
}

#[test]
fn same_input_same_report() {
    let text = common::read_fixture("library-hours.txt");
    let a = abridge::summarize(&text).unwrap();
    let b = abridge::summarize(&text).unwrap();
    assert_eq!(a, b);
}

#[test]
fn a_keywords_only_request_gives_the_same_keywords_and_no_summary() {
    let text = common::read_fixture("library-hours.txt");
    let summarizer = Summarizer::new(Config::default()).unwrap();
    for title in [None, Some("Library hours")] {
        let full = summarizer
            .run_with(&text, Request::new().with_title(title))
            .unwrap();
        let only = summarizer
            .run_with(&text, Request::new().with_title(title).with_keywords_only())
            .unwrap();
        assert!(!full.summary.is_empty() && !full.keywords.is_empty());
        assert!(only.summary.is_empty());
        assert_eq!(only.keywords, full.keywords);
        assert_eq!((only.title, only.stats), (full.title, full.stats));
    }
}

#[test]
fn one_summarizer_serves_many_documents() {
    let summarizer = every_sentence();
    let first = summarizer
        .run(&common::read_fixture("solar-farm.txt"))
        .unwrap();
    let _ = summarizer
        .run(&common::read_fixture("library-hours.txt"))
        .unwrap();
    let again = summarizer
        .run(&common::read_fixture("solar-farm.txt"))
        .unwrap();
    assert_eq!(first, again);
}

/// Summarizes an article when dropped, and sends the result back.
struct SummarizeOnDrop(Option<std::sync::mpsc::Sender<abridge::Result<abridge::Report>>>);

impl Drop for SummarizeOnDrop {
    fn drop(&mut self) {
        if let Some(sender) = self.0.take() {
            let text = common::read_fixture("solar-farm.txt");
            let _ = sender.send(abridge::summarize(&text));
        }
    }
}

thread_local! {
    static ON_EXIT: std::cell::RefCell<SummarizeOnDrop> =
        const { std::cell::RefCell::new(SummarizeOnDrop(None)) };
}

#[test]
fn a_thread_local_destructor_can_summarize() {
    // The library keeps per-thread caches. A destructor that runs after
    // theirs (a flush-on-exit logger, say) must still get a summary, and the
    // same one, rather than a panic that aborts the process.
    let text = common::read_fixture("solar-farm.txt");
    let expected = abridge::summarize(&text).unwrap();
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        // Registered before the library's caches, so destroyed after them.
        ON_EXIT.with_borrow_mut(|slot| slot.0 = Some(sender));
        abridge::summarize(&text).unwrap();
    })
    .join()
    .unwrap();
    assert_eq!(receiver.recv().unwrap().unwrap(), expected);
}

#[test]
fn keyword_spans_point_at_their_occurrences_with_every_method() {
    let text = common::read_fixture("library-hours.txt");
    for &method in abridge::KeywordMethod::ALL {
        let mut config = Config::default();
        config.keywords.method = method;
        let summarizer = Summarizer::new(config).unwrap();
        for title in [None, Some("Library hours and the reading room")] {
            let report = summarizer.run_titled(title, &text).unwrap();
            assert!(!report.keywords.is_empty(), "{method}");
            for keyword in &report.keywords {
                let written: Vec<String> = keyword
                    .spans
                    .iter()
                    .map(|s| {
                        s.slice(&text)
                            .split_whitespace()
                            .collect::<Vec<_>>()
                            .join(" ")
                    })
                    .collect();
                assert!(
                    keyword.spans.windows(2).all(|w| w[0].start < w[1].start),
                    "{method}: {keyword:?}"
                );
                // Occurrences in a title given apart have no span.
                assert!(written.len() <= keyword.count, "{method}: {keyword:?}");
                if title.is_none() {
                    assert_eq!(written.len(), keyword.count, "{method}: {keyword:?}");
                    assert!(
                        written.contains(&keyword.term),
                        "{method}: {keyword:?} {written:?}"
                    );
                }
            }
        }
    }
}

#[test]
fn number_words_and_function_words_are_never_keywords_in_any_language() {
    // Issue 14: "de", "trois", "ab", "fünf Monate", "ciento", "ещё" are no
    // keywords. Each text repeats its number or function word so that it
    // would rank if it were a candidate word.
    let cases: &[(abridge::Language, &str, &[&str])] = &[
        (
            abridge::Language::French,
            "Trois hommes sont venus. Les trois hommes ont mangé à Lyon. La ville de Lyon a trois \
             ponts et deux gares.",
            &["trois", "deux", "de"],
        ),
        (
            abridge::Language::German,
            "Nach fünf Monaten kam er zurück. Die fünf Monate waren lang. Er war ab Montag in \
             Berlin, ab Dienstag in Hamburg.",
            &["fünf", "ab"],
        ),
        (
            abridge::Language::Spanish,
            "Ciento veinte personas vinieron a Madrid. Las ciento veinte personas comieron en \
             Madrid.",
            &["ciento", "veinte"],
        ),
        (
            abridge::Language::Russian,
            "Он ещё не пришёл домой. Мы ещё ждём его дома. Пять человек ждут его дома.",
            &["ещё", "пять"],
        ),
        (
            abridge::Language::Portuguese,
            "Dois mil estudantes protestaram em Lisboa. Os dois mil estudantes voltaram a Lisboa.",
            &["dois", "mil"],
        ),
        (
            abridge::Language::Italian,
            "Tre milioni di persone vivono a Roma. I tre milioni di abitanti di Roma votano.",
            &["tre", "milioni"],
        ),
    ];
    for (language, text, banned) in cases {
        let mut config = Config::default();
        config.language = *language;
        config.detect_language = false;
        let report = Summarizer::new(config).unwrap().run(text).unwrap();
        assert!(!report.keywords.is_empty(), "{language:?}");
        for keyword in &report.keywords {
            let words: Vec<String> = keyword
                .term
                .split_whitespace()
                .map(str::to_lowercase)
                .collect();
            for word in *banned {
                assert!(
                    !words.iter().any(|w| w == word),
                    "{language:?}: {}",
                    keyword.term
                );
            }
        }
    }
}
