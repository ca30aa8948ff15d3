//! URLs that would run a script instead of going somewhere: `javascript:`,
//! `vbscript:` and `data:` URLs, recognised the way a browser reads them, so
//! that no spelling (`JaVaScRiPt:`, a leading control character, a tab inside
//! the scheme, `jav&#x61;script:` in an HTML attribute) gets past the check.

/// Schemes a page may never use in a link or an image, lower-case.
///
/// `javascript:` and `vbscript:` run code when followed. `data:` is refused
/// too, for links and images alike: `data:text/html,…` is a whole page with
/// its own scripts, and the other types have no use on a campaign page, where
/// every image is a file of the campaign folder that Faro has checked (the
/// pages' `img-src 'self'` policy would block a `data:` image anyway).
pub(crate) const REFUSED_SCHEMES: &[&str] = &["javascript", "vbscript", "data"];

/// The scheme of `url`, lower-case, as a browser's URL parser finds it: after
/// stripping leading and trailing control characters and spaces (U+0000 to
/// U+0020) and removing tabs and line breaks anywhere. `None` for a URL without
/// a scheme (a relative URL, `//host/…`, `#fragment`).
pub(crate) fn scheme(url: &str) -> Option<String> {
    let trimmed = url.trim_matches(|c: char| c <= ' ');
    let mut scheme = String::new();
    for c in trimmed.chars().filter(|c| !matches!(c, '\t' | '\n' | '\r')) {
        match c {
            ':' if !scheme.is_empty() => return Some(scheme),
            c if c.is_ascii_alphabetic() => scheme.push(c.to_ascii_lowercase()),
            c if !scheme.is_empty() && (c.is_ascii_digit() || "+-.".contains(c)) => scheme.push(c),
            _ => return None,
        }
    }
    None
}

/// The refused scheme of `url` (see [`REFUSED_SCHEMES`]), if it has one.
pub(crate) fn refused_scheme(url: &str) -> Option<&'static str> {
    let found = scheme(url)?;
    REFUSED_SCHEMES.iter().copied().find(|s| *s == found)
}

/// The refused scheme of an HTML attribute value as written in the markup,
/// that is after decoding its character references the way the browser does
/// before it reads the URL.
pub(crate) fn refused_in_attribute(raw: &str) -> Option<&'static str> {
    if raw.contains('&') {
        refused_scheme(&decode_references(raw))
    } else {
        refused_scheme(raw)
    }
}

