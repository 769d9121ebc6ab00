//! Keywords: shared candidates, one scorer per method, one shared filter.
//!
//! This room receives the tokens of one document (title first, then
//! sentences), the input text their spans point into, the document's TF-IDF
//! model and the [`KeywordOptions`], and returns ranked [`Keyword`]s. It uses
//! the text, graph, model and rank rooms. It must not know the summary room,
//! the pipeline or any output format, and it never sees sentence scores.
//!
//! Extraction runs in three steps, each in a file of its own:
//!
//! 1. **Candidates** (`candidates.rs`, shared by every method): maximal runs
//!    of adjacent content words, cut at stopwords, numbers, punctuation other
//!    than a hyphen and a possessive `'s`. In English a part-of-speech lexicon
//!    keeps the runs to noun phrases, a verb right after `to` or a modal
//!    starts no run, the verbs and adverbs its context reveals leave a run's
//!    edges ("plans aimed", "leading carmaker", "prices fall back"), and a
//!    run that says when or how much ("two years", "last week") gives no
//!    candidate. A run of at most `max_words` words is a
//!    candidate; a longer run gives its words one by one. Candidates are kept
//!    once per stem sequence, with every occurrence.
//!    The word-summing methods (`textrank`, `tfidf`) follow KP-Miner
//!    (El-Beltagy & Rafea 2009) on long texts: a candidate seen less than
//!    once per [`KeywordOptions::frequency_floor`] words ranks after those
//!    that are not, and where that floor
//!    reaches KP-Miner's 3 every phrase inside a candidate is one too
//!    ([`word_sum_candidates`]).
//! 2. **Candidate scores**: the method named by [`KeywordOptions::method`]
//!    gives each candidate one score, higher is better:
//!    - [`KeywordMethod::TextRank`] (default, `textrank.rs`): TextRank over the
//!      word co-occurrence graph (Mihalcea & Tarau 2004, section 3), with
//!      co-occurrence counts as edge weights (SingleRank, Wan & Xiao 2008) and
//!      a position prior (PositionRank, Florescu & Caragea 2017).
//!    - [`KeywordMethod::TfIdf`] (`tfidf.rs`): the term's share of the
//!      document's words times its idf.
//!
//!    Both score single words. A candidate's score is then the sum of its
//!    words' scores, as SingleRank does (so that "automotive industry" can
//!    outrank "industry"), times `count^f`, `f` =
//!    [`KeywordOptions::frequency_weight`] (a phrase the text repeats beats
//!    one it mentions once), times `first^-p`, `p` =
//!    [`KeywordOptions::first_position_weight`], where `first` is the position
//!    of the candidate's first occurrence, counted in candidates from 1 (title
//!    first): the oldest keyphrase feature (KEA, Witten et al. 1999) and the
//!    one PositionRank builds on.
//! 3. **Filter** (`filter.rs`, shared): candidates ranked by score, then by
//!    first occurrence; in English a single word that a higher-ranked
//!    keyphrase contains is skipped ("services" after "wavelength
//!    services"), and abridge's own methods keep one concept per slot (of
//!    "dollar" and "dollar gains", one; [`KeywordOptions::one_concept_per_slot`]);
//!    the first [`KeywordOptions::count`] are kept, each shown in its most
//!    frequent surface form.
//!
//! A new method is one file in this folder whose type scores the shared
//! candidates its own way (a phrase score over the candidates, degree over
//! frequency, topic clusters), plus its arm in [`KeywordMethod`] (the
//! variant, its name, and the scorer it maps to).
//!
//! The defaults were chosen on the public sets in `../shared/data` (Inspec,
//! DUC-2001, WikiNews-FR) as one setting for all, never per set; README.md
//! gives the figures.

mod candidates;
mod filter;
mod multipartiterank;
mod positionrank;
mod rake;
mod specificity;
mod singlerank;
mod textrank;
mod tfidf;
mod topicrank;
mod topics;
mod word_sums;
mod yake;

pub(crate) use filter::collapse_whitespace;

use crate::graph::CooccurrenceOptions;
use crate::model::TfIdf;
use crate::rank::TextRankOptions;
use crate::text::{Span, TermId, Token, Tokenized};
use candidates::Candidates;

