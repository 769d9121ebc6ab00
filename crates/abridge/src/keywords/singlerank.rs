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
//! - **Candidates** are noun phrases: the shared noun-phrase runs
//!   (`candidates.rs`), cut where a word is a verb in its context
//!   ([`is_verb_in_run`]: an `-ing` participle between two words of a run,
//!   "shadow providing additional information"), pieces of up to
//!   [`PHRASE_WORDS`] words kept; a candidate scores the sum of its words'
//!   scores. Such a verb is no node of the graph either: the paper's nodes
//!   are nouns and adjectives, and a tagger reads it as a verb (pke, the
//!   reference implementation, keeps it out of both through spaCy's tags).
//!
//! Defaults: a window of 10 (the paper's). Deviations: the candidates are
//! abridge's lexicon-read noun-phrase runs rather than a tagger's; a piece
//! longer than 5 words gives none (pke keeps sequences of any length, whose
//! sums of word scores put formula fragments such as "t equal parts z = z"
//! first on long papers); the shared filter's covered-word rule does not
//! apply, as the paper has none. Cutting runs at `-ed` participles after a
//! noun too ("approach based", measured) raised Nguyen-2007 further (F1@10
//! 5.42 to 5.52) but lost up to 0.9 on Inspec and 0.5 on SemEval-2017, so
//! only the `-ing` rule is in.
//!
//! [`KeywordMethod::SingleRank`]: super::KeywordMethod::SingleRank

use super::candidates::{Candidates, CandidatesBuilder, LongRuns};
use super::{CandidateScorer, KeywordInput};
use crate::graph::SparseGraph;
use crate::lang::en::pos::Edge;
use crate::rank::{TextRankOptions, textrank};
use crate::text::{TermId, Token};

/// SingleRank: weighted co-occurrence PageRank, candidate scores summed.
pub(super) struct SingleRank;

/// Words at most `WINDOW - 1` tokens apart are linked.
pub(super) const WINDOW: usize = 10;

impl CandidateScorer for SingleRank {
    fn candidates(&self, input: &KeywordInput<'_>) -> Candidates {
        noun_phrases(input, PHRASE_WORDS)
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

/// The candidates of TopicRank and MultipartiteRank: the shared noun-phrase
/// runs kept whole up to [`PHRASE_WORDS`] words, longer runs giving none, as
/// pke filters the noun phrases of these papers (SingleRank and PositionRank
/// cut these runs at an `-ing` verb too: `noun_phrases`). Without a lexicon,
/// the shared rule.
pub(super) fn phrase_candidates(input: &KeywordInput<'_>) -> Candidates {
    if input.tokens.lexicon.is_none() {
        return Candidates::collect(input);
    }
    Candidates::collect_runs(input, PHRASE_WORDS, LongRuns::Drop)
}

/// The candidates of SingleRank and PositionRank: the shared noun-phrase
/// runs, each cut where a word is a verb in its context ([`is_verb_in_run`]),
/// and the pieces of up to `max_words` words kept (a longer piece gives
/// none). Without a lexicon, the shared rule.
pub(super) fn noun_phrases(input: &KeywordInput<'_>, max_words: usize) -> Candidates {
    if input.tokens.lexicon.is_none() {
        return Candidates::collect(input);
    }
    let runs = Candidates::collect_runs(input, usize::MAX, LongRuns::Drop);
    let mut builder = CandidatesBuilder::new(input);
    let mut terms = Vec::new();
    for occurrence in &runs.occurrences {
        let s = occurrence.sequence();
        let sequence = input.sequences[s];
        let run = occurrence.tokens();
        let mut start = run.start;
        let ends = run.clone().skip(1).filter(|&i| is_verb_in_run(input, sequence, i));
        for piece in ends.map(|verb| (verb, verb + 1)).chain([(run.end, run.end)]) {
            let (end, next) = piece;
            terms.clear();
            terms.extend(sequence[start..end].iter().filter_map(|t| t.term));
            if !terms.is_empty() && terms.len() <= max_words {
                builder.push(s, start..end, &terms);
            }
            start = next;
        }
    }
    builder.finish()
}

/// Whether the word at `i` of `sequence` is a verb inside a noun-phrase
/// run: an `-ing` form read first as a participle ([`Edge::Participle`])
/// between two words of the run, as in "shadow providing additional
/// information" (a reduced relative clause, which a tagger reads as a verb
/// with its object). An `-ing` word that ends a run stays a noun ("web
/// crawling", "data mining"), and so does one that starts it ("leading
/// carmaker" is the edge rules' business). English only: false without a
/// lexicon.
pub(super) fn is_verb_in_run(input: &KeywordInput<'_>, sequence: &[Token], i: usize) -> bool {
    let Some(lexicon) = input.tokens.lexicon else {
        return false;
    };
    let in_run = |t: &Token| t.nominal && t.term.is_some();
    let (Some(before), Some(word), Some(after)) = (
        i.checked_sub(1).and_then(|b| sequence.get(b)),
        sequence.get(i),
        sequence.get(i + 1),
    ) else {
        return false;
    };
    if !in_run(before) || before.possessive || word.break_before || !in_run(after) || after.break_before {
        return false;
    }
    let form = word.span().slice(input.text);
    if form.len() < 5 || !form.get(form.len() - 3..).is_some_and(|end| end.eq_ignore_ascii_case("ing")) {
        return false;
    }
    let edge = match word.readings.get() {
        Some(reading) => reading.edge,
        None => lexicon.edge(&form.to_lowercase()),
    };
    edge == Edge::Participle
}

/// The document's words that are graph nodes, with their positions among
/// all its tokens (from 0): nominal words with a term, less the verbs inside
/// runs ([`is_verb_in_run`]).
pub(super) fn node_positions(input: &KeywordInput<'_>) -> Vec<(usize, TermId)> {
    let mut nodes = Vec::new();
    for (sequence, &start) in input.sequences.iter().zip(&input.starts) {
        for (i, token) in sequence.iter().enumerate() {
            if let Some(term) = token.term
                && token.nominal
                && !is_verb_in_run(input, sequence, i)
            {
                nodes.push((start + i, term));
            }
        }
    }
    nodes
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
    fn an_ing_verb_inside_a_run_cuts_it_and_is_no_node() {
        // "shadow providing additional information": `providing` is a
        // participle between two run words, so the run gives "shadow" and
        // "additional information". `mining` in "data mining methods" is
        // read first as a noun, and the run stays whole.
        let text = "The shadow providing additional information. Data mining methods are slow.";
        let doc = Document::new(text, KeywordOptions::default());
        let input = doc.input();
        let candidates = SingleRank.candidates(&input);
        let forms: Vec<&str> = candidates
            .list
            .iter()
            .map(|c| candidates.occurrences[c.occurrences[0] as usize].span(&input).slice(text))
            .collect();
        assert_eq!(forms, ["shadow", "additional information", "Data mining methods", "slow"]);
        let id = |stem: &str| doc.tokens.vocabulary.get(stem).expect("a term");
        let nodes: Vec<TermId> = node_positions(&input).into_iter().map(|(_, t)| t).collect();
        assert!(!nodes.contains(&id("provid")), "{nodes:?}");
        assert!(nodes.contains(&id("mine")), "{nodes:?}");
        // Tokens: the(0) shadow(1) providing(2) additional(3) information(4)
        // | data(5) mining(6) methods(7) are(8) slow(9): `shadow` is two words from
        // `additional`, with no node between them.
        let positions: Vec<usize> = node_positions(&input).into_iter().map(|(p, _)| p).collect();
        assert_eq!(positions[..3], [1, 3, 4]);
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
