//! The Python face: the `abridge._abridge` extension module that
//! `abridge/__init__.py` re-exports.
//!
//! Receives Python values, takes them out into plain Rust (`core::Options`,
//! `String`s), runs the library with the GIL released, and returns Python
//! classes over the results. Bad options raise `ValueError` (or `TypeError`
//! for a value of the wrong type, `OSError` for an IDF model that cannot be
//! read); a document the library refuses raises `abridge.Error` with the
//! library's message; a panic is caught in `core::run` and raised as
//! `abridge.Error` too. It computes nothing itself and must not know how the
//! pipeline works: that is the library's.

use crate::core::{self, Done, Failure, Options};
use abridge::output::Entry;
use abridge::output::json::write_entry;
use abridge::{Choice, IdfModel, KeywordMethod, Language, Order, Similarity, SummaryMethod};
use pyo3::exceptions::{PyException, PyOSError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyString, PyTuple};
use std::sync::{Arc, Mutex, PoisonError};

pyo3::create_exception!(
    abridge,
    Error,
    PyException,
    "A document that abridge could not summarize (larger than `max_bytes`, say); \
     the message says why."
);

/// Every option of a summary, by keyword.
const SUMMARY_OPTIONS: &[&str] = &[
    "sentences",
    "ratio",
    "words",
    "method",
    "language",
    "fallback_language",
    "keywords",
    "keyword_method",
    "distinct_keywords",
    "order",
    "similarity",
    "position_bias",
    "stopwords",
    "max_bytes",
    "idf",
];

/// The options that matter to keywords alone.
const KEYWORD_OPTIONS: &[&str] = &[
    "keywords",
    "keyword_method",
    "distinct_keywords",
    "language",
    "fallback_language",
    "stopwords",
    "max_bytes",
    "idf",
];

/// A `ValueError` with `message`.
fn value_error(message: impl Into<String>) -> PyErr {
    PyValueError::new_err(message.into())
}

/// `abridge.Error` for a document that failed, with `prefix` (which text of
/// many) before the message when there is one.
fn failure(prefix: Option<String>, failure: &Failure) -> PyErr {
    match prefix {
        Some(prefix) => Error::new_err(format!("{prefix}: {failure}")),
        None => Error::new_err(failure.to_string()),
    }
}

/// Reads keyword arguments named in `allowed` into [`Options`]; `None`
/// values keep the default. Any other name is a `TypeError`, as Python
/// raises for a function's unknown keyword.
fn read_options(
    function: &str,
    kwargs: Option<&Bound<'_, PyDict>>,
    allowed: &[&str],
) -> PyResult<Options> {
    let mut options = Options::default();
    let Some(kwargs) = kwargs else {
        return Ok(options);
    };
    for (key, value) in kwargs.iter() {
        let key: String = key.extract()?;
        if !allowed.contains(&key.as_str()) {
            return Err(PyTypeError::new_err(format!(
                "{function}() got an unexpected keyword argument '{key}' (options: {})",
                allowed.join(", ")
            )));
        }
        if value.is_none() {
            continue;
        }
        let typed = |e: PyErr| PyTypeError::new_err(format!("{key}: {}", e.value(value.py())));
        match key.as_str() {
            "sentences" => options.sentences = Some(value.extract().map_err(typed)?),
            "ratio" => options.ratio = Some(value.extract().map_err(typed)?),
            "words" => options.words = Some(value.extract().map_err(typed)?),
            "method" => options.method = Some(value.extract().map_err(typed)?),
            "language" => options.language = Some(value.extract().map_err(typed)?),
            "fallback_language" => {
                options.fallback_language = Some(value.extract().map_err(typed)?);
            }
            "keywords" => options.keywords = Some(value.extract().map_err(typed)?),
            "keyword_method" => options.keyword_method = Some(value.extract().map_err(typed)?),
            "distinct_keywords" => {
                options.distinct_keywords = value.extract().map_err(typed)?;
            }
            "order" => options.order = Some(value.extract().map_err(typed)?),
            "similarity" => options.similarity = Some(value.extract().map_err(typed)?),
            "position_bias" => options.position_bias = Some(value.extract().map_err(typed)?),
            "max_bytes" => options.max_bytes = Some(value.extract().map_err(typed)?),
            "stopwords" => options.stopwords = words(&value)?,
            "idf" => options.idf = Some(Arc::new(idf_model(&value)?)),
            _ => unreachable!("every allowed option has an arm"),
        }
    }
    Ok(options)
}

