//! SumBasic (Nenkova & Vanderwende 2005, "The impact of frequency on
//! summarization", Microsoft Research MSR-TR-2005-101; Nenkova, Vanderwende
//! & McKeown 2006): frequent words make the summary, and a word once said
//! matters less.
//!
//! The paper's steps, on the content terms (stems, stopwords out):
//! 1. `p(w) = n(w) / N`, the term's share of the document's content words.
//! 2. A sentence's weight is the mean `p(w)` of its content words.
//! 3. Pick the best-weighted sentence among those that contain the most
//!    probable word (ties: the earlier sentence; the most probable word:
//!    the one first seen in the document).
//! 4. Square `p(w)` for every word of the picked sentence.
//! 5. Repeat from 2 until the budget is reached.
//!
//! The pick order is the ranking ([`super::sequential`]): the `r`-th pick
//! scores `1 / (r + 1)`, the sentences never picked score below, by their
//! weight in the last round. A word whose sentences are all picked is
//! passed over in step 3. Only the weights of the sentences that hold a
//! changed word are updated, so a pick costs the postings of its words and
//! one pass over the vocabulary. No lead bias.

use super::sequential::{PickLimit, pick_scores};
use super::{Analysis, ScorerOptions, SentenceScorer};

/// The SumBasic scorer.
pub(crate) struct SumBasic;

impl SentenceScorer for SumBasic {
    const POSITION_PRIOR: bool = false;

    fn score(doc: &Analysis<'_>, options: &ScorerOptions<'_>) -> Vec<f64> {
        let n = doc.len();
        let counts = doc.term_counts();
        let total: u32 = counts.iter().sum();
        if total == 0 {
            return vec![0.0; n];
        }
        let mut p: Vec<f64> = counts
            .iter()
            .map(|&c| f64::from(c) / f64::from(total))
            .collect();
        let sentences: Vec<Vec<(u32, u32)>> = (0..n).map(|i| doc.sentence_term_counts(i)).collect();
        let lengths: Vec<f64> = sentences
            .iter()
            .map(|s| f64::from(s.iter().map(|&(_, c)| c).sum::<u32>()))
            .collect();
        // postings[w]: the sentences holding w, with its count there.
        let mut postings: Vec<Vec<(usize, u32)>> = vec![Vec::new(); p.len()];
        for (i, terms) in sentences.iter().enumerate() {
            for &(t, c) in terms {
                postings[t as usize].push((i, c));
            }
        }
        // Unpicked sentences holding each word.
        let mut open: Vec<usize> = postings.iter().map(Vec::len).collect();
        let mut sums: Vec<f64> = sentences
            .iter()
            .map(|terms| terms.iter().map(|&(t, c)| p[t as usize] * f64::from(c)).sum())
            .collect();
        let weight = |sums: &[f64], i: usize| {
            if lengths[i] > 0.0 {
                sums[i] / lengths[i]
            } else {
                0.0
            }
        };
        let limit = PickLimit::new(options.budget, n);
        let mut picked = vec![false; n];
        let mut picks = Vec::new();
        let mut words = 0;
        while !limit.reached(picks.len(), words) {
            // The most probable word that still has an unpicked sentence.
            let mut top: Option<usize> = None;
            for w in 0..p.len() {
                if open[w] > 0 && top.is_none_or(|b| p[w] > p[b]) {
                    top = Some(w);
                }
            }
            let Some(top) = top else { break };
            let mut best: Option<usize> = None;
            for &(i, _) in &postings[top] {
                if !picked[i] && best.is_none_or(|b| weight(&sums, i) > weight(&sums, b)) {
                    best = Some(i);
                }
            }
            let best = best.expect("open[top] > 0: an unpicked sentence holds the word");
            picked[best] = true;
            picks.push(best);
            words += doc.words(best);
            for &(t, _) in &sentences[best] {
                open[t as usize] -= 1;
            }
            for &(t, _) in &sentences[best] {
                let t = t as usize;
                let old = p[t];
                p[t] = old * old;
                let delta = p[t] - old;
                for &(i, c) in &postings[t] {
                    sums[i] += delta * f64::from(c);
                }
            }
        }
        let rest: Vec<f64> = (0..n).map(|i| weight(&sums, i)).collect();
        pick_scores(&picks, &rest)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::summarize::{Budget, CueWords, TestDoc, test_options};

    #[test]
    fn probabilities_are_squared_after_a_pick() {
        // Content words: s0 {storm, storm, coast}, s1 {storm, rain},
        // s2 {coast, rain}, s3 {harbour}. N = 8: p(storm) = 3/8,
        // p(coast) = p(rain) = 2/8, p(harbour) = 1/8.
        // Round 1: storm is the top word; s0 (mean (3+3+2)/24 = 1/3) beats
        // s1 ((3+2)/16 = 5/16). Picked: storm → 9/64, coast → 4/64.
        // Round 2: rain (2/8 = 16/64) is the top word: s1 = (9+16)/128,
        // s2 = (4+16)/128; s1 wins.
        // Round 3: rain → 4/64, storm → 81/4096; the top word with an open
        // sentence is harbour (1/8), whose only sentence is s3.
        let doc = TestDoc::new("Storm storm coast. Storm rain. Coast rain. Harbour.");
        let cue = CueWords::default();
        let options = ScorerOptions {
            budget: Budget::Sentences(3),
            ..test_options(&cue)
        };
        let got = SumBasic::score(&doc.analysis(), &options);
        assert_eq!(got[0], 1.0);
        assert_eq!(got[1], 0.5);
        assert!((got[3] - 1.0 / 3.0).abs() < 1e-12, "{got:?}");
        // s2, never picked, ends with mean (4/64 + 4/64) / 2 = 1/16 and is
        // the only one left: the top of the rest, at 1 / (3 + 2).
        assert!((got[2] - 0.2).abs() < 1e-12, "{got:?}");
    }

    #[test]
    fn a_word_budget_stops_the_picks() {
        let doc = TestDoc::new("Storm storm coast. Storm rain. Coast rain. Harbour.");
        let cue = CueWords::default();
        let options = ScorerOptions {
            budget: Budget::Words(3),
            ..test_options(&cue)
        };
        let got = SumBasic::score(&doc.analysis(), &options);
        // One pick (3 words) reaches the budget; the rest rank below 1/3.
        assert_eq!(got[0], 1.0);
        assert!(got[1..].iter().all(|&s| s <= 1.0 / 3.0), "{got:?}");
    }
}
