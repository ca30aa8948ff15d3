//! Typography of the words visitors and print readers see: one set of rules,
//! applied where the site and the print assets render text (docs/typography.md).
//!
//! - **Quotes and dashes** in plain text (front matter titles and
//!   descriptions, names from campaign.yaml, Fluent strings) are made curly
//!   the way pulldown-cmark's smart punctuation makes them in page bodies, so
//!   that a title and its page agree: `l'aide` → `l’aide`, `"x"` → `“x”`,
//!   `--` → `–`, `---` → `—`, `...` → `…`.
//! - **Number ranges** stay on one line: a word joiner (U+2060, invisible)
//!   after the dash of `2014–2020`; a dash between words (` – `) is glued to
//!   the word before it, so that no line starts with it. The print templates'
//!   `glue` (templates/print/faro.typ) keeps the same rules.
//! - **French spacing**: a narrow no-break space (U+202F) before `;`, `!`,
//!   `?` and inside `« »`, a no-break space (U+00A0) before `:` — whatever
//!   space the author typed there (none, a space, either no-break space).
//!
//! Code (Markdown code spans and blocks), URLs and slugs never pass through
//! these rules.

use std::borrow::Cow;

/// Word joiner: no line break on either side, nothing shown.
const WORD_JOINER: char = '\u{2060}';
/// No-break space: before a French colon, and before a dash between words.
const NO_BREAK_SPACE: char = '\u{a0}';
/// Narrow no-break space: before a French `;`, `!`, `?`, inside `« »`.
const NARROW_NO_BREAK_SPACE: char = '\u{202f}';

/// A plain text (a title, a description, a name, a Fluent string) in the
/// language `lang`, typeset: quotes and dashes as in page bodies, then
/// [`finish`].
pub(crate) fn plain<'t>(text: &'t str, lang: &str) -> Cow<'t, str> {
    if !may_change_punctuation(text) {
        return finish(text, lang);
    }
    let punctuated = smart_punctuation(text);
    match finish(&punctuated, lang) {
        Cow::Borrowed(_) if punctuated == text => Cow::Borrowed(text),
        finished => Cow::Owned(finished.into_owned()),
    }
}

/// True when [`smart_punctuation`] may change `text`: it has a quote, or a
/// run of hyphens or dots long enough to become a dash or an ellipsis (one
/// hyphen or dot stays as it is). Most strings have none, and the check is
/// much cheaper than the rewrite (which the build did for every string with a
/// dot or a hyphen).
fn may_change_punctuation(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr2(b'\'', b'"', bytes).is_some()
        || memchr::memmem::find(bytes, b"--").is_some()
        || memchr::memmem::find(bytes, b"...").is_some()
}

/// A text whose quotes are already typeset (a run of a Markdown body, which
/// pulldown-cmark's smart punctuation has been through), with the spacing
/// rules applied: ranges and dashes glued, French spacing.
pub(crate) fn finish<'t>(text: &'t str, lang: &str) -> Cow<'t, str> {
    let french = is_french(lang);
    if !(has_dash(text) || french && has_french_mark(text)) {
        return Cow::Borrowed(text);
    }
    let glued = glue_dashes(text);
    if french {
        Cow::Owned(french_spacing(&glued))
    } else {
        Cow::Owned(glued)
    }
}

/// True when `text` has an en or em dash (U+2013, U+2014: the bytes E2 80
/// 93 and E2 80 94), found by bytes: every run of every page's Markdown is
/// asked, and a search char by char showed in the build profile.
fn has_dash(text: &str) -> bool {
    let bytes = text.as_bytes();
    // memchr rather than memmem: a substring searcher set up for every
    // text run cost more than the search itself.
    memchr::memchr_iter(0xE2, bytes)
        .any(|i| bytes.get(i + 1) == Some(&0x80) && matches!(bytes.get(i + 2), Some(0x93 | 0x94)))
}

/// True when `text` has a mark French spaces: `;`, `!`, `?`, `:`, `«`
/// (C2 AB) or `»` (C2 BB).
fn has_french_mark(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr3(b';', b'!', b'?', bytes).is_some()
        || memchr::memchr(b':', bytes).is_some()
        || memchr::memchr_iter(0xC2, bytes).any(|i| matches!(bytes.get(i + 1), Some(0xAB | 0xBB)))
}

