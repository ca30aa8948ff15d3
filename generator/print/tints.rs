//! The tints of palette colours that the print-shop variant of a derived
//! asset draws in CMYK (see `super::derive`): a palette colour lightened or
//! darkened by a whole percentage in a template (`col("text").lighten(55%)`,
//! the booklet's fill-in rules) is computed from the RGB `col()` gives in the
//! layout Faro derives both variants from, and from the CMYK it gives in a
//! print-shop compile.

use typst::layout::Ratio;
use typst::visualize::Color;

use super::derive::ColourPair;

/// The palette, and the CMYK of the palette's tints met so far: a palette
/// colour lightened or darkened by a whole percentage from 1 % to 99 %
/// (`col("text").lighten(55%)`, the booklet's fill-in rules), which the
/// print-shop compile computes from the CMYK `col()` gives there. Each RGB
/// colour is looked up once; the tint must come out bit for bit as Typst
/// computes it from the palette colour (the same function, with the ratio
/// Typst makes of a percentage), and two palette colours whose tints give
/// that RGB with different CMYK make it no tint.
pub(super) struct Tints<'a> {
    pub(super) palette: &'a [ColourPair],
    known: Vec<([u32; 4], Option<Color>)>,
}

impl<'a> Tints<'a> {
    pub(super) fn new(palette: &'a [ColourPair]) -> Tints<'a> {
        Tints {
            palette,
            known: Vec::new(),
        }
    }

    /// The CMYK of the RGB `colour` as a tint of a palette colour, or None.
    pub(super) fn cmyk(&mut self, colour: &Color) -> Option<Color> {
        let bits = colour.to_vec4().map(f32::to_bits);
        if let Some((_, cmyk)) = self.known.iter().find(|(b, _)| *b == bits) {
            return cmyk.clone();
        }
        let cmyk = self.search(bits);
        self.known.push((bits, cmyk.clone()));
        cmyk
    }

    fn search(&self, bits: [u32; 4]) -> Option<Color> {
        let mut found: Option<Color> = None;
        for ([r, g, b, a], cmyk) in self.palette {
            let rgb = Color::from_u8(*r, *g, *b, *a);
            for percent in 1..100u8 {
                // `55%` in a template is this ratio (typst-library's
                // `Value::numeric`).
                let factor = Ratio::new(f64::from(percent) / 100.0);
                for (tint, ink) in [
                    (rgb.lighten(factor), cmyk.lighten(factor)),
                    (rgb.darken(factor), cmyk.darken(factor)),
                ] {
                    if tint.to_vec4().map(f32::to_bits) != bits {
                        continue;
                    }
                    match &found {
                        Some(other) if *other != ink => return None,
                        _ => found = Some(ink),
                    }
                }
            }
        }
        found
    }
}
