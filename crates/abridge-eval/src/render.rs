//! Evaluation figures for people (a table) and programs (JSON).
//!
//! This module receives finished figures from [`crate::run`] and writes them; it computes
//! nothing but the ×100 of the table. The JSON wire types are separate from the library's, so
//! the schema can hold while internals change. Schema version 1:
//!
//! ```json
//! {"version": 1, "task": "summary", "data": "bbc.jsonl", "documents": 1111,
//!  "length": {"mode": "sentences_then_words", "sentences": 6, "words": 100},
//!  "mean_words": 98.2,
//!  "rouge1": {"precision": 0.5, "recall": 0.4, "f1": 0.44}, "rouge2": {...}, "rouge_l": {...}}
//! {"version": 1, "task": "keywords", "data": "inspec.jsonl", "documents": 500,
//!  "language": "record", "mean_predicted": 15.0,
//!  "at": [{"k": 5, "precision": 0.3, "recall": 0.2, "f1": 0.24}, ...]}
//! ```
//!
//! `length.mode` is `reference`, `sentences`, `words` or `sentences_then_words`, with the
//! counts that apply; `language` is `record` when each record's `lang` chose, or the language
//! forced on every record. Figures are fractions in `[0, 1]`.
//!
//! The per-record dump (`--dump`) has one object per record, in input order:
//! `{"id", "candidate", "sentences", "words", "rouge1", "rouge2", "rouge_l"}` for summaries and
//! `{"id", "language", "predicted", "at"}` for keyphrases.

use crate::rouge::{Prf, Rouge};
use crate::run::{AtK, KeyphraseResult, KeyphraseScores, Length, SummaryResult, SummaryScores};
use abridge::Language;
use serde::Serialize;
use std::io::{self, Write};

/// The schema version written in every summary or keyphrase object.
pub const SCHEMA_VERSION: u32 = 1;

/// The summary length in words, for the table.
pub fn describe_length(length: Length) -> String {
    match length {
        Length::Reference => "as many sentences as the first reference".to_string(),
        Length::Sentences(n) => format!("{n} sentences"),
        Length::Words(w) => format!("the best sentences, cut to {w} words"),
        Length::SentencesThenWords { sentences, words } => {
            format!("{sentences} sentences, cut to {words} words")
        }
    }
}

/// Writes the summary figures as a table: one row per measure, P, R and F1 ×100.
pub fn write_summary_table(
    out: &mut (impl Write + ?Sized),
    data: &str,
    length: Length,
    scores: &SummaryScores,
) -> io::Result<()> {
    writeln!(out, "data: {data}")?;
    writeln!(out, "documents: {}", scores.documents)?;
    writeln!(out, "length: {}", describe_length(length))?;
    writeln!(out, "mean summary words: {:.1}", scores.mean_words)?;
    writeln!(out)?;
    writeln!(out, "{:<8} {:>7} {:>7} {:>7}", "measure", "P", "R", "F1")?;
    let rows = [
        ("ROUGE-1", scores.rouge.rouge1),
        ("ROUGE-2", scores.rouge.rouge2),
        ("ROUGE-L", scores.rouge.rouge_l),
    ];
    for (name, prf) in rows {
        write_row(out, name, prf)?;
    }
    Ok(())
}

/// Writes the keyphrase figures as a table: one row per cut-off, P, R and F1 ×100.
pub fn write_keyphrase_table(
    out: &mut (impl Write + ?Sized),
    data: &str,
    language: Option<Language>,
    scores: &KeyphraseScores,
) -> io::Result<()> {
    writeln!(out, "data: {data}")?;
    writeln!(out, "documents: {}", scores.documents)?;
    match language {
        Some(language) => writeln!(out, "language: {language}")?,
        None => writeln!(out, "language: each record's lang")?,
    }
    writeln!(
        out,
        "mean keyphrases predicted: {:.2}",
        scores.mean_predicted
    )?;
    writeln!(out)?;
    writeln!(out, "{:<8} {:>7} {:>7} {:>7}", "cut-off", "P", "R", "F1")?;
    for at in &scores.at {
        write_row(out, &format!("@{}", at.k), at.prf)?;
    }
    Ok(())
}

