//! Images referenced by pages: checked when referenced (cheaply, from the file
//! header), then resized for `srcset` in parallel once rendering is done.

use std::collections::BTreeMap;
use std::io::Cursor;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use image::{ImageFormat, ImageReader, Limits};
use rayon::prelude::*;

use crate::diagnostics::render::counted;
use crate::diagnostics::{position_of, Diagnostic, Diagnostics, SourceText};
use crate::output::staging::OutputFile;
use crate::untrusted::files::resolve_inside;
use crate::web::svg::{self, SvgError};

/// Widths offered in `srcset` (never larger than the original).
const WIDTHS: [u32; 3] = [480, 960, 1440];
/// Largest side we accept; anything bigger is almost certainly a mistake.
const MAX_SIDE: u32 = 12_000;
/// Largest pixel count we accept.
const MAX_PIXELS: u64 = 60_000_000;

/// What to do about an SVG that could run a script or load something.
const UNSAFE_SVG_HINT: &str = "Faro publishes only SVGs that draw: no <script>, no event attributes (onload=…), no <foreignObject>, no javascript: links, and no references to other files or hosts (href, xlink:href, @import, url(…)) except to #ids in the same file and embedded bitmaps. Export the drawing again as plain SVG (without the design tool's editing data) or as PNG";

/// Why an image cannot be published.
enum Refusal {
    /// Not a usable image: why, as the end of a sentence.
    Invalid(String),
    /// An SVG that does more than draw: the first problem, its byte offset in
    /// the file, and how many problems there are.
    UnsafeSvg {
        what: String,
        at: usize,
        count: usize,
    },
}

impl From<String> for Refusal {
    fn from(why: String) -> Self {
        Refusal::Invalid(why)
    }
}

impl From<&str> for Refusal {
    fn from(why: &str) -> Self {
        Refusal::Invalid(why.to_string())
    }
}

impl From<SvgError> for Refusal {
    fn from(e: SvgError) -> Self {
        match e {
            SvgError::Malformed(why) => Refusal::Invalid(why),
            SvgError::NoSize => {
                Refusal::Invalid("is an SVG without width/height or viewBox".into())
            }
            SvgError::Unsafe {
                what,
                offset,
                count,
            } => Refusal::UnsafeSvg {
                what,
                at: offset,
                count,
            },
        }
    }
}

/// The message for an SVG that does more than draw: the reference, and the
/// SVG file with the line and column of the first problem (at byte `at`).
fn unsafe_svg_message(
    reference: &str,
    svg: &Path,
    bytes: &[u8],
    what: &str,
    at: usize,
    count: usize,
) -> String {
    let at = position_of(&String::from_utf8_lossy(bytes), at);
    let more = match count {
        1 => String::new(),
        n => format!(" (and {})", counted(n - 1, "more problem")),
    };
    format!(
        "image `{reference}` is an SVG that could run a script or load other files: \
         {what} at {}:{}:{}{more}",
        svg.display(),
        at.line,
        at.column
    )
}

/// What a page needs to write an `<img>` tag.
#[derive(Debug, Clone)]
pub(crate) struct ImageRef {
    /// Default `src` URL.
    pub src: String,
    /// `srcset` value (empty for SVG).
    pub srcset: String,
    /// Intrinsic width in CSS pixels.
    pub width: u32,
    /// Intrinsic height in CSS pixels.
    pub height: u32,
}

#[derive(Debug, Clone)]
struct Variant {
    width: u32,
    height: u32,
    path: String,
}

#[derive(Debug, Clone)]
struct Entry {
    image: ImageRef,
    source: PathBuf,
    format: Option<ImageFormat>,
    variants: Vec<Variant>,
    referenced_in: SourceText,
    offset: usize,
}

impl Entry {
    /// Pages register their images in parallel, so the first to arrive varies
    /// from run to run: the reference kept (where a decode error is reported)
    /// is the first in file order, so that the same campaign always gets the
    /// same message.
    fn keep_first_reference(&mut self, source: &SourceText, offset: usize) {
        if (&source.path, offset) < (&self.referenced_in.path, self.offset) {
            self.referenced_in = source.clone();
            self.offset = offset;
        }
    }
}

/// Every image the site uses, keyed by its path in the campaign folder.
pub(crate) struct ImageRegistry {
    campaign_dir: PathBuf,
    base_path: String,
    entries: Mutex<BTreeMap<PathBuf, Entry>>,
}

impl ImageRegistry {
    /// A registry for images under `campaign_dir`, published under `base_path`.
    pub(crate) fn new(campaign_dir: &Path, base_path: &str) -> Self {
        ImageRegistry {
            campaign_dir: campaign_dir.to_path_buf(),
            base_path: base_path.to_string(),
            entries: Mutex::default(),
        }
    }

