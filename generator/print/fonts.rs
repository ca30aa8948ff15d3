//! The fonts of print assets: only those shipped in the theme's `fonts/`
//! folder (and the campaign's own `fonts/`, if any), never the system's.
//! Their coverage is checked before rendering, so that a character no font has
//! is an error naming the string, not a blank box on a printed poster.

use std::path::PathBuf;

use typst::foundations::Bytes;
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;

use crate::campaign::project::Layer;
use crate::diagnostics::{Diagnostic, Diagnostics};

/// The fonts every print template may use.
pub(super) struct FontSet {
    /// Typst's index of the fonts.
    pub book: LazyHash<FontBook>,
    /// The fonts, in book order.
    pub fonts: Vec<Font>,
    /// Families, in file-name order (for messages).
    pub families: Vec<String>,
    /// Hash of every font file, for the render cache.
    pub hash: String,
}

impl FontSet {
    /// Loads every `.ttf`, `.otf`, `.ttc` and `.otc` file under `fonts/` of the
    /// given layers. Reports an error when there is none.
    pub(super) fn load(layers: &[Layer], diags: &mut Diagnostics) -> FontSet {
        let mut fonts = Vec::new();
        let mut hasher = blake3::Hasher::new();
        let mut origins: Vec<PathBuf> = Vec::new();
        for layer in layers {
            if !layer.has_dir("fonts") {
                continue;
            }
            for file in layer.files("fonts", diags) {
                let lower = file.name.to_ascii_lowercase();
                if ![".ttf", ".otf", ".ttc", ".otc"]
                    .iter()
                    .any(|e| lower.ends_with(e))
                {
                    continue;
                }
                hasher.update(file.name.as_bytes());
                hasher.update(&file.bytes);
                let before = fonts.len();
                fonts.extend(Font::iter(Bytes::new(file.bytes.into_owned())));
                if fonts.len() == before {
                    diags.push(
                        Diagnostic::error("print.font", "this font file cannot be read")
                            .in_file(&file.display)
                            .with_hint("use a TrueType or OpenType font (.ttf, .otf)"),
                    );
                }
                origins.push(file.display);
            }
        }
        if fonts.is_empty() {
            diags.push(
                Diagnostic::error("print.no-fonts", "the theme has no fonts for print assets")
                    .with_hint(
                        "put .ttf files in themes/<theme>/fonts/, as themes/default/fonts/ does",
                    ),
            );
        }
        let mut families: Vec<String> = fonts.iter().map(|f| f.info().family.clone()).collect();
        families.dedup();
        FontSet {
            book: LazyHash::new(FontBook::from_fonts(&fonts)),
            fonts,
            families,
            hash: hasher.finalize().to_hex().to_string(),
        }
    }

    /// True when some font has a glyph for `c`, or `c` needs none.
    pub(super) fn covers(&self, c: char) -> bool {
        needs_no_glyph(c)
            || self
                .fonts
                .iter()
                .any(|f| f.info().coverage.contains(c as u32))
    }

    /// The characters of `text` that no font covers, each once, in order.
    pub(super) fn missing(&self, text: &str) -> Vec<char> {
        let mut out: Vec<char> = Vec::new();
        for c in text.chars() {
            if !self.covers(c) && !out.contains(&c) {
                out.push(c);
            }
        }
        out
    }
}

/// Spaces, controls and invisible formatting characters (joiners, direction
/// marks, soft hyphen…) are laid out without a glyph of their own.
fn needs_no_glyph(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || matches!(c, '\u{00AD}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{206F}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}')
}

/// Describes characters for an error message: `"ʻ" (U+02BB)`.
pub(super) fn describe(chars: &[char]) -> String {
    chars
        .iter()
        .map(|c| format!("\"{c}\" (U+{:04X})", *c as u32))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The default theme's fonts, read from this checkout, for tests that lay
/// out a page.
#[cfg(test)]
pub(super) fn theme_fonts() -> std::sync::Arc<FontSet> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default/fonts");
    let mut names: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("the theme's fonts")
        .map(|e| e.expect("a font file").path())
        .filter(|p| p.extension().is_some_and(|x| x == "ttf"))
        .collect();
    names.sort();
    let fonts: Vec<Font> = names
        .iter()
        .flat_map(|p| Font::iter(Bytes::new(std::fs::read(p).expect("a font"))))
        .collect();
    std::sync::Arc::new(FontSet {
        book: LazyHash::new(FontBook::from_fonts(&fonts)),
        families: Vec::new(),
        fonts,
        hash: String::new(),
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn invisible_characters_need_no_glyph() {
        assert!(super::needs_no_glyph('\u{200D}'));
        assert!(super::needs_no_glyph(' '));
        assert!(!super::needs_no_glyph('a'));
        assert_eq!(super::describe(&['ß']), "\"ß\" (U+00DF)");
    }
}
