//! The orchestrator: the only module that calls every stage, in order.
//!
//! [`Summarizer::run`] takes a text through segmentation, normalisation,
//! TF-IDF, sentence scoring by the configured method (with the lead bias
//! where the method takes it), selection and keyword extraction, and returns
//! a [`Report`]. [`Config`] is validated once, in [`Summarizer::new`]; the
//! stages trust what they receive. What may change from one call to the
//! next (the title given apart, the summary length) is a [`Request`].

use crate::config::Config;
use crate::error::{Error, Result};
use crate::keywords::{collapse_whitespace, extract_keywords};
use crate::lang::{Detection, Language, Profile, SentenceRules, detect};
use crate::model::{SparseVector, TfIdf};
use crate::report::{Report, Sentence, Stats};
use crate::summarize::{Analysis, Budget, CueWords, Focus, ScorerOptions, select};
use crate::text::{Normalizer, Segmented, SentenceSpan, Span, TermId, Tokenized, segment_with};
use std::sync::OnceLock;

/// What one call of [`Summarizer::run_with`] asks for beyond the
/// configuration.
///
/// ```
/// use abridge::{Budget, Config, Request, Summarizer};
///
/// let summarizer = Summarizer::new(Config::default())?;
/// let text = "Rust is fast. Rust is safe. Cats sleep a lot. Dogs bark.";
/// let report = summarizer.run_with(text, Request::new().with_budget(Budget::Sentences(1)))?;
/// assert_eq!(report.summary.len(), 1);
/// # Ok::<(), abridge::Error>(())
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct Request<'a> {
    /// The document's title, given apart from its text (a record's `title`
    /// field, say). `None`, or a title of white space only: the title, if
    /// any, is found at the top of the text.
    pub title: Option<&'a str>,
    /// The summary length for this call; `None` takes the configuration's.
    pub budget: Option<Budget>,
    /// What the reader asks about (`--focus`): texts read as one bag of
    /// words, compared with each sentence by the same tokens, stems and
    /// similarity as the sentences are with each other. Sentences about it
    /// rise: TextRank and LexRank become Biased TextRank (Kazemi et al.
    /// 2020: PageRank's restarts follow the similarity to the focus), the
    /// other methods' scores are multiplied by `1 + similarity / largest
    /// similarity`. Empty (the default), or only words the document lacks:
    /// the summary is the unfocused one.
    pub focus: &'a [&'a str],
    /// Only the keywords: the report's summary is left empty and no sentence
    /// is scored (the keywords are the same as in a full run; a caller that
    /// wants only them saves the sentence graph and its ranking).
    pub keywords_only: bool,
    /// The number of words the caller will cut the summary to, if it does
    /// (`abridge eval --sentences 6 --words 100`: six sentences, then the
    /// first 100 words). The selection does not apply it; a method that
    /// plans under a word budget (`submodular`) plans for it, so that it
    /// does not choose what the cut would lose. `None` (the default): the
    /// summary is not cut.
    pub word_limit: Option<usize>,
}

impl<'a> Request<'a> {
    /// A request for what the configuration says.
    pub fn new() -> Request<'a> {
        Request::default()
    }

    /// This request with a title given apart from the text.
    pub fn with_title(mut self, title: Option<&'a str>) -> Request<'a> {
        self.title = title;
        self
    }

    /// This request focused on `focus` (see [`Request::focus`]).
    pub fn with_focus(mut self, focus: &'a [&'a str]) -> Request<'a> {
        self.focus = focus;
        self
    }

    /// This request for the keywords alone (see [`Request::keywords_only`]).
    pub fn with_keywords_only(mut self) -> Request<'a> {
        self.keywords_only = true;
        self
    }

    /// This request for a summary that the caller cuts to `words` words
    /// (see [`Request::word_limit`]). A cut of zero words makes the run fail
    /// with [`Error::ZeroWords`].
    pub fn with_word_limit(mut self, words: usize) -> Request<'a> {
        self.word_limit = Some(words);
        self
    }

    /// This request with another summary length.
    pub fn with_budget(mut self, budget: Budget) -> Request<'a> {
        self.budget = Some(budget);
        self
    }
}

/// One document of a set summarized together ([`Summarizer::run_many`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Document<'a> {
    /// The document's text.
    pub text: &'a str,
    /// Its title, when given apart from the text (a record's `title`): it
    /// is not a sentence. In a set, titles are neither shown nor counted.
    pub title: Option<&'a str>,
}

