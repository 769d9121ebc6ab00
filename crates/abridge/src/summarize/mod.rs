//! Sentence scoring: one analysed document in, one score per sentence out,
//! by the method the caller chose; then the selection every method shares.
//!
//! This room receives the document as the earlier stages left it (the
//! sentences' tokens and TF-IDF vectors, as an [`Analysis`]) and returns
//! scores, higher is better. A method lives in a file of its own and
//! implements [`SentenceScorer`]; [`SummaryMethod`] lists them, and the
//! `methods!` table below is the one place that names each. Adding a method
//! is a new file and one line of that table.
//!
//! Around scoring, three steps are shared by every method:
//! 1. a focus (`--focus`, `focus.rs`), if given: the PageRank methods take
//!    it as their restart distribution, the others' scores are weighed by it;
//! 2. the lead bias ([`weigh_by_position`]), a prior on the scores for the
//!    methods that take it ([`SentenceScorer::POSITION_PRIOR`]);
//! 3. the selection ([`select`]): budget, redundancy and order.
//!
//! This room uses the graph, weight and rank rooms; it never sees the
//! keywords room, the pipeline or the output.

mod edmundson;
mod focus;
mod kl;
mod lead;
mod lexrank;
mod lsa;
mod luhn;
mod position;
mod random;
mod reduction;
mod reinforcement;
mod salience;
mod select;
mod sequential;
mod submodular;
mod sumbasic;
mod textrank;

pub use edmundson::CueWords;
pub(crate) use focus::Focus;

pub(crate) use position::weigh_by_position;
pub(crate) use select::select;
pub use select::{Budget, Order, SelectOptions};

use crate::choice::Choice;
use crate::graph::Similarity;
use crate::model::SparseVector;
use crate::rank::TextRankOptions;
use crate::text::{TermId, Tokenized};

/// One analysed document, as every sentence scorer receives it.
pub(crate) struct Analysis<'a> {
    /// The tokens of the title and of each sentence: the words of a
    /// sentence (stopwords included, so [`Analysis::words`] counts them),
    /// the content terms ([`Tokenized::terms`]) and the title's tokens.
    pub tokens: &'a Tokenized,
    /// Each sentence's TF-IDF vector, over its terms and links.
    pub vectors: &'a [SparseVector],
    /// The paragraph (from 0) of each sentence.
    pub paragraphs: &'a [usize],
    /// Each sentence's position in its own document, when the sentences
    /// come from several (`--combine`): the lead bias counts from each
    /// document's start. `None`: one document, the position is the index.
    pub positions: Option<&'a [usize]>,
}

impl Analysis<'_> {
    /// The number of sentences.
    pub fn len(&self) -> usize {
        self.tokens.sentences.len()
    }

    /// The number of words of sentence `i` (stopwords and numbers included).
    pub fn words(&self, i: usize) -> usize {
        self.tokens.sentences[i].len()
    }

    /// How often each content term occurs in the sentences (not the title),
    /// indexed by term id.
    pub fn term_counts(&self) -> Vec<u32> {
        let mut counts = vec![0u32; self.tokens.vocabulary.len()];
        for i in 0..self.len() {
            for t in self.tokens.terms(i) {
                counts[t as usize] += 1;
            }
        }
        counts
    }

    /// The content terms of sentence `i` with their counts, sorted by term.
    pub fn sentence_term_counts(&self, i: usize) -> Vec<(TermId, u32)> {
        let mut terms: Vec<TermId> = self.tokens.terms(i).collect();
        terms.sort_unstable();
        let mut counted: Vec<(TermId, u32)> = Vec::with_capacity(terms.len());
        for t in terms {
            match counted.last_mut() {
                Some((last, count)) if *last == t => *count += 1,
                _ => counted.push((t, 1)),
            }
        }
        counted
    }
}

/// Divides `scores` by their sum, so that they sum to 1 (a graph method's
/// scores are a distribution); left as they are when the sum is 0.
fn scale_to_one(scores: &mut [f64]) {
    let total: f64 = scores.iter().sum();
    if total > 0.0 {
        scores.iter_mut().for_each(|s| *s /= total);
    }
}

