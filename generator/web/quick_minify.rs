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
use attrs::{attr_rule, minify_value, Minified};

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
    space: Space,
    void: bool,
}

const fn tag(name: &'static str, space: Space) -> Tag {
    Tag {
        name,
        space,
        void: false,
    }
}

const fn void(name: &'static str) -> Tag {
    Tag {
        name,
        space: Space::Formatting,
        void: true,
    }
}

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

enum Node<'h> {
    Text(Cow<'h, str>),
    Element(Element<'h>),
}

struct Element<'h> {
    tag: &'static Tag,
    /// Name and value (`None`: written without `=`).
    attrs: Vec<(&'h str, Option<Cow<'h, str>>)>,
    children: Vec<Node<'h>>,
}

/// Deeper than this, the piece is left to minify-html (no deep recursion here).
const MAX_DEPTH: usize = 64;

/// `html` minified as minify-html would, or `None` when it is outside the subset.
pub(crate) fn minify(html: &str) -> Option<Vec<u8>> {
    let mut parser = Parser { rest: html };
    let nodes = parser.children(None, 0)?;
    let mut out = Vec::with_capacity(html.len());
    write_children(&mut out, None, nodes);
    Some(out)
}

struct Parser<'h> {
    rest: &'h str,
}

impl<'h> Parser<'h> {
    /// The nodes up to `parent`'s closing tag (consumed), or to the end at the top.
    fn children(&mut self, parent: Option<&'static Tag>, depth: usize) -> Option<Vec<Node<'h>>> {
        if depth > MAX_DEPTH {
            return None;
        }
        let mut nodes = Vec::new();
        loop {
            let text_end = self.rest.find('<').unwrap_or(self.rest.len());
            if text_end > 0 {
                let text = decode(&self.rest[..text_end])?;
                nodes.push(Node::Text(text));
                self.rest = &self.rest[text_end..];
            }
            if self.rest.is_empty() {
                return parent.is_none().then_some(nodes);
            }
            if let Some(closing) = self.rest.strip_prefix("</") {
                let parent = parent?;
                let after = closing.strip_prefix(parent.name)?.strip_prefix('>')?;
                self.rest = after;
                return Some(nodes);
            }
            let element = self.element(parent, depth)?;
            nodes.push(Node::Element(element));
        }
    }

    /// The element whose opening tag is next, with its children.
    fn element(&mut self, parent: Option<&'static Tag>, depth: usize) -> Option<Element<'h>> {
        let rest = &self.rest[1..];
        let name_len = rest
            .bytes()
            .position(|b| !(b.is_ascii_lowercase() || b.is_ascii_digit()))
            .unwrap_or(rest.len());
        let tag = TAGS.iter().find(|t| t.name == &rest[..name_len])?;
        // An element that would close its parent without a closing tag.
        if parent.is_some_and(|p| omit_before(p.name, tag.name)) {
            return None;
        }
        self.rest = &rest[name_len..];
        let mut attrs: Vec<(&'h str, Option<Cow<'h, str>>)> = Vec::new();
        loop {
            let trimmed = self.rest.trim_start_matches(is_space);
            let spaced = trimmed.len() < self.rest.len();
            self.rest = trimmed;
            if let Some(after) = self.rest.strip_prefix('>') {
                self.rest = after;
                break;
            }
            if let Some(after) = self.rest.strip_prefix("/>") {
                // Only void elements may end so in HTML.
                if !tag.void {
                    return None;
                }
                self.rest = after;
                break;
            }
            if !spaced {
                return None;
            }
            let (name, value) = self.attribute()?;
            attr_rule(tag.name, name)?;
            // minify-html takes the spaces out of a viewport's values.
            if name == "name"
                && value
                    .as_deref()
                    .is_some_and(|v| v.eq_ignore_ascii_case("viewport"))
            {
                return None;
            }
            if attrs.iter().any(|(n, _)| *n == name) {
                return None;
            }
            attrs.push((name, value));
        }
        let children = if tag.void {
            Vec::new()
        } else if tag.name == "title" {
            self.title()?
        } else {
            self.children(Some(tag), depth + 1)?
        };
        Some(Element {
            tag,
            attrs,
            children,
        })
    }

    /// A title's text, written as it is once decoded (minify-html's RCDATA
    /// rule); one with a `<` is left to minify-html.
    fn title(&mut self) -> Option<Vec<Node<'h>>> {
        let end = self.rest.find("</title>")?;
        let text = decode(&self.rest[..end])?;
        if text.contains('<') {
            return None;
        }
        self.rest = &self.rest[end + "</title>".len()..];
        Some(vec![Node::Text(text)])
    }

    /// `name` or `name="value"`.
    fn attribute(&mut self) -> Option<(&'h str, Option<Cow<'h, str>>)> {
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
            return Some((name, None));
        };
        let end = quoted.find('"')?;
        let value = decode(&quoted[..end])?;
        self.rest = &quoted[end + 1..];
        Some((name, Some(value)))
    }
}

