//! Plain text for people: the title, the summary sentences, the keywords.
//!
//! ```text
//! ==> article.txt <==
//! Title: The title, if the document has one
//! Summary (3 of 24 sentences):
//! - First chosen sentence.
//! - Second chosen sentence.
//! Keywords: FAW, automotive industry, innovation
//! ```
//!
//! The `==> source <==` header (as `head` prints it) appears only when
//! several inputs are rendered; entries are then separated by a blank line.

use super::{Entry, Renderer, id_text};
use std::io::{self, Write};

/// Writes one entry. `header` adds the `==> source <==` line; `first` says
/// whether a separating blank line is needed before it.
pub fn write_entry(
    out: &mut impl Write,
    entry: &Entry<'_>,
    header: bool,
    first: bool,
) -> io::Result<()> {
    let report = entry.report;
    if header {
        if !first {
            writeln!(out)?;
        }
        match entry.id {
            Some(id) => writeln!(out, "==> {}#{} <==", entry.source, id_text(id))?,
            None => writeln!(out, "==> {} <==", entry.source)?,
        }
    }
    if let Some(title) = &report.title {
        writeln!(out, "Title: {title}")?;
    }
    let total = report.stats.sentences;
    let noun = if total == 1 { "sentence" } else { "sentences" };
    writeln!(out, "Summary ({} of {total} {noun}):", report.summary.len())?;
    for sentence in &report.summary {
        match entry.origin_of(sentence) {
            Some(origin) => writeln!(out, "- {} [{}]", sentence.text, origin.name())?,
            None => writeln!(out, "- {}", sentence.text)?,
        }
    }
    // No keywords (`-k 0`, or no word to rank): no line, rather than an
    // empty one.
    if report.keywords.is_empty() {
        return Ok(());
    }
    let keywords: Vec<&str> = report.keywords.iter().map(|k| k.term.as_str()).collect();
    writeln!(out, "Keywords: {}", keywords.join(", "))
}

/// The text format as a [`Renderer`]: headers when the batch may hold
/// several documents, a blank line between entries.
#[derive(Debug)]
pub struct TextRenderer {
    several: bool,
    first: bool,
}

impl TextRenderer {
    /// A renderer; `several` adds the `==> source <==` headers.
    pub fn new(several: bool) -> TextRenderer {
        TextRenderer {
            several,
            first: true,
        }
    }
}

impl Renderer for TextRenderer {
    fn entry(&mut self, mut out: &mut dyn Write, entry: &Entry<'_>) -> io::Result<()> {
        write_entry(&mut out, entry, self.several, self.first)?;
        self.first = false;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::Sentence;
    use crate::report::{Report, Stats};
    use crate::{keywords::Keyword, lang::Language, text::Span};

    fn report() -> Report {
        Report {
            language: Language::English,
            detection: None,
            title: Some("A title".into()),
            stats: Stats {
                sentences: 4,
                words: 40,
            },
            summary: vec![Sentence {
                index: 2,
                span: Span::new(10, 20),
                text: "Chosen sentence.".into(),
                score: 0.4,
                document: None,
            }],
            keywords: vec![
                Keyword {
                    term: "FAW".into(),
                    score: 0.2,
                    count: 3,
                    spans: Vec::new(),
                },
                Keyword {
                    term: "automotive industry".into(),
                    score: 0.1,
                    count: 2,
                    spans: Vec::new(),
                },
            ],
        }
    }

    #[test]
    fn renders_title_summary_and_keywords() {
        let report = report();
        let entry = Entry::new("a.txt", &report);
        let mut out = Vec::new();
        write_entry(&mut out, &entry, true, false).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "\n==> a.txt <==\nTitle: A title\nSummary (1 of 4 sentences):\n\
             - Chosen sentence.\nKeywords: FAW, automotive industry\n"
        );
    }

    /// Issue 12, item 8: records are headed FILE#ID, one sentence is
    /// singular, and no keywords give no line.
    #[test]
    fn ids_singular_and_no_keywords() {
        let mut report = report();
        report.stats.sentences = 1;
        report.keywords.clear();
        let id = serde_json::value::RawValue::from_string("\"business-002\"".into()).unwrap();
        let entry = crate::output::tests::record(&report, &id);
        let mut out = Vec::new();
        write_entry(&mut out, &entry, true, true).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "==> bbc.jsonl#business-002 <==\nTitle: A title\nSummary (1 of 1 sentence):\n\
             - Chosen sentence.\n"
        );
    }

    #[test]
    fn no_header_for_a_single_input() {
        let report = report();
        let entry = Entry::new("-", &report);
        let mut out = Vec::new();
        write_entry(&mut out, &entry, false, true).unwrap();
        assert!(
            String::from_utf8(out)
                .unwrap()
                .starts_with("Title: A title\n")
        );
    }
}
