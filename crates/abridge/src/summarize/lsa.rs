//! LSA (Steinberger & Ježek 2004, "Using latent semantic analysis in text
//! summarization and summary evaluation", ISIM): a sentence's score is the
//! length of its vector in the top dimensions of the term-by-sentence
//! matrix's singular value decomposition.
//!
//! - Matrix: `A[t][s]` = count of content term `t` in sentence `s` (the
//!   paper's term-frequency matrix), not normalised, so a sentence that
//!   says more about the main topics weighs more. Weighing by idf as well
//!   scored lower on both public sets (README.md): it lifts the rare words
//!   that do not make the latent topics.
//! - Decomposition: `A = U Σ Vᵀ`; the score of sentence `s` is
//!   `sqrt(Σ_{i ≤ k} σ_i² v_si²)` (the paper's section 3).
//! - Dimensions `k`: as many as the summary has sentences (a word budget
//!   counts as its words over the mean sentence length), at least one and
//!   at most [`MAX_DIMENSIONS`], since each dimension stands for one topic
//!   the summary should cover (Gong & Liu 2001, whom the paper extends, take
//!   one sentence per dimension).
//! - Computation: the top-`k` right singular vectors by subspace iteration
//!   on `AᵀA` ([`ITERATIONS`] steps from a fixed start, products through the
//!   sparse matrix, Gram–Schmidt after each), so a step costs `2k` times the
//!   non-zeros of `A` and the whole is linear in the document. With `X` the
//!   resulting orthonormal basis and `B = Xᵀ AᵀA X`, the score is
//!   `sqrt(x_s B x_sᵀ)`, which equals the formula above once `X` spans the
//!   top singular subspace, without an eigen-decomposition of `B`.
//!
//! No lead bias: the method is the paper's alone.

use super::random::SplitMix64;
use super::sequential::PickLimit;
use super::{Analysis, Budget, ScorerOptions, SentenceScorer};
use ndarray::{Array2, Axis};

/// At most this many latent dimensions.
const MAX_DIMENSIONS: usize = 30;

/// Subspace iteration steps; a step stops early when the basis moves by
/// less than 1e-10.
const ITERATIONS: usize = 200;

/// The LSA scorer.
pub(crate) struct Lsa;

impl SentenceScorer for Lsa {
    const POSITION_PRIOR: bool = false;

    fn score(doc: &Analysis<'_>, options: &ScorerOptions<'_>) -> Vec<f64> {
        let n = doc.len();
        let columns: Vec<Vec<(u32, f64)>> = (0..n)
            .map(|i| {
                doc.sentence_term_counts(i)
                    .into_iter()
                    .map(|(t, c)| (t, f64::from(c)))
                    .collect()
            })
            .collect();
        let dimensions = match options.budget {
            Budget::Words(w) => {
                let words: usize = (0..n).map(|i| doc.words(i)).sum();
                let mean = words as f64 / n.max(1) as f64;
                (w as f64 / mean.max(1.0)).ceil() as usize
            }
            budget => {
                let mut k = 0;
                let limit = PickLimit::new(budget, n);
                while !limit.reached(k, 0) {
                    k += 1;
                }
                k
            }
        };
        scores(&columns, doc.tokens.vocabulary.len(), dimensions.clamp(1, MAX_DIMENSIONS))
    }
}

/// The LSA score of each column of the sparse term-by-sentence matrix
/// `columns` (each column: (term, weight) pairs, terms below `terms`) over
/// its top `k` dimensions.
fn scores(columns: &[Vec<(u32, f64)>], terms: usize, k: usize) -> Vec<f64> {
    let n = columns.len();
    let k = k.min(n).min(terms);
    if k == 0 {
        return vec![0.0; n];
    }
    let a_times = |x: &Array2<f64>| {
        // A X: terms × k.
        let mut out = Array2::<f64>::zeros((terms, k));
        for (s, column) in columns.iter().enumerate() {
            let row = x.row(s);
            for &(t, w) in column {
                out.row_mut(t as usize).scaled_add(w, &row);
            }
        }
        out
    };
    let at_times = |z: &Array2<f64>| {
        // Aᵀ Z: sentences × k.
        let mut out = Array2::<f64>::zeros((n, k));
        for (s, column) in columns.iter().enumerate() {
            let mut row = out.row_mut(s);
            for &(t, w) in column {
                row.scaled_add(w, &z.row(t as usize));
            }
        }
        out
    };
    let mut rng = SplitMix64::new(0x5EED);
    let mut x = Array2::from_shape_fn((n, k), |_| rng.next_f64() - 0.5);
    orthonormalise(&mut x);
    for _ in 0..ITERATIONS {
        let mut next = at_times(&a_times(&x));
        orthonormalise(&mut next);
        let moved = (&next - &x).iter().map(|d| d.abs()).fold(0.0, f64::max);
        x = next;
        if moved < 1e-10 {
            break;
        }
    }
    let ax = a_times(&x);
    let b = ax.t().dot(&ax);
    x.axis_iter(Axis(0))
        .map(|row| row.dot(&b.dot(&row)).max(0.0).sqrt())
        .collect()
}