/// `url` fit for a one-line message: control characters are written as
/// `\u{…}` escapes, so that they neither vanish nor act on the terminal.
pub(crate) fn shown(url: &str) -> String {
    let mut out = String::with_capacity(url.len());
    for c in url.chars() {
        if c.is_control() {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

/// Decodes the character references of an HTML attribute value: numeric ones
/// (`&#106;`, `&#x6A;`, with or without the final `;`, as browsers accept), and
/// the named ones that can spell part of a scheme or the space around it.
/// Others are left as written: an `&` left in the scheme makes it no scheme.
///
/// Ours, not the html-escape crate's `decode_html_entities` (issue 16): tried
/// on this module's test cases, html-escape 0.2.15 leaves
/// `jav&#0000097script:` as written (it decodes only references ending in
/// `;`, its documentation says so), where a browser reads `javascript:`, so
/// that URL would pass the check; and it leaves `&#0;` instead of U+FFFD.
pub(crate) fn decode_references(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        match reference(rest) {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The character a reference at the start of `s` (which starts with `&`)
/// stands for, and the reference's length in bytes.
fn reference(s: &str) -> Option<(char, usize)> {
    let body = &s[1..];
    if let Some(num) = body.strip_prefix('#') {
        let (hex, digits) = match num.strip_prefix(['x', 'X']) {
            Some(h) => (true, h),
            None => (false, num),
        };
        let radix = if hex { 16 } else { 10 };
        let len = digits
            .find(|c: char| !c.is_digit(radix))
            .unwrap_or(digits.len());
        if len == 0 {
            return None;
        }
        // Zero, surrogates and out-of-range numbers become U+FFFD, as in browsers.
        let c = u32::from_str_radix(&digits[..len], radix)
            .ok()
            .and_then(char::from_u32)
            .filter(|&c| c != '\0')
            .unwrap_or('\u{fffd}');
        let semi = usize::from(digits[len..].starts_with(';'));
        return Some((c, 1 + 1 + usize::from(hex) + len + semi));
    }
    let end = body.find(';')?;
    let c = match &body[..end] {
        "colon" => ':',
        "Tab" => '\t',
        "NewLine" => '\n',
        "plus" => '+',
        "period" => '.',
        "sol" => '/',
        "amp" | "AMP" => '&',
        "lt" | "LT" => '<',
        "gt" | "GT" => '>',
        "quot" | "QUOT" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        _ => return None,
    };
    Some((c, end + 2))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schemes_are_read_as_browsers_read_them() {
        assert_eq!(scheme("https://example.org/").as_deref(), Some("https"));
        assert_eq!(scheme("JaVaScRiPt:alert(1)").as_deref(), Some("javascript"));
        assert_eq!(
            scheme(" \u{1}\u{1f}javascript:x\n").as_deref(),
            Some("javascript")
        );
        assert_eq!(scheme("java\tscr\nipt\r:x").as_deref(), Some("javascript"));
        assert_eq!(scheme("svn+ssh://h/").as_deref(), Some("svn+ssh"));
        assert_eq!(scheme("/en/help/"), None);
        assert_eq!(scheme("../x.png"), None);
        assert_eq!(scheme("#top"), None);
        assert_eq!(scheme("//cdn.example/x"), None);
        assert_eq!(scheme(":x"), None);
        assert_eq!(scheme("1javascript:x"), None);
        // A space inside the scheme makes it a relative URL, harmless.
        assert_eq!(scheme("java script:x"), None);
        // Percent-encoding is not undone in a scheme: a relative URL too.
        assert_eq!(scheme("%6Aavascript:x"), None);
    }

    #[test]
    fn script_and_data_urls_are_refused_and_ordinary_ones_are_not() {
        for url in [
            "javascript:alert(1)",
            "JAVASCRIPT:alert(1)",
            "\u{0}javascript:alert(1)",
            "  vbscript:msgbox(1)",
            "data:text/html,<script>alert(1)</script>",
            "DATA:image/svg+xml;base64,PHN2Zz4=",
        ] {
            assert!(refused_scheme(url).is_some(), "{url:?}");
        }
        for url in [
            "https://stopstalkerware.org",
            "http://example.org",
            "mailto:help@example.org",
            "tel:+391522",
            "/en/help/",
            "help/",
            "#numbers",
            "@/get-help.md",
            "javascript-basics/",
            "data/figures.html",
        ] {
            assert_eq!(refused_scheme(url), None, "{url:?}");
        }
    }

    #[test]
    fn attribute_references_are_decoded_first() {
        for raw in [
            "jav&#x61;script:alert(1)",
            "jav&#97;script:alert(1)",
            "jav&#0000097script:alert(1)",
            "&#x20;javascript:alert(1)",
            "java&Tab;script&colon;alert(1)",
            "javascript&#58;alert(1)",
            "&#9;javascript:alert(1)",
        ] {
            assert_eq!(refused_in_attribute(raw), Some("javascript"), "{raw:?}");
        }
        assert_eq!(refused_in_attribute("/a?x=1&amp;y=2"), None);
        assert_eq!(refused_in_attribute("&unknown;javascript:x"), None);
        assert_eq!(
            decode_references("a&#x;b&#99999999999;c"),
            "a&#x;b\u{fffd}c"
        );
        assert_eq!(decode_references("&#0;"), "\u{fffd}");
    }

    #[test]
    fn control_characters_are_shown_escaped() {
        assert_eq!(shown("\u{1}java\tscript:x"), "\\u{1}java\\u{9}script:x");
    }
}
