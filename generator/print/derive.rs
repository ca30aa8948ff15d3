//! Both PDF variants of an asset from one layout.
//!
//! Typst lays out a page as a frame of the trim size; what a page's
//! `background` and `foreground` draw beyond the trim (the bleed and the
//! slug) sits at negative coordinates or past the frame's size, and
//! `Page::bleed` says how far the media box reaches (typst-layout's
//! `pages/finalize.rs`). The content inside the trim does not depend on the
//! bleed, the slug or the colour mode. So one compile with the print-shop
//! geometry, in RGB, holds both variants:
//!
//! - **office**: the crop marks and slug label (the element labelled
//!   `faro-marks` in templates/print/faro.typ) taken out, no bleed, and the
//!   page clipped to the trim;
//! - **print shop**: every palette colour replaced by the campaign's CMYK
//!   value (`cmyk:` in campaign.yaml), as the template's `col` would have
//!   drawn it.
//!
//! Typst's PDF writer builds the tag tree (PDF/UA-1) by walking the frames'
//! `FrameItem::Tag`s (typst-pdf's `tags/tree/build.rs`), and
//! `PagedDocument::new` builds the introspector anew from the pages, so a
//! document whose frames were edited keeps its tags, as long as every
//! element's start and end tags are kept or removed together.
//!
//! The contract this puts on print templates (docs/templates.md): every
//! colour they draw is a palette colour through `col()`, such a colour
//! lightened or darkened by a whole percentage (`col("text").lighten(55%)`,
//! the booklet's fill-in rules), or luma, CMYK, a spot colour or white. Any
//! other colour computed from a palette colour (`mix`, a gradient) has no
//! CMYK value to map to; an asset whose layout holds one gets its
//! print-shop variant compiled on its own (see `super::job`), as does one
//! whose marks are not labelled.
//!
//! One thing is not recoloured: typst-pdf names a table's stroke colour in
//! its tags (`/BorderColor`, an accessibility attribute that draws nothing),
//! read from the table element in the tag, whose resolved grid cannot be
//! rebuilt from outside typst-library. A derived print-shop file's table
//! tags therefore name the palette's RGB, as the office file's do, where a
//! print-shop compile names the RGB of the CMYK value.

use std::str::FromStr;

use typst::foundations::Label;
use typst::introspection::Tag;
use typst::layout::{Abs, Frame, FrameItem, Sides};
use typst::utils::PicoStr;
use typst::visualize::{Cmyk, Color, Curve, Paint, ProcessColor};
use typst_layout::{Page, PagedDocument};

use super::tints::Tints;

/// The version of what is done here to a layout, part of every cache key:
/// bump it when the derived files change, so that cached files are made
/// again.
pub(super) const DERIVE: &str = "derive 4";

/// One palette colour: the RGB the template draws in the office variant
/// (as 8-bit RGBA) and the CMYK it draws in the print-shop variant.
pub(super) type ColourPair = ([u8; 4], Color);

/// The CMYK colour `cmyk(c%, m%, y%, k%)` gives in a template.
pub(super) fn cmyk_percent(cmyk: [f64; 4]) -> Color {
    let [c, m, y, k] = cmyk.map(|v| (v * 0.01) as f32);
    Color::Process(ProcessColor::Cmyk(Cmyk { c, m, y, k }))
}

/// The office variant of a document laid out with the print-shop geometry:
/// no marks, no bleed, each page clipped to its trim. None when the marks
/// cannot be taken out cleanly (a start tag without its end at the same
/// level), or when `marks` says the pages have crop marks and one has none
/// labelled (a template from before the label): the caller then compiles
/// the office variant itself.
pub(super) fn office(master: &PagedDocument, marks: bool) -> Option<PagedDocument> {
    let label = Label::new(PicoStr::intern("faro-marks"))?;
    let mut pages = Vec::with_capacity(master.pages().len());
    for page in master.pages() {
        let mut frame = page.frame.clone();
        let removed = strip_labelled(&mut frame, label)?;
        if marks && removed == 0 {
            return None;
        }
        frame.clip(Curve::rect(frame.size()));
        pages.push(Page {
            frame,
            bleed: Sides::splat(Abs::zero()),
            ..page.clone()
        });
    }
    Some(PagedDocument::new(
        pages.into_iter().collect(),
        info(master),
    ))
}

