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
    // By bytes: whitespace is ASCII, so the cut falls between characters
    // (`trim_start_matches` decoded every character; it showed in the profile).
    let from = text
        .bytes()
        .position(|b| !is_space(b))
        .unwrap_or(text.len());
    &text[from..]
}

/// `text` without its trailing whitespace.
pub(super) fn trim_end(text: &str) -> &str {
    let to = text
        .bytes()
        .rposition(|b| !is_space(b))
        .map_or(0, |at| at + 1);
    &text[..to]
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
        // Most text is words and single spaces: skipped eight bytes at a time
        // (byte by byte, this loop was a fifth of the quick minifier's cost).
        let plain = plain_prefix(bytes, i);
        if plain > 0 {
            i += plain;
            continue;
        }
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

/// Each byte of `word` that is zero, as its top bit (exact: no carry
/// crosses from one byte into the next).
const fn zero_bytes(word: u64) -> u64 {
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    !(((word & LOW7) + LOW7) | word | LOW7)
}

/// How many of the eight bytes at `i` [`decode_into`] copies as they are
/// whatever it is asked (none of `&`, `<`, whitespace other than a space, a
/// space before whitespace), counted from `i` up to the first other one;
/// 0 when fewer than eight bytes are left.
fn plain_prefix(bytes: &[u8], i: usize) -> usize {
    let Some(chunk) = bytes.get(i..i + 8) else {
        return 0;
    };
    let word = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
    let every = |b: u8| u64::from_ne_bytes([b; 8]);
    // Bytes below 0x20: tab, line feed, form feed, carriage return (and
    // controls, which are only copied but need no fast path).
    let control = zero_bytes(word & every(0xe0));
    let special = zero_bytes(word ^ every(b'&')) | zero_bytes(word ^ every(b'<'));
    let space = zero_bytes(word ^ every(b' '));
    // A space before a space or a byte below 0x20 (whitespace among them),
    // the byte after the chunk included.
    let mut doubled = space & ((space | control) >> 8);
    if space >> 63 == 1 && bytes.get(i + 8).is_some_and(|b| *b <= b' ') {
        doubled |= 1 << 63;
    }
    let stop = control | special | doubled;
    (stop.trailing_zeros() / 8) as usize
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

#[cfg(test)]
mod tests {
    use super::*;

    /// [`plain_prefix`] byte by byte, as the loop of [`decode_into`] decides.
    fn plain_prefix_slowly(bytes: &[u8], i: usize) -> usize {
        if bytes.len() < i + 8 {
            return 0;
        }
        (i..i + 8)
            .take_while(|&at| {
                let b = bytes[at];
                // Stops a little early (a space before any control byte),
                // never late: the loop copies what is counted as it is.
                let next_is_low = bytes.get(at + 1).is_some_and(|n| *n <= b' ');
                b >= 0x20 && b != b'&' && b != b'<' && !(b == b' ' && next_is_low)
            })
            .count()
    }

    #[test]
    fn the_eight_byte_skip_stops_where_the_byte_by_byte_loop_would() {
        let alphabet: &[u8] = b"a  \n\t\r\x0c&<>\x01\xc3\xa9 ";
        let mut seed = 12345u64;
        for _ in 0..20_000 {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let len = (seed >> 59) as usize;
            let bytes: Vec<u8> = (0..len)
                .map(|k| alphabet[((seed >> (k * 3 % 50)) as usize + k) % alphabet.len()])
                .collect();
            for i in 0..=len {
                assert_eq!(
                    plain_prefix(&bytes, i),
                    plain_prefix_slowly(&bytes, i),
                    "{bytes:?} at {i}"
                );
            }
        }
    }

    /// [`decode_into`] as it was before the eight-byte skip: the reference.
    fn decode_into_byte_by_byte(out: &mut Vec<u8>, raw: &str, how: Writing) -> Option<()> {
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

    #[test]
    fn text_is_written_as_the_byte_by_byte_loop_wrote_it() {
        let pieces: &[&str] = &[
            "a", " ", "  ", "\n", " \n", "\t", "\r", "\x0c", "&amp;", "&lt;", "&gt;", "&quot;",
            "&#39;", "&", "<", "é", "’", "word", "\x01", "&x",
        ];
        let mut seed = 99u64;
        for _ in 0..20_000 {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let len = (seed >> 59) as usize;
            let text: String = (0..len)
                .map(|k| pieces[((seed >> (3 * k % 50)) as usize + k) % pieces.len()])
                .collect();
            for collapse in [true, false] {
                for escape_lt in [true, false] {
                    let how = Writing {
                        collapse,
                        escape_lt,
                    };
                    let (mut fast, mut slow) = (Vec::new(), Vec::new());
                    let fast_ok = decode_into(&mut fast, &text, how).is_some();
                    let slow_ok = decode_into_byte_by_byte(&mut slow, &text, how).is_some();
                    assert_eq!(fast_ok, slow_ok, "{text:?}");
                    if fast_ok {
                        assert_eq!(fast, slow, "{text:?}");
                    }
                }
            }
        }
    }
}
