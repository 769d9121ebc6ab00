//! KL-Sum (Haghighi & Vanderwende 2009, "Exploring content models for
//! multi-document summarization", NAACL, section 3): greedily add the
//! sentence that brings the summary's word distribution closest to the
//! document's, by KL(document ‖ summary).
//!
//! - Distributions over the content terms (stems, stopwords out): `P(w)`
//!   is the document's, `Q(w)` the summary's, smoothed so that a word the
//!   summary lacks costs a finite amount: `Q(w) = (c(w) + α) / (N + αV)`,
//!   with `c(w)` the summary's count, `N` its content words, `V` the
//!   document's vocabulary and α = [`ALPHA`] = 1: add-one (Laplace)
//!   smoothing, the textbook choice (the paper does not give its own). On
//!   the public sets add-one also beat α = 0.1 and 0.01 on both (README.md:
//!   smaller α makes a missing word so costly that short sentences win).
//! - A step adds the unpicked sentence with content words that minimises
//!   `KL(P ‖ Q)`; ties go to the earlier sentence. Since
//!   `KL = Σ P log P − Σ P log(c + α) + log(N + αV)`, the change a sentence
//!   brings needs only its own words, so a step costs one pass over the
//!   words of the document.
//! - It stops when the budget is reached. The pick order is the ranking
//!   ([`super::sequential`]); the sentences never picked rank below, by
//!   how much they would have lowered KL in one more step (their change,
//!   shifted so that the worst is 0). No lead bias.

use super::sequential::{PickLimit, pick_scores};
use super::{Analysis, ScorerOptions, SentenceScorer};

/// The additive smoothing of the summary's distribution.
pub(crate) const ALPHA: f64 = 1.0;

/// The KL-Sum scorer.
pub(crate) struct KlSum;

impl SentenceScorer for KlSum {
    const POSITION_PRIOR: bool = false;

    fn score(doc: &Analysis<'_>, options: &ScorerOptions<'_>) -> Vec<f64> {
        let n = doc.len();
        let counts = doc.term_counts();
        let total: u32 = counts.iter().sum();
        if total == 0 {
            return vec![0.0; n];
        }
        let p: Vec<f64> = counts
            .iter()
            .map(|&c| f64::from(c) / f64::from(total))
            .collect();
        let sentences: Vec<Vec<(u32, u32)>> = (0..n).map(|i| doc.sentence_term_counts(i)).collect();
        let vocabulary = counts.iter().filter(|&&c| c > 0).count() as f64;
        let mut summary = Greedy {
            p: &p,
            c: vec![0.0; p.len()],
            length: 0.0,
            smoothing: ALPHA * vocabulary,
        };
        let limit = PickLimit::new(options.budget, n);
        let mut picked = vec![false; n];
        let mut picks = Vec::new();
        let mut words = 0;
        let mut gains = vec![f64::NEG_INFINITY; n];
        loop {
            for (i, terms) in sentences.iter().enumerate() {
                gains[i] = if picked[i] || terms.is_empty() {
                    f64::NEG_INFINITY
                } else {
                    summary.gain(terms)
                };
            }
            if limit.reached(picks.len(), words) {
                break;
            }
            let mut best: Option<usize> = None;
            for i in 0..n {
                if gains[i] > f64::NEG_INFINITY && best.is_none_or(|b| gains[i] > gains[b]) {
                    best = Some(i);
                }
            }
            let Some(best) = best else { break };
            picked[best] = true;
            picks.push(best);
            words += doc.words(best);
            summary.add(&sentences[best]);
        }
        let worst = gains
            .iter()
            .copied()
            .filter(|g| g.is_finite())
            .fold(f64::INFINITY, f64::min);
        let rest: Vec<f64> = gains
            .iter()
            .map(|&g| if g.is_finite() { g - worst } else { 0.0 })
            .collect();
        pick_scores(&picks, &rest)
    }
}

/// The summary being built, as KL-Sum needs it.
struct Greedy<'a> {
    /// The document's distribution.
    p: &'a [f64],
    /// The summary's count of each term.
    c: Vec<f64>,
    /// The summary's content words, `N`.
    length: f64,
    /// `αV`.
    smoothing: f64,
}

