//! TextRank: weighted PageRank by power iteration.
//!
//! Method: PageRank (Brin & Page 1998) on a weighted undirected graph, as
//! TextRank (Mihalcea & Tarau 2004, eq. 2) uses it:
//!
//! ```text
//! p'(j) = (1 - d) v(j) + d Σ_i p(i) w(i, j) / Σ_k w(i, k) + d D v(j)
//! ```
//!
//! - `d` is the damping factor, 0.85 by default (the value of both papers).
//! - `v` is the teleport (prior) distribution: uniform by default, or a given
//!   prior such as a position bias (PositionRank, Florescu & Caragea 2017).
//! - `D` is the mass of the nodes with no edges ("dangling" rows): it is sent
//!   back through `v`, so scores always sum to 1 and an isolated node keeps
//!   `(1 - d) v(j) / (1 - d v(j))` instead of draining the iteration.
//! - Iteration starts from `v` and stops when the L1 change between two steps
//!   is below `tolerance` (1e-6 by default: far below any score difference
//!   that could change a ranking of fewer than a million nodes) or after
//!   `max_iterations` (100 by default; on article graphs convergence takes
//!   20–40 steps, so the cap only bounds pathological inputs).
//!
//! The arithmetic is sequential and in a fixed order, so results are
//! identical from run to run.
//!
//! The graph is anything that implements [`Graph`]: a step costs one
//! `Graph::spread`, so it is O(n²) on a dense matrix and O(non-zeros) on the
//! sparse word graph and the factored cosine graph.

use super::Graph;

/// Options of the power iteration.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TextRankOptions {
    /// The damping factor `d`, in `[0, 1)`. Default 0.85.
    pub damping: f64,
    /// Stop when the L1 norm of the change is below this. Default 1e-6.
    pub tolerance: f64,
    /// Stop after this many iterations at the latest. Default 100.
    pub max_iterations: usize,
}

impl TextRankOptions {
    /// Checks the damping factor; `name` is how the caller calls it ("the
    /// damping factor", "the keyword damping factor").
    pub fn validate(&self, name: &'static str) -> crate::error::Result<()> {
        crate::error::check_range(
            name,
            "at least 0 and less than 1",
            self.damping,
            (0.0..1.0).contains(&self.damping),
        )
    }
}

impl Default for TextRankOptions {
    fn default() -> Self {
        TextRankOptions {
            damping: 0.85,
            tolerance: 1e-6,
            max_iterations: 100,
        }
    }
}

/// Scores the nodes of the weighted graph `weights` (non-negative weights,
/// usually symmetric). `prior`, if given, is the teleport distribution: it is
/// normalised to sum to 1; a prior that sums to zero counts as uniform.
/// Returns scores that sum to 1 (an empty vector for an empty graph).
pub fn textrank<G: Graph + ?Sized>(
    weights: &G,
    prior: Option<&[f64]>,
    options: &TextRankOptions,
) -> Vec<f64> {
    let n = weights.nodes();
    if n == 0 {
        return Vec::new();
    }
    let teleport = match prior {
        Some(prior) if is_distribution(n, prior) => prior.to_vec(),
        _ => Vec::new(),
    };
    power_iteration(weights, teleport, options)
}

/// [`textrank`] with a prior the caller gives up: it is normalised in place
/// and becomes the teleport vector, so that a graph of a million words does
/// not hold a second copy of it. The scores are the same to the bit.
pub fn textrank_with_prior<G: Graph + ?Sized>(
    weights: &G,
    prior: Vec<f64>,
    options: &TextRankOptions,
) -> Vec<f64> {
    let n = weights.nodes();
    if n == 0 {
        return Vec::new();
    }
    let teleport = if is_distribution(n, &prior) {
        prior
    } else {
        Vec::new()
    };
    power_iteration(weights, teleport, options)
}

