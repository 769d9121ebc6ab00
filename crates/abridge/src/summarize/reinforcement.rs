//! Iterative reinforcement of sentences and words (Wan, Yang & Xiao 2007,
//! "Towards an Iterative Reinforcement Approach for Simultaneous Document
//! Summarization and Keyword Extraction", ACL, §3): sentence and word
//! saliences computed together, each from its own kind and from the other.
//!
//! Three graphs over the document's sentences `s` and content words `t`:
//!
//! - sentence–sentence `U`: the cosine of the sentences' TF-IDF vectors (the
//!   paper's tf·isf cosine: the idf is fit on the document's own sentences,
//!   unless `--idf` gives a corpus model), no self-loops; `Ũ` is `U` with
//!   each row divided by its sum;
//! - word–word `V`: here, how often two words occur next to each other in a
//!   sentence (stopwords out, TextRank's window of 2, `graph::cooccurrence`);
//!   `Ṽ` is `V` row-normalised;
//! - sentence–word `W`: `W_ij` is word `j`'s TF-IDF weight in sentence `i`
//!   over the sum of the weights of the sentence's words. `W̃` = `W` (its
//!   rows sum to 1 already) carries a sentence's salience to its words;
//!   `Ŵ`, `Wᵀ` row-normalised, carries a word's salience to the sentences
//!   that hold it.
//!
//! The saliences `u` (sentences) and `v` (words) are the fixed point of
//!
//! ```text
//! u = α Ũᵀ u + β Ŵᵀ v        v = α Ṽᵀ v + β W̃ᵀ u
//! ```
//!
//! (a sentence is salient when salient sentences link to it and it holds
//! salient words; a word is salient when salient words link to it and
//! salient sentences hold it), reached by iterating both equations from
//! uniform vectors and scaling `u` and `v` to sum 1 after each step, until
//! the L1 change of both is below the power iteration's tolerance (1e-6) or
//! after its iteration cap (100). Only the ratio `β / α` matters, as both
//! vectors are rescaled every step; `α = β = 1`, the two kinds of evidence
//! alike, was set before measuring and kept (docs/results.md has β from 0.25
//! to 2).
//!
//! The paper's text was not at hand when this was written: the equations
//! above are the method as its authors' §3 is known to the writer, and the
//! two normalisations of `W` and the constants should be checked against it.
//!
//! Deviations, each for a reason:
//! - The paper's word–word affinity is a semantic similarity, from WordNet
//!   or from co-occurrence statistics of a large corpus. abridge has no such
//!   resource for most of its languages, so the words are linked as
//!   TextRank links them for keyword extraction (Mihalcea & Tarau 2004):
//!   adjacency in the document itself, which every language has.
//! - The two homogeneous walks are damped as PageRank is, with TextRank's
//!   damping (`Config::textrank`, 0.85): `Ũᵀ u` becomes `d Ũᵀ u + (1 - d) / n`,
//!   and a sentence or word with no link of its own kind passes its mass on
//!   uniformly (PageRank's dangling nodes). Without it a sentence that
//!   shares no word with another would keep only what its words give it,
//!   and the iteration need not converge on a graph of several components.
//! - As a graph method whose scores are a distribution, it takes abridge's
//!   lead bias after ranking (`POSITION_PRIOR`), as TextRank and LexRank do;
//!   the paper has no position prior (`--position-bias 0` removes it).
//! - Above 1,000 sentences the cosine graph is the factored one (`graph`),
//!   so that a step costs the non-zeros of the three graphs, not n².
//!
//! The word saliences `v` are computed (the sentences need them) but not
//! returned: abridge's keywords come from the keyword methods.
//!
//! Measured (docs/results.md, 2026-12-01, sixth round), ROUGE-1 on BBC /
//! DUC / LCSTS / OrangeSum / TeMário / EASC: 81.30 / 46.59 / 28.34 / 26.11 /
//! 45.79 / 65.17 against TextRank's 83.38 / 46.83 / 29.23 / 25.88 / 45.72 /
//! 65.20.

use super::{Analysis, ScorerOptions, SentenceScorer};
use crate::graph::{CooccurrenceOptions, Similarity, cooccurrence_matrix, sentence_graph};
use crate::rank::{Graph, TextRankOptions};

