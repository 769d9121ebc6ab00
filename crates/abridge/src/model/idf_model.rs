//! A corpus IDF model: in how many documents of a collection each stem
//! occurs, per language, and how many documents there were.
//!
//! Within one article the idf of [`TfIdf::fit`](super::TfIdf::fit) sees only
//! that article's sentences, so a word that is rare in the language but
//! repeated in the article ("the", after stopwords, is not the problem; a
//! topic word in every sentence is) weighs little. A model counted over a
//! corpus gives weights from the collection instead, the classic
//! document-level IDF of Sparck Jones (1972).
//!
//! The model holds counts, not weights, because counts add up: models built
//! on parts of a corpus, on many machines, [`merge`](IdfModel::merge) into
//! the model of the whole. The serialized form is byte for byte the same
//! however the corpus was split, ordered or merged: maps are sorted
//! (`BTreeMap`) and nothing records a time, a path or an order.
//!
//! The weight of a stem with document frequency `df` in `n` documents is the
//! same smoothed formula as the per-article one, `ln((1 + n) / (1 + df)) + 1`:
//! a stem the corpus never saw gets the largest weight, `ln(1 + n) + 1`.
//!
//! Wire format (JSON, one line):
//!
//! ```json
//! {"format":"abridge-idf","version":1,
//!  "languages":{"english":{"documents":2,"document_frequency":{"bridg":1,"citi":2}}}}
//! ```

use crate::error::{Error, Result};
use crate::lang::Language;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The value of the `format` field.
pub const IDF_FORMAT: &str = "abridge-idf";
/// The version of the wire format written and read.
pub const IDF_VERSION: u32 = 1;

/// Document frequencies per language. Build it with
/// [`IdfModel::add_document`] and [`IdfModel::merge`], save it with
/// [`IdfModel::to_json`], load it with [`IdfModel::from_json`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IdfModel {
    format: String,
    version: u32,
    languages: BTreeMap<String, LanguageCounts>,
}

/// The counts of one language.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LanguageCounts {
    /// The number of documents counted.
    pub documents: u64,
    /// For each stem, the number of documents it occurs in (at least 1).
    pub document_frequency: BTreeMap<String, u64>,
}

impl LanguageCounts {
    /// The smoothed idf of `stem`: `ln((1 + n) / (1 + df)) + 1`.
    pub fn idf(&self, stem: &str) -> f64 {
        let df = self.document_frequency.get(stem).copied().unwrap_or(0);
        ((1.0 + self.documents as f64) / (1.0 + df as f64)).ln() + 1.0
    }
}

impl Default for IdfModel {
    fn default() -> Self {
        IdfModel {
            format: IDF_FORMAT.to_string(),
            version: IDF_VERSION,
            languages: BTreeMap::new(),
        }
    }
}

impl IdfModel {
    /// An empty model.
    pub fn new() -> IdfModel {
        IdfModel::default()
    }