impl<'a> Document<'a> {
    /// A document of `text`, with no title given apart.
    pub fn new(text: &'a str) -> Document<'a> {
        Document { text, title: None }
    }

    /// This document with a title given apart from its text.
    pub fn with_title(mut self, title: Option<&'a str>) -> Document<'a> {
        self.title = title;
        self
    }
}

/// What one language needs at run time: its sentence rules and its
/// normalizer (stemmer and stopwords, the user's words included).
#[derive(Debug)]
struct Prepared {
    /// The language.
    language: Language,
    /// How the language's sentences end.
    sentence_rules: &'static SentenceRules,
    normalizer: Normalizer,
    /// Edmundson's cue words, stemmed.
    cue: CueWords,
}

impl Prepared {
    fn new(language: Language, config: &Config) -> Prepared {
        let profile = Profile::of(language);
        let mut stopwords = profile.stopwords();
        stopwords.extend(config.extra_stopwords.iter().map(String::as_str));
        let sentence_rules = profile.sentence_rules;
        let normalizer = Normalizer::with_profile(profile, stopwords);
        let cue = CueWords::new(
            language,
            config.bonus_words.as_deref(),
            config.stigma_words.as_deref(),
            |word| normalizer.stem_word(word),
        );
        Prepared {
            language,
            sentence_rules,
            normalizer,
            cue,
        }
    }
}

/// A configured summarizer: build it once, run it on many documents.
#[derive(Debug)]
pub struct Summarizer {
    config: Config,
    /// One slot per language of [`Language::ALL`], filled the first time a
    /// document in that language comes: a run in one language prepares one.
    prepared: Vec<OnceLock<Prepared>>,
}

impl Summarizer {
    /// Validates `config` and prepares the stemmer and stopwords of its
    /// language.
    pub fn new(config: Config) -> Result<Summarizer> {
        config.validate()?;
        let prepared: Vec<OnceLock<Prepared>> =
            Language::ALL.iter().map(|_| OnceLock::new()).collect();
        let summarizer = Summarizer { config, prepared };
        summarizer.prepared(summarizer.config.language);
        Ok(summarizer)
    }

    /// The prepared stages of `language`, made on first use.
    fn prepared(&self, language: Language) -> &Prepared {
        let slot = Language::ALL
            .iter()
            .position(|&l| l == language)
            .expect("Language::ALL lists every language");
        self.prepared[slot].get_or_init(|| Prepared::new(language, &self.config))
    }

    /// The language `text` is processed in, and what detection found when
    /// it ran.
    fn language_of(&self, text: &str) -> (Language, Option<Detection>) {
        if self.config.detect_language {
            let detection = detect(text);
            (detection.language_or(self.config.language), Some(detection))
        } else {
            (self.config.language, None)
        }
    }

    /// The configuration in use.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// Summarizes one document, as the configuration says.
    pub fn run(&self, text: &str) -> Result<Report> {
        self.run_with(text, Request::new())
    }

    /// Summarizes one document whose title, if any, is given apart from its
    /// text (a record's `title` field, say): `run_with` with only a title.
    pub fn run_titled(&self, title: Option<&str>, text: &str) -> Result<Report> {
        self.run_with(text, Request::new().with_title(title))
    }

    /// Summarizes one document with what `request` asks for. A title given
    /// in the request is the report's title and its words count for the
    /// keywords, exactly as a title found at the top of the text would; any
    /// heading found in the text itself is then ignored. Spans still refer
    /// to `text`.
    pub fn run_with(&self, text: &str, request: Request<'_>) -> Result<Report> {
        self.check_size(text)?;
        let budget = self.budget_of(request)?;
        let (language, detection) = self.language_of(text);
        let prepared = self.prepared(language);
        let rules = prepared.sentence_rules;
        let titled;
        let (text, segmented, offset) = match request.title.filter(|t| !t.trim().is_empty()) {
            None => (text, segment_with(text, rules), 0),
            Some(title) => {
                // One string holds both so that every stage keeps working on
                // spans of a single text; spans are shifted back at the end.
                titled = format!("{title}\n\n{text}");
                if titled.len() > MAX_BYTES {
                    return Err(Error::InputTooLarge {
                        size: titled.len(),
                        limit: MAX_BYTES,
                    });
                }
                let offset = title.len() + 2;
                (
                    titled.as_str(),
                    with_title(segment_with(text, rules), title.len(), offset),
                    offset,
                )
            }
        };
        let mut report = self.analyse(text, &segmented, prepared, budget, request, None);
        for sentence in &mut report.summary {
            let span = sentence.span;
            sentence.span = Span::new(span.start - offset, span.end - offset);
        }
        if offset > 0 {
            // Spans point into the report's text: an occurrence in a title
            // given apart from the text has none.
            for keyword in &mut report.keywords {
                keyword.spans.retain(|s| s.start >= offset);
                for span in &mut keyword.spans {
                    *span = Span::new(span.start - offset, span.end - offset);
                }
            }
        }
        report.language = language;
        report.detection = detection;
        Ok(report)
    }

    /// Summarizes several documents as one set (`--combine`): one summary
    /// and one keyword list for all of them.
    ///
    /// - Each document is cut into sentences on its own (a title found at
    ///   its top, or given apart, is not a sentence); all the sentences then
    ///   go through one pipeline: one TF-IDF over the set, one similarity
    ///   graph for the graph methods (or the method over the union), one
    ///   selection. The language is detected from the start of the first
    ///   document (or configured).
    /// - Redundancy across documents: the selection's near-duplicate check
    ///   ([`Config::redundancy`], cosine above 0.8) runs over the whole set,
    ///   so a sentence that another document already gave, word for word or
    ///   lightly edited, never takes a second slot.
    /// - The lead bias counts each sentence's position in its own document,
    ///   so every document's lead is favoured alike.
    /// - Each summary sentence has [`Sentence::document`], the index of its
    ///   document in `documents`; its `index` and `span` refer to that
    ///   document's text. [`Order::Document`](crate::Order) gives the
    ///   sentences grouped by document in the order given, each group in
    ///   text order; [`Order::Score`](crate::Order) best first.
    /// - The report has no title; its counts are the set's. Keywords are the
    ///   set's, and their `spans` are empty (an occurrence would need a
    ///   document as well as a span).
    ///
    /// The size limit applies to the set: the documents' bytes, together.
    ///
    /// ```
    /// use abridge::{Config, Document, Request, Summarizer};
    ///
    /// let summarizer = Summarizer::new(Config::default())?;
    /// let a = "The dam held overnight. Farmers moved cattle to higher ground.";
    /// let b = "The dam held overnight. The river fell by noon.";
    /// let docs = [Document::new(a), Document::new(b)];
    /// let report = summarizer.run_many(&docs, Request::new())?;
    /// // The shared sentence is picked once, from the first document.
    /// assert_eq!(report.summary.iter().filter(|s| s.text == "The dam held overnight.").count(), 1);
    /// assert!(report.summary.iter().all(|s| s.document.is_some()));
    /// # Ok::<(), abridge::Error>(())
    /// ```
    pub fn run_many(&self, documents: &[Document<'_>], request: Request<'_>) -> Result<Report> {
        let total: usize = documents.iter().map(|d| d.text.len() + 2).sum();
        let limit = self.config.max_input_bytes;
        if total.saturating_sub(2) > limit {
            return Err(Error::InputTooLarge {
                size: total.saturating_sub(2),
                limit,
            });
        }
        let budget = self.budget_of(request)?;
        let first = documents.first().map_or("", |d| d.text);
        let (language, detection) = self.language_of(first);
        let prepared = self.prepared(language);
        // One text holds the set, documents a blank line apart, so that
        // every stage works on spans of a single text as for one document.
        let mut text = String::with_capacity(total);
        let mut merged = Segmented::default();
        let mut starts = Vec::with_capacity(documents.len());
        let mut first_sentence = Vec::with_capacity(documents.len());
        let mut positions = Vec::new();
        for document in documents {
            if !text.is_empty() {
                text.push_str("\n\n");
            }
            let start = text.len();
            text.push_str(document.text);
            starts.push(start);
            first_sentence.push(merged.sentences.len());
            let own = segment_with(document.text, prepared.sentence_rules);
            for (position, sentence) in own.sentences.into_iter().enumerate() {
                positions.push(position);
                merged.sentences.push(SentenceSpan {
                    span: Span::new(sentence.span.start + start, sentence.span.end + start),
                    paragraph: sentence.paragraph + merged.paragraphs,
                });
            }
            merged.paragraphs += own.paragraphs;
        }
        let mut report = self.analyse(&text, &merged, prepared, budget, request, Some(&positions));
        for sentence in &mut report.summary {
            // The last document whose first sentence is at or before it.
            let d = first_sentence.partition_point(|&f| f <= sentence.index) - 1;
            let (start, span) = (starts[d], sentence.span);
            sentence.document = Some(d);
            sentence.index -= first_sentence[d];
            sentence.span = Span::new(span.start - start, span.end - start);
        }
        for keyword in &mut report.keywords {
            keyword.spans.clear();
        }
        report.title = None;
        report.language = language;
        report.detection = detection;
        Ok(report)
    }

    /// The summary length `request` asks for, checked, or the configured one.
    /// A word cut of zero ([`Request::word_limit`]) is refused as a word
    /// budget of zero is: a summary cut to no words is no summary.
    fn budget_of(&self, request: Request<'_>) -> Result<Budget> {
        if request.word_limit == Some(0) {
            return Err(Error::ZeroWords(0));
        }
        match request.budget {
            Some(budget) => {
                budget.validate()?;
                Ok(budget)
            }
            None => Ok(self.config.budget),
        }
    }

    /// Every stage after segmentation, on `text` as `segmented` cuts it:
    /// tokens, TF-IDF, the focus, scoring, selection and keywords (the
    /// request's focus; no summary when it asks for the keywords only). Spans
    /// refer to `text`; `positions`, when given, is each sentence's position
    /// in its own document, for the lead bias. The language fields are left
    /// for the caller.
    fn analyse(
        &self,
        text: &str,
        segmented: &Segmented,
        prepared: &Prepared,
        budget: Budget,
        request: Request<'_>,
        positions: Option<&[usize]>,
    ) -> Report {
        let config = &self.config;
        let language = prepared.language;
        let tokens = prepared
            .normalizer
            .normalize(text, segmented.title, &segmented.sentences);
        let n = tokens.sentences.len();
        // Sentences are compared by their terms and their links (`said`,
        // `mr`): ids below the vocabulary size are terms, the keywords' ids.
        let corpus = config
            .idf
            .as_ref()
            .and_then(|m| m.language(language));
        // The sentence vectors' ids, read once for them and the fit; a call
        // for keywords alone makes no vectors, and its fit reads the tokens.
        let ids = (!request.keywords_only).then(|| SentenceIds::of(&tokens));
        let tfidf = match (corpus, &ids) {
            (Some(corpus), _) => {
                let stems = tokens.sentence_stems();
                TfIdf::from_idf(stems.map(|stem| corpus.idf(stem)).collect(), config.tfidf)
            }
            (None, Some(ids)) => TfIdf::fit(
                (0..n).map(|i| ids.sentence(i).iter().copied()),
                tokens.sentence_term_count(),
                config.tfidf,
            ),
            (None, None) => TfIdf::fit(
                (0..n).map(|i| tokens.sentence_terms(i)),
                tokens.sentence_term_count(),
                config.tfidf,
            ),
        };
        let summary = match &ids {
            None => Vec::new(),
            Some(ids) => {
                let weighed = Weighed {
                    tokens: &tokens,
                    ids,
                    tfidf: &tfidf,
                };
                self.summary(text, segmented, prepared, weighed, budget, request, positions)
            }
        };
        drop(ids);
        let keywords = extract_keywords(text, &tokens, &tfidf, &config.keywords);
        Report {
            language,
            detection: None,
            title: segmented.title.map(|s| collapse_whitespace(s.slice(text))),
            stats: Stats {
                sentences: n,
                words: tokens.words(),
            },
            summary,
            keywords,
        }
    }

    /// The summary of a document already tokenized and weighed: sentence
    /// vectors, the focus, the method's scores and the selection.
    #[allow(clippy::too_many_arguments)]
    fn summary(
        &self,
        text: &str,
        segmented: &Segmented,
        prepared: &Prepared,
        weighed: Weighed<'_>,
        budget: Budget,
        request: Request<'_>,
        positions: Option<&[usize]>,
    ) -> Vec<Sentence> {
        let config = &self.config;
        let Weighed { tokens, ids, tfidf } = weighed;
        let n = tokens.sentences.len();
        let vectors: Vec<SparseVector> = (0..n)
            .map(|i| tfidf.vector(ids.sentence(i).iter().copied()))
            .collect();
        let focus = focus_of(request.focus, &prepared.normalizer, tokens, tfidf);
        let paragraphs: Vec<usize> = segmented.sentences.iter().map(|s| s.paragraph).collect();
        let analysis = Analysis {
            tokens,
            vectors: &vectors,
            paragraphs: &paragraphs,
            positions,
        };
        let scorer = ScorerOptions {
            similarity: config.similarity,
            textrank: config.textrank,
            lexrank_threshold: config.lexrank_threshold,
            budget,
            word_limit: request.word_limit,
            seed: config.seed,
            cue: &prepared.cue,
            focus: focus.as_ref(),
        };
        let scores = config
            .method
            .score(&analysis, &scorer, config.position_bias);
        let words: Vec<usize> = tokens.sentences.iter().map(Vec::len).collect();
        let options = config.select_options(budget);
        // The sentence vectors (many megabytes on a long document) are gone
        // when this returns, before the keywords are made.
        let chosen = select(&scores, &words, &vectors, &options);
        chosen
            .into_iter()
            .map(|index| {
                let span = segmented.sentences[index].span;
                Sentence {
                    index,
                    span,
                    text: collapse_whitespace(span.slice(text)),
                    score: scores[index],
                    document: None,
                }
            })
            .collect()
    }
}

impl Summarizer {
    /// The distinct stems of `text` (title included), sorted: what a corpus
    /// [`IdfModel`](crate::model::IdfModel) counts for one document. They come from the same
    /// segmentation and normalisation as [`Summarizer::run`], so they match
    /// the terms that the model later weighs.
    pub fn stems(&self, text: &str) -> Result<Vec<String>> {
        self.check_size(text)?;
        let prepared = self.prepared(self.language_of(text).0);
        let segmented = segment_with(text, prepared.sentence_rules);
        let tokens = prepared
            .normalizer
            .normalize(text, segmented.title, &segmented.sentences);
        let mut stems: Vec<String> = tokens
            .vocabulary
            .stems()
            .chain(tokens.links.stems())
            .map(str::to_string)
            .collect();
        stems.sort_unstable();
        stems.dedup();
        Ok(stems)
    }
}

impl Summarizer {
    /// Refuses an input larger than the configured limit: the one guard of
    /// both entry points, [`Summarizer::run_with`] and [`Summarizer::stems`].
    fn check_size(&self, text: &str) -> Result<()> {
        // Token and candidate positions are kept in 32 bits: whatever the
        // configured limit, nothing past 4 GiB is read.
        let limit = self.config.max_input_bytes.min(MAX_BYTES);
        if text.len() > limit {
            return Err(Error::InputTooLarge {
                size: text.len(),
                limit,
            });
        }
        Ok(())
    }
}

/// The largest input any configuration accepts, in bytes: 4 GiB - 1.
const MAX_BYTES: usize = u32::MAX as usize;

/// The focus texts as the scorers see them: their terms in the document's
/// ids, weighted by the document's TF-IDF. `None` when there is no focus or
/// it has no word that carries a term.
/// A document's tokens with the ids each sentence is compared by and
/// their weights: what [`Summarizer::summary`] reads.
#[derive(Clone, Copy)]
struct Weighed<'a> {
    tokens: &'a Tokenized,
    ids: &'a SentenceIds,
    tfidf: &'a TfIdf,
}

/// The ids each sentence is compared by ([`Tokenized::sentence_terms`]),
/// read from the tokens once, one sentence after another: the idf's fit
/// and the sentence vectors read them here, where each walked every token
/// of every sentence (stopwords and all) again.
struct SentenceIds {
    ids: Vec<TermId>,
    /// Where each sentence's ids end.
    ends: Vec<usize>,
}

impl SentenceIds {
    fn of(tokens: &Tokenized) -> SentenceIds {
        let n = tokens.sentences.len();
        // At most one id a word: written into room for all (a slot a
        // word), then cut to the ids there are.
        let mut ids: Vec<TermId> = vec![0; tokens.words()];
        let mut ends = Vec::with_capacity(n);
        let mut len = 0;
        for i in 0..n {
            for id in tokens.sentence_terms(i) {
                ids[len] = id;
                len += 1;
            }
            ends.push(len);
        }
        ids.truncate(len);
        SentenceIds { ids, ends }
    }

    /// Sentence `i`'s ids, in order: [`Tokenized::sentence_terms`] of `i`.
    fn sentence(&self, i: usize) -> &[TermId] {
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        &self.ids[start..self.ends[i]]
    }
}

fn focus_of(
    focus: &[&str],
    normalizer: &Normalizer,
    tokens: &Tokenized,
    tfidf: &TfIdf,
) -> Option<Focus> {
    if focus.iter().all(|f| f.trim().is_empty()) {
        return None;
    }
    // One bag of words: a blank line keeps two texts from running into
    // one word.
    let text = focus.join("\n\n");
    let whole = [SentenceSpan {
        span: Span::new(0, text.len()),
        paragraph: 0,
    }];
    let focus_tokens = normalizer.normalize(&text, None, &whole);
    let (ids, terms) = tokens.sentence_terms_of(&focus_tokens, 0);
    (terms > 0).then(|| Focus {
        vector: tfidf.vector(ids),
        terms,
    })
}

/// Puts an outside title of `title_len` bytes in front of a segmented text:
/// the title span starts at 0 and every sentence moves by `offset` bytes.
fn with_title(mut segmented: Segmented, title_len: usize, offset: usize) -> Segmented {
    segmented.title = Some(Span::new(0, title_len));
    for sentence in &mut segmented.sentences {
        sentence.span = Span::new(sentence.span.start + offset, sentence.span.end + offset);
    }
    segmented
}

/// Summarizes `text` with the default configuration: English, three
/// sentences in document order, ten TextRank keywords. The only error is an
/// input larger than [`DEFAULT_MAX_INPUT_BYTES`](crate::DEFAULT_MAX_INPUT_BYTES).
///
/// ```
/// let report = abridge::summarize("Rust is fast. Rust is safe. Cats sleep a lot.").unwrap();
/// assert!(report.summary.len() <= 3);
/// ```
pub fn summarize(text: &str) -> Result<Report> {
    Summarizer::new(Config::default())?.run(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sentence_ids_are_each_sentence_s_terms_and_links() {
        // Empty sentences (only stopwords or numbers), links ("said", "mr")
        // and repeated terms, and a document without sentences.
        let text = "Mr Brown said rates would fall and rates rose. The. \
                    It is 42. Markets said nothing; Mr Green said more. \
                    Rates, rates and rates.";
        let english = Normalizer::new(
            Language::English,
            crate::text::Stopwords::for_language(Language::English),
        );
        let segmented = crate::text::segment(text);
        let tokens = english.normalize(text, segmented.title, &segmented.sentences);
        assert!(tokens.sentences.len() >= 4);
        let ids = SentenceIds::of(&tokens);
        for i in 0..tokens.sentences.len() {
            let want: Vec<TermId> = tokens.sentence_terms(i).collect();
            assert_eq!(ids.sentence(i), want.as_slice(), "sentence {i}");
        }
        assert!(tokens.sentences.iter().any(|s| !s.is_empty()));
        let none = english.normalize("", None, &[]);
        assert!(SentenceIds::of(&none).ids.is_empty());
    }

    #[test]
    fn a_shared_speaker_links_sentences_that_share_no_term() {
        // No two sentences share a term. Without links the three would be
        // isolated and tie at 1/3; "mr" and "said" tie the two quotes.
        let text = "Mr Brown said rates would fall. \
                    Markets rallied in Frankfurt on Friday. \
                    Mr Green said inflation was over.";
        let config = Config::default()
            .with_budget(Budget::Sentences(3))
            .with_position_bias(0.0);
        let report = Summarizer::new(config).unwrap().run(text).unwrap();
        let score = |i: usize| report.summary.iter().find(|s| s.index == i).unwrap().score;
        assert!(score(0) > 0.4 && score(2) > 0.4, "{:?}", report.summary);
        assert!(score(1) < 0.1, "{:?}", report.summary);
    }

    #[test]
    fn a_request_sets_the_length_of_one_call_only() {
        let summarizer = Summarizer::new(Config::default()).unwrap();
        let text = "The dam holds. The river rose fast. Farmers moved cattle. \
                    The mayor spoke. Schools closed early.";
        let one = summarizer
            .run_with(text, Request::new().with_budget(Budget::Sentences(1)))
            .unwrap();
        assert_eq!(one.summary.len(), 1);
        assert_eq!(summarizer.run(text).unwrap().summary.len(), 3);
        let zero = summarizer.run_with(text, Request::new().with_budget(Budget::Words(0)));
        assert_eq!(zero.unwrap_err(), Error::ZeroWords(0));
    }

    #[test]
    fn a_word_cut_of_zero_is_refused() {
        let summarizer = Summarizer::new(Config::default()).unwrap();
        let text = "The dam holds. The river rose fast. Farmers moved cattle.";
        let cut = |words| summarizer.run_with(text, Request::new().with_word_limit(words));
        assert_eq!(cut(0).unwrap_err(), Error::ZeroWords(0));
        assert_eq!(cut(4).unwrap().summary.len(), 3);
    }
}
