//! The RAKE keyword method ([`KeywordMethod::Rake`]).
//!
//! This file owns RAKE's candidates and scores. It receives the document's
//! [`KeywordInput`] and returns candidates of its own and one score per
//! candidate. It must not know how the shared candidates are found, nor how
//! keywords are ranked and cut.
//!
//! Method: Rapid Automatic Keyword Extraction (Rose, Engel, Cramer & Cowley
//! 2010, "Automatic keyword extraction from individual documents").
//! - **Candidates.** The text is cut at every stopword and every
//!   punctuation mark; each maximal run of the words left is a candidate
//!   phrase, however long (the paper sets no limit).
//! - **Word scores.** Over the candidate occurrences, `freq(w)` is the number
//!   of times `w` occurs in a candidate and `deg(w)` the sum of the lengths
//!   (in words) of the candidates it occurs in, one term per occurrence: the
//!   row sum of the paper's word co-occurrence matrix. A word scores
//!   `deg(w) / freq(w)`, the paper's recommended metric.
//! - **Candidate scores.** The sum of its words' scores, one per word.
//!
//! Deviations, each for a reason:
//! - The stopwords are the language's (abridge's own lists; the paper used
//!   Fox's list, rake-nltk NLTK's), so RAKE runs in every language abridge
//!   knows. Numbers and lone letters end a phrase too (rake-nltk keeps
//!   numbers as words: "2001" is rarely a keyword).
//! - Words are identified by stem, as everywhere in abridge (rake-nltk by
//!   lowercase form), and a hyphen joins rather than cuts ("two-dimensional"
//!   stays one compound).
//! - The paper's adjoining keywords ("axis of evil", two keywords joined by a
//!   stopword twice in the text) are left out, as rake-nltk does.
//! - The shared filter's covered-word rule does not apply: RAKE ranks its
//!   phrases as they are.
//!
//! [`KeywordMethod::Rake`]: super::KeywordMethod::Rake

use super::candidates::{Candidates, CandidatesBuilder};
use super::{CandidateScorer, KeywordInput};
use crate::text::{TermId, Token};
use std::ops::Range;

/// RAKE: stopword-delimited phrases scored by degree over frequency.
pub(super) struct Rake;

impl CandidateScorer for Rake {
    fn candidates(&self, input: &KeywordInput<'_>) -> Candidates {
        let mut builder = CandidatesBuilder::new(input);
        let mut key = Vec::new();
        for (s, sequence) in input.sequences.iter().enumerate() {
            let mut start: Option<usize> = None;
            for (i, token) in sequence.iter().enumerate() {
                let joins = start.is_some()
                    && token.term.is_some()
                    && !token.break_before
                    && !sequence[i - 1].possessive;
                if let Some(first) = start.filter(|_| !joins) {
                    push(&mut builder, &mut key, s, sequence, first..i);
                    start = None;
                }
                if start.is_none() && token.term.is_some() {
                    start = Some(i);
                }
            }
            if let Some(first) = start {
                push(&mut builder, &mut key, s, sequence, first..sequence.len());
            }
        }
        builder.finish()
    }

    fn score(&self, input: &KeywordInput<'_>, candidates: &Candidates) -> Vec<f64> {
        let word_scores = word_scores(input.terms(), candidates);
        candidates
            .list
            .iter()
            .map(|c| c.terms.iter().map(|&t| word_scores[t as usize]).sum())
            .collect()
    }

    fn skips_covered_words(&self) -> bool {
        false
    }
}

/// Adds the phrase at `tokens` of sequence `s`, keyed by its words' terms.
fn push(
    builder: &mut CandidatesBuilder,
    key: &mut Vec<TermId>,
    s: usize,
    sequence: &[Token],
    tokens: Range<usize>,
) {
    key.clear();
    key.extend(sequence[tokens.clone()].iter().filter_map(|t| t.term));
    builder.push(s, tokens, key);
}

/// `deg(w) / freq(w)` for each term id (0 for a term in no candidate).
fn word_scores(terms: usize, candidates: &Candidates) -> Vec<f64> {
    let mut degree = vec![0.0; terms];
    let mut frequency = vec![0.0; terms];
    for candidate in &candidates.list {
        let occurrences = candidate.count() as f64;
        let length = candidate.terms.len() as f64;
        for &term in candidate.terms {
            degree[term as usize] += length * occurrences;
            frequency[term as usize] += occurrences;
        }
    }
    degree
        .iter()
        .zip(&frequency)
        .map(|(&d, &f)| if f > 0.0 { d / f } else { 0.0 })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keywords::KeywordOptions;
    use crate::keywords::tests::Document;

    #[test]
    fn phrases_are_cut_at_stopwords_and_punctuation() {
        let text = "Compatibility of linear constraints, natural numbers and FAW's trucks.";
        let doc = Document::new(text, KeywordOptions::default());
        let input = doc.input();
        let candidates = Rake.candidates(&input);
        let shown: Vec<&str> = candidates
            .occurrences
            .iter()
            .map(|o| o.span(&input).slice(text))
            .collect();
        assert_eq!(
            shown,
            [
                "Compatibility",
                "linear constraints",
                "natural numbers",
                "FAW",
                "trucks"
            ]
        );
    }

    #[test]
    fn scores_are_degree_over_frequency_summed() {
        // Phrases: "linear constraints" (twice), "natural numbers",
        // "linear algebra".
        // freq: linear 3, constraints 2, natural 1, numbers 1, algebra 1.
        // deg:  linear 2+2+2 = 6, constraints 4, natural 2, numbers 2,
        //       algebra 2.
        // Scores: linear 2, constraints 2, natural 2, numbers 2, algebra 2;
        // phrases: 4, 4, 4 (ties keep document order).
        let text = "Linear constraints. Natural numbers. Linear constraints. Linear algebra.";
        let doc = Document::new(text, KeywordOptions::default());
        let input = doc.input();
        let candidates = Rake.candidates(&input);
        assert_eq!(candidates.list.len(), 3);
        assert_eq!(Rake.score(&input, &candidates), [4.0, 4.0, 4.0]);
        // A longer phrase beside a short one: "solar power plants" (once),
        // "plants" (twice). deg(plants) = 3 + 1 + 1 = 5, freq 3: 5/3;
        // solar and power: 3/1 each.
        let text = "Solar power plants. Plants. Plants.";
        let doc = Document::new(text, KeywordOptions::default());
        let input = doc.input();
        let candidates = Rake.candidates(&input);
        let scores = Rake.score(&input, &candidates);
        assert!((scores[0] - (3.0 + 3.0 + 5.0 / 3.0)).abs() < 1e-12, "{scores:?}");
        assert!((scores[1] - 5.0 / 3.0).abs() < 1e-12, "{scores:?}");
    }
}
