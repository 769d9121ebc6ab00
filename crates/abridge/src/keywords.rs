//! Keywords: from word scores to ranked keywords and multi-word keyphrases.
//!
//! This room receives the tokens of a document (title first, then sentences)
//! and returns [`Keyword`]s. It uses the graph, model and rank rooms and never
//! the summary room.
//!
//! Method:
//! 1. **Word scores.** [`KeywordMethod::TextRank`] (default): TextRank over the
//!    word co-occurrence graph (Mihalcea & Tarau 2004, section 3), with
//!    co-occurrence counts as edge weights (SingleRank, Wan & Xiao 2008) and a
//!    position-biased teleport vector (PositionRank, Florescu & Caragea
//!    2017): a word's prior is the sum over its occurrences of
//!    `1 / position^b`, `b` = [`KeywordOptions::position_bias`]. The paper's
//!    `b = 1` suits news leads but hurts abstracts; `b = 0.3` keeps most of
//!    the gain on news (DUC-2001, WikiNews) at a small cost on abstracts
//!    (Inspec). [`KeywordMethod::TfIdf`]: the term's count in the document
//!    times its idf.
//! 2. **Candidates.** Maximal runs of adjacent content words: a stopword, a
//!    number, punctuation other than a hyphen, a possessive `'s`, or (where
//!    the language has a part-of-speech lexicon, English) a word that cannot
//!    stand in a noun phrase ends a run, so that runs approximate the noun
//!    phrases TextRank keeps. A word the lexicon reads first as a verb but
//!    also as a noun (`raise`, `help`) is taken for a verb right after `to`
//!    or a modal ("to raise cash", "can help vendors") and starts no run. A
//!    run of at most `max_words` words is a candidate; the words of a longer
//!    run are candidates one by one. In English a run that holds a number word or a noun of calendar time
//!    (`two`, `million`, `years`, `week`: [`crate::text::pos::is_number_or_time`])
//!    gives no candidate at all: "two years", "last week" and "village two
//!    miles upstream" say when or how much, not what a text is about. Such a
//!    word joined to the next by a hyphen ("two-dimensional images") is part
//!    of a compound and does not count.
//! 3. **Candidate score**: the sum of its words' scores, as SingleRank does
//!    (which lets "automotive industry" outrank "industry" when both occur),
//!    times `count^f`, `f` = [`KeywordOptions::frequency_weight`], so that a
//!    phrase the text repeats beats one it mentions once, times
//!    `first^-p`, `p` = [`KeywordOptions::first_position_weight`], where
//!    `first` is the position of the candidate's first occurrence, counted
//!    in candidates from 1 (title first). The word prior of step 1 favours
//!    words that occur early; this favours the phrase itself where it first
//!    appears, the oldest keyphrase feature (first occurrence, KEA, Witten
//!    et al. 1999) and the one PositionRank builds on.
//! 4. **One keyword per stem sequence**, shown in its most frequent surface
//!    form (ties: the first seen), with the number of times it occurs as a
//!    candidate. Ranked by score, then by first occurrence.
//! 5. **Covered words skipped.** Where the candidates are noun phrases
//!    (English), a single word that a higher-ranked keyphrase already
//!    contains is left out ("services" after "wavelength services"): the
//!    phrase names the topic more precisely and the word would spend a slot
//!    on the same thing. Without a lexicon a two-word run may be a verb and
//!    its object, so the single word is the safer keyword and stays.
//!
//! The defaults were chosen on the public sets in `../shared/data` (Inspec,
//! DUC-2001, WikiNews-FR) as one setting for all, never per set; README.md
//! gives the figures.

use crate::graph::{CooccurrenceOptions, cooccurrence_matrix};
use crate::model::TfIdf;
use crate::rank::{TextRankOptions, textrank};
use crate::text::{Span, TermId, Token, Tokenized, pos};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// How single words are scored.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum KeywordMethod {
    /// TextRank over the word co-occurrence graph (default).
    #[default]
    TextRank,
    /// Term count in the document times inverse document frequency.
    TfIdf,
}

impl KeywordMethod {
    /// The name as `--keyword-method` spells it.
    pub fn name(self) -> &'static str {
        match self {
            KeywordMethod::TextRank => "textrank",
            KeywordMethod::TfIdf => "tfidf",
        }
    }

    /// Parses `textrank` or `tfidf`.
    pub fn parse(s: &str) -> crate::Result<KeywordMethod> {
        match s.trim().to_lowercase().as_str() {
            "textrank" => Ok(KeywordMethod::TextRank),
            "tfidf" | "tf-idf" => Ok(KeywordMethod::TfIdf),
            _ => Err(crate::Error::UnknownKeywordMethod(s.to_string())),
        }
    }
}