/// Declares the keyword methods: their enum, names, descriptions and
/// scorers, from one line each.
macro_rules! methods {
    ($($(#[$attr:meta])* $variant:ident => $name:literal, $scorer:expr, $about:literal;)+) => {
        /// How candidates are scored (`--keyword-method`).
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum KeywordMethod {
            $($(#[$attr])* $variant,)+
        }

        impl crate::choice::Choice for KeywordMethod {
            const ALL: &'static [KeywordMethod] = &[$(KeywordMethod::$variant),+];

            fn name(self) -> &'static str {
                match self { $(KeywordMethod::$variant => $name),+ }
            }

            fn description(self) -> &'static str {
                match self { $(KeywordMethod::$variant => $about),+ }
            }
        }

        impl KeywordMethod {
            /// The scorer that implements the method.
            fn scorer(self) -> &'static dyn CandidateScorer {
                match self { $(KeywordMethod::$variant => &$scorer),+ }
            }
        }
    };
}

methods! {
    /// TextRank over the word co-occurrence graph (default).
    #[default]
    TextRank => "textrank", textrank::TextRank,
        "TextRank over word co-occurrence, with a position prior (default).";
    /// Term count in the document times inverse document frequency.
    TfIdf => "tfidf", tfidf::TfIdf, "Term frequency times inverse sentence frequency.";
    /// YAKE: local word features, n-grams up to 3 words (Campos et al. 2020).
    Yake => "yake", yake::Yake,
        "YAKE: casing, position, frequency, context and spread per word; n-grams up to 3 words.";
    /// RAKE: stopword-delimited phrases, degree over frequency (Rose et al. 2010).
    Rake => "rake", rake::Rake,
        "RAKE: phrases between stopwords and punctuation, scored by word degree over frequency.";
    /// SingleRank: weighted co-occurrence PageRank (Wan & Xiao 2008).
    SingleRank => "singlerank", singlerank::SingleRank,
        "SingleRank: PageRank over nouns and adjectives linked within 10 words.";
    /// PositionRank: SingleRank teleporting to early words (Florescu & Caragea 2017).
    PositionRank => "positionrank", positionrank::PositionRank,
        "PositionRank: SingleRank's graph with a 1/position teleport prior.";
    /// TopicRank: PageRank over topics of clustered candidates (Bougouin et al. 2013).
    TopicRank => "topicrank", topicrank::TopicRank,
        "TopicRank: candidates clustered into topics, one candidate per top topic.";
    /// MultipartiteRank: a candidate graph across topics (Boudin 2018).
    MultipartiteRank => "multipartiterank", multipartiterank::MultipartiteRank,
        "MultipartiteRank: candidates of different topics linked, the first of each topic boosted.";
}

impl KeywordMethod {
    /// Every method, default first.
    pub const ALL: &'static [KeywordMethod] = <KeywordMethod as crate::choice::Choice>::ALL;

    /// The name as `--keyword-method` spells it.
    pub fn name(self) -> &'static str {
        crate::choice::Choice::name(self)
    }

    /// Parses a method's name (`tf-idf` is `tfidf` too), in any case.
    pub fn parse(s: &str) -> crate::error::Result<KeywordMethod> {
        let name = s.trim().to_lowercase();
        let name = if name == "tf-idf" { "tfidf" } else { name.as_str() };
        <KeywordMethod as crate::choice::Choice>::from_name(name)
            .ok_or_else(|| crate::error::Error::UnknownKeywordMethod(s.to_string()))
    }
}

impl std::str::FromStr for KeywordMethod {
    type Err = crate::error::Error;

    fn from_str(s: &str) -> crate::error::Result<KeywordMethod> {
        KeywordMethod::parse(s)
    }
}

impl std::fmt::Display for KeywordMethod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// The longest keyphrase [`KeywordOptions::validate`] accepts, in words.
pub(crate) const MAX_KEYPHRASE_WORDS: usize = 32;

