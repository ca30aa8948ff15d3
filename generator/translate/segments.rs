//! A page or a Fluent file split into translatable segments and the skeleton
//! around them, so that a translation can be rebuilt from the original's
//! structure with only the segments replaced.

use std::collections::BTreeMap;

use super::inline::{self, Inline};

mod body;
use body::body;

/// Front-matter fields a translator translates.
const TRANSLATED_FIELDS: &[(&str, &str)] = &[
    ("title", "page title (the heading and the browser tab)"),
    (
        "description",
        "summary for search engines and link previews",
    ),
    ("nav_title", "short menu label"),
    (
        "slug",
        "web address of the page: lower-case letters, digits and hyphens, no spaces",
    ),
];

/// Front-matter fields that belong to one translation, never copied from the original.
const TRANSLATION_FIELDS: &[&str] = &["translated_from", "untranslated", "review"];

/// How a segment's text is written back into its file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Syntax {
    /// A double-quoted YAML string in front matter.
    Yaml,
    /// Markdown inline text after a block prefix (heading, list item…).
    Markdown,
    /// A Markdown paragraph: the start of each of its lines is escaped where
    /// it would read as block markup.
    Paragraph,
    /// Markdown inline text in a table cell (`|` escaped).
    TableCell,
    /// A Fluent pattern.
    Fluent,
}

/// One translatable unit.
#[derive(Debug, Clone)]
pub(crate) struct Segment {
    /// Id, unique in its file (`title`, `p4`, `campaign-name`).
    pub id: String,
    /// The content.
    pub content: Vec<Inline>,
    /// How it is written back.
    pub syntax: Syntax,
    /// Context for the translator (what it is, which section).
    pub context: String,
}

/// A file as skeleton text and segments.
#[derive(Debug, Clone, Default)]
pub(crate) struct Extracted {
    /// Skeleton pieces: literal text, or the index of a segment.
    pub pieces: Vec<Piece>,
    /// The segments, in document order.
    pub segments: Vec<Segment>,
    /// For Fluent files: the pieces of each segment's whole entry (id, value,
    /// line end), so that an untranslated message can be left out.
    pub(super) entries: Vec<std::ops::Range<usize>>,
    /// Pieces before this index are never merged with new raw text.
    pub(super) sealed: usize,
}

/// A piece of the skeleton.
#[derive(Debug, Clone)]
pub(crate) enum Piece {
    /// Text copied as it is.
    Raw(String),
    /// The segment with this index.
    Segment(usize),
}

impl Extracted {
    pub(super) fn raw(&mut self, text: &str) {
        if text.is_empty() {
            return;
        }
        if let (true, Some(Piece::Raw(last))) =
            (self.pieces.len() > self.sealed, self.pieces.last_mut())
        {
            last.push_str(text);
        } else {
            self.pieces.push(Piece::Raw(text.to_string()));
        }
    }

    fn segment(&mut self, prefix: &str, text: &str, syntax: Syntax, context: String) {
        let id = format!("{prefix}{}", self.segments.len() + 1);
        self.segment_with_id(id, text, syntax, context);
    }

    pub(super) fn segment_with_id(
        &mut self,
        id: String,
        text: &str,
        syntax: Syntax,
        context: String,
    ) {
        let content = match syntax {
            Syntax::Yaml => vec![Inline::Text(text.to_string())],
            Syntax::Fluent => inline::parse_fluent(text),
            Syntax::Markdown | Syntax::Paragraph | Syntax::TableCell => {
                inline::parse_markdown(text)
            }
        };
        self.pieces.push(Piece::Segment(self.segments.len()));
        self.segments.push(Segment {
            id,
            content,
            syntax,
            context,
        });
    }

    /// The file rebuilt with `translated` content for the segments it names
    /// and the original content for the others.
    pub(crate) fn render(&self, translated: &BTreeMap<String, Vec<Inline>>) -> String {
        let mut out = String::new();
        for piece in &self.pieces {
            match piece {
                Piece::Raw(text) => out.push_str(text),
                Piece::Segment(i) => {
                    let seg = &self.segments[*i];
                    let content = translated.get(&seg.id).unwrap_or(&seg.content);
                    out.push_str(&render_segment(content, seg.syntax));
                }
            }
        }
        out
    }

