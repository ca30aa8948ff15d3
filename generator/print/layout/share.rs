//! The checks on a share post (the square, the portrait and the story): the
//! theme's illustration is there, at a size that reads, and no wide plain
//! band parts the rows (a short title left 180 to 300 px of bare colour
//! above and below a small illustration).

use super::{PlacedImage, PlacedText};

/// The smallest height of the theme's illustration on a post, in px (1 pt).
pub(in crate::print) const SHARE_ART_MIN_PX: f64 = 200.0;
/// The smallest height of the theme's illustration on a story and on a
/// portrait, in px: what templates/print/social.typ keeps for it (`art-min`)
/// in every language, so that a set reads alike (a German story with a
/// two-line title held its illustration to 495 px, against about 600 in the
/// other languages, and read lighter than the rest: review 14g).
const STORY_ART_MIN_PX: f64 = 560.0;
const PORTRAIT_ART_MIN_PX: f64 = 420.0;

/// The smallest height of the theme's illustration on the post `asset`.
pub(super) fn share_art_min(asset: &str) -> f64 {
    match asset {
        "social-story" => STORY_ART_MIN_PX,
        "social-portrait" => PORTRAIT_ART_MIN_PX,
        _ => SHARE_ART_MIN_PX,
    }
}

/// The widest plain band between two rows of a post, in px.
pub(in crate::print) const SHARE_BAND_MAX_PX: f64 = 150.0;

/// What breaks the share post rules: no illustration (`art`, the file of the
/// theme's hero illustration), or one smaller than `art_min` (see
/// [`share_art_min`]); a
/// band of plain colour wider than [`SHARE_BAND_MAX_PX`] between the rows
/// (text lines and images, from the letters' tops to their baselines).
pub(super) fn share_problems(
    texts: &[PlacedText],
    images: &[PlacedImage],
    art: &[u8],
    art_min: f64,
) -> Vec<String> {
    let mut problems = Vec::new();
    let texts = texts.iter().filter(|t| !t.text.trim().is_empty());
    match images.iter().find(|i| i.data == art) {
        None => problems.push("the theme's illustration is missing".to_string()),
        Some(i) if i.height() < art_min - 0.5 => problems.push(format!(
            "the theme's illustration is {:.0} px tall, under {art_min:.0} px",
            i.height()
        )),
        Some(_) => {}
    }
    let mut rows: Vec<(f64, f64)> = texts.map(PlacedText::body).collect();
    rows.extend(images.iter().map(|i| (i.bbox[1], i.bbox[3])));
    rows.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut bottom = f64::NAN;
    for (top, end) in rows {
        if top - bottom > SHARE_BAND_MAX_PX {
            problems.push(format!(
                "{:.0} px of plain colour between the rows at {bottom:.0} and {top:.0} px (at most {SHARE_BAND_MAX_PX:.0})",
                top - bottom
            ));
        }
        bottom = if bottom.is_nan() {
            end
        } else {
            bottom.max(end)
        };
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::print::layout::tests::run;

    fn art(top: f64, height: f64) -> PlacedImage {
        PlacedImage {
            page: 1,
            data: b"art".to_vec(),
            pixels_wide: None,
            width_pt: height,
            bbox: [300.0, top, 300.0 + height, top + height],
        }
    }

    #[test]
    fn a_post_without_its_illustration_or_with_wide_bands_is_a_problem() {
        let title = run("Stay safe", 90.0, 300.0, 80.0);
        let cta = run("Call 1522", 90.0, 800.0, 40.0);
        let texts = [title, cta];
        // Rows 60 and 80 px apart: fine.
        assert!(share_problems(&texts, &[art(360.0, 360.0)], b"art", SHARE_ART_MIN_PX).is_empty());
        assert_eq!(
            share_problems(&texts, &[], b"art", SHARE_ART_MIN_PX),
            [
                "the theme's illustration is missing",
                "473 px of plain colour between the rows at 300 and 773 px (at most 150)"
            ]
        );
        assert_eq!(
            share_problems(&texts, &[art(460.0, 140.0)], b"art", SHARE_ART_MIN_PX),
            [
                "the theme's illustration is 140 px tall, under 200 px",
                "160 px of plain colour between the rows at 300 and 460 px (at most 150)",
                "173 px of plain colour between the rows at 600 and 773 px (at most 150)"
            ]
        );
        // A story's illustration as small as the German one was.
        let story = share_art_min("social-story");
        assert_eq!(
            share_problems(&texts, &[art(300.0, 495.0)], b"art", story),
            ["the theme's illustration is 495 px tall, under 560 px"]
        );
        assert!(share_problems(&texts, &[art(300.0, 560.0)], b"art", story).is_empty());
    }
}
