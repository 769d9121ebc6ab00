//! The MultipartiteRank keyword method ([`KeywordMethod::MultipartiteRank`]).
//!
//! This file owns MultipartiteRank's candidate graph and its position boost.
//! It receives the document's [`KeywordInput`] and the shared [`Candidates`],
//! and returns one score per candidate. It must not know how candidates are
//! found or cut.
//!
//! Method: MultipartiteRank (Boudin 2018, "Unsupervised keyphrase
//! extraction with multipartite graphs", NAACL):
//! - **Topics**: TopicRank's clusters (`topics.rs`: shared stems, average
//!   linkage cut at 0.74).
//! - **Graph**: a complete multipartite directed graph on candidates: every
//!   two candidates of different topics are linked both ways, weighing
//!   `Σ 1 / gap` over the pairs of their occurrences; candidates of one
//!   topic are not linked.
//! - **Position boost** (section 2.2): in each topic of several candidates,
//!   the one that occurs first, `c_i` at word offset `p_i` (from 0), draws
//!   more: the weight of every edge `c_j → c_i` gains
//!   `α · e^(1 / (1 + p_i)) · Σ_k w(c_j, c_k)` over the other candidates
//!   `c_k` of `c_i`'s topic, `α` = 1.1 (the paper's).
//! - **Rank**: PageRank with damping 0.85 and a uniform teleport vector; the
//!   candidates are ranked by their own scores.
//!
//! Deviations: the candidates are the shared noun-phrase runs; occurrence
//! pairs are capped on very long documents (`topics.rs`); the shared
//! filter's covered-word rule does not apply, as the paper has none.
//!
//! [`KeywordMethod::MultipartiteRank`]: super::KeywordMethod::MultipartiteRank

use super::candidates::Candidates;
use super::topics::{WeightedGraph, cluster, occurrence_pairs};
use super::singlerank::phrase_candidates;
use super::{CandidateScorer, KeywordInput};
use crate::rank::{TextRankOptions, textrank};
use rustc_hash::FxHashMap as HashMap;
use std::collections::BTreeMap;

/// MultipartiteRank: PageRank over candidates of different topics.
pub(super) struct MultipartiteRank;

/// The strength `α` of the position boost.
const ALPHA: f64 = 1.1;

impl CandidateScorer for MultipartiteRank {
    fn candidates(&self, input: &KeywordInput<'_>) -> Candidates {
        phrase_candidates(input)
    }

    fn score(&self, input: &KeywordInput<'_>, candidates: &Candidates) -> Vec<f64> {
        let topic = cluster(candidates);
        let mut weights = edge_weights(input, candidates, &topic);
        boost_first_candidates(input, candidates, &topic, &mut weights);
        let graph = WeightedGraph::new(
            candidates.list.len(),
            weights.iter().map(|(&(a, b), &w)| (a, b, w)),
        );
        textrank(&graph, None, &TextRankOptions::default())
    }

    fn skips_covered_words(&self) -> bool {
        false
    }
}

/// The weight of each directed edge between candidates of different topics,
/// the same both ways before the boost.
fn edge_weights(
    input: &KeywordInput<'_>,
    candidates: &Candidates,
    topic: &[usize],
) -> BTreeMap<(usize, usize), f64> {
    // A hash map for the sums (each key's terms are added in document
    // order, so the sums repeat exactly); the result is ordered.
    let mut undirected: HashMap<(usize, usize), f64> = HashMap::default();
    occurrence_pairs(input, candidates, |a, b, w| {
        if topic[a] != topic[b] {
            *undirected.entry((a.min(b), a.max(b))).or_insert(0.0) += w;
        }
    });
    undirected
        .into_iter()
        .flat_map(|((a, b), w)| [((a, b), w), ((b, a), w)])
        .collect()
}

/// Adds the position boost to the edges into each topic's first candidate.
fn boost_first_candidates(
    input: &KeywordInput<'_>,
    candidates: &Candidates,
    topic: &[usize],
    weights: &mut BTreeMap<(usize, usize), f64>,
) {
    let topics = topic.iter().max().map_or(0, |&t| t + 1);
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); topics];
    for (c, &t) in topic.iter().enumerate() {
        members[t].push(c);
    }
    let mut boosts: Vec<((usize, usize), f64)> = Vec::new();
    for group in members.iter().filter(|g| g.len() > 1) {
        // Candidates are in order of first occurrence.
        let first = group[0];
        let offset = candidates.occurrences[candidates.list.get(first).occurrences[0] as usize].position(input);
        let position = (1.0 / (1.0 + offset as f64)).exp();
        let out: Vec<(usize, f64)> = weights
            .range((first, 0)..(first + 1, 0))
            .map(|(&(_, end), &w)| (end, w))
            .collect();
        for (end, _) in out {
            let boosters: f64 = group[1..]
                .iter()
                .filter_map(|&other| weights.get(&(other, end)))
                .sum();
            if boosters > 0.0 {
                boosts.push(((end, first), boosters * ALPHA * position));
            }
        }
    }
    for (edge, boost) in boosts {
        *weights.get_mut(&edge).expect("the reverse of an existing edge") += boost;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keywords::KeywordOptions;
    use crate::keywords::tests::Document;

    #[test]
    fn the_first_candidate_of_a_topic_draws_the_boost() {
        // Candidates: "ID cards"(0) at offset 0, "wind farms"(1) at 2,
        // "ID card scheme"(2) at 4. Topics: {0, 2}, {1}.
        // Gaps: 0→1: 2 − 0 − 1 = 1; 1→2: 4 − 2 − 1 = 1; 0→2 same topic.
        // Edges 0↔1 weight 1, 1↔2 weight 1. The boost of 1 → 0 adds
        // α · e^(1/1) · w(1, 2) = 1.1 · e.
        let text = "ID cards. Wind farms. ID card scheme.";
        let doc = Document::new(text, KeywordOptions::default());
        let input = doc.input();
        let candidates = Candidates::collect(&input);
        let topic = cluster(&candidates);
        assert_eq!(topic, [0, 1, 0]);
        let mut weights = edge_weights(&input, &candidates, &topic);
        assert_eq!(weights.len(), 4);
        assert_eq!(weights[&(0, 1)], 1.0);
        assert_eq!(weights[&(1, 2)], 1.0);
        boost_first_candidates(&input, &candidates, &topic, &mut weights);
        assert!((weights[&(1, 0)] - (1.0 + 1.1 * std::f64::consts::E)).abs() < 1e-12);
        assert_eq!(weights[&(0, 1)], 1.0);
        assert_eq!(weights[&(2, 1)], 1.0);
        let scores = MultipartiteRank.score(&input, &candidates);
        assert!(scores[0] > scores[2], "{scores:?}");
    }
}
