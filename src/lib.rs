//! abridge: extractive summaries and keywords (work in progress).
#![forbid(unsafe_code)]

pub mod eval;
pub mod text;
