//! Iterative reinforcement of sentences and words (Wan, Yang & Xiao 2007,
//! "Towards an Iterative Reinforcement Approach for Simultaneous Document
//! Summarization and Keyword Extraction", ACL, pages 552–559, §3): sentence
//! and word saliences computed together, each from its own kind and from the
//! other. Checked against the paper's text (§3 and §4.1; docs/results.md,
//! 2026-12-01, "Iterative reinforcement checked against its paper").
//!
//! Three graphs over the document's sentences `s` and words `t` (§3.2):
//!
//! - sentence–sentence `U`: the cosine of the sentences' TF-IDF vectors, no
//!   self-loops (equation 1); `Ũ` is `U` with each row divided by its sum,
//!   a row of zeros left as it is (equation 2);
//! - word–word `V`: the paper's is a semantic similarity (below); `Ṽ` is `V`
//!   row-normalised;
//! - sentence–word `W`: `W_ij` is word `j`'s TF-IDF weight in sentence `i`
//!   over the sum of the weights of the sentence's words (equation 4). `W̃`,
//!   `W` row-normalised (here `W` itself: its rows sum to 1 already),
//!   carries a sentence's salience to its words; `Ŵ`, `Wᵀ` row-normalised,
//!   carries a word's salience to the sentences that hold it.
//!
//! The saliences `u` (sentences) and `v` (words) follow (§3.3, equations 11
//! and 12)
//!
//! ```text
//! u = α Ũᵀ u + β Ŵᵀ v        v = α Ṽᵀ v + β W̃ᵀ u
//! ```
//!
//! (a sentence is salient when salient sentences link to it and it holds
//! salient words; a word is salient when salient words link to it and
//! salient sentences hold it), with the paper's `α = β = 0.5` (§4.1.2). As
//! the paper computes them: every score starts at 1; each iteration computes
//! `u` and `v` from the previous ones and scales each to sum 1 (its L1
//! norm), until the scores no longer move (below). There is no damping: a
//! sentence that no other resembles and that holds no word scores 0.
//!
//! Deviations, each for a reason:
//! - The word–word affinity. The paper's is WordNet's (the vector measure of
//!   WordNet::Similarity) or the mutual information of the two words within
//!   a window of k words (2, 5, 10) in a background corpus (DUC 2001–2005),
//!   the two almost alike in its results. abridge holds no word-to-word
//!   similarity in any language (its English WordNet data counts the
//!   glosses each stem is in, not pairs), so the words are linked as
//!   TextRank links them for keyword extraction (Mihalcea & Tarau 2004): how
//!   often the two occur next to each other in the document (window 2,
//!   stopwords out, `graph::cooccurrence`), which every language has. The
//!   paper's mutual information computed on the document alone (its
//!   positive part) was measured and not kept: within noise at window 2,
//!   below adjacency on BBC and LCSTS at 5 and 10 (docs/results.md); a
//!   document's counts of one to three are not the paper's five years of
//!   DUC.
//! - The terms and their weights. The paper's terms are WordNet lemmas
//!   (SMART's stopwords out), abridge's its stems (its stopwords out). The
//!   paper's weights are `tf · isf`, `isf = 1 + log(N/n_t)` counted over
//!   the sentences of a background corpus; abridge's sentence
//!   vectors weigh `tf · (ln((1 + N)/(1 + n_t)) + 1)`, counted over the
//!   document's own sentences unless `--idf` gives a corpus model (the
//!   paper's background corpus, as far as abridge has one): the same vectors
//!   as every other method's, so that `--idf` means the same everywhere. The
//!   cosine also counts the words abridge compares sentences by but leaves
//!   out of keywords (links: `says`), which `W` leaves out. The paper's form
//!   for `W`, counted on the document's sentences, gave DUC 46.54 and EASC
//!   65.10 against 46.59 and 65.17, the other sets equal (docs/results.md,
//!   sixth round, with the damping of then).
//! - When the iteration stops. The paper stops when no sentence's or word's
//!   score moves by 0.0001 or more; here, when the changes of all the scores
//!   add up to less than 0.0001. With scores that sum to 1 the paper's rule
//!   is met after a few steps once a document is long, whatever the scores
//!   still have to move (BBC dev's articles four times over, 82,448
//!   sentences: 4 steps, against 17 for the sum); the sum means the same at
//!   any length. On the six summary sets the two rules give the same
//!   figures within noise (at most 0.08 ROUGE-1 on a set). After
//!   `max_iterations` (100) the iteration stops even if the scores still
//!   move (the paper has no cap; 37 of the sets' 1,887 documents reach it,
//!   3 under the paper's rule).
//! - As a graph method whose scores are a distribution, it takes abridge's
//!   lead bias after ranking (`POSITION_PRIOR`), as TextRank and LexRank do;
//!   the paper has no position prior (`--position-bias 0` removes it).
//! - The paper ranks the sentences and then, in one of its two tables,
//!   removes redundancy with "a variant form of MMR" it does not spell out
//!   (§4.1.2); abridge's shared selection (budget, near-duplicate check,
//!   order, `select.rs`) stands in for it, as for every method.
//! - Above 1,000 sentences the cosine graph is the factored one (`graph`),
//!   so that a step costs the non-zeros of the three graphs, not n².
//!
//! The word saliences `v` are computed (the sentences need them) but not
//! returned: the paper's keywords (its top words, joined when adjacent) are
//! not one of abridge's keyword methods.
//!
//! Measured (docs/results.md, 2026-12-01), ROUGE-1 on BBC / DUC / LCSTS /
//! OrangeSum / TeMário / EASC: 82.55 / 46.59 / 28.67 / 25.99 / 45.54 /
//! 63.82, against TextRank's 83.38 / 46.83 / 29.23 / 25.88 / 45.72 / 65.20
//! (the version of the sixth round, damped as PageRank: 81.30 / 46.59 /
//! 28.34 / 26.11 / 45.79 / 65.17).

