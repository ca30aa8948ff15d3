//! Content pages: `content/<lang>/**/*.md` with YAML front matter.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::Deserialize;

use crate::campaign::yaml::{position, yaml_error, Located};
use crate::diagnostics::{key_lines, position_of, Diagnostic, Diagnostics, Position, SourceText};
use crate::untrusted::confine::{SafeRelPath, Unsafe};
use crate::untrusted::files;

/// Front matter of a page.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FrontMatter {
    /// Page title (the `<h1>` and `<title>`).
    pub title: String,
    /// One or two sentences for search engines and link previews.
    #[serde(default)]
    pub description: Option<String>,
    /// URL segment in this language; defaults to the file name.
    #[serde(default)]
    pub slug: Option<Located>,
    /// Order in the sitemap and the guidelines booklet (smaller first); menus
    /// follow `navigation` in campaign.yaml.
    #[serde(default)]
    pub weight: i64,
    /// Short menu label.
    #[serde(default)]
    pub nav_title: Option<String>,
    /// Translation key, when file names differ between languages.
    #[serde(default)]
    pub key: Option<Located>,
    /// Template name, such as `page.html`.
    #[serde(default)]
    pub template: Option<Located>,
    /// Hash of the default-locale source this translation was made from.
    #[serde(default)]
    pub translated_from: Option<String>,
    /// A copy of the default-locale page waiting for its translation: built as
    /// a fallback page (original text under a banner) and reported as missing.
    #[serde(default)]
    pub untranslated: bool,
    /// How far this translation has been checked (`machine`, `volunteer`,
    /// `reviewed`); absent on originals and on translations made before
    /// review status existed.
    #[serde(default)]
    pub review: Option<Review>,
}

/// How a translation was made and whether a native speaker reviewed it.
/// Ordered from least to most trusted.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, serde::Serialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Review {
    /// Drafted by machine translation, not reviewed.
    Machine,
    /// Drafted by a person (volunteer or agency), not reviewed.
    Volunteer,
    /// Reviewed by a native speaker.
    Reviewed,
}

impl Review {
    /// The name written in front matter and XLIFF.
    pub fn name(self) -> &'static str {
        match self {
            Review::Machine => "machine",
            Review::Volunteer => "volunteer",
            Review::Reviewed => "reviewed",
        }
    }

    /// Reads a name written by [`Review::name`].
    pub fn from_name(name: &str) -> Option<Review> {
        match name {
            "machine" => Some(Review::Machine),
            "volunteer" => Some(Review::Volunteer),
            "reviewed" => Some(Review::Reviewed),
            _ => None,
        }
    }
}

/// One Markdown file, split into front matter and body.
#[derive(Debug, Clone)]
pub struct SourcePage {
    /// Locale folder it was found in.
    pub locale: String,
    /// Translation key: path under `content/<lang>/` without `.md`, unless the
    /// front matter sets `key`.
    pub key: String,
    /// The file, for diagnostics.
    pub source: SourceText,
    /// Path relative to the campaign folder.
    pub relative: PathBuf,
    /// Parsed front matter.
    pub front: FrontMatter,
    /// Byte offset of the body in the file.
    pub body_offset: usize,
}

impl SourcePage {
    /// The Markdown body.
    pub fn body(&self) -> &str {
        &self.source.text[self.body_offset..]
    }

    /// Where a front-matter value stands in the file: the front matter starts on
    /// the file's second line, after the opening `---`.
    pub fn front_position(&self, value: &Located) -> Position {
        let mut pos = position(&value.referenced);
        pos.line += 1;
        pos
    }

    /// Where a front-matter value stands in the file and how many characters
    /// it takes there (with its quotes), for a caret under it.
    pub fn front_caret(&self, value: &Located) -> (Position, usize) {
        let pos = self.front_position(value);
        let len = crate::campaign::yaml::written_length(&self.source.text, pos, &value.value);
        (pos, len)
    }

    /// Where the front matter sets `key` (a YAML key such as `key` or `slug`),
    /// for fields kept without a position.
    pub fn front_key_position(&self, key: &str) -> Option<Position> {
        let front = &self.source.text[..self.body_offset];
        let offset = *key_lines(front, key, ':').first()?;
        Some(position_of(&self.source.text, offset))
    }

