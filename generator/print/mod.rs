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
//!   shop), `<asset>-preview.png` (large enough for the QR code to scan),
//!   `<asset>-thumb.png` (for the Materials page), and `<asset>.png` for
//!   social images.
//! - Assets render in parallel, and come from the render cache
//!   ([`cache::Cache`]) when nothing they depend on changed.

mod art;
mod blame;
mod booklet;
mod cache;
mod data;
mod finish;
mod fonts;
mod inputs;
mod layout;
mod origin;
mod render;
mod table_limits;
mod world;

use std::collections::BTreeMap;
use std::sync::Arc;

use rayon::prelude::*;

use crate::campaign::project::Layer;
use crate::campaign::site::Site;
use crate::diagnostics::{Diagnostic, Diagnostics, SourceText};
use crate::output::staging::OutputFile;
use crate::web::views::human_size;
use crate::web::views::{ImageView, MaterialVariant, MaterialView};

pub use crate::campaign::print_assets::{AssetSpec, Format, ASSETS};
pub use cache::Cache;
use inputs::{qr_svg, Files, Templates};

use data::{LocaleData, PrintData};
use fonts::FontSet;
use world::PrintWorld;

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

/// Pixels per preview page width (enough for the QR code to scan).
const PREVIEW_WIDTH_PX: f64 = 800.0;
/// Pixels per page width of the thumbnail the Materials page shows.
const THUMB_WIDTH_PX: f64 = 320.0;
/// Width of thumbnails on the Materials page, in CSS pixels (they are drawn
/// at twice that for sharp screens).
const THUMB_CSS_WIDTH: f64 = 160.0;

/// Renders every print and social asset of the campaign in every locale.
/// With `draft`, every asset carries the draft banner, as the pages do.
pub fn build(
    site: &Site,
    theme: Option<&Layer>,
    cache: &Cache,
    draft: bool,
) -> (PrintOutput, Diagnostics) {
    let campaign = site.campaign;
    let s = &campaign.settings;
    let mut diags = Diagnostics::new();
    if s.print.assets.is_empty() {
        return (PrintOutput::default(), diags);
    }
    let templates = Templates::load(campaign, theme, &mut diags);
    let mut font_layers: Vec<Layer> = theme.cloned().into_iter().collect();
    font_layers.push(Layer::in_campaign(campaign.dir.clone(), &campaign.dir));
    let fonts = Arc::new(FontSet::load(&font_layers, &mut diags));
    let mut files = inputs::shared_files(campaign, theme, &mut diags);
    files.art = templates
        .art
        .as_deref()
        .and_then(|partial| art::svg(partial, "hero", &s.colours))
        .map(|svg| ("/art-hero.svg".to_string(), svg.into_bytes()));
    if diags.has_errors() {
        return (PrintOutput::default(), diags);
    }
    cache.prune();
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
            });
        }
    }
    let ctx = JobContext {
        campaign,
        templates: &templates,
        fonts: &fonts,
        files: &files,
        cache,
        draft,
    };
    let results: Vec<JobResult> = jobs.par_iter().map(|job| ctx.run(job)).collect();
    // Typst memoises across compilations; drop what this build cached.
    typst::comemo::evict(0);

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
        let url = |name: &str| format!("{}{dir}{name}", s.base_path);
        let size = |name: &str| {
            result
                .files
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, b)| human_size(b.len()))
                .unwrap_or_default()
        };
        let id = job.spec.id;
        let thumb_name = format!("{id}-thumb.png");
        let preview = result.preview_size.map(|(w, h)| {
            // Two-sided assets show both sides: twice as wide.
            let css_w = THUMB_CSS_WIDTH * (f64::from(w) / THUMB_WIDTH_PX).round().max(1.0);
            ImageView {
                src: url(&thumb_name),
                srcset: String::new(),
                width: css_w.round() as u32,
                height: (css_w * f64::from(h) / f64::from(w)).round() as u32,
            }
        });
        let material = match job.spec.format {
            Format::Pdf { .. } => {
                let office = format!("{id}.pdf");
                let print = format!("{id}-print.pdf");
                MaterialView {
                    label_key: job.spec.label_key.into(),
                    url: url(&office),
                    file_size: size(&office),
                    format: "PDF",
                    paper: job.spec.paper.map(str::to_string),
                    pixels: None,
                    preview,
                    variants: vec![
                        MaterialVariant {
                            label_key: "materials-variant-office".into(),
                            url: url(&office),
                            file_size: size(&office),
                        },
                        MaterialVariant {
                            label_key: "materials-variant-print".into(),
                            url: url(&print),
                            file_size: size(&print),
                        },
                    ],
                }
            }
            Format::Png { width, height } => {
                let name = format!("{id}.png");
                if id == "og" {
                    out.og_images
                        .insert(job.locale.clone(), format!("{}{dir}{name}", s.base_url));
                }
                MaterialView {
                    label_key: job.spec.label_key.into(),
                    url: url(&name),
                    file_size: size(&name),
                    format: "PNG",
                    paper: None,
                    pixels: Some(format!("{width} × {height} px")),
                    preview,
                    variants: Vec::new(),
                }
            }
        };
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
    if let Some((setting, _, _)) = too_long.first() {
        let places: Vec<(&str, &str)> = too_long.iter().map(|(_, id, l)| (*id, *l)).collect();
        diags.push(blame::setting_overflow(campaign, setting, &places));
    }
    (out, diags)
}

