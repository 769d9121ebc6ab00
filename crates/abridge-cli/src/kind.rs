//! What an input holds (text, an HTML page, Markdown or JSON Lines records),
//! and turning a read input into the title and text to summarize.
//!
//! `--input-format auto` (the default) decides by the file's extension, then
//! by sniffing its start: `.html`, `.htm` and `.xhtml` are HTML, `.md` and
//! `.markdown` Markdown, `.jsonl` JSON Lines; any other file, and standard
//! input, is HTML when it starts like a page (see [`abridge::html::is_html`]) and
//! text otherwise. Any other `--input-format` is taken as said, whatever the
//! name.
//!
//! A folder walk reads only the files abridge has a reader for (see
//! [`walk_takes`]); the rest are counted and skipped unless `--all-files`.

use crate::args::InputFormatArg;
use crate::input::Input;
use crate::markdown;
use anyhow::Result;
use std::path::Path;

/// What an input is read as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Plain text, one document.
    Text,
    /// A web page, reduced to its article.
    Html,
    /// CommonMark, reduced to its prose.
    Markdown,
    /// One JSON record per line, each a document.
    Jsonl,
}

/// The lowercased extension of `path`, if it has one in UTF-8.
fn extension(path: &Path) -> Option<String> {
    path.extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
}

/// The kind that `path`'s extension names, if any.
pub fn by_extension(path: &Path) -> Option<Kind> {
    match extension(path)?.as_str() {
        "html" | "htm" | "xhtml" => Some(Kind::Html),
        "md" | "markdown" => Some(Kind::Markdown),
        "jsonl" => Some(Kind::Jsonl),
        "txt" | "text" => Some(Kind::Text),
        _ => None,
    }
}

/// The kind of `path` that can be known before reading it: what
/// `--input-format` says, else what the extension says (`.txt` files are
/// still sniffed, as pages saved under that name are common). `None` means
/// "read it, then look".
pub fn before_reading(format: InputFormatArg, path: &Path) -> Option<Kind> {
    match format {
        InputFormatArg::Text => Some(Kind::Text),
        InputFormatArg::Html => Some(Kind::Html),
        InputFormatArg::Markdown => Some(Kind::Markdown),
        InputFormatArg::Jsonl => Some(Kind::Jsonl),
        InputFormatArg::Auto => by_extension(path).filter(|&kind| kind != Kind::Text),
    }
}

/// Whether a folder walk reads the file at `path`: with `--input-format
/// jsonl` the `.jsonl` files, else the files of the other kinds.
pub fn walk_takes(format: InputFormatArg, path: &Path) -> bool {
    match (format, by_extension(path)) {
        (InputFormatArg::Jsonl, kind) => kind == Some(Kind::Jsonl),
        (_, Some(Kind::Jsonl) | None) => false,
        (_, Some(_)) => true,
    }
}

/// A document ready for the summarizer.
pub struct Prepared {
    /// The input: for HTML, the article's text; for Markdown, the prose at
    /// the file's offsets (markup blanked).
    pub input: Input,
    /// The title found by the reader (a page's title, the first heading).
    pub title: Option<String>,
    /// For Markdown, the file as written, to show sentences and the text
    /// as the user wrote them.
    pub markdown: Option<String>,
}

impl Prepared {
    /// The title given apart from the text: Markdown's first heading, which
    /// the text no longer holds. (A page's title is not: its article may
    /// repeat it.)
    pub fn given_title(&self) -> Option<&str> {
        self.markdown.as_ref().and(self.title.as_deref())
    }
}

/// Reduces an input of a document kind (not JSON Lines) to what is
/// summarized. `kind` is `None` to sniff.
pub fn prepare(kind: Option<Kind>, path: &Path, input: Input) -> Result<Prepared> {
    let kind = kind.unwrap_or_else(|| {
        if abridge::html::is_html(Some(&path.to_string_lossy()), &input.text) {
            Kind::Html
        } else {
            Kind::Text
        }
    });
    Ok(match kind {
        Kind::Html => {
            let (title, text) = extract_html(&input.text)?;
            Prepared {
                input: Input { text, ..input },
                title,
                markdown: None,
            }
        }
        Kind::Markdown => {
            let document = markdown::extract(&input.text);
            let Input {
                source,
                text,
                warning,
            } = input;
            Prepared {
                input: Input {
                    source,
                    text: document.text,
                    warning,
                },
                title: document.title,
                markdown: Some(text),
            }
        }
        Kind::Text | Kind::Jsonl => Prepared {
            input,
            title: None,
            markdown: None,
        },
    })
}