/// `page` without the clip to its trim that [`office`] puts around it, to
/// draw its previews: on a canvas the size of the trim the clip changes
/// nothing but a last row or column of pixels the trim ends inside, while
/// typst-render draws everything under a clip through a mask as large as
/// the page, each glyph through a pixmap of its own (several times the
/// work). Any other page comes back as it is.
pub(super) fn unclipped(page: &Page) -> Page {
    let size = page.frame.size();
    let mut items = page.frame.items();
    if let (Some((at, FrameItem::Group(group))), None) = (items.next(), items.next()) {
        let trim = Curve::rect(size);
        if *at == typst::layout::Point::zero()
            && group.transform.is_identity()
            && group.frame.size() == size
            && group.clip.as_ref() == Some(&trim)
        {
            return Page {
                frame: group.frame.clone(),
                ..page.clone()
            };
        }
    }
    page.clone()
}

/// The print-shop variant of the same document: its palette colours in
/// CMYK, everything else as laid out. None when a paint is left that the
/// print-shop compile would have drawn otherwise (see [`recolour`]).
pub(super) fn print_shop(master: &PagedDocument, palette: &[ColourPair]) -> Option<PagedDocument> {
    let mut pages = Vec::with_capacity(master.pages().len());
    let mut tints = Tints::new(palette);
    for page in master.pages() {
        let mut frame = page.frame.clone();
        let mut fill = page.fill.clone();
        let fill_ok = match &mut fill {
            typst::foundations::Smart::Custom(Some(paint)) => recolour(paint, &mut tints),
            _ => true,
        };
        if !(fill_ok && recolour_frame(&mut frame, &mut |p| recolour(p, &mut tints))) {
            return None;
        }
        pages.push(Page {
            frame,
            fill,
            ..page.clone()
        });
    }
    Some(PagedDocument::new(
        pages.into_iter().collect(),
        info(master),
    ))
}

fn info(doc: &PagedDocument) -> typst::model::DocumentInfo {
    use typst::model::Document;
    doc.info().clone()
}

/// Removes every element labelled `label` (its start tag, its end tag and
/// all items between them), at any depth, and counts them. None when an
/// element's end tag is not in the same frame as its start.
fn strip_labelled(frame: &mut Frame, label: Label) -> Option<usize> {
    let mut open = None;
    let mut removed = Some(0);
    frame.retain(|item| {
        if let Some(location) = open {
            if matches!(item, FrameItem::Tag(Tag::End(l, ..)) if *l == location) {
                open = None;
            }
            return false;
        }
        match item {
            FrameItem::Tag(Tag::Start(elem, _)) if elem.label() == Some(label) => {
                open = elem.location();
                removed = removed.map(|n| n + 1);
                open.is_none()
            }
            FrameItem::Group(group) => {
                let inner = strip_labelled(&mut group.frame, label);
                removed = removed.zip(inner).map(|(a, b)| a + b);
                true
            }
            _ => true,
        }
    });
    removed.filter(|_| open.is_none())
}

/// Replaces, at any depth, each palette RGB colour by its CMYK pair. False
/// when a paint is left that [`recolour`] does not accept.
fn recolour_frame(frame: &mut Frame, paint_of: &mut impl FnMut(&mut Paint) -> bool) -> bool {
    let mut ok = true;
    frame.retain(|item| {
        ok &= match item {
            FrameItem::Group(group) => recolour_frame(&mut group.frame, paint_of),
            FrameItem::Text(text) => {
                let stroke = text.stroke.as_mut().is_none_or(|s| paint_of(&mut s.paint));
                paint_of(&mut text.fill) && stroke
            }
            FrameItem::Shape(shape, _) => {
                let fill = shape.fill.as_mut().is_none_or(&mut *paint_of);
                let stroke = shape.stroke.as_mut().is_none_or(|s| paint_of(&mut s.paint));
                fill && stroke
            }
            FrameItem::Image(..) | FrameItem::Link(..) | FrameItem::Tag(..) => true,
        };
        true
    });
    ok
}

