//! Finds the article in a parsed page: its title, and the blocks of text
//! that belong to it, rendered as paragraphs.
//!
//! Owns the scoring and the rendering. Receives a [`Doc`] from `parse`;
//! asks `boilerplate` what marks furniture; returns plain text. Knows
//! nothing of bytes, markup or character references.
//!
//! The method is Readability's (Arc90, 2009; kept up by Mozilla as
//! Readability.js), re-implemented on the bounded tree:
//!
//! 1. **Mark** furniture, top down: by tag, role, hidden state, and class or
//!    id words, except on an element that holds the `<article>`, `<main>` or
//!    articleBody (a wrapper's class must not drop the story).
//! 2. **Measure**, bottom up: visible characters, those inside links,
//!    commas and images of every subtree.
//! 3. **Score**: each block with at least 25 characters of its own inline
//!    text scores 1 + its commas + min(length / 100, 3) into its parent, half
//!    that into its grandparent and a sixth into the next (Readability's
//!    weights). A container that holds text directly (a `td`, a `div` of text
//!    and `<br>`) is a candidate itself, which Readability only reaches by
//!    rewriting such `div`s into `p`s. Candidates start from a tag weight (+5
//!    `div`, +3 `td`/`pre`/`blockquote`, -3 lists and forms, -5 headings)
//!    and a class weight (±25), and are scaled by 1 - link density.
//! 4. **Choose** the best candidate, moved up to a parent that scores better
//!    (or, as an only child, stands for its parent), then **gather** the
//!    siblings that score at least max(10, 20 % of it) or are link-free
//!    paragraphs.
//! 5. **Render** the kept subtrees as paragraphs, leaving out containers
//!    that are mostly links, nearly empty or negatively classed, headings
//!    that repeat the title, and one-line furniture ("Share this article").
//!
//! Every pass is a loop over the node array (ids are in document order), so
//! the cost is linear in the nodes and nothing recurses. Scores are `f32`
//! sums in a fixed order and ties go to the earlier node: the result does
//! not depend on anything but the page.

use super::boilerplate::{JUNK_TAGS, Verdict, boilerplate_line, hidden, judge};
use super::parse::{Doc, NONE, known, tag};

/// Containers cleaned out when mostly links or nearly empty.
const CONTAINERS: [u32; 12] = [
    known("div"),
    known("section"),
    known("ul"),
    known("ol"),
    known("dl"),
    known("table"),
    known("header"),
    known("form"),
    known("center"),
    known("details"),
    known("address"),
    known("span"),
];

/// Tags scored lower as candidates: lists, forms and addresses hold
/// article text less often than they hold links and furniture.
const LIST_TAGS: [u32; 8] = [
    known("ul"),
    known("ol"),
    known("dl"),
    known("dd"),
    known("dt"),
    known("li"),
    known("form"),
    known("address"),
];

/// Below this many characters the strict pass may have dropped the article
/// for a misleading class name, and the lenient pass has its chance.
const SHORT_ARTICLE: usize = 500;

/// The article text of `doc`, paragraphs separated by a blank line (empty
/// when there is none). `title` is the page's title, for headings that
/// repeat it.
pub(super) fn article_text(doc: &Doc, title: Option<&str>) -> String {
    let (strict, class_drops) = Extraction::new(doc, true, title).run();
    // Class names can be wrong (a page wrapped in `<div class="has-sidebar">`):
    // when the strict pass finds little after dropping by class, a lenient
    // one that ignores class names has its chance, and it must find more
    // than twice as much to win.
    if strict.len() < SHORT_ARTICLE && class_drops > 0 {
        let (lenient, _) = Extraction::new(doc, false, title).run();
        if lenient.len() > strict.len() * 2 {
            return lenient;
        }
    }
    strict
}

/// Characters of `s` that are not white space.
fn visible_len(s: &str) -> u32 {
    s.chars().filter(|c| !c.is_whitespace()).count() as u32
}

