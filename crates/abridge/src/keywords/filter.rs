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
//! 3. **One concept per slot** (where [`KeywordOptions::one_concept_per_slot`]
//!    or the method asks for it): of two nested keywords ("dollar",
//!    "dollar gains"), one takes the slot; which one, and when both stand,
//!    [`Concepts`] decides from how often each is said. Step 2 comes first:
//!    where it applies, a single word inside a kept keyphrase is skipped
//!    before [`Concepts`] sees it, so only a phrase takes the slot of a
//!    longer kept one said once.
//! 4. **Cut late candidates** (for the methods that ask for it): a candidate
//!    first seen after [`KeywordOptions::first_position_cutoff`] words is
//!    left out (KP-Miner, El-Beltagy & Rafea 2009).
//! 5. **Cut** at [`KeywordOptions::count`].
//! 6. **Show** each keyword in its most frequent surface form, white space
//!    collapsed (ties: the first seen), with its number of occurrences and
//!    the byte span of each.
//!
//! [`Tokenized::tagged`]: crate::text::Tokenized::tagged
//! [`KeywordOptions::count`]: super::KeywordOptions::count
//! [`KeywordOptions::first_position_cutoff`]: super::KeywordOptions::first_position_cutoff
//! [`KeywordOptions::one_concept_per_slot`]: super::KeywordOptions::one_concept_per_slot

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
    one_concept_per_slot: bool,
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
    let mut concepts = one_concept_per_slot.then(|| Concepts::new(input.words()));
    // The kept candidates by slot; a slot is emptied when a longer keyphrase
    // takes the place of two kept ones it holds ("ID card" and "card scheme"
    // before "ID card scheme"). Sized by what exists, not by what is asked:
    // `count` may be any number.
    let mut kept: Vec<Option<usize>> = Vec::with_capacity(options.count.min(list.len()));
    let mut live = 0;
    // The words of the multi-word keyphrases kept so far: one lookup per
    // candidate, however many keywords are asked for.
    let mut covered: HashSet<TermId> = HashSet::default();
    for index in ranked.into_iter().map(|i| i as usize) {
        if live == options.count || scores[index] == f64::NEG_INFINITY {
            // Left-out candidates sort last, so none after them is kept.
            break;
        }
        if let Some(cutoff) = cutoff {
            let first = &candidates.occurrences[list.get(index).occurrences[0] as usize];
            if first.position(input) >= cutoff {
                continue;
            }
        }
        let candidate = list.get(index);
        let terms = candidate.terms;
        if skip_covered && is_covered(terms, &covered) {
            continue;
        }
        if let Some(concepts) = &mut concepts {
            match concepts.offer(terms, candidate.count()) {
                Verdict::Nested => continue,
                Verdict::New => {}
                Verdict::Replaces(slots) => {
                    // The first slot goes to the longer keyphrase, the others
                    // are emptied.
                    kept[slots[0]] = Some(index);
                    for &slot in &slots[1..] {
                        kept[slot] = None;
                    }
                    live -= slots.len() - 1;
                    if skip_covered && terms.len() > 1 {
                        covered.extend(terms.iter().copied());
                    }
                    continue;
                }
            }
        }
        if skip_covered && terms.len() > 1 {
            covered.extend(terms.iter().copied());
        }
        kept.push(Some(index));
        live += 1;
    }
    let mut kept: Vec<usize> = kept.into_iter().flatten().collect();
    // A keyword that took a better one's slot is ranked by its own score:
    // the list stays best first, in the ranking's order.
    kept.sort_by(|&a, &b| {
        scores[b]
            .total_cmp(&scores[a])
            .then(list.first(a).cmp(&list.first(b)))
    });
    kept.into_iter()
        .map(|index| Keyword {
            term: surface(input, candidates, &list.get(index)),
            score: scores[index],
            count: list.get(index).count(),
            spans: list
                .get(index)
                .occurrences
                .iter()
                .map(|&o| candidates.occurrences[o as usize].shown_span(input))
                .collect(),
        })
        .collect()
}

/// Below this many words of the document per occurrence, a keyword is not
/// frequent enough on its own to change the rule "one concept per slot" (see
/// [`Concepts::offer`]): a phrase said once in a 700-word article is as
/// strong as one said five times in a 5,000-word paper. Chosen on the
/// keyphrase sets of `../shared/data` together (500 and 2,000 do worse on
/// the news and full papers alike; README.md gives the figures).
const WORDS_PER_OCCURRENCE: usize = 1000;

