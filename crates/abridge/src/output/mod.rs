//! The output room: renders finished [`Report`]s as bytes.
//!
//! Renderers receive a report and where it came from, and write to any
//! `io::Write`. They compute no score, open no file and choose no exit code.
//! One module per format: [`text`] for people, [`json`] for programs,
//! [`markdown`] and [`html`] for briefings to paste or to open. (The figures
//! of `abridge eval` are rendered by the evaluation crate, `abridge-eval`.)
//!
//! A batch of documents goes through a [`Renderer`]: `begin`, one `entry` per
//! document in input order, then `finish`. Formats that frame the whole batch
//! (the HTML page's head and foot) do it in `begin` and `finish`; the others
//! keep what they need between entries (the text format's separators).

pub mod html;
pub mod json;
pub mod markdown;
pub mod text;

use crate::report::Report;
use std::io::{self, Write};

/// A report with the name of the input it came from and, for the formats
/// that show it ([`Format::needs_text`]), the text it was made from.
///
/// ```
/// use abridge::output::{Entry, json};
///
/// let text = "Rust is fast. Rust is safe. Cats sleep.";
/// let report = abridge::summarize(text)?;
/// let mut out = Vec::new();
/// json::write_entry(&mut out, &Entry::new("notes.txt", &report))?;
/// assert!(out.starts_with(b"{"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug)]
#[non_exhaustive]
pub struct Entry<'a> {
    /// The input's path as given, or `-` for standard input.
    pub source: &'a str,
    /// The record's `id`, for inputs read from JSON Lines records, as
    /// written there (it is echoed byte for byte).
    pub id: Option<&'a serde_json::value::RawValue>,
    /// The result.
    pub report: &'a Report,
    /// The text the report's spans index into, for the renderers that show
    /// it whole (HTML); the others never read it. The report itself keeps no
    /// copy of its input.
    pub text: Option<&'a str>,
    /// The focus the report was made for ([`crate::Request::focus`]); empty
    /// without one. JSON records it.
    pub focus: &'a [&'a str],
    /// For a report of several documents ([`crate::Summarizer::run_many`]):
    /// where each came from, in the order given, which
    /// [`crate::Sentence::document`] indexes. Empty for one document.
    pub documents: &'a [Origin<'a>],
}

/// Where one document of a set came from.
#[derive(Clone, Copy, Debug)]
#[non_exhaustive]
pub struct Origin<'a> {
    /// The input's path as given, or `-` for standard input.
    pub source: &'a str,
    /// The record's `id`, for a JSON Lines record.
    pub id: Option<&'a serde_json::value::RawValue>,
}

impl<'a> Origin<'a> {
    /// The document read from `source`, with the record id `id` if any.
    pub fn new(source: &'a str, id: Option<&'a serde_json::value::RawValue>) -> Origin<'a> {
        Origin { source, id }
    }

    /// How the document is named to people: `FILE`, or `FILE#ID` for a
    /// record.
    pub fn name(&self) -> String {
        match self.id {
            Some(id) => format!("{}#{}", self.source, id_text(id)),
            None => self.source.to_string(),
        }
    }
}

impl<'a> Entry<'a> {
    /// The heading of the entry in the briefings: the report's title, else
    /// for a set "Summary of N documents", else the source's last component.
    pub(crate) fn heading(&self) -> std::borrow::Cow<'_, str> {
        match (&self.report.title, self.documents.len()) {
            (Some(title), _) => title.as_str().into(),
            (None, 0) => short_name(self.source).into(),
            (None, n) => format!("Summary of {n} documents").into(),
        }
    }

    /// Where the summary sentence `sentence` came from, for a report of
    /// several documents.
    pub fn origin_of(&self, sentence: &crate::report::Sentence) -> Option<&Origin<'a>> {
        sentence.document.and_then(|d| self.documents.get(d))
    }
}