/// Options of keyword extraction.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct KeywordOptions {
    /// How candidates are scored.
    pub method: KeywordMethod,
    /// How many keywords to return. Default 10.
    pub count: usize,
    /// The longest keyphrase, in words. Default 4 where a part-of-speech
    /// lexicon keeps candidates to noun phrases (English), 2 elsewhere: a run
    /// of content words that may hold verbs is rarely a good keyphrase beyond
    /// two words. At most 32 (`validate` refuses more): a long document counts every
    /// phrase inside a candidate, which costs the cube of its length.
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
    /// KP-Miner's cutoff (El-Beltagy & Rafea 2009): a candidate whose first
    /// occurrence stands after this many words of the document (title first,
    /// stopwords counted) is left out; `None` keeps every candidate. Default
    /// `Some(400)`, the paper's value. It only bears on documents longer than
    /// that: on long ones (full papers) a topic the text names only late is
    /// rarely one of its keyphrases, and the late candidates crowd out early
    /// ones. Applied by the methods of abridge's own (`textrank`, `tfidf`);
    /// the methods of other papers keep their own candidates.
    pub first_position_cutoff: Option<usize>,
    /// KP-Miner's least allowable seen frequency (El-Beltagy & Rafea 2009),
    /// grown with the document: a candidate seen fewer than
    /// `max(1, words / n)` times ranks after every candidate that is not
    /// (so the floor never leaves fewer keywords than asked for), `n` this
    /// value and `words` the document's (title first, stopwords counted);
    /// `None`: no floor. Default `Some(1000)`: KP-Miner's fixed floor of 3 is
    /// meant for full papers and leaves an abstract or a news story with
    /// almost no candidate, while one per 1,000 words reaches the paper's 3
    /// at 3,000 words and leaves anything shorter than 2,000 alone. Where
    /// the floor reaches KP-Miner's 3 (a long document), the candidates are
    /// KP-Miner's too: every shorter phrase inside a candidate ("disperser"
    /// in "explicit disperser") is one, with its occurrences inside the
    /// longer ones counted. Applied by the methods of abridge's own
    /// (`textrank`, `tfidf`), as the cutoff is.
    pub frequency_floor: Option<usize>,
    /// Whether to leave out, in English, every candidate of a run that holds
    /// a number word or a noun of calendar time. Default true.
    pub skip_number_and_time: bool,
    /// Whether to leave out a single word that a higher-ranked keyphrase
    /// contains, where a part-of-speech lexicon keeps candidates to noun
    /// phrases (English). Default true.
    pub skip_covered_words: bool,
    /// Whether to keep one keyword per concept: a candidate whose terms all
    /// belong to a higher-ranked keyword, or that holds all of one's terms,
    /// names a topic already on the list ("dollar" and "dollar gains"). Of
    /// such a pair the better-ranked keyword keeps the slot, unless the
    /// other is the longer and said at least twice (and once per 1,000
    /// words): then it takes the slot; both stand when both are said at
    /// least three times (and once per 1,000 words). `None` (default): the
    /// method decides, on for abridge's own methods (`textrank`, `tfidf`) in
    /// a language with a part-of-speech lexicon (English), off elsewhere and
    /// for the methods of other papers, which keep their paper's lists.
    /// The public keyphrase sets list nested phrases side by side; on them
    /// the rule costs up to 3 points of F1@10 (DUC-2001 32.63 to 29.68;
    /// README.md gives the figures), and it cuts the BBC articles whose top
    /// 10 holds a nested pair from 78.5% to 0.5%.
    pub one_concept_per_slot: Option<bool>,
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

