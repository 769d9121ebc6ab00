//! The configuration: every option of every stage, checked once.
//!
//! [`Config`] is built from `Config::default()` with its chainable setters
//! (or by assigning fields of a mutable value), then handed to
//! [`crate::Summarizer::new`], which calls [`Config::validate`] once; the
//! stages trust what they receive. The summary length is only a default:
//! each call may ask for another ([`crate::Request`]).

use crate::error::{Error, Result, check_range};
use crate::graph::Similarity;
use crate::keywords::KeywordOptions;
use crate::lang::Language;
use crate::model::{IdfModel, TfIdfOptions};
use crate::rank::TextRankOptions;
use crate::summarize::{Budget, Order, SelectOptions, SummaryMethod};
use std::sync::Arc;

/// The default limit on the size of one input: 64 MiB. Time and memory grow
/// about linearly with the input above the dense-graph size, so the limit
/// exists to bound a run, not because larger inputs fail.
pub const DEFAULT_MAX_INPUT_BYTES: usize = 64 << 20;

/// Everything that can be configured. Start from `Config::default()` and
/// change what you need, with the setters or by assigning fields; it is
/// checked by [`crate::Summarizer::new`].
///
/// ```
/// use abridge::{Budget, Config, Language};
///
/// let config = Config::default()
///     .with_language(Language::French)
///     .with_budget(Budget::Sentences(2));
/// assert!(config.validate().is_ok());
/// ```
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Config {
    /// The language of the input (its stemmer, stopwords and sentence
    /// rules) when detection is off; with detection, the language of a
    /// document whose language is not found with confidence. Default English.
    pub language: Language,
    /// Whether each document's language is detected (from its first 320
    /// characters, or 640 when those are not conclusive, at most 1 KiB,
    /// [`crate::detect_language()`]). Default on; off, every document is taken
    /// to be in `language`.
    pub detect_language: bool,
    /// How sentences are scored. Default TextRank.
    pub method: SummaryMethod,
    /// How long the summary is, unless a call asks otherwise. Default: 3
    /// sentences.
    pub budget: Budget,
    /// The order of the summary's sentences. Default: document order.
    pub order: Order,
    /// Near-duplicate threshold of the selection (cosine). Default 0.8.
    pub redundancy: f64,
    /// How sentences are compared by the graph methods. Default: the overlap
    /// measure of the original TextRank paper.
    pub similarity: Similarity,
    /// The exponent `b` of the sentence position weight, for the methods
    /// that take it (TextRank): the score of sentence `i` (from 0) is
    /// multiplied by `1 / (i + 1)^b`, as news writing puts the essentials
    /// first, and the scores are scaled back to sum to 1. 0 is plain
    /// TextRank. Default 0.12, chosen on the public summary sets (README.md).
    pub position_bias: f64,
    /// The TF-IDF weighting of sentence vectors.
    pub tfidf: TfIdfOptions,
    /// The power iteration used for sentences (TextRank, LexRank).
    pub textrank: TextRankOptions,
    /// LexRank's edge threshold on the idf-modified cosine, in `[0, 1)`;
    /// 0 is continuous LexRank. Default 0.1 (Erkan & Radev 2004).
    pub lexrank_threshold: f64,
    /// The seed of the `random` baseline. Default 0.
    pub seed: u64,
    /// Edmundson's bonus words, replacing the language's list. Default:
    /// `None`, the list in `cue/` for the language.
    pub bonus_words: Option<Vec<String>>,
    /// Edmundson's stigma words, replacing the language's list. Default:
    /// `None`, the list in `cue/` for the language.
    pub stigma_words: Option<Vec<String>>,
    /// Keyword extraction (count, method, phrase length).
    pub keywords: KeywordOptions,
    /// Words to treat as stopwords on top of the language's lists.
    pub extra_stopwords: Vec<String>,
    /// Inputs larger than this many bytes are refused. Default 64 MiB.
    pub max_input_bytes: usize,
    /// Document frequencies from a corpus: when set, sentence vectors and
    /// TF-IDF keywords take their idf from it instead of from the article's
    /// own sentences. Without detection it must hold documents of
    /// `language`. Default: none.
    pub idf: Option<Arc<IdfModel>>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            language: Language::default(),
            detect_language: true,
            method: SummaryMethod::default(),
            budget: Budget::default(),
            order: Order::default(),
            redundancy: SelectOptions::default().redundancy,
            similarity: Similarity::default(),
            position_bias: 0.12,
            tfidf: TfIdfOptions::default(),
            textrank: TextRankOptions::default(),
            lexrank_threshold: 0.1,
            seed: 0,
            bonus_words: None,
            stigma_words: None,
            keywords: KeywordOptions::default(),
            extra_stopwords: Vec::new(),
            max_input_bytes: DEFAULT_MAX_INPUT_BYTES,
            idf: None,
        }
    }
}

impl Config {
    /// This configuration with one language for every document: detection
    /// off.
    pub fn with_language(mut self, language: Language) -> Config {
        self.language = language;
        self.detect_language = false;
        self
    }

    /// This configuration with each document's language detected, and
    /// `fallback` for a document whose language is not found with
    /// confidence.
    pub fn with_detected_language(mut self, fallback: Language) -> Config {
        self.language = fallback;
        self.detect_language = true;
        self
    }