use super::{Analysis, ScorerOptions, SentenceScorer};
use crate::graph::{CooccurrenceOptions, Similarity, cooccurrence_matrix, sentence_graph};
use crate::rank::Graph;

/// The weight `α` of the homogeneous evidence (sentence–sentence,
/// word–word): the paper's `α = β = 0.5` (§4.1.2).
const ALPHA: f64 = 0.5;

/// The weight `β` of the heterogeneous evidence (sentence–word).
const BETA: f64 = 0.5;

/// The iteration stops when the scores of the sentences and words move by
/// less than this in all (the sum of the changes) between two iterations:
/// the paper's 0.0001 (§3.3), which it applies to each score alone (module
/// docs).
const TOLERANCE: f64 = 1e-4;

/// Words are linked when they stand next to each other (stopwords out).
const WORD_WINDOW: usize = 2;

/// The iterative reinforcement scorer.
pub(crate) struct Reinforcement;

impl SentenceScorer for Reinforcement {
    const POSITION_PRIOR: bool = true;

    fn score(doc: &Analysis<'_>, options: &ScorerOptions<'_>) -> Vec<f64> {
        let n = doc.len();
        if n == 0 {
            return Vec::new();
        }
        let sentences = sentence_graph(doc.vectors, Similarity::Cosine);
        let terms = doc.tokens.vocabulary.len();
        let words = cooccurrence_matrix(
            (0..n).map(|i| doc.tokens.terms(i)),
            terms,
            CooccurrenceOptions {
                window: WORD_WINDOW,
            },
        );
        let affinity = sentence_word_affinity(doc, terms);
        reinforce(
            &sentences,
            &words,
            &affinity,
            TOLERANCE,
            options.textrank.max_iterations,
        )
        .0
    }
}

/// `W`: each sentence's content terms with their TF-IDF weights (from the
/// sentence vectors, links left out) over the sum of them, so that a row
/// sums to 1 (or is empty for a sentence without a content term).
fn sentence_word_affinity(doc: &Analysis<'_>, terms: usize) -> Vec<Vec<(usize, f64)>> {
    doc.vectors
        .iter()
        .map(|vector| {
            let mut row: Vec<(usize, f64)> = vector
                .entries
                .iter()
                .filter(|&&(t, _)| (t as usize) < terms)
                .map(|&(t, w)| (t as usize, w))
                .collect();
            let total: f64 = row.iter().map(|&(_, w)| w).sum();
            if total > 0.0 {
                for (_, w) in &mut row {
                    *w /= total;
                }
            }
            row
        })
        .collect()
}

/// `out = α G̃ᵀ x`, where `G̃` is `graph` with each row divided by its sum
/// (`rows`); a row that sums to 0 stays 0 (the paper's equation 2), so a
/// node without a link of this kind passes nothing on.
fn homogeneous_step(graph: &dyn Graph, rows: &[f64], x: &[f64], share: &mut [f64], out: &mut [f64]) {
    for ((s, &xi), &r) in share.iter_mut().zip(x).zip(rows) {
        *s = if r > 0.0 { ALPHA * xi / r } else { 0.0 };
    }
    graph.spread(share, out);
}

