//! Running abridge over an evaluation set and scoring its output.
//!
//! This is the one module of the room that knows the summarizer: it receives a [`Config`] and
//! records of an evaluation set (a text with its gold answers), runs a [`Summarizer`] on each
//! `text`, and scores the output with [`rouge`] or [`keyphrase`]. It reads no file and prints
//! nothing: the binary reads the JSON Lines, may evaluate records on several threads, and hands
//! the per-record results back to [`SummaryScores::mean`] or [`KeyphraseScores::mean`] in input
//! order, so the figures do not depend on the number of threads.
//!
//! Two record shapes are read, one per task (the shapes of the sets in `../shared/data`):
//!
//! - [`SummaryRecord`] `{"id", "title", "text", "summaries": [...]}`: ROUGE-1, ROUGE-2 and
//!   ROUGE-L of the summary against the references, the best reference counting for each
//!   measure ([`rouge::score_multi`]). The summary's length is set by [`Length`].
//! - [`KeyphraseRecord`] `{"id", "text", "keyphrases": [...], "lang"}`: precision, recall and F1
//!   of the top k keywords for each k asked for ([`keyphrase::prf_at`]); the record's `lang`
//!   chooses the language unless the caller forces one.
//!
//! The summarizer sees `text` only, never `title`, as the tools in the baselines did. Averages
//! are macro-averages: every document weighs the same.

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::keyphrase;
use crate::rouge::{self, Prf, Rouge, Tokenizer};
use abridge::segment;
use abridge::{Budget, Config, Language, Order, Request, Sentence, Summarizer};

/// One document of a summary evaluation set.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
pub struct SummaryRecord {
    /// The record's own identifier (empty when the record has none).
    #[serde(default)]
    pub id: String,
    /// The article's title, kept apart from `text`; the summarizer never sees it.
    #[serde(default)]
    pub title: Option<String>,
    /// The article.
    pub text: String,
    /// The reference summaries; at least one is needed.
    pub summaries: Vec<String>,
}

/// One document of a keyphrase evaluation set.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
pub struct KeyphraseRecord {
    /// The record's own identifier (empty when the record has none).
    #[serde(default)]
    pub id: String,
    /// The document.
    pub text: String,
    /// The gold keyphrases; at least one is needed.
    pub keyphrases: Vec<String>,
    /// The document's language as a name or ISO 639-1 code (`"en"`, `"fr"`), if given.
    #[serde(default)]
    pub lang: Option<String>,
}

/// How long each evaluated summary is.
///
/// Sentences are always chosen by the summarizer's own rule (best first, near-duplicates
/// skipped) and shown in the configured [`Order`]; a word cut keeps the first words of that
/// text, as the DUC evaluations did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Length {
    /// As many sentences as the record's first reference summary has, counted by
    /// [`segment()`] (at least one).
    Reference,
    /// This many sentences.
    Sentences(usize),
    /// The best sentences, as many as it takes to reach this many words, then cut to their
    /// first `words` whitespace-separated words.
    Words(usize),
    /// This many sentences, then cut to their first `words` whitespace-separated words (the
    /// DUC 2001 convention of the baselines: six sentences, 100 words).
    SentencesThenWords {
        /// The number of sentences chosen.
        sentences: usize,
        /// The number of words kept.
        words: usize,
    },
}

impl Length {
    /// Rejects a count of zero.
    pub fn validate(self) -> Result<()> {
        match self {
            Length::Sentences(0) | Length::SentencesThenWords { sentences: 0, .. } => {
                Err(Error::ZeroSentences(0))
            }
            Length::Words(0) | Length::SentencesThenWords { words: 0, .. } => {
                Err(Error::ZeroWords(0))
            }
            _ => Ok(()),
        }
    }
}

/// The number of sentences in a reference summary, as [`Length::Reference`] counts them: the
/// sentences [`segment()`] finds, and at least one.
///
/// ```
/// use abridge_eval::run::reference_sentences;
/// assert_eq!(reference_sentences("The vote passed. The mayor signed it."), 2);
/// assert_eq!(reference_sentences(""), 1);
/// ```
pub fn reference_sentences(summary: &str) -> usize {
    segment(summary).sentences.len().max(1)
}

