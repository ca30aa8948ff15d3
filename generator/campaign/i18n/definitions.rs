//! Where each message of a `.ftl` file is defined, with the variables it
//! uses, and messages defined twice: fluent-bundle keeps no positions, so
//! they are found in the text.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use fluent_bundle::FluentResource;

use super::MessageOrigin;
use crate::diagnostics::{key_lines, position_of, Diagnostic, Diagnostics};

pub(super) fn collect_origins(
    resource: &FluentResource,
    text: &str,
    file: &std::path::Path,
    out: &mut BTreeMap<String, MessageOrigin>,
) {
    use fluent_syntax::ast::Entry;
    // fluent-bundle keeps no positions; find each message's line in the text.
    for entry in resource.entries() {
        if let Entry::Message(m) = entry {
            let id = m.id.name;
            let offset = key_lines(text, id, '=').first().copied().unwrap_or(0);
            let mut variables = BTreeSet::new();
            if let Some(value) = &m.value {
                collect_variables(value, &mut variables);
            }
            out.insert(
                id.to_string(),
                MessageOrigin {
                    file: file.to_path_buf(),
                    position: position_of(text, offset),
                    variables: variables.into_iter().collect(),
                },
            );
        }
    }
}

/// Reports each message of `resource` already defined in an earlier file of the
/// same locale and layer (`earlier`), or earlier in the same file, at its second
/// definition.
pub(super) fn report_duplicates(
    resource: &FluentResource,
    text: &str,
    file: &std::path::Path,
    earlier: &BTreeMap<String, MessageOrigin>,
    diags: &mut Diagnostics,
) {
    use fluent_syntax::ast::Entry;
    let source = crate::diagnostics::SourceText {
        path: file.to_path_buf(),
        text: Arc::from(text),
    };
    let mut seen = BTreeSet::new();
    for entry in resource.entries() {
        let Entry::Message(m) = entry else { continue };
        let id = m.id.name;
        let first_here = seen.insert(id);
        let (offset, first) = if !first_here {
            let offsets = key_lines(text, id, '=');
            let first = position_of(text, offsets.first().copied().unwrap_or(0));
            (
                offsets.get(1).copied().unwrap_or(0),
                (file.to_path_buf(), first),
            )
        } else if let Some(o) = earlier.get(id) {
            let offset = key_lines(text, id, '=').first().copied().unwrap_or(0);
            (offset, (o.file.clone(), o.position))
        } else {
            continue;
        };
        let (first_file, first_pos) = first;
        diags.push(
            Diagnostic::error(
                "fluent.duplicate",
                format!("the message `{id}` is defined twice"),
            )
            .at_source(&source, position_of(text, offset), id.chars().count())
            .with_hint(format!(
                "it is first defined at {}:{}:{}; keep one definition per locale",
                first_file.display(),
                first_pos.line,
                first_pos.column
            )),
        );
    }
}

fn collect_variables(pattern: &fluent_syntax::ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
    fn inline(e: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
        match e {
            InlineExpression::VariableReference { id } => {
                out.insert(id.name.to_string());
            }
            InlineExpression::Placeable { expression } => expr(expression, out),
            _ => {}
        }
    }
    fn expr(e: &Expression<&str>, out: &mut BTreeSet<String>) {
        match e {
            Expression::Inline(i) => inline(i, out),
            Expression::Select { selector, variants } => {
                inline(selector, out);
                for v in variants {
                    collect_variables(&v.value, out);
                }
            }
        }
    }
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expr(expression, out);
        }
    }
}