    /// Registers `reference` (relative to `base`, a folder inside the campaign),
    /// written in `source` at byte `offset`.
    pub(crate) fn register(
        &self,
        base: &Path,
        reference: &str,
        source: &SourceText,
        offset: usize,
    ) -> Result<ImageRef, Diagnostic> {
        let locate = |msg: String, hint: &str| {
            let pos = position_of(&source.text, offset);
            Diagnostic::error("image.invalid", msg)
                .at_source(source, pos, reference.chars().count())
                .with_hint(hint)
        };
        let rel = resolve_inside(&self.campaign_dir, base, reference)
            .map_err(|why| locate(why.message, "keep images in the campaign's assets/ folder"))?;
        let known = self.entries.lock().ok().and_then(|mut m| {
            let e = m.get_mut(&rel)?;
            e.keep_first_reference(source, offset);
            Some(e.image.clone())
        });
        if let Some(image) = known {
            return Ok(image);
        }
        let path = self.campaign_dir.join(&rel);
        let bytes = crate::untrusted::files::read_bytes(&path).map_err(|d| {
            locate(
                format!("image `{reference}`: {}", d.message),
                "check the path; it is relative to the Markdown file",
            )
        })?;
        let entry = self
            .describe(&rel, &bytes)
            .map_err(|refusal| match refusal {
                Refusal::Invalid(why) => locate(
                    format!("image `{reference}` {why}"),
                    "export it again as PNG, JPEG, WebP or SVG",
                ),
                Refusal::UnsafeSvg { what, at, count } => Diagnostic {
                    code: "safety.svg",
                    ..locate(
                        unsafe_svg_message(reference, &path, &bytes, &what, at, count),
                        UNSAFE_SVG_HINT,
                    )
                },
            })?;
        let entry = Entry {
            referenced_in: source.clone(),
            offset,
            source: path,
            ..entry
        };
        let image = entry.image.clone();
        if let Ok(mut m) = self.entries.lock() {
            match m.get_mut(&rel) {
                Some(known) => known.keep_first_reference(source, offset),
                None => {
                    m.insert(rel, entry);
                }
            }
        }
        Ok(image)
    }

    /// What a referenced image becomes: its output variants and the `<img>`
    /// attributes, or why it is refused.
    fn describe(&self, rel: &Path, bytes: &[u8]) -> Result<Entry, Refusal> {
        let hash = blake3::hash(bytes).to_hex();
        let stem = output_stem(rel);
        if bytes.is_empty() {
            return Err("is an empty file".into());
        }
        let is_svg = rel
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("svg"));
        if is_svg {
            return self.describe_svg(&stem, &hash[..10], bytes);
        }
        let (format, ext, w, h) = raster_facts(rel, bytes)?;
        let mut variants: Vec<Variant> = WIDTHS
            .iter()
            .filter(|&&vw| vw < w)
            .map(|&vw| Variant {
                width: vw,
                height: scaled_height(w, h, vw),
                path: format!("images/{stem}-{vw}.{}.{ext}", &hash[..10]),
            })
            .collect();
        variants.push(Variant {
            width: w,
            height: h,
            path: format!("images/{stem}-{w}.{}.{ext}", &hash[..10]),
        });
        let url = |v: &Variant| format!("{}{}", self.base_path, v.path);
        let default = variants
            .iter()
            .find(|v| v.width >= 960)
            .unwrap_or(&variants[variants.len() - 1]);
        let srcset = variants
            .iter()
            .map(|v| format!("{} {}w", url(v), v.width))
            .collect::<Vec<_>>()
            .join(", ");
        let image = ImageRef {
            src: url(default),
            srcset,
            width: w,
            height: h,
        };
        Ok(Entry {
            image,
            format: Some(format),
            variants,
            source: PathBuf::new(),
            referenced_in: empty_source(),
            offset: 0,
        })
    }

    /// An SVG is published as it is (after the safety check), in one size.
    fn describe_svg(&self, stem: &str, hash: &str, bytes: &[u8]) -> Result<Entry, Refusal> {
        let text = std::str::from_utf8(bytes)
            .map_err(|_| "is not a valid SVG file (not UTF-8)".to_string())?;
        let (width, height) = svg::inspect(text)?;
        let path = format!("images/{stem}.{hash}.svg");
        let src = format!("{}{path}", self.base_path);
        let image = ImageRef {
            src,
            srcset: String::new(),
            width,
            height,
        };
        Ok(Entry {
            image,
            format: None,
            variants: vec![Variant {
                width,
                height,
                path,
            }],
            source: PathBuf::new(),
            referenced_in: empty_source(),
            offset: 0,
        })
    }

    /// Output paths (relative to the site root) of every registered image file.
    pub(crate) fn output_paths(&self) -> Vec<String> {
        let map = self.entries.lock().map(|m| m.clone()).unwrap_or_default();
        map.values()
            .flat_map(|e| e.variants.iter().map(|v| v.path.clone()))
            .collect()
    }

    /// Decodes, resizes and encodes every image, in parallel.
    pub(crate) fn process(&self) -> (Vec<OutputFile>, Diagnostics) {
        let entries: Vec<Entry> = self
            .entries
            .lock()
            .map(|m| m.values().cloned().collect())
            .unwrap_or_default();
        let results: Vec<Result<Vec<OutputFile>, Diagnostic>> =
            entries.par_iter().map(process_entry).collect();
        let mut files = Vec::new();
        let mut diags = Diagnostics::new();
        for r in results {
            match r {
                Ok(f) => files.extend(f),
                Err(d) => diags.push(d),
            }
        }
        (files, diags)
    }
}

