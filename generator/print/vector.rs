//! The print-shop variant's vector art in process colours.
//!
//! Typst draws an SVG image through its own RGB (an ICC-based space of three
//! components in the PDF), whatever the campaign's `cmyk:` values: the
//! theme's illustration printed its purple through the shop's profile, not
//! as the chosen 82/100/0/12 beside the headline band's, and its thin dark
//! strokes in four inks; the EU emblem's blue and yellow went the same way
//! (review 14g-b P2). So in a print-shop document the EU emblem and the
//! illustration, each an SVG image Faro itself provides, are redrawn as
//! Typst shapes in CMYK, and so is the QR code (black ink only): each solid colour the drawing uses becomes its ink
//! values (the palette's `cmyk:`, the emblem's process colours), and an
//! opacity becomes a tint of those inks, as it would print on white paper.
//! A drawing that uses anything else (a colour with no ink values, a
//! gradient, a pattern, a mask, an embedded image, text) is left as the
//! image it was. A logo keeps its own colours: an SVG logo is redrawn with
//! only its neutral colours in black ink (see `logo_inks`), its other
//! colours in RGB as it gives them.

use std::collections::{BTreeMap, HashMap};
use std::hash::BuildHasher;
use std::sync::{Arc, Mutex, PoisonError};

use typst::layout::{Abs, Frame, FrameItem, GroupItem, Point, Ratio, Size};
use typst::visualize::{
    Cmyk, Color, Curve, FillRule, FixedStroke, Geometry, ImageKind, LineCap, LineJoin, Paint,
    ProcessColor, Shape,
};
use typst_layout::{Page, PagedDocument};
use usvg::tiny_skia_path::{PathSegment, Point as SkPoint};

use super::data::ColourData;
use logo::logo_inks;

mod logo;

/// An RGB colour of a drawing (8-bit) and the ink values it prints with.
pub(super) type Ink = ([u8; 3], Color);

/// The SVG drawings of a build, each parsed once: the print-shop variant of
/// every asset in every locale redraws the same few files (the EU emblem,
/// the illustration, the logo, a locale's QR code), and usvg parsed each of
/// them again for every document. Kept by the hash of their bytes, as
/// web/minify.rs keeps its pieces, with the bytes beside the tree so that
/// two drawings of one hash are never mixed up (the second is then parsed
/// each time). `None` for bytes usvg cannot read.
#[derive(Default)]
pub(super) struct Parsed {
    trees: Mutex<HashMap<u64, Kept>>,
    hasher: foldhash::fast::FixedState,
}

/// A drawing's bytes and its tree.
type Kept = (Box<[u8]>, Option<Arc<usvg::Tree>>);

impl Parsed {
    /// The tree of the SVG `data`, parsed on its first use.
    fn tree(&self, data: &[u8]) -> Option<Arc<usvg::Tree>> {
        let hash = self.hasher.hash_one(data);
        let lock = || self.trees.lock().unwrap_or_else(PoisonError::into_inner);
        let kept = lock()
            .get(&hash)
            .map(|(bytes, tree)| (**bytes == *data).then(|| tree.clone()));
        match kept {
            Some(Some(tree)) => tree,
            Some(None) => parse(data),
            None => {
                // Parsed without the lock: other drawings go on meanwhile.
                // Another thread may have kept it (or a drawing of the same
                // hash) meanwhile: this one's own tree is returned.
                let tree = parse(data);
                lock()
                    .entry(hash)
                    .or_insert_with(|| (data.into(), tree.clone()));
                tree
            }
        }
    }
}

fn parse(data: &[u8]) -> Option<Arc<usvg::Tree>> {
    let tree = usvg::Tree::from_data(data, &usvg::Options::default()).ok()?;
    Some(Arc::new(tree))
}

/// The EU emblem's own process colours (the EU's graphic rules: Reflex Blue
/// printed as 100/80/0/0, yellow as 0/0/100/0) for its RGB #003399 and
/// #FFCC00, with white as no ink.
pub(super) fn emblem_inks() -> Vec<Ink> {
    vec![
        (
            [0x00, 0x33, 0x99],
            super::derive::cmyk_percent([100.0, 80.0, 0.0, 0.0]),
        ),
        (
            [0xff, 0xcc, 0x00],
            super::derive::cmyk_percent([0.0, 0.0, 100.0, 0.0]),
        ),
        ([0xff, 0xff, 0xff], super::derive::cmyk_percent([0.0; 4])),
    ]
}

