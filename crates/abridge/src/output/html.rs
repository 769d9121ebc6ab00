//! HTML briefings: one self-contained page that shows each document's whole
//! text with its summary sentences highlighted.
//!
//! The page loads nothing (no script, font, image or style sheet from
//! elsewhere), so it can be mailed, archived or published as a build
//! artifact. Each document is an `<article>` with its title, its source, its
//! keywords, the summary as a list of links, and the full text in a
//! `<div class="text">` where every summary sentence is a
//! `<mark id=… data-start=… data-end=… data-rank=… data-score=…>` whose
//! `title` shows its rank and score on hover (or on a long press on a phone).
//! `data-start` and `data-end` are the sentence's byte offsets in the text,
//! as in the JSON output. Each occurrence of a keyword is a
//! `<span class="kw" data-keyword=… data-start=… data-end=…>`, underlined
//! rather than highlighted so that it stays distinct from the summary marks
//! it may sit in; `data-keyword` is the keyword's rank (from 1). Where
//! occurrences overlap (YAKE's n-grams), the first one met is shown.
//!
//! The text div keeps the input's line breaks (`white-space: pre-wrap`), so
//! its text content is the analysed text itself: every character is escaped,
//! and carriage returns are written as `&#13;` because an HTML parser would
//! otherwise fold `\r\n` into `\n`. A browser test (tests/browser/check.sh)
//! checks that the highlighted text sits where the spans say.

use super::{Entry, Renderer, ranks};
use crate::report::Report;
use crate::text::Span;
use std::io::{self, Write};

/// The style sheet: readable on a phone (one column, fluid width, text that
/// wraps) and in print.
const STYLE: &str = "\
:root{color-scheme:light dark;--mark:#fff1a8;--ink:#1d1d1f;--muted:#5f6368;--kw:#1a73e8}\
@media (prefers-color-scheme:dark){:root{--mark:#6b5b00;--ink:#e8e8ea;--muted:#a0a4a8;--kw:#8ab4f8}}\
*{box-sizing:border-box}\
body{margin:0;font:17px/1.55 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:var(--ink)}\
main{max-width:46rem;margin:0 auto;padding:1rem}\
article{border-top:1px solid var(--muted);padding:1rem 0 1.5rem}\
article:first-of-type{border-top:0}\
h1{font-size:1.4rem;margin:.2rem 0}\
h2{font-size:1.25rem;margin:.2rem 0;overflow-wrap:anywhere}\
.source{color:var(--muted);font-size:.9rem;margin:0 0 .6rem;overflow-wrap:anywhere}\
.keywords{margin:.4rem 0}\
.keyword{display:inline-block;border:1px solid var(--muted);border-radius:1rem;\
padding:0 .55rem;margin:.1rem .15rem;font-size:.9rem}\
ol.summary{padding-left:1.4rem}\
ol.summary a{color:inherit}\
.text{white-space:pre-wrap;overflow-wrap:anywhere;margin-top:1rem}\
mark{background:var(--mark);color:inherit;border-radius:.2rem;padding:0 .1rem}\
mark:target{outline:2px solid var(--muted)}\
.kw{text-decoration:underline 2px;text-decoration-color:var(--kw);text-underline-offset:.2em}\
@media (max-width:30rem){body{font-size:16px}main{padding:.6rem}}";

/// The HTML format as a [`Renderer`]: the page's head in `begin`, one
/// `<article>` per document, the page's foot in `finish`. For a single
/// document the head waits for it, so that the page's `<title>` is the
/// document's title.
#[derive(Debug, Default)]
pub struct HtmlRenderer {
    /// Documents written so far; numbers the element ids.
    count: usize,
    /// Whether the batch holds one document only.
    single: bool,
}

impl HtmlRenderer {
    /// A renderer; `several` says whether the batch may hold more than one
    /// document (then the page is titled "Briefing").
    pub fn new(several: bool) -> HtmlRenderer {
        HtmlRenderer {
            count: 0,
            single: !several,
        }
    }
}