/// A print-shop document compiled on its own (see `super::job`), with its
/// neutral colours in black ink (see [`neutral_in_ink`]), as [`print_shop`]
/// gives a derived one.
pub(super) fn neutrals_in_black_ink(doc: &PagedDocument) -> PagedDocument {
    let pages = doc.pages().iter().map(|page| {
        let mut frame = page.frame.clone();
        recolour_frame(&mut frame, &mut |paint| {
            if let Paint::Solid(colour) = paint {
                if let Some(ink) = neutral_in_ink(colour) {
                    *colour = ink;
                }
            }
            true
        });
        Page {
            frame,
            ..page.clone()
        }
    });
    PagedDocument::new(pages.collect(), info(doc))
}

/// A neutral colour as the tint of black ink that prints it: an opaque grey
/// (`luma`: Typst's `black` and `white`, the booklet's code tint) as its K
/// tint, opaque RGB white as no ink (`0 0 0 0 k`). Typst writes a luma colour
/// in an ICC-based grey space, and RGB in an ICC-based RGB one, which a
/// shop's preflight queries in a file whose every other colour is
/// DeviceCMYK (review 18 item 1: the booklet's code tint and footnote rule,
/// the band's white text). None for any other colour, and for a
/// translucent one, which has no ink to map to (CMYK carries no alpha).
/// The one rule for neutrals in every print-shop file: derived
/// ([`recolour`]), compiled alone ([`neutrals_in_black_ink`]) and in an SVG
/// logo redrawn there (`super::vector::logo_inks`).
pub(super) fn neutral_in_ink(colour: &Color) -> Option<Color> {
    match colour {
        Color::Process(ProcessColor::Luma(luma)) if luma.alpha >= 1.0 => {
            let k = (1.0 - f64::from(luma.luma)) * 100.0;
            Some(cmyk_percent([0.0, 0.0, 0.0, (k * 10.0).round() / 10.0]))
        }
        Color::Process(ProcessColor::Rgb(_)) if colour.to_vec4_u8() == [255; 4] => {
            Some(cmyk_percent([0.0; 4]))
        }
        _ => None,
    }
}

/// A solid RGB paint that is a palette colour, or a tint of one (see
/// [`Tints`]), in CMYK. False for a paint the print-shop compile could have
/// drawn otherwise: another RGB colour (but white, which carries no ink,
/// such as the draft's veil), a colour in another space (Oklab, HSL, …), a
/// gradient or a tiling, all of which may be computed from a palette colour
/// that `col()` gives in CMYK there. CMYK and spot colours are drawn the
/// same in both. A neutral (an opaque grey, opaque RGB white) becomes black
/// ink or none (see [`neutral_in_ink`]): kept, they were the one ICC-based
/// grey (or RGB) colour in a DeviceCMYK file. A translucent grey or white
/// (the draft's veil) stays as it is: CMYK has no alpha.
fn recolour(paint: &mut Paint, tints: &mut Tints) -> bool {
    let Paint::Solid(colour) = paint else {
        return false;
    };
    match colour {
        Color::Process(ProcessColor::Luma(_)) => {
            if let Some(ink) = neutral_in_ink(colour) {
                *colour = ink;
            }
            true
        }
        Color::Process(ProcessColor::Cmyk(_)) | Color::Spot(_) => true,
        Color::Process(ProcessColor::Rgb(_)) => {
            let rgba = colour.to_vec4_u8();
            let mapped = match tints.palette.iter().find(|(rgb, _)| *rgb == rgba) {
                Some((_, cmyk)) => Some(cmyk.clone()),
                None => tints.cmyk(colour).or_else(|| neutral_in_ink(colour)),
            };
            match mapped {
                Some(cmyk) => {
                    *colour = cmyk;
                    true
                }
                None => rgba[..3] == [255, 255, 255],
            }
        }
        Color::Process(_) => false,
    }
}

