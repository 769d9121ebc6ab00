//! TF-IDF sentence vectors.
//!
//! Each sentence is a "document" and the article is the collection, as in
//! LexRank (Erkan & Radev 2004) and sumy. The weighting:
//!
//! - **tf**: the raw count of the term in the sentence, or `1 + ln(count)`
//!   with [`TfIdfOptions::sublinear_tf`]. Raw counts are the default: a term
//!   rarely repeats inside one sentence, so the two differ little, and raw
//!   counts keep the classic cosine of the TextRank literature.
//! - **idf**: `ln((1 + n) / (1 + df)) + 1`, where `n` is the number of
//!   sentences and `df` the number of sentences holding the term. The `+1`
//!   inside is add-one smoothing (a term in every sentence still gets a
//!   finite, positive weight); the `+1` outside keeps such a term from
//!   vanishing altogether. This is the "smooth idf" of scikit-learn's
//!   `TfidfVectorizer`, chosen because it is well known and never zero.
//! - The vector is divided by its L2 norm, so a dot product is a cosine.
//!
//! The idf can come from elsewhere (a corpus model) through [`TfIdf::from_idf`].

use crate::text::TermId;
use std::cell::RefCell;

/// Options of the TF-IDF weighting.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct TfIdfOptions {
    /// Use `1 + ln(count)` instead of the raw count. Default: `false`.
    pub sublinear_tf: bool,
}

/// An L2-normalised sparse vector: `(term, weight)` pairs sorted by term,
/// with no zero weights. An empty vector stands for a sentence without terms.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SparseVector {
    /// The non-zero entries, sorted by term id.
    pub entries: Vec<(TermId, f64)>,
}

impl SparseVector {
    /// The dot product with another vector (a cosine, both being normalised).
    pub fn dot(&self, other: &SparseVector) -> f64 {
        let (mut i, mut j, mut sum) = (0, 0, 0.0);
        let (a, b) = (&self.entries, &other.entries);
        while i < a.len() && j < b.len() {
            match a[i].0.cmp(&b[j].0) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    sum += a[i].1 * b[j].1;
                    i += 1;
                    j += 1;
                }
            }
        }
        sum
    }

    /// One past the largest term id of any of `vectors` (0 when all are
    /// empty): the length an array indexed by term must have.
    pub fn term_bound(vectors: &[SparseVector]) -> usize {
        vectors
            .iter()
            .flat_map(|v| v.entries.last())
            .map(|&(t, _)| t as usize + 1)
            .max()
            .unwrap_or(0)
    }

    /// Whether the vector has no entries.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

thread_local! {
    /// The ids of the document being weighed ([`TfIdf::vector`]), sorted.
    static SORTED: RefCell<Vec<TermId>> = const { RefCell::new(Vec::new()) };
}

/// The most ids [`SORTED`] keeps room for between documents (256 KiB).
const MAX_KEPT_IDS: usize = 1 << 16;

/// Inverse document frequencies of a collection, ready to weigh sentences.
#[derive(Clone, Debug, PartialEq)]
pub struct TfIdf {
    idf: Vec<f64>,
    options: TfIdfOptions,
}

impl TfIdf {
    /// Fits the idf on `documents`, each given as its term ids. `terms` is the
    /// vocabulary size: every id must be below it.
    pub fn fit<D, I>(documents: D, terms: usize, options: TfIdfOptions) -> TfIdf
    where
        D: IntoIterator<Item = I>,
        I: IntoIterator<Item = TermId>,
    {
        let mut df = vec![0u32; terms];
        let mut last_seen = vec![usize::MAX; terms];
        let mut n = 0usize;
        for (d, document) in documents.into_iter().enumerate() {
            n += 1;
            for term in document {
                let t = term as usize;
                // Count a term once per document without a per-document set.
                if last_seen[t] != d {
                    last_seen[t] = d;
                    df[t] += 1;
                }
            }
        }
        // A document frequency is at most `n` and most terms share a few
        // small ones: each value's logarithm is taken once (the same
        // expression, so the same bits), not once a term.
        let mut by_df: Vec<Option<f64>> = vec![None; n + 1];
        let idf = df
            .iter()
            .map(|&df| {
                *by_df[df as usize]
                    .get_or_insert_with(|| ((1.0 + n as f64) / (1.0 + f64::from(df))).ln() + 1.0)
            })
            .collect();
        TfIdf { idf, options }
    }