/// Writes the page's head, titled `title`.
fn head(out: &mut dyn Write, title: &str) -> io::Result<()> {
    write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"abridge\">\n\
         <title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<main>\n\
         <h1>Briefing</h1>\n",
        escape(title)
    )
}

impl Renderer for HtmlRenderer {
    fn begin(&mut self, out: &mut dyn Write) -> io::Result<()> {
        if self.single {
            return Ok(());
        }
        head(out, "Briefing")
    }

    fn entry(&mut self, out: &mut dyn Write, entry: &Entry<'_>) -> io::Result<()> {
        if self.single && self.count == 0 {
            head(out, entry.report.title.as_deref().unwrap_or("Briefing"))?;
        }
        self.count += 1;
        let doc = self.count;
        let report = entry.report;
        let heading = entry.heading();
        writeln!(out, "<article id=\"d{doc}\">")?;
        writeln!(out, "<h2>{}</h2>", escape(&heading))?;
        let id = entry
            .id
            .map(|id| format!(" · id {}", escape(&id.to_string())))
            .unwrap_or_default();
        writeln!(
            out,
            "<p class=\"source\">{}{id} · {} of {} sentences · {} words</p>",
            escape(entry.source),
            report.summary.len(),
            report.stats.sentences,
            report.stats.words
        )?;
        if !report.keywords.is_empty() {
            write!(out, "<p class=\"keywords\">Keywords:")?;
            for keyword in &report.keywords {
                write!(
                    out,
                    " <span class=\"keyword\" title=\"score {:.4}, count {}\">{}</span>",
                    keyword.score,
                    keyword.count,
                    escape(&keyword.term)
                )?;
            }
            writeln!(out, "</p>")?;
        }
        let ranks = ranks(report);
        writeln!(out, "<ol class=\"summary\">")?;
        for (sentence, rank) in report.summary.iter().zip(&ranks) {
            let hover = hover(*rank, report.summary.len(), sentence.score);
            let text = escape(&sentence.text);
            match entry.origin_of(sentence) {
                // A set's texts are not shown, so there is no mark to link to.
                Some(origin) => writeln!(
                    out,
                    "<li title=\"{hover}\">{text} <span class=\"source\">{}</span></li>",
                    escape(&origin.name())
                )?,
                None => writeln!(
                    out,
                    "<li><a href=\"#d{doc}-s{}\" title=\"{hover}\">{text}</a></li>",
                    sentence.index,
                )?,
            }
        }
        writeln!(out, "</ol>")?;
        // Without the text (a caller that did not give it) the briefing
        // lists the summary alone.
        if let Some(text) = entry.text {
            write_text(out, doc, report, &ranks, text)?;
        }
        writeln!(out, "</article>")
    }

    fn finish(&mut self, out: &mut dyn Write) -> io::Result<()> {
        if self.count == 0 {
            if self.single {
                head(out, "Briefing")?;
            }
            writeln!(out, "<p>No document was summarized.</p>")?;
        }
        writeln!(out, "</main>\n</body>\n</html>")
    }
}

