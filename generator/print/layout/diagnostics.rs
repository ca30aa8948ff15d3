//! The layout checks of one made asset as diagnostics: the rules of the
//! parent module run on what Typst laid out, each problem located at the
//! campaign text it names (or the template), and the print-shop file's own
//! checks (its slug, its images' resolution). Apart from the rules so that
//! what is checked and how a finding is reported read separately.

use typst_layout::PagedDocument;

use super::share;
use super::{
    drop_mark, image_problems, measure, slug_problems, text_problems, PlacedImage, PlacedText,
    Rules, MIN_PRINT_DPI, SAFETY_MM, SOCIAL_FREE_PX,
};
use crate::diagnostics::{Diagnostic, Diagnostics, Severity};
use crate::print::{Format, Job, JobContext, PrintData};

impl JobContext<'_> {
    /// The layout checks of one variant of an asset: errors for text that
    /// breaks the rules (once, on the office PDF or the image), warnings for
    /// campaign images under 300 dpi (once, on the print-shop PDF).
    pub(in crate::print) fn layout_diagnostics(
        &self,
        job: &Job,
        data: &PrintData,
        doc: &PagedDocument,
    ) -> Diagnostics {
        let mut diags = Diagnostics::new();
        let variant = data.variant;
        let (mut texts, images, pages) = measure(doc);
        drop_marks(data, &mut texts);
        let spec = job.spec;
        if variant != "print" {
            for problem in self.office_problems(job, data, &texts, &images, &pages) {
                diags.push(self.problem_at_its_text(job, data, problem));
            }
        }
        if variant == "print" && data.crop_marks {
            let mm = 72.0 / 25.4;
            let frame = (data.bleed_mm * mm, (data.bleed_mm + data.slug_mm) * mm);
            for problem in slug_problems(&texts, &pages, frame) {
                let msg = format!("{} ({}, print shop): {problem}", spec.id, job.locale);
                diags.push(Diagnostic::error("print.layout", msg).in_file(self.template_file(job)));
            }
        }
        if variant == "print" {
            for image in images.iter().filter(|i| i.dpi() < MIN_PRINT_DPI - 0.5) {
                if let Some(d) = self.low_resolution(spec.id, image) {
                    diags.push(d);
                }
            }
        }
        diags
    }

    /// What breaks the rules of the office PDF or the image, one sentence
    /// each: its text, its images, a share image's illustration and funding
    /// statement.
    fn office_problems(
        &self,
        job: &Job,
        data: &PrintData,
        texts: &[PlacedText],
        images: &[PlacedImage],
        pages: &[(f64, f64)],
    ) -> Vec<String> {
        let spec = job.spec;
        let share_image = matches!(spec.format, Format::Png { .. });
        // Only a story has platform controls over its top and bottom.
        let story = share_image && spec.id == "social-story";
        let facts: Vec<String> = data
            .helplines
            .iter()
            .flat_map(|h| h.facts.iter().cloned())
            .collect();
        let rules = Rules {
            free_zone: if story { SOCIAL_FREE_PX } else { 0.0 },
            headline: spec.template != "booklet.typ",
            title: spec.template == "booklet.typ",
            short_words: data.short_words,
            address: Some(&data.url_display),
            facts: &facts,
            safety: if spec.template == "card.typ" {
                SAFETY_MM * 72.0 / 25.4
            } else {
                0.0
            },
        };
        let files = self.files;
        let logos: Vec<&[u8]> = files
            .partner_logos
            .iter()
            .chain(&files.service_logos)
            .flatten()
            .map(|(_, bytes)| bytes.as_slice())
            .collect();
        let emblem = files.eu_emblem.as_ref().map(|(_, b)| b.as_slice());
        // A post (an image but the link preview) shows the illustration.
        let post = share_image && spec.id != "og";
        let art = files.art.as_ref().filter(|_| post);
        let mut problems = text_problems(texts, pages, rules);
        problems.extend(image_problems(texts, images, &logos, emblem));
        if let Some((_, art)) = art {
            let min = share::share_art_min(spec.id);
            problems.extend(share::share_problems(texts, images, art, min));
        }
        // Every share image, the link preview included.
        if share_image {
            problems.extend(self.funding_problems(job, data, texts, images, emblem));
        }
        problems
    }

    /// A share image's funding statement and emblem (see
    /// [`share::funding_problems`]).
    fn funding_problems(
        &self,
        job: &Job,
        data: &PrintData,
        texts: &[PlacedText],
        images: &[PlacedImage],
        emblem: Option<&[u8]>,
    ) -> Vec<String> {
        let logo = self.files.logo.as_ref().map(|(_, b)| b.as_slice());
        // A placeholder is a to-do, not a statement to read
        // (see `PrintData::funding_placeholder`).
        let statement = data
            .strings
            .get("funding-statement")
            .filter(|_| !data.funding_placeholder);
        let width = match job.spec.format {
            Format::Png { width, .. } => f64::from(width),
            Format::Pdf { .. } => 0.0,
        };
        share::funding_problems(
            texts,
            images,
            emblem,
            logo,
            statement.map(String::as_str),
            width,
        )
    }

    /// A layout error for `problem`, at the campaign text it names where
    /// known (so that a translator is taken to the string to shorten), else
    /// at the template.
    fn problem_at_its_text(&self, job: &Job, data: &PrintData, problem: String) -> Diagnostic {
        let msg = format!("{} ({}): {problem}", job.spec.id, job.locale);
        let hint = "shorten the campaign's text for this asset (locales/<lang>/campaign.ftl), or fix the template's fitting rules";
        let d = Diagnostic::error("print.layout", msg).with_hint(hint);
        let origin = crate::print::origin::named_text(&problem).and_then(|text| {
            crate::print::origin::origins(data, &[text])
                .into_iter()
                .next()
        });
        origin
            .and_then(|(key, _)| self.at_text(d.clone(), job, &key))
            .unwrap_or_else(|| d.in_file(self.template_file(job)))
    }

    /// A warning at the campaign.yaml value that names the image, when it is
    /// one of the campaign's files (its logo or a partner's).
    fn low_resolution(&self, asset: &str, image: &PlacedImage) -> Option<Diagnostic> {
        let s = &self.campaign.settings;
        let named = std::iter::once((&self.files.logo, s.logo.as_ref()))
            .chain(
                self.files
                    .partner_logos
                    .iter()
                    .zip(s.partners.iter().map(|p| p.logo.as_ref())),
            )
            .chain(
                self.files
                    .service_logos
                    .iter()
                    .zip(s.services.iter().map(|v| v.logo.as_ref())),
            )
            .find(|(file, _)| file.as_ref().is_some_and(|(_, b)| *b == image.data))
            .and_then(|(_, written)| written)?;
        let needed = (image.width_pt / 72.0 * MIN_PRINT_DPI).ceil();
        let msg = format!(
            "`{}` prints at {:.0} dpi on {asset}, under {MIN_PRINT_DPI:.0} dpi: it will look blurred",
            named.written.value,
            image.dpi()
        );
        let mut d = crate::campaign::yaml::at_value(
            &self.campaign.config_source,
            &named.written,
            "print.image-resolution",
            msg,
        )
        .with_hint(format!(
            "give a file at least {needed:.0} px wide ({:.0} px now), or an SVG",
            image.pixels_wide.unwrap_or_default()
        ));
        d.severity = Severity::Warning;
        Some(d)
    }
}

/// Leaves out of `texts` the marks that lie across the page on purpose: a
/// draft's banner, and the "not for print" band of a file with unconfirmed
/// values (its second language, or on a card its first sentence after the
/// first language's: templates/print/faro.typ).
fn drop_marks(data: &PrintData, texts: &mut Vec<PlacedText>) {
    let also = data.unconfirmed_default.as_ref();
    let joined = also.zip(data.unconfirmed.as_ref());
    let joined = joined.map(|(also, mark)| format!("{mark} / {}", also.short));
    let also = also.map(|m| m.text.clone());
    let marks = [
        &data.draft,
        &data.unconfirmed,
        &also,
        &joined,
        &data.share_unconfirmed,
    ];
    for mark in marks.into_iter().flatten() {
        drop_mark(texts, mark);
    }
}
