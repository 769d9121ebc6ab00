//! What it costs to summarize, stage by stage and end to end, at three sizes.
//!
//! Inputs (see `benches/texts/README.md`):
//! - `small`: `texts/harbour.txt`, a 400-word news article written for this
//!   project: the everyday case.
//! - `medium`: 400 sentences drawn from the article's words by a fixed
//!   generator: a long report, still under the dense sentence-graph limit.
//! - `large`: 5,000 such sentences: above the limit, so sentences are ranked
//!   through the factored cosine graph.
//!
//! Expected: every stage grows about linearly with the input; on the small
//! article the whole pipeline takes well under a millisecond, dominated by
//! tokenization (word segmentation and stemming), not by the ranking. The
//! dense sentence graph is quadratic, which is why it stops at
//! `DENSE_SENTENCE_LIMIT`; the `medium` input shows its cost near that limit.

use abridge::graph::{CooccurrenceOptions, Similarity, cooccurrence_matrix, sentence_graph};
use abridge::keywords::{KeywordOptions, extract_keywords};
use abridge::model::{SparseVector, TfIdf, TfIdfOptions};
use abridge::rank::{TextRankOptions, textrank};
use abridge::testing::{Shape, generated_text};
use abridge::text::{Language, Normalizer, Stopwords, Tokenized, segment};
use abridge::{Config, Summarizer};
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;

const ARTICLE: &str = include_str!("texts/harbour.txt");

/// `count` sentences of 6 to 24 words drawn from the article's vocabulary:
/// repeatable and without repeated sentences, like a long document.
fn generated(count: usize) -> String {
    let mut words: Vec<String> = ARTICLE
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    words.sort();
    words.dedup();
    let words: Vec<&str> = words.iter().map(String::as_str).collect();
    let shape = Shape {
        seed: 0x853c_49e6_748f_ea9b,
        length_spread: 19,
        paragraph: Some(6),
    };
    generated_text(&words, count, shape)
}

fn inputs() -> Vec<(&'static str, String)> {
    vec![
        ("small", ARTICLE.to_string()),
        ("medium", generated(400)),
        ("large", generated(5_000)),
    ]
}

fn normalizer() -> Normalizer {
    Normalizer::new(
        Language::English,
        Stopwords::for_language(Language::English),
    )
}

/// Everything the later stages receive, computed once per input.
struct Prepared {
    tokens: Tokenized,
    tfidf: TfIdf,
    vectors: Vec<SparseVector>,
}

fn prepare(text: &str) -> Prepared {
    let segmented = segment(text);
    let tokens = normalizer().normalize(text, segmented.title, &segmented.sentences);
    let n = tokens.sentences.len();
    let tfidf = TfIdf::fit(
        (0..n).map(|i| tokens.terms(i)),
        tokens.vocabulary.len(),
        TfIdfOptions::default(),
    );
    let vectors = (0..n).map(|i| tfidf.vector(tokens.terms(i))).collect();
    Prepared {
        tokens,
        tfidf,
        vectors,
    }
}

fn stages(c: &mut Criterion) {
    let inputs = inputs();
    let normalizer = normalizer();
    let prepared: Vec<Prepared> = inputs.iter().map(|(_, text)| prepare(text)).collect();

    let mut group = c.benchmark_group("segment");
    for (name, text) in &inputs {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(name), text, |b, text| {
            b.iter(|| segment(black_box(text)))
        });
    }
    group.finish();

    let mut group = c.benchmark_group("normalize");
    for (name, text) in &inputs {
        let segmented = segment(text);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(name), text, |b, text| {
            b.iter(|| normalizer.normalize(black_box(text), segmented.title, &segmented.sentences))
        });
    }
    group.finish();

    let mut group = c.benchmark_group("tfidf");
    for ((name, _), p) in inputs.iter().zip(&prepared) {
        let n = p.tokens.sentences.len();
        group.bench_function(*name, |b| {
            b.iter(|| {
                let tfidf = TfIdf::fit(
                    (0..n).map(|i| p.tokens.terms(i)),
                    p.tokens.vocabulary.len(),
                    TfIdfOptions::default(),
                );
                (0..n)
                    .map(|i| tfidf.vector(p.tokens.terms(i)))
                    .collect::<Vec<_>>()
            })
        });
    }
    group.finish();

    let mut group = c.benchmark_group("sentence_graph");
    for ((name, _), p) in inputs.iter().zip(&prepared) {
        group.bench_function(*name, |b| {
            b.iter(|| sentence_graph(black_box(&p.vectors), Similarity::Cosine))
        });
    }
    group.finish();

    let mut group = c.benchmark_group("textrank_sentences");
    for ((name, _), p) in inputs.iter().zip(&prepared) {
        let graph = sentence_graph(&p.vectors, Similarity::Cosine);
        group.bench_function(*name, |b| {
            b.iter(|| textrank(black_box(&graph), None, &TextRankOptions::default()))
        });
    }
    group.finish();

    let mut group = c.benchmark_group("cooccurrence");
    for ((name, _), p) in inputs.iter().zip(&prepared) {
        let terms = p.tokens.vocabulary.len();
        group.bench_function(*name, |b| {
            b.iter(|| {
                let sequences = (0..p.tokens.sentences.len()).map(|i| p.tokens.terms(i));
                cooccurrence_matrix(sequences, terms, CooccurrenceOptions::default())
            })
        });
    }
    group.finish();

    let mut group = c.benchmark_group("keywords");
    for ((name, text), p) in inputs.iter().zip(&prepared) {
        group.bench_function(*name, |b| {
            b.iter(|| extract_keywords(text, &p.tokens, &p.tfidf, &KeywordOptions::default()))
        });
    }
    group.finish();
}

fn end_to_end(c: &mut Criterion) {
    let summarizer = Summarizer::new(Config::default()).expect("the default config is valid");
    let mut group = c.benchmark_group("end_to_end");
    group.sample_size(20);
    for (name, text) in &inputs() {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(name), text, |b, text| {
            b.iter(|| summarizer.run(black_box(text)))
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    // Short runs: the machine is shared, and the differences that matter
    // here are factors, not percent.
    config = Criterion::default()
        .warm_up_time(std::time::Duration::from_millis(500))
        .measurement_time(std::time::Duration::from_secs(2));
    targets = stages, end_to_end
}
criterion_main!(benches);