/// One pass of the extractor over a page: per-node measures and scores.
struct Extraction<'a> {
    doc: &'a Doc,
    /// The page's title and raw `<title>` and their parts between the
    /// site-name separators, lower case: a heading that repeats one is not
    /// article text.
    titles: Vec<String>,
    /// Whether class and id words drop elements (else they only weigh).
    strict: bool,
    /// Dropped, with all its descendants.
    dropped: Vec<bool>,
    /// Visible characters in the subtree (dropped parts excluded).
    len: Vec<u32>,
    /// Of which inside links.
    link_len: Vec<u32>,
    /// Visible characters of the element's own inline content.
    inline_len: Vec<u32>,
    /// Commas in the element's own inline content.
    commas: Vec<u32>,
    /// Images in the subtree.
    images: Vec<u32>,
    /// Whether an `article`, `main` or articleBody is in the subtree.
    has_article: Vec<bool>,
    /// A candidate's score (meaningful where `scored`).
    score: Vec<f32>,
    /// Whether the node is a candidate.
    scored: Vec<bool>,
    /// The class weight: -25 furniture, +25 article, 0 neither.
    weight: Vec<f32>,
}

impl<'a> Extraction<'a> {
    /// A pass over `doc`, strict or lenient about class names.
    fn new(doc: &'a Doc, strict: bool, title: Option<&str>) -> Self {
        let n = doc.nodes.len();
        Extraction {
            doc,
            titles: title_forms([title, doc.title.as_deref()]),
            strict,
            dropped: vec![false; n],
            len: vec![0; n],
            link_len: vec![0; n],
            inline_len: vec![0; n],
            commas: vec![0; n],
            images: vec![0; n],
            has_article: vec![false; n],
            score: vec![0.0; n],
            scored: vec![false; n],
            weight: vec![0.0; n],
        }
    }

    /// The tag of node `i`.
    fn tag(&self, i: usize) -> u32 {
        self.doc.nodes[i].tag
    }

    /// The parent of node `i` (none for the root).
    fn parent(&self, i: usize) -> Option<usize> {
        let p = self.doc.nodes[i].parent;
        (p != NONE).then_some(p as usize)
    }

    /// The article text, and how many elements were dropped for their
    /// class or id alone.
    fn run(mut self) -> (String, usize) {
        let class_drops = self.mark();
        self.measure();
        let top = self.choose();
        let parts = self.gather(top);
        (self.render(&parts, top), class_drops)
    }

    /// Marks dropped elements, top down (a parent's id is smaller); returns
    /// how many were dropped for their class or id alone.
    fn mark(&mut self) -> usize {
        let mut class_drops = 0;
        let n = self.doc.nodes.len();
        // `article`/`main`/articleBody below: protects wrappers whose class
        // would otherwise drop the whole story.
        for i in (1..n).rev() {
            let t = self.tag(i);
            let here = t == tag::ARTICLE
                || t == tag::MAIN
                || self
                    .doc
                    .attrs_of(i)
                    .is_some_and(|a| a.itemprop.contains("articlebody"));
            if (here || self.has_article[i])
                && let Some(p) = self.parent(i)
            {
                self.has_article[p] = true;
            }
        }
        for i in 1..n {
            let parent_dropped = self.parent(i).is_some_and(|p| self.dropped[p]);
            let t = self.tag(i);
            let mut drop = parent_dropped || JUNK_TAGS.contains(&t);
            if !drop && let Some(a) = self.doc.attrs_of(i) {
                if hidden(a) {
                    drop = true;
                } else {
                    match judge(a) {
                        Verdict::Junk => {
                            self.weight[i] = -25.0;
                            if self.strict
                                && !self.has_article[i]
                                && t != tag::ARTICLE
                                && t != tag::MAIN
                            {
                                drop = true;
                                class_drops += 1;
                            }
                        }
                        Verdict::Good => self.weight[i] = 25.0,
                        Verdict::Neutral => {}
                    }
                }
            }
            self.dropped[i] = drop;
        }
        class_drops
    }