/// What a method may be configured by: the options of every method, each
/// reading its own.
#[derive(Clone, Copy, Debug)]
pub(crate) struct ScorerOptions<'a> {
    /// How sentences are compared (graph methods).
    pub similarity: Similarity,
    /// The power iteration (TextRank, LexRank).
    pub textrank: TextRankOptions,
    /// LexRank's edge threshold on the idf-modified cosine; 0 is continuous
    /// LexRank.
    pub lexrank_threshold: f64,
    /// The summary length: the sequential methods (SumBasic, KL-Sum) pick
    /// until it is reached, LSA sets its dimensions by it.
    pub budget: Budget,
    /// The number of words the caller cuts the summary to after the
    /// selection, if it does (`abridge eval --sentences 6 --words 100`):
    /// a method that plans for a word budget (submodular) plans for it; the
    /// others and the selection do not read it.
    pub word_limit: Option<usize>,
    /// The seed of the random baseline.
    pub seed: u64,
    /// Edmundson's bonus and stigma words.
    pub cue: &'a CueWords,
    /// What the reader asks about (`--focus`), if anything.
    pub focus: Option<&'a Focus>,
}

/// A way to score the sentences of a document.
pub(crate) trait SentenceScorer {
    /// Whether the lead bias ([`weigh_by_position`]) applies to this method's
    /// scores: true for methods whose scores are a distribution over the
    /// sentences with no view of position (the graph methods).
    const POSITION_PRIOR: bool;

    /// Whether the method takes a focus as its PageRank restart (Biased
    /// TextRank) and so reads [`ScorerOptions::focus`] itself; for the
    /// others the room multiplies the scores by the focus weight
    /// ([`focus::weigh_by_focus`]).
    const FOCUS_RESTART: bool = false;

    /// One score per sentence of `doc`, higher is better. A method that
    /// picks sentences one after another (SumBasic, KL-Sum) returns scores
    /// that fall with the pick order ([`sequential`]), so that the shared
    /// selection meets its picks first and still applies the budget.
    fn score(doc: &Analysis<'_>, options: &ScorerOptions<'_>) -> Vec<f64>;
}

