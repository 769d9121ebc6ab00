//! The HTML scanner and the bounded tree it builds.
//!
//! Owns reading markup: tags and their attributes, comments, raw-text
//! elements (`script`, `style`, `title`...), implied end tags, and the tree
//! of elements, texts and breaks. Receives the page as a `&str`; returns a
//! [`Doc`]. Knows nothing of articles, scores or boilerplate: it keeps only
//! the attributes the extractor reads, and says which tags are blocks.
//!
//! The scanner reads the bytes once, with no backtracking beyond a tag's own
//! end. The tree is bounded so that no page can make it costly: elements
//! deeper than [`MAX_DEPTH`] are not created (their text goes to the deepest
//! element, with a break where a block started or ended), a tag keeps at
//! most [`MAX_ATTRS`] of the attributes the extractor reads, each cut to
//! [`MAX_ATTR_LEN`] bytes, and an implied end tag looks at most
//! [`SCOPE_LOOK`] elements up. End tags are matched through a count of open
//! elements per tag, so a stray `</x>` costs O(1). Nothing recurses, so no
//! input can exhaust the stack: every step is bounded by a constant or paid
//! for by the bytes it consumes.
//!
//! This is not the HTML standard's tree construction: there is no adoption
//! agency (misnested `<b><i></b></i>`) and no foster parenting (text directly
//! in a `<table>`). Both only move text between neighbouring elements; no
//! text is lost, and an extractor that reads blocks of text does not need
//! them.

use super::entities;
use std::collections::HashMap;

/// The deepest an element can be nested; deeper ones are flattened. Real
/// pages stay under 40; 96 leaves room for the deepest frameworks.
pub(super) const MAX_DEPTH: usize = 96;
/// Attributes kept per tag (only those the extractor reads are counted).
const MAX_ATTRS: usize = 8;
/// Bytes kept of an attribute's value: class lists and styles fit; a
/// megabyte of attribute does not cost a megabyte per element.
const MAX_ATTR_LEN: usize = 512;
/// How many open elements an implied end tag looks through. Browsers look
/// through the whole stack; 24 covers every real case (a `<p>` inside a few
/// inline elements) and keeps a page of 100,000 open elements linear.
const SCOPE_LOOK: usize = 24;
/// Distinct tag names given their own id; the rest share one, so a page of
/// invented names cannot grow the per-tag tables without bound.
const MAX_NAMES: usize = 4096;

/// The tag names the scanner and the extractor know; a tag's id is its
/// index here, and names first met in the page get the ids after them.
const KNOWN: &[&str] = &[
    "#root",
    "#text",
    "#break",
    "html",
    "head",
    "body",
    "title",
    "meta",
    "p",
    "div",
    "span",
    "a",
    "br",
    "img",
    "hr",
    "input",
    "link",
    "area",
    "base",
    "col",
    "embed",
    "param",
    "source",
    "track",
    "wbr",
    "keygen",
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "math",
    "iframe",
    "textarea",
    "xmp",
    "noembed",
    "noframes",
    "plaintext",
    "object",
    "canvas",
    "video",
    "audio",
    "select",
    "option",
    "button",
    "form",
    "nav",
    "aside",
    "footer",
    "header",
    "figure",
    "figcaption",
    "picture",
    "article",
    "main",
    "section",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "table",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "td",
    "th",
    "caption",
    "blockquote",
    "pre",
    "address",
    "center",
    "details",
    "summary",
    "dialog",
    "fieldset",
    "legend",
    "label",
    "menu",
    "hgroup",
    "em",
    "strong",
    "b",
    "i",
    "u",
    "s",
    "small",
    "sub",
    "sup",
    "code",
    "q",
    "cite",
    "abbr",
    "time",
    "mark",
    "font",
    "dfn",
    "kbd",
    "samp",
    "var",
    "del",
    "ins",
    "bdi",
    "bdo",
    "ruby",
    "rt",
    "rp",
    "data",
    "big",
    "tt",
    "strike",
    "nobr",
    "frameset",
    "frame",
    "applet",
    "marquee",
    "image",
    "colgroup",
];

/// The id of the known tag `name`. Used only in constants, so a name that
/// is not in [`KNOWN`] stops the build instead of failing at run time.
pub(super) const fn known(name: &str) -> u32 {
    let mut i = 0;
    while i < KNOWN.len() {
        if bytes_equal(KNOWN[i].as_bytes(), name.as_bytes()) {
            return i as u32;
        }
        i += 1;
    }
    panic!("not a known tag name");
}