/// The fewest occurrences of a longer keyphrase that takes the slot of a
/// kept keyword it holds: a phrase said once is as likely a passing mention.
const FEWEST_TO_REPLACE: usize = 2;

/// The fewest occurrences of each of two nested keywords that may stand side
/// by side: both name a topic the text keeps coming back to ("grid" and
/// "grid computing" in a paper on grids).
const FEWEST_TO_STAND_BESIDE: usize = 3;

/// The keywords kept so far, as sets of terms, for the rule "one concept per
/// slot": a candidate whose terms all belong to a kept keyword ("dollar"
/// after "dollar gains"), or whose terms hold all of a kept keyword's
/// ("ID card scheme" after "ID cards"), names a topic already on the list.
/// Only the kept keywords that share a term with the candidate are compared,
/// so a long list costs what its overlaps cost, not list × candidates.
///
/// Which of two nested keywords keeps the slot ([`Concepts::offer`]): the
/// better-ranked one, unless the later one is said often enough on its own
/// and is the longer, or the kept one is not; and both stand when both are
/// said often. Counts are of the keyword as a whole candidate: "dollar"
/// inside "dollar gains" does not count for "dollar".
pub(super) struct Concepts {
    /// Each slot's distinct terms (sorted) and count; `None` once emptied.
    slots: Vec<Option<(Vec<TermId>, usize)>>,
    /// For each term, the slots that held it (an emptied or replaced slot
    /// may stay listed: the terms are compared again).
    holding: HashMap<TermId, Vec<usize>>,
    /// The document's length in words, title included.
    words: usize,
}

/// What [`Concepts::offer`] decides for a candidate.
#[derive(Debug, PartialEq)]
pub(super) enum Verdict {
    /// A new concept: it takes a new slot.
    New,
    /// A keyword said often enough beside kept ones it is nested with that
    /// are all shorter, or all longer and said once: it takes the first of
    /// these slots and the others are emptied.
    Replaces(Vec<usize>),
    /// A concept already on the list: left out.
    Nested,
}

impl Concepts {
    /// No keyword yet, in a document of `words` words.
    pub(super) fn new(words: usize) -> Concepts {
        Concepts {
            slots: Vec::new(),
            holding: HashMap::default(),
            words,
        }
    }

    /// Whether `count` occurrences make a keyword frequent: at least
    /// `fewest`, and at least one per [`WORDS_PER_OCCURRENCE`] words.
    fn frequent(&self, count: usize, fewest: usize) -> bool {
        count >= fewest && count.saturating_mul(WORDS_PER_OCCURRENCE) >= self.words
    }

    /// The strict rule: whether `terms` names a new concept, with no kept
    /// keyword inside it or holding it; if so, it is kept.
    pub(super) fn admit(&mut self, terms: &[TermId]) -> bool {
        let mine = sorted_terms(terms);
        if !self.nested_with(&mine).is_empty() {
            return false;
        }
        self.take(None, mine, 0);
        true
    }

    /// Decides for a candidate of `count` occurrences, ranked below every
    /// kept keyword, and keeps it unless it is [`Verdict::Nested`]:
    /// - no kept keyword is nested with it: [`Verdict::New`];
    /// - each kept keyword nested with it is, like it, frequent (at least
    ///   [`FEWEST_TO_STAND_BESIDE`] occurrences): both stand, [`Verdict::New`];
    /// - each is inside it ("dollar" before "dollar gains") and it is
    ///   frequent (at least [`FEWEST_TO_REPLACE`] occurrences): the phrase
    ///   is the more precise name and takes the slot, [`Verdict::Replaces`];
    /// - each holds it and is not frequent ("dollar reached", said once,
    ///   before "dollar") while it is: the kept phrase was a passing mention
    ///   and the word takes the slot, [`Verdict::Replaces`];
    /// - otherwise the better-ranked keyword keeps the slot: [`Verdict::Nested`].
    pub(super) fn offer(&mut self, terms: &[TermId], count: usize) -> Verdict {
        let mine = sorted_terms(terms);
        let nested = self.nested_with(&mine);
        if nested.is_empty() {
            self.take(None, mine, count);
            return Verdict::New;
        }
        let theirs = |slot: usize| self.slots[slot].as_ref().expect("a live slot");
        let beside = self.frequent(count, FEWEST_TO_STAND_BESIDE)
            && nested
                .iter()
                .all(|&slot| self.frequent(theirs(slot).1, FEWEST_TO_STAND_BESIDE));
        if beside {
            self.take(None, mine, count);
            return Verdict::New;
        }
        // The longer keyphrase said often enough is the more precise name
        // ("ID card scheme" over "ID card"); a kept phrase said once is a
        // passing mention beside a word said often enough ("dollar reached"
        // once, "dollar" five times).
        let longer = nested.iter().all(|&slot| theirs(slot).0.len() < mine.len());
        let shorter = nested.iter().all(|&slot| theirs(slot).0.len() > mine.len())
            && nested
                .iter()
                .all(|&slot| !self.frequent(theirs(slot).1, FEWEST_TO_REPLACE));
        if (longer || shorter) && self.frequent(count, FEWEST_TO_REPLACE) {
            for &slot in &nested[1..] {
                self.slots[slot] = None;
            }
            self.take(Some(nested[0]), mine, count);
            return Verdict::Replaces(nested);
        }
        Verdict::Nested
    }

