//! The orchestrator: the only module that calls every stage, in order.
//!
//! [`Summarizer::run`] takes a text through segmentation, normalisation,
//! TF-IDF, the similarity graph, TextRank, selection and keyword extraction,
//! and returns a [`Report`]. [`Config`] is validated once, in
//! [`Summarizer::new`]; the stages trust what they receive.

use crate::error::{Error, Result};
use crate::graph::{Similarity, similarity_matrix};
use crate::keywords::{Keyword, KeywordOptions, collapse_whitespace, extract_keywords};
use crate::model::{SparseVector, TfIdf, TfIdfOptions};
use crate::rank::{TextRankOptions, textrank};
use crate::summary::{Budget, Order, SelectOptions, Sentence, select};
use crate::text::{Language, Normalizer, Stopwords, segment};

/// The default limit on the size of one input: 64 MiB. Time and memory grow
/// about linearly with the input above the dense-graph size, so the limit
/// exists to bound a run, not because larger inputs fail.
pub const DEFAULT_MAX_INPUT_BYTES: usize = 64 << 20;

/// Everything that can be configured. Build it with struct update syntax from
/// `Config::default()`; it is checked by [`Summarizer::new`].
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    /// The language of the input: its stemmer and stopwords. Default English.
    pub language: Language,
    /// How long the summary is. Default: 3 sentences.
    pub budget: Budget,
    /// The order of the summary's sentences. Default: document order.
    pub order: Order,
    /// Near-duplicate threshold of the selection (cosine). Default 0.8.
    pub redundancy: f64,
    /// How sentences are compared. Default: cosine of TF-IDF vectors.
    pub similarity: Similarity,
    /// The TF-IDF weighting of sentence vectors.
    pub tfidf: TfIdfOptions,
    /// The power iteration used for sentences.
    pub textrank: TextRankOptions,
    /// Keyword extraction (count, method, phrase length).
    pub keywords: KeywordOptions,
    /// Words to treat as stopwords on top of the language's lists.
    pub extra_stopwords: Vec<String>,
    /// Inputs larger than this many bytes are refused. Default 64 MiB.
    pub max_input_bytes: usize,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            language: Language::default(),
            budget: Budget::default(),
            order: Order::default(),
            redundancy: SelectOptions::default().redundancy,
            similarity: Similarity::default(),
            tfidf: TfIdfOptions::default(),
            textrank: TextRankOptions::default(),
            keywords: KeywordOptions::default(),
            extra_stopwords: Vec::new(),
            max_input_bytes: DEFAULT_MAX_INPUT_BYTES,
        }
    }
}

impl Config {
    /// Checks every value against the range its stage accepts.
    pub fn validate(&self) -> Result<()> {
        match self.budget {
            Budget::Sentences(0) => return Err(Error::ZeroSentences(0)),
            Budget::Ratio(r) if !(r > 0.0 && r <= 1.0) => return Err(Error::InvalidRatio(r)),
            Budget::Words(0) => return Err(Error::ZeroWords(0)),
            _ => {}
        }
        let keywords = &self.keywords;
        let ranges: [(&'static str, &'static str, f64, bool); 6] = [
            (
                "the redundancy threshold",
                "greater than 0 and at most 1",
                self.redundancy,
                self.redundancy > 0.0 && self.redundancy <= 1.0,
            ),
            (
                "the damping factor",
                "at least 0 and less than 1",
                self.textrank.damping,
                (0.0..1.0).contains(&self.textrank.damping)
                    && (0.0..1.0).contains(&self.keywords.textrank.damping),
            ),
            (
                "the longest keyphrase",
                "at least 1 word",
                keywords.max_words.min(keywords.max_words_untagged) as f64,
                keywords.max_words >= 1 && keywords.max_words_untagged >= 1,
            ),
            (
                "the keyword position bias",
                "a finite number of at least 0",
                keywords.position_bias,
                keywords.position_bias.is_finite() && keywords.position_bias >= 0.0,
            ),
            (
                "the keyword frequency weight",
                "a finite number of at least 0",
                keywords.frequency_weight,
                keywords.frequency_weight.is_finite() && keywords.frequency_weight >= 0.0,
            ),
            (
                "the co-occurrence window",
                "at least 2 words",
                self.keywords.cooccurrence.window as f64,
                self.keywords.cooccurrence.window >= 2,
            ),
        ];
        for (name, expected, value, ok) in ranges {
            if !ok {
                return Err(Error::OutOfRange {
                    name,
                    expected,
                    value,
                });
            }
        }
        Ok(())
    }
}

