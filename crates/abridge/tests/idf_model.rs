//! The corpus IDF model through the library: counting documents with the
//! pipeline's own stems, and summarizing with the model.

use abridge::model::IdfModel;
use abridge::{Config, Error, Language, Summarizer};
use std::sync::Arc;

const DOCS: [&str; 3] = [
    "The bridge reopened on Saturday. Engineers replaced the cables of the bridge.",
    "Apple growers expect a smaller harvest. The frost damaged the blossom.",
    "The council met on Saturday. The council approved the budget for the bridge.",
];

fn model() -> IdfModel {
    let summarizer = Summarizer::new(Config::default()).unwrap();
    let mut model = IdfModel::new();
    for doc in DOCS {
        let stems = summarizer.stems(doc).unwrap();
        model.add_document(Language::English, stems.iter().map(String::as_str));
    }
    model
}

#[test]
fn stems_are_distinct_sorted_and_without_stopwords() {
    let summarizer = Summarizer::new(Config::default()).unwrap();
    let stems = summarizer.stems(DOCS[0]).unwrap();
    assert_eq!(
        stems,
        ["bridg", "cabl", "engin", "reopen", "replac", "saturday"]
    );
}

#[test]
fn the_model_counts_documents_per_stem() {
    let model = model();
    let english = model.language(Language::English).unwrap();
    assert_eq!(english.documents, 3);
    assert_eq!(english.document_frequency["bridg"], 2);
    assert_eq!(english.document_frequency["frost"], 1);
    assert!(!english.document_frequency.contains_key("the"));
}

#[test]
fn summarizing_with_a_model_uses_its_weights() {
    // The overlap similarity (the default) counts shared terms and ignores
    // weights; the corpus idf reaches sentence scores through cosine.
    let text = "The bridge reopened. The bridge carries traffic. Growers watched the frost.";
    let cosine = Config::default().with_similarity(abridge::Similarity::Cosine);
    let plain = Summarizer::new(cosine.clone()).unwrap().run(text).unwrap();
    let config = cosine.with_idf(Some(Arc::new(model())));
    let corpus = Summarizer::new(config).unwrap().run(text).unwrap();
    let scores = |r: &abridge::Report| r.summary.iter().map(|s| s.score).collect::<Vec<_>>();
    assert_ne!(scores(&plain), scores(&corpus));
    assert_eq!(plain.summary.len(), corpus.summary.len());
}

#[test]
fn a_model_without_the_language_is_refused() {
    let config = Config::default()
        .with_language(Language::French)
        .with_idf(Some(Arc::new(model())));
    assert_eq!(
        Summarizer::new(config).unwrap_err(),
        Error::IdfModelLacksLanguage("french".into())
    );
}