/// ASCII whitespace as HTML (and minify-html) counts it.
fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0c')
}

/// Text with its entities decoded; `None` for an entity outside the five that
/// escaping writes, or for text whose encoding minify-html decides with rules
/// not copied here (`&` before a letter, digit or `#`; the two characters
/// shorter written as entities, which contain U+20D2).
fn decode(text: &str) -> Option<Cow<'_, str>> {
    if text.contains('\u{20D2}') {
        return None;
    }
    if !text.contains('&') {
        return Some(Cow::Borrowed(text));
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let (decoded, len) = [
            ("&amp;", '&'),
            ("&lt;", '<'),
            ("&gt;", '>'),
            ("&quot;", '"'),
            ("&#39;", '\''),
            ("&#x27;", '\''),
        ]
        .iter()
        .find(|(entity, _)| rest.starts_with(entity))
        .map(|(entity, c)| (*c, entity.len()))?;
        out.push(decoded);
        rest = &rest[len..];
    }
    out.push_str(rest);
    let ambiguous = out
        .match_indices('&')
        .any(|(i, _)| out[i + 1..].starts_with(|c: char| c.is_ascii_alphanumeric() || c == '#'));
    (!ambiguous).then_some(Cow::Owned(out))
}

fn left_trim(text: &mut Cow<str>) {
    let trimmed = text.trim_start_matches(is_space);
    if trimmed.len() < text.len() {
        *text = Cow::Owned(trimmed.to_string());
    }
}

fn right_trim(text: &mut Cow<str>) {
    let trimmed = text.trim_end_matches(is_space);
    if trimmed.len() < text.len() {
        *text = Cow::Owned(trimmed.to_string());
    }
}

/// Runs of whitespace become one space.
fn collapse(text: &mut Cow<str>) {
    let needs = text
        .as_bytes()
        .windows(2)
        .any(|w| is_space(w[0] as char) && is_space(w[1] as char))
        || text
            .bytes()
            .any(|b| matches!(b, b'\t' | b'\n' | b'\r' | b'\x0c'));
    if !needs {
        return;
    }
    let mut out = String::with_capacity(text.len());
    let mut in_space = false;
    for c in text.chars() {
        if is_space(c) {
            if !in_space {
                out.push(' ');
            }
            in_space = true;
        } else {
            out.push(c);
            in_space = false;
        }
    }
    *text = Cow::Owned(out);
}