/// The evaluation of one summary record.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SummaryResult {
    /// The summary that was scored: the chosen sentences joined by single spaces, after any
    /// word cut.
    pub candidate: String,
    /// The 0-based indices of the chosen sentences, in the order they appear in `candidate`
    /// (a word cut may leave the last ones out of it, or only part of one).
    pub sentences: Vec<usize>,
    /// Whitespace-separated words in `candidate`.
    pub words: usize,
    /// ROUGE of `candidate` against the references.
    pub rouge: Rouge,
}

/// Figures averaged over the documents of a summary evaluation.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct SummaryScores {
    /// The number of documents averaged.
    pub documents: usize,
    /// The mean number of words per summary.
    pub mean_words: f64,
    /// ROUGE precision, recall and F1, each the mean of the per-document figures.
    pub rouge: Rouge,
}

impl SummaryScores {
    /// Averages per-document results, summing in the order given (so a fixed order gives the
    /// same bits). No result gives all zeros.
    pub fn mean(results: &[SummaryResult]) -> SummaryScores {
        let n = results.len();
        let mean_prf = |pick: fn(&Rouge) -> Prf| mean_of(results.iter().map(|r| pick(&r.rouge)));
        SummaryScores {
            documents: n,
            mean_words: mean(results.iter().map(|r| r.words as f64), n),
            rouge: Rouge {
                rouge1: mean_prf(|r| r.rouge1),
                rouge2: mean_prf(|r| r.rouge2),
                rouge_l: mean_prf(|r| r.rouge_l),
            },
        }
    }
}

/// Runs the summarizer on summary records and scores each against its references.
///
/// Build it once; [`SummaryEvaluator::evaluate`] takes `&self` and can be called from several
/// threads at once.
#[derive(Debug)]
pub struct SummaryEvaluator {
    length: Length,
    /// How ROUGE cuts the texts.
    tokenizer: Tokenizer,
    /// The order the summaries are read in (the configuration's).
    order: Order,
    /// One summarizer for every record: the length of each call is a request.
    summarizer: Summarizer,
}

impl SummaryEvaluator {
    /// Validates `config` and `length`. Each record's summary length comes from `length`, and
    /// the keyword count is 0 (keywords are not scored here).
    pub fn new(mut config: Config, length: Length) -> Result<SummaryEvaluator> {
        length.validate()?;
        config.keywords.count = 0;
        let order = config.order;
        if let Length::Words(_) = length {
            // Every sentence best first: the record's summary is the shortest head of that
            // ranking that reaches the word count. Selection is greedy, so a head of the
            // ranking is exactly what a smaller sentence budget would have chosen.
            config.order = Order::Score;
        }
        Ok(SummaryEvaluator {
            length,
            tokenizer: Tokenizer::default(),
            order,
            summarizer: Summarizer::new(config)?,
        })
    }

    /// This evaluator with another ROUGE tokenizer.
    pub fn with_tokenizer(mut self, tokenizer: Tokenizer) -> SummaryEvaluator {
        self.tokenizer = tokenizer;
        self
    }

