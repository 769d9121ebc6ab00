//! ROUGE-1, ROUGE-2 and ROUGE-L, as Google's `rouge-score` 0.1.2 computes them.
//!
//! This room owns the summary measures. It receives a candidate text and one or more reference
//! texts as plain strings (or their tokens) and returns precision, recall and F1 per measure; it
//! knows nothing of how the candidate was made.
//!
//! # Method
//!
//! ROUGE is Lin's recall-oriented overlap measure (Chin-Yew Lin, "ROUGE: A Package for Automatic
//! Evaluation of Summaries", *Text Summarization Branches Out*, ACL workshop, 2004). The figures
//! here reproduce the `rouge-score` package (`RougeScorer(['rouge1', 'rouge2', 'rougeL'],
//! use_stemmer=True)`), which is what the project's baselines used:
//!
//! - **Tokens** ([`tokenize`]): the text is lowercased, every run of characters other than
//!   ASCII `a-z0-9` becomes a separator (so `é`, apostrophes and hyphens all split words),
//!   and tokens longer than three characters are Porter-stemmed ([`porter::stem`]).
//! - **ROUGE-N**: n-gram counts are clipped, so an n-gram scores at most as often as it occurs
//!   in the reference. Precision divides the overlap by the candidate's n-gram count and recall
//!   by the reference's, each count taken as at least 1, so an empty side gives 0, never NaN.
//! - **ROUGE-L**: the longest common subsequence of the two whole token sequences (not the
//!   summary-level `rougeLsum`), over the candidate's length for precision and the reference's
//!   for recall; 0 when either side has no tokens.
//! - **F1** is `2PR / (P + R)`, or 0 when `P + R = 0`.
//! - **Several references** ([`score_multi`]): each measure independently takes the reference
//!   whose F1 is highest, the first one on a tie, as `RougeScorer.score_multi` does.

use std::collections::HashMap;

/// How ROUGE cuts a text into tokens.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Tokenizer {
    /// `rouge-score`'s own ([`tokenize`]): runs of `a-z0-9`, Porter-stemmed. It reads
    /// nothing in Chinese or Arabic.
    #[default]
    RougeScore,
    /// The rule of `../shared/data/README.md` for the sets in other languages
    /// ([`tokenize_unicode`]): lowercased runs of Unicode letters and digits, each CJK
    /// character a token of its own, no stemming.
    Unicode,
}

impl Tokenizer {
    /// The tokens of `text`.
    pub fn tokens(self, text: &str) -> Vec<String> {
        match self {
            Tokenizer::RougeScore => tokenize(text),
            Tokenizer::Unicode => tokenize_unicode(text),
        }
    }
}

/// Cuts a text into Unicode ROUGE tokens: lowercased runs of letters and digits (Unicode
/// alphanumerics), each Han, kana or hangul character a token of its own, and no stemming.
///
/// ```
/// use abridge_eval::rouge::tokenize_unicode;
/// assert_eq!(tokenize_unicode("L'été 2024: 新能源汽车!"), ["l", "été", "2024", "新", "能", "源", "汽", "车"]);
/// // An Arabic vowel sign is no letter: "كَتب" is two tokens, as Python's `isalnum` has it.
/// assert_eq!(tokenize_unicode("كَتب"), ["ك", "تب"]);
/// ```
pub fn tokenize_unicode(text: &str) -> Vec<String> {
    let mut tokens = Vec::new();
    let mut current = String::new();
    for c in text.chars() {
        if is_cjk(c) {
            if !current.is_empty() {
                tokens.push(std::mem::take(&mut current));
            }
            tokens.push(c.to_string());
        } else if c.is_alphanumeric() && !is_combining_mark(c) {
            current.extend(c.to_lowercase());
        } else if !current.is_empty() {
            tokens.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        tokens.push(current);
    }
    tokens
}

/// Whether `c` is a combining mark that Rust counts as alphabetic but is no letter (Unicode
/// category M), in the Latin, Cyrillic, Hebrew and Arabic blocks: Arabic vowel signs such as
/// fatha split a word, as Python's `str.isalnum` has them do in the reference harness. The
/// vowel signs of the Indic scripts are not listed: no evaluation set is written in them.
fn is_combining_mark(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'
        | '\u{0483}'..='\u{0489}'
        | '\u{0591}'..='\u{05C7}'
        | '\u{0610}'..='\u{061A}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{06D6}'..='\u{06ED}'
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}'
        | '\u{FE20}'..='\u{FE2F}')
}