/// Options of keyword extraction.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct KeywordOptions {
    /// How single words are scored.
    pub method: KeywordMethod,
    /// How many keywords to return. Default 10.
    pub count: usize,
    /// The longest keyphrase, in words. Default 4 where a part-of-speech
    /// lexicon keeps candidates to noun phrases (English), 2 elsewhere: a run
    /// of content words that may hold verbs is rarely a good keyphrase beyond
    /// two words.
    pub max_words: usize,
    /// The longest keyphrase in languages without a part-of-speech lexicon.
    pub max_words_untagged: usize,
    /// The exponent `b` of the position prior (0: uniform). Default 0.3.
    pub position_bias: f64,
    /// The exponent `f` of the candidate count in its score (0: ignore
    /// repetition, SingleRank). Default 0.3.
    pub frequency_weight: f64,
    /// The exponent `p` of a candidate's first position in its score (0:
    /// ignore where it first occurs). Default 0.15.
    pub first_position_weight: f64,
    /// Whether to leave out, in English, every candidate of a run that holds
    /// a number word or a noun of calendar time. Default true.
    pub skip_number_and_time: bool,
    /// Whether to leave out a single word that a higher-ranked keyphrase
    /// contains, where a part-of-speech lexicon keeps candidates to noun
    /// phrases (English). Default true.
    pub skip_covered_words: bool,
    /// The co-occurrence window of the TextRank method.
    pub cooccurrence: CooccurrenceOptions,
    /// The power iteration of the TextRank method. Default: stop when the
    /// L1 change falls below 1e-4 (sentences use 1e-6). The word graph is the
    /// larger one and its power iteration the costliest step of a batch; the
    /// looser tolerance takes 14% off a batch's instructions and leaves the
    /// keyphrase figures of all three public sets unchanged to two decimals
    /// (it reorders near ties in 17 of 1,111 BBC articles).
    pub textrank: TextRankOptions,
}

impl Default for KeywordOptions {
    fn default() -> Self {
        KeywordOptions {
            method: KeywordMethod::default(),
            count: 10,
            max_words: 4,
            max_words_untagged: 2,
            position_bias: 0.3,
            frequency_weight: 0.3,
            first_position_weight: 0.15,
            skip_number_and_time: true,
            skip_covered_words: true,
            cooccurrence: CooccurrenceOptions::default(),
            textrank: TextRankOptions {
                tolerance: 1e-4,
                ..TextRankOptions::default()
            },
        }
    }
}

/// One keyword or keyphrase.
#[derive(Clone, Debug, PartialEq)]
pub struct Keyword {
    /// The most frequent surface form, white space collapsed ("FAW",
    /// "automotive industry").
    pub term: String,
    /// The score: the sum of the word scores, weighed by how often and how
    /// early the keyword occurs (higher is better; comparable within one
    /// document and one method only).
    pub score: f64,
    /// How many times the keyword occurs as a candidate in the document.
    pub count: usize,
}

/// A candidate while it is being collected.
struct Candidate {
    terms: Vec<TermId>,
    count: usize,
    first: usize,
    /// Surface forms with their count and first occurrence, in order of
    /// first occurrence (a phrase rarely has more than two).
    surfaces: Vec<(String, usize, usize)>,
}