    /// Hash of the whole file, which translations record as `translated_from`.
    pub fn source_hash(&self) -> String {
        text_hash(&self.source.text)
    }

    /// The slug in this language (file name when none is given; empty for index pages).
    pub fn slug(&self) -> String {
        if let Some(s) = &self.front.slug {
            return s.value.clone();
        }
        let last = self.key.rsplit('/').next().unwrap_or(&self.key);
        if last == "index" {
            String::new()
        } else {
            last.to_string()
        }
    }
}

/// Loads every page of every locale folder under `content/`; also returns the
/// (locale, key) of the pages that could not be read, already reported.
pub(crate) fn load_pages(
    campaign_dir: &Path,
    locales: &[String],
    diags: &mut Diagnostics,
) -> (Vec<SourcePage>, Vec<(String, String)>) {
    use rayon::prelude::*;
    let content_dir = campaign_dir.join("content");
    // The language folders are listed in parallel: a serial walk of 24,000
    // pages showed in the build profile. Their problems keep the order.
    let listed: Vec<(Vec<PathBuf>, Diagnostics)> = locales
        .par_iter()
        .map(|locale| {
            let mut found = Diagnostics::new();
            let dir = content_dir.join(locale);
            (
                files::list_files(&dir, campaign_dir, &["md"], &mut found),
                found,
            )
        })
        .collect();
    let mut files = Vec::new();
    for (locale, (paths, found)) in locales.iter().zip(listed) {
        diags.extend(found);
        let dir = content_dir.join(locale);
        for path in paths {
            let rel_key = path
                .strip_prefix(&dir)
                .unwrap_or(&path)
                .with_extension("")
                .to_string_lossy()
                .replace('\\', "/");
            files.push((path, locale, rel_key));
        }
    }
    // Read first, with many reads in flight (files::read_all_bytes), then
    // parsed on every core.
    let paths: Vec<&Path> = files.iter().map(|(path, _, _)| path.as_path()).collect();
    let bytes = files::read_all_bytes(&paths);
    let loaded: Vec<(Result<SourcePage, Diagnostics>, String, String)> = files
        .into_par_iter()
        .zip(bytes)
        .map(|((path, locale, key), bytes)| {
            let text = bytes.and_then(|b| files::decode_utf8(b, &path, "file.not-utf8"));
            let result = page_from_text(campaign_dir, &path, text, locale, key.clone());
            (result, locale.clone(), key)
        })
        .collect();
    let mut pages = Vec::with_capacity(loaded.len());
    let mut unreadable = Vec::new();
    for (result, locale, key) in loaded {
        match result {
            Ok(p) => pages.push(p),
            Err(d) => {
                diags.extend(d);
                unreadable.push((locale, key));
            }
        }
    }
    (pages, unreadable)
}

/// Reads one Markdown page of `locale`, whose path under `content/<locale>/`
/// without `.md` is `key`.
pub(crate) fn load_page(
    campaign_dir: &Path,
    path: &Path,
    locale: &str,
    key: String,
) -> Result<SourcePage, Diagnostics> {
    page_from_text(campaign_dir, path, files::read_text(path), locale, key)
}