    /// Adds up lengths, links, commas and images, bottom up.
    fn measure(&mut self) {
        let n = self.doc.nodes.len();
        for i in (1..n).rev() {
            if self.dropped[i] {
                continue;
            }
            let t = self.tag(i);
            if t == tag::TEXT {
                let s = self.doc.text_of(i);
                let l = visible_len(s);
                self.len[i] = l;
                self.inline_len[i] = l;
                self.commas[i] = s.matches([',', '，', '、']).count() as u32;
            } else if t == tag::IMG {
                self.images[i] = 1;
            }
            if t == tag::A {
                self.link_len[i] = self.len[i];
            }
            let Some(p) = self.parent(i) else { continue };
            self.len[p] += self.len[i];
            self.link_len[p] += self.link_len[i];
            self.images[p] += self.images[i];
            if !self.doc.is_block(i) {
                self.inline_len[p] += self.inline_len[i];
                self.commas[p] += self.commas[i];
            }
        }
    }

    /// The share of `i`'s visible characters that are inside links.
    fn link_density(&self, i: usize) -> f32 {
        if self.len[i] == 0 {
            return 0.0;
        }
        self.link_len[i] as f32 / self.len[i] as f32
    }

    /// Starts scoring candidate `i` if it is not scored yet.
    fn init(&mut self, i: usize) {
        if self.scored[i] {
            return;
        }
        self.scored[i] = true;
        let t = self.tag(i);
        let base = if t == tag::DIV {
            5.0
        } else if t == tag::PRE || t == tag::TD || t == tag::BLOCKQUOTE {
            3.0
        } else if LIST_TAGS.contains(&t) {
            -3.0
        } else if tag::HEADINGS.contains(&t) {
            -5.0
        } else {
            0.0
        };
        self.score[i] = base + self.weight[i];
    }

    /// Scores paragraphs into their ancestors and returns the best
    /// candidate, moved up where its parent holds more of the article.
    fn choose(&mut self) -> usize {
        let n = self.doc.nodes.len();
        for i in 0..n {
            if self.dropped[i] || self.tag(i) == tag::TEXT || !self.doc.is_block(i) {
                continue;
            }
            if self.inline_len[i] < 25 {
                continue;
            }
            let content =
                1.0 + self.commas[i] as f32 + (self.inline_len[i] as f32 / 100.0).min(3.0);
            // A container that holds its text directly (a `td`, or a `div`
            // of text and `<br>`s) is a candidate itself.
            if CONTAINERS.contains(&self.tag(i)) || self.tag(i) == tag::TD || i == 0 {
                self.init(i);
                self.score[i] += content;
            }
            let mut level = 0;
            let mut cur = self.parent(i);
            while let Some(a) = cur {
                if level >= 3 {
                    break;
                }
                self.init(a);
                let divider = match level {
                    0 => 1.0,
                    1 => 2.0,
                    _ => level as f32 * 3.0,
                };
                self.score[a] += content / divider;
                level += 1;
                cur = self.parent(a);
            }
        }
        let mut top: Option<usize> = None;
        for i in 0..n {
            if !self.scored[i] || self.dropped[i] {
                continue;
            }
            self.score[i] *= 1.0 - self.link_density(i);
            if top.is_none_or(|t| self.score[i] > self.score[t]) {
                top = Some(i);
            }
        }
        // No paragraph anywhere: the whole page, cleaned, is the article.
        let mut top = top.unwrap_or(0);
        // Readability's walk up: a parent that scores better than the child
        // that led to it is the article.
        let top_score = self.score[top];
        let mut last = top_score;
        let mut cur = self.parent(top);
        while let Some(p) = cur {
            if p == 0 {
                break;
            }
            if self.scored[p] {
                if self.score[p] < top_score / 3.0 {
                    break;
                }
                if self.score[p] > last {
                    top = p;
                    break;
                }
                last = self.score[p];
            }
            cur = self.parent(p);
        }
        // An only child stands for its parent.
        while let Some(p) = self.parent(top) {
            if p == 0 {
                break;
            }
            let mut kids = 0;
            let mut c = self.doc.nodes[p].first_child;
            while c != NONE {
                let ci = c as usize;
                if self.tag(ci) != tag::TEXT && self.tag(ci) != tag::BREAK && !self.dropped[ci] {
                    kids += 1;
                }
                c = self.doc.nodes[ci].next;
            }
            if kids != 1 {
                break;
            }
            top = p;
        }
        top
    }

