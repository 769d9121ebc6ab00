//! The Python module's logic in plain Rust: options read by name into a
//! library [`Config`], the summary length of a call, Python string offsets,
//! one run that cannot unwind, and many runs on threads in input order.
//!
//! Receives plain values (the binding layer has already taken them out of
//! Python objects) and returns plain values; it knows nothing of Python, so
//! its tests run without an interpreter. Method, order, similarity and
//! language names are parsed by the library's `Choice` names, so a method
//! added to the library is accepted here with no change, and every message
//! about a bad name lists the valid ones.

use abridge::{
    Budget, Choice, Config, IdfModel, KeywordMethod, Language, Order, Report, Request, Similarity,
    Summarizer, SummaryMethod,
};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

/// The options of `Summarizer(...)`, `summarize(...)`, `keywords(...)` and
/// `summarize_many(...)`, as given; `None` takes the library's default.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// The number of summary sentences.
    pub sentences: Option<i64>,
    /// The share of the document's sentences to keep.
    pub ratio: Option<f64>,
    /// The summary's word budget.
    pub words: Option<i64>,
    /// The summary method's name.
    pub method: Option<String>,
    /// The language's name or ISO code, or `auto` (the same as `None`):
    /// each text's language detected.
    pub language: Option<String>,
    /// With detection, the language of a text whose language is not found
    /// with confidence (name or ISO code); English when `None`.
    pub fallback_language: Option<String>,
    /// The number of keywords.
    pub keywords: Option<i64>,
    /// The keyword method's name.
    pub keyword_method: Option<String>,
    /// One keyword per concept (`--distinct-keywords`).
    pub distinct_keywords: Option<bool>,
    /// The order of the summary's sentences, by name.
    pub order: Option<String>,
    /// The sentence similarity, by name.
    pub similarity: Option<String>,
    /// The lead bias exponent.
    pub position_bias: Option<f64>,
    /// Words to treat as stopwords on top of the language's lists.
    pub stopwords: Vec<String>,
    /// The largest input accepted, in UTF-8 bytes.
    pub max_bytes: Option<i64>,
    /// A corpus IDF model, already read.
    pub idf: Option<Arc<IdfModel>>,
}

/// The value named `name` among `T`'s, or a message that names the valid
/// ones.
pub fn choice<T: Choice>(what: &str, name: &str) -> Result<T, String> {
    T::from_name(name).ok_or_else(|| {
        format!(
            "unknown {what} '{name}' (expected one of: {})",
            T::names().join(", ")
        )
    })
}

/// A language by name or ISO code, with the CLI's message when unknown.
pub fn language(name: &str) -> Result<Language, String> {
    Language::parse(name).map_err(|e| format!("{e} (supported: {})", Language::names().join(", ")))
}

/// The summary length of `sentences`, `ratio` and `words`, of which at most
/// one may be given (as on the command line); `None` when none is.
pub fn budget(
    sentences: Option<i64>,
    ratio: Option<f64>,
    words: Option<i64>,
) -> Result<Option<Budget>, String> {
    let budget = match (sentences, ratio, words) {
        (None, None, None) => return Ok(None),
        (Some(n), None, None) => {
            Budget::Sentences(at_least(1, "the number of summary sentences", n)?)
        }
        (None, Some(r), None) => Budget::Ratio(r),
        (None, None, Some(w)) => Budget::Words(at_least(1, "the word budget", w)?),
        _ => return Err("give only one of sentences, ratio and words".to_string()),
    };
    budget.validate().map_err(|e| e.to_string())?;
    Ok(Some(budget))
}

/// `value` as a count, if it is at least `min`.
fn at_least(min: i64, name: &str, value: i64) -> Result<usize, String> {
    if value < min {
        return Err(format!("{name} must be at least {min}, not {value}"));
    }
    usize::try_from(value).map_err(|_| format!("{name} is too large: {value}"))
}

