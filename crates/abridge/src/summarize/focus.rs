//! Focused summaries (`--focus`): sentences about what the reader asks for
//! rise, whatever the method.
//!
//! Receives the focus as the pipeline made it (its terms in the document's
//! term ids, weighted as a sentence is) and each sentence's vector; returns
//! one similarity per sentence, and weighs scores by it. Knows no text and
//! no method beyond the two ways a focus enters a score:
//!
//! - **The PageRank methods (TextRank, LexRank): Biased TextRank** (Kazemi,
//!   Pérez-Rosas & Mihalcea, *Biased TextRank: Unsupervised Graph-Based
//!   Content Extraction*, COLING 2020). The random restarts of PageRank
//!   follow the focus: the teleport distribution is each sentence's
//!   similarity to the focus, divided by their sum, instead of uniform, so
//!   the sentences about the focus and the sentences linked to them rise.
//!   The similarity is the one the method's graph uses (TextRank: the
//!   configured one, overlap by default; LexRank: the idf-modified cosine),
//!   on the same tokens and stems. The paper rescales its embedding cosines
//!   to [0, 1] by their minimum and maximum; lexical similarities are 0 for
//!   most sentences, so the minimum is 0 and the rescaling is a division by
//!   the maximum, which the normalisation of the teleport undoes: raw
//!   similarities give the same distribution. **Zero similarities are not
//!   smoothed**: a sentence that shares no term with the focus gets no
//!   restart mass and can rise only through its edges to sentences that do;
//!   when no sentence shares a term with the focus, the run is the
//!   method's own (plain TextRank's salience restart, LexRank's uniform one,
//!   the configured damping). **Damping 0.8** ([`FOCUS_DAMPING`]) for a
//!   focused run, the value of the authors' released code for focused
//!   summarization, in place of the configured 0.85: a restart every five
//!   steps rather than every seven ties the ranking closer to the focus.
//!   The lead bias still applies afterwards, as for plain TextRank.
//! - **Every other method** (Reduction, LSA, Luhn, SumBasic, KL-Sum,
//!   Edmundson, lead, random) has no restart to bias, so its score is
//!   multiplied by `1 + λ s`, where `s` is the sentence's similarity to the
//!   focus divided by the largest one in the document (so in [0, 1]) and
//!   `λ = 1` ([`FOCUS_WEIGHT`]): the sentence closest to the focus counts
//!   double, one that shares nothing keeps its score. This is a prior on
//!   the method's ranking, not the paper's method; for SumBasic and KL-Sum
//!   it weighs the pick-order scores, so it reorders their picks and can
//!   let an unpicked sentence about the focus in. The similarity is the
//!   configured one ([`Similarity`], overlap by default).
//!
//! Above 1,000 sentences the graph is the factored cosine one, and the
//! focus is then compared by cosine too.

use crate::graph::{DENSE_SENTENCE_LIMIT, Similarity};
use crate::model::SparseVector;
use crate::rank::TextRankOptions;

/// The damping factor of a focused PageRank (Kazemi et al. 2020's code).
pub(crate) const FOCUS_DAMPING: f64 = 0.8;

/// `λ`: how much the focus adds to a non-PageRank score, at most `λ` times
/// the score itself.
pub(crate) const FOCUS_WEIGHT: f64 = 1.0;

/// A focus text as the scorers see it.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Focus {
    /// The focus's TF-IDF vector over the terms it shares with the
    /// document (ids of the document), normalised as a sentence's is.
    pub vector: SparseVector,
    /// The number of distinct terms of the focus, those absent from the
    /// document included.
    pub terms: usize,
}

impl Focus {
    /// Each sentence's similarity to the focus by `similarity` (by cosine
    /// above the dense graph's limit, as the graph itself).
    pub fn similarities(&self, vectors: &[SparseVector], similarity: Similarity) -> Vec<f64> {
        let similarity = if vectors.len() > DENSE_SENTENCE_LIMIT {
            Similarity::Cosine
        } else {
            similarity
        };
        vectors
            .iter()
            .map(|v| similarity.to_focus(v, &self.vector, self.terms))
            .collect()
    }
}

