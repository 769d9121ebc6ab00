//! abridge reads an article and returns a ranked extractive summary and its
//! top keywords.
//!
//! The pipeline runs in one direction, one module per stage:
//!
//! 1. [`text::segment()`]: the input → a title and sentences, with byte spans.
//! 2. [`text::Normalizer`]: sentences → tokens (lowercase, stopwords removed,
//!    Snowball stems).
//! 3. [`model::TfIdf`]: tokens → TF-IDF sentence vectors.
//! 4. [`graph::sentence_graph`]: vectors → a sentence-similarity graph (dense
//!    for articles, factored for book-length input).
//! 5. [`rank::textrank()`]: the graph → sentence scores (PageRank by power
//!    iteration).
//! 6. [`summary::select`]: scores → the summary (budget, redundancy, order).
//! 7. [`keywords::extract_keywords`]: a word co-occurrence graph ranked the
//!    same way (or TF-IDF) → keywords and multi-word keyphrases.
//! 8. [`output`]: a [`Report`] → text or JSON.
//!
//! [`Summarizer`] runs stages 1–7; [`summarize`] does it with the defaults.
//!
//! ```
//! use abridge::{Budget, Config, Summarizer};
//!
//! let text = "The council approved the new budget on Monday. \
//!             The budget raises spending on schools and roads. \
//!             Critics said the budget ignores rising rents. \
//!             The mayor will sign the budget next week.";
//! let config = Config::default().with_budget(Budget::Sentences(2));
//! let report = Summarizer::new(config)?.run(text)?;
//! assert_eq!(report.summary.len(), 2);
//! assert!(report.keywords.iter().any(|k| k.term.contains("budget")));
//! # Ok::<(), abridge::Error>(())
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod choice;
mod config;
pub mod error;
pub mod graph;
pub mod keywords;
pub mod lang;
pub mod model;
pub mod output;
pub mod pipeline;
pub mod rank;
mod report;
mod summarize;
pub mod text;

pub use choice::Choice;
pub use config::{Config, DEFAULT_MAX_INPUT_BYTES};
pub use error::{Error, Result};
pub use graph::Similarity;
pub use keywords::{Keyword, KeywordMethod, KeywordOptions};
pub use pipeline::{Request, Summarizer, summarize};
pub use report::{Report, Sentence, Stats};
pub use summarize::{Budget, Order, SummaryMethod};
pub use text::{Language, Span};