/// The saliences `(u, v)` of the reinforcement equations (module docs) on
/// the sentence graph `sentences`, the word graph `words` and the
/// sentence–word affinities `affinity` (one row per sentence, each summing
/// to 1 or empty): from scores of 1, both vectors computed from the previous
/// ones and scaled to sum 1, until the scores move by less than `tolerance`
/// in all, or after `max_iterations`. Each sums to 1 (or is all 0: no sentence has a
/// link or a word); a word that no sentence holds scores 0.
fn reinforce(
    sentences: &dyn Graph,
    words: &dyn Graph,
    affinity: &[Vec<(usize, f64)>],
    tolerance: f64,
    max_iterations: usize,
) -> (Vec<f64>, Vec<f64>) {
    let n = sentences.nodes();
    let m = words.nodes();
    // How much affinity each word has in all (the column sums of W): Ŵ's
    // row normaliser. A word that no sentence holds is not among the
    // document's words.
    let mut held = vec![0.0; m];
    for row in affinity {
        for &(t, w) in row {
            held[t] += w;
        }
    }
    let sentence_rows = sentences.row_sums();
    let word_rows = words.row_sums();
    let mut u = vec![1.0; n];
    let mut v: Vec<f64> = held.iter().map(|&h| if h > 0.0 { 1.0 } else { 0.0 }).collect();
    let (mut next_u, mut next_v) = (vec![0.0; n], vec![0.0; m]);
    let (mut share_u, mut share_v) = (vec![0.0; n], vec![0.0; m]);
    for _ in 0..max_iterations {
        homogeneous_step(sentences, &sentence_rows, &u, &mut share_u, &mut next_u);
        homogeneous_step(words, &word_rows, &v, &mut share_v, &mut next_v);
        for (i, row) in affinity.iter().enumerate() {
            for &(t, w) in row {
                // W̃ᵀ u: the sentence gives its words its salience by W.
                next_v[t] += BETA * w * u[i];
                // Ŵᵀ v: the word gives the sentences that hold it its
                // salience by its column of W, normalised.
                next_u[i] += BETA * w / held[t] * v[t];
            }
        }
        super::scale_to_one(&mut next_u);
        super::scale_to_one(&mut next_v);
        let change = next_u
            .iter()
            .zip(&u)
            .chain(next_v.iter().zip(&v))
            .map(|(a, b)| (a - b).abs())
            .sum::<f64>();
        std::mem::swap(&mut u, &mut next_u);
        std::mem::swap(&mut v, &mut next_v);
        if change < tolerance {
            break;
        }
    }
    (u, v)
}

#[cfg(test)]
mod tests {
    use super::super::{CueWords, TestDoc, test_options};
    use super::*;
    use ndarray::{Array2, array};

    /// One row of `(word, weight)` per sentence.
    type Affinity = Vec<Vec<(usize, f64)>>;

    /// Two sentences linked to each other, two words linked to each other;
    /// sentence 0 holds word 0, sentence 1 holds both words equally. With
    /// α = β = 0.5, Ũ = Ṽ = [[0, 1], [1, 0]], W̃ = W = [[1, 0], [½, ½]] and
    /// Ŵ = Wᵀ with rows normalised = [[⅔, ⅓], [0, 1]] (word 0 is held by
    /// 1 + ½ = 1.5, word 1 by ½).
    fn small_case() -> (Array2<f64>, Array2<f64>, Affinity) {
        let sentences = array![[0.0, 1.0], [1.0, 0.0]];
        let words = array![[0.0, 1.0], [1.0, 0.0]];
        let affinity = vec![vec![(0, 1.0)], vec![(0, 0.5), (1, 0.5)]];
        (sentences, words, affinity)
    }

    #[test]
    fn the_first_iteration_from_scores_of_one_computed_by_hand() {
        let (sentences, words, affinity) = small_case();
        let (u, v) = reinforce(&sentences, &words, &affinity, 0.0, 1);
        // u = 0.5 Ũᵀ(1, 1) + 0.5 Ŵᵀ(1, 1) = (0.5, 0.5) + 0.5 (⅔, ⅓ + 1)
        //   = (⅚, 7/6), scaled to sum 1: (5/12, 7/12);
        // v = 0.5 Ṽᵀ(1, 1) + 0.5 W̃ᵀ(1, 1) = (0.5, 0.5) + 0.5 (1 + ½, ½)
        //   = (5/4, 3/4), scaled: (5/8, 3/8).
        let close = |a: f64, b: f64| (a - b).abs() < 1e-12;
        assert!(close(u[0], 5.0 / 12.0) && close(u[1], 7.0 / 12.0), "{u:?}");
        assert!(close(v[0], 5.0 / 8.0) && close(v[1], 3.0 / 8.0), "{v:?}");
    }