    /// Counts one document of `language` whose stems are `stems`; a stem
    /// that appears several times counts once.
    pub fn add_document<'a>(
        &mut self,
        language: Language,
        stems: impl IntoIterator<Item = &'a str>,
    ) {
        let counts = self
            .languages
            .entry(language.name().to_string())
            .or_default();
        counts.documents += 1;
        let mut stems: Vec<&str> = stems.into_iter().collect();
        stems.sort_unstable();
        stems.dedup();
        for stem in stems {
            *counts
                .document_frequency
                .entry(stem.to_string())
                .or_insert(0) += 1;
        }
    }

    /// Adds the counts of `other`: the result is the model of both corpora.
    /// A sum of documents that a `u64` cannot hold is an error, and then
    /// nothing is added.
    pub fn merge(&mut self, other: &IdfModel) -> Result<()> {
        for (language, theirs) in &other.languages {
            let ours = self.languages.get(language).map_or(0, |c| c.documents);
            if ours.checked_add(theirs.documents).is_none() {
                return Err(Error::IdfCountOverflow(language.clone()));
            }
        }
        // No document frequency exceeds its language's documents (models are
        // checked when read), so no sum below can overflow either.
        for (language, theirs) in &other.languages {
            let ours = self.languages.entry(language.clone()).or_default();
            ours.documents += theirs.documents;
            for (stem, df) in &theirs.document_frequency {
                *ours.document_frequency.entry(stem.clone()).or_insert(0) += df;
            }
        }
        Ok(())
    }

    /// The counts of `language`, if the model has any document in it.
    pub fn language(&self, language: Language) -> Option<&LanguageCounts> {
        self.languages
            .get(language.name())
            .filter(|c| c.documents > 0)
    }

    /// The number of documents counted in each language, by name.
    pub fn documents(&self) -> impl Iterator<Item = (&str, u64)> {
        self.languages
            .iter()
            .map(|(name, counts)| (name.as_str(), counts.documents))
    }

    /// The model as one line of JSON, newline included. Equal models give
    /// equal bytes.
    pub fn to_json(&self) -> String {
        let mut json = serde_json::to_string(self).expect("maps with string keys serialize");
        json.push('\n');
        json
    }

    /// Reads a model written by [`IdfModel::to_json`] and checks it.
    pub fn from_json(json: &str) -> Result<IdfModel> {
        let invalid = |reason: String| Error::InvalidIdfModel(reason);
        let model: IdfModel = serde_json::from_str(json).map_err(|e| invalid(e.to_string()))?;
        if model.format != IDF_FORMAT {
            return Err(invalid(format!(
                "format is '{}', expected '{IDF_FORMAT}'",
                model.format
            )));
        }
        if model.version != IDF_VERSION {
            return Err(invalid(format!(
                "version {} is not supported (expected {IDF_VERSION})",
                model.version
            )));
        }
        for (language, counts) in &model.languages {
            Language::parse(language)
                .map_err(|_| invalid(format!("unknown language '{language}'")))?;
            if let Some((stem, df)) = counts
                .document_frequency
                .iter()
                .find(|&(_, &df)| df == 0 || df > counts.documents)
            {
                return Err(invalid(format!(
                    "'{stem}' occurs in {df} of {} {language} documents",
                    counts.documents
                )));
            }
        }
        Ok(model)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn model(docs: &[&[&str]]) -> IdfModel {
        let mut model = IdfModel::new();
        for doc in docs {
            model.add_document(Language::English, doc.iter().copied());
        }
        model
    }

    #[test]
    fn counts_documents_not_occurrences() {
        let m = model(&[&["cat", "cat", "dog"], &["cat"]]);
        let en = m.language(Language::English).unwrap();
        assert_eq!(en.documents, 2);
        assert_eq!(en.document_frequency["cat"], 2);
        assert_eq!(en.document_frequency["dog"], 1);
        assert!(m.language(Language::French).is_none());
    }

    #[test]
    fn idf_is_the_smoothed_formula() {
        let m = model(&[&["cat", "dog"], &["cat"], &["cow"]]);
        let en = m.language(Language::English).unwrap();
        assert!((en.idf("cat") - ((4.0f64 / 3.0).ln() + 1.0)).abs() < 1e-12);
        assert!((en.idf("unseen") - (4.0f64.ln() + 1.0)).abs() < 1e-12);
        assert!(en.idf("unseen") > en.idf("dog") && en.idf("dog") > en.idf("cat"));
    }

    #[test]
    fn merging_parts_gives_the_whole_byte_for_byte() {
        let docs: [&[&str]; 4] = [&["a", "b"], &["b", "c"], &["c"], &["a", "d"]];
        let whole = model(&docs).to_json();
        let mut merged = model(&docs[2..]);
        merged.merge(&model(&docs[..1])).unwrap();
        merged.merge(&model(&docs[1..2])).unwrap();
        merged.merge(&IdfModel::new()).unwrap();
        assert_eq!(merged.to_json(), whole);
    }

    /// Issue 11, item 7: two models of 2^63 documents merged into 0.
    #[test]
    fn issue_11_a_merge_past_u64_is_an_error_and_changes_nothing() {
        let huge = format!(
            r#"{{"format":"abridge-idf","version":1,"languages":{{"english":{{"documents":{},"document_frequency":{{"a":1}}}}}}}}"#,
            1u64 << 63
        );
        let part = IdfModel::from_json(&huge).unwrap();
        let mut merged = part.clone();
        assert_eq!(
            merged.merge(&part),
            Err(Error::IdfCountOverflow("english".into()))
        );
        assert_eq!(merged, part);
    }

    #[test]
    fn json_round_trips_and_is_checked() {
        let m = model(&[&["cat"]]);
        assert_eq!(IdfModel::from_json(&m.to_json()).unwrap(), m);
        let bad = [
            r#"{"format":"other","version":1,"languages":{}}"#,
            r#"{"format":"abridge-idf","version":9,"languages":{}}"#,
            r#"{"format":"abridge-idf","version":1,"languages":{"klingon":{"documents":1,"document_frequency":{}}}}"#,
            r#"{"format":"abridge-idf","version":1,"languages":{"english":{"documents":1,"document_frequency":{"a":2}}}}"#,
            r#"{"format":"abridge-idf","version":1}"#,
            "not json",
        ];
        for json in bad {
            assert!(
                matches!(IdfModel::from_json(json), Err(Error::InvalidIdfModel(_))),
                "{json}"
            );
        }
    }
}
