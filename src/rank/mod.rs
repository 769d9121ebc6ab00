//! The rank room: scores for the nodes of a weighted graph.
//!
//! It receives numbers only (an adjacency matrix and an optional prior) and
//! returns one score per node. It is used for sentences and for words alike,
//! and knows about neither.

pub mod textrank;

pub use textrank::{TextRankOptions, textrank};
