//! The TF-IDF keyword method ([`KeywordMethod::TfIdf`]).
//!
//! This file owns the TF-IDF word scores. It receives the document's
//! [`KeywordInput`] and the shared [`Candidates`], and returns one score per
//! candidate through the shared `word_sums::weigh_word_sums`. It must not know how
//! candidates are found, ranked or cut, nor how the idf was fitted.
//!
//! Method: the classic term weighting (Salton & Buckley 1988) with the
//! document as the unit. A word's score is `tf × idf`:
//! - **tf**: the term's count in the document (title included) divided by
//!   the number of term occurrences, so that scores are comparable across
//!   documents of any length;
//! - **idf**: whatever the pipeline's [`TfIdf`] holds: by default the smooth
//!   idf over the document's sentences, `ln((1 + n) / (1 + df)) + 1`, or a
//!   corpus model's. A term seen only in the title has `df = 0` and so the
//!   highest idf.
//!
//! Candidates: the shared ones, with KP-Miner's frequency floor and, on a
//! long document, the phrases inside them (`word_sum_candidates` in
//! `word_sums.rs`, El-Beltagy & Rafea 2009).
//!
//! [`KeywordMethod::TfIdf`]: super::KeywordMethod::TfIdf
//! [`TfIdf`]: crate::model::TfIdf

use super::candidates::Candidates;
use super::word_sums::{weigh_word_sums, word_sum_candidates};
use super::{CandidateScorer, KeywordInput};
use crate::text::TermId;

/// TF-IDF word scores, summed per candidate.
pub(super) struct TfIdf;

impl CandidateScorer for TfIdf {
    fn cuts_late_candidates(&self) -> bool {
        true
    }

    fn keeps_one_concept_per_slot(&self) -> bool {
        true
    }

    fn candidates(&self, input: &KeywordInput<'_>) -> Candidates {
        word_sum_candidates(input)
    }

    fn score(&self, input: &KeywordInput<'_>, candidates: &Candidates) -> Vec<f64> {
        let floor = input.frequency_floor();
        weigh_word_sums(&word_scores(input), input, candidates, floor)
    }
}

/// One TF-IDF score per term id.
fn word_scores(input: &KeywordInput<'_>) -> Vec<f64> {
    let mut tf = vec![0.0; input.terms()];
    for term in input.term_sequences().flatten() {
        tf[term as usize] += 1.0;
    }
    let total: f64 = tf.iter().sum::<f64>().max(1.0);
    tf.iter()
        .enumerate()
        .map(|(t, &count)| count / total * input.idf.idf(t as TermId))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keywords::KeywordOptions;
    use crate::keywords::tests::Document;

    #[test]
    fn word_scores_are_the_share_of_words_times_the_idf() {
        // Four term occurrences in two sentences: "solar" in both (idf 1),
        // "wind" and "power" in one (idf ln(3/2) + 1).
        let doc = Document::new("Solar wind. Solar power.", KeywordOptions::default());
        let scores = word_scores(&doc.input());
        let at = |stem: &str| scores[doc.tokens.vocabulary.get(stem).expect("a term") as usize];
        let rare = 1.5f64.ln() + 1.0;
        assert!((at("solar") - 2.0 / 4.0).abs() < 1e-12);
        assert!((at("wind") - rare / 4.0).abs() < 1e-12);
        assert!((at("power") - rare / 4.0).abs() < 1e-12);
    }
}
