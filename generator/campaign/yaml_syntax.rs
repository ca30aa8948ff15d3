//! YAML mistakes in the words of someone editing `campaign.yaml` or a page's
//! front matter. The YAML reader names its own states ("while parsing a
//! block mapping, did not find expected key") and reports where it noticed
//! the mistake, which is often the line after it. Here each common mistake
//! (a line indented unlike its neighbours, a missing space after `:`, a
//! second `: ` in a value, an unclosed quote or bracket, a tab) gets a plain
//! message, a hint with the fix, and the position of the line that is wrong,
//! found by looking at the text around the reader's position.

use serde_saphyr::granit_parser::ErrorKind;
use serde_saphyr::ExternalMessageSource;

use crate::diagnostics::Position;

/// A YAML error explained: what is wrong, the fix, and where.
#[derive(Debug)]
pub(crate) struct Explained {
    /// What is wrong, in one sentence.
    pub message: String,
    /// The fix.
    pub hint: String,
    /// The line (and column) that is wrong.
    pub position: Position,
}

/// The YAML reader's syntax error, if `e` is one (and not an error met while
/// reading a value into a field).
pub(crate) fn syntax_kind(e: &serde_saphyr::Error) -> Option<&ErrorKind> {
    match e.without_snippet() {
        serde_saphyr::Error::ExternalMessage { source, .. } => match source.as_ref() {
            ExternalMessageSource::Parser(scan) => Some(scan.kind()),
            _ => None,
        },
        _ => None,
    }
}

/// A syntax error of kind `kind` (the reader said `reader`) that the reader
/// met at `at` in `text`.
pub(crate) fn explain(kind: &ErrorKind, reader: &str, text: &str, at: Position) -> Explained {
    let lines = Lines::new(text);
    match kind {
        ErrorKind::MappingValueNotAllowed => {
            colon_in_value(&lines, at).unwrap_or_else(|| indentation(&lines, at))
        }
        ErrorKind::ExpectedBlockMappingKey
        | ErrorKind::ExpectedBlockSequenceEntry
        | ErrorKind::InvalidIndentation
        | ErrorKind::MappingKeyNotAllowed
        | ErrorKind::BlockSequenceEntryNotAllowed => indentation(&lines, at),
        ErrorKind::SimpleKeyExpected | ErrorKind::InvalidMappingValueWhitespace => {
            missing_colon(&lines, at)
        }
        ErrorKind::UnclosedQuotedScalar
        | ErrorKind::InvalidQuotedScalarIndent
        | ErrorKind::DocumentIndicatorInQuotedScalar => unclosed_quote(&lines, at),
        ErrorKind::InvalidTrailingSingleQuotedScalar
        | ErrorKind::InvalidTrailingDoubleQuotedScalar => text_after_quote(&lines, at),
        ErrorKind::TabNotAllowed
        | ErrorKind::TabInBlockIndentation
        | ErrorKind::TabInIndentation
        | ErrorKind::TabInPlainScalar
        | ErrorKind::TabAtBlockScalarStart => tab(&lines, at),
        ErrorKind::UnclosedFlowCollection { .. }
        | ErrorKind::ExpectedFlowSequenceSeparator
        | ErrorKind::ExpectedFlowMappingSeparator
        | ErrorKind::UnexpectedEofFlowSequence
        | ErrorKind::UnexpectedEofFlowMapping
        | ErrorKind::UnexpectedEofImplicitFlowMapping => unclosed_bracket(&lines, at),
        ErrorKind::MismatchedFlowCollectionEnd { open, close } => Explained {
            message: format!("a list opened with `{open}` is closed with `{close}`"),
            hint: format!("close it with `{}`", closing(*open)),
            position: at,
        },
        ErrorKind::MisplacedFlowCollectionEnd => Explained {
            message: "a `]` or `}` that closes nothing".into(),
            hint: "remove it, or put the text that holds it in quotes".into(),
            position: at,
        },
        // Inside a list that was not closed, the next line's `key:`.
        ErrorKind::InvalidColonPlacement => {
            opened_bracket(&lines, at).map_or_else(|| stray_colon(at), |b| unclosed(&lines, b))
        }
        _ => Explained {
            message: format!("this line cannot be read as YAML (the reader says: {reader})"),
            hint: GENERAL_HINT.into(),
            position: at,
        },
    }
}

