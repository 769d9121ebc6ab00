//! The HTML extractor (`abridge::html`, feature `html`) on saved pages and on
//! hostile ones.
//!
//! Quality: each page of `tests/html-pages/` is extracted and scored by
//! word-level F1 against the article text a reader would keep; each page has
//! a floor a little under what the extractor scores today, so a change that
//! loses article text or lets furniture in fails here.
//!
//! Hardness (issue 11, item 1): pages up to 2 MB shaped to break extractors
//! (deep nesting, millions of references, a tag of 200,000 attributes) are
//! extracted on a thread with a 2 MiB stack, as a worker thread has; each
//! must finish without a crash, within a bound generous enough for a debug
//! build on a loaded machine (a crawl is minutes, as it was before).

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// Each saved page (under `tests/`) and the floor of its F1; its expected
/// text is `tests/html-pages/STEM.expected.txt`.
/// The floors sit about 0.02 under the F1 measured when they were set (1.000
/// on nine pages, 0.979 on 06, 0.894 on 08, 0.922 on 10; mean 0.983), so a
/// small change passes and a lost paragraph or a kept comment block fails.
const PAGES: &[(&str, f64)] = &[
    ("html-pages/01-harbour-news.html", 0.98),
    ("html-pages/02-wordpress-blog.html", 0.98),
    ("html-pages/03-table-layout.html", 0.98),
    ("html-pages/04-div-soup.html", 0.98),
    ("html-pages/05-magazine-longread.html", 0.98),
    ("html-pages/06-wire-dateline.html", 0.95),
    ("html-pages/07-blogger-long-comments.html", 0.98),
    ("html-pages/08-science-keypoints.html", 0.87),
    ("html-pages/09-opinion-inline-ads.html", 0.98),
    ("html-pages/10-short-news-main.html", 0.90),
    ("fixtures/html/gazette-bridge.html", 0.98),
    ("fixtures/html/blog-orchard.htm", 0.98),
];

/// The floor of the mean F1 over all pages.
const MEAN_FLOOR: f64 = 0.96;

fn workspace_root() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

fn read(path: &str) -> String {
    let path = workspace_root().join("tests").join(path);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The words of `text`, lower-cased, with how often each occurs.
fn words(text: &str) -> BTreeMap<String, usize> {
    let mut counts = BTreeMap::new();
    for word in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        *counts.entry(word.to_lowercase()).or_insert(0) += 1;
    }
    counts
}

/// Precision, recall and F1 of `got` against `want`, over words counted
/// with their multiplicity.
fn f1(got: &str, want: &str) -> (f64, f64, f64) {
    let got = words(got);
    let want = words(want);
    let common: usize = got
        .iter()
        .map(|(w, n)| (*n).min(want.get(w).copied().unwrap_or(0)))
        .sum();
    let total = |m: &BTreeMap<String, usize>| m.values().sum::<usize>();
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    let p = ratio(common, total(&got));
    let r = ratio(common, total(&want));
    let f = if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    };
    (p, r, f)
}

#[test]
fn the_scorer_counts_words_with_their_multiplicity() {
    assert_eq!(f1("a b", "a b"), (1.0, 1.0, 1.0));
    let (p, r, f) = f1("The cat, the cat.", "the cat sat");
    assert_eq!((p, r), (0.5, 2.0 / 3.0));
    assert!((f - 4.0 / 7.0).abs() < 1e-12);
    assert_eq!(f1("", "a"), (0.0, 0.0, 0.0));
}