/// Extracts the top keywords of a document. `text` is the input the tokens'
/// spans refer to; `idf` weighs terms for the TF-IDF method.
pub fn extract_keywords(
    text: &str,
    tokens: &Tokenized,
    idf: &TfIdf,
    options: &KeywordOptions,
) -> Vec<Keyword> {
    if options.count == 0 {
        return Vec::new();
    }
    let sequences: Vec<&[Token]> = std::iter::once(tokens.title.as_slice())
        .chain(tokens.sentences.iter().map(Vec::as_slice))
        .collect();
    let word_scores = word_scores(&sequences, tokens.vocabulary.len(), idf, options);
    let mut candidates: Vec<Candidate> = Vec::new();
    // About one candidate per four words on news text; sized for that.
    let words: usize = sequences.iter().map(|s| s.len()).sum();
    let mut by_terms: HashMap<Vec<TermId>, usize> =
        HashMap::with_capacity_and_hasher((words / 4).min(4096), Default::default());
    let mut position = 0;
    let max_words = if tokens.tagged {
        options.max_words
    } else {
        options.max_words_untagged
    };
    let skip_numbers = options.skip_number_and_time && tokens.tagged;
    let mut terms: Vec<TermId> = Vec::new();
    let mut surface = String::new();
    for sequence in &sequences {
        for run in runs(text, sequence, tokens.tagged) {
            if skip_numbers && run.iter().any(|t| is_number_or_time_word(text, t.span)) {
                continue;
            }
            // A run too long to be a phrase gives its words one by one.
            let size = if run.len() <= max_words { run.len() } else { 1 };
            for piece in run.chunks(size) {
                position += 1;
                terms.clear();
                terms.extend(piece.iter().filter_map(|t| t.term));
                let first = piece[0].span.start;
                let last = piece[piece.len() - 1].span.end;
                collapse_whitespace_into(&text[first..last], &mut surface);
                let index = match by_terms.get(terms.as_slice()) {
                    Some(&index) => index,
                    None => {
                        by_terms.insert(terms.clone(), candidates.len());
                        candidates.push(Candidate {
                            terms: terms.clone(),
                            count: 0,
                            first: position,
                            surfaces: Vec::new(),
                        });
                        candidates.len() - 1
                    }
                };
                let candidate = &mut candidates[index];
                candidate.count += 1;
                match candidate
                    .surfaces
                    .iter_mut()
                    .find(|(s, _, _)| *s == surface)
                {
                    Some((_, count, _)) => *count += 1,
                    None => candidate.surfaces.push((surface.clone(), 1, position)),
                }
            }
        }
    }
    let mut scored: Vec<(f64, Candidate)> = candidates
        .into_iter()
        .map(|c| {
            let sum: f64 = c.terms.iter().map(|&t| word_scores[t as usize]).sum();
            let repeated = (c.count as f64).powf(options.frequency_weight);
            let early = (c.first as f64).powf(-options.first_position_weight);
            (sum * repeated * early, c)
        })
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.first.cmp(&b.1.first)));
    let skip_covered = options.skip_covered_words && tokens.tagged;
    // Sized by what exists, not by what is asked: `count` may be any number.
    let mut kept: Vec<(f64, Candidate)> = Vec::with_capacity(options.count.min(scored.len()));
    // The words of the multi-word keyphrases kept so far: one lookup per
    // candidate, however many keywords are asked for.
    let mut covered: HashSet<TermId> = HashSet::default();
    for (score, candidate) in scored {
        if kept.len() == options.count {
            break;
        }
        if skip_covered {
            if is_covered(&candidate.terms, &covered) {
                continue;
            }
            if candidate.terms.len() > 1 {
                covered.extend(candidate.terms.iter().copied());
            }
        }
        kept.push((score, candidate));
    }
    kept.into_iter()
        .map(|(score, c)| Keyword {
            term: best_surface(&c.surfaces),
            score,
            count: c.count,
        })
        .collect()
}

/// Whether the English word at `span` of `text` is a number word or a noun
/// of calendar time standing on its own, in any case: one joined to a
/// neighbour by a hyphen ("two-dimensional", "four-year") is part of a
/// compound and does not count.
fn is_number_or_time_word(text: &str, span: Span) -> bool {
    let mut buffer = [0u8; 16];
    let Some(lower) = ascii_lowercase(&text[span.start..span.end], &mut buffer) else {
        return false;
    };
    pos::is_number_or_time(lower)
        && !is_hyphen(text[..span.start].chars().next_back())
        && !is_hyphen(text[span.end..].chars().next())
}

/// `word` in lowercase, written into `buffer`, if it is ASCII and fits:
/// every word of the closed classes in [`pos`] does, and anything else is
/// not in them. Checking a word this way allocates nothing.
fn ascii_lowercase<'b>(word: &str, buffer: &'b mut [u8; 16]) -> Option<&'b str> {
    if word.len() > buffer.len() || !word.is_ascii() {
        return None;
    }
    let lower = &mut buffer[..word.len()];
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    std::str::from_utf8(lower).ok()
}

/// Whether `c` is a hyphen that joins the parts of a compound word.
fn is_hyphen(c: Option<char>) -> bool {
    matches!(c, Some('-' | '\u{2010}' | '\u{2011}'))
}

