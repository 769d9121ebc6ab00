//! The RAKE keyword method ([`KeywordMethod::Rake`]).
//!
//! This file owns RAKE's candidates and scores. It receives the document's
//! [`KeywordInput`] and returns candidates of its own and one score per
//! candidate. It must not know how the shared candidates are found, nor how
//! keywords are ranked and cut.
//!
//! Method: Rapid Automatic Keyword Extraction (Rose, Engel, Cramer & Cowley
//! 2010, "Automatic keyword extraction from individual documents").
//! - **Candidates.** The text is cut at every stopword and every
//!   punctuation mark; each maximal run of the words left is a candidate
//!   phrase, however long (the paper sets no limit).
//! - **Word scores.** Over the candidate occurrences, `freq(w)` is the number
//!   of times `w` occurs in a candidate and `deg(w)` the sum of the lengths
//!   (in words) of the candidates it occurs in, one term per occurrence: the
//!   row sum of the paper's word co-occurrence matrix. A word scores
//!   `deg(w) / freq(w)`, the paper's recommended metric.
//! - **Candidate scores.** The sum of its words' scores, one per word.
//! - **Adjoining keywords** (section 1.2.3). Two phrases of the same
//!   sentence that only stopwords separate (no punctuation, possessive or
//!   number between them) adjoin. Where the same two phrases adjoin at
//!   least twice in the document, in the same order and with the same
//!   stopwords between them, each such stretch of text is also a candidate
//!   ("axis of evil"), written as in the text and scored as the sum of its
//!   two members' scores. Word scores come from the ordinary phrases
//!   alone. The interior stopwords are part of the candidate's key, after
//!   the vocabulary, so that "A de B", "A en B" and the phrase "A B" are
//!   three candidates.
//!
//! Deviations, each for a reason:
//! - The stopwords are the language's (abridge's own lists; the paper used
//!   Fox's list, rake-nltk NLTK's), so RAKE runs in every language abridge
//!   knows. Numbers and lone letters end a phrase too (rake-nltk keeps
//!   numbers as words: "2001" is rarely a keyword).
//! - Words are identified by stem, as everywhere in abridge (rake-nltk by
//!   lowercase form), and a hyphen joins rather than cuts ("two-dimensional"
//!   stays one compound).
//! - Adjoining keywords are paired among the candidate phrases, as the
//!   paper's "a new candidate keyword" reads, before the top keywords are
//!   chosen; the paper leaves open whether the interior stopwords must be
//!   the same each time: here they must, so that the new candidate has one
//!   text. The tokens mark stopwords, numbers, lone letters and the lone
//!   characters a dictionary could not join alike (no term): between the
//!   two, a lowercase lone letter counts as a stopword ("a", Spanish "y"),
//!   a number, a lone capital ("C") or a lone character of a script
//!   written without spaces (Chinese, Japanese, Thai) does not, so no
//!   adjoining keyword joins across a character of unknown kind.
//!   rake-nltk leaves adjoining keywords out.
//! - The shared filter's covered-word rule does not apply: RAKE ranks its
//!   phrases as they are.
//!
//! [`KeywordMethod::Rake`]: super::KeywordMethod::Rake

use super::candidates::{Candidates, CandidatesBuilder};
use super::{CandidateScorer, KeywordInput};
use crate::text::segment::is_spaceless_script;
use crate::text::{TermId, Token};
use rustc_hash::FxHashMap as HashMap;
use std::ops::Range;

/// RAKE: stopword-delimited phrases scored by degree over frequency.
pub(super) struct Rake;

impl CandidateScorer for Rake {
    fn candidates(&self, input: &KeywordInput<'_>) -> Candidates {
        let phrases: Vec<Vec<Range<usize>>> = input
            .sequences
            .iter()
            .map(|sequence| phrases(sequence))
            .collect();
        let adjoining = Adjoining::find(input, &phrases);
        let mut builder = CandidatesBuilder::new(input);
        let mut key = Vec::new();
        for (s, (sequence, phrases)) in input.sequences.iter().zip(&phrases).enumerate() {
            for (p, tokens) in phrases.iter().enumerate() {
                key.clear();
                key.extend(sequence[tokens.clone()].iter().filter_map(|t| t.term));
                builder.push(s, tokens.clone(), &key);
                // An adjoining keyword starts where its first member does:
                // pushed after it, occurrences stay in document order.
                if let Some((key, tokens)) = adjoining.at(s, p) {
                    builder.push(s, tokens, key);
                }
            }
        }
        builder.finish()
    }

