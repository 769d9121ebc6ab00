//! The command line as a user meets it: arguments, inputs, formats, exit
//! statuses and messages. Each test states one behaviour of issue #2.

mod common;

use common::{StdoutOk, abridge, example_article, fixture, parse_json_lines};
use predicates::prelude::*;
use std::io::Write;

#[test]
fn help_describes_the_flags() {
    abridge()
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("--sentences"))
        .stdout(predicate::str::contains("--keyword-method"))
        .stdout(predicate::str::contains("Exit status"));
}

#[test]
fn summarizes_a_file_as_text() {
    abridge()
        .arg(example_article())
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "Title: Riverside Town Council Approves Flood Defence Plan\nSummary (3 of ",
        ))
        .stdout(predicate::str::contains("\nKeywords: "))
        .stderr("");
}

#[test]
fn reads_standard_input_without_arguments_and_with_dash() {
    let text = std::fs::read_to_string(fixture("solar-farm.txt")).unwrap();
    let from_file = abridge().arg(fixture("solar-farm.txt")).output().unwrap();
    for args in [&[][..], &["-"][..]] {
        abridge()
            .args(args)
            .write_stdin(text.clone())
            .assert()
            .success()
            .stdout(from_file.stdout.clone());
    }
}

#[test]
fn several_files_get_headers_in_input_order() {
    let out = abridge()
        .arg(fixture("solar-farm.txt"))
        .arg(fixture("library-hours.txt"))
        .stdout_ok();
    let out = String::from_utf8(out).unwrap();
    let solar = out.find("solar-farm.txt <==").expect("first header");
    let library = out.find("library-hours.txt <==").expect("second header");
    assert!(solar < library);
}

#[test]
fn json_gives_one_object_per_input_in_order() {
    let out = abridge()
        .args(["--format", "json"])
        .arg(fixture("library-hours.txt"))
        .arg(fixture("solar-farm.txt"))
        .arg(fixture("library-hours.txt"))
        .stdout_ok();
    let reports = parse_json_lines(&out);
    assert_eq!(reports.len(), 3);
    assert!(reports[0].source.ends_with("library-hours.txt"));
    assert!(reports[1].source.ends_with("solar-farm.txt"));
    assert_eq!(reports[0].summary.len(), 3);
}

#[test]
fn budget_flags_change_the_summary_length() {
    let count = |args: &[&str]| {
        let out = abridge()
            .args(["--format", "json"])
            .args(args)
            .arg(example_article())
            .output()
            .unwrap();
        assert!(out.status.success());
        let report = &parse_json_lines(&out.stdout)[0];
        (
            report.summary.len(),
            report.stats.sentences,
            report
                .summary
                .iter()
                .map(|s| s.text.split_whitespace().count())
                .sum::<usize>(),
        )
    };
    assert_eq!(count(&["-n", "1"]).0, 1);
    assert_eq!(count(&["--sentences", "5"]).0, 5);
    let (ratio, total, _) = count(&["--ratio", "0.5"]);
    assert_eq!(ratio, (total as f64 * 0.5).round() as usize);
    let (_, _, words) = count(&["--words", "60"]);
    assert!(words <= 60 || count(&["--words", "60"]).0 == 1);
}

#[test]
fn score_order_puts_the_best_sentence_first() {
    let out = abridge()
        .args(["--format", "json", "--order", "score", "-n", "4"])
        .arg(example_article())
        .output()
        .unwrap();
    let summary = &parse_json_lines(&out.stdout)[0].summary;
    assert!(summary.windows(2).all(|w| w[0].score >= w[1].score));
}

#[test]
fn keyword_count_and_method_are_honoured() {
    for method in ["textrank", "tfidf"] {
        let out = abridge()
            .args(["--format", "json", "-k", "4", "--keyword-method", method])
            .arg(example_article())
            .output()
            .unwrap();
        let keywords = &parse_json_lines(&out.stdout)[0].keywords;
        assert_eq!(keywords.len(), 4, "{method}");
        assert!(
            keywords.windows(2).all(|w| w[0].score >= w[1].score),
            "{method}"
        );
    }
}