    /// The top candidate and the siblings that belong with it, in order.
    fn gather(&self, top: usize) -> Vec<usize> {
        let Some(parent) = self.parent(top) else {
            return vec![top];
        };
        let top_score = self.score[top];
        let threshold = (top_score * 0.2).max(10.0);
        let top_class = self
            .doc
            .attrs_of(top)
            .map(|a| a.class.as_str())
            .unwrap_or("");
        let mut parts = Vec::new();
        let mut c = self.doc.nodes[parent].first_child;
        while c != NONE {
            let i = c as usize;
            c = self.doc.nodes[i].next;
            if i == top {
                parts.push(i);
                continue;
            }
            if self.dropped[i] || self.tag(i) == tag::TEXT || self.tag(i) == tag::BREAK {
                continue;
            }
            let mut bonus = 0.0;
            let class = self.doc.attrs_of(i).map(|a| a.class.as_str()).unwrap_or("");
            if !top_class.is_empty() && class == top_class {
                bonus = top_score * 0.2;
            }
            let keep = if self.scored[i] && self.score[i] + bonus >= threshold {
                true
            } else if self.tag(i) == tag::P {
                let ld = self.link_density(i);
                let len = self.len[i];
                let text = self.inline_text(i);
                (len > 80 && ld < 0.25)
                    || (len > 0
                        && len <= 80
                        && ld == 0.0
                        && (text.ends_with('.') || text.ends_with(". ")))
            } else {
                false
            };
            if keep {
                parts.push(i);
            }
        }
        parts
    }

    /// The text of a paragraph, for the sibling test (short paragraphs
    /// only, so bounded).
    fn inline_text(&self, i: usize) -> String {
        let mut out = String::new();
        let mut c = self.doc.nodes[i].first_child;
        while c != NONE && out.len() < 400 {
            let ci = c as usize;
            if self.tag(ci) == tag::TEXT {
                out.push_str(self.doc.text_of(ci));
            }
            c = self.doc.nodes[ci].next;
        }
        out.trim_end().to_string()
    }

    /// Whether container `i` inside the article is removed: mostly links,
    /// marked as boilerplate, or nearly empty.
    fn clean_out(&self, i: usize, top: usize) -> bool {
        if i == top {
            return false;
        }
        let t = self.tag(i);
        if tag::HEADINGS.contains(&t) {
            return self.weight[i] < 0.0 || self.link_density(i) > 0.33 || self.repeats_title(i);
        }
        if !CONTAINERS.contains(&t) && t != tag::LI && t != tag::P {
            return false;
        }
        let ld = self.link_density(i);
        let weight = self.weight[i];
        if weight < 0.0 && self.strict {
            return true;
        }
        if ld > 0.5 || (weight < 25.0 && ld > 0.25 && self.len[i] < 1000) {
            return true;
        }
        // A nearly empty container (a leftover "Share" or "Tags:" box) goes;
        // paragraphs and list items are short by nature and stay.
        t != tag::P
            && t != tag::LI
            && self.commas[i] < 10
            && self.len[i] < 25
            && self.images[i] == 0
    }

    /// Whether heading `i` repeats the page's title (or the part of the
    /// `<title>` before or after the site's name).
    fn repeats_title(&self, i: usize) -> bool {
        if self.len[i] > 300 {
            return false;
        }
        let text = subtree_text(self.doc, i, 400);
        let text = text
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase();
        text.len() >= 4 && self.titles.contains(&text)
    }

