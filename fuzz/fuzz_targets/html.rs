//! Fuzz target: the HTML path of the binary, from raw bytes to article text:
//! the library's extractor (`abridge::html::extract`) on any bytes, decoded
//! as UTF-8 with invalid sequences replaced, as the binary reads files.
//!
//! It must not panic or exhaust the stack, must give the same result twice;
//! its only error for a page under the size limit is "no article text"
//! (which the binary turns into an empty summary and a warning); a found
//! article must be tidy: non-empty, ending with a newline, its lines trimmed,
//! never two blank lines in a row; a title non-empty with its white space
//! collapsed. Seeds: `tests/html-pages/*.html`; dictionary: `fuzz/html.dict`
//! (`cargo fuzz run html -- -dict=fuzz/html.dict`).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let page = String::from_utf8_lossy(data);
    let first = abridge::html::extract(&page);
    assert_eq!(first, abridge::html::extract(&page), "deterministic");
    let article = match first {
        Ok(article) => article,
        Err(error) => {
            assert!(
                matches!(error, abridge::Error::NoArticleText),
                "unexpected error: {error}"
            );
            return;
        }
    };
    let text = &article.text;
    assert!(!text.trim().is_empty(), "an article has text");
    assert!(text.ends_with('\n'));
    assert!(!text.contains("\n\n\n"), "one blank line between paragraphs");
    for line in text.lines() {
        assert_eq!(line, line.trim(), "lines are trimmed");
    }
    if let Some(title) = &article.title {
        assert!(!title.is_empty());
        assert_eq!(title, &title.split_whitespace().collect::<Vec<_>>().join(" "));
    }
});
