//! Print and social assets: posters, flyers, wallet cards, the guidelines
//! booklet and share images, for every locale, rendered with Typst embedded as
//! a library (no typst binary, no packages, no network).
//!
//! - Layouts are Typst templates under `templates/print/`, overridable per
//!   theme (`themes/<theme>/templates/print/`) and per campaign
//!   (`campaigns/<id>/templates/print/`) like web templates.
//! - Data reaches them as one typed structure ([`data::PrintData`]) served as
//!   `/data.json`; images are virtual files (`/qr.svg`, `/logo.svg`,
//!   `/eu-emblem.svg`, `/partner-<n>.<ext>`).
//! - Every PDF comes in two variants: for a print shop (3 mm bleed, crop marks,
//!   CMYK, TrimBox) and for an office printer (trim size, RGB); both tagged.
//! - Output: `print/<lang>/<asset>.pdf` (office), `<asset>-print.pdf` (print
//!   shop), `<asset>-thumb.png` (for the Materials page), and `<asset>.png` for
//!   social images. No larger preview is drawn: nothing showed or linked the
//!   800 px `<asset>-preview.png` files that earlier versions wrote, and they
//!   were about half of the pixels a build drew (benches/RESULTS.md,
//!   seventeenth session).
//! - Assets render in parallel, and come from the render cache
//!   ([`cache::Cache`]) when nothing they depend on changed.

mod art;
mod asset_errors;
mod blame;
mod booklet;
mod cache;
mod data;
mod derive;
mod fallback;
mod finish;
mod fits;
mod fonts;
mod inputs;
mod job;
mod job_timing;
mod layout;
mod origin;
mod passes;
mod render;
mod services;
mod short_words;
mod table_limits;
mod tints;
mod vector;
mod world;

use std::collections::BTreeMap;
use std::sync::Arc;

use rayon::prelude::*;

use crate::campaign::load::Campaign;
use crate::campaign::project::Layer;
use crate::campaign::settings::Settings;
use crate::campaign::site::Site;
use crate::diagnostics::Diagnostics;
use crate::output::staging::OutputFile;
use crate::web::views::{ImageView, MaterialVariant, MaterialView, ServiceView};

pub use crate::campaign::print_assets::{AssetSpec, Format, ASSETS};
pub use cache::Cache;
use inputs::{Files, Templates};
pub use layout::clear;
pub use short_words::breaks_between_phrases;

use data::{LocaleData, PrintData};
use fonts::FontSet;
use job::{Job, JobContext, JobResult};
use job_timing::JobTimings;

/// What the print step made.
#[derive(Default)]
pub struct PrintOutput {
    /// Files to publish under the site root (`print/<lang>/…`).
    pub files: Vec<OutputFile>,
    /// Materials page entries per locale.
    pub materials: BTreeMap<String, Vec<MaterialView>>,
    /// Absolute URL of each locale's Open Graph image.
    pub og_images: BTreeMap<String, String>,
    /// The guidelines booklets (office PDF), named `guidelines-<lang>.pdf`,
    /// for the replication kit.
    pub booklets: Vec<OutputFile>,
    /// Assets rendered in this build.
    pub rendered: usize,
    /// Assets taken from the cache.
    pub cached: usize,
}

/// Pixels per page width of the thumbnail the Materials page shows.
const THUMB_WIDTH_PX: f64 = 320.0;
/// Width of thumbnails on the Materials page, in CSS pixels (they are drawn
/// at twice that for sharp screens).
const THUMB_CSS_WIDTH: f64 = 160.0;

/// How many jobs a result Typst memoised may stay unused before it is
/// dropped (see `build`).
const EVICT_AFTER_JOBS: usize = 2;

