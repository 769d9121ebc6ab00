//! The rank room: scores for the nodes of a weighted graph.
//!
//! It receives numbers only (a graph that can multiply a vector, see
//! [`Graph`], and an optional prior) and returns one score per node. It is
//! used for sentences and for words alike, and knows about neither.

pub mod graph;
pub mod textrank;

pub use graph::Graph;
pub use textrank::{TextRankOptions, textrank, textrank_with_prior};