/// Whether `word` is a [`pos::WordClass::Mixed`] word ("raise", "help") right
/// after `previous`, `to` or a modal, and so a verb. `to` and the modals are
/// stopwords, so such a word can only start a run, never sit inside one. A
/// word joined to the next by a hyphen ("to long-term storage") is left
/// alone: it modifies what follows.
fn is_verb_after_marker(text: &str, previous: &Token, word: &Token) -> bool {
    let mut buffer = [0u8; 16];
    let previous = &text[previous.span.start..previous.span.end];
    if !ascii_lowercase(previous, &mut buffer).is_some_and(pos::is_verb_marker)
        || is_hyphen(text[word.span.end..].chars().next())
    {
        return false;
    }
    let lower = text[word.span.start..word.span.end].to_lowercase();
    pos::classify(&lower) == pos::WordClass::Mixed
}

/// Whether `terms` is a single word among the `covered` words of multi-word
/// keyphrases.
fn is_covered(terms: &[TermId], covered: &HashSet<TermId>) -> bool {
    match terms {
        [word] => covered.contains(word),
        _ => false,
    }
}

/// One score per term id.
fn word_scores(
    sequences: &[&[Token]],
    terms: usize,
    idf: &TfIdf,
    options: &KeywordOptions,
) -> Vec<f64> {
    let term_lists = sequences.iter().map(|s| s.iter().filter_map(|t| t.term));
    match options.method {
        KeywordMethod::TextRank => {
            let graph = cooccurrence_matrix(term_lists, terms, options.cooccurrence);
            let prior = position_prior(sequences, terms, options.position_bias);
            textrank(&graph, Some(&prior), &options.textrank)
        }
        KeywordMethod::TfIdf => {
            let mut tf = vec![0.0; terms];
            for term in term_lists.flatten() {
                tf[term as usize] += 1.0;
            }
            let total: f64 = tf.iter().sum::<f64>().max(1.0);
            // A term seen only in the title has df 0 and so the highest idf.
            tf.iter()
                .enumerate()
                .map(|(t, &count)| count / total * idf.idf(t as TermId))
                .collect()
        }
    }
}

/// The PositionRank prior: for each term, the sum of `1 / position^bias`
/// over its occurrences, positions counted in tokens from 1 (title first).
fn position_prior(sequences: &[&[Token]], terms: usize, bias: f64) -> Vec<f64> {
    let mut prior = vec![0.0; terms];
    let kept = POSITION_WEIGHTS.try_with(|cache| {
        let cache = &mut *cache.borrow_mut();
        add_position_weights(sequences, &mut prior, |p| cache.weight(p, bias));
    });
    if kept.is_err() {
        // The thread is exiting and its weights are gone (a thread-local
        // destructor of the caller's is summarizing): compute them.
        add_position_weights(sequences, &mut prior, |p| f64::powf(p as f64, -bias));
    }
    prior
}

/// Adds `weight(position)` to the prior of the term at each position.
fn add_position_weights(
    sequences: &[&[Token]],
    prior: &mut [f64],
    mut weight: impl FnMut(usize) -> f64,
) {
    let tokens = sequences.iter().flat_map(|s| s.iter());
    for (i, token) in tokens.enumerate() {
        if let Some(term) = token.term {
            prior[term as usize] += weight(i + 1);
        }
    }
}

thread_local! {
    /// `position^-bias` for the first positions, kept across documents:
    /// every document needs the same values, and `powf` per token was a
    /// visible cost of a batch.
    static POSITION_WEIGHTS: std::cell::RefCell<PositionWeights> =
        std::cell::RefCell::new(PositionWeights::default());
}

/// Positions beyond this many are computed each time rather than kept.
const KEPT_POSITIONS: usize = 1 << 16;

/// The weights `position^-bias` for positions 1, 2, … of one `bias`.
#[derive(Default)]
struct PositionWeights {
    bias: f64,
    weights: Vec<f64>,
}

impl PositionWeights {
    /// `position^-bias`, exactly as `powf` gives it.
    fn weight(&mut self, position: usize, bias: f64) -> f64 {
        if position > KEPT_POSITIONS {
            return f64::powf(position as f64, -bias);
        }
        if self.bias.to_bits() != bias.to_bits() {
            self.bias = bias;
            self.weights.clear();
        }
        while self.weights.len() < position {
            let next = (self.weights.len() + 1) as f64;
            self.weights.push(f64::powf(next, -bias));
        }
        self.weights[position - 1]
    }
}

