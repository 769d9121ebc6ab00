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

use anyhow::{Result, bail};
use dom_smoothie::{Config, Readability, TextMode};
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
/// paragraph per line block.
pub fn extract(html: &str) -> Result<(Option<String>, String)> {
    let config = Config {
        text_mode: TextMode::Formatted,
        ..Config::default()
    };
    let article = Readability::new(html, None, Some(config))?.parse()?;
    let text = tidy(&article.text_content);
    if text.is_empty() {
        bail!("no article text found in the HTML page");
    }
    let title = article
        .title
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    Ok(((!title.is_empty()).then_some(title), text))
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