impl Options {
    /// The library configuration these options ask for, checked.
    pub fn config(&self) -> Result<Config, String> {
        let mut config = Config::default();
        if let Some(budget) = budget(self.sentences, self.ratio, self.words)? {
            config.budget = budget;
        }
        if let Some(name) = &self.method {
            config.method = choice::<SummaryMethod>("summary method", name)?;
        }
        config = match self.language.as_deref() {
            Some(name) if !name.trim().eq_ignore_ascii_case("auto") => {
                if self.fallback_language.is_some() {
                    return Err(
                        "fallback_language is for language=None (detection); drop one of them"
                            .to_string(),
                    );
                }
                config.with_language(language(name)?)
            }
            _ => {
                let fallback = match &self.fallback_language {
                    Some(name) => language(name)?,
                    None => Language::default(),
                };
                config.with_detected_language(fallback)
            }
        };
        if let Some(count) = self.keywords {
            config.keywords.count = at_least(0, "the number of keywords", count)?;
        }
        if let Some(name) = &self.keyword_method {
            config.keywords.method = choice::<KeywordMethod>("keyword method", name)?;
        }
        if let Some(distinct) = self.distinct_keywords {
            config.keywords.one_concept_per_slot = Some(distinct);
        }
        if let Some(name) = &self.order {
            config.order = choice::<Order>("order", name)?;
        }
        if let Some(name) = &self.similarity {
            config.similarity = choice::<Similarity>("similarity", name)?;
        }
        if let Some(bias) = self.position_bias {
            config.position_bias = bias;
        }
        config.extra_stopwords.clone_from(&self.stopwords);
        if let Some(bytes) = self.max_bytes {
            config.max_input_bytes = at_least(0, "max_bytes", bytes)?;
        }
        config.idf.clone_from(&self.idf);
        config.validate().map_err(|e| e.to_string())?;
        Ok(config)
    }
}

/// The character (code point) offsets of `bytes`, byte offsets into `text`
/// that fall on character boundaries: what Python's `str` indices are. One
/// pass over the text, whatever the number of offsets.
pub fn char_offsets(text: &str, bytes: &[usize]) -> Vec<usize> {
    if text.is_ascii() {
        return bytes.to_vec();
    }
    let mut order: Vec<usize> = (0..bytes.len()).collect();
    order.sort_by_key(|&i| bytes[i]);
    let mut chars = vec![0; bytes.len()];
    let (mut at_byte, mut at_char) = (0, 0);
    for i in order {
        let to = bytes[i].min(text.len());
        at_char += text.get(at_byte..to).map_or(0, |s| s.chars().count());
        at_byte = to;
        chars[i] = at_char;
    }
    chars
}

/// One summarized document: the library's report, and where each summary
/// sentence starts and ends in characters of the input.
#[derive(Clone, Debug)]
pub struct Done {
    /// The library's result; its spans are byte offsets.
    pub report: Report,
    /// `(start, end)` of each summary sentence, in characters.
    pub chars: Vec<(usize, usize)>,
    /// The focus texts the summary was made for (empty: none).
    pub focus: Vec<String>,
}

/// Why a document was not summarized.
#[derive(Clone, Debug, PartialEq)]
pub enum Failure {
    /// The library refused it (too large, say).
    Library(abridge::Error),
    /// A bug: the library panicked. The panic stops here.
    Panic(String),
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Failure::Library(e) => write!(f, "{e}"),
            Failure::Panic(message) => write!(
                f,
                "internal error (please report it with the input): {message}"
            ),
        }
    }
}