/// The maximal runs of adjacent content words of a sentence. With a
/// part-of-speech lexicon (`tagged`), a word after `to` or a modal that is
/// usually a verb is one there and starts no run ([`is_verb_after_marker`]).
fn runs<'a>(text: &str, sequence: &'a [Token], tagged: bool) -> Vec<&'a [Token]> {
    let mut runs = Vec::new();
    let mut start = None;
    for (i, token) in sequence.iter().enumerate() {
        // Inside a run every token has a term, so only this one needs a look.
        let candidate = token.term.is_some()
            && token.nominal
            && !(tagged && i > 0 && is_verb_after_marker(text, &sequence[i - 1], token));
        let continues = candidate && !token.break_before && i > 0 && !sequence[i - 1].possessive;
        if let Some(s) = start {
            if !continues {
                runs.push(&sequence[s..i]);
                start = None;
            }
        }
        if start.is_none() && candidate {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        runs.push(&sequence[s..]);
    }
    runs
}

/// The most frequent surface form; ties go to the first seen.
fn best_surface(surfaces: &[(String, usize, usize)]) -> String {
    surfaces
        .iter()
        .max_by(|a, b| a.1.cmp(&b.1).then(b.2.cmp(&a.2)))
        .map(|(s, _, _)| s.clone())
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
    use crate::model::TfIdfOptions;
    use crate::text::{Language, Normalizer, SentenceSpan, Span, Stopwords};

    fn tokens(text: &str, sentences: &[&str]) -> Tokenized {
        let spans: Vec<SentenceSpan> = sentences
            .iter()
            .map(|s| {
                let start = text.find(s).unwrap();
                SentenceSpan {
                    span: Span::new(start, start + s.len()),
                    paragraph: 0,
                }
            })
            .collect();
        let lang = Language::English;
        Normalizer::new(lang, Stopwords::for_language(lang)).normalize(text, None, &spans)
    }

    /// The tokens of `text` cut into sentences after each ". ".
    fn sentence_tokens(text: &str) -> Tokenized {
        let parts: Vec<&str> = text.split_inclusive(". ").map(str::trim).collect();
        tokens(text, &parts)
    }

    /// The keywords of `text` under `options`, in lowercase, best first.
    fn lowercase_terms(text: &str, t: &Tokenized, options: &KeywordOptions) -> Vec<String> {
        let k = extract_keywords(text, t, &idf(t), options);
        k.iter().map(|k| k.term.to_lowercase()).collect()
    }

    fn idf(t: &Tokenized) -> TfIdf {
        let docs = (0..t.sentences.len()).map(|i| t.terms(i).collect::<Vec<_>>());
        TfIdf::fit(docs, t.vocabulary.len(), TfIdfOptions::default())
    }

    #[test]
    fn runs_stop_at_stopwords_punctuation_and_possessives() {
        let text = "Solar power plants, wind farms and FAW's electric trucks";
        let t = tokens(text, &[text]);
        let got: Vec<String> = runs(text, &t.sentences[0], t.tagged)
            .iter()
            .map(|r| text[r[0].span.start..r[r.len() - 1].span.end].to_string())
            .collect();
        assert_eq!(
            got,
            vec!["Solar power plants", "wind farms", "FAW", "electric trucks"]
        );
    }

    #[test]
    fn verbs_after_to_or_a_modal_start_no_run() {
        let text = "The plan is to raise cash. Grants can help small farms. \
                    Banks moved to fast-track approvals and turned to control systems.";
        let t = sentence_tokens(text);
        let got = |tagged: bool| -> Vec<String> {
            t.sentences
                .iter()
                .flat_map(|s| runs(text, s, tagged))
                .map(|r| text[r[0].span.start..r[r.len() - 1].span.end].to_string())
                .collect()
        };
        // "raise" and "help" are read first as verbs; "fast" is joined to
        // "track" by a hyphen, and "control" is read first as a noun.
        assert_eq!(
            got(true),
            [
                "plan",
                "cash",
                "Grants",
                "small farms",
                "Banks",
                "fast-track approvals",
                "control systems"
            ]
        );
        assert!(got(false).contains(&"raise cash".to_string()));
        assert!(got(false).contains(&"help small farms".to_string()));
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
    }

    #[test]
    fn keywords_are_ranked_unique_and_bounded() {
        let text = "Rust compilers check memory safety. Memory safety matters for compilers. \
                    Compilers for Rust are fast.";
        let t = sentence_tokens(text);
        for method in [KeywordMethod::TextRank, KeywordMethod::TfIdf] {
            let options = KeywordOptions {
                method,
                count: 4,
                ..KeywordOptions::default()
            };
            let k = extract_keywords(text, &t, &idf(&t), &options);
            assert_eq!(k.len(), 4, "{method:?}");
            assert!(k.windows(2).all(|w| w[0].score >= w[1].score), "{method:?}");
            let mut terms: Vec<String> = k.iter().map(|k| k.term.to_lowercase()).collect();
            terms.sort();
            terms.dedup();
            assert_eq!(terms.len(), 4, "{method:?}");
        }
    }

    #[test]
    fn nothing_to_extract_gives_no_keywords() {
        let text = "It is what it is.";
        let t = tokens(text, &[text]);
        assert!(extract_keywords(text, &t, &idf(&t), &KeywordOptions::default()).is_empty());
    }

    #[test]
    fn kept_position_weights_equal_powf() {
        let mut cache = PositionWeights::default();
        for bias in [0.3, 0.0, 1.0, 0.3] {
            for position in [1, 2, 7, 1000, 3, KEPT_POSITIONS, KEPT_POSITIONS + 5] {
                let fresh = f64::powf(position as f64, -bias);
                assert_eq!(cache.weight(position, bias).to_bits(), fresh.to_bits());
            }
        }
    }

    #[test]
    fn runs_with_numbers_or_dates_give_no_candidates() {
        let text = "Two years ago the council drew two-dimensional flood maps. \
                    Flood maps helped last week. The council met on Monday.";
        let t = sentence_tokens(text);
        let terms = |skip: bool| -> Vec<String> {
            let options = KeywordOptions {
                skip_number_and_time: skip,
                ..KeywordOptions::default()
            };
            let mut terms = lowercase_terms(text, &t, &options);
            terms.sort();
            terms
        };
        // "Two years", "last week" and "Monday" go; the hyphen keeps
        // "two-dimensional flood maps".
        assert_eq!(
            terms(true),
            ["council", "flood maps", "two-dimensional flood maps"]
        );
        assert_eq!(
            terms(false),
            [
                "council",
                "flood maps",
                "last week",
                "monday",
                "two years",
                "two-dimensional flood maps",
            ]
        );
    }

    #[test]
    fn number_words_are_found_in_any_case_but_not_in_compounds() {
        let text = "TWO years, a two-way split, Sunday-best clothes on Wednesdays";
        let at = |word: &str| {
            let start = text.find(word).unwrap();
            Span::new(start, start + word.len())
        };
        assert!(is_number_or_time_word(text, at("TWO")));
        assert!(is_number_or_time_word(text, at("years")));
        assert!(is_number_or_time_word(text, at("Wednesdays")));
        assert!(!is_number_or_time_word(text, at("two")));
        assert!(!is_number_or_time_word(text, at("Sunday")));
        assert!(!is_number_or_time_word(text, at("clothes")));
    }

    #[test]
    fn earlier_candidates_score_higher_by_the_first_position_weight() {
        // Two sentences of the same shape: with a uniform word prior the four
        // words score the same, so the phrases differ only by where they
        // first occur, candidate 1 and candidate 2.
        let text = "Solar panels. Wind turbines.";
        let t = sentence_tokens(text);
        let score = |p: f64, term: &str| -> f64 {
            let options = KeywordOptions {
                position_bias: 0.0,
                first_position_weight: p,
                ..KeywordOptions::default()
            };
            let k = extract_keywords(text, &t, &idf(&t), &options);
            k.iter().find(|k| k.term == term).expect("a keyword").score
        };
        let ratio = |p: f64| score(p, "Solar panels") / score(p, "Wind turbines");
        assert!((ratio(0.0) - 1.0).abs() < 1e-9, "{}", ratio(0.0));
        assert!((ratio(0.2) - 2f64.powf(0.2)).abs() < 1e-9, "{}", ratio(0.2));
        assert!((ratio(1.0) - 2.0).abs() < 1e-9, "{}", ratio(1.0));
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
    fn method_names_parse() {
        assert_eq!(KeywordMethod::parse("TFIDF").unwrap(), KeywordMethod::TfIdf);
        assert!(KeywordMethod::parse("lda").is_err());
    }
}
