//! What marks page furniture: the tags, roles, class and id words, and the
//! short lines that are never article text.
//!
//! Owns the word lists and the judgements made from them. Receives an
//! element's tag and attributes, or a rendered line; knows nothing of the
//! tree or of scores (the extractor decides what a judgement costs).
//!
//! The lists name what news sites, blogs and magazines put around an
//! article: comments, share bars, related stories, bylines and datelines,
//! captions, cookie and consent layers, newsletters, advertisements,
//! breadcrumbs, teasers. They are Readability's idea (Arc90's "unlikely
//! candidates" and negative class words) written here from what such pages
//! hold, not copied from any implementation. A word is matched at the start
//! of a word of the attribute, so `comment` also catches `comments-area`
//! and `commentlist`, and `ad` catches `ad-slot` but not `header` or `load`.

use super::parse::{Attrs, known};

/// Tags that are never article text, whatever their class: navigation,
/// forms' controls, embedded media and their captions, scripts.
pub(super) const JUNK_TAGS: [u32; 37] = [
    known("script"),
    known("style"),
    known("noscript"),
    known("template"),
    known("svg"),
    known("math"),
    known("iframe"),
    known("textarea"),
    known("select"),
    known("option"),
    known("button"),
    known("input"),
    known("nav"),
    known("aside"),
    known("footer"),
    known("figure"),
    known("figcaption"),
    known("dialog"),
    known("object"),
    known("canvas"),
    known("video"),
    known("audio"),
    known("picture"),
    known("embed"),
    known("frameset"),
    known("frame"),
    known("applet"),
    known("menu"),
    known("xmp"),
    known("noembed"),
    known("noframes"),
    known("plaintext"),
    known("label"),
    known("fieldset"),
    known("legend"),
    known("marquee"),
    known("keygen"),
];

/// Class, id and itemprop words that mark boilerplate, matched at the
/// start of a word of the attribute (words split at anything but letters
/// and digits).
const JUNK_PREFIXES: &[&str] = &[
    "comment",
    "share",
    "sharing",
    "social",
    "related",
    "sidebar",
    "cookie",
    "consent",
    "gdpr",
    "newsletter",
    "subscri",
    "signup",
    "promo",
    "sponsor",
    "advert",
    "banner",
    "byline",
    "dateline",
    "caption",
    "breadcrumb",
    "popup",
    "modal",
    "outbrain",
    "taboola",
    "recommend",
    "trending",
    "teaser",
    "navbar",
    "navigation",
    "masthead",
    "footer",
    "toolbar",
    "pagination",
    "pager",
    "disqus",
    "timestamp",
    "widget",
    "skyscraper",
    "shoutbox",
    "login",
    "paywall",
    "donate",
    "overlay",
    "byl",
];
/// Words that mark boilerplate when they are a whole word.
const JUNK_WORDS: &[&str] = &[
    "ad",
    "ads",
    "adv",
    "nav",
    "menu",
    "tags",
    "tag",
    "meta",
    "author",
    "authors",
    "date",
    "updated",
    "published",
    "print",
    "rss",
    "follow",
    "credit",
    "credits",
    "hidden",
    "hide",
    "related",
    "more",
    "latest",
    "popular",
    "topics",
    "keywords",
    "contributor",
    "dek-meta",
];
/// Substrings of the whole attribute that mark boilerplate.
const JUNK_PHRASES: &[&str] = &[
    "most-read",
    "mostread",
    "most-popular",
    "mostpopular",
    "read-more",
    "readmore",
    "more-stories",
    "morestories",
    "you-may-like",
    "also-read",
    "further-reading",
    "post-meta",
    "entry-meta",
    "article-meta",
    "article-info",
    "story-meta",
    "published-date",
    "pub-date",
];
/// Words that mark the article.
const GOOD_WORDS: &[&str] = &[
    "article",
    "body",
    "content",
    "entry",
    "hentry",
    "main",
    "post",
    "story",
    "text",
    "blog",
    "articlebody",
    "prose",
    "page",
];
/// Roles that are never article text.
const JUNK_ROLES: &[&str] = &[
    "navigation",
    "complementary",
    "contentinfo",
    "banner",
    "dialog",
    "alertdialog",
    "menu",
    "menubar",
    "search",
    "toolbar",
    "tablist",
    "note",
];