/// The teleport distribution and power iteration of a PageRank method:
/// with a focus that shares a term with some sentence, the similarities
/// (normalised by `textrank`) and [`FOCUS_DAMPING`]; otherwise no prior and
/// `options` as configured, so that a focus sharing nothing with the
/// document changes nothing.
pub(crate) fn biased_restart(
    focus: Option<&Focus>,
    vectors: &[SparseVector],
    similarity: Similarity,
    options: TextRankOptions,
) -> (Option<Vec<f64>>, TextRankOptions) {
    let Some(focus) = focus else {
        return (None, options);
    };
    let prior = focus.similarities(vectors, similarity);
    if !prior.iter().any(|&s| s.is_finite() && s > 0.0) {
        return (None, options);
    }
    let focused = TextRankOptions {
        damping: FOCUS_DAMPING,
        ..options
    };
    (Some(prior), focused)
}

/// Multiplies each score by `1 + λ s`, `s` the sentence's similarity over
/// the largest similarity. Scores stay as they are when no sentence shares
/// a term with the focus.
pub(crate) fn weigh_by_focus(scores: &mut [f64], similarities: &[f64]) {
    let top = similarities
        .iter()
        .copied()
        .filter(|s| s.is_finite())
        .fold(0.0, f64::max);
    if top <= 0.0 {
        return;
    }
    for (score, &s) in scores.iter_mut().zip(similarities) {
        if s.is_finite() && s > 0.0 {
            *score *= 1.0 + FOCUS_WEIGHT * s / top;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_closest_sentence_counts_double_and_the_others_in_proportion() {
        let mut scores = vec![0.4, 0.3, 0.2, 0.1];
        weigh_by_focus(&mut scores, &[0.0, 0.5, 1.0, 0.25]);
        let expected = [0.4, 0.3 * 1.5, 0.2 * 2.0, 0.1 * 1.25];
        for (got, want) in scores.iter().zip(expected) {
            assert!((got - want).abs() < 1e-12, "{scores:?}");
        }
    }

    #[test]
    fn a_focus_sharing_nothing_changes_nothing() {
        let mut scores = vec![0.4, 0.6];
        weigh_by_focus(&mut scores, &[0.0, 0.0]);
        assert_eq!(scores, [0.4, 0.6]);
    }

    #[test]
    fn the_restart_follows_the_focus_with_the_papers_damping() {
        let v = |entries: &[(u32, f64)]| SparseVector {
            entries: entries.to_vec(),
        };
        let sentences = [v(&[(0, 1.0)]), v(&[(1, 1.0)]), v(&[(2, 1.0)])];
        let focus = Focus {
            vector: v(&[(1, 1.0)]),
            terms: 1,
        };
        let options = TextRankOptions::default();
        let (prior, rank) =
            biased_restart(Some(&focus), &sentences, Similarity::Cosine, options);
        assert_eq!(prior, Some(vec![0.0, 1.0, 0.0]));
        assert_eq!(rank.damping, FOCUS_DAMPING);
        // On a graph with no edges PageRank returns the teleport itself:
        // all the score goes to the one sentence about the focus.
        let graph = ndarray::Array2::<f64>::zeros((3, 3));
        let scores = crate::rank::textrank(&graph, prior.as_deref(), &rank);
        for (got, want) in scores.iter().zip([0.0, 1.0, 0.0]) {
            assert!((got - want).abs() < 1e-12, "{scores:?}");
        }
        // A focus the document lacks: plain TextRank, damping as configured.
        let elsewhere = Focus {
            vector: v(&[(9, 1.0)]),
            terms: 1,
        };
        let (prior, rank) =
            biased_restart(Some(&elsewhere), &sentences, Similarity::Cosine, options);
        assert_eq!((prior, rank), (None, options));
    }

    #[test]
    fn similarities_use_the_measure_given() {
        let v = |entries: &[(u32, f64)]| SparseVector {
            entries: entries.to_vec(),
        };
        let focus = Focus {
            vector: v(&[(1, 1.0)]),
            terms: 2,
        };
        let sentences = [v(&[(0, 0.6), (1, 0.8)]), v(&[(2, 1.0)])];
        assert_eq!(
            focus.similarities(&sentences, Similarity::Cosine),
            [0.8, 0.0]
        );
        let overlap = focus.similarities(&sentences, Similarity::Overlap);
        assert!((overlap[0] - 1.0 / (2f64.ln() + 2f64.ln())).abs() < 1e-12);
    }
}