    /// Renders the kept parts as paragraphs.
    fn render(&self, parts: &[usize], top: usize) -> String {
        let mut blocks: Vec<String> = Vec::new();
        let mut cur = String::new();
        let flush = |cur: &mut String, blocks: &mut Vec<String>| {
            let line = cur.trim();
            if !line.is_empty() {
                blocks.push(line.to_string());
            }
            cur.clear();
        };
        for &part in parts {
            // An iterative walk over the node links: down to the first
            // child, on to the next sibling, back up to the parent.
            let mut i = part;
            let mut entering = true;
            loop {
                let t = self.tag(i);
                let mut descend = false;
                if entering {
                    if t == tag::TEXT {
                        push_collapsed(&mut cur, self.doc.text_of(i));
                    } else if t == tag::BREAK {
                        flush(&mut cur, &mut blocks);
                    } else {
                        let block = self.doc.is_block(i);
                        if block {
                            flush(&mut cur, &mut blocks);
                        }
                        let skip =
                            self.dropped[i] || (t == tag::H1 && i != top) || self.clean_out(i, top);
                        if skip {
                            if !block {
                                cur.push(' ');
                            }
                        } else {
                            descend = self.doc.nodes[i].first_child != NONE;
                            if !descend && block {
                                flush(&mut cur, &mut blocks);
                            }
                        }
                    }
                } else if self.doc.is_block(i) {
                    flush(&mut cur, &mut blocks);
                }
                if descend {
                    i = self.doc.nodes[i].first_child as usize;
                    entering = true;
                    continue;
                }
                if i == part {
                    break;
                }
                let next = self.doc.nodes[i].next;
                if next != NONE {
                    i = next as usize;
                    entering = true;
                } else {
                    i = self.doc.nodes[i].parent as usize;
                    entering = false;
                }
            }
            flush(&mut cur, &mut blocks);
        }
        let blocks: Vec<String> = blocks
            .into_iter()
            .filter(|b| !boilerplate_line(b))
            .collect();
        let mut out = String::new();
        for (k, b) in blocks.iter().enumerate() {
            if k > 0 {
                out.push('\n');
            }
            out.push_str(b);
            out.push('\n');
        }
        out
    }
}

/// The forms of the titles a heading may repeat.
fn title_forms(titles: [Option<&str>; 2]) -> Vec<String> {
    let mut forms = Vec::new();
    for t in titles.into_iter().flatten() {
        let t = t
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase();
        for sep in [": ", " | ", " - ", " – ", " — ", " :: ", " » "] {
            if t.contains(sep) {
                forms.extend(t.split(sep).map(|p| p.trim().to_string()));
            }
        }
        forms.push(t);
    }
    forms
}

/// Appends `s` to `out` with white space runs collapsed to one space.
fn push_collapsed(out: &mut String, s: &str) {
    for (k, piece) in s.split(|c: char| c.is_whitespace()).enumerate() {
        if k > 0 && !out.ends_with(' ') {
            out.push(' ');
        }
        out.push_str(piece);
    }
}

/// The page's title: `<title>` without the site's name, or `og:title`, or
/// the first `<h1>`.
pub(super) fn title(doc: &Doc) -> Option<String> {
    let clean = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let h1 = (0..doc.nodes.len())
        .find(|&i| doc.nodes[i].tag == tag::H1)
        .map(|i| clean(&subtree_text(doc, i, 1000)));
    let og = doc
        .metas
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case("og:title"))
        .map(|(_, c)| clean(c));
    let raw = doc.title.as_deref().map(clean).filter(|s| !s.is_empty());
    let Some(raw) = raw else {
        return og
            .filter(|s| !s.is_empty())
            .or(h1.filter(|s| !s.is_empty()));
    };
    // "Story | Site", "Story - Site", "Site » Story".
    for sep in [" | ", " - ", " – ", " — ", " :: ", " » ", " · ", " / "] {
        if raw.contains(sep) {
            let parts: Vec<&str> = raw.split(sep).map(str::trim).collect();
            for cand in [&h1, &og].into_iter().flatten() {
                if let Some(p) = parts.iter().find(|p| *p == cand) {
                    return Some(p.to_string());
                }
            }
            let best = parts
                .iter()
                .max_by_key(|p| p.split_whitespace().count())
                .copied()
                .unwrap_or("");
            if best.split_whitespace().count() >= 3 {
                return Some(best.to_string());
            }
            return Some(raw);
        }
    }
    // "Site: Story" where the page names its site: the part before the
    // first colon is its first <h1> (a blog's name in its header) or its
    // og:site_name. Any other colon belongs to the title ("Notes from the
    // valley: a late frost").
    if let Some(first) = raw.find(": ") {
        let site = raw[..first].trim();
        let site_name = doc
            .metas
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case("og:site_name"))
            .map(|(_, c)| clean(c));
        let named = [&h1, &site_name]
            .into_iter()
            .flatten()
            .any(|name| name.eq_ignore_ascii_case(site));
        let story = raw[first + 2..].trim();
        if named && !story.is_empty() {
            return Some(story.to_string());
        }
    }
    Some(raw)
}

