//! The filter: from scored candidates to the keywords shown.
//!
//! This file owns the steps every method shares after scoring. It receives
//! the document's [`KeywordInput`], the [`Candidates`] and one score per
//! candidate (higher is better), and returns the [`Keyword`]s. It must not
//! know which method gave the scores or how candidates were found.
//!
//! Steps:
//! 1. **Rank** by score, then by first occurrence: ties go to the candidate
//!    the text names first, so the order never depends on hashing. A
//!    candidate the method scored `f64::NEG_INFINITY` is left out.
//! 2. **Skip covered words** (for the methods that ask for it). Where the candidates are noun phrases (English,
//!    [`Tokenized::tagged`]), a single word that a higher-ranked keyphrase
//!    already contains is left out ("services" after "wavelength services"):
//!    the phrase names the topic more precisely and the word would spend a
//!    slot on the same thing. Without a lexicon a two-word run may be a verb
//!    and its object, so the single word is the safer keyword and stays.
//! 3. **Cut late candidates** (for the methods that ask for it): a candidate
//!    first seen after [`KeywordOptions::first_position_cutoff`] words is
//!    left out (KP-Miner, El-Beltagy & Rafea 2009).
//! 4. **Cut** at [`KeywordOptions::count`].
//! 5. **Show** each keyword in its most frequent surface form, white space
//!    collapsed (ties: the first seen), with its number of occurrences and
//!    the byte span of each.
//!
//! [`Tokenized::tagged`]: crate::text::Tokenized::tagged
//! [`KeywordOptions::count`]: super::KeywordOptions::count
//! [`KeywordOptions::first_position_cutoff`]: super::KeywordOptions::first_position_cutoff

use super::candidates::{Candidate, Candidates};
use super::{Keyword, KeywordInput};
use crate::text::TermId;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// The keywords of `candidates`, given one score per candidate.
pub(super) fn select(
    input: &KeywordInput<'_>,
    candidates: &Candidates,
    scores: &[f64],
    skip_covered: bool,
    cutoff: Option<usize>,
) -> Vec<Keyword> {
    let list = &candidates.list;
    // 32-bit indices: on a long document there is a candidate per word or
    // so, and the sort's buffer is half this vector again.
    let count = u32::try_from(list.len()).expect("fewer candidates than bytes of input");
    let mut ranked: Vec<u32> = (0..count).collect();
    ranked.sort_by(|&a, &b| {
        let (a, b) = (a as usize, b as usize);
        scores[b]
            .total_cmp(&scores[a])
            .then(list.first(a).cmp(&list.first(b)))
    });
    let options = input.options;
    let skip_covered = skip_covered && options.skip_covered_words && input.tokens.tagged;
    let mut concepts = Concepts::default();
    // Sized by what exists, not by what is asked: `count` may be any number.
    let mut kept: Vec<usize> = Vec::with_capacity(options.count.min(list.len()));
    // The words of the multi-word keyphrases kept so far: one lookup per
    // candidate, however many keywords are asked for.
    let mut covered: HashSet<TermId> = HashSet::default();
    for index in ranked.into_iter().map(|i| i as usize) {
        if kept.len() == options.count || scores[index] == f64::NEG_INFINITY {
            // Left-out candidates sort last, so none after them is kept.
            break;
        }
        if let Some(cutoff) = cutoff {
            let first = &candidates.occurrences[list.get(index).occurrences[0] as usize];
            if first.position(input) >= cutoff {
                continue;
            }
        }
        let terms = list.get(index).terms;
        if options.one_concept_per_slot && !concepts.admit(terms) {
            continue;
        }
        if skip_covered {
            if is_covered(terms, &covered) {
                continue;
            }
            if terms.len() > 1 {
                covered.extend(terms.iter().copied());
            }
        }
        kept.push(index);
    }
    kept.into_iter()
        .map(|index| Keyword {
            term: surface(input, candidates, &list.get(index)),
            score: scores[index],
            count: list.get(index).count(),
            spans: list
                .get(index)
                .occurrences
                .iter()
                .map(|&o| candidates.occurrences[o as usize].span(input))
                .collect(),
        })
        .collect()
}