/// The print-shop document `doc` of `data` with the EU emblem in its own
/// process colours, the illustration in the palette's `cmyk:` values and
/// the QR code (`qr`, the SVG the template drew) in black ink (white as no
/// ink).
pub(super) fn print_shop_art(
    doc: &PagedDocument,
    data: &super::PrintData,
    qr: &str,
    files: &super::inputs::Files,
) -> PagedDocument {
    let palette = palette_inks(&data.colours);
    let emblem = emblem_inks();
    // The QR code's modules in black ink alone: in four inks, a little
    // misregistration blurs them.
    let black = [
        (
            [0x00; 3],
            super::derive::cmyk_percent([0.0, 0.0, 0.0, 100.0]),
        ),
        ([0xff; 3], super::derive::cmyk_percent([0.0; 4])),
    ];
    let mut drawings: Vec<(&[u8], &[Ink])> = vec![(qr.as_bytes(), &black)];
    if let Some((_, bytes)) = &files.eu_emblem {
        drawings.push((bytes, &emblem));
    }
    // The campaign's own logo too, when it is drawn in the palette's colours
    // (the pilot's is): it then prints in the same inks as the band beside it.
    for (_, bytes) in [&files.art, &files.logo].into_iter().flatten() {
        drawings.push((bytes, &palette));
    }
    // Every logo in colours of its own (the campaign's when not in the
    // palette's, partners', services') with its neutrals in black ink:
    // listed after the palette's, which a drawing tries first.
    let logos = [&files.logo].into_iter().chain(&files.partner_logos);
    let logos: Vec<(&[u8], Vec<Ink>)> = (logos.chain(&files.service_logos).flatten())
        .filter_map(|(_, bytes)| Some((bytes.as_slice(), logo_inks(&files.parsed, bytes)?)))
        .collect();
    drawings.extend(logos.iter().map(|(bytes, inks)| (*bytes, inks.as_slice())));
    in_process_colours(doc, &drawings, &files.parsed)
}

/// The palette's colours with their `cmyk:` values, and white as no ink.
pub(super) fn palette_inks(colours: &BTreeMap<&'static str, ColourData>) -> Vec<Ink> {
    use std::str::FromStr;
    let mut inks: Vec<Ink> = colours
        .values()
        .filter_map(|c| {
            let [r, g, b, _] = Color::from_str(&c.rgb).ok()?.to_vec4_u8();
            Some(([r, g, b], super::derive::cmyk_percent(c.cmyk)))
        })
        .collect();
    inks.push(([0xff; 3], super::derive::cmyk_percent([0.0; 4])));
    inks
}

/// Whether the campaign's logo (none, or an SVG in the palette's colours)
/// prints in CMYK on a print-shop asset: a raster logo or one in colours of
/// its own stays RGB, which the slug then says.
pub(super) fn logo_in_inks(
    logo: Option<&[u8]>,
    colours: &BTreeMap<&'static str, ColourData>,
    parsed: &Parsed,
) -> bool {
    let size = Size::new(Abs::pt(10.0), Abs::pt(10.0));
    let inks = palette_inks(colours);
    logo.is_none_or(|bytes| shapes(parsed, bytes, size, &inks).is_some())
}

/// Whether `bytes` is a JPEG of four components (CMYK, or YCCK): Typst
/// writes a JPEG into the PDF as it is, so such a logo prints in its own
/// inks, not in RGB (docs/campaign-format.md, "Logos in the print-shop
/// file"). Read from its frame header (SOF0–SOF15 but DHT, JPG and DAC:
/// marker, length, precision, height, width, then the number of
/// components).
pub(super) fn cmyk_jpeg(bytes: &[u8]) -> bool {
    if !bytes.starts_with(&[0xff, 0xd8]) {
        return false;
    }
    let mut at = 2;
    while at + 9 < bytes.len() && bytes[at] == 0xff {
        let marker = bytes[at + 1];
        if (0xc0..=0xcf).contains(&marker) && ![0xc4, 0xc8, 0xcc].contains(&marker) {
            return bytes[at + 9] == 4;
        }
        let length = usize::from(bytes[at + 2]) << 8 | usize::from(bytes[at + 3]);
        at += 2 + length;
    }
    false
}

