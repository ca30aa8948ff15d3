//! Control characters written as Fluent escapes. A `.ftl` file with a literal
//! NUL is refused when it is read ([`crate::fsutil::decode_utf8`]), but Fluent
//! can also produce one from plain text: `{"\u0000"}` or `{"\U00001B"}` in a
//! string literal. Those are refused at the escape, like any other control
//! character: invisible, they would be published or cut a value short.

use std::path::Path;
use std::sync::Arc;

use fluent_bundle::FluentResource;
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

use crate::diagnostics::{position_of, Diagnostic, Diagnostics, SourceText};

/// Reports every escape in a string literal of `resource` (parsed from
/// `text`, the file at `path`) that produces a control character other than a
/// tab or a line break.
pub(crate) fn report_control_escapes(
    resource: &FluentResource,
    path: &Path,
    diags: &mut Diagnostics,
) {
    let text = resource.source();
    let mut literals = Vec::new();
    for entry in resource.entries() {
        let (value, attributes) = match entry {
            Entry::Message(m) => (m.value.as_ref(), &m.attributes),
            Entry::Term(t) => (Some(&t.value), &t.attributes),
            _ => continue,
        };
        let patterns = value.into_iter().chain(attributes.iter().map(|a| &a.value));
        for pattern in patterns {
            pattern_literals(pattern, &mut literals);
        }
    }
    let source = SourceText {
        path: path.to_path_buf(),
        text: Arc::from(text),
    };
    for literal in literals {
        // Literals are slices of the resource's own text: their offset is
        // where they start in it.
        let start = (literal.as_ptr() as usize).wrapping_sub(text.as_ptr() as usize);
        if start > text.len() {
            continue;
        }
        if let Some((at, len, c)) = control_escape(literal) {
            diags.push(
                Diagnostic::error(
                    "fluent.control-char",
                    format!(
                        "this escape makes the invisible control character U+{:04X}",
                        c as u32
                    ),
                )
                .at_source(&source, position_of(text, start + at), len)
                .with_hint("delete the escape; write visible text (a `\\u` escape may only make a visible character)"),
            );
        }
    }
}

/// The first `\uXXXX` / `\UXXXXXX` escape of a raw literal that makes a
/// control character (tab and line breaks aside): its byte offset, length and
/// the character.
fn control_escape(raw: &str) -> Option<(usize, usize, char)> {
    let bytes = raw.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'\\' {
            i += 1;
            continue;
        }
        let len = match bytes.get(i + 1) {
            Some(b'u') => 4,
            Some(b'U') => 6,
            _ => {
                i += 2;
                continue;
            }
        };
        let digits = raw.get(i + 2..i + 2 + len).unwrap_or("");
        let c = u32::from_str_radix(digits, 16)
            .ok()
            .and_then(char::from_u32);
        if let Some(c) = c.filter(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r')) {
            return Some((i, 2 + len, c));
        }
        i += 2 + len;
    }
    None
}

fn pattern_literals<'r>(pattern: &Pattern<&'r str>, out: &mut Vec<&'r str>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_literals(expression, out);
        }
    }
}

fn expression_literals<'r>(expression: &Expression<&'r str>, out: &mut Vec<&'r str>) {
    match expression {
        Expression::Inline(inline) => inline_literals(inline, out),
        Expression::Select { selector, variants } => {
            inline_literals(selector, out);
            for variant in variants {
                pattern_literals(&variant.value, out);
            }
        }
    }
}

fn inline_literals<'r>(inline: &InlineExpression<&'r str>, out: &mut Vec<&'r str>) {
    match inline {
        InlineExpression::StringLiteral { value } => out.push(value),
        InlineExpression::Placeable { expression } => expression_literals(expression, out),
        InlineExpression::FunctionReference { arguments, .. }
        | InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for arg in &arguments.positional {
                inline_literals(arg, out);
            }
            for named in &arguments.named {
                inline_literals(&named.value, out);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report(text: &str) -> Vec<Diagnostic> {
        let resource = FluentResource::try_new(text.to_string()).unwrap();
        let mut diags = Diagnostics::new();
        report_control_escapes(&resource, Path::new("x.ftl"), &mut diags);
        diags.sorted()
    }

    #[test]
    fn an_escaped_control_character_is_refused_at_the_escape() {
        let found = report("ok = fine\nbad = Hi{\"\\u0000\"}!\n");
        assert_eq!(found.len(), 1);
        let label = found[0].location_label().unwrap();
        assert!(label.ends_with("x.ftl:2:11"), "{label}");
        assert!(found[0].message.contains("U+0000"));
    }

    #[test]
    fn escapes_in_attributes_selects_and_arguments_are_found() {
        for text in [
            "a = x\n    .title = {\"\\U00001B\"}\n",
            "a = { $n ->\n    [one] {\"\\u0007\"}\n   *[other] x\n}\n",
            "a = { NUMBER(1, style: \"\\u0085\") }\n",
            "-t = {\"\\u009F\"}\n",
        ] {
            assert_eq!(report(text).len(), 1, "{text}");
        }
    }

    #[test]
    fn visible_escapes_tabs_and_line_breaks_pass() {
        assert!(report("a = {\"\\u00A0\"}{\"\\\\u0000\"}{\"\\u000A\"}{\"\\\"\"}\n").is_empty());
    }
}