impl<'a> Entry<'a> {
    /// The report of the input named `source`, with no id and no text.
    pub fn new(source: &'a str, report: &'a Report) -> Entry<'a> {
        Entry {
            source,
            id: None,
            report,
            text: None,
            focus: &[],
            documents: &[],
        }
    }

    /// This entry with a JSON Lines record's id.
    pub fn with_id(mut self, id: Option<&'a serde_json::value::RawValue>) -> Entry<'a> {
        self.id = id;
        self
    }

    /// This entry with the focus its report was made for.
    pub fn with_focus(mut self, focus: &'a [&'a str]) -> Entry<'a> {
        self.focus = focus;
        self
    }

    /// This entry with the origins of the documents its report summarizes
    /// together.
    pub fn with_documents(mut self, documents: &'a [Origin<'a>]) -> Entry<'a> {
        self.documents = documents;
        self
    }

    /// This entry with the text its report was made from.
    pub fn with_text(mut self, text: &'a str) -> Entry<'a> {
        self.text = Some(text);
        self
    }
}

/// The output formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Plain text: [`text`].
    Text,
    /// JSON Lines: [`json`].
    Json,
    /// A Markdown briefing: [`markdown`].
    Markdown,
    /// One self-contained HTML page: [`html`].
    Html,
}

impl Format {
    /// Whether the format shows the whole text, and so needs
    /// [`Entry::text`]: the HTML briefing, which highlights the summary in it.
    pub fn needs_text(self) -> bool {
        self == Format::Html
    }
}

impl crate::choice::Choice for Format {
    const ALL: &'static [Format] = &[Format::Text, Format::Json, Format::Markdown, Format::Html];

    fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Json => "json",
            Format::Markdown => "markdown",
            Format::Html => "html",
        }
    }

    fn description(self) -> &'static str {
        match self {
            Format::Text => "Readable summary, then keywords.",
            Format::Json => "One JSON object per input (JSON Lines).",
            Format::Markdown => "A Markdown briefing: one section per input.",
            Format::Html => "One self-contained HTML page: each text with its summary highlighted.",
        }
    }
}

/// Renders a batch of documents, one entry at a time.
pub trait Renderer {
    /// Writes what comes before the first entry.
    fn begin(&mut self, _out: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }

    /// Writes one entry.
    fn entry(&mut self, out: &mut dyn Write, entry: &Entry<'_>) -> io::Result<()>;

    /// Writes what comes after the last entry (also when there was none).
    fn finish(&mut self, _out: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }
}

/// The renderer of `format`. `several` says whether the batch may hold more
/// than one document, which adds per-document headings to the text and
/// Markdown formats.
pub fn renderer(format: Format, several: bool) -> Box<dyn Renderer> {
    match format {
        Format::Text => Box::new(text::TextRenderer::new(several)),
        Format::Json => Box::new(json::JsonRenderer),
        Format::Markdown => Box::new(markdown::MarkdownRenderer::new(several)),
        Format::Html => Box::new(html::HtmlRenderer::new(several)),
    }
}

/// The name to head an entry with when the report has no title: the last
/// component of the source path (the full path is shown beside it).
pub(crate) fn short_name(source: &str) -> &str {
    source
        .rsplit(['/', '\\'])
        .find(|part| !part.is_empty())
        .unwrap_or(source)
}

/// How a record's id reads after its file name in `FILE#ID`: a string as
/// it is, anything else as the JSON it was written as.
pub(crate) fn id_text(id: &serde_json::value::RawValue) -> String {
    serde_json::from_str::<String>(id.get()).unwrap_or_else(|_| id.get().to_string())
}

/// The rank of each summary sentence by score (1 = best), in the order of
/// `report.summary`. Ties go to the earlier sentence, as in the selection.
pub(crate) fn ranks(report: &Report) -> Vec<usize> {
    let mut order: Vec<usize> = (0..report.summary.len()).collect();
    order.sort_by(|&a, &b| {
        let (a, b) = (&report.summary[a], &report.summary[b]);
        b.score.total_cmp(&a.score).then(a.index.cmp(&b.index))
    });
    let mut ranks = vec![0; order.len()];
    for (rank, i) in order.into_iter().enumerate() {
        ranks[i] = rank + 1;
    }
    ranks
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::report::Sentence;
    use crate::report::Stats;
    use crate::{keywords::Keyword, lang::Language, text::Span};

    /// Renders `report` once per source through `renderer`, header and
    /// footer included.
    pub(crate) fn render_all(
        renderer: &mut dyn Renderer,
        report: &Report,
        sources: &[&str],
    ) -> String {
        let mut out: Vec<u8> = Vec::new();
        renderer.begin(&mut out).unwrap();
        for source in sources {
            let entry = Entry::new(source, report).with_text(SAMPLE_TEXT);
            renderer.entry(&mut out, &entry).unwrap();
        }
        renderer.finish(&mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    /// `report` as the JSON Lines record `id` of `bbc.jsonl`.
    pub(crate) fn record<'a>(report: &'a Report, id: &'a serde_json::value::RawValue) -> Entry<'a> {
        Entry::new("bbc.jsonl", report).with_id(Some(id))
    }

    /// The text of [`sample`].
    pub(crate) const SAMPLE_TEXT: &str =
        "Cats & dogs.\nDogs bark <loudly>. Cats purr \"softly\".\r\nThe end.";

    /// A report over a small text with two chosen sentences, by hand.
    pub(crate) fn sample() -> Report {
        let text = SAMPLE_TEXT;
        let sentence = |index, start, end, score| Sentence {
            index,
            span: Span::new(start, end),
            text: text[start..end].to_string(),
            score,
            document: None,
        };
        Report {
            language: Language::English,
            detection: None,
            title: Some("Pets & <noise>".into()),
            stats: Stats {
                sentences: 4,
                words: 11,
            },
            summary: vec![sentence(1, 13, 32, 0.2), sentence(2, 33, 52, 0.3)],
            keywords: vec![
                Keyword {
                    term: "cats".into(),
                    score: 0.5,
                    count: 2,
                    spans: vec![Span::new(0, 4), Span::new(33, 37)],
                },
                Keyword {
                    term: "dogs_bark".into(),
                    score: 0.25,
                    count: 1,
                    spans: vec![Span::new(13, 22)],
                },
            ],
        }
    }

    #[test]
    fn the_sample_spans_are_the_sentences() {
        let report = sample();
        assert_eq!(
            report.summary[0].span.slice(SAMPLE_TEXT),
            "Dogs bark <loudly>."
        );
        assert_eq!(
            report.summary[1].span.slice(SAMPLE_TEXT),
            "Cats purr \"softly\"."
        );
    }

    #[test]
    fn short_names_are_the_last_path_component() {
        assert_eq!(short_name("a/b/c.txt"), "c.txt");
        assert_eq!(short_name("c.txt"), "c.txt");
        assert_eq!(short_name("dir/"), "dir");
        assert_eq!(short_name("-"), "-");
    }

    #[test]
    fn ids_read_as_text_or_compact_json() {
        let raw = |json: &str| serde_json::value::RawValue::from_string(json.into()).unwrap();
        assert_eq!(id_text(&raw("\"business-002\"")), "business-002");
        assert_eq!(id_text(&raw("7")), "7");
        assert_eq!(id_text(&raw("[\"a\",1]")), "[\"a\",1]");
    }

    #[test]
    fn ranks_follow_scores_and_break_ties_by_index() {
        let mut report = sample();
        assert_eq!(ranks(&report), vec![2, 1]);
        report.summary[0].score = 0.3;
        assert_eq!(ranks(&report), vec![1, 2]);
    }

    #[test]
    fn every_format_renders_an_empty_batch() {
        for format in [Format::Text, Format::Json, Format::Markdown, Format::Html] {
            let mut renderer = renderer(format, true);
            let mut out = Vec::new();
            renderer.begin(&mut out).unwrap();
            renderer.finish(&mut out).unwrap();
            assert!(std::str::from_utf8(&out).is_ok(), "{format:?}");
        }
    }
}
