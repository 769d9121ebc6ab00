//! Fuzz target: the HTML path of the binary, from raw bytes to article text.
//!
//! The bytes are decoded as the binary decodes a file (invalid UTF-8
//! replaced), bounded by `html::bound` and extracted by `html::extract`. No
//! input may panic or overflow the stack; the bounded page must be within
//! its limits (no deeper than `MAX_DEPTH` by the pre-pass's own count, which
//! a second pass over it checks by leaving it unchanged), the extraction must
//! be deterministic and its text tidy.
#![no_main]

// The binary's HTML module, compiled here as it is.
#[path = "../../crates/abridge-cli/src/html.rs"]
#[allow(dead_code)]
mod html;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let page = String::from_utf8_lossy(data);
    let bounded = html::bound(&page);
    assert!(
        matches!(html::bound(&bounded), std::borrow::Cow::Borrowed(_)),
        "a bounded page is within the bounds"
    );
    let first = html::extract(&page).map_err(|e| e.to_string());
    let second = html::extract(&page).map_err(|e| e.to_string());
    assert_eq!(first, second, "extraction is deterministic");
    if let Ok((title, text)) = first {
        assert!(text.is_empty() || text.ends_with('\n'));
        assert!(!text.contains("\n\n\n"));
        for line in text.lines() {
            assert_eq!(line, line.trim(), "lines are trimmed");
        }
        if let Some(title) = title {
            assert!(!title.is_empty());
        }
    }
});
