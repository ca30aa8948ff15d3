//! Keys written with no value. YAML reads `primary: #5b2a86` as the key
//! `primary` with no value and a comment, and `description:` alone as no
//! value: either way the field would silently take its default. Each such
//! key is an error at the key, with the fix (quote the value, or remove the
//! line).

use crate::diagnostics::{position_of, Diagnostic, SourceText};

/// The keys of `text` (YAML, starting at byte `offset` of `source`) that are
/// written with no value: nothing, `~`, `null`, or only a comment after the
/// colon, and no indented block or list below.
pub(crate) fn find(source: &SourceText, text: &str, offset: usize) -> Vec<Diagnostic> {
    let lines: Vec<(usize, &str)> = line_starts(text).collect();
    let mut found = Vec::new();
    for (i, &(start, line)) in lines.iter().enumerate() {
        let Some((key, key_at, rest)) = key_and_rest(line) else {
            continue;
        };
        let (value, comment) = split_comment(rest);
        if !matches!(value.trim(), "" | "~" | "null" | "Null" | "NULL") {
            continue;
        }
        if value.trim().is_empty() && opens_block(&lines[i + 1..], key_at) {
            continue;
        }
        let pos = position_of(&source.text, offset + start + key_at);
        let d = Diagnostic::error("yaml.empty-value", format!("`{key}` has no value"));
        let hint = match comment {
            Some(c) => format!(
                "YAML reads what follows `#` as a comment: quote the value, such as `{key}: \"#{}\"`",
                c.trim_end()
            ),
            None => format!(
                "write a value after `{key}:` (or remove the line, if `{key}` may be left out)"
            ),
        };
        found.push(
            d.at_source(source, pos, key.chars().count())
                .with_hint(hint),
        );
    }
    found
}

/// A YAML error at a key written with no value (`url: ~` where a text is
/// required) becomes the clearer `has no value` error at that key.
pub(crate) fn explain(
    error: Diagnostic,
    source: &SourceText,
    text: &str,
    offset: usize,
) -> Diagnostic {
    let line = error.position.map(|p| p.line);
    find(source, text, offset)
        .into_iter()
        .find(|e| e.position.map(|p| p.line) == line)
        .unwrap_or(error)
}

fn line_starts(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut start = 0;
    text.split_inclusive('\n').map(move |l| {
        let at = start;
        start += l.len();
        (at, l.trim_end_matches(['\n', '\r']))
    })
}

/// `key`, its byte column, and what follows `key:` on a line such as
/// `  key: value` or `- key: value`; `None` for other lines.
fn key_and_rest(line: &str) -> Option<(&str, usize, &str)> {
    let indent = line.len() - line.trim_start_matches([' ', '-']).len();
    let body = &line[indent..];
    let colon = body.find(':')?;
    let key = &body[..colon];
    let plain = !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    let rest = &body[colon + 1..];
    (plain && (rest.is_empty() || rest.starts_with([' ', '\t']))).then_some((key, indent, rest))
}

/// The value part and the comment of what follows a colon. Only a plain
/// (unquoted) empty or null value matters here, so quotes need no care.
fn split_comment(rest: &str) -> (&str, Option<&str>) {
    let trimmed = rest.trim_start();
    match trimmed.strip_prefix('#') {
        Some(comment) => ("", Some(comment)),
        None => match rest.find(" #") {
            Some(i) => (&rest[..i], Some(&rest[i + 2..])),
            None => (rest, None),
        },
    }
}

/// True when the lines after a `key:` hold its value: an indented block, or
/// a list at the key's own indentation.
fn opens_block(after: &[(usize, &str)], key_at: usize) -> bool {
    let next = after.iter().map(|(_, l)| *l).find(|l| {
        let t = l.trim_start();
        !t.is_empty() && !t.starts_with('#')
    });
    let Some(next) = next else {
        return false;
    };
    let indent = next.len() - next.trim_start().len();
    indent > key_at || (indent == key_at && next.trim_start().starts_with('-'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    fn empty_keys(text: &str) -> Vec<(String, usize)> {
        let source = SourceText {
            path: "campaign.yaml".into(),
            text: Arc::from(text),
        };
        find(&source, text, 0)
            .into_iter()
            .map(|d| (d.message, d.position.unwrap().line))
            .collect()
    }

    #[test]
    fn an_unquoted_colour_is_an_empty_value() {
        let text = "palette:\n  primary: #5b2a86\n  accent: \"#ffcc00\"\n";
        assert_eq!(
            empty_keys(text),
            [("`primary` has no value".to_string(), 2)]
        );
    }

    #[test]
    fn blocks_and_lists_are_values() {
        let text = "locales:\n- it\n- en\npalette:\n  # brand\n  primary: \"#000000\"\nprint:\n  assets: [poster]\ntitle: \"a # b\"\n";
        assert!(empty_keys(text).is_empty(), "{:?}", empty_keys(text));
    }

    #[test]
    fn nothing_tilde_and_null_are_empty() {
        let text = "description:\ntheme: ~\nlogo: null # none\nid: veneto\n";
        let lines: Vec<usize> = empty_keys(text).into_iter().map(|(_, l)| l).collect();
        assert_eq!(lines, [1, 2, 3]);
    }
}
