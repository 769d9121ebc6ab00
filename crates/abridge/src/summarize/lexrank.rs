//! LexRank (Erkan & Radev 2004, "LexRank: Graph-based lexical centrality as
//! salience in text summarization", JAIR 22): PageRank over the graph of
//! sentences whose idf-modified cosine passes a threshold.
//!
//! - Similarity: the idf-modified cosine of the paper (eq. 3) is the dot
//!   product of the L2-normalised tf·idf vectors, which is what the
//!   sentence vectors are (idf from the article's own sentences, or from
//!   `--idf`).
//! - Edges: an edge of weight 1 joins two sentences whose cosine is above
//!   the threshold (default 0.1, the paper's best on DUC; `--lexrank-threshold`).
//!   A threshold of 0 keeps the cosines as weights: continuous LexRank
//!   (section 3.3).
//! - Ranking: each row divided by its degree and PageRank with damping 0.85
//!   (the paper's jump probability d = 0.15), by the shared power iteration.
//! - Above 1,000 sentences the dense graph is not built: the method becomes
//!   continuous LexRank on the factored cosine graph (see `graph`), whose
//!   cost is linear in the words; a threshold would need every pair of
//!   sentences that share a word, which is quadratic on a long text.
//! - As a graph method it takes the lead bias (`POSITION_PRIOR`).
//! - With a focus (`--focus`), the teleport follows each sentence's cosine
//!   to the focus, damping 0.8: Biased TextRank's restart (see `focus.rs`).

use super::focus::biased_restart;
use super::{Analysis, ScorerOptions, SentenceScorer};
use crate::graph::{SentenceGraph, Similarity, sentence_graph};
use crate::rank::textrank;

/// The LexRank scorer.
pub(crate) struct LexRank;

impl SentenceScorer for LexRank {
    const POSITION_PRIOR: bool = true;
    const FOCUS_RESTART: bool = true;

    fn score(doc: &Analysis<'_>, options: &ScorerOptions<'_>) -> Vec<f64> {
        let mut graph = sentence_graph(doc.vectors, Similarity::Cosine);
        let threshold = options.lexrank_threshold;
        if let SentenceGraph::Dense(matrix) = &mut graph
            && threshold > 0.0
        {
            matrix.mapv_inplace(|w| if w > threshold { 1.0 } else { 0.0 });
        }
        let (prior, rank) = biased_restart(
            options.focus,
            doc.vectors,
            Similarity::Cosine,
            options.textrank,
        );
        textrank(&graph, prior.as_deref(), &rank)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rank::TextRankOptions;
    use crate::summarize::{CueWords, TestDoc, test_options};

    #[test]
    fn four_sentences_rank_as_the_hand_solution() {
        // s0 {alpha beta}, s1 {alpha gamma}, s2 {alpha delta}, s3 {omega}:
        // s0, s1, s2 share `alpha`, so their cosines are positive; s3 is
        // alone. Thresholded edges: a triangle 0-1-2 and an isolated node.
        // With d = 0.85 and uniform teleport, the isolated node keeps
        // p3 = 0.0375 / (1 - 0.2125) (its mass returns through the
        // teleport), and the triangle splits the rest evenly.
        let doc = TestDoc::new("Alpha beta. Alpha gamma. Alpha delta. Omega.");
        let cue = CueWords::default();
        let options = ScorerOptions {
            textrank: TextRankOptions {
                tolerance: 1e-12,
                max_iterations: 1000,
                ..TextRankOptions::default()
            },
            ..test_options(&cue)
        };
        let got = LexRank::score(&doc.analysis(), &options);
        let p3 = 0.0375 / (1.0 - 0.2125);
        let p = (1.0 - p3) / 3.0;
        for (g, want) in got.iter().zip([p, p, p, p3]) {
            assert!((g - want).abs() < 1e-9, "{got:?}");
        }
        // A threshold above every cosine leaves no edge: uniform scores.
        let high = ScorerOptions {
            lexrank_threshold: 0.99,
            ..options
        };
        for g in LexRank::score(&doc.analysis(), &high) {
            assert!((g - 0.25).abs() < 1e-9);
        }
    }

    #[test]
    fn continuous_lexrank_weighs_by_cosine() {
        // s0 shares more with s1 than with s2; with weights, s1 gains on s2.
        let doc = TestDoc::new("Red apple pie. Red apple tart. Red car. Blue sea.");
        let cue = CueWords::default();
        let continuous = ScorerOptions {
            lexrank_threshold: 0.0,
            ..test_options(&cue)
        };
        let got = LexRank::score(&doc.analysis(), &continuous);
        assert!(got[1] > got[2] && got[0] > got[2], "{got:?}");
        assert!((got.iter().sum::<f64>() - 1.0).abs() < 1e-9);
    }
}
