//! Compiling a template with its data and exporting the result: PDF (tagged,
//! fonts embedded and subset, fixed metadata) and PNG.

use image::codecs::png::{CompressionType, FilterType as PngFilter, PngEncoder};
use image::ImageEncoder;
use typst::diag::{Severity, SourceDiagnostic};
use typst::foundations::Smart;
use typst_layout::{Page, PagedDocument};
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards};
use typst_render::RenderOptions;

use super::shrink::{shrink, Rgb};
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

/// Light grey between the pages of a two-sided preview.
const BETWEEN_PAGES: [u8; 3] = [232, 232, 236];

/// Renders pages side by side (a two-sided asset shows both sides) at each
/// of `pixel_per_pt`, on a light grey ground between pages, as one PNG per
/// scale, in that order. The pages are drawn once, at the largest scale;
/// each smaller size is their area average ([`super::shrink`]), which looks
/// the same as drawing them again at that size for a fraction of the cost.
/// (Scaling down with `image`'s resampling filters instead took a quarter
/// of a whole pilot build's CPU time in an earlier profile.)
pub(super) fn pngs(pages: &[Page], pixel_per_pt: &[f64]) -> Result<Vec<Vec<u8>>, String> {
    let largest = pixel_per_pt.iter().copied().fold(0.0, f64::max);
    let drawn: Vec<Rgb> = pages.iter().map(|p| draw(p, largest)).collect();
    pixel_per_pt
        .iter()
        .map(|&scale| {
            let sized: Vec<Rgb>;
            let at_scale = if scale == largest {
                &drawn
            } else {
                sized = pages
                    .iter()
                    .zip(&drawn)
                    .map(|(page, big)| {
                        let (width, height) = pixel_size(page, scale);
                        shrink(big, width.min(big.width), height.min(big.height))
                    })
                    .collect();
                &sized
            };
            match at_scale.as_slice() {
                [only] => encode_png(only),
                more => encode_png(&side_by_side(more)?),
            }
        })
        .collect()
}

/// A page's size in pixels at `pixel_per_pt`, rounded as Typst's renderer
/// rounds it (so that a page shrunk to this size is as large as one drawn
/// at that scale).
fn pixel_size(page: &Page, pixel_per_pt: f64) -> (u32, u32) {
    let size = page.frame.size();
    let scale = pixel_per_pt as f32;
    let px = |pt: f64| (scale * pt as f32).round().max(1.0) as u32;
    (px(size.x.to_pt()), px(size.y.to_pt()))
}

/// One page drawn at `pixel_per_pt`, as opaque RGB over white.
fn draw(page: &Page, pixel_per_pt: f64) -> Rgb {
    let options = RenderOptions {
        pixel_per_pt: typst::utils::Scalar::new(pixel_per_pt),
        render_bleed: false,
    };
    let pixmap = typst_render::render(page, &options);
    let mut data = vec![0; 3 * pixmap.width() as usize * pixmap.height() as usize];
    over_white(pixmap.data(), &mut data);
    Rgb {
        width: pixmap.width(),
        height: pixmap.height(),
        data,
    }
}

/// Two or more pages side by side on a light grey ground, as one image.
fn side_by_side(pages: &[Rgb]) -> Result<Rgb, String> {
    let first = pages.first().ok_or("there is no page to render")?;
    let gap = (first.width / 33).max(4);
    let width =
        pages.iter().map(|p| p.width).sum::<u32>() + gap * (pages.len() as u32).saturating_sub(1);
    let height = pages.iter().map(|p| p.height).max().unwrap_or(1);
    let stride = 3 * width as usize;
    let mut data = BETWEEN_PAGES.repeat(width as usize * height as usize);
    let mut x = 0;
    for p in pages {
        let row_len = 3 * p.width as usize;
        for (y, row) in p.data.chunks_exact(row_len).enumerate() {
            let at = y * stride + 3 * x;
            data[at..at + row_len].copy_from_slice(row);
        }
        x += p.width as usize + gap as usize;
    }
    Ok(Rgb {
        width,
        height,
        data,
    })
}

/// One row of premultiplied RGBA pixels over white, as RGB: a page Typst
/// fills is opaque, one a template leaves unfilled shows white.
fn over_white(rgba: &[u8], rgb: &mut [u8]) {
    for (to, from) in rgb.chunks_exact_mut(3).zip(rgba.chunks_exact(4)) {
        let clear = 255 - from[3];
        for c in 0..3 {
            to[c] = from[c].saturating_add(clear);
        }
    }
}

/// PNG with fast compression (fdeflate, tuned for PNG) and the Paeth filter
/// on every row: several times faster than zlib's default level on these
/// images, for files a little larger; the same pixels always give the same
/// bytes. Paeth rather than `Adaptive` (which tries all five filters on each
/// row and keeps the smallest sum): on the pilot's 176 PNGs it encodes in
/// about three quarters of the time for 8 % more bytes; `Up` and `Sub` are
/// faster still but make the files 30–40 % larger (benches/RESULTS.md,
/// twelfth session).
fn encode_png(image: &Rgb) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    let encoder = PngEncoder::new_with_quality(&mut out, CompressionType::Fast, PngFilter::Paeth);
    encoder
        .write_image(
            &image.data,
            image.width,
            image.height,
            image::ExtendedColorType::Rgb8,
        )
        .map_err(|e| e.to_string())?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::over_white;

    #[test]
    fn pixels_over_white_keep_opaque_colour_and_whiten_the_clear() {
        // Opaque, fully clear and half clear (premultiplied) pixels.
        let rgba = [10, 20, 30, 255, 0, 0, 0, 0, 100, 50, 0, 128];
        let mut rgb = [0; 9];
        over_white(&rgba, &mut rgb);
        assert_eq!(rgb, [10, 20, 30, 255, 255, 255, 227, 177, 127]);
    }
}
