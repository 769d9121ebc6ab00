//! The model room: term weights.
//!
//! [`TfIdf`] turns the term ids of each sentence into an L2-normalised sparse
//! vector. It knows term ids and counts only: no text, no graphs.

pub mod tfidf;

pub use tfidf::{SparseVector, TfIdf, TfIdfOptions};
