//! Lead: the first sentences of the document, the baseline editors use and
//! the DUC evaluations report (Nenkova 2005, "Automatic text summarization
//! of newswire: lessons learned from the Document Understanding Conference").
//!
//! Receives only the number of sentences: sentence `i` of `n` scores
//! `(n - i) / (n (n + 1) / 2)`, so the scores fall with position and sum to
//! 1, and the shared selection takes the first sentences that fit the
//! budget. The selection's redundancy check still applies: a lead sentence
//! repeated word for word later is taken once. No lead bias is added: the
//! method is all position.

use super::{Analysis, ScorerOptions, SentenceScorer};

/// The lead baseline.
pub(crate) struct Lead;

impl SentenceScorer for Lead {
    const POSITION_PRIOR: bool = false;

    fn score(doc: &Analysis<'_>, _options: &ScorerOptions<'_>) -> Vec<f64> {
        let n = doc.len();
        let total = (n * (n + 1) / 2) as f64;
        (0..n).map(|i| (n - i) as f64 / total).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::SparseVector;
    use crate::summarize::{Budget, CueWords, SelectOptions, TestDoc, select, test_options};

    fn scores(n: usize) -> Vec<f64> {
        let text = "Word here. ".repeat(n);
        let doc = TestDoc::new(&text);
        Lead::score(&doc.analysis(), &test_options(&CueWords::default()))
    }

    #[test]
    fn scores_fall_with_position_and_sum_to_one() {
        // n = 4: 4/10, 3/10, 2/10, 1/10.
        let got = scores(4);
        for (got, want) in got.iter().zip([0.4, 0.3, 0.2, 0.1]) {
            assert!((got - want).abs() < 1e-12, "{got}");
        }
        assert!(scores(0).is_empty());
    }

    #[test]
    fn the_selection_takes_the_first_sentences() {
        let scores = scores(6);
        let options = SelectOptions {
            budget: Budget::Sentences(3),
            ..SelectOptions::default()
        };
        // Six sentences without a shared term: no two are alike.
        let vectors: Vec<SparseVector> = (0..6)
            .map(|t| SparseVector {
                entries: vec![(t, 1.0)],
            })
            .collect();
        let chosen = select(&scores, &[10; 6], &vectors, &options);
        assert_eq!(chosen, [0, 1, 2]);
    }
}
