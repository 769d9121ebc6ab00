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
//! After scoring, two steps are shared by every method:
//! 1. the lead bias ([`weigh_by_position`]), a prior on the scores for the
//!    methods that take it ([`SentenceScorer::POSITION_PRIOR`]);
//! 2. the selection ([`select`]): budget, redundancy and order.
//!
//! This room uses the graph, weight and rank rooms; it never sees the
//! keywords room, the pipeline or the output.

mod lead;
mod position;
mod select;
mod textrank;

pub(crate) use position::weigh_by_position;
pub(crate) use select::select;
pub use select::{Budget, Order, SelectOptions};

use crate::choice::Choice;
use crate::graph::Similarity;
use crate::model::SparseVector;
use crate::rank::TextRankOptions;
use crate::text::Tokenized;

/// One analysed document, as every sentence scorer receives it.
pub(crate) struct Analysis<'a> {
    /// The tokens of the title and of each sentence.
    #[allow(dead_code)] // read by the methods that work on words
    pub tokens: &'a Tokenized,
    /// Each sentence's TF-IDF vector, over its terms and links.
    pub vectors: &'a [SparseVector],
}

/// What a method may be configured by: the options of every method, each
/// reading its own.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct ScorerOptions {
    /// How sentences are compared (graph methods).
    pub similarity: Similarity,
    /// The power iteration (TextRank).
    pub textrank: TextRankOptions,
}

/// A way to score the sentences of a document.
pub(crate) trait SentenceScorer {
    /// Whether the lead bias ([`weigh_by_position`]) applies to this method's
    /// scores: true for methods whose scores are a distribution over the
    /// sentences with no view of position (the graph methods).
    const POSITION_PRIOR: bool;

    /// One score per sentence of `doc`, higher is better.
    fn score(doc: &Analysis<'_>, options: &ScorerOptions) -> Vec<f64>;
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
                options: &ScorerOptions,
                position_bias: f64,
            ) -> Vec<f64> {
                match self {
                    $(SummaryMethod::$variant => {
                        let mut scores = <$scorer>::score(doc, options);
                        if <$scorer>::POSITION_PRIOR {
                            weigh_by_position(&mut scores, position_bias);
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
    Lead => "lead", lead::Lead, "The first sentences (a baseline).";
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