/// The keywords kept so far, as sets of terms, for the rule "one concept per
/// slot": a candidate whose terms all belong to a kept keyword ("dollar"
/// after "dollar gains"), or whose terms hold all of a kept keyword's
/// ("ID card scheme" after "ID cards"), names a topic already on the list.
/// Only the kept keywords that share a term with the candidate are compared,
/// so a long list costs what its overlaps cost, not list × candidates.
#[derive(Default)]
pub(super) struct Concepts {
    /// Each kept keyword's distinct terms.
    kept: Vec<Vec<TermId>>,
    /// For each term, the kept keywords that hold it.
    holding: HashMap<TermId, Vec<usize>>,
}

impl Concepts {
    /// Whether `terms` names a new concept; if so, it is kept.
    pub(super) fn admit(&mut self, terms: &[TermId]) -> bool {
        let mut mine: Vec<TermId> = terms.to_vec();
        mine.sort_unstable();
        mine.dedup();
        let mut seen: Vec<usize> = Vec::new();
        for term in &mine {
            for &k in self.holding.get(term).map_or(&[][..], Vec::as_slice) {
                if seen.contains(&k) {
                    continue;
                }
                seen.push(k);
                let theirs = &self.kept[k];
                if is_subset(&mine, theirs) || is_subset(theirs, &mine) {
                    return false;
                }
            }
        }
        let k = self.kept.len();
        for &term in &mine {
            self.holding.entry(term).or_default().push(k);
        }
        self.kept.push(mine);
        true
    }
}

/// Whether every element of the sorted `small` is in the sorted `large`.
fn is_subset(small: &[TermId], large: &[TermId]) -> bool {
    small.len() <= large.len() && small.iter().all(|t| large.binary_search(t).is_ok())
}

/// Whether `terms` is a single word among the `covered` words of multi-word
/// keyphrases.
fn is_covered(terms: &[TermId], covered: &HashSet<TermId>) -> bool {
    match terms {
        [word] => covered.contains(word),
        _ => false,
    }
}

/// The most frequent surface form of `candidate`, white space collapsed;
/// ties go to the first seen.
fn surface(input: &KeywordInput<'_>, candidates: &Candidates, candidate: &Candidate<'_>) -> String {
    // Each form with its count and first occurrence, in order of first
    // occurrence (a phrase rarely has more than two).
    let mut forms: Vec<(String, usize, usize)> = Vec::new();
    let mut form = String::new();
    for &occurrence in candidate.occurrences {
        let span = candidates.occurrences[occurrence as usize].span(input);
        collapse_whitespace_into(span.slice(input.text), &mut form);
        match forms.iter_mut().find(|(s, _, _)| *s == form) {
            Some((_, count, _)) => *count += 1,
            None => forms.push((form.clone(), 1, occurrence as usize)),
        }
    }
    forms
        .into_iter()
        .max_by(|a, b| a.1.cmp(&b.1).then(b.2.cmp(&a.2)))
        .map(|(s, _, _)| s)
        .unwrap_or_default()
}

/// Collapses each run of white space to one space.
pub(crate) fn collapse_whitespace(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    collapse_whitespace_into(s, &mut out);
    out
}

