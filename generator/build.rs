//! `faro build`: the whole pipeline for one campaign, in one screen.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::campaign::site::Site;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::output::destination::{self, Destination};
use crate::output::staging::{self, OutputFile, Staging};
use crate::translate::{self, report::TranslationReport};
use crate::web::images::ImageRegistry;
use crate::web::links::LinkTargets;
use crate::web::render::{self, WebRenderer};
use crate::web::templates::{self, Templates};
use crate::{
    campaign::essential, campaign::load, campaign::todos, output::headers, print, replicate::kit,
    web::shared_contexts, web::sitemap, web::statics,
};

/// Options of a build.
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    /// Build even with open to-dos, showing a draft banner.
    pub draft: bool,
    /// Web pages only: no print or social assets and no replication kit
    /// (`faro serve` rebuilds those in the background, after the pages).
    pub web_only: bool,
    /// Replace the output folder even when it is not empty and does not look
    /// like a previous Faro build (never the campaign, the project or a file).
    pub force: bool,
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
    /// Pages built from the default locale's original, per locale.
    pub fallbacks_per_locale: Vec<(String, usize)>,
    /// Number of non-HTML files (styles, images, sitemap…).
    pub assets: usize,
    /// Warnings met on the way.
    pub warnings: Diagnostics,
    /// Wall-clock time.
    pub elapsed: Duration,
}

impl BuildReport {
    /// Translated pages in all locales.
    pub fn pages(&self) -> usize {
        self.pages_per_locale.iter().map(|(_, n)| n).sum()
    }
}

/// Builds the campaign in `campaign_dir` into `out_dir`. On any error nothing is
/// written and `out_dir` keeps its previous contents. An output folder that
/// [`destination::check`] refuses is refused before anything is loaded.
pub fn build(
    campaign_dir: &Path,
    out_dir: &Path,
    options: &BuildOptions,
) -> Result<BuildReport, Diagnostics> {
    let out = destination::check(campaign_dir, out_dir, options.force)?;
    staging::remove_stale(&out.target);
    let mut outcome = run(campaign_dir, Some(&out), options);
    outcome.diags = outcome.diags.deduplicated();
    match outcome.report {
        Some(report) if !outcome.diags.has_errors() => Ok(BuildReport {
            warnings: outcome.diags,
            ..report
        }),
        _ => Err(outcome.diags),
    }
}

/// What `faro check` learns: everything a build would report, without writing.
pub struct CheckOutcome {
    /// Campaign id, when campaign.yaml could be read.
    pub id: Option<String>,
    /// Errors and warnings, to-dos included.
    pub diags: Diagnostics,
    /// The translation report, when the campaign loaded.
    pub translations: Option<TranslationReport>,
}

/// Runs the whole pipeline without writing anything, and the translation report.
pub fn check(campaign_dir: &Path, options: &BuildOptions) -> CheckOutcome {
    let outcome = run(campaign_dir, None, options);
    CheckOutcome {
        id: outcome.id,
        diags: outcome.diags.deduplicated(),
        translations: outcome.translations,
    }
}

struct Outcome {
    id: Option<String>,
    report: Option<BuildReport>,
    translations: Option<TranslationReport>,
    diags: Diagnostics,
}

