//! Salience: how much of a document's recurring vocabulary each sentence
//! covers, as the restart distribution of TextRank.
//!
//! Receives the analysed document (its sentences' content terms); returns
//! one weight per sentence, a distribution. Knows nothing of graphs,
//! position or selection.
//!
//! Method: Luhn's (1958) significant words, the content terms (stopwords
//! out) that occur at least [`MIN_OCCURRENCES`] times in the document, each
//! weighted by its count in the document; a sentence's coverage is the sum
//! of the weights of the distinct significant terms it holds (a term used
//! twice in one sentence counts once: coverage, not repetition). This is
//! the centroid score of MEAD (Radev, Jing, Styś & Tam 2004, "Centroid-based
//! summarization of multiple documents", §4: a sentence scores the summed
//! centroid values of its words) with the document's own term frequency
//! as the centroid value and Luhn's lower cut-off as its threshold. No idf:
//! the sentence graph already weighs by the document's own sentences, and
//! many languages have no corpus idf table; counts work for all.
//!
//! TextRank takes it as its personalisation (restart) vector, as Biased
//! TextRank (Kazemi et al. 2020) takes a focus: the restart is
//! `(1 - λ) / n + λ c_i / Σ c` with `λ` = [`SALIENCE_WEIGHT`]. Centrality
//! alone cannot tell apart the sentences of a graph where they tie (two
//! sentences, or sentences of equal degree): the lead bias then picks the
//! first; with the salience restart the sentence that covers more of the
//! document's recurring words rises. `λ` was chosen on the six summary sets
//! at once (README.md, "Summary quality"): 0.2 gave, against the uniform
//! restart, BBC 83.41 -> 83.36, DUC 46.80 -> 46.83, LCSTS 28.47 -> 28.82,
//! OrangeSum 25.94 -> 25.88, TeMario 45.68 -> 45.72, EASC 64.93 -> 65.20
//! ROUGE-1; 0.3 and 0.4 moved the same way (LCSTS +0.34, EASC +0.1 to
//! +0.2) with BBC -0.06 to -0.1.

use super::Analysis;

/// Luhn's lower cut-off: a term is significant from this many occurrences
/// in the document.
const MIN_OCCURRENCES: u32 = 2;

/// `λ`: the share of the restart that follows salience; the rest is
/// uniform.
pub(crate) const SALIENCE_WEIGHT: f64 = 0.2;

/// Each sentence's coverage of the document's significant terms: the sum,
/// over its distinct content terms that occur at least [`MIN_OCCURRENCES`]
/// times in the document, of their counts.
pub(crate) fn coverage(doc: &Analysis<'_>) -> Vec<f64> {
    let counts = doc.term_counts();
    // The last sentence each term was counted in: a term once per sentence,
    // without a set per sentence.
    let mut last_seen = vec![usize::MAX; counts.len()];
    (0..doc.len())
        .map(|i| {
            let mut total = 0.0;
            for t in doc.tokens.terms(i) {
                let t = t as usize;
                if last_seen[t] != i {
                    last_seen[t] = i;
                    if counts[t] >= MIN_OCCURRENCES {
                        total += f64::from(counts[t]);
                    }
                }
            }
            total
        })
        .collect()
}

/// The restart distribution `(1 - λ) / n + λ c_i / Σ c` over the sentences
/// of `doc`, `c` their [`coverage`]; uniform when no sentence covers a
/// significant term. Sums to 1 (empty for an empty document).
pub(crate) fn salience_restart(doc: &Analysis<'_>, weight: f64) -> Vec<f64> {
    let n = doc.len();
    let coverage = coverage(doc);
    let total: f64 = coverage.iter().sum();
    let uniform = 1.0 / n as f64;
    coverage
        .iter()
        .map(|&c| {
            if total > 0.0 {
                (1.0 - weight) * uniform + weight * c / total
            } else {
                uniform
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::TestDoc;
    use super::*;

    #[test]
    fn coverage_counts_each_recurring_term_once_per_sentence() {
        // Stems: cat ×3 (s0 twice, s1), dog ×2 (s1, s2), bird, fish once.
        let doc = TestDoc::new("The cat saw a cat. A cat and a dog. The dog ate fish. A bird.");
        let a = doc.analysis();
        // s0: cat (3) once = 3; s1: cat 3 + dog 2 = 5; s2: dog 2 (fish
        // once, not significant); s3: bird once = 0.
        assert_eq!(coverage(&a), [3.0, 5.0, 2.0, 0.0]);
    }

    #[test]
    fn the_restart_mixes_uniform_and_coverage() {
        let doc = TestDoc::new("The cat saw a cat. A cat and a dog. The dog ate fish. A bird.");
        let restart = salience_restart(&doc.analysis(), 0.2);
        // 0.8 / 4 + 0.2 × (3, 5, 2, 0) / 10.
        let expected = [0.26, 0.3, 0.24, 0.2];
        for (got, want) in restart.iter().zip(expected) {
            assert!((got - want).abs() < 1e-12, "{restart:?}");
        }
        assert!((restart.iter().sum::<f64>() - 1.0).abs() < 1e-12);
    }

    #[test]
    fn without_recurring_terms_the_restart_is_uniform() {
        let doc = TestDoc::new("Cats sleep. Dogs bark.");
        assert_eq!(salience_restart(&doc.analysis(), 0.2), [0.5, 0.5]);
    }
}
