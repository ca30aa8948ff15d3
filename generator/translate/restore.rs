//! A translation's inline markup checked against its source and put back:
//! translators see markup as numbered inline elements (XLIFF `<pc>`/`<ph>`),
//! and each must come back exactly once, of the same kind, so that the
//! imported text has the source's links, emphasis and Fluent variables.

use std::collections::{BTreeMap, BTreeSet};

use super::inline::{self, Inline};
use super::segments::Syntax;

/// Text pieces only, for comparing a file's source with the campaign's.
pub(super) fn text_only(content: &[Inline]) -> String {
    let mut out = String::new();
    for piece in content {
        match piece {
            Inline::Text(t) => out.push_str(t),
            Inline::Span { children, .. } => out.push_str(&text_only(children)),
            Inline::Placeholder { .. } => {}
        }
    }
    out
}

/// Rebuilds a translated tree with the markup of the source: every span and
/// placeholder of the source exactly once, of the same kind.
pub(super) fn resolve(
    target: &[Inline],
    source: &[Inline],
    syntax: Syntax,
) -> Result<Vec<Inline>, String> {
    let codes: BTreeMap<&str, &Inline> = inline::codes(source).into_iter().collect();
    let mut seen = BTreeSet::new();
    let single_line = !text_only(source).contains('\n') && syntax != Syntax::Yaml;
    let out = rebuild(target, &codes, &mut seen, single_line)?;
    for (id, code) in &codes {
        if !seen.contains(*id) {
            return Err(match code {
                Inline::Placeholder {
                    kind: "variable",
                    code,
                    ..
                } => format!("the Fluent variable `{code}` (inline element {id}) was dropped"),
                Inline::Placeholder { code, .. } => {
                    format!("the placeholder `{code}` (inline element {id}) is missing")
                }
                Inline::Span {
                    start, end, kind, ..
                } => format!("the {kind} markup `{start}…{end}` (inline element {id}) is missing"),
                Inline::Text(_) => String::new(),
            });
        }
    }
    Ok(out)
}

/// [`resolve`] for one level of the tree: each piece of the translation
/// takes the markup of the source element with its id.
fn rebuild<'s>(
    target: &'s [Inline],
    codes: &BTreeMap<&str, &Inline>,
    seen: &mut BTreeSet<&'s str>,
    single_line: bool,
) -> Result<Vec<Inline>, String> {
    let mut out = Vec::new();
    for piece in target {
        let id = match piece {
            Inline::Text(t) => {
                out.push(Inline::Text(if single_line {
                    t.replace('\n', " ")
                } else {
                    t.clone()
                }));
                continue;
            }
            Inline::Span { id, .. } | Inline::Placeholder { id, .. } => id.as_str(),
        };
        let Some(code) = codes.get(id) else {
            return Err(format!("inline element {id} is not in the source"));
        };
        if !seen.insert(id) {
            return Err(format!("inline element {id} appears twice"));
        }
        match (piece, code) {
            (
                Inline::Span { children, .. },
                Inline::Span {
                    id,
                    kind,
                    start,
                    end,
                    ..
                },
            ) => out.push(Inline::Span {
                id: id.clone(),
                kind,
                start: start.clone(),
                end: end.clone(),
                children: rebuild(children, codes, seen, single_line)?,
            }),
            (Inline::Placeholder { .. }, Inline::Placeholder { .. }) => out.push((*code).clone()),
            (Inline::Span { .. }, _) => {
                return Err(format!(
                    "inline element {id} wraps text, but in the source it is a placeholder"
                ))
            }
            _ => {
                return Err(format!(
                    "inline element {id} is a placeholder, but in the source it wraps text"
                ))
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dropped_variable_is_refused() {
        let source = inline::parse_fluent("Hello { $name }");
        let target = vec![Inline::Text("Ciao".into())];
        let err = resolve(&target, &source, Syntax::Fluent).unwrap_err();
        assert!(err.contains("{ $name }"), "{err}");
    }
}
