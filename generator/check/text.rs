//! `faro check` for people: findings by kind, the hint once per group of
//! items that share it, then each item as `file:line:col: message` (sorted by
//! file and position, so a file's items stay together), long items wrapped
//! whole, a passage to adapt shown beside its item, and one final line
//! counting what is left per kind. The items themselves are rendered by
//! [`crate::diagnostics::render`], like every diagnostic.

use std::fmt::Write as _;

use super::CheckReport;
use crate::diagnostics::render::{by_hint, item, wrap};

/// The whole report as text.
pub fn human(report: &CheckReport) -> String {
    let mut out = String::new();
    for g in &report.groups {
        let _ = writeln!(out, "{} ({})", g.title, g.items.len());
        for (hint, items) in by_hint(&g.items) {
            if let Some(h) = hint {
                out.push_str(&wrap(&format!("hint: {h}"), "  ", "        "));
            }
            for d in items {
                item(&mut out, d);
            }
        }
        out.push('\n');
    }
    translations(&mut out, report);
    out.push_str(&final_line(report));
    out
}

fn translations(out: &mut String, report: &CheckReport) {
    let Some(t) = &report.translations else {
        return;
    };
    let _ = writeln!(out, "Translations (original: {})", t.default_locale);
    for l in &t.locales {
        let counts = [
            (l.missing_pages.len(), "missing pages"),
            (l.stale_pages.len(), "stale"),
            (l.unrecorded_pages.len(), "unrecorded"),
            (l.missing_keys.len(), "missing strings"),
            (l.unknown_keys.len(), "unknown strings"),
            (l.placeholder_mismatches.len(), "placeholder mismatches"),
            (l.unreviewed_pages.len(), "unreviewed essential pages"),
            (l.unreviewed_strings.len(), "unreviewed strings"),
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
        let _ = writeln!(out, "  {}: {line}", l.locale);
    }
    out.push('\n');
}

/// `lombardia: not ready. Left: 9 to-dos, 24 passages to adapt, 3 warnings`
fn final_line(report: &CheckReport) -> String {
    let name = if report.campaign.is_empty() {
        &report.path
    } else {
        &report.campaign
    };
    let verdict = report.verdict();
    match report.left_phrase() {
        None => format!("{name}: {verdict}. Nothing left.\n"),
        Some(left) => format!("{name}: {verdict}. Left: {left}\n"),
    }
}