/// The languages that write a language's name in lower case inside a
/// sentence (`en français`, `in italiano`, `på svenska`): those whose CLDR
/// display name for themselves is lower case (CLDR 46, through Babel).
const LOWER_CASE_LANGUAGE_NAMES: [&str; 21] = [
    "bg", "cs", "da", "es", "et", "fi", "fr", "hr", "hu", "it", "lt", "lv", "pl", "pt", "ro", "ru",
    "sk", "sl", "sq", "sv", "uk",
];

/// `name`, the name of the language `lang` in itself as a menu shows it
/// (`Français`), as a sentence in that language writes it (`français`).
pub(crate) fn language_name_in_text(name: &str, lang: &str) -> String {
    let language = lang
        .split(['-', '_'])
        .next()
        .unwrap_or(lang)
        .to_ascii_lowercase();
    if !LOWER_CASE_LANGUAGE_NAMES.contains(&language.as_str()) {
        return name.to_string();
    }
    let mut chars = name.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// What joins a label to what it names (`Call 1522: Helpline`) in `lang`:
/// `: `, with a no-break space before the colon in French (the rule
/// [`finish`] applies to typed text). For templates that join two strings.
pub(crate) fn colon(lang: &str) -> &'static str {
    if is_french(lang) {
        "\u{a0}: "
    } else {
        ": "
    }
}

/// Languages written in the Arabic script (by default): their comma is `،`.
const ARABIC_SCRIPT_LANGUAGES: [&str; 8] = ["ar", "fa", "ur", "ps", "ckb", "sd", "ug", "ks"];

/// What separates the items of a short list (`PDF, 1.4 MB`) in `lang`: the
/// Arabic comma `، ` in languages written in the Arabic script, the
/// ideographic commas in Chinese (`，`) and Japanese (`、`), else `, `.
pub(crate) fn comma(lang: &str) -> &'static str {
    let mut subtags = lang.split(['-', '_']);
    let language = subtags.next().unwrap_or_default().to_ascii_lowercase();
    let arabic_script = subtags.any(|s| s.eq_ignore_ascii_case("arab"));
    match language.as_str() {
        "zh" => "，",
        "ja" => "、",
        l if arabic_script || ARABIC_SCRIPT_LANGUAGES.contains(&l) => "، ",
        _ => ", ",
    }
}

/// True for French in any of its regional forms (`fr`, `fr-CA`, …).
fn is_french(lang: &str) -> bool {
    lang.split(['-', '_'])
        .next()
        .is_some_and(|l| l.eq_ignore_ascii_case("fr"))
}

/// A number range keeps together (`2014–⁠2020`); a dash between words keeps
/// with the word before it (`mot – mot`).
fn glue_dashes(text: &str) -> String {
    // Only the bytes around each dash matter: the text between is copied
    // whole (it was collected into a `Vec<char>` and pushed char by char,
    // which showed in the build profile). A dash is the bytes E2 80 93 (en)
    // or E2 80 94 (em); an ASCII byte next to one is a whole character.
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len() + 8);
    let mut from = 0;
    for at in memchr::memchr_iter(0xE2, bytes) {
        if bytes.get(at + 1) != Some(&0x80) || !matches!(bytes.get(at + 2), Some(0x93 | 0x94)) {
            continue;
        }
        let before = at.checked_sub(1).map(|b| bytes[b]);
        let after = &text[at + 3..];
        // A space, the dash, then whitespace: the space keeps to the word before.
        if before == Some(b' ') && after.chars().next().is_some_and(char::is_whitespace) {
            out.push_str(&text[from..at - 1]);
            out.push(NO_BREAK_SPACE);
            from = at;
        }
        // A digit, the en dash, a digit: no break after the dash.
        let digit_after = after.as_bytes().first().is_some_and(u8::is_ascii_digit);
        if bytes[at + 2] == 0x93 && before.is_some_and(|b| b.is_ascii_digit()) && digit_after {
            out.push_str(&text[from..at + 3]);
            out.push(WORD_JOINER);
            from = at + 3;
        }
    }
    out.push_str(&text[from..]);
    out
}

