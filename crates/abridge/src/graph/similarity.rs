//! Sentence-similarity graphs.
//!
//! Two measures, both symmetric with a zero diagonal:
//!
//! - [`Similarity::Overlap`] (default): the measure of the original TextRank
//!   paper (Mihalcea & Tarau 2004, section 4.1): the number of terms two
//!   sentences share divided by `ln |Si| + ln |Sj|`, where `|S|` is the number
//!   of distinct terms of a sentence. It favours long sentences. When both
//!   sentences have one term the denominator is zero and the weight is 0.
//!   It is the default because, with the pipeline's position weight, it
//!   scored higher than cosine on both public summary sets (BBC News, DUC
//!   2001; figures in README.md).
//! - [`Similarity::Cosine`]: the dot product of the L2-normalised TF-IDF
//!   vectors, in `[0, 1]`. This is the similarity of LexRank (Erkan & Radev
//!   2004) and of most TextRank implementations since.
//!
//! The matrix is built from an inverted index (term → sentences), so its cost
//! is the number of sentence pairs that share a term, not n² dot products.
//!
//! **Large inputs.** A dense matrix needs n² memory and n² work per ranking
//! step. [`sentence_graph`] therefore builds it only up to
//! [`DENSE_SENTENCE_LIMIT`] sentences; above that it returns the factored
//! cosine graph ([`CosineGraph`]), whose cost grows with the number of words.
//! The overlap measure has no factored form (its `ln |Si| + ln |Sj|`
//! denominator does not split into a product), so above the limit overlap
//! falls back to cosine. This is a documented change of measure, not an
//! approximation of overlap: on documents that long the two rank similarly,
//! and the alternative, a quadratic graph, would not finish in memory.

use super::CosineGraph;
use crate::model::SparseVector;
use ndarray::Array2;

/// The largest number of sentences for which [`sentence_graph`] builds the
/// dense n×n matrix (8 MB of `f64` at 1,000 sentences). Articles stay far
/// below it; a book-length input goes above it and gets the factored form,
/// which ranks the same up to rounding for cosine.
pub const DENSE_SENTENCE_LIMIT: usize = 1_000;

/// A sentence graph in the form that suits its size.
#[derive(Clone, Debug)]
pub enum SentenceGraph<'a> {
    /// The n×n similarity matrix, for up to [`DENSE_SENTENCE_LIMIT`] sentences.
    Dense(Array2<f64>),
    /// The cosine graph as a product of the sentence vectors, for more.
    Factored(CosineGraph<'a>),
}

/// The similarity graph of `vectors`: dense up to [`DENSE_SENTENCE_LIMIT`]
/// sentences, factored cosine above it (see the module docs).
pub fn sentence_graph(vectors: &[SparseVector], similarity: Similarity) -> SentenceGraph<'_> {
    sentence_graph_with_limit(vectors, similarity, DENSE_SENTENCE_LIMIT)
}

/// [`sentence_graph`] with another size limit for the dense form; used to
/// compare both forms on the same input.
pub fn sentence_graph_with_limit(
    vectors: &[SparseVector],
    similarity: Similarity,
    dense_limit: usize,
) -> SentenceGraph<'_> {
    if vectors.len() <= dense_limit {
        SentenceGraph::Dense(similarity_matrix(vectors, similarity))
    } else {
        SentenceGraph::Factored(CosineGraph::new(vectors))
    }
}

/// How sentences are compared.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Similarity {
    /// Cosine of the TF-IDF vectors.
    Cosine,
    /// Shared terms over the sum of log lengths (Mihalcea & Tarau 2004).
    /// Above 1,000 sentences the graph uses cosine instead, which it can
    /// factor (see the graph module's docs).
    #[default]
    Overlap,
}

impl crate::choice::Choice for Similarity {
    const ALL: &'static [Similarity] = &[Similarity::Cosine, Similarity::Overlap];

    fn name(self) -> &'static str {
        match self {
            Similarity::Cosine => "cosine",
            Similarity::Overlap => "overlap",
        }
    }

    fn description(self) -> &'static str {
        match self {
            Similarity::Cosine => "Cosine of TF-IDF vectors.",
            Similarity::Overlap => {
                "Shared words over log lengths (the original TextRank); above 1,000 \
                 sentences, cosine is used instead."
            }
        }
    }
}

impl Similarity {
    /// The weight between two sentences, computed directly.
    pub fn between(self, a: &SparseVector, b: &SparseVector) -> f64 {
        match self {
            Similarity::Cosine => a.dot(b),
            Similarity::Overlap => {
                overlap_weight(shared_terms(a, b) as f64, a.entries.len(), b.entries.len())
            }
        }
    }
}

/// How many terms two vectors share.
fn shared_terms(a: &SparseVector, b: &SparseVector) -> usize {
    a.entries
        .iter()
        .filter(|(t, _)| b.entries.binary_search_by_key(t, |e| e.0).is_ok())
        .count()
}

