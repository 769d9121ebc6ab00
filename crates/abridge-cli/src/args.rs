//! The command line: clap's derive definition, and the one-way conversion
//! into the library's `Config`. This is the only file that names clap; the
//! doc comments on the fields are the `--help` text.

use abridge::output::Format;
use abridge::{
    Budget, Choice, Config, KeywordMethod, KeywordOptions, Language, Order, Similarity,
    SummaryMethod,
};
use abridge_eval::run::Length;
use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Summarize articles: the sentences that carry them, and their key terms.
///
/// abridge ranks sentences with TextRank over sentence similarity, biased
/// towards the lead, and keywords with TextRank over word co-occurrence
/// (Mihalcea & Tarau 2004). With no
/// FILE, or when FILE is -, it reads standard input.
///
/// Exit status: 0 when every input was summarized, 1 when some input failed
/// (the others are still summarized), 2 for a usage error.
#[derive(Debug, Parser)]
#[command(name = "abridge", version, about, max_term_width = 100)]
#[command(args_conflicts_with_subcommands = true)]
pub struct Args {
    /// A subcommand instead of summarizing files.
    #[command(subcommand)]
    pub command: Option<Command>,

    /// Files or folders to summarize; - is standard input. Folders are
    /// walked recursively in path order, hidden entries skipped.
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,

    /// With folders: only the files whose path matches this glob
    /// (for example '*.html'); repeat for several.
    #[arg(long, value_name = "GLOB", help_heading = "Input")]
    pub glob: Vec<String>,

    /// What the inputs hold. auto: by the file's extension (.html .htm
    /// .xhtml, .md .markdown, .jsonl), else HTML when the input starts like
    /// a page, else text. jsonl is one JSON object per line, {"id": ...,
    /// "text": ..., "title": ...} (title optional, other fields ignored),
    /// each summarized on its own and written with its id.
    #[arg(long, value_enum, default_value_t = InputFormatArg::Auto, help_heading = "Input")]
    pub input_format: InputFormatArg,

    /// With folders: read every file, not only .txt .text .md .markdown
    /// .html .htm .xhtml (.jsonl with --input-format jsonl).
    #[arg(long, help_heading = "Input")]
    pub all_files: bool,

    /// Summarize all inputs (files, folders, JSON Lines records) as one document set: one
    /// summary across them, near-duplicates across documents removed, keywords of the whole
    /// set; each summary sentence names the input it comes from. --order document groups the
    /// sentences by input, in input order; --order score puts the best first.
    #[arg(long, help_heading = "Input")]
    pub combine: bool,

    /// How to summarize: shared with the subcommands that run the pipeline.
    #[command(flatten)]
    pub options: SummaryArgs,

    /// Output format: text for people, json for programs (one object per
    /// input, one per line).
    #[arg(short = 'f', long, value_parser = choice::<Format>(), default_value = "text",
          help_heading = "Output")]
    pub format: Format,

    /// Worker threads for many inputs (default: one per core). The output
    /// is the same for any number.
    #[arg(short = 'j', long, value_name = "N", value_parser = parse_count,
          allow_negative_numbers = true, help_heading = "Output")]
    pub threads: Option<usize>,

    /// No progress bar (it only shows for many inputs on a terminal).
    #[arg(short = 'q', long, help_heading = "Output")]
    pub quiet: bool,
}

