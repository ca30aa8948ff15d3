//! Compiling a template with its data and exporting the result: PDF (tagged,
//! fonts embedded and subset, fixed metadata) and PNG.

use typst::diag::{Severity, SourceDiagnostic};
use typst::foundations::Smart;
use typst_layout::{Page, PagedDocument};
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards};
use typst_render::RenderOptions;

use super::world::PrintWorld;

/// The version of the renderer, part of every cache key.
pub(super) const RENDERER: &str = concat!("faro ", env!("CARGO_PKG_VERSION"), ", typst 0.15");

/// The version of what is done to the files after Typst (see
/// [`super::finish`]), also part of every cache key: bump it when that
/// changes, so that cached files are made again.
pub(super) const FINISH: &str = "finish 1";

/// Compiles the world's main template into pages. Errors come back as Typst
/// diagnostics; warnings are dropped.
pub(super) fn compile(world: &PrintWorld) -> Result<PagedDocument, Vec<SourceDiagnostic>> {
    let warned = typst::compile::<PagedDocument>(world);
    warned.output.map_err(|errors| {
        errors
            .into_iter()
            .filter(|e| e.severity == Severity::Error)
            .collect()
    })
}

/// Exports a PDF/UA-1 (tagged, with title and language). `ident` identifies
/// the document across builds (it seeds the PDF's file identifier); no date is
/// written, so the same input gives the same bytes. (PDF/A would require a
/// creation date, and forbids the print-shop variant's CMYK without an output
/// intent.)
pub(super) fn pdf(doc: &PagedDocument, ident: &str) -> Result<Vec<u8>, Vec<SourceDiagnostic>> {
    let standards = PdfStandards::new(&[PdfStandard::Ua_1]).map_err(|e| {
        vec![SourceDiagnostic::error(
            typst::syntax::Span::detached(),
            e.message(),
        )]
    })?;
    let options = PdfOptions {
        ident: Smart::Custom(ident.to_string()),
        creator: Smart::Custom(Some(RENDERER.to_string())),
        timestamp: None,
        page_ranges: None,
        standards,
        tagged: true,
        pretty: false,
    };
    typst_pdf::pdf(doc, &options).map_err(|errors| errors.to_vec())
}

/// The messages of PDF export errors, with their hints, in one line.
pub(super) fn describe(errors: &[SourceDiagnostic]) -> String {
    errors
        .iter()
        .map(|e| {
            let hints: Vec<&str> = e.hints.iter().map(|h| h.v.as_str()).collect();
            if hints.is_empty() {
                e.message.to_string()
            } else {
                format!("{} ({})", e.message, hints.join("; "))
            }
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// Renders pages side by side (a two-sided asset shows both sides) at
/// `pixel_per_pt`, on a light grey ground between pages, as PNG.
pub(super) fn png(pages: &[Page], pixel_per_pt: f64) -> Result<Vec<u8>, String> {
    let options = RenderOptions {
        pixel_per_pt: typst::utils::Scalar::new(pixel_per_pt),
        render_bleed: false,
    };
    let pixmaps: Vec<_> = pages
        .iter()
        .map(|p| typst_render::render(p, &options))
        .collect();
    if pixmaps.len() == 1 {
        return pixmaps[0].encode_png().map_err(|e| e.to_string());
    }
    let gap = (pixmaps[0].width() / 33).max(4);
    let width = pixmaps.iter().map(|p| p.width()).sum::<u32>()
        + gap * (pixmaps.len() as u32).saturating_sub(1);
    let height = pixmaps.iter().map(|p| p.height()).max().unwrap_or(1);
    let mut canvas = image::RgbaImage::from_pixel(width, height, image::Rgba([232, 232, 236, 255]));
    let mut x = 0;
    for p in &pixmaps {
        // Pages are opaque, so premultiplied and straight alpha agree.
        let page = image::RgbaImage::from_raw(p.width(), p.height(), p.data().to_vec())
            .ok_or("a page image has the wrong size")?;
        image::imageops::replace(&mut canvas, &page, i64::from(x), 0);
        x += p.width() + gap;
    }
    let mut out = std::io::Cursor::new(Vec::new());
    image::DynamicImage::ImageRgba8(canvas)
        .to_rgb8()
        .write_to(&mut out, image::ImageFormat::Png)
        .map_err(|e| e.to_string())?;
    Ok(out.into_inner())
}
