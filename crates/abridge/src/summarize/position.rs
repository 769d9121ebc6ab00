//! The lead bias: a prior on sentence scores that favours the start of the
//! document, as news writing puts the essentials first.
//!
//! Receives one score per sentence and changes them in place; knows nothing
//! of how they were made. A method takes it when its scores are a
//! distribution with no view of position (the graph methods).

/// Multiplies the score of sentence `i` by `1 / (p + 1)^bias`, where `p`
/// is `positions[i]` (its position in its own document, for a set of
/// documents) or `i`, and scales the scores back to sum to 1 (they do
/// already when `bias` is 0).
pub(crate) fn weigh_by_position(scores: &mut [f64], bias: f64, positions: Option<&[usize]>) {
    if bias == 0.0 {
        return;
    }
    for (i, score) in scores.iter_mut().enumerate() {
        let p = positions.map_or(i, |positions| positions[i]);
        *score *= ((p + 1) as f64).powf(-bias);
    }
    super::scale_to_one(scores);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_position_weight_favours_the_lead_and_keeps_a_distribution() {
        let mut scores = vec![0.25; 4];
        weigh_by_position(&mut scores, 1.0, None);
        // 1, 1/2, 1/3, 1/4 over their sum 25/12.
        let expected = [12.0 / 25.0, 6.0 / 25.0, 4.0 / 25.0, 3.0 / 25.0];
        for (got, want) in scores.iter().zip(expected) {
            assert!((got - want).abs() < 1e-12, "{scores:?}");
        }
        let mut plain = vec![0.1, 0.6, 0.3];
        weigh_by_position(&mut plain, 0.0, None);
        assert_eq!(plain, [0.1, 0.6, 0.3]);
    }

    #[test]
    fn in_a_set_each_document_starts_at_the_front() {
        // Two documents of two sentences: positions 0, 1, 0, 1.
        let mut scores = vec![0.25; 4];
        weigh_by_position(&mut scores, 1.0, Some(&[0, 1, 0, 1]));
        for (got, want) in scores.iter().zip([1.0 / 3.0, 1.0 / 6.0, 1.0 / 3.0, 1.0 / 6.0]) {
            assert!((got - want).abs() < 1e-12, "{scores:?}");
        }
    }
}
