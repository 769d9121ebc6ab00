//! The candidates and scores shared by the methods that sum word scores
//! (`textrank`, `tfidf`): receives a [`KeywordInput`] and the shared
//! candidates, gives the candidates of those methods (with KP-Miner's nested
//! phrases in a long document and the compounds a language joins with a
//! preposition) and their scores from word scores (the sum, weighed by count
//! and first position, under KP-Miner's frequency floor: El-Beltagy & Rafea
//! 2009; a term the text defines an acronym for counted with the acronym,
//! after Schwartz & Hearst 2003; a long document's nested phrases that cut a hyphenated word or
//! that the text says only inside one longer candidate left out, the latter
//! as C-value does: Frantzi, Ananiadou & Mima 2000). It must not know how
//! the word scores are made.

use super::candidates::{self, Candidate, Candidates};
use super::KeywordInput;
use crate::text::TermId;
use std::ops::Range;

/// KP-Miner's least allowable seen frequency for full papers (El-Beltagy &
/// Rafea 2009): where [`KeywordInput::frequency_floor`] reaches it, a
/// document is long and its candidates are KP-Miner's
/// ([`word_sum_candidates`]).
const PAPER_FREQUENCY_FLOOR: usize = 3;

/// How many times a compound joined by a preposition ([`word_sum_candidates`])
/// must occur to be a candidate: a term the text uses, not a passing phrase.
const JOINED_REPEATS: usize = 2;

/// The longest compound joined by a preposition, in words, the preposition
/// counted.
const JOINED_WORDS: usize = 5;

/// The candidates of the methods that sum word scores: the shared ones, and
/// two more kinds.
///
/// - **Compounds joined by a preposition.** Where the language forms
///   compound terms with a preposition rather than by putting nouns side by
///   side (Spanish "detección de anomalías", French "taux de chômage";
///   [`Language::compound_joiners`](crate::lang::Language::compound_joiners)), two
///   candidates with one joiner between them, up to [`JOINED_WORDS`] words,
///   are one candidate too when the text uses the whole at least
///   [`JOINED_REPEATS`] times. Once is a passing phrase ("dos simuladores de
///   red"); a term recurs. F1@10 went from 12.56 to 15.00 on WICC and from
///   32.29 to 33.10 on WikiNews-FR (without the repeat: 14.68 and 27.49).
/// - **Nested phrases.** On a long document (a frequency floor of
///   [`PAPER_FREQUENCY_FLOOR`] or more) every shorter phrase inside a shared
///   candidate is one too, as KP-Miner's n-grams are: a long paper names its
///   topic ("disperser") mostly inside longer phrases ("explicit
///   disperser"), and the word is a candidate only with those occurrences
///   counted. On shorter texts the nested phrases cost more than they bring
///   (see README.md, Keywords). No nested phrase starts or ends inside a
///   hyphenated word ("based probability" from "frequency-based
///   probability": KP-Miner's n-grams run over words, and the parts of a
///   hyphenated word are none; Nguyen-2007 F1@10 24.09 to 24.37), and
///   [`weigh_word_sums`] leaves out the ones said only inside one longer
///   candidate ([`subsumed_pieces`]).
pub(super) fn word_sum_candidates(input: &KeywordInput<'_>) -> Candidates {
    let shared = Candidates::collect(input);
    let joiners = input.tokens.language.compound_joiners();
    let nested = input.frequency_floor() >= PAPER_FREQUENCY_FLOOR;
    if !nested && joiners.is_empty() {
        return shared;
    }
    // The joined compound that starts at occurrence `k`, if any: `k` and
    // the next occurrence in one sentence with a joiner between them.
    let joined = |k: usize| -> Option<Range<usize>> {
        let (first, next) = (&shared.occurrences[k], shared.occurrences.get(k + 1)?);
        let (left, right) = (first.tokens(), next.tokens());
        if joiners.is_empty()
            || next.sequence() != first.sequence()
            || right.start != left.end + 1
            || right.end - left.start > JOINED_WORDS
        {
            return None;
        }
        let between = input.sequences[first.sequence()][left.end].span();
        let word = input.text[between.start..between.end].to_lowercase();
        joiners.contains(&word.as_str()).then_some(left.start..right.end)
    };
    let key = |k: usize, tokens: Range<usize>| -> Vec<TermId> {
        let sequence = input.sequences[shared.occurrences[k].sequence()];
        sequence[tokens].iter().filter_map(|t| t.term).collect()
    };
    // Ordered maps: nothing here depends on hashing.
    let mut repeats: std::collections::BTreeMap<Vec<TermId>, usize> = Default::default();
    for k in 0..shared.occurrences.len() {
        if let Some(tokens) = joined(k) {
            *repeats.entry(key(k, tokens)).or_default() += 1;
        }
    }
    let mut builder = candidates::CandidatesBuilder::new(input);
    let mut terms: Vec<TermId> = Vec::new();
    // Occurrences come in document order and, within one, the pieces by
    // start (a joined compound first, as it is the longest): the builder's
    // order.
    for (k, occurrence) in shared.occurrences.iter().enumerate() {
        let sequence = occurrence.sequence();
        let tokens = &input.sequences[sequence];
        if let Some(whole) = joined(k) {
            let compound = key(k, whole.clone());
            if repeats[&compound] >= JOINED_REPEATS {
                builder.push(sequence, whole, &compound);
            }
        }
        let run = occurrence.tokens();
        let starts = if nested { run.clone() } else { run.start..run.start + 1 };
        // Inside a hyphenated word (`frequency-based`) no nested piece
        // starts or ends: "based probability" is no phrase of the text.
        let joined_at = |i: usize| {
            nested && i > run.start && i < run.end && hyphen_joined(input.text, tokens, i)
        };
        for start in starts.filter(|&start| !joined_at(start)) {
            let shortest = if nested { start + 1 } else { run.end };
            for end in (shortest..=run.end).rev().filter(|&end| !joined_at(end)) {
                terms.clear();
                terms.extend(tokens[start..end].iter().filter_map(|t| t.term));
                if !terms.is_empty() {
                    builder.push(sequence, start..end, &terms);
                }
            }
        }
    }
    builder.finish()
}