    /// Uses given idf weights (for example from a corpus model), indexed by
    /// term id.
    pub fn from_idf(idf: Vec<f64>, options: TfIdfOptions) -> TfIdf {
        TfIdf { idf, options }
    }

    /// The idf of `term`.
    pub fn idf(&self, term: TermId) -> f64 {
        self.idf[term as usize]
    }

    /// The idf of every term, indexed by term id.
    pub fn idfs(&self) -> &[f64] {
        &self.idf
    }

    /// The normalised TF-IDF vector of one document.
    pub fn vector(&self, terms: impl IntoIterator<Item = TermId>) -> SparseVector {
        // The document's ids are sorted in a buffer kept by the thread: a
        // sentence's vector is then its only allocation, where collecting
        // the ids grew a new vector three or four times a sentence. A fresh
        // buffer serves while the thread exits (its buffer gone). The ids'
        // iterator is taken out of its `Option` once, not read through it.
        let mut terms = Some(terms.into_iter());
        let kept = SORTED.try_with(|buffer| {
            let terms = terms.take().expect("the ids are taken once");
            match buffer.try_borrow_mut() {
                Ok(mut buffer) => self.vector_in(terms, &mut buffer),
                Err(_) => self.vector_in(terms, &mut Vec::new()),
            }
        });
        kept.unwrap_or_else(|_| {
            let terms = terms.take().expect("the ids are still there when the buffer is gone");
            self.vector_in(terms, &mut Vec::new())
        })
    }

