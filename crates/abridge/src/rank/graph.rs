//! What ranking needs from a graph: its size, its weighted degrees, and one
//! product with a vector per step.
//!
//! PageRank never looks at single edges, so any form that can multiply a
//! vector can be ranked: the dense matrix of an article's sentences, the
//! factored cosine operator of a book, the sparse word graph. The trait
//! keeps [`textrank`](super::textrank()) ignorant of which one it has.

use crate::graph::{CosineGraph, SentenceGraph, SparseGraph};
use ndarray::Array2;

/// A weighted graph as PageRank sees it: `W` with non-negative weights,
/// where `W[i][j]` is the weight of the edge from `i` to `j`.
pub trait Graph {
    /// The number of nodes.
    fn nodes(&self) -> usize;

    /// The out-weight of every node: `Σ_j W[i][j]`.
    fn row_sums(&self) -> Vec<f64>;

    /// `out = Wᵀ x`: `out[j] = Σ_i x[i] W[i][j]`, the mass flowing into each
    /// node. `x` and `out` have `nodes()` entries. Implementations sum in a
    /// fixed order so that results repeat exactly.
    fn spread(&self, x: &[f64], out: &mut [f64]);
}

impl Graph for Array2<f64> {
    fn nodes(&self) -> usize {
        self.nrows()
    }

    fn row_sums(&self) -> Vec<f64> {
        self.rows().into_iter().map(|r| r.sum()).collect()
    }

    fn spread(&self, x: &[f64], out: &mut [f64]) {
        out.fill(0.0);
        // Row by row, so the matrix is read in memory order.
        for (row, &xi) in self.rows().into_iter().zip(x) {
            if xi == 0.0 {
                continue;
            }
            // A row in memory order is read as a slice, which the compiler
            // can step through several entries at a time; each entry of
            // `out` still adds the rows in order.
            match row.as_slice() {
                Some(row) => {
                    for (o, &w) in out.iter_mut().zip(row) {
                        *o += xi * w;
                    }
                }
                None => {
                    for (o, &w) in out.iter_mut().zip(row) {
                        *o += xi * w;
                    }
                }
            }
        }
    }
}

impl Graph for SparseGraph {
    fn nodes(&self) -> usize {
        SparseGraph::nodes(self)
    }

    fn row_sums(&self) -> Vec<f64> {
        SparseGraph::row_sums(self)
    }

    fn spread(&self, x: &[f64], out: &mut [f64]) {
        SparseGraph::spread(self, x, out);
    }
}

impl Graph for CosineGraph<'_> {
    fn nodes(&self) -> usize {
        CosineGraph::nodes(self)
    }

    fn row_sums(&self) -> Vec<f64> {
        CosineGraph::row_sums(self)
    }

    fn spread(&self, x: &[f64], out: &mut [f64]) {
        CosineGraph::spread(self, x, out);
    }
}

impl Graph for SentenceGraph<'_> {
    fn nodes(&self) -> usize {
        match self {
            SentenceGraph::Dense(m) => m.nodes(),
            SentenceGraph::Factored(g) => Graph::nodes(g),
        }
    }

    fn row_sums(&self) -> Vec<f64> {
        match self {
            SentenceGraph::Dense(m) => Graph::row_sums(m),
            SentenceGraph::Factored(g) => Graph::row_sums(g),
        }
    }

    fn spread(&self, x: &[f64], out: &mut [f64]) {
        match self {
            SentenceGraph::Dense(m) => Graph::spread(m, x, out),
            SentenceGraph::Factored(g) => Graph::spread(g, x, out),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ndarray::array;

    #[test]
    fn dense_spread_uses_columns_for_a_directed_graph() {
        // Edge 0 → 1 only: all of node 0's mass goes to node 1.
        let w = array![[0.0, 2.0], [0.0, 0.0]];
        let mut out = vec![9.0; 2];
        w.spread(&[1.0, 5.0], &mut out);
        assert_eq!(out, vec![0.0, 2.0]);
        assert_eq!(Graph::row_sums(&w), vec![2.0, 0.0]);
    }

    #[test]
    fn sparse_and_dense_forms_agree() {
        let sparse = SparseGraph::from_edges(3, &[(0, 1), (1, 2), (1, 2)]);
        let dense = array![[0.0, 1.0, 0.0], [1.0, 0.0, 2.0], [0.0, 2.0, 0.0]];
        let x = [0.2, 0.3, 0.5];
        let (mut a, mut b) = (vec![0.0; 3], vec![0.0; 3]);
        Graph::spread(&sparse, &x, &mut a);
        dense.spread(&x, &mut b);
        assert_eq!(a, b);
        assert_eq!(Graph::row_sums(&sparse), Graph::row_sums(&dense));
    }
}
