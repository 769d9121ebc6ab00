//! The graph room: weighted graphs as numbers, built from sentences or words.
//!
//! [`similarity_matrix`] links sentences by the similarity of their vectors;
//! [`cooccurrence_matrix`] links words that occur near each other. Both return
//! a symmetric `ndarray::Array2<f64>` with a zero diagonal, ready for
//! `rank::textrank`. Nothing here knows about text beyond term ids.

pub mod cooccurrence;
pub mod similarity;

pub use cooccurrence::{CooccurrenceOptions, cooccurrence_matrix};
pub use similarity::{Similarity, similarity_matrix};