/// [`load_page`] with the file's text (or why it could not be read) given.
fn page_from_text(
    campaign_dir: &Path,
    path: &Path,
    text: Result<String, Diagnostic>,
    locale: &str,
    key: String,
) -> Result<SourcePage, Diagnostics> {
    let text = text?;
    let source = SourceText {
        path: path.to_path_buf(),
        text: Arc::from(text),
    };
    let (front_text, front_offset, body_offset) = split_front_matter(&source)?;
    let front = parse_front_matter(&source, front_text, front_offset).map_err(|d| {
        crate::campaign::empty_values::explain(d, &source, front_text, front_offset)
    })?;
    let mut diags = Diagnostics::new();
    diags.extend(crate::campaign::empty_values::find(
        &source,
        front_text,
        front_offset,
    ));
    let front_line = line_of(&source.text, front_offset) - 1;
    let at_front = |value: &Located, d: Diagnostic| {
        let mut p = position(&value.referenced);
        p.line += front_line;
        let len = crate::campaign::yaml::written_length(&source.text, p, &value.value);
        d.at_source(&source, p, len)
    };
    if let Some(slug) = &front.slug {
        if !valid_slug(&slug.value) {
            let shown = crate::untrusted::urls::shown(&slug.value);
            let d = Diagnostic::error("page.slug", format!("invalid slug `{shown}`"))
                .with_hint("use lower-case letters, digits and hyphens, such as `warning-signs`");
            diags.push(at_front(slug, d));
        }
    }
    match &front.key {
        Some(k) => {
            if let Err(why) = SafeRelPath::new(&k.value) {
                diags.push(at_front(k, unsafe_key(&k.value, &why)));
            }
        }
        None => {
            if let Err(why) = SafeRelPath::new(&key) {
                let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
                let start = Position { line: 1, column: 1 };
                let d = unsafe_file_name(&name.unwrap_or_default(), &why);
                diags.push(d.at_source(&source, start, 3));
            }
        }
    }
    if front.title.trim().is_empty() {
        let d = Diagnostic::error("page.title", "the page title is empty")
            .with_hint("write the title people see in the tab and in search results");
        diags.push(match key_lines(front_text, "title", ':').first() {
            Some(offset) => {
                let pos = position_of(&source.text, front_offset + offset);
                d.at_source(&source, pos, "title".len())
            }
            None => d.in_file(path),
        });
    }
    if diags.has_errors() {
        return Err(diags);
    }
    let key = front.key.as_ref().map_or(key, |k| k.value.clone());
    let relative = path
        .strip_prefix(campaign_dir)
        .unwrap_or(path)
        .to_path_buf();
    Ok(SourcePage {
        locale: locale.to_string(),
        key,
        source,
        relative,
        front,
        body_offset,
    })
}

/// A `key` that cannot be a path inside the site.
fn unsafe_key(key: &str, why: &Unsafe) -> Diagnostic {
    let shown = crate::untrusted::urls::shown(key);
    Diagnostic::error(
        "page.key",
        format!("the key `{shown}` cannot place a page in the site: it {why}"),
    )
    .with_hint(
        "a key is a page name, or folders and a name joined by `/`, such as `guidelines/steps`; \
         use lower-case letters, digits and hyphens",
    )
}

/// A file under content/ whose name cannot be part of a path inside the site.
fn unsafe_file_name(name: &str, why: &Unsafe) -> Diagnostic {
    let shown = crate::untrusted::urls::shown(name);
    Diagnostic::error(
        "page.file-name",
        format!("the file name `{shown}` cannot place a page in the site: it {why}"),
    )
    .with_hint(format!(
        "rename the file (and its folders) with lower-case letters, digits and hyphens, such as `{}`",
        crate::untrusted::confine::suggested_name(name)
    ))
}

/// Splits `---` front matter from the body: (front text, its offset, body offset).
fn split_front_matter(source: &SourceText) -> Result<(&str, usize, usize), Diagnostic> {
    let text: &str = &source.text;
    let missing = || {
        Diagnostic::error("page.front-matter", "the page has no front matter")
            .at_source(source, Position { line: 1, column: 1 }, 3)
            .with_hint("start the file with a `---` line, `title: \"…\"`, and another `---` line")
    };
    let first_line_end = text.find('\n').ok_or_else(missing)?;
    if text[..first_line_end].trim_end() != "---" {
        return Err(missing());
    }
    let start = first_line_end + 1;
    let mut offset = start;
    for line in text[start..].split_inclusive('\n') {
        if line.trim_end() == "---" {
            return Ok((&text[start..offset], start, offset + line.len()));
        }
        offset += line.len();
    }
    Err(
        Diagnostic::error("page.front-matter", "the front matter is not closed")
            .at_source(source, Position { line: 1, column: 1 }, 3)
            .with_hint("end the front matter with a line containing only `---`"),
    )
}