/// Whether `c` is a CJK character that is a token of its own: Han, hiragana, katakana, hangul.
fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{1100}'..='\u{11FF}' // hangul jamo
        | '\u{3040}'..='\u{30FF}' // hiragana, katakana
        | '\u{3130}'..='\u{318F}' // hangul compatibility jamo
        | '\u{31F0}'..='\u{31FF}' // katakana extensions
        | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{AC00}'..='\u{D7AF}' // hangul syllables
        | '\u{F900}'..='\u{FAFF}'
        | '\u{FF66}'..='\u{FF9F}' // half-width katakana
        | '\u{20000}'..='\u{2FA1F}')
}

use crate::porter;

/// Precision, recall and F1 of one measure, each in `[0, 1]`.
#[derive(Clone, Copy, Debug, Default, PartialEq, serde::Serialize)]
pub struct Prf {
    /// The share of the candidate's units that the reference confirms.
    pub precision: f64,
    /// The share of the reference's units that the candidate recovers.
    pub recall: f64,
    /// The harmonic mean of precision and recall, 0 when both are 0.
    pub f1: f64,
}

impl Prf {
    /// Builds the triple from precision and recall, with F1 = `2PR / (P + R)`, or 0 when
    /// `P + R = 0`.
    ///
    /// The expression is evaluated in the same order as `rouge-score`'s `fmeasure`, so the two
    /// agree to the last bit.
    pub fn new(precision: f64, recall: f64) -> Prf {
        let f1 = if precision + recall > 0.0 {
            2.0 * precision * recall / (precision + recall)
        } else {
            0.0
        };
        Prf {
            precision,
            recall,
            f1,
        }
    }
}

/// The three ROUGE measures of one candidate against its reference(s).
#[derive(Clone, Copy, Debug, Default, PartialEq, serde::Serialize)]
pub struct Rouge {
    /// Unigram overlap.
    pub rouge1: Prf,
    /// Bigram overlap.
    pub rouge2: Prf,
    /// Longest common subsequence over the whole token sequences.
    pub rouge_l: Prf,
}

/// Cuts a text into ROUGE tokens, exactly as `rouge-score`'s tokenizer with its stemmer does.
///
/// The text is lowercased (Unicode lowercasing, as Python's `str.lower`), every run of characters
/// other than ASCII `a-z` and `0-9` separates tokens, and tokens longer than three characters
/// are replaced by their Porter stem. Short tokens are kept as they are, and no token is empty.
///
/// ```
/// use abridge_eval::rouge::tokenize;
/// assert_eq!(tokenize("The cats' café, in 2004!"), ["the", "cat", "caf", "in", "2004"]);
/// ```
pub fn tokenize(text: &str) -> Vec<String> {
    let mut tokens = Vec::new();
    let mut current = String::new();
    for c in text.chars() {
        if c.is_ascii() {
            push_or_split(c.to_ascii_lowercase(), &mut current, &mut tokens);
        } else {
            // A few non-ASCII letters lowercase to ASCII ones (the Kelvin sign to `k`, dotted
            // capital I to `i` plus a combining dot), and Python keeps those letters too.
            for lower in c.to_lowercase() {
                push_or_split(lower, &mut current, &mut tokens);
            }
        }
    }
    finish_token(&mut current, &mut tokens);
    tokens
}

/// Adds a lowercased character to the token being read, or ends the token on a separator.
fn push_or_split(c: char, current: &mut String, tokens: &mut Vec<String>) {
    if c.is_ascii_lowercase() || c.is_ascii_digit() {
        current.push(c);
    } else {
        finish_token(current, tokens);
    }
}