/// The text under node `i`, at most about `max` bytes, read from at most
/// `max` nodes (a heading of a million empty elements costs `max` steps).
fn subtree_text(doc: &Doc, i: usize, max: usize) -> String {
    let mut out = String::new();
    let end = next_after(doc, i);
    for k in (i + 1..end).take(max) {
        if doc.nodes[k].tag == tag::TEXT {
            out.push_str(doc.text_of(k));
            out.push(' ');
            if out.len() > max {
                break;
            }
        }
    }
    out
}

/// The first node id after the subtree of `i` (ids are in document order).
fn next_after(doc: &Doc, mut i: usize) -> usize {
    loop {
        let n = &doc.nodes[i];
        if n.next != NONE {
            return n.next as usize;
        }
        if n.parent == NONE {
            return doc.nodes.len();
        }
        i = n.parent as usize;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::html::parse::parse;

    #[test]
    fn white_space_collapses_across_pushes() {
        let mut out = String::new();
        push_collapsed(&mut out, "  two\n\twords ");
        push_collapsed(&mut out, " and more");
        assert_eq!(out, " two words and more");
    }

    #[test]
    fn a_site_name_before_a_colon_is_left_out_of_the_title() {
        let title_of = |page: &str| title(&parse(page));
        let page = "<title>Hedgerow Diaries: Laying a hedge the old way</title>\
            <h1>Hedgerow Diaries</h1>";
        assert_eq!(
            title_of(page).as_deref(),
            Some("Laying a hedge the old way")
        );
        let page = "<meta property='og:site_name' content='Field Notes'>\
            <title>Field notes: Frost</title>";
        assert_eq!(title_of(page).as_deref(), Some("Frost"));
        // A colon the page does not explain by its site's name stays.
        let page = "<title>Rust: the good parts</title><h1>Rust for beginners</h1>";
        assert_eq!(title_of(page).as_deref(), Some("Rust: the good parts"));
    }

    #[test]
    fn title_forms_split_at_site_separators() {
        let forms = title_forms([Some("Bridge  Reopens | The Gazette"), None]);
        assert_eq!(
            forms,
            [
                "bridge reopens",
                "the gazette",
                "bridge reopens | the gazette"
            ]
        );
    }

    #[test]
    fn the_title_part_that_is_the_heading_wins() {
        let doc = parse("<title>The Gazette - Bridge reopens</title><h1>Bridge reopens</h1>");
        assert_eq!(title(&doc).as_deref(), Some("Bridge reopens"));
        // No heading to match: the longest part, if it has three words.
        let doc = parse("<title>Harbour bridge reopens at last | Gazette</title>");
        assert_eq!(
            title(&doc).as_deref(),
            Some("Harbour bridge reopens at last")
        );
        let doc = parse("<title>Home | Gazette</title>");
        assert_eq!(title(&doc).as_deref(), Some("Home | Gazette"));
        let doc = parse("<h1> A   heading </h1>");
        assert_eq!(title(&doc).as_deref(), Some("A heading"));
    }

    #[test]
    fn the_densest_block_is_the_article_and_link_lists_are_not() {
        let links = "<a href=/a>One link</a> <a href=/b>Another link</a> ".repeat(5);
        let page = format!(
            "<div class=menu-box>{links}</div><div><p>First paragraph, with a comma, of the \
             story.</p><p>Second paragraph, with a comma, of the story.</p></div><div>{links}</div>"
        );
        let doc = parse(&page);
        assert_eq!(
            article_text(&doc, None),
            "First paragraph, with a comma, of the story.\n\n\
             Second paragraph, with a comma, of the story.\n"
        );
    }
}
