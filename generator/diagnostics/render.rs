//! Rendering diagnostics: the one place where they become text for people,
//! either as a report with source snippets (via miette: a build's errors) or
//! as `file:line:col: message` items in runs grouped by code, hint and file
//! (the lists of `faro check`, see [`super::grouped`]). As JSON they are their serde form (docs/check-json.md).

use std::fmt;
use std::fmt::Write as _;

use miette::{GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource, SourceSpan};

use crate::diagnostics::grouped::Run;
use crate::diagnostics::{offset_of, Diagnostic, Severity};

/// Width items are wrapped at.
const WIDTH: usize = 100;

/// Indent of an item's continuation lines, its own hint and a passage's
/// original text, under the item's first line.
const ITEM_INDENT: &str = "    ";

/// Renders diagnostics as text for people.
pub fn human(diags: &[Diagnostic], color: bool) -> String {
    let theme = if color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_context_lines(1)
        .with_width(100)
        // Keys, file names and paths stay whole so they can be searched and
        // copied: wrap only at spaces, never at hyphens or inside a word.
        .with_break_words(false)
        .with_word_separator(textwrap::WordSeparator::AsciiSpace)
        .with_word_splitter(textwrap::WordSplitter::NoHyphenation);
    let mut out = String::new();
    for d in diags {
        let view = View::new(d);
        if handler.render_report(&mut out, &view).is_err() {
            out.push_str(&d.to_string());
        }
        out.push('\n');
    }
    out
}

/// `n` and `noun`, plural when `n` is not one: `1 error`, `3 warnings`.
pub fn counted(n: usize, noun: &str) -> String {
    format!("{n} {noun}{}", if n == 1 { "" } else { "s" })
}

/// One run of items (see [`super::grouped`]) as text: its heading if any
/// (the run's lines are then indented under it), its shared hint once, then
/// each file's name and under it each item as `file:line:col: message` (the
/// form terminals and editors open at the place), wrapped whole, with a
/// passage's original text beside it and, when the run has no shared hint,
/// the item's own hint under it.
pub(crate) fn run(out: &mut String, run: &Run, heading: Option<&str>) {
    let mut margin = "  ".to_string();
    if let Some(heading) = heading {
        out.push_str(&wrap(heading, &margin, &format!("{margin}  ")));
        margin.push_str("  ");
    }
    if let Some(hint) = &run.hint {
        let hint = format!("hint: {hint}");
        out.push_str(&wrap(&hint, &margin, &format!("{margin}      ")));
    }
    for group in &run.files {
        if let Some(file) = &group.file {
            let heading = format!("{} ({})", file.display(), group.items.len());
            out.push_str(&wrap(&heading, &margin, &format!("{margin}  ")));
        }
        for d in &group.items {
            item(out, d, &format!("{margin}  "), run.hint.is_none());
        }
    }
}

/// One item at `margin`, its original text (a passage to adapt) and, if
/// asked, its hint, both under it.
fn item(out: &mut String, d: &Diagnostic, margin: &str, with_hint: bool) {
    let at = d
        .location_label()
        .unwrap_or_else(|| "(campaign)".to_string());
    let under = format!("{margin}{ITEM_INDENT}");
    out.push_str(&wrap(&format!("{at}: {}", d.message), margin, &under));
    if SNIPPET_CODES.contains(&d.code) {
        snippet(out, d, &under);
    }
    if let Some(original) = &d.original {
        let indent = format!("{under}│ ");
        for paragraph in original.lines() {
            out.push_str(&wrap(paragraph, &indent, &indent));
        }
    }
    if let (true, Some(hint)) = (with_hint, &d.hint) {
        let rest = format!("{under}      ");
        out.push_str(&wrap(&format!("hint: {hint}"), &under, &rest));
    }
}

/// Kinds of item whose lines are shown around them in a list, as a build's
/// report shows them: a syntax error is read in its text, and the line the
/// reader stopped at is not always the one that is wrong.
const SNIPPET_CODES: &[&str] = &["yaml.invalid", "yaml.empty-value", "fluent.syntax"];

/// The line of `d` with the one before and after it, numbered, and the
/// place marked under it, at `margin`.
fn snippet(out: &mut String, d: &Diagnostic, margin: &str) {
    let (Some(source), Some(at)) = (&d.source, d.position) else {
        return;
    };
    let lines: Vec<&str> = source.text.lines().collect();
    let first = at.line.saturating_sub(1).max(1);
    let last = (at.line + 1).min(lines.len()).max(at.line);
    let width = last.to_string().len();
    // A tab would move the mark: each character takes one column here.
    let shown = |n: usize| lines.get(n - 1).unwrap_or(&"").replace('\t', " ");
    for n in first..=last {
        let _ = writeln!(out, "{margin}{n:>width$} │ {}", shown(n).trim_end());
        if n == at.line {
            let marks = d.length.clamp(1, 60);
            let pad = " ".repeat(at.column.saturating_sub(1));
            let blank = " ".repeat(width);
            let _ = writeln!(out, "{margin}{blank} │ {pad}{} here", "^".repeat(marks));
        }
    }
}

/// `text` wrapped at spaces only (keys and paths stay whole), each line
/// indented.
pub(crate) fn wrap(text: &str, first: &str, rest: &str) -> String {
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

/// A diagnostic as miette sees it.
struct View<'a> {
    d: &'a Diagnostic,
    source: Option<NamedSource<String>>,
    span: Option<SourceSpan>,
    title: String,
}