    /// Like [`Extracted::render`], leaving out the entries of `omitted`
    /// segments (Fluent files only).
    pub(crate) fn render_without(
        &self,
        translated: &BTreeMap<String, Vec<Inline>>,
        omitted: &std::collections::BTreeSet<String>,
    ) -> String {
        let mut skip = vec![false; self.pieces.len()];
        for (n, seg) in self.segments.iter().enumerate() {
            if let (true, Some(range)) = (omitted.contains(&seg.id), self.entries.get(n)) {
                skip[range.clone()].iter_mut().for_each(|s| *s = true);
            }
        }
        let mut out = String::new();
        for (piece, skipped) in self.pieces.iter().zip(skip) {
            match piece {
                _ if skipped => {}
                Piece::Raw(text) => out.push_str(text),
                Piece::Segment(i) => {
                    let seg = &self.segments[*i];
                    let content = translated.get(&seg.id).unwrap_or(&seg.content);
                    out.push_str(&render_segment(content, seg.syntax));
                }
            }
        }
        out
    }
}

fn render_segment(content: &[Inline], syntax: Syntax) -> String {
    match syntax {
        Syntax::Yaml => yaml_quoted(&inline::plain(content)),
        Syntax::Markdown => inline::render_markdown(content, false),
        Syntax::Paragraph => inline::escape_line_starts(&inline::render_markdown(content, false)),
        Syntax::TableCell => inline::render_markdown(content, true),
        Syntax::Fluent => inline::render_fluent(content),
    }
}

fn yaml_quoted(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Decodes a YAML scalar as the front matter writes it (double-, single- or unquoted).
fn yaml_value(raw: &str) -> String {
    if let Some(inner) = raw.strip_prefix('"').and_then(|r| r.strip_suffix('"')) {
        let mut out = String::new();
        let mut chars = inner.chars();
        while let Some(c) = chars.next() {
            if c == '\\' {
                match chars.next() {
                    Some('n') => out.push('\n'),
                    Some(other) => out.push(other),
                    None => {}
                }
            } else {
                out.push(c);
            }
        }
        return out;
    }
    if let Some(inner) = raw.strip_prefix('\'').and_then(|r| r.strip_suffix('\'')) {
        return inner.replace("''", "'");
    }
    raw.to_string()
}

/// Splits a page (front matter and Markdown body) into skeleton and segments.
pub(crate) fn page(text: &str) -> Extracted {
    let mut out = Extracted::default();
    let mut lines = text.split_inclusive('\n');
    let mut body_start = 0;
    if text.starts_with("---") {
        let first = lines.next().unwrap_or("");
        out.raw(first);
        body_start = first.len();
        for line in lines.by_ref() {
            body_start += line.len();
            if line.trim_end() == "---" {
                out.raw(line);
                break;
            }
            front_line(line, &mut out);
        }
    }
    body(&text[body_start..], &mut out);
    out
}

fn front_line(line: &str, out: &mut Extracted) {
    let (content, newline) = split_newline(line);
    let Some((key, value)) = content.split_once(':') else {
        out.raw(line);
        return;
    };
    if TRANSLATION_FIELDS.contains(&key) {
        return;
    }
    match TRANSLATED_FIELDS.iter().find(|(k, _)| *k == key) {
        Some((_, what)) => {
            let spaces = value.len() - value.trim_start().len();
            out.raw(&format!("{key}:{}", &value[..spaces]));
            out.segment_with_id(
                key.to_string(),
                &yaml_value(value.trim()),
                Syntax::Yaml,
                what.to_string(),
            );
            out.raw(newline);
        }
        None => out.raw(line),
    }
}

fn split_newline(line: &str) -> (&str, &str) {
    match line.strip_suffix('\n') {
        Some(content) => (content, "\n"),
        None => (line, ""),
    }
}

/// Splits a Fluent file into skeleton and one segment per message value and
/// attribute. Multi-line values are one segment.
pub(crate) fn fluent(text: &str, context_of: &dyn Fn(&str) -> String) -> Extracted {
    let mut out = Extracted::default();
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let mut message = String::new();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        if line.starts_with("### faro-") {
            // The stamp and review status of a translation, never copied.
            i += 1;
            continue;
        }
        let Some((id, prefix_len)) = fluent_entry(line, &message) else {
            if !line.starts_with([' ', '\t']) && !line.trim().is_empty() {
                message.clear();
            }
            out.raw(line);
            i += 1;
            continue;
        };
        if !id.starts_with('.') {
            message = id.clone();
        }
        let head = split_newline(&line[prefix_len..]).0;
        if let Some(select) = super::fluent_select::parse(head, &lines[i + 1..]) {
            let full_id = if id.starts_with('.') {
                format!("{message}{id}")
            } else {
                id
            };
            super::fluent_select::segments(&mut out, line, &full_id, &select, context_of);
            i += select.lines;
            continue;
        }
        // Continuation lines: indented, and not an attribute.
        let mut end = i + 1;
        while end < lines.len() && is_continuation(lines[end]) {
            end += 1;
        }
        let value: String = lines[i..end].concat();
        let (value, newline) = split_newline(&value[prefix_len..]);
        let full_id = if id.starts_with('.') {
            format!("{message}{id}")
        } else {
            id
        };
        out.sealed = out.pieces.len();
        let first = out.pieces.len();
        out.raw(&line[..prefix_len]);
        let pattern = unindent(value);
        let context = context_of(&full_id);
        out.segment_with_id(full_id, &pattern, Syntax::Fluent, context);
        out.raw(newline);
        out.sealed = out.pieces.len();
        out.entries.push(first..out.pieces.len());
        i = end;
    }
    out
}