/// `doc` with every SVG image whose file is one of `drawings` redrawn in
/// that drawing's inks (see the module's comment); any other image, or a
/// drawing that cannot be, stays as it is.
pub(super) fn in_process_colours(
    doc: &PagedDocument,
    drawings: &[(&[u8], &[Ink])],
    parsed: &Parsed,
) -> PagedDocument {
    let mut pages = Vec::with_capacity(doc.pages().len());
    for page in doc.pages() {
        let mut frame = page.frame.clone();
        redraw(&mut frame, drawings, parsed);
        pages.push(Page {
            frame,
            ..page.clone()
        });
    }
    use typst::model::Document;
    PagedDocument::new(pages.into_iter().collect(), doc.info().clone())
}

fn redraw(frame: &mut Frame, drawings: &[(&[u8], &[Ink])], parsed: &Parsed) {
    frame.retain(|item| {
        let shapes = match item {
            FrameItem::Group(group) => {
                redraw(&mut group.frame, drawings, parsed);
                None
            }
            FrameItem::Image(image, size, _) => match image.kind() {
                ImageKind::Svg(svg) => {
                    let data: &[u8] = svg.data();
                    (drawings.iter())
                        .filter(|(file, _)| *file == data)
                        .find_map(|(_, inks)| shapes(parsed, data, *size, inks))
                }
                _ => None,
            },
            _ => None,
        };
        if let Some(shapes) = shapes {
            *item = FrameItem::Group(GroupItem::new(shapes));
        }
        true
    });
}

/// The SVG `data` (its tree from `parsed`) as shapes in a frame of `size`,
/// or None (see the module's comment).
pub(super) fn shapes(parsed: &Parsed, data: &[u8], size: Size, inks: &[Ink]) -> Option<Frame> {
    let tree = parsed.tree(data)?;
    let scale = (
        size.x.to_pt() / f64::from(tree.size().width()),
        size.y.to_pt() / f64::from(tree.size().height()),
    );
    let mut frame = Frame::soft(size);
    add_group(tree.root(), 1.0, scale, inks, &mut frame)?;
    Some(frame)
}

fn add_group(
    group: &usvg::Group,
    opacity: f32,
    scale: (f64, f64),
    inks: &[Ink],
    frame: &mut Frame,
) -> Option<()> {
    let plain = group.clip_path().is_none()
        && group.mask().is_none()
        && group.filters().is_empty()
        && group.blend_mode() == usvg::BlendMode::Normal;
    if !plain {
        return None;
    }
    let opacity = opacity * group.opacity().get();
    for node in group.children() {
        match node {
            usvg::Node::Group(inner) => add_group(inner, opacity, scale, inks, frame)?,
            usvg::Node::Path(path) => add_path(path, opacity, scale, inks, frame)?,
            usvg::Node::Image(_) | usvg::Node::Text(_) => return None,
        }
    }
    Some(())
}

