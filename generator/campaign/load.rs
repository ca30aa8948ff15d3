//! Loading a campaign folder: `campaign.yaml`, content, strings. Nothing is
//! written here; every problem becomes a diagnostic.

use std::path::{Path, PathBuf};

use crate::campaign::content::{self, SourcePage};
use crate::campaign::i18n::{self, I18n};
use crate::campaign::project::{Layer, LayerFile, Project};
use crate::campaign::settings::{self, Settings};
use crate::diagnostics::{Diagnostic, Diagnostics, SourceText};

/// A campaign as read from disk, with validated settings.
pub struct Campaign {
    /// The campaign folder.
    pub dir: PathBuf,
    /// Where templates, themes and shared locales come from.
    pub project: Project,
    /// `campaign.yaml`, validated.
    pub settings: Settings,
    /// `campaign.yaml` as text, for located errors found later.
    pub config_source: SourceText,
    /// Every Markdown page of every locale.
    pub pages: Vec<SourcePage>,
    /// (locale, key) of pages that exist but could not be read (already reported),
    /// so that nothing else reports them missing.
    pub unreadable: Vec<(String, String)>,
    /// Campaign and shared strings.
    pub i18n: std::sync::Arc<I18n>,
}

/// Reads a campaign folder. Returns `None` when `campaign.yaml` itself cannot be
/// read; other problems are in `diags`.
pub fn load(campaign_dir: &Path, diags: &mut Diagnostics) -> Option<Campaign> {
    if !campaign_dir.is_dir() {
        diags.push(crate::campaign::folder_advice::not_found(campaign_dir));
        return None;
    }
    let project = Project::locate(campaign_dir);
    let Some((config, config_source)) = crate::campaign::yaml::load(campaign_dir, diags) else {
        check_without_settings(campaign_dir, diags);
        return None;
    };
    let shared = project.locales();
    let campaign_locales = Layer::in_campaign(campaign_dir.join("locales"), campaign_dir);
    let mut known = locale_dirs(&shared, diags);
    known.extend(locale_dirs(&campaign_locales, diags));
    known.sort();
    known.dedup();
    let settings = settings::validate(
        config,
        &config_source,
        campaign_dir,
        &known,
        &project.theme_names(),
        diags,
    );
    let strings = load_strings(campaign_dir, &project, &settings, diags);
    warn_unknown_content_folders(campaign_dir, &settings.locales, diags);
    let (pages, unreadable) = content::load_pages(campaign_dir, &settings.locales, diags);
    Some(Campaign {
        dir: campaign_dir.to_path_buf(),
        project,
        settings,
        config_source,
        pages,
        unreadable,
        i18n: std::sync::Arc::new(strings),
    })
}

/// The campaign's strings and the project's shared ones, in every locale
/// the campaign lists (read again by `faro serve` after an edit of a `.ftl`).
pub(crate) fn load_strings(
    campaign_dir: &Path,
    project: &Project,
    settings: &Settings,
    diags: &mut Diagnostics,
) -> I18n {
    let shared = project.locales();
    let campaign_locales = Layer::in_campaign(campaign_dir.join("locales"), campaign_dir);
    let mut strings = I18n::new(&settings.default_locale);
    if let Some(number) = example_number(settings) {
        strings.set_example_number(number);
    }
    for locale in &settings.locales {
        let campaign_files = ftl_files(&campaign_locales, locale, diags);
        strings.add_files(locale, i18n::Layer::Campaign, &campaign_files, diags);
        let shared_files = ftl_files(&shared, locale, diags);
        strings.add_files(locale, i18n::Layer::Shared, &shared_files, diags);
    }
    strings
}

/// The campaign's own helpline number, for the examples of its hints: its
/// national line, else its first line that is not the emergency number.
fn example_number(settings: &Settings) -> Option<&str> {
    let lines = &settings.helplines;
    let national = lines
        .iter()
        .find(|h| h.scope == crate::campaign::settings::Scope::Country);
    national
        .or_else(|| lines.iter().find(|h| !h.emergency))
        .map(|h| h.number.as_str())
}

/// When campaign.yaml cannot be read, the pages of every content folder and the
/// campaign's string files are still checked, so that one run reports every
/// problem it can (the rest needs the settings).
fn check_without_settings(campaign_dir: &Path, diags: &mut Diagnostics) {
    let folders = content_folders(campaign_dir);
    content::load_pages(campaign_dir, &folders, diags);
    let strings_layer = Layer::in_campaign(campaign_dir.join("locales"), campaign_dir);
    let locales = locale_dirs(&strings_layer, diags);
    let mut strings = I18n::new(locales.first().map_or("en", String::as_str));
    for locale in &locales {
        let files = ftl_files(&strings_layer, locale, diags);
        strings.add_files(locale, i18n::Layer::Campaign, &files, diags);
    }
}

/// The folders under content/, sorted.
fn content_folders(campaign_dir: &Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(campaign_dir.join("content")) else {
        return Vec::new();
    };
    let mut names: Vec<String> = entries
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn locale_dirs(layer: &Layer, diags: &mut Diagnostics) -> Vec<String> {
    let mut names: Vec<String> = layer
        .files("", diags)
        .into_iter()
        .filter(|f| f.name.ends_with(".ftl"))
        .filter_map(|f| f.name.split('/').next().map(str::to_string))
        .collect();
    names.dedup();
    names
}

fn ftl_files(layer: &Layer, locale: &str, diags: &mut Diagnostics) -> Vec<LayerFile> {
    if !layer.has_dir(locale) {
        return Vec::new();
    }
    layer
        .files(locale, diags)
        .into_iter()
        .filter(|f| f.name.ends_with(".ftl"))
        .collect()
}

fn warn_unknown_content_folders(campaign_dir: &Path, locales: &[String], diags: &mut Diagnostics) {
    let unknown = content_folders(campaign_dir)
        .into_iter()
        .filter(|n| !locales.contains(n));
    for name in unknown {
        diags.push(
            Diagnostic::warning(
                "content.unknown-locale",
                format!("content/{name}/ is not built: `{name}` is not in `locales`"),
            )
            .in_file(campaign_dir.join("content").join(&name))
            .with_hint(format!(
                "add `{name}` to `locales` in campaign.yaml, or remove the folder"
            )),
        );
    }
}
