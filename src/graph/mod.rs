//! The graph room: weighted graphs as numbers, built from sentences or words.
//!
//! [`similarity_matrix`] links sentences by the similarity of their vectors,
//! as a symmetric `ndarray::Array2<f64>` with a zero diagonal;
//! [`cooccurrence_matrix`] links words that occur near each other, as a
//! [`SparseGraph`] (vocabularies are too large for a dense matrix). Both are
//! ready for `rank::textrank`. Nothing here knows about text beyond term ids.

pub mod cooccurrence;
pub mod similarity;
pub mod sparse;

pub use cooccurrence::{CooccurrenceOptions, cooccurrence_matrix};
pub use similarity::{Similarity, similarity_matrix};
pub use sparse::SparseGraph;