/// The focus texts of `focus=`: one `str`, or any iterable of `str`; `None`
/// for none.
fn focus_of(value: Option<&Bound<'_, PyAny>>) -> PyResult<Vec<String>> {
    match value {
        None => Ok(Vec::new()),
        Some(value) if value.is_none() => Ok(Vec::new()),
        Some(value) if value.is_instance_of::<PyString>() => Ok(vec![value.extract()?]),
        Some(value) => value
            .try_iter()?
            .map(|text| {
                text?
                    .extract::<String>()
                    .map_err(|_| PyTypeError::new_err("focus must be a str or an iterable of str"))
            })
            .collect(),
    }
}

/// A list of words from any iterable of `str` (a lone `str` is refused: it
/// would be read as its letters).
fn words(value: &Bound<'_, PyAny>) -> PyResult<Vec<String>> {
    if value.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(
            "stopwords must be an iterable of words, not one str",
        ));
    }
    value
        .try_iter()?
        .map(|word| word?.extract::<String>())
        .collect()
}

/// Reads the corpus IDF model at the path `value` (`abridge idf build`).
fn idf_model(value: &Bound<'_, PyAny>) -> PyResult<IdfModel> {
    let path: std::path::PathBuf = value.extract()?;
    let json = std::fs::read_to_string(&path).map_err(|e| {
        PyOSError::new_err(format!(
            "{}: cannot read the IDF model: {e}",
            path.display()
        ))
    })?;
    IdfModel::from_json(&json).map_err(|e| value_error(format!("{}: {e}", path.display())))
}

/// The summarizer of the module-level functions: the last one built, kept
/// while the options stay the same, so that a loop of `summarize(text)` calls
/// prepares the stopwords and stemmer once.
static LAST: Mutex<Option<Arc<abridge::Summarizer>>> = Mutex::new(None);

/// A summarizer for `options`: the last one if its configuration is equal.
fn summarizer_for(options: &Options) -> PyResult<Arc<abridge::Summarizer>> {
    let config = options.config().map_err(value_error)?;
    let mut last = LAST.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some(summarizer) = last.as_ref()
        && *summarizer.config() == config
    {
        return Ok(Arc::clone(summarizer));
    }
    let summarizer =
        Arc::new(abridge::Summarizer::new(config).map_err(|e| value_error(e.to_string()))?);
    *last = Some(Arc::clone(&summarizer));
    Ok(summarizer)
}

/// The texts (and titles) of `summarize_many`, taken out of any iterable.
fn texts_of(texts: &Bound<'_, PyAny>) -> PyResult<Vec<String>> {
    if texts.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(
            "texts must be an iterable of str, not one str (use summarize for one text)",
        ));
    }
    texts
        .try_iter()?
        .enumerate()
        .map(|(i, text)| {
            let text = text?;
            text.extract::<String>().map_err(|_| {
                let kind = text
                    .get_type()
                    .name()
                    .map_or_else(|_| "?".to_string(), |n| n.to_string());
                PyTypeError::new_err(format!("texts[{i}] is not a str but {kind}"))
            })
        })
        .collect()
}

/// The titles of `summarize_many`: one per text, each a str or None.
fn titles_of(titles: Option<&Bound<'_, PyAny>>, count: usize) -> PyResult<Vec<Option<String>>> {
    let Some(titles) = titles.filter(|t| !t.is_none()) else {
        return Ok(Vec::new());
    };
    let titles: Vec<Option<String>> = titles
        .try_iter()?
        .map(|title| title?.extract::<Option<String>>())
        .collect::<PyResult<_>>()
        .map_err(|e| PyTypeError::new_err(format!("titles: {}", e.value(titles.py()))))?;
    if titles.len() != count {
        return Err(value_error(format!(
            "{} titles for {count} texts: give one title (or None) per text",
            titles.len()
        )));
    }
    Ok(titles)
}

/// The number of threads asked for, or one per core.
fn thread_count(threads: Option<i64>) -> PyResult<usize> {
    match threads {
        None => Ok(std::thread::available_parallelism().map_or(1, |n| n.get())),
        Some(n) if n >= 1 => usize::try_from(n).map_err(|_| value_error("too many threads")),
        Some(n) => Err(value_error(format!(
            "the number of threads must be at least 1, not {n}"
        ))),
    }
}

/// Summarizes one text with the GIL released.
fn run_one(
    py: Python<'_>,
    summarizer: &abridge::Summarizer,
    text: &str,
    title: Option<&str>,
    budget: Option<abridge::Budget>,
    focus: &[String],
) -> PyResult<Summary> {
    py.detach(|| core::run(summarizer, text, title, budget, focus))
        .map(|done| Summary { done })
        .map_err(|e| failure(None, &e))
}

