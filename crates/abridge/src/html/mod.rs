//! HTML input (feature `html`): a saved web page reduced to the title and
//! text of its article, ready to be summarized.
//!
//! Owns the public entry points, [`extract`] and [`is_html`], and the limit
//! on what a page may be. Receives a page as `&str` (a front end reads the
//! file and decodes it); returns an [`Article`] or an [`Error`]. Knows
//! nothing of the summarizer: the article is plain text, and spans of a
//! report made from it index that text, not the HTML.
//!
//! The work is three rooms, each linear in the page and none recursive, so
//! no page can exhaust a thread's stack or take more than a few passes over
//! its bytes, whatever its nesting, attributes or references:
//!
//! - `parse`: one scan into a bounded tree (nesting past 96 flattened, a
//!   few attributes kept per tag), with `entities` decoding character
//!   references on the way;
//! - `boilerplate`: what marks navigation, share bars, bylines, captions,
//!   comments and other furniture;
//! - `article`: Readability's scoring of text blocks, the choice of the
//!   article's container, and its rendering as paragraphs.
//!
//! ```
//! let page = "<html><head><title>Frost hits the valley | The Gazette</title></head>\
//!     <body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>\
//!     <article><h1>Frost hits the valley</h1>\
//!     <p>Apple growers expect a smaller harvest after a late frost, which \
//!     damaged the blossom in April.</p></article></body></html>";
//! let article = abridge::html::extract(page)?;
//! assert_eq!(article.title.as_deref(), Some("Frost hits the valley"));
//! assert_eq!(
//!     article.text,
//!     "Apple growers expect a smaller harvest after a late frost, which damaged the blossom in April.\n"
//! );
//! # Ok::<(), abridge::Error>(())
//! ```

mod article;
mod boilerplate;
mod entities;
mod parse;

use crate::{Error, Result};

/// The largest page [`extract`] reads, in bytes: 1 GiB. The tree stores
/// offsets in 32 bits; a front end's own input limit is normally far lower.
pub const MAX_PAGE_BYTES: usize = 1 << 30;

/// How far into a text [`is_html`] looks for an `<html` tag.
const SNIFF_BYTES: usize = 1024;

/// The article of a web page.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Article {
    /// The page's title without the site's name (`<title>`, split at ` | `,
    /// ` - ` and the like; else `og:title`; else the first `<h1>`), white
    /// space collapsed; `None` when the page has none.
    pub title: Option<String>,
    /// The article's text: one paragraph per line, paragraphs separated by
    /// a blank line, lines trimmed, ending with a newline.
    pub text: String,
}

/// The article of the HTML page `page`: its title and its text, without
/// navigation, bylines, captions, share bars, related links, comments and
/// the rest of the page's furniture.
///
/// Errors: [`Error::HtmlPageTooLarge`] past [`MAX_PAGE_BYTES`], and
/// [`Error::NoArticleText`] when the page holds no text that could be an
/// article (an empty page, a page of scripts, a bare list of links).
pub fn extract(page: &str) -> Result<Article> {
    extract_within(page, MAX_PAGE_BYTES)
}

/// [`extract`] with the page limit given (so that a test need not allocate
/// a gigabyte).
fn extract_within(page: &str, limit: usize) -> Result<Article> {
    if page.len() > limit {
        return Err(Error::HtmlPageTooLarge {
            size: page.len(),
            limit,
        });
    }
    let doc = parse::parse(page);
    let title = article::title(&doc);
    let text = article::article_text(&doc, title.as_deref());
    if text.is_empty() {
        return Err(Error::NoArticleText);
    }
    Ok(Article { title, text })
}

