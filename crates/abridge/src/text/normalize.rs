//! Tokens: Unicode words, lowercased, possessives and elisions folded,
//! stopwords marked, Snowball stems interned as term ids.
//!
//! This room receives the input and the sentence spans that segmentation
//! found, and returns an owned [`Tokenized`] value. It knows the language
//! (through its stemmer and stopwords) but nothing of weights or graphs.
//!
//! Rules, in order, for each UAX #29 word of a sentence:
//! 1. Lowercase; fold the typographic apostrophes `’` and `ʼ` to `'`.
//! 2. A trailing `'s` is a possessive and is dropped (`FAW’s` → `faw`).
//! 3. An elided article or pronoun before an apostrophe that is itself a
//!    stopword is dropped (`l'économie` → `économie`, `qu'il` → `il`).
//! 4. A stopword, a word without a letter, a number with an ordinal ending,
//!    a unit or a magnitude (`14th`, `2021`, `5km`) and a lone ASCII letter
//!    get no term (a word that starts with a digit and names a thing, `3G`,
//!    `802.11b`, gets one): they still count
//!    as tokens (they separate keyphrases) but never carry weight. Where a
//!    dictionary finds the words (Chinese, Japanese), a lone ideograph is a
//!    character the dictionary could not join, and gets no term either,
//!    unless the dictionary reads it as a word on its own there (Japanese
//!    nouns such as 党); a number in kanji numerals gets none.
//! 5. Everything else is stemmed with the language's Snowball stemmer.
//! 6. A stopword for keyphrases only ([`Stopwords::is_keyword_only`]: `said`,
//!    `mr`) gets no term either, but its stem is interned apart, as a link:
//!    sentence comparison counts it ([`Tokenized::sentence_terms`]).

use super::intern::{Interner, hash_of};
use super::words::{AsciiWords, Words};
use super::segment::{SentenceSpan, Span, is_spaceless_script};
use crate::lang::en::pos::Edge;
use crate::lang::{
    DictionaryWord, Language, Lexicon, Profile, Specificity, Stopwords, Tier, WordSplitter,
};
use rust_stemmers::Stemmer;
use std::cell::RefCell;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

/// The id of an interned stem. Ids are given in order of first occurrence, so
/// they are deterministic for a given input. Terms and links are numbered
/// apart, each from 0 in its own [`Vocabulary`]; only
/// [`Tokenized::sentence_terms`] puts them in one range.
pub type TermId = u32;

/// One word of a sentence, in 28 bytes (a long document holds one per
/// word): its offsets are kept in 32 bits, as inputs are bounded far below
/// 4 GiB (the pipeline refuses larger ones).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// Where the word starts in the input: see [`Token::span`].
    start: u32,
    /// Where the word ends in the input.
    end: u32,
    /// The stem's id, or `None` for stopwords, numbers and lone letters.
    pub term: Option<TermId>,
    /// For a stopword for keyphrases only (`said`, `mr`): the id of its stem
    /// in [`Tokenized::links`]; `None` for every other word.
    pub link: Option<TermId>,
    /// Whether punctuation other than a hyphen separates this word from the
    /// previous one in the sentence (always `true` for the first word).
    /// Keyphrases never run across such a break.
    pub break_before: bool,
    /// Whether the word carried a possessive `'s`, or a particle that the
    /// language writes onto its words (Korean 정부는); a keyphrase ends there.
    pub possessive: bool,
    /// Whether the word can stand in a noun phrase (a noun or adjective, see
    /// [`super::pos`]). Only English has a lexicon; in other languages every
    /// word is taken as nominal.
    pub nominal: bool,
    /// What the lexicon reads in the word for the keyphrase edge rules, read
    /// once per word form: see [`Readings`].
    pub readings: Readings,
}

/// What a part-of-speech lexicon reads in a word beside [`Token::nominal`],
/// for the rules that trim a keyphrase candidate's edges: its
/// [`Edge`] reading, whether it is read first as a verb
/// ([`Lexicon::is_mostly_verb`]), makes the next word a verb
/// ([`Lexicon::is_verb_marker`]), or is a number word or a noun of time
/// ([`Lexicon::is_number_or_time`]). The candidate rules asked the lexicon
/// these of the lowercase text of a word, several times a candidate; the
/// normalizer reads them once per word form, in the thread's cache of forms,
/// and the token carries them in one byte. They are known only for a word
/// written in ASCII, whose folded form is exactly the lowercase text of its
/// span; for any other word, and without a lexicon, they are unknown
/// ([`Readings::get`] is `None`) and a rule asks the lexicon itself.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Readings(u8);

/// What [`Readings::get`] gives for a word whose readings are known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reading {
    /// [`Lexicon::edge`].
    pub edge: Edge,
    /// [`Lexicon::is_mostly_verb`].
    pub mostly_verb: bool,
    /// [`Lexicon::is_verb_marker`].
    pub verb_marker: bool,
    /// [`Lexicon::is_number_or_time`].
    pub number_or_time: bool,
}

/// Every [`Edge`], at the index of its discriminant.
const EDGES: [Edge; 10] = [
    Edge::None,
    Edge::Participle,
    Edge::Verb,
    Edge::Adverb,
    Edge::Determiner,
    Edge::Pronoun,
    Edge::Preposition,
    Edge::Conjunction,
    Edge::Adjective,
    Edge::AdjectiveVerb,
];

impl Readings {
    const KNOWN: u8 = 0x80;
    const MOSTLY_VERB: u8 = 0x40;
    const VERB_MARKER: u8 = 0x20;
    const NUMBER_OR_TIME: u8 = 0x10;
    const EDGE: u8 = 0x0f;

    /// The readings of the lowercase word `word` in `lexicon`.
    fn of(lexicon: &dyn Lexicon, word: &str) -> Readings {
        let flag = |on: bool, bit: u8| if on { bit } else { 0 };
        Readings(
            Self::KNOWN
                | flag(lexicon.is_mostly_verb(word), Self::MOSTLY_VERB)
                | flag(lexicon.is_verb_marker(word), Self::VERB_MARKER)
                | flag(lexicon.is_number_or_time(word), Self::NUMBER_OR_TIME)
                | lexicon.edge(word) as u8,
        )
    }

    /// The readings, if the normalizer could read them (see [`Readings`]).
    pub fn get(self) -> Option<Reading> {
        (self.0 & Self::KNOWN != 0).then(|| Reading {
            edge: EDGES[usize::from(self.0 & Self::EDGE)],
            mostly_verb: self.0 & Self::MOSTLY_VERB != 0,
            verb_marker: self.0 & Self::VERB_MARKER != 0,
            number_or_time: self.0 & Self::NUMBER_OR_TIME != 0,
        })
    }
}

impl Token {
    /// Byte offsets of the word in the input, without a possessive `'s` and
    /// without an elided prefix.
    pub fn span(&self) -> Span {
        Span::new(self.start as usize, self.end as usize)
    }
}

/// Interned stems: id → stem, and the reverse lookup, each stem stored
/// once ([`Interner`]).
#[derive(Clone, Debug, Default)]
pub struct Vocabulary {
    stems: Interner,
}

impl Vocabulary {
    /// An empty vocabulary with room for `capacity` stems.
    pub fn with_capacity(capacity: usize) -> Vocabulary {
        Vocabulary {
            stems: Interner::with_capacity(capacity),
        }
    }

    /// The id of `stem`, adding it if it is new.
    pub fn intern(&mut self, stem: &str) -> TermId {
        self.stems.intern(stem)
    }

    /// [`Self::intern`] of a stem whose hash was kept with it.
    fn intern_hashed(&mut self, stem: &HashedStem) -> TermId {
        self.stems.intern_hashed(&stem.text, stem.hash)
    }

    /// The id of `stem` if it occurs.
    pub fn get(&self, stem: &str) -> Option<TermId> {
        self.stems.get(stem)
    }

    /// The stem of `id`.
    pub fn stem(&self, id: TermId) -> &str {
        self.stems.resolve(id)
    }

    /// The stems in id order.
    pub fn stems(&self) -> impl Iterator<Item = &str> + '_ {
        self.stems.iter()
    }

    /// The number of distinct stems.
    pub fn len(&self) -> usize {
        self.stems.len()
    }

    /// Whether no stem was interned.
    pub fn is_empty(&self) -> bool {
        self.stems.is_empty()
    }

    /// Gives back the room reserved for more stems, once no more come.
    pub fn shrink_to_fit(&mut self) {
        self.stems.shrink_to_fit();
    }
}

/// The tokens of a document.
#[derive(Clone, Debug, Default)]
pub struct Tokenized {
    /// The stems of the words that carry a term ([`Token::term`]), with
    /// their ids; the keyphrase-only stopwords' stems are in [`Self::links`].
    pub vocabulary: Vocabulary,
    /// The stems of the stopwords for keyphrases only that occur, with their
    /// own ids ([`Token::link`]).
    pub links: Vocabulary,
    /// The id each link has in [`Self::sentence_terms`]: the term id of the
    /// same stem when a word with a term has it (`says` is a link, `saying`
    /// a term, both stem to `say`), else an id after the vocabulary, given in
    /// link order.
    pub link_ids: Vec<TermId>,
    /// The title's tokens (empty without a title).
    pub title: Vec<Token>,
    /// The tokens of each sentence, in sentence order.
    pub sentences: Vec<Vec<Token>>,
    /// Whether [`Token::nominal`] comes from a part-of-speech lexicon (English)
    /// rather than being `true` for every word: whether `lexicon` is set.
    pub tagged: bool,
    /// The language's part-of-speech lexicon, if it has one, for the
    /// keyphrase rules that ask about words.
    pub lexicon: Option<&'static dyn Lexicon>,
    /// How specific the language's stems are in general use, if it has a
    /// table for it ([`Profile::specificity`]), for keyphrase weights.
    pub specificity: Option<&'static Specificity>,
    /// The language the tokens were read in: what keyphrase rules ask of
    /// its writing ([`Language::compound_joiners`],
    /// [`Language::spaces_syllables`], [`Language::verb_endings`]).
    pub language: Language,
    /// Whether this text writes every noun with a capital: its language
    /// does ([`Language::capitalises_nouns`]) and the text is not typed in
    /// lowercase, so that a keyphrase ends in a capitalised word.
    pub capitalised_nouns: bool,
}