/// The pairs of keywords of which one's lowercase words are all among the
/// other's ("plan" and "flood defence plan").
fn nested_pairs(keywords: &[String]) -> Vec<(String, String)> {
    let words = |k: &String| -> std::collections::BTreeSet<String> {
        k.split_whitespace().map(str::to_lowercase).collect()
    };
    let mut pairs = Vec::new();
    for (i, a) in keywords.iter().enumerate() {
        for (j, b) in keywords.iter().enumerate() {
            if i != j && words(a).is_subset(&words(b)) {
                pairs.push((a.clone(), b.clone()));
            }
        }
    }
    pairs
}

#[test]
fn distinct_keywords_leave_a_keyword_inside_another_only_when_both_are_frequent() {
    // Each keyword with its count (occurrences as a whole keyword).
    let keywords = |method: &str, distinct: Option<&str>| -> Vec<(String, usize)> {
        let mut command = abridge();
        command.args(["--format", "json", "-k", "15", "--keyword-method", method]);
        if let Some(flag) = distinct {
            command.arg(flag);
        }
        let out = command.arg(example_article()).output().unwrap();
        parse_json_lines(&out.stdout)[0]
            .keywords
            .iter()
            .map(|k| (k.term.clone(), k.count))
            .collect()
    };
    let terms = |keywords: &[(String, usize)]| -> Vec<String> {
        keywords.iter().map(|(t, _)| t.clone()).collect()
    };
    // Without the rule, the article's lists hold nested pairs of a keyword
    // said once ("River Alder" beside "river"), so the check below can fail.
    let nested = |keywords: &[(String, usize)]| -> Vec<(String, String)> {
        let rare = |term: &String| keywords.iter().any(|(t, c)| t == term && *c < 3);
        nested_pairs(&terms(keywords))
            .into_iter()
            .filter(|(a, b)| rare(a) || rare(b))
            .collect()
    };
    assert!(!nested(&keywords("yake", None)).is_empty());
    assert!(!nested(&keywords("textrank", Some("--nested-keywords"))).is_empty());
    // The article has 439 words: three occurrences make a keyword frequent.
    for method in [
        "textrank",
        "tfidf",
        "yake",
        "rake",
        "singlerank",
        "positionrank",
        "topicrank",
        "multipartiterank",
    ] {
        let kept = keywords(method, Some("--distinct-keywords"));
        assert_eq!(kept.len(), 15, "{method}: {kept:?}");
        assert_eq!(nested(&kept), vec![], "{method}");
    }
    // textrank keeps one concept per slot by default.
    assert_eq!(nested(&keywords("textrank", None)), vec![]);
}

#[test]
fn a_missing_file_fails_alone_with_status_1() {
    abridge()
        .arg(fixture("solar-farm.txt"))
        .arg("no-such-file.txt")
        .arg(fixture("library-hours.txt"))
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "abridge: no-such-file.txt: cannot open",
        ))
        .stdout(predicate::str::contains("solar-farm.txt <=="))
        .stdout(predicate::str::contains("library-hours.txt <=="));
}

#[test]
fn binary_files_are_refused_by_name() {
    let mut file = tempfile::NamedTempFile::new().unwrap();
    file.write_all(b"Some text.\0\x01\x02 more").unwrap();
    abridge()
        .arg(file.path())
        .assert()
        .code(1)
        .stderr(predicate::str::contains(file.path().display().to_string()))
        .stderr(predicate::str::contains("binary file"));
}

#[test]
fn invalid_utf8_is_replaced_with_a_warning() {
    let mut file = tempfile::NamedTempFile::new().unwrap();
    file.write_all(b"The caf\xe9 opened in May. It serves coffee and cake.")
        .unwrap();
    let out = abridge()
        .args(["--format", "json"])
        .arg(file.path())
        .assert()
        .success()
        .stderr(predicate::str::contains("warning: invalid UTF-8"))
        .get_output()
        .stdout
        .clone();
    assert_eq!(parse_json_lines(&out)[0].stats.sentences, 2);
}