/// Renders every print and social asset of the campaign in every locale.
/// With `draft`, every asset carries the draft banner, as the pages do.
pub fn build(
    site: &Site,
    theme: Option<&Layer>,
    cache: &Cache,
    draft: bool,
) -> (PrintOutput, Diagnostics) {
    let campaign = site.campaign;
    let mut diags = Diagnostics::new();
    if campaign.settings.print.assets.is_empty() {
        return (PrintOutput::default(), diags);
    }
    let (templates, fonts, files) = load_inputs(campaign, theme, &mut diags);
    if diags.has_errors() {
        return (PrintOutput::default(), diags);
    }
    cache.prune();
    let jobs = plan_jobs(site, &mut diags);
    let ctx = JobContext {
        campaign,
        templates: &templates,
        fonts: &fonts,
        files: &files,
        cache,
        draft,
    };
    let timings = JobTimings::from_env();
    let results: Vec<JobResult> = (jobs.par_iter().enumerate())
        .map(|(i, job)| {
            let result = timings.run(&ctx, job, i);
            // Typst memoises every layout and every glyph it draws until
            // evicted; kept for the whole build, that grew the pilot's
            // memory to 630 MB, each page of it a page fault (about a tenth
            // of the build's CPU). What the last jobs used stays (fonts,
            // images, the templates' shared modules).
            typst::comemo::evict(EVICT_AFTER_JOBS);
            result
        })
        .collect();
    // Typst memoises across compilations; drop what this build cached.
    typst::comemo::evict(0);
    let out = collect(campaign, &jobs, results, &mut diags);
    let pdfs = jobs
        .iter()
        .any(|j| matches!(j.spec.format, Format::Pdf { .. }));
    if pdfs {
        diags.extend(crate::campaign::unconfirmed::print_note(campaign));
    }
    (out, diags)
}

/// What every asset is made from: the print templates, the fonts, and the
/// images (logo, EU emblem, partners' logos, the theme's illustration).
fn load_inputs(
    campaign: &Campaign,
    theme: Option<&Layer>,
    diags: &mut Diagnostics,
) -> (Templates, Arc<FontSet>, Files) {
    let s = &campaign.settings;
    let templates = Templates::load(campaign, theme, diags);
    let mut font_layers: Vec<Layer> = theme.cloned().into_iter().collect();
    font_layers.push(Layer::in_campaign(campaign.dir.clone(), &campaign.dir));
    let fonts = Arc::new(FontSet::load(&font_layers, diags));
    let mut files = inputs::shared_files(campaign, theme, diags);
    files.art = templates
        .art
        .as_deref()
        .and_then(|partial| art::svg(partial, "hero", &s.colours))
        .map(|svg| ("/art-hero.svg".to_string(), svg.into_bytes()));
    (templates, fonts, files)
}

/// One job per asset the campaign asks for, in every locale. A guidelines
/// booklet with a table too large to print is left out with an error.
fn plan_jobs(site: &Site, diags: &mut Diagnostics) -> Vec<Job> {
    let campaign = site.campaign;
    let s = &campaign.settings;
    let mut jobs = Vec::new();
    for locale in &s.locales {
        let shared = Arc::new(LocaleData::new(campaign, locale));
        for id in &s.print.assets {
            let Some(spec) = crate::campaign::print_assets::asset(id) else {
                continue;
            };
            let booklet = if spec.template == "booklet.typ" {
                match booklet::build(site, locale) {
                    Some(b) => {
                        let too_large = table_limits::oversized_tables(&b, campaign);
                        if !too_large.is_empty() {
                            too_large.into_iter().for_each(|d| diags.push(d));
                            continue;
                        }
                        Some(b)
                    }
                    None => continue,
                }
            } else {
                None
            };
            jobs.push(Job {
                locale: locale.clone(),
                spec,
                booklet,
                shared: shared.clone(),
                service: None,
            });
        }
        jobs.extend(services::service_jobs(campaign, locale, &shared));
    }
    jobs
}