/// The power iteration on a graph of at least one node. `teleport` is the
/// prior to normalise in place, or empty for the uniform distribution.
///
/// Five vectors of one `f64` per node are held (the teleport, the
/// out-weights, the scores, the next scores and the shares): the mass flowing
/// into each node is written into the next scores and finished there.
fn power_iteration<G: Graph + ?Sized>(
    weights: &G,
    mut teleport: Vec<f64>,
    options: &TextRankOptions,
) -> Vec<f64> {
    let n = weights.nodes();
    if teleport.is_empty() {
        teleport = vec![1.0 / n as f64; n];
    } else {
        normalise(&mut teleport);
    }
    let out_weight = weights.row_sums();
    let d = options.damping;
    let mut scores = teleport.clone();
    let mut next = vec![0.0; n];
    let mut share = vec![0.0; n];
    for _ in 0..options.max_iterations {
        let mut dangling = 0.0;
        for i in 0..n {
            if out_weight[i] > 0.0 {
                share[i] = scores[i] / out_weight[i];
            } else {
                share[i] = 0.0;
                dangling += scores[i];
            }
        }
        // `next` receives the inflow, then becomes the next scores.
        weights.spread(&share, &mut next);
        for (j, next_j) in next.iter_mut().enumerate() {
            *next_j = (1.0 - d) * teleport[j] + d * (*next_j + dangling * teleport[j]);
        }
        let change: f64 = scores.iter().zip(&next).map(|(a, b)| (a - b).abs()).sum();
        std::mem::swap(&mut scores, &mut next);
        if change < options.tolerance {
            break;
        }
    }
    scores
}

/// Whether `prior` can be the teleport distribution of `n` nodes: one entry
/// per node, and a positive sum of its finite positive entries.
fn is_distribution(n: usize, prior: &[f64]) -> bool {
    prior.len() == n && positive_total(prior) > 0.0
}

/// The sum of the finite positive entries of `prior`.
fn positive_total(prior: &[f64]) -> f64 {
    prior.iter().filter(|p| p.is_finite() && **p > 0.0).sum()
}