/// Moves the token being read, stemmed when longer than three characters, into `tokens`.
fn finish_token(current: &mut String, tokens: &mut Vec<String>) {
    if current.is_empty() {
        return;
    }
    // The token is ASCII, so its byte length is its length in characters.
    if current.len() > 3 {
        tokens.push(porter::stem(current));
        current.clear();
    } else {
        tokens.push(std::mem::take(current));
    }
}

/// Scores a candidate against one reference text.
///
/// ```
/// use abridge_eval::rouge::score;
/// let r = score("the cat sat", "the cat sat down");
/// assert_eq!(r.rouge1.precision, 1.0);
/// assert_eq!(r.rouge1.recall, 0.75);
/// ```
pub fn score(candidate: &str, reference: &str) -> Rouge {
    score_tokens(&tokenize(candidate), &tokenize(reference))
}

/// Scores a candidate against several references, keeping for each measure the reference with
/// the highest F1 (the first of equals).
///
/// The candidate is tokenized once. With no reference at all every figure is 0 (`rouge-score`
/// raises an error there instead).
pub fn score_multi(candidate: &str, references: &[&str]) -> Rouge {
    score_multi_with(Tokenizer::RougeScore, candidate, references)
}

/// [`score_multi`] with another tokenizer.
pub fn score_multi_with(tokenizer: Tokenizer, candidate: &str, references: &[&str]) -> Rouge {
    let candidate = tokenizer.tokens(candidate);
    let references: Vec<Vec<String>> = references.iter().map(|r| tokenizer.tokens(r)).collect();
    score_multi_tokens(&candidate, &references)
}

/// [`score_multi`] on token sequences made by [`tokenize`], so that references scored against
/// many candidates are tokenized only once.
pub fn score_multi_tokens(candidate: &[String], references: &[Vec<String>]) -> Rouge {
    let mut scores = references.iter().map(|r| score_tokens(candidate, r));
    let Some(mut best) = scores.next() else {
        return Rouge::default();
    };
    for next in scores {
        // Only a strictly higher F1 replaces the best, so ties go to the earlier reference, as
        // with numpy's argmax in `rouge-score`.
        best.rouge1 = better(best.rouge1, next.rouge1);
        best.rouge2 = better(best.rouge2, next.rouge2);
        best.rouge_l = better(best.rouge_l, next.rouge_l);
    }
    best
}

/// The triple with the higher F1, `incumbent` on a tie.
fn better(incumbent: Prf, challenger: Prf) -> Prf {
    if challenger.f1 > incumbent.f1 {
        challenger
    } else {
        incumbent
    }
}

/// Scores a candidate against one reference, both already cut by [`tokenize`].
///
/// Tokens are compared as strings; they are mapped to small integers first, so the n-gram
/// counts and the LCS compare numbers.
pub fn score_tokens(candidate: &[String], reference: &[String]) -> Rouge {
    let mut vocabulary: HashMap<&str, u32> = HashMap::new();
    let candidate = to_ids(candidate, &mut vocabulary);
    let reference = to_ids(reference, &mut vocabulary);
    Rouge {
        rouge1: ngram_prf(&candidate, &reference, 1),
        rouge2: ngram_prf(&candidate, &reference, 2),
        rouge_l: lcs_prf(&candidate, &reference),
    }
}

/// Maps each token to its number in `vocabulary`, adding new tokens as they come.
fn to_ids<'a>(tokens: &'a [String], vocabulary: &mut HashMap<&'a str, u32>) -> Vec<u32> {
    tokens
        .iter()
        .map(|t| {
            let next = u32::try_from(vocabulary.len()).expect("fewer than 2^32 distinct tokens");
            *vocabulary.entry(t.as_str()).or_insert(next)
        })
        .collect()
}

