//! Compiling a template with its data and exporting the result: PDF (tagged,
//! fonts embedded and subset, fixed metadata) and PNG.

use image::codecs::png::{CompressionType, FilterType as PngFilter, PngEncoder};
use image::RgbImage;
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

/// The version of how previews, thumbnails and share images are drawn and
/// encoded ([`pngs`]), part of every cache key too: bump it when their
/// pixels or bytes change.
pub(super) const PREVIEWS: &str = "previews 2";

/// Compiles the world's main template into pages, in one layout pass where
/// a second could not change them (see [`super::passes`]). Errors come back
/// as Typst diagnostics; warnings are dropped.
pub(super) fn compile(world: &PrintWorld) -> Result<PagedDocument, Vec<SourceDiagnostic>> {
    super::passes::compile(world).map_err(|errors| {
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
/// scale, in that order. Each size is drawn anew: scaling the largest image
/// down with `image`'s resampling instead took a quarter of a whole pilot
/// build's CPU time in a profile, far more than drawing the pages again.
pub(super) fn pngs(pages: &[Page], pixel_per_pt: &[f64]) -> Result<Vec<Vec<u8>>, String> {
    pixel_per_pt
        .iter()
        .map(|&scale| encode_png(&raster(pages, scale)?))
        .collect()
}

/// The pages side by side at `pixel_per_pt`, as opaque RGB.
fn raster(pages: &[Page], pixel_per_pt: f64) -> Result<RgbImage, String> {
    let options = RenderOptions {
        pixel_per_pt: typst::utils::Scalar::new(pixel_per_pt),
        render_bleed: false,
    };
    let pixmaps: Vec<_> = pages
        .iter()
        .map(|p| typst_render::render(p, &options))
        .collect();
    let first = pixmaps.first().ok_or("there is no page to render")?;
    let gap = if pixmaps.len() > 1 {
        (first.width() / 33).max(4)
    } else {
        0
    };
    let width = pixmaps.iter().map(|p| p.width()).sum::<u32>()
        + gap * (pixmaps.len() as u32).saturating_sub(1);
    let height = pixmaps.iter().map(|p| p.height()).max().unwrap_or(1);
    // One page covers the whole canvas: no grey to paint first.
    let mut canvas = if pixmaps.len() == 1 {
        RgbImage::new(width, height)
    } else {
        RgbImage::from_pixel(width, height, image::Rgb(BETWEEN_PAGES))
    };
    let stride = 3 * width as usize;
    let mut x = 0;
    for p in &pixmaps {
        let row_len = 4 * p.width() as usize;
        for (y, row) in p.data().chunks_exact(row_len).enumerate() {
            let at = y * stride + 3 * x;
            let target = &mut canvas.as_mut()[at..at + 3 * p.width() as usize];
            over_white(row, target);
        }
        x += p.width() as usize + gap as usize;
    }
    Ok(canvas)
}

/// Premultiplied RGBA pixels over white, as RGB: a page Typst fills is
/// opaque, one a template leaves unfilled shows white. Sixteen pixels at a
/// time, and where all sixteen are opaque (nearly everywhere: pages are
/// filled) their colour is kept as it is: a loop the compiler turns into a
/// few shuffles, at a third of the per-pixel sum's time (this conversion
/// was 3.7 % of a pilot build).
fn over_white(rgba: &[u8], rgb: &mut [u8]) {
    let mut to = rgb.chunks_exact_mut(48);
    let mut from = rgba.chunks_exact(64);
    for (to, from) in (&mut to).zip(&mut from) {
        let (to, from): (&mut [u8; 48], &[u8; 64]) =
            (to.try_into().unwrap(), from.try_into().unwrap());
        if (0..16).fold(255, |all, p| all & from[4 * p + 3]) == 255 {
            for p in 0..16 {
                to[3 * p..3 * p + 3].copy_from_slice(&from[4 * p..4 * p + 3]);
            }
        } else {
            over_white_each(from, to);
        }
    }
    over_white_each(from.remainder(), to.into_remainder());
}

/// [`over_white`], pixel by pixel.
fn over_white_each(rgba: &[u8], rgb: &mut [u8]) {
    for (to, from) in rgb.chunks_exact_mut(3).zip(rgba.chunks_exact(4)) {
        let clear = 255 - from[3];
        for c in 0..3 {
            to[c] = from[c].saturating_add(clear);
        }
    }
}

/// PNG with fast compression (fdeflate, tuned for PNG) and adaptive row
/// filters: several times faster than zlib's default level on these images,
/// for files a little larger; the same pixels always give the same bytes.
fn encode_png(image: &RgbImage) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    let encoder =
        PngEncoder::new_with_quality(&mut out, CompressionType::Fast, PngFilter::Adaptive);
    image
        .write_with_encoder(encoder)
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

    #[test]
    fn whole_blocks_of_sixteen_pixels_opaque_or_not_come_out_alike() {
        // 40 pixels: an opaque block, a block with one clear pixel, and a
        // remainder of eight, each pixel compared with the sum alone.
        let mut rgba: Vec<u8> = (0..40u8).flat_map(|i| [i, 2 * i, 3 * i, 255]).collect();
        rgba[4 * 20..4 * 21].copy_from_slice(&[0, 0, 0, 0]);
        rgba[4 * 35..4 * 36].copy_from_slice(&[40, 0, 20, 64]);
        let mut rgb = vec![0; 3 * 40];
        over_white(&rgba, &mut rgb);
        for (i, px) in rgb.chunks_exact(3).enumerate() {
            let expected = match i {
                20 => [255, 255, 255],
                35 => [231, 191, 211],
                _ => [i as u8, 2 * i as u8, 3 * i as u8],
            };
            assert_eq!(px, expected, "pixel {i}");
        }
    }
}
