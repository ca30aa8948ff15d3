//! `faro translate`: the campaign's pages and strings out to translators as
//! XLIFF, and their translations back in.
//!
//! Pages and Fluent files are split into segments and a skeleton
//! ([`segments`]); a segment's Markdown or Fluent markup becomes inline
//! elements ([`inline`]) that XLIFF carries ([`xliff`], [`read`]). An import
//! rebuilds each file from its original's skeleton with the translated
//! segments, so a translator can change words but never the structure. What
//! the original looked like at the last translation is kept ([`history`]), so
//! that an export shows what changed and can leave out what did not.

pub(crate) mod changes;
pub(crate) mod export;
mod fluent_select;
pub(crate) mod history;
pub(crate) mod import;
pub(crate) mod inline;
mod read;
pub(crate) mod report;
mod restore;
pub(crate) mod segments;
pub(crate) mod string_review;
pub(crate) mod xliff;

use std::path::{Path, PathBuf};

use crate::campaign::content::Review;
use crate::campaign::load::Campaign;

pub use xliff::Version;

/// Front-matter line prefix of the stamp.
const TRANSLATED_FROM: &str = "translated_from:";
/// Front-matter line prefix of the review status.
const REVIEW: &str = "review:";
/// Comment lines that carry a Fluent file's stamp and review status.
const FTL_TRANSLATED_FROM: &str = "### faro-translated-from:";
const FTL_REVIEW: &str = "### faro-review:";

/// A translation as found on disk: its path and what it records.
#[derive(Debug, Clone, Default)]
pub(crate) struct Existing {
    /// Where it is (or would be written).
    pub path: PathBuf,
    /// Its text, when the file exists.
    pub text: Option<String>,
    /// The hash of the original it was made from.
    pub translated_from: Option<String>,
    /// Its review status.
    pub review: Option<Review>,
    /// Whether it is a copy waiting for translation.
    pub untranslated: bool,
}

impl Existing {
    /// Reads the translation at `path`, if any.
    pub(crate) fn read(path: PathBuf) -> Existing {
        match std::fs::read_to_string(&path) {
            Ok(text) => Existing::parse(path, text),
            Err(_) => Existing {
                path,
                ..Default::default()
            },
        }
    }

    /// The translation `text`, read from `path`.
    pub(crate) fn parse(path: PathBuf, text: String) -> Existing {
        let mut found = Existing {
            path,
            ..Default::default()
        };
        found.read_header(&text);
        found.text = Some(text);
        found
    }

    /// The hash the translation `text` records as its source
    /// (`translated_from`), read as [`Existing::parse`] reads it, without
    /// keeping the text.
    pub(crate) fn recorded_source(text: &str) -> Option<String> {
        let mut found = Existing::default();
        found.read_header(text);
        found.translated_from
    }

    /// Reads what the header of `text` records.
    fn read_header(&mut self, text: &str) {
        let found = self;
        // The front matter of a page, or the leading comments of a Fluent file.
        let header: Vec<&str> = if text.starts_with("---") {
            text.lines()
                .skip(1)
                .take_while(|l| l.trim_end() != "---")
                .collect()
        } else {
            text.lines().take_while(|l| l.starts_with('#')).collect()
        };
        for line in header {
            let value = |prefix: &str| {
                line.strip_prefix(prefix)
                    .map(|v| v.trim().trim_matches('"').to_string())
            };
            if let Some(v) = value(TRANSLATED_FROM).or_else(|| value(FTL_TRANSLATED_FROM)) {
                found.translated_from = Some(v);
            } else if let Some(v) = value(REVIEW).or_else(|| value(FTL_REVIEW)) {
                found.review = Review::from_name(&v);
            } else if line.trim() == "untranslated: true" {
                found.untranslated = true;
            }
        }
    }
}

/// Where the `locale` translation of the page at `original` (a path relative
/// to the campaign, `content/<from>/…`) lives: the loaded page with the same
/// key, or the same path under `content/<locale>/`.
pub(crate) fn page_translation(
    campaign: &Campaign,
    key: &str,
    original: &Path,
    from: &str,
    locale: &str,
) -> Existing {
    let loaded = campaign
        .pages
        .iter()
        .find(|p| p.locale == locale && p.key == key)
        .map(|p| p.source.path.clone());
    let path = loaded.unwrap_or_else(|| {
        let under = original
            .strip_prefix(Path::new("content").join(from))
            .unwrap_or(original);
        campaign.dir.join("content").join(locale).join(under)
    });
    Existing::read(path)
}

/// The hash a translation of the page `key` records: its default-locale
/// original's.
pub(crate) fn original_hash(campaign: &Campaign, key: &str) -> Option<String> {
    let default = &campaign.settings.default_locale;
    campaign
        .pages
        .iter()
        .find(|p| &p.locale == default && p.key == key)
        .map(|p| p.source_hash())
}

/// The campaign's Fluent files of `locale` (`locales/<locale>/*.ftl`), sorted.
pub(crate) fn fluent_files(campaign_dir: &Path, locale: &str) -> Vec<PathBuf> {
    let dir = campaign_dir.join("locales").join(locale);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

/// Checks what a translation reads and writes beyond what loading checked:
/// `to` must be a plain language code (it becomes a folder name), and the
/// target language's folders and the kept originals are walked through the
/// one folder walker, so that a symbolic link out of the campaign is an error
/// before anything is read (writes are checked file by file as well).
pub(crate) fn check_folders(
    campaign: &Campaign,
    to: &str,
) -> Result<(), crate::diagnostics::Diagnostics> {
    let mut diags = crate::diagnostics::Diagnostics::new();
    let code_ok = !to.is_empty()
        && to.len() <= 12
        && to.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        && crate::untrusted::confine::check_segment(to).is_ok();
    if !code_ok {
        diags.push(
            crate::diagnostics::Diagnostic::error(
                "translate.language",
                format!("`{to}` is not a language code"),
            )
            .with_hint("the target language is a code such as `ar` or `uk`"),
        );
        return Err(diags);
    }
    let dirs = [
        campaign.dir.join("content").join(to),
        campaign.dir.join("locales").join(to),
        campaign.dir.join("translations"),
    ];
    for dir in dirs {
        crate::untrusted::files::list_files(&dir, &campaign.dir, &[], &mut diags);
    }
    if diags.has_errors() {
        Err(diags)
    } else {
        Ok(())
    }
}

/// A path relative to the campaign, with `/` separators.
pub(crate) fn relative(campaign_dir: &Path, path: &Path) -> String {
    path.strip_prefix(campaign_dir)
        .unwrap_or(path)
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}
