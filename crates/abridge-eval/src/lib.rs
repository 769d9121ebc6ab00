//! Evaluation: scoring outputs against gold answers.
//!
//! This room owns the measures that the project reports: ROUGE-1/2/L for summaries
//! ([`rouge`]) and precision, recall and F1 at k for keyphrases ([`keyphrase`]), with the Porter
//! stemmer both of them match on ([`porter`]). It receives plain strings, a candidate and its
//! references or predicted and gold phrases, and knows nothing of the summarizer: any tool's
//! output can be scored here, which is how the figures in the baselines were made comparable.
//!
//! [`run`] is the one module here that knows the summarizer: it runs it over the records of an
//! evaluation set and scores each output with the measures, for `abridge eval` and for any
//! program that wants the same figures.
//!
//! Both measures follow the reference tools exactly, so that a figure computed here can be set
//! beside one computed in Python: ROUGE as Google's `rouge-score` 0.1.2 computes it with
//! `use_stemmer=True`, and stems as NLTK's `PorterStemmer()` gives them.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod error;
pub mod keyphrase;
pub mod porter;
pub mod render;
pub mod rouge;
pub mod run;

pub use error::{Error, Result};
