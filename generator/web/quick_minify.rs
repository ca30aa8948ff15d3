//! A fast path for minifying the plain HTML that most of each page's own output
//! is made of (the Markdown content, the contents list, the language list):
//! the same bytes minify-html writes, for a small, well-formed subset of HTML,
//! without its general parser and its many small allocations (minifying was
//! the largest single cost of a build).
//!
//! Anything outside the subset (another element or attribute, a comment, an
//! entity other than the five that escaping writes, a closing tag left
//! implied, `&` before a letter) gives `None`, and the caller minifies with
//! minify-html. The rules below follow minify-html 0.18 in its spec-compliant
//! configuration (`minify_content`, `minify_element`, `minify_attr`); debug
//! builds, so every test, compare the two on every piece (minify.rs).

use std::borrow::Cow;

mod attrs;
mod text;
use attrs::{attr_rule, minify_value, write_attr, Form};
use text::{decode, decode_into, is_blank, trim_end, trim_start, Writing};

/// How an element's children treat whitespace (minify-html's categories).
#[derive(Clone, Copy, PartialEq)]
enum Space {
    /// Block containers: whitespace-only text dropped, ends trimmed.
    Layout,
    /// Paragraphs, headings, list items, cells: collapsed, ends trimmed.
    Content,
    /// Inline elements: collapsed only.
    Formatting,
    /// `code`: kept as written.
    Sensitive,
}

/// An element of the subset.
struct Tag {
    name: &'static str,
    /// The name as a number ([`name_key`]): found by comparing integers.
    key: u128,
    space: Space,
    void: bool,
}

const fn tag(name: &'static str, space: Space) -> Tag {
    Tag {
        name,
        key: name_key(name.as_bytes()),
        space,
        void: false,
    }
}

const fn void(name: &'static str) -> Tag {
    Tag {
        name,
        key: name_key(name.as_bytes()),
        space: Space::Formatting,
        void: true,
    }
}

/// A tag name of up to 15 bytes as one number (its bytes, then its length);
/// 0 for a longer one, which no element of the subset has.
const fn name_key(name: &[u8]) -> u128 {
    if name.len() > 15 {
        return 0;
    }
    let mut key = name.len() as u128;
    let mut i = 0;
    while i < name.len() {
        key |= (name[i] as u128) << (8 * (i + 1));
        i += 1;
    }
    key
}

/// The element of the subset named `name`.
fn find_tag(name: &str) -> Option<&'static Tag> {
    let key = name_key(name.as_bytes());
    TAGS.iter().find(|t| t.key == key && key != 0)
}

/// Elements whose closing tag minify-html may leave out (see [`omit_before`]).
const OMISSIBLE: [u128; 7] = [
    name_key(b"p"),
    name_key(b"li"),
    name_key(b"thead"),
    name_key(b"tbody"),
    name_key(b"tr"),
    name_key(b"td"),
    name_key(b"th"),
];

const TAGS: &[Tag] = &[
    tag("p", Space::Content),
    tag("a", Space::Formatting),
    tag("li", Space::Content),
    tag("ul", Space::Layout),
    tag("ol", Space::Layout),
    tag("h2", Space::Content),
    tag("h3", Space::Content),
    tag("h4", Space::Content),
    tag("h5", Space::Content),
    tag("h6", Space::Content),
    tag("h1", Space::Content),
    tag("em", Space::Formatting),
    tag("strong", Space::Formatting),
    tag("del", Space::Formatting),
    tag("span", Space::Formatting),
    tag("sup", Space::Formatting),
    tag("code", Space::Sensitive),
    tag("table", Space::Layout),
    tag("thead", Space::Layout),
    tag("tbody", Space::Layout),
    tag("tr", Space::Layout),
    tag("th", Space::Content),
    tag("td", Space::Content),
    tag("blockquote", Space::Layout),
    tag("div", Space::Layout),
    // page.html opens it in the piece of the page's title (closed in a later one).
    tag("article", Space::Layout),
    tag("nav", Space::Layout),
    void("br"),
    void("hr"),
    void("img"),
    void("meta"),
    void("link"),
    // Its text is raw text: no whitespace rule, no elements (see `title`).
    tag("title", Space::Sensitive),
];

/// Elements a `<p>` closing tag may be left out before.
const ENDS_P: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "details",
    "div",
    "dl",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "ul",
];

/// The closing tag of `tag` may be left out when the next element is `next`.
fn omit_before(tag: &str, next: &str) -> bool {
    match tag {
        "p" => ENDS_P.contains(&next),
        "li" => next == "li",
        "thead" | "tbody" => matches!(next, "tbody" | "tfoot"),
        "tr" => next == "tr",
        "td" | "th" => matches!(next, "td" | "th"),
        _ => false,
    }
}

