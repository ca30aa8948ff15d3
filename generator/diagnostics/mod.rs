//! Diagnostics: every problem Faro finds is a value with a location and a hint,
//! collected while loading and validating, and rendered in one place.
//!
//! Modules never print. They push [`Diagnostic`]s into a [`Diagnostics`] list, and
//! the CLI renders the list either for people (with source snippets, via miette) or
//! as JSON for machines ([`render`]).

pub mod grouped;
pub mod render;

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::Serialize;

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Fails the build.
    Error,
    /// Reported, but the build goes on (fails only `check --strict`).
    Warning,
}

/// A position in a source file: 1-based line and column (in characters).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Position {
    /// Line number, starting at 1.
    pub line: usize,
    /// Column number in characters, starting at 1.
    pub column: usize,
}

/// A source file's text, shared by every diagnostic that points into it.
#[derive(Debug, Clone)]
pub struct SourceText {
    /// Path as shown to the user.
    pub path: PathBuf,
    /// Full text of the file.
    pub text: Arc<str>,
}

/// One problem, located where possible.
#[derive(Debug, Clone, Serialize)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// Stable machine-readable kind, such as `config.unknown-field` or `link.broken`.
    pub code: &'static str,
    /// What is wrong, in one sentence.
    pub message: String,
    /// The file the problem is in.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file: Option<PathBuf>,
    /// Where in the file, when the format has positions.
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    pub position: Option<Position>,
    /// Length of the offending text in characters (for underlining).
    #[serde(skip)]
    pub length: usize,
    /// What to do about it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
    /// Text shown beside the item: for a passage to adapt, its text as it
    /// was forked; for a stale translation, what changed in its original.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub original: Option<String>,
    /// The source text, for snippets.
    #[serde(skip)]
    pub source: Option<SourceText>,
}

impl Diagnostic {
    /// A new error with a message and a kind code.
    pub fn error(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(Severity::Error, code, message)
    }

    /// A new warning with a message and a kind code.
    pub fn warning(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(Severity::Warning, code, message)
    }

    fn new(severity: Severity, code: &'static str, message: impl Into<String>) -> Self {
        Diagnostic {
            severity,
            code,
            message: message.into(),
            file: None,
            position: None,
            length: 1,
            hint: None,
            original: None,
            source: None,
        }
    }

    /// Names the file the problem is in.
    pub fn in_file(mut self, path: impl AsRef<Path>) -> Self {
        self.file = Some(path.as_ref().to_path_buf());
        self
    }

    /// Points at a line and column of the file.
    pub fn at(mut self, line: usize, column: usize) -> Self {
        self.position = Some(Position {
            line: line.max(1),
            column: column.max(1),
        });
        self
    }

    /// Points at a position inside `source`, underlining `length` characters.
    pub fn at_source(mut self, source: &SourceText, pos: Position, length: usize) -> Self {
        self.file = Some(source.path.clone());
        self.position = Some(pos);
        self.length = length.max(1);
        self.source = Some(source.clone());
        self
    }

    /// Adds the original text of a passage to adapt.
    pub fn with_original(mut self, text: impl Into<String>) -> Self {
        self.original = Some(text.into());
        self
    }

    /// Adds what changed in a stale translation's original, when known.
    pub fn with_changes(mut self, changes: Option<String>) -> Self {
        self.original = changes.or(self.original);
        self
    }

    /// Adds a suggestion.
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// `file:line:col` (or as much of it as is known).
    pub fn location_label(&self) -> Option<String> {
        let file = self.file.as_ref()?.display().to_string();
        Some(match self.position {
            Some(p) => format!("{file}:{}:{}", p.line, p.column),
            None => file,
        })
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(loc) = self.location_label() {
            write!(f, "{loc}: ")?;
        }
        write!(f, "{}", self.message)?;
        if let Some(hint) = &self.hint {
            write!(f, " (hint: {hint})")?;
        }
        Ok(())
    }
}

