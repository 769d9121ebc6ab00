//! The orchestrator: the only module that calls every stage, in order.
//!
//! [`Summarizer::run`] takes a text through segmentation, normalisation,
//! TF-IDF, the similarity graph, TextRank, selection and keyword extraction,
//! and returns a [`Report`]. [`Config`] is validated once, in
//! [`Summarizer::new`]; the stages trust what they receive.

use crate::error::{Error, Result};
use crate::graph::{Similarity, sentence_graph};
use crate::keywords::{Keyword, KeywordOptions, collapse_whitespace, extract_keywords};
use crate::model::{IdfModel, SparseVector, TfIdf, TfIdfOptions};
use crate::rank::{TextRankOptions, textrank};
use crate::summary::{Budget, Order, SelectOptions, Sentence, select};
use crate::text::{Language, Normalizer, Segmented, Span, Stopwords, segment};
use std::sync::Arc;

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
    /// How sentences are compared. Default: the overlap measure of the
    /// original TextRank paper.
    pub similarity: Similarity,
    /// The exponent `b` of the sentence position weight: the TextRank score
    /// of sentence `i` (from 0) is multiplied by `1 / (i + 1)^b`, as news
    /// writing puts the essentials first, and the scores are scaled back to
    /// sum to 1. 0 is plain TextRank. Default 0.12, chosen on the public
    /// summary sets (README.md).
    pub position_bias: f64,
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
    /// Document frequencies from a corpus: when set, sentence vectors and
    /// TF-IDF keywords take their idf from it instead of from the article's
    /// own sentences. It must hold documents of `language`. Default: none.
    pub idf: Option<Arc<IdfModel>>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            language: Language::default(),
            budget: Budget::default(),
            order: Order::default(),
            redundancy: SelectOptions::default().redundancy,
            similarity: Similarity::default(),
            position_bias: 0.12,
            tfidf: TfIdfOptions::default(),
            textrank: TextRankOptions::default(),
            keywords: KeywordOptions::default(),
            extra_stopwords: Vec::new(),
            max_input_bytes: DEFAULT_MAX_INPUT_BYTES,
            idf: None,
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
        if let Some(model) = &self.idf
            && model.language(self.language).is_none()
        {
            return Err(Error::IdfModelLacksLanguage(self.language.name().into()));
        }
        let keywords = &self.keywords;
        let ranges: [(&'static str, &'static str, f64, bool); 8] = [
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
                "the sentence position bias",
                "a finite number of at least 0",
                self.position_bias,
                self.position_bias.is_finite() && self.position_bias >= 0.0,
            ),
            (
                "the keyword position bias",
                "a finite number of at least 0",
                keywords.position_bias,
                keywords.position_bias.is_finite() && keywords.position_bias >= 0.0,
            ),
            (
                "the keyword first position weight",
                "a finite number of at least 0",
                keywords.first_position_weight,
                keywords.first_position_weight.is_finite() && keywords.first_position_weight >= 0.0,
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
    /// The text that was analysed, the one the sentence spans index into
    /// (renderers that show the whole text need it).
    pub text: String,
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
        self.run_titled(None, text)
    }

    /// Summarizes one document whose title, if any, is given apart from its
    /// text (a record's `title` field, say). The given title is the report's
    /// title and its words count for the keywords, exactly as a title found
    /// at the top of the text would; any heading found in the text itself is
    /// then ignored. Spans still refer to `text`. With `None`, or a title
    /// that is only white space, this is [`Summarizer::run`].
    pub fn run_titled(&self, title: Option<&str>, text: &str) -> Result<Report> {
        let config = &self.config;
        if text.len() > config.max_input_bytes {
            return Err(Error::InputTooLarge {
                size: text.len(),
                limit: config.max_input_bytes,
            });
        }
        let titled;
        let (text, segmented, offset) = match title.filter(|t| !t.trim().is_empty()) {
            None => (text, segment(text), 0),
            Some(title) => {
                // One string holds both so that every stage keeps working on
                // spans of a single text; spans are shifted back at the end.
                titled = format!("{title}\n\n{text}");
                let offset = title.len() + 2;
                (
                    titled.as_str(),
                    with_title(segment(text), title.len(), offset),
                    offset,
                )
            }
        };
        let tokens = self
            .normalizer
            .normalize(text, segmented.title, &segmented.sentences);
        let n = tokens.sentences.len();
        // Sentences are compared by their terms and their links (`said`,
        // `mr`): ids below the vocabulary size are terms, the keywords' ids.
        let corpus = config
            .idf
            .as_ref()
            .and_then(|m| m.language(config.language));
        let tfidf = match corpus {
            Some(corpus) => {
                let stems = tokens.sentence_stems();
                TfIdf::from_idf(stems.map(|stem| corpus.idf(stem)).collect(), config.tfidf)
            }
            None => TfIdf::fit(
                (0..n).map(|i| tokens.sentence_terms(i)),
                tokens.sentence_term_count(),
                config.tfidf,
            ),
        };
        let vectors: Vec<SparseVector> = (0..n)
            .map(|i| tfidf.vector(tokens.sentence_terms(i)))
            .collect();
        let graph = sentence_graph(&vectors, config.similarity);
        let mut scores = textrank(&graph, None, &config.textrank);
        weigh_by_position(&mut scores, config.position_bias);
        let words: Vec<usize> = tokens.sentences.iter().map(Vec::len).collect();
        let options = SelectOptions {
            budget: config.budget,
            order: config.order,
            redundancy: config.redundancy,
        };
        let chosen = select(&scores, &words, &vectors, &options);
        let summary = chosen
            .into_iter()
            .map(|index| {
                let span = segmented.sentences[index].span;
                Sentence {
                    index,
                    span: Span::new(span.start - offset, span.end - offset),
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
            text: text[offset..].to_string(),
        })
    }
}

