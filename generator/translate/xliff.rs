//! Writing XLIFF 2.0 and 1.2: a document model small enough for Faro's
//! exports, and one writer per version. Inline markup goes out as `pc`/`ph`
//! (2.0) or `g`/`x` (1.2), with the original Markdown or Fluent code kept in
//! `originalData` (2.0) or `equiv-text` (1.2) for the translator to see.

use std::fmt::Write;

use super::inline::Inline;
use crate::campaign::content::Review;

/// Which XLIFF version to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Version {
    /// XLIFF 2.0 (OASIS Standard, 2014).
    #[value(name = "2.0")]
    V2,
    /// XLIFF 1.2 (OASIS Standard, 2008), for older CAT tools.
    #[value(name = "1.2")]
    V1,
}

/// How far a segment's translation has come.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum State {
    /// Not translated yet.
    Initial,
    /// Translated, with how it was made and whether it was reviewed.
    Done(Review),
}

/// An XLIFF document.
#[derive(Debug, Clone)]
pub(crate) struct Document {
    /// Source language.
    pub source_lang: String,
    /// Target language.
    pub target_lang: String,
    /// One file per page or Fluent file.
    pub files: Vec<File>,
}

/// One campaign file.
#[derive(Debug, Clone)]
pub(crate) struct File {
    /// Path in the campaign, such as `content/it/index.md`.
    pub original: String,
    /// What the file is, for the translator.
    pub note: String,
    /// Its segments.
    pub units: Vec<Unit>,
}

/// One segment.
#[derive(Debug, Clone)]
pub(crate) struct Unit {
    /// Id, unique in its file.
    pub id: String,
    /// Context for the translator.
    pub context: String,
    /// The source text where the original changed since the last translation.
    pub previous_source: Option<String>,
    /// Longest translation that fits its printed box, in characters.
    pub max_chars: Option<usize>,
    /// Source content.
    pub source: Vec<Inline>,
    /// Target content, when there is one.
    pub target: Option<Vec<Inline>>,
    /// Translation state.
    pub state: State,
}

/// Namespace of XLIFF 2.0 documents.
pub(crate) const NS_V2: &str = "urn:oasis:names:tc:xliff:document:2.0";
/// Namespace of XLIFF 1.2 documents.
pub(crate) const NS_V1: &str = "urn:oasis:names:tc:xliff:document:1.2";

/// Writes `doc` in `version`.
pub(crate) fn write(doc: &Document, version: Version) -> String {
    match version {
        Version::V2 => write_v2(doc),
        Version::V1 => write_v1(doc),
    }
}

/// A file id (an XML NMTOKEN) from a campaign path.
pub(crate) fn file_id(original: &str) -> String {
    original
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, '-' | '_' | '.') {
                c
            } else {
                '.'
            }
        })
        .collect()
}

fn write_v2(doc: &Document) -> String {
    let mut out = String::new();
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        out,
        "<xliff xmlns=\"{NS_V2}\" version=\"2.0\" srcLang=\"{}\" trgLang=\"{}\" xml:space=\"preserve\">",
        attr(&doc.source_lang),
        attr(&doc.target_lang)
    );
    for file in &doc.files {
        let _ = writeln!(
            out,
            "  <file id=\"{}\" original=\"{}\" canResegment=\"no\">",
            attr(&file_id(&file.original)),
            attr(&file.original)
        );
        let _ = writeln!(
            out,
            "    <notes>\n      <note category=\"context\">{}</note>\n    </notes>",
            text(&file.note)
        );
        for unit in &file.units {
            write_unit_v2(unit, &mut out);
        }
        out.push_str("  </file>\n");
    }
    out.push_str("</xliff>\n");
    out
}

fn write_unit_v2(unit: &Unit, out: &mut String) {
    let _ = writeln!(out, "    <unit id=\"{}\">", attr(&unit.id));
    out.push_str("      <notes>\n");
    for (category, note) in unit_notes(unit) {
        let _ = writeln!(
            out,
            "        <note category=\"{category}\">{}</note>",
            text(&note)
        );
    }
    out.push_str("      </notes>\n");
    let mut data = Vec::new();
    collect_data(&unit.source, &mut data);
    if !data.is_empty() {
        out.push_str("      <originalData>\n");
        for (id, code) in &data {
            let _ = writeln!(out, "        <data id=\"{id}\">{}</data>", text(code));
        }
        out.push_str("      </originalData>\n");
    }
    let state = match unit.state {
        State::Initial => "initial".to_string(),
        State::Done(Review::Reviewed) => "reviewed".to_string(),
        State::Done(review) => format!("translated\" subState=\"faro:{}", review.name()),
    };
    let _ = writeln!(out, "      <segment state=\"{state}\">");
    let _ = writeln!(out, "        <source>{}</source>", inline_v2(&unit.source));
    if let Some(target) = &unit.target {
        let _ = writeln!(out, "        <target>{}</target>", inline_v2(target));
    }
    out.push_str("      </segment>\n    </unit>\n");
}

fn unit_notes(unit: &Unit) -> Vec<(&'static str, String)> {
    let mut notes = vec![("context", unit.context.clone())];
    if let Some(max) = unit.max_chars {
        notes.push((
            "limit",
            format!("Printed on posters and cards: at most {max} characters."),
        ));
    }
    if let Some(previous) = &unit.previous_source {
        notes.push(("previous-source", previous.clone()));
    }
    notes
}

