//! Word co-occurrence graphs for keyword extraction.
//!
//! Following TextRank for keywords (Mihalcea & Tarau 2004, section 3) and its
//! weighted variant SingleRank (Wan & Xiao 2008): two terms are linked when
//! they occur within a window of `window` consecutive terms of one sentence
//! (stopwords removed first), and the edge weight is the number of times they
//! do. Windows do not cross sentence boundaries. The same term twice in one
//! window adds no self-loop.
//!
//! The graph is sparse ([`SparseGraph`]): its size is the number of distinct
//! word pairs, at most `window - 1` per word of the document, where a dense
//! matrix would grow with the square of the vocabulary.

use super::SparseGraph;
use crate::text::TermId;
use std::collections::HashMap;

/// Options of the co-occurrence graph.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CooccurrenceOptions {
    /// Terms at most `window - 1` positions apart are linked. Mihalcea &
    /// Tarau found 2 best on Inspec; larger windows suit longer documents.
    /// Default: 4 (see the evaluation in README.md).
    pub window: usize,
}

impl Default for CooccurrenceOptions {
    fn default() -> Self {
        CooccurrenceOptions { window: 4 }
    }
}

/// The `terms × terms` co-occurrence graph of `sequences` (one sequence of
/// term ids per sentence). `terms` is the vocabulary size: every id must be
/// below it.
pub fn cooccurrence_matrix<S, I>(
    sequences: S,
    terms: usize,
    options: CooccurrenceOptions,
) -> SparseGraph
where
    S: IntoIterator<Item = I>,
    I: IntoIterator<Item = TermId>,
{
    // Counts are whole numbers, so the order in which the map adds them up
    // cannot change a weight; the edges are sorted before they leave.
    let mut counts: HashMap<(TermId, TermId), u32> = HashMap::new();
    let span = options.window.max(2) - 1;
    let mut sequence = Vec::new();
    for terms in sequences {
        sequence.clear();
        sequence.extend(terms);
        for (i, &a) in sequence.iter().enumerate() {
            for &b in sequence.iter().skip(i + 1).take(span) {
                if a != b {
                    *counts.entry((a.min(b), a.max(b))).or_insert(0) += 1;
                }
            }
        }
    }
    let mut edges: Vec<(TermId, TermId, f64)> = counts
        .into_iter()
        .map(|((a, b), count)| (a, b, f64::from(count)))
        .collect();
    edges.sort_unstable_by_key(|&(a, b, _)| (a, b));
    SparseGraph::from_sorted_edges(terms, &edges)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn window_two_links_neighbours_only() {
        let m = cooccurrence_matrix(vec![vec![0, 1, 2]], 3, CooccurrenceOptions { window: 2 });
        assert_eq!(m.weight(0, 1), 1.0);
        assert_eq!(m.weight(2, 1), 1.0);
        assert_eq!(m.weight(0, 2), 0.0);
        assert_eq!(m.edges(), 2);
    }

    #[test]
    fn weights_count_repeats_and_skip_self_loops() {
        let options = CooccurrenceOptions { window: 3 };
        let m = cooccurrence_matrix(vec![vec![0, 1, 0], vec![1, 0]], 2, options);
        // Sentence 1: (0,1), (0,0) skipped, (1,0); sentence 2: (1,0).
        assert_eq!(m.weight(0, 1), 3.0);
        assert_eq!(m.weight(1, 0), 3.0);
        assert_eq!(m.weight(0, 0), 0.0);
    }

    #[test]
    fn windows_do_not_cross_sentences() {
        let m = cooccurrence_matrix(vec![vec![0], vec![1]], 2, CooccurrenceOptions::default());
        assert_eq!((m.nodes(), m.edges()), (2, 0));
    }
}
