//! The text room: from raw input to sentences and tokens.
//!
//! 1. [`segment()`] finds the title and the sentences, as byte spans into the
//!    input.
//! 2. [`Normalizer::normalize`] turns each sentence into tokens: lowercase
//!    words, stopwords marked, Snowball stems interned as term ids. The words
//!    are UAX #29's ([`words`], with a fast path for ASCII).
//!
//! Beside the pipeline, [`pos`] tells whether an English word can sit in a
//! noun phrase, from a compiled-in part-of-speech lexicon.
//!
//! Nothing here weighs, ranks or prints.

pub mod intern;
pub mod normalize;
pub mod segment;
pub mod words;

pub use crate::lang::{Language, Stopwords};
pub use normalize::{Normalizer, Reading, Readings, TermId, Token, Tokenized, Vocabulary};
pub use segment::{Segmented, SentenceSpan, Span, segment, segment_with};