/// Data ids: `d<id>s`/`d<id>e` for span markup, `d<id>` for placeholders.
fn collect_data(content: &[Inline], out: &mut Vec<(String, String)>) {
    for piece in content {
        match piece {
            Inline::Text(_) => {}
            Inline::Span {
                id,
                start,
                end,
                children,
                ..
            } => {
                out.push((format!("d{id}s"), start.clone()));
                out.push((format!("d{id}e"), end.clone()));
                collect_data(children, out);
            }
            Inline::Placeholder { id, code, .. } => out.push((format!("d{id}"), code.clone())),
        }
    }
}

fn inline_v2(content: &[Inline]) -> String {
    let mut out = String::new();
    for piece in content {
        match piece {
            Inline::Text(t) => out.push_str(&text(t)),
            Inline::Span {
                id, kind, children, ..
            } => {
                let (ty, sub) = span_type_v2(kind);
                let _ = write!(
                    out,
                    "<pc id=\"{id}\" dataRefStart=\"d{id}s\" dataRefEnd=\"d{id}e\" canDelete=\"no\" type=\"{ty}\"{sub}>{}</pc>",
                    inline_v2(children)
                );
            }
            Inline::Placeholder { id, kind, code } => {
                let ty = if *kind == "link" { "link" } else { "other" };
                let _ = write!(
                    out,
                    "<ph id=\"{id}\" dataRef=\"d{id}\" canDelete=\"no\" type=\"{ty}\" disp=\"{}\"/>",
                    attr(code)
                );
            }
        }
    }
    out
}

fn span_type_v2(kind: &str) -> (&'static str, &'static str) {
    match kind {
        "bold" => ("fmt", " subType=\"xlf:b\""),
        "italic" => ("fmt", " subType=\"xlf:i\""),
        "image" => ("image", ""),
        "link" => ("link", ""),
        _ => ("other", ""),
    }
}

fn write_v1(doc: &Document) -> String {
    let mut out = String::new();
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(out, "<xliff xmlns=\"{NS_V1}\" version=\"1.2\">");
    for file in &doc.files {
        let _ = writeln!(
            out,
            "  <file original=\"{}\" source-language=\"{}\" target-language=\"{}\" datatype=\"x-faro\">",
            attr(&file.original),
            attr(&doc.source_lang),
            attr(&doc.target_lang)
        );
        let _ = writeln!(
            out,
            "    <header>\n      <note from=\"faro\">{}</note>\n    </header>\n    <body>",
            text(&file.note)
        );
        for unit in &file.units {
            write_unit_v1(unit, &mut out);
        }
        out.push_str("    </body>\n  </file>\n");
    }
    out.push_str("</xliff>\n");
    out
}

fn write_unit_v1(unit: &Unit, out: &mut String) {
    let limit = unit.max_chars.map_or(String::new(), |max| {
        format!(" maxwidth=\"{max}\" size-unit=\"char\"")
    });
    let _ = writeln!(
        out,
        "      <trans-unit id=\"{}\" xml:space=\"preserve\"{limit}>",
        attr(&unit.id)
    );
    let _ = writeln!(out, "        <source>{}</source>", inline_v1(&unit.source));
    if let Some(target) = &unit.target {
        let state = match unit.state {
            State::Initial => " state=\"needs-translation\"",
            State::Done(Review::Machine) => {
                " state=\"translated\" state-qualifier=\"leveraged-mt\""
            }
            State::Done(Review::Volunteer) => " state=\"translated\"",
            State::Done(Review::Reviewed) => " state=\"signed-off\"",
        };
        let _ = writeln!(out, "        <target{state}>{}</target>", inline_v1(target));
    }
    for (category, note) in unit_notes(unit) {
        let _ = writeln!(
            out,
            "        <note from=\"{category}\">{}</note>",
            text(&note)
        );
    }
    out.push_str("      </trans-unit>\n");
}

fn inline_v1(content: &[Inline]) -> String {
    let mut out = String::new();
    for piece in content {
        match piece {
            Inline::Text(t) => out.push_str(&text(t)),
            Inline::Span {
                id, kind, children, ..
            } => {
                let ctype = match *kind {
                    "bold" => "bold",
                    "italic" => "italic",
                    "link" => "link",
                    _ => "x-image",
                };
                let _ = write!(
                    out,
                    "<g id=\"{id}\" ctype=\"{ctype}\">{}</g>",
                    inline_v1(children)
                );
            }
            Inline::Placeholder { id, kind, code } => {
                let _ = write!(
                    out,
                    "<x id=\"{id}\" ctype=\"x-{kind}\" equiv-text=\"{}\"/>",
                    attr(code)
                );
            }
        }
    }
    out
}

/// Escapes character data (and drops characters XML cannot carry).
///
/// Not the HTML escaper (`untrusted::escape_html`): XML 1.0 refuses most control
/// characters, and a CAT tool must get `\r` back, so this one drops or encodes
/// them; `attr` also keeps line breaks and tabs from attribute-value normalisation.
fn text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\r' => out.push_str("&#13;"),
            c if (c as u32) < 0x20 && !matches!(c, '\n' | '\t') => {}
            c => out.push(c),
        }
    }
    out
}

/// Escapes an attribute value.
fn attr(s: &str) -> String {
    text(s)
        .replace('"', "&quot;")
        .replace('\n', "&#10;")
        .replace('\t', "&#9;")
}
