//! The cosine similarity graph in factored form, for book-length inputs.
//!
//! With the L2-normalised TF-IDF vectors as the rows of a sparse matrix `X`
//! (sentences × terms), the cosine graph is `S = X Xᵀ` with its diagonal
//! removed. A dense `S` costs n² memory and n² work per PageRank step: 800 MB
//! at 10,000 sentences. Ranking never needs `S` itself, only products:
//!
//! ```text
//! S p = X (Xᵀ p) − diag(X Xᵀ) ∘ p        S 1 = X (Xᵀ 1) − diag(X Xᵀ)
//! ```
//!
//! Each costs two passes over the non-zeros of `X`. To avoid cancellation,
//! the diagonal is taken out term by term: entry `i` of `S p` is computed as
//! `Σ_t x_it (c_t − x_it p_i)` with `c_t = Σ_k x_kt p_k`. A term that occurs
//! in sentence `i` alone then contributes exactly zero, so a sentence that
//! shares no term has a row sum of exactly 0, as in the dense matrix.
//!
//! The results equal the dense [`similarity_matrix`](super::similarity_matrix)
//! for [`Similarity::Cosine`](super::Similarity::Cosine) up to rounding (the
//! sums run in another order).

use crate::model::SparseVector;

/// The cosine graph of sentence vectors, never materialised.
#[derive(Clone, Copy, Debug)]
pub struct CosineGraph<'a> {
    rows: &'a [SparseVector],
    /// One more than the largest term id.
    terms: usize,
}

impl<'a> CosineGraph<'a> {
    /// The graph of `vectors`, which must be L2-normalised (as
    /// `TfIdf::vector` makes them) for the weights to be cosines.
    pub fn new(vectors: &'a [SparseVector]) -> CosineGraph<'a> {
        let terms = SparseVector::term_bound(vectors);
        CosineGraph {
            rows: vectors,
            terms,
        }
    }

    /// The number of nodes (sentences).
    pub fn nodes(&self) -> usize {
        self.rows.len()
    }

    /// The weighted degree of every sentence: `S 1`.
    pub fn row_sums(&self) -> Vec<f64> {
        let mut out = vec![0.0; self.rows.len()];
        self.multiply(None, &mut out);
        out
    }

    /// `out = S x` (`S` is symmetric, so this is also `Sᵀ x`).
    pub fn spread(&self, x: &[f64], out: &mut [f64]) {
        self.multiply(Some(x), out);
    }

    /// `out = S x`, with `None` standing for the all-ones vector.
    fn multiply(&self, x: Option<&[f64]>, out: &mut [f64]) {
        let at = |i: usize| x.map_or(1.0, |x| x[i]);
        let mut columns = vec![0.0; self.terms];
        for (i, row) in self.rows.iter().enumerate() {
            let xi = at(i);
            for &(t, w) in &row.entries {
                columns[t as usize] += w * xi;
            }
        }
        for (i, (row, out_i)) in self.rows.iter().zip(out.iter_mut()).enumerate() {
            let xi = at(i);
            *out_i = row
                .entries
                .iter()
                .map(|&(t, w)| w * (columns[t as usize] - w * xi))
                .sum();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::{Similarity, similarity_matrix};
    use crate::model::{TfIdf, TfIdfOptions};

    fn vectors(docs: &[&[u32]]) -> Vec<SparseVector> {
        let idf = (0..8).map(|t| 1.0 + f64::from(t) / 4.0).collect();
        let tfidf = TfIdf::from_idf(idf, TfIdfOptions::default());
        docs.iter()
            .map(|d| tfidf.vector(d.iter().copied()))
            .collect()
    }

    #[test]
    fn products_match_the_dense_matrix() {
        let v = vectors(&[&[0, 1, 2], &[1, 2, 3], &[4], &[0, 0, 4, 5], &[], &[6, 7]]);
        let dense = similarity_matrix(&v, Similarity::Cosine);
        let graph = CosineGraph::new(&v);
        assert_eq!(graph.nodes(), 6);
        let x = [0.5, 1.0, 2.0, 0.25, 3.0, 1.5];
        let mut got = vec![0.0; 6];
        graph.spread(&x, &mut got);
        for i in 0..6 {
            let want: f64 = (0..6).map(|j| dense[[j, i]] * x[j]).sum();
            assert!((got[i] - want).abs() < 1e-12, "{i}: {} != {want}", got[i]);
            let sum: f64 = dense.row(i).sum();
            assert!((graph.row_sums()[i] - sum).abs() < 1e-12);
        }
    }

    #[test]
    fn a_sentence_sharing_no_term_has_exactly_zero_weight() {
        let v = vectors(&[&[0, 1], &[1, 2], &[6, 7]]);
        let graph = CosineGraph::new(&v);
        assert_eq!(graph.row_sums()[2], 0.0);
        let mut out = vec![0.0; 3];
        graph.spread(&[0.3, 0.3, 0.4], &mut out);
        assert_eq!(out[2], 0.0);
    }
}