impl KeywordOptions {
    /// Checks every value against the range keyword extraction accepts.
    pub fn validate(&self) -> crate::error::Result<()> {
        use crate::error::check_range;
        let non_negative = |name, value: f64| {
            check_range(
                name,
                "a finite number of at least 0",
                value,
                value.is_finite() && value >= 0.0,
            )
        };
        self.textrank.validate("the keyword damping factor")?;
        check_range(
            "the longest keyphrase",
            "from 1 to 32 words",
            self.max_words as f64,
            (1..=MAX_KEYPHRASE_WORDS).contains(&self.max_words),
        )?;
        check_range(
            "the longest keyphrase without a part-of-speech lexicon",
            "from 1 to 32 words",
            self.max_words_untagged as f64,
            (1..=MAX_KEYPHRASE_WORDS).contains(&self.max_words_untagged),
        )?;
        non_negative("the keyword position bias", self.position_bias)?;
        non_negative("the keyword first position weight", self.first_position_weight)?;
        non_negative("the keyword frequency weight", self.frequency_weight)?;
        if let Some(cutoff) = self.first_position_cutoff {
            check_range(
                "the keyword first position cutoff",
                "at least 1 word",
                cutoff as f64,
                cutoff >= 1,
            )?;
        }
        if let Some(words) = self.frequency_floor {
            check_range(
                "the words per unit of the keyword frequency floor",
                "at least 1 word",
                words as f64,
                words >= 1,
            )?;
        }
        self.cooccurrence.validate()
    }
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
            first_position_cutoff: Some(400),
            frequency_floor: Some(1000),
            skip_number_and_time: true,
            skip_covered_words: true,
            one_concept_per_slot: None,
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
    /// The method's score of the keyword (higher is better; comparable within
    /// one document and one method only). For TextRank and TF-IDF: the sum of
    /// the word scores, weighed by how often and how early the keyword occurs.
    pub score: f64,
    /// How many times the keyword occurs as a candidate in the document.
    pub count: usize,
    /// Where it occurs: the byte span of each occurrence in the input, in
    /// document order, so that `&text[span.start..span.end]` is the
    /// occurrence as written.
    pub spans: Vec<Span>,
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
    let mut input = KeywordInput::new(text, tokens, idf, options);
    let scorer = options.method.scorer();
    // Word scores first, candidates after: the word graph is gone before
    // the candidates are made, and the two never share the memory.
    input.word_scores = scorer.word_scores(&input);
    let candidates = scorer.candidates(&input);
    let scores = scorer.score(&input, &candidates);
    // The candidates' scores hold what the word scores said.
    input.word_scores = None;
    debug_assert_eq!(scores.len(), candidates.list.len());
    let cutoff = options
        .first_position_cutoff
        .filter(|_| scorer.cuts_late_candidates());
    filter::select(
        &input,
        &candidates,
        &scores,
        scorer.skips_covered_words(),
        options
            .one_concept_per_slot
            .unwrap_or_else(|| scorer.keeps_one_concept_per_slot() && tokens.tagged),
        cutoff,
    )
}

/// The seam between the shared candidates and a method: given the document
/// and its candidates, one score per candidate of [`Candidates::list`], in
/// that order, higher is better. A method whose own score is better when
/// lower (YAKE) turns it around here, so that ranking, filtering and
/// [`Keyword::score`] have one direction. Method settings come from
/// [`KeywordInput::options`].
///
/// What a method can read: the token sequences by sentence, title first
/// ([`KeywordInput::sequences`]), with term ids, byte spans into the text
/// (casing, surface forms) and stopwords kept in place (RAKE's delimiters);
/// the idf of each term; and each candidate's stems with every occurrence,
/// its sequence and token range (YAKE's n-grams, TopicRank's clusters and
/// their positions).
///
/// A trait rather than a `match` on the method inside [`extract_keywords`]:
/// it writes the contract down once, and each method is one type in one file
/// that the filter never sees. Every implementation is a unit struct (its
/// settings live in the one `Copy` [`KeywordOptions`]), so
/// [`KeywordMethod::scorer`] hands out a `&'static dyn`: one virtual call per
/// document, nothing next to the scoring itself. Methods that score single
/// words and sum them share [`weigh_word_sums`] instead of a second trait.
///
/// Three things a method may change beside its scores, each with a default
/// that keeps the shared steps:
/// - [`CandidateScorer::candidates`]: a method whose paper defines its own
///   candidates (YAKE's n-grams, RAKE's stopword-delimited phrases) builds
///   them from the same tokens with [`candidates::CandidatesBuilder`];
/// - a score of `f64::NEG_INFINITY` leaves a candidate out (TopicRank keeps
///   one candidate per topic, YAKE drops near-duplicates);
/// - [`CandidateScorer::skips_covered_words`]: whether the shared filter
///   leaves out a single word a higher-ranked phrase contains (an addition of
///   abridge's that methods from other papers do without).
trait CandidateScorer {
    /// Scores of single words that the method computes from the document
    /// alone, before any candidate is collected; [`extract_keywords`] puts
    /// them in [`KeywordInput::word_scores`] for [`CandidateScorer::score`].
    /// Computing them first means the method's word graph is freed before the
    /// candidates are made: on a long document both are large. None by
    /// default.
    fn word_scores(&self, _input: &KeywordInput<'_>) -> Option<Vec<f64>> {
        None
    }

    /// The candidates this method scores: the shared ones by default.
    fn candidates(&self, input: &KeywordInput<'_>) -> Candidates {
        Candidates::collect(input)
    }