/// Divides every finite positive entry by their sum and sets the others to 0.
fn normalise(prior: &mut [f64]) {
    let total = positive_total(prior);
    for p in prior.iter_mut() {
        *p = if p.is_finite() && *p > 0.0 {
            *p / total
        } else {
            0.0
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ndarray::{Array2, array};

    fn close(a: &[f64], b: &[f64]) {
        assert_eq!(a.len(), b.len());
        for (x, y) in a.iter().zip(b) {
            assert!((x - y).abs() < 1e-5, "{a:?} != {b:?}");
        }
    }

    #[test]
    fn star_graph_matches_the_hand_solution() {
        // Centre 0 linked to leaves 1 and 2. With d = 0.85 and uniform v:
        //   x = 0.05 + 0.425 y (leaves), y = 0.05 + 1.7 x (centre)
        //   => y = 0.135 / 0.2775, x = 0.05 + 0.425 y.
        let w = array![[0.0, 1.0, 1.0], [1.0, 0.0, 0.0], [1.0, 0.0, 0.0]];
        let y = 0.135 / 0.2775;
        let x = 0.05 + 0.425 * y;
        close(&textrank(&w, None, &TextRankOptions::default()), &[y, x, x]);
    }

    #[test]
    fn an_isolated_node_keeps_its_teleport_share() {
        // Nodes 0-1 linked, node 2 alone: p2 = 0.05 / (1 - 0.85 / 3).
        let w = array![[0.0, 1.0, 0.0], [1.0, 0.0, 0.0], [0.0, 0.0, 0.0]];
        let p2 = 0.05 / (1.0 - 0.85 / 3.0);
        let p = textrank(&w, None, &TextRankOptions::default());
        close(&p, &[(1.0 - p2) / 2.0, (1.0 - p2) / 2.0, p2]);
    }

    #[test]
    fn no_edges_gives_the_prior() {
        let w = Array2::zeros((3, 3));
        let p = textrank(&w, Some(&[2.0, 1.0, 1.0]), &TextRankOptions::default());
        close(&p, &[0.5, 0.25, 0.25]);
    }

    #[test]
    fn heavier_edges_pull_more_score() {
        let w = array![[0.0, 3.0, 1.0], [3.0, 0.0, 1.0], [1.0, 1.0, 0.0]];
        let p = textrank(&w, None, &TextRankOptions::default());
        assert!(p[0] > p[2] && p[1] > p[2]);
        assert!((p.iter().sum::<f64>() - 1.0).abs() < 1e-9);
    }

    #[test]
    fn a_prior_biases_symmetric_nodes() {
        let w = array![[0.0, 1.0], [1.0, 0.0]];
        let p = textrank(&w, Some(&[3.0, 1.0]), &TextRankOptions::default());
        assert!(p[0] > p[1]);
        let bad = textrank(&w, Some(&[f64::NAN, 0.0]), &TextRankOptions::default());
        close(&bad, &[0.5, 0.5]);
    }

    #[test]
    fn a_prior_given_up_ranks_to_the_same_bits() {
        let w = array![[0.0, 3.0, 1.0], [3.0, 0.0, 0.0], [1.0, 0.0, 0.0]];
        let options = TextRankOptions::default();
        for prior in [vec![0.2, 0.7, 0.1], vec![f64::NAN, 1.0, -2.0], vec![0.0; 3], vec![1.0]] {
            let borrowed = textrank(&w, Some(&prior), &options);
            let owned = textrank_with_prior(&w, prior.clone(), &options);
            let bits = |v: &[f64]| v.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
            assert_eq!(bits(&borrowed), bits(&owned), "{prior:?}");
        }
        // A prior of zeros (or of the wrong length) is uniform.
        let uniform = textrank(&w, None, &options);
        assert_eq!(textrank_with_prior(&w, vec![0.0; 3], &options), uniform);
        assert!(textrank_with_prior(&Array2::zeros((0, 0)), vec![], &options).is_empty());
    }

    #[test]
    fn empty_graph_gives_no_scores() {
        assert!(textrank(&Array2::zeros((0, 0)), None, &TextRankOptions::default()).is_empty());
    }

    /// A document of `sentences` sentences drawn from a fixed list of words:
    /// varied, repeatable, no fixture.
    fn generated_document(sentences: usize) -> String {
        const WORDS: &str = "river market council budget school teacher road bridge \
            harbour engine factory worker union strike price energy solar wind farm \
            grain harvest storm flood museum painting concert orchestra stadium match \
            season player coach league court judge trial witness hospital nurse doctor \
            vaccine virus study patient railway station ticket airport pilot cargo ship \
            port export import tariff currency bank loan interest inflation election \
            voter party minister parliament treaty border army peace village city";
        let words: Vec<&str> = WORDS.split_whitespace().collect();
        let shape = crate::testing::Shape {
            seed: 0x2545_f491_4f6c_dd1d,
            length_spread: 12,
            paragraph: None,
        };
        crate::testing::generated_text(&words, sentences, shape)
    }

    #[test]
    fn the_factored_path_ranks_a_document_as_the_dense_path_does() {
        use crate::graph::{SentenceGraph, Similarity, sentence_graph_with_limit};
        use crate::model::{TfIdf, TfIdfOptions};
        use crate::text::{Language, Normalizer, Stopwords, segment};

        // Issue 4: above the dense limit, sentences are ranked without the
        // n×n matrix; on a document where both forms run they must agree.
        let text = generated_document(600);
        let segmented = segment(&text);
        let english = Normalizer::new(
            Language::English,
            Stopwords::for_language(Language::English),
        );
        let tokens = english.normalize(&text, None, &segmented.sentences);
        let n = tokens.sentences.len();
        assert_eq!(n, 600);
        let tfidf = TfIdf::fit(
            (0..n).map(|i| tokens.terms(i)),
            tokens.vocabulary.len(),
            TfIdfOptions::default(),
        );
        let vectors: Vec<_> = (0..n).map(|i| tfidf.vector(tokens.terms(i))).collect();
        let dense = sentence_graph_with_limit(&vectors, Similarity::Cosine, n);
        let factored = sentence_graph_with_limit(&vectors, Similarity::Cosine, n - 1);
        assert!(matches!(dense, SentenceGraph::Dense(_)));
        assert!(matches!(factored, SentenceGraph::Factored(_)));
        let options = TextRankOptions::default();
        let a = textrank(&dense, None, &options);
        let b = textrank(&factored, None, &options);
        let worst = a
            .iter()
            .zip(&b)
            .map(|(x, y)| (x - y).abs())
            .fold(0.0, f64::max);
        assert!(worst < 1e-12, "largest difference {worst}");
        let top = |s: &[f64]| {
            let mut order: Vec<usize> = (0..s.len()).collect();
            order.sort_by(|&i, &j| s[j].total_cmp(&s[i]).then(i.cmp(&j)));
            order.truncate(20);
            order
        };
        assert_eq!(top(&a), top(&b));
    }

    #[test]
    fn a_sparse_word_graph_ranks_as_its_dense_matrix() {
        use crate::graph::{CooccurrenceOptions, cooccurrence_matrix};
        let sequences = vec![vec![0, 1, 2, 3], vec![2, 3, 4], vec![5, 0, 2], vec![6]];
        let sparse = cooccurrence_matrix(sequences, 7, CooccurrenceOptions { window: 3 });
        let dense = Array2::from_shape_fn((7, 7), |(i, j)| sparse.weight(i, j));
        let options = TextRankOptions::default();
        let (a, b) = (
            textrank(&sparse, None, &options),
            textrank(&dense, None, &options),
        );
        close(&a, &b);
        assert!(a[2] > a[6]);
    }
}