/// `a == b`, in a constant context (slice equality is not `const`).
const fn bytes_equal(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// The ids of the tags the scanner and the extractor name.
pub(super) mod tag {
    use super::known;

    /// The document: parent of everything.
    pub(in crate::html) const ROOT: u32 = known("#root");
    /// A text node.
    pub(in crate::html) const TEXT: u32 = known("#text");
    /// A line break: a `<br>`, or where a flattened block began or ended.
    pub(in crate::html) const BREAK: u32 = known("#break");
    pub(in crate::html) const A: u32 = known("a");
    pub(in crate::html) const ARTICLE: u32 = known("article");
    pub(in crate::html) const BLOCKQUOTE: u32 = known("blockquote");
    pub(in crate::html) const BR: u32 = known("br");
    pub(in crate::html) const BUTTON: u32 = known("button");
    pub(in crate::html) const DD: u32 = known("dd");
    pub(in crate::html) const DIV: u32 = known("div");
    pub(in crate::html) const DL: u32 = known("dl");
    pub(in crate::html) const DT: u32 = known("dt");
    pub(in crate::html) const H1: u32 = known("h1");
    pub(in crate::html) const IMG: u32 = known("img");
    pub(in crate::html) const LI: u32 = known("li");
    pub(in crate::html) const MAIN: u32 = known("main");
    pub(in crate::html) const META: u32 = known("meta");
    pub(in crate::html) const OL: u32 = known("ol");
    pub(in crate::html) const OPTION: u32 = known("option");
    pub(in crate::html) const P: u32 = known("p");
    pub(in crate::html) const PRE: u32 = known("pre");
    pub(in crate::html) const TABLE: u32 = known("table");
    pub(in crate::html) const TD: u32 = known("td");
    pub(in crate::html) const TH: u32 = known("th");
    pub(in crate::html) const TITLE: u32 = known("title");
    pub(in crate::html) const TR: u32 = known("tr");
    pub(in crate::html) const UL: u32 = known("ul");
    /// `h1` to `h6`.
    pub(in crate::html) const HEADINGS: [u32; 6] = [
        known("h1"),
        known("h2"),
        known("h3"),
        known("h4"),
        known("h5"),
        known("h6"),
    ];
    /// The row groups of a table.
    pub(in crate::html) const TABLE_SECTIONS: [u32; 3] =
        [known("thead"), known("tbody"), known("tfoot")];
}

/// Tag names and their ids: the known ones first, then each new name met in
/// the page, in order of first appearance (so ids do not depend on hashing).
struct Tags {
    /// For look-up only; nothing iterates it.
    names: HashMap<String, u32>,
    list: Vec<String>,
    /// The id shared by every name past [`MAX_NAMES`].
    other: u32,
}

impl Tags {
    fn new() -> Tags {
        let mut names = HashMap::new();
        let mut list = Vec::new();
        for (i, k) in KNOWN.iter().enumerate() {
            names.insert((*k).to_string(), i as u32);
            list.push((*k).to_string());
        }
        list.push("x-other".to_string());
        let other = (list.len() - 1) as u32;
        Tags { names, list, other }
    }

    /// The id of the (lower-case) tag `name`, given one if it is new.
    fn intern(&mut self, name: &str) -> u32 {
        if let Some(&id) = self.names.get(name) {
            return id;
        }
        if self.names.len() >= MAX_NAMES {
            return self.other;
        }
        let id = self.list.len() as u32;
        self.names.insert(name.to_string(), id);
        self.list.push(name.to_string());
        id
    }

    /// The name of tag `id`.
    fn name(&self, id: u32) -> &str {
        &self.list[id as usize]
    }
}

/// The attributes the extractor reads, lower-cased (but `content`) and
/// decoded.
#[derive(Clone, Default, Debug)]
pub(super) struct Attrs {
    pub(super) class: String,
    pub(super) id: String,
    pub(super) role: String,
    pub(super) itemprop: String,
    pub(super) style: String,
    pub(super) hidden: bool,
    pub(super) aria_hidden: bool,
    /// For `<meta>`: `property` or `name`.
    pub(super) meta_name: String,
    /// For `<meta>`: `content`, case kept.
    pub(super) content: String,
}

impl Attrs {
    /// Whether no attribute the extractor judges by is set (a `<meta>`'s
    /// name and content are read when the tag is, not stored).
    fn is_plain(&self) -> bool {
        self.class.is_empty()
            && self.id.is_empty()
            && self.role.is_empty()
            && self.style.is_empty()
            && self.itemprop.is_empty()
            && !self.hidden
            && !self.aria_hidden
    }
}

/// "No node": the parent of the root, the child of a leaf, the sibling
/// after the last.
pub(super) const NONE: u32 = u32::MAX;

/// One node of the tree: an element, a text, or a break. Links are node
/// ids, so every walk is a loop over an array.
#[derive(Debug)]
pub(super) struct Node {
    pub(super) tag: u32,
    pub(super) parent: u32,
    pub(super) first_child: u32,
    last_child: u32,
    pub(super) next: u32,
    /// For a text: its byte range in [`Doc::text`].
    text: (u32, u32),
    /// For an element: its attributes' index in [`Doc::attrs`], or [`NONE`].
    attrs: u32,
}

impl Node {
    /// A node of `tag` under `parent`, with no children or siblings yet.
    fn new(tag: u32, parent: u32) -> Node {
        Node {
            tag,
            parent,
            first_child: NONE,
            last_child: NONE,
            next: NONE,
            text: (0, 0),
            attrs: NONE,
        }
    }
}

/// A parsed page. Nodes are numbered in document order: a node's id is
/// greater than its parent's and than its earlier siblings', so a loop from
/// the last id down visits children before parents.
pub(super) struct Doc {
    pub(super) nodes: Vec<Node>,
    /// The decoded text of every text node, one after the other.
    text: String,
    attrs: Vec<Attrs>,
    tags: Tags,
    /// The first `<title>`, decoded.
    pub(super) title: Option<String>,
    /// `<meta>` names (`property` or `name`) and contents, in page order.
    pub(super) metas: Vec<(String, String)>,
    /// Whether each tag id starts a block of text.
    blocks: Vec<bool>,
}

impl Doc {
    /// Whether node `i` starts a new block of text (a paragraph, a list
    /// item, a break).
    pub(super) fn is_block(&self, i: usize) -> bool {
        self.blocks[self.nodes[i].tag as usize]
    }

    /// The text of text node `i` (empty for other nodes).
    pub(super) fn text_of(&self, i: usize) -> &str {
        let (a, b) = self.nodes[i].text;
        &self.text[a as usize..b as usize]
    }

    /// The attributes of element `i`, if it has any the extractor reads.
    pub(super) fn attrs_of(&self, i: usize) -> Option<&Attrs> {
        let a = self.nodes[i].attrs;
        (a != NONE).then(|| &self.attrs[a as usize])
    }
}

/// What kind of element a tag is, for tree building.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    /// No content and no end tag (`br`, `img`, `meta`).
    Void,
    /// Content is text up to its end tag, not markup (`script`, `style`).
    RawText,
    /// Like raw text, but references are decoded (`title`, `textarea`).
    Rcdata,
    /// Starts a block of text.
    Block,
    /// Runs inside a block (`em`, `a`, and any unknown name).
    Inline,
    /// Not an element of the tree: `html`, `head`, `body` are implied.
    Ignored,
}

