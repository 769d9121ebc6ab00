//! The PositionRank keyword method ([`KeywordMethod::PositionRank`]).
//!
//! This file owns PositionRank's position prior. It receives the document's
//! [`KeywordInput`] and the shared [`Candidates`], and returns one score per
//! candidate. It must not know how candidates are found, ranked or cut.
//!
//! Method: PositionRank (Florescu & Caragea 2017, "PositionRank: An
//! unsupervised approach to keyphrase extraction from scholarly documents",
//! ACL), as the paper defines it:
//! - **Graph**: SingleRank's (`singlerank.rs`): nouns and adjectives linked
//!   within a window of 10 words, weighed by how often.
//! - **Prior**: a word's teleport probability is the sum of `1 / p` over its
//!   occurrences, `p` its position among the document's words from 1, then
//!   normalised: a word met early and often gets more.
//! - **Rank**: PageRank with damping 0.85 and that prior as teleport vector;
//!   a candidate scores the sum of its words' scores.
//!
//! How the default `textrank` differs: it is built on the same idea but
//! (1) links words within 4 content words of one sentence, stopwords left
//! out; (2) damps the prior to `1 / p^0.3`, which keeps most of the gain on
//! news and loses less on abstracts; (3) weighs each candidate by its count
//! and first position (`count^0.3 · first^-0.15`); and (4) drops a single
//! word a higher-ranked phrase holds.
//!
//! Candidates: SingleRank's noun phrases (`singlerank.rs`: the shared
//! noun-phrase runs cut at an `-ing` verb inside them, which is no graph
//! node either) of up to 3 words, the paper's limit; a longer one gives none
//! (where there is no part-of-speech lexicon, the shared rule). Deviation: a run is any sequence of nouns and
//! adjectives, where the paper asks for adjectives then nouns. On DUC-2001
//! the paper's 3 words gave 26.59 F1@10 against 24.58 with the other graph
//! methods' 5 (Inspec 28.83 against 29.68).
//!
//! [`KeywordMethod::PositionRank`]: super::KeywordMethod::PositionRank

use super::candidates::Candidates;
use super::singlerank::{WINDOW, node_positions, noun_phrases, sum_word_scores, word_graph};
use super::{CandidateScorer, KeywordInput};
use crate::rank::{TextRankOptions, textrank};

/// The longest candidate, in words (the paper's noun phrases of up to 3).
const MAX_WORDS: usize = 3;

/// PositionRank: PageRank on the word graph, teleporting to early words.
pub(super) struct PositionRank;

impl CandidateScorer for PositionRank {
    fn candidates(&self, input: &KeywordInput<'_>) -> Candidates {
        noun_phrases(input, MAX_WORDS)
    }

    fn score(&self, input: &KeywordInput<'_>, candidates: &Candidates) -> Vec<f64> {
        let graph = word_graph(input, WINDOW);
        let prior = position_prior(input);
        let scores = textrank(&graph, Some(&prior), &TextRankOptions::default());
        sum_word_scores(&scores, candidates)
    }

    fn skips_covered_words(&self) -> bool {
        false
    }
}

/// For each term id, the sum of `1 / position` over the occurrences of the
/// graph's words (positions from 1); `textrank` normalises it.
fn position_prior(input: &KeywordInput<'_>) -> Vec<f64> {
    let mut prior = vec![0.0; input.terms()];
    for (position, term) in node_positions(input) {
        prior[term as usize] += 1.0 / (position + 1) as f64;
    }
    prior
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keywords::KeywordOptions;
    use crate::keywords::tests::Document;

    #[test]
    fn the_prior_sums_inverse_positions() {
        // Tokens: wind(1) and(2) solar(3) wind(4).
        let doc = Document::new("Wind and solar wind.", KeywordOptions::default());
        let prior = position_prior(&doc.input());
        let at = |stem: &str| prior[doc.tokens.vocabulary.get(stem).expect("a term") as usize];
        assert_eq!(at("wind"), 1.0 + 0.25);
        assert!((at("solar") - 1.0 / 3.0).abs() < 1e-15);
    }

    #[test]
    fn early_words_outrank_late_ones_of_the_same_shape() {
        // Two unlinked pairs of the same shape: the earlier pair scores more.
        let text = "Solar panels. Many of them, and more of them, and still more. Wind turbines.";
        let doc = Document::new(text, KeywordOptions::default());
        let input = doc.input();
        let candidates = PositionRank.candidates(&input);
        let scores = PositionRank.score(&input, &candidates);
        let score = |form: &str| {
            let i = candidates
                .list
                .iter()
                .position(|c| candidates.occurrences[c.occurrences[0] as usize].span(&input).slice(text) == form)
                .expect("a candidate");
            scores[i]
        };
        assert!(score("Solar panels") > score("Wind turbines"));
    }

}
