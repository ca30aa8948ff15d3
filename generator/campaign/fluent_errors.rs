//! Fluent (`.ftl`) syntax errors in the words of someone editing a
//! campaign's strings: a hint for each kind of mistake (a quoted text or a
//! `{` left open in a placeable, a stray `}`, a line that is neither
//! `key = text` nor an indented continuation), located at the character
//! that opened what is not closed rather than at the end of the line where
//! the reader gave up. The keys of the messages that failed to parse are
//! kept too, so that the other languages' copies of them are not reported
//! as unknown.

use fluent_syntax::parser::{ErrorKind, ParserError};

use crate::diagnostics::{position_of, Diagnostic, Diagnostics, SourceText};

/// What `{ }` may hold, for the hints about placeables, with `example` as
/// the quoted text.
fn placeable(example: &str) -> String {
    format!(
        "`{{ }}` holds a variable `{{ $name }}`, another message `{{ other-key }}` \
         or a quoted text `{{ \"{example}\" }}`, and is closed on the same line; to show a \
         brace itself, write `{{ \"{{\" }}`"
    )
}

/// A located error, with a hint, for each syntax error of `source`.
/// `example` is the quoted text the hints show (the campaign's own helpline
/// number, see `crate::campaign::load`).
pub(crate) fn report(
    source: &SourceText,
    errors: &[ParserError],
    example: &str,
    diags: &mut Diagnostics,
) {
    for e in errors {
        let (message, hint, offset) = explain(&source.text, e, example);
        let length = if offset == e.pos.start {
            e.pos.end.saturating_sub(e.pos.start).max(1)
        } else {
            1
        };
        diags.push(
            Diagnostic::error("fluent.syntax", message)
                .at_source(source, position_of(&source.text, offset), length)
                .with_hint(hint),
        );
    }
}

/// The message, the hint and the byte offset to point at, for error `e`.
fn explain(text: &str, e: &ParserError, example: &str) -> (String, String, usize) {
    let at = e.pos.start.min(text.len());
    let opened = |c: char| unclosed_before(text, at, c).unwrap_or(at);
    match &e.kind {
        ErrorKind::UnterminatedStringLiteral => (
            "the quoted text inside `{ }` is not closed".into(),
            format!(
                "inside `{{ }}` a text is written in double quotes closed on the same line, such \
                 as `{{ \"{example}\" }}`; outside `{{ }}`, write the text as it is, with no \
                 quotes or braces"
            ),
            opened('"'),
        ),
        ErrorKind::ExpectedToken('}') => (
            "this `{` is not closed with `}`".into(),
            placeable(example),
            opened('{'),
        ),
        ErrorKind::ExpectedInlineExpression | ErrorKind::ExpectedLiteral => {
            let brace = opened('{');
            let rest_of_line = text[brace..].lines().next().unwrap_or("");
            let message = if rest_of_line.contains('}') {
                "the `{ }` here holds nothing Fluent can read"
            } else {
                "this `{` is not closed with `}`"
            };
            (message.into(), placeable(example), brace)
        }
        ErrorKind::UnbalancedClosingBrace => (
            "a `}` that closes no `{`".into(),
            "remove it, or write `{ \"}\" }` to show a brace".into(),
            at,
        ),
        ErrorKind::ExpectedToken('=') | ErrorKind::ExpectedCharRange { .. } => (
            "this line is neither a message (`key = text`) nor the indented continuation of one"
                .into(),
            "if it continues the message above, indent it with spaces; if it starts a message, \
             write `key = text` (a key has only letters, digits and `-`, no spaces)"
                .into(),
            at,
        ),
        ErrorKind::ExpectedMessageField { entry_id } => (
            format!("`{entry_id}` has no text"),
            format!(
                "write its text after `=` on the same line (`{entry_id} = …`), or on the next lines indented with spaces"
            ),
            at,
        ),
        ErrorKind::UnknownEscapeSequence(_) | ErrorKind::InvalidUnicodeEscapeSequence(_) => (
            "an unknown escape (`\\…`) in a quoted text".into(),
            "inside `{ \"…\" }` the escapes are `\\\"`, `\\\\` and `\\u` with four hex digits; \
             outside `{ }` a backslash is written as it is"
                .into(),
            at,
        ),
        kind => (
            format!("Fluent cannot read this: {kind}"),
            format!("a message is `key = text`, its continuation lines are indented, and {}", placeable(example)),
            at,
        ),
    }
}

