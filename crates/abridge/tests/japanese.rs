//! Japanese end to end (feature `japanese`): detection, sentences that end
//! at 。！？ with their closing brackets, keywords that are dictionary words
//! joined without spaces, no particle and no stray character among them.

#![cfg(feature = "japanese")]

use abridge::{Budget, Config, Language, Summarizer};

/// A short news text written for this test: a central bank meeting.
const ARTICLE: &str = "日本銀行は十五日、金融政策決定会合を開いた。\
    総裁は記者会見で「物価の上昇は続いている」と述べた。\
    市場では追加の利上げを予想する声が広がっている。\
    日本銀行は来月の金融政策決定会合で利上げを判断する見通しだ！\
    物価の上昇について、政府は新たな経済対策を検討している。";

#[test]
fn sentences_end_at_japanese_marks_and_keep_their_closing_bracket() {
    let text = "総裁は「物価は上がる。」と述べた。市場は動いた！本当か？";
    let sentences: Vec<&str> = abridge::text::segment(text)
        .sentences
        .iter()
        .map(|s| s.span.slice(text))
        .collect();
    assert_eq!(
        sentences,
        [
            "総裁は「物価は上がる。」",
            "と述べた。",
            "市場は動いた！",
            "本当か？"
        ]
    );
}

#[test]
fn keywords_are_words_without_particles_or_lone_characters() {
    let summarizer = Summarizer::new(Config::default().with_budget(Budget::Ratio(1.0))).unwrap();
    let report = summarizer.run(ARTICLE).unwrap();
    assert_eq!(report.language, Language::Japanese);
    assert_eq!(report.summary.len(), 5);
    let terms: Vec<&str> = report.keywords.iter().map(|k| k.term.as_str()).collect();
    assert!(terms.contains(&"日本銀行"), "{terms:?}");
    assert!(terms.contains(&"経済対策"), "{terms:?}");
    assert!(terms.contains(&"利上げ"), "{terms:?}");
    for term in &terms {
        assert!(!term.contains(' '), "{terms:?}");
        assert!(term.chars().count() > 1, "{terms:?}");
        for particle in ["は", "を", "に", "の", "が", "で", "と", "も"] {
            assert!(
                !term.starts_with(particle) && !term.ends_with(particle),
                "{term} in {terms:?}"
            );
        }
        assert!(!term.contains("十五"), "a number is no keyword: {terms:?}");
    }
}
