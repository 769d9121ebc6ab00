//! TextRank for sentences (Mihalcea & Tarau 2004, section 4): the sentences
//! are the nodes of a graph weighted by their similarity, and PageRank by
//! power iteration ranks them.
//!
//! Receives the sentences' TF-IDF vectors; builds the graph with the chosen
//! [`Similarity`](crate::graph::Similarity) (the paper's overlap measure by default, dense for
//! articles and factored for book-length input: see `graph`) and ranks it
//! with `rank::textrank` (damping 0.85, uniform teleport). The scores sum
//! to 1. The lead bias is applied afterwards by the room (`POSITION_PRIOR`).
//! With a focus (`--focus`) it is Biased TextRank (Kazemi et al. 2020): the
//! teleport follows each sentence's similarity to the focus, damping 0.8
//! (see `focus.rs`).

use super::focus::biased_restart;
use super::{Analysis, ScorerOptions, SentenceScorer};
use crate::graph::sentence_graph;
use crate::rank::textrank;

/// The TextRank sentence scorer.
pub(crate) struct TextRank;

impl SentenceScorer for TextRank {
    const POSITION_PRIOR: bool = true;
    const FOCUS_RESTART: bool = true;

    fn score(doc: &Analysis<'_>, options: &ScorerOptions<'_>) -> Vec<f64> {
        let graph = sentence_graph(doc.vectors, options.similarity);
        let (prior, rank) = biased_restart(
            options.focus,
            doc.vectors,
            options.similarity,
            options.textrank,
        );
        textrank(&graph, prior.as_deref(), &rank)
    }
}