/// The title and article text of an HTML page, by the library's extractor
/// (`abridge::html`: one linear pass, no recursion, so no page can crash the
/// process or crawl). A page with no article text (an empty page, a page of
/// links) gives an empty text, as an empty text file does: the summary is
/// then empty and a warning says so.
fn extract_html(page: &str) -> Result<(Option<String>, String)> {
    match abridge::html::extract(page) {
        Ok(article) => Ok((article.title, article.text)),
        Err(abridge::Error::NoArticleText) => Ok((None, String::new())),
        Err(error) => Err(error.into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn auto_goes_by_extension_and_leaves_the_rest_to_sniffing() {
        let auto = |name: &str| before_reading(InputFormatArg::Auto, Path::new(name));
        assert_eq!(auto("a.HTML"), Some(Kind::Html));
        assert_eq!(auto("a.xhtml"), Some(Kind::Html));
        assert_eq!(auto("notes.md"), Some(Kind::Markdown));
        assert_eq!(auto("notes.markdown"), Some(Kind::Markdown));
        assert_eq!(auto("set.jsonl"), Some(Kind::Jsonl));
        assert_eq!(auto("a.txt"), None);
        assert_eq!(auto("-"), None);
        assert_eq!(
            before_reading(InputFormatArg::Html, Path::new("fragment.txt")),
            Some(Kind::Html)
        );
        assert_eq!(
            before_reading(InputFormatArg::Text, Path::new("page.html")),
            Some(Kind::Text)
        );
    }

    #[test]
    fn walks_take_known_kinds_only() {
        let takes = |name: &str| walk_takes(InputFormatArg::Auto, Path::new(name));
        for name in [
            "a.txt",
            "a.text",
            "a.md",
            "a.markdown",
            "a.html",
            "a.htm",
            "a.xhtml",
        ] {
            assert!(takes(name), "{name}");
        }
        for name in ["a.csv", "a.js", "a.png", "README", "a.jsonl"] {
            assert!(!takes(name), "{name}");
        }
        assert!(walk_takes(InputFormatArg::Jsonl, Path::new("set.jsonl")));
        assert!(!walk_takes(InputFormatArg::Jsonl, Path::new("a.txt")));
    }

    #[test]
    fn an_html_fragment_is_read_as_html_when_told() {
        let input = |text: &str| Input {
            source: "f.txt".into(),
            text: text.into(),
            warning: None,
        };
        let fragment = "<p>Frost hit the valley in April and the apple growers expect a small \
            harvest this year after the blossom froze.</p>";
        let sniffed = prepare(None, Path::new("f.txt"), input(fragment)).unwrap();
        assert!(sniffed.input.text.contains("<p>"));
        let told = prepare(Some(Kind::Html), Path::new("f.txt"), input(fragment)).unwrap();
        assert!(!told.input.text.contains("<p>"));
        assert!(told.input.text.contains("Frost hit the valley"));
    }

    #[test]
    fn html_is_known_by_name_or_by_its_start() {
        let read = |name: &str, text: &str| {
            let input = Input {
                source: name.into(),
                text: text.into(),
                warning: None,
            };
            prepare(None, Path::new(name), input).unwrap().input.text
        };
        let page = "<!DOCTYPE html><p>Frost hit the valley in April and the apple growers \
            expect a small harvest this year after the blossom froze.</p>";
        assert!(!read("-", page).contains("<p>"));
        assert!(!read("page", &page.replace("DOCTYPE html", "doctype HTML")).contains("<p>"));
        let plain = "We write <html tags> late.";
        assert_eq!(read("a.txt", plain), plain);
    }

    #[test]
    fn a_page_without_article_text_is_an_empty_text() {
        assert_eq!(extract_html("").unwrap(), (None, String::new()));
        let links = "<html><body><nav><a href='/'>Home</a></nav></body></html>";
        assert_eq!(extract_html(links).unwrap(), (None, String::new()));
        let page = "<html><head><title>Frost</title></head><body><article><p>Apple \
            growers expect a smaller harvest after a late frost damaged the blossom.</p>\
            </article></body></html>";
        let (title, text) = extract_html(page).unwrap();
        assert_eq!(title.as_deref(), Some("Frost"));
        assert_eq!(
            text,
            "Apple growers expect a smaller harvest after a late frost damaged the blossom.\n"
        );
    }
}
