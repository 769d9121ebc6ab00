//! The rank room: scores for the nodes of a weighted graph.
//!
//! It receives numbers only (a weighted graph, dense or sparse, and an
//! optional prior) and returns one score per node. It is used for sentences
//! and for words alike, and knows about neither.

pub mod textrank;

pub use textrank::{Graph, TextRankOptions, textrank};