/// Gathers the jobs' files under `print/<lang>/`, the Materials page entries,
/// the Open Graph images and the booklets for the kit, in the jobs' order;
/// a `campaign.yaml` value too long for its box is one error naming every
/// asset and language it overflows.
fn collect(
    campaign: &Campaign,
    jobs: &[Job],
    results: Vec<JobResult>,
    diags: &mut Diagnostics,
) -> PrintOutput {
    let s = &campaign.settings;
    let mut out = PrintOutput::default();
    let mut too_long: Vec<(String, &str, &str)> = Vec::new();
    for (job, result) in jobs.iter().zip(results) {
        for d in result.diags {
            match blame::overflowing_setting(campaign, &d) {
                Some(setting) => too_long.push((setting.to_string(), job.spec.id, &job.locale)),
                None => diags.push(d),
            }
        }
        if result.files.is_empty() {
            continue;
        }
        if result.cached {
            out.cached += 1;
        } else {
            out.rendered += 1;
        }
        let dir = format!("print/{}/", job.locale);
        let id = job.name();
        if let (Format::Png { .. }, "og") = (job.spec.format, id.as_str()) {
            let url = format!("{}{dir}{id}.png", s.base_url);
            out.og_images.insert(job.locale.clone(), url);
        }
        let material = material_view(s, job, &result.files, result.preview_size);
        out.materials
            .entry(job.locale.clone())
            .or_default()
            .push(material);
        for (name, bytes) in result.files {
            if job.booklet.is_some() && name == format!("{id}.pdf") {
                out.booklets.push(OutputFile::new(
                    format!("guidelines-{}.pdf", job.locale),
                    bytes.clone(),
                ));
            }
            out.files
                .push(OutputFile::new(format!("{dir}{name}"), bytes));
        }
    }
    // One error per setting (the address and the partner row may both
    // overflow), in the order first met.
    let mut settings: Vec<&str> = Vec::new();
    for (setting, _, _) in &too_long {
        if !settings.contains(&setting.as_str()) {
            settings.push(setting);
        }
    }
    for setting in settings {
        let places: Vec<(&str, &str)> = too_long
            .iter()
            .filter(|(s, _, _)| s == setting)
            .map(|(_, id, l)| (*id, *l))
            .collect();
        diags.push(blame::setting_overflow(campaign, setting, &places));
    }
    out
}

/// The asset's entry on the Materials page: its links, sizes and thumbnail.
fn material_view(
    s: &Settings,
    job: &Job,
    files: &[(String, Vec<u8>)],
    preview_size: Option<(u32, u32)>,
) -> MaterialView {
    let dir = format!("print/{}/", job.locale);
    let url = |name: &str| format!("{}{dir}{name}", s.base_path);
    let size = |name: &str| {
        files
            .iter()
            .find(|(n, _)| n == name)
            .map_or(0, |(_, b)| b.len())
    };
    let id = job.name();
    let thumb_name = format!("{id}-thumb.png");
    let preview = preview_size.map(|(w, h)| {
        // Two-sided assets show both sides: twice as wide.
        let css_w = THUMB_CSS_WIDTH * (f64::from(w) / THUMB_WIDTH_PX).round().max(1.0);
        ImageView {
            src: url(&thumb_name),
            srcset: String::new(),
            width: css_w.round() as u32,
            height: (css_w * f64::from(h) / f64::from(w)).round() as u32,
        }
    });
    let service = job.service.as_ref().map(|v| ServiceView::of(&v.settings));
    match job.spec.format {
        Format::Pdf { .. } => {
            let office = format!("{id}.pdf");
            let print = format!("{id}-print.pdf");
            MaterialView {
                label_key: job.spec.label_key.into(),
                service,
                url: url(&office),
                bytes: size(&office),
                file_size: String::new(),
                format: "PDF",
                paper: job.spec.paper.map(str::to_string),
                pixels: None,
                preview,
                variants: vec![
                    MaterialVariant {
                        label_key: "materials-variant-office".into(),
                        url: url(&office),
                        bytes: size(&office),
                        file_size: String::new(),
                    },
                    MaterialVariant {
                        label_key: "materials-variant-print".into(),
                        url: url(&print),
                        bytes: size(&print),
                        file_size: String::new(),
                    },
                ],
            }
        }
        Format::Png { width, height } => {
            let name = format!("{id}.png");
            MaterialView {
                label_key: job.spec.label_key.into(),
                service: None,
                url: url(&name),
                bytes: size(&name),
                file_size: String::new(),
                format: "PNG",
                paper: None,
                pixels: Some(format!("{width} × {height} px")),
                preview,
                variants: Vec::new(),
            }
        }
    }
}
