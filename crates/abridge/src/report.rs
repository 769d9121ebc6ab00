//! The results: what one run of the pipeline returns.
//!
//! [`Report`] holds a document's title, counts, summary [`Sentence`]s and
//! keywords; the output room renders it. These are plain values with public
//! fields: nothing here computes.

use crate::keywords::Keyword;
use crate::lang::{Detection, Language};
use crate::text::Span;

/// One sentence of a summary, as the library reports it.
#[derive(Clone, Debug, PartialEq)]
pub struct Sentence {
    /// The sentence's 0-based position among the document's sentences.
    pub index: usize,
    /// Where the sentence is, as byte offsets into the input.
    pub span: Span,
    /// The sentence with each run of white space collapsed to one space.
    pub text: String,
    /// The sentence's score under the summary method, higher is better
    /// (TextRank: a probability; the scores of all the document's sentences
    /// sum to 1).
    pub score: f64,
    /// For a summary of several documents ([`crate::Summarizer::run_many`]):
    /// the 0-based index of the document the sentence comes from, among
    /// those given; `index` and `span` then refer to that document. `None`
    /// for a summary of one document.
    pub document: Option<usize>,
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
    /// What language detection found, when it ran (`None` when the
    /// configuration gave the language). When its guess was not taken,
    /// `language` is the configured fallback.
    pub detection: Option<Detection>,
    /// The title (a first-line heading), white space collapsed, if any.
    pub title: Option<String>,
    /// Sentence and word counts.
    pub stats: Stats,
    /// The chosen sentences, in the configured order.
    pub summary: Vec<Sentence>,
    /// The keywords, best first.
    pub keywords: Vec<Keyword>,
}