impl Tokenized {
    /// The number of words in the sentences (stopwords and numbers included).
    pub fn words(&self) -> usize {
        self.sentences.iter().map(Vec::len).sum()
    }

    /// The term ids of sentence `i`, in order, without stopwords or links: what
    /// keywords use. Sentences are compared by [`Self::sentence_terms`].
    pub fn terms(&self, i: usize) -> impl Iterator<Item = TermId> + '_ {
        self.sentences[i].iter().filter_map(|t| t.term)
    }

    /// The ids that sentence `i` is compared by, in order: its terms, and
    /// its links by [`Self::link_ids`]. Every id is below
    /// [`Self::sentence_term_count`].
    pub fn sentence_terms(&self, i: usize) -> impl Iterator<Item = TermId> + '_ {
        self.sentences[i]
            .iter()
            .filter_map(|t| t.term.or(t.link.map(|k| self.link_ids[k as usize])))
    }

    /// The number of distinct ids of [`Self::sentence_terms`].
    pub fn sentence_term_count(&self) -> usize {
        self.vocabulary.len() + self.sentence_link_stems().count()
    }

    /// The stem of every id of [`Self::sentence_terms`], in id order.
    pub fn sentence_stems(&self) -> impl Iterator<Item = &str> + '_ {
        self.vocabulary.stems().chain(self.sentence_link_stems())
    }

    /// The ids that `other` (another text tokenized by the same normalizer,
    /// a focus) is compared by, in this document's id space, as
    /// [`Self::sentence_terms`] gives them for `other`'s sentence `i`: ids
    /// of stems this document lacks are left out. Also returns how many
    /// distinct ids `other`'s sentence has in all, those left out included.
    pub fn sentence_terms_of(&self, other: &Tokenized, i: usize) -> (Vec<TermId>, usize) {
        let mut ids = Vec::new();
        let mut all: Vec<(bool, TermId)> = Vec::new();
        for token in &other.sentences[i] {
            let found = if let Some(term) = token.term {
                all.push((true, term));
                let stem = other.vocabulary.stem(term);
                self.vocabulary
                    .get(stem)
                    .or_else(|| self.links.get(stem).map(|k| self.link_ids[k as usize]))
            } else if let Some(link) = token.link {
                let stem = other.links.stem(link);
                // A link and a term of one stem are one id in `other` too.
                all.push(match other.vocabulary.get(stem) {
                    Some(term) => (true, term),
                    None => (false, link),
                });
                self.links
                    .get(stem)
                    .map(|k| self.link_ids[k as usize])
                    .or_else(|| self.vocabulary.get(stem))
            } else {
                None
            };
            ids.extend(found);
        }
        all.sort_unstable();
        all.dedup();
        (ids, all.len())
    }

    /// The stems of the links that have an id of their own, in id order.
    fn sentence_link_stems(&self) -> impl Iterator<Item = &str> + '_ {
        let terms = self.vocabulary.len() as TermId;
        self.links
            .stems()
            .zip(&self.link_ids)
            .filter(move |&(_, &id)| id >= terms)
            .map(|(stem, _)| stem)
    }
}

/// Turns sentences into tokens for one language.
pub struct Normalizer {
    /// This normalizer's number, unique in the process: what the thread's
    /// [`FORMS`] entries say their stopword tier was read for.
    id: u64,
    language: Language,
    /// The language's stemmer; `None` keeps words as they are.
    stemmer: Option<Stemmer>,
    stopwords: Stopwords,
    /// The language's part-of-speech lexicon, if it has one.
    lexicon: Option<&'static dyn Lexicon>,
    /// The language's specificity table, if it has one.
    specificity: Option<&'static Specificity>,
    /// How the language's words are found.
    words: WordSplitter,
    /// The length of a particle written onto a word's end (Korean), which
    /// the token leaves out.
    particles: Option<fn(&str) -> usize>,
}

impl std::fmt::Debug for Normalizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Normalizer")
            .field("stopwords", &self.stopwords.len())
            .finish_non_exhaustive()
    }
}

impl Normalizer {
    /// A normalizer with the language's stemmer and the given stopwords.
    pub fn new(language: Language, stopwords: Stopwords) -> Normalizer {
        Normalizer::with_profile(Profile::of(language), stopwords)
    }

    /// A normalizer with a language profile's stemmer and lexicon and the
    /// given stopwords.
    pub fn with_profile(profile: Profile, stopwords: Stopwords) -> Normalizer {
        Normalizer {
            id: NEXT_NUMBER.fetch_add(1, Ordering::Relaxed),
            language: profile.language,
            stemmer: profile.stemmer,
            stopwords,
            lexicon: profile.lexicon,
            specificity: profile.specificity,
            words: profile.words,
            particles: profile.particles,
        }
    }

    /// Tokenizes the title and every sentence of `text`.
    pub fn normalize(
        &self,
        text: &str,
        title: Option<Span>,
        sentences: &[SentenceSpan],
    ) -> Tokenized {
        self.with_forms(|forms| self.normalize_with(text, title, sentences, forms))
    }

    /// [`Self::normalize`] with the thread's forms lent for the document.
    fn normalize_with(
        &self,
        text: &str,
        title: Option<Span>,
        sentences: &[SentenceSpan],
        forms: &mut Forms,
    ) -> Tokenized {
        // News prose has a new word form every dozen bytes or so; sizing the
        // maps for that spares most of their regrowing on articles. Long
        // inputs repeat more and regrow rarely, so the estimate is capped.
        let expected = (text.len() / 12).min(4096);
        let mut scratch = Scratch::new(Vocabulary::with_capacity(expected));
        let title = title
            .map(|span| self.tokens(text, span, forms, &mut scratch))
            .unwrap_or_default();
        let sentences: Vec<Vec<Token>> = sentences
            .iter()
            .map(|s| self.tokens(text, s.span, forms, &mut scratch))
            .collect();
        // The word forms are done with, and freed before the vocabulary,
        // complete now, gives back its spare room.
        let mut vocabulary = std::mem::take(&mut scratch.vocabulary);
        let mut links = std::mem::take(&mut scratch.links);
        drop(scratch);
        vocabulary.shrink_to_fit();
        links.shrink_to_fit();
        let mut next = vocabulary.len() as TermId;
        let link_ids = links
            .stems()
            .map(|stem| {
                vocabulary.get(stem).unwrap_or_else(|| {
                    next += 1;
                    next - 1
                })
            })
            .collect();
        let capitalised_nouns =
            self.language.capitalises_nouns() && writes_nouns_capitalised(text, &sentences);
        Tokenized {
            vocabulary,
            links,
            link_ids,
            title,
            sentences,
            tagged: self.lexicon.is_some(),
            lexicon: self.lexicon,
            specificity: self.specificity,
            language: self.language,
            capitalised_nouns,
        }
    }

    /// The stem of one word as the pipeline sees it, or `None` when the word
    /// carries no term. Used for user-supplied words and in tests.
    pub fn stem_word(&self, word: &str) -> Option<String> {
        let mut scratch = Scratch::new(Vocabulary::default());
        let span = Span::new(0, word.len());
        let tokens = self.with_forms(|forms| self.tokens(word, span, forms, &mut scratch));
        match tokens.as_slice() {
            [token] => token.term.map(|id| scratch.vocabulary.stem(id).to_string()),
            _ => None,
        }
    }

    /// The tokens of the sentence at `span` of `text`, with the keyphrase
    /// breaks of its heading lines ([`mark_heading_lines`]).
    fn tokens(&self, text: &str, span: Span, forms: &mut Forms, scratch: &mut Scratch) -> Vec<Token> {
        let mut tokens = self.tokens_unmarked(text, span, forms, scratch);
        mark_heading_lines(&mut tokens, text);
        tokens
    }

    /// The tokens of the sentence at `span` of `text`, its words' gaps
    /// read alone.
    fn tokens_unmarked(
        &self,
        text: &str,
        span: Span,
        forms: &mut Forms,
        scratch: &mut Scratch,
    ) -> Vec<Token> {
        let sentence = &text[span.start..span.end];
        match self.words.dictionary_words(sentence) {
            None => match super::words::words(sentence) {
                Words::Ascii(words) => self.ascii_tokens(words, span, forms, scratch),
                Words::Unicode(words) => {
                    let words = words.map(|(offset, word)| DictionaryWord::plain(offset, word));
                    self.tokens_of(words, sentence, span, forms, scratch)
                }
            },
            Some(words) => self.tokens_of(words.into_iter(), sentence, span, forms, scratch),
        }
    }