/// The closing tag of `tag` may be left out when it ends `parent` ("" at the top).
fn omit_as_last(parent: &str, tag: &str) -> bool {
    match tag {
        "p" => !matches!(
            parent,
            "a" | "audio" | "del" | "ins" | "map" | "noscript" | "video"
        ),
        "li" | "tbody" | "tr" | "td" | "th" => true,
        _ => false,
    }
}

/// Deeper than this, the piece is left to minify-html (no deep recursion here).
const MAX_DEPTH: usize = 64;

/// `html` minified as minify-html would, or `None` when it is outside the subset.
pub(crate) fn minify(html: &str) -> Option<Vec<u8>> {
    // Two characters are shorter written as entities that contain U+20D2:
    // minify-html's rule for them is not copied here.
    if html.contains('\u{20D2}') {
        return None;
    }
    let mut writer = Writer {
        rest: html,
        out: Vec::with_capacity(html.len()),
        attrs: Vec::new(),
    };
    writer.children(None, 0)?;
    Some(writer.out)
}

/// Parses and writes in one pass: what minify-html decides from an element's
/// siblings (whitespace at the ends, closing tags it may leave out) is decided
/// by looking ahead in the input, so no tree is built.
struct Writer<'h> {
    /// The input not read yet.
    rest: &'h str,
    out: Vec<u8>,
    /// The current opening tag's attributes, `None` for those minify-html
    /// leaves out (a `Vec` kept to reuse its memory).
    attrs: Vec<(&'h str, Cow<'h, str>, Option<Form>)>,
}

impl<'h> Writer<'h> {
    /// minify-html's `minify_content`: the nodes up to `parent`'s closing tag
    /// (consumed), or to the end, each text's whitespace treated per the
    /// parent's category. `Some(true)` when the closing tag was read,
    /// `Some(false)` at the end (at the top, or an element a piece leaves open
    /// for a later piece to close, as page.html's `<article>`: minify-html
    /// takes the end for its closing tag, left out, and trims as before one).
    fn children(&mut self, parent: Option<&'static Tag>, depth: usize) -> Option<bool> {
        if depth > MAX_DEPTH {
            return None;
        }
        let space = parent.map_or(Space::Layout, |p| p.space);
        let mut first = true;
        loop {
            let text_end = memchr::memchr(b'<', self.rest.as_bytes()).unwrap_or(self.rest.len());
            if text_end > 0 {
                let raw = &self.rest[..text_end];
                self.rest = &self.rest[text_end..];
                // The parent's last node: its closing tag (or the end) is next.
                let last = self.rest.is_empty() || self.rest.starts_with("</");
                self.text(raw, space, first, last)?;
            }
            first = false;
            if self.rest.is_empty() {
                return Some(false);
            }
            if let Some(closing) = self.rest.strip_prefix("</") {
                let after = closing.strip_prefix(parent?.name)?.strip_prefix('>')?;
                self.rest = after;
                return Some(true);
            }
            self.element(parent, depth)?;
        }
    }

    /// One text node: trimmed where it begins or ends a parent that trims,
    /// left out when blank in a layout parent, collapsed unless in `code`.
    fn text(&mut self, raw: &str, space: Space, first: bool, last: bool) -> Option<()> {
        let (collapse, drops_blank, trims) = match space {
            Space::Layout => (true, true, true),
            Space::Content => (true, false, true),
            Space::Formatting => (true, false, false),
            Space::Sensitive => (false, false, false),
        };
        let mut text = raw;
        if trims && first {
            text = trim_start(text);
        }
        if drops_blank && is_blank(text) {
            // Still checked: an entity in it would have been refused.
            return Some(());
        }
        if trims && last {
            text = trim_end(text);
        }
        let how = Writing {
            collapse,
            escape_lt: true,
        };
        decode_into(&mut self.out, text, how)
    }

    /// The element whose opening tag is next, with its children, then its
    /// closing tag unless minify-html leaves it out.
    fn element(&mut self, parent: Option<&'static Tag>, depth: usize) -> Option<()> {
        let rest = &self.rest[1..];
        let name_len = tag_name_len(rest);
        let tag = find_tag(&rest[..name_len])?;
        // An element that would close its parent without a closing tag.
        if parent.is_some_and(|p| omit_before(p.name, tag.name)) {
            return None;
        }
        self.rest = &rest[name_len..];
        self.attributes(tag)?;
        self.write_opening_tag(tag);
        if tag.void {
            return Some(());
        }
        if tag.name == "title" {
            return self.title();
        }
        let closed = self.children(Some(tag), depth + 1)?;
        if closed && !self.closing_tag_omitted(parent, tag) {
            self.out.extend_from_slice(b"</");
            self.out.extend_from_slice(tag.name.as_bytes());
            self.out.push(b'>');
        }
        Some(())
    }