/// An ordered collection of diagnostics.
#[derive(Debug, Default, Clone, Serialize)]
#[serde(transparent)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    /// An empty list.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds one diagnostic.
    pub fn push(&mut self, d: Diagnostic) {
        self.items.push(d);
    }

    /// Adds every diagnostic of another list.
    pub fn extend(&mut self, other: impl IntoIterator<Item = Diagnostic>) {
        self.items.extend(other);
    }

    /// True when at least one diagnostic is an error.
    pub fn has_errors(&self) -> bool {
        self.items.iter().any(|d| d.severity == Severity::Error)
    }

    /// Number of errors.
    pub fn error_count(&self) -> usize {
        self.items
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count()
    }

    /// Number of warnings.
    pub fn warning_count(&self) -> usize {
        self.items.len() - self.error_count()
    }

    /// True when the list is empty.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The diagnostics, in a stable order: by file, position, then message.
    pub fn sorted(self) -> Vec<Diagnostic> {
        self.deduplicated().items
    }

    /// Sorted as [`Diagnostics::sorted`], each distinct diagnostic once: the same
    /// fault met on many pages (a template's, say) is one mistake to fix, and
    /// counts as one.
    pub fn deduplicated(mut self) -> Diagnostics {
        self.items.sort_by(|a, b| {
            (a.severity, &a.file, a.position, &a.message)
                .cmp(&(b.severity, &b.file, b.position, &b.message))
        });
        self.items.dedup_by(|a, b| {
            a.file == b.file && a.position == b.position && a.message == b.message
        });
        self
    }

    /// Iterates in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.items.iter()
    }
}

impl IntoIterator for Diagnostics {
    type Item = Diagnostic;
    type IntoIter = std::vec::IntoIter<Diagnostic>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.into_iter()
    }
}

impl FromIterator<Diagnostic> for Diagnostics {
    fn from_iter<I: IntoIterator<Item = Diagnostic>>(iter: I) -> Self {
        Diagnostics {
            items: iter.into_iter().collect(),
        }
    }
}

impl From<Diagnostic> for Diagnostics {
    fn from(d: Diagnostic) -> Self {
        Diagnostics { items: vec![d] }
    }
}

/// Position of a byte offset in a text (1-based line, column in characters).
pub(crate) fn position_of(text: &str, byte_offset: usize) -> Position {
    let offset = floor_char_boundary(text, byte_offset.min(text.len()));
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map(|i| i + 1).unwrap_or(0);
    let column = text[line_start..offset].chars().count() + 1;
    Position { line, column }
}

/// Byte offset of a 1-based line and character column in a text.
pub(crate) fn offset_of(text: &str, pos: Position) -> usize {
    let mut offset = 0;
    for (i, line) in text.split_inclusive('\n').enumerate() {
        if i + 1 == pos.line {
            let col_bytes: usize = line
                .chars()
                .take(pos.column.saturating_sub(1))
                .map(char::len_utf8)
                .sum();
            return offset + col_bytes;
        }
        offset += line.len();
    }
    text.len()
}

fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Byte offsets of the lines of `text` that define `key`: lines that start with
/// the key followed by `separator` (`=` in Fluent, `:` in YAML), in order. For
/// formats whose readers keep no positions.
pub(crate) fn key_lines(text: &str, key: &str, separator: char) -> Vec<usize> {
    let mut found = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if let Some(rest) = line.strip_prefix(key) {
            if rest.trim_start().starts_with(separator) {
                found.push(offset);
            }
        }
        offset += line.len();
    }
    found
}

/// The closest candidate to `word` by edit distance, if it is close enough to be a
/// plausible typo.
pub(crate) fn did_you_mean<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    candidates
        .into_iter()
        // The word itself is no suggestion: it is wrong for another reason.
        .filter(|c| *c != word)
        // Optimal string alignment: swapping two neighbouring letters, the
        // commonest typo, counts as one edit.
        .map(|c| (strsim::osa_distance(word, c), c))
        .filter(|(d, c)| *d <= (c.len().max(word.len()) / 3).max(1))
        .min()
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_characters_not_bytes() {
        let text = "a: 1\nè: ü x\n";
        let p = position_of(text, text.find('x').unwrap());
        assert_eq!(p, Position { line: 2, column: 6 });
        assert_eq!(offset_of(text, p), text.find('x').unwrap());
    }

    #[test]
    fn suggests_close_names_only() {
        let fields = ["default_locale", "locales", "base_url"];
        assert_eq!(
            did_you_mean("defualt_locale", fields),
            Some("default_locale")
        );
        assert_eq!(did_you_mean("palette", fields), None);
        assert_eq!(did_you_mean("titel", ["title", "slug"]), Some("title"));
        assert_eq!(did_you_mean("xx", ["ar", "it"]), None);
    }
}