fn add_path(
    path: &usvg::Path,
    opacity: f32,
    scale: (f64, f64),
    inks: &[Ink],
    frame: &mut Frame,
) -> Option<()> {
    if !path.is_visible() {
        return Some(());
    }
    let ts = path.abs_transform();
    let point = |p: SkPoint| {
        let mut p = p;
        ts.map_point(&mut p);
        Point::new(
            Abs::pt(f64::from(p.x) * scale.0),
            Abs::pt(f64::from(p.y) * scale.1),
        )
    };
    let curve = curve_of(path, point);
    let fill = match path.fill() {
        Some(fill) => Some((
            ink(fill.paint(), opacity * fill.opacity().get(), inks)?,
            fill.rule(),
        )),
        None => None,
    };
    let stroke = match path.stroke() {
        // Dashes are not carried over: the drawing stays the image it was.
        Some(stroke) if stroke.dasharray().is_some() => return None,
        Some(stroke) => {
            // Typst's transforms here scale alike in x and y.
            let unit = (ts.sx.abs() as f64).max(ts.sy.abs() as f64) * scale.0;
            Some(fixed_stroke(stroke, opacity, unit, inks)?)
        }
        None => None,
    };
    let fill_shape = fill.map(|(paint, rule)| Shape {
        geometry: Geometry::Curve(curve.clone()),
        fill: Some(paint),
        fill_rule: match rule {
            usvg::FillRule::NonZero => FillRule::NonZero,
            usvg::FillRule::EvenOdd => FillRule::EvenOdd,
        },
        stroke: None,
    });
    let stroke_shape = stroke.map(|stroke| Shape {
        geometry: Geometry::Curve(curve),
        fill: None,
        fill_rule: FillRule::default(),
        stroke: Some(stroke),
    });
    // In the order the SVG paints them (fill first unless it says otherwise).
    let order = if path.paint_order() == usvg::PaintOrder::StrokeAndFill {
        [stroke_shape, fill_shape]
    } else {
        [fill_shape, stroke_shape]
    };
    for shape in order.into_iter().flatten() {
        frame.push(
            Point::zero(),
            FrameItem::Shape(shape, typst::syntax::Span::detached()),
        );
    }
    Some(())
}

/// The segments of `path` as a Typst curve, each point placed by `point`
/// (quadratic segments as cubics: Typst's curves hold cubics only).
fn curve_of(path: &usvg::Path, point: impl Fn(SkPoint) -> Point) -> Curve {
    let mut curve = Curve::new();
    for segment in path.data().segments() {
        match segment {
            PathSegment::MoveTo(p) => curve.move_(point(p)),
            PathSegment::LineTo(p) => curve.line(point(p)),
            PathSegment::QuadTo(c, p) => {
                let (c, p) = (point(c), point(p));
                let start = curve_end(&curve);
                let c1 = start + (c - start) * (2.0 / 3.0);
                let c2 = p + (c - p) * (2.0 / 3.0);
                curve.cubic(c1, c2, p);
            }
            PathSegment::CubicTo(c1, c2, p) => curve.cubic(point(c1), point(c2), point(p)),
            PathSegment::Close => curve.close(),
        }
    }
    curve
}

/// An SVG stroke (not dashed) as Typst's, `unit` points to the SVG's unit,
/// at the group's `opacity`; none when its paint is not a colour of `inks`.
fn fixed_stroke(
    stroke: &usvg::Stroke,
    opacity: f32,
    unit: f64,
    inks: &[Ink],
) -> Option<FixedStroke> {
    Some(FixedStroke {
        paint: ink(stroke.paint(), opacity * stroke.opacity().get(), inks)?,
        thickness: Abs::pt(f64::from(stroke.width().get()) * unit),
        cap: match stroke.linecap() {
            usvg::LineCap::Butt => LineCap::Butt,
            usvg::LineCap::Round => LineCap::Round,
            usvg::LineCap::Square => LineCap::Square,
        },
        join: match stroke.linejoin() {
            usvg::LineJoin::Round => LineJoin::Round,
            usvg::LineJoin::Bevel => LineJoin::Bevel,
            _ => LineJoin::Miter,
        },
        dash: None,
        miter_limit: Ratio::new(f64::from(stroke.miterlimit().get())),
    })
}

/// Where `curve` ends: the start of a quadratic segment.
fn curve_end(curve: &Curve) -> Point {
    use typst::visualize::CurveItem;
    let mut start = Point::zero();
    let mut at = Point::zero();
    for item in &curve.0 {
        match item {
            CurveItem::Move(p) => {
                start = *p;
                at = *p;
            }
            CurveItem::Line(p) | CurveItem::Cubic(_, _, p) => at = *p,
            CurveItem::Close => at = start,
        }
    }
    at
}