/// Modified Gram–Schmidt on the columns of `x`; a column that vanishes
/// (the matrix has lower rank) is left at zero.
fn orthonormalise(x: &mut Array2<f64>) {
    for j in 0..x.ncols() {
        for i in 0..j {
            let projection = x.column(i).dot(&x.column(j));
            let previous = x.column(i).to_owned();
            x.column_mut(j).scaled_add(-projection, &previous);
        }
        let norm = x.column(j).dot(&x.column(j)).sqrt();
        if norm > 1e-12 {
            x.column_mut(j).mapv_inplace(|v| v / norm);
        } else {
            x.column_mut(j).fill(0.0);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::summarize::{CueWords, TestDoc, test_options};

    fn close(got: &[f64], want: &[f64]) {
        for (g, w) in got.iter().zip(want) {
            assert!((g - w).abs() < 1e-8, "{got:?} != {want:?}");
        }
    }

    #[test]
    fn orthogonal_sentences_score_their_singular_values() {
        // A = diag(3, 2, 1): σ = 3, 2, 1 with V = I. Two dimensions keep
        // sentences 0 and 1 at their σ and give sentence 2 nothing.
        let columns = vec![vec![(0, 3.0)], vec![(1, 2.0)], vec![(2, 1.0)]];
        close(&scores(&columns, 3, 2), &[3.0, 2.0, 0.0]);
        close(&scores(&columns, 3, 3), &[3.0, 2.0, 1.0]);
    }

    #[test]
    fn a_rank_one_matrix_has_one_dimension() {
        // A = [[1, 1], [1, 1]] (two terms, two sentences): σ1 = 2, v1 =
        // (1, 1)/√2, σ2 = 0. Score: sqrt(4 × 1/2) = √2 each.
        let columns = vec![vec![(0, 1.0), (1, 1.0)], vec![(0, 1.0), (1, 1.0)]];
        close(&scores(&columns, 2, 1), &[2f64.sqrt(), 2f64.sqrt()]);
        close(&scores(&columns, 2, 2), &[2f64.sqrt(), 2f64.sqrt()]);
    }

    #[test]
    fn a_mixed_matrix_matches_its_known_decomposition() {
        // A = [[2, 0], [1, 1]] (terms × sentences): AᵀA = [[5, 1], [1, 1]],
        // eigenvalues 3 ± √5, v1 ∝ (1, √5 − 2). One dimension: score_s =
        // σ1 |v1_s|.
        let columns = vec![vec![(0, 2.0), (1, 1.0)], vec![(1, 1.0)]];
        let l1 = 3.0 + 5f64.sqrt();
        let v = [1.0, 5f64.sqrt() - 2.0];
        let norm = (v[0] * v[0] + v[1] * v[1]).sqrt();
        let want = [l1.sqrt() * v[0] / norm, l1.sqrt() * v[1] / norm];
        close(&scores(&columns, 2, 1), &want);
    }

    #[test]
    fn the_method_runs_on_a_document() {
        let doc = TestDoc::new("Rates rose. Rates fell again. Cats sleep. Rates and cats.");
        let cue = CueWords::default();
        let got = Lsa::score(&doc.analysis(), &test_options(&cue));
        assert_eq!(got.len(), 4);
        assert!(got.iter().all(|s| s.is_finite() && *s >= 0.0), "{got:?}");
        assert_eq!(got, Lsa::score(&doc.analysis(), &test_options(&cue)));
    }
}
