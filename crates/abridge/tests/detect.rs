//! Language detection computed here equals whatlang's, bit for bit.
//!
//! `lang::detect::identify_here` answers for texts in Latin or Cyrillic letters
//! with whatlang's data and its own code (an index from trigrams to profiles
//! instead of whatlang's loop over profiles). These tests run both on the same
//! texts and require the same script, language and confidence (compared as
//! bits): the fixtures of the repository and, when `../shared/data` is there,
//! every document of every public set, whole, cut to the 320 and 640 bytes
//! that detection reads of an ASCII opening in its two steps and to its 1 KiB
//! bound (and to 2 KiB, the prefix before it), and cut short (64, 200 and 600
//! bytes) where ties and low confidences are more frequent. The last tests
//! check that detection names the language each record of the public sets
//! gives, and that its first, shorter step costs no document its language.

use abridge::detect_language;
use abridge::lang::detect::{PREFIX_CHARS, detect_in_steps, identify, identify_here};
use std::path::Path;

/// Whether the two answers are the same, the confidence bit for bit.
fn same(a: &Option<whatlang::Info>, b: &Option<whatlang::Info>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(a), Some(b)) => {
            a.lang() == b.lang()
                && a.script() == b.script()
                && a.confidence().to_bits() == b.confidence().to_bits()
        }
        _ => false,
    }
}

/// The first `limit` bytes of `text`, cut back to a character boundary.
fn cut(text: &str, limit: usize) -> &str {
    let mut end = limit.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// How many of the texts (each cut at several lengths) were answered here;
/// fails on the first that differs from whatlang.
fn compare(name: &str, texts: &[String]) -> (usize, usize) {
    let (mut here, mut total) = (0, 0);
    for (i, text) in texts.iter().enumerate() {
        for limit in [64, 200, 320, 600, 640, 1024, 2048, usize::MAX] {
            let part = cut(text, limit);
            let expected = whatlang::detect(part);
            total += 1;
            if let Some(answer) = identify_here(part) {
                here += 1;
                assert!(
                    same(&answer, &expected),
                    "{name}, text {i} cut at {limit}: here {answer:?}, whatlang {expected:?}"
                );
            }
            assert!(same(&identify(part), &expected), "{name}, text {i}");
        }
    }
    (here, total)
}

#[test]
fn short_texts_in_many_languages_get_whatlang_s_answer() {
    let texts: Vec<String> = [
        "The council approved the new budget on Tuesday after a long debate.",
        "La ville de Lyon a présenté mardi un plan pour les transports publics.",
        "Die Regierung hat am Mittwoch einen neuen Haushalt für Straßen beschlossen.",
        "El gobierno aprobó el miércoles un nuevo presupuesto para la educación.",
        "O governo aprovou na quarta-feira um novo orçamento para a saúde.",
        "Rząd przyjął w środę nowy budżet na drogi i szkoły.",
        "Hallitus hyväksyi keskiviikkona uuden talousarvion kouluille.",
        "Правительство в среду утвердило новый бюджет на дороги и школы.",
        "Уряд у середу ухвалив новий бюджет на дороги та школи.",
        "Russian word любовь means love, and that is all.",
        "Mixed: Привет! Текст на русском with some English.",
        "I am begging pardon",
        "Hello there",
        "12345 !!! ...",
        "",
        "A dash \u{2014} quotes \u{201c}like these\u{201d} and \u{20ac}5 \u{2122}.",
        // Characters that send the text to whatlang: Greek, Chinese, a BOM
        // (which whatlang counts as Arabic).
        "Η κυβέρνηση ανακοίνωσε σήμερα νέα μέτρα.",
        "政府周三批准了新的预算。",
        "\u{feff}A text that begins with a byte order mark.",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    let (here, total) = compare("samples", &texts);
    assert!(here >= 14 * 5, "{here} of {total} answered here");
    assert!(identify_here("Η κυβέρνηση").is_none());
    assert!(identify_here("\u{feff}Text").is_none());
}

#[test]
fn the_fixtures_get_whatlang_s_answer() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures");
    let mut texts = Vec::new();
    let mut stack = vec![root];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("the fixtures folder is readable") {
            let path = entry.expect("a readable entry").path();
            if path.is_dir() {
                stack.push(path);
            } else if let Ok(text) = std::fs::read_to_string(&path) {
                texts.push(text);
            }
        }
    }
    assert!(texts.len() >= 5, "only {} fixtures found", texts.len());
    let (here, total) = compare("fixtures", &texts);
    assert!(here * 2 > total, "{here} of {total} answered here");
}

/// Texts made of pieces drawn at random (a fixed seed) from English and French words,
/// spaces, punctuation, digits, capitals, DEL, accented and Cyrillic letters and symbols, so
/// that the reading's ASCII loop is left and taken again in every kind of window (a
/// character beyond ASCII or DEL as the first, second or third of a trigram, runs of stop
/// characters, trigrams whatlang skips), and the ranking sees ties of every count.
#[test]
fn generated_texts_get_whatlang_s_answer() {
    let pieces = [
        "the ", "and ", "of ", "with ", "tion ", "ing ", "le ", "la ", "des ", "que ", "ment ",
        "er ", "The ", "AND ", " ", "  ", ". ", ", ", "!", "(", ")", "1", "42 ", "'", "-",
        "\u{7f}", "é", "è ", "à", "ç", "ü", "É", "œ", "ß", "€", "£ ", "\u{2019}", "\u{201c}", "д",
        "ом ", "Да ", "x", "q", "zz", "a", "e ", "s", "t", "n", "\n", "\t",
    ];
    let mut draws = abridge::testing::Draws::new(0x2545_f491_4f6c_dd1d);
    let mut next = |n: usize| draws.below(n);
    let mut texts = Vec::new();
    for i in 0..400 {
        let length = 1 + next(if i % 4 == 0 { 40 } else { 250 });
        // Some texts mostly English words, some mostly characters and symbols.
        let from = if i % 3 == 0 { 26 } else { 0 };
        let text: String = (0..length)
            .map(|_| pieces[from + next(pieces.len() - from)])
            .collect();
        texts.push(text);
    }
    let (here, total) = compare("generated", &texts);
    assert!(here * 2 > total, "{here} of {total} answered here");
}

