//! Sentences in scripts written without spaces between words, from the
//! public API: Thai ends a sentence with a space (`lang/sea.rs`,
//! `SentenceRules::spaces_end_sentences`); Khmer has its own full stop.

use abridge::Language;
use abridge::text::segment_with;

fn sentences(text: &str, language: Language) -> Vec<&str> {
    segment_with(text, language.sentence_rules())
        .sentences
        .iter()
        .map(|s| s.span.slice(text))
        .collect()
}

#[test]
fn a_space_between_thai_letters_ends_a_thai_sentence() {
    // "Bangkok is the capital of Thailand. It has more than ten million
    // people (in the year 2025). Toyota sells very many cars."
    assert_eq!(
        sentences(
            "กรุงเทพมหานครเป็นเมืองหลวงของประเทศไทย มีประชากรมากกว่าสิบล้านคนในปี 2025 บริษัท Toyota ขายรถมากๆ มาก",
            Language::Thai
        ),
        [
            "กรุงเทพมหานครเป็นเมืองหลวงของประเทศไทย",
            // No end after a digit, before a word in Latin letters, or
            // after the repetition mark ๆ.
            "มีประชากรมากกว่าสิบล้านคนในปี 2025 บริษัท Toyota ขายรถมากๆ มาก"
        ]
    );
}

#[test]
fn khmer_keeps_its_spaces_inside_a_sentence() {
    // "The Khmer language is the official language. Cambodia has people."
    assert_eq!(
        sentences("ភាសាខ្មែរ គឺជាភាសាផ្លូវការ។ ប្រទេសកម្ពុជាមានប្រជាជន។", Language::Khmer),
        ["ភាសាខ្មែរ គឺជាភាសាផ្លូវការ។", "ប្រទេសកម្ពុជាមានប្រជាជន។"]
    );
}

#[test]
fn a_space_before_the_baht_sign_ends_no_thai_sentence() {
    // "The price is 500 baht."
    assert_eq!(
        sentences("ราคา ฿500 ต่อคน", Language::Thai),
        ["ราคา ฿500 ต่อคน"]
    );
}