    /// The tokens of a sentence (at `span` of the text) that the ASCII
    /// word pass cuts, `words`: [`Self::tokens_of`] for the words most
    /// sentences have, in one loop of its own. The pass says of each word
    /// whether it is folded already and what its gap holds ([`Marks`](super::words::Marks));
    /// none of its words is a dictionary's, a number in words or a lone
    /// ideograph, so a folded word's kind is its form's, and every word's
    /// folded form is the lowercase text of its span (its readings hold).
    /// Kept out of line, so that the word pass and the form lookup are
    /// inlined into this loop alone, whatever the build inlines elsewhere.
    #[inline(never)]
    fn ascii_tokens(
        &self,
        mut words: AsciiWords<'_>,
        span: Span,
        forms: &mut Forms,
        scratch: &mut Scratch,
    ) -> Vec<Token> {
        let mut tokens = std::mem::take(&mut scratch.tokens);
        tokens.clear();
        // Offsets fit in 32 bits: the pipeline refuses inputs of 4 GiB. No
        // offset of a word passes the sentence's end.
        let base = u32::try_from(span.start).expect("input under 4 GiB");
        u32::try_from(span.end).expect("input under 4 GiB");
        let mut lower = std::mem::take(&mut scratch.lower);
        let sentence = words.text();
        while let Some((offset, after, marks)) = words.next_span() {
            let break_before = tokens.is_empty() || marks.hard_gap;
            let at = base + offset as u32;
            let bytes = &sentence.as_bytes()[offset..after];
            // The word as a `str`, which the common path does not ask.
            let word = || {
                sentence
                    .get(offset..after)
                    .expect("the ASCII pass cuts at ASCII bytes")
            };
            // A word with a capital and no apostrophe, in a language that
            // writes no particle onto its words, folds to its lowercase
            // text alone ([`Self::fold`] of an ASCII word); other words
            // with a capital or an apostrophe are folded in full.
            let lowered = if marks.folded {
                false
            } else if self.particles.is_none() && !bytes.contains(&b'\'') {
                lower.clear();
                lower.push_str(word());
                lower.make_ascii_lowercase();
                true
            } else {
                let found = DictionaryWord::plain(offset, word());
                let (start, end, possessive, kind) = self.unfolded_word(&found, forms, scratch);
                tokens.push(Token {
                    start: at + start as u32,
                    end: at + end as u32,
                    term: kind.term,
                    link: kind.link,
                    break_before,
                    possessive,
                    nominal: kind.nominal,
                    readings: kind.readings,
                });
                continue;
            };
            let kind = if lowered {
                let folded = lower.as_str();
                self.kind_lazy(folded.as_bytes(), || folded, false, forms, scratch)
            } else {
                self.kind_lazy(bytes, word, false, forms, scratch)
            };
            tokens.push(Token {
                start: at,
                end: at + bytes.len() as u32,
                term: kind.term,
                link: kind.link,
                break_before,
                possessive: false,
                nominal: kind.nominal,
                readings: kind.readings,
            });
        }
        scratch.lower = lower;
        let exact = tokens.clone();
        scratch.tokens = tokens;
        exact
    }

    /// The tokens of `words`, the words of `sentence` (at `span` of the
    /// text) with their offsets in it, from `unicode-segmentation` or a
    /// dictionary: their gaps and whether they are folded already are read
    /// here (the ASCII pass says both itself: [`Self::ascii_tokens`]).
    fn tokens_of<'a>(
        &self,
        words: impl Iterator<Item = DictionaryWord<'a>>,
        sentence: &str,
        span: Span,
        forms: &mut Forms,
        scratch: &mut Scratch,
    ) -> Vec<Token> {
        // Room for words of five bytes and a space, to avoid regrowing.
        // The tokens are gathered in a buffer kept across sentences and
        // copied out at their exact length: a guess at the capacity left a
        // third of every sentence's vector unused on long documents.
        let mut tokens = std::mem::take(&mut scratch.tokens);
        tokens.clear();
        let mut previous_end = 0;
        for found in words {
            let (offset, word) = (found.offset, found.word);
            let hard_gap = sentence[previous_end..offset].chars().any(|c| !is_soft_gap(c));
            previous_end = offset + word.len();
            let break_before = tokens.is_empty() || hard_gap;
            let (start, end, possessive, kind) = self.word(&found, forms, scratch);
            // Offsets fit in 32 bits: the pipeline refuses inputs of 4 GiB.
            let at = |n: usize| u32::try_from(span.start + offset + n).expect("input under 4 GiB");
            tokens.push(Token {
                start: at(start),
                end: at(end),
                term: kind.term,
                link: kind.link,
                break_before,
                possessive,
                nominal: kind.nominal,
                // The form is the lowercase text of the span only for a word
                // in ASCII.
                readings: if word.is_ascii() {
                    kind.readings
                } else {
                    Readings::default()
                },
            });
        }
        let exact = tokens.clone();
        scratch.tokens = tokens;
        exact
    }

    /// Folds one word: returns its kept byte range within `word`, whether it
    /// was possessive, and what the folded form is.
    ///
    /// Inlined into the word loop of [`Self::tokens_of`], as are the lookup
    /// of a folded word's form and its kind when the document has had the
    /// form before (they are in [`Self::ascii_tokens`]'s loop too): the
    /// calls between these small steps cost about as much as the steps.
    #[inline(always)]
    fn word(
        &self,
        found: &DictionaryWord<'_>,
        forms: &mut Forms,
        scratch: &mut Scratch,
    ) -> (usize, usize, bool, WordKind) {
        let word = found.word;
        if is_folded(word) {
            // Most words: lowercase ASCII without an apostrophe, folded already.
            let kind = self.folded_kind(found, word, forms, scratch);
            (0, word.len(), false, kind)
        } else {
            self.unfolded_word(found, forms, scratch)
        }
    }

    /// [`Self::word`] for a word that is not its own folded form.
    #[inline(never)]
    fn unfolded_word(
        &self,
        found: &DictionaryWord<'_>,
        forms: &mut Forms,
        scratch: &mut Scratch,
    ) -> (usize, usize, bool, WordKind) {
        // The buffer is taken out for the word's time, so that the rest of
        // the scratch can be lent beside it.
        let mut buffer = std::mem::take(&mut scratch.buffer);
        let (start, end, possessive) = self.fold(found.word, &mut buffer);
        let kind = self.folded_kind(found, &buffer, forms, scratch);
        scratch.buffer = buffer;
        (start, end, possessive, kind)
    }

    /// What the word `found`, folded as `lower`, is in this document.
    #[inline(always)]
    fn folded_kind(
        &self,
        found: &DictionaryWord<'_>,
        lower: &str,
        forms: &mut Forms,
        scratch: &mut Scratch,
    ) -> WordKind {
        // A dictionary's reading of this occurrence: a lone ideograph it
        // could not join and a number in words carry no weight. Japanese
        // reads the same character as a word on its own in one sentence and
        // as a suffix in the next, so those kinds are not kept by form.
        let lone = self.words.is_dictionary() && is_lone_ideograph(lower);
        let weightless = found.is_number || found.is_function || (lone && !found.stands_alone);
        let by_occurrence = found.is_number || (lone && self.words == WordSplitter::Lindera);
        if by_occurrence {
            self.kind_afresh(lower, weightless, forms, scratch)
        } else {
            self.kind(lower, weightless, forms, scratch)
        }
    }

    /// Folds `word` into `lower`: lowercase, typographic apostrophes as
    /// `'`, a possessive `'s` or an elided stopword before an apostrophe
    /// dropped. Returns the byte range of `word` that is kept and whether
    /// it was possessive.
    fn fold(&self, word: &str, lower: &mut String) -> (usize, usize, bool) {
        lower.clear();
        if word.is_ascii() {
            // No apostrophe to fold, and ASCII lowercasing is Unicode
            // lowercasing for these chars.
            lower.push_str(word);
            lower.make_ascii_lowercase();
        } else {
            // Lowercase and fold typographic apostrophes in one pass.
            lower.extend(word.chars().flat_map(char::to_lowercase).map(|c| {
                if matches!(c, '\u{2019}' | '\u{02BC}') {
                    '\''
                } else {
                    c
                }
            }));
        }
        let (mut start, mut end, mut possessive) = (0, word.len(), false);
        // A particle written onto the word (Korean 예산안을) is left out of its
        // form and its span (the same bytes end the word and its lowercase),
        // and ends a keyphrase as a possessive does: it closes a noun phrase.
        if let Some(particle_len) = self.particles {
            let cut = particle_len(word);
            if cut > 0 && lower.ends_with(&word[word.len() - cut..]) {
                lower.truncate(lower.len() - cut);
                return (0, word.len() - cut, true);
            }
        }
        if lower.ends_with("'s") && lower.len() > 2 {
            possessive = true;
            lower.truncate(lower.len() - 2);
            end = apostrophe_before_end(word);
        } else if let Some(at) = lower.bytes().position(|b| b == b'\'')
            && at + 1 < lower.len()
            && self.stopwords.contains(&lower[..at])
        {
            lower.drain(..=at);
            start = word.find(['\'', '\u{2019}', '\u{02BC}']).map_or(0, |i| {
                i + word[i..].chars().next().map_or(1, char::len_utf8)
            });
        }
        (start, end, possessive)
    }

    /// What the folded word `word` is in this document, found once per
    /// document and word form. The thread's [`FORMS`] entry of the form
    /// holds it, stamped with the document ([`Scratch::document`]), along
    /// with the form's stopword tier for these stopwords: a form seen
    /// before, in this document or another, takes one lookup.
    #[inline(always)]
    fn kind(&self, word: &str, weightless: bool, forms: &mut Forms, scratch: &mut Scratch) -> WordKind {
        self.kind_lazy(word.as_bytes(), || word, weightless, forms, scratch)
    }

    /// [`Self::kind`] of the folded word whose bytes are `bytes` and whose
    /// `str` `word` gives: only the paths that read the word as text ask
    /// for it (a form the thread has not met, or met in no document with
    /// these stopwords), so that the common path takes no `str` at all.
    #[inline(always)]
    fn kind_lazy<'w>(
        &self,
        bytes: &[u8],
        word: impl Fn() -> &'w str,
        weightless: bool,
        forms: &mut Forms,
        scratch: &mut Scratch,
    ) -> WordKind {
        if bytes.len() > FORM_CACHE_WORD_BYTES {
            return self.kind_by_document(word(), weightless, forms, scratch);
        }
        if let Some(form) = forms.get_mut(bytes) {
            // A form this document had before has its kind stamped already.
            if form.document != scratch.document {
                self.settle(form, word, weightless, scratch);
            }
            return form.kind;
        }
        self.new_form_kind(word(), weightless, forms, scratch)
    }

    /// [`Self::kind`] of a form the thread's table does not hold.
    #[inline(never)]
    fn new_form_kind(
        &self,
        word: &str,
        weightless: bool,
        forms: &mut Forms,
        scratch: &mut Scratch,
    ) -> WordKind {
        let mut form = self.fresh_form(word, false);
        self.settle(&mut form, || word, weightless, scratch);
        let kind = form.kind;
        if forms.len() >= FORM_CACHE_WORDS {
            forms.clear();
        }
        forms.insert(word, form);
        kind
    }

    /// Stamps `form`, the entry of `word`, with its kind in this document
    /// ([`Self::kind`]), made (term or link interned, stem made if needed)
    /// the first time the document has the form. The caller reads the kind
    /// from the entry, so that it is not copied out of this call.
    /// `word` gives the form's text, asked only when its stopword tier or
    /// its stem is not known yet.
    fn settle<'w>(
        &self,
        form: &mut Form,
        word: impl Fn() -> &'w str,
        weightless: bool,
        scratch: &mut Scratch,
    ) {
        if form.document == scratch.document {
            return;
        }
        let carries = form.carries && !weightless;
        let tier = if !carries {
            None
        } else if form.stopwords == self.id {
            form.tier
        } else {
            let tier = self.stopwords.tier(word());
            (form.stopwords, form.tier) = (self.id, tier);
            tier
        };
        let is_link = tier == Some(Tier::KeywordOnly);
        let is_term = carries && tier.is_none();
        if (is_link || is_term) && form.stem.is_none() {
            form.stem = Some(HashedStem::new(self.stem(word())));
        }
        let kind = self.kind_of(form, is_link, is_term, scratch);
        (form.document, form.kind) = (scratch.document, kind);
    }

    /// The kind of a word whose form is `form`, interning its stem as a
    /// link or a term as the flags say. Inlined into [`Self::settle`], the
    /// first occurrence of each form in a document.
    #[inline(always)]
    fn kind_of(&self, form: &Form, is_link: bool, is_term: bool, scratch: &mut Scratch) -> WordKind {
        // The cache may hold a stem of a word that these stopwords stop:
        // only a word with a term or a link takes one.
        let (mut term, mut link) = (None, None);
        match &form.stem {
            Some(stem) if is_link => link = Some(scratch.links.intern_hashed(stem)),
            Some(stem) if is_term => term = Some(scratch.vocabulary.intern_hashed(stem)),
            _ => {}
        }
        WordKind {
            term,
            link,
            nominal: form.nominal,
            readings: form.readings,
        }
    }

    /// [`Self::kind`] without the thread's entry of the form (a word too
    /// long to keep there): the document's own table of forms.
    fn kind_by_document(
        &self,
        word: &str,
        weightless: bool,
        forms: &mut Forms,
        scratch: &mut Scratch,
    ) -> WordKind {
        match scratch.forms.lookup(word) {
            Ok(form) => scratch.kinds[form as usize],
            Err(absent) => {
                let kind = self.kind_afresh(word, weightless, forms, scratch);
                scratch.forms.add(word, absent);
                scratch.kinds.push(kind);
                kind
            }
        }
    }

    /// The kind of one occurrence of `word`, looked at on its own (a
    /// number, or a lone ideograph that a dictionary reads one way here and
    /// another way there).
    fn kind_afresh(
        &self,
        word: &str,
        weightless: bool,
        forms: &mut Forms,
        scratch: &mut Scratch,
    ) -> WordKind {
        let carries = carries_term(word) && !weightless;
        let tier = if carries { self.stopwords.tier(word) } else { None };
        let is_link = tier == Some(Tier::KeywordOnly);
        let is_term = carries && tier.is_none();
        let form = self.form(word, is_link || is_term, forms);
        self.kind_of(&form, is_link, is_term, scratch)
    }
}