/// The subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Print a shell completion script to standard output.
    ///
    /// For example: abridge completions bash > ~/.local/share/bash-completion/completions/abridge
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), or write every page to a folder.
    ///
    /// Without DIR, abridge's page goes to standard output. With DIR, that
    /// page and one per subcommand (abridge-idf-build.1, ...) are written
    /// into DIR, for example: abridge man ~/.local/share/man/man1
    Man {
        /// The folder to write abridge.1 and the subcommands' pages into.
        #[arg(value_name = "DIR")]
        dir: Option<PathBuf>,
    },
    /// List the languages abridge reads and what it has for each.
    ///
    /// One row per language: its name and ISO 639-1 code (both work with --language), whether
    /// its words are stemmed, the size of its stopword list, whether a part-of-speech lexicon
    /// guides its keyphrases, how its words are found, and whether its sentences follow rules
    /// of their own. A language with none of these runs on the neutral profile.
    Languages,
    /// Build or merge a corpus IDF model, for --idf.
    #[command(subcommand)]
    Idf(IdfCommand),
    /// Score abridge against gold answers: summaries with ROUGE, keyphrases with P/R/F1 at k.
    ///
    /// The data is JSON Lines, one record per line. abridge sees each record's `text` only and
    /// prints the figures averaged over the records (×100 in the table). A malformed record,
    /// or one that cannot be summarized, is reported on stderr as FILE:LINE and no figures are
    /// printed (exit status 1).
    #[command(subcommand)]
    Eval(EvalCommand),
}

/// `abridge idf ...`.
#[derive(Debug, clap::Subcommand)]
pub enum IdfCommand {
    /// Count in how many documents each stem occurs (per language).
    ///
    /// Inputs are read as the main command reads them: folders are walked
    /// (the same file types), HTML pages reduced to their article, Markdown
    /// to its prose; each file is one document, or with JSON Lines each
    /// record. Models built from parts of a corpus merge into the model of
    /// the whole, byte for byte.
    Build {
        /// Files or folders to count; - is standard input.
        #[arg(value_name = "PATH", required = true)]
        paths: Vec<PathBuf>,

        /// What the inputs hold, as for the main command (jsonl: each
        /// record's text, with its title, is one document).
        #[arg(long, value_enum, default_value_t = InputFormatArg::Auto)]
        input_format: InputFormatArg,

        /// With folders: read every file, not only the known types.
        #[arg(long)]
        all_files: bool,

        /// Where to write the model; - is standard output.
        #[arg(short = 'o', long, value_name = "FILE", default_value = "-")]
        output: PathBuf,

        /// With folders: only the files whose path matches this glob.
        #[arg(long, value_name = "GLOB")]
        glob: Vec<String>,

        /// Language of the documents: its stemmer and stopwords (a name or
        /// ISO 639-1 code of `abridge languages`).
        #[arg(short = 'l', long, value_name = "LANG", default_value = "english",
              value_parser = parse_language)]
        language: Language,

        /// Extra stopwords, one per line (use the list you summarize with).
        #[arg(long, value_name = "FILE")]
        stopwords: Option<PathBuf>,

        /// Refuse inputs larger than this many bytes.
        #[arg(long, value_name = "BYTES", default_value_t = abridge::DEFAULT_MAX_INPUT_BYTES,
              value_parser = parse_count, allow_negative_numbers = true)]
        max_bytes: usize,
    },
    /// Add up models built on parts of a corpus.
    Merge {
        /// The models to merge.
        #[arg(value_name = "MODEL", required = true)]
        models: Vec<PathBuf>,

        /// Where to write the merged model; - is standard output.
        #[arg(short = 'o', long, value_name = "FILE", default_value = "-")]
        output: PathBuf,
    },
}

/// The main command's summary length, and the options of the pipeline.
#[derive(Debug, Clone, clap::Args)]
pub struct SummaryArgs {
    /// Number of summary sentences.
    #[arg(short = 'n', long, value_name = "N", default_value_t = 3,
          value_parser = parse_positive, allow_negative_numbers = true,
          conflicts_with_all = ["ratio", "words"], help_heading = "Summary")]
    pub sentences: usize,

    /// Share of the document's sentences to keep, in (0, 1].
    #[arg(long, value_name = "R", value_parser = parse_ratio, allow_negative_numbers = true,
          help_heading = "Summary")]
    pub ratio: Option<f64>,

    /// Word budget for the summary (the best sentence is always kept).
    #[arg(long, value_name = "W", value_parser = parse_positive,
          allow_negative_numbers = true, conflicts_with = "ratio", help_heading = "Summary")]
    pub words: Option<usize>,

    /// Focus the summary on TEXT: sentences about it rise (Biased TextRank for textrank and
    /// lexrank, a weight on the score for the other methods). Repeat for several; all focus
    /// texts are read as one.
    #[arg(long, value_name = "TEXT", help_heading = "Summary")]
    pub focus: Vec<String>,

    /// Focus the summary on the text of FILE (at most 1 MiB of UTF-8), as --focus does.
    #[arg(long, value_name = "FILE", help_heading = "Summary")]
    pub focus_file: Option<PathBuf>,

    /// Everything else about the pipeline: shared with `abridge eval`, which sets the length
    /// its own way.
    #[command(flatten)]
    pub pipeline: PipelineArgs,
}