/// Counts that describe the whole document.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Stats {
    /// The number of sentences (summary candidates).
    pub sentences: usize,
    /// The number of words in those sentences.
    pub words: usize,
}

/// The result of summarizing one document.
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    /// The language the document was processed as.
    pub language: Language,
    /// The title (a first-line heading), white space collapsed, if any.
    pub title: Option<String>,
    /// Sentence and word counts.
    pub stats: Stats,
    /// The chosen sentences, in the configured order.
    pub summary: Vec<Sentence>,
    /// The keywords, best first.
    pub keywords: Vec<Keyword>,
}

/// A configured summarizer: build it once, run it on many documents.
#[derive(Debug)]
pub struct Summarizer {
    config: Config,
    normalizer: Normalizer,
}

impl Summarizer {
    /// Validates `config` and prepares the stemmer and stopwords.
    pub fn new(config: Config) -> Result<Summarizer> {
        config.validate()?;
        let mut stopwords = Stopwords::for_language(config.language);
        stopwords.extend(config.extra_stopwords.iter().map(String::as_str));
        let normalizer = Normalizer::new(config.language, stopwords);
        Ok(Summarizer { config, normalizer })
    }

    /// The configuration in use.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// Summarizes one document.
    pub fn run(&self, text: &str) -> Result<Report> {
        let config = &self.config;
        if text.len() > config.max_input_bytes {
            return Err(Error::InputTooLarge {
                size: text.len(),
                limit: config.max_input_bytes,
            });
        }
        let segmented = segment(text);
        let tokens = self
            .normalizer
            .normalize(text, segmented.title, &segmented.sentences);
        let n = tokens.sentences.len();
        let tfidf = TfIdf::fit(
            (0..n).map(|i| tokens.terms(i)),
            tokens.vocabulary.len(),
            config.tfidf,
        );
        let vectors: Vec<SparseVector> = (0..n).map(|i| tfidf.vector(tokens.terms(i))).collect();
        let graph = similarity_matrix(&vectors, config.similarity);
        let scores = textrank(&graph, None, &config.textrank);
        let words: Vec<usize> = tokens.sentences.iter().map(Vec::len).collect();
        let options = SelectOptions {
            budget: config.budget,
            order: config.order,
            redundancy: config.redundancy,
        };
        let chosen = select(
            &scores,
            &words,
            |a, b| vectors[a].dot(&vectors[b]),
            &options,
        );
        let summary = chosen
            .into_iter()
            .map(|index| {
                let span = segmented.sentences[index].span;
                Sentence {
                    index,
                    span,
                    text: collapse_whitespace(span.slice(text)),
                    score: scores[index],
                }
            })
            .collect();
        let keywords = extract_keywords(text, &tokens, &tfidf, &config.keywords);
        Ok(Report {
            language: config.language,
            title: segmented.title.map(|s| collapse_whitespace(s.slice(text))),
            stats: Stats {
                sentences: n,
                words: tokens.words(),
            },
            summary,
            keywords,
        })
    }
}

/// Summarizes `text` with the default configuration: English, three
/// sentences in document order, ten TextRank keywords. The only error is an
/// input larger than [`DEFAULT_MAX_INPUT_BYTES`].
///
/// ```
/// let report = abridge::summarize("Rust is fast. Rust is safe. Cats sleep a lot.").unwrap();
/// assert!(report.summary.len() <= 3);
/// ```
pub fn summarize(text: &str) -> Result<Report> {
    Summarizer::new(Config::default())?.run(text)
}
