//! Random: every sentence gets a pseudo-random score, the floor any method
//! must clear. The generator is SplitMix64 (Steele, Lea & Flood 2014,
//! "Fast splittable pseudorandom number generators"), written here: 64 bits
//! of state, a fixed sequence per seed, so the same seed gives the same
//! summary on every machine and thread count.
//!
//! Receives the number of sentences and the seed (`--seed`, default 0). The
//! generator is seeded afresh for each document, so a document's summary
//! does not depend on what was summarised before it. No lead bias.

use super::{Analysis, ScorerOptions, SentenceScorer};

/// SplitMix64: the next value of a 64-bit state advanced by a fixed odd
/// step, scrambled.
#[derive(Clone, Debug)]
pub(crate) struct SplitMix64 {
    state: u64,
}

impl SplitMix64 {
    pub fn new(seed: u64) -> SplitMix64 {
        SplitMix64 { state: seed }
    }

    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A value in `[0, 1)` from the top 53 bits.
    pub fn next_f64(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// The random baseline.
pub(crate) struct Random;

impl SentenceScorer for Random {
    const POSITION_PRIOR: bool = false;

    fn score(doc: &Analysis<'_>, options: &ScorerOptions<'_>) -> Vec<f64> {
        let mut rng = SplitMix64::new(options.seed);
        (0..doc.len()).map(|_| rng.next_f64()).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::summarize::{CueWords, TestDoc, test_options};

    #[test]
    fn splitmix64_gives_the_reference_sequence() {
        // The first outputs for seed 1234567 of the reference C code
        // (Vigna, splitmix64.c).
        let mut rng = SplitMix64::new(1234567);
        assert_eq!(rng.next_u64(), 6457827717110365317);
        assert_eq!(rng.next_u64(), 3203168211198807973);
    }

    #[test]
    fn the_seed_sets_the_scores() {
        let doc = TestDoc::new("One cat. Two dogs. Three birds. Four fish.");
        let cue = CueWords::default();
        let a = Random::score(&doc.analysis(), &test_options(&cue));
        let b = Random::score(&doc.analysis(), &test_options(&cue));
        assert_eq!(a, b);
        assert_eq!(a.len(), 4);
        assert!(a.iter().all(|s| (0.0..1.0).contains(s)));
        let other = ScorerOptions {
            seed: 7,
            ..test_options(&cue)
        };
        assert_ne!(Random::score(&doc.analysis(), &other), a);
    }
}