/// The kind of the tag named `name`.
fn kind(name: &str) -> Kind {
    match name {
        "br" | "img" | "hr" | "input" | "link" | "area" | "base" | "col" | "embed" | "param"
        | "source" | "track" | "wbr" | "keygen" | "meta" | "frame" | "image" => Kind::Void,
        "script" | "style" | "xmp" | "iframe" | "noembed" | "noframes" | "noscript"
        | "plaintext" => Kind::RawText,
        "title" | "textarea" => Kind::Rcdata,
        "html" | "head" | "body" => Kind::Ignored,
        "p" | "div" | "nav" | "aside" | "footer" | "header" | "figure" | "figcaption"
        | "article" | "main" | "section" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "ul"
        | "ol" | "li" | "dl" | "dt" | "dd" | "table" | "thead" | "tbody" | "tfoot" | "tr"
        | "td" | "th" | "caption" | "blockquote" | "pre" | "address" | "center" | "details"
        | "summary" | "dialog" | "fieldset" | "legend" | "menu" | "hgroup" | "form" | "select"
        | "option" | "template" | "svg" | "math" | "object" | "video" | "audio" | "canvas"
        | "picture" | "frameset" | "marquee" | "applet" | "colgroup" => Kind::Block,
        _ => Kind::Inline,
    }
}

/// Whether tag `id` (of kind `kind`) starts a new block of text.
fn starts_block(id: u32, kind: Kind) -> bool {
    id == tag::BREAK || id == tag::ROOT || id == tag::BR || kind == Kind::Block
}