fn parse_front_matter(
    source: &SourceText,
    front: &str,
    offset: usize,
) -> Result<FrontMatter, Diagnostic> {
    let line_shift = line_of(&source.text, offset) - 1;
    if front.trim().is_empty() {
        return Err(
            Diagnostic::error("page.title", "the front matter has no `title`").at_source(
                source,
                Position { line: 1, column: 1 },
                3,
            ),
        );
    }
    if let Some(fast) = crate::campaign::front_fast::read(front) {
        #[cfg(debug_assertions)]
        if let Ok(saphyr) = serde_saphyr::from_str::<FrontMatter>(front) {
            crate::campaign::front_fast::assert_same(&fast, &saphyr, front);
        } else {
            panic!("the fast front-matter reader accepted what serde_saphyr refuses:\n{front}");
        }
        return Ok(fast);
    }
    serde_saphyr::from_str::<FrontMatter>(front).map_err(|e| {
        let shifted = SourceText {
            path: source.path.clone(),
            text: Arc::from(front),
        };
        let mut d = yaml_error(&shifted, &e, crate::campaign::yaml::FRONT_MATTER_FIELDS);
        if let Some(p) = d.position.as_mut() {
            p.line += line_shift;
        }
        d.source = Some(source.clone());
        d
    })
}

fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

/// A slug is lower-case letters (any script), digits and single hyphens.
pub(crate) fn valid_slug(slug: &str) -> bool {
    !slug.is_empty()
        && !slug.starts_with('-')
        && !slug.ends_with('-')
        && !slug.contains("--")
        && slug.chars().all(|c| {
            c == '-'
                || c.is_ascii_digit()
                || c.is_ascii_lowercase()
                || (!c.is_ascii() && c.is_alphanumeric() && !c.is_uppercase())
        })
}

/// An anchor id from heading text: lower-case letters and digits of any script,
/// other characters folded into single hyphens.
pub(crate) fn slugify(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut dash = false;
    for c in text.chars() {
        // ASCII without Unicode's tables (headings are mostly ASCII; every
        // heading of every page is slugified, and it showed in the profile).
        let alphanumeric = match c.is_ascii() {
            true => c.is_ascii_alphanumeric(),
            false => c.is_alphanumeric(),
        };
        if alphanumeric {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            match c.is_ascii() {
                true => out.push(c.to_ascii_lowercase()),
                false => out.extend(c.to_lowercase()),
            }
        } else {
            dash = true;
        }
    }
    out
}

/// The hash `translated_from` records for a page's text: the first 12 hex
/// digits of its BLAKE3 hash, with the `to-adapt=…` markers of `faro fork`
/// left out, so that confirming a passage (deleting its marker, the text
/// unchanged) leaves its translations current.
pub(crate) fn text_hash(text: &str) -> String {
    let marker = format!(" {}", crate::campaign::blocks::TO_ADAPT);
    if !text.contains(&marker) {
        return blake3::hash(text.as_bytes()).to_hex()[..12].to_string();
    }
    let unmarked: String = text
        .split_inclusive('\n')
        .map(|line| match line.find(&marker) {
            Some(at) if line.trim_start().starts_with(":::") => {
                let rest = &line[at + 1..];
                let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
                format!("{}{}", &line[..at], &rest[end..])
            }
            _ => line.to_string(),
        })
        .collect();
    blake3::hash(unmarked.as_bytes()).to_hex()[..12].to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(text: &str) -> SourceText {
        SourceText {
            path: "content/en/x.md".into(),
            text: Arc::from(text),
        }
    }

    #[test]
    fn splits_front_matter_and_body() {
        let s = source("---\ntitle: \"Hi\"\n---\nBody\n");
        let (front, _, body) = split_front_matter(&s).unwrap();
        assert_eq!(front, "title: \"Hi\"\n");
        assert_eq!(&s.text[body..], "Body\n");
    }

    #[test]
    fn front_matter_errors_point_into_the_file() {
        let s = source("---\ntitle: \"Hi\"\ntitel: \"x\"\n---\nBody\n");
        let (front, offset, _) = split_front_matter(&s).unwrap();
        let d = parse_front_matter(&s, front, offset).unwrap_err();
        assert_eq!(d.position.map(|p| p.line), Some(3));
        assert!(d.hint.unwrap_or_default().contains("title"));
    }

    #[test]
    fn slugs() {
        assert!(valid_slug("cos-e-lo-stalkerware"));
        assert!(valid_slug("что-делать"));
        assert!(!valid_slug("Bad Slug"));
        assert!(!valid_slug("a/b"));
    }
}