    /// This configuration with another summary method.
    pub fn with_method(mut self, method: SummaryMethod) -> Config {
        self.method = method;
        self
    }

    /// This configuration with another default summary length.
    pub fn with_budget(mut self, budget: Budget) -> Config {
        self.budget = budget;
        self
    }

    /// This configuration with another sentence order.
    pub fn with_order(mut self, order: Order) -> Config {
        self.order = order;
        self
    }

    /// This configuration with another sentence similarity.
    pub fn with_similarity(mut self, similarity: Similarity) -> Config {
        self.similarity = similarity;
        self
    }

    /// This configuration with another lead bias exponent.
    pub fn with_position_bias(mut self, bias: f64) -> Config {
        self.position_bias = bias;
        self
    }

    /// This configuration with other keyword options.
    pub fn with_keywords(mut self, keywords: KeywordOptions) -> Config {
        self.keywords = keywords;
        self
    }

    /// This configuration with these words as stopwords too.
    pub fn with_extra_stopwords(mut self, words: Vec<String>) -> Config {
        self.extra_stopwords = words;
        self
    }

    /// This configuration with another input size limit, in bytes.
    pub fn with_max_input_bytes(mut self, bytes: usize) -> Config {
        self.max_input_bytes = bytes;
        self
    }

    /// This configuration with another LexRank threshold.
    pub fn with_lexrank_threshold(mut self, threshold: f64) -> Config {
        self.lexrank_threshold = threshold;
        self
    }

    /// This configuration with another seed for the `random` baseline.
    pub fn with_seed(mut self, seed: u64) -> Config {
        self.seed = seed;
        self
    }

    /// This configuration with Edmundson's bonus and stigma words (`None`
    /// keeps the language's list).
    pub fn with_cue_words(
        mut self,
        bonus: Option<Vec<String>>,
        stigma: Option<Vec<String>>,
    ) -> Config {
        self.bonus_words = bonus;
        self.stigma_words = stigma;
        self
    }

    /// This configuration with a corpus IDF model.
    pub fn with_idf(mut self, model: Option<Arc<IdfModel>>) -> Config {
        self.idf = model;
        self
    }

    /// Checks every value, each stage its own: the selection, the power
    /// iteration, the lead bias, keyword extraction, and the corpus model's
    /// language.
    pub fn validate(&self) -> Result<()> {
        self.budget.validate()?;
        // With detection, a document in a language the model lacks is
        // weighed by its own sentences.
        if let Some(model) = &self.idf
            && !self.detect_language
            && model.language(self.language).is_none()
        {
            return Err(Error::IdfModelLacksLanguage(self.language.name().into()));
        }
        check_range(
            "the LexRank threshold",
            "at least 0 and less than 1",
            self.lexrank_threshold,
            (0.0..1.0).contains(&self.lexrank_threshold),
        )?;
        self.select_options(self.budget).validate()?;
        self.textrank.validate("the damping factor")?;
        check_range(
            "the sentence position bias",
            "a finite number of at least 0",
            self.position_bias,
            self.position_bias.is_finite() && self.position_bias >= 0.0,
        )?;
        self.keywords.validate()
    }

    /// The options of the selection for a summary of `budget`.
    pub(crate) fn select_options(&self, budget: Budget) -> SelectOptions {
        SelectOptions {
            budget,
            order: self.order,
            redundancy: self.redundancy,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_negative_first_position_weight_is_refused() {
        let mut config = Config::default();
        config.keywords.first_position_weight = -0.5;
        let err = config.validate().unwrap_err();
        assert!(
            matches!(err, Error::OutOfRange { name, value, .. }
                if name == "the keyword first position weight" && value == -0.5),
            "{err}"
        );
    }

    #[test]
    fn each_damping_factor_is_reported_as_itself() {
        // Regression (issue 10): a bad keyword damping was reported with the
        // sentence damping's value.
        let mut config = Config::default();
        config.keywords.textrank.damping = 1.5;
        let err = config.validate().unwrap_err();
        assert!(
            matches!(err, Error::OutOfRange { name, value, .. }
                if name == "the keyword damping factor" && value == 1.5),
            "{err}"
        );
        let mut config = Config::default();
        config.textrank.damping = -0.1;
        let err = config.validate().unwrap_err();
        assert!(
            matches!(err, Error::OutOfRange { name, value, .. }
                if name == "the damping factor" && value == -0.1),
            "{err}"
        );
    }

    #[test]
    fn each_phrase_length_is_reported_as_itself() {
        // Regression (issue 10): the two phrase lengths shared one row, which
        // reported the smaller value whichever was wrong.
        let mut config = Config::default();
        config.keywords.max_words_untagged = 0;
        let err = config.validate().unwrap_err();
        assert!(
            matches!(err, Error::OutOfRange { name, value, .. }
                if name.contains("without a part-of-speech lexicon") && value == 0.0),
            "{err}"
        );
    }

    #[test]
    fn the_defaults_are_valid_and_setters_set() {
        let config = Config::default()
            .with_budget(Budget::Words(50))
            .with_order(Order::Score)
            .with_position_bias(0.0);
        assert!(config.validate().is_ok());
        assert_eq!(config.budget, Budget::Words(50));
        assert_eq!(config.order, Order::Score);
        assert_eq!(config.position_bias, 0.0);
        assert!(
            Config::default()
                .with_budget(Budget::Sentences(0))
                .validate()
                .is_err()
        );
    }
}
