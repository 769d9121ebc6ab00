//! HTML input: a saved web page is reduced to its article's main text
//! before it is summarized.
//!
//! A file is HTML when its name ends in `.html` or `.htm` (any case), or when
//! it starts with markup and its first KiB holds `<html` or `<!doctype html`
//! (any case), which covers
//! pages saved under other names and HTML piped on standard input. The
//! extraction is Mozilla Readability's method, as implemented by the
//! `dom_smoothie` crate: it scores the blocks of the page by their text and
//! links and keeps the best one, dropping navigation, ads, sidebars and
//! comments. Nothing is fetched: relative links and images do not matter for
//! the text.
//!
//! The page's title (`<title>`, or its `<h1>` when that fits better, as
//! Readability decides) becomes the report's title. Spans in the output then
//! refer to the extracted text, not to the HTML bytes.

use anyhow::Result;
use dom_smoothie::{Config, Readability, ReadabilityError, TextMode};
use std::borrow::Cow;
use std::path::Path;

/// How far into a file to look for an HTML start tag.
const SNIFF_BYTES: usize = 1024;

/// Whether `path` or the start of `text` says the input is HTML.
pub fn is_html(path: &Path, text: &str) -> bool {
    let by_name = path
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"));
    let mut end = text.len().min(SNIFF_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let head = text[..end].to_ascii_lowercase();
    // A plain text that mentions `<html` is not a page: a page starts with
    // markup (a doctype, a comment or the tag itself).
    let starts_with_markup = head
        .trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n'])
        .starts_with('<');
    by_name || (starts_with_markup && (head.contains("<html") || head.contains("<!doctype html")))
}

/// The article of an HTML page: its title, if any, and its text, one
/// paragraph per line block. A page with no article text (an empty page, a
/// page of links) gives an empty text, as an empty text file does: the
/// summary is then empty and a warning says so.
pub fn extract(html: &str) -> Result<(Option<String>, String)> {
    let config = Config {
        text_mode: TextMode::Formatted,
        ..Config::default()
    };
    let html = bound(html);
    let article = match Readability::new(html.as_ref(), None, Some(config))?.parse() {
        Ok(article) => article,
        Err(ReadabilityError::GrabFailed) => return Ok((None, String::new())),
        Err(error) => return Err(error.into()),
    };
    let text = tidy(&article.text_content);
    let title = article
        .title
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    Ok(((!title.is_empty()).then_some(title), text))
}

/// The deepest nesting of elements the extractor sees. Its tree walks
/// recurse: 30,000 nested `<em>` overflowed the stack and killed the process,
/// and nesting cost quadratic time (8,000 nested `<div>`: 9 s). Real pages
/// nest a few dozen deep.
pub const MAX_DEPTH: usize = 256;

/// The most attributes a tag keeps (one tag with 200,000 took seconds).
pub const MAX_ATTRIBUTES: usize = 256;

/// The most `&` a run of text between two tags keeps as written. The
/// extractor's cost grows with the square of a text node's ampersands
/// (800,000 `&amp;`: 15 s); past this many, an entity is decoded instead
/// (`&amp;`, `&lt;` and `&gt;` to their full-width forms, so that no markup
/// appears) and any other `&` becomes `＆`.
pub const MAX_AMPERSANDS: usize = 1024;

/// How far below the innermost open element an end tag is looked for: an
/// end tag that matches nothing that close is passed on untouched.
const END_TAG_REACH: usize = 64;

/// Elements that have no content and no end tag.
const VOID: [&str; 14] = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];

/// Elements whose content is text up to their end tag, never markup.
const RAW_TEXT: [&str; 2] = ["script", "style"];

/// Elements that a start tag of the same kind closes (`<p>a<p>b`).
const SELF_CLOSING_SIBLINGS: [&str; 8] = ["p", "li", "dt", "dd", "option", "tr", "td", "th"];

