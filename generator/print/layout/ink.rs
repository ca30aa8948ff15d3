//! The ink of a run of text, as Typst's `TextItem::bbox` finds it, with each
//! glyph's box read from its outline once per document instead of once per
//! run: reading a glyph's outline is most of that method, and the layout
//! checks asked it of every run of every page (4 % of the pilot's cold
//! build, benches/RESULTS.md, fifteenth session), where a document sets a
//! few hundred distinct glyphs thousands of times.

use std::collections::HashMap;

use typst::layout::{Abs, Point, Rect};
use typst::text::{FontInstance, TextItem};

/// Glyph boxes already read, in font units, by font instance (its variation
/// coordinates change the outline) and glyph.
#[derive(Default)]
pub(super) struct GlyphBoxes(HashMap<(FontInstance, u16), Option<ttf_parser::Rect>>);

impl GlyphBoxes {
    /// The bounding box of `run`: `TextItem::bbox`'s sums in its order, so
    /// the same lengths to the last bit.
    pub(super) fn bbox(&mut self, run: &TextItem) -> Rect {
        let mut min = Point::splat(Abs::inf());
        let mut max = Point::splat(-Abs::inf());
        let mut cursor = Point::zero();
        let font = &run.font;
        for glyph in &run.glyphs {
            let advance = Point::new(glyph.x_advance.at(run.size), glyph.y_advance.at(run.size));
            let offset = Point::new(glyph.x_offset.at(run.size), glyph.y_offset.at(run.size));
            if let Some(rect) = self.glyph(font, glyph.id) {
                let pos = cursor + offset;
                let a = pos
                    + Point::new(
                        font.to_em(rect.x_min).at(run.size),
                        font.to_em(rect.y_min).at(run.size),
                    );
                let b = pos
                    + Point::new(
                        font.to_em(rect.x_max).at(run.size),
                        font.to_em(rect.y_max).at(run.size),
                    );
                min = min.min(a).min(b);
                max = max.max(a).max(b);
            }
            cursor += advance;
        }
        // Text runs are y-up, frames y-down.
        min.y *= -1.0;
        max.y *= -1.0;
        Rect::new(min, max)
    }

    /// The box of glyph `id` of `font`, read from its outline the first time.
    fn glyph(&mut self, font: &FontInstance, id: u16) -> Option<ttf_parser::Rect> {
        if let Some(rect) = self.0.get(&(font.clone(), id)) {
            return *rect;
        }
        let rect = font.ttf().glyph_bounding_box(ttf_parser::GlyphId(id));
        self.0.insert((font.clone(), id), rect);
        rect
    }
}

#[cfg(test)]
mod tests {
    use typst::layout::{Frame, FrameItem};

    use super::GlyphBoxes;
    use crate::print::fonts::theme_fonts;
    use crate::print::world::{parse, PrintWorld};

    /// Every run of a page of Latin and Arabic text in two weights and
    /// three sizes gets the box Typst gives it, run after run with the boxes
    /// kept (so most glyphs come from the map).
    #[test]
    fn boxes_are_typsts_to_the_bit() {
        let text = "#set text(font: (\"Noto Sans\", \"Noto Sans Arabic\"))\n\
            #for size in (7pt, 13.3pt, 41pt) {\n\
              text(size: size)[Chiama il 1522, gratuito e anonimo. Stalkerware: «Qui» ÀÉ gjy.]\n\
              parbreak()\n\
              text(size: size, weight: \"bold\")[اتصل بالرقم 1522 مجانًا — Ещё раз]\n\
              parbreak()\n\
            }";
        let sources = parse([("/main.typ", text)].into_iter());
        let world = PrintWorld::new(theme_fonts(), "/main.typ", &sources, Vec::new());
        let doc = typst::compile::<typst_layout::PagedDocument>(&world)
            .output
            .expect("the page compiles");
        let mut boxes = GlyphBoxes::default();
        let mut runs = 0;
        let mut stack: Vec<&Frame> = doc.pages().iter().map(|p| &p.frame).collect();
        while let Some(frame) = stack.pop() {
            for (_, item) in frame.items() {
                match item {
                    FrameItem::Group(g) => stack.push(&g.frame),
                    FrameItem::Text(run) => {
                        assert_eq!(boxes.bbox(run), run.bbox(), "{:?}", run.text);
                        runs += 1;
                    }
                    _ => {}
                }
            }
        }
        assert!(runs >= 6, "only {runs} runs of text");
    }
}