/// ROUGE-N with clipped counts: each n-gram scores min(candidate count, reference count).
fn ngram_prf(candidate: &[u32], reference: &[u32], n: usize) -> Prf {
    let mut ours: Vec<&[u32]> = candidate.windows(n).collect();
    let mut theirs: Vec<&[u32]> = reference.windows(n).collect();
    ours.sort_unstable();
    theirs.sort_unstable();
    // Walking two sorted lists pairs equal n-grams one to one, which is the clipped count.
    let (mut i, mut j, mut overlap) = (0, 0, 0usize);
    while i < ours.len() && j < theirs.len() {
        match ours[i].cmp(theirs[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                overlap += 1;
                i += 1;
                j += 1;
            }
        }
    }
    // Dividing by at least 1 is `rouge-score`'s rule: an empty side scores 0, not NaN.
    Prf::new(
        overlap as f64 / ours.len().max(1) as f64,
        overlap as f64 / theirs.len().max(1) as f64,
    )
}

/// ROUGE-L: the LCS length over the candidate's length (precision) and the reference's (recall).
fn lcs_prf(candidate: &[u32], reference: &[u32]) -> Prf {
    if candidate.is_empty() || reference.is_empty() {
        return Prf::default();
    }
    let lcs = lcs_len(candidate, reference) as f64;
    Prf::new(lcs / candidate.len() as f64, lcs / reference.len() as f64)
}