/// Lower-case phrases that begin a short boilerplate line.
const JUNK_LINES: &[&str] = &[
    "related",
    "read more",
    "read next",
    "more from",
    "more stories",
    "more on this",
    "share",
    "follow us",
    "follow me",
    "advertisement",
    "sponsored",
    "sign up",
    "subscribe",
    "comments",
    "leave a comment",
    "leave a reply",
    "post a comment",
    "updated",
    "last updated",
    "published",
    "posted",
    "by ",
    "photo",
    "image",
    "picture",
    "credit",
    "copyright",
    "©",
    "all rights reserved",
    "tags",
    "tagged",
    "filed under",
    "most read",
    "most popular",
    "you may also like",
    "you might also like",
    "recommended",
    "trending",
    "see also",
    "also read",
    "listen to",
    "watch:",
    "we use cookies",
    "this site uses cookies",
    "accept all",
    "print",
    "email this",
    "previous article",
    "next article",
    "previous post",
    "next post",
    "skip to",
    "back to top",
    "reporting by",
    "editing by",
    "click here",
    "loading",
    "newsletter",
    "top stories",
    "in pictures",
    "don't miss",
    "topics",
];

/// How `class id role itemprop` judge an element.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Verdict {
    /// Furniture: comments, share bars, bylines, ads...
    Junk,
    /// Named as the article (`content`, `post`, `articleBody`...).
    Good,
    /// Says nothing either way.
    Neutral,
}

/// The words of an attribute value: runs of letters and digits.
fn words(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// Judges an element by its class, id, role and itemprop.
pub(super) fn judge(a: &Attrs) -> Verdict {
    if JUNK_ROLES.contains(&a.role.trim()) {
        return Verdict::Junk;
    }
    let mut good = false;
    for field in [&a.class, &a.id, &a.itemprop] {
        if JUNK_PHRASES.iter().any(|p| field.contains(p)) {
            return Verdict::Junk;
        }
        for w in words(field) {
            if JUNK_WORDS.contains(&w) || JUNK_PREFIXES.iter().any(|p| w.starts_with(p)) {
                return Verdict::Junk;
            }
            good |= GOOD_WORDS.contains(&w);
        }
    }
    if good {
        Verdict::Good
    } else {
        Verdict::Neutral
    }
}

/// Whether an element is hidden by its attributes.
pub(super) fn hidden(a: &Attrs) -> bool {
    if a.hidden || a.aria_hidden {
        return true;
    }
    // `display: none` and `display:none` alike.
    let style: String = a.style.chars().filter(|c| !c.is_whitespace()).collect();
    style.contains("display:none") || style.contains("visibility:hidden")
}

/// Whether a short line is boilerplate ("Share this article", "By Jane
/// Doe", "Updated: 3 May").
pub(super) fn boilerplate_line(line: &str) -> bool {
    let words = line.split_whitespace().count();
    let lower = line.to_lowercase();
    // A copyright notice can run to a sentence or two; other furniture
    // lines are short, and a long line starting "By" or "Share" is prose.
    if words <= 25
        && (lower.contains('©')
            || lower.contains("all rights reserved")
            || lower.contains("copyright"))
    {
        return true;
    }
    if words > 10 {
        return false;
    }
    let lower = lower.trim_start_matches(|c: char| !c.is_alphanumeric() && c != '©');
    JUNK_LINES.iter().any(|p| lower.starts_with(p))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn attrs(class: &str, id: &str, role: &str) -> Attrs {
        Attrs {
            class: class.into(),
            id: id.into(),
            role: role.into(),
            ..Attrs::default()
        }
    }

    #[test]
    fn class_words_match_at_the_start_of_a_word() {
        assert_eq!(judge(&attrs("comments-area", "", "")), Verdict::Junk);
        assert_eq!(judge(&attrs("post ad-slot", "", "")), Verdict::Junk);
        assert_eq!(judge(&attrs("site-header", "", "")), Verdict::Neutral);
        assert_eq!(judge(&attrs("", "download", "")), Verdict::Neutral);
        assert_eq!(judge(&attrs("entry-content", "", "")), Verdict::Good);
        assert_eq!(judge(&attrs("", "", "navigation")), Verdict::Junk);
        assert_eq!(judge(&attrs("x most-read y", "", "")), Verdict::Junk);
    }

    #[test]
    fn hidden_by_attribute_or_style() {
        let mut a = Attrs::default();
        assert!(!hidden(&a));
        a.style = "color: red; display: block".into();
        assert!(!hidden(&a));
        a.style = "color: red; display : none".into();
        assert!(hidden(&a));
        let b = Attrs {
            aria_hidden: true,
            ..Attrs::default()
        };
        assert!(hidden(&b));
    }

    #[test]
    fn short_furniture_lines_are_boilerplate() {
        assert!(boilerplate_line("Share this article"));
        assert!(boilerplate_line("By Jane Doe, Science Editor"));
        assert!(boilerplate_line("© 2024 The Valley Gazette"));
        assert!(boilerplate_line("— Advertisement —"));
        assert!(!boilerplate_line("Bridges need cables."));
        let long = "By the end of the week the council had voted to reopen the bridge \
                    to lorries, against the advice of its engineers.";
        assert!(!boilerplate_line(long));
    }
}
