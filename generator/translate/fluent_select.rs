//! Fluent select expressions as translatable variants. A message such as
//!
//! ```text
//! shared = { $count ->
//!     [one] Shared once
//!    *[other] Shared { $count } times
//! }
//! ```
//!
//! becomes one segment per variant (`shared:one`, `shared:other`; `:` because
//! XLIFF ids are name tokens), with the selector, the variant keys and the
//! closing brace kept in the skeleton, so that a translator translates each
//! variant's words and cannot break the expression. Only the usual layout is
//! split (the selector alone on the first line, one variant per line, the
//! closing brace on its own line); any other value stays one segment.

use super::segments::{Extracted, Syntax};

/// A select expression's skeleton (its first line, variant keys, closing
/// line) and one segment per variant, `id:key`; every variant's entry is the
/// whole message, so that an untranslated variant leaves the message out.
pub(super) fn segments(
    out: &mut Extracted,
    first_line: &str,
    full_id: &str,
    select: &Select,
    context_of: &dyn Fn(&str) -> String,
) {
    out.sealed = out.pieces.len();
    let first = out.pieces.len();
    out.raw(first_line);
    let context = context_of(full_id);
    for v in &select.variants {
        out.raw(v.prefix);
        let what = format!(
            "{context} Variant [{}] of a choice by number or category.",
            v.key
        );
        out.segment_with_id(format!("{full_id}:{}", v.key), v.text, Syntax::Fluent, what);
        out.raw(v.newline);
        out.sealed = out.pieces.len();
    }
    out.raw(select.close);
    out.sealed = out.pieces.len();
    let whole = first..out.pieces.len();
    for _ in &select.variants {
        out.entries.push(whole.clone());
    }
}

/// One variant line: `    [one] text`.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct Variant<'a> {
    /// The line up to the text: indentation, `*`, `[key]` and one space.
    pub prefix: &'a str,
    /// The variant key (`one`, `other`, `0`).
    pub key: &'a str,
    /// The variant's text.
    pub text: &'a str,
    /// The line end (`\n`, or nothing at the end of the file).
    pub newline: &'a str,
}

/// A select expression laid out one variant per line.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct Select<'a> {
    /// The variants, in order.
    pub variants: Vec<Variant<'a>>,
    /// The closing line (`}` with its indentation and line end).
    pub close: &'a str,
    /// How many lines the message takes, its first line included.
    pub lines: usize,
}

/// The select expression of a message whose first line's value (after
/// `id = `, without its line end) is `head` and whose next lines are `rest`.
pub(super) fn parse<'a>(head: &str, rest: &[&'a str]) -> Option<Select<'a>> {
    let selector = head.trim().strip_prefix('{')?.strip_suffix("->")?.trim();
    let plain_name = |s: &str| {
        !s.is_empty()
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    };
    if !selector.strip_prefix('$').is_some_and(plain_name) {
        return None;
    }
    let mut variants = Vec::new();
    for (n, line) in rest.iter().enumerate() {
        let (content, newline) = match line.strip_suffix('\n') {
            Some(c) => (c, "\n"),
            None => (*line, ""),
        };
        if content.trim() == "}" {
            let has_default = variants.iter().any(|v: &Variant| v.prefix.contains('*'));
            return (has_default && !variants.is_empty()).then_some(Select {
                variants,
                close: line,
                lines: n + 2,
            });
        }
        let trimmed = content.trim_start();
        let indent = content.len() - trimmed.len();
        let after_star = trimmed.strip_prefix('*').unwrap_or(trimmed);
        let inner = after_star.strip_prefix('[')?;
        let (key, text) = inner.split_once(']')?;
        let text = text.strip_prefix(' ')?;
        if indent == 0 || !plain_name(key) || text.trim().is_empty() || !balanced(text) {
            return None;
        }
        let prefix_len = content.len() - text.len();
        variants.push(Variant {
            prefix: &content[..prefix_len],
            key,
            text,
            newline,
        });
    }
    None
}

/// Whether the braces of `text` pair up (placeables inside a variant).
fn balanced(text: &str) -> bool {
    let mut depth = 0i32;
    for c in text.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            _ => {}
        }
        if depth < 0 {
            return false;
        }
    }
    depth == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_select_splits_into_its_variants() {
        let rest = [
            "    [one] Shared once\n",
            "   *[other] Shared { $count } times\n",
            "}\n",
            "next = x\n",
        ];
        let s = parse("{ $count ->", &rest).unwrap();
        assert_eq!(s.lines, 4);
        assert_eq!(s.close, "}\n");
        assert_eq!(s.variants[0].prefix, "    [one] ");
        assert_eq!(s.variants[0].key, "one");
        assert_eq!(s.variants[1].prefix, "   *[other] ");
        assert_eq!(s.variants[1].text, "Shared { $count } times");
    }

    #[test]
    fn a_message_with_a_select_rebuilds_with_translated_variants() {
        let text = "a = A\nshared = { $count ->\n    [one] Shared once\n   *[other] Shared { $count } times\n}\nb = B\n";
        let ex = super::super::segments::fluent(text, &|_| String::new());
        let ids: Vec<&str> = ex.segments.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, ["a", "shared:one", "shared:other", "b"]);
        assert_eq!(ex.render(&std::collections::BTreeMap::new()), text);
        let other = ex.segments[2].content.clone();
        let mut translated = std::collections::BTreeMap::new();
        translated.insert(
            "shared:one".to_string(),
            crate::translate::inline::parse_fluent("Condiviso una volta"),
        );
        translated.insert("shared:other".to_string(), other);
        let omitted = std::collections::BTreeSet::from(["b".to_string()]);
        assert_eq!(
            ex.render_without(&translated, &omitted),
            "a = A\nshared = { $count ->\n    [one] Condiviso una volta\n   *[other] Shared { $count } times\n}\n"
        );
    }

    #[test]
    fn other_layouts_stay_whole() {
        let rest = ["    [one] a\n", "   *[other] b\n", "}\n"];
        assert!(
            parse("Text { $n ->", &rest).is_none(),
            "text before the selector"
        );
        assert!(
            parse("{ NUMBER($n) ->", &rest).is_none(),
            "a function selector"
        );
        assert!(
            parse("{ $n ->", &["    [one] a\n", "}\n"]).is_none(),
            "no default variant"
        );
        assert!(parse(
            "{ $n ->",
            &["    [one] a\n", "      more\n", "   *[other] b\n", "}\n"]
        )
        .is_none());
    }
}
