//! Text in the quick minifier: entities decoded, whitespace collapsed and `<`
//! escaped in one pass over the bytes, without allocating (text is most of
//! what the fast path writes).

use std::borrow::Cow;

/// ASCII whitespace as HTML (and minify-html) counts it.
pub(super) const fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')
}

/// `text` without its leading whitespace.
pub(super) fn trim_start(text: &str) -> &str {
    text.trim_start_matches(|c: char| c.is_ascii() && is_space(c as u8))
}

/// `text` without its trailing whitespace.
pub(super) fn trim_end(text: &str) -> &str {
    text.trim_end_matches(|c: char| c.is_ascii() && is_space(c as u8))
}

/// Whether `text` is whitespace only (or empty).
pub(super) fn is_blank(text: &str) -> bool {
    text.bytes().all(is_space)
}

/// The entities escaping writes, and the character each stands for.
const ENTITIES: [(&[u8], u8); 6] = [
    (b"&amp;", b'&'),
    (b"&lt;", b'<'),
    (b"&gt;", b'>'),
    (b"&quot;", b'"'),
    (b"&#39;", b'\''),
    (b"&#x27;", b'\''),
];

/// The bytes [`decode_into`] may write otherwise than as they are.
const SPECIAL: [bool; 256] = {
    let mut special = [false; 256];
    let mut i = 0;
    while i < 256 {
        special[i] = is_space(i as u8) || i as u8 == b'&' || i as u8 == b'<';
        i += 1;
    }
    special
};

/// How [`decode_into`] writes.
#[derive(Clone, Copy)]
pub(super) struct Writing {
    /// Runs of whitespace become one space.
    pub collapse: bool,
    /// `<` is written `&lt;` (text), or as it is (attribute values, titles).
    pub escape_lt: bool,
}

/// Appends `raw` to `out` with its entities decoded (and, as `how` says, its
/// whitespace collapsed and `<` escaped). `None` for an entity outside the
/// five that escaping writes, or for a decoded `&` before a letter, digit or
/// `#` (minify-html decides how to write those with rules not copied here).
/// The characters the entities stand for are never whitespace, so collapsing
/// the raw text is collapsing the decoded one.
pub(super) fn decode_into(out: &mut Vec<u8>, raw: &str, how: Writing) -> Option<()> {
    let bytes = raw.as_bytes();
    let (mut start, mut i) = (0, 0);
    while i < bytes.len() {
        let byte = bytes[i];
        // Most bytes are copied as they are, and most spaces are single.
        if !SPECIAL[byte as usize]
            || (byte == b' ' && bytes.get(i + 1).is_none_or(|next| !is_space(*next)))
        {
            i += 1;
            continue;
        }
        if byte == b'&' {
            out.extend_from_slice(&bytes[start..i]);
            let (decoded, len) = ENTITIES
                .iter()
                .find(|(entity, _)| bytes[i..].starts_with(entity))
                .map(|(entity, c)| (*c, entity.len()))?;
            i += len;
            let ambiguous = |next: &u8| next.is_ascii_alphanumeric() || *next == b'#';
            if decoded == b'&' && bytes.get(i).is_some_and(ambiguous) {
                return None;
            }
            if decoded == b'<' && how.escape_lt {
                out.extend_from_slice(b"&lt;");
            } else {
                out.push(decoded);
            }
            start = i;
        } else if byte == b'<' && how.escape_lt {
            out.extend_from_slice(&bytes[start..i]);
            out.extend_from_slice(b"&lt;");
            i += 1;
            start = i;
        } else if how.collapse && is_space(byte) {
            let run_end = bytes[i..]
                .iter()
                .position(|b| !is_space(*b))
                .map_or(bytes.len(), |n| i + n);
            if byte != b' ' || run_end > i + 1 {
                out.extend_from_slice(&bytes[start..i]);
                out.push(b' ');
                start = run_end;
            }
            i = run_end;
        } else {
            i += 1;
        }
    }
    out.extend_from_slice(&bytes[start..]);
    Some(())
}

/// `raw` with its entities decoded (see [`decode_into`]); borrowed when it has none.
pub(super) fn decode(raw: &str) -> Option<Cow<'_, str>> {
    if !raw.contains('&') {
        return Some(Cow::Borrowed(raw));
    }
    let mut out = Vec::with_capacity(raw.len());
    let how = Writing {
        collapse: false,
        escape_lt: false,
    };
    decode_into(&mut out, raw, how)?;
    // Entities are replaced by ASCII characters: still UTF-8.
    String::from_utf8(out).ok().map(Cow::Owned)
}

/// `text` trimmed at both ends and, with `collapse`, its runs of whitespace
/// made one space (attribute values such as `class`); borrowed when unchanged.
pub(super) fn tidy(text: Cow<'_, str>, collapse: bool) -> Cow<'_, str> {
    let from = text.len() - trim_start(&text).len();
    let to = trim_end(&text).len().max(from);
    let bytes = &text.as_bytes()[from..to];
    let irregular = bytes.windows(2).any(|w| is_space(w[0]) && is_space(w[1]))
        || bytes.iter().any(|&b| is_space(b) && b != b' ');
    if collapse && irregular {
        let mut out = Vec::with_capacity(bytes.len());
        let mut in_space = false;
        for &b in bytes {
            if !(in_space && is_space(b)) {
                out.push(if is_space(b) { b' ' } else { b });
            }
            in_space = is_space(b);
        }
        // Only ASCII whitespace was replaced: still UTF-8.
        return Cow::Owned(String::from_utf8(out).unwrap_or_default());
    }
    match text {
        Cow::Borrowed(b) => Cow::Borrowed(&b[from..to]),
        Cow::Owned(o) if from == 0 && to == o.len() => Cow::Owned(o),
        Cow::Owned(o) => Cow::Owned(o[from..to].to_string()),
    }
}