    /// Summarizes one record's `text` and scores the summary against its `summaries`.
    pub fn evaluate(&self, record: &SummaryRecord) -> Result<SummaryResult> {
        let Some(first) = record.summaries.first() else {
            return Err(Error::NoGold {
                id: record.id.clone(),
                what: "reference summary",
            });
        };
        let budget = match self.length {
            Length::Reference => Budget::Sentences(reference_sentences(first)),
            Length::Sentences(n) | Length::SentencesThenWords { sentences: n, .. } => {
                Budget::Sentences(n)
            }
            Length::Words(_) => Budget::Sentences(usize::MAX),
        };
        let request = match self.length {
            Length::Words(words) | Length::SentencesThenWords { words, .. } => {
                Request::new().with_budget(budget).with_word_limit(words)
            }
            _ => Request::new().with_budget(budget),
        };
        let summary = self.summarizer.run_with(&record.text, request)?.summary;
        let chosen: Vec<Sentence> = match self.length {
            Length::Words(words) => {
                let ranked = summary;
                let mut head = Vec::new();
                let mut total = 0;
                for sentence in ranked {
                    if total >= words {
                        break;
                    }
                    total += sentence.text.split_whitespace().count();
                    head.push(sentence);
                }
                if self.order == Order::Document {
                    head.sort_by_key(|s| s.index);
                }
                head
            }
            _ => summary,
        };
        let joined = chosen
            .iter()
            .map(|s| s.text.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        let candidate = match self.length {
            Length::Words(words) | Length::SentencesThenWords { words, .. } => {
                first_words(&joined, words)
            }
            _ => joined,
        };
        let references: Vec<&str> = record.summaries.iter().map(String::as_str).collect();
        Ok(SummaryResult {
            words: candidate.split_whitespace().count(),
            rouge: rouge::score_multi_with(self.tokenizer, &candidate, &references),
            sentences: chosen.iter().map(|s| s.index).collect(),
            candidate,
        })
    }
}

/// The first `n` whitespace-separated words of `text`, joined by single spaces.
fn first_words(text: &str, n: usize) -> String {
    text.split_whitespace()
        .take(n)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Evaluates summaries of every record in order and averages the figures.
///
/// A failure names the record by its position (0-based) and id. For several threads, call
/// [`SummaryEvaluator::evaluate`] per record and [`SummaryScores::mean`] on the results.
///
/// ```
/// use abridge::Config;
/// use abridge_eval::run::{Length, SummaryRecord, evaluate_summaries};
///
/// let record = SummaryRecord {
///     text: "The river rose in May. The river froze in winter. The river fell.".into(),
///     summaries: vec!["The river rose fast.".into()],
///     ..SummaryRecord::default()
/// };
/// let scores = evaluate_summaries(&Config::default(), &[record], Length::Reference)?;
/// assert_eq!(scores.documents, 1);
/// assert!(scores.rouge.rouge1.f1 > 0.0);
/// # Ok::<(), abridge_eval::Error>(())
/// ```
pub fn evaluate_summaries(
    config: &Config,
    records: &[SummaryRecord],
    length: Length,
) -> Result<SummaryScores> {
    let evaluator = SummaryEvaluator::new(config.clone(), length)?;
    let results = each_record(records, |r| &r.id, |r| evaluator.evaluate(r))?;
    Ok(SummaryScores::mean(&results))
}

/// Precision, recall and F1 of the first `k` predictions.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct AtK {
    /// The cut-off.
    pub k: usize,
    /// The figures at that cut-off.
    #[serde(flatten)]
    pub prf: Prf,
}

/// The evaluation of one keyphrase record.
#[derive(Clone, Debug, PartialEq)]
pub struct KeyphraseResult {
    /// The language the record was processed as.
    pub language: Language,
    /// The predicted keyphrases, best first: the top `max(at)` keywords.
    pub predicted: Vec<String>,
    /// The figures at each cut-off, in the order of the evaluator's cut-offs.
    pub at: Vec<AtK>,
}

/// Figures averaged over the documents of a keyphrase evaluation.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct KeyphraseScores {
    /// The number of documents averaged.
    pub documents: usize,
    /// The mean number of keyphrases predicted per document (fewer than `max(at)` when a
    /// document has fewer candidates).
    pub mean_predicted: f64,
    /// The mean figures at each cut-off.
    pub at: Vec<AtK>,
}

impl KeyphraseScores {
    /// Averages per-document results, summing in the order given. The cut-offs are those of
    /// the first result; every result must have the same ones, as one evaluator's results do.
    pub fn mean(results: &[KeyphraseResult]) -> KeyphraseScores {
        let n = results.len();
        let cutoffs: Vec<usize> = results
            .first()
            .map(|r| r.at.iter().map(|a| a.k).collect())
            .unwrap_or_default();
        let at = cutoffs
            .iter()
            .enumerate()
            .map(|(i, &k)| AtK {
                k,
                prf: mean_of(results.iter().map(|r| r.at[i].prf)),
            })
            .collect();
        KeyphraseScores {
            documents: n,
            mean_predicted: mean(results.iter().map(|r| r.predicted.len() as f64), n),
            at,
        }
    }
}

/// Runs keyword extraction on keyphrase records and scores the top keywords against the gold.
///
/// [`KeyphraseEvaluator::evaluate`] takes `&self` and can be called from several threads.
#[derive(Debug)]
pub struct KeyphraseEvaluator {
    config: Config,
    at: Vec<usize>,
    force_language: bool,
    /// The summarizer for records in the config's language.
    default: Summarizer,
}