#[test]
fn byte_order_mark_and_crlf_are_handled() {
    let plain = "Heading Here\n\nFirst sentence is here. Second sentence follows it.\n";
    let windows = format!("\u{feff}{}", plain.replace('\n', "\r\n"));
    let run = |text: String| {
        let out = abridge()
            .args(["--format", "json"])
            .write_stdin(text)
            .output()
            .unwrap();
        parse_json_lines(&out.stdout).remove(0)
    };
    let (a, b) = (run(plain.to_string()), run(windows));
    assert_eq!(a.title.as_deref(), Some("Heading Here"));
    assert_eq!(b.title, a.title);
    let texts =
        |r: &common::JsonReport| r.summary.iter().map(|s| s.text.clone()).collect::<Vec<_>>();
    assert_eq!(texts(&a), texts(&b));
}

#[test]
fn empty_and_one_sentence_inputs_are_valid_results() {
    for (text, sentences) in [("", 0), ("   \n\n ", 0), ("Just one sentence here.", 1)] {
        let out = abridge()
            .args(["--format", "json"])
            .write_stdin(text)
            .stdout_ok();
        let report = &parse_json_lines(&out)[0];
        assert_eq!(report.stats.sentences, sentences, "{text:?}");
        assert_eq!(report.summary.len(), sentences, "{text:?}");
        assert!(report.title.is_none(), "{text:?}");
    }
}

#[test]
fn usage_errors_exit_2_and_name_the_flag() {
    for (args, flag) in [
        (&["--sentences", "0"][..], "--sentences"),
        (&["--ratio", "1.5"][..], "--ratio"),
        (&["--words", "-3"][..], "--words"),
        (&["--language", "klingon"][..], "--language"),
        (&["--format", "xml"][..], "--format"),
    ] {
        abridge()
            .args(args)
            .write_stdin("A sentence.")
            .assert()
            .code(2)
            .stderr(predicate::str::contains(flag));
    }
}

#[test]
fn an_unreadable_stopword_list_is_named() {
    abridge()
        .args(["--stopwords", "missing-list.txt"])
        .write_stdin("A sentence.")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("missing-list.txt"));
}

#[test]
fn user_stopwords_remove_keywords() {
    let keywords = |extra: &[&str]| {
        let out = abridge()
            .args(["--format", "json", "-k", "30"])
            .args(extra)
            .arg(example_article())
            .output()
            .unwrap();
        parse_json_lines(&out.stdout)[0]
            .keywords
            .iter()
            .map(|k| k.term.to_lowercase())
            .collect::<Vec<_>>()
    };
    assert!(keywords(&[]).iter().any(|k| k.contains("flood")));
    let mut list = tempfile::NamedTempFile::new().unwrap();
    writeln!(list, "# words to ignore\nflood\nfloods").unwrap();
    let path = list.path().to_str().unwrap();
    assert!(
        !keywords(&["--stopwords", path])
            .iter()
            .any(|k| k.contains("flood"))
    );
}

#[test]
fn other_languages_use_their_stemmer_and_stopwords() {
    let text = "Le conseil municipal a voté le budget. Le budget prévoit des écoles. \
                Les écoles seront rénovées avant la rentrée.";
    let out = abridge()
        .args(["--format", "json", "--language", "fr"])
        .write_stdin(text)
        .stdout_ok();
    let report = &parse_json_lines(&out)[0];
    assert_eq!(report.language, "french");
    let terms: Vec<&str> = report.keywords.iter().map(|k| k.term.as_str()).collect();
    assert!(
        terms
            .iter()
            .all(|t| !["le", "la", "les", "des"].contains(t)),
        "{terms:?}"
    );
}

#[test]
fn languages_are_detected_and_chinese_keywords_are_words_without_spaces() {
    let french = "La ville de Lyon a présenté mardi un plan pour les transports publics. \
                  Le plan doit réduire le trafic automobile dans le centre de la ville. \
                  Les travaux commenceront au printemps prochain.";
    let out = abridge()
        .args(["--format", "json"])
        .write_stdin(french)
        .stdout_ok();
    let report = &parse_json_lines(&out)[0];
    assert_eq!(report.language, "french");
    assert!(report.language_detected);
    assert!(report.language_confidence.is_some_and(|c| c >= 0.5));
    let chinese = "一汽集团今天发布了新能源汽车发展规划。规划提出，到二〇二五年，新能源汽车销量将占总销量的一半。\
                   集团表示，将加大在电池和智能驾驶方面的研发投入。新能源汽车是集团未来发展的重点。";
    let out = abridge()
        .args(["--format", "json", "-k", "8"])
        .write_stdin(chinese)
        .stdout_ok();
    let report = &parse_json_lines(&out)[0];
    assert_eq!(report.language, "chinese");
    assert_eq!(report.summary.len(), 3);
    let terms: Vec<&str> = report.keywords.iter().map(|k| k.term.as_str()).collect();
    assert!(terms.contains(&"新能源汽车"), "{terms:?}");
    assert!(
        terms
            .iter()
            .all(|t| t.chars().count() > 1 && !t.contains(' ')),
        "{terms:?}"
    );
}

