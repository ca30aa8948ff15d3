//! Reading XLIFF 2.0 and 1.2 back: files, units, their targets as inline
//! trees of ids (the markup itself is taken from the campaign, never from the
//! file) and their states, every element with its line and column for error
//! messages.

use std::path::Path;

use roxmltree::{Document as Xml, Node};

use super::inline::Inline;
use super::xliff::{State, NS_V1, NS_V2};
use crate::campaign::content::Review;
use crate::diagnostics::Diagnostic;

/// A line and column in the XLIFF file (1-based).
pub(super) type At = (usize, usize);

/// A document as read.
#[derive(Debug)]
pub(super) struct Read {
    /// Source language.
    pub source_lang: String,
    /// Where the source language is written (its attribute's value).
    pub source_lang_at: At,
    /// Target language.
    pub target_lang: String,
    /// Where the target language is written (its attribute's value).
    pub target_lang_at: At,
    /// Files in document order.
    pub files: Vec<ReadFile>,
}

/// A `<file>`.
#[derive(Debug)]
pub(super) struct ReadFile {
    /// Its `original` path.
    pub original: String,
    /// Where the element starts.
    pub at: At,
    /// Its units.
    pub units: Vec<ReadUnit>,
}

/// A `<unit>` or `<trans-unit>`.
#[derive(Debug)]
pub(super) struct ReadUnit {
    /// Its id.
    pub id: String,
    /// Where the element starts.
    pub at: At,
    /// Where the target starts (the unit's start when it has none).
    pub target_at: At,
    /// Source content: spans and placeholders carry ids only.
    pub source: Vec<Inline>,
    /// Target content, when present and not empty.
    pub target: Option<Vec<Inline>>,
    /// State of the translation.
    pub state: State,
}

/// Reads `text`, the content of `path`.
pub(super) fn read(path: &Path, text: &str) -> Result<Read, Diagnostic> {
    let xml = Xml::parse(text).map_err(|e| {
        let pos = e.pos();
        Diagnostic::error("xliff.syntax", format!("not well-formed XML: {e}"))
            .in_file(path)
            .at(pos.row as usize, pos.col as usize)
            .with_hint("a CAT tool should never write this; was the file edited by hand?")
    })?;
    let reader = Reader { xml: &xml, path };
    let root = xml.root_element();
    let ns = root.tag_name().namespace().unwrap_or("");
    if root.tag_name().name() != "xliff" || (ns != NS_V2 && ns != NS_V1) {
        return Err(reader
            .error(root, "xliff.root", "not an XLIFF 2.0 or 1.2 document")
            .with_hint(format!(
                "the root element must be <xliff> in {NS_V2} or {NS_V1}"
            )));
    }
    if ns == NS_V2 {
        reader.v2(root)
    } else {
        reader.v1(root)
    }
}

struct Reader<'x, 'i> {
    xml: &'x Xml<'i>,
    path: &'x Path,
}

impl Reader<'_, '_> {
    fn at(&self, node: Node) -> At {
        self.position(node.range().start)
    }

    fn position(&self, offset: usize) -> At {
        let pos = self.xml.text_pos_at(offset);
        (pos.row as usize, pos.col as usize)
    }

    /// Where the value of attribute `name` of `node` starts (the element's
    /// start when it has no such attribute).
    fn attribute_at(&self, node: Node, name: &str) -> At {
        node.attributes()
            .find(|a| a.name() == name)
            .map_or_else(|| self.at(node), |a| self.position(a.range_value().start))
    }

    fn error(&self, node: Node, code: &'static str, message: impl Into<String>) -> Diagnostic {
        let (line, column) = self.at(node);
        Diagnostic::error(code, message)
            .in_file(self.path)
            .at(line, column)
    }

    fn required<'a>(&self, node: Node<'a, '_>, name: &str) -> Result<&'a str, Diagnostic> {
        node.attribute(name).ok_or_else(|| {
            self.error(
                node,
                "xliff.attribute",
                format!("<{}> has no `{name}` attribute", node.tag_name().name()),
            )
        })
    }

    fn v2(&self, root: Node) -> Result<Read, Diagnostic> {
        let mut files = Vec::new();
        for file in elements(root, "file") {
            let mut units = Vec::new();
            for unit in file.descendants().filter(|n| is(*n, "unit")) {
                units.push(self.unit_v2(unit)?);
            }
            files.push(ReadFile {
                original: self.required(file, "original")?.to_string(),
                at: self.at(file),
                units,
            });
        }
        Ok(Read {
            source_lang: self.required(root, "srcLang")?.to_string(),
            source_lang_at: self.attribute_at(root, "srcLang"),
            target_lang: self.required(root, "trgLang")?.to_string(),
            target_lang_at: self.attribute_at(root, "trgLang"),
            files,
        })
    }

    /// A unit's segments (and ignorables) are joined: a tool may have split them.
    fn unit_v2(&self, unit: Node) -> Result<ReadUnit, Diagnostic> {
        let mut source = Vec::new();
        let mut target = Vec::new();
        let mut has_target = false;
        let mut target_at = self.at(unit);
        let mut state = None;
        for part in unit
            .children()
            .filter(|n| is(*n, "segment") || is(*n, "ignorable"))
        {
            if let Some(s) = elements(part, "source").next() {
                source.extend(self.content(s)?);
            }
            if let Some(t) = elements(part, "target").next() {
                has_target = true;
                target_at = self.at(t);
                target.extend(self.content(t)?);
            }
            if is(part, "segment") {
                let review = review_v2(part.attribute("state"), part.attribute("subState"));
                state = Some(state.map_or(review, |s: Review| s.min(review)));
            }
        }
        self.finish_unit(unit, source, has_target, target, target_at, state)
    }

