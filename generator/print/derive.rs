//! Both PDF variants of an asset from one layout (work in progress, off by
//! default: see /work/notes/issue-14-derive.md).
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

use std::str::FromStr;

use typst::foundations::Label;
use typst::introspection::Tag;
use typst::layout::{Abs, Frame, FrameItem, Sides};
use typst::utils::PicoStr;
use typst::visualize::{Cmyk, Color, Curve, Paint, ProcessColor};
use typst_layout::{Page, PagedDocument};

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
/// level): the caller then compiles the office variant itself.
pub(super) fn office(master: &PagedDocument) -> Option<PagedDocument> {
    let label = Label::new(PicoStr::intern("faro-marks"))?;
    let mut pages = Vec::with_capacity(master.pages().len());
    for page in master.pages() {
        let mut frame = page.frame.clone();
        if !strip_labelled(&mut frame, label) {
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

/// The print-shop variant of the same document: its palette colours in
/// CMYK, everything else as laid out.
pub(super) fn print_shop(master: &PagedDocument, palette: &[ColourPair]) -> PagedDocument {
    let pages = master
        .pages()
        .iter()
        .map(|page| {
            let mut frame = page.frame.clone();
            recolour_frame(&mut frame, palette);
            let mut fill = page.fill.clone();
            if let typst::foundations::Smart::Custom(Some(paint)) = &mut fill {
                recolour(paint, palette);
            }
            Page {
                frame,
                fill,
                ..page.clone()
            }
        })
        .collect();
    PagedDocument::new(pages, info(master))
}

fn info(doc: &PagedDocument) -> typst::model::DocumentInfo {
    use typst::model::Document;
    doc.info().clone()
}

/// Removes every element labelled `label` (its start tag, its end tag and
/// all items between them), at any depth. False when an element's end tag
/// is not in the same frame as its start.
fn strip_labelled(frame: &mut Frame, label: Label) -> bool {
    let mut open = None;
    let mut nested_ok = true;
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
                open.is_none()
            }
            FrameItem::Group(group) => {
                nested_ok &= strip_labelled(&mut group.frame, label);
                true
            }
            _ => true,
        }
    });
    nested_ok && open.is_none()
}

/// Replaces, at any depth, each palette RGB colour by its CMYK pair.
fn recolour_frame(frame: &mut Frame, palette: &[ColourPair]) {
    frame.retain(|item| {
        match item {
            FrameItem::Group(group) => recolour_frame(&mut group.frame, palette),
            FrameItem::Text(text) => {
                recolour(&mut text.fill, palette);
                if let Some(stroke) = &mut text.stroke {
                    recolour(&mut stroke.paint, palette);
                }
            }
            FrameItem::Shape(shape, _) => {
                if let Some(fill) = &mut shape.fill {
                    recolour(fill, palette);
                }
                if let Some(stroke) = &mut shape.stroke {
                    recolour(&mut stroke.paint, palette);
                }
            }
            _ => {}
        }
        true
    });
}

/// A solid RGB paint that is a palette colour, in CMYK. Gradients and
/// tilings are left alone (the templates use none).
fn recolour(paint: &mut Paint, palette: &[ColourPair]) {
    let Paint::Solid(colour @ Color::Process(ProcessColor::Rgb(_))) = paint else {
        return;
    };
    let rgba = colour.to_vec4_u8();
    if let Some((_, cmyk)) = palette.iter().find(|(rgb, _)| *rgb == rgba) {
        *paint = Paint::Solid(cmyk.clone());
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
