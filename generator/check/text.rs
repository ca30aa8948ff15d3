//! `faro check` for people: findings by kind, the hint once per group of
//! items that share it, then each item as `file:line:col: message` (sorted by
//! file and position, so a file's items stay together), long items wrapped
//! whole, a passage to adapt shown beside its item, and one final line
//! counting what is left per kind.

use std::fmt::Write as _;

use super::CheckReport;
use crate::diagnostics::{Diagnostic, Severity};

/// Width the report is wrapped at.
const WIDTH: usize = 100;

/// Indent of an item's continuation lines and of a passage's original text.
const ITEM_INDENT: &str = "        ";

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

/// Items grouped by hint, in the order hints first appear, so that a hint
/// shared by many items (every passage to adapt) is printed once; within a
/// hint, items keep their order (by file, then position).
fn by_hint(items: &[Diagnostic]) -> Vec<(Option<&str>, Vec<&Diagnostic>)> {
    let mut groups: Vec<(Option<&str>, Vec<&Diagnostic>)> = Vec::new();
    for d in items {
        let hint = d.hint.as_deref();
        match groups.iter_mut().find(|(h, _)| *h == hint) {
            Some((_, list)) => list.push(d),
            None => groups.push((hint, vec![d])),
        }
    }
    groups
}

/// One item as `file:line:col: message` (the form terminals and editors
/// open at the place), wrapped under its message.
fn item(out: &mut String, d: &Diagnostic) {
    let at = d
        .location_label()
        .unwrap_or_else(|| "(campaign)".to_string());
    let tag = if d.severity == Severity::Warning {
        "warning: "
    } else {
        ""
    };
    let first = format!("{at}: {tag}{}", d.message);
    out.push_str(&wrap(&first, "    ", ITEM_INDENT));
    if let Some(original) = &d.original {
        let indent = format!("{ITEM_INDENT}│ ");
        for paragraph in original.lines() {
            out.push_str(&wrap(paragraph, &indent, &indent));
        }
    }
}

/// `text` wrapped at spaces only (keys and paths stay whole), each line
/// indented.
fn wrap(text: &str, first: &str, rest: &str) -> String {
    let options = textwrap::Options::new(WIDTH)
        .initial_indent(first)
        .subsequent_indent(rest)
        .break_words(false)
        .word_separator(textwrap::WordSeparator::AsciiSpace)
        .word_splitter(textwrap::WordSplitter::NoHyphenation);
    let mut s = textwrap::fill(text, options);
    s.push('\n');
    s
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_items_wrap_whole_and_keep_paths() {
        let long = format!("to-do: {}", "word ".repeat(60));
        let out = wrap(&long, "    ", "      ");
        assert!(out.lines().count() > 2, "{out}");
        assert!(out.lines().all(|l| l.chars().count() <= WIDTH), "{out}");
        assert_eq!(
            out.split_whitespace().filter(|w| *w == "word").count(),
            60,
            "nothing cut"
        );
    }
}
