//! Stopword lists: the `stop-words` crate's list for the language (NLTK's,
//! else stopwords-iso's; none for some languages) plus the project's curated
//! additions in `stopwords/<code>.txt`, all compiled into the binary.
//!
//! The two lists play different parts. NLTK's words (and the user's own) are
//! function words: they carry no topic anywhere. The curated additions
//! (`said`, `mr`, `would`, `also`, ...) make poor keywords but do tie
//! sentences together (`Mr Greenspan said ...` and a later `he said`), so
//! they are stopwords for keyphrases only and still count when sentences are
//! compared ([`Stopwords::is_keyword_only`]). On the public summary sets,
//! comparing sentences without them cost 2.2 ROUGE-1 on BBC News and gained
//! 0.5 on DUC 2001 (README.md, Results).
//!
//! This room owns which words carry no topic. It receives a [`Language`] and,
//! optionally, the user's own words; it knows nothing of sentences or scores.
//! Lookups expect a lowercase word with typographic apostrophes already folded
//! to `'` (the normalizer does both).

use super::Language;
use rustc_hash::FxHashMap as HashMap;

/// The project's curated additions, as `(ISO 639-1 code, file text)`, for
/// the languages that have them (their profiles name the file).
#[cfg(test)]
fn curated() -> Vec<(&'static str, &'static str)> {
    Language::ALL
        .iter()
        .filter_map(|l| Some((l.code(), l.spec().curated_stopwords?)))
        .collect()
}

/// A set of lowercase stopwords for one language, in two tiers: function
/// words, and words that are stopwords for keyphrases only. One map holds
/// both, so that a word's tier takes one lookup.
#[derive(Clone, Debug, Default)]
pub struct Stopwords {
    /// Each stopword with its tier.
    words: HashMap<String, Tier>,
}

/// Where a stopword stops.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tier {
    /// Everywhere: NLTK's list and the user's words.
    Everywhere,
    /// In keyphrases only: the curated additions.
    KeywordOnly,
}

impl Stopwords {
    /// NLTK's list for `language` plus the curated additions, if any.
    pub fn for_language(language: Language) -> Stopwords {
        let mut stopwords = Stopwords::default();
        // A language without a list (the neutral profile) has no stopwords.
        let listed = stop_words::lookup(language.code()).unwrap_or_default();
        stopwords.extend(listed.iter().copied());
        if let Some(spelling) = language.spec().stopword_spelling {
            for word in listed {
                if let Some(other) = spelling(&normal_form(word)) {
                    stopwords.words.entry(other).or_insert(Tier::Everywhere);
                }
            }
        }
        if let Some(text) = language.spec().curated_stopwords {
            for word in parse_list(text) {
                let word = normal_form(word);
                if !word.is_empty() {
                    stopwords.words.entry(word).or_insert(Tier::KeywordOnly);
                }
            }
        }
        stopwords
    }

    /// Adds words, lowercased and with typographic apostrophes folded. They
    /// are stopwords everywhere, also when sentences are compared.
    pub fn extend<'a>(&mut self, words: impl IntoIterator<Item = &'a str>) {
        for word in words {
            let word = normal_form(word);
            if !word.is_empty() {
                self.words.insert(word, Tier::Everywhere);
            }
        }
    }

    /// The tier of `word` (lowercase, apostrophes folded), or `None` when it
    /// is no stopword.
    pub fn tier(&self, word: &str) -> Option<Tier> {
        self.words.get(word).copied()
    }

    /// Whether `word` (lowercase, apostrophes folded) is a stopword for
    /// keyphrases: a word of either tier.
    pub fn contains(&self, word: &str) -> bool {
        self.words.contains_key(word)
    }

    /// Whether `word` is a stopword for keyphrases only: a curated addition
    /// such as `said` or `mr`, which sentence comparison still counts.
    pub fn is_keyword_only(&self, word: &str) -> bool {
        self.tier(word) == Some(Tier::KeywordOnly)
    }

    /// The number of distinct stopwords, both tiers.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// Whether the set is empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// A word as the sets store it: trimmed, lowercase, apostrophes folded.
fn normal_form(word: &str) -> String {
    fold_apostrophes(&word.trim().to_lowercase())
}

/// The words of a stopword file: one per line, `#` starts a comment, blank
/// lines are ignored. This is the format of `stopwords/*.txt` and of the
/// user's `--stopwords FILE`.
pub fn parse_list(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .map(|line| line.split('#').next().unwrap_or("").trim())
        .filter(|word| !word.is_empty())
}

/// Replaces the typographic apostrophes (’ U+2019, ʼ U+02BC) by `'`, so that
/// `FAW’s` and `FAW's` and the NLTK entries (`don't`) agree.
pub(crate) fn fold_apostrophes(word: &str) -> String {
    if word.contains(['\u{2019}', '\u{02BC}']) {
        word.replace(['\u{2019}', '\u{02BC}'], "'")
    } else {
        word.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stopword_files_are_sorted_lowercase_and_unique() {
        for (code, text) in curated() {
            let words: Vec<&str> = parse_list(text).collect();
            assert!(!words.is_empty(), "{code}.txt is empty");
            for pair in words.windows(2) {
                assert!(
                    pair[0] < pair[1],
                    "{code}.txt: '{}' before '{}'",
                    pair[0],
                    pair[1]
                );
            }
            for word in &words {
                assert_eq!(*word, word.to_lowercase(), "{code}.txt: '{word}'");
                assert!(!word.contains(char::is_whitespace), "{code}.txt: '{word}'");
            }
        }
    }

    #[test]
    fn curated_words_are_not_already_in_nltk() {
        // A curated word that NLTK already lists is dead weight in the file.
        for (code, text) in curated() {
            let nltk = stop_words::lookup(code).unwrap();
            for word in parse_list(text) {
                assert!(!nltk.contains(&word), "{code}.txt repeats NLTK's '{word}'");
            }
        }
    }

    #[test]
    fn english_keeps_topic_words_that_the_iso_list_drops() {
        let en = Stopwords::for_language(Language::English);
        for topic in ["information", "system", "research", "world", "new"] {
            assert!(!en.contains(topic), "{topic}");
        }
        for function in ["the", "and", "would", "said", "don't"] {
            assert!(en.contains(function), "{function}");
        }
    }

    #[test]
    fn curated_words_are_stopwords_for_keyphrases_only() {
        let en = Stopwords::for_language(Language::English);
        for word in ["said", "mr", "would", "also"] {
            assert!(en.contains(word) && en.is_keyword_only(word), "{word}");
        }
        for word in ["the", "and", "don't"] {
            assert!(en.contains(word) && !en.is_keyword_only(word), "{word}");
        }
        assert!(!en.is_keyword_only("information"));
    }

    #[test]
    fn user_words_are_stopwords_everywhere() {
        let mut en = Stopwords::for_language(Language::English);
        let before = en.len();
        en.extend(["Said", "platypus"]);
        assert!(en.contains("said") && !en.is_keyword_only("said"));
        assert!(en.contains("platypus") && !en.is_keyword_only("platypus"));
        assert_eq!(en.len(), before + 1);
    }

    #[test]
    fn user_words_are_lowercased_and_folded() {
        let mut set = Stopwords::default();
        set.extend(parse_list("# comment\nFoo\n\n  bar # trailing\nit’s\n"));
        assert!(set.contains("foo") && set.contains("bar") && set.contains("it's"));
        assert_eq!(set.len(), 3);
    }
}
