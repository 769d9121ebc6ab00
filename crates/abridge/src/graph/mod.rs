//! The graph room: weighted graphs as numbers, built from sentences or words.
//!
//! [`sentence_graph`] links sentences by the similarity of their vectors: a
//! dense `ndarray::Array2<f64>` ([`similarity_matrix`]) for articles, the
//! factored [`CosineGraph`] for book-length input. [`cooccurrence_matrix`]
//! links words that occur near each other, as a [`SparseGraph`]. All are
//! symmetric with a zero diagonal, ready for `rank::textrank`. Nothing here
//! knows about text beyond term ids.

pub mod cooccurrence;
pub mod cosine;
pub mod similarity;
pub mod sparse;

pub use cooccurrence::{CooccurrenceOptions, cooccurrence_matrix};
pub use cosine::CosineGraph;
pub use similarity::{
    DENSE_SENTENCE_LIMIT, SentenceGraph, Similarity, sentence_graph, sentence_graph_with_limit,
    similarity_matrix,
};
pub use sparse::SparseGraph;
