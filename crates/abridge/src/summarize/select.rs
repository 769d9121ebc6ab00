//! Selection: from sentence scores to the sentences of the summary, the one
//! step that every summary method shares.
//!
//! This module receives one score, one word count and one TF-IDF vector per
//! sentence; it returns the chosen sentence indices. It knows
//! nothing of text, graphs, methods or keywords.
//!
//! The rule: walk the sentences from the best score down (ties: the earlier
//! sentence first) and take each one that
//! 1. is not a near-duplicate of a sentence already taken (similarity above
//!    [`SelectOptions::redundancy`]), and
//! 2. fits the [`Budget`].
//!
//! The first pick is always kept, even when it alone exceeds a word budget, so
//! that a non-empty document never gets an empty summary. A sentence scored
//! −∞ is never taken: a method that planned the whole summary under its
//! budget (`submodular.rs`) marks so the sentences it left out.

use crate::model::SparseVector;
use crate::text::TermId;
use rustc_hash::FxHashMap as HashMap;

/// How long the summary may be.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Budget {
    /// At most this many sentences.
    Sentences(usize),
    /// This share of the document's sentences, rounded to the nearest whole
    /// sentence, and at least one.
    Ratio(f64),
    /// At most this many words in all (the first pick is always kept).
    Words(usize),
}

impl Budget {
    /// Rejects a budget of nothing: zero sentences, zero words, or a ratio
    /// outside `(0, 1]`.
    pub fn validate(self) -> crate::error::Result<()> {
        match self {
            Budget::Sentences(0) => Err(crate::error::Error::ZeroSentences(0)),
            Budget::Ratio(r) if !(r > 0.0 && r <= 1.0) => Err(crate::error::Error::InvalidRatio(r)),
            Budget::Words(0) => Err(crate::error::Error::ZeroWords(0)),
            _ => Ok(()),
        }
    }
}

impl Default for Budget {
    fn default() -> Self {
        Budget::Sentences(3)
    }
}

/// The order in which the chosen sentences are returned.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Order {
    /// The order of the document (default): the summary reads as a text.
    #[default]
    Document,
    /// Best score first.
    Score,
}

impl crate::choice::Choice for Order {
    const ALL: &'static [Order] = &[Order::Document, Order::Score];

    fn name(self) -> &'static str {
        match self {
            Order::Document => "document",
            Order::Score => "score",
        }
    }

    fn description(self) -> &'static str {
        match self {
            Order::Document => "As the sentences stand in the document.",
            Order::Score => "Best score first.",
        }
    }
}

/// Options of the selection.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SelectOptions {
    /// The length of the summary.
    pub budget: Budget,
    /// The order of the result.
    pub order: Order,
    /// A sentence whose similarity to one already chosen is above this is
    /// skipped. Default 0.8: cosine similarities that high mean repeated
    /// sentences or the same sentence lightly edited, not two sentences on
    /// one topic.
    pub redundancy: f64,
}

impl SelectOptions {
    /// Checks the budget and the redundancy threshold.
    pub fn validate(&self) -> crate::error::Result<()> {
        self.budget.validate()?;
        crate::error::check_range(
            "the redundancy threshold",
            "greater than 0 and at most 1",
            self.redundancy,
            self.redundancy > 0.0 && self.redundancy <= 1.0,
        )
    }
}

impl Default for SelectOptions {
    fn default() -> Self {
        SelectOptions {
            budget: Budget::default(),
            order: Order::default(),
            redundancy: 0.8,
        }
    }
}

/// Chooses sentences. `scores[i]` and `words[i]` describe sentence `i`, and
/// `vectors[i]` is its L2-normalised TF-IDF vector: two sentences are near
/// duplicates when the dot product of their vectors (their cosine) is above
/// [`SelectOptions::redundancy`].
///
/// The cost is about O(n log n) for any budget: a sentence is compared only
/// with the chosen sentences it shares an indexed term with (see
/// [`Redundancy`]), not with every sentence chosen so far.
pub fn select(
    scores: &[f64],
    words: &[usize],
    vectors: &[SparseVector],
    options: &SelectOptions,
) -> Vec<usize> {
    select_with(
        scores,
        words,
        vectors,
        |a, b| vectors[a].dot(&vectors[b]),
        options,
    )
}

