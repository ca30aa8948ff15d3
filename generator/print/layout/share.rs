//! The checks on a share post (the square, the portrait and the story): the
//! theme's illustration is there, at a size that reads, and no wide plain
//! band parts the rows (a short title left 180 to 300 px of bare colour
//! above and below a small illustration). On every share image, the link
//! preview included: no text too small to read in a feed, and the EU emblem
//! of an EU-funded campaign, no smaller than the campaign's logo.

use super::{PlacedImage, PlacedText};

/// The smallest height of the theme's illustration on a post, in px (1 pt).
pub(in crate::print) const SHARE_ART_MIN_PX: f64 = 200.0;
/// The smallest height of the theme's illustration on a story and on a
/// portrait, in px: what templates/print/social.typ keeps for it (`art-min`)
/// in every language, so that a set reads alike (a German story with a
/// two-line title held its illustration to 495 px, against about 600 in the
/// other languages, and read lighter than the rest: review 14g).
const STORY_ART_MIN_PX: f64 = 560.0;
/// The portrait's is lower: beside the EU's funding row, 420 px left the
/// Italian title two lines at 52 px where the English took three at 60.
const PORTRAIT_ART_MIN_PX: f64 = 360.0;

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

/// The smallest type on a share image, in px: a post is seen at about a
/// third of its size in a feed (review 14g), where 18 px reads as 6 px, the
/// smallest print size.
pub(in crate::print) const SHARE_TEXT_MIN_PX: f64 = 18.0;

/// The smallest size of the EU funding statement on a share image, as a
/// share of the image's width: 32 px on a 1080 px post, 36 px on the 1200 px
/// link preview, about 11 px where a phone shows the image 360 px wide (at
/// 22 px it read as 7 to 9 px: review 15-reve C6). templates/print/social.typ
/// sets it no smaller (`funding-min`).
pub(in crate::print) const SHARE_FUNDING_WIDTH_SHARE: f64 = 0.03;

/// What breaks the rules for the EU emblem and the type of a share image
/// `width` px wide: text under [`SHARE_TEXT_MIN_PX`]; for an EU-funded
/// campaign (`emblem`, the emblem's file), the emblem missing, smaller than
/// the campaign's logo (`logo`) on the same image, or a line of the funding
/// `statement` (as the template set it) under
/// [`SHARE_FUNDING_WIDTH_SHARE`] of the width. The EU's visibility rules ask for the emblem
/// with the funding statement in every communication about a funded action,
/// social media included, and for the emblem to be at least as large as the
/// largest other logo shown with it (docs/campaign-format.md, "EU funding on
/// share images").
pub(super) fn funding_problems(
    texts: &[PlacedText],
    images: &[PlacedImage],
    emblem: Option<&[u8]>,
    logo: Option<&[u8]>,
    statement: Option<&str>,
    width: f64,
) -> Vec<String> {
    let mut problems: Vec<String> = texts
        .iter()
        .filter(|t| !t.text.trim().is_empty() && t.size < SHARE_TEXT_MIN_PX - 0.01)
        .map(|t| {
            format!(
                "`{}` is set at {:.1} px, under the {SHARE_TEXT_MIN_PX} px a share image needs",
                super::short(&t.text),
                t.size
            )
        })
        .collect();
    let Some(emblem) = emblem else {
        return problems;
    };
    let Some(shown) = images.iter().find(|i| i.data == emblem) else {
        problems.push("the EU emblem is missing".to_string());
        return problems;
    };
    problems.extend(statement_problems(texts, statement, width, shown));
    let logos = images.iter().filter(|i| logo.is_some_and(|l| i.data == l));
    for l in logos {
        if l.height() > shown.height() + 0.5 || l.width() > shown.width() + 0.5 {
            problems.push(format!(
                "the campaign's logo ({:.0} × {:.0} px) is larger than the EU emblem ({:.0} × {:.0} px)",
                l.width(),
                l.height(),
                shown.width(),
                shown.height()
            ));
        }
    }
    problems
}