/// Candidate scores from word scores (one per term id), for the methods that
/// score single words: the sum of the candidate's word scores, in word
/// order, times `count^f` times `first^-p` (see the room's docs); a
/// candidate seen fewer than `floor` times
/// ([`KeywordOptions::frequency_floor`](super::KeywordOptions::frequency_floor)) ranks after every one that meets
/// it, its score turned to `-1 / (1 + score)`: a text where little repeats
/// still gets its keywords. On a long document (a floor of
/// [`PAPER_FREQUENCY_FLOOR`] or more) a nested phrase said only inside one
/// longer candidate ([`subsumed_pieces`]) scores `f64::NEG_INFINITY` and is
/// left out (Nguyen-2007 F1@10 24.37 to 24.95, WICC 15.19 to 15.14).
///
/// A candidate the text defines an acronym for ("support vector machines
/// (SVMs)", [`acronym_definitions`]) is said each time the acronym is: the
/// acronym's occurrences count for it (its count, its first position) and
/// the acronym's word score is added to its sum, as a word of it. A paper
/// defines a term once and then uses the acronym, so the term alone was
/// seen once and fell below the floor. The acronym stays a candidate of
/// its own: a reader may know the term by either name.
pub(super) fn weigh_word_sums(
    word_scores: &[f64],
    input: &KeywordInput<'_>,
    candidates: &Candidates,
    floor: usize,
) -> Vec<f64> {
    weigh_word_sums_by(word_scores, input, candidates, floor, |_| 1.0)
}

