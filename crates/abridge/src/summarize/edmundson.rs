//! Edmundson (1969, "New methods in automatic extracting", JACM 16(2)): a
//! sentence's score is a weighted sum of four clues.
//!
//! - **Cue**: +1 for each bonus word and −1 for each stigma word of the
//!   sentence (the paper's cue dictionary, with its null words weighing 0).
//!   The lists are per language in `cue/` beside `stopwords/`, or the
//!   caller's (`--bonus-words`, `--stigma-words`); words are matched by stem.
//! - **Key**: the sum, over the sentence's content words, of the document
//!   frequency of those that occur at least twice and are not cue words
//!   (the paper's key words: frequent words of the document).
//! - **Title**: the number of the sentence's content words that are in the
//!   title (the paper also counts headings, which plain text lacks).
//! - **Location**: +1 for a sentence of the first or last paragraph and +1
//!   for the first or last sentence of a paragraph (the paper's ordinal
//!   clue; headings again have no counterpart).
//!
//! Each clue is divided by its largest absolute value in the document so
//! that the four weigh alike, then summed with the weights of
//! [`WEIGHTS`]: 1 each, the paper's linear form `a1 C + a2 K + a3 T + a4 L`
//! with equal weights. The paper preferred Cue-Title-Location (key weight
//! 0) on its 1960s technical documents; on the public news sets all four
//! with equal weights scored higher on both (README.md), so key stays in.
//! No lead bias: location is the method's own view of position.

use super::{Analysis, ScorerOptions, SentenceScorer};
use crate::lang::Language;

/// The weights of cue, key, title and location.
pub(crate) const WEIGHTS: [f64; 4] = [1.0, 1.0, 1.0, 1.0];

/// Edmundson's bonus and stigma words, as stems.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CueWords {
    bonus: Vec<String>,
    stigma: Vec<String>,
}

impl CueWords {
    /// The cue words of `bonus` and `stigma` (or of the language's lists,
    /// where `None`), each turned into its stem by `stem` (`None`: a word
    /// that cannot match, such as a stopword).
    pub fn new(
        language: Language,
        bonus: Option<&[String]>,
        stigma: Option<&[String]>,
        stem: impl Fn(&str) -> Option<String>,
    ) -> CueWords {
        let (default_bonus, default_stigma) = default_lists(language);
        let stems = |given: Option<&[String]>, default: &str| {
            let mut stems: Vec<String> = match given {
                Some(words) => words.iter().filter_map(|w| stem(w)).collect(),
                None => crate::lang::stopwords::parse_list(default)
                    .filter_map(&stem)
                    .collect(),
            };
            stems.sort_unstable();
            stems.dedup();
            stems
        };
        CueWords {
            bonus: stems(bonus, default_bonus),
            stigma: stems(stigma, default_stigma),
        }
    }
}

/// The language's compiled-in bonus and stigma lists (empty for a language
/// without its files).
fn default_lists(language: Language) -> (&'static str, &'static str) {
    match language {
        Language::English => (
            include_str!("../../cue/en-bonus.txt"),
            include_str!("../../cue/en-stigma.txt"),
        ),
        Language::French => (
            include_str!("../../cue/fr-bonus.txt"),
            include_str!("../../cue/fr-stigma.txt"),
        ),
        _ => ("", ""),
    }
}

/// Edmundson's scorer.
pub(crate) struct Edmundson;

impl SentenceScorer for Edmundson {
    const POSITION_PRIOR: bool = false;

    fn score(doc: &Analysis<'_>, options: &ScorerOptions<'_>) -> Vec<f64> {
        let clues = clues(doc, options.cue);
        let mut scores = vec![0.0; doc.len()];
        for (clue, weight) in clues.iter().zip(WEIGHTS) {
            let top = clue.iter().fold(0.0f64, |m, v| m.max(v.abs()));
            if top > 0.0 && weight != 0.0 {
                for (score, value) in scores.iter_mut().zip(clue) {
                    *score += weight * value / top;
                }
            }
        }
        scores
    }
}