impl Similarity {
    /// The similarity of a sentence to a focus text (`--focus`), by the same
    /// measure as between two sentences. `focus` holds the focus's terms that
    /// occur in the document; `focus_terms` counts all its distinct terms,
    /// those absent from the document too, as the overlap's `ln |F|` does.
    /// One case differs: a one-term sentence against a one-term focus has
    /// the zero denominator `ln 1 + ln 1`, which between sentences gives no
    /// edge; here a shared term must count, so the denominator is taken as
    /// `ln 2`, its value for the next smallest pair.
    pub fn to_focus(self, sentence: &SparseVector, focus: &SparseVector, focus_terms: usize) -> f64 {
        match self {
            Similarity::Cosine => sentence.dot(focus),
            Similarity::Overlap => {
                let shared = shared_terms(sentence, focus);
                if shared == 0 {
                    return 0.0;
                }
                let terms = focus_terms.max(focus.entries.len());
                let denominator = (sentence.entries.len() as f64).ln() + (terms as f64).ln();
                shared as f64 / denominator.max(std::f64::consts::LN_2)
            }
        }
    }
}

fn overlap_weight(shared: f64, a: usize, b: usize) -> f64 {
    if shared == 0.0 {
        return 0.0;
    }
    overlap_weight_ln(shared, ln_length(a), ln_length(b))
}

/// The natural logarithm of a sentence's number of distinct terms.
fn ln_length(terms: usize) -> f64 {
    (terms as f64).ln()
}

/// [`overlap_weight`] from the logarithms of the two lengths.
fn overlap_weight_ln(shared: f64, ln_a: f64, ln_b: f64) -> f64 {
    if shared == 0.0 {
        return 0.0;
    }
    let denominator = ln_a + ln_b;
    if denominator <= f64::EPSILON {
        0.0
    } else {
        shared / denominator
    }
}