/// Bounds what the extractor is given, in one linear pass over the page:
/// start tags nested deeper than [`MAX_DEPTH`] are dropped together with
/// their end tags (their text stays, in place), and a tag keeps at most
/// [`MAX_ATTRIBUTES`] attributes, and a run of text keeps at most
/// [`MAX_AMPERSANDS`] character references. A page within the bounds comes
/// back unchanged, byte for byte.
pub fn bound(html: &str) -> Cow<'_, str> {
    let bytes = html.as_bytes();
    let mut out = String::new();
    // `copied` is where the input not yet copied to `out` starts; nothing is
    // copied until something has to change.
    let mut copied = 0;
    let mut changed = false;
    // Open elements: name and whether its tags were kept.
    let mut open: Vec<(&str, bool)> = Vec::new();
    let mut at = 0;
    // Ampersands so far in the current run of text.
    let mut run = 0;
    while let Some(offset) = html[at..].find('<') {
        let start = at + offset;
        if bound_text(html, at..start, &mut run, &mut out, copied) {
            copied = start;
            changed = true;
        }
        let rest = &bytes[start + 1..];
        let Some(&first) = rest.first() else {
            at = start;
            break;
        };
        if first == b'!' || first == b'?' || first == b'/' || first.is_ascii_alphabetic() {
            // Markup ends a run of text (a stray `<` does not).
            run = 0;
        }
        if rest.starts_with(b"!--") {
            at = html[start..]
                .find("-->")
                .map_or(html.len(), |e| start + e + 3);
        } else if first == b'!' || first == b'?' {
            at = html[start..]
                .find('>')
                .map_or(html.len(), |e| start + e + 1);
        } else if first == b'/' && rest.get(1).is_some_and(u8::is_ascii_alphabetic) {
            let name = tag_name(&html[start + 2..]);
            let Some(end) = html[start..].find('>').map(|e| start + e + 1) else {
                at = start;
                break;
            };
            at = end;
            let reach = open.len().saturating_sub(END_TAG_REACH);
            if let Some(found) = (reach..open.len())
                .rev()
                .find(|&i| open[i].0.eq_ignore_ascii_case(name))
            {
                let kept = open[found].1;
                open.truncate(found);
                if !kept {
                    out.push_str(&html[copied..start]);
                    copied = end;
                    changed = true;
                }
            }
        } else if first.is_ascii_alphabetic() {
            let name = tag_name(&html[start + 1..]);
            let tag = scan_tag(html, start + 1 + name.len());
            at = tag.end;
            let lower = name.to_ascii_lowercase();
            if SELF_CLOSING_SIBLINGS.contains(&lower.as_str())
                && open.last().is_some_and(|(top, _)| {
                    top.eq_ignore_ascii_case(name)
                        || (matches!(lower.as_str(), "td" | "th")
                            && (top.eq_ignore_ascii_case("td") || top.eq_ignore_ascii_case("th")))
                })
            {
                open.pop();
            }
            let keep = open.len() < MAX_DEPTH;
            if !keep || tag.cut.is_some() {
                out.push_str(&html[copied..start]);
                if keep {
                    // Up to the last attribute kept, then the tag's end.
                    out.push_str(&html[start..tag.cut.unwrap_or(tag.end)]);
                    out.push('>');
                }
                copied = tag.end;
                changed = true;
            }
            if RAW_TEXT.contains(&lower.as_str()) {
                // The element's text is not markup: skip to its end tag.
                let close = format!("</{lower}");
                at = find_ignore_case(html, tag.end, &close).unwrap_or(html.len());
                if !keep {
                    // Its text is no text of the page either.
                    copied = at;
                }
            } else if !tag.self_closed && !VOID.contains(&lower.as_str()) {
                open.push((name, keep));
            }
        } else {
            at = start + 1;
        }
    }
    if at < html.len() && bound_text(html, at..html.len(), &mut run, &mut out, copied) {
        copied = html.len();
        changed = true;
    }
    if !changed {
        return Cow::Borrowed(html);
    }
    out.push_str(&html[copied..]);
    Cow::Owned(out)
}

/// Counts the ampersands of the text `html[text]` into `run`; once the run
/// holds more than [`MAX_AMPERSANDS`], writes the page up to the text and the
/// text with the extra references decoded to `out`, and returns `true` (the
/// page is then copied up to `text.end`). `copied` is where `out` stops.
fn bound_text(
    html: &str,
    text: std::ops::Range<usize>,
    run: &mut usize,
    out: &mut String,
    copied: usize,
) -> bool {
    let segment = &html[text.clone()];
    let count = segment.bytes().filter(|&b| b == b'&').count();
    if *run + count <= MAX_AMPERSANDS {
        *run += count;
        return false;
    }
    out.push_str(&html[copied..text.start]);
    let mut rest = segment;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        *run += 1;
        if *run <= MAX_AMPERSANDS {
            out.push('&');
            rest = &rest[1..];
            continue;
        }
        let (decoded, length) = decode_reference(rest.as_bytes());
        out.push_str(decoded);
        rest = &rest[length..];
    }
    out.push_str(rest);
    true
}

