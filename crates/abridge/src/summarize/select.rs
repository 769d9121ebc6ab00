//! Selection: from sentence scores to the sentences of the summary, the one
//! step that every summary method shares.
//!
//! This module receives one score and one word count per sentence and a way
//! to compare two sentences; it returns the chosen sentence indices. It knows
//! nothing of text, graphs, methods or keywords.
//!
//! The rule: walk the sentences from the best score down (ties: the earlier
//! sentence first) and take each one that
//! 1. is not a near-duplicate of a sentence already taken (similarity above
//!    [`SelectOptions::redundancy`]), and
//! 2. fits the [`Budget`].
//!
//! The first pick is always kept, even when it alone exceeds a word budget, so
//! that a non-empty document never gets an empty summary.

/// How long the summary may be.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Budget {
    /// At most this many sentences.
    Sentences(usize),
    /// This share of the document's sentences, rounded to the nearest whole
    /// sentence, and at least one.
    Ratio(f64),
    /// At most this many words in all (the first pick is always kept).
    Words(usize),
}

impl Budget {
    /// Rejects a budget of nothing: zero sentences, zero words, or a ratio
    /// outside `(0, 1]`.
    pub fn validate(self) -> crate::Result<()> {
        match self {
            Budget::Sentences(0) => Err(crate::Error::ZeroSentences(0)),
            Budget::Ratio(r) if !(r > 0.0 && r <= 1.0) => Err(crate::Error::InvalidRatio(r)),
            Budget::Words(0) => Err(crate::Error::ZeroWords(0)),
            _ => Ok(()),
        }
    }
}

impl Default for Budget {
    fn default() -> Self {
        Budget::Sentences(3)
    }
}

/// The order in which the chosen sentences are returned.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Order {
    /// The order of the document (default): the summary reads as a text.
    #[default]
    Document,
    /// Best score first.
    Score,
}

impl crate::Choice for Order {
    const ALL: &'static [Order] = &[Order::Document, Order::Score];

    fn name(self) -> &'static str {
        match self {
            Order::Document => "document",
            Order::Score => "score",
        }
    }

    fn description(self) -> &'static str {
        match self {
            Order::Document => "As the sentences stand in the document.",
            Order::Score => "Best score first.",
        }
    }
}

/// Options of the selection.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SelectOptions {
    /// The length of the summary.
    pub budget: Budget,
    /// The order of the result.
    pub order: Order,
    /// A sentence whose similarity to one already chosen is above this is
    /// skipped. Default 0.8: cosine similarities that high mean repeated
    /// sentences or the same sentence lightly edited, not two sentences on
    /// one topic.
    pub redundancy: f64,
}

impl Default for SelectOptions {
    fn default() -> Self {
        SelectOptions {
            budget: Budget::default(),
            order: Order::default(),
            redundancy: 0.8,
        }
    }
}

/// Chooses sentences. `scores[i]` and `words[i]` describe sentence `i`;
/// `similarity(i, j)` compares two sentences (cosine in `[0, 1]`).
pub fn select(
    scores: &[f64],
    words: &[usize],
    similarity: impl Fn(usize, usize) -> f64,
    options: &SelectOptions,
) -> Vec<usize> {
    let n = scores.len();
    let wanted = match options.budget {
        Budget::Sentences(k) => k.min(n),
        Budget::Ratio(r) => ((r * n as f64).round() as usize).clamp(1, n.max(1)).min(n),
        Budget::Words(_) => n,
    };
    let mut ranked: Vec<usize> = (0..n).collect();
    ranked.sort_by(|&a, &b| scores[b].total_cmp(&scores[a]).then(a.cmp(&b)));
    let mut chosen: Vec<usize> = Vec::with_capacity(wanted);
    let mut used_words = 0;
    for i in ranked {
        if chosen.len() == wanted {
            break;
        }
        if chosen
            .iter()
            .any(|&c| similarity(i, c) > options.redundancy)
        {
            continue;
        }
        if let Budget::Words(limit) = options.budget
            && !chosen.is_empty()
            && used_words + words[i] > limit
        {
            continue;
        }
        used_words += words[i];
        chosen.push(i);
    }
    if options.order == Order::Document {
        chosen.sort_unstable();
    }
    chosen
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unrelated(_: usize, _: usize) -> f64 {
        0.0
    }

    fn options(budget: Budget) -> SelectOptions {
        SelectOptions {
            budget,
            ..SelectOptions::default()
        }
    }

    #[test]
    fn best_sentences_come_back_in_document_order() {
        let scores = [0.1, 0.4, 0.2, 0.3];
        let got = select(&scores, &[5; 4], unrelated, &options(Budget::Sentences(2)));
        assert_eq!(got, vec![1, 3]);
    }

    #[test]
    fn score_order_and_ties_by_position() {
        let scores = [0.2, 0.3, 0.3, 0.2];
        let o = SelectOptions {
            order: Order::Score,
            ..options(Budget::Sentences(3))
        };
        assert_eq!(select(&scores, &[5; 4], unrelated, &o), vec![1, 2, 0]);
    }

    #[test]
    fn ratio_rounds_and_keeps_at_least_one() {
        let scores = [0.5, 0.3, 0.2];
        assert_eq!(
            select(&scores, &[1; 3], unrelated, &options(Budget::Ratio(0.5))).len(),
            2
        );
        assert_eq!(
            select(&scores, &[1; 3], unrelated, &options(Budget::Ratio(0.01))),
            vec![0]
        );
        assert!(select(&[], &[], unrelated, &options(Budget::Ratio(0.5))).is_empty());
    }

    #[test]
    fn word_budget_skips_what_does_not_fit_but_keeps_the_first() {
        let scores = [0.4, 0.3, 0.2, 0.1];
        let words = [30, 20, 8, 5];
        assert_eq!(
            select(&scores, &words, unrelated, &options(Budget::Words(10))),
            vec![0]
        );
        assert_eq!(
            select(&scores, &words, unrelated, &options(Budget::Words(43))),
            vec![0, 2, 3]
        );
    }

    #[test]
    fn near_duplicates_are_not_both_chosen() {
        let scores = [0.4, 0.35, 0.25];
        let same_01 = |a: usize, b: usize| if a + b == 1 { 0.95 } else { 0.1 };
        assert_eq!(
            select(&scores, &[5; 3], same_01, &options(Budget::Sentences(2))),
            vec![0, 2]
        );
    }

    #[test]
    fn more_sentences_than_exist_gives_all() {
        let got = select(
            &[0.5, 0.5],
            &[1, 1],
            unrelated,
            &options(Budget::Sentences(10)),
        );
        assert_eq!(got, vec![0, 1]);
    }
}
