//! Sentence segmentation (temporary stand-in until the real splitter lands).

use unicode_segmentation::UnicodeSegmentation;

/// A half-open range of byte offsets into the original input.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }
    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    /// Whether empty.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
    /// The text of the span.
    pub fn slice<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }
}

/// One sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SentenceSpan {
    /// Where it is.
    pub span: Span,
    /// Its paragraph.
    pub paragraph: usize,
}

/// A segmented document.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Segmented {
    /// The title.
    pub title: Option<Span>,
    /// The sentences.
    pub sentences: Vec<SentenceSpan>,
    /// Paragraph count.
    pub paragraphs: usize,
}

/// Splits text into sentences.
pub fn segment(text: &str) -> Segmented {
    let flat: String = text
        .chars()
        .map(|c| if c == '\n' || c == '\r' { ' ' } else { c })
        .collect();
    let mut out = Segmented::default();
    for (i, s) in flat.split_sentence_bound_indices() {
        let trimmed = s.trim();
        if trimmed.is_empty() {
            continue;
        }
        let start = i + (s.len() - s.trim_start().len());
        out.sentences.push(SentenceSpan {
            span: Span::new(start, start + trimmed.len()),
            paragraph: 0,
        });
    }
    out.paragraphs = 1;
    out
}
