//! The TextRank keyword method ([`KeywordMethod::TextRank`], the default).
//!
//! This file owns the word scores of TextRank for keywords (Mihalcea & Tarau
//! 2004, section 3) and the position prior it is run with. It receives the
//! document's [`KeywordInput`] and the shared [`Candidates`], and returns one
//! score per candidate through the shared `word_sums::weigh_word_sums`. It must not
//! know how candidates are found, ranked or cut.
//!
//! Method:
//! - **Graph.** Words are linked when they occur within
//!   [`KeywordOptions::cooccurrence`] words of each other in one sentence
//!   (stopwords left out), weighed by how often they do (SingleRank, Wan &
//!   Xiao 2008): [`cooccurrence_matrix`].
//! - **Rank.** PageRank by power iteration ([`textrank_with_prior`]), damping 0.85 as in
//!   the paper, stopping when the L1 change falls below
//!   [`KeywordOptions::textrank`]'s tolerance (1e-4; see there why).
//! - **Prior.** The teleport vector favours words that occur early
//!   (PositionRank, Florescu & Caragea 2017): a word's prior is the sum over
//!   its occurrences of `1 / position^b`, positions counted in tokens from 1
//!   (title first), `b` = [`KeywordOptions::position_bias`]. The paper's
//!   `b = 1` suits news leads but hurts abstracts; `b = 0.3` keeps most of
//!   the gain on news (DUC-2001, WikiNews) at a small cost on abstracts
//!   (Inspec).
//! - **Specificity** (issue 14). Where the language has a specificity table
//!   (English: WordNet's glosses), a candidate's score is multiplied by the
//!   weight of its most specific word (`specificity.rs`): generic words
//!   ("use", "system") pull a keyword down, specific ones ("network") up.
//!   An addition of abridge's: F1@10 rose on every English set (Inspec
//!   33.97 to 35.39, DUC-2001 29.68 to 30.61, SemEval-2017 28.83 to 30.38,
//!   Nguyen-2007 22.11 to 23.42); on words instead of candidates it rose
//!   less (34.78, 30.46, 30.04, 23.36).
//! - **Compound boost.** On a long document (the nested phrases' threshold)
//!   a candidate of more than one word is multiplied by KP-Miner's boost
//!   (El-Beltagy & Rafea 2009; `compound_boost` in `word_sums.rs`, the
//!   paper's α and σ): Nguyen-2007 23.42 to 23.80, WICC 15.00 to 15.15,
//!   shorter texts untouched.
//! - **Acronyms.** A term the text defines an acronym for ("support vector
//!   machines (SVMs)") counts the acronym's occurrences and word score
//!   (`acronym_definitions` in `word_sums.rs`): SemEval-2017 31.30 to
//!   31.44, Nguyen-2007 25.44 to 25.49, WICC 17.23 to 17.29.
//! - **One concept per slot.** In English the shared filter keeps one of
//!   two nested keywords ("dollar", "dollar gains"), an addition of
//!   abridge's for readers (see `filter.rs`); pke's TextRank lists both.
//!
//! Candidates: the shared ones, with KP-Miner's frequency floor and, on a
//! long document, the phrases inside them (`word_sum_candidates` in
//! `word_sums.rs`, El-Beltagy & Rafea 2009), but none that cuts a
//! hyphenated word and none the text says only inside one longer candidate
//! (C-value's nested terms, Frantzi et al. 2000; Nguyen-2007 24.09 to
//! 24.95).
//!
//! [`KeywordMethod::TextRank`]: super::KeywordMethod::TextRank
//! [`KeywordOptions::cooccurrence`]: super::KeywordOptions::cooccurrence
//! [`KeywordOptions::textrank`]: super::KeywordOptions::textrank
//! [`KeywordOptions::position_bias`]: super::KeywordOptions::position_bias

use super::candidates::{Candidate, Candidates};
use super::specificity;
use super::word_sums::{compound_boost, weigh_word_sums_by, word_sum_candidates};
use super::{CandidateScorer, KeywordInput};
use crate::graph::cooccurrence_matrix;
use crate::rank::textrank_with_prior;
use crate::text::Token;

/// TextRank word scores with a position prior, summed per candidate.
pub(super) struct TextRank;

impl CandidateScorer for TextRank {
    fn cuts_late_candidates(&self) -> bool {
        true
    }

    fn keeps_one_concept_per_slot(&self) -> bool {
        true
    }

    fn candidates(&self, input: &KeywordInput<'_>) -> Candidates {
        word_sum_candidates(input)
    }

    fn word_scores(&self, input: &KeywordInput<'_>) -> Option<Vec<f64>> {
        Some(word_scores(input))
    }