impl Normalizer {
    /// What this language makes of the folded word `word`: whether it can
    /// stand in a noun phrase, and, when `with_stem` asks, its stem. Taken
    /// from `forms` (this thread's [`FORMS`]) when the word was seen before.
    fn form(&self, word: &str, with_stem: bool, forms: &mut Forms) -> Form {
        if let Some(form) = forms.get_mut(word.as_bytes()) {
            if with_stem && form.stem.is_none() {
                form.stem = Some(HashedStem::new(self.stem(word)));
            }
            return form.clone();
        }
        let form = self.fresh_form(word, with_stem);
        if word.len() <= FORM_CACHE_WORD_BYTES {
            if forms.len() >= FORM_CACHE_WORDS {
                forms.clear();
            }
            forms.insert(word, form.clone());
        }
        form
    }

    /// `f` on this thread's [`FORMS`] for this normalizer's language,
    /// stemmer and lexicon (emptied first if it held another's), lent once
    /// for a whole document rather than once a word. While the thread
    /// exits the cache is gone (a thread-local destructor of the caller's
    /// may still summarize): `f` then works afresh on an empty table of its
    /// own, which gives the same results, as the cache never changes one.
    fn with_forms<R>(&self, f: impl FnOnce(&mut Forms) -> R) -> R {
        let key = FormsKey::of(self);
        let mut f = Some(f);
        let lent = FORMS.try_with(|cache| {
            let cache = &mut *cache.borrow_mut();
            if cache.key != Some(key) {
                cache.forms.clear();
                cache.key = Some(key);
            }
            (f.take().expect("called once"))(&mut cache.forms)
        });
        match lent {
            Ok(result) => result,
            Err(_) => (f.take().expect("not called while the cache is gone"))(&mut Forms::default()),
        }
    }

    /// [`Self::form`] without the cache.
    fn fresh_form(&self, word: &str, with_stem: bool) -> Form {
        Form {
            nominal: self
                .lexicon
                .is_none_or(|lexicon| lexicon.can_be_in_noun_phrase(word)),
            readings: self
                .lexicon
                .map_or(Readings::default(), |lexicon| Readings::of(lexicon, word)),
            carries: carries_term(word),
            stem: with_stem.then(|| HashedStem::new(self.stem(word))),
            stopwords: 0,
            tier: None,
            document: 0,
            kind: WordKind {
                term: None,
                link: None,
                nominal: false,
                readings: Readings(0),
            },
        }
    }

    /// The Snowball stem of `word`; the word itself in a language without a
    /// stemmer.
    fn stem(&self, word: &str) -> Arc<str> {
        match &self.stemmer {
            Some(stemmer) => Arc::from(stemmer.stem(word).as_ref()),
            None => Arc::from(word),
        }
    }
}

thread_local! {
    /// The word forms seen on this thread, kept across documents: a batch of
    /// news articles repeats most of its words from one document to the next,
    /// and Snowball stemming and the part-of-speech lookup were the largest
    /// costs of normalising. What is kept depends only on the word and on the
    /// language's stemmer and lexicon ([`FormsKey`]), so the cache cannot
    /// change a result; it holds one language at a time. What depends on
    /// more is stamped with what it holds for, and read only under the same
    /// stamp: a form's stopword tier with the normalizer whose stopwords gave
    /// it (a configuration may add its own), its term or link with the
    /// document whose ids they are. So a word form of a document takes one
    /// lookup here, the first occurrence and the repeats alike.
    static FORMS: RefCell<FormCache> = const {
        RefCell::new(FormCache {
            key: None,
            forms: WordTable::new(),
        })
    };
}

/// The cache is emptied when it reaches this many words. With
/// [`FORM_CACHE_WORD_BYTES`] this bounds its memory (a few MB) on inputs with
/// an open-ended vocabulary.
const FORM_CACHE_WORDS: usize = 1 << 16;

/// Longer words are looked at each time and never kept: prose words are far
/// shorter, while a run of letters without a break (a base64 blob, say) is one
/// long word that would otherwise stay in the thread's memory after its
/// document.
const FORM_CACHE_WORD_BYTES: usize = 64;

/// What decides a word's [`Form`] besides the word: the language (its
/// stemmer), whether it stems, and which lexicon tells nouns (by address: a
/// lexicon is a static).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct FormsKey {
    language: Language,
    stems: bool,
    lexicon: Option<*const ()>,
}

impl FormsKey {
    fn of(normalizer: &Normalizer) -> FormsKey {
        FormsKey {
            language: normalizer.language,
            stems: normalizer.stemmer.is_some(),
            lexicon: normalizer
                .lexicon
                .map(|lexicon| std::ptr::from_ref(lexicon).cast::<()>()),
        }
    }
}

/// Folded word → what the language makes of it, for one [`FormsKey`].
#[derive(Default)]
struct FormCache {
    key: Option<FormsKey>,
    forms: Forms,
}

/// The thread's table of word forms.
type Forms = WordTable<Form>;

/// A table of values by word, made for the thread's word forms: most words
/// are short, and a word of up to [`WordTable::INLINE`] bytes is kept as two
/// integers, compared and hashed as such, where a map of `Box<str>` keys
/// hashed each word's bytes, compared them by `memcmp` and allocated a key
/// per new word (a lookup took about 100 instructions a word). A longer word
/// keeps its text as well. Open addressing over the entries, at most half
/// full; nothing is ever read from it in table order, so its layout cannot
/// reach a result.
struct WordTable<V> {
    /// The entries, in order of insertion.
    entries: Vec<WordEntry<V>>,
    /// Each slot holds an entry's index + 1, or 0 when empty; a power of two
    /// long (or empty).
    slots: Vec<u32>,
}

/// One word of a [`WordTable`] and its value.
struct WordEntry<V> {
    /// The word's length in bytes.
    len: usize,
    /// The word's bytes as [`WordTable::packed`] gives them.
    packed: [u64; 2],
    /// The word itself, when it is longer than [`WordTable::INLINE`] bytes.
    long: Option<Box<str>>,
    value: V,
}

impl<V> Default for WordTable<V> {
    fn default() -> Self {
        WordTable::new()
    }
}

impl<V> WordTable<V> {
    /// Words of up to this many bytes are held in [`WordEntry::packed`] alone.
    const INLINE: usize = 16;

    const fn new() -> WordTable<V> {
        WordTable {
            entries: Vec::new(),
            slots: Vec::new(),
        }
    }

    /// The number of words.
    fn len(&self) -> usize {
        self.entries.len()
    }

    /// Forgets every word (the room is kept).
    fn clear(&mut self) {
        self.entries.clear();
        self.slots.fill(0);
    }