/// [`select`] with the similarity given apart, so that tests can count the
/// comparisons. `similarity(i, j)` must be `vectors[i].dot(&vectors[j])`:
/// the index relies on it to skip pairs.
fn select_with(
    scores: &[f64],
    words: &[usize],
    vectors: &[SparseVector],
    mut similarity: impl FnMut(usize, usize) -> f64,
    options: &SelectOptions,
) -> Vec<usize> {
    let n = scores.len();
    let wanted = match options.budget {
        Budget::Sentences(k) => k.min(n),
        Budget::Ratio(r) => ((r * n as f64).round() as usize).clamp(1, n.max(1)).min(n),
        Budget::Words(_) => n,
    };
    let mut ranked: Vec<usize> = (0..n).collect();
    ranked.sort_by(|&a, &b| scores[b].total_cmp(&scores[a]).then(a.cmp(&b)));
    let mut chosen: Vec<usize> = Vec::with_capacity(wanted);
    let mut redundancy = Redundancy::new(vectors, options.redundancy);
    let mut used_words = 0;
    for i in ranked {
        // −∞ sorts last: every sentence from here on was left out.
        if chosen.len() == wanted || scores[i] == f64::NEG_INFINITY {
            break;
        }
        // The budget is checked first: it is cheap, and once a word budget
        // is spent every further sentence fails it.
        if let Budget::Words(limit) = options.budget
            && !chosen.is_empty()
            && used_words + words[i] > limit
        {
            continue;
        }
        if redundancy.repeats_a_chosen(i, &mut similarity) {
            continue;
        }
        used_words += words[i];
        redundancy.choose(i);
        chosen.push(i);
    }
    if options.order == Order::Document {
        chosen.sort_unstable();
    }
    chosen
}

/// The chosen sentences, indexed so that a candidate is compared only with
/// those it could repeat.
///
/// This is the prefix filter of all-pairs similarity search (Bayardo, Ma &
/// Srikant, *Scaling Up All Pairs Similarity Search*, WWW 2007). Terms are
/// put in one global order, the most frequent first. For a chosen sentence
/// `c`, the leading terms whose bound, the smaller of `sum c[t] *
/// max_weight[t]` and `sqrt(sum c[t]^2)`, stays at or below the threshold are
/// not indexed: a sentence that shares none of `c`'s
/// other terms has a dot product with `c` no larger than that bound, so it
/// cannot be a near duplicate of `c`. The pairs that remain are compared
/// exactly, so the choice is the same as comparing every pair; frequent terms
/// (long posting lists) are the ones left out of the index.
struct Redundancy<'a> {
    vectors: &'a [SparseVector],
    threshold: f64,
    /// Per term, its largest weight in any sentence and the number of
    /// sentences holding it; computed at the first choice.
    max_weight: Vec<f64>,
    frequency: Vec<u32>,
    /// Per indexed term, the chosen sentences that index it.
    postings: HashMap<TermId, Vec<usize>>,
    /// Per sentence, one more than the last candidate it was compared with,
    /// so that a candidate meets each chosen sentence once.
    compared: Vec<usize>,
}

/// Bounds are summed in another order than dot products, so they may round
/// differently; the margin keeps the filter on the safe side (it indexes a
/// term more rather than one less).
const BOUND_MARGIN: f64 = 1e-9;