impl<'a> View<'a> {
    fn new(d: &'a Diagnostic) -> Self {
        let title = match d.location_label() {
            Some(loc) => format!("{loc}: {}", d.message),
            None => d.message.clone(),
        };
        let (source, span) = match (&d.source, d.position) {
            (Some(src), Some(pos)) => {
                let offset = offset_of(&src.text, pos);
                let len: usize = src.text[offset..]
                    .chars()
                    .take(d.length)
                    .map(char::len_utf8)
                    .sum();
                let named = NamedSource::new(src.path.display().to_string(), src.text.to_string());
                (Some(named), Some(SourceSpan::new(offset.into(), len)))
            }
            _ => (None, None),
        };
        View {
            d,
            source,
            span,
            title,
        }
    }
}

impl fmt::Debug for View<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.title)
    }
}

impl fmt::Display for View<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.title)
    }
}

impl std::error::Error for View<'_> {}

impl miette::Diagnostic for View<'_> {
    fn code<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        Some(Box::new(self.d.code))
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.d.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
        })
    }

    fn help<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        self.d
            .hint
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        self.source.as_ref().map(|s| s as &dyn miette::SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let span = self.span?;
        Some(Box::new(std::iter::once(LabeledSpan::new_with_span(
            Some("here".into()),
            span,
        ))))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::{Position, SourceText};

    #[test]
    fn human_output_names_file_line_column_and_snippet() {
        let src = SourceText {
            path: "campaign.yaml".into(),
            text: "id: x\ndefualt_locale: it\n".into(),
        };
        let d = Diagnostic::error("yaml.invalid", "unknown field `defualt_locale`")
            .at_source(&src, Position { line: 2, column: 1 }, 14)
            .with_hint("did you mean `default_locale`?");
        let out = human(&[d], false);
        assert!(out.contains("campaign.yaml:2:1"), "{out}");
        assert!(out.contains("defualt_locale: it"), "{out}");
        assert!(out.contains("did you mean `default_locale`?"), "{out}");
    }

    #[test]
    fn long_messages_wrap_at_spaces_and_keep_keys_and_paths_whole() {
        // Each padding length moves the key across the wrap column once.
        for pad in 40..110 {
            let path = format!("/{}/locales/de/campaign.ftl", "x".repeat(pad));
            let message = format!(
                "{path}:3:1: `poster-headline` (de) does not fit its box on poster-a4, \
                 even at the smallest type size"
            );
            let out = human(&[Diagnostic::error("print.overflow", message)], false);
            // Join the wrapped lines again, dropping the gutter miette draws.
            let words: Vec<&str> = out.split_whitespace().filter(|w| *w != "│").collect();
            let flat = words.join(" ");
            assert!(flat.contains("`poster-headline` (de)"), "{out}");
            assert!(flat.contains(&path), "{out}");
        }
    }

    #[test]
    fn counts_take_the_plural_except_for_one() {
        assert_eq!(counted(1, "error"), "1 error");
        assert_eq!(counted(0, "warning"), "0 warnings");
        assert_eq!(counted(3, "other page"), "3 other pages");
    }

    #[test]
    fn a_run_says_its_shared_hint_once_and_names_each_file_once() {
        let passage = |file: &str, line| {
            Diagnostic::error("todo.passage", "passage to adapt")
                .in_file(file)
                .at(line, 1)
                .with_hint("rewrite it")
                .with_original("The original text.")
        };
        let items = [passage("a.md", 3), passage("a.md", 9), passage("b.md", 2)];
        let mut out = String::new();
        for r in crate::diagnostics::grouped::runs(&items) {
            run(&mut out, &r, None);
        }
        assert_eq!(out.matches("hint: rewrite it").count(), 1, "{out}");
        assert_eq!(out.matches("  a.md (2)\n").count(), 1, "{out}");
        assert!(out.contains("\n    a.md:3:1: passage to adapt\n"), "{out}");
        assert!(out.contains("\n    a.md:9:1: passage"), "{out}");
        assert!(out.contains("\n  b.md (1)\n    b.md:2:1: passage"), "{out}");
        assert_eq!(out.matches("        │ The original text.").count(), 3);
    }

    #[test]
    fn an_item_with_its_own_hint_has_it_under_it_and_a_heading_indents_the_run() {
        let items = [Diagnostic::error("yaml.invalid", "unknown field")
            .in_file("c.yaml")
            .at(2, 1)
            .with_hint("did you mean `id`?")];
        let mut out = String::new();
        let r = &crate::diagnostics::grouped::runs(&items)[0];
        run(&mut out, r, Some("Other problems (yaml.invalid, 1)"));
        assert_eq!(
            out,
            "  Other problems (yaml.invalid, 1)\n    c.yaml (1)\n      c.yaml:2:1: unknown field\n          hint: did you mean `id`?\n"
        );
    }

    #[test]
    fn a_syntax_error_in_a_list_shows_its_lines_and_marks_the_place() {
        let src = SourceText {
            path: "c.yaml".into(),
            text: "a:\n  b: 1\n    c: 2\n  d: 3\n".into(),
        };
        let syntax = Diagnostic::error("yaml.invalid", "this line is indented by 4 spaces")
            .at_source(&src, Position { line: 3, column: 5 }, 1)
            .with_hint("use the same number of spaces");
        let other = Diagnostic::error("config.url", "not a URL").at_source(
            &src,
            Position { line: 2, column: 6 },
            1,
        );
        let mut out = String::new();
        for r in crate::diagnostics::grouped::runs(&[syntax, other]) {
            run(&mut out, &r, None);
        }
        let expected = "    c.yaml:3:5: this line is indented by 4 spaces\n        2 │   b: 1\n        3 │     c: 2\n          │     ^ here\n        4 │   d: 3\n        hint: use the same number of spaces\n";
        assert!(out.contains(expected), "{out}");
        assert!(
            !out.contains("│   b: 1\n      c.yaml:2"),
            "only syntax errors: {out}"
        );
        assert_eq!(out.matches("^ here").count(), 1, "{out}");
    }

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
