//! abridge reads an article and returns a ranked extractive summary and its
//! key terms.
//!
//! ```
//! let text = "The council approved the new budget on Monday. \
//!             The budget raises spending on schools and roads. \
//!             Critics said the budget ignores rising rents. \
//!             The mayor will sign the budget next week.";
//! let report = abridge::summarize(text)?;
//! for sentence in &report.summary {
//!     println!("{}", sentence.text);
//! }
//! for keyword in &report.keywords {
//!     println!("{} ({:.3})", keyword.term, keyword.score);
//! }
//! # Ok::<(), abridge::Error>(())
//! ```
//!
//! To choose the length, the method, the language or the keywords, build a
//! [`Config`] once and run a [`Summarizer`] on many documents; a
//! [`Request`] changes the length or gives a title for one call:
//!
//! ```
//! use abridge::{Budget, Config, KeywordMethod, Language, Request, Summarizer};
//!
//! let mut config = Config::default().with_language(Language::English);
//! config.keywords.method = KeywordMethod::TfIdf;
//! let summarizer = Summarizer::new(config)?;
//! let text = "Rust is fast. Rust is safe. Cats sleep a lot. Dogs bark at night.";
//! let report = summarizer.run_with(text, Request::new().with_budget(Budget::Sentences(1)))?;
//! println!("{}", report.summary[0].text);
//! # Ok::<(), abridge::Error>(())
//! ```
//!
//! The pipeline runs in one direction, one room per stage (ARCHITECTURE.md
//! has the map):
//!
//! 1. **lang**: the language's [`Profile`](Language): sentence rules,
//!    stemmer, stopwords, part-of-speech lexicon.
//! 2. **text**: the input → a title and sentences with byte [`Span`]s, then
//!    tokens (lowercase, stopwords marked, stems interned).
//! 3. **model**: tokens → TF-IDF sentence vectors (or a corpus
//!    [`IdfModel`]).
//! 4. **graph** and **rank**: similarity and co-occurrence graphs, PageRank
//!    by power iteration; numbers only.
//! 5. **summarize**: the chosen [`SummaryMethod`] scores the sentences, the
//!    lead bias weighs them, and the selection takes the [`Budget`].
//! 6. **keywords**: the chosen [`KeywordMethod`] scores candidate phrases →
//!    [`Keyword`]s.
//! 7. **pipeline**: [`Summarizer`], the only module that calls every stage,
//!    returns a [`Report`].
//! 8. [`output`]: a [`Report`] → text, JSON, Markdown or HTML.
//!
//! With the `html` feature, `html::extract` reduces a saved web page to the
//! title and text of its article, before any of this.
//!
//! The stage modules are private; the `internals` feature shows them, for
//! the project's own benchmarks, with no promise of stability.
#![forbid(unsafe_code)]
#![deny(missing_docs)]
// The stage modules re-export their parts for the `internals` view; without
// it some of those re-exports have no user. The internals build, which every
// test and the lint run in CI use, still checks them.
#![cfg_attr(not(feature = "internals"), allow(unused_imports, dead_code))]

/// Declares the stage modules: private, or public (and hidden from the docs)
/// with the `internals` feature.
macro_rules! stages {
    ($($name:ident),+ $(,)?) => {
        $(
            #[cfg(feature = "internals")]
            #[doc(hidden)]
            pub mod $name;
            #[cfg(not(feature = "internals"))]
            mod $name;
        )+
    };
}

stages!(
    graph, keywords, lang, model, pipeline, rank, summarize, text
);

#[cfg(any(test, feature = "internals"))]
#[doc(hidden)]
pub mod testing;

mod choice;
mod config;
mod error;
#[cfg(feature = "html")]
pub mod html;
#[cfg(feature = "jsonl")]
pub mod jsonl;
pub mod output;
mod report;

pub use choice::Choice;
pub use config::{Config, DEFAULT_MAX_INPUT_BYTES};
pub use error::{Error, Result};
pub use graph::{CooccurrenceOptions, Similarity};
pub use keywords::{Keyword, KeywordMethod, KeywordOptions};
pub use lang::stopwords::parse_list as parse_stopword_list;
pub use lang::{Detection, detect as detect_language};
pub use lang::{Language, Support};
pub use model::{IdfModel, TfIdfOptions};
pub use pipeline::{Document, Request, Summarizer, summarize};
pub use rank::TextRankOptions;
pub use report::{Report, Sentence, Stats};
pub use summarize::{Budget, Order, SummaryMethod};
pub use text::{Span, segment};
