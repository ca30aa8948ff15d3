//! Rendering diagnostics: the one place where they become text for people,
//! either as a report with source snippets (via miette: a build's errors) or
//! as `file:line:col: message` items grouped by hint (the lists of `faro
//! check`). As JSON they are their serde form (docs/check-json.md).

use std::fmt;

use miette::{GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource, SourceSpan};

use crate::diagnostics::{offset_of, Diagnostic, Severity};

/// Width items are wrapped at.
const WIDTH: usize = 100;

/// Indent of an item's continuation lines and of a passage's original text.
const ITEM_INDENT: &str = "        ";

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

/// Items grouped by hint, in the order hints first appear, so that a hint
/// shared by many items (every passage to adapt) is printed once; within a
/// hint, items keep their order (by file, then position).
pub(crate) fn by_hint(items: &[Diagnostic]) -> Vec<(Option<&str>, Vec<&Diagnostic>)> {
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
pub(crate) fn item(out: &mut String, d: &Diagnostic) {
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