    /// One score per candidate, higher is better; `f64::NEG_INFINITY` leaves
    /// a candidate out.
    fn score(&self, input: &KeywordInput<'_>, candidates: &Candidates) -> Vec<f64>;

    /// Whether the shared filter skips single words covered by a
    /// higher-ranked keyphrase (see `filter.rs`). Default: yes.
    fn skips_covered_words(&self) -> bool {
        true
    }

    /// Whether the shared filter leaves out candidates first seen after
    /// [`KeywordOptions::first_position_cutoff`] words (KP-Miner's cutoff).
    /// Default: no; abridge's own methods say yes.
    fn cuts_late_candidates(&self) -> bool {
        false
    }

    /// Whether the shared filter keeps one keyword per concept when
    /// [`KeywordOptions::one_concept_per_slot`] leaves it to the method and
    /// the language has a part-of-speech lexicon. Default: no; abridge's own
    /// methods say yes.
    fn keeps_one_concept_per_slot(&self) -> bool {
        false
    }
}

/// What every method and the shared steps receive about the document, built
/// once per call. Methods read these fields; none is changed after
/// [`KeywordInput::new`] but [`KeywordInput::word_scores`], set once before
/// the candidates are collected.
struct KeywordInput<'a> {
    /// The input the tokens' spans (byte offsets) point into: casing,
    /// hyphens and surface forms are read from it.
    text: &'a str,
    /// The document's tokens: the vocabulary (term id → stem) and whether a
    /// part-of-speech lexicon tagged them ([`Tokenized::tagged`]).
    tokens: &'a Tokenized,
    /// The token sequences in document order: the title (empty without one)
    /// at index 0, then one per sentence. Stopwords and numbers are kept,
    /// with [`Token::term`] `None`; [`candidates::Occurrence::sequence`]
    /// indexes this list.
    sequences: Vec<&'a [Token]>,
    /// The position of each sequence's first token among all the document's
    /// tokens (title first), from 0: where an occurrence stands in the text.
    starts: Vec<usize>,
    /// The idf of each term id, for methods that weigh terms by rarity.
    idf: &'a TfIdf,
    /// The options of this call.
    options: &'a KeywordOptions,
    /// The method's [`CandidateScorer::word_scores`], if it gives any.
    word_scores: Option<Vec<f64>>,
}

impl<'a> KeywordInput<'a> {
    /// The input of one document.
    fn new(
        text: &'a str,
        tokens: &'a Tokenized,
        idf: &'a TfIdf,
        options: &'a KeywordOptions,
    ) -> Self {
        let sequences = std::iter::once(tokens.title.as_slice())
            .chain(tokens.sentences.iter().map(Vec::as_slice))
            .collect::<Vec<&[Token]>>();
        let starts = sequences
            .iter()
            .scan(0, |next, s| {
                let start = *next;
                *next += s.len();
                Some(start)
            })
            .collect();
        KeywordInput {
            text,
            tokens,
            sequences,
            starts,
            idf,
            options,
            word_scores: None,
        }
    }

    /// The number of distinct terms: term ids run from 0 to this.
    fn terms(&self) -> usize {
        self.tokens.vocabulary.len()
    }

    /// The number of tokens, title included (stopwords and numbers too).
    fn words(&self) -> usize {
        self.sequences.iter().map(|s| s.len()).sum()
    }

    /// How many times a candidate must occur to be kept: one per
    /// [`KeywordOptions::frequency_floor`] words of the document, at least 1.
    fn frequency_floor(&self) -> usize {
        self.options
            .frequency_floor
            .map_or(1, |per| (self.words() / per).max(1))
    }