impl Greedy<'_> {
    /// How much `KL(P ‖ Q)` falls when the sentence of `terms` (term,
    /// count) joins the summary: `Σ_w P(w) [log(c + a + α) − log(c + α)]
    /// − log(N + L + αV) + log(N + αV)`.
    fn gain(&self, terms: &[(u32, u32)]) -> f64 {
        let mut added = 0.0;
        let mut gain = 0.0;
        for &(t, a) in terms {
            let (t, a) = (t as usize, f64::from(a));
            added += a;
            gain += self.p[t] * ((self.c[t] + a + ALPHA).ln() - (self.c[t] + ALPHA).ln());
        }
        gain - (self.length + added + self.smoothing).ln() + (self.length + self.smoothing).ln()
    }

    fn add(&mut self, terms: &[(u32, u32)]) {
        for &(t, a) in terms {
            self.c[t as usize] += f64::from(a);
            self.length += f64::from(a);
        }
    }

    /// `KL(P ‖ Q)` computed in full, for the tests.
    #[cfg(test)]
    fn divergence(&self) -> f64 {
        self.p
            .iter()
            .zip(&self.c)
            .filter(|&(&p, _)| p > 0.0)
            .map(|(&p, &c)| {
                let q = (c + ALPHA) / (self.length + self.smoothing);
                p * (p / q).ln()
            })
            .sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::summarize::{Budget, CueWords, TestDoc, test_options};

    #[test]
    fn the_gain_is_the_fall_of_the_divergence() {
        // P over 3 terms: 1/2, 1/4, 1/4.
        let p = [0.5, 0.25, 0.25];
        let mut g = Greedy {
            p: &p,
            c: vec![0.0; 3],
            length: 0.0,
            smoothing: ALPHA * 3.0,
        };
        let before = g.divergence();
        let sentence = [(0, 2), (2, 1)];
        let gain = g.gain(&sentence);
        g.add(&sentence);
        assert!((before - g.divergence() - gain).abs() < 1e-12);
        // By hand (α = 1): Q = (3, 1, 2) / 6; KL = Σ p ln(p / q).
        let q = [3.0 / 6.0, 1.0 / 6.0, 2.0 / 6.0];
        let kl: f64 = p.iter().zip(q).map(|(p, q)| p * (p / q).ln()).sum();
        assert!((g.divergence() - kl).abs() < 1e-12);
    }

    #[test]
    fn the_greedy_step_follows_the_hand_computed_gains() {
        // P: wind 3/7, snow 2/7, ice 1/7, fog 1/7; V = 4, αV = 4.
        // Step 1, gain = Σ P ln(a + 1) − ln((L + 4) / 4):
        //   s0 {wind, snow}: (5/7) ln 2 − ln 1.5 = 0.090 (s3 ties; s0 is first)
        //   s1 {wind}:       (3/7) ln 2 − ln 1.25 = 0.074
        //   s2 {ice, fog}:   (2/7) ln 2 − ln 1.5 = −0.207
        // Step 2 (c: wind 1, snow 1, N = 2), gain = Σ P ln((c + a + 1) /
        // (c + 1)) − ln((N + L + 4) / (N + 4)):
        //   s1: (3/7) ln 1.5 − ln(7/6) = 0.020
        //   s3: (5/7) ln 1.5 − ln(8/6) = 0.002
        //   s2: (2/7) ln 2 − ln(8/6) = −0.090
        let doc = TestDoc::new("Wind snow. Wind. Ice fog. Wind snow.");
        let cue = CueWords::default();
        let options = ScorerOptions {
            budget: Budget::Sentences(2),
            ..test_options(&cue)
        };
        let got = KlSum::score(&doc.analysis(), &options);
        assert_eq!(got[0], 1.0, "{got:?}");
        assert_eq!(got[1], 0.5, "{got:?}");
        // The rest, by their step-3 gains: s3 above s2.
        assert!(got[3] > got[2] && got[3] < 0.5, "{got:?}");
        let p = [3.0 / 7.0, 2.0 / 7.0, 1.0 / 7.0, 1.0 / 7.0];
        let mut g = Greedy {
            p: &p,
            c: vec![0.0; 4],
            length: 0.0,
            smoothing: 4.0,
        };
        let s0 = [(0, 1), (1, 1)];
        let want = (5.0 / 7.0) * 2f64.ln() - 1.5f64.ln();
        assert!((g.gain(&s0) - want).abs() < 1e-12);
        g.add(&s0);
        let want = (3.0 / 7.0) * 1.5f64.ln() - (7.0f64 / 6.0).ln();
        assert!((g.gain(&[(0, 1)]) - want).abs() < 1e-12);
    }
}