/// The four clues of every sentence, unscaled: cue, key, title, location.
fn clues(doc: &Analysis<'_>, cue: &CueWords) -> [Vec<f64>; 4] {
    let vocabulary = &doc.tokens.vocabulary;
    let terms = vocabulary.len();
    let ids = |stems: &[String]| -> Vec<bool> {
        let mut marked = vec![false; terms];
        for id in stems.iter().filter_map(|s| vocabulary.get(s)) {
            marked[id as usize] = true;
        }
        marked
    };
    let (bonus, stigma) = (ids(&cue.bonus), ids(&cue.stigma));
    let counts = doc.term_counts();
    let mut in_title = vec![false; terms];
    for t in doc.tokens.title.iter().filter_map(|t| t.term) {
        in_title[t as usize] = true;
    }
    let n = doc.len();
    let last_paragraph = doc.paragraphs.last().copied().unwrap_or(0);
    let first_paragraph = doc.paragraphs.first().copied().unwrap_or(0);
    let rows: Vec<[f64; 4]> = (0..n)
        .map(|i| {
            let mut row = [0.0; 4];
            for t in doc.tokens.terms(i) {
                let t: usize = t as usize;
                row[0] += f64::from(i8::from(bonus[t]) - i8::from(stigma[t]));
                if !(bonus[t] || stigma[t]) && counts[t] >= 2 {
                    row[1] += f64::from(counts[t]);
                }
                if in_title[t] {
                    row[2] += 1.0;
                }
            }
            let paragraph = doc.paragraphs[i];
            let edge_paragraph = paragraph == first_paragraph || paragraph == last_paragraph;
            let opens = i == 0 || doc.paragraphs[i - 1] != paragraph;
            let closes = i + 1 == n || doc.paragraphs[i + 1] != paragraph;
            row[3] = f64::from(u8::from(edge_paragraph) + u8::from(opens || closes));
            row
        })
        .collect();
    [0, 1, 2, 3].map(|clue| rows.iter().map(|row| row[clue]).collect())
}


#[cfg(test)]
mod tests {
    use super::*;
    use crate::summarize::{TestDoc, test_options};

    fn english(bonus: &[&str], stigma: &[&str]) -> CueWords {
        let normalizer = crate::text::Normalizer::new(
            Language::English,
            crate::text::Stopwords::for_language(Language::English),
        );
        let own = |words: &[&str]| words.iter().map(|w| w.to_string()).collect::<Vec<_>>();
        CueWords::new(
            Language::English,
            Some(&own(bonus)),
            Some(&own(stigma)),
            |w| normalizer.stem_word(w),
        )
    }

    #[test]
    fn each_clue_counts_what_the_paper_says() {
        // Title: "Flood warning". Paragraphs: [s0 s1] [s2] [s3 s4 s5].
        // Counts in the sentences: flood, warning and rain twice each.
        // s0: flood (title, key 2) + significant (bonus).
        // s1: maybe (stigma) + rain (key 2).
        // s2: warning (title, key 2) + rain (key 2).
        // s3: boats; s4: flood + warning (title, key 2 + 2); s5: river.
        let text = "Flood warning\n\nFlood significant. Maybe rain.\n\n\
                    Warning rain.\n\nBoats. Flood warning. River.";
        let doc = TestDoc::new(text);
        let cue = english(&["significant"], &["maybe"]);
        let [c, k, t, l] = clues(&doc.analysis(), &cue);
        assert_eq!(c, [1.0, -1.0, 0.0, 0.0, 0.0, 0.0]);
        assert_eq!(k, [2.0, 2.0, 4.0, 0.0, 4.0, 0.0]);
        assert_eq!(t, [1.0, 0.0, 1.0, 0.0, 2.0, 0.0]);
        // First paragraph (s0, s1), last (s3-s5); paragraph edges: all but s4.
        assert_eq!(l, [2.0, 2.0, 1.0, 2.0, 1.0, 2.0]);
        // Cue + key + title + location, each over its largest absolute
        // value (1, 4, 2, 2): s0 = 1 + 1/2 + 1/2 + 1, s1 = -1 + 1/2 + 0 + 1,
        // s2 = 0 + 1 + 1/2 + 1/2, s4 = 0 + 1 + 1 + 1/2.
        let scores = Edmundson::score(&doc.analysis(), &test_options(&cue));
        for (i, want) in [(0, 3.0), (1, 0.5), (2, 2.0), (3, 1.0), (4, 2.5), (5, 1.0)] {
            assert!((scores[i] - want).abs() < 1e-12, "{i}: {scores:?}");
        }
    }

    #[test]
    fn default_lists_are_stemmed_and_stopwords_dropped() {
        let normalizer = crate::text::Normalizer::new(
            Language::English,
            crate::text::Stopwords::for_language(Language::English),
        );
        let cue = CueWords::new(Language::English, None, None, |w| normalizer.stem_word(w));
        assert!(cue.bonus.iter().any(|s| s == "signific"), "{cue:?}");
        assert!(cue.stigma.iter().any(|s| s == "mayb"), "{cue:?}");
        let own = english(&["the", "Announced"], &[]);
        assert_eq!(own.bonus, ["announc"]);
        assert!(CueWords::new(Language::German, None, None, |w| Some(w.into())).bonus.is_empty());
    }
}