/// One asset in one locale.
struct Job {
    locale: String,
    spec: &'static AssetSpec,
    booklet: Option<booklet::Booklet>,
    shared: Arc<LocaleData>,
}

struct JobResult {
    files: Vec<(String, Vec<u8>)>,
    preview_size: Option<(u32, u32)>,
    cached: bool,
    diags: Diagnostics,
}

struct JobContext<'a> {
    campaign: &'a crate::campaign::load::Campaign,
    templates: &'a Templates,
    fonts: &'a Arc<FontSet>,
    files: &'a Files,
    cache: &'a Cache,
    draft: bool,
}

impl JobContext<'_> {
    fn run(&self, job: &Job) -> JobResult {
        let mut result = JobResult {
            files: Vec::new(),
            preview_size: None,
            cached: false,
            diags: Diagnostics::new(),
        };
        let variants: &[&'static str] = match job.spec.format {
            Format::Pdf { .. } => &["office", "print"],
            Format::Png { .. } => &["image"],
        };
        let cmyk = &self.campaign.settings.print.cmyk;
        let datas: Vec<PrintData> = variants
            .iter()
            .map(|v| {
                let mut d = data::build(
                    self.campaign,
                    &job.locale,
                    job.spec,
                    v,
                    cmyk,
                    &job.shared,
                    self.files,
                );
                d.booklet = job.booklet.clone();
                d.draft = self
                    .draft
                    .then(|| self.campaign.i18n.format(&job.locale, "draft-banner", None));
                d
            })
            .collect();
        if let Some(d) = self.missing_glyphs(job, &datas[0]) {
            result.diags.push(d);
            return result;
        }
        let qr = qr_svg(&datas[0].url);
        let mut virtual_files: Vec<(String, Vec<u8>)> = vec![("/qr.svg".into(), qr.into_bytes())];
        let shared = [&self.files.logo, &self.files.eu_emblem, &self.files.art];
        for f in shared
            .into_iter()
            .chain(&self.files.partner_logos)
            .flatten()
        {
            virtual_files.push(f.clone());
        }
        let jsons: Vec<Vec<u8>> = datas
            .iter()
            .map(|d| serde_json::to_vec(d).unwrap_or_default())
            .collect();
        let key = {
            let mut h = blake3::Hasher::new();
            let parts = [
                render::RENDERER,
                render::FINISH,
                layout::RULES,
                &self.templates.hash,
                &self.fonts.hash,
            ];
            for part in parts {
                h.update(part.as_bytes());
                h.update(&[0]);
            }
            for (path, bytes) in &virtual_files {
                h.update(path.as_bytes());
                h.update(blake3::hash(bytes).as_bytes());
            }
            for j in &jsons {
                h.update(blake3::hash(j).as_bytes());
            }
            h.finalize().to_hex().to_string()
        };
        if let Some(files) = self.cache.get(&key) {
            if let Some(size) = files
                .iter()
                .find_map(|(n, b)| n.ends_with("-thumb.png").then(|| png_size(b)).flatten())
            {
                result.preview_size = Some(size);
                result.files = files;
                result.cached = true;
                return result;
            }
        }
        for (data, json) in datas.iter().zip(jsons) {
            let mut files = virtual_files.clone();
            files.push(("/data.json".into(), json));
            let main = format!("/{}", job.spec.template);
            let world = PrintWorld::new(self.fonts.clone(), &main, &self.templates.sources, files);
            let doc = match render::compile(&world) {
                Ok(doc) => doc,
                Err(errors) => {
                    for e in errors {
                        result.diags.push(self.typst_error(job, &world, &e));
                    }
                    return result;
                }
            };
            let checks = self.layout_diagnostics(job, data, &doc);
            let broken = checks.has_errors();
            result.diags.extend(checks);
            if broken {
                result.files.clear();
                return result;
            }
            if let Err(diags) = self.export(job, data, &doc, &mut result.files) {
                diags.into_iter().for_each(|d| result.diags.push(d));
                result.files.clear();
                return result;
            }
        }
        result.preview_size = result
            .files
            .iter()
            .find_map(|(n, b)| n.ends_with("-thumb.png").then(|| png_size(b)).flatten());
        let stored: Vec<(String, &[u8])> = result
            .files
            .iter()
            .map(|(n, b)| (n.clone(), b.as_slice()))
            .collect();
        // An asset with warnings is made again next time, so that its
        // warnings are shown again.
        if result.diags.is_empty() {
            self.cache.put(&key, &stored);
        }
        result
    }

    /// PDF and preview, or the PNG and its preview.
    fn export(
        &self,
        job: &Job,
        data: &PrintData,
        doc: &typst_layout::PagedDocument,
        files: &mut Vec<(String, Vec<u8>)>,
    ) -> Result<(), Vec<Diagnostic>> {
        let failed = self.failed(job, data);
        let error = |msg: String| {
            let text = format!(
                "{} ({}, {}): {msg}",
                failed.id, failed.locale, failed.variant
            );
            vec![Diagnostic::error("print.export", text).in_file(&failed.template)]
        };
        self.export_files(job, data, doc, files)
            .map_err(|e| match e {
                ExportError::Message(msg) => error(msg),
                ExportError::Pages(expected) => {
                    vec![self.page_count_error(job, data, doc, expected)]
                }
                ExportError::Pdf(errors, ident) => blame::pdf_failure(
                    &failed,
                    self.campaign,
                    job.booklet.as_ref(),
                    doc,
                    &ident,
                    &errors,
                ),
            })
    }

    /// The asset, locale and variant being made, and its template.
    fn failed<'j>(&self, job: &'j Job, data: &'j PrintData) -> blame::Failed<'j> {
        let path = format!("/{}", job.spec.template);
        blame::Failed {
            id: job.spec.id,
            locale: &job.locale,
            variant: data.variant,
            template: self.template_file(job),
            faro_own: self.templates.faro_own.contains(&path),
        }
    }

    fn export_files(
        &self,
        job: &Job,
        data: &PrintData,
        doc: &typst_layout::PagedDocument,
        files: &mut Vec<(String, Vec<u8>)>,
    ) -> Result<(), ExportError> {
        let id = job.spec.id;
        let ident = format!(
            "{}/{}/{id}/{}",
            self.campaign.settings.id, job.locale, data.variant
        );
        match (job.spec.format, data.variant) {
            (Format::Pdf { pages, .. }, variant) => {
                if pages > 0 && doc.pages().len() != pages {
                    return Err(ExportError::Pages(pages));
                }
                let office = variant == "office";
                let bytes = render::pdf(doc, &ident).map_err(|e| ExportError::Pdf(e, ident))?;
                let bleed_pt = (data.bleed_mm > 0.0).then(|| data.bleed_mm * 72.0 / 25.4);
                let bytes = finish::finish(bytes, bleed_pt);
                let name = if office {
                    format!("{id}.pdf")
                } else {
                    format!("{id}-print.pdf")
                };
                files.push((name, bytes));
                if office {
                    let first = &doc.pages()[..doc.pages().len().min(2)];
                    let width_pt = first[0].frame.width().to_pt();
                    let preview = render::png(first, PREVIEW_WIDTH_PX / width_pt)?;
                    files.push((format!("{id}-preview.png"), preview));
                    let thumb = render::png(first, THUMB_WIDTH_PX / width_pt)?;
                    files.push((format!("{id}-thumb.png"), thumb));
                }
            }
            (Format::Png { width, .. }, _) => {
                let pages = &doc.pages()[..1.min(doc.pages().len())];
                let width_pt = pages
                    .first()
                    .map(|p| p.frame.width().to_pt())
                    .unwrap_or(1.0);
                files.push((
                    format!("{id}.png"),
                    render::png(pages, f64::from(width) / width_pt)?,
                ));
                files.push((
                    format!("{id}-preview.png"),
                    render::png(pages, 0.5 * f64::from(width) / width_pt)?,
                ));
                files.push((
                    format!("{id}-thumb.png"),
                    render::png(pages, THUMB_WIDTH_PX / width_pt)?,
                ));
            }
        }
        Ok(())
    }

    fn template_file(&self, job: &Job) -> std::path::PathBuf {
        self.templates
            .origins
            .get(&format!("/{}", job.spec.template))
            .map(|s| s.path.clone())
            .unwrap_or_else(|| format!("templates/print/{}", job.spec.template).into())
    }

    /// A character of a string that no font has is an error naming the asset,
    /// the locale and where the string comes from.
    fn missing_glyphs(&self, job: &Job, data: &PrintData) -> Option<Diagnostic> {
        for (key, text) in data.texts() {
            let missing = self.fonts.missing(text);
            if missing.is_empty() {
                continue;
            }
            let msg = format!(
                "{} ({}): no font has {} of `{key}`",
                job.spec.id,
                job.locale,
                fonts::describe(&missing)
            );
            let hint = format!(
                "add a font covering them to the theme's fonts/ folder (fonts now: {})",
                self.fonts.families.join(", ")
            );
            let d = Diagnostic::error("print.missing-glyph", msg).with_hint(hint);
            return Some(self.at_missing_glyph(d, job, &key, &missing));
        }
        None
    }

    /// Points a missing-glyph error at the first missing character in the
    /// text it comes from: the Fluent message, the guidelines page (booklet
    /// texts are keyed by their page file), or else campaign.yaml.
    fn at_missing_glyph(
        &self,
        d: Diagnostic,
        job: &Job,
        key: &str,
        missing: &[char],
    ) -> Diagnostic {
        let first_missing = |text: &str, from: usize| {
            text[from.min(text.len())..]
                .find(|c| missing.contains(&c))
                .map(|i| from + i)
        };
        let origin = self.campaign.i18n.messages(&job.locale).remove(key);
        if let Some(o) = origin {
            let source = crate::untrusted::files::read_text(&o.file)
                .ok()
                .map(|text| SourceText {
                    path: o.file.clone(),
                    text: Arc::from(text),
                });
            let from = |t: &str| crate::diagnostics::offset_of(t, o.position);
            return match source.and_then(|s| Some((first_missing(&s.text, from(&s.text))?, s))) {
                Some((at, s)) => d.at_source(&s, crate::diagnostics::position_of(&s.text, at), 1),
                None => d.in_file(&o.file).at(o.position.line, o.position.column),
            };
        }
        let page = self
            .campaign
            .pages
            .iter()
            .find(|p| p.relative.to_string_lossy().replace('\\', "/") == key);
        let source = page.map_or(&self.campaign.config_source, |p| &p.source);
        match first_missing(&source.text, 0) {
            Some(at) => d.at_source(source, crate::diagnostics::position_of(&source.text, at), 1),
            None => d.in_file(&source.path),
        }
    }

    /// Turns a Typst error into a diagnostic: a string that does not fit names
    /// its Fluent key (and where it is defined); any other error points into
    /// the template.
    fn typst_error(
        &self,
        job: &Job,
        world: &PrintWorld,
        e: &typst::diag::SourceDiagnostic,
    ) -> Diagnostic {
        use typst::WorldExt;
        let (id, locale) = (job.spec.id, job.locale.as_str());
        if let Some(rest) = e.message.split("faro-overflow:").nth(1) {
            let key: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || "-_.:".contains(*c))
                .collect();
            if let Some(setting) = key.strip_prefix("campaign.yaml:") {
                return blame::setting_overflow(self.campaign, setting, &[(id, locale)]);
            }
            let msg = format!(
                "`{key}` ({locale}) does not fit its box on {id}, even at the smallest type size"
            );
            let d = Diagnostic::error("print.overflow", msg);
            let origin = self.campaign.i18n.messages(locale).remove(&key);
            return match origin {
                Some(o) => d
                    .in_file(&o.file)
                    .at(o.position.line, o.position.column)
                    .with_hint(format!("shorten the `{key}` text in this file")),
                None => d.in_file(self.template_file(job)),
            };
        }
        let mut msg = format!("{id} ({locale}): {}", e.message);
        for h in &e.hints {
            msg.push_str(&format!("; hint: {}", h.v));
        }
        let file = e.span.id().map(|f| f.vpath().get_with_slash().to_string());
        let template = file.unwrap_or_else(|| format!("/{}", job.spec.template));
        let d = if self.templates.faro_own.contains(&template) {
            Diagnostic::error(
                "print.faro-bug",
                format!("Faro's own print template failed on {msg}"),
            )
            .with_hint(
                "this is a bug in Faro, not in your campaign: please report it with this message",
            )
        } else {
            Diagnostic::error("print.template", msg)
        };
        let located = world.range(e.span).and_then(|range| {
            let src = self.templates.origins.get(&template)?;
            Some((src, range.start))
        });
        match located {
            Some((src, offset)) => {
                let pos = crate::diagnostics::position_of(&src.text, offset);
                d.at_source(src, pos, 1)
            }
            None => d.in_file(self.template_file(job)),
        }
    }
}

/// Why an asset could not be exported.
enum ExportError {
    /// Typst refused to write the PDF (with the document's identifier, to
    /// export it again while locating the fault).
    Pdf(Vec<typst::diag::SourceDiagnostic>, String),
    /// The document has not the asset's number of pages (given).
    Pages(usize),
    /// Anything else, in words.
    Message(String),
}

impl From<String> for ExportError {
    fn from(msg: String) -> Self {
        ExportError::Message(msg)
    }
}

/// Width and height of a PNG, from its header.
fn png_size(bytes: &[u8]) -> Option<(u32, u32)> {
    let w = u32::from_be_bytes(bytes.get(16..20)?.try_into().ok()?);
    let h = u32::from_be_bytes(bytes.get(20..24)?.try_into().ok()?);
    Some((w, h))
}