/// The weight `α` of the homogeneous evidence (sentence–sentence,
/// word–word).
const ALPHA: f64 = 1.0;

/// The weight `β` of the heterogeneous evidence (sentence–word).
const BETA: f64 = 1.0;

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
        reinforce(&sentences, &words, &affinity, &options.textrank).0
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

/// One damped step of the walk on `graph` restricted to `live` nodes:
/// `out = d Gᵀ (x / rows) + (d D + (1 - d) Σx) / |live|` on each live node,
/// where `D` is the mass of the live nodes without an edge.
fn damped_step(
    graph: &dyn Graph,
    rows: &[f64],
    live: &[bool],
    x: &[f64],
    damping: f64,
    share: &mut [f64],
    out: &mut [f64],
) {
    let mut dangling = 0.0;
    let mut mass = 0.0;
    for (((s, &xi), &r), &l) in share.iter_mut().zip(x).zip(rows).zip(live) {
        *s = 0.0;
        if !l {
            continue;
        }
        mass += xi;
        if r > 0.0 {
            *s = xi / r;
        } else {
            dangling += xi;
        }
    }
    graph.spread(share, out);
    let count = live.iter().filter(|&&l| l).count().max(1) as f64;
    let spread = (damping * dangling + (1.0 - damping) * mass) / count;
    for (o, &l) in out.iter_mut().zip(live) {
        *o = if l { damping * *o + spread } else { 0.0 };
    }
}

/// Divides `x` by its sum (left as it is when the sum is 0).
fn scale_to_one(x: &mut [f64]) {
    let total: f64 = x.iter().sum();
    if total > 0.0 {
        for v in x {
            *v /= total;
        }
    }
}

/// The fixed point `(u, v)` of the reinforcement equations (module docs) on
/// the sentence graph `sentences`, the word graph `words` and the
/// sentence–word affinities `affinity` (one row per sentence, each summing
/// to 1 or empty). Each sums to 1; a word that no sentence holds scores 0.
fn reinforce(
    sentences: &dyn Graph,
    words: &dyn Graph,
    affinity: &[Vec<(usize, f64)>],
    options: &TextRankOptions,
) -> (Vec<f64>, Vec<f64>) {
    let n = sentences.nodes();
    let m = words.nodes();
    // How much affinity each word has in all (the column sums of W): Ŵ's
    // row normaliser. A word that no sentence holds takes no part.
    let mut held = vec![0.0; m];
    for row in affinity {
        for &(t, w) in row {
            held[t] += w;
        }
    }
    let live_words: Vec<bool> = held.iter().map(|&h| h > 0.0).collect();
    let live_sentences = vec![true; n];
    let sentence_rows = sentences.row_sums();
    let word_rows = words.row_sums();
    let live_count = live_words.iter().filter(|&&l| l).count();
    let mut u = vec![1.0 / n as f64; n];
    let mut v: Vec<f64> = live_words
        .iter()
        .map(|&l| if l { 1.0 / live_count as f64 } else { 0.0 })
        .collect();
    let (mut next_u, mut next_v) = (vec![0.0; n], vec![0.0; m]);
    let (mut share_u, mut share_v) = (vec![0.0; n], vec![0.0; m]);
    let damping = options.damping;
    for _ in 0..options.max_iterations {
        damped_step(sentences, &sentence_rows, &live_sentences, &u, damping, &mut share_u, &mut next_u);
        damped_step(words, &word_rows, &live_words, &v, damping, &mut share_v, &mut next_v);
        for x in next_u.iter_mut().chain(next_v.iter_mut()) {
            *x *= ALPHA;
        }
        for (i, row) in affinity.iter().enumerate() {
            for &(t, w) in row {
                // W̃ᵀ u: the sentence gives its words its salience by W.
                next_v[t] += BETA * w * u[i];
                // Ŵᵀ v: the word gives the sentences that hold it its
                // salience by its column of W, normalised.
                next_u[i] += BETA * w / held[t] * v[t];
            }
        }
        scale_to_one(&mut next_u);
        scale_to_one(&mut next_v);
        let change: f64 = next_u
            .iter()
            .zip(&u)
            .chain(next_v.iter().zip(&v))
            .map(|(a, b)| (a - b).abs())
            .sum();
        std::mem::swap(&mut u, &mut next_u);
        std::mem::swap(&mut v, &mut next_v);
        if change < options.tolerance {
            break;
        }
    }
    (u, v)
}