    /// `word`'s bytes as two integers that, with its length, tell it from
    /// any other word of up to [`Self::INLINE`] bytes: of 8 to 16 bytes, its
    /// first 8 and its last 8 (overlapping); of 4 to 7, its first 4 and its
    /// last 4; of 1 to 3, its first, middle and last byte. (A longer word
    /// gets its first and last 8 bytes, and is told apart by its text.)
    #[inline]
    fn packed(word: &[u8]) -> [u64; 2] {
        let n = word.len();
        let eight = |at: usize| u64::from_le_bytes(word[at..at + 8].try_into().expect("8 bytes"));
        let four = |at: usize| {
            u64::from(u32::from_le_bytes(
                word[at..at + 4].try_into().expect("4 bytes"),
            ))
        };
        if n >= 8 {
            [eight(0), eight(n - 8)]
        } else if n >= 4 {
            [four(0) | four(n - 4) << 32, 0]
        } else if n > 0 {
            let byte = |at: usize| u64::from(word[at]);
            [byte(0) | byte(n / 2) << 8 | byte(n - 1) << 16, 0]
        } else {
            [0, 0]
        }
    }

    /// A hash of a word from its length and [`Self::packed`] bytes: the
    /// two halves of one 128-bit product of the two integers (each mixed
    /// with a constant) folded together, so that every bit of the word
    /// reaches the low bits that pick a slot.
    #[inline]
    fn hash(len: usize, packed: [u64; 2]) -> usize {
        let a = packed[0] ^ (len as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        let b = packed[1] ^ 0xc2b2_ae3d_27d4_eb4f;
        let product = u128::from(a) * u128::from(b);
        (product as u64 ^ (product >> 64) as u64) as usize
    }

    /// The slot of `word` (of `len` bytes, packed as `packed`): where it is,
    /// or the empty slot where it would go. The table must have slots.
    #[inline(always)]
    fn slot(&self, word: &[u8], packed: [u64; 2]) -> usize {
        let len = word.len();
        let mask = self.slots.len() - 1;
        let mut at = Self::hash(len, packed) & mask;
        loop {
            let slot = self.slots[at];
            if slot == 0 {
                return at;
            }
            let entry = &self.entries[slot as usize - 1];
            if entry.len == len
                && entry.packed == packed
                && (len <= Self::INLINE || entry.long.as_deref().map(str::as_bytes) == Some(word))
            {
                return at;
            }
            at = (at + 1) & mask;
        }
    }

    /// The value of the word whose bytes are `word`, if the table holds it.
    #[inline(always)]
    fn get_mut(&mut self, word: &[u8]) -> Option<&mut V> {
        if self.slots.is_empty() {
            return None;
        }
        let at = self.slot(word, Self::packed(word));
        match self.slots[at] {
            0 => None,
            slot => Some(&mut self.entries[slot as usize - 1].value),
        }
    }

    /// Adds `word`, which the table does not hold, with `value`.
    fn insert(&mut self, word: &str, value: V) {
        if (self.entries.len() + 1) * 2 > self.slots.len() {
            self.grow();
        }
        let packed = Self::packed(word.as_bytes());
        let at = self.slot(word.as_bytes(), packed);
        debug_assert_eq!(self.slots[at], 0, "{word:?} is new");
        self.entries.push(WordEntry {
            len: word.len(),
            packed,
            long: (word.len() > Self::INLINE).then(|| word.into()),
            value,
        });
        self.slots[at] = u32::try_from(self.entries.len()).expect("fewer than 2^32 words");
    }

    /// Doubles the slots and places every entry again.
    fn grow(&mut self) {
        let size = (self.slots.len() * 2).max(64);
        self.slots = vec![0; size];
        let mask = size - 1;
        for (i, entry) in self.entries.iter().enumerate() {
            let mut at = Self::hash(entry.len, entry.packed) & mask;
            while self.slots[at] != 0 {
                at = (at + 1) & mask;
            }
            self.slots[at] = u32::try_from(i + 1).expect("fewer than 2^32 words");
        }
    }

    /// The words, in order of insertion (for tests).
    #[cfg(test)]
    fn words(&self) -> impl Iterator<Item = (usize, Option<&str>)> + '_ {
        self.entries.iter().map(|e| (e.len, e.long.as_deref()))
    }
}

/// What a language makes of a folded word, whatever the stopwords; and,
/// stamped with what they hold for, its stopword tier for one normalizer's
/// stopwords and its kind in one document (term and link ids are the
/// document's).
#[derive(Clone)]
struct Form {
    /// Whether it can stand in a noun phrase.
    nominal: bool,
    /// What the lexicon reads in it for the keyphrase edge rules.
    readings: Readings,
    /// Whether it can be a term at all ([`carries_term`]), kept with the
    /// form as it depends on the form alone: the first occurrence of a
    /// form in each document asks.
    carries: bool,
    /// Its stem, once a document needed it (stopwords are never stemmed).
    stem: Option<HashedStem>,
    /// The [`Normalizer::id`] whose stopwords gave `tier` (0: none yet).
    stopwords: u64,
    /// The form's stopword tier for those stopwords.
    tier: Option<Tier>,
    /// The [`Scratch::document`] that `kind` is of (0: none yet).
    document: u64,
    /// The form's kind in that document.
    kind: WordKind,
}

/// A stem with its hash for the document vocabularies ([`hash_of`]), made
/// once with the stem: the thread's entry of a form keeps both, so that
/// interning the stem in each document that has the form does not hash it
/// again.
#[derive(Clone)]
struct HashedStem {
    text: Arc<str>,
    hash: u64,
}

impl HashedStem {
    fn new(text: Arc<str>) -> HashedStem {
        let hash = hash_of(&*text);
        HashedStem { text, hash }
    }
}

/// The next number of a [`Normalizer`] or a [`Scratch`]; 0 is never given,
/// so that it can mark a [`Form`] stamp as empty.
static NEXT_NUMBER: AtomicU64 = AtomicU64::new(1);

/// What a folded word form is: its term or link, and whether it can stand
/// in a noun phrase.
#[derive(Clone, Copy)]
struct WordKind {
    term: Option<TermId>,
    link: Option<TermId>,
    nominal: bool,
    readings: Readings,
}

/// Working memory of one [`Normalizer::normalize`] call.
struct Scratch {
    /// This call's number, unique in the process: the thread's [`FORMS`]
    /// entries stamped with it hold the forms' kinds in this document.
    document: u64,
    /// The current word, lowercased and folded.
    buffer: String,
    /// The current word of [`Normalizer::ascii_tokens`], lowercased.
    lower: String,
    /// The stems interned so far.
    vocabulary: Vocabulary,
    /// The links interned so far.
    links: Vocabulary,
    /// The tokens of the current sentence.
    tokens: Vec<Token>,
    /// The folded word forms too long for the thread's [`FORMS`] seen so
    /// far in the document, with an id...
    forms: Interner,
    /// ...and what the form of each id is.
    kinds: Vec<WordKind>,
}

impl Scratch {
    /// The working memory of a new call, with a number of its own.
    fn new(vocabulary: Vocabulary) -> Scratch {
        Scratch {
            document: NEXT_NUMBER.fetch_add(1, Ordering::Relaxed),
            buffer: String::new(),
            lower: String::new(),
            vocabulary,
            links: Vocabulary::default(),
            tokens: Vec::new(),
            forms: Interner::default(),
            kinds: Vec::new(),
        }
    }
}

