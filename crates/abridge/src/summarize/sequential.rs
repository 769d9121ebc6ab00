//! The methods that pick sentences one after another (SumBasic, KL-Sum):
//! how many picks a budget asks for, and how a pick order becomes scores.
//!
//! Receives the budget, the sentence lengths and a method's picks; knows no
//! method. The shared selection walks sentences by score, so the pick order
//! is turned into scores that fall with it: the `r`-th pick (from 0) scores
//! `1 / (r + 1)`. Sentences never picked score below every pick: their value
//! in the method's last round, scaled into `[0, 1 / (P + 2)]` for `P` picks
//! (all 0 when none has a positive value). The selection then still applies
//! the budget and the redundancy check: a pick it skips gives its place to
//! the next pick, then to the best of the rest.

use super::Budget;

/// When a sequential method stops picking.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct PickLimit {
    sentences: usize,
    words: Option<usize>,
}

impl PickLimit {
    /// The picks `budget` asks for in a document of `n` sentences: as many
    /// sentences as it allows, or, for a word budget, until the picks hold
    /// that many words.
    pub fn new(budget: Budget, n: usize) -> PickLimit {
        match budget {
            Budget::Sentences(k) => PickLimit {
                sentences: k.min(n),
                words: None,
            },
            Budget::Ratio(r) => PickLimit {
                sentences: ((r * n as f64).round() as usize).clamp(1, n.max(1)).min(n),
                words: None,
            },
            Budget::Words(w) => PickLimit {
                sentences: n,
                words: Some(w),
            },
        }
    }

    /// Whether `picks` sentences holding `words` words are enough.
    pub fn reached(&self, picks: usize, words: usize) -> bool {
        picks >= self.sentences || self.words.is_some_and(|limit| words >= limit)
    }
}

/// The scores of `n` sentences from the pick order `picks` and the last
/// round's value of every sentence, `rest` (read for the sentences not
/// picked; values below 0 count as 0).
pub(crate) fn pick_scores(picks: &[usize], rest: &[f64]) -> Vec<f64> {
    let below = 1.0 / (picks.len() + 2) as f64;
    let mut picked = vec![false; rest.len()];
    picks.iter().for_each(|&i| picked[i] = true);
    let top = rest
        .iter()
        .zip(&picked)
        .filter(|&(v, &p)| !p && v.is_finite())
        .fold(0.0, |m, (&v, _)| f64::max(m, v));
    let mut scores: Vec<f64> = rest
        .iter()
        .map(|&v| {
            if top > 0.0 && v.is_finite() && v > 0.0 {
                below * v / top
            } else {
                0.0
            }
        })
        .collect();
    for (r, &i) in picks.iter().enumerate() {
        scores[i] = 1.0 / (r + 1) as f64;
    }
    scores
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picks_come_first_in_their_order_and_the_rest_below() {
        // Picks 2 then 0; sentence 1 had 0.5 and 3 had 1.0 (the top) in the
        // last round: 3 gets 1/4, 1 gets 1/8.
        let got = pick_scores(&[2, 0], &[9.0, 0.5, 9.0, 1.0]);
        assert_eq!(got, vec![0.5, 0.125, 1.0, 0.25]);
        assert_eq!(pick_scores(&[1], &[-1.0, 0.0]), vec![0.0, 1.0]);
    }

    #[test]
    fn the_limit_follows_the_budget() {
        let sentences = PickLimit::new(Budget::Sentences(3), 10);
        assert!(!sentences.reached(2, 1000));
        assert!(sentences.reached(3, 0));
        assert!(PickLimit::new(Budget::Sentences(3), 2).reached(2, 0));
        assert!(PickLimit::new(Budget::Ratio(0.25), 10).reached(3, 0));
        assert!(!PickLimit::new(Budget::Ratio(0.25), 10).reached(2, 0));
        let words = PickLimit::new(Budget::Words(50), 10);
        assert!(!words.reached(4, 49));
        assert!(words.reached(4, 50));
    }
}