    /// The live slots whose terms are a subset or a superset of the sorted
    /// `mine`, in slot order.
    fn nested_with(&self, mine: &[TermId]) -> Vec<usize> {
        let mut seen: Vec<usize> = Vec::new();
        let mut nested: Vec<usize> = Vec::new();
        for term in mine {
            for &k in self.holding.get(term).map_or(&[][..], Vec::as_slice) {
                if seen.contains(&k) {
                    continue;
                }
                seen.push(k);
                if let Some((theirs, _)) = &self.slots[k]
                    && (is_subset(mine, theirs) || is_subset(theirs, mine))
                {
                    nested.push(k);
                }
            }
        }
        nested.sort_unstable();
        nested
    }

    /// Puts `mine` in `slot`, or in a new slot.
    fn take(&mut self, slot: Option<usize>, mine: Vec<TermId>, count: usize) {
        let k = slot.unwrap_or(self.slots.len());
        for &term in &mine {
            let holders = self.holding.entry(term).or_default();
            if !holders.contains(&k) {
                holders.push(k);
            }
        }
        match slot {
            Some(k) => self.slots[k] = Some((mine, count)),
            None => self.slots.push(Some((mine, count))),
        }
    }
}

/// The distinct terms of a keyword, sorted.
fn sorted_terms(terms: &[TermId]) -> Vec<TermId> {
    let mut mine = terms.to_vec();
    mine.sort_unstable();
    mine.dedup();
    mine
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
        let span = candidates.occurrences[occurrence as usize].shown_span(input);
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

/// Whether the only white space of `s` is single spaces between words:
/// what [`collapse_whitespace`] leaves as it is. ASCII is read byte by
/// byte; a char outside ASCII (a pound sign, a curly quote: many news
/// sentences hold one) is decoded at its first byte and asked whether it is
/// white space (U+00A0, U+2009 ...), its other bytes passed over.
fn is_collapsed(s: &str) -> bool {
    let bytes = s.as_bytes();
    // A space at the start is not collapsed: it counts as following one.
    let mut after_space = true;
    let mut at = 0;
    // Eight bytes at a time while they are printable ASCII and spaces, no
    // space after another (nor at the start): most sentences to their end,
    // where words of a few letters ended the byte loop's run below at every
    // space.
    while let Some(chunk) = bytes.get(at..at + 8) {
        let x = u64::from_le_bytes(chunk.try_into().expect("a slice of eight bytes"));
        match eight(x, after_space) {
            Eight::Other => break,
            Eight::DoubleSpace => return false,
            Eight::Plain { ends_in_space } => after_space = ends_in_space,
        }
        at += 8;
    }
    while let Some(&b) = bytes.get(at) {
        if b > b' ' && b.is_ascii() {
            // Most bytes: printable ASCII, no white space, read in a tight loop.
            at += 1;
            while let Some(&b) = bytes.get(at)
                && b > b' '
                && b.is_ascii()
            {
                at += 1;
            }
            after_space = false;
        } else if b.is_ascii() {
            // `char::is_whitespace` also takes the vertical tab, which
            // `u8::is_ascii_whitespace` does not.
            if b == 0x0B || (b.is_ascii_whitespace() && b != b' ') {
                return false;
            }
            let space = b == b' ';
            if space && after_space {
                return false;
            }
            after_space = space;
            at += 1;
        } else {
            let c = s[at..].chars().next().expect("`at` is a char boundary");
            if c.is_whitespace() {
                return false;
            }
            after_space = false;
            at += c.len_utf8();
        }
    }
    !after_space || s.is_empty()
}

/// What eight bytes of a text are to [`is_collapsed`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Eight {
    /// A byte outside printable ASCII and the space (`0x20..=0x7f`).
    Other,
    /// None such, but a space follows a space (or opens the eight when the
    /// byte before them was a space or there is none).
    DoubleSpace,
    /// Printable ASCII and single spaces; whether the last byte is a space.
    Plain { ends_in_space: bool },
}