/// The pipeline. With no `out`, rendered files are checked and dropped, and
/// the translation report is made.
fn run(campaign_dir: &Path, out: Option<&Destination>, options: &BuildOptions) -> Outcome {
    let start = Instant::now();
    // FARO_TIMINGS=1 prints how long each step took (for benchmarking).
    let timings = std::env::var_os("FARO_TIMINGS").is_some();
    let lap = |step: &str| {
        if timings {
            eprintln!("{step:>10}: {:.3} s", start.elapsed().as_secs_f64());
        }
    };
    let mut diags = Diagnostics::new();
    let outcome = |diags, id, translations| Outcome {
        id,
        report: None,
        translations,
        diags,
    };

    // Load, validate, model. Content is checked even when settings have errors,
    // so that one run reports every problem.
    let Some(campaign) = load::load(campaign_dir, &mut diags) else {
        return outcome(diags, None, None);
    };
    lap("read");
    let id = Some(campaign.settings.id.clone());
    let regional = todos::regional_words(campaign.settings.forked_from.as_ref());
    let loaded: Vec<_> = campaign
        .pages
        .iter()
        .map(|p| &p.source)
        .chain([&campaign.config_source])
        .collect();
    diags.extend(todos::scan(campaign_dir, &loaded, &regional, options.draft));
    diags.extend(essential::check(&campaign, options.draft));
    diags.extend(crate::campaign::unconfirmed::check(&campaign));
    lap("todos");
    let site = Site::new(&campaign, &mut diags);
    lap("load");
    let settings = &campaign.settings;
    let images = ImageRegistry::new(campaign_dir, &settings.base_path);
    let (markdown, md_diags) = render::markdown_pages(&site, &images);
    diags.extend(md_diags);
    lap("markdown");
    diags.extend(shared_contexts::check_config_images(&campaign, &images));
    let theme = campaign.project.theme(&settings.theme);
    let statics = statics::build(
        theme.as_ref(),
        &settings.colours,
        &settings.base_path,
        &mut diags,
    );

    // Everything a link may point at is known before any page is rendered.
    let mut extra = sitemap::files(&site);
    extra.extend(headers::files(&site));
    let mut materials = Vec::new();
    // Print assets are the slow part: made only for a campaign without errors so far.
    let (print, print_diags) = if diags.has_errors() || options.web_only {
        Default::default()
    } else {
        print::build(
            &site,
            theme.as_ref(),
            &print::Cache::from_env(),
            options.draft,
        )
    };
    diags.extend(print_diags);
    lap("print");
    match (!options.web_only).then(|| kit::build(&campaign, &print.booklets)) {
        Some(Ok(zip)) => {
            materials.push(kit::material(&zip, &settings.base_path));
            extra.push(zip);
        }
        Some(Err(d)) => diags.extend(d),
        None => {}
    }
    lap("kit");
    extra.extend(print.files);
    let mut paths: Vec<String> = render::generated_html_paths(&site);
    paths.extend(statics.files.iter().chain(&extra).map(|f| f.path.clone()));
    paths.extend(images.output_paths());
    crate::campaign::site::report_generated_collisions(
        &site,
        paths.iter().map(String::as_str),
        &mut diags,
    );
    paths.extend(site.pages.iter().map(|p| format!("{}index.html", p.path)));
    // A missing home page is one mistake, reported by the model (`page.no-home`),
    // not again at every link to it.
    let homes = settings.locales.iter().map(|l| format!("{l}/index.html"));
    paths.extend(homes);
    let targets = LinkTargets::new(&settings.base_path, paths.iter().cloned());
    diags.extend(render::check_content_links(&site, &markdown, &targets));

    let layers = templates::layers(campaign.project.templates(), theme.as_ref(), campaign_dir);
    let Some(templates) = Templates::load(&layers, campaign.i18n.clone(), &mut diags) else {
        return outcome(diags, id, None);
    };
    // Where a string is asked for: a template, or campaign.yaml for the
    // strings named after a helpline's or partner's id.
    let used_at = |key: &str| {
        templates
            .key_use(key)
            .or_else(|| crate::campaign::ids::key_origin(&campaign.config_source, key))
    };
    // Missing pages are warned about by a build too; the full report is check's.
    let (report, found) = translate::report::report(
        &campaign,
        &translate::report::used_keys(&templates.texts(), &campaign),
    );
    diags.extend(
        found
            .into_iter()
            .filter(|d| out.is_none() || d.code == "translation.missing-page"),
    );
    let translations = out.is_none().then_some(report);
    let mut renderer = WebRenderer::new(&site, &templates, &statics, &images, options.draft);
    renderer.materials = materials;
    renderer.locale_materials = print.materials;
    renderer.og_images = print.og_images;
    if diags.has_errors() && out.is_some() {
        // Strings the print assets could not format are part of the report.
        diags.extend(campaign.i18n.take_render_diagnostics(&used_at));
        return outcome(diags, id, translations);
    }

    // Render and write into a staging folder, which replaces the output only if
    // everything succeeded; otherwise it is removed when dropped. A check
    // renders everything (templates are exercised) and writes nothing.
    let Some(out) = out else {
        diags.extend(renderer.pages(&markdown, &targets, &|_| Ok(())));
        diags.extend(images.process().1);
        diags.extend(campaign.i18n.take_render_diagnostics(&used_at));
        return outcome(diags, id, translations);
    };
    let out_dir = out.shown.as_path();
    let io_error = |what: &str, e: std::io::Error| {
        Diagnostic::error("output.io", format!("{what}: {e}")).in_file(out_dir)
    };
    let staging = match Staging::new(&out.target) {
        Ok(s) => s,
        Err(e) => {
            return outcome(
                Diagnostics::from(io_error("cannot create the output folder", e)),
                id,
                translations,
            )
        }
    };
    let sink = |file: OutputFile| {
        staging
            .write(&file)
            .map_err(|e| io_error("cannot write this file", e).in_file(out_dir.join(&file.path)))
    };
    lap("prepare");
    diags.extend(renderer.pages(&markdown, &targets, &sink));
    lap("pages");
    let (image_files, image_diags) = images.process();
    diags.extend(image_diags);
    let assets = image_files.len() + statics.files.len() + extra.len();
    for file in image_files.into_iter().chain(statics.files).chain(extra) {
        sink(file).unwrap_or_else(|d| diags.push(d));
    }
    diags.extend(campaign.i18n.take_render_diagnostics(&used_at));
    if diags.has_errors() {
        return outcome(diags, id, translations);
    }
    lap("assets");
    if let Err(e) = staging.commit() {
        diags.push(io_error("cannot replace the previous output", e));
        return outcome(diags, id, translations);
    }

    let mut per_locale: BTreeMap<&str, usize> = BTreeMap::new();
    let mut fallbacks: BTreeMap<&str, usize> = BTreeMap::new();
    for p in &site.pages {
        let counter = if p.fallback {
            &mut fallbacks
        } else {
            &mut per_locale
        };
        *counter.entry(&p.locale).or_default() += 1;
    }
    let count_of = |m: &BTreeMap<&str, usize>| -> Vec<(String, usize)> {
        settings
            .locales
            .iter()
            .map(|l| (l.clone(), m.get(l.as_str()).copied().unwrap_or(0)))
            .collect()
    };
    let report = BuildReport {
        id: settings.id.clone(),
        out_dir: out_dir.to_path_buf(),
        pages_per_locale: count_of(&per_locale),
        fallbacks_per_locale: count_of(&fallbacks),
        assets,
        warnings: Diagnostics::new(),
        elapsed: start.elapsed(),
    };
    Outcome {
        id,
        report: Some(report),
        translations,
        diags,
    }
}