/// An error met while reading a value into a field, explained from the text
/// around it: a missing field written below but not lined up, or a value of
/// the wrong kind that took in the over-indented line after it.
pub(crate) fn value_error(message: &str, text: &str, at: Position) -> Option<Explained> {
    if let Some(field) = message
        .strip_prefix("missing field `")
        .and_then(|r| r.split('`').next())
    {
        return Some(missing_field(text, at, field));
    }
    let wrong_kind = [
        "invalid boolean",
        "invalid i64",
        "invalid u",
        "invalid f",
        "expected string scalar",
    ];
    if wrong_kind.iter().any(|k| message.starts_with(k)) {
        return wrong_value(text, at);
    }
    None
}

/// The YAML reader's message in the words of someone writing a campaign, with a
/// hint: its own words name parser states and library options.
pub(crate) fn plain_message(message: &str) -> (String, Option<&'static str>) {
    let m = message;
    if let Some(key) = m.strip_prefix("duplicate mapping key: ") {
        let key = key.split(", set DuplicateKeyPolicy").next().unwrap_or(key);
        return (
            format!("the key `{key}` is written twice"),
            Some("keep one of them"),
        );
    }
    let (text, hint): (&str, &'static str) = if m.starts_with("multiple YAML documents") {
        (
            "the file holds more than one YAML document",
            "remove the `---` line inside it: this file is one document",
        )
    } else if m.starts_with("expected sequence start") {
        (
            "expected a list here",
            "write a list as `[it, en]`, or as lines that start with `- `",
        )
    } else if m.starts_with("expected string scalar") {
        (
            "expected a single text value here",
            "write `key: text`; put the text in quotes if it contains `: ` or ` #`",
        )
    } else if m.starts_with("invalid i64") || m.starts_with("invalid u") {
        (
            "expected a whole number here",
            "write a number such as `10`",
        )
    } else if m.starts_with("invalid boolean") {
        ("expected `true` or `false` here", "write `true` or `false`")
    } else {
        return (m.to_string(), None);
    };
    (text.to_string(), Some(hint))
}

/// The hint for a mistake with no better one.
pub(crate) const GENERAL_HINT: &str =
    "compare it with the lines around it: each is `key: value` or `- item`, \
     indented like its neighbours; put a text that contains `: ` or ` #` in quotes";

/// A field the reader found missing at `at`: often written below but not
/// lined up with the entry's other fields, so read as part of something else.
pub(crate) fn missing_field(text: &str, at: Position, field: &str) -> Explained {
    let lines = Lines::new(text);
    let first = lines.get(at.line).map(content_indent);
    let below = (at.line + 1..=lines.len().min(at.line + 20))
        .filter(|&i| lines.get(i).is_some_and(is_content))
        .take_while(|&i| Some(content_indent(lines.get(i).unwrap_or(""))) > Some(0))
        .find(|&i| key_of(lines.get(i).unwrap_or("")) == Some(field));
    match (below, first) {
        (Some(line), Some(column)) if content_indent(lines.get(line).unwrap_or("")) != column => {
            let other = key_of(lines.get(at.line).unwrap_or("")).unwrap_or("the line above");
            Explained {
                message: format!(
                    "`{field}` (line {line}) is not lined up with `{other}` (line {}), so it is not read as part of this entry",
                    at.line
                ),
                hint: format!("start `{field}` in the same column as `{other}`: the fields of one entry are indented alike"),
                position: Position {
                    line,
                    column: content_indent(lines.get(line).unwrap_or("")) + 1,
                },
            }
        }
        _ => Explained {
            message: format!("this entry has no `{field}`"),
            hint: format!(
                "add `{field}: …` to this entry (docs/campaign-format.md describes each field)"
            ),
            position: at,
        },
    }
}