/// The keywords of one text with the GIL released (no summary is made).
fn keywords_of(
    py: Python<'_>,
    summarizer: &abridge::Summarizer,
    text: &str,
    title: Option<&str>,
) -> PyResult<Vec<PyKeyword>> {
    let report = py
        .detach(|| core::keywords(summarizer, text, title))
        .map_err(|e| failure(None, &e))?;
    Ok(report.keywords.iter().map(PyKeyword::of).collect())
}

/// Summarizes many texts with the GIL released, results in input order; the
/// first failure (in input order) is raised, naming its text.
fn run_many(
    py: Python<'_>,
    summarizer: &abridge::Summarizer,
    texts: &Bound<'_, PyAny>,
    titles: Option<&Bound<'_, PyAny>>,
    threads: Option<i64>,
    focus: Option<&Bound<'_, PyAny>>,
) -> PyResult<Vec<Summary>> {
    let texts = texts_of(texts)?;
    let titles = titles_of(titles, texts.len())?;
    let threads = thread_count(threads)?;
    let focus = focus_of(focus)?;
    let results = py.detach(|| core::run_many(summarizer, &texts, &titles, None, &focus, threads));
    results
        .into_iter()
        .enumerate()
        .map(|(i, result)| {
            result
                .map(|done| Summary { done })
                .map_err(|e| failure(Some(format!("texts[{i}]")), &e))
        })
        .collect()
}

/// A summarizer configured once: build it with the options of
/// `abridge.summarize` and call `.summarize(text)` on many texts.
///
/// Options (all keywords, all optional): sentences=3, ratio=None,
/// words=None, method="textrank", language=None (each text's language
/// detected; or a name or ISO code), fallback_language=None (English: the
/// language of a text detection is not sure of), keywords=10,
/// keyword_method="textrank", order="document", similarity="overlap",
/// position_bias=0.12, stopwords=None (extra words), max_bytes=64 MiB,
/// idf=None (path of a model from `abridge idf build`). At most one of
/// sentences, ratio and words. Bad options raise ValueError.
#[pyclass(name = "Summarizer", module = "abridge", frozen)]
struct PySummarizer {
    inner: Arc<abridge::Summarizer>,
}

#[pymethods]
impl PySummarizer {
    #[new]
    #[pyo3(signature = (**options))]
    fn new(options: Option<&Bound<'_, PyDict>>) -> PyResult<Self> {
        let options = read_options("Summarizer", options, SUMMARY_OPTIONS)?;
        let config = options.config().map_err(value_error)?;
        let inner = abridge::Summarizer::new(config).map_err(|e| value_error(e.to_string()))?;
        Ok(PySummarizer {
            inner: Arc::new(inner),
        })
    }

    /// Summarizes `text`. `title`, if given, is the document's title kept
    /// apart from its text; `focus` (a str or a list of str) focuses the
    /// summary on what it names (`--focus`); sentences, ratio or words (at
    /// most one) change the summary length for this call.
    #[pyo3(signature = (text, *, title=None, focus=None, sentences=None, ratio=None, words=None))]
    #[allow(clippy::too_many_arguments)]
    fn summarize(
        &self,
        py: Python<'_>,
        text: String,
        title: Option<String>,
        focus: Option<&Bound<'_, PyAny>>,
        sentences: Option<i64>,
        ratio: Option<f64>,
        words: Option<i64>,
    ) -> PyResult<Summary> {
        let budget = core::budget(sentences, ratio, words).map_err(value_error)?;
        let focus = focus_of(focus)?;
        run_one(py, &self.inner, &text, title.as_deref(), budget, &focus)
    }

    /// The keywords of `text`, best first.
    #[pyo3(signature = (text, *, title=None))]
    fn keywords(
        &self,
        py: Python<'_>,
        text: String,
        title: Option<String>,
    ) -> PyResult<Vec<PyKeyword>> {
        keywords_of(py, &self.inner, &text, title.as_deref())
    }

