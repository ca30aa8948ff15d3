//! `faro check`: everything that would fail a build plus every replication
//! to-do, grouped by kind, for people and (as stable JSON) for a region's CI.
//! The JSON format is documented in docs/check-json.md.

use std::path::Path;

use serde::Serialize;

use crate::build::{self, BuildOptions};
use crate::diagnostics::{Diagnostic, Severity};
use crate::translations::TranslationReport;

/// Version of the JSON format; it changes only when a field changes meaning.
pub const JSON_VERSION: u32 = 1;

/// The kinds findings are grouped in, in the order they are shown.
pub const KINDS: &[(&str, &str)] = &[
    ("todos", "To-dos"),
    ("translations", "Missing or stale translations"),
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
    /// Number of errors.
    pub errors: usize,
    /// Number of warnings.
    pub warnings: usize,
    /// Findings by kind; kinds with no finding are left out.
    pub groups: Vec<Group>,
    /// Per-locale translation summary.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub translations: Option<TranslationReport>,
}

/// Checks a campaign without writing anything.
pub fn check(campaign_dir: &Path, strict: bool) -> CheckReport {
    let outcome = build::check(campaign_dir, &BuildOptions::default());
    let errors = outcome.diags.error_count();
    let warnings = outcome.diags.warning_count();
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
        ready: errors == 0 && !(strict && warnings > 0),
        errors,
        warnings,
        groups,
        translations: outcome.translations,
    }
}

/// The group a diagnostic belongs to, from its code.
pub fn kind_of(d: &Diagnostic) -> &'static str {
    let code = d.code;
    if code == "todo" {
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
    /// The report as text for people: one line per finding, grouped.
    pub fn human(&self) -> String {
        let mut out = String::new();
        for g in &self.groups {
            out.push_str(&format!("{} ({})\n", g.title, g.items.len()));
            for d in &g.items {
                let tag = if d.severity == Severity::Warning {
                    "warning: "
                } else {
                    ""
                };
                let loc = d.location_label().unwrap_or_default();
                out.push_str(&format!("  {loc}  {tag}{}\n", d.message));
                if let Some(h) = &d.hint {
                    out.push_str(&format!("      hint: {h}\n"));
                }
            }
            out.push('\n');
        }
        if let Some(t) = &self.translations {
            out.push_str(&format!("Translations (original: {})\n", t.default_locale));
            for l in &t.locales {
                let counts = [
                    (l.missing_pages.len(), "missing pages"),
                    (l.stale_pages.len(), "stale"),
                    (l.unrecorded_pages.len(), "unrecorded"),
                    (l.missing_keys.len(), "missing strings"),
                    (l.unknown_keys.len(), "unknown strings"),
                    (l.placeholder_mismatches.len(), "placeholder mismatches"),
                ];
                let found: Vec<String> = counts
                    .iter()
                    .filter(|(n, _)| *n > 0)
                    .map(|(n, what)| format!("{n} {what}"))
                    .collect();
                let line = if found.is_empty() {
                    "complete".to_string()
                } else {
                    found.join(", ")
                };
                out.push_str(&format!("  {}: {line}\n", l.locale));
            }
            out.push('\n');
        }
        let name = if self.campaign.is_empty() {
            &self.path
        } else {
            &self.campaign
        };
        let verdict = if self.ready {
            "ready to publish"
        } else {
            "not ready"
        };
        out.push_str(&format!(
            "{name}: {verdict} ({} errors, {} warnings)\n",
            self.errors, self.warnings
        ));
        out
    }
}
