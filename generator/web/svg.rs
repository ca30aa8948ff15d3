//! SVG images: their size, and a check that they only draw.
//!
//! Faro publishes an SVG byte for byte. Shown through `<img>`, an SVG can run
//! nothing and load nothing; but anyone can open the image's own URL, and then
//! it is a document of the site's origin: its scripts run there and its
//! references are fetched, by a browser that the site's `_headers` may not
//! reach (a host that ignores them). So an SVG is parsed as XML (roxmltree,
//! which expands entities and character references as browsers do) and
//! refused if any part of it could run a script or fetch something else.
//!
//! The parsing is a well-kept crate's; the list of what may not be in an SVG is
//! ours and stays ours (issue 16): it is this site's security policy, not a
//! solved problem. Sanitiser crates (ammonia and the like) clean HTML
//! fragments by rewriting them; Faro must publish the campaign's file byte for
//! byte or refuse it with a located error that names the element or attribute,
//! which is what a policy officer can act on.

use roxmltree::{Document, Node, NodeType, ParsingOptions};

use crate::untrusted::urls::{refused_scheme, scheme};

/// Elements that run scripts or embed other documents, in any namespace.
const FORBIDDEN_ELEMENTS: &[&str] = &[
    "script",
    "foreignObject",
    "handler",
    "listener",
    "iframe",
    "embed",
    "object",
];

/// Elements that change an attribute of another element over time.
const ANIMATIONS: &[&str] = &["animate", "set", "animateMotion", "animateTransform"];

/// The XHTML namespace: its elements are HTML, scripts included, even inside
/// an SVG file.
const XHTML: &str = "http://www.w3.org/1999/xhtml";

/// Bitmap types that design tools embed in SVGs as `data:` URLs; a bitmap can
/// run nothing.
const EMBEDDED_BITMAPS: &[&str] = &[
    "image/png",
    "image/jpeg",
    "image/jpg",
    "image/gif",
    "image/webp",
];

/// The most XML nodes an SVG may have: far beyond any drawing, it keeps a
/// malicious file from taking all memory.
const MAX_NODES: u32 = 2_000_000;

/// Why an SVG is not published.
#[derive(Debug, PartialEq)]
pub(crate) enum SvgError {
    /// Not well-formed XML, or not an `<svg>` document.
    Malformed(String),
    /// It could run a script or fetch something: what, and where (a byte
    /// offset in the file), for the first problem; and how many there are.
    Unsafe {
        /// The first problem, such as "a `<script>` element".
        what: String,
        /// Byte offset of the first problem in the file.
        offset: usize,
        /// Number of problems found.
        count: usize,
    },
    /// Neither `width`/`height` nor a `viewBox`.
    NoSize,
}

/// The size (`width`/`height`, else the `viewBox`) of an SVG that only draws.
pub(crate) fn inspect(text: &str) -> Result<(u32, u32), SvgError> {
    let options = ParsingOptions {
        // Exports from some design tools declare entities in a DOCTYPE; they
        // are expanded (with roxmltree's limits) and the result is checked.
        allow_dtd: true,
        nodes_limit: MAX_NODES,
        ..ParsingOptions::default()
    };
    let doc = Document::parse_with_options(text, options)
        .map_err(|e| SvgError::Malformed(format!("is not a well-formed SVG file: {e}")))?;
    let root = doc.root_element();
    if root.tag_name().name() != "svg" {
        return Err(SvgError::Malformed(format!(
            "is not an SVG image: its root element is <{}>",
            root.tag_name().name()
        )));
    }
    let problems = problems(&doc);
    if let Some((offset, what)) = problems.first() {
        return Err(SvgError::Unsafe {
            what: what.clone(),
            offset: *offset,
            count: problems.len(),
        });
    }
    size(root).ok_or(SvgError::NoSize)
}

/// Every part of the document that could run a script or fetch something,
/// with its byte offset, in document order.
fn problems(doc: &Document) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    for node in doc.descendants() {
        match node.node_type() {
            NodeType::PI if node.pi().is_some_and(|pi| pi.target == "xml-stylesheet") => {
                found.push((
                    node.range().start,
                    "an `<?xml-stylesheet?>` instruction (a stylesheet from another file)".into(),
                ));
            }
            NodeType::Element => element_problems(node, &mut found),
            _ => {}
        }
    }
    found
}

fn element_problems(node: Node, found: &mut Vec<(usize, String)>) {
    let name = node.tag_name().name();
    let at = node.range().start;
    if FORBIDDEN_ELEMENTS
        .iter()
        .any(|f| f.eq_ignore_ascii_case(name))
    {
        found.push((at, format!("a `<{name}>` element")));
    } else if node.tag_name().namespace() == Some(XHTML) {
        found.push((at, format!("an HTML element `<{name}>`")));
    } else if ANIMATIONS.contains(&name) {
        let target = node.attribute("attributeName").unwrap_or("");
        let target = target.rsplit(':').next().unwrap_or("").to_ascii_lowercase();
        if target == "href" || target.starts_with("on") {
            found.push((at, format!("an animation of `{target}`")));
        }
    }
    if name == "style" {
        let css: String = node.descendants().filter_map(|n| n.text()).collect();
        if let Some(why) = css_problem(&css) {
            found.push((at, format!("a `<style>` element with {why}")));
        }
    }
    for attr in node.attributes() {
        if let Some(why) = attribute_problem(name, attr.name(), attr.value()) {
            found.push((attr.range().start, why));
        }
    }
}