    /// Summarizes every text of `texts` (any iterable of str) on `threads`
    /// threads (default: one per core) with the GIL released, and returns the
    /// summaries in input order; the results do not depend on the number of
    /// threads. `titles`, if given, holds one title (or None) per text;
    /// `focus`, if given, focuses every summary.
    #[pyo3(signature = (texts, *, titles=None, threads=None, focus=None))]
    fn summarize_many(
        &self,
        py: Python<'_>,
        texts: &Bound<'_, PyAny>,
        titles: Option<&Bound<'_, PyAny>>,
        threads: Option<i64>,
        focus: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Vec<Summary>> {
        run_many(py, &self.inner, texts, titles, threads, focus)
    }

    fn __repr__(&self) -> String {
        let config = self.inner.config();
        format!(
            "Summarizer(budget={:?}, method='{}', {}, keywords={}, \
             keyword_method='{}', order='{}', similarity='{}', position_bias={})",
            config.budget,
            config.method.name(),
            if config.detect_language {
                format!(
                    "language=None, fallback_language='{}'",
                    config.language.name()
                )
            } else {
                format!("language='{}'", config.language.name())
            },
            config.keywords.count,
            config.keywords.method.name(),
            config.order.name(),
            config.similarity.name(),
            config.position_bias,
        )
    }
}

/// Summarizes `text`: its best sentences and its keywords.
///
/// Options: sentences=3, ratio=None (share of the sentences, in (0, 1]),
/// words=None (a word budget), at most one of the three; method="textrank"
/// (see SUMMARY_METHODS); language=None (each text's language detected, as
/// "auto" does; or a name or ISO code, see LANGUAGES, for every text);
/// fallback_language=None (with detection, the language of a text whose
/// language is not found with confidence: English unless given); keywords=10 (0 for none); keyword_method="textrank" (see
/// KEYWORD_METHODS); distinct_keywords=None (one keyword per concept; None: the method's default, on for textrank and tfidf in English);
/// order="document" or "score"; similarity="overlap" or
/// "cosine"; position_bias=0.12 (lead bias, 0 for none); stopwords=None
/// (extra words); max_bytes=64 MiB; idf=None (path of a corpus IDF model).
/// `title`, if given, is the title kept apart from the text; `focus` (a str
/// or a list of str) focuses the summary on what it names, as --focus does.
///
/// Raises ValueError for a bad option and abridge.Error for a text that
/// cannot be summarized. The GIL is released while it runs.
#[pyfunction]
#[pyo3(signature = (text, *, title=None, focus=None, **options))]
#[pyo3(
    text_signature = "(text, *, title=None, focus=None, sentences=3, ratio=None, words=None, \
                      method='textrank', language=None, fallback_language=None, keywords=10, \
                      keyword_method='textrank', distinct_keywords=None, \
                      order='document', similarity='overlap', position_bias=0.12, \
                      stopwords=None, max_bytes=67108864, idf=None)"
)]
fn summarize(
    py: Python<'_>,
    text: String,
    title: Option<String>,
    focus: Option<&Bound<'_, PyAny>>,
    options: Option<&Bound<'_, PyDict>>,
) -> PyResult<Summary> {
    let options = read_options("summarize", options, SUMMARY_OPTIONS)?;
    let summarizer = summarizer_for(&options)?;
    let focus = focus_of(focus)?;
    run_one(py, &summarizer, &text, title.as_deref(), None, &focus)
}

/// The keywords of `text`, best first: the same as `summarize(text).keywords`
/// with the same options.
///
/// Options: keywords=10, keyword_method="textrank" (see KEYWORD_METHODS),
/// language=None (detected), fallback_language=None (English), stopwords=None,
/// max_bytes=64 MiB, idf=None.
#[pyfunction]
#[pyo3(signature = (text, *, title=None, **options))]
#[pyo3(
    text_signature = "(text, *, title=None, keywords=10, keyword_method='textrank', distinct_keywords=None, \
                      language=None, fallback_language=None, stopwords=None, \
                      max_bytes=67108864, idf=None)"
)]
fn keywords(
    py: Python<'_>,
    text: String,
    title: Option<String>,
    options: Option<&Bound<'_, PyDict>>,
) -> PyResult<Vec<PyKeyword>> {
    let options = read_options("keywords", options, KEYWORD_OPTIONS)?;
    let summarizer = summarizer_for(&options)?;
    keywords_of(py, &summarizer, &text, title.as_deref())
}

