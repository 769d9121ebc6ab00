//! The SingleRank keyword method ([`KeywordMethod::SingleRank`]).
//!
//! This file owns SingleRank's word graph and word scores, which
//! PositionRank shares. It receives the document's [`KeywordInput`] and the
//! shared [`Candidates`], and returns one score per candidate. It must not
//! know how candidates are found, ranked or cut.
//!
//! Method: SingleRank (Wan & Xiao 2008, "Single document keyphrase
//! extraction using neighborhood knowledge", the single-document case).
//! - **Graph.** The nodes are the words that can stand in a noun phrase
//!   (nouns and adjectives where the language has a part-of-speech lexicon,
//!   every content word elsewhere). Two are linked when they occur within
//!   [`WINDOW`] words of each other anywhere in the document (stopwords and
//!   other words count for the distance but are no nodes; windows run across
//!   sentence ends, as the paper's window slides over the whole text); the
//!   edge weight is how often they do.
//! - **Rank.** PageRank with damping 0.85 and a uniform teleport vector.
//! - **Candidates** are the shared noun-phrase candidates (`candidates.rs`);
//!   a candidate scores the sum of its words' scores.
//!
//! Defaults: a window of 10 (the paper's). Deviations: the candidates are
//! abridge's shared noun-phrase runs of up to `max_words` words rather than
//! a POS-pattern chunker; the shared filter's covered-word rule does not
//! apply, as the paper has none.
//!
//! [`KeywordMethod::SingleRank`]: super::KeywordMethod::SingleRank

use super::candidates::{Candidates, LongRuns};
use super::{CandidateScorer, KeywordInput};
use crate::graph::SparseGraph;
use crate::rank::{TextRankOptions, textrank};
use crate::text::TermId;

/// SingleRank: weighted co-occurrence PageRank, candidate scores summed.
pub(super) struct SingleRank;

/// Words at most `WINDOW - 1` tokens apart are linked.
pub(super) const WINDOW: usize = 10;

impl CandidateScorer for SingleRank {
    fn candidates(&self, input: &KeywordInput<'_>) -> Candidates {
        phrase_candidates(input)
    }

    fn score(&self, input: &KeywordInput<'_>, candidates: &Candidates) -> Vec<f64> {
        let graph = word_graph(input, WINDOW);
        let scores = textrank(&graph, None, &TextRankOptions::default());
        sum_word_scores(&scores, candidates)
    }

    fn skips_covered_words(&self) -> bool {
        false
    }
}

/// The longest candidate of the graph methods, in words, where a
/// part-of-speech lexicon keeps runs to noun phrases.
const PHRASE_WORDS: usize = 5;

/// The candidates of the graph methods (SingleRank, PositionRank, TopicRank,
/// MultipartiteRank): the shared noun-phrase runs kept whole up to
/// [`PHRASE_WORDS`] words, longer runs giving none, as pke filters the noun
/// phrases of these papers. Without a lexicon, the shared rule.
pub(super) fn phrase_candidates(input: &KeywordInput<'_>) -> Candidates {
    if input.tokens.lexicon.is_none() {
        return Candidates::collect(input);
    }
    Candidates::collect_runs(input, PHRASE_WORDS, LongRuns::Drop)
}

/// The document's words that are graph nodes, with their positions among
/// all its tokens (from 0): nominal words with a term.
pub(super) fn node_positions(input: &KeywordInput<'_>) -> Vec<(usize, TermId)> {
    let tokens = input.sequences.iter().flat_map(|s| s.iter());
    tokens
        .enumerate()
        .filter(|(_, t)| t.nominal)
        .filter_map(|(i, t)| Some((i, t.term?)))
        .collect()
}

/// The co-occurrence graph on term ids: nodes within `window - 1` tokens of
/// each other are linked once per time they are.
pub(super) fn word_graph(input: &KeywordInput<'_>, window: usize) -> SparseGraph {
    let nodes = node_positions(input);
    let mut edges = Vec::new();
    for (i, &(position, a)) in nodes.iter().enumerate() {
        for &(other, b) in &nodes[i + 1..] {
            if other - position >= window {
                break;
            }
            if a != b {
                edges.push((a, b));
            }
        }
    }
    SparseGraph::from_edges(input.terms(), &edges)
}

/// Each candidate's score: the sum of its words' scores.
pub(super) fn sum_word_scores(word_scores: &[f64], candidates: &Candidates) -> Vec<f64> {
    candidates
        .list
        .iter()
        .map(|c| c.terms.iter().map(|&t| word_scores[t as usize]).sum())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keywords::KeywordOptions;
    use crate::keywords::tests::Document;

    #[test]
    fn words_within_the_window_are_linked_across_sentences() {
        // Tokens: solar(0) panels(1) . wind(2) the(3) panels(4).
        let doc = Document::new("Solar panels. Wind and panels.", KeywordOptions::default());
        let input = doc.input();
        let id = |stem: &str| doc.tokens.vocabulary.get(stem).expect("a term") as usize;
        // Window 2: neighbours only.
        let graph = word_graph(&input, 2);
        assert_eq!(graph.weight(id("solar"), id("panel")), 1.0);
        assert_eq!(graph.weight(id("panel"), id("wind")), 1.0);
        assert_eq!(graph.weight(id("solar"), id("wind")), 0.0);
        // Window 3: at most 2 apart; panels(1)–wind(2) and wind(2)–panels(4).
        let graph = word_graph(&input, 3);
        assert_eq!(graph.weight(id("solar"), id("wind")), 1.0);
        assert_eq!(graph.weight(id("panel"), id("wind")), 2.0);
    }

    #[test]
    fn a_symmetric_path_ranks_its_middle_word_first() {
        // A path solar – panel – wind, d = 0.85, uniform teleport 1/3: an
        // end gets (1 - d)/3 + d·m/2, the middle (1 - d)/3 + d·2e.
        let doc = Document::new("Solar panel wind.", KeywordOptions::default());
        let input = doc.input();
        let graph = word_graph(&input, 2);
        let scores = textrank(&graph, None, &TextRankOptions::default());
        let id = |stem: &str| doc.tokens.vocabulary.get(stem).expect("a term") as usize;
        // Stationary: e = 0.05 + 0.425 m, m = 0.05 + 1.7 e.
        let e = (0.05 + 0.425 * 0.05) / (1.0 - 0.425 * 1.7);
        let m = 0.05 + 1.7 * e;
        assert!((scores[id("solar")] - e).abs() < 1e-5, "{scores:?}");
        assert!((scores[id("panel")] - m).abs() < 1e-5, "{scores:?}");
        assert!((scores[id("wind")] - e).abs() < 1e-5, "{scores:?}");
    }
}