fn empty_source() -> SourceText {
    SourceText {
        path: PathBuf::new(),
        text: "".into(),
    }
}

/// The file name stem of an image's outputs: its own stem, lower-case, with
/// anything but ASCII letters, digits and `-` replaced by `-`.
fn output_stem(rel: &Path) -> String {
    rel.file_stem()
        .map(|s| {
            s.to_string_lossy()
                .chars()
                .map(|c| {
                    if c.is_ascii_alphanumeric() || c == '-' {
                        c.to_ascii_lowercase()
                    } else {
                        '-'
                    }
                })
                .collect()
        })
        .unwrap_or_else(|| "image".into())
}

/// A raster image's format, output extension and size, once it is known to
/// be a PNG, JPEG or WebP named for what it is, of sensible dimensions.
fn raster_facts(
    rel: &Path,
    bytes: &[u8],
) -> Result<(ImageFormat, &'static str, u32, u32), Refusal> {
    let reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| format!("cannot be read: {e}"))?;
    let format = reader.format().ok_or("is not an image format Faro knows")?;
    let ext = match format {
        ImageFormat::Png => "png",
        ImageFormat::Jpeg => "jpg",
        ImageFormat::WebP => "webp",
        _ => return Err(format!("is in {format:?} format, which Faro does not publish").into()),
    };
    let named = rel
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    let fits = named == ext || (format == ImageFormat::Jpeg && named == "jpeg");
    if !fits {
        // Print reads an image by its name: a JPEG named .png fails there,
        // far from this reference.
        return Err(format!(
            "is a {} image but its name ends in `.{named}`: rename it to end in `.{ext}`",
            ext.to_ascii_uppercase()
        )
        .into());
    }
    let (w, h) = reader
        .into_dimensions()
        .map_err(|e| format!("does not decode: {e}"))?;
    if w == 0 || h == 0 || w > MAX_SIDE || h > MAX_SIDE || u64::from(w) * u64::from(h) > MAX_PIXELS
    {
        return Err(format!("declares absurd dimensions ({w}×{h} pixels)").into());
    }
    Ok((format, ext, w, h))
}

fn scaled_height(w: u32, h: u32, new_w: u32) -> u32 {
    ((u64::from(h) * u64::from(new_w) + u64::from(w) / 2) / u64::from(w)).max(1) as u32
}

fn process_entry(e: &Entry) -> Result<Vec<OutputFile>, Diagnostic> {
    let fail = |why: String| {
        let pos = position_of(&e.referenced_in.text, e.offset);
        Diagnostic::error(
            "image.decode",
            format!("image `{}` {why}", e.source.display()),
        )
        .at_source(&e.referenced_in, pos, 1)
        .with_hint("export it again as PNG, JPEG or WebP")
    };
    let bytes = std::fs::read(&e.source).map_err(|err| fail(format!("cannot be read: {err}")))?;
    let Some(format) = e.format else {
        return Ok(vec![OutputFile::new(e.variants[0].path.clone(), bytes)]);
    };
    let mut reader = ImageReader::with_format(Cursor::new(&bytes), format);
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(1 << 30);
    reader.limits(limits);
    let decoded = reader
        .decode()
        .map_err(|err| fail(format!("does not decode: {err}")))?;
    let mut out = Vec::new();
    for v in &e.variants {
        if v.width == decoded.width() {
            // The original size is published as it is: no re-encoding, no loss.
            out.push(OutputFile::new(v.path.clone(), bytes.clone()));
            continue;
        }
        let resized =
            decoded.resize_exact(v.width, v.height, image::imageops::FilterType::CatmullRom);
        let mut buf = Cursor::new(Vec::new());
        let result = if format == ImageFormat::Jpeg {
            image::codecs::jpeg::JpegEncoder::new_with_quality(&mut buf, 82)
                .encode_image(&resized.to_rgb8())
        } else {
            resized.write_to(&mut buf, format)
        };
        result.map_err(|err| fail(format!("could not be resized: {err}")))?;
        out.push(OutputFile::new(v.path.clone(), buf.into_inner()));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heights_scale_with_widths() {
        assert_eq!(scaled_height(2000, 1000, 480), 240);
    }
}