fn write_row(out: &mut (impl Write + ?Sized), name: &str, prf: Prf) -> io::Result<()> {
    writeln!(
        out,
        "{name:<8} {:>7.2} {:>7.2} {:>7.2}",
        100.0 * prf.precision,
        100.0 * prf.recall,
        100.0 * prf.f1
    )
}

#[derive(Serialize)]
struct WirePrf {
    precision: f64,
    recall: f64,
    f1: f64,
}

impl From<Prf> for WirePrf {
    fn from(p: Prf) -> WirePrf {
        WirePrf {
            precision: p.precision,
            recall: p.recall,
            f1: p.f1,
        }
    }
}

#[derive(Serialize)]
struct WireLength {
    mode: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    sentences: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    words: Option<usize>,
}

impl From<Length> for WireLength {
    fn from(length: Length) -> WireLength {
        let (mode, sentences, words) = match length {
            Length::Reference => ("reference", None, None),
            Length::Sentences(n) => ("sentences", Some(n), None),
            Length::Words(w) => ("words", None, Some(w)),
            Length::SentencesThenWords { sentences, words } => {
                ("sentences_then_words", Some(sentences), Some(words))
            }
        };
        WireLength {
            mode,
            sentences,
            words,
        }
    }
}

#[derive(Serialize)]
struct WireSummaryScores<'a> {
    version: u32,
    task: &'static str,
    data: &'a str,
    documents: usize,
    length: WireLength,
    mean_words: f64,
    rouge1: WirePrf,
    rouge2: WirePrf,
    rouge_l: WirePrf,
}

#[derive(Serialize)]
struct WireAtK {
    k: usize,
    #[serde(flatten)]
    prf: WirePrf,
}

impl From<&AtK> for WireAtK {
    fn from(at: &AtK) -> WireAtK {
        WireAtK {
            k: at.k,
            prf: at.prf.into(),
        }
    }
}

#[derive(Serialize)]
struct WireKeyphraseScores<'a> {
    version: u32,
    task: &'static str,
    data: &'a str,
    documents: usize,
    language: &'a str,
    mean_predicted: f64,
    at: Vec<WireAtK>,
}

/// Writes the summary figures as one JSON object and a newline.
pub fn write_summary_json(
    out: &mut (impl Write + ?Sized),
    data: &str,
    length: Length,
    scores: &SummaryScores,
) -> io::Result<()> {
    let wire = WireSummaryScores {
        version: SCHEMA_VERSION,
        task: "summary",
        data,
        documents: scores.documents,
        length: length.into(),
        mean_words: scores.mean_words,
        rouge1: scores.rouge.rouge1.into(),
        rouge2: scores.rouge.rouge2.into(),
        rouge_l: scores.rouge.rouge_l.into(),
    };
    write_line(out, &wire)
}

/// Writes the keyphrase figures as one JSON object and a newline. `language` is the language
/// forced on every record, or `None` when each record's `lang` chose.
pub fn write_keyphrase_json(
    out: &mut (impl Write + ?Sized),
    data: &str,
    language: Option<Language>,
    scores: &KeyphraseScores,
) -> io::Result<()> {
    let wire = WireKeyphraseScores {
        version: SCHEMA_VERSION,
        task: "keywords",
        data,
        documents: scores.documents,
        language: language.map_or("record", Language::name),
        mean_predicted: scores.mean_predicted,
        at: scores.at.iter().map(WireAtK::from).collect(),
    };
    write_line(out, &wire)
}

#[derive(Serialize)]
struct WireSummaryDump<'a> {
    id: &'a str,
    candidate: &'a str,
    sentences: &'a [usize],
    words: usize,
    rouge1: WirePrf,
    rouge2: WirePrf,
    rouge_l: WirePrf,
}