/// [`collapse_whitespace`] into a buffer, which is cleared first.
fn collapse_whitespace_into(s: &str, out: &mut String) {
    out.clear();
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keywords::tests::{Document, idf, lowercase_terms, sentence_tokens};
    use crate::keywords::{KeywordOptions, extract_keywords};

    #[test]
    fn one_concept_per_slot_leaves_out_subsets_and_supersets_of_kept_keywords() {
        let mut concepts = Concepts::default();
        // "dollar gains" = [1, 2] kept first.
        assert!(concepts.admit(&[1, 2]));
        // "dollar" = [1] is inside it; "dollar gains reached" = [1, 2, 3] holds it;
        // "gains dollar" = [2, 1] is the same set in another order.
        assert!(!concepts.admit(&[1]));
        assert!(!concepts.admit(&[1, 2, 3]));
        assert!(!concepts.admit(&[2, 1]));
        // "dollar reached" = [1, 3] shares a word only: a concept of its own.
        assert!(concepts.admit(&[1, 3]));
        // Now "reached" = [3] is inside the second kept keyword.
        assert!(!concepts.admit(&[3]));
        // An unrelated word is new; repeating a word inside a phrase changes nothing.
        assert!(concepts.admit(&[7, 7]));
        assert!(!concepts.admit(&[7]));
        assert_eq!(concepts.kept, vec![vec![1, 2], vec![1, 3], vec![7]]);
    }

    #[test]
    fn phrases_use_their_most_frequent_surface_form() {
        let text = "Automotive industry: growth. The automotive industry, again. \
                    In the automotive industry, jobs.";
        let t = sentence_tokens(text);
        let options = KeywordOptions::default();
        let keywords = extract_keywords(text, &t, &idf(&t), &options);
        let phrase = keywords
            .iter()
            .find(|k| k.term.eq_ignore_ascii_case("automotive industry"))
            .expect("the phrase is a keyword");
        assert_eq!(phrase.term, "automotive industry");
        assert_eq!(phrase.count, 3);
        let written: Vec<&str> = phrase.spans.iter().map(|s| s.slice(text)).collect();
        assert_eq!(
            written,
            ["Automotive industry", "automotive industry", "automotive industry"]
        );
    }

    #[test]
    fn only_single_words_inside_a_phrase_are_covered() {
        let covered: HashSet<TermId> = [1, 2].into_iter().collect();
        assert!(is_covered(&[2], &covered));
        // Phrases are never covered, even by a longer phrase.
        assert!(!is_covered(&[1, 2], &covered));
        assert!(!is_covered(&[4], &covered));
    }

    #[test]
    fn single_words_inside_a_higher_ranked_phrase_are_skipped() {
        // "memory safety" outranks "memory" and "safety" (its score is the
        // sum of theirs, counted twice); "compilers" and "care" are in no
        // phrase and stay.
        let text = "Compilers enforce memory safety. Memory safety needs care. \
                    Safety needs memory.";
        let t = sentence_tokens(text);
        let terms = |skip: bool| -> Vec<String> {
            let options = KeywordOptions {
                skip_covered_words: skip,
                ..KeywordOptions::default()
            };
            lowercase_terms(text, &t, &options)
        };
        let all = terms(false);
        assert_eq!(
            all,
            ["memory safety", "safety", "memory", "compilers", "care"]
        );
        assert_eq!(terms(true), ["memory safety", "compilers", "care"]);
    }

    #[test]
    fn ties_go_to_the_first_occurrence_and_the_count_cuts() {
        // Hand-made scores, as any method could give them: the second and
        // third candidates tie and keep their document order.
        let options = KeywordOptions {
            count: 2,
            ..KeywordOptions::default()
        };
        let doc = Document::new("Solar panels. Wind. Grid storage.", options);
        let input = doc.input();
        let candidates = Candidates::collect(&input);
        let kept = select(&input, &candidates, &[1.0, 2.0, 2.0], true, None);
        let terms: Vec<&str> = kept.iter().map(|k| k.term.as_str()).collect();
        assert_eq!(terms, ["Wind", "Grid storage"]);
        // With a cutoff of 3 words ("Solar panels. Wind." are words 0 to 2),
        // "Grid storage" is first seen too late and the next one fills in.
        let kept = select(&input, &candidates, &[1.0, 2.0, 2.0], true, Some(3));
        let terms: Vec<&str> = kept.iter().map(|k| k.term.as_str()).collect();
        assert_eq!(terms, ["Wind", "Solar panels"]);
    }

    #[test]
    fn white_space_collapses_to_one_space() {
        assert_eq!(collapse_whitespace(" solar \n\t panels "), "solar panels");
    }
}