/// `id = ` or `    .attr = `: the id and the length of the prefix before the value.
fn fluent_entry(line: &str, message: &str) -> Option<(String, usize)> {
    let trimmed = line.trim_start();
    let indent = line.len() - trimmed.len();
    let is_attribute = indent > 0 && trimmed.starts_with('.') && !message.is_empty();
    if indent > 0 && !is_attribute {
        return None;
    }
    let name_end = trimmed
        .char_indices()
        .skip(usize::from(is_attribute))
        .find(|(_, c)| !(c.is_ascii_alphanumeric() || *c == '-' || *c == '_'))
        .map_or(trimmed.len(), |(i, _)| i);
    let name = &trimmed[..name_end];
    let first_ok = name
        .chars()
        .nth(usize::from(is_attribute))
        .is_some_and(|c| c.is_ascii_alphabetic() || (c == '-' && !is_attribute));
    let rest = &trimmed[name_end..];
    let eq = rest.len() - rest.trim_start_matches(' ').len();
    if !first_ok || !rest[eq..].starts_with('=') {
        return None;
    }
    let after_eq = &rest[eq + 1..];
    let spaces = after_eq.len() - after_eq.trim_start_matches(' ').len();
    Some((name.to_string(), indent + name_end + eq + 1 + spaces))
}

fn is_continuation(line: &str) -> bool {
    line.starts_with([' ', '\t']) && !line.trim().is_empty() && !line.trim_start().starts_with('.')
}

/// A multi-line Fluent value with its continuation indentation removed.
fn unindent(value: &str) -> String {
    value
        .split('\n')
        .map(|l| l.trim_start_matches([' ', '\t']))
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_rebuilds_from_its_segments() {
        let text = "---\ntitle: \"A \\\"quoted\\\" title\"\nweight: 3\ntranslated_from: \"abc\"\n---\n\nIntro **bold**\nsecond line.\n\n## Section {#sec}\n\n- item one\n  1. nested\n\n| A | B |\n| --- | --- |\n| `x` | [y](@/y.md) |\n\n::: regional\nCall **1522**.\n:::\n\n```\ncode stays\n```\n[^a]: A note.\n";
        let ex = page(text);
        let ids: Vec<&str> = ex.segments.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(
            ids,
            ["title", "p2", "h3", "p4", "p5", "p6", "p7", "p8", "p9", "p10", "p11"]
        );
        let expected = text.replace("translated_from: \"abc\"\n", "");
        assert_eq!(ex.render(&BTreeMap::new()), expected);
    }

    #[test]
    fn fluent_messages_and_attributes_are_segments() {
        let text = "# comment\nhello = Hello { $name }\n    .title = Tip\nlong =\n    first line\n    second line\n\n-term = Faro\n";
        let ex = fluent(text, &|_| String::new());
        let ids: Vec<&str> = ex.segments.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, ["hello", "hello.title", "long", "-term"]);
        assert_eq!(ex.render(&BTreeMap::new()), text);
    }
}
