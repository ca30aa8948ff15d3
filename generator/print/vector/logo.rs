//! An SVG logo's own colours in the print-shop file: its neutrals in black
//! ink, its other colours as it gives them (see `logo_inks`).

use typst::visualize::{Color, ProcessColor};

use super::{Ink, Parsed};

/// The inks of a logo in colours of its own: each neutral colour (red,
/// green and blue alike) in black ink, as every other neutral of a
/// print-shop file (`crate::print::derive::neutral_in_ink`), every other colour
/// kept, RGB, as the logo gives it. Drawn as an image, its neutrals were the
/// one ICC-based grey colour in the file (the SVG writer puts a grey in a
/// grey space; review 18b P4). None for bytes that are not a drawing, or a
/// drawing with a paint that is not a solid colour or with a translucent
/// part: an opacity over a colour of the logo's own has no ink value, and a
/// tint of black over another part of the logo is not what the logo shows.
/// Such a logo stays the image it was (docs/campaign-format.md, "Logos in
/// the print-shop file").
pub(super) fn logo_inks(parsed: &Parsed, data: &[u8]) -> Option<Vec<Ink>> {
    let tree = parsed.tree(data)?;
    let mut colours = Vec::new();
    opaque_colours(tree.root(), &mut colours)?;
    let inks = colours.into_iter().map(|[r, g, b]| {
        let colour = if r == g && g == b {
            let luma = typst::visualize::Luma::new(f32::from(r) / 255.0, 1.0);
            super::super::derive::neutral_in_ink(&Color::Process(ProcessColor::Luma(luma)))
        } else {
            None
        };
        ([r, g, b], colour.unwrap_or(Color::from_u8(r, g, b, 255)))
    });
    Some(inks.collect())
}

/// Adds the solid colours `group` paints with to `colours`, once each. None
/// at a translucent group, fill or stroke, or a paint that is not a colour.
fn opaque_colours(group: &usvg::Group, colours: &mut Vec<[u8; 3]>) -> Option<()> {
    if group.opacity().get() < 1.0 {
        return None;
    }
    for node in group.children() {
        match node {
            usvg::Node::Group(inner) => opaque_colours(inner, colours)?,
            usvg::Node::Path(path) => {
                let fill = path.fill().map(|f| (f.paint(), f.opacity()));
                let stroke = path.stroke().map(|s| (s.paint(), s.opacity()));
                for (paint, opacity) in fill.into_iter().chain(stroke) {
                    let usvg::Paint::Color(c) = paint else {
                        return None;
                    };
                    if opacity.get() < 1.0 {
                        return None;
                    }
                    let rgb = [c.red, c.green, c.blue];
                    if !colours.contains(&rgb) {
                        colours.push(rgb);
                    }
                }
            }
            // Left to `add_group`, which draws neither.
            usvg::Node::Image(_) | usvg::Node::Text(_) => {}
        }
    }
    Some(())
}

#[cfg(test)]
mod tests {
    use typst::layout::{Abs, FrameItem, Size};
    use typst::visualize::Paint;

    use super::super::shapes;
    use super::*;
    use crate::print::derive::cmyk_percent;

    /// The fixture's service logo: an orange diamond, a white one inside.
    const LOGO: &str = r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48" width="48" height="48"><path d="M24 3 45 24 24 45 3 24z" fill="#b34700"/><path d="M24 13 35 24 24 35 13 24z" fill="#fff" stroke="#333"/></svg>"##;

    #[test]
    fn a_logo_keeps_its_colours_with_its_neutrals_in_black_ink() {
        let parsed = Parsed::default();
        let inks = logo_inks(&parsed, LOGO.as_bytes()).expect("opaque colours");
        let orange = Color::from_u8(0xb3, 0x47, 0x00, 255);
        assert_eq!(
            inks,
            [
                ([0xb3, 0x47, 0x00], orange.clone()),
                ([0xff; 3], cmyk_percent([0.0; 4])),
                // #333: 80 % black.
                ([0x33; 3], cmyk_percent([0.0, 0.0, 0.0, 80.0])),
            ]
        );
        let size = Size::new(Abs::pt(24.0), Abs::pt(24.0));
        let frame = shapes(&parsed, LOGO.as_bytes(), size, &inks).expect("redrawn");
        let paints: Vec<&Paint> = (frame.items())
            .filter_map(|(_, item)| match item {
                FrameItem::Shape(shape, _) => shape
                    .fill
                    .as_ref()
                    .or(shape.stroke.as_ref().map(|s| &s.paint)),
                _ => None,
            })
            .collect();
        assert_eq!(paints.len(), 3);
        assert_eq!(*paints[0], Paint::Solid(orange));
        assert_eq!(*paints[1], Paint::Solid(inks[1].1.clone()));
        assert_eq!(*paints[2], Paint::Solid(inks[2].1.clone()));
        // A translucent part, or a paint that is not a colour: the logo
        // stays the image it was.
        let translucent = LOGO.replace("fill=\"#fff\"", "fill=\"#fff\" fill-opacity=\".5\"");
        let see_through = LOGO.replace("<path", "<path opacity=\".9\"");
        let gradient = LOGO.replace(
            "fill=\"#b34700\"/>",
            "fill=\"url(#g)\"/><linearGradient id=\"g\"><stop stop-color=\"#000\"/><stop offset=\"1\" stop-color=\"#b34700\"/></linearGradient>",
        );
        for refused in [translucent, see_through, gradient, "not a drawing".into()] {
            assert!(
                logo_inks(&parsed, refused.as_bytes()).is_none(),
                "{refused}"
            );
        }
    }
}