/// [`Eight`] of the bytes of `x` (the first in the low byte), the byte before
/// them a space (or none) when `after_space`.
fn eight(x: u64, after_space: bool) -> Eight {
    const ONES: u64 = u64::from_le_bytes([0x01; 8]);
    const HIGH: u64 = ONES * 0x80;
    // A byte from 0x20 to 0x7f less 0x20 stays below 0x80 and borrows nothing
    // from the next byte; the lowest byte outside that range has its high bit
    // set already (0x80 and above) or gets it from the subtraction (below
    // 0x20, wrapped to 0xe0 and above). So a high bit says some byte is out.
    if (x.wrapping_sub(ONES * 0x20) | x) & HIGH != 0 {
        return Eight::Other;
    }
    // The high bit of each space: the byte of `y` is zero there. No byte of
    // `y` has its high bit set now (each byte of `x` is below 0x80), so 0x7f
    // added to it reaches the high bit exactly when the byte is not zero,
    // never carrying into the next byte.
    let y = x ^ (ONES * 0x20);
    let spaces = !(y + !HIGH) & HIGH;
    let before = spaces << 8 | if after_space { 0x80 } else { 0 };
    if spaces & before != 0 {
        Eight::DoubleSpace
    } else {
        Eight::Plain {
            ends_in_space: spaces >> 63 != 0,
        }
    }
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
    // Most sentences are their own collapsed form: one byte loop says so,
    // where splitting them at white space decoded every char (perf only).
    if is_collapsed(s) {
        out.push_str(s);
        return;
    }
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
        let mut concepts = Concepts::new(100);
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
        let kept: Vec<&Vec<TermId>> = concepts.slots.iter().flatten().map(|(t, _)| t).collect();
        assert_eq!(kept, [&vec![1, 2], &vec![1, 3], &vec![7]]);
    }

    #[test]
    fn the_better_ranked_of_a_nested_pair_keeps_the_slot_when_the_other_is_rare() {
        // A 100-word document: two occurrences are frequent enough.
        let mut concepts = Concepts::new(100);
        // "dollar" said three times, then "dollar gains" once: a passing
        // mention, left out.
        assert_eq!(concepts.offer(&[1], 3), Verdict::New);
        assert_eq!(concepts.offer(&[1, 2], 1), Verdict::Nested);
        // "gains reached" said twice holds no kept keyword's terms: new.
        assert_eq!(concepts.offer(&[2, 3], 2), Verdict::New);
        // "gains" said twice beside "gains reached", said twice too: neither
        // is rare, but the phrase keeps its slot (both stand only from three).
        assert_eq!(concepts.offer(&[2], 2), Verdict::Nested);
    }

    #[test]
    fn a_longer_phrase_said_often_enough_takes_the_slot_of_the_words_it_holds() {
        let mut concepts = Concepts::new(100);
        // "ID" and "card" kept, then "ID card scheme" said twice: it takes
        // the first slot and empties the second.
        assert_eq!(concepts.offer(&[1], 1), Verdict::New);
        assert_eq!(concepts.offer(&[9], 1), Verdict::New);
        assert_eq!(concepts.offer(&[2], 1), Verdict::New);
        assert_eq!(concepts.offer(&[1, 2, 3], 2), Verdict::Replaces(vec![0, 2]));
        let kept: Vec<Option<&Vec<TermId>>> =
            concepts.slots.iter().map(|s| s.as_ref().map(|(t, _)| t)).collect();
        assert_eq!(kept, [Some(&vec![1, 2, 3]), Some(&vec![9]), None]);
        // The replaced words are gone: "card" said once is nested in the phrase.
        assert_eq!(concepts.offer(&[2], 1), Verdict::Nested);
    }

    #[test]
    fn a_word_said_often_enough_takes_the_slot_of_a_phrase_said_once() {
        let mut concepts = Concepts::new(100);
        // "dollar reached" said once, then "dollar" said five times.
        assert_eq!(concepts.offer(&[1, 3], 1), Verdict::New);
        assert_eq!(concepts.offer(&[1], 5), Verdict::Replaces(vec![0]));
        // Not when the phrase is said twice: it keeps its slot.
        let mut concepts = Concepts::new(100);
        assert_eq!(concepts.offer(&[1, 3], 2), Verdict::New);
        assert_eq!(concepts.offer(&[1], 2), Verdict::Nested);
    }

    #[test]
    fn nested_keywords_both_said_often_stand_side_by_side() {
        let mut concepts = Concepts::new(100);
        // "grid" four times and "grid computing" three times.
        assert_eq!(concepts.offer(&[1], 4), Verdict::New);
        assert_eq!(concepts.offer(&[1, 2], 3), Verdict::New);
        assert_eq!(concepts.slots.iter().flatten().count(), 2);
    }

    #[test]
    fn frequent_enough_grows_with_the_length_of_the_document() {
        // In a 5,000-word paper, once per 1,000 words is 5 occurrences: three
        // are not enough to stand beside a word, or to replace it.
        let mut concepts = Concepts::new(5000);
        assert_eq!(concepts.offer(&[1], 10), Verdict::New);
        assert_eq!(concepts.offer(&[1, 2], 3), Verdict::Nested);
        assert_eq!(concepts.offer(&[1, 3], 5), Verdict::New);
        assert!(concepts.frequent(5, 2) && !concepts.frequent(4, 2));
        let short = Concepts::new(100);
        assert!(short.frequent(2, 2) && !short.frequent(1, 2) && !short.frequent(2, 3));
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
                one_concept_per_slot: Some(false),
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
        let kept = select(&input, &candidates, &[1.0, 2.0, 2.0], true, false, None);
        let terms: Vec<&str> = kept.iter().map(|k| k.term.as_str()).collect();
        assert_eq!(terms, ["Wind", "Grid storage"]);
        // With a cutoff of 3 words ("Solar panels. Wind." are words 0 to 2),
        // "Grid storage" is first seen too late and the next one fills in.
        let kept = select(&input, &candidates, &[1.0, 2.0, 2.0], true, false, Some(3));
        let terms: Vec<&str> = kept.iter().map(|k| k.term.as_str()).collect();
        assert_eq!(terms, ["Wind", "Solar panels"]);
    }

    #[test]
    fn the_filter_gives_a_nested_pair_one_slot() {
        // Hand-made scores: "Grid" (said once) outranks "Grid storage" (said
        // twice); with one concept per slot the phrase takes the word's slot.
        let doc = Document::new("Grid. Grid storage. Grid storage.", KeywordOptions::default());
        let input = doc.input();
        let candidates = Candidates::collect(&input);
        let terms = |one_concept: bool| -> Vec<String> {
            select(&input, &candidates, &[2.0, 1.0], true, one_concept, None)
                .into_iter()
                .map(|k| k.term)
                .collect()
        };
        assert_eq!(terms(false), ["Grid", "Grid storage"]);
        assert_eq!(terms(true), ["Grid storage"]);
    }

    #[test]
    fn a_keyword_that_takes_a_slot_is_listed_by_its_own_score() {
        // "Grid" (3.0) is kept, then "storage" (2.0); "Grid storage" (1.0),
        // said twice, takes the first slot and empties the second, so
        // "power" (1.5) comes before it.
        let doc = Document::new(
            "Grid. Storage. Grid storage. Grid storage. Power.",
            KeywordOptions::default(),
        );
        let input = doc.input();
        let candidates = Candidates::collect(&input);
        let kept = select(&input, &candidates, &[3.0, 2.0, 1.0, 1.5], true, true, None);
        let terms: Vec<&str> = kept.iter().map(|k| k.term.as_str()).collect();
        assert_eq!(terms, ["Power", "Grid storage"]);
        assert!(kept.windows(2).all(|w| w[0].score >= w[1].score));
    }

    #[test]
    fn a_covered_word_never_reaches_the_concept_rule() {
        // "Grid storage" (said once) outranks "Grid" (said five times). The
        // concept rule alone gives the word the phrase's slot; with the
        // covered-word rule, which comes first, the word is skipped.
        let doc = Document::new(
            "Grid storage. Grid. Grid. Grid. Grid. Grid.",
            KeywordOptions::default(),
        );
        let input = doc.input();
        let candidates = Candidates::collect(&input);
        let terms = |skip_covered: bool| -> Vec<String> {
            select(&input, &candidates, &[2.0, 1.0], skip_covered, true, None)
                .into_iter()
                .map(|k| k.term)
                .collect()
        };
        assert_eq!(terms(false), ["Grid"]);
        assert_eq!(terms(true), ["Grid storage"]);
    }

    #[test]
    fn white_space_collapses_to_one_space() {
        assert_eq!(collapse_whitespace(" solar \n\t panels "), "solar panels");
        // The same as splitting at white space, on the inputs the ASCII
        // shortcut takes and on those it leaves to the split.
        for s in ["", "a", "solar panels", "a  b", " a", "a ", "a\tb", "a\u{b}b", "caf\u{e9} x", "a\u{a0}b"] {
            let split = s.split_whitespace().collect::<Vec<_>>().join(" ");
            assert_eq!(collapse_whitespace(s), split, "{s:?}");
        }
        assert!(is_collapsed("solar panels") && !is_collapsed("a\u{b}b"));
        assert!(is_collapsed("\u{a3}5 \u{201c}caf\u{e9}\u{201d}") && !is_collapsed("a\u{a0}b"));
        // Every string of up to four chars over white space of both kinds,
        // letters of both kinds and a symbol: collapsed exactly when
        // splitting at white space and joining with one space gives it back.
        let chars = [' ', '\t', '\u{b}', '\u{a0}', '\u{2009}', '\u{3000}', 'a', '\u{e9}', '\u{a3}', '\u{4e2d}'];
        let mut strings = vec![String::new()];
        for _ in 0..4 {
            let longer: Vec<String> = strings
                .iter()
                .flat_map(|s| chars.iter().map(move |&c| format!("{s}{c}")))
                .collect();
            strings.extend(longer);
        }
        strings.sort();
        strings.dedup();
        for s in &strings {
            let split = s.split_whitespace().collect::<Vec<_>>().join(" ");
            assert_eq!(is_collapsed(s), split == *s, "{s:?}");
            assert_eq!(collapse_whitespace(s), split, "{s:?}");
        }
    }

    #[test]
    fn eight_bytes_are_read_as_one_at_a_time() {
        // The answer of `eight` read byte by byte.
        let reference = |bytes: [u8; 8], after_space: bool| {
            if bytes.iter().any(|b| !(0x20..=0x7f).contains(b)) {
                return Eight::Other;
            }
            let mut space = after_space;
            for &b in &bytes {
                if b == b' ' && space {
                    return Eight::DoubleSpace;
                }
                space = b == b' ';
            }
            Eight::Plain { ends_in_space: space }
        };
        // Every byte value at every place, and beside a second byte of
        // every value three places on, among letters, spaces or the edges
        // of the range (0x20, 0x7f), after a space or not.
        for filler in [b'a', b' ', 0x7f] {
            for place in 0..8 {
                for b in 0..=255u8 {
                    for other in 0..=255u8 {
                        let mut bytes = [filler; 8];
                        bytes[place] = b;
                        bytes[(place + 3) % 8] = other;
                        for after_space in [false, true] {
                            let x = u64::from_le_bytes(bytes);
                            let expected = reference(bytes, after_space);
                            assert_eq!(eight(x, after_space), expected, "{bytes:?} {after_space}");
                        }
                    }
                }
            }
        }
        // Long strings, so that the eight-byte reads run: collapsed exactly
        // when splitting at white space and joining with one space gives
        // them back.
        let pieces = ["solar", "panels", "a", " ", "  ", "\t", "\n", "\u{a3}5", "\u{a0}", "x.", "\u{7f}", "\u{1f}"];
        let mut draws = crate::testing::Draws::new(0x9e37_79b9_7f4a_7c15);
        for _ in 0..50_000 {
            let mut s = String::new();
            for _ in 0..2 + draws.below(12) {
                // Mostly words and single spaces, as in prose.
                let pick = (draws.next_u64() >> 8) as usize % (pieces.len() * 3);
                s.push_str(pieces.get(pick).unwrap_or(if pick.is_multiple_of(2) { &"word" } else { &" " }));
            }
            let split = s.split_whitespace().collect::<Vec<_>>().join(" ");
            assert_eq!(is_collapsed(&s), split == s, "{s:?}");
        }
    }
}
