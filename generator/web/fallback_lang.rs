//! Language of parts (WCAG 3.1.2): a string that `t()` had to take from the
//! default locale is in another language than its page, and screen readers
//! must read it in that language. `t()` wraps such a string in private-use
//! markers with its language; after rendering, [`mark`] turns each marked
//! string in text into `<span lang="…">` (with `dir` when the direction differs
//! from the page's) and simply unwraps it inside tags (attribute values) and in
//! elements that hold only text (`<title>`, `<textarea>`, `<option>`).

/// Starts a marked string; the language follows, up to [`TEXT`].
const START: char = '\u{E000}';
/// Ends the language and starts the string.
const TEXT: char = '\u{E001}';
/// Ends the marked string.
const END: char = '\u{E002}';

/// `text`, marked as being in `lang`. Parts of `text` already marked with
/// another language (a language's name in itself, given to a string as an
/// argument) keep their own mark: the runs between them are marked with
/// `lang`, so that marks never nest.
pub(crate) fn wrap(lang: &str, text: &str) -> String {
    if !text.contains(START) {
        return format!("{START}{lang}{TEXT}{text}{END}");
    }
    let mut out = String::with_capacity(text.len() + 16);
    let mut rest = text;
    while let Some(at) = rest.find(START) {
        if at > 0 {
            out.push_str(&format!("{START}{lang}{TEXT}{}{END}", &rest[..at]));
        }
        let end = rest[at..]
            .find(END)
            .map_or(rest.len(), |e| at + e + END.len_utf8());
        out.push_str(&rest[at..end]);
        rest = &rest[end..];
    }
    if !rest.is_empty() {
        out.push_str(&format!("{START}{lang}{TEXT}{rest}{END}"));
    }
    out
}

/// True when `text` is one marked string and nothing else (such as a
/// language's name marked with its language): `t()` keeps such an argument's
/// mark, and strips the marks of any other.
pub(crate) fn is_one_marked(text: &str) -> bool {
    text.starts_with(START)
        && text.ends_with(END)
        && text.matches(START).count() == 1
        && text.matches(END).count() == 1
}

/// `text` without its markers (for a marked string used inside another one).
pub(crate) fn plain(text: &str) -> String {
    if !text.contains(START) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(START) {
        out.push_str(&rest[..at]);
        let marked = &rest[at + START.len_utf8()..];
        rest = marked.split_once(TEXT).map_or(marked, |(_, t)| t);
    }
    out.push_str(rest);
    out.replace(END, "")
}

/// True when `html` holds a [`START`] mark. Searched as its three bytes:
/// `contains(START)` looks for its last byte, 0x80, which most curly quotes
/// and dashes of a page also end with, so it stopped at nearly every one.
fn has_start(html: &str) -> bool {
    static FINDER: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new("\u{E000}".as_bytes()));
    FINDER.find(html.as_bytes()).is_some()
}

/// The page with each marked string made into a `lang` span, or unwrapped
/// where markup cannot go. `page_dir` is the page's direction.
pub(crate) fn mark(html: String, page_dir: &str) -> String {
    if !has_start(&html) {
        return html;
    }
    let mut out = String::with_capacity(html.len() + 64);
    let mut in_tag = false;
    let mut text_only = false;
    let mut rest = html.as_str();
    while let Some(c) = rest.chars().next() {
        match c {
            '<' => {
                in_tag = true;
                let name = rest[1..].trim_start_matches('/');
                let text_element = ["title", "textarea", "option"].iter().any(|t| {
                    name.get(..t.len())
                        .is_some_and(|n| n.eq_ignore_ascii_case(t))
                });
                if text_element {
                    text_only = !rest[1..].starts_with('/');
                }
            }
            '>' => in_tag = false,
            START => {
                let marked = &rest[START.len_utf8()..];
                let (lang, after) = marked.split_once(TEXT).unwrap_or(("", marked));
                let (text, after) = after.split_once(END).unwrap_or((after, ""));
                if in_tag || text_only || lang.is_empty() {
                    out.push_str(text);
                } else {
                    let dir = crate::campaign::i18n::direction(lang);
                    out.push_str(&format!("<span lang=\"{lang}\""));
                    if dir != page_dir {
                        out.push_str(&format!(" dir=\"{dir}\""));
                    }
                    out.push('>');
                    out.push_str(text);
                    out.push_str("</span>");
                }
                rest = after;
                continue;
            }
            _ => {}
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marked_text_gets_its_language_and_attributes_and_titles_stay_plain() {
        let name = wrap("it", "Campagna di prova");
        let html = format!(
            "<title>{name} · x</title><a title=\"{name}\" href=\"/\">{name}</a><p>{}</p>",
            wrap("ar", "نص")
        );
        assert_eq!(
            mark(html, "ltr"),
            "<title>Campagna di prova · x</title><a title=\"Campagna di prova\" href=\"/\">\
             <span lang=\"it\">Campagna di prova</span></a><p><span lang=\"ar\" dir=\"rtl\">نص</span></p>"
        );
    }

    #[test]
    fn plain_drops_the_markers_and_the_language() {
        let inner = wrap("it", "Locandina");
        assert_eq!(
            plain(&format!("Preview of {inner}")),
            "Preview of Locandina"
        );
    }

    #[test]
    fn a_marked_argument_keeps_its_language_inside_a_marked_string() {
        let name = wrap("it", "Italiano");
        assert!(is_one_marked(&name));
        assert!(!is_one_marked(&format!("({name})")));
        let banner = wrap("en", &format!("Below is the original ({name})."));
        assert_eq!(
            mark(format!("<p>{banner}</p>"), "ltr"),
            "<p><span lang=\"en\">Below is the original (</span><span lang=\"it\">Italiano</span>\
             <span lang=\"en\">).</span></p>"
        );
        assert_eq!(plain(&banner), "Below is the original (Italiano).");
    }

    #[test]
    fn pages_without_markers_are_left_as_they_are() {
        let html = "<p>plain</p>".to_string();
        assert_eq!(mark(html.clone(), "ltr"), html);
    }
}