/// The options that configure the pipeline, apart from the summary length.
#[derive(Debug, Clone, clap::Args)]
pub struct PipelineArgs {
    /// How sentences are scored.
    #[arg(long, value_parser = choice::<SummaryMethod>(), default_value = "textrank",
          help_heading = "Summary")]
    pub method: SummaryMethod,

    /// Order of the summary sentences.
    #[arg(long, value_parser = choice::<Order>(), default_value = "document",
          help_heading = "Summary")]
    pub order: Order,

    /// How sentences are compared.
    #[arg(long, value_parser = choice::<Similarity>(), default_value = "overlap",
          help_heading = "Summary")]
    pub similarity: Similarity,

    /// Lead bias: the TextRank score of sentence i is multiplied by 1/(i+1)^B (0: none).
    #[arg(long, value_name = "B", default_value_t = abridge::Config::default().position_bias,
          value_parser = parse_bias, allow_negative_numbers = true,
          help_heading = "Summary")]
    pub position_bias: f64,

    /// LexRank: the idf-modified cosine above which two sentences are linked (0: continuous
    /// LexRank, weighted by the cosines).
    #[arg(long, value_name = "T", default_value_t = abridge::Config::default().lexrank_threshold,
          value_parser = parse_threshold, help_heading = "Summary")]
    pub lexrank_threshold: f64,

    /// Edmundson: bonus words, one per line, replacing the language's list.
    #[arg(long, value_name = "FILE", help_heading = "Summary")]
    pub bonus_words: Option<PathBuf>,

    /// Edmundson: stigma words, one per line, replacing the language's list.
    #[arg(long, value_name = "FILE", help_heading = "Summary")]
    pub stigma_words: Option<PathBuf>,

    /// The seed of --method random (the same seed gives the same summary).
    #[arg(long, value_name = "N", default_value_t = abridge::Config::default().seed,
          help_heading = "Summary")]
    pub seed: u64,

    /// Number of keywords (0 for none).
    #[arg(
        short = 'k',
        long,
        value_name = "K",
        default_value_t = 10,
        value_parser = parse_count,
        allow_negative_numbers = true,
        help_heading = "Keywords"
    )]
    pub keywords: usize,

    /// How keywords are scored.
    #[arg(long, value_parser = choice::<KeywordMethod>(), default_value = "textrank",
          help_heading = "Keywords")]
    pub keyword_method: KeywordMethod,

    /// One keyword per concept, for every method: of two keywords one of which holds all the
    /// other's words ("dollar", "dollar gains"), one takes the slot: the better one, unless
    /// the other is said often enough on its own (twice, and once per 1,000 words) and is the
    /// longer, or the better one is said once; both stand when both are said three times (and
    /// once per 1,000 words). With yake, strictly one per concept (it applies the rule inside
    /// its own near-duplicate filter). On by default for textrank and tfidf in English.
    #[arg(long, help_heading = "Keywords", conflicts_with = "nested_keywords")]
    pub distinct_keywords: bool,

    /// Let nested keywords stand side by side ("dollar" beside "dollar gains"), as the
    /// methods of other papers do: turns off textrank's and tfidf's one keyword per concept.
    #[arg(long, help_heading = "Keywords")]
    pub nested_keywords: bool,

    /// Language of the input: its stemmer, stopwords and sentence rules (a name or ISO 639-1
    /// code of `abridge languages`), or auto to detect each document's language [default: auto].
    #[arg(short = 'l', long, value_name = "LANG", value_parser = parse_language_arg,
          help_heading = "Text")]
    pub language: Option<LanguageArg>,

    /// With --language auto: the language of a document whose language is not detected with
    /// confidence (too short, or no language clearly ahead).
    #[arg(long, value_name = "LANG", value_parser = parse_language, default_value = "english",
          help_heading = "Text")]
    pub fallback_language: Language,

    /// Extra stopwords, one per line ('#' starts a comment).
    #[arg(long, value_name = "FILE", help_heading = "Text")]
    pub stopwords: Option<PathBuf>,

    /// Refuse inputs larger than this many bytes.
    #[arg(long, value_name = "BYTES", default_value_t = abridge::DEFAULT_MAX_INPUT_BYTES,
          value_parser = parse_count, allow_negative_numbers = true, help_heading = "Text")]
    pub max_bytes: usize,

    /// Weigh terms by a corpus IDF model (from `abridge idf build`) instead
    /// of by the article's own sentences.
    #[arg(long, value_name = "MODEL", help_heading = "Text")]
    pub idf: Option<PathBuf>,
}