/// Summarizes every text of `texts` (any iterable of str: a list, a pandas
/// Series) with the options of `summarize`, on `threads` threads (default:
/// one per core) with the GIL released. Returns the summaries in input
/// order; they do not depend on the number of threads. `titles`, if given,
/// holds one title (or None) per text. The first text that fails raises
/// abridge.Error naming its position.
#[pyfunction]
#[pyo3(signature = (texts, *, titles=None, threads=None, focus=None, **options))]
#[pyo3(text_signature = "(texts, *, titles=None, threads=None, focus=None, **options)")]
fn summarize_many(
    py: Python<'_>,
    texts: &Bound<'_, PyAny>,
    titles: Option<&Bound<'_, PyAny>>,
    threads: Option<i64>,
    focus: Option<&Bound<'_, PyAny>>,
    options: Option<&Bound<'_, PyDict>>,
) -> PyResult<Vec<Summary>> {
    let options = read_options("summarize_many", options, SUMMARY_OPTIONS)?;
    let summarizer = summarizer_for(&options)?;
    run_many(py, &summarizer, texts, titles, threads, focus)
}

/// The summary of one text: `.sentences`, `.keywords`, `.title`,
/// `.language`, `.stats`; `.to_json()` and `.to_dict()` give the command
/// line's JSON.
#[pyclass(module = "abridge", frozen)]
struct Summary {
    done: Done,
}

#[pymethods]
impl Summary {
    /// The title (a heading at the top of the text, or the title given),
    /// white space collapsed; None when there is none.
    #[getter]
    fn title(&self) -> Option<String> {
        self.done.report.title.clone()
    }

    /// The language the text was read as, by name ("english").
    #[getter]
    fn language(&self) -> &'static str {
        self.done.report.language.name()
    }

    /// True when detection chose `.language`; False when the language was
    /// given, or when detection was not sure and `fallback_language` was
    /// taken.
    #[getter]
    fn language_detected(&self) -> bool {
        self.done.report.detection.is_some_and(|d| d.accepted)
    }

    /// The detector's confidence in its guess, from 0 to 1, on the text's
    /// first 320 characters, or its first 640 when those do not decide with
    /// full confidence, at most 1 KiB (what detection reads); None when the
    /// language was given.
    #[getter]
    fn language_confidence(&self) -> Option<f64> {
        self.done.report.detection.map(|d| d.confidence)
    }

    /// The summary's sentences, in the configured order.
    #[getter]
    fn sentences(&self) -> Vec<PySentence> {
        self.done
            .report
            .summary
            .iter()
            .zip(&self.done.chars)
            .map(|(s, &(start, end))| PySentence {
                index: s.index,
                text: s.text.clone(),
                score: s.score,
                start,
                end,
                byte_start: s.span.start,
                byte_end: s.span.end,
            })
            .collect()
    }

    /// The keywords, best first.
    #[getter]
    fn keywords(&self) -> Vec<PyKeyword> {
        self.done
            .report
            .keywords
            .iter()
            .map(PyKeyword::of)
            .collect()
    }

    /// The document's sentence and word counts.
    #[getter]
    fn stats(&self) -> PyStats {
        PyStats {
            sentences: self.done.report.stats.sentences,
            words: self.done.report.stats.words,
        }
    }

    /// The summary's sentences joined by one space.
    #[getter]
    fn text(&self) -> String {
        let texts: Vec<&str> = self
            .done
            .report
            .summary
            .iter()
            .map(|s| s.text.as_str())
            .collect();
        texts.join(" ")
    }

    /// The command line's JSON object for this summary (`abridge -f json`),
    /// on one line with no newline. `source` is its "source" field; `id`,
    /// any JSON value, adds an "id" field as JSON Lines records have. Its
    /// "start" and "end" are byte offsets, as the command line writes them.
    #[pyo3(signature = (*, source="-", id=None))]
    fn to_json(
        &self,
        py: Python<'_>,
        source: &str,
        id: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<String> {
        // The CLI echoes a record's id as written; from Python it is written
        // compactly, as the rest of the line is.
        let id = match id.filter(|id| !id.is_none()) {
            None => None,
            Some(id) => {
                let dumps = py.import("json")?.getattr("dumps")?;
                let kwargs = PyDict::new(py);
                kwargs.set_item("separators", (",", ":"))?;
                kwargs.set_item("ensure_ascii", false)?;
                kwargs.set_item("allow_nan", false)?;
                let json: String = dumps.call((id,), Some(&kwargs))?.extract()?;
                Some(
                    serde_json::value::RawValue::from_string(json)
                        .map_err(|e| value_error(format!("id is not a JSON value: {e}")))?,
                )
            }
        };
        let focus: Vec<&str> = self.done.focus.iter().map(String::as_str).collect();
        let entry = Entry::new(source, &self.done.report)
            .with_id(id.as_deref())
            .with_focus(&focus);
        let mut line = Vec::new();
        write_entry(&mut line, &entry).map_err(|e| Error::new_err(e.to_string()))?;
        let mut line = String::from_utf8(line).map_err(|e| Error::new_err(e.to_string()))?;
        line.truncate(line.trim_end_matches('\n').len());
        Ok(line)
    }

    /// `to_json()` as a dict.
    #[pyo3(signature = (*, source="-", id=None))]
    fn to_dict<'py>(
        &self,
        py: Python<'py>,
        source: &str,
        id: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let json = self.to_json(py, source, id)?;
        py.import("json")?.call_method1("loads", (json,))
    }

    fn __repr__(&self) -> String {
        let report = &self.done.report;
        format!(
            "Summary(title={:?}, language='{}', sentences={}, keywords={})",
            report.title,
            report.language.name(),
            report.summary.len(),
            report.keywords.len()
        )
    }
}