    #[test]
    fn the_fixed_point_of_a_small_case_computed_by_hand() {
        let (sentences, words, affinity) = small_case();
        let (u, v) = reinforce(&sentences, &words, &affinity, 1e-14, 10_000);
        // With u = (a, 1 - a), v = (b, 1 - b):
        //   Ũᵀu = (1 - a, a)          Ŵᵀv = (⅔ b, ⅓ b + 1 - b)
        //   Ṽᵀv = (1 - b, b)          W̃ᵀu = (a + ½ (1 - a), ½ (1 - a))
        // each pair sums to 2, so 0.5 (…) sums to 1 and the scaling is 1:
        //   2a = 1 - a + ⅔ b          2b = 1 - b + a + ½ (1 - a)
        // b = ½ + a/6, 3a = 1 + ⅔ (½ + a/6) = 4/3 + a/9, a = 6/13, b = 15/26.
        let close = |a: f64, b: f64| (a - b).abs() < 1e-9;
        assert!(close(u[0], 6.0 / 13.0) && close(u[1], 7.0 / 13.0), "{u:?}");
        assert!(close(v[0], 15.0 / 26.0) && close(v[1], 11.0 / 26.0), "{v:?}");
        // The sentence that holds both words, and the word both sentences
        // hold, come first.
        assert!(u[1] > u[0] && v[0] > v[1]);
    }

    #[test]
    fn the_iteration_stops_once_the_scores_move_by_less_than_the_tolerance() {
        // The j-th iterate is what j iterations give with no tolerance; the
        // iteration stops at the first j whose iterate moves the sentences'
        // and words' scores by less than 1e-4 in all from the one before.
        let (sentences, words, affinity) = small_case();
        let iterate = |j| reinforce(&sentences, &words, &affinity, 0.0, j);
        let moved = |a: &(Vec<f64>, Vec<f64>), b: &(Vec<f64>, Vec<f64>)| {
            a.0.iter()
                .zip(&b.0)
                .chain(a.1.iter().zip(&b.1))
                .map(|(x, y)| (x - y).abs())
                .sum::<f64>()
        };
        let stop = (1..100)
            .find(|&j| moved(&iterate(j), &iterate(j - 1)) < TOLERANCE)
            .unwrap();
        assert!(stop > 1);
        assert_eq!(reinforce(&sentences, &words, &affinity, TOLERANCE, 100), iterate(stop));
        assert!((iterate(stop).0[0] - 6.0 / 13.0).abs() < 1e-3);
    }

    #[test]
    fn an_isolated_sentence_and_an_unheld_word() {
        // Sentence 2 shares nothing and holds no word; word 2 is in no
        // sentence.
        let sentences = array![[0.0, 1.0, 0.0], [1.0, 0.0, 0.0], [0.0, 0.0, 0.0]];
        let words = array![[0.0, 1.0, 0.0], [1.0, 0.0, 0.0], [0.0, 0.0, 0.0]];
        let affinity = vec![vec![(0, 1.0)], vec![(1, 1.0)], vec![]];
        let (u, v) = reinforce(&sentences, &words, &affinity, TOLERANCE, 100);
        assert!((u.iter().sum::<f64>() - 1.0).abs() < 1e-12);
        assert!((v.iter().sum::<f64>() - 1.0).abs() < 1e-12);
        // Nothing links to the isolated sentence: it scores 0 (no damping),
        // as does the word no sentence holds.
        assert_eq!(u[2], 0.0);
        assert_eq!(v[2], 0.0);
        // Sentences 0 and 1 are alike in every respect.
        assert!((u[0] - 0.5).abs() < 1e-12 && (u[1] - 0.5).abs() < 1e-12, "{u:?}");
    }

    #[test]
    fn sentences_without_links_or_words_score_zero() {
        let none = array![[0.0, 0.0], [0.0, 0.0]];
        let (u, v) = reinforce(&none, &array![[0.0]], &[vec![], vec![]], TOLERANCE, 100);
        assert_eq!(u, vec![0.0, 0.0]);
        assert_eq!(v, vec![0.0]);
    }

    #[test]
    fn the_sentence_holding_the_recurring_words_ranks_first() {
        let doc = TestDoc::new(
            "The storm hit the coast. The storm flooded the coast town. Officials met on Monday.",
        );
        let cue = CueWords::default();
        let scores = Reinforcement::score(&doc.analysis(), &test_options(&cue));
        assert_eq!(scores.len(), 3);
        assert!((scores.iter().sum::<f64>() - 1.0).abs() < 1e-9, "{scores:?}");
        assert!(scores[1] > scores[2] && scores[0] > scores[2], "{scores:?}");
        assert!(Reinforcement::score(&TestDoc::new("").analysis(), &test_options(&cue)).is_empty());
    }
}