/// Parses the command line, or exits: status 0 for `--help` and
/// `--version`, 2 for a usage error. An option conflict is said without
/// clap's usage line, which would list only the options given and so read
/// as if they were required (issue 12, item 7).
pub fn parse() -> Args {
    use clap::error::ErrorKind;
    match Args::try_parse() {
        Ok(args) => args,
        Err(error) if error.kind() == ErrorKind::ArgumentConflict => {
            eprint!("{}", without_usage(&error.render().to_string()));
            std::process::exit(2);
        }
        Err(error) => error.exit(),
    }
}

/// A clap error message without its `Usage:` paragraph.
fn without_usage(message: &str) -> String {
    message
        .split("\n\n")
        .filter(|paragraph| !paragraph.starts_with("Usage:"))
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// `--input-format`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum InputFormatArg {
    /// By extension, then by sniffing the start of the input.
    Auto,
    /// Plain text: each input is one document.
    Text,
    /// An HTML page or fragment, reduced to its article.
    Html,
    /// CommonMark: headings, code, tables and raw HTML are not sentences.
    Markdown,
    /// JSON Lines: one record per line, each one document.
    Jsonl,
}

/// The parser of an option whose values are a library [`Choice`]: its names,
/// each with its description in `--help`, and nothing else.
fn choice<T: Choice + Send + Sync>() -> impl TypedValueParser<Value = T> {
    let values = T::ALL
        .iter()
        .map(|value| PossibleValue::new(value.name()).help(value.description()));
    PossibleValuesParser::new(values)
        .map(|name| T::from_name(&name).expect("clap accepts only the names of T::ALL"))
}

fn parse_ratio(s: &str) -> Result<f64, String> {
    let r: f64 = s.parse().map_err(|_| format!("'{s}' is not a number"))?;
    if r > 0.0 && r <= 1.0 {
        Ok(r)
    } else {
        Err(format!("{r} is not greater than 0 and at most 1"))
    }
}

fn parse_positive(s: &str) -> Result<usize, String> {
    match s.parse::<i128>() {
        Ok(n) if n >= 1 => usize::try_from(n).map_err(|_| format!("{n} is too large")),
        Ok(n) => Err(format!("{n} is not at least 1")),
        Err(_) => Err(format!("'{s}' is not a whole number")),
    }
}

/// A whole number of at least 0 (a count, a size in bytes).
fn parse_count(s: &str) -> Result<usize, String> {
    match s.parse::<i128>() {
        Ok(n) if n >= 0 => usize::try_from(n).map_err(|_| format!("{n} is too large")),
        Ok(n) => Err(format!("{n} is not at least 0")),
        Err(_) => Err(format!("'{s}' is not a whole number")),
    }
}