/// The tree under construction and the open elements.
struct Builder<'a> {
    src: &'a str,
    doc: Doc,
    /// The kind of each tag id.
    kinds: Vec<Kind>,
    /// Open elements (node ids), innermost last; at most [`MAX_DEPTH`] + 1.
    stack: Vec<u32>,
    /// How many of each tag are on `stack`, by tag id.
    open: Vec<u32>,
    /// Tags of open elements too deep to be created, innermost last.
    phantom: Vec<u32>,
    /// How many of each tag are in `phantom`, by tag id.
    phantom_open: Vec<u32>,
}

/// Parses `src` into a bounded tree, in one pass.
pub(super) fn parse(src: &str) -> Doc {
    let tags = Tags::new();
    let kinds: Vec<Kind> = tags.list.iter().map(|name| kind(name)).collect();
    let mut b = Builder {
        src,
        doc: Doc {
            nodes: vec![Node::new(tag::ROOT, NONE)],
            text: String::with_capacity(src.len() / 2),
            attrs: Vec::new(),
            tags,
            title: None,
            metas: Vec::new(),
            blocks: Vec::new(),
        },
        open: vec![0; kinds.len()],
        phantom_open: vec![0; kinds.len()],
        kinds,
        // The root node, id 0, is always open.
        stack: vec![0],
        phantom: Vec::new(),
    };
    b.run();
    let mut doc = b.doc;
    doc.blocks = b
        .kinds
        .iter()
        .enumerate()
        .map(|(id, &k)| starts_block(id as u32, k))
        .collect();
    doc
}