impl KeyphraseEvaluator {
    /// Validates `config` and the cut-offs `at` (at least one, none zero; they are sorted and
    /// duplicates dropped). The keyword count becomes the largest cut-off.
    ///
    /// With `force_language`, every record is processed as `config` says (in
    /// `config.language`, or in its detected language when the configuration detects);
    /// otherwise a record's `lang` chooses, and the configuration serves records without one.
    pub fn new(config: Config, at: &[usize], force_language: bool) -> Result<KeyphraseEvaluator> {
        let mut at = at.to_vec();
        at.sort_unstable();
        at.dedup();
        let (Some(&smallest), Some(&largest)) = (at.first(), at.last()) else {
            return Err(Error::BadCutoffs {
                name: "the list of cut-offs",
                expected: "not empty",
            });
        };
        if smallest == 0 {
            return Err(Error::BadCutoffs {
                name: "a cut-off k",
                expected: "at least 1",
            });
        }
        let mut config = config;
        config.keywords.count = largest;
        let default = Summarizer::new(config.clone())?;
        Ok(KeyphraseEvaluator {
            config,
            at,
            force_language,
            default,
        })
    }

    /// The cut-offs, ascending.
    pub fn cutoffs(&self) -> &[usize] {
        &self.at
    }

    /// The language a record is processed in.
    pub fn language_of(&self, record: &KeyphraseRecord) -> Result<Language> {
        match &record.lang {
            Some(lang) if !self.force_language => Ok(Language::parse(lang)?),
            _ => Ok(self.config.language),
        }
    }

    /// Extracts keywords from one record's `text` and scores them against its `keyphrases`.
    pub fn evaluate(&self, record: &KeyphraseRecord) -> Result<KeyphraseResult> {
        if record.keyphrases.is_empty() {
            return Err(Error::NoGold {
                id: record.id.clone(),
                what: "gold keyphrase",
            });
        }
        let language = self.language_of(record)?;
        let report = if language == self.config.language {
            self.default.run(&record.text)?
        } else {
            // Building a summarizer costs a stopword set and a stemmer: small beside a run.
            Summarizer::new(self.config.clone().with_language(language))?.run(&record.text)?
        };
        // With detection, a record without `lang` is processed in the language found.
        let language = report.language;
        let predicted: Vec<String> = report.keywords.into_iter().map(|k| k.term).collect();
        let predicted_refs: Vec<&str> = predicted.iter().map(String::as_str).collect();
        let gold: Vec<&str> = record.keyphrases.iter().map(String::as_str).collect();
        let at = self
            .at
            .iter()
            .map(|&k| AtK {
                k,
                prf: keyphrase::prf_at(&predicted_refs, &gold, k),
            })
            .collect();
        Ok(KeyphraseResult {
            language,
            predicted,
            at,
        })
    }
}

/// Evaluates keyphrases of every record in order and averages the figures at each cut-off in
/// `at`; each record's `lang` chooses its language (`config.language` when it has none).
///
/// ```
/// use abridge::Config;
/// use abridge_eval::run::{KeyphraseRecord, evaluate_keywords};
///
/// let record = KeyphraseRecord {
///     text: "Solar panels cut power bills. Solar panels need sun.".into(),
///     keyphrases: vec!["solar panels".into()],
///     lang: Some("en".into()),
///     ..KeyphraseRecord::default()
/// };
/// let scores = evaluate_keywords(&Config::default(), &[record], &[1, 5])?;
/// assert_eq!(scores.at[0].k, 1);
/// # Ok::<(), abridge_eval::Error>(())
/// ```
pub fn evaluate_keywords(
    config: &Config,
    records: &[KeyphraseRecord],
    at: &[usize],
) -> Result<KeyphraseScores> {
    let evaluator = KeyphraseEvaluator::new(config.clone(), at, false)?;
    let results = each_record(records, |r| &r.id, |r| evaluator.evaluate(r))?;
    Ok(KeyphraseScores::mean(&results))
}

/// Evaluates every record in order; the first failure stops the run and
/// names its record.
fn each_record<R, T>(
    records: &[R],
    id: impl Fn(&R) -> &str,
    evaluate: impl Fn(&R) -> Result<T>,
) -> Result<Vec<T>> {
    records
        .iter()
        .enumerate()
        .map(|(index, record)| evaluate(record).map_err(|e| in_record(index, id(record), e)))
        .collect()
}

/// Wraps an error with the record it came from.
fn in_record(index: usize, id: &str, error: Error) -> Error {
    Error::InRecord {
        index,
        id: id.to_string(),
        error: Box::new(error),
    }
}