#[derive(Serialize)]
struct WireKeyphraseDump<'a> {
    id: &'a str,
    language: &'a str,
    predicted: &'a [String],
    at: Vec<WireAtK>,
}

/// Writes one record's summary and figures as one line of JSON.
pub fn write_summary_dump(
    out: &mut (impl Write + ?Sized),
    id: &str,
    result: &SummaryResult,
) -> io::Result<()> {
    let Rouge {
        rouge1,
        rouge2,
        rouge_l,
    } = result.rouge;
    let wire = WireSummaryDump {
        id,
        candidate: &result.candidate,
        sentences: &result.sentences,
        words: result.words,
        rouge1: rouge1.into(),
        rouge2: rouge2.into(),
        rouge_l: rouge_l.into(),
    };
    write_line(out, &wire)
}

/// Writes one record's predicted keyphrases and figures as one line of JSON.
pub fn write_keyphrase_dump(
    out: &mut (impl Write + ?Sized),
    id: &str,
    result: &KeyphraseResult,
) -> io::Result<()> {
    let wire = WireKeyphraseDump {
        id,
        language: result.language.name(),
        predicted: &result.predicted,
        at: result.at.iter().map(WireAtK::from).collect(),
    };
    write_line(out, &wire)
}

/// Serializes `value` and a newline in one write.
fn write_line(out: &mut (impl Write + ?Sized), value: &impl Serialize) -> io::Result<()> {
    let mut line = serde_json::to_vec(value).map_err(io::Error::other)?;
    line.push(b'\n');
    out.write_all(&line)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scores() -> SummaryScores {
        SummaryScores {
            documents: 2,
            mean_words: 98.25,
            rouge: Rouge {
                rouge1: Prf::new(0.5, 0.25),
                rouge2: Prf::new(0.125, 0.0),
                rouge_l: Prf::new(1.0, 1.0),
            },
        }
    }

    #[test]
    fn summary_table_shows_percentages_with_two_decimals() {
        let mut out = Vec::new();
        write_summary_table(&mut out, "d.jsonl", Length::Sentences(3), &scores()).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(text.contains("documents: 2\n"));
        assert!(text.contains("length: 3 sentences\n"));
        assert!(text.contains("mean summary words: 98.2\n"));
        // F1 of (0.5, 0.25) = 1/3.
        assert!(
            text.contains("ROUGE-1    50.00   25.00   33.33\n"),
            "{text}"
        );
        assert!(
            text.contains("ROUGE-2    12.50    0.00    0.00\n"),
            "{text}"
        );
    }

    #[test]
    fn summary_json_carries_the_length_and_fractions() {
        let mut out = Vec::new();
        let length = Length::SentencesThenWords {
            sentences: 6,
            words: 100,
        };
        write_summary_json(&mut out, "d.jsonl", length, &scores()).unwrap();
        let value: serde_json::Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(value["version"], 1);
        assert_eq!(value["length"]["mode"], "sentences_then_words");
        assert_eq!(value["length"]["words"], 100);
        assert_eq!(value["rouge1"]["precision"], 0.5);
        assert_eq!(value["rouge_l"]["f1"], 1.0);
        assert!(out.ends_with(b"}\n"));
    }

    #[test]
    fn keyphrase_outputs_name_the_language_rule() {
        let scores = KeyphraseScores {
            documents: 1,
            mean_predicted: 15.0,
            at: vec![AtK {
                k: 5,
                prf: Prf::new(0.2, 0.1),
            }],
        };
        let mut out = Vec::new();
        write_keyphrase_json(&mut out, "k.jsonl", None, &scores).unwrap();
        let value: serde_json::Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(value["language"], "record");
        assert_eq!(value["at"][0]["k"], 5);
        let mut out = Vec::new();
        write_keyphrase_table(&mut out, "k.jsonl", Some(Language::French), &scores).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(text.contains("language: french\n"));
        assert!(
            text.contains("@5         20.00   10.00   13.33\n"),
            "{text}"
        );
    }
}
