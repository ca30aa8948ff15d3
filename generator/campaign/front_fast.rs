//! A fast reader for the front matter almost every page has: one
//! `key: "value"` (or `weight: 12`, `untranslated: true`, `review: machine`)
//! per line, each a known field once. Anything else (comments, blank lines,
//! plain or single-quoted strings, escapes, block values, unknown or repeated
//! keys, a missing title) is left to serde_saphyr, so every error is still
//! its located error. YAML parsing was about 6 % of a large build's CPU
//! (benches/RESULTS.md, tenth session).
//!
//! In debug builds (so in every test) each front matter read here is also
//! read by serde_saphyr and the two must agree: every value, and the line and
//! column of every located one.

use serde_saphyr::{Location, Spanned};

use crate::campaign::content::{FrontMatter, Review};
use crate::campaign::yaml::Located;

/// The front matter in `front` (the text between the `---` lines), when it
/// is written in the simple form; `None` for anything else.
pub(crate) fn read(front: &str) -> Option<FrontMatter> {
    let mut fields = Fields::default();
    for (index, line) in front.split_inclusive('\n').enumerate() {
        let line = line.strip_suffix('\n').unwrap_or(line);
        let (key, value) = line.split_once(": ")?;
        fields.set(key, value, index + 1)?;
    }
    fields.finish()
}

/// The fields seen so far.
#[derive(Default)]
struct Fields {
    title: Option<String>,
    description: Option<String>,
    slug: Option<Located>,
    weight: Option<i64>,
    nav_title: Option<String>,
    key: Option<Located>,
    template: Option<Located>,
    translated_from: Option<String>,
    untranslated: Option<bool>,
    review: Option<Review>,
}

impl Fields {
    /// Sets `key` from `value`, written on `line` (1-based, in the front
    /// matter); `None` when the line is not of the simple form or the key
    /// was set already.
    fn set(&mut self, key: &str, value: &str, line: usize) -> Option<()> {
        // The value starts after `key: `; keys are ASCII, so this is also
        // its column in characters.
        let column = key.len() + 3;
        let located = || -> Option<Located> {
            let text = quoted(value)?;
            Some(Spanned::new(text, at(line, column)?, at(line, column)?))
        };
        match key {
            "title" => fill(&mut self.title, quoted(value)),
            "description" => fill(&mut self.description, quoted(value)),
            "nav_title" => fill(&mut self.nav_title, quoted(value)),
            "translated_from" => fill(&mut self.translated_from, quoted(value)),
            "slug" => fill(&mut self.slug, located()),
            "key" => fill(&mut self.key, located()),
            "template" => fill(&mut self.template, located()),
            "weight" => fill(&mut self.weight, integer(value)),
            "untranslated" => fill(&mut self.untranslated, boolean(value)),
            "review" => fill(&mut self.review, Review::from_name(value)),
            _ => None,
        }
    }

    fn finish(self) -> Option<FrontMatter> {
        Some(FrontMatter {
            title: self.title?,
            description: self.description,
            slug: self.slug,
            weight: self.weight.unwrap_or(0),
            nav_title: self.nav_title,
            key: self.key,
            template: self.template,
            translated_from: self.translated_from,
            untranslated: self.untranslated.unwrap_or(false),
            review: self.review,
        })
    }
}

/// Puts `value` into an empty `slot`; `None` when there is no value or the
/// slot was filled already (a repeated key, which serde_saphyr reports).
fn fill<T>(slot: &mut Option<T>, value: Option<T>) -> Option<()> {
    if slot.is_some() {
        return None;
    }
    *slot = Some(value?);
    Some(())
}

/// The text of a double-quoted value without escapes, quotes, control
/// characters or Unicode line breaks inside; `None` for an empty one and for
/// anything else.
fn quoted(value: &str) -> Option<String> {
    let inner = value.strip_prefix('"')?.strip_suffix('"')?;
    let special = |c: char| {
        matches!(
            c,
            '"' | '\\' | '\u{7f}' | '\u{85}' | '\u{2028}' | '\u{2029}' | '\u{feff}'
        ) || c < ' '
    };
    let plain = !inner.is_empty() && !inner.contains(special);
    plain.then(|| inner.to_string())
}