/// The whole text in a `<div class="text">`, each summary sentence a
/// `<mark>` at its span. A text the spans do not fit (not the one the report
/// was made from) is shown without marks rather than cut at a wrong place.
fn write_text(
    out: &mut dyn Write,
    doc: usize,
    report: &Report,
    ranks: &[usize],
    text: &str,
) -> io::Result<()> {
    // The marks go in text order, whatever order the summary is in.
    let mut marks: Vec<usize> = (0..report.summary.len()).collect();
    marks.sort_by_key(|&i| report.summary[i].span.start);
    let fits = marks.iter().all(|&i| {
        let span = report.summary[i].span;
        text.get(span.start..span.end).is_some()
    }) && marks
        .windows(2)
        .all(|w| report.summary[w[0]].span.end <= report.summary[w[1]].span.start);
    if !fits {
        marks.clear();
    }
    let sentences: Vec<Span> = marks.iter().map(|&i| report.summary[i].span).collect();
    let occurrences = if fits {
        keyword_occurrences(report, text, &sentences)
    } else {
        Vec::new()
    };
    let mut keywords = occurrences.iter().peekable();
    write!(out, "<div class=\"text\">")?;
    let mut at = 0;
    for i in marks {
        let (sentence, rank) = (&report.summary[i], ranks[i]);
        let span = sentence.span;
        write_underlined(out, text, at..span.start, &mut keywords)?;
        write!(
            out,
            "<mark id=\"d{doc}-s{}\" data-start=\"{}\" data-end=\"{}\" data-rank=\"{rank}\" \
             data-score=\"{}\" title=\"{}\">",
            sentence.index,
            span.start,
            span.end,
            sentence.score,
            hover(rank, report.summary.len(), sentence.score),
        )?;
        write_underlined(out, text, span.start..span.end, &mut keywords)?;
        write!(out, "</mark>")?;
        at = span.end;
    }
    write_underlined(out, text, at..text.len(), &mut keywords)?;
    writeln!(out, "</div>")
}

/// The keyword occurrences to underline, in text order, each with its
/// keyword's rank (from 1): those that overlap one met before, or cross the
/// edge of a summary sentence (`sentences`, in text order), are left out.
fn keyword_occurrences(report: &Report, text: &str, sentences: &[Span]) -> Vec<(Span, usize)> {
    let mut all: Vec<(Span, usize)> = report
        .keywords
        .iter()
        .enumerate()
        .flat_map(|(k, keyword)| keyword.spans.iter().map(move |&s| (s, k + 1)))
        .filter(|(s, _)| s.start < s.end && text.get(s.start..s.end).is_some())
        .collect();
    all.sort_by_key(|&(s, rank)| (s.start, rank));
    let crosses = |s: Span| {
        sentences
            .iter()
            .any(|m| (s.start < m.start && s.end > m.start) || (s.start < m.end && s.end > m.end))
    };
    let mut kept: Vec<(Span, usize)> = Vec::with_capacity(all.len());
    for (span, rank) in all {
        let overlaps = kept.last().is_some_and(|(last, _)| span.start < last.end);
        if !overlaps && !crosses(span) {
            kept.push((span, rank));
        }
    }
    kept
}

/// Writes `text[range]` escaped, with the keyword occurrences that start in
/// it (taken from `keywords`, in text order) wrapped in their spans.
fn write_underlined<'k>(
    out: &mut dyn Write,
    text: &str,
    range: std::ops::Range<usize>,
    keywords: &mut std::iter::Peekable<impl Iterator<Item = &'k (Span, usize)>>,
) -> io::Result<()> {
    let mut at = range.start;
    while let Some(&&(span, rank)) = keywords.peek() {
        if span.start >= range.end {
            break;
        }
        keywords.next();
        out.write_all(escape(&text[at..span.start]).as_bytes())?;
        write!(
            out,
            "<span class=\"kw\" data-keyword=\"{rank}\" data-start=\"{}\" data-end=\"{}\">{}</span>",
            span.start,
            span.end,
            escape(span.slice(text))
        )?;
        at = span.end;
    }
    out.write_all(escape(&text[at..range.end]).as_bytes())
}

/// The hover text of a summary sentence.
fn hover(rank: usize, of: usize, score: f64) -> String {
    format!("rank {rank} of {of}, score {score:.4}")
}