/// What is wrong with attribute `attr="value"` of element `element`, if anything.
fn attribute_problem(element: &str, attr: &str, value: &str) -> Option<String> {
    let lower = attr.to_ascii_lowercase();
    if lower.starts_with("on") {
        return Some(format!("an event attribute `{attr}`"));
    }
    if let Some(s) = refused_scheme(value).filter(|s| *s != "data") {
        return Some(format!("a `{s}:` URL in `{attr}`"));
    }
    if lower == "href" && !local_reference(value, element) {
        return Some(format!(
            "a reference to another file or host in `{attr}` (`{}`)",
            short(value)
        ));
    }
    let why = css_problem(value)?;
    Some(format!("`{attr}` with {why}"))
}

/// True for the references an SVG may make: to an element of the same file
/// (`#id`), or to a bitmap embedded as a `data:` URL in an `<image>`.
fn local_reference(value: &str, element: &str) -> bool {
    let value = value.trim();
    value.starts_with('#') || (matches!(element, "image" | "feImage") && is_embedded_bitmap(value))
}

fn is_embedded_bitmap(url: &str) -> bool {
    if scheme(url).as_deref() != Some("data") {
        return false;
    }
    let after = url.trim_start().split_once(':').map_or("", |(_, a)| a);
    let media = after.split([';', ',']).next().unwrap_or("").trim();
    EMBEDDED_BITMAPS
        .iter()
        .any(|m| m.eq_ignore_ascii_case(media))
}

/// What in a piece of CSS (a `<style>` element, a `style` or presentation
/// attribute) would fetch something, if anything: an `@import`, or a `url(…)`
/// or URL string that is neither `#id` nor an embedded bitmap.
fn css_problem(css: &str) -> Option<String> {
    let css = without_namespace_rules(&css_unescaped(css).to_ascii_lowercase());
    if css.contains("@import") {
        return Some("an `@import`".into());
    }
    for (i, _) in css.match_indices("url(") {
        let arg = css[i + 4..].split(')').next().unwrap_or("");
        let arg = arg.trim().trim_matches(['"', '\'']).trim();
        if !arg.starts_with('#') && !is_embedded_bitmap(arg) {
            return Some(format!("`url({})`", short(arg)));
        }
    }
    // `image-set("…")` takes URLs as plain strings; a string such as a font
    // name with a colon in it is not one.
    for quoted in css.split(['"', '\'']).skip(1).step_by(2) {
        let q = quoted.trim();
        let fetches = q.starts_with("//") || q.contains("://") || refused_scheme(q).is_some();
        if fetches && !is_embedded_bitmap(q) {
            return Some(format!("the URL `{}`", short(quoted)));
        }
    }
    None
}

/// CSS without its `@namespace` rules, whose URL names a namespace and is
/// never fetched.
fn without_namespace_rules(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(i) = rest.find("@namespace") {
        out.push_str(&rest[..i]);
        rest = rest[i..].split_once(';').map_or("", |(_, after)| after);
    }
    out.push_str(rest);
    out
}

/// CSS with its comments removed and its escapes (`\75 rl(`) decoded, so that
/// `url(` and `@import` cannot hide. Removing a comment may join two words
/// that CSS keeps apart: that errs on the side of refusing.
fn css_unescaped(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(i) = rest.find(['\\', '/']) {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        if let Some(after) = rest.strip_prefix("/*") {
            rest = after.split_once("*/").map_or("", |(_, r)| r);
        } else if let Some(after) = rest.strip_prefix('\\') {
            let hex = after
                .find(|c: char| !c.is_ascii_hexdigit())
                .unwrap_or(after.len())
                .min(6);
            if hex > 0 {
                let n = u32::from_str_radix(&after[..hex], 16).unwrap_or(0xfffd);
                out.push(char::from_u32(n).unwrap_or('\u{fffd}'));
                let tail = &after[hex..];
                rest = tail
                    .strip_prefix("\r\n")
                    .or_else(|| tail.strip_prefix([' ', '\t', '\n', '\r', '\x0c']))
                    .unwrap_or(tail);
            } else {
                let mut chars = after.chars();
                if let Some(c) = chars.next().filter(|c| *c != '\n') {
                    out.push(c);
                }
                rest = chars.as_str();
            }
        } else {
            out.push('/');
            rest = &rest[1..];
        }
    }
    out.push_str(rest);
    out
}

/// At most 60 characters of `s`, for a message.
fn short(s: &str) -> String {
    match s.char_indices().nth(60) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}

/// Width and height of an SVG, from its `width`/`height` or `viewBox`.
fn size(root: Node) -> Option<(u32, u32)> {
    let number = |s: &str| s.trim().trim_end_matches("px").trim().parse::<f64>().ok();
    let length = |name: &str| root.attribute(name).and_then(number).filter(|n| *n > 0.0);
    if let (Some(w), Some(h)) = (length("width"), length("height")) {
        return Some((w.round() as u32, h.round() as u32));
    }
    let vb: Vec<f64> = root
        .attribute("viewBox")?
        .split([' ', ',', '\t', '\n'])
        .filter(|s| !s.is_empty())
        .filter_map(|s| s.parse().ok())
        .collect();
    (vb.len() == 4 && vb[2] > 0.0 && vb[3] > 0.0)
        .then(|| (vb[2].round() as u32, vb[3].round() as u32))
}

#[cfg(test)]
mod tests;