/// The ink values of a solid `paint`, as a tint when `opacity` is under 1
/// (a colour `inks` keeps in RGB: only opaque); None for a colour not in
/// `inks` or any other paint.
fn ink(paint: &usvg::Paint, opacity: f32, inks: &[Ink]) -> Option<Paint> {
    let usvg::Paint::Color(c) = paint else {
        return None;
    };
    let (_, colour) = inks
        .iter()
        .find(|(rgb, _)| *rgb == [c.red, c.green, c.blue])?;
    let Color::Process(ProcessColor::Cmyk(cmyk)) = colour else {
        // A logo's own colour (see `logo_inks`), opaque only: a tint of it
        // would be a colour of Faro's making.
        return (opacity >= 1.0).then(|| Paint::Solid(colour.clone()));
    };
    let tint = |v: f32| v * opacity.clamp(0.0, 1.0);
    Some(Paint::Solid(Color::Process(ProcessColor::Cmyk(Cmyk {
        c: tint(cmyk.c),
        m: tint(cmyk.m),
        y: tint(cmyk.y),
        k: tint(cmyk.k),
    }))))
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_jpeg_of_four_components_is_cmyk_and_nothing_else_is() {
        // SOI, an APP0 segment of 4 bytes, then a baseline frame header
        // (SOF0) of `n` components, 1 × 1 pixel.
        let jpeg = |n: u8| {
            let mut b = vec![0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0];
            b.extend([0xff, 0xc0, 0, 8 + 3 * n, 8, 0, 1, 0, 1, n]);
            b.extend(std::iter::repeat_n(0, 3 * usize::from(n)));
            b
        };
        assert!(cmyk_jpeg(&jpeg(4)));
        assert!(!cmyk_jpeg(&jpeg(3)));
        assert!(!cmyk_jpeg(&jpeg(1)));
        // A Huffman table (DHT, 0xc4) first is skipped, not read as a frame.
        let mut dht = vec![0xff, 0xd8, 0xff, 0xc4, 0, 6, 4, 4, 4, 4];
        dht.extend(&jpeg(4)[2..]);
        assert!(cmyk_jpeg(&dht));
        assert!(!cmyk_jpeg(b"\x89PNG\r\n\x1a\n0000000000000000"));
        assert!(!cmyk_jpeg(&[0xff, 0xd8, 0xff]));
    }

    use super::*;

    const EMBLEM: &str = r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 30 20" width="30" height="20"><rect width="30" height="20" fill="#039"/><polygon fill="#fc0" points="15,2 16,5 14,5"/><circle cx="5" cy="5" r="2" fill="#039" opacity=".5"/></svg>"##;

    fn fills(frame: &Frame) -> Vec<[f32; 4]> {
        frame
            .items()
            .filter_map(|(_, item)| match item {
                FrameItem::Shape(shape, _) => match &shape.fill {
                    Some(Paint::Solid(Color::Process(ProcessColor::Cmyk(c)))) => {
                        Some([c.c, c.m, c.y, c.k].map(|v| (v * 100.0).round()))
                    }
                    _ => None,
                },
                _ => None,
            })
            .collect()
    }

    #[test]
    fn the_emblem_is_redrawn_in_its_process_colours_and_opacity_is_a_tint() {
        let size = Size::new(Abs::pt(45.0), Abs::pt(30.0));
        let parsed = Parsed::default();
        let frame = shapes(&parsed, EMBLEM.as_bytes(), size, &emblem_inks()).expect("redrawn");
        assert_eq!(
            fills(&frame),
            [
                [100.0, 80.0, 0.0, 0.0],
                [0.0, 0.0, 100.0, 0.0],
                [50.0, 40.0, 0.0, 0.0]
            ]
        );
        // Scaled to the image's size: the rectangle fills it.
        let (_, FrameItem::Shape(rect, _)) = frame.items().next().unwrap() else {
            panic!("not a shape")
        };
        let bbox = rect.bbox(false);
        assert_eq!(
            (bbox.max.x.to_pt().round(), bbox.max.y.to_pt().round()),
            (45.0, 30.0)
        );
    }

    #[test]
    fn a_drawing_with_a_colour_without_ink_values_stays_an_image() {
        let red = EMBLEM.replace("#fc0", "#f00");
        let size = Size::new(Abs::pt(45.0), Abs::pt(30.0));
        let parsed = Parsed::default();
        assert!(shapes(&parsed, red.as_bytes(), size, &emblem_inks()).is_none());
    }
}
