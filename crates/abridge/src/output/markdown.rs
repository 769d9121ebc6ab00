//! Markdown briefings: a heading, the summary sentences as bullets, a
//! keywords line. Made to paste into an issue, a wiki or a chat.
//!
//! ```markdown
//! # The title (or the source when there is none)
//!
//! - First chosen sentence.
//! - Second chosen sentence.
//!
//! **Keywords:** FAW, automotive industry, innovation
//! ```
//!
//! For a batch of several documents the page opens with `# Briefing`, and
//! each document is a `##` section whose first line names its source. Text
//! from the documents is escaped, so that a `*` or a `<tag>` in an article
//! stays literal instead of turning into emphasis or HTML.

use super::{Entry, Renderer, id_text};
use std::io::{self, Write};

/// The Markdown format as a [`Renderer`].
#[derive(Debug)]
pub struct MarkdownRenderer {
    several: bool,
    first: bool,
}

impl MarkdownRenderer {
    /// A renderer; `several` makes one `##` section per document.
    pub fn new(several: bool) -> MarkdownRenderer {
        MarkdownRenderer {
            several,
            first: true,
        }
    }
}

impl Renderer for MarkdownRenderer {
    fn begin(&mut self, out: &mut dyn Write) -> io::Result<()> {
        if self.several {
            writeln!(out, "# Briefing")?;
        }
        Ok(())
    }

    fn entry(&mut self, out: &mut dyn Write, entry: &Entry<'_>) -> io::Result<()> {
        let report = entry.report;
        if self.several || !self.first {
            writeln!(out)?;
        }
        self.first = false;
        let heading = if self.several { "##" } else { "#" };
        let name = entry.heading();
        writeln!(out, "{heading} {}", escape(&name))?;
        writeln!(out)?;
        if self.several {
            match entry.id {
                Some(id) => writeln!(
                    out,
                    "Source: {}",
                    escape(&format!("{}#{}", entry.source, id_text(id)))
                )?,
                None => writeln!(out, "Source: {}", escape(entry.source))?,
            }
            writeln!(out)?;
        }
        for sentence in &report.summary {
            match entry.origin_of(sentence) {
                Some(origin) => writeln!(
                    out,
                    "- {} *({})*",
                    escape(&sentence.text),
                    escape(&origin.name())
                )?,
                None => writeln!(out, "- {}", escape(&sentence.text))?,
            }
        }
        if report.summary.is_empty() {
            writeln!(out, "*No sentence to summarize.*")?;
        }
        if !report.keywords.is_empty() {
            let keywords: Vec<String> = report.keywords.iter().map(|k| escape(&k.term)).collect();
            writeln!(out)?;
            writeln!(out, "**Keywords:** {}", keywords.join(", "))?;
        }
        Ok(())
    }
}

/// Escapes the characters that Markdown (CommonMark and its common
/// extensions) would read as markup, and folds line breaks into spaces so a
/// value stays on its line.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '!' | '&' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::tests::{render_all, sample};

    fn render(several: bool, sources: &[&str]) -> String {
        render_all(&mut MarkdownRenderer::new(several), &sample(), sources)
    }

    #[test]
    fn one_document_is_a_heading_bullets_and_keywords() {
        assert_eq!(
            render(false, &["pets.txt"]),
            "# Pets \\& \\<noise\\>\n\n\
             - Dogs bark \\<loudly\\>.\n\
             - Cats purr \"softly\".\n\n\
             **Keywords:** cats, dogs\\_bark\n"
        );
    }

    #[test]
    fn several_documents_get_one_section_each() {
        let page = render(true, &["a.txt", "b.txt"]);
        assert!(page.starts_with("# Briefing\n\n## Pets"));
        assert_eq!(page.matches("\n## ").count(), 2);
        assert!(page.contains("Source: a.txt\n"));
        assert!(page.contains("Source: b.txt\n"));
    }

    /// Issue 12, item 8: a record's section names it FILE#ID.
    #[test]
    fn records_are_named_file_hash_id() {
        let report = sample();
        let id = serde_json::value::RawValue::from_string("\"business-002\"".into()).unwrap();
        let entry = crate::output::tests::record(&report, &id);
        let mut out = Vec::new();
        MarkdownRenderer::new(true).entry(&mut out, &entry).unwrap();
        let page = String::from_utf8(out).unwrap();
        assert!(
            page.contains("\nSource: bbc.jsonl\\#business-002\n"),
            "{page}"
        );
    }

    #[test]
    fn escaping_keeps_text_literal_and_on_one_line() {
        assert_eq!(escape("a*b*_c_\n# d"), "a\\*b\\*\\_c\\_ \\# d");
        assert_eq!(escape("plain words."), "plain words.");
    }
}