#[test]
fn japanese_words_come_from_lindera_with_the_feature_and_script_runs_without() {
    let table = String::from_utf8(abridge().arg("languages").stdout_ok()).unwrap();
    let row = table
        .lines()
        .find(|l| l.starts_with("| japanese |"))
        .expect("a row for Japanese");
    if cfg!(feature = "japanese") {
        assert!(row.contains("| lindera |"), "{row}");
    } else {
        assert!(
            row.contains("| script runs (lindera with --features japanese) |"),
            "{row}"
        );
    }
    let japanese = "日本銀行は十五日、金融政策決定会合を開いた。\
                    総裁は記者会見で「物価の上昇は続いている」と述べた。\
                    日本銀行は来月の会合で利上げを判断する見通しだ。";
    let out = abridge()
        .args(["--format", "json", "-k", "8"])
        .write_stdin(japanese)
        .stdout_ok();
    let report = &parse_json_lines(&out)[0];
    assert_eq!(report.language, "japanese");
    assert_eq!(report.summary.len(), 3);
    // With lindera or by runs of one script: the bank's name whole, no lone
    // character, no hiragana run (a particle or an ending), no number.
    let terms: Vec<&str> = report.keywords.iter().map(|k| k.term.as_str()).collect();
    assert!(terms.contains(&"日本銀行"), "{terms:?}");
    assert!(terms.iter().all(|t| t.chars().count() > 1), "{terms:?}");
    assert!(
        !terms.iter().any(
            |t| t.chars().all(|c| ('\u{3041}'..='\u{309F}').contains(&c)) || t.contains("十五")
        ),
        "{terms:?}"
    );
}

/// The detected language and the top `k` keywords of `text` read from
/// standard input, from the JSON report.
fn language_and_keywords(text: &str, k: usize) -> (String, Vec<String>) {
    let out = abridge()
        .args(["--format", "json", "-k", &k.to_string()])
        .write_stdin(text)
        .stdout_ok();
    let report = parse_json_lines(&out).swap_remove(0);
    let terms = report.keywords.into_iter().map(|k| k.term).collect();
    (report.language, terms)
}

#[test]
fn thai_keywords_are_dictionary_words_not_letters() {
    // "Bangkok is the capital of Thailand. It has more than ten million
    // people. Bangkok's economy grows fast. Many tourists visit Bangkok."
    let thai = "กรุงเทพมหานครเป็นเมืองหลวงของประเทศไทย มีประชากรมากกว่าสิบล้านคน \
                เศรษฐกิจของกรุงเทพมหานครเติบโตอย่างรวดเร็ว นักท่องเที่ยวจำนวนมากเดินทางมาเยือนกรุงเทพมหานคร";
    let (language, terms) = language_and_keywords(thai, 5);
    assert_eq!(language, "thai");
    assert!(terms.iter().any(|t| t == "กรุงเทพมหานคร"), "{terms:?}");
    // A Thai word has more than one letter; with Unicode's word boundaries
    // every keyword was a letter or two.
    assert!(terms.iter().all(|t| t.chars().count() > 3), "{terms:?}");
}

#[test]
fn korean_keywords_are_nouns_without_their_particles() {
    // "The government submitted next year's budget bill to the National
    // Assembly. The bill is the largest ever. The Assembly will review the
    // bill by next month."
    let korean = "정부는 내년 예산안을 국회에 제출했다. 정부가 제출한 예산안은 역대 최대 규모다. \
                  국회는 예산안을 다음 달까지 심사할 예정이다.";
    let (language, terms) = language_and_keywords(korean, 6);
    assert_eq!(language, "korean");
    // 예산안을, 예산안은 and 예산안 are one noun, counted once, written bare.
    assert!(terms.iter().any(|t| t == "예산안"), "{terms:?}");
    assert!(terms.iter().any(|t| t == "국회"), "{terms:?}");
    assert!(
        !terms.iter().any(|t| ["은", "는", "을", "를", "에"]
            .iter()
            .any(|p| t.ends_with(p))),
        "{terms:?}"
    );
}

