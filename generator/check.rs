//! `faro check`: everything that would fail a build plus every replication
//! to-do, for people ([`text`]: a section per kind of what is left, see
//! [`sections`]) and as stable JSON for a region's CI (docs/check-json.md;
//! `groups` by the older kinds below, `sections` as the text lays them out).

pub(crate) mod sections;
pub(crate) mod text;

use std::path::Path;

use serde::Serialize;

use crate::build::{self, BuildOptions};
use crate::diagnostics::Diagnostic;
use crate::translate::report::TranslationReport;
pub(crate) use sections::Section;

/// Version of the JSON format; it changes only when a field changes meaning
/// (3: `todos` counts every to-do and `warnings` only the warnings that are
/// not to-dos, as the text report's sections do).
pub(crate) const JSON_VERSION: u32 = 3;

/// The kinds findings are grouped in, in the order they are shown.
pub(crate) const KINDS: &[(&str, &str)] = &[
    ("todos", "To-dos"),
    ("translations", "Translation problems"),
    ("links", "Broken links"),
    ("alt-text", "Missing alt text"),
    ("phone-numbers", "Invalid phone numbers"),
    ("contrast", "Colours below WCAG AA contrast"),
    ("references", "References outside the campaign folder"),
    ("other", "Other problems"),
];

/// One kind of finding and its items.
#[derive(Debug, Serialize)]
pub struct Group {
    /// Kind identifier (see [`KINDS`]).
    pub kind: &'static str,
    /// Heading for people.
    pub title: &'static str,
    /// The findings, sorted by file and position.
    pub items: Vec<Diagnostic>,
}

/// The result of checking one campaign.
#[derive(Debug, Serialize)]
pub struct CheckReport {
    /// JSON format version.
    pub version: u32,
    /// Campaign id (empty when campaign.yaml could not be read).
    pub campaign: String,
    /// The folder checked.
    pub path: String,
    /// True when the campaign can be published: no errors (and, with
    /// `--strict`, no warnings).
    pub ready: bool,
    /// Number of errors that are not to-dos: the text report's errors,
    /// essential pages and print texts to translate.
    pub errors: usize,
    /// Number of to-dos, errors and warnings alike: the text report's
    /// to-dos, passages to adapt, mentions of the source campaign and values
    /// to confirm (those that are errors block publishing).
    pub todos: usize,
    /// Number of warnings that are not to-dos: the text report's warnings.
    pub warnings: usize,
    /// What is left, per kind, in the order of the final line of the human report.
    pub left: Vec<Left>,
    /// Findings by kind; kinds with no finding are left out.
    pub groups: Vec<Group>,
    /// The same findings as the text report lays them out: one section per
    /// kind of [`CheckReport::left`], its items grouped by code, shared hint
    /// and file (see [`sections`]).
    pub sections: Vec<Section>,
    /// Per-locale translation summary.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub translations: Option<TranslationReport>,
}

impl CheckReport {
    /// "ready to publish" or "not ready", as both the terminal report and the
    /// preview's checklist page say it.
    pub fn verdict(&self) -> &'static str {
        let to_confirm = self.left.iter().any(|l| l.kind == "todo.confirm");
        if self.ready && to_confirm {
            "ready to publish once the values marked unconfirmed are confirmed"
        } else if self.ready {
            "ready to publish"
        } else {
            "not ready"
        }
    }

    /// What the report's last line says after the verdict: "Nothing left.";
    /// what is left, when not ready ("Left: 9 to-dos, 3 errors"); and when
    /// ready with something left (only warnings are, to-dos that are warnings
    /// among them: a partner's logo, a value to confirm), that none of it
    /// stops `faro build`, since "ready" with "Left: 5 to-dos" read as a
    /// contradiction.
    pub fn left_sentence(&self) -> String {
        match self.left_phrase() {
            None => "Nothing left.".to_string(),
            Some(left) if self.ready => {
                format!("None of what is listed stops `faro build`; still open: {left}")
            }
            Some(left) => format!("Left: {left}"),
        }
    }

    /// What is left, per kind, in one phrase ("9 to-dos, 24 passages to
    /// adapt"), or `None` when nothing is left.
    pub fn left_phrase(&self) -> Option<String> {
        let left: Vec<String> = self
            .left
            .iter()
            .map(|l| format!("{} {}", l.count, l.label))
            .collect();
        (!left.is_empty()).then(|| left.join(", "))
    }
}