/// Summarizes `text` with an optional `title` and `budget`. A panic in the
/// library becomes a [`Failure`] instead of unwinding into the caller.
pub fn run(
    summarizer: &Summarizer,
    text: &str,
    title: Option<&str>,
    budget: Option<Budget>,
    focus: &[String],
) -> Result<Done, Failure> {
    let focus_refs: Vec<&str> = focus.iter().map(String::as_str).collect();
    let mut request = Request::new().with_title(title).with_focus(&focus_refs);
    if let Some(budget) = budget {
        request = request.with_budget(budget);
    }
    let report = run_guarded(summarizer, text, request)?;
    let bytes: Vec<usize> = report
        .summary
        .iter()
        .flat_map(|s| [s.span.start, s.span.end])
        .collect();
    let chars = char_offsets(text, &bytes)
        .chunks_exact(2)
        .map(|pair| (pair[0], pair[1]))
        .collect();
    Ok(Done {
        report,
        chars,
        focus: focus.to_vec(),
    })
}

/// The keywords of one text, no summary made (the same keywords as [`run`]
/// gives, with less work): the report's summary is empty.
pub fn keywords(
    summarizer: &Summarizer,
    text: &str,
    title: Option<&str>,
) -> Result<Report, Failure> {
    let request = Request::new().with_title(title).with_keywords_only();
    run_guarded(summarizer, text, request)
}

/// One run of the library, a panic turned into a failure.
fn run_guarded(
    summarizer: &Summarizer,
    text: &str,
    request: Request<'_>,
) -> Result<Report, Failure> {
    catch_unwind(AssertUnwindSafe(|| summarizer.run_with(text, request)))
        .map_err(|payload| {
            let message = payload
                .downcast_ref::<&str>()
                .map(|s| (*s).to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "a panic without a message".to_string());
            Failure::Panic(message)
        })?
        .map_err(Failure::Library)
}

