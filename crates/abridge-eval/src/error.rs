//! The evaluation harness's error type.
//!
//! Configuring or running the summarizer can fail with the library's own [`abridge::Error`],
//! which is wrapped as it is; the other variants belong to evaluation alone (a record without
//! gold answers, a bad cut-off), so that the library's error knows nothing of evaluation.
//! Messages are lowercase and have no final period.

/// What can go wrong when evaluating.
#[derive(Debug, thiserror::Error, Clone, PartialEq)]
#[non_exhaustive]
pub enum Error {
    /// The summarizer refused its configuration or an input.
    #[error(transparent)]
    Abridge(#[from] abridge::Error),
    /// A summary length of zero sentences was asked for.
    #[error("the number of summary sentences must be at least 1, not {0}")]
    ZeroSentences(usize),
    /// A summary length of zero words was asked for.
    #[error("the word budget must be at least 1, not {0}")]
    ZeroWords(usize),
    /// The keyphrase cut-offs are empty, or one of them is 0.
    #[error("{name} must be {expected}")]
    BadCutoffs {
        /// What is wrong, in words ("the list of cut-offs", "a cut-off k").
        name: &'static str,
        /// What is expected instead.
        expected: &'static str,
    },
    /// A record of an evaluation set has no gold answer to score against.
    #[error("record '{id}' has no {what}")]
    NoGold {
        /// The record's id.
        id: String,
        /// What is missing, in words.
        what: &'static str,
    },
    /// Evaluating one record of an evaluation set failed.
    #[error("record {index} ('{id}'): {error}")]
    InRecord {
        /// The record's 0-based position in the set.
        index: usize,
        /// The record's id.
        id: String,
        /// What went wrong.
        error: Box<Error>,
    },
}

/// The harness's result type.
pub type Result<T> = std::result::Result<T, Error>;
