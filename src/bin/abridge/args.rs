//! The command line: clap's derive definition, and the one-way conversion
//! into the library's `Config`. This is the only file that names clap; the
//! doc comments on the fields are the `--help` text.

use abridge::{Budget, Config, KeywordMethod, KeywordOptions, Language, Order, Similarity};
use clap::{Parser, ValueEnum};
use std::path::PathBuf;

/// Summarize articles: the sentences that carry them, and their key terms.
///
/// abridge ranks sentences with TextRank over TF-IDF similarity and keywords
/// with TextRank over word co-occurrence (Mihalcea & Tarau 2004). With no
/// FILE, or when FILE is -, it reads standard input.
///
/// Exit status: 0 when every input was summarized, 1 when some input failed
/// (the others are still summarized), 2 for a usage error.
#[derive(Debug, Parser)]
#[command(name = "abridge", version, about, max_term_width = 100)]
pub struct Args {
    /// Files to summarize; - is standard input.
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,

    /// How to summarize: shared with the subcommands that run the pipeline.
    #[command(flatten)]
    pub options: SummaryArgs,

    /// Output format: text for people, json for programs (one object per
    /// input, one per line).
    #[arg(short = 'f', long, value_enum, default_value_t = FormatArg::Text, help_heading = "Output")]
    pub format: FormatArg,

    /// Worker threads for many inputs (default: one per core). The output
    /// is the same for any number.
    #[arg(short = 'j', long, value_name = "N", help_heading = "Output")]
    pub threads: Option<usize>,
}

/// The options that configure the pipeline itself.
#[derive(Debug, Clone, clap::Args)]
pub struct SummaryArgs {
    /// Number of summary sentences.
    #[arg(short = 'n', long, value_name = "N", default_value_t = 3,
          value_parser = parse_at_least_one, allow_negative_numbers = true,
          conflicts_with_all = ["ratio", "words"], help_heading = "Summary")]
    pub sentences: u64,

    /// Share of the document's sentences to keep, in (0, 1].
    #[arg(long, value_name = "R", value_parser = parse_ratio, allow_negative_numbers = true,
          help_heading = "Summary")]
    pub ratio: Option<f64>,

    /// Word budget for the summary (the best sentence is always kept).
    #[arg(long, value_name = "W", value_parser = parse_at_least_one,
          allow_negative_numbers = true, conflicts_with = "ratio", help_heading = "Summary")]
    pub words: Option<u64>,

    /// Order of the summary sentences.
    #[arg(long, value_enum, default_value_t = OrderArg::Document, help_heading = "Summary")]
    pub order: OrderArg,

    /// How sentences are compared.
    #[arg(long, value_enum, default_value_t = SimilarityArg::Cosine, help_heading = "Summary")]
    pub similarity: SimilarityArg,

    /// Number of keywords (0 for none).
    #[arg(
        short = 'k',
        long,
        value_name = "K",
        default_value_t = 10,
        help_heading = "Keywords"
    )]
    pub keywords: usize,

    /// How keywords are scored.
    #[arg(long, value_enum, default_value_t = MethodArg::Textrank, help_heading = "Keywords")]
    pub keyword_method: MethodArg,

    /// Language of the input: its stemmer and stopwords (name or ISO code).
    #[arg(short = 'l', long, value_name = "LANG", default_value = "english",
          value_parser = parse_language, help_heading = "Text")]
    pub language: Language,

    /// Extra stopwords, one per line ('#' starts a comment).
    #[arg(long, value_name = "FILE", help_heading = "Text")]
    pub stopwords: Option<PathBuf>,

    /// Refuse inputs larger than this many bytes.
    #[arg(long, value_name = "BYTES", default_value_t = abridge::DEFAULT_MAX_INPUT_BYTES,
          help_heading = "Text")]
    pub max_bytes: usize,
}

/// `--order`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum OrderArg {
    /// As the sentences stand in the document.
    Document,
    /// Best score first.
    Score,
}

/// `--similarity`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum SimilarityArg {
    /// Cosine of TF-IDF vectors.
    Cosine,
    /// Shared words over log lengths (the original TextRank).
    Overlap,
}

/// `--keyword-method`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum MethodArg {
    /// TextRank over word co-occurrence.
    Textrank,
    /// Term frequency times inverse sentence frequency.
    Tfidf,
}

/// `--format`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    /// Readable summary, then keywords.
    Text,
    /// One JSON object per input (JSON Lines).
    Json,
}

fn parse_ratio(s: &str) -> Result<f64, String> {
    let r: f64 = s.parse().map_err(|_| format!("'{s}' is not a number"))?;
    if r > 0.0 && r <= 1.0 {
        Ok(r)
    } else {
        Err(format!("{r} is not greater than 0 and at most 1"))
    }
}

/// A count that must be positive. Negative numbers reach this parser (rather
/// than being taken for flags) so that the error names the option.
fn parse_at_least_one(s: &str) -> Result<u64, String> {
    match s.trim().parse::<u64>() {
        Ok(n) if n >= 1 => Ok(n),
        _ => Err("expected a whole number of at least 1".to_string()),
    }
}

fn parse_language(s: &str) -> Result<Language, String> {
    Language::parse(s).map_err(|e| e.to_string())
}

impl SummaryArgs {
    /// The library configuration these arguments ask for. `extra_stopwords`
    /// is the content of `--stopwords`, read by the caller.
    pub fn to_config(&self, extra_stopwords: Vec<String>) -> Config {
        let budget = match (self.ratio, self.words) {
            (Some(r), _) => Budget::Ratio(r),
            (None, Some(w)) => Budget::Words(usize::try_from(w).unwrap_or(usize::MAX)),
            (None, None) => {
                Budget::Sentences(usize::try_from(self.sentences).unwrap_or(usize::MAX))
            }
        };
        Config {
            language: self.language,
            budget,
            order: match self.order {
                OrderArg::Document => Order::Document,
                OrderArg::Score => Order::Score,
            },
            similarity: match self.similarity {
                SimilarityArg::Cosine => Similarity::Cosine,
                SimilarityArg::Overlap => Similarity::Overlap,
            },
            keywords: KeywordOptions {
                count: self.keywords,
                method: match self.keyword_method {
                    MethodArg::Textrank => KeywordMethod::TextRank,
                    MethodArg::Tfidf => KeywordMethod::TfIdf,
                },
                ..KeywordOptions::default()
            },
            extra_stopwords,
            max_input_bytes: self.max_bytes,
            ..Config::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn clap_definition_is_consistent() {
        Args::command().debug_assert();
    }

    #[test]
    fn budget_flags_map_to_the_config() {
        let parse =
            |argv: &[&str]| Args::try_parse_from(argv).map(|a| a.options.to_config(Vec::new()));
        assert_eq!(parse(&["abridge"]).unwrap().budget, Budget::Sentences(3));
        assert_eq!(
            parse(&["abridge", "--ratio", "0.5"]).unwrap().budget,
            Budget::Ratio(0.5)
        );
        assert_eq!(
            parse(&["abridge", "--words", "100"]).unwrap().budget,
            Budget::Words(100)
        );
        assert!(parse(&["abridge", "--sentences", "0"]).is_err());
        assert!(parse(&["abridge", "--ratio", "1.5"]).is_err());
        assert!(parse(&["abridge", "--words", "-3"]).is_err());
        assert!(parse(&["abridge", "--language", "klingon"]).is_err());
        assert!(parse(&["abridge", "-n", "2", "--words", "10"]).is_err());
    }
}
