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
        match self.as_slice() {
            Some(matrix) => spread_dense(matrix, x, out),
            None => {
                // Another layout (a view): row by row, as the slice path
                // sums, so that the results are the same.
                out.fill(0.0);
                for (row, &xi) in self.rows().into_iter().zip(x) {
                    if xi == 0.0 {
                        continue;
                    }
                    for (o, &w) in out.iter_mut().zip(row) {
                        *o += xi * w;
                    }
                }
            }
        }
    }
}

/// `out = Wᵀ x` for the row-major `n × n` matrix `matrix` (`n` =
/// `x.len()`). Each `out[j]` starts at 0 and adds `x[i] W[i][j]` for
/// `i = 0, 1, ...` in order, skipping the rows whose `x[i]` is 0: the same
/// sums, in the same order, as reading the matrix row by row into `out`.
/// The columns are taken in blocks of 16, then one block each of 8, 4, 2
/// and 1 as the rest needs, and a block's sums are kept in registers over
/// all rows, where the row-by-row loop loaded and stored every entry of
/// `out` once a row.
fn spread_dense(matrix: &[f64], x: &[f64], out: &mut [f64]) {
    let n = x.len();
    assert_eq!(matrix.len(), n * n, "a square matrix of one row per node");
    let out = &mut out[..n];
    let mut start = 0;
    while start + 16 <= n {
        spread_block::<16>(matrix, x, out, start);
        start += 16;
    }
    if start + 8 <= n {
        spread_block::<8>(matrix, x, out, start);
        start += 8;
    }
    if start + 4 <= n {
        spread_block::<4>(matrix, x, out, start);
        start += 4;
    }
    if start + 2 <= n {
        spread_block::<2>(matrix, x, out, start);
        start += 2;
    }
    if start < n {
        spread_block::<1>(matrix, x, out, start);
    }
}

/// The columns `start..start + W` of [`spread_dense`]: sixteen `f64` sums
/// take eight SSE2 registers, leaving room for the row's entries.
#[inline(always)]
fn spread_block<const W: usize>(matrix: &[f64], x: &[f64], out: &mut [f64], start: usize) {
    let n = x.len();
    let mut sums = [0.0f64; W];
    for (row, &xi) in matrix.chunks_exact(n).zip(x) {
        if xi == 0.0 {
            continue;
        }
        let row: &[f64; W] = row[start..start + W]
            .try_into()
            .expect("a block of W entries");
        for (sum, &w) in sums.iter_mut().zip(row) {
            *sum += xi * w;
        }
    }
    out[start..start + W].copy_from_slice(&sums);
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
pub(crate) mod tests {
    use super::*;
    use ndarray::{ShapeBuilder, array};

    #[test]
    fn dense_spread_uses_columns_for_a_directed_graph() {
        // Edge 0 → 1 only: all of node 0's mass goes to node 1.
        let w = array![[0.0, 2.0], [0.0, 0.0]];
        let mut out = vec![9.0; 2];
        w.spread(&[1.0, 5.0], &mut out);
        assert_eq!(out, vec![0.0, 2.0]);
        assert_eq!(Graph::row_sums(&w), vec![2.0, 0.0]);
    }

    /// Numbers in `[0, 1)` from a linear congruential generator (Knuth's
    /// MMIX constants), repeatable.
    pub(crate) fn generator(seed: u64) -> impl FnMut() -> f64 {
        let mut state = seed;
        move || {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (state >> 11) as f64 / (1u64 << 53) as f64
        }
    }

    #[test]
    fn the_dense_spread_sums_as_the_row_by_row_loop() {
        // The blocked product must add each column's terms in row order,
        // as the plain loop below does: any other order changes the last
        // bits of these sums of varied magnitudes.
        let mut next = generator(0x9e37_79b9_7f4a_7c15);
        for n in 0..=41 {
            let mut weight = |_: (usize, usize)| {
                let r = next();
                if r < 0.3 { 0.0 } else { r * r * 1e3 }
            };
            let row_major = Array2::from_shape_fn((n, n), &mut weight);
            let column_major = Array2::from_shape_fn((n, n).f(), &mut weight);
            let x: Vec<f64> = (0..n)
                .map(|_| {
                    let r = next();
                    if r < 0.2 { 0.0 } else { r / (1.0 + 50.0 * next()) }
                })
                .collect();
            for w in [&row_major, &column_major] {
                let mut plain = vec![0.0; n];
                for (i, &xi) in x.iter().enumerate() {
                    if xi == 0.0 {
                        continue;
                    }
                    for (j, o) in plain.iter_mut().enumerate() {
                        *o += xi * w[[i, j]];
                    }
                }
                let mut got = vec![f64::NAN; n];
                w.spread(&x, &mut got);
                let bits = |v: &[f64]| v.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
                assert_eq!(bits(&got), bits(&plain), "n = {n}");
            }
        }
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