    fn finish_unit(
        &self,
        unit: Node,
        source: Vec<Inline>,
        has_target: bool,
        target: Vec<Inline>,
        target_at: At,
        review: Option<Review>,
    ) -> Result<ReadUnit, Diagnostic> {
        let empty = target
            .iter()
            .all(|t| matches!(t, Inline::Text(s) if s.is_empty()));
        let target = (has_target && !empty).then_some(target);
        let state = match (&target, review) {
            (Some(_), Some(r)) => State::Done(r),
            (Some(_), None) => State::Done(Review::Volunteer),
            (None, _) => State::Initial,
        };
        Ok(ReadUnit {
            id: self.required(unit, "id")?.to_string(),
            at: self.at(unit),
            target_at,
            source,
            target,
            state,
        })
    }

    fn v1(&self, root: Node) -> Result<Read, Diagnostic> {
        let mut files = Vec::new();
        let mut langs = None;
        for file in elements(root, "file") {
            let source = self.required(file, "source-language")?.to_string();
            let target = self.required(file, "target-language")?.to_string();
            langs.get_or_insert((
                source,
                self.attribute_at(file, "source-language"),
                target,
                self.attribute_at(file, "target-language"),
            ));
            let mut units = Vec::new();
            for unit in file.descendants().filter(|n| is(*n, "trans-unit")) {
                let source = match elements(unit, "source").next() {
                    Some(s) => self.content(s)?,
                    None => Vec::new(),
                };
                let target_node = elements(unit, "target").next();
                let target = match target_node {
                    Some(t) => self.content(t)?,
                    None => Vec::new(),
                };
                let review = target_node.map(|t| {
                    if unit.attribute("approved") == Some("yes") {
                        // 1.2: "the translation is final or has passed its final review".
                        Review::Reviewed
                    } else {
                        review_v1(t.attribute("state"), t.attribute("state-qualifier"))
                    }
                });
                let target_at = target_node.map_or(self.at(unit), |t| self.at(t));
                units.push(self.finish_unit(
                    unit,
                    source,
                    target_node.is_some(),
                    target,
                    target_at,
                    review,
                )?);
            }
            files.push(ReadFile {
                original: self.required(file, "original")?.to_string(),
                at: self.at(file),
                units,
            });
        }
        let (source_lang, source_lang_at, target_lang, target_lang_at) =
            langs.ok_or_else(|| {
                self.error(root, "xliff.empty", "this XLIFF file has no <file> element")
            })?;
        Ok(Read {
            source_lang,
            source_lang_at,
            target_lang,
            target_lang_at,
            files,
        })
    }

    /// Inline content: text, `pc`/`g` spans and `ph`/`x` placeholders by id;
    /// annotations (`mrk`) are unwrapped.
    fn content(&self, node: Node) -> Result<Vec<Inline>, Diagnostic> {
        let mut out: Vec<Inline> = Vec::new();
        for child in node.children() {
            if child.is_text() {
                let t = child.text().unwrap_or("");
                match out.last_mut() {
                    Some(Inline::Text(last)) => last.push_str(t),
                    _ => out.push(Inline::Text(t.to_string())),
                }
                continue;
            }
            if !child.is_element() {
                continue;
            }
            let name = child.tag_name().name();
            match name {
                "pc" | "g" => out.push(Inline::Span {
                    id: self.required(child, "id")?.to_string(),
                    kind: "",
                    start: String::new(),
                    end: String::new(),
                    children: self.content(child)?,
                }),
                "ph" | "x" => out.push(Inline::Placeholder {
                    id: self.required(child, "id")?.to_string(),
                    kind: "",
                    code: String::new(),
                }),
                "mrk" => out.extend(self.content(child)?),
                "cp" => {
                    let hex = self.required(child, "hex")?;
                    let c = u32::from_str_radix(hex, 16).ok().and_then(char::from_u32);
                    out.push(Inline::Text(c.map(String::from).unwrap_or_default()));
                }
                other => {
                    return Err(self
                        .error(child, "xliff.inline", format!("<{other}> is not supported here"))
                        .with_hint("keep the inline elements as the export wrote them (<pc>/<ph> in XLIFF 2.0, <g>/<x> in 1.2)"));
                }
            }
        }
        Ok(out)
    }
}

fn is(node: Node, name: &str) -> bool {
    node.is_element() && node.tag_name().name() == name
}

fn elements<'a, 'i>(node: Node<'a, 'i>, name: &'a str) -> impl Iterator<Item = Node<'a, 'i>> {
    node.children().filter(move |n| is(*n, name))
}

fn review_v2(state: Option<&str>, sub_state: Option<&str>) -> Review {
    match (state, sub_state) {
        (Some("reviewed" | "final"), _) => Review::Reviewed,
        (_, Some("faro:machine")) => Review::Machine,
        _ => Review::Volunteer,
    }
}

fn review_v1(state: Option<&str>, qualifier: Option<&str>) -> Review {
    match (state, qualifier) {
        (Some("signed-off" | "final"), _) => Review::Reviewed,
        (_, Some(q)) if q.contains("mt") => Review::Machine,
        _ => Review::Volunteer,
    }
}
