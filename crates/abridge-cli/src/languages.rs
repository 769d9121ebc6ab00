//! `abridge languages`: the table of languages and what abridge has for
//! each, as the library's [`Language::support`] says.

use abridge::Language;
use std::io::Write;

/// Writes the table as Markdown, one row per language, in name order.
pub fn print(out: &mut impl Write) -> anyhow::Result<()> {
    writeln!(
        out,
        "| language | code | stemmer | stopwords | lexicon | words | sentence rules |"
    )?;
    writeln!(out, "|---|---|---|---:|---|---|---|")?;
    for &language in Language::ALL {
        let support = language.support();
        let yes = |b: bool| if b { "yes" } else { "-" };
        let stopwords = match (support.stopwords, support.curated_stopwords) {
            (0, false) => "-".to_string(),
            (n, false) => n.to_string(),
            (n, true) => format!("{n} + curated"),
        };
        let sentences = if support.own_sentence_rules {
            "own"
        } else {
            "generic"
        };
        let words = match support.words_with_feature {
            Some((better, feature)) => format!(
                "{} ({} with --features {feature})",
                support.words.name(),
                better.name()
            ),
            None => support.words.name().to_string(),
        };
        writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} | {} |",
            language.name(),
            language.code(),
            if support.particles && !support.stemmer {
                "particles"
            } else {
                yes(support.stemmer)
            },
            stopwords,
            yes(support.lexicon),
            words,
            sentences
        )?;
    }
    out.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_has_a_row_per_language() {
        let mut out = Vec::new();
        print(&mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert_eq!(text.lines().count(), Language::ALL.len() + 2);
        assert!(
            text.contains("| english | en | yes | 198 + curated | yes | unicode | own |"),
            "{text}"
        );
        assert!(
            text.contains("| georgian | ka | - | - | - | unicode | generic |"),
            "{text}"
        );
        assert!(
            text.contains("| korean | ko | particles | 679 | - | unicode | generic |"),
            "{text}"
        );
    }
}
