//! Theme files (CSS, scripts, fonts, icons) published under `assets/` with a
//! content hash in their names, so browsers may cache them forever.

use std::collections::BTreeMap;

use crate::campaign::colours::Colours;
use crate::campaign::project::Layer;
use crate::diagnostics::Diagnostics;
use crate::output::staging::OutputFile;

/// Published theme files and the URL of each by its name in `static/`.
pub(crate) struct Statics {
    /// Files to write.
    pub files: Vec<OutputFile>,
    /// `style.css` → `/assets/style.1a2b3c4d5e.css`, and so on.
    pub urls: BTreeMap<String, String>,
}

impl Statics {
    /// URL of a theme file, or an empty string when the theme has none.
    pub(crate) fn url(&self, name: &str) -> String {
        self.urls.get(name).cloned().unwrap_or_default()
    }
}

/// Fingerprints the theme's `static/` files. Stylesheets get the campaign palette
/// as CSS custom properties and their `url(…)` references rewritten.
pub(crate) fn build(
    theme: Option<&Layer>,
    colours: &Colours,
    base_path: &str,
    diags: &mut Diagnostics,
) -> Statics {
    let mut statics = Statics {
        files: Vec::new(),
        urls: BTreeMap::new(),
    };
    let Some(theme) = theme else { return statics };
    // A theme without static/ is reported below, like one missing a file.
    let files = if theme.has_dir("static") {
        theme.files("static", diags)
    } else {
        Vec::new()
    };
    let (css, other): (Vec<_>, Vec<_>) = files.into_iter().partition(|f| f.name.ends_with(".css"));
    // Fonts and images first: stylesheets refer to them by their new names.
    for f in other {
        let name = f.name.trim_start_matches("static/").to_string();
        statics.add(&name, f.bytes.into_owned(), base_path);
    }
    for f in css {
        let name = f.name.trim_start_matches("static/").to_string();
        let text = String::from_utf8_lossy(&f.bytes);
        let rewritten = rewrite_urls(&text, &statics.urls);
        let full = format!("{}{}", palette_css(colours), rewritten);
        statics.add(&name, full.into_bytes(), base_path);
    }
    // Every page links these two; a theme without them would publish pages with
    // no styles and no keyboard quick exit.
    for required in ["style.css", "exit.js"] {
        if !statics.urls.contains_key(required) {
            let d = crate::diagnostics::Diagnostic::error(
                "theme.missing-file",
                format!("the theme has no static/{required}"),
            )
            .with_hint("copy it from themes/default/static/");
            // Point at where the file is expected, when the theme is on disk.
            diags.push(match theme {
                Layer::Disk { dir, .. } => d.in_file(dir.join("static").join(required)),
                Layer::Embedded(..) => d,
            });
        }
    }
    statics
}

impl Statics {
    fn add(&mut self, name: &str, bytes: Vec<u8>, base_path: &str) {
        let hash = blake3::hash(&bytes).to_hex();
        let (stem, ext) = name.rsplit_once('.').unwrap_or((name, ""));
        let path = format!("assets/{stem}.{}.{ext}", &hash[..10]);
        self.urls
            .insert(name.to_string(), format!("{base_path}{path}"));
        self.files.push(OutputFile::new(path, bytes));
    }
}

fn palette_css(c: &Colours) -> String {
    format!(
        ":root{{--primary:{};--on-primary:{};--background:{};--text:{};--accent:{};--on-accent:{}}}\n",
        c.primary, c.on_primary, c.background, c.text, c.accent, c.on_accent
    )
}

/// Replaces `url(name)` by the fingerprinted URL of `name` where one exists.
fn rewrite_urls(css: &str, urls: &BTreeMap<String, String>) -> String {
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(i) = rest.find("url(") {
        out.push_str(&rest[..i + 4]);
        rest = &rest[i + 4..];
        let end = rest.find(')').unwrap_or(rest.len());
        let raw = rest[..end].trim().trim_matches(['"', '\'']);
        let target = raw.trim_start_matches("./").trim_start_matches("../");
        match urls.get(target) {
            Some(u) => out.push_str(&format!("\"{u}\"")),
            None => out.push_str(&rest[..end]),
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn css_urls_point_at_fingerprinted_files() {
        let mut urls = BTreeMap::new();
        urls.insert(
            "fonts/a.woff2".to_string(),
            "/assets/fonts/a.123.woff2".to_string(),
        );
        let css =
            "@font-face{src:url(\"fonts/a.woff2\") format(\"woff2\")} b{background:url(x.png)}";
        let out = rewrite_urls(css, &urls);
        assert!(out.contains("url(\"/assets/fonts/a.123.woff2\")"));
        assert!(out.contains("url(x.png)"));
    }

    #[test]
    fn a_theme_without_static_files_is_an_error() {
        let theme = tempfile::tempdir().unwrap();
        let colour = || "#000000".to_string();
        let colours = Colours {
            primary: colour(),
            on_primary: colour(),
            background: colour(),
            text: colour(),
            accent: colour(),
            on_accent: colour(),
        };
        let mut diags = Diagnostics::new();
        let layer = Layer::disk(theme.path().to_path_buf());
        build(Some(&layer), &colours, "/", &mut diags);
        let messages: Vec<String> = diags.iter().map(|d| d.message.clone()).collect();
        assert_eq!(
            messages,
            [
                "the theme has no static/style.css",
                "the theme has no static/exit.js"
            ]
        );
    }
}
