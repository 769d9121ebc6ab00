//! Markdown input: a CommonMark file becomes a title and a text of the same
//! length whose prose sits at the bytes where the file has it.
//!
//! The file is parsed with `pulldown-cmark` (CommonMark, plus tables and
//! strikethrough). The text starts as the file with every byte but line ends
//! turned into a space; then the prose is copied back in place: the text of
//! paragraphs, list items, block quotes, links (their text, not their
//! target) and inline code (without its backticks). Markup bytes (`#`, `*`,
//! `[`, `](url)`, `>`, list markers) thus stay spaces, and headings, code
//! blocks, tables, raw HTML and images are not sentences. Because every byte
//! keeps its offset, spans in the report point into the file as written.
//!
//! The first heading is the title. Each list item starts a paragraph of its
//! own (its marker's first byte becomes a line end), so items are not run
//! together into one sentence. An escape or entity (`\*`, `&amp;`) is
//! written as the character it stands for, at the end of its bytes.
//!
//! This module knows Markdown only: it reads no file and summarizes nothing.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use std::ops::Range;

/// A Markdown file reduced to what is summarized.
#[derive(Debug, PartialEq, Eq)]
pub struct Document {
    /// The text of the first heading, white space collapsed, if any.
    pub title: Option<String>,
    /// The prose, at the same byte offsets as in the file; everything else
    /// is spaces, except that line ends are kept.
    pub text: String,
}

/// Reduces the Markdown `source` to its title and prose.
pub fn extract(source: &str) -> Document {
    let mut text: Vec<u8> = source
        .bytes()
        .map(|b| if b == b'\n' || b == b'\r' { b } else { b' ' })
        .collect();
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    // How many containers that are not prose (headings, code, tables, HTML,
    // images) the parser is inside.
    let mut hidden = 0usize;
    let mut title: Option<String> = None;
    // The first heading's text while it is being read.
    let mut heading: Option<String> = None;
    for (event, range) in Parser::new_ext(source, options).into_offset_iter() {
        match event {
            Event::Start(Tag::Heading { .. }) => {
                hidden += 1;
                if title.is_none() {
                    heading = Some(String::new());
                }
            }
            Event::End(TagEnd::Heading(_)) => {
                hidden = hidden.saturating_sub(1);
                if let Some(words) = heading.take() {
                    let words = words.split_whitespace().collect::<Vec<_>>().join(" ");
                    title = Some(words).filter(|t| !t.is_empty());
                }
            }
            Event::Start(
                Tag::CodeBlock(_)
                | Tag::Table(_)
                | Tag::HtmlBlock
                | Tag::Image { .. }
                | Tag::MetadataBlock(_),
            ) => hidden += 1,
            Event::End(
                TagEnd::CodeBlock
                | TagEnd::Table
                | TagEnd::HtmlBlock
                | TagEnd::Image
                | TagEnd::MetadataBlock(_),
            ) => hidden = hidden.saturating_sub(1),
            // The marker's first byte is markup, so a space now; a line end
            // there leaves a blank line before the item.
            Event::Start(Tag::Item) if hidden == 0 && text.get(range.start) == Some(&b' ') => {
                text[range.start] = b'\n';
            }
            Event::Text(words) => {
                if let Some(heading) = heading.as_mut() {
                    heading.push_str(&words);
                } else if hidden == 0 {
                    place(&mut text, source, range, &words);
                }
            }
            Event::Code(words) => {
                if let Some(heading) = heading.as_mut() {
                    heading.push_str(&words);
                } else if hidden == 0 {
                    place(&mut text, source, inside_backticks(source, range), &words);
                }
            }
            _ => {}
        }
    }
    Document {
        title,
        // Only whole UTF-8 sequences were copied, over ASCII spaces, and
        // every other byte is ASCII.
        text: String::from_utf8(text).expect("prose is copied in whole characters"),
    }
}

