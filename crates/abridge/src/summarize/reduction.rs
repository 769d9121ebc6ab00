//! Reduction: a sentence's weight is the sum of its similarities to every
//! other sentence, the weighted degree of the sentence graph. This is sumy's
//! graph-reduction summarizer (`sumy.summarizers.reduction`, after the
//! TextRank variant it was written from); it has no paper of its own.
//!
//! Receives the sentences' TF-IDF vectors and compares them with the chosen
//! [`Similarity`](crate::graph::Similarity): the overlap measure of
//! TextRank by default, which is also the measure sumy's Reduction uses
//! (shared words over the sum of log lengths). Above 1,000 sentences the
//! graph is the factored cosine one, as for TextRank (see `graph`), so the
//! cost stays linear. The weights are scaled to sum to 1 and, as a graph
//! method, take the lead bias (`POSITION_PRIOR`).

use super::{Analysis, ScorerOptions, SentenceScorer};
use crate::graph::sentence_graph;
use crate::rank::Graph;

/// The graph-reduction scorer.
pub(crate) struct Reduction;

impl SentenceScorer for Reduction {
    const POSITION_PRIOR: bool = true;

    fn score(doc: &Analysis<'_>, options: &ScorerOptions<'_>) -> Vec<f64> {
        let graph = sentence_graph(doc.vectors, options.similarity);
        let mut degrees = graph.row_sums();
        super::scale_to_one(&mut degrees);
        degrees
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::Similarity;
    use crate::summarize::{CueWords, TestDoc, test_options};

    #[test]
    fn the_weight_is_the_summed_similarity() {
        // Distinct terms: s0 {cat, sat, mat}, s1 {cat, sat, hat},
        // s2 {cat, dog}. Overlap weights: w01 = 2 / (ln 3 + ln 3),
        // w02 = w12 = 1 / (ln 3 + ln 2). Degrees: w01 + w02, w01 + w12, 2 w02.
        let doc = TestDoc::new("Cat sat mat. Cat sat hat. Cat dog.");
        let cue = CueWords::default();
        let got = Reduction::score(&doc.analysis(), &test_options(&cue));
        let w01 = 2.0 / (2.0 * 3f64.ln());
        let w02 = 1.0 / (3f64.ln() + 2f64.ln());
        let degrees = [w01 + w02, w01 + w02, 2.0 * w02];
        let total: f64 = degrees.iter().sum();
        for (g, d) in got.iter().zip(degrees) {
            assert!((g - d / total).abs() < 1e-12, "{got:?}");
        }
        let cosine = ScorerOptions {
            similarity: Similarity::Cosine,
            ..test_options(&cue)
        };
        let got = Reduction::score(&doc.analysis(), &cosine);
        assert!(got[0] > got[2] && got[1] > got[2], "{got:?}");
    }
}