/// Escapes text for HTML content and for quoted attribute values. A carriage
/// return becomes a character reference so that the parser keeps it.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\r' => out.push_str("&#13;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::tests::{render_all, sample};

    fn page(sources: &[&str]) -> String {
        render_all(&mut HtmlRenderer::default(), &sample(), sources)
    }

    /// Issue 12, item 8: one document's page is titled with its title.
    #[test]
    fn one_document_titles_the_page() {
        let one = render_all(&mut HtmlRenderer::new(false), &sample(), &["pets.txt"]);
        assert!(one.contains("<title>Pets &amp; &lt;noise&gt;</title>"));
        let several = render_all(&mut HtmlRenderer::new(true), &sample(), &["a", "b"]);
        assert!(several.contains("<title>Briefing</title>"));
        let none = render_all(&mut HtmlRenderer::new(false), &sample(), &[]);
        assert!(none.starts_with("<!DOCTYPE html>") && none.contains("<title>Briefing</title>"));
    }

    #[test]
    fn the_page_is_complete_and_loads_nothing() {
        let page = page(&["pets.txt"]);
        assert!(page.starts_with("<!DOCTYPE html>"));
        assert!(page.ends_with("</html>\n"));
        assert!(page.contains("name=\"viewport\""));
        for outside in ["<script", "<link", "src=", "url(", "@import", "http"] {
            assert!(!page.contains(outside), "{outside}");
        }
    }

    #[test]
    fn marks_carry_the_spans_rank_and_score() {
        let page = page(&["pets.txt"]);
        assert!(page.contains(
            "<mark id=\"d1-s1\" data-start=\"13\" data-end=\"32\" data-rank=\"2\" \
             data-score=\"0.2\" title=\"rank 2 of 2, score 0.2000\">"
        ));
        assert!(page.contains("Dogs bark</span> &lt;loudly&gt;.</mark>"));
        assert!(page.contains("data-rank=\"1\" data-score=\"0.3\""));
    }

    #[test]
    fn the_text_div_is_the_escaped_text_with_marks() {
        let page = page(&["pets.txt"]);
        let start = page.find("<div class=\"text\">").unwrap();
        let end = page[start..].find("</div>").unwrap() + start;
        let div = &page[start..end];
        assert!(div.starts_with("<div class=\"text\"><span class=\"kw\""));
        assert!(div.contains("</span> &amp; dogs.\n<mark"));
        assert!(div.ends_with("</mark>&#13;\nThe end."));
    }

    #[test]
    fn keyword_occurrences_are_underlined_inside_and_outside_marks() {
        let page = page(&["pets.txt"]);
        assert!(page.contains(
            "<div class=\"text\"><span class=\"kw\" data-keyword=\"1\" data-start=\"0\" \
             data-end=\"4\">Cats</span> &amp; dogs."
        ));
        assert!(page.contains(
            "title=\"rank 2 of 2, score 0.2000\"><span class=\"kw\" data-keyword=\"2\" \
             data-start=\"13\" data-end=\"22\">Dogs bark</span> &lt;loudly&gt;.</mark>"
        ));
        assert!(page.contains("data-start=\"33\" data-end=\"37\">Cats</span> purr"));
    }

    #[test]
    fn overlapping_or_sentence_crossing_occurrences_are_left_out() {
        let mut report = sample();
        // 2..15 crosses into the sentence at 13; 1..3 overlaps 0..4.
        report.keywords[1].spans = vec![Span::new(1, 3), Span::new(2, 15)];
        let sentences = [Span::new(13, 32), Span::new(33, 52)];
        let text = crate::output::tests::SAMPLE_TEXT;
        let kept = keyword_occurrences(&report, text, &sentences);
        assert_eq!(kept, [(Span::new(0, 4), 1), (Span::new(33, 37), 1)]);
    }

    #[test]
    fn titles_and_sources_are_escaped() {
        let page = page(&["<b>.txt"]);
        assert!(page.contains("<h2>Pets &amp; &lt;noise&gt;</h2>"));
        assert!(page.contains("&lt;b&gt;.txt"));
        assert!(!page.contains("<b>"));
    }

    #[test]
    fn articles_are_numbered_for_several_documents() {
        let page = page(&["a.txt", "b.txt"]);
        assert!(page.contains("<article id=\"d1\">"));
        assert!(page.contains("<article id=\"d2\">"));
        assert!(page.contains("id=\"d2-s2\""));
    }

    #[test]
    fn escape_covers_the_special_characters() {
        assert_eq!(
            escape("<a href='x'>&\"\r"),
            "&lt;a href=&#39;x&#39;&gt;&amp;&quot;&#13;"
        );
    }
}