#[test]
fn every_saved_page_is_scored() {
    let dir = workspace_root().join("tests/html-pages");
    let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
        .expect("tests/html-pages")
        .map(|e| {
            e.expect("an entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .filter(|name| name.ends_with(".html"))
        .map(|name| format!("html-pages/{name}"))
        .collect();
    on_disk.sort();
    let listed: Vec<&str> = PAGES
        .iter()
        .map(|(page, _)| *page)
        .filter(|page| page.starts_with("html-pages/"))
        .collect();
    assert_eq!(on_disk, listed);
}

#[test]
fn saved_pages_are_reduced_to_their_article() {
    let mut report = Vec::new();
    let mut failures = Vec::new();
    let mut sum = 0.0;
    for &(page, floor) in PAGES {
        let stem = page.rsplit('/').next().and_then(|f| f.split('.').next());
        let expected = stem.expect("a page has a file name");
        let want = read(&format!("html-pages/{expected}.expected.txt"));
        let article = abridge::html::extract(&read(page)).unwrap_or_else(|e| panic!("{page}: {e}"));
        let (p, r, f) = f1(&article.text, &want);
        sum += f;
        report.push(format!("{expected}: P {p:.3} R {r:.3} F1 {f:.3}"));
        if f < floor {
            failures.push(format!("{expected}: F1 {f:.3} under its floor {floor}"));
        }
        let title = article.title.unwrap_or_default();
        if title.is_empty() || title.contains(" | ") || title.contains(" - ") {
            failures.push(format!(
                "{expected}: title {title:?} is missing or names the site"
            ));
        }
    }
    let mean = sum / PAGES.len() as f64;
    report.push(format!("mean F1 {mean:.3}"));
    if mean < MEAN_FLOOR {
        failures.push(format!("mean F1 {mean:.3} under its floor {MEAN_FLOOR}"));
    }
    eprintln!("{}", report.join("\n"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn extraction_is_deterministic() {
    for &(page, _) in PAGES {
        let html = read(page);
        assert_eq!(
            abridge::html::extract(&html),
            abridge::html::extract(&html),
            "{page}"
        );
    }
}

/// The stack of a worker thread (rayon's default), where the command line
/// extracts pages.
const WORKER_STACK: usize = 2 << 20;

/// The bound on one hostile page. A release build takes well under a second
/// on each (a quarter of a second for the slowest, 200,000 `<p><b><i>x`);
/// a debug build about ten times that. Before the fix these shapes crashed
/// the process or took from seconds to minutes in release.
const BOUND: Duration = Duration::from_secs(20);

/// A hostile page: its name and its HTML.
struct Shape {
    name: &'static str,
    html: String,
}

/// The text under the deep shapes: long enough to be a paragraph (a nearly
/// empty container is furniture to the extractor).
const DEEP: &str = "Deep text, long enough to be a paragraph of its own.";

fn body(inner: impl AsRef<str>) -> String {
    format!("<html><body>{}", inner.as_ref())
}

fn hostile_shapes() -> Vec<Shape> {
    let attrs: String = (0..200_000).map(|i| format!(" a{i}=x")).collect();
    vec![
        Shape {
            name: "150,000 nested <em>",
            html: body(format!("{}{DEEP}", "<em>".repeat(150_000))),
        },
        Shape {
            name: "100,000 nested <div>",
            html: body(format!("{}{DEEP}", "<div>".repeat(100_000))),
        },
        Shape {
            name: "8,000 <div> ... text ... 8,000 </div>",
            html: body(format!(
                "{}{DEEP}{}",
                "<div>".repeat(8_000),
                "</div>".repeat(8_000)
            )),
        },
        Shape {
            name: "130,000 nested <table><tr><td>",
            html: body("<table><tr><td>".repeat(130_000)),
        },
        Shape {
            name: "250,000 nested <ul><li>",
            html: body("<ul><li>".repeat(250_000)),
        },
        Shape {
            name: "<p> + 400,000 &amp; (2 MB)",
            html: body(format!("<p>{}", "&amp;".repeat(400_000))),
        },
        Shape {
            name: "<p> + 800,000 &amp; (4 MB)",
            html: body(format!("<p>{}", "&amp;".repeat(800_000))),
        },
        Shape {
            name: "<p> + 2,000,000 bare &",
            html: body(format!("<p>{}", "&".repeat(2_000_000))),
        },
        Shape {
            name: "one <p> with 200,000 attributes",
            html: body(format!("<p{attrs}>x</p>")),
        },
        Shape {
            name: "200,000 <p><b><i>x",
            html: body("<p><b><i>x".repeat(200_000)),
        },
        Shape {
            name: "660,000 <p>",
            html: body("<p>".repeat(660_000)),
        },
        Shape {
            name: "400,000 <h1>x",
            html: body("<h1>x".repeat(400_000)),
        },
        Shape {
            name: "66,000 <div><a>link</a></div>",
            html: body("<div><a href=/x>link</a></div>".repeat(66_000)),
        },
        Shape {
            name: "130,000 stray end tags",
            html: "</div></p></em>".repeat(130_000),
        },
        Shape {
            name: "500,000 unclosed comments",
            html: "<!--".repeat(500_000),
        },
        Shape {
            name: "2,000,000 <",
            html: "<".repeat(2_000_000),
        },
        Shape {
            name: "an attribute value of 2 MB, unclosed",
            html: format!("<p title=\"{}", "x".repeat(2_000_000)),
        },
        Shape {
            name: "<script> with 250,000 near end tags",
            html: format!("<script>{}", "</scrip".repeat(250_000)),
        },
    ]
}

/// What each hostile page must give, besides finishing: the article text
/// where the shape holds one.
fn check(shape: &Shape, got: &abridge::Result<abridge::html::Article>) {
    let text = got.as_ref().map(|a| a.text.as_str());
    match shape.name {
        "150,000 nested <em>" | "100,000 nested <div>" => {
            assert_eq!(text, Ok(format!("{DEEP}\n").as_str()), "{}", shape.name)
        }
        "8,000 <div> ... text ... 8,000 </div>" => {
            assert_eq!(text, Ok(format!("{DEEP}\n").as_str()), "{}", shape.name)
        }
        "<p> + 400,000 &amp; (2 MB)" => {
            assert_eq!(text.map(str::len), Ok(400_001), "{}", shape.name)
        }
        "<p> + 800,000 &amp; (4 MB)" => {
            assert_eq!(text.map(str::len), Ok(800_001), "{}", shape.name)
        }
        "<p> + 2,000,000 bare &" => {
            assert_eq!(text.map(str::len), Ok(2_000_001), "{}", shape.name)
        }
        "one <p> with 200,000 attributes" => assert_eq!(text, Ok("x\n"), "{}", shape.name),
        "200,000 <p><b><i>x" => {
            assert_eq!(
                text.map(|t| t.lines().filter(|l| *l == "x").count()),
                Ok(200_000),
                "{}",
                shape.name
            )
        }
        _ => {}
    }
}

#[test]
fn hostile_pages_neither_crash_nor_crawl_on_a_worker_stack() {
    let worker = std::thread::Builder::new()
        .name("extract".into())
        .stack_size(WORKER_STACK)
        .spawn(|| {
            let mut timings = Vec::new();
            for shape in hostile_shapes() {
                let start = Instant::now();
                let got = abridge::html::extract(&shape.html);
                let took = start.elapsed();
                check(&shape, &got);
                assert!(
                    took < BOUND,
                    "{} ({} bytes) took {took:?}",
                    shape.name,
                    shape.html.len()
                );
                timings.push(format!(
                    "{}: {} bytes, {:.3} s, {}",
                    shape.name,
                    shape.html.len(),
                    took.as_secs_f64(),
                    match &got {
                        Ok(a) => format!("{} bytes of text", a.text.len()),
                        Err(e) => e.to_string(),
                    }
                ));
            }
            timings
        })
        .expect("a thread can be started");
    let timings = worker.join().expect("no hostile page panics");
    eprintln!("{}", timings.join("\n"));
}