/// French spacing: the space before `;`, `!`, `?` (narrow) and `:` (full) and
/// inside guillemets is a no-break space, added where none was typed. A mark
/// without a space gets one only where it ends a word (followed by a space or
/// the end), so that `12:30`, `https://` and `?page=2` stay as written.
fn french_spacing(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 8);
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '«' {
            out.push(c);
            let typed = chars[i + 1..]
                .iter()
                .take_while(|c| c.is_whitespace())
                .count();
            i += 1 + typed;
            if i < chars.len() {
                out.push(NARROW_NO_BREAK_SPACE);
            }
            continue;
        }
        if let Some(wanted) = space_before(c) {
            let kept = out.trim_end_matches(char::is_whitespace).len();
            let after = chars.get(i + 1).copied();
            let word_before = out.chars().next_back().is_some_and(ends_a_word);
            let mark_ends_word =
                c == '»' || after.is_none_or(|a| a.is_whitespace() || is_closing(a));
            if kept < out.len() {
                out.truncate(kept);
                out.push(wanted);
            } else if word_before && mark_ends_word {
                out.push(wanted);
            }
        }
        out.push(c);
        i += 1;
    }
    out
}

/// The space French puts before `c`, if any.
fn space_before(c: char) -> Option<char> {
    match c {
        ';' | '!' | '?' | '»' => Some(NARROW_NO_BREAK_SPACE),
        ':' => Some(NO_BREAK_SPACE),
        _ => None,
    }
}

/// A character a word ends with: a letter, a digit, or a closing bracket or quote.
fn ends_a_word(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, ')' | ']' | '’' | '”' | '»')
}

/// Closing punctuation that may follow a French mark (`?»`, `!)`).
fn is_closing(c: char) -> bool {
    matches!(
        c,
        ')' | ']' | '»' | '”' | '’' | '!' | '?' | '.' | ',' | ';' | ':'
    )
}

/// Curly quotes, dashes and ellipses in a plain text, by pulldown-cmark's
/// rules for smart punctuation (the Markdown bodies' rules): a `'` is `’`
/// unless it opens a quotation closed later (`‘…’`); a `"` opens (`“`) or
/// closes (`”`) by the characters around it.
fn smart_punctuation(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out: Vec<char> = Vec::with_capacity(chars.len());
    let mut single_open: Option<usize> = None;
    let mut double_open = false;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let before = i.checked_sub(1).map(|p| chars[p]);
        let after = chars.get(i + 1).copied();
        match c {
            '\'' => {
                if let (Some(at), true) = (single_open, can_close(before, after)) {
                    out[at] = '‘';
                    single_open = None;
                } else if can_open(before, after, c) {
                    single_open = Some(out.len());
                }
                out.push('’');
            }
            '"' => {
                if double_open && can_close(before, after) {
                    double_open = false;
                    out.push('”');
                } else {
                    double_open |= can_open(before, after, c);
                    out.push('“');
                }
            }
            '-' => {
                let run = chars[i..].iter().take_while(|&&c| c == '-').count();
                out.extend(dashes(run));
                i += run;
                continue;
            }
            '.' if chars[i..].starts_with(&['.', '.', '.']) => {
                out.push('…');
                i += 3;
                continue;
            }
            _ => out.push(c),
        }
        i += 1;
    }
    out.into_iter().collect()
}

/// A run of `n` hyphens as pulldown-cmark writes it: one stays a hyphen,
/// two are an en dash, three an em dash, longer runs a mix.
fn dashes(n: usize) -> Vec<char> {
    let (em, en) = match n {
        1 => return vec!['-'],
        n if n % 3 == 0 => (n / 3, 0),
        n if n % 2 == 0 => (0, n / 2),
        n if n % 3 == 2 => (n / 3, 1),
        n => ((n - 4) / 3, 2),
    };
    let mut out = vec!['—'; em];
    out.extend(std::iter::repeat_n('–', en));
    out
}

/// CommonMark's "left-flanking" test for a quote, as pulldown-cmark applies it.
fn can_open(before: Option<char>, after: Option<char>, quote: char) -> bool {
    let Some(after) = after else { return false };
    if after.is_whitespace() {
        return false;
    }
    match before {
        None => true,
        Some(b) => {
            b.is_whitespace() || is_punctuation(b) && (quote != '\'' || ![']', ')'].contains(&b))
        }
    }
}

/// CommonMark's "right-flanking" test for a quote, as pulldown-cmark applies it.
fn can_close(before: Option<char>, after: Option<char>) -> bool {
    match (before, after) {
        (None, _) => false,
        (Some(b), _) if b.is_whitespace() => false,
        (_, None) => true,
        (_, Some(a)) => a.is_whitespace() || is_punctuation(a),
    }
}

/// Punctuation in CommonMark's sense: ASCII punctuation, or any character
/// that is neither a letter, a digit nor white space.
fn is_punctuation(c: char) -> bool {
    c.is_ascii_punctuation() || !(c.is_alphanumeric() || c.is_whitespace())
}

#[cfg(test)]
mod tests;