/// The text that the character reference at the start of `s` (which starts
/// with `&`) stands for, and its length; a markup character becomes its
/// full-width form, and an `&` that starts no known reference becomes `＆`.
fn decode_reference(s: &[u8]) -> (&'static str, usize) {
    const KNOWN: [(&str, &str); 7] = [
        ("&amp;", "＆"),
        ("&lt;", "＜"),
        ("&gt;", "＞"),
        ("&quot;", "\""),
        ("&apos;", "'"),
        ("&#39;", "'"),
        ("&nbsp;", "\u{a0}"),
    ];
    KNOWN
        .iter()
        .find(|(name, _)| {
            s.len() >= name.len() && s[..name.len()].eq_ignore_ascii_case(name.as_bytes())
        })
        .map_or(("＆", 1), |&(name, text)| (text, name.len()))
}

/// The name at the start of `s`: ASCII letters, digits, `-`, `_`, `:`.
fn tag_name(s: &str) -> &str {
    let end = s
        .bytes()
        .position(|b| !(b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':')))
        .unwrap_or(s.len());
    &s[..end]
}

/// A start tag's extent, found by [`scan_tag`].
struct Tag {
    /// One past its `>` (the end of the page when it has none).
    end: usize,
    /// Where to cut it when it has more than [`MAX_ATTRIBUTES`] attributes:
    /// just after the last one kept.
    cut: Option<usize>,
    /// Whether it ends in `/>`.
    self_closed: bool,
}

/// Scans the attributes of a start tag from `from` (just past its name) to
/// its `>`, minding quoted values, in time linear in the tag.
fn scan_tag(html: &str, from: usize) -> Tag {
    let bytes = html.as_bytes();
    let (mut i, mut count, mut cut, mut kept_end) = (from, 0, None, from);
    while i < bytes.len() {
        match bytes[i] {
            b'>' => {
                let self_closed = i > from && bytes[i - 1] == b'/';
                return Tag {
                    end: i + 1,
                    cut,
                    self_closed,
                };
            }
            b if b.is_ascii_whitespace() || b == b'/' => i += 1,
            _ => {
                // An attribute: its name, then perhaps `=` and a value.
                while i < bytes.len()
                    && !bytes[i].is_ascii_whitespace()
                    && !matches!(bytes[i], b'>' | b'=' | b'/')
                {
                    i += 1;
                }
                while i < bytes.len() && bytes[i].is_ascii_whitespace() {
                    i += 1;
                }
                if bytes.get(i) == Some(&b'=') {
                    i += 1;
                    while i < bytes.len() && bytes[i].is_ascii_whitespace() {
                        i += 1;
                    }
                    match bytes.get(i) {
                        Some(&quote @ (b'"' | b'\'')) => {
                            i = html[i + 1..]
                                .find(char::from(quote))
                                .map_or(bytes.len(), |e| i + 1 + e + 1);
                        }
                        _ => {
                            while i < bytes.len()
                                && !bytes[i].is_ascii_whitespace()
                                && bytes[i] != b'>'
                            {
                                i += 1;
                            }
                        }
                    }
                }
                count += 1;
                if count == MAX_ATTRIBUTES {
                    kept_end = i;
                } else if count == MAX_ATTRIBUTES + 1 {
                    cut = Some(kept_end);
                }
            }
        }
    }
    // No `>`: the rest of the page is this tag, and the parser's to judge.
    Tag {
        end: bytes.len(),
        cut: None,
        self_closed: false,
    }
}

/// Where `needle` (ASCII, lowercase) next occurs in `html` from `from`, in
/// any case.
fn find_ignore_case(html: &str, from: usize, needle: &str) -> Option<usize> {
    let bytes = html.as_bytes();
    let n = needle.len();
    (from..bytes.len().saturating_sub(n - 1))
        .find(|&i| bytes[i..i + n].eq_ignore_ascii_case(needle.as_bytes()))
}