fn parse_bias(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(b) if b.is_finite() && b >= 0.0 => Ok(b),
        Ok(b) => Err(format!("{b} is not a finite number of at least 0")),
        Err(_) => Err(format!("'{s}' is not a number")),
    }
}

/// `--language`: detect, or one language for every document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LanguageArg {
    /// Detect each document's language.
    Auto,
    /// This language.
    Given(Language),
}

impl LanguageArg {
    /// The language given, if one was.
    pub fn given(self) -> Option<Language> {
        match self {
            LanguageArg::Auto => None,
            LanguageArg::Given(language) => Some(language),
        }
    }
}

fn parse_language_arg(s: &str) -> Result<LanguageArg, String> {
    if s.trim().eq_ignore_ascii_case("auto") {
        return Ok(LanguageArg::Auto);
    }
    parse_language(s).map(LanguageArg::Given)
}

fn parse_threshold(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(t) if (0.0..1.0).contains(&t) => Ok(t),
        Ok(t) => Err(format!("{t} is not at least 0 and less than 1")),
        Err(_) => Err(format!("'{s}' is not a number")),
    }
}

fn parse_language(s: &str) -> Result<Language, String> {
    Language::parse(s).map_err(|e| format!("{e} (supported: {})", Language::names().join(", ")))
}

impl SummaryArgs {
    /// The summary length these arguments ask for.
    pub fn budget(&self) -> Budget {
        match (self.ratio, self.words) {
            (Some(r), _) => Budget::Ratio(r),
            (None, Some(w)) => Budget::Words(w),
            (None, None) => Budget::Sentences(self.sentences),
        }
    }
}

impl PipelineArgs {
    /// The library configuration with this `budget`. `extra_stopwords` is the
    /// content of `--stopwords`, read by the caller.
    pub fn to_config(&self, budget: Budget, extra_stopwords: Vec<String>) -> Config {
        let config = match self.language.and_then(LanguageArg::given) {
            Some(language) => Config::default().with_language(language),
            None => Config::default().with_detected_language(self.fallback_language),
        };
        config
            .with_method(self.method)
            .with_budget(budget)
            .with_order(self.order)
            .with_similarity(self.similarity)
            .with_position_bias(self.position_bias)
            .with_lexrank_threshold(self.lexrank_threshold)
            .with_seed(self.seed)
            .with_keywords(KeywordOptions {
                count: self.keywords,
                method: self.keyword_method,
                one_concept_per_slot: match (self.distinct_keywords, self.nested_keywords) {
                    (true, _) => Some(true),
                    (_, true) => Some(false),
                    _ => None,
                },
                ..KeywordOptions::default()
            })
            .with_extra_stopwords(extra_stopwords)
            .with_max_input_bytes(self.max_bytes)
    }
}

/// `abridge eval`'s tasks.
#[derive(Debug, Subcommand)]
pub enum EvalCommand {
    /// ROUGE-1, ROUGE-2 and ROUGE-L of summaries against reference summaries.
    ///
    /// Records: {"id": ..., "title": ..., "text": ..., "summaries": [...]}; the title is
    /// ignored. Each measure takes the best of the references. Tokens are lowercased, split
    /// at anything other than a-z and 0-9 and Porter-stemmed, as the rouge-score package does.
    ///
    /// Length (default --length reference): --sentences N alone takes N sentences; --words W
    /// alone takes the best sentences until they hold W words and keeps the first W words of
    /// them in the summary's order; --sentences N --words W takes N sentences and keeps their
    /// first W words (the DUC convention: --sentences 6 --words 100). With --words, a method
    /// that plans under a word budget (submodular) plans its whole summary within W words.
    Summary(EvalSummaryArgs),
    /// Precision, recall and F1 of the top keywords against gold keyphrases.
    ///
    /// Records: {"id": ..., "text": ..., "keyphrases": [...], "lang": "en"}. A prediction
    /// matches when its Porter-stemmed words equal a gold keyphrase's; P@k divides by k, and
    /// every gold keyphrase counts, also one absent from the text. The predictions are the top
    /// max(--at) keywords (--keywords is ignored). Each record's "lang" chooses its language
    /// unless --language is given; a record without one has its language detected.
    Keywords(EvalKeywordsArgs),
}

