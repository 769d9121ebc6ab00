//! Text stages: segmentation of the input into sentences.
pub mod segment;
