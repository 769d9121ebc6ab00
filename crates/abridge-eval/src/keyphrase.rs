//! Keyphrase matching: precision, recall and F1 of the top k predictions.
//!
//! This room owns the keyphrase measure. It receives ranked predicted phrases and gold phrases as
//! plain strings and returns [`Prf`] figures; it knows nothing of how the predictions were made.
//!
//! # Method
//!
//! Exact matching after stemming, the usual rule since Hulth (2003) and the one the project's
//! baselines used: a prediction is correct when its Porter-stemmed token sequence
//! ([`normalize`]) equals a gold keyphrase's. The counting rules, decided here and followed by
//! `scripts/compare_eval.py`, are below. One differs from the harness of `BASELINES.md`, which
//! drops a repeated prediction before it cuts the list at `k`, so that the next one moves up:
//! its F1@10 of the `yake` package are reproduced exactly that way, and are 0.12 (Inspec) and
//! 0.53 (WICC-ES) lower by the rule here (the package lists "sistema" and "sistemas" apart).
//!
//! - only the first `k` predictions count, and a prediction whose normalized form repeats an
//!   earlier one among them is dropped, so it can never be correct twice; it still takes its
//!   slot (the next prediction past `k` does not move up);
//! - gold phrases that normalize alike count once, and a gold phrase with no token at all is
//!   ignored;
//! - every gold phrase counts for recall, also one that does not occur in the text;
//! - precision divides by `k`, even when fewer than `k` phrases were predicted, and recall by the
//!   number of distinct gold phrases; F1 is `2PR / (P + R)`, or 0.
//!
//! With duplicates dropped, each correct prediction matches a different gold phrase, so the
//! number of correct predictions is also the number of gold phrases found.

use std::collections::BTreeSet;

pub use super::rouge::Prf;
use crate::porter;

/// The Porter-stemmed token sequence that keyphrases are compared by.
///
/// The phrase is lowercased, cut into runs of Unicode alphanumeric characters (so accented
/// letters stay inside words, which the French set needs), and every token is stemmed with
/// [`porter::stem`]. Porter is an English stemmer: on French words it only strips what looks
/// like an English suffix, which is how the baselines were computed.
///
/// ```
/// use abridge_eval::keyphrase::normalize;
/// assert_eq!(normalize("Wavelength services"), ["wavelength", "servic"]);
/// assert_eq!(normalize("réseaux électriques"), ["réseaux", "électriqu"]);
/// ```
pub fn normalize(phrase: &str) -> Vec<String> {
    // Lowercase the whole phrase first, as Python's `str.lower` does before splitting: a few
    // letters lowercase to more than one character.
    phrase
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|token| !token.is_empty())
        .map(porter::stem)
        .collect()
}

/// Precision, recall and F1 of the first `k` predictions against the gold phrases.
///
/// The rules are listed in the module docs. With `k = 0` or no usable gold phrase, every figure
/// is 0.
///
/// ```
/// use abridge_eval::keyphrase::prf_at;
/// let predicted = ["neural networks", "neural network", "training"];
/// let gold = ["Neural network", "back-propagation"];
/// let at2 = prf_at(&predicted, &gold, 2);
/// // One correct prediction (the second is a duplicate) over k = 2; one gold phrase of two.
/// assert_eq!((at2.precision, at2.recall), (0.5, 0.5));
/// ```
pub fn prf_at(predicted: &[&str], gold: &[&str], k: usize) -> Prf {
    let gold: BTreeSet<Vec<String>> = gold
        .iter()
        .map(|phrase| normalize(phrase))
        .filter(|tokens| !tokens.is_empty())
        .collect();
    let mut seen: BTreeSet<Vec<String>> = BTreeSet::new();
    let mut correct = 0usize;
    for phrase in predicted.iter().take(k) {
        let tokens = normalize(phrase);
        // An empty prediction matches nothing, since empty gold phrases were dropped.
        if tokens.is_empty() || seen.contains(&tokens) {
            continue;
        }
        if gold.contains(&tokens) {
            correct += 1;
        }
        seen.insert(tokens);
    }
    let ratio = |part: usize, whole: usize| {
        if whole == 0 {
            0.0
        } else {
            part as f64 / whole as f64
        }
    };
    Prf::new(ratio(correct, k), ratio(correct, gold.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_prf(got: Prf, precision: f64, recall: f64, f1: f64) {
        let close = |a: f64, b: f64| (a - b).abs() < 1e-12;
        assert!(
            close(got.precision, precision) && close(got.recall, recall) && close(got.f1, f1),
            "got {got:?}, want ({precision}, {recall}, {f1})"
        );
    }

    #[test]
    fn normalize_stems_every_token() {
        assert_eq!(normalize("Dying  STARS"), ["die", "star"]);
        assert_eq!(normalize("back-propagation"), ["back", "propag"]);
        // Tokens of one or two letters are kept; three-letter ones are stemmed too here,
        // unlike in ROUGE's tokenizer.
        assert_eq!(normalize("gas of IT"), ["ga", "of", "it"]);
        assert_eq!(normalize("États-Unis"), ["état", "uni"]);
        assert!(normalize(" -- ").is_empty());
    }

    #[test]
    fn duplicates_count_once_on_both_sides() {
        let predicted = ["graph", "graphs", "ranking", "text", "Ranking"];
        let gold = ["Graphs", "graph", "text ranking", "ranking"];
        // Gold, stemmed and deduplicated: {graph}, {text rank}, {rank} → 3.
        // At 5: graph ✓, graphs (duplicate), ranking ✓, text ✗, Ranking (duplicate) → 2.
        assert_prf(prf_at(&predicted, &gold, 5), 2.0 / 5.0, 2.0 / 3.0, 0.5);
        // At 2: graph ✓, graphs (duplicate, still takes its slot) → 1 over k = 2.
        assert_prf(prf_at(&predicted, &gold, 2), 0.5, 1.0 / 3.0, 0.4);
    }

    #[test]
    fn precision_divides_by_k_and_absent_gold_counts() {
        let predicted = ["solar power", "wind"];
        // "tidal energy" may be absent from the text; it still counts for recall.
        let gold = ["solar power", "tidal energy"];
        // At 10 with 2 predictions: 1 correct / 10; recall 1 / 2.
        let f1 = 2.0 * 0.1 * 0.5 / 0.6;
        assert_prf(prf_at(&predicted, &gold, 10), 0.1, 0.5, f1);
    }

    #[test]
    fn matching_is_on_the_whole_sequence() {
        // A prediction inside a gold phrase, or around one, is wrong.
        let gold = ["support vector machine"];
        assert_prf(prf_at(&["support vector"], &gold, 1), 0.0, 0.0, 0.0);
        assert_prf(
            prf_at(&["support vector machines"], &gold, 1),
            1.0,
            1.0,
            1.0,
        );
    }

    #[test]
    fn degenerate_inputs_give_zero() {
        assert_eq!(prf_at(&[], &["a b"], 5), Prf::default());
        assert_eq!(prf_at(&["a b"], &[], 5), Prf::default());
        assert_eq!(prf_at(&["a b"], &["a b"], 0), Prf::default());
        // An empty gold phrase is ignored, and an empty prediction never matches.
        assert_eq!(prf_at(&["", "!!"], &["", "?"], 5), Prf::default());
        assert_prf(prf_at(&["x"], &["x", "..."], 1), 1.0, 1.0, 1.0);
    }
}
