//! Luhn (1958, "The automatic creation of literature abstracts", IBM
//! Journal of Research and Development 2(2)): a sentence is as good as its
//! densest cluster of significant words.
//!
//! - Significant words: the stems that sentences are compared by (stopwords
//!   out: Luhn's upper frequency cut-off for common words is the stopword
//!   list; the keyphrase-only stopwords such as `said` stay in, as they do
//!   in sentence similarity) that occur at least [`MIN_OCCURRENCES`] times
//!   in the document (his lower cut-off: a word used once says nothing of
//!   the topic). Leaving the keyphrase-only stopwords out scored lower on
//!   both public sets (README.md).
//! - Clusters: runs of significant words in which two consecutive
//!   significant words have at most [`MAX_GAP`] insignificant words between
//!   them (the paper's four); every word counts as a position, stopwords,
//!   numbers and links included.
//! - Score: (significant words in the cluster)² / (words the cluster
//!   spans, from its first significant word to its last), and a sentence
//!   scores its best cluster (0 without one).
//!
//! No lead bias: the method is Luhn's alone.

use super::{Analysis, ScorerOptions, SentenceScorer};
use crate::text::Token;

/// A term is significant from this many occurrences in the document.
const MIN_OCCURRENCES: u32 = 2;

/// At most this many insignificant words between two significant words of
/// one cluster.
const MAX_GAP: usize = 4;

/// Luhn's scorer.
pub(crate) struct Luhn;

impl SentenceScorer for Luhn {
    const POSITION_PRIOR: bool = false;

    fn score(doc: &Analysis<'_>, _options: &ScorerOptions<'_>) -> Vec<f64> {
        let tokens = doc.tokens;
        let id = |t: &Token| t.term.or(t.link.map(|k| tokens.link_ids[k as usize]));
        let mut counts = vec![0u32; tokens.sentence_term_count()];
        for sentence in &tokens.sentences {
            for t in sentence.iter().filter_map(id) {
                counts[t as usize] += 1;
            }
        }
        (0..doc.len())
            .map(|i| {
                let significant = doc.tokens.sentences[i].iter().map(|t| {
                    id(t)
                        .is_some_and(|term| counts[term as usize] >= MIN_OCCURRENCES)
                });
                best_cluster(significant)
            })
            .collect()
    }
}

/// The best cluster score of a sentence given as one flag per word
/// (significant or not).
fn best_cluster(words: impl IntoIterator<Item = bool>) -> f64 {
    let mut best = 0.0f64;
    // The current cluster: its first and last significant positions and
    // how many significant words it holds.
    let mut cluster: Option<(usize, usize, usize)> = None;
    let close = |(first, last, count): (usize, usize, usize)| {
        (count * count) as f64 / (last - first + 1) as f64
    };
    for (position, significant) in words.into_iter().enumerate() {
        if !significant {
            continue;
        }
        cluster = match cluster {
            Some((first, last, count)) if position - last - 1 <= MAX_GAP => {
                Some((first, position, count + 1))
            }
            Some(done) => {
                best = best.max(close(done));
                Some((position, position, 1))
            }
            None => Some((position, position, 1)),
        };
    }
    if let Some(done) = cluster {
        best = best.max(close(done));
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::summarize::{CueWords, TestDoc, test_options};

    #[test]
    fn cluster_score_is_significant_squared_over_span() {
        // S . S . . S | . . . . . S S: the first cluster spans positions 0-5
        // with 3 significant words (9 / 6 = 1.5); five insignificant words
        // break it; the second holds 2 in 2 positions (4 / 2 = 2).
        let flags = [1, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 1, 1].map(|f| f == 1);
        assert_eq!(best_cluster(flags), 2.0);
        // Four insignificant words still join: 2² / 6.
        let joined = [1, 0, 0, 0, 0, 1].map(|f| f == 1);
        assert!((best_cluster(joined) - 4.0 / 6.0).abs() < 1e-12);
        assert_eq!(best_cluster([false, false]), 0.0);
        assert_eq!(best_cluster([true]), 1.0);
    }

    #[test]
    fn only_repeated_content_words_are_significant() {
        // `rain` and `flood` occur twice; every other content word once.
        // s0: rain(S) fell(.) flood(S) → 2² / 3; s1: flood(S) town(.) → 1;
        // s2: rain(S) → 1; s3: nothing significant.
        let doc = TestDoc::new("Rain fell flood. Flood town. Rain. Sunny day.");
        let cue = CueWords::default();
        let got = Luhn::score(&doc.analysis(), &test_options(&cue));
        assert_eq!(got.len(), 4);
        assert!((got[0] - 4.0 / 3.0).abs() < 1e-12, "{got:?}");
        assert_eq!(&got[1..], &[1.0, 1.0, 0.0]);
    }
}