    fn score(&self, input: &KeywordInput<'_>, candidates: &Candidates) -> Vec<f64> {
        let floor = input.frequency_floor();
        let specific = specificity::term_weights(input);
        let boost = compound_boost(candidates, floor);
        let weight = |c: Candidate<'_>| {
            let specific = specific
                .as_deref()
                .map_or(1.0, |w| specificity::phrase_weight(w, c.terms));
            if c.terms.len() > 1 {
                specific * boost
            } else {
                specific
            }
        };
        match &input.word_scores {
            Some(scores) => weigh_word_sums_by(scores, input, candidates, floor, weight),
            None => weigh_word_sums_by(&word_scores(input), input, candidates, floor, weight),
        }
    }
}

/// One TextRank score per term id.
fn word_scores(input: &KeywordInput<'_>) -> Vec<f64> {
    let options = input.options;
    let graph = cooccurrence_matrix(input.term_sequences(), input.terms(), options.cooccurrence);
    let prior = position_prior(&input.sequences, input.terms(), options.position_bias);
    textrank_with_prior(&graph, prior, &options.textrank)
}

/// The PositionRank prior: for each term, the sum of `1 / position^bias`
/// over its occurrences, positions counted in tokens from 1 (title first).
fn position_prior(sequences: &[&[Token]], terms: usize, bias: f64) -> Vec<f64> {
    let mut prior = vec![0.0; terms];
    let kept = POSITION_WEIGHTS.try_with(|cache| {
        let cache = &mut *cache.borrow_mut();
        add_position_weights(sequences, &mut prior, |p| cache.weight(p, bias));
    });
    if kept.is_err() {
        // The thread is exiting and its weights are gone (a thread-local
        // destructor of the caller's is summarizing): compute them.
        add_position_weights(sequences, &mut prior, |p| f64::powf(p as f64, -bias));
    }
    prior
}

/// Adds `weight(position)` to the prior of the term at each position.
fn add_position_weights(
    sequences: &[&[Token]],
    prior: &mut [f64],
    mut weight: impl FnMut(usize) -> f64,
) {
    let tokens = sequences.iter().flat_map(|s| s.iter());
    for (i, token) in tokens.enumerate() {
        if let Some(term) = token.term {
            prior[term as usize] += weight(i + 1);
        }
    }
}

thread_local! {
    /// `position^-bias` for the first positions, kept across documents:
    /// every document needs the same values, and `powf` per token was a
    /// visible cost of a batch.
    static POSITION_WEIGHTS: std::cell::RefCell<PositionWeights> =
        std::cell::RefCell::new(PositionWeights::default());
}

/// Positions beyond this many are computed each time rather than kept.
const KEPT_POSITIONS: usize = 1 << 16;

/// The weights `position^-bias` for positions 1, 2, … of one `bias`.
#[derive(Default)]
struct PositionWeights {
    bias: f64,
    weights: Vec<f64>,
}

impl PositionWeights {
    /// `position^-bias`, exactly as `powf` gives it.
    fn weight(&mut self, position: usize, bias: f64) -> f64 {
        if position > KEPT_POSITIONS {
            return f64::powf(position as f64, -bias);
        }
        if self.bias.to_bits() != bias.to_bits() {
            self.bias = bias;
            self.weights.clear();
        }
        while self.weights.len() < position {
            let next = (self.weights.len() + 1) as f64;
            self.weights.push(f64::powf(next, -bias));
        }
        self.weights[position - 1]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keywords::tests::tokens;

    #[test]
    fn kept_position_weights_equal_powf() {
        let mut cache = PositionWeights::default();
        for bias in [0.3, 0.0, 1.0, 0.3] {
            for position in [1, 2, 7, 1000, 3, KEPT_POSITIONS, KEPT_POSITIONS + 5] {
                let fresh = f64::powf(position as f64, -bias);
                assert_eq!(cache.weight(position, bias).to_bits(), fresh.to_bits());
            }
        }
    }

    #[test]
    fn the_position_prior_sums_the_weights_of_each_occurrence() {
        // Tokens: "Wind"(1) "and"(2) "solar"(3) "wind"(4); "and" has no term.
        let text = "Wind and solar wind";
        let t = tokens(text, &[text]);
        let sequences = [&[][..], t.sentences[0].as_slice()];
        let prior = position_prior(&sequences, t.vocabulary.len(), 1.0);
        let at = |stem: &str| prior[t.vocabulary.get(stem).expect("a term") as usize];
        assert_eq!(at("wind"), 1.0 + 0.25);
        assert!((at("solar") - 1.0 / 3.0).abs() < 1e-15);
    }
}
