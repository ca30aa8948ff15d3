//! One print job: one asset in one locale, rendered in each of its variants
//! (office and print-shop PDF, or the image), or taken from the render cache.
//! [`super::build`] plans the jobs and runs them in parallel; what goes wrong
//! in a job becomes diagnostics in `super::asset_errors` and `super::blame`.

use std::sync::Arc;

use super::data::{self, LocaleData, PrintData};
use super::fonts::FontSet;
use super::inputs::{Files, Templates};
use super::world::PrintWorld;
use super::{blame, booklet, derive, finish, fits, layout, render, Cache};
use super::{AssetSpec, Format, THUMB_WIDTH_PX};
use crate::campaign::load::Campaign;
use crate::diagnostics::{Diagnostic, Diagnostics};

/// One asset in one locale.
pub(super) struct Job {
    pub(super) locale: String,
    pub(super) spec: &'static AssetSpec,
    pub(super) booklet: Option<booklet::Booklet>,
    pub(super) shared: Arc<LocaleData>,
    /// The local service of a co-branded asset.
    pub(super) service: Option<super::services::ServiceJob>,
}

impl Job {
    /// The asset's file name stem: `poster-a4`, or `poster-a4-<service>`
    /// for a service's co-branded set.
    pub(super) fn name(&self) -> String {
        super::services::file_stem(self.spec.id, self.service.as_ref())
    }
}

/// What one job made: its files (none when it failed), the size of its
/// thumbnail, whether it came from the cache, and its diagnostics.
pub(super) struct JobResult {
    pub(super) files: Vec<(String, Vec<u8>)>,
    pub(super) preview_size: Option<(u32, u32)>,
    pub(super) cached: bool,
    pub(super) diags: Diagnostics,
}

impl JobResult {
    fn empty() -> JobResult {
        JobResult {
            files: Vec::new(),
            preview_size: None,
            cached: false,
            diags: Diagnostics::new(),
        }
    }
}

/// What every job of a build shares.
pub(super) struct JobContext<'a> {
    pub(super) campaign: &'a Campaign,
    pub(super) templates: &'a Templates,
    pub(super) fonts: &'a Arc<FontSet>,
    pub(super) files: &'a Files,
    pub(super) cache: &'a Cache,
    pub(super) draft: bool,
}

