//! Attributes in the quick minifier: what minify-html 0.18 knows of each
//! attribute of the subset (from its html-data tables), and how it writes a
//! value (`minify_attr`).

use std::borrow::Cow;

use super::{collapse, left_trim, right_trim};

/// What minify-html knows of an attribute on an element of the subset.
#[derive(Default)]
pub(super) struct AttrRule {
    /// Whitespace runs collapsed and the ends trimmed (`class`).
    collapse: bool,
    /// Ends trimmed (`style`).
    trim: bool,
    /// Left out when empty.
    redundant_if_empty: bool,
    /// Left out when it has this value.
    default: Option<&'static str>,
    /// Written without a value.
    boolean: bool,
}

pub(super) fn attr_rule(tag: &str, name: &str) -> Option<AttrRule> {
    let redundant = AttrRule {
        redundant_if_empty: true,
        ..AttrRule::default()
    };
    Some(match (tag, name) {
        (_, "class") => AttrRule {
            collapse: true,
            trim: true,
            ..redundant
        },
        (_, "style") => AttrRule {
            trim: true,
            ..redundant
        },
        (_, "id" | "title" | "lang" | "dir" | "tabindex") => redundant,
        (_, "hidden") => AttrRule {
            boolean: true,
            ..AttrRule::default()
        },
        (_, "alt" | "role") => AttrRule::default(),
        (_, n) if n.starts_with("aria-") => AttrRule::default(),
        ("a", "href" | "download") => AttrRule::default(),
        ("a", "hreflang" | "rel") => redundant,
        ("img", "src" | "srcset" | "sizes" | "width" | "height") => redundant,
        ("img", "loading") => AttrRule {
            default: Some("eager"),
            ..AttrRule::default()
        },
        ("img", "decoding") => AttrRule {
            default: Some("auto"),
            ..AttrRule::default()
        },
        ("ol", "start") => redundant,
        ("meta", "name" | "content") | (_, "property") => redundant,
        ("link", "rel" | "hreflang" | "as") => redundant,
        ("link", "href") => AttrRule::default(),
        ("link", "type") => AttrRule {
            default: Some("text/css"),
            ..redundant
        },
        (_, "crossorigin") => AttrRule {
            boolean: true,
            ..AttrRule::default()
        },
        ("td" | "th", "align") => AttrRule::default(),
        _ => return None,
    })
}

/// An attribute as minify-html writes it.
pub(super) enum Minified {
    /// Left out.
    Redundant,
    /// Its name alone.
    NoValue,
    /// In quotes (the marks included).
    Quoted(Vec<u8>),
    /// Without quotes.
    Unquoted(Vec<u8>),
}

/// minify-html's `minify_attr` for a value of the subset: trimmed or collapsed
/// as the attribute wants, left out when redundant, then written in the
/// shortest of double quotes, single quotes or none (ties: double, single).
pub(super) fn minify_value(rule: &AttrRule, value: &str) -> Minified {
    let mut value = Cow::Borrowed(value);
    if rule.trim || rule.collapse {
        left_trim(&mut value);
        right_trim(&mut value);
    }
    if rule.collapse {
        collapse(&mut value);
    }
    if (value.is_empty() && rule.redundant_if_empty) || rule.default == Some(&*value) {
        return Minified::Redundant;
    }
    if rule.boolean || value.is_empty() {
        return Minified::NoValue;
    }
    let double = quote(&value, '"', "&#34;");
    let single = quote(&value, '\'', "&#39;");
    let bare = unquoted(&value);
    if bare.len() < double.len().min(single.len()) {
        Minified::Unquoted(bare)
    } else if single.len() < double.len() {
        Minified::Quoted(single)
    } else {
        Minified::Quoted(double)
    }
}

fn quote(value: &str, mark: char, entity: &str) -> Vec<u8> {
    let mut out = String::with_capacity(value.len() + 2);
    out.push(mark);
    for c in value.chars() {
        if c == mark {
            out.push_str(entity);
        } else {
            out.push(c);
        }
    }
    out.push(mark);
    out.into_bytes()
}

fn unquoted(value: &str) -> Vec<u8> {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\t' => out.push_str("&#9;"),
            '\n' => out.push_str("&#10;"),
            '\x0c' => out.push_str("&#12;"),
            '\r' => out.push_str("&#13;"),
            ' ' => out.push_str("&#32;"),
            '"' => out.push_str("&#34;"),
            '\'' => out.push_str("&#39;"),
            '=' => out.push_str("&#61;"),
            // (sic: minify-html writes the backtick's entity so)
            '`' => out.push_str("&#6;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out.into_bytes()
}