/// The n×n similarity matrix of `vectors` (zero diagonal).
pub fn similarity_matrix(vectors: &[SparseVector], similarity: Similarity) -> Array2<f64> {
    let n = vectors.len();
    let terms = SparseVector::term_bound(vectors);
    // Postings (term → the sentences that hold it, in sentence order) laid
    // out in one buffer by a counting sort: one allocation, not one a term.
    // A sentence's index is kept in a `u32`: the n × n matrix of more
    // sentences could not be allocated.
    let mut starts = vec![0usize; terms + 1];
    for vector in vectors {
        for &(term, _) in &vector.entries {
            starts[term as usize + 1] += 1;
        }
    }
    for t in 0..terms {
        starts[t + 1] += starts[t];
    }
    let total = starts[terms];
    // The matrix in row-major order, filled as a flat slice: entry (i, j)
    // is `matrix[i * n + j]`.
    let mut matrix = vec![0.0f64; n * n];
    match similarity {
        Similarity::Cosine => {
            let mut postings = vec![(0u32, 0.0f64); total];
            for (i, vector) in vectors.iter().enumerate() {
                for &(term, weight) in &vector.entries {
                    let at = &mut starts[term as usize];
                    postings[*at] = (i as u32, weight);
                    *at += 1;
                }
            }
            // Each start has moved to the next term's start: term `t`'s
            // postings are now `starts[t - 1]..starts[t]` (0 for the first).
            let mut from = 0;
            for &end in &starts[..terms] {
                let list = &postings[from..end];
                from = end;
                for (k, &(i, wi)) in list.iter().enumerate() {
                    let row = &mut matrix[i as usize * n..][..n];
                    for &(j, wj) in &list[k + 1..] {
                        row[j as usize] += wi * wj;
                    }
                }
            }
        }
        Similarity::Overlap => {
            let mut postings = vec![0u32; total];
            for (i, vector) in vectors.iter().enumerate() {
                for &(term, _) in &vector.entries {
                    let at = &mut starts[term as usize];
                    postings[*at] = i as u32;
                    *at += 1;
                }
            }
            // Shared terms are counted by adding 1.0, as integers: exact.
            let mut from = 0;
            for &end in &starts[..terms] {
                let list = &postings[from..end];
                from = end;
                for (k, &i) in list.iter().enumerate() {
                    let row = &mut matrix[i as usize * n..][..n];
                    for &j in &list[k + 1..] {
                        row[j as usize] += 1.0;
                    }
                }
            }
        }
    }
    // Only the upper triangle was filled; finish each weight and mirror it.
    // The logarithm of each sentence's length is taken once, not once for
    // each sentence it shares a term with. A pair that shares no term has
    // the weight 0 (+0, as both measures give it) at both ends already.
    let ln_lengths: Vec<f64> = match similarity {
        Similarity::Cosine => Vec::new(),
        Similarity::Overlap => vectors.iter().map(|v| ln_length(v.entries.len())).collect(),
    };
    for i in 0..n {
        for j in i + 1..n {
            let raw = matrix[i * n + j];
            if raw == 0.0 {
                continue;
            }
            let weight = match similarity {
                Similarity::Cosine => raw,
                Similarity::Overlap => overlap_weight_ln(raw, ln_lengths[i], ln_lengths[j]),
            };
            matrix[i * n + j] = weight;
            matrix[j * n + i] = weight;
        }
    }
    Array2::from_shape_vec((n, n), matrix).expect("n × n entries")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{TfIdf, TfIdfOptions};

    fn vectors(docs: &[&[u32]]) -> Vec<SparseVector> {
        let tfidf = TfIdf::from_idf(vec![1.0; 8], TfIdfOptions::default());
        docs.iter()
            .map(|d| tfidf.vector(d.iter().copied()))
            .collect()
    }

    #[test]
    fn cosine_matrix_matches_direct_dot_products() {
        let v = vectors(&[&[0, 1, 2], &[1, 2, 3], &[4], &[0, 0, 4]]);
        let m = similarity_matrix(&v, Similarity::Cosine);
        for i in 0..4 {
            assert_eq!(m[[i, i]], 0.0);
            for j in 0..4 {
                if i != j {
                    assert!((m[[i, j]] - v[i].dot(&v[j])).abs() < 1e-12);
                    assert_eq!(m[[i, j]], m[[j, i]]);
                }
            }
        }
        // Two shared terms of three, unit weights: cosine 2/3.
        assert!((m[[0, 1]] - 2.0 / 3.0).abs() < 1e-12);
        assert_eq!(m[[0, 2]], 0.0);
    }

    #[test]
    fn overlap_is_shared_terms_over_log_lengths() {
        let v = vectors(&[&[0, 1, 2], &[1, 2, 3, 4], &[5], &[5]]);
        let m = similarity_matrix(&v, Similarity::Overlap);
        let expected = 2.0 / (3f64.ln() + 4f64.ln());
        assert!((m[[0, 1]] - expected).abs() < 1e-12);
        assert!((Similarity::Overlap.between(&v[0], &v[1]) - expected).abs() < 1e-12);
        // One-term sentences: ln 1 + ln 1 = 0, so no edge rather than infinity.
        assert_eq!(m[[2, 3]], 0.0);
    }

    #[test]
    fn the_matrix_holds_each_pair_s_direct_weight_to_the_bit() {
        // Generated sentences over a small vocabulary, idf weights of
        // varied magnitudes: every entry of the matrix built from the
        // postings is the weight computed directly from the two vectors
        // (the same terms added in the same order), the diagonal 0.
        let mut state = 0x2545_f491_4f6c_dd1du64;
        let mut next = |m: u64| {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (state >> 33) % m
        };
        for _ in 0..100 {
            let terms = 1 + next(50);
            let idf: Vec<f64> = (0..terms).map(|_| 1.0 + next(997) as f64 / 89.0).collect();
            let tfidf = TfIdf::from_idf(idf, TfIdfOptions::default());
            let v: Vec<SparseVector> = (0..next(25))
                .map(|_| tfidf.vector((0..next(12)).map(|_| next(terms) as u32)))
                .collect();
            for similarity in [Similarity::Cosine, Similarity::Overlap] {
                let m = similarity_matrix(&v, similarity);
                assert_eq!(m.dim(), (v.len(), v.len()));
                for i in 0..v.len() {
                    for j in 0..v.len() {
                        let want = if i == j { 0.0 } else { similarity.between(&v[i], &v[j]) };
                        assert_eq!(m[[i, j]].to_bits(), want.to_bits(), "{similarity:?} ({i}, {j})");
                    }
                }
            }
        }
    }

    #[test]
    fn the_focus_is_compared_as_a_sentence_is() {
        let v = vectors(&[&[0, 1, 2], &[1, 2, 3, 4], &[5], &[6]]);
        // Overlap: two shared terms over ln 3 + ln 6, the focus having six
        // distinct terms of which four occur in the document.
        let got = Similarity::Overlap.to_focus(&v[0], &v[1], 6);
        assert!((got - 2.0 / (3f64.ln() + 6f64.ln())).abs() < 1e-12);
        // One term each, shared: ln 2 stands in for the zero denominator.
        let got = Similarity::Overlap.to_focus(&v[2], &v[2], 1);
        assert!((got - 1.0 / 2f64.ln()).abs() < 1e-12);
        assert_eq!(Similarity::Overlap.to_focus(&v[2], &v[3], 1), 0.0);
        let cosine = Similarity::Cosine.to_focus(&v[0], &v[1], 6);
        assert!((cosine - v[0].dot(&v[1])).abs() < 1e-12);
    }

    #[test]
    fn the_form_follows_the_size() {
        let v = vectors(&[&[0, 1], &[1, 2], &[2, 3]]);
        assert!(matches!(
            sentence_graph(&v, Similarity::Overlap),
            SentenceGraph::Dense(_)
        ));
        for similarity in [Similarity::Cosine, Similarity::Overlap] {
            assert!(matches!(
                sentence_graph_with_limit(&v, similarity, 2),
                SentenceGraph::Factored(_)
            ));
        }
    }

    #[test]
    fn empty_input_gives_empty_matrix() {
        assert_eq!(similarity_matrix(&[], Similarity::Cosine).dim(), (0, 0));
        let m = similarity_matrix(&vectors(&[&[], &[]]), Similarity::Cosine);
        assert!(m.iter().all(|&w| w == 0.0));
    }
}