impl JobContext<'_> {
    /// Makes the job's files: from the cache when its key is there, else
    /// rendered (and stored in the cache when it raised no diagnostic).
    pub(super) fn run(&self, job: &Job) -> JobResult {
        let mut result = JobResult::empty();
        let mut datas = self.variant_data(job);
        if let Some(d) = self.missing_glyphs(job, &datas[0]) {
            result.diags.push(d);
            return result;
        }
        let virtual_files = self.virtual_files(job);
        let jsons: Result<Vec<Vec<u8>>, Diagnostic> =
            datas.iter().map(|d| data_json(job, d)).collect();
        let jsons = match jsons {
            Ok(jsons) => jsons,
            Err(d) => {
                result.diags.push(d);
                return result;
            }
        };
        let key = self.cache_key(&virtual_files, &jsons);
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
        if datas.len() == 2 {
            // Both PDF variants from one layout (see `super::derive`).
            match self.render_derived(job, &datas, &virtual_files, &mut result) {
                Derived::Made => return self.finish_job(&key, result),
                Derived::Failed => return result,
                Derived::NotDerivable => {}
            }
        }
        // Not derivable: each variant compiled on its own.
        // The office variant first: the print-shop variant takes the sizes
        // its `fit`s chose (see `super::fits`) instead of searching again.
        let mut shared: Option<fits::Fits> = None;
        for (data, json) in datas.iter_mut().zip(jsons) {
            let json = match shared.take() {
                Some(chosen) => {
                    data.fits = Some(chosen);
                    match data_json(job, data) {
                        Ok(json) => json,
                        Err(d) => {
                            result.diags.push(d);
                            return result;
                        }
                    }
                }
                None => json,
            };
            match self.render_variant(job, data, json, &virtual_files, &mut result) {
                Some(chosen) => shared = Some(chosen),
                None => return result,
            }
        }
        self.finish_job(&key, result)
    }

    /// Notes the thumbnail's size and stores the files in the cache.
    fn finish_job(&self, key: &str, mut result: JobResult) -> JobResult {
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
            self.cache.put(key, &stored);
        }
        result
    }

    /// The "not for print" mark of a PDF while a value it prints is not
    /// confirmed, in `locale` (review 15-revd C2); none for the share
    /// images, which are not printed.
    fn unconfirmed_mark(&self, job: &Job, locale: &str) -> Option<String> {
        let printed = crate::campaign::unconfirmed::printed(self.campaign);
        if printed.is_empty() || !matches!(job.spec.format, Format::Pdf { .. }) {
            return None;
        }
        let values = crate::web::unconfirmed::unconfirmed_values(self.campaign, &printed, locale);
        let values = crate::campaign::i18n::ArgValue::Text(values);
        let args = crate::campaign::i18n::fluent_args([("values", values)]);
        let i18n = &self.campaign.i18n;
        Some(i18n.format(locale, "print-unconfirmed", Some(&args)))
    }

    /// The data each variant of the asset is laid out from: office and
    /// print-shop for a PDF, one for an image.
    fn variant_data(&self, job: &Job) -> Vec<PrintData> {
        let variants: &[&'static str] = match job.spec.format {
            Format::Pdf { .. } => &["office", "print"],
            Format::Png { .. } => &["image"],
        };
        let cmyk = &self.campaign.settings.print.cmyk;
        variants
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
                super::services::add_service(&mut d, job, self.files);
                d.draft = self
                    .draft
                    .then(|| self.campaign.i18n.format(&job.locale, "draft-banner", None));
                d.unconfirmed = self.unconfirmed_mark(job, &job.locale);
                // A print shop in the campaign's country reads its default
                // language, not necessarily the file's: the band says it in
                // both, the slug in that one (review 17 item 3).
                let default = self.campaign.settings.default_locale.as_str();
                if job.locale != default {
                    d.unconfirmed_default = self
                        .unconfirmed_mark(job, default)
                        .map(|text| super::data::MarkLine::new(default, text));
                }
                // The print shop's label beside the crop marks says it too
                // (review 16 item 3).
                if d.unconfirmed.is_some() && !d.slug.is_empty() {
                    let word = self.campaign.i18n.format(default, "print-slug-draft", None);
                    d.slug = format!("{word} · {}", d.slug);
                }
                d
            })
            .collect()
    }

    /// The images the template may load: the QR code of the asset's address
    /// (the locale's home page), the logo, EU emblem and illustration, the
    /// partners' logos and, on a co-branded asset, its local service's.
    fn virtual_files(&self, job: &Job) -> Vec<(String, Vec<u8>)> {
        let qr = job.shared.qr.clone().into_bytes();
        let mut virtual_files: Vec<(String, Vec<u8>)> = vec![("/qr.svg".into(), qr)];
        let shared = [&self.files.logo, &self.files.eu_emblem, &self.files.art];
        let own_logo = super::services::logo_file(job, self.files);
        for f in shared
            .into_iter()
            .chain(&self.files.partner_logos)
            .flatten()
            .chain(own_logo)
        {
            virtual_files.push(f.clone());
        }
        virtual_files
    }

    /// The render cache's key: everything the asset's files depend on (the
    /// renderer, templates, fonts, images and the data of every variant: the
    /// print-shop data, which a PDF's layout is made from, and the office
    /// data, which its layout checks read).
    fn cache_key(&self, virtual_files: &[(String, Vec<u8>)], jsons: &[Vec<u8>]) -> String {
        let mut h = blake3::Hasher::new();
        let parts = [
            render::RENDERER,
            render::FINISH,
            render::PREVIEWS,
            layout::RULES,
            derive::DERIVE,
            &self.templates.hash,
            &self.fonts.hash,
        ];
        for part in parts {
            h.update(part.as_bytes());
            h.update(&[0]);
        }
        for (path, bytes) in virtual_files {
            h.update(path.as_bytes());
            h.update(blake3::hash(bytes).as_bytes());
        }
        for j in jsons {
            h.update(blake3::hash(j).as_bytes());
        }
        h.finalize().to_hex().to_string()
    }

    /// Compiles, checks and exports one variant into `result`, and returns
    /// what its `fit`s chose. None when it failed: `result` then holds the
    /// diagnostics (and, when the layout checks or the export failed, no
    /// files).
    fn render_variant(
        &self,
        job: &Job,
        data: &PrintData,
        json: Vec<u8>,
        virtual_files: &[(String, Vec<u8>)],
        result: &mut JobResult,
    ) -> Option<fits::Fits> {
        let mut doc = self.compile(job, json, virtual_files, result)?;
        if data.cmyk {
            doc = derive::neutrals_in_black_ink(&doc);
        }
        if !self.check_and_export(job, data, &doc, result) {
            return None;
        }
        Some(fits::chosen(&doc))
    }

    /// Compiles the job's template with `json` as its `/data.json`. None when
    /// Typst reported errors: they are in `result`, located in the template.
    fn compile(
        &self,
        job: &Job,
        json: Vec<u8>,
        virtual_files: &[(String, Vec<u8>)],
        result: &mut JobResult,
    ) -> Option<typst_layout::PagedDocument> {
        let mut files = virtual_files.to_vec();
        files.push(("/data.json".into(), json));
        let main = format!("/{}", job.spec.template);
        let world = PrintWorld::new(self.fonts.clone(), &main, &self.templates.sources, files);
        match render::compile(&world) {
            Ok(doc) => Some(doc),
            Err(errors) => {
                for e in errors {
                    result.diags.push(self.typst_error(job, &world, &e));
                }
                None
            }
        }
    }

    /// Runs the layout checks on one variant's document and exports it into
    /// `result`. False when it failed (`result` then holds no files).
    fn check_and_export(
        &self,
        job: &Job,
        data: &PrintData,
        doc: &typst_layout::PagedDocument,
        result: &mut JobResult,
    ) -> bool {
        let checks = self.layout_diagnostics(job, data, doc);
        let broken = checks.has_errors();
        result.diags.extend(checks);
        if broken {
            result.files.clear();
            return false;
        }
        if let Err(diags) = self.export(job, data, doc, &mut result.files) {
            diags.into_iter().for_each(|d| result.diags.push(d));
            result.files.clear();
            return false;
        }
        true
    }

    /// Both PDF variants from one compile (see `super::derive`): the
    /// print-shop data laid out in RGB, then cut down to the office variant
    /// and recoloured to the print-shop one. When the layout holds a colour
    /// the recolouring cannot map (a template computing a colour from the
    /// palette), the print-shop variant is compiled on its own, with the
    /// sizes this layout chose. `NotDerivable`, with `result` untouched,
    /// when the palette is ambiguous or the marks cannot be taken out.
    fn render_derived(
        &self,
        job: &Job,
        datas: &[PrintData],
        virtual_files: &[(String, Vec<u8>)],
        result: &mut JobResult,
    ) -> Derived {
        let (office_data, print_data) = (&datas[0], &datas[1]);
        let Some(palette) = derive::palette(&print_data.colours) else {
            return Derived::NotDerivable;
        };
        let mut master = print_data.clone();
        master.cmyk = false;
        let json = match data_json(job, &master) {
            Ok(json) => json,
            Err(d) => {
                result.diags.push(d);
                return Derived::Failed;
            }
        };
        let Some(doc) = self.compile(job, json, virtual_files, result) else {
            return Derived::Failed;
        };
        let Some(office) = derive::office(&doc, print_data.crop_marks) else {
            return Derived::NotDerivable;
        };
        if !self.check_and_export(job, office_data, &office, result) {
            return Derived::Failed;
        }
        let made = match derive::print_shop(&doc, &palette) {
            Some(print) => self.check_and_export(job, print_data, &print, result),
            None => self.render_print_alone(job, print_data, &doc, virtual_files, result),
        };
        if made {
            Derived::Made
        } else {
            Derived::Failed
        }
    }

    /// Compiles the print-shop variant on its own, with the sizes `layout`'s
    /// `fit`s chose (see `super::fits`). False when it failed.
    fn render_print_alone(
        &self,
        job: &Job,
        print_data: &PrintData,
        layout: &typst_layout::PagedDocument,
        virtual_files: &[(String, Vec<u8>)],
        result: &mut JobResult,
    ) -> bool {
        let mut data = print_data.clone();
        data.fits = Some(fits::chosen(layout));
        match data_json(job, &data) {
            Ok(json) => self
                .render_variant(job, &data, json, virtual_files, result)
                .is_some(),
            Err(d) => {
                result.diags.push(d);
                false
            }
        }
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
        let id = job.name();
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
                // The emblem and the illustration in the shop's inks.
                let redrawn = (!office && data.cmyk)
                    .then(|| super::vector::print_shop_art(doc, data, &job.shared.qr, self.files));
                let doc = redrawn.as_ref().unwrap_or(doc);
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
                    let first: Vec<_> = first.iter().map(derive::unclipped).collect();
                    let width_pt = first[0].frame.width().to_pt();
                    let thumb = render::pngs(&first, &[THUMB_WIDTH_PX / width_pt])?;
                    files.extend(
                        thumb
                            .into_iter()
                            .map(|png| (format!("{id}-thumb.png"), png)),
                    );
                }
            }
            (Format::Png { width, .. }, _) => {
                let pages = &doc.pages()[..1.min(doc.pages().len())];
                let width_pt = pages
                    .first()
                    .map(|p| p.frame.width().to_pt())
                    .unwrap_or(1.0);
                let full = f64::from(width) / width_pt;
                let scales = [full, THUMB_WIDTH_PX / width_pt];
                let names = [format!("{id}.png"), format!("{id}-thumb.png")];
                files.extend(names.into_iter().zip(render::pngs(pages, &scales)?));
            }
        }
        Ok(())
    }

    pub(super) fn template_file(&self, job: &Job) -> std::path::PathBuf {
        self.templates
            .origins
            .get(&format!("/{}", job.spec.template))
            .map(|s| s.path.clone())
            .unwrap_or_else(|| format!("templates/print/{}", job.spec.template).into())
    }
}

/// What became of deriving both PDF variants from one layout.
enum Derived {
    /// Both variants made, in `result`.
    Made,
    /// Failed: `result` holds the diagnostics.
    Failed,
    /// Not done, `result` untouched: compile each variant on its own.
    NotDerivable,
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

/// The template's `/data.json`: a failure to write it (which Faro's own data
/// should never cause) is reported as such, not handed to Typst as an empty
/// file that it would report as a confusing template error.
fn data_json(job: &Job, data: &PrintData) -> Result<Vec<u8>, Diagnostic> {
    serde_json::to_vec(data).map_err(|e| {
        Diagnostic::error(
            "print.data",
            format!(
                "cannot write the data of the {} asset `{}` for Typst: {e}",
                job.locale,
                job.name()
            ),
        )
        .with_hint("this is a bug in Faro: please report it with the campaign that shows it")
    })
}
