//! `faro check` for people: one section per kind of what is left (to-dos,
//! passages to adapt, …, errors, warnings), each headed by its count; inside
//! it, items grouped by code, with a hint shared by several items said once,
//! each file named once with its items under it as `file:line:col: message`
//! (the whole location stays on every item, so terminals and editors open
//! it at the place), long items wrapped whole and a passage to adapt shown
//! beside its item; then one final line counting what is left per kind, in
//! the sections' words. The runs of items are rendered by
//! [`crate::diagnostics::render`], like every diagnostic.

use std::fmt::Write as _;

use super::CheckReport;
use crate::diagnostics::{render, Diagnostics};

/// The whole report as text.
pub(crate) fn human(report: &CheckReport) -> String {
    let mut out = sections_text(&report.sections);
    translations(&mut out, report);
    out.push_str(&final_line(report));
    out
}

fn sections_text(sections: &[super::Section]) -> String {
    let mut out = String::new();
    for section in sections {
        let _ = writeln!(out, "{} ({})", section.title, section.count);
        for run in &section.runs {
            render::run(&mut out, run, section.run_heading(run).as_deref());
        }
        out.push('\n');
    }
    out
}

/// Findings laid out as `faro check` lays them out (a section per kind,
/// a shared hint said once), with what is left in one phrase ("30 to-dos,
/// 1 essential page to translate or update"): for `faro build` and
/// `faro serve`, so that every command names to-dos as to-dos.
pub fn listing(diags: &Diagnostics) -> (String, String) {
    let sorted: Diagnostics = diags.clone().sorted().into_iter().collect();
    let sections = super::sections::sections(&sorted);
    let left: Vec<String> = sections
        .iter()
        .map(|s| {
            let l = s.left();
            format!("{} {}", l.count, l.label)
        })
        .collect();
    (sections_text(&sections), left.join(", "))
}

fn translations(out: &mut String, report: &CheckReport) {
    let Some((heading, lines)) = translation_summary(report) else {
        return;
    };
    let _ = writeln!(out, "{heading}");
    for line in lines {
        let _ = writeln!(out, "  {line}");
    }
    out.push('\n');
}

/// The translations summary: its heading (`Translations (original: it)`)
/// and one line per other locale (`en: complete`, `de: 1 stale`); `None`
/// when only one language is built (or the build stopped before comparing
/// them). The preview's checklist page shows the same.
pub(crate) fn translation_summary(report: &CheckReport) -> Option<(String, Vec<String>)> {
    let t = report
        .translations
        .as_ref()
        .filter(|t| !t.locales.is_empty())?;
    let heading = format!("Translations (original: {})", t.default_locale);
    let mut lines = Vec::new();
    for l in &t.locales {
        let counts = [
            (l.missing_pages.len(), "missing page"),
            (l.stale_pages.len(), "stale"),
            (l.unrecorded_pages.len(), "unrecorded"),
            (l.missing_keys.len(), "missing string"),
            (l.unknown_keys.len(), "unknown string"),
            (l.placeholder_mismatches.len(), "placeholder mismatch"),
            (l.unreviewed_pages.len(), "unreviewed essential page"),
            (l.unreviewed_strings.len(), "unreviewed string"),
        ];
        let found: Vec<String> = counts
            .iter()
            .filter(|(n, _)| *n > 0)
            .map(|(n, what)| match (*n, *what) {
                (1, _) | (_, "stale" | "unrecorded") => format!("{n} {what}"),
                (_, "placeholder mismatch") => format!("{n} placeholder mismatches"),
                _ => format!("{n} {what}s"),
            })
            .collect();
        let line = if found.is_empty() {
            "complete".to_string()
        } else {
            found.join(", ")
        };
        lines.push(format!("{}: {line}", l.locale));
    }
    Some((heading, lines))
}

/// `lombardia: not ready. Left: 9 to-dos, 24 passages to adapt, 3 warnings`,
/// or for a campaign ready with warnings left `veneto: ready to publish. None
/// of what is listed stops `faro build`; still open: 5 to-dos, 2 warnings`.
fn final_line(report: &CheckReport) -> String {
    let name = if report.campaign.is_empty() {
        &report.path
    } else {
        &report.campaign
    };
    format!("{name}: {}. {}\n", report.verdict(), report.left_sentence())
}