/// A value of the wrong kind at `at` (`expected` in words, such as "`true`
/// or `false`"): when the next line is indented further, YAML read it as the
/// rest of this value, and that line is the mistake.
pub(crate) fn wrong_value(text: &str, at: Position) -> Option<Explained> {
    let lines = Lines::new(text);
    let line = lines.get(at.line)?;
    let next = lines.next_content(at.line)?;
    let further = content_indent(lines.get(next)?) > content_indent(line);
    (further && !opens_block(line)).then(|| misaligned(&lines, next, content_indent(line)))
}

/// The lines of a text, numbered from 1.
struct Lines<'a>(Vec<&'a str>);

impl<'a> Lines<'a> {
    fn new(text: &'a str) -> Self {
        Lines(text.lines().collect())
    }

    fn len(&self) -> usize {
        self.0.len()
    }

    fn get(&self, line: usize) -> Option<&'a str> {
        line.checked_sub(1).and_then(|i| self.0.get(i)).copied()
    }

    fn previous_content(&self, line: usize) -> Option<usize> {
        (1..line)
            .rev()
            .find(|&i| self.get(i).is_some_and(is_content))
    }

    fn next_content(&self, line: usize) -> Option<usize> {
        (line + 1..=self.len()).find(|&i| self.get(i).is_some_and(is_content))
    }

    /// `line` if it holds YAML, else the nearest line after it (or before
    /// it, at the end of the file) that does.
    fn content_at(&self, line: usize) -> usize {
        if self.get(line).is_some_and(is_content) {
            return line;
        }
        self.next_content(line)
            .or_else(|| self.previous_content(line))
            .unwrap_or(line)
    }
}

/// True for a line that is neither blank nor only a comment.
fn is_content(line: &str) -> bool {
    let t = line.trim();
    !t.is_empty() && !t.starts_with('#')
}

/// The column (from 0, in characters) where a line's key or value starts:
/// after its spaces and any `- ` list markers.
fn content_indent(line: &str) -> usize {
    let mut rest = line;
    let mut n = 0;
    loop {
        let trimmed = rest.trim_start_matches(' ');
        n += rest.len() - trimmed.len();
        match trimmed.strip_prefix("- ") {
            Some(r) => {
                n += 2;
                rest = r;
            }
            None => return n,
        }
    }
}

/// The line without its spaces and list markers.
fn content(line: &str) -> &str {
    let mut rest = line.trim_start();
    while let Some(r) = rest.strip_prefix("- ") {
        rest = r.trim_start();
    }
    rest
}

/// The key of a `key: value` or `key:` line.
fn key_of(line: &str) -> Option<&str> {
    let c = content(line);
    let (key, rest) = c.split_once(':')?;
    (rest.is_empty() || rest.starts_with([' ', '\t'])).then_some(key.trim())
}

/// True for `key:` with nothing after it (but a comment): a block follows.
fn opens_block(line: &str) -> bool {
    let without_comment = line.split(" #").next().unwrap_or(line);
    without_comment.trim_end().ends_with(':')
}

/// `n spaces`, or `1 space`.
fn spaces(n: usize) -> String {
    format!("{n} space{}", if n == 1 { "" } else { "s" })
}

/// A line indented unlike its neighbours. The reader reports the first line
/// where the structure no longer fits, which is either that line or, when it
/// lines up with the line after it, the line before it.
fn indentation(lines: &Lines, at: Position) -> Explained {
    let here = lines.content_at(at.line);
    let indent = |i: usize| content_indent(lines.get(i).unwrap_or(""));
    let previous = lines.previous_content(here);
    let next = lines.next_content(here);
    let sibling = previous.filter(|&p| !opens_block(lines.get(p).unwrap_or("")));
    match (sibling, next) {
        (Some(p), Some(n)) if indent(here) == indent(n) && indent(p) != indent(here) => {
            misaligned(lines, p, indent(here))
        }
        (Some(p), _) if indent(p) != indent(here) => misaligned(lines, here, indent(p)),
        _ => Explained {
            message: "this line does not fit the lines around it".into(),
            hint: "check its indentation and the line above it: a key is written `key: value`, a list item `- value`, and the keys of one block start in the same column".into(),
            position: Position {
                line: here,
                column: indent(here) + 1,
            },
        },
    }
}