impl<'a> Redundancy<'a> {
    fn new(vectors: &'a [SparseVector], threshold: f64) -> Redundancy<'a> {
        Redundancy {
            vectors,
            threshold,
            max_weight: Vec::new(),
            frequency: Vec::new(),
            postings: HashMap::default(),
            compared: Vec::new(),
        }
    }

    /// Whether sentence `i` is a near duplicate of a chosen sentence.
    fn repeats_a_chosen(
        &mut self,
        i: usize,
        similarity: &mut impl FnMut(usize, usize) -> f64,
    ) -> bool {
        if self.postings.is_empty() {
            return false;
        }
        for &(term, _) in &self.vectors[i].entries {
            let Some(chosen) = self.postings.get(&term) else {
                continue;
            };
            for &c in chosen {
                if self.compared[c] == i + 1 {
                    continue;
                }
                self.compared[c] = i + 1;
                if similarity(i, c) > self.threshold {
                    return true;
                }
            }
        }
        false
    }

    /// Indexes sentence `c`, just chosen.
    fn choose(&mut self, c: usize) {
        if self.compared.is_empty() {
            self.prepare();
        }
        let mut entries = self.vectors[c].entries.clone();
        entries.sort_by(|a, b| {
            let (fa, fb) = (self.frequency[a.0 as usize], self.frequency[b.0 as usize]);
            fb.cmp(&fa).then(a.0.cmp(&b.0))
        });
        // Two bounds on what the unindexed terms can add to a dot product:
        // each weight times the term's largest weight anywhere, and (Cauchy-
        // Schwarz, the other vector being of norm 1) the norm of these
        // weights. The smaller one decides.
        let (mut by_weight, mut squares) = (0.0, 0.0);
        for (term, weight) in entries {
            by_weight += weight * self.max_weight[term as usize];
            squares += weight * weight;
            let bound: f64 = by_weight.min(f64::sqrt(squares));
            if bound > self.threshold - BOUND_MARGIN {
                self.postings.entry(term).or_default().push(c);
            }
        }
    }

    fn prepare(&mut self) {
        let terms = SparseVector::term_bound(self.vectors);
        self.max_weight = vec![0.0; terms];
        self.frequency = vec![0; terms];
        for vector in self.vectors {
            for &(term, weight) in &vector.entries {
                let t = term as usize;
                self.max_weight[t] = self.max_weight[t].max(weight);
                self.frequency[t] += 1;
            }
        }
        self.compared = vec![0; self.vectors.len()];
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One vector per sentence, each with a term of its own: no two are
    /// similar.
    fn unrelated(n: usize) -> Vec<SparseVector> {
        (0..n as TermId).map(|t| vector(&[(t, 1.0)])).collect()
    }

    /// A vector from `(term, weight)` pairs, normalised.
    fn vector(entries: &[(TermId, f64)]) -> SparseVector {
        let norm = entries.iter().map(|(_, w)| w * w).sum::<f64>().sqrt();
        SparseVector {
            entries: entries.iter().map(|&(t, w)| (t, w / norm)).collect(),
        }
    }

    fn options(budget: Budget) -> SelectOptions {
        SelectOptions {
            budget,
            ..SelectOptions::default()
        }
    }

    #[test]
    fn best_sentences_come_back_in_document_order() {
        let scores = [0.1, 0.4, 0.2, 0.3];
        let got = select(
            &scores,
            &[5; 4],
            &unrelated(4),
            &options(Budget::Sentences(2)),
        );
        assert_eq!(got, vec![1, 3]);
    }

    #[test]
    fn score_order_and_ties_by_position() {
        let scores = [0.2, 0.3, 0.3, 0.2];
        let o = SelectOptions {
            order: Order::Score,
            ..options(Budget::Sentences(3))
        };
        assert_eq!(select(&scores, &[5; 4], &unrelated(4), &o), vec![1, 2, 0]);
    }

    #[test]
    fn ratio_rounds_and_keeps_at_least_one() {
        let scores = [0.5, 0.3, 0.2];
        let vectors = unrelated(3);
        assert_eq!(
            select(&scores, &[1; 3], &vectors, &options(Budget::Ratio(0.5))).len(),
            2
        );
        assert_eq!(
            select(&scores, &[1; 3], &vectors, &options(Budget::Ratio(0.01))),
            vec![0]
        );
        assert!(select(&[], &[], &[], &options(Budget::Ratio(0.5))).is_empty());
    }

    #[test]
    fn word_budget_skips_what_does_not_fit_but_keeps_the_first() {
        let scores = [0.4, 0.3, 0.2, 0.1];
        let words = [30, 20, 8, 5];
        let vectors = unrelated(4);
        assert_eq!(
            select(&scores, &words, &vectors, &options(Budget::Words(10))),
            vec![0]
        );
        assert_eq!(
            select(&scores, &words, &vectors, &options(Budget::Words(43))),
            vec![0, 2, 3]
        );
    }

    #[test]
    fn a_sentence_scored_minus_infinity_is_never_taken() {
        let scores = [0.5, f64::NEG_INFINITY, 0.25, f64::NEG_INFINITY];
        let vectors = unrelated(4);
        for budget in [Budget::Sentences(4), Budget::Words(100), Budget::Ratio(1.0)] {
            assert_eq!(
                select(&scores, &[5; 4], &vectors, &options(budget)),
                vec![0, 2]
            );
        }
    }

    #[test]
    fn near_duplicates_are_not_both_chosen() {
        let scores = [0.4, 0.35, 0.25];
        // Cosine of 0 and 1: (9 + 1) / (sqrt(10) sqrt(10.01)) = 0.9995.
        let vectors = [
            vector(&[(0, 3.0), (1, 1.0)]),
            vector(&[(0, 3.0), (1, 1.0), (2, 0.1)]),
            vector(&[(1, 1.0), (3, 3.0)]),
        ];
        assert_eq!(
            select(&scores, &[5; 3], &vectors, &options(Budget::Sentences(2))),
            vec![0, 2]
        );
    }

    #[test]
    fn more_sentences_than_exist_gives_all() {
        let got = select(
            &[0.5, 0.5],
            &[1, 1],
            &unrelated(2),
            &options(Budget::Sentences(10)),
        );
        assert_eq!(got, vec![0, 1]);
    }

    /// Sentences of one frequent term and a few rarer ones, from a small
    /// generator: many pairs share a term, some are near duplicates.
    fn sentences(n: usize) -> Vec<SparseVector> {
        let mut state = 7u64;
        let mut next = |m: u64| {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (state >> 33) % m
        };
        (0..n)
            .map(|_| {
                let mut entries = vec![(0, 1.0)];
                for _ in 0..3 {
                    entries.push((1 + next(40) as TermId, 1.0 + next(3) as f64));
                }
                entries.sort_by_key(|e| e.0);
                entries.dedup_by_key(|e| e.0);
                vector(&entries)
            })
            .collect()
    }

    #[test]
    fn the_index_chooses_what_comparing_every_pair_chooses() {
        let vectors = sentences(600);
        let scores: Vec<f64> = (0..600).map(|i| ((i * 37) % 101) as f64).collect();
        let words = vec![10; 600];
        for budget in [
            Budget::Ratio(1.0),
            Budget::Sentences(50),
            Budget::Words(900),
        ] {
            for redundancy in [0.3, 0.8, 1.0] {
                let options = SelectOptions {
                    budget,
                    redundancy,
                    order: Order::Score,
                };
                let got = select(&scores, &words, &vectors, &options);
                // The rule of the module docs, every pair compared.
                let mut ranked: Vec<usize> = (0..600).collect();
                ranked.sort_by(|&a, &b| scores[b].total_cmp(&scores[a]).then(a.cmp(&b)));
                let (mut want, mut used): (Vec<usize>, usize) = (Vec::new(), 0);
                for i in ranked {
                    let fits = match budget {
                        Budget::Words(limit) => want.is_empty() || used + words[i] <= limit,
                        Budget::Sentences(k) => want.len() < k,
                        Budget::Ratio(_) => true,
                    };
                    if fits
                        && want
                            .iter()
                            .all(|&c| vectors[i].dot(&vectors[c]) <= redundancy)
                    {
                        used += words[i];
                        want.push(i);
                    }
                }
                assert_eq!(got, want, "{budget:?}, redundancy {redundancy}");
            }
        }
    }

    /// Issue 11: the redundancy check compared each candidate with every
    /// sentence chosen so far, O(chosen × sentences): `--ratio 0.2` on 16 MB
    /// took 124 s. Here every sentence is taken, and the comparisons stay
    /// linear in the number of sentences.
    #[test]
    fn issue_11_a_whole_document_budget_compares_few_pairs() {
        let n = 4000;
        // Distinct rare terms, and one term in every sentence with a small
        // weight: the shared term must not lead to every pair.
        let vectors: Vec<SparseVector> = (0..n as TermId)
            .map(|i| vector(&[(0, 0.2), (1 + 2 * i, 1.0), (2 + 2 * i, 1.0)]))
            .collect();
        let scores: Vec<f64> = (0..n).map(|i| 1.0 / (i + 1) as f64).collect();
        let mut compared = 0;
        let got = select_with(
            &scores,
            &vec![10; n],
            &vectors,
            |a, b| {
                compared += 1;
                vectors[a].dot(&vectors[b])
            },
            &options(Budget::Ratio(1.0)),
        );
        assert_eq!(got.len(), n);
        assert!(compared <= n, "{compared} comparisons for {n} sentences");
    }
}
