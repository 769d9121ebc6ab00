//! Measures the English part-of-speech lexicon (`abridge::text::pos`) on the
//! evaluation sets in `../shared/data`, which are not part of the repository:
//!
//! ```text
//! cargo test --test pos_lexicon -- --ignored --nocapture
//! ```
//!
//! Words are the pipeline's own tokens (segmenter and normalizer). The
//! figures per set: the share of gold keyphrases whose every content word
//! (a token with a term: not a stopword, number or lone letter) can be in a
//! noun phrase, which must stay high because gold keyphrases are noun
//! phrases; and the share of the texts' content tokens excluded, which must
//! be substantial for the filter to matter (the share of all tokens, function
//! words included, is printed too). The floors are sanity checks, a
//! little under the figures measured when the lexicon was built
//! (lexicon/README.md).

use abridge::Language;
use abridge::lang::en::pos::{WordClass, classify};
use abridge::text::{Normalizer, SentenceSpan, Span, Stopwords, Token, segment};
use serde_json::Value;

/// The words of `text`, lowercase, as the pipeline tokenizes it, each with
/// whether it is a content word.
fn words(normalizer: &Normalizer, text: &str, sentences: &[SentenceSpan]) -> Vec<(String, bool)> {
    let tokenized = normalizer.normalize(text, None, sentences);
    tokenized
        .sentences
        .iter()
        .flatten()
        .map(|token: &Token| {
            let word = text[token.span().start..token.span().end]
                .to_lowercase()
                .replace(['\u{2019}', '\u{02BC}'], "'");
            (word, token.term.is_some())
        })
        .collect()
}

struct Figures {
    keyphrases: usize,
    keyphrases_passing: usize,
    keyphrases_all_nominal: usize,
    all_tokens: usize,
    all_tokens_excluded: usize,
    tokens: usize,
    tokens_excluded: usize,
    tokens_not_nominal_or_mixed: usize,
}

fn measure(path: &str) -> Option<Figures> {
    let data = std::fs::read_to_string(path).ok()?;
    let normalizer = Normalizer::new(
        Language::English,
        Stopwords::for_language(Language::English),
    );
    let mut figures = Figures {
        keyphrases: 0,
        keyphrases_passing: 0,
        keyphrases_all_nominal: 0,
        all_tokens: 0,
        all_tokens_excluded: 0,
        tokens: 0,
        tokens_excluded: 0,
        tokens_not_nominal_or_mixed: 0,
    };
    for line in data.lines() {
        let record: Value = serde_json::from_str(line).expect("a JSON record per line");
        let mut gold: Vec<String> = record["keyphrases"]
            .as_array()
            .expect("keyphrases")
            .iter()
            .filter_map(|k| k.as_str().map(str::to_lowercase))
            .collect();
        gold.sort();
        gold.dedup();
        for keyphrase in &gold {
            let whole = [SentenceSpan {
                span: Span::new(0, keyphrase.len()),
                paragraph: 0,
            }];
            let words: Vec<String> = words(&normalizer, keyphrase, &whole)
                .into_iter()
                .filter_map(|(word, content)| content.then_some(word))
                .collect();
            figures.keyphrases += 1;
            if words.iter().all(|w| classify(w).can_be_in_noun_phrase()) {
                figures.keyphrases_passing += 1;
            }
            if words.iter().all(|w| classify(w) == WordClass::Nominal) {
                figures.keyphrases_all_nominal += 1;
            }
        }
        let text = record["text"].as_str().expect("text");
        let segmented = segment(text);
        for (word, content) in words(&normalizer, text, &segmented.sentences) {
            let class = classify(&word);
            figures.all_tokens += 1;
            figures.all_tokens_excluded += usize::from(!class.can_be_in_noun_phrase());
            if !content {
                continue;
            }
            figures.tokens += 1;
            figures.tokens_excluded += usize::from(!class.can_be_in_noun_phrase());
            figures.tokens_not_nominal_or_mixed += usize::from(class != WordClass::Nominal);
        }
    }
    Some(figures)
}

#[test]
#[ignore = "needs ../shared/data, outside the repository"]
fn gold_keyphrases_pass_and_verbs_and_adverbs_do_not() {
    for set in ["inspec_test", "duc2001"] {
        let path = format!(
            "{}/../../../shared/data/{set}.jsonl",
            env!("CARGO_MANIFEST_DIR")
        );
        let Some(f) = measure(&path) else {
            panic!("{path} not found: run from the repository root, with ../shared/data");
        };
        let percent = |a: usize, b: usize| 100.0 * a as f64 / b as f64;
        let passing = percent(f.keyphrases_passing, f.keyphrases);
        let excluded = percent(f.tokens_excluded, f.tokens);
        println!(
            "{set}: {passing:.1}% of {} gold keyphrases pass \
             ({:.1}% if mixed words are excluded too); \
             {excluded:.1}% of {} content tokens excluded ({:.1}%); \
             {:.1}% of all {} tokens",
            f.keyphrases,
            percent(f.keyphrases_all_nominal, f.keyphrases),
            f.tokens,
            percent(f.tokens_not_nominal_or_mixed, f.tokens),
            percent(f.all_tokens_excluded, f.all_tokens),
            f.all_tokens,
        );
        assert!(
            passing >= 97.0,
            "{set}: only {passing:.1}% of gold keyphrases pass"
        );
        assert!(
            excluded >= 5.0,
            "{set}: only {excluded:.1}% of tokens excluded"
        );
    }
}