/// One sentence of a summary. `text` has its white space collapsed;
/// `input[start:end]` is the sentence as it stands in the input (Python
/// string indices, in characters), and `byte_start`/`byte_end` are the same
/// place in the input's UTF-8 bytes (the command line's "start"/"end").
#[pyclass(name = "Sentence", module = "abridge", frozen, get_all, eq)]
#[derive(Clone, PartialEq)]
struct PySentence {
    /// The sentence's 0-based position among the document's sentences.
    index: usize,
    /// The sentence, white space collapsed.
    text: String,
    /// Its score under the summary method, higher is better.
    score: f64,
    /// Where it starts in the input, in characters (a Python index).
    start: usize,
    /// Where it ends in the input, in characters (exclusive).
    end: usize,
    /// Where it starts in the input's UTF-8 bytes.
    byte_start: usize,
    /// Where it ends in the input's UTF-8 bytes (exclusive).
    byte_end: usize,
}

#[pymethods]
impl PySentence {
    fn __repr__(&self) -> String {
        format!(
            "Sentence(index={}, score={}, start={}, end={}, text={:?})",
            self.index, self.score, self.start, self.end, self.text
        )
    }
}

/// One keyword: the phrase as it appears in the text, its score (higher is
/// better) and how many times it occurs.
#[pyclass(name = "Keyword", module = "abridge", frozen, get_all, eq)]
#[derive(Clone, PartialEq)]
struct PyKeyword {
    /// The phrase.
    term: String,
    /// Its score under the keyword method.
    score: f64,
    /// How many times it occurs.
    count: usize,
}

impl PyKeyword {
    /// The Python keyword of a library keyword.
    fn of(keyword: &abridge::Keyword) -> PyKeyword {
        PyKeyword {
            term: keyword.term.clone(),
            score: keyword.score,
            count: keyword.count,
        }
    }
}

#[pymethods]
impl PyKeyword {
    fn __repr__(&self) -> String {
        format!(
            "Keyword(term={:?}, score={}, count={})",
            self.term, self.score, self.count
        )
    }
}

/// The document's counts: its sentences and their words.
#[pyclass(name = "Stats", module = "abridge", frozen, get_all, eq)]
#[derive(Clone, PartialEq)]
struct PyStats {
    /// The number of sentences.
    sentences: usize,
    /// The number of words in them.
    words: usize,
}

#[pymethods]
impl PyStats {
    fn __repr__(&self) -> String {
        format!("Stats(sentences={}, words={})", self.sentences, self.words)
    }
}

/// The names a `Choice` accepts, as a tuple.
fn names<'py, T: Choice>(py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
    PyTuple::new(py, T::names())
}

/// The extension module.
#[pymodule]
#[pyo3(name = "_abridge")]
fn extension(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add("Error", py.get_type::<Error>())?;
    m.add_class::<PySummarizer>()?;
    m.add_class::<Summary>()?;
    m.add_class::<PySentence>()?;
    m.add_class::<PyKeyword>()?;
    m.add_class::<PyStats>()?;
    m.add_function(wrap_pyfunction!(summarize, m)?)?;
    m.add_function(wrap_pyfunction!(keywords, m)?)?;
    m.add_function(wrap_pyfunction!(summarize_many, m)?)?;
    m.add("SUMMARY_METHODS", names::<SummaryMethod>(py)?)?;
    m.add("KEYWORD_METHODS", names::<KeywordMethod>(py)?)?;
    m.add("LANGUAGES", names::<Language>(py)?)?;
    m.add("ORDERS", names::<Order>(py)?)?;
    m.add("SIMILARITIES", names::<Similarity>(py)?)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