/// The byte offset of the last `open` on the line of `at`, before `at`,
/// that is not closed before it (a `"` is closed by the next `"`); at the
/// start of a line (where the reader stops when the file or the message
/// ends), on the line before.
fn unclosed_before(text: &str, at: usize, open: char) -> Option<usize> {
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    if line_start == at && at > 0 {
        return unclosed_before(text, at - 1, open);
    }
    let mut last = None;
    for (i, c) in text[line_start..at].char_indices() {
        let i = line_start + i;
        match (open, c) {
            ('"', '"') => last = if last.is_some() { None } else { Some(i) },
            ('{', '{') => last = Some(i),
            ('{', '}') => last = None,
            _ => {}
        }
    }
    last
}

/// The keys of the messages that failed to parse: each error's unread text
/// starts with the key of the message it broke.
pub(crate) fn broken_keys(text: &str, errors: &[ParserError]) -> Vec<String> {
    errors
        .iter()
        .filter_map(|e| {
            let slice = e.slice.clone()?;
            let junk = text.get(slice)?;
            let first = junk
                .lines()
                .find(|l| !l.trim().is_empty() && !l.starts_with('#'))?;
            let key: String = first
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_'))
                .collect();
            let after = first[key.len()..].chars().next();
            let starts_a_message = key.starts_with(|c: char| c.is_ascii_alphabetic())
                && after.is_none_or(|c| c == '=' || c.is_whitespace());
            starts_a_message.then_some(key)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    /// (line, column, message, hint) of the first error of `ftl`, and the
    /// keys that failed to parse.
    fn first_error(ftl: &str) -> ((usize, usize, String, String), Vec<String>) {
        let errors = match fluent_syntax::parser::parse(ftl) {
            Ok(_) => panic!("no error in {ftl}"),
            Err((_, errors)) => errors,
        };
        let source = SourceText {
            path: "a.ftl".into(),
            text: Arc::from(ftl),
        };
        let mut diags = Diagnostics::new();
        report(&source, &errors, "1522", &mut diags);
        let d = diags.into_iter().next().unwrap();
        let p = d.position.unwrap();
        let found = (p.line, p.column, d.message, d.hint.unwrap());
        (found, broken_keys(ftl, &errors))
    }

    #[test]
    fn an_unclosed_quoted_text_is_located_at_its_opening_quote() {
        let ((line, column, message, hint), broken) =
            first_error("a = A\ncta = Chiama il { \"1522 }, gratis\nb = B\n");
        assert_eq!((line, column), (2, 19));
        assert_eq!(message, "the quoted text inside `{ }` is not closed");
        assert!(hint.contains("`{ \"1522\" }`"), "{hint}");
        assert_eq!(broken, ["cta"]);
    }

    #[test]
    fn an_unclosed_brace_is_located_at_the_brace() {
        let ((line, column, message, hint), broken) =
            first_error("cta = Chiama il { 1522, gratis\nb = B\n");
        assert_eq!((line, column), (1, 17));
        assert_eq!(message, "this `{` is not closed with `}`");
        assert!(hint.starts_with("`{ }` holds a variable"), "{hint}");
        assert_eq!(broken, ["cta"]);
    }

    #[test]
    fn a_stray_closing_brace_and_an_empty_placeable_are_named() {
        let ((_, column, message, _), _) = first_error("cta = Chiama il 1522 }\n");
        assert_eq!((column, message.as_str()), (22, "a `}` that closes no `{`"));
        let ((_, column, message, _), _) = first_error("cta = Chiama il {}\n");
        assert_eq!(column, 17);
        assert!(message.contains("holds nothing"), "{message}");
    }

    #[test]
    fn a_continuation_line_that_is_not_indented_is_explained() {
        let ((line, _, message, hint), broken) = first_error("cta =\nChiama il 1522\nb = B\n");
        assert_eq!(line, 1, "the message with no text comes first");
        assert_eq!(message, "`cta` has no text");
        assert!(hint.contains("indented with spaces"), "{hint}");
        assert!(broken.contains(&"cta".to_string()), "{broken:?}");
        let ((line, _, message, hint), _) = first_error("cta = Chiama\nil 1522\n");
        assert_eq!(line, 2);
        assert!(
            message.starts_with("this line is neither a message"),
            "{message}"
        );
        assert!(hint.starts_with("if it continues the message above, indent it"));
    }
}
