//! Attributes in the quick minifier: what minify-html 0.18 knows of each
//! attribute of the subset (from its html-data tables), and how it writes a
//! value (`minify_attr`).

use std::borrow::Cow;

use super::text::tidy;

/// What minify-html knows of an attribute on an element of the subset.
#[derive(Default, Clone, Copy)]
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

/// How minify-html writes an attribute (one it does not leave out).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Form {
    /// In double quotes.
    Double,
    /// In single quotes.
    Single,
    /// Its name alone.
    NoValue,
    /// Without quotes.
    Bare,
}

impl Form {
    /// minify-html writes the quoted attributes first, then the others, each
    /// group sorted by name.
    pub(super) fn unquoted(self) -> bool {
        matches!(self, Form::NoValue | Form::Bare)
    }
}

/// minify-html's `minify_attr` for a value of the subset: trimmed or collapsed
/// as the attribute wants, then left out (`None`) when redundant, else written
/// in the shortest of double quotes, single quotes or none (ties: double, then
/// single). Returns the value to write and how.
pub(super) fn minify_value<'v>(
    rule: &AttrRule,
    value: Cow<'v, str>,
) -> Option<(Cow<'v, str>, Form)> {
    let value = if rule.trim || rule.collapse {
        tidy(value, rule.collapse)
    } else {
        value
    };
    if (value.is_empty() && rule.redundant_if_empty) || rule.default == Some(&*value) {
        return None;
    }
    if rule.boolean || value.is_empty() {
        return Some((value, Form::NoValue));
    }
    // One table lookup a byte (a `match` a byte showed in the build profile);
    // quotes are among the bytes an unquoted value writes otherwise, so a
    // value without any has none to count.
    let bytes = value.as_bytes();
    let extra: usize = bytes
        .iter()
        .map(|&b| usize::from(UNQUOTED_EXTRA[usize::from(b)]))
        .sum();
    let bare = value.len() + extra;
    let (doubles, singles) = match extra {
        0 => (0, 0),
        _ => (
            memchr::memchr_iter(b'"', bytes).count(),
            memchr::memchr_iter(b'\'', bytes).count(),
        ),
    };
    // Each quote inside its own kind of quotes becomes a five-byte entity.
    let double = value.len() + 2 + 4 * doubles;
    let single = value.len() + 2 + 4 * singles;
    let form = if bare < double.min(single) {
        Form::Bare
    } else if single < double {
        Form::Single
    } else {
        Form::Double
    };
    Some((value, form))
}

/// Appends ` name`, ` name="value"`… as `form` says.
pub(super) fn write_attr(out: &mut Vec<u8>, name: &str, value: &str, form: Form) {
    out.push(b' ');
    out.extend_from_slice(name.as_bytes());
    match form {
        Form::NoValue => {}
        Form::Double => quote(out, value, b'"', b"&#34;"),
        Form::Single => quote(out, value, b'\'', b"&#39;"),
        Form::Bare => {
            out.push(b'=');
            // Runs of bytes written as they are, copied at once.
            let bytes = value.as_bytes();
            let mut from = 0;
            for (at, &b) in bytes.iter().enumerate() {
                if UNQUOTED_EXTRA[usize::from(b)] == 0 {
                    continue;
                }
                if let Some(entity) = unquoted_entity(b) {
                    out.extend_from_slice(&bytes[from..at]);
                    out.extend_from_slice(entity);
                    from = at + 1;
                }
            }
            out.extend_from_slice(&bytes[from..]);
        }
    }
}

fn quote(out: &mut Vec<u8>, value: &str, mark: u8, entity: &[u8]) {
    out.push(b'=');
    out.push(mark);
    let bytes = value.as_bytes();
    let mut from = 0;
    for at in memchr::memchr_iter(mark, bytes) {
        out.extend_from_slice(&bytes[from..at]);
        out.extend_from_slice(entity);
        from = at + 1;
    }
    out.extend_from_slice(&bytes[from..]);
    out.push(mark);
}

/// For each byte, how many bytes more than one an unquoted value writes it
/// in ([`unquoted_entity`]'s length less one; 0 for a byte written as it is).
const UNQUOTED_EXTRA: [u8; 256] = {
    let mut extra = [0; 256];
    let mut b = 0;
    while b < 256 {
        extra[b] = match unquoted_entity(b as u8) {
            Some(entity) => entity.len() as u8 - 1,
            None => 0,
        };
        b += 1;
    }
    extra
};

/// What a character of an unquoted value is written as, when not as itself.
const fn unquoted_entity(b: u8) -> Option<&'static [u8]> {
    Some(match b {
        b'\t' => b"&#9;",
        b'\n' => b"&#10;",
        b'\x0c' => b"&#12;",
        b'\r' => b"&#13;",
        b' ' => b"&#32;",
        b'"' => b"&#34;",
        b'\'' => b"&#39;",
        b'=' => b"&#61;",
        // (sic: minify-html writes the backtick's entity so)
        b'`' => b"&#6;",
        b'<' => b"&lt;",
        b'>' => b"&gt;",
        _ => return None,
    })
}