/// [`weigh_word_sums`] with each candidate's score also multiplied by
/// `weight(candidate)` (at least 0), before the floor is applied.
pub(super) fn weigh_word_sums_by(
    word_scores: &[f64],
    input: &KeywordInput<'_>,
    candidates: &Candidates,
    floor: usize,
    weight: impl Fn(Candidate<'_>) -> f64,
) -> Vec<f64> {
    let options = input.options;
    let subsumed = if floor >= PAPER_FREQUENCY_FLOOR {
        subsumed_pieces(candidates)
    } else {
        Vec::new()
    };
    let acronyms = acronym_definitions(input, candidates);
    let list = &candidates.list;
    let word_sum = |c: Candidate<'_>| -> f64 { c.terms.iter().map(|&t| word_scores[t as usize]).sum() };
    list.iter()
        .enumerate()
        .map(|(i, c)| {
            let acronym = acronyms.get(i).copied().flatten().map(|a| list.get(a as usize));
            // A term defined by an acronym is said apart from any longer
            // candidate each time the acronym is.
            if acronym.is_none() && subsumed.get(i).copied().unwrap_or(false) {
                return f64::NEG_INFINITY;
            }
            let (mut sum, mut count, mut first) = (word_sum(c), c.count(), c.first());
            if let Some(acronym) = acronym {
                sum += word_sum(acronym);
                count += acronym.count();
                first = first.min(acronym.first());
            }
            // 1 to any power is exactly 1 (C's and IEEE 754's `pow`): most
            // candidates occur once, and the call is dear.
            let repeated = match count {
                1 => 1.0,
                count => (count as f64).powf(options.frequency_weight),
            };
            let early = (first as f64).powf(-options.first_position_weight);
            let score = sum * weight(c) * repeated * early;
            if count < floor {
                // Below every candidate that meets the floor (scores are
                // at least 0), in the same order among themselves.
                -1.0 / (1.0 + score)
            } else {
                score
            }
        })
        .collect()
}

/// The longest acronym [`acronym_definitions`] reads, in characters.
const LONGEST_ACRONYM: usize = 10;

/// For each candidate, the candidate of the acronym the text defines for it,
/// if any: a word of [`LONGEST_ACRONYM`] ASCII letters and digits or fewer
/// that starts with a letter and holds at least two capitals, written in
/// parentheses right after the candidate's words, with each of its capitals
/// the initial of one of those words, in order ("Support Vector Machines
/// (SVMs)", "service level agreement (SLA)"). The first definition counts.
///
/// The pattern "long form (short form)" is Schwartz & Hearst's (2003); they
/// match the short form's characters anywhere in the words before it, where
/// this takes the capitals as the words' initials only: stricter, and with
/// no window to choose, as the candidate is the long form.
fn acronym_definitions(input: &KeywordInput<'_>, candidates: &Candidates) -> Vec<Option<u32>> {
    let (text, list) = (input.text, &candidates.list);
    let mut definitions = vec![None; list.len()];
    // Each candidate by its terms (looked up, never iterated: nothing
    // depends on the hash order).
    let mut index: Option<std::collections::HashMap<&[TermId], usize>> = None;
    let mut capitals: Vec<u8> = Vec::new();
    let mut terms: Vec<TermId> = Vec::new();
    for (o, occurrence) in candidates.occurrences.iter().enumerate() {
        let at = occurrence.tokens();
        if at.len() != 1 {
            continue;
        }
        let sequence = input.sequences[occurrence.sequence()];
        let span = sequence[at.start].span();
        let acronym = &text[span.start..span.end];
        if acronym.len() > LONGEST_ACRONYM
            || !acronym.bytes().all(|b| b.is_ascii_alphanumeric())
            || !acronym.starts_with(|c: char| c.is_ascii_alphabetic())
            || !text[span.end..].starts_with(')')
            || !text[..span.start].ends_with('(')
        {
            continue;
        }
        capitals.clear();
        capitals.extend(acronym.bytes().filter(u8::is_ascii_uppercase));
        let n = capitals.len();
        if n < 2 || at.start < n {
            continue;
        }
        let words = &sequence[at.start - n..at.start];
        // The words, one space apart or so, then white space and "(".
        let last = words[n - 1].span();
        let spaced = |from: usize, to: usize| {
            let gap = &text[from..to];
            !gap.is_empty() && gap.chars().all(char::is_whitespace)
        };
        let defines = spaced(last.end, span.start - 1)
            && words.windows(2).all(|w| spaced(w[0].span().end, w[1].span().start))
            && words.iter().zip(&capitals).all(|(w, &capital)| {
                w.term.is_some() && text.as_bytes()[w.span().start].to_ascii_uppercase() == capital
            });
        if !defines {
            continue;
        }
        terms.clear();
        terms.extend(words.iter().filter_map(|t| t.term));
        let index = index.get_or_insert_with(|| {
            list.iter().enumerate().map(|(i, c)| (c.terms, i)).collect()
        });
        let acronym = candidates.candidate_of(o);
        if let Some(&long) = index.get(terms.as_slice())
            && long != acronym
            && definitions[long].is_none()
        {
            definitions[long] = Some(acronym as u32);
        }
    }
    definitions
}

/// Whether tokens `i - 1` and `i` of `tokens` are the parts of one
/// hyphenated word: a single hyphen and nothing else between them.
fn hyphen_joined(text: &str, tokens: &[crate::text::Token], i: usize) -> bool {
    let (left, right) = (tokens[i - 1].span(), tokens[i].span());
    let mut between = text[left.end..right.start].chars();
    candidates::is_hyphen(between.next()) && between.next().is_none()
}

/// Which candidates of a long document are nested pieces the text never says
/// apart from one longer candidate: a candidate each of whose occurrences
/// lies inside an occurrence of one longer candidate ("implicit user" with
/// every one of its 17 occurrences inside "implicit user modeling"). C-value
/// (Frantzi, Ananiadou & Mima 2000) gives such a nested term no termhood of
/// its own: its frequency less that of the longer term is 0.
///
/// Occurrences are compared, not counts: a word said once alone and once
/// as part of a hyphenated word inside a longer candidate ("user" and
/// "user-centered design") has no nested occurrence there (no nested piece
/// cuts a hyphenated word), and its count equals the longer one's all the
/// same.
fn subsumed_pieces(candidates: &Candidates) -> Vec<bool> {
    let list = &candidates.list;
    let occurrences = &candidates.occurrences;
    let candidate_of = |o: usize| candidates.candidate_of(o) as u32;
    // Occurrences by where they stand, to find those inside another.
    let place = |o: u32| {
        let occurrence = &occurrences[o as usize];
        (occurrence.sequence(), occurrence.tokens().start, occurrence.tokens().end)
    };
    let mut by_place: Vec<u32> = (0..occurrences.len() as u32).collect();
    by_place.sort_unstable_by_key(|&o| place(o));
    // Every (piece, longer candidate, occurrence of the piece) where that
    // occurrence lies inside an occurrence of the longer candidate, once.
    let mut inside: Vec<(u32, u32, u32)> = Vec::new();
    for (o, occurrence) in occurrences.iter().enumerate() {
        let outer = candidate_of(o);
        if list.get(outer as usize).terms.len() < 2 {
            continue;
        }
        let (sequence, tokens) = (occurrence.sequence(), occurrence.tokens());
        // The occurrences that start inside this one, in order of place.
        let first = by_place.partition_point(|&p| place(p) < (sequence, tokens.start, 0));
        for &p in &by_place[first..] {
            let (s, start, end) = place(p);
            if s != sequence || start >= tokens.end {
                break;
            }
            let piece = candidate_of(p as usize);
            if end <= tokens.end && piece != outer && (start, end) != (tokens.start, tokens.end) {
                inside.push((piece, outer, p));
            }
        }
    }
    inside.sort_unstable();
    inside.dedup();
    let mut subsumed = vec![false; list.len()];
    for pair in inside.chunk_by(|a, b| (a.0, a.1) == (b.0, b.1)) {
        let piece = pair[0].0 as usize;
        if pair.len() == list.get(piece).count() {
            subsumed[piece] = true;
        }
    }
    subsumed
}

/// KP-Miner's boosting factor for the candidates of more than one word
/// (El-Beltagy & Rafea 2009), on a long document (a frequency
/// floor of [`PAPER_FREQUENCY_FLOOR`] or more, where the candidates are
/// KP-Miner's): `min(σ, N / (α × P))`, `N` the candidates that meet the
/// floor, `P` those of them of more than one word, α = [`BOOST_ALPHA`],
/// σ = [`BOOST_CAP`], the paper's values. 1 on a shorter document or one
/// without such candidates: on every document it cost French news 7 points
/// (WikiNews-FR 33.10 to 26.31 beside the specificity weight; 24.30 in an
/// earlier trial without it), and the paper meant it for papers, where the
/// nested phrases make single words many.
pub(super) fn compound_boost(candidates: &Candidates, floor: usize) -> f64 {
    if floor < PAPER_FREQUENCY_FLOOR {
        return 1.0;
    }
    let met = candidates.list.iter().filter(|c| c.count() >= floor);
    let (all, compounds) = met.fold((0usize, 0usize), |(n, p), c| {
        (n + 1, p + usize::from(c.terms.len() > 1))
    });
    if compounds == 0 {
        return 1.0;
    }
    (all as f64 / (BOOST_ALPHA * compounds as f64)).min(BOOST_CAP)
}

/// KP-Miner's α, the paper's value: the boost is 1 where multi-word
/// candidates are 1 in 2.3.
const BOOST_ALPHA: f64 = 2.3;

/// KP-Miner's σ, the paper's value: the largest boost.
const BOOST_CAP: f64 = 3.0;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keywords::KeywordOptions;
    use crate::keywords::tests::{Document, idf};
    use crate::text::{Language, Normalizer, SentenceSpan, Span, Stopwords};

    #[test]
    fn a_candidate_seen_once_is_weighed_as_powf_would() {
        // The shortcut for a count of 1 gives powf's own bits.
        for weight in [0.0, 0.15, 0.3, 1.0, 2.5, f64::NAN] {
            assert_eq!(1f64.powf(weight).to_bits(), 1f64.to_bits(), "{weight}");
        }
    }

    #[test]
    fn word_sums_are_weighed_by_count_and_first_position() {
        // "solar panels" twice (candidates 1 and 3), "wind" once (candidate 2).
        let options = KeywordOptions {
            frequency_weight: 1.0,
            first_position_weight: 1.0,
            ..KeywordOptions::default()
        };
        let doc = Document::new("Solar panels. Wind. Solar panels.", options);
        let candidates = Candidates::collect(&doc.input());
        let vocabulary = &doc.tokens.vocabulary;
        let mut word_scores = vec![0.0; vocabulary.len()];
        for (stem, score) in [("solar", 1.0), ("panel", 2.0), ("wind", 4.0)] {
            word_scores[vocabulary.get(stem).expect("a term") as usize] = score;
        }
        let scores = weigh_word_sums(&word_scores, &doc.input(), &candidates, 1);
        // (1 + 2) × 2^1 × 1^-1 and 4 × 1^1 × 2^-1.
        assert_eq!(scores, [6.0, 2.0]);
    }

    #[test]
    fn a_candidate_weight_multiplies_the_score_before_the_floor() {
        let doc = Document::new("Solar panels. Wind. Solar panels.", KeywordOptions::default());
        let candidates = Candidates::collect(&doc.input());
        let word_scores = vec![1.0; doc.tokens.vocabulary.len()];
        let weight = |c: Candidate<'_>| if c.terms.len() > 1 { 3.0 } else { 0.5 };
        let scores = weigh_word_sums_by(&word_scores, &doc.input(), &candidates, 2, weight);
        // "solar panels": (1 + 1) × 3 × 2^0.3; "wind", under the floor:
        // -1 / (1 + 1 × 0.5 × 2^-0.15).
        assert!((scores[0] - 6.0 * 2f64.powf(0.3)).abs() < 1e-12);
        assert!((scores[1] + 1.0 / (1.0 + 0.5 * 2f64.powf(-0.15))).abs() < 1e-12);
    }

    #[test]
    fn kp_miners_boost_applies_to_long_documents_only() {
        // Candidates "solar panels" (twice) and "wind" (once).
        let doc = Document::new("Solar panels. Wind. Solar panels.", KeywordOptions::default());
        let candidates = Candidates::collect(&doc.input());
        // Below a paper's floor: no boost.
        assert_eq!(compound_boost(&candidates, 1), 1.0);
        assert_eq!(compound_boost(&candidates, PAPER_FREQUENCY_FLOOR - 1), 1.0);
        // At floor 3 neither meets it: no multi-word candidate, no boost.
        assert_eq!(compound_boost(&candidates, 3), 1.0);
        // "solar panels" three times, "wind" and "sun" three times each:
        // N = 3, P = 1, 3 / 2.3.
        let text = "Solar panels. Wind. Sun. Solar panels. Wind. Sun. Solar panels. Wind. Sun.";
        let doc = Document::new(text, KeywordOptions::default());
        let candidates = Candidates::collect(&doc.input());
        assert_eq!(candidates.list.len(), 3);
        assert_eq!(compound_boost(&candidates, 3), 3.0 / 2.3);
        // Nine single words to one phrase: N / (2.3 P) = 10 / 2.3 is capped at 3.
        let text = "Solar panels. Wind. Sun. Rain. Snow. Hail. Fog. Mist. Frost. Ice. \
                    Solar panels. Wind. Sun. Rain. Snow. Hail. Fog. Mist. Frost. Ice. \
                    Solar panels. Wind. Sun. Rain. Snow. Hail. Fog. Mist. Frost. Ice.";
        let doc = Document::new(text, KeywordOptions::default());
        let candidates = Candidates::collect(&doc.input());
        let met = candidates.list.iter().filter(|c| c.count() >= 3).count();
        assert_eq!(met, 10, "one phrase and nine single words, three times each");
        assert_eq!(compound_boost(&candidates, 3), BOOST_CAP);
    }

    #[test]
    fn candidates_seen_less_often_than_the_floor_rank_after_the_others() {
        let doc = Document::new("Solar panels. Wind. Solar panels.", KeywordOptions::default());
        let candidates = Candidates::collect(&doc.input());
        let word_scores = vec![1.0; doc.tokens.vocabulary.len()];
        let scores = weigh_word_sums(&word_scores, &doc.input(), &candidates, 2);
        // "solar panels" twice meets the floor: (1 + 1) × 2^0.3; "wind" once
        // does not: 1 becomes -1 / (1 + 1 × 2^-0.15).
        assert!((scores[0] - 2.0 * 2f64.powf(0.3)).abs() < 1e-12);
        assert!((scores[1] + 1.0 / (1.0 + 2f64.powf(-0.15))).abs() < 1e-12);
    }

    #[test]
    fn a_long_document_adds_the_phrases_inside_its_candidates() {
        // 3 tokens: with one floor unit per word the floor is 3, a long
        // document; with the default it is 1 and the shared candidates stay.
        let text = "Explicit disperser. Disperser.";
        let listed = |per: usize| candidates_by_stems(text, per);
        let pair = |s: &str, n: usize| (s.to_string(), n);
        assert_eq!(listed(1000), [pair("explicit dispers", 1), pair("dispers", 1)]);
        assert_eq!(
            listed(1),
            [pair("explicit dispers", 1), pair("explicit", 1), pair("dispers", 2)]
        );
    }

    /// The candidates of `word_sum_candidates` as stems with their counts,
    /// under a frequency floor of one per `per` words.
    fn candidates_by_stems(text: &'static str, per: usize) -> Vec<(String, usize)> {
        let options = KeywordOptions {
            frequency_floor: Some(per),
            ..KeywordOptions::default()
        };
        let doc = Document::new(text, options);
        let candidates = word_sum_candidates(&doc.input());
        let vocabulary = &doc.tokens.vocabulary;
        candidates
            .list
            .iter()
            .map(|c| {
                let words: Vec<&str> = c.terms.iter().map(|&t| vocabulary.stem(t)).collect();
                (words.join(" "), c.count())
            })
            .collect()
    }

    /// The candidates of a long document (one floor unit per word, so the
    /// floor reaches KP-Miner's 3), as stems with their counts.
    fn long_document_candidates(text: &'static str) -> Vec<(String, usize)> {
        candidates_by_stems(text, 1)
    }

    #[test]
    fn no_nested_piece_starts_or_ends_inside_a_hyphenated_word() {
        // "frequency-based probability": pieces that cut the hyphenated word
        // ("frequency", "based probability", "based") are no candidates.
        let listed = long_document_candidates("Frequency-based probability. Probability.");
        let pair = |s: &str, n: usize| (s.to_string(), n);
        assert_eq!(
            listed,
            [pair("frequenc base probabl", 1), pair("frequenc base", 1), pair("probabl", 2)]
        );
    }

    #[test]
    fn a_nested_piece_said_only_inside_one_longer_candidate_is_left_out() {
        // "implicit user model" twice, "user" once more on its own: of the
        // pieces only "user" (3 times) is said apart from the whole.
        let text = "Implicit user modeling. Implicit user modeling. User.";
        let listed = long_document_candidates(text);
        let pair = |s: &str, n: usize| (s.to_string(), n);
        assert_eq!(
            listed,
            [
                pair("implicit user model", 2),
                pair("implicit user", 2),
                pair("implicit", 2),
                pair("user model", 2),
                pair("user", 3),
                pair("model", 2),
            ]
        );
        let options = KeywordOptions {
            frequency_floor: Some(1),
            ..KeywordOptions::default()
        };
        let doc = Document::new(text, options);
        let candidates = word_sum_candidates(&doc.input());
        let word_scores = vec![1.0; doc.tokens.vocabulary.len()];
        let floor = doc.input().frequency_floor();
        assert!(floor >= PAPER_FREQUENCY_FLOOR);
        let scores = weigh_word_sums(&word_scores, &doc.input(), &candidates, floor);
        let kept: Vec<bool> = scores.iter().map(|s| s.is_finite()).collect();
        assert_eq!(kept, [true, false, false, false, true, false]);
        // On a shorter document (no nested pieces) nothing is left out.
        let scores = weigh_word_sums(&word_scores, &doc.input(), &candidates, 1);
        assert!(scores.iter().all(|s| s.is_finite()));
    }

    #[test]
    fn a_piece_said_alone_is_kept_though_as_often_as_a_longer_candidate() {
        // "user" once alone and once as part of the hyphenated word in
        // "user-centered design", where no nested piece cuts it: its one
        // occurrence lies inside no longer candidate, though the longer
        // one is said as often.
        let text = "User-centered design. User.";
        let pair = |s: &str, n: usize| (s.to_string(), n);
        assert_eq!(
            long_document_candidates(text),
            [pair("user center design", 1), pair("user center", 1), pair("design", 1), pair("user", 1)]
        );
        let options = KeywordOptions {
            frequency_floor: Some(1),
            ..KeywordOptions::default()
        };
        let doc = Document::new(text, options);
        let candidates = word_sum_candidates(&doc.input());
        assert!(doc.input().frequency_floor() >= PAPER_FREQUENCY_FLOOR);
        // "user-centered" and "design", said only inside the longer one,
        // are left out; "user" stays.
        assert_eq!(subsumed_pieces(&candidates), [false, true, true, false]);
    }

    /// The stems of each candidate and of the acronym defined for it.
    fn defined_acronyms(text: &'static str) -> Vec<(String, String)> {
        let doc = Document::new(text, KeywordOptions::default());
        let input = doc.input();
        let candidates = Candidates::collect(&input);
        let stems = |i: usize| {
            let words: Vec<&str> = candidates.list.get(i).terms.iter().map(|&t| doc.tokens.vocabulary.stem(t)).collect();
            words.join(" ")
        };
        acronym_definitions(&input, &candidates)
            .iter()
            .enumerate()
            .filter_map(|(i, a)| a.map(|a| (stems(i), stems(a as usize))))
            .collect()
    }

    #[test]
    fn an_acronym_in_parentheses_after_its_words_is_defined() {
        let pair = |a: &str, b: &str| (a.to_string(), b.to_string());
        // The capitals are the words' initials, a plural's "s" aside.
        assert_eq!(
            defined_acronyms("We train support vector machines (SVMs). SVMs are fast."),
            [pair("support vector machin", "svms")]
        );
        assert_eq!(
            defined_acronyms("Each service level agreement (SLA) binds. The SLA holds."),
            [pair("servic level agreement", "sla")]
        );
        // Initials that do not match, a space inside the parentheses, or
        // a word after the acronym: no definition.
        for text in [
            "Kernel machines (SVM) learn. SVM wins.",
            "Support vector machines ( SVM ) learn. SVM wins.",
            "Support vector machines (SVM model) learn. SVM wins.",
        ] {
            assert_eq!(defined_acronyms(text), [], "{text}");
        }
    }

    #[test]
    fn a_defined_term_counts_the_occurrences_of_its_acronym() {
        // "support vector machines" once, "SVMs" three times: the term is
        // seen four times, its first place the definition's, and its sum
        // holds the acronym's word score.
        let text = "Support vector machines (SVMs) learn. SVMs. SVMs.";
        let doc = Document::new(text, KeywordOptions::default());
        let input = doc.input();
        let candidates = Candidates::collect(&input);
        let vocabulary = &doc.tokens.vocabulary;
        let mut word_scores = vec![1.0; vocabulary.len()];
        word_scores[vocabulary.get("svms").expect("a term") as usize] = 2.0;
        let scores = weigh_word_sums(&word_scores, &input, &candidates, 1);
        let term = (0..candidates.list.len())
            .find(|&i| candidates.list.get(i).terms.len() == 3)
            .expect("the term is a candidate");
        assert_eq!(candidates.list.get(term).count(), 1);
        let expected = (3.0 + 2.0) * 4f64.powf(0.3) * (candidates.list.get(term).first() as f64).powf(-0.15);
        assert!((scores[term] - expected).abs() < 1e-12, "{} {expected}", scores[term]);
        // Under a floor of 4 it still stands with the acronym's occurrences.
        assert!(weigh_word_sums(&word_scores, &input, &candidates, 4)[term] > 0.0);
        assert!(weigh_word_sums(&word_scores, &input, &candidates, 5)[term] < 0.0);
    }

    #[test]
    fn a_compound_joined_by_a_preposition_is_a_candidate_where_it_recurs() {
        let text = "Detección de anomalías en redes. Detección de anomalías. Redes de sensores.";
        let spans: Vec<SentenceSpan> = text
            .split_inclusive(". ")
            .map(|s| {
                let start = text.find(s.trim()).unwrap();
                SentenceSpan {
                    span: Span::new(start, start + s.trim().len()),
                    paragraph: 0,
                }
            })
            .collect();
        let lang = Language::Spanish;
        let tokens = Normalizer::new(lang, Stopwords::for_language(lang)).normalize(text, None, &spans);
        let idf = idf(&tokens);
        let options = KeywordOptions::default();
        let input = KeywordInput::new(text, &tokens, &idf, &options);
        let candidates = word_sum_candidates(&input);
        let listed: Vec<(&str, usize)> = candidates
            .list
            .iter()
            .map(|c| {
                let first = candidates.occurrences[c.occurrences[0] as usize].span(&input);
                (&text[first.start..first.end], c.count())
            })
            .collect();
        // "Detección de anomalías" twice is one; "Redes de sensores" once is
        // not, and its words stay candidates on their own.
        assert_eq!(
            listed,
            [
                ("Detección de anomalías", 2),
                ("Detección", 2),
                ("anomalías", 2),
                ("redes", 2),
                ("sensores", 1),
            ]
        );
    }
}