/// The mean of `n` values, 0 when there are none.
fn mean(values: impl Iterator<Item = f64>, n: usize) -> f64 {
    if n == 0 {
        0.0
    } else {
        values.sum::<f64>() / n as f64
    }
}

/// The mean precision, recall and F1 of some triples (F1 is the mean of the F1s, not the F1 of
/// the means, as the baselines and `rouge-score`'s users average).
fn mean_of(prfs: impl Iterator<Item = Prf> + Clone) -> Prf {
    let n = prfs.clone().count();
    Prf {
        precision: mean(prfs.clone().map(|p| p.precision), n),
        recall: mean(prfs.clone().map(|p| p.recall), n),
        f1: mean(prfs.map(|p| p.f1), n),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-12
    }

    /// Three sentences of 5, 10 and 8 words. The tests do not assume which one ranks first, so
    /// that tuning the scoring cannot break them.
    const SENTENCES: [&str; 3] = [
        "Apples grow on tall trees.",
        "Apples and pears grow in the orchard near the river.",
        "Pears ripen in the orchard near the river.",
    ];

    fn three() -> String {
        SENTENCES.join(" ")
    }

    fn summary_record(text: &str, reference: &str) -> SummaryRecord {
        SummaryRecord {
            id: "doc".into(),
            title: Some("A title the summarizer must not see".into()),
            text: text.into(),
            summaries: vec![reference.into()],
        }
    }

    /// The chosen sentences of a result joined, and cut to `n` words.
    fn expected(result: &SummaryResult, n: usize) -> String {
        let joined: Vec<&str> = result.sentences.iter().map(|&i| SENTENCES[i]).collect();
        first_words(&joined.join(" "), n)
    }

    #[test]
    fn reference_length_counts_the_first_reference_sentences() {
        let evaluator = SummaryEvaluator::new(Config::default(), Length::Reference).unwrap();
        let one = evaluator
            .evaluate(&summary_record(&three(), "Anything at all."))
            .unwrap();
        assert_eq!(one.sentences.len(), 1);
        assert_eq!(one.candidate, SENTENCES[one.sentences[0]]);
        let two = evaluator
            .evaluate(&summary_record(&three(), "One. Two sentences here."))
            .unwrap();
        assert_eq!(two.sentences.len(), 2);
        // Document order: the indices ascend.
        assert!(two.sentences[0] < two.sentences[1]);
        assert_eq!(two.candidate, expected(&two, usize::MAX));
    }

    #[test]
    fn rouge_is_computed_on_the_candidate_by_hand() {
        // Candidate: "apples and pears grow in the orchard near the river" (10 tokens; stems:
        // appl and pear grow in the orchard near the river).
        // Reference: "pears grow near the river" (5 tokens).
        // ROUGE-1: pear grow near the river all match: 5 → P 5/10, R 5/5, F 2/3.
        // ROUGE-2: candidate bigrams 9; "pears grow", "near the", "the river" match → 3:
        // P 3/9, R 3/4, F = 2·(1/3)(3/4)/(1/3+3/4) = 6/13.
        // ROUGE-L: LCS pears grow near the river = 5 → same as ROUGE-1.
        let evaluator = SummaryEvaluator::new(Config::default(), Length::Sentences(1)).unwrap();
        let result = evaluator
            .evaluate(&summary_record(SENTENCES[1], "Pears grow near the river."))
            .unwrap();
        assert_eq!(result.words, 10);
        let r = result.rouge;
        assert!(close(r.rouge1.precision, 0.5) && close(r.rouge1.recall, 1.0));
        assert!(close(r.rouge1.f1, 2.0 / 3.0));
        assert!(close(r.rouge2.precision, 3.0 / 9.0) && close(r.rouge2.recall, 0.75));
        assert!(close(r.rouge2.f1, 6.0 / 13.0));
        assert_eq!(r.rouge_l, r.rouge1);
    }

    #[test]
    fn word_length_takes_the_best_sentences_until_enough_words_then_cuts() {
        // Every sentence has at least 5 words: 4 words need only the best one, cut.
        let evaluator = SummaryEvaluator::new(Config::default(), Length::Words(4)).unwrap();
        let result = evaluator.evaluate(&summary_record(&three(), "x")).unwrap();
        assert_eq!(result.sentences.len(), 1);
        assert_eq!(result.words, 4);
        assert_eq!(result.candidate, expected(&result, 4));
        // No sentence has 12 words and any two have at least 13: two sentences, in document
        // order, cut to 12 words.
        let evaluator = SummaryEvaluator::new(Config::default(), Length::Words(12)).unwrap();
        let result = evaluator.evaluate(&summary_record(&three(), "x")).unwrap();
        assert_eq!(result.sentences.len(), 2);
        assert!(result.sentences[0] < result.sentences[1]);
        assert_eq!(result.words, 12);
        assert_eq!(result.candidate, expected(&result, 12));
    }

    #[test]
    fn sentences_then_words_cuts_the_fixed_selection() {
        let length = Length::SentencesThenWords {
            sentences: 3,
            words: 7,
        };
        let evaluator = SummaryEvaluator::new(Config::default(), length).unwrap();
        let result = evaluator.evaluate(&summary_record(&three(), "x")).unwrap();
        // All three sentences in document order, then the first 7 words.
        assert_eq!(result.sentences, [0, 1, 2]);
        assert_eq!(result.candidate, "Apples grow on tall trees. Apples and");
        // Fewer words than the cut: nothing is padded.
        let length = Length::SentencesThenWords {
            sentences: 1,
            words: 100,
        };
        let evaluator = SummaryEvaluator::new(Config::default(), length).unwrap();
        let result = evaluator.evaluate(&summary_record(&three(), "x")).unwrap();
        assert_eq!(result.candidate, SENTENCES[result.sentences[0]]);
    }

    #[test]
    fn a_method_that_plans_for_words_is_given_the_cut() {
        // Submodular plans under the cut: of 5, 10 and 8 words only the first sentence fits 7
        // words, and it comes whole, where TextRank's three sentences are cut (above).
        let config = Config::default().with_method(abridge::SummaryMethod::Submodular);
        let length = |words| Length::SentencesThenWords {
            sentences: 3,
            words,
        };
        let evaluator = SummaryEvaluator::new(config.clone(), length(7)).unwrap();
        let result = evaluator.evaluate(&summary_record(&three(), "x")).unwrap();
        assert_eq!(result.sentences, [0]);
        assert_eq!(result.candidate, SENTENCES[0]);
        for words in [13, 20] {
            let evaluator = SummaryEvaluator::new(config.clone(), length(words)).unwrap();
            let result = evaluator.evaluate(&summary_record(&three(), "x")).unwrap();
            assert!(result.words <= words, "{result:?}");
            assert_eq!(result.candidate, expected(&result, usize::MAX));
        }
        let evaluator = SummaryEvaluator::new(config, Length::Words(9)).unwrap();
        let result = evaluator.evaluate(&summary_record(&three(), "x")).unwrap();
        assert!(result.words <= 9, "{result:?}");
        assert_eq!(result.candidate, expected(&result, usize::MAX));
    }

    #[test]
    fn the_title_is_not_seen() {
        let evaluator = SummaryEvaluator::new(Config::default(), Length::Sentences(3)).unwrap();
        let result = evaluator.evaluate(&summary_record(&three(), "x")).unwrap();
        assert!(!result.candidate.contains("title"));
    }

    #[test]
    fn bad_lengths_and_records_are_errors() {
        assert_eq!(
            SummaryEvaluator::new(Config::default(), Length::Sentences(0)).unwrap_err(),
            Error::ZeroSentences(0)
        );
        assert_eq!(
            SummaryEvaluator::new(Config::default(), Length::Words(0)).unwrap_err(),
            Error::ZeroWords(0)
        );
        let evaluator = SummaryEvaluator::new(Config::default(), Length::Reference).unwrap();
        let mut record = summary_record(&three(), "x");
        record.summaries.clear();
        assert!(matches!(
            evaluator.evaluate(&record),
            Err(Error::NoGold { .. })
        ));
        let error = evaluate_summaries(&Config::default(), &[record], Length::Reference);
        assert!(matches!(error, Err(Error::InRecord { index: 0, .. })));
    }

    #[test]
    fn summary_means_are_per_document() {
        let result = |words, f1| SummaryResult {
            candidate: String::new(),
            sentences: Vec::new(),
            words,
            rouge: Rouge {
                rouge1: Prf::new(f1, f1),
                ..Rouge::default()
            },
        };
        let scores = SummaryScores::mean(&[result(10, 0.5), result(20, 1.0)]);
        assert_eq!(scores.documents, 2);
        assert!(close(scores.mean_words, 15.0));
        assert!(close(scores.rouge.rouge1.f1, 0.75));
        assert_eq!(SummaryScores::mean(&[]), SummaryScores::default());
    }

    fn keyphrase_record(lang: Option<&str>, gold: &[&str]) -> KeyphraseRecord {
        KeyphraseRecord {
            id: "k".into(),
            text: "Solar panels cut power bills. Solar panels need sun. \
                   Power bills rise in winter."
                .into(),
            keyphrases: gold.iter().map(|s| s.to_string()).collect(),
            lang: lang.map(str::to_string),
        }
    }

    #[test]
    fn keyphrase_figures_follow_the_predictions() {
        let evaluator = KeyphraseEvaluator::new(Config::default(), &[2, 1, 2], false).unwrap();
        assert_eq!(evaluator.cutoffs(), [1, 2]);
        let record = keyphrase_record(Some("en"), &["x"]);
        let predicted = evaluator.evaluate(&record).unwrap().predicted;
        assert_eq!(predicted.len(), 2);
        // Gold: the first prediction and one phrase never predicted.
        let record = keyphrase_record(Some("en"), &[&predicted[0], "moon landing"]);
        let result = evaluator.evaluate(&record).unwrap();
        // @1: 1 correct of 1, 1 of 2 gold → P 1, R 1/2, F 2/3.
        assert_eq!(result.at[0].k, 1);
        assert!(close(result.at[0].prf.precision, 1.0) && close(result.at[0].prf.recall, 0.5));
        assert!(close(result.at[0].prf.f1, 2.0 / 3.0));
        // @2: still 1 correct → P 1/2, R 1/2, F 1/2.
        assert!(close(result.at[1].prf.f1, 0.5));
        // Averaged with a document that scores 0: halves.
        let zero = evaluator
            .evaluate(&keyphrase_record(Some("en"), &["moon landing"]))
            .unwrap();
        let scores = KeyphraseScores::mean(&[result, zero]);
        assert!(close(scores.at[0].prf.f1, 1.0 / 3.0));
        assert!(close(scores.mean_predicted, 2.0));
    }

    #[test]
    fn record_language_chooses_unless_forced() {
        let evaluator = KeyphraseEvaluator::new(Config::default(), &[5], false).unwrap();
        let french = keyphrase_record(Some("fr"), &["x"]);
        assert_eq!(evaluator.language_of(&french).unwrap(), Language::French);
        assert_eq!(
            evaluator.evaluate(&french).unwrap().language,
            Language::French
        );
        let none = keyphrase_record(None, &["x"]);
        assert_eq!(evaluator.language_of(&none).unwrap(), Language::English);
        let unknown = keyphrase_record(Some("xx"), &["x"]);
        assert_eq!(
            evaluator.evaluate(&unknown).unwrap_err(),
            Error::Abridge(abridge::Error::UnknownLanguage("xx".into()))
        );
        let forced = KeyphraseEvaluator::new(Config::default(), &[5], true).unwrap();
        assert_eq!(forced.language_of(&french).unwrap(), Language::English);
        assert_eq!(forced.language_of(&unknown).unwrap(), Language::English);
    }

    #[test]
    fn bad_cutoffs_and_records_are_errors() {
        assert!(KeyphraseEvaluator::new(Config::default(), &[], false).is_err());
        assert!(KeyphraseEvaluator::new(Config::default(), &[0, 5], false).is_err());
        let error = evaluate_keywords(
            &Config::default(),
            &[keyphrase_record(None, &["a"]), keyphrase_record(None, &[])],
            &[5],
        )
        .unwrap_err();
        assert!(matches!(error, Error::InRecord { index: 1, .. }));
    }

    #[test]
    fn records_read_from_json_lines() {
        let summary: SummaryRecord = serde_json::from_str(
            r#"{"id": "a", "title": null, "text": "T.", "summaries": ["S."], "extra": 1}"#,
        )
        .unwrap();
        assert_eq!(summary.summaries, ["S."]);
        let keyphrase: KeyphraseRecord =
            serde_json::from_str(r#"{"text": "T.", "keyphrases": ["k"]}"#).unwrap();
        assert_eq!((keyphrase.id.as_str(), keyphrase.lang), ("", None));
        assert!(serde_json::from_str::<SummaryRecord>(r#"{"text": "T."}"#).is_err());
    }
}