    fn score(&self, input: &KeywordInput<'_>, candidates: &Candidates) -> Vec<f64> {
        let terms = input.terms();
        let word_scores = word_scores(terms, candidates);
        // An adjoining keyword's key holds its members' terms and, after the
        // vocabulary, its interior stopwords: the sum over its terms is the
        // sum of its members' scores.
        candidates
            .list
            .iter()
            .map(|c| {
                c.terms
                    .iter()
                    .filter(|&&t| (t as usize) < terms)
                    .map(|&t| word_scores[t as usize])
                    .sum()
            })
            .collect()
    }

    fn skips_covered_words(&self) -> bool {
        false
    }
}

/// RAKE's candidate phrases of one sequence, as token ranges in order: the
/// maximal runs of words with a term that no punctuation or possessive cuts.
fn phrases(sequence: &[Token]) -> Vec<Range<usize>> {
    let mut phrases = Vec::new();
    let mut start: Option<usize> = None;
    for (i, token) in sequence.iter().enumerate() {
        let joins = start.is_some()
            && token.term.is_some()
            && !token.break_before
            && !sequence[i - 1].possessive;
        if let Some(first) = start.filter(|_| !joins) {
            phrases.push(first..i);
            start = None;
        }
        if start.is_none() && token.term.is_some() {
            start = Some(i);
        }
    }
    if let Some(first) = start {
        phrases.push(first..sequence.len());
    }
    phrases
}

/// The fewest times two phrases must adjoin, in the same order and with the
/// same stopwords between them, to make an adjoining keyword (the paper's
/// "at least twice").
const FEWEST_ADJOINING: usize = 2;

/// The paper's adjoining keywords: each pair of consecutive phrases of a
/// sequence that only stopwords separate, kept where the same pair with the
/// same stopwords between occurs at least [`FEWEST_ADJOINING`] times.
struct Adjoining {
    /// The kept occurrences, in document order.
    kept: Vec<Adjoined>,
}

/// One occurrence of two adjoining phrases.
struct Adjoined {
    /// Its sequence and the index of its first phrase there.
    at: (usize, usize),
    /// Its key (see [`Adjoining::find`]).
    key: Vec<TermId>,
    /// Its tokens, from the first phrase's first word to the second's last.
    tokens: Range<usize>,
}

impl Adjoining {
    /// The adjoining keywords of the document, given its `phrases` by
    /// sequence.
    ///
    /// A key is the first phrase's terms, an id for each interior stopword,
    /// then the second phrase's terms. A stopword's id is the number of
    /// terms plus its index among the distinct lowercase stopwords of the
    /// document: no stem has one, so "A de B", "A en B" and the plain
    /// phrase "A B" are three keys.
    fn find(input: &KeywordInput<'_>, phrases: &[Vec<Range<usize>>]) -> Adjoining {
        let first_stopword = input.terms() as TermId;
        let mut stopwords: HashMap<String, TermId> = HashMap::default();
        let mut found: Vec<Adjoined> = Vec::new();
        let mut counts: HashMap<Vec<TermId>, usize> = HashMap::default();
        let mut lower = String::new();
        for (s, (sequence, phrases)) in input.sequences.iter().zip(phrases).enumerate() {
            'pairs: for (p, pair) in phrases.windows(2).enumerate() {
                let (a, b) = (&pair[0], &pair[1]);
                // Nothing but stopwords between: no punctuation, possessive
                // or number.
                if sequence[a.end - 1..b.start].iter().any(|t| t.possessive)
                    || sequence[a.end..=b.start].iter().any(|t| t.break_before)
                {
                    continue;
                }
                let mut key: Vec<TermId> = sequence[a.clone()].iter().filter_map(|t| t.term).collect();
                for token in &sequence[a.end..b.start] {
                    let word = token.span().slice(input.text);
                    if !is_stopword(word) {
                        continue 'pairs;
                    }
                    lower.clear();
                    lower.extend(word.chars().flat_map(char::to_lowercase));
                    let id = match stopwords.get(lower.as_str()) {
                        Some(&id) => id,
                        None => {
                            let id = first_stopword + stopwords.len() as TermId;
                            stopwords.insert(lower.clone(), id);
                            id
                        }
                    };
                    key.push(id);
                }
                key.extend(sequence[b.clone()].iter().filter_map(|t| t.term));
                *counts.entry(key.clone()).or_insert(0) += 1;
                found.push(Adjoined {
                    at: (s, p),
                    key,
                    tokens: a.start..b.end,
                });
            }
        }
        found.retain(|adjoined| counts[&adjoined.key] >= FEWEST_ADJOINING);
        Adjoining { kept: found }
    }

    /// The adjoining keyword that starts with phrase `p` of sequence `s`, if
    /// one was kept: its key and tokens.
    fn at(&self, s: usize, p: usize) -> Option<(&[TermId], Range<usize>)> {
        self.kept
            .binary_search_by(|adjoined| adjoined.at.cmp(&(s, p)))
            .ok()
            .map(|i| (self.kept[i].key.as_slice(), self.kept[i].tokens.clone()))
    }
}