/// Finds `</name` (ASCII case-insensitive) followed by a space, `/` or `>`
/// from `from`; returns the position of its `<`.
fn find_end_tag(bytes: &[u8], from: usize, name: &[u8]) -> Option<usize> {
    let mut i = from;
    while let Some(off) = bytes.get(i..)?.windows(2).position(|w| w == b"</") {
        let lt = i + off;
        let n = lt + 2;
        let end = n + name.len();
        if end <= bytes.len()
            && bytes[n..end].eq_ignore_ascii_case(name)
            && matches!(
                bytes.get(end),
                None | Some(b'>' | b'/' | b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')
            )
        {
            return Some(lt);
        }
        i = lt + 2;
    }
    None
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')
}

/// Cuts `s` to at most `max` bytes, on a character boundary.
fn cut(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

impl Builder<'_> {
    /// Scans the whole source: text up to each `<`, then the markup there.
    fn run(&mut self) {
        let src = self.src;
        let bytes = src.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let lt = match bytes[i..].iter().position(|&b| b == b'<') {
                Some(off) => i + off,
                None => bytes.len(),
            };
            if lt > i {
                self.text(&src[i..lt], true);
            }
            if lt >= bytes.len() {
                break;
            }
            i = self.markup(lt);
        }
    }

    /// Reads the markup at `lt` (a `<`) and returns where the scan goes on.
    fn markup(&mut self, lt: usize) -> usize {
        let bytes = self.src.as_bytes();
        let next = bytes.get(lt + 1).copied();
        match next {
            Some(b'!') => {
                if bytes[lt..].starts_with(b"<!--") {
                    // A comment: to `-->`, or to the end.
                    let from = lt + 4;
                    return match bytes[from..].windows(3).position(|w| w == b"-->") {
                        Some(off) => from + off + 3,
                        None => bytes.len(),
                    };
                }
                self.skip_to_gt(lt + 2)
            }
            Some(b'?') => self.skip_to_gt(lt + 2),
            Some(b'/') => match bytes.get(lt + 2) {
                Some(c) if c.is_ascii_alphabetic() => self.end_tag(lt + 2),
                Some(b'>') => lt + 3,
                None => {
                    self.text("</", false);
                    bytes.len()
                }
                _ => self.skip_to_gt(lt + 2),
            },
            Some(c) if c.is_ascii_alphabetic() => self.start_tag(lt + 1),
            _ => {
                self.text("<", false);
                lt + 1
            }
        }
    }

    /// Where the scan goes on after the next `>` from `from` (the end of
    /// the input if there is none).
    fn skip_to_gt(&self, from: usize) -> usize {
        let bytes = self.src.as_bytes();
        match bytes[from.min(bytes.len())..]
            .iter()
            .position(|&b| b == b'>')
        {
            Some(off) => from + off + 1,
            None => bytes.len(),
        }
    }

    /// Reads a tag name at `i`; returns it lower-cased and where it ends.
    fn name(&self, i: usize) -> (String, usize) {
        let bytes = self.src.as_bytes();
        let mut j = i;
        while j < bytes.len() && !is_space(bytes[j]) && bytes[j] != b'/' && bytes[j] != b'>' {
            j += 1;
        }
        // `j` stops at an ASCII byte or the end: a character boundary.
        (self.src[i..j].to_ascii_lowercase(), j)
    }

    /// Reads the end tag whose name starts at `i`; returns where it ends.
    fn end_tag(&mut self, i: usize) -> usize {
        let (name, j) = self.name(i);
        let bytes = self.src.as_bytes();
        // Attributes of an end tag are read (for their quotes) and ignored.
        let Some(end) = self.attributes(j, None) else {
            return bytes.len();
        };
        let id = self.doc.tags.intern(&name);
        self.sync_kinds();
        self.close(id);
        end
    }

    /// Reads the start tag whose name starts at `i`, and the raw text after
    /// it for `script`, `title` and the like; returns where the scan goes on.
    fn start_tag(&mut self, i: usize) -> usize {
        let (name, j) = self.name(i);
        let bytes = self.src.as_bytes();
        let id = self.doc.tags.intern(&name);
        self.sync_kinds();
        let mut attrs = Attrs::default();
        let Some(end) = self.attributes(j, Some(&mut attrs)) else {
            // A tag cut by the end of the input is dropped, as browsers do.
            return bytes.len();
        };
        let k = self.kinds[id as usize];
        match k {
            Kind::RawText | Kind::Rcdata => {
                let close = find_end_tag(bytes, end, name.as_bytes());
                let body_end = close.unwrap_or(bytes.len());
                let body = &self.src[end..body_end];
                if id == tag::TITLE {
                    if self.doc.title.is_none() {
                        self.doc.title = Some(entities::decode(body));
                    }
                } else {
                    // Script, style, textarea and the like: an element
                    // with no text, so the extractor can see it was there.
                    self.element(id, attrs, true);
                }
                match close {
                    Some(c) => self.skip_to_gt(c + 2),
                    None => bytes.len(),
                }
            }
            Kind::Ignored => end,
            Kind::Void => {
                if id == tag::META {
                    if !attrs.meta_name.is_empty() {
                        self.doc.metas.push((attrs.meta_name, attrs.content));
                    }
                } else if id == tag::BR {
                    self.push_break(true);
                } else {
                    self.element(id, attrs, true);
                }
                end
            }
            Kind::Block | Kind::Inline => {
                self.implied_ends(id);
                self.element(id, attrs, false);
                end
            }
        }
    }

    /// Reads attributes from `i` to the tag's `>`; keeps the ones the
    /// extractor reads in `into`. None when the input ends first.
    fn attributes(&self, mut i: usize, mut into: Option<&mut Attrs>) -> Option<usize> {
        let bytes = self.src.as_bytes();
        let mut kept = 0;
        loop {
            while i < bytes.len() && (is_space(bytes[i]) || bytes[i] == b'/') {
                i += 1;
            }
            if i >= bytes.len() {
                return None;
            }
            if bytes[i] == b'>' {
                return Some(i + 1);
            }
            let start = i;
            i += 1; // a first `=` belongs to the name
            while i < bytes.len() && !is_space(bytes[i]) && !matches!(bytes[i], b'/' | b'>' | b'=')
            {
                i += 1;
            }
            let name = &self.src[start..i];
            while i < bytes.len() && is_space(bytes[i]) {
                i += 1;
            }
            let mut value = "";
            if i < bytes.len() && bytes[i] == b'=' {
                i += 1;
                while i < bytes.len() && is_space(bytes[i]) {
                    i += 1;
                }
                match bytes.get(i) {
                    None => return None,
                    Some(&q) if q == b'"' || q == b'\'' => {
                        let off = bytes[i + 1..].iter().position(|&b| b == q)?;
                        value = &self.src[i + 1..i + 1 + off];
                        i = i + 2 + off;
                    }
                    Some(_) => {
                        let s = i;
                        while i < bytes.len() && !is_space(bytes[i]) && bytes[i] != b'>' {
                            i += 1;
                        }
                        value = &self.src[s..i];
                    }
                }
            }
            if let Some(a) = into.as_deref_mut()
                && kept < MAX_ATTRS
                && name.len() <= 16
            {
                kept += keep(a, name, value) as usize;
            }
        }
    }

    /// Adds kinds and counts for tag names interned since the last call.
    fn sync_kinds(&mut self) {
        while self.kinds.len() < self.doc.tags.list.len() {
            let id = self.kinds.len() as u32;
            self.kinds.push(kind(self.doc.tags.name(id)));
        }
        if self.open.len() < self.kinds.len() {
            self.open.resize(self.kinds.len(), 0);
            self.phantom_open.resize(self.kinds.len(), 0);
        }
    }

    /// The innermost open element (the root when all are closed).
    fn current(&self) -> u32 {
        *self.stack.last().unwrap_or(&0)
    }

    /// Appends `node` as the last child of its parent; returns its id.
    fn append(&mut self, node: Node) -> u32 {
        let id = self.doc.nodes.len() as u32;
        let parent = node.parent as usize;
        self.doc.nodes.push(node);
        let last = self.doc.nodes[parent].last_child;
        if last == NONE {
            self.doc.nodes[parent].first_child = id;
        } else {
            self.doc.nodes[last as usize].next = id;
        }
        self.doc.nodes[parent].last_child = id;
        id
    }

    /// Appends text to the current element, merged with a text just before.
    fn text(&mut self, raw: &str, decode: bool) {
        let parent = self.current();
        let start = self.doc.text.len();
        if decode {
            entities::decode_into(&mut self.doc.text, raw);
        } else {
            self.doc.text.push_str(raw);
        }
        let end = self.doc.text.len();
        let last = self.doc.nodes[parent as usize].last_child;
        if last != NONE {
            let n = &mut self.doc.nodes[last as usize];
            if n.tag == tag::TEXT && n.text.1 as usize == start {
                n.text.1 = end as u32;
                return;
            }
        }
        // Offsets fit in 32 bits: pages over `MAX_PAGE_BYTES` never get here.
        let mut node = Node::new(tag::TEXT, parent);
        node.text = (start as u32, end as u32);
        self.append(node);
    }

    /// A line break (for `<br>`, or for a flattened block), unless the
    /// current element already ends with one.
    fn push_break(&mut self, hard: bool) {
        let parent = self.current();
        let last = self.doc.nodes[parent as usize].last_child;
        if last != NONE && self.doc.nodes[last as usize].tag == tag::BREAK && !hard {
            return;
        }
        self.append(Node::new(tag::BREAK, parent));
    }

    /// Creates element `id` in the current one, and opens it unless `void`;
    /// past the depth limit, records it as a phantom instead.
    fn element(&mut self, id: u32, attrs: Attrs, void: bool) {
        let block = self.kinds[id as usize] == Kind::Block;
        if self.stack.len() > MAX_DEPTH {
            if block {
                self.push_break(false);
            }
            if !void {
                self.phantom.push(id);
                self.phantom_open[id as usize] += 1;
            }
            return;
        }
        let mut node = Node::new(id, self.current());
        // Most elements have no attribute worth keeping: they store none.
        if !attrs.is_plain() {
            node.attrs = self.doc.attrs.len() as u32;
            self.doc.attrs.push(attrs);
        }
        let node = self.append(node);
        if !void {
            self.stack.push(node);
            self.open[id as usize] += 1;
        }
    }

    /// Pops open elements down to and including the innermost `id`.
    fn pop_to(&mut self, id: u32) {
        self.clear_phantoms();
        while self.stack.len() > 1 {
            let node = self.stack.pop().unwrap_or(0);
            let t = self.doc.nodes[node as usize].tag;
            self.open[t as usize] -= 1;
            if t == id {
                break;
            }
        }
    }

    /// Closes every flattened element (a real element is closing around
    /// them), with a break if one of them was a block.
    fn clear_phantoms(&mut self) {
        if self
            .phantom
            .iter()
            .any(|&t| self.kinds[t as usize] == Kind::Block)
        {
            self.push_break(false);
        }
        for t in self.phantom.drain(..) {
            self.phantom_open[t as usize] -= 1;
        }
    }

    /// Whether an open `id` lies within [`SCOPE_LOOK`] elements up, before
    /// any of `bounds`.
    fn in_scope(&self, id: u32, bounds: &[u32]) -> bool {
        if self.open[id as usize] == 0 {
            return false;
        }
        for &node in self.stack.iter().rev().take(SCOPE_LOOK) {
            let t = self.doc.nodes[node as usize].tag;
            if t == id {
                return true;
            }
            if bounds.contains(&t) || t == tag::ROOT {
                return false;
            }
        }
        false
    }

    /// Closes what a start tag `id` implicitly closes (`<p>` closes an open
    /// `p`, `<li>` an open `li`, and so on): the end tags that matter for
    /// where one block of text ends.
    fn implied_ends(&mut self, id: u32) {
        use tag::{A, BUTTON, DD, DL, DT, HEADINGS, LI, OL, OPTION, P, TABLE, TABLE_SECTIONS};
        use tag::{TD, TH, TR, UL};
        if !self.phantom.is_empty() {
            // Inside flattened elements only a phantom of the same tag
            // closes: their scopes are gone with their nodes.
            if self.phantom_open[id as usize] > 0 && [P, LI, A, OPTION, TD, TR].contains(&id) {
                while let Some(t) = self.phantom.pop() {
                    self.phantom_open[t as usize] -= 1;
                    if t == id {
                        break;
                    }
                }
            }
            return;
        }
        let block = self.kinds[id as usize] == Kind::Block;
        if block && id != OPTION && self.in_scope(P, &[BUTTON, TABLE, TD, TH]) {
            self.pop_to(P);
        }
        if id == LI && self.in_scope(LI, &[UL, OL, TABLE]) {
            self.pop_to(LI);
        }
        if id == DT || id == DD {
            let current = self.doc.nodes[self.current() as usize].tag;
            if current == DT || current == DD {
                self.pop_to(current);
            } else if self.in_scope(DD, &[DL, TABLE]) {
                self.pop_to(DD);
            } else if self.in_scope(DT, &[DL, TABLE]) {
                self.pop_to(DT);
            }
        }
        if id == TD || id == TH {
            if self.in_scope(TD, &[TABLE, TR]) {
                self.pop_to(TD);
            } else if self.in_scope(TH, &[TABLE, TR]) {
                self.pop_to(TH);
            }
        }
        let section = TABLE_SECTIONS.contains(&id);
        if (id == TR || section) && self.in_scope(TR, &[TABLE]) {
            self.pop_to(TR);
        }
        if section {
            for s in TABLE_SECTIONS {
                if self.in_scope(s, &[TABLE]) {
                    self.pop_to(s);
                }
            }
        }
        if id == A && self.in_scope(A, &[TABLE, TD, TH]) {
            self.pop_to(A);
        }
        if id == OPTION && self.in_scope(OPTION, &[]) {
            self.pop_to(OPTION);
        }
        if HEADINGS.contains(&id) {
            let current = self.doc.nodes[self.current() as usize].tag;
            if HEADINGS.contains(&current) {
                self.pop_to(current);
            }
        }
    }

    /// An end tag: closes the innermost open `id`, flattened or not.
    fn close(&mut self, id: u32) {
        // `</br>` is read as `<br>`, as browsers do.
        if id == tag::BR {
            self.push_break(true);
            return;
        }
        if self.phantom_open[id as usize] > 0 {
            let block = self.kinds[id as usize] == Kind::Block;
            while let Some(t) = self.phantom.pop() {
                self.phantom_open[t as usize] -= 1;
                if t == id {
                    break;
                }
            }
            if block {
                self.push_break(false);
            }
            return;
        }
        if self.open[id as usize] > 0 {
            self.pop_to(id);
        }
    }
}

