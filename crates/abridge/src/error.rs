//! The library's error type.
//!
//! Every fallible public function of the library returns [`Result`]. The
//! variants carry the offending value so that a caller (the binary, or any
//! program using the crate) can say exactly what was wrong without parsing a
//! message. Messages are lowercase and have no final period, so that they
//! read well after a `path: ` prefix. A message names the bad value; the
//! list of good ones is the front end's to add (`Choice::names`), so that
//! this first room of the library imports none after it.

/// What can go wrong when configuring or running abridge.
#[derive(Debug, thiserror::Error, Clone, PartialEq)]
#[non_exhaustive]
pub enum Error {
    /// `--language` named a language that no stemmer or stopword list covers.
    #[error("unknown language '{0}'")]
    UnknownLanguage(String),
    /// A sentence count of zero was asked for.
    #[error("the number of summary sentences must be at least 1, not {0}")]
    ZeroSentences(usize),
    /// A ratio outside `(0, 1]` was asked for.
    #[error("the summary ratio must be greater than 0 and at most 1, not {0}")]
    InvalidRatio(f64),
    /// A word budget of zero was asked for.
    #[error("the word budget must be at least 1, not {0}")]
    ZeroWords(usize),
    /// A summary method name that is not known.
    #[error("unknown summary method '{0}'")]
    UnknownSummaryMethod(String),
    /// A keyword method name that is not known.
    #[error("unknown keyword method '{0}'")]
    UnknownKeywordMethod(String),
    /// The input is larger than the configured limit.
    #[error("input is {size} bytes, more than the limit of {limit} bytes")]
    InputTooLarge {
        /// The size of the rejected input, in bytes.
        size: usize,
        /// The configured limit, in bytes.
        limit: usize,
    },
    /// A numeric option is outside the range the algorithm accepts.
    #[error("{name} must be {expected}, not {value}")]
    OutOfRange {
        /// The option's name as the command line spells it.
        name: &'static str,
        /// The accepted range, in words.
        expected: &'static str,
        /// The rejected value.
        value: f64,
    },
    /// A line of JSON Lines that is not a record: not JSON, or no `text`.
    #[error("column {column}: {message}")]
    BadRecord {
        /// The 1-based column where parsing stopped.
        column: usize,
        /// What was wrong, as the JSON parser says it.
        message: String,
    },
    /// A corpus IDF model that cannot be read, with the reason.
    #[error("invalid IDF model: {0}")]
    InvalidIdfModel(String),
    /// Merging corpus IDF models would count more documents of a language
    /// (named) than a `u64` holds.
    #[error("merging the IDF models overflows the number of {0} documents (at most 2^64 - 1)")]
    IdfCountOverflow(String),
    /// A corpus IDF model with no document in the language asked for.
    #[error("the IDF model has no {0} documents")]
    IdfModelLacksLanguage(String),
    /// An HTML page with no text that could be an article (feature `html`).
    #[error("no article text found in the HTML page")]
    NoArticleText,
    /// An HTML page larger than the extractor reads (feature `html`).
    #[error("the page is {size} bytes, more than the limit of {limit} bytes")]
    HtmlPageTooLarge {
        /// The size of the page, in bytes.
        size: usize,
        /// The limit, in bytes (`html::MAX_PAGE_BYTES`).
        limit: usize,
    },
}

/// `Ok` when `ok`, else [`Error::OutOfRange`] with the option's name, the
/// accepted range and the value: the one way every stage checks a number.
pub(crate) fn check_range(
    name: &'static str,
    expected: &'static str,
    value: f64,
    ok: bool,
) -> Result<()> {
    if ok {
        Ok(())
    } else {
        Err(Error::OutOfRange {
            name,
            expected,
            value,
        })
    }
}

/// The library's result type.
pub type Result<T> = std::result::Result<T, Error>;
