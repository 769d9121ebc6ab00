//! The TopicRank keyword method ([`KeywordMethod::TopicRank`]).
//!
//! This file owns TopicRank's topic graph and its choice of one candidate
//! per topic. It receives the document's [`KeywordInput`] and the shared
//! [`Candidates`], and returns one score per candidate: the topic's score for
//! the candidate that stands for its topic, `f64::NEG_INFINITY` (left out)
//! for the others. It must not know how candidates are found or cut.
//!
//! Method: TopicRank (Bougouin, Boudin & Daille 2013, "TopicRank:
//! Graph-based topic ranking for keyphrase extraction", IJCNLP):
//! - **Topics**: candidates clustered by shared stems, average linkage cut
//!   at 0.74 (`topics.rs`).
//! - **Graph**: a complete graph on topics; the edge between two topics
//!   weighs `Σ 1 / gap` over every pair of occurrences of their candidates
//!   (`topics.rs` says how `gap` is counted).
//! - **Rank**: PageRank with damping 0.85 and a uniform teleport vector.
//! - **Selection**: each topic is shown by its candidate that occurs first
//!   in the text (the paper's best heuristic), with the topic's score; so a
//!   list never holds two candidates of one topic.
//!
//! Deviations: the candidates are the shared noun-phrase runs (the paper:
//! longest sequences of nouns and adjectives), less those pke's candidate
//! filter leaves out (`topic_candidates` in `topics.rs`); occurrence pairs are capped
//! on very long documents (`topics.rs`); the shared filter's covered-word
//! rule does not apply (one candidate per topic already does its work).
//!
//! [`KeywordMethod::TopicRank`]: super::KeywordMethod::TopicRank

use super::candidates::Candidates;
use super::topics::{WeightedGraph, cluster, occurrence_pairs, topic_candidates};
use super::{CandidateScorer, KeywordInput};
use crate::rank::{TextRankOptions, textrank};
use rustc_hash::FxHashMap as HashMap;

/// TopicRank: PageRank over topics, one candidate per topic.
pub(super) struct TopicRank;

impl CandidateScorer for TopicRank {
    fn candidates(&self, input: &KeywordInput<'_>) -> Candidates {
        topic_candidates(input)
    }

    fn score(&self, input: &KeywordInput<'_>, candidates: &Candidates) -> Vec<f64> {
        let topic = cluster(candidates);
        let topics = topic.iter().max().map_or(0, |&t| t + 1);
        let topic_scores = topic_scores(input, candidates, &topic, topics);
        // Candidates are in order of first occurrence: each topic's first
        // candidate is the first one met.
        let mut shown = vec![false; topics];
        topic
            .iter()
            .map(|&t| {
                if shown[t] {
                    f64::NEG_INFINITY
                } else {
                    shown[t] = true;
                    topic_scores[t]
                }
            })
            .collect()
    }

    fn skips_covered_words(&self) -> bool {
        false
    }
}

/// The PageRank score of each topic in the topic graph.
fn topic_scores(
    input: &KeywordInput<'_>,
    candidates: &Candidates,
    topic: &[usize],
    topics: usize,
) -> Vec<f64> {
    // A hash map for the sums (each key's terms are added in document
    // order, so the sums repeat exactly); sorted before use.
    let mut weights: HashMap<(usize, usize), f64> = HashMap::default();
    occurrence_pairs(input, candidates, |a, b, w| {
        let (ta, tb) = (topic[a], topic[b]);
        if ta != tb {
            *weights.entry((ta.min(tb), ta.max(tb))).or_insert(0.0) += w;
        }
    });
    let mut edges: Vec<(usize, usize, f64)> = weights
        .into_iter()
        .flat_map(|((a, b), w)| [(a, b, w), (b, a, w)])
        .collect();
    edges.sort_by_key(|&(a, b, _)| (a, b));
    let graph = WeightedGraph::new(topics, edges);
    textrank(&graph, None, &TextRankOptions::default())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keywords::KeywordOptions;
    use crate::keywords::tests::{Document, lowercase_terms, sentence_tokens};

    #[test]
    fn one_candidate_per_topic_the_first_seen() {
        // "ID cards" and "ID card scheme" are one topic, shown as "ID cards"
        // (first seen); "wind farms" and "scheme" are topics of their own.
        let text = "ID cards. ID card scheme. Wind farms. Scheme.";
        let doc = Document::new(text, KeywordOptions::default());
        let input = doc.input();
        let candidates = TopicRank.candidates(&input);
        let scores = TopicRank.score(&input, &candidates);
        assert!(scores[0].is_finite());
        assert_eq!(scores[1], f64::NEG_INFINITY);
        assert!(scores[2].is_finite() && scores[3].is_finite());
        let options = KeywordOptions {
            method: crate::keywords::KeywordMethod::TopicRank,
            ..KeywordOptions::default()
        };
        let terms = lowercase_terms(text, &sentence_tokens(text), &options);
        assert_eq!(terms.len(), 3, "{terms:?}");
        assert!(!terms.contains(&"id card scheme".to_string()), "{terms:?}");
    }

    #[test]
    fn topic_scores_follow_the_weighted_graph() {
        // Three topics in a row, each once: A(0) B(1) C(2) as one-word
        // candidates. Weights: A–B 1, B–C 1, A–C 1/2. PageRank on that
        // triangle: B, in the middle, scores most; A and C tie.
        // A run longer than `max_words` gives its words one by one.
        let options = KeywordOptions {
            max_words: 1,
            ..KeywordOptions::default()
        };
        let doc = Document::new("Solar wind turbines", options);
        let input = doc.input();
        let candidates = Candidates::collect(&input);
        assert_eq!(candidates.list.len(), 3);
        let scores = topic_scores(&input, &candidates, &[0, 1, 2], 3);
        // Out-weights: A 1.5, B 2, C 1.5. Stationary with d = 0.85:
        // a = 0.05 + 0.85 (b/2 + c/3), b = 0.05 + 0.85 (2a/3 + 2c/3), a = c.
        let a = (0.05 + 0.85 * 0.05 / 2.0) / (1.0 - 0.85 / 3.0 - 0.85 * 0.85 * 2.0 / 3.0);
        let b = 0.05 + 0.85 * 4.0 * a / 3.0;
        assert!((scores[0] - a).abs() < 1e-5, "{scores:?} {a}");
        assert!((scores[1] - b).abs() < 1e-5, "{scores:?} {b}");
        assert!((scores[2] - a).abs() < 1e-5, "{scores:?}");
    }
}