/// What both evaluation tasks take.
#[derive(Debug, Clone, clap::Args)]
pub struct EvalCommon {
    /// The evaluation set: JSON Lines, one record per line; - is standard input.
    #[arg(value_name = "DATA")]
    pub data: PathBuf,

    /// Output format: text (a table) or json (one object with the figures as fractions).
    #[arg(short = 'f', long, value_enum, default_value_t = EvalFormatArg::Text,
          help_heading = "Output")]
    pub format: EvalFormatArg,

    /// Also write each record's output and figures to FILE, one JSON object per line in input
    /// order (- is standard output).
    #[arg(long, value_name = "FILE", help_heading = "Output")]
    pub dump: Option<PathBuf>,

    /// Worker threads (default: one per core). The figures are the same for any number.
    #[arg(short = 'j', long, value_name = "N", value_parser = parse_count,
          allow_negative_numbers = true, help_heading = "Output")]
    pub threads: Option<usize>,
}

/// `abridge eval summary`.
#[derive(Debug, Clone, clap::Args)]
pub struct EvalSummaryArgs {
    /// Data, output format, dump, threads.
    #[command(flatten)]
    pub common: EvalCommon,

    /// As many sentences as the record's first reference summary has (the default).
    #[arg(long, value_enum, value_name = "reference", conflicts_with_all = ["sentences", "words"],
          help_heading = "Length")]
    pub length: Option<LengthArg>,

    /// Summaries of N sentences (with --words: cut to W words).
    #[arg(short = 'n', long, value_name = "N", value_parser = parse_positive,
          allow_negative_numbers = true, help_heading = "Length")]
    pub sentences: Option<usize>,

    /// Summaries cut to their first W words (without --sentences: the best sentences until
    /// they hold W words).
    #[arg(long, value_name = "W", value_parser = parse_positive, allow_negative_numbers = true,
          help_heading = "Length")]
    pub words: Option<usize>,

    /// How ROUGE cuts texts into tokens: rouge (rouge-score's a-z0-9 runs, Porter-stemmed) or
    /// unicode (lowercased runs of Unicode letters and digits, each CJK character a token, no
    /// stemming: for the sets in other languages).
    #[arg(long, value_enum, default_value_t = TokenizerArg::Rouge, help_heading = "Length")]
    pub tokenizer: TokenizerArg,

    /// The pipeline's options.
    #[command(flatten)]
    pub pipeline: PipelineArgs,
}

/// `--tokenizer`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum TokenizerArg {
    /// rouge-score's tokens: a-z0-9 runs, Porter-stemmed.
    Rouge,
    /// Unicode letters and digits, CJK characters one by one, no stemming.
    Unicode,
}

/// `--length`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum LengthArg {
    /// As many sentences as the first reference summary.
    Reference,
}

impl EvalSummaryArgs {
    /// The summary length the flags ask for.
    pub fn length(&self) -> Length {
        match (self.sentences, self.words) {
            (Some(n), Some(w)) => Length::SentencesThenWords {
                sentences: n,
                words: w,
            },
            (Some(n), None) => Length::Sentences(n),
            (None, Some(w)) => Length::Words(w),
            (None, None) => Length::Reference,
        }
    }
}

/// `abridge eval keywords`.
#[derive(Debug, Clone, clap::Args)]
pub struct EvalKeywordsArgs {
    /// Data, output format, dump, threads.
    #[command(flatten)]
    pub common: EvalCommon,

    /// The cut-offs k, comma-separated.
    #[arg(long, value_name = "K,...", value_delimiter = ',', default_value = "5,10,15",
          value_parser = parse_positive, allow_negative_numbers = true,
          help_heading = "Keywords")]
    pub at: Vec<usize>,

    /// The pipeline's options.
    #[command(flatten)]
    pub pipeline: PipelineArgs,
}

