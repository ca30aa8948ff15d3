//! The sections of `faro check`'s report: one per kind of what is left
//! (to-dos, passages to adapt, mentions of the source campaign, values to
//! confirm, essential pages, print texts, errors, warnings), in the order and with the
//! names of the report's last line, so that each section's count is the
//! count that line gives. Inside a section, items are grouped by code, shared
//! hint and file ([`crate::diagnostics::grouped`]).

use serde::Serialize;

use super::Left;
use crate::diagnostics::grouped::{self, Run};
use crate::diagnostics::{Diagnostic, Diagnostics, Severity};

/// The kinds of what is left: id, label in the singular and the plural,
/// and the section's title.
const KINDS: &[(&str, &str, &str, &str)] = &[
    ("todo", "to-do", "to-dos", "To-dos"),
    (
        "todo.passage",
        "passage to adapt",
        "passages to adapt",
        "Passages to adapt",
    ),
    (
        "todo.mention",
        "mention of the source campaign",
        "mentions of the source campaign",
        "Mentions of the source campaign",
    ),
    (
        "todo.confirm",
        "value to confirm",
        "values to confirm",
        "Values to confirm",
    ),
    (
        "essential",
        "essential page to translate or update",
        "essential pages to translate or update",
        "Essential pages to translate or update",
    ),
    (
        "print-string",
        "print text to translate",
        "print texts to translate",
        "Print texts to translate",
    ),
    ("error", "error", "errors", "Errors"),
    ("warning", "warning", "warnings", "Warnings"),
];

/// One kind of what is left, with its findings.
#[derive(Debug, Serialize)]
pub struct Section {
    /// `todo`, `todo.passage`, `todo.mention`, `todo.confirm`, `essential`,
    /// `print-string`, `error` or `warning`, as in [`super::CheckReport::left`].
    pub kind: &'static str,
    /// Heading for people (`Passages to adapt`).
    pub title: &'static str,
    /// Number of findings.
    pub count: usize,
    /// The findings, by code, shared hint and file.
    pub runs: Vec<Run>,
    #[serde(skip)]
    one: &'static str,
    #[serde(skip)]
    many: &'static str,
}

impl Section {
    /// The section as a count of what is left (`16 passages to adapt`).
    pub fn left(&self) -> Left {
        Left {
            kind: self.kind,
            count: self.count,
            label: if self.count == 1 { self.one } else { self.many },
        }
    }

    /// What a run is about, when the section holds several: the kind of
    /// finding in words and its code (`Broken links (link.broken, 2)`).
    pub fn run_heading(&self, run: &Run) -> Option<String> {
        if self.runs.len() < 2 {
            return None;
        }
        let what = run
            .files
            .first()
            .and_then(|f| f.items.first())
            .map(super::kind_of)
            .and_then(|kind| super::KINDS.iter().find(|(k, _)| *k == kind))
            .map_or("Other problems", |(_, title)| title);
        Some(format!("{what} ({}, {})", run.code, run.count()))
    }
}

/// The sections that have findings, in the order of [`KINDS`]; `diags` are
/// sorted by file and position.
pub(crate) fn sections(diags: &Diagnostics) -> Vec<Section> {
    let sorted: Vec<&Diagnostic> = diags.iter().collect();
    KINDS
        .iter()
        .filter_map(|&(kind, one, many, title)| {
            let items: Vec<Diagnostic> = sorted
                .iter()
                .filter(|d| left_kind(d) == kind)
                .map(|d| (*d).clone())
                .collect();
            (!items.is_empty()).then(|| Section {
                kind,
                title,
                count: items.len(),
                runs: grouped::runs(&items),
                one,
                many,
            })
        })
        .collect()
}

/// The kind a diagnostic is counted as.
fn left_kind(d: &Diagnostic) -> &'static str {
    match d.code {
        "todo" | "todo.passage" | "todo.mention" | "todo.confirm" => d.code,
        _ if d.code.starts_with("todo.") => "todo",
        _ if d.severity == Severity::Warning => "warning",
        code if code.starts_with("translation.essential") || code == "locale.no-content" => {
            "essential"
        }
        "translation.print-string" => "print-string",
        _ => "error",
    }
}