/// Declares the methods: their enum, names, descriptions and dispatch, from
/// one line each.
macro_rules! methods {
    ($($(#[$attr:meta])* $variant:ident => $name:literal, $scorer:ty, $about:literal;)+) => {
        /// How sentences are scored (`--method`).
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum SummaryMethod {
            $($(#[$attr])* $variant,)+
        }

        impl crate::choice::Choice for SummaryMethod {
            const ALL: &'static [SummaryMethod] = &[$(SummaryMethod::$variant),+];

            fn name(self) -> &'static str {
                match self { $(SummaryMethod::$variant => $name),+ }
            }

            fn description(self) -> &'static str {
                match self { $(SummaryMethod::$variant => $about),+ }
            }
        }

        impl SummaryMethod {
            /// Scores the sentences of `doc`, with the lead bias where the
            /// method takes it.
            pub(crate) fn score(
                self,
                doc: &Analysis<'_>,
                options: &ScorerOptions<'_>,
                position_bias: f64,
            ) -> Vec<f64> {
                match self {
                    $(SummaryMethod::$variant => {
                        let mut scores = <$scorer>::score(doc, options);
                        if let Some(focus) = options.focus
                            && !<$scorer>::FOCUS_RESTART
                        {
                            let similarities = focus.similarities(doc.vectors, options.similarity);
                            focus::weigh_by_focus(&mut scores, &similarities);
                        }
                        if <$scorer>::POSITION_PRIOR {
                            weigh_by_position(&mut scores, position_bias, doc.positions);
                        }
                        scores
                    })+
                }
            }
        }
    };
}

methods! {
    /// TextRank (Mihalcea & Tarau 2004) over sentence similarity (default).
    #[default]
    TextRank => "textrank", textrank::TextRank,
        "TextRank: PageRank over sentence similarity, with a lead bias (default).";
    /// The first sentences: the baseline of editors and of DUC.
    /// LexRank (Erkan & Radev 2004): PageRank over thresholded idf-cosine.
    LexRank => "lexrank", lexrank::LexRank,
        "LexRank: PageRank over sentences whose idf-modified cosine passes a threshold.";
    /// Graph reduction (sumy's Reduction): each sentence's total similarity.
    Reduction => "reduction", reduction::Reduction,
        "Reduction: each sentence's summed similarity to all the others.";
    /// LSA (Steinberger & Ježek 2004): length in the top latent dimensions.
    Lsa => "lsa", lsa::Lsa,
        "LSA: a sentence's length in the top singular dimensions of the term-by-sentence matrix.";
    /// Luhn (1958): clusters of significant words.
    Luhn => "luhn", luhn::Luhn,
        "Luhn: the densest cluster of frequent (significant) words in the sentence.";
    /// SumBasic (Nenkova & Vanderwende 2005): word probabilities, squared
    /// once used.
    SumBasic => "sumbasic", sumbasic::SumBasic,
        "SumBasic: sentences of the most probable words, whose probability falls once used.";
    /// KL-Sum (Haghighi & Vanderwende 2009): greedy KL(document || summary).
    Kl => "kl", kl::KlSum,
        "KL-Sum: greedily adds the sentence that brings the summary's words closest to the document's.";
    /// Edmundson (1969): cue, key, title and location.
    Edmundson => "edmundson", edmundson::Edmundson,
        "Edmundson: cue words, frequent words, title words and location.";
    /// Submodular (Lin & Bilmes 2011): coverage plus diversity, greedy
    /// under the budget.
    Submodular => "submodular", submodular::Submodular,
        "Submodular: the sentences that best cover the document with diversity across its topics, greedily under the budget.";
    /// Iterative reinforcement (Wan, Yang & Xiao 2007): sentence and word
    /// saliences from each other and from their own kind.
    Reinforcement => "reinforcement", reinforcement::Reinforcement,
        "Iterative reinforcement: sentences salient by their similar sentences and by the salient words they hold, words by theirs, together.";
    /// The first sentences: the baseline of editors and of DUC.
    Lead => "lead", lead::Lead, "The first sentences (a baseline).";
    /// Random scores from `--seed` (a baseline).
    Random => "random", random::Random, "Random sentences from a fixed seed (a baseline).";
}

impl std::fmt::Display for SummaryMethod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

impl std::str::FromStr for SummaryMethod {
    type Err = crate::error::Error;
    fn from_str(s: &str) -> crate::error::Result<SummaryMethod> {
        SummaryMethod::from_name(s).ok_or_else(|| crate::error::Error::UnknownSummaryMethod(s.to_string()))
    }
}

/// A document analysed as the pipeline does it, for the methods' tests.
#[cfg(test)]
pub(crate) struct TestDoc {
    pub tokens: Tokenized,
    pub vectors: Vec<SparseVector>,
    pub paragraphs: Vec<usize>,
}

#[cfg(test)]
impl TestDoc {
    /// `text` (English, the first line a title when `titled`), segmented,
    /// tokenised and weighted with the article's own idf.
    pub fn new(text: &str) -> TestDoc {
        use crate::text::{Language, Normalizer, Stopwords, segment};
        let segmented = segment(text);
        let normalizer = Normalizer::new(
            Language::English,
            Stopwords::for_language(Language::English),
        );
        let tokens = normalizer.normalize(text, segmented.title, &segmented.sentences);
        let n = tokens.sentences.len();
        let tfidf = crate::model::TfIdf::fit(
            (0..n).map(|i| tokens.sentence_terms(i)),
            tokens.sentence_term_count(),
            Default::default(),
        );
        let vectors = (0..n)
            .map(|i| tfidf.vector(tokens.sentence_terms(i)))
            .collect();
        TestDoc {
            paragraphs: segmented.sentences.iter().map(|s| s.paragraph).collect(),
            tokens,
            vectors,
        }
    }

    pub fn analysis(&self) -> Analysis<'_> {
        Analysis {
            tokens: &self.tokens,
            vectors: &self.vectors,
            paragraphs: &self.paragraphs,
            positions: None,
        }
    }
}

/// The default options of every method, for the methods' tests.
#[cfg(test)]
pub(crate) fn test_options(cue: &CueWords) -> ScorerOptions<'_> {
    ScorerOptions {
        similarity: Similarity::default(),
        textrank: TextRankOptions::default(),
        lexrank_threshold: 0.1,
        budget: Budget::default(),
        word_limit: None,
        seed: 0,
        cue,
        focus: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_method_parses_from_its_name() {
        for &method in SummaryMethod::ALL {
            assert_eq!(method.name().parse::<SummaryMethod>().unwrap(), method);
            assert_eq!(
                method
                    .to_string()
                    .to_uppercase()
                    .parse::<SummaryMethod>()
                    .unwrap(),
                method
            );
        }
        assert!("magic".parse::<SummaryMethod>().is_err());
    }
}
