//! Word co-occurrence graphs for keyword extraction.
//!
//! Following TextRank for keywords (Mihalcea & Tarau 2004, section 3) and its
//! weighted variant SingleRank (Wan & Xiao 2008): two terms are linked when
//! they occur within a window of `window` consecutive terms of one sentence
//! (stopwords removed first), and the edge weight is the number of times they
//! do. Windows do not cross sentence boundaries. The same term twice in one
//! window adds no self-loop.

use super::SparseGraph;
use crate::text::TermId;

/// Options of the co-occurrence graph.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CooccurrenceOptions {
    /// Terms at most `window - 1` positions apart are linked. Mihalcea &
    /// Tarau found 2 best on Inspec; larger windows suit longer documents.
    /// Default: 4 (see the evaluation in README.md).
    pub window: usize,
}

impl CooccurrenceOptions {
    /// Checks the window: at least two words, or nothing co-occurs.
    pub fn validate(&self) -> crate::error::Result<()> {
        crate::error::check_range(
            "the co-occurrence window",
            "at least 2 words",
            self.window as f64,
            self.window >= 2,
        )
    }
}

impl Default for CooccurrenceOptions {
    fn default() -> Self {
        CooccurrenceOptions { window: 4 }
    }
}

/// The co-occurrence graph of `sequences` (one sequence of term ids per
/// sentence) on `terms` nodes, the vocabulary size. It is sparse: memory and
/// time grow with the number of words times the window, not with the square
/// of the vocabulary. The sequences are read twice (hence `Clone`, which
/// iterators over borrowed tokens are cheaply), so that the list of edges is
/// never held.
pub fn cooccurrence_matrix<S, I>(
    sequences: S,
    terms: usize,
    options: CooccurrenceOptions,
) -> SparseGraph
where
    S: IntoIterator<Item = I> + Clone,
    I: IntoIterator<Item = TermId>,
{
    let span = options.window.max(2) - 1;
    SparseGraph::from_edge_source(terms, |add| {
        let mut sequence = Vec::new();
        for terms in sequences.clone() {
            sequence.clear();
            sequence.extend(terms);
            for (i, &a) in sequence.iter().enumerate() {
                for &b in sequence.iter().skip(i + 1).take(span) {
                    if a != b {
                        add(a, b);
                    }
                }
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn window_two_links_neighbours_only() {
        let m = cooccurrence_matrix(vec![vec![0, 1, 2]], 3, CooccurrenceOptions { window: 2 });
        assert_eq!(m.weight(0, 1), 1.0);
        assert_eq!(m.weight(1, 2), 1.0);
        assert_eq!(m.weight(0, 2), 0.0);
        for i in 0..3 {
            for j in 0..3 {
                assert_eq!(m.weight(i, j), m.weight(j, i));
            }
        }
    }

    #[test]
    fn weights_count_repeats_and_skip_self_loops() {
        let options = CooccurrenceOptions { window: 3 };
        let m = cooccurrence_matrix(vec![vec![0, 1, 0], vec![1, 0]], 2, options);
        // Sentence 1: (0,1), (0,0) skipped, (1,0); sentence 2: (1,0).
        assert_eq!(m.weight(0, 1), 3.0);
        assert_eq!(m.weight(0, 0), 0.0);
    }

    #[test]
    fn windows_do_not_cross_sentences() {
        let m = cooccurrence_matrix(vec![vec![0], vec![1]], 2, CooccurrenceOptions::default());
        assert_eq!(m.nodes(), 2);
        assert_eq!(m.entries(), 0);
    }
}
