//! Text that a visitor copies to paste somewhere else: the suggested post
//! text and alt text under each share image on the Materials page
//! (partials/material.html). Shown, it keeps the site's typography (a range
//! or a glued phrase on one line, an address broken only between its
//! parts); copied, it is plain text. The glue characters that
//! [`typography`](super::typography) and translators put in strings (a word
//! joiner in `2014–2020`, no-break spaces in `rund um die Uhr`) went into a
//! post or an alt text field as they are (review 18b P2): they are replaced
//! here by markup, which a copy leaves behind.

/// Class of a span set on one line (`white-space: nowrap` in the theme):
/// what the glue held together, with plain spaces.
const GLUED: &str = "glued";

/// Shown as a space and copied as one: no-break, narrow no-break and figure
/// spaces.
fn is_glue_space(c: char) -> bool {
    matches!(c, '\u{a0}' | '\u{202f}' | '\u{2007}')
}

/// Shown as nothing: word joiner, zero-width no-break space and soft hyphen
/// (the only line-break hints a copy keeps and a post does not need).
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{2060}' | '\u{feff}' | '\u{ad}')
}

/// The private-use marks of a string in another language
/// ([`fallback_lang`](super::fallback_lang)): a glued span never holds one,
/// so that the language's span it becomes nests properly.
fn is_mark(c: char) -> bool {
    matches!(c, '\u{e000}'..='\u{e002}')
}

/// `html` (text, escaped) with no glue character left: each run of text
/// between plain spaces (and marks) that had glue is a `glued` span with
/// plain spaces; invisible characters are dropped.
pub(crate) fn copyable(html: &str) -> String {
    if !html.chars().any(|c| is_glue_space(c) || is_invisible(c)) {
        return html.to_string();
    }
    let mut out = String::with_capacity(html.len() + 32);
    let mut run = String::new();
    let mut glued = false;
    let flush = |out: &mut String, run: &mut String, glued: &mut bool| {
        if *glued {
            out.push_str(&format!("<span class=\"{GLUED}\">{run}</span>"));
        } else {
            out.push_str(run);
        }
        run.clear();
        *glued = false;
    };
    for c in html.chars() {
        if c.is_ascii_whitespace() || is_mark(c) {
            flush(&mut out, &mut run, &mut glued);
            out.push(c);
        } else if is_glue_space(c) {
            run.push(' ');
            glued = true;
        } else if c == '\u{ad}' {
            // A break hint only: dropped without gluing its word.
        } else if is_invisible(c) {
            glued = true;
        } else {
            run.push(c);
        }
    }
    flush(&mut out, &mut run, &mut glued);
    out
}

/// `html`, an address (escaped), with a line-break chance (`<wbr>`, which a
/// copy leaves out) only between its parts: after a `/` (not between the two
/// of `//`), before a `.` or a `-`. Left to itself the browser broke the
/// host name anywhere ("destalk.regione.v" / "eneto.it", review 18b P1).
/// None at either end, so that no line holds a lone `/`.
pub(crate) fn url_breaks(html: &str) -> String {
    let chars: Vec<char> = html.chars().collect();
    let mut out = String::with_capacity(html.len() + 64);
    for (i, &c) in chars.iter().enumerate() {
        let inside = i > 0 && i + 1 < chars.len();
        if inside && matches!(c, '.' | '-') && chars[i - 1] != '/' {
            out.push_str("<wbr>");
        }
        out.push(c);
        if inside && c == '/' && chars[i + 1] != '/' {
            out.push_str("<wbr>");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glue_becomes_a_span_with_plain_spaces() {
        assert_eq!(
            copyable("Rufen Sie an: kostenlos, rund\u{a0}um\u{a0}die\u{a0}Uhr"),
            "Rufen Sie an: kostenlos, <span class=\"glued\">rund um die Uhr</span>"
        );
        assert_eq!(
            copyable("programma 2014–\u{2060}2020 dell’Unione"),
            "programma <span class=\"glued\">2014–2020</span> dell’Unione"
        );
        assert_eq!(
            copyable("erkennen\u{a0}– sicher"),
            "<span class=\"glued\">erkennen –</span> sicher"
        );
        // A soft hyphen goes, and glues nothing.
        assert_eq!(copyable("Stalker\u{ad}ware"), "Stalkerware");
        assert_eq!(copyable("plain &amp; simple"), "plain &amp; simple");
    }

    #[test]
    fn a_glued_span_stops_at_a_language_mark() {
        let marked = "\u{e000}it\u{e001}2014–\u{2060}2020\u{e002} x";
        assert_eq!(
            copyable(marked),
            "\u{e000}it\u{e001}<span class=\"glued\">2014–2020</span>\u{e002} x"
        );
    }

    #[test]
    fn an_address_breaks_only_between_its_parts() {
        assert_eq!(
            url_breaks("https://stop-it.example.org/it/"),
            "https://<wbr>stop<wbr>-it<wbr>.example<wbr>.org/<wbr>it/"
        );
    }
}