/// Gaps made of these characters do not break a keyphrase: white space and
/// hyphens (`state-owned`, `government-enterprise`).
fn is_soft_gap(c: char) -> bool {
    c.is_whitespace() || matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// Whether `word` is its own folded form: ASCII without a capital or an
/// apostrophe, so that lowercasing and the apostrophe rules leave it as it
/// is.
fn is_folded(word: &str) -> bool {
    word.bytes()
        .all(|b| b.is_ascii() && !b.is_ascii_uppercase() && b != b'\'')
}

/// The byte offset where a word's possessive apostrophe starts (its last
/// apostrophe of any kind).
fn apostrophe_before_end(word: &str) -> usize {
    word.rfind(['\'', '\u{2019}', '\u{02BC}'])
        .unwrap_or(word.len())
}

/// Whether a lowercase word can be a term: it has a letter and is not a
/// lone ASCII letter; a word that starts with a digit is a term only when it
/// names a thing (`3g`, `2d`, `802.11b`), not when it is a quantity
/// ([`is_quantity`]).
fn carries_term(word: &str) -> bool {
    let mut chars = word.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    if first.is_ascii() && chars.as_str().is_empty() {
        return false;
    }
    if first.is_numeric() && is_quantity(word) {
        return false;
    }
    word.chars().any(char::is_alphabetic)
}

/// Whether a word that starts with a digit is a quantity, an ordinal or a
/// year rather than a name: no letter, a letter other than ASCII, letters
/// split by digits (`12a3`), or letters that are an ordinal or plural
/// ending, a unit, a magnitude or a time of day after the number (`14th`,
/// `1990s`, `5km`, `10m`, `3pm`). What is left names something, as
/// technical terms do (`3g`, `2d`, `802.11b`, `1080p`).
fn is_quantity(word: &str) -> bool {
    let letters = word.trim_start_matches(|c: char| c.is_ascii_digit() || matches!(c, '.' | ','));
    if letters.is_empty() || !letters.bytes().all(|b| b.is_ascii_lowercase()) {
        return true;
    }
    /// Endings of ordinals (English, French, Spanish, Italian, Portuguese)
    /// and plurals, units of length, mass, volume, time, data, frequency and
    /// power, magnitudes and times of day.
    const QUANTITY_ENDINGS: &[&str] = &[
        "st", "nd", "rd", "th", "e", "er", "re", "eme", "ieme", "o", "a", "os", "as", "s", "m", "k", "bn", "tn", "x", "h", "hr", "hrs", "min",
        "mins", "sec", "secs", "ms", "ns", "km", "cm", "mm", "mi", "ft", "in", "kg", "mg", "lb",
        "lbs", "oz", "ml", "l", "am", "pm", "kb", "mb", "gb", "tb", "kbps", "mbps", "gbps", "hz",
        "khz", "mhz", "ghz", "w", "kw", "mw", "kwh", "v", "mph", "kph", "yr", "yrs", "c", "f",
        "pc", "pts", "px", "dpi",
    ];
    QUANTITY_ENDINGS.contains(&letters)
}

/// Whether a text of a language that writes every noun with a capital does
/// so: at least a fifth of its content words inside a sentence (not the
/// first word) start with a capital. German prose gives about half (its
/// nouns and names); German typed in lowercase gives none, and its
/// keyphrases are then not cut at a lowercase word.
fn writes_nouns_capitalised(text: &str, sentences: &[Vec<Token>]) -> bool {
    let (mut words, mut capitalised) = (0usize, 0usize);
    for token in sentences.iter().flat_map(|s| s.iter().skip(1)) {
        if token.term.is_some() {
            words += 1;
            capitalised += usize::from(text[token.span().start..].starts_with(char::is_uppercase));
        }
    }
    capitalised * 5 >= words && capitalised > 0
}

/// Whether `word` is one ideograph (Han or kana), standing alone.
fn is_lone_ideograph(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(is_spaceless_script) && chars.next().is_none()
}

/// Breaks keyphrases around a heading line inside a sentence. A heading
/// line holds one word only, with a capital first letter, and either that
/// word is in capitals ("ABSTRACT", "INTRODUCTION") or the line after it
/// starts with a capital or another sentence ("Abstract" above "We
/// present"). Such a line names a part of the text: the segmenter, which
/// joins wrapped lines, can leave it in one sentence with the title above it
/// or the text below it ("... Frequent Itemsets Using Bayesian Networks as
/// Background Knowledge / ABSTRACT / The paper ..."), and no phrase runs
/// across it. A lone word whose next line goes on in lowercase is taken for
/// a wrapped line of the sentence and left alone. `tokens` are one
/// sentence's, with offsets into `text`. Called once a sentence and seldom
/// past its first test, it is kept out of the word loop's code.
#[inline(never)]
fn mark_heading_lines(tokens: &mut [Token], text: &str) {
    let bytes = text.as_bytes();
    // A marked word is alone on its line: with a line break between it and
    // a word before it, or after it, in the sentence. So of a sentence with
    // no line break between its first word and its last, only a word alone
    // in its sentence can be marked.
    if let [first, .., last] = tokens
        && memchr::memchr(b'\n', &bytes[first.start as usize..last.end as usize]).is_none()
    {
        return;
    }
    // The blanks are ASCII, which never occurs inside another char's UTF-8,
    // so the line tests read bytes.
    let blank = |b: u8| matches!(b, b' ' | b'\t' | b'\r');
    let line_starts_before = |at: usize| {
        let mut i = at;
        while i > 0 && blank(bytes[i - 1]) {
            i -= 1;
        }
        i == 0 || bytes[i - 1] == b'\n'
    };
    let line_ends_after = |at: usize| {
        let mut i = at;
        while i < bytes.len() && blank(bytes[i]) {
            i += 1;
        }
        i == bytes.len() || bytes[i] == b'\n'
    };
    let capital_at = |at: usize| match bytes.get(at) {
        Some(&b) if b.is_ascii() => b.is_ascii_uppercase(),
        _ => text[at..].starts_with(char::is_uppercase),
    };
    for i in 0..tokens.len() {
        let start = tokens[i].start as usize;
        // The common case at once: a word inside a line (its previous byte
        // no blank or line break) or one that starts in ASCII lowercase.
        if start > 0 && !matches!(bytes[start - 1], b' ' | b'\t' | b'\r' | b'\n') {
            continue;
        }
        if bytes.get(start).is_some_and(u8::is_ascii_lowercase) {
            continue;
        }
        let end = tokens[i].end as usize;
        if !capital_at(start) || !line_starts_before(start) || !line_ends_after(end) {
            continue;
        }
        let word = &text[start..end];
        let in_capitals = word.chars().filter(|c| c.is_alphabetic()).nth(1).is_some()
            && !word.chars().any(char::is_lowercase);
        let next_capital = tokens.get(i + 1).is_none_or(|next| capital_at(next.start as usize));
        if in_capitals || next_capital {
            tokens[i].break_before = true;
            if let Some(next) = tokens.get_mut(i + 1) {
                next.break_before = true;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn english() -> Normalizer {
        Normalizer::new(
            Language::English,
            Stopwords::for_language(Language::English),
        )
    }

    fn whole(text: &str) -> Vec<SentenceSpan> {
        vec![SentenceSpan {
            span: Span::new(0, text.len()),
            paragraph: 0,
        }]
    }

    /// Two sentences: `text[..end]` and what follows the space after it.
    fn split_at(text: &str, end: usize) -> Vec<SentenceSpan> {
        [Span::new(0, end), Span::new(end + 1, text.len())]
            .into_iter()
            .map(|span| SentenceSpan { span, paragraph: 0 })
            .collect()
    }

    #[test]
    fn a_token_takes_28_bytes_and_a_sentence_no_spare_room() {
        // Issue 11, item 5: a token was 40 bytes, in vectors a third empty.
        assert_eq!(std::mem::size_of::<Token>(), 28);
        let text = "Solar panels cover the old depot roof now.";
        let t = english().normalize(text, None, &whole(text));
        assert_eq!(t.sentences[0].len(), 8);
        assert_eq!(t.sentences[0].capacity(), 8);
        assert_eq!(t.sentences[0][0].span().slice(text), "Solar");
    }

    #[test]
    fn a_focus_takes_the_ids_of_the_document() {
        let english = english();
        let doc_text = "Floods hit the river town. Mr Reed said the river rose.";
        let doc = english.normalize(doc_text, None, &split_at(doc_text, 26));
        let focus_text = "river floods said volcano";
        let focus = english.normalize(focus_text, None, &whole(focus_text));
        let (ids, distinct) = doc.sentence_terms_of(&focus, 0);
        let river = doc.vocabulary.get("river").unwrap();
        let flood = doc.vocabulary.get("flood").unwrap();
        let said = doc.link_ids[doc.links.get("said").unwrap() as usize];
        // `volcano` is not in the document: no id, but it counts as a term.
        assert_eq!(ids, vec![river, flood, said]);
        assert_eq!(distinct, 4);
    }

    #[test]
    fn chinese_words_come_from_the_dictionary_and_lone_characters_carry_no_term() {
        let chinese = Normalizer::new(
            Language::Chinese,
            Stopwords::for_language(Language::Chinese),
        );
        let text = "政府发布了新能源汽车政策";
        let t = chinese.normalize(text, None, &whole(text));
        let words: Vec<&str> = t.sentences[0]
            .iter()
            .map(|tok| tok.span().slice(text))
            .collect();
        assert!(words.contains(&"新能源") && words.contains(&"政策"), "{words:?}");
        for tok in &t.sentences[0] {
            let word = tok.span().slice(text);
            if word.chars().count() == 1 {
                assert_eq!(tok.term, None, "{word}");
            }
        }
        // "了" is a stopword; "政策" a term.
        assert!(stems(&chinese, text).contains(&Some("政策".to_string())));
    }

    fn stems(n: &Normalizer, text: &str) -> Vec<Option<String>> {
        let t = n.normalize(text, None, &whole(text));
        t.sentences[0]
            .iter()
            .map(|tok| tok.term.map(|id| t.vocabulary.stem(id).to_string()))
            .collect()
    }

    #[test]
    fn possessives_fold_to_the_same_term() {
        let n = english();
        let text = "FAW's plan, FAW’s cars and FAW";
        let t = n.normalize(text, None, &whole(text));
        let faw: Vec<_> = t.sentences[0]
            .iter()
            .filter(|tok| tok.span().slice(text) == "FAW")
            .map(|tok| tok.term)
            .collect();
        assert_eq!(faw.len(), 3);
        assert!(faw.iter().all(|&term| term.is_some() && term == faw[0]));
        assert!(t.sentences[0][0].possessive && !t.sentences[0][1].possessive);
    }

    #[test]
    fn keyword_only_stopwords_are_links_that_sentences_share() {
        let n = english();
        let text = "Mr Brown said the plan works. The minister said so.";
        let t = n.normalize(text, None, &split_at(text, 29));
        let said: Vec<&Token> = t
            .sentences
            .iter()
            .flatten()
            .filter(|tok| tok.span().slice(text) == "said")
            .collect();
        assert_eq!(said.len(), 2);
        assert!(
            said.iter()
                .all(|tok| tok.term.is_none() && tok.link == Some(1))
        );
        assert_eq!(t.links.stem(0), "mr");
        assert_eq!(t.links.stem(1), "said");
        // Terms: brown plan work | minister; links come after them.
        let v = t.vocabulary.len() as TermId;
        assert_eq!(v, 4);
        assert_eq!(t.sentence_terms(0).collect::<Vec<_>>(), [v, 0, v + 1, 1, 2]);
        assert_eq!(t.sentence_terms(1).collect::<Vec<_>>(), [3, v + 1]);
        assert_eq!(t.terms(1).collect::<Vec<_>>(), [3]);
        assert_eq!(t.sentence_term_count(), 6);
        // "the" and "so" are function words: neither term nor link.
        assert!(t.sentences[1][0].term.is_none() && t.sentences[1][0].link.is_none());
    }

    #[test]
    fn a_link_and_a_term_with_one_stem_share_a_sentence_id() {
        let n = english();
        let text = "Mr Brown says rates fall. Saying so helps Mr Brown.";
        let t = n.normalize(text, None, &split_at(text, 25));
        let id_of = |word: &str| {
            let token = t
                .sentences
                .iter()
                .flatten()
                .find(|tok| tok.span().slice(text) == word)
                .unwrap();
            token
                .term
                .or(token.link.map(|k| t.link_ids[k as usize]))
                .unwrap()
        };
        // "says" is a link, "Saying" a term; both stem to "say".
        assert_eq!(id_of("says"), id_of("Saying"));
        assert_eq!(t.vocabulary.stem(id_of("says")), "say");
        // "mr" has no term of its own: it is numbered after the vocabulary.
        let v = t.vocabulary.len() as TermId;
        assert_eq!(id_of("Mr"), v);
        assert_eq!(t.sentence_term_count(), v as usize + 1);
        let stems: Vec<&str> = t.sentence_stems().collect();
        assert_eq!(stems.len(), t.sentence_term_count());
        assert_eq!(stems[v as usize], "mr");
    }

    #[test]
    fn a_word_after_a_digit_is_a_term_when_it_names_a_thing() {
        for named in ["3g", "2d", "802.11b", "1080p"] {
            assert!(carries_term(named), "{named}");
        }
        for quantity in ["2021", "14th", "1er", "42e", "1990s", "5km", "2.5m", "3pm", "12a3", "5µm"] {
            assert!(!carries_term(quantity), "{quantity}");
        }
        let n = english();
        let got = stems(&n, "3G phones ran 5km in 2021");
        assert_eq!(
            got,
            vec![Some("3g".into()), Some("phone".into()), Some("ran".into()), None, None, None]
        );
    }

    #[test]
    fn stopwords_numbers_and_letters_carry_no_term() {
        let n = english();
        let got = stems(&n, "The 14th plan of 2021 is a B plan running");
        assert_eq!(
            got,
            vec![
                None,
                None,
                Some("plan".into()),
                None,
                None,
                None,
                None,
                None,
                Some("plan".into()),
                Some("run".into()),
            ]
        );
    }

    #[test]
    fn readings_keep_every_edge_and_flag() {
        for (i, &edge) in EDGES.iter().enumerate() {
            assert_eq!(edge as usize, i);
            for bits in 0..8u8 {
                let flag = |bit: u8, on: u8| if bits & bit != 0 { on } else { 0 };
                let readings = Readings(
                    Readings::KNOWN
                        | flag(1, Readings::MOSTLY_VERB)
                        | flag(2, Readings::VERB_MARKER)
                        | flag(4, Readings::NUMBER_OR_TIME)
                        | edge as u8,
                );
                let reading = readings.get().expect("known");
                assert_eq!(reading.edge, edge);
                assert_eq!(
                    [reading.mostly_verb, reading.verb_marker, reading.number_or_time],
                    [bits & 1 != 0, bits & 2 != 0, bits & 4 != 0]
                );
            }
        }
        assert_eq!(Readings::default().get(), None);
    }

    #[test]
    fn ascii_tokens_carry_the_lexicon_readings_of_their_lowercase_text() {
        let n = english();
        let lexicon = Language::English.lexicon().expect("English has a lexicon");
        // Capitals, a possessive, an elision-like apostrophe, a number word,
        // a modal, an adverb, a participle; and words outside ASCII.
        // The first text goes through the ASCII word pass, the second
        // through unicode-segmentation.
        let ascii = "They WILL raise Apple's prices, don't they? Two aimed back";
        let text = "They WILL raise Apple's prices, don't they? Two aimed back \
                    naïve Firm’s café";
        let mut known = 0;
        let tokens = [ascii, text].map(|text| (text, n.normalize(text, None, &whole(text))));
        for (text, token) in tokens
            .iter()
            .flat_map(|(text, t)| t.sentences[0].iter().map(move |token| (*text, token)))
        {
            let written = token.span().slice(text);
            match token.readings.get() {
                Some(reading) => {
                    known += 1;
                    assert!(written.is_ascii(), "{written}");
                    let lower = written.to_lowercase();
                    let expected = Reading {
                        edge: lexicon.edge(&lower),
                        mostly_verb: lexicon.is_mostly_verb(&lower),
                        verb_marker: lexicon.is_verb_marker(&lower),
                        number_or_time: lexicon.is_number_or_time(&lower),
                    };
                    assert_eq!(reading, expected, "{written}");
                    assert_eq!(token.nominal, lexicon.can_be_in_noun_phrase(&lower), "{written}");
                }
                // The word as written is not ASCII (a possessive `’s`
                // leaves the span in ASCII: `Firm`).
                None => {
                    let whole_word = text[token.span().start..].split_whitespace().next();
                    assert!(!whole_word.unwrap_or_default().is_ascii(), "{written}");
                }
            }
        }
        assert_eq!(known, 2 * 10);
        // Without a lexicon nothing is known.
        let plain = Normalizer::new(Language::French, Stopwords::for_language(Language::French));
        let t = plain.normalize(text, None, &whole(text));
        assert!(t.sentences[0].iter().all(|token| token.readings.get().is_none()));
    }

    #[test]
    fn a_form_says_whether_it_carries_a_term_as_carries_term_does() {
        let n = english();
        for word in ["plan", "3g", "14th", "2021", "x", "é", "naïve", "5µm", "'s"] {
            assert_eq!(n.fresh_form(word, false).carries, carries_term(word), "{word}");
        }
        // Through the thread's cache: a first and a second document.
        for _ in 0..2 {
            assert_eq!(stems(&n, "3G plan 14th x"), vec![Some("3g".into()), Some("plan".into()), None, None]);
        }
    }

    #[test]
    fn punctuation_breaks_but_hyphens_do_not() {
        let n = english();
        let text = "state-owned firms, new cars";
        let t = n.normalize(text, None, &whole(text));
        let breaks: Vec<bool> = t.sentences[0].iter().map(|t| t.break_before).collect();
        assert_eq!(breaks, vec![true, false, false, true, false]);
    }

    #[test]
    fn a_heading_line_breaks_phrases_and_a_wrapped_line_does_not() {
        let n = english();
        let breaks = |text: &str| -> Vec<bool> {
            let t = n.normalize(text, None, &whole(text));
            t.sentences.iter().flatten().map(|t| t.break_before).collect()
        };
        // "ABSTRACT" between a title's last line and the text: a break on
        // each side of it.
        assert_eq!(
            breaks("Networks as Background Knowledge\nABSTRACT\nThe paper presents"),
            [true, false, false, false, true, true, false, false]
        );
        // "Abstract" in title case before a line that starts with a capital.
        assert_eq!(
            breaks("Approximation Search\nAbstract\nNearest neighbour searches"),
            [true, false, true, true, false, false]
        );
        // A lone capitalised word of a wrapped sentence, the text going on
        // in lowercase: no break; nor for a capital word inside a line.
        assert_eq!(
            breaks("data from the\nInternet\nis growing and ABSTRACT art"),
            [true, false, false, false, false, false, false, false, false]
        );
    }

    /// `mark_heading_lines` as it was written first (by chars, no early
    /// exits), the reference the byte-reading version must agree with.
    fn mark_heading_lines_by_chars(tokens: &mut [Token], text: &str) {
        let blank = |c: char| matches!(c, ' ' | '\t' | '\r');
        let line_starts_before = |at: usize| {
            let before = text[..at].trim_end_matches(blank);
            before.is_empty() || before.ends_with('\n')
        };
        let line_ends_after = |at: usize| {
            let after = text[at..].trim_start_matches(blank);
            after.is_empty() || after.starts_with('\n')
        };
        let capital_at = |at: usize| text[at..].starts_with(char::is_uppercase);
        for i in 0..tokens.len() {
            let (start, end) = (tokens[i].start as usize, tokens[i].end as usize);
            if !capital_at(start) || !line_starts_before(start) || !line_ends_after(end) {
                continue;
            }
            let word = &text[start..end];
            let in_capitals = word.chars().filter(|c| c.is_alphabetic()).nth(1).is_some()
                && !word.chars().any(char::is_lowercase);
            let next_capital = tokens.get(i + 1).is_none_or(|next| capital_at(next.start as usize));
            if in_capitals || next_capital {
                tokens[i].break_before = true;
                if let Some(next) = tokens.get_mut(i + 1) {
                    next.break_before = true;
                }
            }
        }
    }

    #[test]
    fn heading_lines_are_marked_as_the_reference_by_chars_marks_them() {
        // Texts of words (ASCII and not, capital, lowercase, in capitals,
        // digits) between gaps of blanks, line breaks and punctuation,
        // the words' spans taken as tokens, some starting marked.
        let words = ["Abc", "ABC", "abc", "\u{c9}t\u{e9}", "\u{c9}T\u{c9}", "\u{e9}t\u{e9}", "1a", "A", "\u{df}x", "X1"];
        let gaps = [" ", "\n", " \n ", "\t", "\r\n", ", ", "-", "\n\n", "\u{a0}", ""];
        let mut draws = crate::testing::Draws::new(0x2545_f491_4f6c_dd1d);
        let mut next = |bound: usize| draws.below(bound);
        for _ in 0..20_000 {
            let mut text = String::new();
            let mut tokens = Vec::new();
            if next(3) == 0 {
                text.push_str(gaps[next(gaps.len())]);
            }
            for _ in 0..1 + next(6) {
                let start = text.len();
                text.push_str(words[next(words.len())]);
                tokens.push(Token {
                    start: start as u32,
                    end: text.len() as u32,
                    term: None,
                    link: None,
                    break_before: next(4) == 0,
                    possessive: false,
                    nominal: true,
                    readings: Readings::default(),
                });
                text.push_str(gaps[next(gaps.len())]);
            }
            let mut by_bytes = tokens.clone();
            mark_heading_lines(&mut by_bytes, &text);
            mark_heading_lines_by_chars(&mut tokens, &text);
            assert_eq!(by_bytes, tokens, "{text:?}");
        }
    }

    /// The tokens of the one sentence `text` by the plain word loop
    /// ([`Normalizer::tokens_of`] over `unicode_word_indices`), with the
    /// stems of its terms and links.
    fn tokens_by_the_plain_loop(n: &Normalizer, text: &str) -> (Vec<Token>, Vec<String>) {
        use unicode_segmentation::UnicodeSegmentation;
        let span = Span::new(0, text.len());
        let mut scratch = Scratch::new(Vocabulary::default());
        let tokens = n.with_forms(|forms| {
            let words = text
                .unicode_word_indices()
                .map(|(offset, word)| DictionaryWord::plain(offset, word));
            n.tokens_of(words, text, span, forms, &mut scratch)
        });
        (tokens, stems_of(&scratch))
    }

    /// [`tokens_by_the_plain_loop`] by [`Normalizer::ascii_tokens`].
    fn tokens_by_the_ascii_loop(n: &Normalizer, text: &str) -> (Vec<Token>, Vec<String>) {
        let span = Span::new(0, text.len());
        let mut scratch = Scratch::new(Vocabulary::default());
        let Words::Ascii(words) = super::super::words::words(text) else {
            panic!("{text:?} is for the ASCII pass");
        };
        let tokens = n.with_forms(|forms| n.ascii_tokens(words, span, forms, &mut scratch));
        (tokens, stems_of(&scratch))
    }

    fn stems_of(scratch: &Scratch) -> Vec<String> {
        let terms = scratch.vocabulary.stems().map(|s| format!("t:{s}"));
        terms.chain(scratch.links.stems().map(|s| format!("l:{s}"))).collect()
    }

    #[test]
    fn the_ascii_loop_gives_the_tokens_of_the_plain_loop() {
        // Words of every kind the loop tells apart: lowercase, capitalised,
        // in capitals, with an apostrophe (possessive, elision, contraction),
        // stopwords, keyphrase-only stopwords, numbers, lone letters,
        // underscores, words past the form cache's 64 bytes, and gaps of
        // white space, hyphens, punctuation and the separate symbols.
        let long = "Pneumono".repeat(9);
        let long_lower = long.to_lowercase();
        let words = [
            "solar", "Solar", "SOLAR", "panels", "Panel's", "BBC's", "bbc", "l'avion", "L'Avion",
            "qu'il", "d'un", "don't", "Don't", "it's", "The", "the", "Mr", "said", "says",
            "Saying", "2004", "3G", "14th", "a", "X", "e.g", "3.14", "1,000", "a_1", "__init__",
            "ABSTRACT", "Introduction", "economie", "Politique", "regierung", &long, &long_lower,
        ];
        let gaps = [" ", "  ", ", ", " - ", "-", "\n", ". ", " (", ") ", " \u{a3}", "\u{2014}", "_ ", "'"];
        let languages = [Language::English, Language::French, Language::German, Language::Korean];
        let mut draws = crate::testing::Draws::new(0x2545_f491_4f6c_dd1d);
        let mut next = |n: usize| draws.below(n);
        for round in 0..4_000 {
            let language = languages[round % languages.len()];
            let n = Normalizer::new(language, Stopwords::for_language(language));
            let mut text = String::new();
            for i in 0..1 + next(12) {
                if i > 0 || next(4) == 0 {
                    text.push_str(gaps[next(gaps.len())]);
                }
                text.push_str(words[next(words.len())]);
            }
            // Either loop may meet a form first, in the thread's cache.
            let (ascii, plain) = if round % 2 == 0 {
                let ascii = tokens_by_the_ascii_loop(&n, &text);
                (ascii, tokens_by_the_plain_loop(&n, &text))
            } else {
                let plain = tokens_by_the_plain_loop(&n, &text);
                (tokens_by_the_ascii_loop(&n, &text), plain)
            };
            assert_eq!(ascii, plain, "{language:?} {text:?}");
        }
    }

    #[test]
    fn french_elision_is_dropped() {
        let fr = Normalizer::new(Language::French, Stopwords::for_language(Language::French));
        let text = "l'économie d’Europe";
        let t = fr.normalize(text, None, &whole(text));
        let words: Vec<&str> = t.sentences[0].iter().map(|t| t.span().slice(text)).collect();
        assert_eq!(words, vec!["économie", "Europe"]);
        assert!(t.sentences[0].iter().all(|t| t.term.is_some()));
    }

    #[test]
    fn the_word_table_finds_every_word_it_holds_and_no_other() {
        // Words of every length up to 70 bytes over a small alphabet, so
        // that many share their first, middle or last bytes (what the
        // packed form reads), and words that differ in one byte only.
        let mut words: Vec<String> = Vec::new();
        for len in 0..=70 {
            for variant in 0..40 {
                let word: String = (0..len)
                    .map(|i| char::from(b'a' + ((i * 7 + variant * (i % 5 + 1)) % 3) as u8))
                    .collect();
                words.push(word);
            }
        }
        words.sort();
        words.dedup();
        let held: Vec<&String> = words.iter().step_by(3).collect();
        let absent: Vec<&String> = words.iter().skip(1).step_by(3).collect();
        let mut table = WordTable::default();
        for (i, word) in held.iter().enumerate() {
            assert!(table.get_mut(word.as_bytes()).is_none(), "{word:?}");
            table.insert(word, i);
        }
        assert_eq!(table.len(), held.len());
        for (i, word) in held.iter().enumerate() {
            assert_eq!(table.get_mut(word.as_bytes()).copied(), Some(i), "{word:?}");
        }
        for word in &absent {
            assert!(table.get_mut(word.as_bytes()).is_none(), "{word:?}");
        }
        // A word of many bytes, and one that differs from it in the middle.
        let long = "x".repeat(40);
        let other = format!("{}y{}", "x".repeat(20), "x".repeat(19));
        table.insert(&long, 1_000_000);
        assert!(table.get_mut(other.as_bytes()).is_none());
        table.clear();
        assert_eq!(table.len(), 0);
        assert!(held.iter().all(|word| table.get_mut(word.as_bytes()).is_none()));
        table.insert("again", 7);
        assert_eq!(table.get_mut(b"again").copied(), Some(7));
    }

    #[test]
    fn the_form_cache_holds_no_long_word() {
        // A run of letters without a break (a base64 blob, say) is one
        // word. Kept, it would hold its bytes on the thread long
        // after the document; a batch of such documents would hold up to
        // FORM_CACHE_WORDS of them.
        let n = english();
        let long = "abc".repeat(10_000);
        assert!(n.stem_word(&long).is_some());
        let longest = FORMS.with_borrow(|cache| cache.forms.words().map(|(len, _)| len).max());
        assert!(
            longest.unwrap_or(0) <= FORM_CACHE_WORD_BYTES,
            "a cached word of {longest:?} bytes"
        );
    }

    #[test]
    fn cached_forms_follow_the_lexicon_and_the_stemmer() {
        // One language, three set-ups on one thread: what the cache kept for
        // one must never reach another.
        let tagged = english();
        let plain = |stemmer: bool| {
            let mut profile = Profile::of(Language::English);
            profile.lexicon = None;
            if !stemmer {
                profile.stemmer = None;
            }
            Normalizer::with_profile(profile, Stopwords::for_language(Language::English))
        };
        let text = "Officials announced cuts";
        let nominal = |n: &Normalizer| -> Vec<bool> {
            let t = n.normalize(text, None, &whole(text));
            t.sentences[0].iter().map(|tok| tok.nominal).collect()
        };
        for _ in 0..2 {
            assert_eq!(nominal(&tagged), [true, false, true]);
            assert_eq!(nominal(&plain(true)), [true, true, true]);
            assert_eq!(stems(&tagged, text)[1].as_deref(), Some("announc"));
            assert_eq!(stems(&plain(false), text)[1].as_deref(), Some("announced"));
        }
        // A word stemmed for one set of stopwords and stopped by another
        // gets no term there.
        let mut stopwords = Stopwords::for_language(Language::English);
        stopwords.extend(["cuts"]);
        let stopping = Normalizer::new(Language::English, stopwords);
        assert_eq!(stems(&tagged, text)[2].as_deref(), Some("cut"));
        assert_eq!(stems(&stopping, text)[2], None);
        assert_eq!(stems(&tagged, text)[2].as_deref(), Some("cut"));
    }

    #[test]
    fn cached_stems_equal_fresh_ones_across_languages() {
        // The same word form stems differently in English and French; the
        // thread's cache must never hand one language the other's stem.
        let en = english();
        let fr = Normalizer::new(Language::French, Stopwords::for_language(Language::French));
        let fresh_en = Profile::of(Language::English)
            .stemmer
            .expect("English has a stemmer");
        let fresh_fr = Profile::of(Language::French)
            .stemmer
            .expect("French has a stemmer");
        let words = ["nations", "continuer", "generations", "parlement"];
        assert!(words.iter().any(|w| fresh_en.stem(w) != fresh_fr.stem(w)));
        for _ in 0..2 {
            for word in words {
                assert_eq!(en.stem_word(word).unwrap(), fresh_en.stem(word), "{word}");
                assert_eq!(fr.stem_word(word).unwrap(), fresh_fr.stem(word), "{word}");
            }
        }
    }

    #[test]
    fn term_ids_follow_first_occurrence() {
        let n = english();
        let text = "zebras run; apples run; zebras";
        let t = n.normalize(text, None, &whole(text));
        let ids: Vec<_> = t.terms(0).collect();
        assert_eq!(ids, vec![0, 1, 2, 1, 0]);
        assert_eq!(t.vocabulary.stem(0), "zebra");
    }

    #[test]
    fn each_document_numbers_its_terms_afresh_through_the_form_cache() {
        // The thread's entry of a form keeps its term stamped with the call
        // that interned it: a later document, on the same normalizer or
        // another of the language, must not read the earlier one's ids.
        let n = english();
        let first = "zebras run; apples";
        let second = "apples; zebras";
        let ids = |t: &Tokenized| t.terms(0).collect::<Vec<_>>();
        let t = n.normalize(first, None, &whole(first));
        assert_eq!(ids(&t), [0, 1, 2]);
        assert_eq!(t.vocabulary.stem(2), "appl");
        for normalizer in [&n, &english()] {
            let t = normalizer.normalize(second, None, &whole(second));
            assert_eq!(ids(&t), [0, 1]);
            assert_eq!(t.vocabulary.stem(0), "appl");
            assert_eq!(t.vocabulary.len(), 2);
        }
    }

    #[test]
    fn stem_word_matches_the_pipeline() {
        let n = english();
        assert_eq!(n.stem_word("Industries").as_deref(), Some("industri"));
        assert_eq!(n.stem_word("the"), None);
        assert_eq!(n.stem_word("two words"), None);
    }
}