/// Whether a word with no term may stand between the members of an
/// adjoining keyword, as a stopword: a word with a letter and no digit
/// (numbers carry no term either but are no stopwords), other than a lone
/// capital letter (a symbol or an initial: "C" in "fuzzy C means") or a
/// lone character of a script written without spaces (a character the
/// dictionary could not join carries no term either, and the token does not
/// tell it from a stopword of one character).
fn is_stopword(word: &str) -> bool {
    let mut chars = word.chars();
    let lone = chars.next().filter(|_| chars.next().is_none());
    if lone.is_some_and(|c| c.is_uppercase() || is_spaceless_script(c)) {
        return false;
    }
    word.chars().any(char::is_alphabetic) && !word.chars().any(char::is_numeric)
}

/// `deg(w) / freq(w)` for each term id (0 for a term in no candidate), over
/// the ordinary candidates only: an adjoining keyword (a key holding an id
/// past the vocabulary) adds nothing, as in the paper.
fn word_scores(terms: usize, candidates: &Candidates) -> Vec<f64> {
    let mut degree = vec![0.0; terms];
    let mut frequency = vec![0.0; terms];
    for candidate in &candidates.list {
        if candidate.terms.iter().any(|&t| t as usize >= terms) {
            continue;
        }
        let occurrences = candidate.count() as f64;
        let length = candidate.terms.len() as f64;
        for &term in candidate.terms {
            degree[term as usize] += length * occurrences;
            frequency[term as usize] += occurrences;
        }
    }
    degree
        .iter()
        .zip(&frequency)
        .map(|(&d, &f)| if f > 0.0 { d / f } else { 0.0 })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keywords::KeywordOptions;
    use crate::keywords::tests::Document;

    #[test]
    fn phrases_are_cut_at_stopwords_and_punctuation() {
        let text = "Compatibility of linear constraints, natural numbers and FAW's trucks.";
        let doc = Document::new(text, KeywordOptions::default());
        let input = doc.input();
        let candidates = Rake.candidates(&input);
        let shown: Vec<&str> = candidates
            .occurrences
            .iter()
            .map(|o| o.span(&input).slice(text))
            .collect();
        assert_eq!(
            shown,
            [
                "Compatibility",
                "linear constraints",
                "natural numbers",
                "FAW",
                "trucks"
            ]
        );
    }

    #[test]
    fn scores_are_degree_over_frequency_summed() {
        // Phrases: "linear constraints" (twice), "natural numbers",
        // "linear algebra".
        // freq: linear 3, constraints 2, natural 1, numbers 1, algebra 1.
        // deg:  linear 2+2+2 = 6, constraints 4, natural 2, numbers 2,
        //       algebra 2.
        // Scores: linear 2, constraints 2, natural 2, numbers 2, algebra 2;
        // phrases: 4, 4, 4 (ties keep document order).
        let text = "Linear constraints. Natural numbers. Linear constraints. Linear algebra.";
        let doc = Document::new(text, KeywordOptions::default());
        let input = doc.input();
        let candidates = Rake.candidates(&input);
        assert_eq!(candidates.list.len(), 3);
        assert_eq!(Rake.score(&input, &candidates), [4.0, 4.0, 4.0]);
        // A longer phrase beside a short one: "solar power plants" (once),
        // "plants" (twice). deg(plants) = 3 + 1 + 1 = 5, freq 3: 5/3;
        // solar and power: 3/1 each.
        let text = "Solar power plants. Plants. Plants.";
        let doc = Document::new(text, KeywordOptions::default());
        let input = doc.input();
        let candidates = Rake.candidates(&input);
        let scores = Rake.score(&input, &candidates);
        assert!((scores[0] - (3.0 + 3.0 + 5.0 / 3.0)).abs() < 1e-12, "{scores:?}");
        assert!((scores[1] - 5.0 / 3.0).abs() < 1e-12, "{scores:?}");
    }

    /// The candidates of `text` as written, each with its count and score.
    fn scored(text: &'static str) -> Vec<(String, usize, f64)> {
        let doc = Document::new(text, KeywordOptions::default());
        let input = doc.input();
        let candidates = Rake.candidates(&input);
        let scores = Rake.score(&input, &candidates);
        candidates
            .list
            .iter()
            .zip(scores)
            .map(|(c, score)| {
                let first = &candidates.occurrences[c.occurrences[0] as usize];
                (first.span(&input).slice(text).to_string(), c.count(), score)
            })
            .collect()
    }

    #[test]
    fn keywords_adjoining_twice_make_a_candidate_scored_as_their_sum() {
        // Ordinary candidates: "axis" (twice), "evil" (twice), "evil twin".
        // freq: axis 2, evil 3, twin 1; deg: axis 2, evil 1 + 1 + 2 = 4,
        // twin 2. Scores: axis 1, evil 4/3, twin 2. "Axis of evil" adjoins
        // twice: a candidate of its own, scored 1 + 4/3, and the word scores
        // do not count it.
        let shown = scored("Axis of evil. Axis of evil. Evil twin.");
        let expected = [
            ("Axis", 2, 1.0),
            ("Axis of evil", 2, 1.0 + 4.0 / 3.0),
            ("evil", 2, 4.0 / 3.0),
            ("Evil twin", 1, 4.0 / 3.0 + 2.0),
        ];
        assert_eq!(shown.len(), expected.len(), "{shown:?}");
        for ((text, count, score), (want_text, want_count, want_score)) in shown.iter().zip(expected) {
            assert_eq!((text.as_str(), *count), (want_text, want_count), "{shown:?}");
            assert!((score - want_score).abs() < 1e-12, "{shown:?}");
        }
    }

    #[test]
    fn keywords_adjoining_once_or_across_punctuation_make_nothing() {
        // Once only: "Axis of evil" is no candidate.
        let shown = scored("Axis of evil. Evil twin.");
        let texts: Vec<&str> = shown.iter().map(|c| c.0.as_str()).collect();
        assert_eq!(texts, ["Axis", "evil", "Evil twin"]);
        // Twice in the text, but a comma cuts the second: once, again.
        let shown = scored("Axis of evil. Axis, of evil.");
        let texts: Vec<&str> = shown.iter().map(|c| c.0.as_str()).collect();
        assert_eq!(texts, ["Axis", "evil"]);
        // A number or a lone capital between the two is no stopword.
        let shown = scored("Axis of 2 evil. Axis of 2 evil.");
        let texts: Vec<&str> = shown.iter().map(|c| c.0.as_str()).collect();
        assert_eq!(texts, ["Axis", "evil"]);
        let shown = scored("Fuzzy C means. Fuzzy C means.");
        let texts: Vec<&str> = shown.iter().map(|c| c.0.as_str()).collect();
        assert_eq!(texts, ["Fuzzy", "means"]);
        // A lowercase lone letter is one ("a").
        let shown = scored("Removal of a tumour. Removal of a tumour.");
        let texts: Vec<&str> = shown.iter().map(|c| c.0.as_str()).collect();
        assert_eq!(texts, ["Removal", "Removal of a tumour", "tumour"]);
    }

    #[test]
    fn adjoining_keywords_differ_by_their_interior_stopwords() {
        // "Axis of evil" and "Axis to evil" twice each, "Axis evil" once:
        // three candidates. Ordinary: "axis" 4 times, "evil" 4 times,
        // "axis evil" once: freq 5 and deg 4 + 2 = 6 for both words, 6/5
        // each; every two-word candidate scores 12/5.
        let shown = scored("Axis of evil. Axis to evil. Axis of evil. Axis to evil. Axis evil.");
        let texts: Vec<(&str, usize)> = shown.iter().map(|c| (c.0.as_str(), c.1)).collect();
        assert_eq!(
            texts,
            [
                ("Axis", 4),
                ("Axis of evil", 2),
                ("evil", 4),
                ("Axis to evil", 2),
                ("Axis evil", 1)
            ]
        );
        for (text, _, score) in &shown {
            let want = if text.contains(' ') { 12.0 / 5.0 } else { 6.0 / 5.0 };
            assert!((score - want).abs() < 1e-12, "{shown:?}");
        }
    }
}