/// Line `line` should start its key at column `expected` (from 0). A list
/// item's line is measured to its `-`, as its author sees it.
fn misaligned(lines: &Lines, line: usize, expected: usize) -> Explained {
    let text = lines.get(line).unwrap_or("");
    let leading = text.len() - text.trim_start_matches(' ').len();
    let marker = content_indent(text) - leading;
    let actual = leading;
    let expected = expected.saturating_sub(marker);
    let around = match expected {
        0 => "the lines around it are not indented".to_string(),
        n => format!("the lines around it by {}", spaces(n)),
    };
    let fix = match expected {
        0 => "start it at the beginning of the line, like the lines around it".to_string(),
        n => format!(
            "use the same number of spaces as the lines around it: {}",
            spaces(n)
        ),
    };
    // Why the spaces matter, for the mistake made: more spaces join the line
    // to the one above, fewer end the block it belongs to.
    let why = if actual > expected {
        "a line indented further than the one above is read as part of it"
    } else {
        "a line indented less than the lines above it ends their block"
    };
    Explained {
        message: format!("this line is indented by {}, {around}", spaces(actual)),
        hint: format!("{fix} (in YAML, indentation is structure: {why})"),
        position: Position {
            line,
            column: actual + 1,
        },
    }
}

/// A second `: ` in a value (`region: Puglia: la regione`): YAML reads it as
/// another key. `None` when the `:` at `at` is the line's first.
fn colon_in_value(lines: &Lines, at: Position) -> Option<Explained> {
    let line = lines.get(at.line)?;
    let before: String = line.chars().take(at.column.saturating_sub(1)).collect();
    if !content(&before).contains(": ") {
        return None;
    }
    let (key, value) = content(line).split_once(": ")?;
    Some(Explained {
        message: format!(
            "the value of `{}` contains `: `, which YAML reads as the start of another key",
            key.trim()
        ),
        hint: format!(
            "put the value in quotes: `{}: {}`",
            key.trim(),
            quoted(value.trim())
        ),
        position: at,
    })
}

/// `value` in quotes that it does not contain.
fn quoted(value: &str) -> String {
    if !value.contains('"') {
        format!("\"{value}\"")
    } else if !value.contains('\'') {
        format!("'{value}'")
    } else {
        format!("\"{}\"", value.replace('"', "\\\""))
    }
}

/// `key:value` (no space after the colon) or `key value` (no colon).
fn missing_colon(lines: &Lines, at: Position) -> Explained {
    let line = lines.get(at.line).unwrap_or("");
    let c = content(line);
    let start = line.chars().count() - c.chars().count();
    if let Some((key, value)) = c.split_once(':') {
        if !value.is_empty() && !value.starts_with([' ', '\t']) {
            return Explained {
                message: format!("a space is missing after `{key}:`"),
                hint: format!("YAML needs a space between `:` and the value: `{key}: {value}`"),
                position: Position {
                    line: at.line,
                    column: start + key.chars().count() + 1,
                },
            };
        }
    }
    let (message, hint) = match c.split_once(' ') {
        Some((key, value)) => (
            format!("`{key}` is not followed by `:`"),
            format!("write `{key}: {}`", value.trim()),
        ),
        None => (
            "expected `key: value` on this line".to_string(),
            "each line is `key: value`, a list item `- value`, or a comment starting with `#`"
                .to_string(),
        ),
    };
    Explained {
        message,
        hint,
        position: Position {
            line: at.line,
            column: start + 1,
        },
    }
}