/// A decimal integer written plainly (`0`, `12`, `-3`: no sign `+`, no
/// leading zero, no separators).
fn integer(value: &str) -> Option<i64> {
    let digits = value.strip_prefix('-').unwrap_or(value);
    let plain = !digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit())
        && (digits == "0" || !digits.starts_with('0'));
    plain.then(|| value.parse().ok()).flatten()
}

fn boolean(value: &str) -> Option<bool> {
    match value {
        "true" => Some(true),
        "false" => Some(false),
        _ => None,
    }
}

/// A location at `line` and `column` (1-based). serde_saphyr makes its
/// locations itself; this one is read back through its `Deserialize`, with
/// no span. Nothing reads a located value's span: diagnostics take its line
/// and column (`yaml::position`, moved by the lines before the front
/// matter) and the caret's length from the file (`yaml::written_length`).
fn at(line: usize, column: usize) -> Option<Location> {
    use serde::de::value::{Error, MapDeserializer};
    use serde::Deserialize;
    let fields = [("line", line as u64), ("column", column as u64)];
    Location::deserialize(MapDeserializer::<_, Error>::new(fields.into_iter())).ok()
}

/// In debug builds: `fast` (read here) and `saphyr` (serde_saphyr's reading
/// of the same text) agree on every value and every located value's line
/// and column.
#[cfg(debug_assertions)]
pub(crate) fn assert_same(fast: &FrontMatter, saphyr: &FrontMatter, front: &str) {
    let shown = |f: &FrontMatter| {
        let place = |l: &Option<Located>| {
            l.as_ref().map(|l| {
                let at = (l.referenced.line(), l.referenced.column());
                (l.value.clone(), at, l.defined.line(), l.defined.column())
            })
        };
        format!(
            "{:?} {:?} {:?} {} {:?} {:?} {:?} {:?} {} {:?}",
            f.title,
            f.description,
            place(&f.slug),
            f.weight,
            f.nav_title,
            place(&f.key),
            place(&f.template),
            f.translated_from,
            f.untranslated,
            f.review
        )
    };
    assert_eq!(
        shown(fast),
        shown(saphyr),
        "front matter read differently by the fast reader:\n{front}"
    );
}

#[cfg(test)]
mod tests {
    use super::read;

    #[test]
    fn reads_the_simple_form() {
        let front = "title: \"Pagina è\"\ndescription: \"Una: due\"\nweight: -3\nslug: \"pagina\"\nuntranslated: true\nreview: machine\n";
        let f = read(front).unwrap();
        assert_eq!(f.title, "Pagina è");
        assert_eq!(f.description.as_deref(), Some("Una: due"));
        assert_eq!(f.weight, -3);
        let slug = f.slug.unwrap();
        assert_eq!(slug.value, "pagina");
        assert_eq!((slug.referenced.line(), slug.referenced.column()), (4, 7));
        assert!(f.untranslated);
        assert_eq!(f.review, Some(super::Review::Machine));
    }

    #[test]
    fn leaves_everything_else_to_saphyr() {
        for front in [
            "title: Plain\n",
            "title: 'single'\n",
            "title: \"a \\\"b\\\"\"\n",
            "title: \"\"\n",
            "title: \"x\"\ntitle: \"y\"\n",
            "title: \"x\"\n\nweight: 1\n",
            "title: \"x\" # comment\n",
            "title: \"x\"\nweight: 07\n",
            "title: \"x\"\nweight: +7\n",
            "title: \"x\"\nweight: 99999999999999999999\n",
            "title: \"x\"\nuntranslated: yes\n",
            "title: \"x\"\nreview: Machine\n",
            "title: \"x\"\ntitel: \"y\"\n",
            "description: \"no title\"\n",
            "title: \"x\"\r\n",
            "title:  \"x\"\n",
            "title: \"x\" \n",
            " title: \"x\"\n",
        ] {
            assert!(read(front).is_none(), "{front:?}");
        }
    }
}
