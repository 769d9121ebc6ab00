//! Scores candidate summaries and keyphrases read as JSON Lines on standard input.
//!
//! Each input line is an object
//! `{"candidate": str, "references": [str], "predicted": [str]?, "gold": [str]?}`;
//! each output line holds its ROUGE scores (best reference per measure) and, when both
//! `predicted` and `gold` are given, keyphrase precision, recall and F1 at 5, 10 and 15:
//!
//! ```text
//! echo '{"candidate": "the cat sat", "references": ["a cat sat"]}' \
//!     | cargo run --release --example score_pairs
//! ```

use std::error::Error;
use std::io::{self, BufRead, BufWriter, Write};

use abridge_eval::{keyphrase, rouge};
use serde::{Deserialize, Serialize};

/// One input line.
#[derive(Deserialize)]
struct Pair {
    candidate: String,
    references: Vec<String>,
    predicted: Option<Vec<String>>,
    gold: Option<Vec<String>>,
}

/// One output line.
#[derive(Serialize)]
struct Scores {
    rouge: rouge::Rouge,
    #[serde(skip_serializing_if = "Option::is_none")]
    keyphrases: Option<Vec<AtK>>,
}

/// Keyphrase figures for the first `k` predictions.
#[derive(Serialize)]
struct AtK {
    k: usize,
    #[serde(flatten)]
    prf: rouge::Prf,
}

fn main() -> Result<(), Box<dyn Error>> {
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    for (number, line) in io::stdin().lock().lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let pair: Pair =
            serde_json::from_str(&line).map_err(|e| format!("line {}: {e}", number + 1))?;
        let references: Vec<&str> = pair.references.iter().map(String::as_str).collect();
        let keyphrases = match (&pair.predicted, &pair.gold) {
            (Some(predicted), Some(gold)) => {
                let predicted: Vec<&str> = predicted.iter().map(String::as_str).collect();
                let gold: Vec<&str> = gold.iter().map(String::as_str).collect();
                let at = |k| AtK {
                    k,
                    prf: keyphrase::prf_at(&predicted, &gold, k),
                };
                Some(vec![at(5), at(10), at(15)])
            }
            _ => None,
        };
        let scores = Scores {
            rouge: rouge::score_multi(&pair.candidate, &references),
            keyphrases,
        };
        serde_json::to_writer(&mut out, &scores)?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(())
}