/// A quote opened and not closed: the reader notices it at a later line; the
/// line that opened it is the nearest one above whose value starts with a
/// quote that it does not close.
fn unclosed_quote(lines: &Lines, at: Position) -> Explained {
    let opened = (1..=at.line.min(lines.len())).rev().find_map(|i| {
        let line = lines.get(i)?;
        let value = value_of(line);
        let quote = value.chars().next().filter(|q| matches!(q, '"' | '\''))?;
        let count = if quote == '"' {
            value.replace("\\\"", "").matches('"').count()
        } else {
            value.matches('\'').count()
        };
        (count % 2 == 1).then_some((i, quote, line))
    });
    match opened {
        Some((line, quote, text)) => {
            let column = text.chars().count() - value_of(text).chars().count() + 1;
            Explained {
                message: format!("the quote `{quote}` opened on this line is not closed"),
                hint: format!(
                    "end the text with `{quote}` on the same line: `{}{quote}`",
                    content(text).trim_end()
                ),
                position: Position { line, column },
            }
        }
        None => Explained {
            message: "a quoted text is not closed".into(),
            hint: "close the quotes on this line or on the line above".into(),
            position: at,
        },
    }
}

/// The value of a `key: value` line (or of a `- value` item), as written.
fn value_of(line: &str) -> &str {
    let c = content(line);
    match c.split_once(": ") {
        Some((_, value)) => value.trim_start(),
        None => c,
    }
}

/// `'Puglia' e altro`: text after the closing quote.
fn text_after_quote(lines: &Lines, at: Position) -> Explained {
    let line = lines.get(at.line).unwrap_or("");
    let fix = match content(line).split_once(": ") {
        Some((key, value)) => format!(": `{key}: {}`", quoted(value.trim())),
        None => String::new(),
    };
    Explained {
        message: "there is text after the closing quote".into(),
        hint: format!("quote the whole value{fix}"),
        position: at,
    }
}

/// A tab: YAML indents with spaces only. The reader may report the line
/// above the tab, so the nearest line with a tab is the one named.
fn tab(lines: &Lines, at: Position) -> Explained {
    let has_tab = |i: usize| lines.get(i).and_then(|l| l.find('\t')).map(|b| (i, b));
    let found = [at.line, at.line + 1, at.line.saturating_sub(1)]
        .into_iter()
        .find_map(has_tab);
    let position = match found {
        Some((line, byte)) => Position {
            line,
            column: lines.get(line).unwrap_or("")[..byte].chars().count() + 1,
        },
        None => at,
    };
    Explained {
        message: "a tab character is used to indent this line".into(),
        hint: "YAML indents with spaces only: replace the tab with spaces, as many as the lines around it".into(),
        position,
    }
}

fn stray_colon(at: Position) -> Explained {
    Explained {
        message: "a `:` where YAML does not expect one".into(),
        hint: "a `[`, `{` or quote on a line above may not be closed; or put this text in quotes"
            .into(),
        position: at,
    }
}

/// `[` or `{` opened and not closed.
fn unclosed_bracket(lines: &Lines, at: Position) -> Explained {
    match opened_bracket(lines, at) {
        Some(b) => unclosed(lines, b),
        None => Explained {
            message: "expected `,` or the end of the list here".into(),
            hint: "separate the items with `, ` and close the list with `]`, such as `[it, en]`"
                .into(),
            position: at,
        },
    }
}

/// The nearest line at or above `at` that opens more `[` (or `{`) than it
/// closes, and that bracket.
fn opened_bracket(lines: &Lines, at: Position) -> Option<(usize, char)> {
    (1..=at.line.min(lines.len())).rev().find_map(|i| {
        let line = lines.get(i)?;
        ['[', '{'].into_iter().find_map(|open| {
            let opened = line.matches(open).count();
            let closed = line.matches(closing(open)).count();
            (opened > closed).then_some((i, open))
        })
    })
}

/// The bracket `open` on line `line` is not closed.
fn unclosed(lines: &Lines, (line, open): (usize, char)) -> Explained {
    let text = lines.get(line).unwrap_or("");
    let byte = text.rfind(open).unwrap_or(0);
    let close = closing(open);
    Explained {
        message: format!("the list opened with `{open}` on this line is not closed"),
        hint: format!(
            "close it with `{close}` on the same line: `{}{close}`",
            content(text).trim_end()
        ),
        position: Position {
            line,
            column: text[..byte].chars().count() + 1,
        },
    }
}

fn closing(open: char) -> char {
    if open == '{' {
        '}'
    } else {
        ']'
    }
}

#[cfg(test)]
mod tests;