/// The lines of the funding `statement` set under
/// [`SHARE_FUNDING_WIDTH_SHARE`] of the image's `width`, one problem for all
/// of them. A line is a run of text found in the statement (spaces of any
/// kind alike: the template glues some words with no-break spaces) beside
/// the `emblem`: clear of its width, and within three of its heights of its
/// middle. Elsewhere, a run the statement happens to contain is another
/// text: a fork's campaign name ("TODO: rewrite for your campaign (was: …"
/// beside the logo, 32 px) begins as its placeholder statement does, and
/// was taken for a statement line under 32.4 px.
fn statement_problems(
    texts: &[PlacedText],
    statement: Option<&str>,
    width: f64,
    emblem: &PlacedImage,
) -> Vec<String> {
    let spaced = |t: &str| -> String {
        t.split(char::is_whitespace)
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    };
    let Some(statement) = statement.map(spaced) else {
        return Vec::new();
    };
    let least = SHARE_FUNDING_WIDTH_SHARE * width;
    let [left, top, right, bottom] = emblem.bbox;
    let beside = |t: &PlacedText| {
        let (body_top, body_bottom) = t.body();
        let off_middle = ((body_top + body_bottom) - (top + bottom)).abs() / 2.0;
        (t.x.1 <= left + 0.5 || t.x.0 >= right - 0.5) && off_middle <= 3.0 * (bottom - top)
    };
    let smallest = texts
        .iter()
        .filter(|t| {
            let line = spaced(&t.text);
            !line.is_empty() && statement.contains(&line) && beside(t)
        })
        .map(|t| t.size)
        .fold(f64::INFINITY, f64::min);
    if smallest < least - 0.01 {
        vec![format!(
            "the funding statement is set at {smallest:.1} px, under the {least:.1} px ({:.0} % of the image's width) it needs to be read on a phone",
            SHARE_FUNDING_WIDTH_SHARE * 100.0
        )]
    } else {
        Vec::new()
    }
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

    #[test]
    fn a_share_image_without_the_eu_emblem_with_a_larger_logo_or_small_type_is_a_problem() {
        let image = |data: &[u8], w: f64, h: f64| PlacedImage {
            page: 1,
            data: data.to_vec(),
            pixels_wide: None,
            width_pt: w,
            bbox: [90.0, 880.0, 90.0 + w, 880.0 + h],
        };
        let (eu, logo) = (Some(&b"eu"[..]), Some(&b"logo"[..]));
        let texts = [run("Stop stalkerware", 90.0, 300.0, 80.0)];
        let both = [image(b"logo", 80.0, 80.0), image(b"eu", 120.0, 80.0)];
        assert!(funding_problems(&texts, &both, eu, logo, None, 1080.0).is_empty());
        // A campaign without EU funding shows no emblem.
        assert!(funding_problems(&texts, &both[..1], None, logo, None, 1080.0).is_empty());
        assert_eq!(
            funding_problems(&texts, &both[..1], eu, logo, None, 1080.0),
            ["the EU emblem is missing"]
        );
        let larger = [image(b"logo", 96.0, 96.0), image(b"eu", 120.0, 80.0)];
        assert_eq!(
            funding_problems(&texts, &larger, eu, logo, None, 1080.0),
            ["the campaign's logo (96 × 96 px) is larger than the EU emblem (120 × 80 px)"]
        );
        let small = [run("Funded by the European Union", 200.0, 900.0, 12.0)];
        assert_eq!(
            funding_problems(&small, &both, eu, logo, None, 1080.0),
            ["`Funded by the European Union` is set at 12.0 px, under the 18 px a share image needs"]
        );
    }

    #[test]
    fn a_funding_statement_under_three_percent_of_the_width_is_a_problem() {
        let eu = Some(&b"eu"[..]);
        let emblem = [PlacedImage {
            page: 1,
            data: b"eu".to_vec(),
            pixels_wide: None,
            width_pt: 100.0,
            bbox: [90.0, 880.0, 190.0, 944.0],
        }];
        let statement = Some("With financial support from the Rights, Equality and Citizenship\u{a0}Programme of the European Union");
        // Two lines of it (one glued with a no-break space), and a title.
        let lines = |size: f64| {
            [
                run("Stop stalkerware", 90.0, 300.0, 80.0),
                run(
                    "With financial support from the Rights,",
                    220.0,
                    890.0,
                    size,
                ),
                run("Equality and Citizenship Programme", 220.0, 930.0, size),
            ]
        };
        let check = |size: f64, width: f64| {
            funding_problems(&lines(size), &emblem, eu, None, statement, width)
        };
        // 32.4 px is 3 % of a post's 1080 px; the link preview needs 36.
        assert!(check(32.4, 1080.0).is_empty());
        assert_eq!(
            check(26.0, 1080.0),
            ["the funding statement is set at 26.0 px, under the 32.4 px (3 % of the image's width) it needs to be read on a phone"]
        );
        assert_eq!(check(32.4, 1200.0).len(), 1);
        assert!(check(36.0, 1200.0).is_empty());
        // Words of the statement elsewhere (a campaign name at the top,
        // beside the logo; a line over the emblem) are not its lines.
        let elsewhere = [
            run("With financial support", 170.0, 120.0, 26.0),
            run("of the European Union", 90.0, 700.0, 26.0),
        ];
        let mut texts = lines(32.4).to_vec();
        texts.extend(elsewhere.clone());
        assert!(funding_problems(&texts, &emblem, eu, None, statement, 1080.0).is_empty());
        // The same run beside the emblem is a line of the statement.
        let beside = [run("of the European Union", 220.0, 970.0, 26.0)];
        texts.extend(beside);
        assert_eq!(
            funding_problems(&texts, &emblem, eu, None, statement, 1080.0).len(),
            1
        );
        // A campaign without EU funding is not held to it.
        assert!(funding_problems(&lines(20.0), &[], None, None, statement, 1080.0).is_empty());
    }
}