impl EvalKeywordsArgs {
    /// The cut-offs as counts.
    pub fn cutoffs(&self) -> Vec<usize> {
        self.at.clone()
    }
}

/// `abridge eval --format`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum EvalFormatArg {
    /// A table for people, figures ×100.
    Text,
    /// One JSON object, figures as fractions.
    Json,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn clap_definition_is_consistent() {
        Args::command().debug_assert();
    }

    /// Issue 12, item 8: `-l`'s help names every language the library has.
    #[test]
    fn language_help_points_to_the_table_of_languages() {
        // 84 languages are too many for --help: it names `abridge languages`, which lists them.
        let help = Args::command().render_long_help().to_string();
        let idf = Args::command()
            .find_subcommand_mut("idf")
            .and_then(|idf| idf.find_subcommand_mut("build"))
            .map(|build| build.render_long_help().to_string())
            .expect("idf build exists");
        assert!(help.contains("abridge languages"), "{help}");
        assert!(help.contains("auto"), "{help}");
        assert!(idf.contains("abridge languages"), "{idf}");
        assert!(Args::try_parse_from(["abridge", "languages"]).is_ok());
    }

    #[test]
    fn conflicts_name_both_options_and_no_usage() {
        let error =
            Args::try_parse_from(["abridge", "-n", "2", "--words", "10", "a.txt"]).unwrap_err();
        let message = without_usage(&error.render().to_string());
        assert!(message.contains("--sentences") && message.contains("--words"));
        assert!(!message.contains("Usage:"), "{message}");
        assert!(
            message.ends_with("For more information, try '--help'.\n"),
            "{message}"
        );
    }

    #[test]
    fn budget_flags_map_to_the_config() {
        let parse = |argv: &[&str]| {
            Args::try_parse_from(argv)
                .map(|a| a.options.pipeline.to_config(a.options.budget(), Vec::new()))
        };
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

    #[test]
    fn eval_length_flags_map_to_a_length() {
        let length = |argv: &[&str]| match Args::try_parse_from(argv).map(|a| a.command) {
            Ok(Some(Command::Eval(EvalCommand::Summary(summary)))) => Ok(summary.length()),
            Ok(other) => panic!("not eval summary: {other:?}"),
            Err(e) => Err(e.kind()),
        };
        let base = ["abridge", "eval", "summary", "d.jsonl"];
        let with = |extra: &[&'static str]| [&base[..], extra].concat();
        assert_eq!(length(&base), Ok(Length::Reference));
        assert_eq!(
            length(&with(&["--length", "reference"])),
            Ok(Length::Reference)
        );
        assert_eq!(length(&with(&["-n", "4"])), Ok(Length::Sentences(4)));
        assert_eq!(length(&with(&["--words", "100"])), Ok(Length::Words(100)));
        assert_eq!(
            length(&with(&["--sentences", "6", "--words", "100"])),
            Ok(Length::SentencesThenWords {
                sentences: 6,
                words: 100
            })
        );
        assert!(length(&with(&["--length", "reference", "--words", "9"])).is_err());
    }

    #[test]
    fn eval_keywords_takes_cutoffs_and_an_optional_language() {
        let parse = |argv: &[&str]| match Args::try_parse_from(argv).unwrap().command {
            Some(Command::Eval(EvalCommand::Keywords(k))) => k,
            other => panic!("not eval keywords: {other:?}"),
        };
        let default = parse(&["abridge", "eval", "keywords", "d.jsonl"]);
        assert_eq!(default.cutoffs(), [5, 10, 15]);
        assert_eq!(default.pipeline.language, None);
        let given = parse(&[
            "abridge", "eval", "keywords", "d", "--at", "3,1", "-l", "fr",
        ]);
        assert_eq!(given.cutoffs(), [3, 1]);
        assert_eq!(
            given.pipeline.language,
            Some(LanguageArg::Given(Language::French))
        );
    }
}
