//! Where a value of a YAML file is: the YAML reader's errors as located
//! diagnostics in plain words, and diagnostics at a located value with a
//! caret under the whole value as written. Apart from the structs of
//! `campaign.yaml` (the parent module), since pages' front matter reports
//! through it too (content.rs, front_fast.rs).

use serde_saphyr::Location;

use super::Located;
use crate::campaign::yaml_syntax;
use crate::diagnostics::{did_you_mean, Diagnostic, Position, SourceText};

/// Turns a serde-saphyr error into a located diagnostic: the YAML reader's
/// words put in plain ones, with a hint, at the line that is wrong
/// ([`crate::campaign::yaml_syntax`]). `fields` are the names a misspelt
/// field is compared with.
pub(crate) fn yaml_error(
    source: &SourceText,
    e: &serde_saphyr::Error,
    fields: &[&str],
) -> Diagnostic {
    let message = e.without_snippet().to_string();
    let message = strip_location_suffix(message.lines().next().unwrap_or("invalid YAML"));
    let Some(at) = e.location().map(|loc| position(&loc)) else {
        let (plain, hint) = yaml_syntax::plain_message(&message);
        let d = Diagnostic::error("yaml.invalid", plain).in_file(&source.path);
        return d.with_hint(hint.unwrap_or(yaml_syntax::GENERAL_HINT));
    };
    let explained = match yaml_syntax::syntax_kind(e) {
        Some(kind) => Some(yaml_syntax::explain(kind, &message, &source.text, at)),
        None => yaml_syntax::value_error(&message, &source.text, at),
    };
    if let Some(x) = explained {
        return Diagnostic::error("yaml.invalid", x.message)
            .at_source(source, x.position, 1)
            .with_hint(x.hint);
    }
    if let Some(field) = unknown_field(&message) {
        let hint = match did_you_mean(field, fields.iter().copied()) {
            Some(s) => format!("did you mean `{s}`?"),
            None => "remove it, or see docs/campaign-format.md for the known fields".into(),
        };
        let plain = format!("unknown field `{field}`");
        return Diagnostic::error("yaml.invalid", plain)
            .at_source(source, at, field.chars().count())
            .with_hint(hint);
    }
    let (plain, hint) = yaml_syntax::plain_message(&message);
    Diagnostic::error("yaml.invalid", plain)
        .at_source(source, at, 1)
        .with_hint(hint.unwrap_or(yaml_syntax::GENERAL_HINT))
}

fn strip_location_suffix(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message.to_string(),
    }
}

fn unknown_field(message: &str) -> Option<&str> {
    let rest = message.split("unknown field `").nth(1)?;
    rest.split('`').next()
}

/// A serde-saphyr location as a diagnostic position.
pub(crate) fn position(loc: &Location) -> Position {
    Position {
        line: loc.line() as usize,
        column: loc.column() as usize,
    }
}

/// A diagnostic pointing at a located value of `campaign.yaml`.
pub(crate) fn at_value(
    source: &SourceText,
    value: &Located,
    code: &'static str,
    msg: String,
) -> Diagnostic {
    let pos = position(&value.referenced);
    let len = written_length(&source.text, pos, &value.value);
    Diagnostic::error(code, msg).at_source(source, pos, len)
}

/// How many characters the scalar at `pos` (1-based line and column, in
/// characters) in `text` takes as written: a quoted one with its quotes
/// (`"Chi Siamo"`: serde_saphyr places it at the opening quote), a plain one
/// the length of `value`. A caret then underlines the whole value. Located
/// values carry line and column only: the front-matter reader
/// (front_fast.rs) leaves their spans empty, so no caret reads a span.
pub(crate) fn written_length(text: &str, pos: Position, value: &str) -> usize {
    let plain = value.chars().count();
    let Some(line) = text.lines().nth(pos.line.saturating_sub(1)) else {
        return plain;
    };
    let mut chars = line.chars().skip(pos.column.saturating_sub(1)).peekable();
    let quote = match chars.next() {
        Some(q @ ('"' | '\'')) => q,
        _ => return plain,
    };
    let mut n = 1;
    let mut escaped = false;
    while let Some(c) = chars.next() {
        n += 1;
        if c == quote && !escaped {
            // '' is a quote inside a single-quoted scalar.
            if quote == '\'' && chars.peek() == Some(&'\'') {
                chars.next();
                n += 1;
                continue;
            }
            return n;
        }
        escaped = quote == '"' && c == '\\' && !escaped;
    }
    // Closed on a later line: the caret stays on this one.
    plain
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_caret_covers_a_value_as_written() {
        let text = "slug: \"Chi Siamo\"\nkey: 'it''s'\nname: plain words\nodd: \"a \\\" b\"\nopen: \"x\n  y\"\n";
        let at = |line, column| Position { line, column };
        assert_eq!(written_length(text, at(1, 7), "Chi Siamo"), 11);
        assert_eq!(written_length(text, at(2, 6), "it's"), 7);
        assert_eq!(written_length(text, at(3, 7), "plain words"), 11);
        assert_eq!(written_length(text, at(4, 6), "a \" b"), 8);
        // A quoted value that goes on: the length of the value.
        assert_eq!(written_length(text, at(5, 7), "x y"), 3);
        assert_eq!(written_length(text, at(9, 1), "gone"), 4);
    }
}
