//! The model room: term weights.
//!
//! [`TfIdf`] turns the term ids of each sentence into an L2-normalised sparse
//! vector. It knows term ids and counts only: no text, no graphs.
//! [`IdfModel`] holds document frequencies counted over a corpus, keyed by
//! stem, from which the pipeline can take the idf instead.

pub mod idf_model;
pub mod tfidf;

pub use idf_model::{IdfModel, LanguageCounts};
pub use tfidf::{SparseVector, TfIdf, TfIdfOptions};