#[test]
fn output_is_identical_across_runs_and_thread_counts() {
    let run = |threads: &str| {
        abridge()
            .args(["--format", "json", "-j", threads])
            .arg(example_article())
            .arg(fixture("solar-farm.txt"))
            .arg(fixture("library-hours.txt"))
            .output()
            .unwrap()
            .stdout
    };
    let one = run("1");
    assert!(!one.is_empty());
    assert_eq!(one, run("1"));
    assert_eq!(one, run("4"));
}

#[test]
fn a_closed_pipe_ends_quietly() {
    use std::process::{Command, Stdio};
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("abridge"))
        .args(std::iter::repeat_n(example_article(), 2000))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Read one line, then close our end while abridge still writes.
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 16];
    std::io::Read::read_exact(&mut stdout, &mut first).unwrap();
    drop(stdout);
    let out = child.wait_with_output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn every_method_summarizes_within_the_budget() {
    let methods = [
        "textrank",
        "reduction",
        "lexrank",
        "lsa",
        "luhn",
        "sumbasic",
        "kl",
        "edmundson",
        "submodular",
        "reinforcement",
        "lead",
        "random",
    ];
    for method in methods {
        let out = abridge()
            .args(["--format", "json", "-n", "4", "--method", method])
            .arg(example_article())
            .stdout_ok();
        let report = &parse_json_lines(&out)[0];
        assert_eq!(report.summary.len(), 4, "{method}");
        let indices: Vec<usize> = report.summary.iter().map(|s| s.index).collect();
        assert!(
            indices.windows(2).all(|w| w[0] < w[1]),
            "{method}: {indices:?}"
        );
        assert!(
            report.summary.iter().all(|s| s.score.is_finite()),
            "{method}"
        );
    }
    // The lead is the first sentences.
    let out = abridge()
        .args(["--format", "json", "-n", "2", "--method", "lead"])
        .arg(example_article())
        .stdout_ok();
    let lead: Vec<usize> = parse_json_lines(&out)[0]
        .summary
        .iter()
        .map(|s| s.index)
        .collect();
    assert_eq!(lead, [0, 1]);
}

#[test]
fn the_seed_sets_the_random_baseline() {
    let run = |seed: &str| {
        let out = abridge()
            .args([
                "--format", "json", "-n", "3", "--method", "random", "--seed", seed,
            ])
            .arg(example_article())
            .stdout_ok();
        parse_json_lines(&out)[0]
            .summary
            .iter()
            .map(|s| s.index)
            .collect::<Vec<_>>()
    };
    assert_eq!(run("1"), run("1"));
    let picks: std::collections::BTreeSet<Vec<usize>> =
        ["1", "2", "3", "4", "5"].into_iter().map(run).collect();
    assert!(picks.len() > 1, "five seeds gave one summary: {picks:?}");
}

#[test]
fn cue_word_files_are_read_and_a_missing_one_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let bonus = common::write(dir.path(), "bonus.txt", "# mine\nflood\n");
    let with = abridge()
        .args(["--format", "json", "--method", "edmundson", "--bonus-words"])
        .arg(&bonus)
        .arg(example_article())
        .stdout_ok();
    let without = abridge()
        .args(["--format", "json", "--method", "edmundson"])
        .arg(example_article())
        .stdout_ok();
    assert_ne!(with, without);
    abridge()
        .args([
            "--method",
            "edmundson",
            "--stigma-words",
            "no-such-list.txt",
        ])
        .arg(example_article())
        .assert()
        .failure()
        .stderr(predicate::str::contains("no-such-list.txt"))
        .stderr(predicate::str::contains("stigma word list"));
    abridge()
        .args(["--lexrank-threshold", "1.5"])
        .arg(example_article())
        .assert()
        .failure()
        .stderr(predicate::str::contains("less than 1"));
}