/// Keeps attribute `name` in `a` if the extractor reads it; whether it did.
fn keep(a: &mut Attrs, name: &str, value: &str) -> bool {
    let value = cut(value, MAX_ATTR_LEN);
    let set = |slot: &mut String| {
        if slot.is_empty() {
            *slot = entities::decode(value).to_lowercase();
            true
        } else {
            false
        }
    };
    let mut buf = [0u8; 16];
    let Some(lower) = buf.get_mut(..name.len()) else {
        return false;
    };
    for (d, s) in lower.iter_mut().zip(name.bytes()) {
        *d = s.to_ascii_lowercase();
    }
    match &*lower {
        b"class" => set(&mut a.class),
        b"id" => set(&mut a.id),
        b"role" => set(&mut a.role),
        b"itemprop" => set(&mut a.itemprop),
        b"style" => set(&mut a.style),
        b"hidden" => {
            a.hidden = true;
            true
        }
        b"aria-hidden" => {
            a.aria_hidden = value.eq_ignore_ascii_case("true");
            true
        }
        b"property" | b"name" => set(&mut a.meta_name),
        b"content" => {
            if a.content.is_empty() {
                a.content = entities::decode(value);
            }
            true
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tree of `doc` as `tag(child child)`, texts quoted, breaks `/`.
    fn shape(doc: &Doc) -> String {
        let mut out = String::new();
        let mut stack = vec![(0usize, false)];
        while let Some((i, closing)) = stack.pop() {
            let node = &doc.nodes[i];
            if closing {
                out.push(')');
                continue;
            }
            if !out.is_empty() && !out.ends_with('(') {
                out.push(' ');
            }
            match node.tag {
                tag::TEXT => out.push_str(&format!("{:?}", doc.text_of(i))),
                tag::BREAK => out.push('/'),
                t => {
                    out.push_str(doc.tags.name(t));
                    out.push('(');
                    stack.push((i, true));
                    let mut kids = Vec::new();
                    let mut c = node.first_child;
                    while c != NONE {
                        kids.push(c as usize);
                        c = doc.nodes[c as usize].next;
                    }
                    stack.extend(kids.into_iter().rev().map(|k| (k, false)));
                }
            }
        }
        out
    }

    #[test]
    fn known_tags_have_fixed_ids() {
        assert_eq!(known("#root"), tag::ROOT);
        assert_eq!(KNOWN[tag::P as usize], "p");
        assert_eq!(KNOWN[tag::HEADINGS[5] as usize], "h6");
    }

    #[test]
    fn builds_the_tree_with_implied_end_tags() {
        let doc = parse("<P>one<p>two<ul><li>a<li>b</ul><table><tr><td>x<td>y</table>");
        assert_eq!(
            shape(&doc),
            "#root(p(\"one\") p(\"two\") ul(li(\"a\") li(\"b\")) table(tr(td(\"x\") td(\"y\"))))"
        );
    }

    #[test]
    fn stray_end_tags_and_br_are_handled_as_browsers_do() {
        let doc = parse("<div>a</span>b</br>c<br/>d</div>");
        assert_eq!(shape(&doc), "#root(div(\"ab\" / \"c\" / \"d\"))");
    }

    #[test]
    fn comments_raw_text_and_the_title_are_not_text() {
        let doc = parse(
            "<title>A &amp; B</title><!-- <p>no</p> --><script>x = '<p>';</script>\
             <STYLE>p {}</style >t",
        );
        assert_eq!(doc.title.as_deref(), Some("A & B"));
        assert_eq!(shape(&doc), "#root(script() style() \"t\")");
    }

    #[test]
    fn a_tag_cut_by_the_end_of_input_is_dropped() {
        assert_eq!(shape(&parse("a<p class=\"x")), "#root(\"a\")");
        assert_eq!(shape(&parse("a<")), "#root(\"a<\")");
        assert_eq!(shape(&parse("a</")), "#root(\"a</\")");
    }

    #[test]
    fn only_the_attributes_the_extractor_reads_are_kept() {
        let doc = parse(
            "<div data-x=1 CLASS='Post Body' id=main hidden style=\"display:none\">x</div>\
             <meta property=og:title content='The &amp; Title'><p title=t>y</p>",
        );
        let a = doc.attrs_of(1).expect("the div has attributes");
        assert_eq!((a.class.as_str(), a.id.as_str()), ("post body", "main"));
        assert!(a.hidden);
        assert_eq!(a.style, "display:none");
        assert!(doc.attrs_of(3).is_none(), "a title is not kept");
        assert_eq!(
            doc.metas,
            [("og:title".to_string(), "The & Title".to_string())]
        );
    }

    #[test]
    fn attribute_values_are_cut() {
        let long = "x".repeat(MAX_ATTR_LEN + 10);
        let doc = parse(&format!("<div class={long}>t</div>"));
        let a = doc.attrs_of(1).expect("attributes");
        assert_eq!(a.class.len(), MAX_ATTR_LEN);
    }

    #[test]
    fn nesting_past_the_limit_is_flattened_into_breaks() {
        let depth = MAX_DEPTH + 5;
        let page = format!("{}t{}after", "<div>".repeat(depth), "</div>".repeat(depth));
        let doc = parse(&page);
        // The root, MAX_DEPTH divs, the text, one break, the text after.
        let divs = doc.nodes.iter().filter(|n| n.tag == known("div")).count();
        assert_eq!(divs, MAX_DEPTH);
        let deepest = doc.nodes.iter().rposition(|n| n.tag == known("div"));
        let deepest = deepest.expect("a div");
        let texts: Vec<&str> = (0..doc.nodes.len())
            .filter(|&i| doc.nodes[i].tag == tag::TEXT)
            .map(|i| doc.text_of(i))
            .collect();
        assert_eq!(texts, ["t", "after"]);
        assert_eq!(doc.nodes[deepest + 1].tag, tag::BREAK);
        assert_eq!(doc.nodes.last().map(|n| n.parent), Some(0));
    }

    #[test]
    fn new_tag_names_stop_at_the_limit() {
        let page: String = (0..MAX_NAMES + 10).map(|i| format!("<x{i}>")).collect();
        let doc = parse(&page);
        assert_eq!(doc.tags.list.len(), MAX_NAMES + 1);
        assert_eq!(doc.blocks.len(), doc.tags.list.len());
    }
}
