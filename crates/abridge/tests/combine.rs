//! Issue 13, items 4 and 5 from the library: focused summaries
//! (`Request::with_focus`) and one summary across several documents
//! (`Summarizer::run_many`). The articles are short, written here, and
//! invent their people and places.

use abridge::{Budget, Config, Document, Order, Request, Summarizer, SummaryMethod};

/// Three reports of one story, by three outlets.
const FERRY_A: &str = "Ferry crews at Kestrel Bay walked out on Monday over a new rota \
that adds two night shifts a week. The strike stopped every crossing to Gull Island, \
leaving about four hundred commuters without a way to work.

The harbour company said the rota was needed to keep the winter timetable. Union leaders \
said crews had not been consulted and that the night shifts were unsafe.";

const FERRY_B: &str = "Islanders queued for hours at the Gull Island slipway after the \
ferry strike left them stranded. A fishing cooperative lent two boats so that nurses could \
reach the mainland hospital.

The harbour company has offered talks on Wednesday. Crews say they will not return until \
the night shifts are withdrawn.";

const FERRY_C: &str = "The ferry dispute at Kestrel Bay is costing island shops about \
twelve thousand pounds a day, the chamber of trade estimated. Deliveries of bread and fuel \
have not reached Gull Island since Monday.

Councillors asked the harbour company and the union to accept a mediator. The company said \
it would consider the request before the talks on Wednesday.";

/// An article of four paragraphs, and the same article with its
/// paragraphs in another order.
const FLOOD: [&str; 4] = [
    "The River Alder burst its banks at Millford on Sunday night after three days of rain.",
    "Forty homes on Quay Street were flooded and their owners spent the night in the school hall.",
    "The council opened a second rest centre at the leisure park on Monday morning.",
    "Engineers said the new embankment upstream had held and saved the town centre.",
];

fn summarizer(budget: Budget) -> Summarizer {
    Summarizer::new(Config::default().with_budget(budget)).unwrap()
}

#[test]
fn a_reordered_copy_gives_no_sentence_twice() {
    let original = FLOOD.join("\n\n");
    let reordered = [FLOOD[2], FLOOD[0], FLOOD[3], FLOOD[1]].join("\n\n");
    let docs = [Document::new(&original), Document::new(&reordered)];
    for method in [
        SummaryMethod::TextRank,
        SummaryMethod::Lead,
        SummaryMethod::Luhn,
        SummaryMethod::Kl,
    ] {
        let summarizer = Summarizer::new(
            Config::default()
                .with_method(method)
                .with_budget(Budget::Sentences(6)),
        )
        .unwrap();
        let report = summarizer.run_many(&docs, Request::new()).unwrap();
        // Eight sentences, four distinct: six asked for, four given.
        assert_eq!(report.stats.sentences, 8);
        let mut texts: Vec<&str> = report.summary.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(texts.len(), 4, "{method}: {texts:?}");
        texts.sort_unstable();
        texts.dedup();
        assert_eq!(texts.len(), 4, "{method}: a sentence came twice");
    }
}

#[test]
fn three_reports_of_one_story_give_sentences_from_more_than_one() {
    let docs = [
        Document::new(FERRY_A),
        Document::new(FERRY_B),
        Document::new(FERRY_C),
    ];
    let report = summarizer(Budget::Sentences(4))
        .run_many(&docs, Request::new())
        .unwrap();
    let mut sources: Vec<usize> = report.summary.iter().filter_map(|s| s.document).collect();
    assert_eq!(sources.len(), 4, "every sentence names its document");
    sources.dedup();
    assert!(sources.len() > 1, "{:?}", report.summary);
    // Document order: grouped by document, in the order given.
    assert!(sources.windows(2).all(|w| w[0] < w[1]), "{sources:?}");
    // Each sentence's span and index point into its own document.
    for sentence in &report.summary {
        let d = sentence.document.unwrap();
        let text = [FERRY_A, FERRY_B, FERRY_C][d];
        assert_eq!(
            sentence
                .span
                .slice(text)
                .split_whitespace()
                .collect::<Vec<_>>(),
            sentence.text.split_whitespace().collect::<Vec<_>>()
        );
        let alone = summarizer(Budget::Ratio(1.0)).run(text).unwrap();
        let same = alone.summary.iter().find(|s| s.index == sentence.index);
        assert_eq!(same.map(|s| s.span), Some(sentence.span));
    }
    // Keywords are the set's: a term of two documents and not of the third.
    assert!(report.keywords.iter().all(|k| k.spans.is_empty()));
    assert!(report.title.is_none());
}

#[test]
fn score_order_puts_the_best_first_across_documents() {
    let docs = [Document::new(FERRY_A), Document::new(FERRY_B)];
    let config = Config::default()
        .with_order(Order::Score)
        .with_budget(Budget::Sentences(3));
    let report = Summarizer::new(config)
        .unwrap()
        .run_many(&docs, Request::new())
        .unwrap();
    assert!(
        report.summary.windows(2).all(|w| w[0].score >= w[1].score),
        "{:?}",
        report.summary
    );
}

#[test]
fn one_document_in_a_set_summarizes_as_itself() {
    let summarizer = summarizer(Budget::Sentences(2));
    let alone = summarizer.run(FERRY_A).unwrap();
    let set = summarizer
        .run_many(&[Document::new(FERRY_A)], Request::new())
        .unwrap();
    let spans = |r: &abridge::Report| r.summary.iter().map(|s| s.span).collect::<Vec<_>>();
    assert_eq!(spans(&alone), spans(&set));
    assert!(set.summary.iter().all(|s| s.document == Some(0)));
    assert!(
        summarizer
            .run_many(&[], Request::new())
            .unwrap()
            .summary
            .is_empty()
    );
}

#[test]
fn a_focus_brings_its_article_forward_with_every_method() {
    // Two unrelated articles; the focus names the second one's subject.
    let text = format!("{}\n\n{}", FLOOD.join(" "), FERRY_C);
    let boundary = FLOOD.join(" ").len();
    for &method in <SummaryMethod as abridge::Choice>::ALL {
        let summarizer = Summarizer::new(
            Config::default()
                .with_method(method)
                .with_budget(Budget::Sentences(2)),
        )
        .unwrap();
        let focus = ["island shops, bread and fuel deliveries, mediator"];
        let focused = summarizer
            .run_with(&text, Request::new().with_focus(&focus))
            .unwrap();
        let from_ferry = focused
            .summary
            .iter()
            .filter(|s| s.span.start > boundary)
            .count();
        let plain = summarizer.run(&text).unwrap();
        let plain_ferry = plain
            .summary
            .iter()
            .filter(|s| s.span.start > boundary)
            .count();
        assert!(
            from_ferry >= plain_ferry,
            "{method}: {from_ferry} focused, {plain_ferry} plain"
        );
        if matches!(method, SummaryMethod::TextRank | SummaryMethod::LexRank) {
            assert_eq!(from_ferry, 2, "{method}: {:?}", focused.summary);
        }
    }
}

#[test]
fn a_focus_the_document_lacks_changes_nothing() {
    let summarizer = summarizer(Budget::Sentences(2));
    let plain = summarizer.run(FERRY_A).unwrap();
    for focus in [&["volcano eruption"][..], &["   "][..], &[][..]] {
        let focused = summarizer
            .run_with(FERRY_A, Request::new().with_focus(focus))
            .unwrap();
        assert_eq!(plain, focused, "{focus:?}");
    }
}