    /// [`Self::vector`] with `sorted` as the buffer of the ids.
    fn vector_in(&self, terms: impl Iterator<Item = TermId>, sorted: &mut Vec<TermId>) -> SparseVector {
        sorted.clear();
        sorted.extend(terms);
        sorted.sort_unstable();
        // Sized exactly: a document holds one vector per sentence, and room
        // grown by doubling left a quarter of them unused on long inputs.
        let distinct = sorted.windows(2).filter(|w| w[0] != w[1]).count() + 1;
        let mut counted: Vec<(TermId, f64)> =
            Vec::with_capacity(if sorted.is_empty() { 0 } else { distinct });
        // Each run of one id is weighed as it ends, and the squares summed
        // in term order as a second pass did. A count is an integer below
        // 2^53: as `f64`, the sum of that many 1.0.
        let mut squares = 0.0;
        for run in sorted.chunk_by(|a, b| a == b) {
            let term = run[0];
            let count = run.len() as f64;
            let tf = if self.options.sublinear_tf {
                1.0 + count.ln()
            } else {
                count
            };
            let weight = tf * self.idf(term);
            squares += weight * weight;
            counted.push((term, weight));
        }
        if sorted.capacity() > MAX_KEPT_IDS {
            // A document of more ids than that gives its room back.
            *sorted = Vec::new();
        }
        let norm = f64::sqrt(squares);
        if norm > 0.0 {
            counted.retain_mut(|(_, weight)| {
                *weight /= norm;
                *weight > 0.0
            });
        } else {
            counted.retain(|(_, w)| *w > 0.0);
        }
        SparseVector { entries: counted }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn smooth_idf_matches_the_formula() {
        // Three documents; term 0 in all, term 1 in one.
        let docs = vec![vec![0, 1], vec![0], vec![0, 0]];
        let tfidf = TfIdf::fit(docs, 2, TfIdfOptions::default());
        assert!((tfidf.idf(0) - 1.0).abs() < 1e-12); // ln(4/4) + 1
        assert!((tfidf.idf(1) - ((4.0f64 / 2.0).ln() + 1.0)).abs() < 1e-12);
    }

    #[test]
    fn vectors_are_unit_length_and_sorted() {
        let tfidf = TfIdf::from_idf(vec![1.0, 2.0, 3.0], TfIdfOptions::default());
        let v = tfidf.vector([2, 0, 2]);
        // tf: term 0 → 1, term 2 → 2; weights 1 and 6; norm sqrt(37).
        let norm = 37f64.sqrt();
        assert_eq!(v.entries, vec![(0, 1.0 / norm), (2, 6.0 / norm)]);
        assert!((v.dot(&v) - 1.0).abs() < 1e-12);
    }

    #[test]
    fn the_thread_s_buffer_carries_nothing_from_one_vector_to_the_next() {
        let tfidf = TfIdf::from_idf(vec![1.0; 70_000], TfIdfOptions::default());
        // More ids than the buffer keeps room for, then a short document,
        // then one with the buffer taken (as while the thread exits).
        let long = tfidf.vector((0..69_999).rev());
        assert_eq!(long.entries.len(), 69_999);
        assert_eq!(long.entries[0].0, 0);
        let short = tfidf.vector([3, 1, 3]);
        let norm = 5f64.sqrt();
        assert_eq!(short.entries, vec![(1, 1.0 / norm), (3, 2.0 / norm)]);
        let taken = SORTED.with(|buffer| {
            let _held = buffer.borrow_mut();
            tfidf.vector([3, 1, 3])
        });
        assert_eq!(taken, short);
    }

    /// The vector by separate passes: count, weigh, sum the squares,
    /// divide, drop the zeros.
    fn plain_vector(tfidf: &TfIdf, terms: &[TermId]) -> Vec<(TermId, u64)> {
        let mut sorted = terms.to_vec();
        sorted.sort_unstable();
        let mut counted: Vec<(TermId, f64)> = Vec::new();
        for &term in &sorted {
            match counted.last_mut() {
                Some((last, count)) if *last == term => *count += 1.0,
                _ => counted.push((term, 1.0)),
            }
        }
        for (term, weight) in &mut counted {
            let tf = if tfidf.options.sublinear_tf {
                1.0 + weight.ln()
            } else {
                *weight
            };
            *weight = tf * tfidf.idf(*term);
        }
        let norm = counted.iter().map(|(_, w)| w * w).sum::<f64>().sqrt();
        if norm > 0.0 {
            for (_, weight) in &mut counted {
                *weight /= norm;
            }
        }
        counted.retain(|(_, w)| *w > 0.0);
        counted.into_iter().map(|(t, w)| (t, w.to_bits())).collect()
    }

    #[test]
    fn the_one_pass_vector_is_the_separate_passes_to_the_bit() {
        // Generated documents over a small vocabulary (repeats, empty
        // documents, any order), idf weights of varied magnitudes with
        // zeros (entries dropped), raw and sublinear tf.
        let mut state = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = |m: u64| {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (state >> 33) % m
        };
        for round in 0..2_000 {
            let terms = 1 + next(40);
            let idf: Vec<f64> = (0..terms)
                .map(|_| match next(8) {
                    0 => 0.0,
                    k => (1.0 + next(1000) as f64 / 7.0).ln() * k as f64,
                })
                .collect();
            let document: Vec<TermId> = (0..next(30)).map(|_| next(terms) as TermId).collect();
            for sublinear_tf in [false, true] {
                let tfidf = TfIdf::from_idf(idf.clone(), TfIdfOptions { sublinear_tf });
                let got: Vec<(TermId, u64)> = tfidf
                    .vector(document.iter().copied())
                    .entries
                    .iter()
                    .map(|&(t, w)| (t, w.to_bits()))
                    .collect();
                assert_eq!(got, plain_vector(&tfidf, &document), "round {round}, {document:?}");
            }
        }
    }

    #[test]
    fn sublinear_tf_damps_repeats() {
        let options = TfIdfOptions { sublinear_tf: true };
        let tfidf = TfIdf::from_idf(vec![1.0, 1.0], options);
        let v = tfidf.vector([0, 0, 0, 1]);
        let ratio = v.entries[0].1 / v.entries[1].1;
        assert!((ratio - (1.0 + 3f64.ln())).abs() < 1e-12);
    }

    #[test]
    fn empty_documents_give_empty_vectors() {
        let tfidf = TfIdf::fit(vec![Vec::<TermId>::new()], 0, TfIdfOptions::default());
        assert!(tfidf.vector([]).is_empty());
    }

    #[test]
    fn dot_of_disjoint_vectors_is_zero() {
        let tfidf = TfIdf::from_idf(vec![1.0; 4], TfIdfOptions::default());
        assert_eq!(tfidf.vector([0, 1]).dot(&tfidf.vector([2, 3])), 0.0);
    }
}