impl Summarizer {
    /// The distinct stems of `text` (title included), sorted: what a corpus
    /// [`IdfModel`] counts for one document. They come from the same
    /// segmentation and normalisation as [`Summarizer::run`], so they match
    /// the terms that the model later weighs.
    pub fn stems(&self, text: &str) -> Result<Vec<String>> {
        if text.len() > self.config.max_input_bytes {
            return Err(Error::InputTooLarge {
                size: text.len(),
                limit: self.config.max_input_bytes,
            });
        }
        let segmented = segment(text);
        let tokens = self
            .normalizer
            .normalize(text, segmented.title, &segmented.sentences);
        let mut stems: Vec<String> = tokens
            .vocabulary
            .stems()
            .chain(tokens.links.stems())
            .map(str::to_string)
            .collect();
        stems.sort_unstable();
        stems.dedup();
        Ok(stems)
    }
}

/// Multiplies the score of sentence `i` by `1 / (i + 1)^bias` and scales the
/// scores back to sum to 1 (they do already when `bias` is 0).
fn weigh_by_position(scores: &mut [f64], bias: f64) {
    if bias == 0.0 {
        return;
    }
    for (i, score) in scores.iter_mut().enumerate() {
        *score *= ((i + 1) as f64).powf(-bias);
    }
    let total: f64 = scores.iter().sum();
    if total > 0.0 {
        scores.iter_mut().for_each(|s| *s /= total);
    }
}

/// Puts an outside title of `title_len` bytes in front of a segmented text:
/// the title span starts at 0 and every sentence moves by `offset` bytes.
fn with_title(mut segmented: Segmented, title_len: usize, offset: usize) -> Segmented {
    segmented.title = Some(Span::new(0, title_len));
    for sentence in &mut segmented.sentences {
        sentence.span = Span::new(sentence.span.start + offset, sentence.span.end + offset);
    }
    segmented
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_position_weight_favours_the_lead_and_keeps_a_distribution() {
        let mut scores = vec![0.25; 4];
        weigh_by_position(&mut scores, 1.0);
        // 1, 1/2, 1/3, 1/4 over their sum 25/12.
        let expected = [12.0 / 25.0, 6.0 / 25.0, 4.0 / 25.0, 3.0 / 25.0];
        for (got, want) in scores.iter().zip(expected) {
            assert!((got - want).abs() < 1e-12, "{scores:?}");
        }
        let mut plain = vec![0.1, 0.6, 0.3];
        weigh_by_position(&mut plain, 0.0);
        assert_eq!(plain, [0.1, 0.6, 0.3]);
    }

    #[test]
    fn a_shared_speaker_links_sentences_that_share_no_term() {
        // No two sentences share a term. Without links the three would be
        // isolated and tie at 1/3; "mr" and "said" tie the two quotes.
        let text = "Mr Brown said rates would fall. \
                    Markets rallied in Frankfurt on Friday. \
                    Mr Green said inflation was over.";
        let config = Config {
            budget: Budget::Sentences(3),
            position_bias: 0.0,
            ..Config::default()
        };
        let report = Summarizer::new(config).unwrap().run(text).unwrap();
        let score = |i: usize| report.summary.iter().find(|s| s.index == i).unwrap().score;
        assert!(score(0) > 0.4 && score(2) > 0.4, "{:?}", report.summary);
        assert!(score(1) < 0.1, "{:?}", report.summary);
    }

    #[test]
    fn a_negative_first_position_weight_is_refused() {
        let config = Config {
            keywords: KeywordOptions {
                first_position_weight: -0.5,
                ..KeywordOptions::default()
            },
            ..Config::default()
        };
        let err = config.validate().unwrap_err();
        assert!(
            matches!(err, Error::OutOfRange { name, value, .. }
                if name == "the keyword first position weight" && value == -0.5),
            "{err}"
        );
    }
}