/// A count of what is left of one kind.
#[derive(Debug, Serialize)]
pub struct Left {
    /// `todo`, `todo.passage`, `todo.mention`, `todo.confirm`, `essential`,
    /// `print-string`, `error` or `warning`.
    pub kind: &'static str,
    /// How many.
    pub count: usize,
    /// The kind for people, in the plural (`passages to adapt`).
    pub label: &'static str,
}

/// Checks a campaign without writing anything.
pub fn check(campaign_dir: &Path, strict: bool) -> CheckReport {
    report(campaign_dir, strict, &BuildOptions::default())
}

/// Checks the web pages only (no print assets), for the preview's checklist.
pub(crate) fn check_web(campaign_dir: &Path) -> CheckReport {
    let options = BuildOptions {
        web_only: true,
        ..BuildOptions::default()
    };
    report(campaign_dir, false, &options)
}

fn report(campaign_dir: &Path, strict: bool, options: &BuildOptions) -> CheckReport {
    let outcome = build::check(campaign_dir, options);
    let all_errors = outcome.diags.error_count();
    let all_warnings = outcome.diags.warning_count();
    let sections = sections::sections(&outcome.diags);
    // The counts are the text report's sections' (a to-do that is a warning
    // is a to-do, not a warning): `todos: 0` stood beside "To-dos (5)".
    let count = |kinds: &[&str]| -> usize {
        let of_kinds = sections.iter().filter(|s| kinds.contains(&s.kind));
        of_kinds.map(|s| s.count).sum()
    };
    let todos = count(&["todo", "todo.passage", "todo.mention", "todo.confirm"]);
    let errors = count(&["essential", "print-string", "error"]);
    let warnings = count(&["warning"]);
    let left = sections.iter().map(Section::left).collect();
    let mut groups: Vec<Group> = KINDS
        .iter()
        .map(|(kind, title)| Group {
            kind,
            title,
            items: Vec::new(),
        })
        .collect();
    for d in outcome.diags.sorted() {
        let kind = kind_of(&d);
        if let Some(g) = groups.iter_mut().find(|g| g.kind == kind) {
            g.items.push(d);
        }
    }
    groups.retain(|g| !g.items.is_empty());
    CheckReport {
        version: JSON_VERSION,
        campaign: outcome.id.unwrap_or_default(),
        path: campaign_dir.display().to_string(),
        ready: all_errors == 0 && !(strict && all_warnings > 0),
        errors,
        todos,
        warnings,
        left,
        groups,
        sections,
        translations: outcome.translations,
    }
}

/// The group a diagnostic belongs to, from its code.
pub fn kind_of(d: &Diagnostic) -> &'static str {
    let code = d.code;
    if code == "todo" || code.starts_with("todo.") {
        "todos"
    } else if code.starts_with("translation.") || code.starts_with("i18n.") {
        "translations"
    } else if code.starts_with("link.") {
        "links"
    } else if code == "image.alt" {
        "alt-text"
    } else if code == "config.phone" {
        "phone-numbers"
    } else if code == "config.contrast" {
        "contrast"
    } else if code == "config.path"
        || d.message.contains("leaves the campaign folder")
        || d.message.contains("outside the campaign folder")
    {
        "references"
    } else {
        "other"
    }
}

impl CheckReport {
    /// The report as text for people: see [`text::human`].
    pub fn human(&self) -> String {
        text::human(self)
    }
}