/// Whether a text is an HTML page, by its name or by its start: `name`
/// (a file name or path, if there is one) ends in `.html`, `.htm` or
/// `.xhtml` (any case), or the text starts with markup and its first KiB
/// holds `<html` or `<!doctype html` (any case), which covers pages saved
/// under other names and pages piped without a name.
pub fn is_html(name: Option<&str>, text: &str) -> bool {
    let by_name = name
        .and_then(|n| n.rsplit_once('.'))
        .is_some_and(|(_, ext)| {
            ["html", "htm", "xhtml"]
                .iter()
                .any(|e| ext.eq_ignore_ascii_case(e))
        });
    let mut end = text.len().min(SNIFF_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let head = text[..end].to_ascii_lowercase();
    // A plain text that mentions `<html` is not a page: a page starts with
    // markup (a doctype, a comment or the tag itself), after a byte-order
    // mark or white space at most.
    let starts_with_markup = head
        .trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n'])
        .starts_with('<');
    by_name || (starts_with_markup && (head.contains("<html") || head.contains("<!doctype html")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_article_and_drops_the_menu_and_footer() {
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
        let article = extract(page).unwrap();
        assert_eq!(article.title.as_deref(), Some("Frost hits the valley"));
        let text = &article.text;
        assert!(text.starts_with("Apple growers expect"), "{text}");
        assert!(text.contains("Orchards on the higher slopes"));
        assert!(!text.contains("Shop"));
        assert!(!text.contains("Copyright"));
        assert!(
            !text.contains("Frost hits"),
            "the heading repeats the title"
        );
        // Three paragraphs: two blank lines between them.
        assert_eq!(text.matches("\n\n").count(), 2, "{text}");
    }

    #[test]
    fn empty_and_textless_pages_have_no_article() {
        assert_eq!(extract(""), Err(Error::NoArticleText));
        assert_eq!(
            extract("<html><script>var a = 1;</script></html>"),
            Err(Error::NoArticleText)
        );
        assert_eq!(
            extract("<nav><a href=/a>One</a> <a href=/b>Two</a></nav>"),
            Err(Error::NoArticleText)
        );
    }

    #[test]
    fn a_page_over_the_limit_is_refused_with_its_size() {
        let err = extract_within("<p>twelve byte", 10).unwrap_err();
        assert_eq!(
            err,
            Error::HtmlPageTooLarge {
                size: 14,
                limit: 10
            }
        );
        assert_eq!(
            err.to_string(),
            "the page is 14 bytes, more than the limit of 10 bytes"
        );
        assert!(extract_within("<p>twelve byte", 14).is_ok());
    }

    #[test]
    fn text_without_markup_is_the_article() {
        let article = extract("Just some words, nothing else, in a page with no markup.").unwrap();
        assert_eq!(
            article.text,
            "Just some words, nothing else, in a page with no markup.\n"
        );
        assert_eq!(article.title, None);
    }

    #[test]
    fn the_title_loses_the_site_name_but_keeps_a_colon() {
        let page = "<title>Harbour bridge reopens | The Coastal Gazette</title>\
            <h1>Harbour bridge reopens</h1><p>Text of it, long enough to count as a paragraph.</p>";
        assert_eq!(
            extract(page).unwrap().title.as_deref(),
            Some("Harbour bridge reopens")
        );
        let page =
            "<title>Notes from the valley: a late frost</title><h1>A late frost</h1><p>Text.</p>";
        assert_eq!(
            extract(page).unwrap().title.as_deref(),
            Some("Notes from the valley: a late frost")
        );
        let page = "<meta property='og:title' content='From og'><p>Some text here.</p>";
        assert_eq!(extract(page).unwrap().title.as_deref(), Some("From og"));
    }

    #[test]
    fn references_are_decoded_in_text_and_title() {
        let page = "<title>Fish &amp; chips</title>\
            <p>Caf&eacute; &#8220;Mar&#xED;a&#8221; &amp co &lt;3 &bogus;</p>";
        let article = extract(page).unwrap();
        assert_eq!(article.title.as_deref(), Some("Fish & chips"));
        assert_eq!(article.text, "Café “María” & co <3 &bogus;\n");
    }

    #[test]
    fn deep_nesting_is_flattened_and_its_text_kept() {
        let mut page = String::from("<html><body>");
        for i in 0..1000 {
            page.push_str(&format!("<div>level {i}, "));
        }
        page.push_str(&"</div>".repeat(1000));
        page.push_str("<p>After the nest, a closing paragraph with enough words in it.</p>");
        let text = extract(&page).unwrap().text;
        assert!(text.contains("level 0,"), "{text}");
        assert!(
            text.contains("level 999,"),
            "text below the depth limit is kept"
        );
    }

    #[test]
    fn stray_and_unclosed_tags_lose_no_text() {
        let page =
            "<p>One paragraph that is open, <b>bold</i> and <p>another one</div></span> here.";
        let text = extract(page).unwrap().text;
        assert_eq!(
            text,
            "One paragraph that is open, bold and\n\nanother one here.\n"
        );
    }

    #[test]
    fn comments_scripts_hidden_parts_and_share_bars_are_dropped() {
        let page = "<article><p>Visible text of the article, long enough to be a paragraph.</p>\
            <!-- a comment with <p>markup</p> -->\
            <script>if (a < b) { document.write('</p>') }</script>\
            <p hidden>Hidden words</p><p style='display: none'>Styled away</p>\
            <div class='share-bar'>Share this article: Facebook Twitter</div></article>";
        assert_eq!(
            extract(page).unwrap().text,
            "Visible text of the article, long enough to be a paragraph.\n"
        );
    }

    #[test]
    fn a_misleading_wrapper_class_does_not_lose_the_story() {
        let page = "<div class='layout has-sidebar'><div class='inner'>\
            <p>The first paragraph of a story that sits in a wrapper whose class names a sidebar.</p>\
            <p>The second paragraph, with commas, clauses, and enough words to be scored.</p>\
            </div></div>";
        let text = extract(page).unwrap().text;
        assert!(text.contains("The first paragraph"), "{text}");
        assert!(text.contains("The second paragraph"), "{text}");
    }

    #[test]
    fn html_is_known_by_name_or_by_its_start() {
        assert!(is_html(Some("a.HTML"), "plain"));
        assert!(is_html(Some("dir.v2/a.htm"), ""));
        assert!(is_html(Some("a.xhtml"), ""));
        assert!(is_html(None, "\u{feff}\n<!DOCTYPE html><p>x"));
        assert!(is_html(Some("page"), "<!-- saved --><HTML lang=en>"));
        assert!(!is_html(Some("a.txt"), "We write <html tags> late."));
        assert!(!is_html(Some("notes.txt"), "plain text"));
        assert!(!is_html(None, "<p>a fragment</p>"));
    }

    #[test]
    fn sniffing_stops_inside_a_multibyte_character() {
        let text = format!("<{}é<html>", "a".repeat(SNIFF_BYTES - 2));
        assert!(!is_html(None, &text), "the tag starts past the first KiB");
    }
}