/// Length of the longest common subsequence, in O(n·m) time and O(min(n, m)) memory.
///
/// The classic table is filled one row at a time, and only the previous row is needed, so a
/// single row over the shorter sequence is kept and updated in place.
fn lcs_len(a: &[u32], b: &[u32]) -> usize {
    let (long, short) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    let mut row = vec![0u32; short.len() + 1];
    for &x in long {
        // `diagonal` holds the previous row's value one column to the left.
        let mut diagonal = 0;
        for (j, &y) in short.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = if x == y {
                diagonal + 1
            } else {
                above.max(row[j])
            };
            diagonal = above;
        }
    }
    row[short.len()] as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-12
    }

    fn assert_prf(got: Prf, precision: f64, recall: f64, f1: f64) {
        assert!(
            close(got.precision, precision) && close(got.recall, recall) && close(got.f1, f1),
            "got {got:?}, want ({precision}, {recall}, {f1})"
        );
    }

    #[test]
    fn tokenize_follows_rouge_score() {
        assert_eq!(
            tokenize("The quick-brown FOX's jumping, über 3.5 fences"),
            [
                "the", "quick", "brown", "fox", "s", "jump", "ber", "3", "5", "fenc"
            ]
        );
        // Short tokens are not stemmed: `was` stays, though the stemmer would give `wa`.
        assert_eq!(tokenize("was dies"), ["was", "die"]);
        assert!(tokenize("").is_empty());
        assert!(tokenize(" — … ").is_empty());
        // The Kelvin sign lowercases to an ASCII `k`, which Python keeps as a letter too.
        assert_eq!(tokenize("5\u{212A}"), ["5k"]);
    }

    #[test]
    fn two_sentences_by_hand() {
        // Candidate: the cat sat on the mat   (6 tokens)
        // Reference: the cat lay on the mat   (6 tokens)
        // Unigrams: the×2, cat, on, mat match: 5 of 6 on both sides.
        // Bigrams: "the cat", "on the", "the mat" match: 3 of 5 on both sides.
        // LCS: the cat on the mat = 5.
        let r = score("The cat sat on the mat.", "the cat lay on the mat");
        assert_prf(r.rouge1, 5.0 / 6.0, 5.0 / 6.0, 5.0 / 6.0);
        assert_prf(r.rouge2, 3.0 / 5.0, 3.0 / 5.0, 3.0 / 5.0);
        assert_prf(r.rouge_l, 5.0 / 6.0, 5.0 / 6.0, 5.0 / 6.0);
    }

    #[test]
    fn counts_are_clipped_and_lengths_differ() {
        // Candidate: the the the cat (4); reference: the cat sat (3).
        // Unigrams: "the" counts once, "cat" once: 2 → P = 2/4, R = 2/3.
        // Bigrams: candidate {the the ×2, the cat}, reference {the cat, cat sat}: 1 → P 1/3, R 1/2.
        // LCS: "the cat" = 2 → P = 2/4, R = 2/3.
        let r = score("the the the cat", "the cat sat");
        let f = |p: f64, r: f64| 2.0 * p * r / (p + r);
        assert_prf(r.rouge1, 0.5, 2.0 / 3.0, f(0.5, 2.0 / 3.0));
        assert_prf(r.rouge2, 1.0 / 3.0, 0.5, f(1.0 / 3.0, 0.5));
        assert_prf(r.rouge_l, 0.5, 2.0 / 3.0, f(0.5, 2.0 / 3.0));
    }

    #[test]
    fn lcs_is_not_contiguous_and_is_symmetric() {
        let a = [1, 2, 3, 4, 5, 6];
        let b = [2, 9, 4, 6, 1];
        assert_eq!(lcs_len(&a, &b), 3);
        assert_eq!(lcs_len(&b, &a), 3);
        assert_eq!(lcs_len(&a, &[]), 0);
    }

    #[test]
    fn stemming_makes_forms_match() {
        let r = score("running dogs", "the dog runs");
        // running → run, dogs → dog; runs → run, dog: both unigrams match.
        assert_prf(r.rouge1, 1.0, 2.0 / 3.0, 0.8);
    }

    #[test]
    fn empty_inputs_score_zero_without_nan() {
        for (candidate, reference) in [("", ""), ("", "a cat"), ("a cat", ""), ("!!", "...")] {
            let r = score(candidate, reference);
            assert_eq!(r, Rouge::default(), "{candidate:?} vs {reference:?}");
        }
        // One token gives no bigram: ROUGE-2 is 0 on both sides, not NaN.
        let r = score("cat", "cat");
        assert_prf(r.rouge1, 1.0, 1.0, 1.0);
        assert_prf(r.rouge2, 0.0, 0.0, 0.0);
        assert_eq!(score_multi("cat", &[]), Rouge::default());
    }

    #[test]
    fn multi_reference_takes_the_best_f1_per_measure() {
        let candidate = "a b c d";
        // First reference: unigrams a b c d x y → R-1 P 1, R 4/6, F 0.8; bigrams ab, bc, cd of 5
        // → R-2 P 1, R 3/5, F 0.75.
        // Second: a b c d, scrambled to d c b a → R-1 F 1, but no shared bigram → R-2 F 0.
        let first = "a b c d x y";
        let second = "d c b a";
        let r = score_multi(candidate, &[first, second]);
        assert_eq!(r.rouge1, score(candidate, second).rouge1);
        assert_eq!(r.rouge2, score(candidate, first).rouge2);
        assert_prf(r.rouge2, 1.0, 0.6, 0.75);
        // LCS: 4 with the first (F 0.8), 1 with the second: the first wins.
        assert_eq!(r.rouge_l, score(candidate, first).rouge_l);
    }

    #[test]
    fn multi_reference_ties_go_to_the_first() {
        // First: P 1/2, R 1/4 → F 1/3. Second: P 1/2, R 1 → F 2/3. Not a tie: the second wins.
        let r = score_multi("a b", &["a c d e", "a"]);
        assert_prf(r.rouge1, 0.5, 1.0, 2.0 / 3.0);
        // A tie: "a x" and "b y" both give P 1/2, R 1/2, and the first is kept.
        let tie = score_multi("a b", &["a x", "b y"]);
        assert_eq!(tie.rouge1, score("a b", "a x").rouge1);
    }

    #[test]
    fn pre_tokenized_entry_points_agree() {
        let candidate = tokenize("The cats are sleeping.");
        let references = [tokenize("A cat sleeps."), tokenize("The cats slept there.")];
        assert_eq!(
            score_multi_tokens(&candidate, &references),
            score_multi(
                "The cats are sleeping.",
                &["A cat sleeps.", "The cats slept there."]
            )
        );
        assert_eq!(
            score_tokens(&candidate, &references[0]),
            score("The cats are sleeping.", "A cat sleeps.")
        );
    }
}