/// Trims every line and keeps at most one blank line between paragraphs, so
/// the text reads like a plain-text article.
fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = false;
    for line in text.lines().map(str::trim) {
        if line.is_empty() {
            blank = !out.is_empty();
            continue;
        }
        if blank {
            out.push('\n');
            blank = false;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_is_known_by_name_or_by_its_start() {
        assert!(is_html(Path::new("a.HTML"), "plain"));
        assert!(is_html(Path::new("a.htm"), ""));
        assert!(is_html(Path::new("-"), "\n<!DOCTYPE html><p>x"));
        assert!(is_html(Path::new("page"), "<HTML lang=en>"));
        assert!(!is_html(Path::new("a.txt"), "We write <html tags> late."));
        assert!(!is_html(Path::new("notes.txt"), "plain text"));
    }

    #[test]
    fn sniffing_stops_inside_a_multibyte_character() {
        let text = format!("{}é<html>", "a".repeat(SNIFF_BYTES - 1));
        assert!(!is_html(Path::new("x"), &text));
    }

    #[test]
    fn bounding_leaves_ordinary_pages_as_they_are() {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/html/");
        for name in ["gazette-bridge.html", "blog-orchard.htm"] {
            let page = std::fs::read_to_string(format!("{root}{name}")).unwrap();
            assert!(matches!(bound(&page), Cow::Borrowed(_)), "{name}");
        }
        let sloppy = "<ul><li>a<li>b</ul><p>one<p>two<table><tr><td>x<td>y<tr><th>z</table>\
                      <script>if (a<b) { x = '</p>'; }</script><img src=x alt='a>b'/>";
        assert!(matches!(bound(sloppy), Cow::Borrowed(_)));
    }

    #[test]
    fn deep_nesting_is_flattened_and_keeps_its_text() {
        let depth = MAX_DEPTH + 10;
        let page = format!("{}text{}", "<div>".repeat(depth), "</div>".repeat(depth));
        let bounded = bound(&page);
        assert_eq!(bounded.matches("<div>").count(), MAX_DEPTH);
        assert_eq!(bounded.matches("</div>").count(), MAX_DEPTH);
        assert!(bounded.contains(">text<"));
    }

    #[test]
    fn a_long_run_of_references_is_decoded_past_the_limit() {
        let page = format!(
            "<p>{}&lt;b&gt; &x &eacute;</p><p>&amp;</p>",
            "&amp;".repeat(MAX_AMPERSANDS)
        );
        let bounded = bound(&page);
        let want = format!(
            "<p>{}＜b＞ ＆x ＆eacute;</p><p>&amp;</p>",
            "&amp;".repeat(MAX_AMPERSANDS)
        );
        assert_eq!(bounded, want);
        // A stray `<` does not end the run.
        let stray = "& <".repeat(MAX_AMPERSANDS + 1);
        assert_eq!(bound(&stray).matches('＆').count(), 1);
        let within = "&amp; ".repeat(MAX_AMPERSANDS);
        assert!(matches!(bound(&within), Cow::Borrowed(_)));
    }

    #[test]
    fn a_tag_keeps_its_first_attributes() {
        let attributes: String = (0..MAX_ATTRIBUTES + 5)
            .map(|i| format!(" a{i}='{i}'"))
            .collect();
        let page = format!("<p{attributes}>text</p>");
        let bounded = bound(&page);
        let last = MAX_ATTRIBUTES - 1;
        assert!(
            bounded.contains(&format!(" a{last}='{last}'>text</p>")),
            "{bounded}"
        );
        assert!(!bounded.contains(&format!(" a{MAX_ATTRIBUTES}=")));
        let exact: String = (0..MAX_ATTRIBUTES).map(|i| format!(" a{i}")).collect();
        let page = format!("<p{exact}>text</p>");
        assert!(matches!(bound(&page), Cow::Borrowed(_)));
    }

    #[test]
    fn tidy_trims_lines_and_keeps_one_blank_line() {
        assert_eq!(
            tidy("\n  One. \n\n\n\tTwo.\nThree.\n\n"),
            "One.\n\nTwo.\nThree.\n"
        );
    }

    #[test]
    fn extraction_keeps_the_article_and_drops_the_menu() {
        let page = "<html><head><title>Frost hits the valley</title></head><body>\
            <nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/shop'>Shop</a></nav>\
            <article><h1>Frost hits the valley</h1>\
            <p>Apple growers expect a smaller harvest after a late frost damaged the blossom \
            in April, when the trees were in full bloom and the nights were clear.</p>\
            <p>Orchards on the higher slopes suffered least, because the cold air drained down \
            into the valley floor during the two coldest nights of the spring.</p>\
            <p>The cooperative will ask the regional government for a fund to buy frost fans, \
            which stir the warmer air above the trees down into the rows.</p></article>\
            <footer>Copyright the Valley Gazette</footer></body></html>";
        let (title, text) = extract(page).unwrap();
        assert_eq!(title.as_deref(), Some("Frost hits the valley"));
        assert!(text.contains("Orchards on the higher slopes"));
        assert!(!text.contains("Shop"));
        assert!(!text.contains("Copyright"));
    }
}