/// The words of `text[span]` (a span of [`Document::text`] for `source`) as
/// a sentence reads: a run of white space that holds a space, tab or line
/// end of the file becomes one space, and a run made only of markup
/// vanishes, so `` `code`. `` reads `code.`, not `code .`.
pub fn sentence_text(source: &str, text: &str, span: Range<usize>) -> String {
    let (Some(part), Some(original)) = (text.get(span.clone()), source.get(span)) else {
        return String::new();
    };
    let mut out = String::with_capacity(part.len());
    // Whether the current run of white space holds any of the file's own.
    let mut gap: Option<bool> = None;
    for (at, c) in part.char_indices() {
        if c.is_whitespace() {
            let own = original.as_bytes()[at].is_ascii_whitespace();
            gap = Some(gap.unwrap_or(false) || own);
            continue;
        }
        if gap.take() == Some(true) && !out.is_empty() {
            out.push(' ');
        }
        out.push(c);
    }
    out
}

/// Writes `words` into `text` at `range`: as they stand when the file has
/// them there literally, else (an escape or an entity, which is longer in
/// the file) at the end of the range.
fn place(text: &mut [u8], source: &str, range: Range<usize>, words: &str) {
    let Some(raw) = source.get(range.clone()) else {
        return;
    };
    if raw == words {
        text[range.clone()].copy_from_slice(raw.as_bytes());
    } else if words.len() <= raw.len() && !words.contains(['\n', '\r']) {
        text[range.end - words.len()..range.end].copy_from_slice(words.as_bytes());
    }
}

/// The bytes of an inline code span without its backtick fences.
fn inside_backticks(source: &str, range: Range<usize>) -> Range<usize> {
    let raw = &source[range.clone()];
    let fence = raw.len() - raw.trim_start_matches('`').len();
    if 2 * fence >= raw.len() {
        return range.start..range.start;
    }
    range.start + fence..range.end - fence
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The prose of `source`, white space collapsed, as the summarizer sees it.
    fn prose(source: &str) -> String {
        sentence_text(source, &extract(source).text, 0..source.len())
    }

    #[test]
    fn the_first_heading_is_the_title_and_no_sentence() {
        let doc =
            extract("# The *harbour* plan\n\nIt was approved.\n\n## Costs\n\nIt costs a lot.\n");
        assert_eq!(doc.title.as_deref(), Some("The harbour plan"));
        assert_eq!(
            prose("# The *harbour* plan\n\nIt was approved.\n\n## Costs\n\nIt costs a lot.\n"),
            "It was approved. It costs a lot."
        );
    }

    #[test]
    fn every_byte_keeps_its_offset() {
        let source =
            "# Tïtle\r\n\r\nA **bold** claim, with [a link](https://x.example/é) and `code`.\r\n";
        let doc = extract(source);
        assert_eq!(doc.text.len(), source.len());
        let at = source.find("bold").unwrap();
        assert_eq!(&doc.text[at..at + 4], "bold");
        let at = source.find("a link").unwrap();
        assert_eq!(&doc.text[at..at + 6], "a link");
        assert_eq!(doc.text.matches("\r\n").count(), 3);
        assert_eq!(prose(source), "A bold claim, with a link and code.");
    }

    #[test]
    fn code_tables_html_and_images_are_not_prose() {
        let source = "Before the code.\n\n```rust\nfn main() {}\n```\n\n\
            | a | b |\n|---|---|\n| one | two |\n\n<div>raw html</div>\n\n\
            ![an image](i.png) After <b>all</b>.\n";
        assert_eq!(prose(source), "Before the code. After all.");
    }

    #[test]
    fn list_items_are_paragraphs_of_their_own() {
        let doc = extract("Intro line here.\n\n- first item\n- second item\n");
        assert_eq!(
            doc.text,
            "Intro line here.\n\n\n first item\n\n second item\n"
        );
    }

    #[test]
    fn escapes_and_entities_become_their_characters() {
        assert_eq!(
            prose("Fish \\*and\\* chips &amp; peas."),
            "Fish *and* chips & peas."
        );
    }

    #[test]
    fn markup_next_to_punctuation_leaves_no_space() {
        let source = "We *really* mean `it`. And (see [this](u))!";
        let doc = extract(source);
        assert_eq!(
            sentence_text(source, &doc.text, 0..source.len()),
            "We really mean it. And (see this)!"
        );
        assert_eq!(sentence_text(source, &doc.text, 3..11), "really");
    }

    #[test]
    fn no_heading_no_title() {
        assert_eq!(extract("Just a line.").title, None);
        assert_eq!(extract("").text, "");
    }
}