#[cfg(test)]
mod tests {
    use super::super::{CueWords, TestDoc, test_options};
    use super::*;
    use ndarray::array;

    /// Two sentences linked to each other, two words linked to each other;
    /// sentence 0 holds word 0, sentence 1 holds both words equally.
    #[test]
    fn the_fixed_point_of_a_small_case_computed_by_hand() {
        let sentences = array![[0.0, 1.0], [1.0, 0.0]];
        let words = array![[0.0, 1.0], [1.0, 0.0]];
        let affinity = vec![vec![(0, 1.0)], vec![(0, 0.5), (1, 0.5)]];
        let options = TextRankOptions {
            tolerance: 1e-12,
            max_iterations: 1000,
            ..TextRankOptions::default()
        };
        let (u, v) = reinforce(&sentences, &words, &affinity, &options);
        // With u = (a, 1 - a), v = (b, 1 - b), d = 0.85, α = β = 1, and
        // word 0 held by 1 + 0.5 = 1.5, word 1 by 0.5 (Ŵ's normalisers):
        //   Ũᵀu = (0.85 (1 - a) + 0.075, 0.85 a + 0.075)
        //   Ŵᵀv = (b / 1.5, 0.5 b / 1.5 + (1 - b))
        //   Ṽᵀv = (0.85 (1 - b) + 0.075, 0.85 b + 0.075)
        //   W̃ᵀu = (a + 0.5 (1 - a), 0.5 (1 - a))
        // each pair sums to 2 and is halved, so
        //   2a = 0.925 - 0.85 a + 2b/3      2b = 1.425 - 0.85 b + 0.5 a
        // b = (1.425 + 0.5 a) / 2.85, and
        // a = (0.925 + (2/3) 1.425 / 2.85) / (2.85 - (2/3) 0.5 / 2.85).
        let a: f64 = (0.925 + (2.0 / 3.0) * 1.425 / 2.85) / (2.85 - (2.0 / 3.0) * 0.5 / 2.85);
        let b = (1.425 + 0.5 * a) / 2.85;
        assert!((a - 0.460_415_1).abs() < 1e-7, "{a}");
        assert!((u[0] - a).abs() < 1e-9, "{u:?}");
        assert!((u[1] - (1.0 - a)).abs() < 1e-9, "{u:?}");
        assert!((v[0] - b).abs() < 1e-9, "{v:?}");
        assert!((v[1] - (1.0 - b)).abs() < 1e-9, "{v:?}");
        // The sentence that holds both words, and the word both sentences
        // hold, come first.
        assert!(u[1] > u[0] && v[0] > v[1]);
    }

    #[test]
    fn an_isolated_sentence_and_an_unheld_word() {
        // Sentence 2 shares nothing; word 2 is in no sentence.
        let sentences = array![[0.0, 1.0, 0.0], [1.0, 0.0, 0.0], [0.0, 0.0, 0.0]];
        let words = array![[0.0, 1.0, 0.0], [1.0, 0.0, 0.0], [0.0, 0.0, 0.0]];
        let affinity = vec![vec![(0, 1.0)], vec![(1, 1.0)], vec![]];
        let (u, v) = reinforce(&sentences, &words, &affinity, &TextRankOptions::default());
        assert!((u.iter().sum::<f64>() - 1.0).abs() < 1e-12);
        assert!((v.iter().sum::<f64>() - 1.0).abs() < 1e-12);
        assert_eq!(v[2], 0.0);
        // The isolated sentence keeps the teleport and the dangling share
        // of its own kind only, and holds no word: it comes last.
        assert!(u[2] > 0.0 && u[2] < u[0] && u[2] < u[1], "{u:?}");
        // Sentences 0 and 1 are alike in every respect.
        assert!((u[0] - u[1]).abs() < 1e-9, "{u:?}");
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