/// The palette as RGB–CMYK pairs, with the draft banner's red (faro.typ's
/// `draft-mark`). None when one RGB colour has two different CMYK values:
/// the print-shop variant could not tell them apart.
pub(super) fn palette(
    colours: &std::collections::BTreeMap<&'static str, super::data::ColourData>,
) -> Option<Vec<ColourPair>> {
    let draft_red = (
        [0xb0, 0x00, 0x20, 0xff],
        cmyk_percent([0.0, 100.0, 80.0, 30.0]),
    );
    let mut pairs = vec![draft_red];
    for colour in colours.values() {
        let rgba = Color::from_str(&colour.rgb).ok()?.to_vec4_u8();
        let cmyk = cmyk_percent(colour.cmyk);
        match pairs.iter().find(|(rgb, _)| *rgb == rgba) {
            Some((_, other)) if *other != cmyk => return None,
            Some(_) => {}
            None => pairs.push((rgba, cmyk)),
        }
    }
    Some(pairs)
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use typst::foundations::Content;
    use typst::introspection::{Location, TagFlags};
    use typst::layout::Ratio;
    use typst::layout::{GroupItem, Point, Size};
    use typst::text::TextElem;
    use typst::visualize::{Geometry, Shape};

    use super::*;
    use crate::print::data::ColourData;
    use crate::print::fonts::theme_fonts;
    use crate::print::world::{parse, PrintWorld};

    const FLAGS: TagFlags = TagFlags {
        introspectable: true,
        tagged: false,
    };

    fn marks_label() -> Label {
        Label::new(PicoStr::intern("faro-marks")).unwrap()
    }

    /// An element at `location`, labelled `faro-marks` or not.
    fn element(location: u128, labelled: bool) -> Content {
        let mut elem = TextElem::packed("x");
        if labelled {
            elem.set_label(marks_label());
        }
        elem.set_location(Location::new(location));
        elem
    }

    fn square(fill: Color) -> FrameItem {
        let shape = Shape {
            fill: Some(Paint::Solid(fill)),
            ..Geometry::Rect(Size::splat(Abs::pt(1.0))).filled(Color::BLACK)
        };
        FrameItem::Shape(shape, typst::syntax::Span::detached())
    }

    /// Start tag, `inner` items, end tag of the element at `location`.
    fn tagged(location: u128, labelled: bool, inner: Vec<FrameItem>) -> Vec<FrameItem> {
        let start = FrameItem::Tag(Tag::Start(element(location, labelled), FLAGS));
        let end = FrameItem::Tag(Tag::End(Location::new(location), 0, FLAGS));
        std::iter::once(start)
            .chain(inner)
            .chain(std::iter::once(end))
            .collect()
    }

    fn frame(items: Vec<FrameItem>) -> Frame {
        let mut frame = Frame::hard(Size::splat(Abs::pt(10.0)));
        frame.push_multiple(items.into_iter().map(|item| (Point::zero(), item)));
        frame
    }

    fn group(items: Vec<FrameItem>) -> FrameItem {
        FrameItem::Group(GroupItem::new(frame(items)))
    }

    #[test]
    fn labelled_elements_go_with_their_tags_and_content_at_any_depth() {
        let red = Color::from_str("#ff0000").unwrap();
        let kept = tagged(1, false, vec![square(red.clone())]);
        let marks = tagged(2, true, vec![square(Color::BLACK), group(vec![])]);
        let inner = group([kept.clone(), marks].concat());
        let mut page = frame(vec![square(red), inner, group(tagged(3, true, vec![]))]);
        assert_eq!(strip_labelled(&mut page, marks_label()), Some(2));
        // The unlabelled element and the square before it stay, in order.
        let items: Vec<&FrameItem> = page.items().map(|(_, item)| item).collect();
        assert_eq!(items.len(), 3);
        let FrameItem::Group(inner) = items[1] else {
            panic!("{items:?}");
        };
        assert_eq!(inner.frame.items().count(), kept.len());
        let FrameItem::Group(emptied) = items[2] else {
            panic!("{items:?}");
        };
        assert_eq!(emptied.frame.items().count(), 0);
    }

    #[test]
    fn a_labelled_element_without_its_end_tag_in_the_same_frame_is_refused() {
        let mut items = tagged(1, true, vec![square(Color::BLACK)]);
        let end = items.pop().unwrap();
        let mut page = frame(vec![group(items), end]);
        assert_eq!(strip_labelled(&mut page, marks_label()), None);
        let mut none = frame(tagged(1, false, vec![]));
        assert_eq!(strip_labelled(&mut none, marks_label()), Some(0));
    }

    fn colours(pairs: &[(&'static str, &str, [f64; 4])]) -> BTreeMap<&'static str, ColourData> {
        pairs
            .iter()
            .map(|(name, rgb, cmyk)| {
                let data = ColourData {
                    rgb: rgb.to_string(),
                    cmyk: *cmyk,
                };
                (*name, data)
            })
            .collect()
    }

    #[test]
    fn the_office_page_is_drawn_without_its_trim_clip_and_other_pages_as_they_are() {
        let red = Color::from_str("#ff0000").unwrap();
        let master = frame(vec![square(red), square(Color::BLACK)]);
        let page = |frame: Frame| Page {
            frame,
            bleed: Sides::splat(Abs::zero()),
            fill: typst::foundations::Smart::Auto,
            numbering: None,
            supplement: Content::empty(),
            number: 1,
        };
        // Frames have no `==`; their hash covers every item.
        let same = |a: &Frame, b: &Frame| typst::utils::hash128(a) == typst::utils::hash128(b);
        let mut clipped = master.clone();
        clipped.clip(Curve::rect(clipped.size()));
        assert!(!same(&clipped, &master));
        assert!(same(&unclipped(&page(clipped)).frame, &master));
        // A clip that is not the trim (smaller), or no clip: kept.
        let mut inset = master.clone();
        inset.clip(Curve::rect(Size::splat(Abs::pt(5.0))));
        assert!(same(&unclipped(&page(inset.clone())).frame, &inset));
        assert!(same(&unclipped(&page(master.clone())).frame, &master));
    }

    #[test]
    fn a_palette_with_one_rgb_for_two_cmyk_values_cannot_be_derived() {
        let same = colours(&[
            ("text", "#1f1a24", [0.0, 0.0, 0.0, 95.0]),
            ("on_accent", "#1f1a24", [0.0, 0.0, 0.0, 95.0]),
            ("primary", "#5b2a86", [65.0, 95.0, 0.0, 10.0]),
        ]);
        // The draft's red, then one pair per RGB colour.
        assert_eq!(palette(&same).map(|p| p.len()), Some(3));
        let ambiguous = colours(&[
            ("text", "#1f1a24", [0.0, 0.0, 0.0, 95.0]),
            ("on_accent", "#1f1a24", [60.0, 60.0, 0.0, 90.0]),
        ]);
        assert!(palette(&ambiguous).is_none());
        let not_a_colour = colours(&[("text", "#1f1a2", [0.0; 4])]);
        assert!(palette(&not_a_colour).is_none());
    }

    #[test]
    fn palette_colours_become_cmyk_and_computed_colours_are_refused() {
        let purple = colours(&[("primary", "#5b2a86", [65.0, 95.0, 0.0, 10.0])]);
        let pairs = palette(&purple).unwrap();
        let mut tints = Tints::new(&pairs);
        let rgb = |hex: &str| Paint::Solid(Color::from_str(hex).unwrap());
        let mut paint = rgb("#5b2a86");
        assert!(recolour(&mut paint, &mut tints));
        assert_eq!(paint, Paint::Solid(cmyk_percent([65.0, 95.0, 0.0, 10.0])));
        let mut draft_red = rgb("#b00020");
        assert!(recolour(&mut draft_red, &mut tints));
        assert_eq!(
            draft_red,
            Paint::Solid(cmyk_percent([0.0, 100.0, 80.0, 30.0]))
        );
        // Greys in black ink only (review 18 item 1): Typst's `black`,
        // `white` and the booklet's code tint `luma(238)`.
        let grey = Color::Process(ProcessColor::Luma(typst::visualize::Luma::new(
            238.0 / 255.0,
            1.0,
        )));
        for (luma, k) in [(Color::BLACK, 100.0), (Color::WHITE, 0.0), (grey, 6.7)] {
            let mut paint = Paint::Solid(luma);
            assert!(recolour(&mut paint, &mut tints));
            assert_eq!(paint, Paint::Solid(cmyk_percent([0.0, 0.0, 0.0, k])));
        }
        // Drawn alike in both variants: kept as they are.
        let veil = Color::from_str("#ffffffd7").unwrap();
        for kept in [veil, cmyk_percent([1.0; 4])] {
            let mut paint = Paint::Solid(kept.clone());
            assert!(recolour(&mut paint, &mut tints), "{kept:?}");
            assert_eq!(paint, Paint::Solid(kept));
        }
        // A lighter purple, or one in another space, may be computed from
        // `col()`, which gives CMYK in the print-shop compile: refused,
        // unless it is a tint by a whole percentage (below).
        let purple = Color::from_str("#5b2a86").unwrap();
        let lighter = purple.lighten(Ratio::new(0.205));
        let oklab = Color::Process(ProcessColor::Oklab(purple.to_oklab()));
        let mixed = Color::from_str("#5b2a87").unwrap();
        for refused in [lighter.clone(), oklab, mixed] {
            let mut paint = Paint::Solid(refused.clone());
            assert!(!recolour(&mut paint, &mut tints), "{refused:?}");
        }
        let mut page = frame(vec![group(vec![square(lighter)])]);
        assert!(!recolour_frame(&mut page, &mut |p| recolour(p, &mut tints)));
    }

    #[test]
    fn tints_of_palette_colours_become_the_same_tints_of_their_cmyk() {
        let pairs = palette(&colours(&[
            ("text", "#1f1a24", [0.0, 0.0, 0.0, 100.0]),
            ("primary", "#5b2a86", [82.0, 100.0, 0.0, 12.0]),
        ]))
        .unwrap();
        let mut tints = Tints::new(&pairs);
        let text = Color::from_str("#1f1a24").unwrap();
        let primary = Color::from_str("#5b2a86").unwrap();
        let cases = [
            (
                text.lighten(Ratio::new(0.55)),
                cmyk_percent([0.0, 0.0, 0.0, 100.0]).lighten(Ratio::new(0.55)),
            ),
            (
                primary.darken(Ratio::new(0.3)),
                cmyk_percent([82.0, 100.0, 0.0, 12.0]).darken(Ratio::new(0.3)),
            ),
            (
                primary.lighten(Ratio::new(0.01)),
                cmyk_percent([82.0, 100.0, 0.0, 12.0]).lighten(Ratio::new(0.01)),
            ),
        ];
        for _ in 0..2 {
            // Twice: the second time from what `Tints` keeps.
            for (tint, ink) in &cases {
                let mut paint = Paint::Solid(tint.clone());
                assert!(recolour(&mut paint, &mut tints), "{tint:?}");
                assert_eq!(paint, Paint::Solid(ink.clone()));
            }
        }
        let mut page = frame(vec![group(vec![square(cases[0].0.clone())])]);
        assert!(recolour_frame(&mut page, &mut |p| recolour(p, &mut tints)));
    }

    /// `body` laid out with `col` (a colour expression) as its palette
    /// colour.
    fn laid_out(col: &str, body: &str) -> PagedDocument {
        let text = format!(
            "#set document(title: [Test])\n#set text(font: \"Noto Sans\")\n#let col = {col}\n{body}"
        );
        let sources = parse([("/main.typ", text.as_str())].into_iter());
        let world = PrintWorld::new(theme_fonts(), "/main.typ", &sources, Vec::new());
        crate::print::render::compile(&world).expect("compiles")
    }

    #[test]
    fn tints_derive_as_the_cmyk_compile_draws_them() {
        let pairs = palette(&colours(&[("text", "#1f1a24", [0.0, 0.0, 0.0, 100.0])])).unwrap();
        let (rgb, cmyk) = ("rgb(\"#1f1a24\")", "cmyk(0%, 0%, 0%, 100%)");
        let rules = "#text(fill: col)[Notes]\n\
                     #line(length: 4cm, stroke: 0.5pt + col.lighten(55%))\n\
                     #block(width: 4cm, height: 9mm, stroke: (bottom: 0.5pt + col.darken(10%)))";
        let derived = print_shop(&laid_out(rgb, rules), &pairs).expect("tints are derivable");
        let pdf = |d: &PagedDocument| crate::print::render::pdf(d, "test").expect("a PDF");
        assert!(
            pdf(&derived) == pdf(&laid_out(cmyk, rules)),
            "the PDFs differ"
        );
    }
}
