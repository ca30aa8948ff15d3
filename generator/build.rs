//! `faro build`: the whole pipeline for one campaign, in one screen.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::images::ImageRegistry;
use crate::links::LinkTargets;
use crate::model::Site;
use crate::output::{OutputFile, Staging};
use crate::render::WebRenderer;
use crate::templates::{self, Templates};
use crate::{load, sitemap, statics};

/// Options of a build.
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    /// Build even with open to-dos, showing a draft banner.
    pub draft: bool,
}

/// What a successful build made.
#[derive(Debug)]
pub struct BuildReport {
    /// Campaign id.
    pub id: String,
    /// Where the site was written.
    pub out_dir: PathBuf,
    /// Translated pages per locale (fallbacks not counted), in locale order.
    pub pages_per_locale: Vec<(String, usize)>,
    /// Number of non-HTML files (styles, images, sitemap…).
    pub assets: usize,
    /// Warnings met on the way.
    pub warnings: Diagnostics,
    /// Wall-clock time.
    pub elapsed: Duration,
}

/// Builds the campaign in `campaign_dir` into `out_dir`. On any error nothing is
/// written and `out_dir` keeps its previous contents.
pub fn build(
    campaign_dir: &Path,
    out_dir: &Path,
    options: &BuildOptions,
) -> Result<BuildReport, Diagnostics> {
    let start = Instant::now();
    let mut diags = Diagnostics::new();

    // Load and validate.
    let Some(campaign) = load::load(campaign_dir, &mut diags) else {
        return Err(diags);
    };
    let site = Site::new(&campaign, &mut diags);
    let theme = campaign.project.theme(&campaign.settings.theme);
    let layers = templates::layers(campaign.project.templates(), theme.as_ref(), campaign_dir);
    let templates = Templates::load(&layers, campaign.i18n.clone(), &mut diags);
    let Some(templates) = templates.filter(|_| !diags.has_errors()) else {
        return Err(diags);
    };

    // Render in memory what links point at, then the pages themselves.
    let settings = &campaign.settings;
    let statics = statics::build(
        theme.as_ref(),
        &settings.colours,
        &settings.base_path,
        &mut diags,
    );
    let images = ImageRegistry::new(campaign_dir, &settings.base_path);
    let renderer = WebRenderer::new(&site, &templates, &statics, &images, options.draft);
    let (markdown, md_diags) = renderer.markdown(&images);
    diags.extend(md_diags);
    let extra = sitemap::files(&site);
    let mut targets: Vec<String> = renderer.html_paths();
    targets.extend(statics.files.iter().chain(&extra).map(|f| f.path.clone()));
    targets.extend(images.output_paths());
    let targets = LinkTargets::new(&settings.base_path, targets);

    // Write into a staging folder; it replaces the output only if all went well.
    let staging = Staging::new(out_dir).map_err(|e| {
        Diagnostic::error("output.io", format!("cannot create the output folder: {e}"))
            .in_file(out_dir)
    })?;
    let sink = |file: OutputFile| {
        staging.write(&file).map_err(|e| {
            Diagnostic::error("output.io", format!("cannot write {}: {e}", file.path))
                .in_file(out_dir)
        })
    };
    diags.extend(renderer.pages(&markdown, &targets, &sink));
    let (image_files, image_diags) = images.process();
    diags.extend(image_diags);
    let assets = image_files.len() + statics.files.len() + extra.len();
    for file in image_files.into_iter().chain(statics.files).chain(extra) {
        sink(file).unwrap_or_else(|d| diags.push(d));
    }
    diags.extend(campaign.i18n.take_render_diagnostics());
    if diags.has_errors() {
        return Err(diags);
    }
    staging.commit().map_err(|e| {
        Diagnostic::error(
            "output.io",
            format!("cannot replace the previous output: {e}"),
        )
        .in_file(out_dir)
    })?;

    let mut per_locale: BTreeMap<&str, usize> = BTreeMap::new();
    for p in site.pages.iter().filter(|p| !p.fallback) {
        *per_locale.entry(&p.locale).or_default() += 1;
    }
    Ok(BuildReport {
        id: settings.id.clone(),
        out_dir: out_dir.to_path_buf(),
        pages_per_locale: settings
            .locales
            .iter()
            .map(|l| (l.clone(), per_locale.get(l.as_str()).copied().unwrap_or(0)))
            .collect(),
        assets,
        warnings: diags,
        elapsed: start.elapsed(),
    })
}