    /// Reads the opening tag's attributes (to its `>`) into `self.attrs`.
    fn attributes(&mut self, tag: &'static Tag) -> Option<()> {
        self.attrs.clear();
        loop {
            let trimmed = trim_start(self.rest);
            let spaced = trimmed.len() < self.rest.len();
            self.rest = trimmed;
            if let Some(after) = self.rest.strip_prefix('>') {
                self.rest = after;
                return Some(());
            }
            if let Some(after) = self.rest.strip_prefix("/>") {
                // Only void elements may end so in HTML.
                self.rest = after;
                return tag.void.then_some(());
            }
            if !spaced {
                return None;
            }
            let (name, value) = self.attribute()?;
            let rule = attr_rule(tag.name, name)?;
            // minify-html takes the spaces out of a viewport's values.
            if name == "name" && value.eq_ignore_ascii_case("viewport") {
                return None;
            }
            if self.attrs.iter().any(|(n, _, _)| *n == name) {
                return None;
            }
            match minify_value(&rule, value) {
                Some((value, form)) => self.attrs.push((name, value, Some(form))),
                None => self.attrs.push((name, Cow::Borrowed(""), None)),
            }
        }
    }

    fn write_opening_tag(&mut self, tag: &Tag) {
        let group = |form: &Option<Form>| form.map(Form::unquoted);
        self.attrs
            .sort_unstable_by(|a, b| (group(&a.2), a.0).cmp(&(group(&b.2), b.0)));
        self.out.push(b'<');
        self.out.extend_from_slice(tag.name.as_bytes());
        for (name, value, form) in &self.attrs {
            if let Some(form) = form {
                write_attr(&mut self.out, name, value, *form);
            }
        }
        self.out.push(b'>');
    }

    /// `name` or `name="value"` (an attribute without a value is written as
    /// one with an empty value, which minify-html treats alike).
    fn attribute(&mut self) -> Option<(&'h str, Cow<'h, str>)> {
        let len = self
            .rest
            .bytes()
            .position(|b| !(b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'))
            .unwrap_or(self.rest.len());
        if len == 0 {
            return None;
        }
        let name = &self.rest[..len];
        self.rest = &self.rest[len..];
        let Some(quoted) = self.rest.strip_prefix("=\"") else {
            return Some((name, Cow::Borrowed("")));
        };
        // memchr: `find` with a `char` set up a searcher per value (profile).
        let end = memchr::memchr(b'"', quoted.as_bytes())?;
        let value = decode(&quoted[..end])?;
        self.rest = &quoted[end + 1..];
        Some((name, value))
    }

    /// A title's text, written as it is once decoded (minify-html's RCDATA
    /// rule); one with a `<` is left to minify-html.
    fn title(&mut self) -> Option<()> {
        let end = self.rest.find("</title>")?;
        let text = decode(&self.rest[..end])?;
        if text.contains('<') {
            return None;
        }
        self.out.extend_from_slice(text.as_bytes());
        self.out.extend_from_slice(b"</title>");
        self.rest = &self.rest[end + "</title>".len()..];
        Some(())
    }

    /// Whether minify-html leaves out the closing tag of `tag` (whose children
    /// were just read) inside `parent`: decided by what follows it there, the
    /// next element (after text that counts for nothing) or the parent's end.
    fn closing_tag_omitted(&self, parent: Option<&'static Tag>, tag: &Tag) -> bool {
        if !OMISSIBLE.contains(&tag.key) {
            return false;
        }
        let text_end = memchr::memchr(b'<', self.rest.as_bytes()).unwrap_or(self.rest.len());
        let text = &self.rest[..text_end];
        let after = &self.rest[text_end..];
        // Text after an element is dropped only when blank in a layout
        // parent; any other text is a sibling between it and what follows.
        let in_layout = parent.is_none_or(|p| p.space == Space::Layout);
        let counts_for_nothing = text.is_empty() || (in_layout && is_blank(text));
        if !counts_for_nothing {
            return false;
        }
        if after.is_empty() || after.starts_with("</") {
            return omit_as_last(parent.map_or("", |p| p.name), tag.name);
        }
        let next = &after[1..];
        omit_before(tag.name, &next[..tag_name_len(next)])
    }
}

/// The length of the lowercase tag name `rest` begins with.
fn tag_name_len(rest: &str) -> usize {
    rest.bytes()
        .position(|b| !(b.is_ascii_lowercase() || b.is_ascii_digit()))
        .unwrap_or(rest.len())
}

#[cfg(test)]
mod tests;
