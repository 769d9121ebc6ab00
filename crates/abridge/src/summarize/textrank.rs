//! TextRank for sentences (Mihalcea & Tarau 2004, section 4): the sentences
//! are the nodes of a graph weighted by their similarity, and PageRank by
//! power iteration ranks them.
//!
//! Receives the sentences' TF-IDF vectors; builds the graph with the chosen
//! [`Similarity`](crate::graph::Similarity) (the paper's overlap measure by default, dense for
//! articles and factored for book-length input: see `graph`) and ranks it
//! with `rank::textrank` (damping 0.85). The scores sum to 1. The lead bias
//! is applied afterwards by the room (`POSITION_PRIOR`).
//!
//! Deviation from the paper: its teleport is uniform; here a fifth of it
//! follows each sentence's coverage of the document's recurring words
//! (`salience.rs`: Luhn 1958's significant words, MEAD's centroid score,
//! Radev et al. 2004), as Biased TextRank (Kazemi et al. 2020) biases the
//! restart. Centrality alone ties the two sentences of a two-sentence
//! graph, and the lead bias then always picks the first; chosen on the six
//! summary sets at once (LCSTS R-1 28.47 -> 28.82, EASC 64.93 -> 65.20,
//! BBC, DUC, OrangeSum and TeMario within ±0.06).
//! With a focus (`--focus`) it is Biased TextRank (Kazemi et al. 2020): the
//! teleport follows each sentence's similarity to the focus, damping 0.8
//! (see `focus.rs`).

use super::focus::biased_restart;
use super::{Analysis, ScorerOptions, SentenceScorer};
use crate::graph::sentence_graph;
use super::salience::{SALIENCE_WEIGHT, salience_restart};
use crate::rank::textrank_with_prior;

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
        let prior = prior.unwrap_or_else(|| salience_restart(doc, SALIENCE_WEIGHT));
        textrank_with_prior(&graph, prior, &rank)
    }
}

#[cfg(test)]
mod tests {
    use super::super::{TestDoc, test_options};
    use super::*;

    #[test]
    fn salience_breaks_the_tie_of_a_two_sentence_graph() {
        // Two sentences are each other's only neighbour, so centrality
        // ties them; the second covers more recurring words (storm 3,
        // hit 2, town 3, flood 2 = 10 against 8 for the first).
        let doc = TestDoc::new("Storm hit town. Storm hit the town and the storm flooded the flooded town.");
        let analysis = doc.analysis();
        assert_eq!(super::super::salience::coverage(&analysis), [8.0, 10.0]);
        let cue = super::super::CueWords::default();
        let scores = TextRank::score(&analysis, &test_options(&cue));
        // Restart v = 0.4 + 0.2 × (8, 10) / 18; with one edge,
        // p0 = 0.15 v0 + 0.85 p1 and p0 + p1 = 1, so p0 = (0.15 v0 + 0.85) / 1.85.
        let v0 = 0.4 + 0.2 * 8.0 / 18.0;
        let p0 = (0.15 * v0 + 0.85) / 1.85;
        assert!((scores[0] - p0).abs() < 1e-5, "{scores:?}");
        assert!((scores[1] - (1.0 - p0)).abs() < 1e-5, "{scores:?}");
        assert!(scores[1] > scores[0]);
    }
}
