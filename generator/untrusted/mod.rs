//! A campaign folder is untrusted input: the one rule for paths ([`confine`]),
//! URLs that would run a script ([`urls`]), and reading files into located
//! diagnostics ([`files`]), and escaping text for HTML ([`escape_html`]).

pub(crate) mod confine;
pub(crate) mod files;
pub(crate) mod urls;

/// Escapes text for an HTML element's content or a quoted attribute value (and
/// for XML outside XLIFF): `&`, `<`, `>`, `"` and `'` become references.
/// pulldown-cmark's own escaper, the one that writes the pages' Markdown.
pub(crate) fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    // Writing to a String cannot fail.
    let _ = pulldown_cmark_escape::escape_html(&mut out, text);
    out
}