/// minify-html's `minify_content`: whitespace per the parent's category, then
/// each node, each element told its next element and whether it ends its parent.
fn write_children(out: &mut Vec<u8>, parent: Option<&'static Tag>, mut nodes: Vec<Node>) {
    let space = parent.map_or(Space::Layout, |p| p.space);
    let (collapses, drops_blank, trims) = match space {
        Space::Layout => (true, true, true),
        Space::Content => (true, false, true),
        Space::Formatting => (true, false, false),
        Space::Sensitive => (false, false, false),
    };
    let names: Vec<Option<&'static str>> = nodes
        .iter()
        .map(|n| match n {
            Node::Element(e) => Some(e.tag.name),
            Node::Text(_) => None,
        })
        .collect();
    let mut next: Vec<&'static str> = vec![""; nodes.len()];
    let mut seen_first = false;
    let mut last_nonempty: Option<usize> = None;
    let mut last: Option<usize> = None;
    for (i, node) in nodes.iter_mut().enumerate() {
        match node {
            Node::Element(_) => {
                if let Some(j) = last_nonempty.filter(|&j| names[j].is_some()) {
                    next[j] = names[i].unwrap_or("");
                }
                seen_first = true;
                last_nonempty = Some(i);
            }
            Node::Text(text) => {
                if !seen_first {
                    seen_first = true;
                    if trims {
                        left_trim(text);
                    }
                }
                if drops_blank && text.bytes().all(|b| is_space(b as char)) {
                    *text = Cow::Borrowed("");
                } else if collapses {
                    collapse(text);
                }
                if !text.is_empty() {
                    last_nonempty = Some(i);
                }
            }
        }
        last = Some(i);
    }
    if trims {
        if let Some(Node::Text(text)) = last.map(|i| &mut nodes[i]) {
            right_trim(text);
        }
    }
    let parent_name = parent.map_or("", |p| p.name);
    for (i, node) in nodes.into_iter().enumerate() {
        match node {
            Node::Text(text) => write_text(out, &text),
            Node::Element(e) => {
                let is_last = last_nonempty == Some(i);
                write_element(out, parent_name, next[i], is_last, e);
            }
        }
    }
}

/// Text: `<` escaped, the rest as it is (`decode` refused the ambiguous `&`).
fn write_text(out: &mut Vec<u8>, text: &str) {
    let mut parts = text.split('<');
    if let Some(first) = parts.next() {
        out.extend_from_slice(first.as_bytes());
    }
    for part in parts {
        out.extend_from_slice(b"&lt;");
        out.extend_from_slice(part.as_bytes());
    }
}

fn write_element(out: &mut Vec<u8>, parent: &str, next: &str, is_last: bool, e: Element) {
    let mut quoted: Vec<(&str, Vec<u8>)> = Vec::new();
    let mut unquoted: Vec<(&str, Option<Vec<u8>>)> = Vec::new();
    for (name, value) in &e.attrs {
        // Every attribute was checked against `attr_rule` while parsing.
        let Some(rule) = attr_rule(e.tag.name, name) else {
            continue;
        };
        match minify_value(&rule, value.as_deref().unwrap_or("")) {
            Minified::Redundant => {}
            Minified::NoValue => unquoted.push((name, None)),
            Minified::Quoted(v) => quoted.push((name, v)),
            Minified::Unquoted(v) => unquoted.push((name, Some(v))),
        }
    }
    quoted.sort_unstable_by(|a, b| a.0.cmp(b.0));
    unquoted.sort_unstable_by(|a, b| a.0.cmp(b.0));
    out.push(b'<');
    out.extend_from_slice(e.tag.name.as_bytes());
    for (name, value) in quoted {
        out.push(b' ');
        out.extend_from_slice(name.as_bytes());
        out.push(b'=');
        out.extend_from_slice(&value);
    }
    for (name, value) in unquoted {
        out.push(b' ');
        out.extend_from_slice(name.as_bytes());
        if let Some(v) = value {
            out.push(b'=');
            out.extend_from_slice(&v);
        }
    }
    out.push(b'>');
    if e.tag.void {
        return;
    }
    let name = e.tag.name;
    write_children(out, Some(e.tag), e.children);
    if omit_before(name, next) || (is_last && omit_as_last(parent, name)) {
        return;
    }
    out.extend_from_slice(b"</");
    out.extend_from_slice(name.as_bytes());
    out.push(b'>');
}

#[cfg(test)]
mod tests;