/// The records of every set of `../shared/data`, by file name, in name order.
fn public_sets() -> Vec<(String, Vec<serde_json::Value>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data");
    let mut sets: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.expect("a readable entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "jsonl"))
        .collect();
    sets.sort();
    assert!(
        sets.len() >= 10,
        "only {} sets in {}",
        sets.len(),
        dir.display()
    );
    sets.iter()
        .map(|set| {
            let content = std::fs::read_to_string(set).expect("a readable set");
            let records = content
                .lines()
                .filter(|line| !line.trim().is_empty())
                .map(|line| serde_json::from_str(line).expect("a JSON line"))
                .collect();
            let name = set.file_name().unwrap().to_string_lossy().into_owned();
            (name, records)
        })
        .collect()
}

/// A record's text.
fn text_of(record: &serde_json::Value) -> &str {
    record["text"].as_str().expect("a text field")
}

#[test]
#[ignore = "needs ../shared/data, outside the repository"]
fn every_public_set_gets_whatlang_s_answer() {
    for (name, records) in public_sets() {
        let texts: Vec<String> = records.iter().map(|r| text_of(r).to_string()).collect();
        let (here, total) = compare(&name, &texts);
        println!(
            "{name}: {} texts, {here} of {total} cuts answered here",
            texts.len()
        );
    }
}

/// Issue 15's bar for detection: at least 98% of the documents of each public
/// set read in the language its records give (`lang`, English where a set has
/// none), counting only guesses that are taken (a fallback to English is not a
/// detection). With the first 320 characters read, and 640 when those are not
/// conclusive (at most 1 KiB), every document of the sets passes, as with
/// 640 characters alone and with 1 KiB; the bar leaves room for a set added
/// later.
#[test]
#[ignore = "needs ../shared/data, outside the repository"]
fn every_public_set_is_read_in_its_own_language() {
    for (name, records) in public_sets() {
        let total = records.len();
        let right = records
            .iter()
            .filter(|record| {
                let expected = record["lang"].as_str().unwrap_or("en");
                let found = detect_language(text_of(record));
                found.accepted && found.guess.is_some_and(|l| l.code() == expected)
            })
            .count();
        println!("{name}: {right} of {total} read in their own language");
        assert!(
            right * 100 >= total * 98,
            "{name}: only {right} of {total} documents detected right"
        );
    }
}

/// Whether detection takes `expected` (an ISO 639-1 code) for a text.
fn reads_as(found: abridge::Detection, expected: &str) -> bool {
    found.accepted && found.guess.is_some_and(|l| l.code() == expected)
}

/// The first step of detection (`lang::detect::FIRST_CHARS`, taken only at a
/// confidence of 1) against reading the first 640 characters alone: on every
/// document of every public set the same language and the same decision to
/// take it; and on openings taken every 500 bytes through the documents (a
/// document read from the middle: other openings, as unseen documents would
/// have), at least as many read in the set's language. Prints how many
/// confidences move.
#[test]
#[ignore = "needs ../shared/data, outside the repository"]
fn the_first_step_costs_no_public_set_a_language() {
    for (name, records) in public_sets() {
        let (mut moved, mut openings, mut right_one, mut right_two) = (0, 0, 0, 0);
        for record in &records {
            let text = text_of(record);
            let expected = record["lang"].as_str().unwrap_or("en");
            let one = detect_in_steps(text, PREFIX_CHARS);
            let two = detect_language(text);
            assert_eq!(
                (one.guess, one.accepted),
                (two.guess, two.accepted),
                "{name}, record {}",
                record["id"]
            );
            moved += usize::from(one.confidence.to_bits() != two.confidence.to_bits());
            let mut at = 0;
            while text.len() - at >= 200 {
                let rest = &text[at..];
                openings += 1;
                right_one += usize::from(reads_as(detect_in_steps(rest, PREFIX_CHARS), expected));
                right_two += usize::from(reads_as(detect_language(rest), expected));
                // On 500 bytes, then past the next white space.
                let mut next = (at + 500).min(text.len());
                while !text.is_char_boundary(next) {
                    next += 1;
                }
                match text[next..].find(char::is_whitespace) {
                    Some(space) => at = next + space + 1,
                    None => break,
                }
                while !text.is_char_boundary(at) {
                    at += 1;
                }
            }
        }
        println!(
            "{name}: {} documents, confidence moved on {moved}; {openings} openings, \
             {right_one} read right from 640 characters, {right_two} in two steps",
            records.len()
        );
        assert!(
            right_two >= right_one,
            "{name}: {right_two} openings read right in two steps, {right_one} from 640 characters"
        );
    }
}