    /// The term ids of each sequence, in order, stopwords and numbers left
    /// out: what the word-scoring methods count and link.
    fn term_sequences(&self) -> impl Iterator<Item = impl Iterator<Item = TermId> + Clone + '_> + Clone + '_ {
        self.sequences
            .iter()
            .map(|s| s.iter().filter_map(|t| t.term))
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::model::TfIdfOptions;
    use crate::text::{Language, Normalizer, SentenceSpan, Span, Stopwords};

    #[test]
    fn the_longest_keyphrase_is_bounded() {
        let with = |max_words, max_words_untagged| KeywordOptions {
            max_words,
            max_words_untagged,
            ..KeywordOptions::default()
        };
        assert!(with(MAX_KEYPHRASE_WORDS, 1).validate().is_ok());
        for (tagged, untagged) in [(0, 2), (MAX_KEYPHRASE_WORDS + 1, 2), (4, 0), (4, 33)] {
            let message = with(tagged, untagged).validate().unwrap_err().to_string();
            assert!(message.contains("from 1 to 32 words"), "{message}");
        }
    }

    /// The English tokens of `text`, cut into the given sentences.
    pub(in crate::keywords) fn tokens(text: &str, sentences: &[&str]) -> Tokenized {
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
    pub(in crate::keywords) fn sentence_tokens(text: &str) -> Tokenized {
        let parts: Vec<&str> = text.split_inclusive(". ").map(str::trim).collect();
        tokens(text, &parts)
    }

    /// The keywords of `text` under `options`, in lowercase, best first.
    pub(in crate::keywords) fn lowercase_terms(
        text: &str,
        t: &Tokenized,
        options: &KeywordOptions,
    ) -> Vec<String> {
        let k = extract_keywords(text, t, &idf(t), options);
        k.iter().map(|k| k.term.to_lowercase()).collect()
    }

    /// The sentence-level TF-IDF model of `t`, as the pipeline builds it.
    pub(in crate::keywords) fn idf(t: &Tokenized) -> TfIdf {
        let docs = (0..t.sentences.len()).map(|i| t.terms(i).collect::<Vec<_>>());
        TfIdf::fit(docs, t.vocabulary.len(), TfIdfOptions::default())
    }

    /// A document cut into sentences after each ". ", with its idf and the
    /// options of a call: what a test needs to build a [`KeywordInput`].
    pub(in crate::keywords) struct Document {
        pub(in crate::keywords) text: &'static str,
        pub(in crate::keywords) tokens: Tokenized,
        pub(in crate::keywords) idf: TfIdf,
        pub(in crate::keywords) options: KeywordOptions,
    }

    impl Document {
        pub(in crate::keywords) fn new(text: &'static str, options: KeywordOptions) -> Self {
            let tokens = sentence_tokens(text);
            let idf = idf(&tokens);
            Document {
                text,
                tokens,
                idf,
                options,
            }
        }

        pub(in crate::keywords) fn input(&self) -> KeywordInput<'_> {
            KeywordInput::new(self.text, &self.tokens, &self.idf, &self.options)
        }
    }

    #[test]
    fn keywords_are_ranked_unique_and_bounded() {
        let text = "Rust compilers check memory safety. Memory safety matters for compilers. \
                    Compilers for Rust have a linker.";
        let t = sentence_tokens(text);
        for &method in KeywordMethod::ALL {
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
    fn earlier_candidates_score_higher_by_the_first_position_weight() {
        // Two sentences of the same shape: with a uniform word prior the four
        // words score the same but for their specificity in English
        // (`specificity.rs`), which no position weight changes, so the
        // ratio moves only by where the phrases first occur, candidate 1
        // and candidate 2.
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
        let ratio = |p: f64| {
            score(p, "Solar panels") / score(p, "Wind turbines")
                / (score(0.0, "Solar panels") / score(0.0, "Wind turbines"))
        };
        assert!((ratio(0.2) - 2f64.powf(0.2)).abs() < 1e-9, "{}", ratio(0.2));
        assert!((ratio(1.0) - 2.0).abs() < 1e-9, "{}", ratio(1.0));
    }


    #[test]
    fn the_frequency_floor_grows_with_the_document() {
        // "Solar panels. Wind. Solar panels." has 5 tokens.
        let floor = |per: Option<usize>| {
            let options = KeywordOptions {
                frequency_floor: per,
                ..KeywordOptions::default()
            };
            Document::new("Solar panels. Wind. Solar panels.", options)
                .input()
                .frequency_floor()
        };
        assert_eq!(floor(None), 1);
        assert_eq!(floor(Some(1000)), 1);
        assert_eq!(floor(Some(2)), 2);
        assert_eq!(floor(Some(1)), 5);
    }


    #[test]
    fn method_names_parse() {
        assert_eq!(KeywordMethod::parse("TFIDF").unwrap(), KeywordMethod::TfIdf);
        assert!(KeywordMethod::parse("lda").is_err());
    }

    #[test]
    fn every_method_parses_from_its_name_and_displays_it() {
        for &method in KeywordMethod::ALL {
            assert_eq!(method.name().parse::<KeywordMethod>().unwrap(), method);
            assert_eq!(method.to_string(), method.name());
        }
        assert!("lda".parse::<KeywordMethod>().is_err());
    }
}