/// Summarizes every text on `threads` threads (at least one) and returns the
/// results in input order. `titles`, when not empty, holds one title per
/// text. Threads take the next text as they finish one, and each result
/// depends only on its text, so the results are the same for any number of
/// threads.
pub fn run_many(
    summarizer: &Summarizer,
    texts: &[String],
    titles: &[Option<String>],
    budget: Option<Budget>,
    focus: &[String],
    threads: usize,
) -> Vec<Result<Done, Failure>> {
    let one = |i: usize| {
        let title = titles.get(i).and_then(Option::as_deref);
        run(summarizer, &texts[i], title, budget, focus)
    };
    let threads = threads.clamp(1, texts.len().max(1));
    if threads == 1 {
        return (0..texts.len()).map(one).collect();
    }
    let next = AtomicUsize::new(0);
    let mut indexed: Vec<(usize, Result<Done, Failure>)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        if i >= texts.len() {
                            return done;
                        }
                        done.push((i, one(i)));
                    }
                })
            })
            .collect();
        workers
            .into_iter()
            // `run` catches the library's panics, so a worker cannot panic.
            .flat_map(|worker| worker.join().expect("a worker does not panic"))
            .collect()
    });
    indexed.sort_by_key(|(i, _)| *i);
    indexed.into_iter().map(|(_, result)| result).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_count_code_points() {
        // "é" is 2 bytes, "😀" 4: byte 0 → 0, 3 ("é" ends at 3) → 2, 7 → 3.
        let text = "aé😀b";
        assert_eq!(char_offsets(text, &[7, 0, 3, 8]), vec![3, 0, 2, 4]);
        assert_eq!(char_offsets("abc", &[2, 1]), vec![2, 1]);
    }

    #[test]
    fn budgets_take_one_length_at_most() {
        assert_eq!(budget(None, None, None), Ok(None));
        assert_eq!(budget(Some(2), None, None), Ok(Some(Budget::Sentences(2))));
        assert_eq!(budget(None, Some(0.5), None), Ok(Some(Budget::Ratio(0.5))));
        assert_eq!(budget(None, None, Some(40)), Ok(Some(Budget::Words(40))));
        assert!(
            budget(Some(2), None, Some(40))
                .unwrap_err()
                .contains("only one")
        );
        assert_eq!(
            budget(Some(-1), None, None).unwrap_err(),
            "the number of summary sentences must be at least 1, not -1"
        );
        assert!(budget(None, Some(1.5), None).unwrap_err().contains("1.5"));
    }

    #[test]
    fn unknown_names_list_the_valid_ones() {
        let options = Options {
            method: Some("bogus".into()),
            ..Options::default()
        };
        let message = options.config().unwrap_err();
        assert!(
            message.starts_with("unknown summary method 'bogus'"),
            "{message}"
        );
        for name in SummaryMethod::names() {
            assert!(message.contains(name), "{message}");
        }
        assert!(language("klingon").unwrap_err().contains("english"));
    }

    #[test]
    fn options_set_the_config_and_default_to_it() {
        assert_eq!(Options::default().config().unwrap(), Config::default());
        let options = Options {
            words: Some(50),
            language: Some("fr".into()),
            keywords: Some(0),
            distinct_keywords: Some(true),
            order: Some("SCORE".into()),
            ..Options::default()
        };
        let config = options.config().unwrap();
        assert_eq!(config.budget, Budget::Words(50));
        assert_eq!(config.language, Language::French);
        assert!(
            !config.detect_language,
            "a language given turns detection off"
        );
        assert_eq!(config.keywords.count, 0);
        assert_eq!(config.keywords.one_concept_per_slot, Some(true));
        assert_eq!(config.order, Order::Score);
        let bad = Options {
            position_bias: Some(-1.0),
            ..Options::default()
        };
        assert!(bad.config().unwrap_err().contains("position bias"));
    }

    #[test]
    fn no_language_or_auto_detects_with_the_fallback_given() {
        for language in [None, Some("auto".to_string()), Some(" AUTO ".to_string())] {
            let options = Options {
                language,
                fallback_language: Some("de".into()),
                ..Options::default()
            };
            let config = options.config().unwrap();
            assert!(config.detect_language);
            assert_eq!(config.language, Language::German);
        }
        let both = Options {
            language: Some("fr".into()),
            fallback_language: Some("de".into()),
            ..Options::default()
        };
        assert!(both.config().unwrap_err().contains("fallback_language"));
        let unknown = Options {
            fallback_language: Some("klingon".into()),
            ..Options::default()
        };
        assert!(unknown.config().unwrap_err().contains("klingon"));
    }

    #[test]
    fn many_runs_keep_input_order_for_any_thread_count() {
        let summarizer = Summarizer::new(Config::default()).unwrap();
        let texts: Vec<String> = (0..7)
            .map(|i| format!("Cats purr {i} times. Dogs bark at night. Rain fell on the town."))
            .collect();
        let one = run_many(&summarizer, &texts, &[], None, &[], 1);
        let three = run_many(&summarizer, &texts, &[], None, &[], 3);
        assert_eq!(one.len(), 7);
        for (a, b) in one.iter().zip(&three) {
            let (a, b) = (a.as_ref().unwrap(), b.as_ref().unwrap());
            assert_eq!(a.report, b.report);
        }
        let fifth = &one[4].as_ref().unwrap().report.summary;
        assert!(fifth.iter().any(|s| s.text.contains("purr 4")), "{fifth:?}");
    }

    #[test]
    fn a_refused_input_is_a_failure_not_a_panic() {
        let config = Config::default().with_max_input_bytes(4);
        let summarizer = Summarizer::new(config).unwrap();
        let failure = run(&summarizer, "Too long a text.", None, None, &[]).unwrap_err();
        assert!(matches!(
            failure,
            Failure::Library(abridge::Error::InputTooLarge { .. })
        ));
    }

    #[test]
    fn sentence_offsets_are_characters_of_the_input() {
        let summarizer = Summarizer::new(Config::default()).unwrap();
        let text = "Émile était là. Café au lait, s'il vous plaît. Le chat dort.";
        let done = run(&summarizer, text, None, None, &[]).unwrap();
        let chars: Vec<char> = text.chars().collect();
        for (sentence, &(start, end)) in done.report.summary.iter().zip(&done.chars) {
            let slice: String = chars[start..end].iter().collect();
            assert_eq!(slice, &text[sentence.span.start..sentence.span.end]);
        }
    }
}
