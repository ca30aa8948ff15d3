//! Share images while a value they show is not confirmed (review 16-revf
//! item 4: a communications office posts an image the day it gets it): a
//! campaign that lists such a value under `unconfirmed` (the site's address,
//! on the square and the story, not on the link preview) gets a red "do not
//! post" band across those images, clear of the story's 250 px platform
//! zones, and its Materials page says above the downloads that the files
//! are drafts; a confirmed campaign gets neither, and one whose unconfirmed
//! value is printed on the PDFs only (`partners`) gets the note and
//! unmarked share images. On a copy of tests/fixtures/print (en, de, ar).

mod common;

use std::path::{Path, PathBuf};

use common::*;

/// The band's red (templates/print/social.typ, the PDFs' band's too).
const RED: image::Rgb<u8> = image::Rgb([0xb0, 0x00, 0x20]);

/// The English note above the Materials page's downloads.
const NOTE: &str = "These files are drafts: some details in them are not confirmed yet.";

/// Builds a copy of the print fixture making share images only, with
/// `unconfirmed` set to `list` (none when empty); the output folder.
fn build(tmp: &Path, list: &str) -> PathBuf {
    let campaign = tmp.join("print");
    copy_dir(&fixture("print"), &campaign);
    let yaml = campaign.join("campaign.yaml");
    let assets = "print:\n  assets: [social-square, social-story, og]\n";
    replace_first(&yaml, "print:\n", assets);
    if !list.is_empty() {
        replace_first(&yaml, "theme:", &format!("unconfirmed: {list}\ntheme:"));
    }
    let out = tmp.join("site");
    uncached_build(&campaign, &out).assert_success();
    out
}

/// The rows of `img` that are the band's red at both edges (its lettering
/// is in the middle; the design leaves the edges to the ground colour).
fn band_rows(img: &image::RgbImage) -> Vec<u32> {
    let w = img.width();
    (0..img.height())
        .filter(|&y| {
            (0..40)
                .chain(w - 40..w)
                .all(|x| *img.get_pixel(x, y) == RED)
        })
        .collect()
}

fn image(out: &Path, lang: &str, asset: &str) -> image::RgbImage {
    image::open(out.join(format!("print/{lang}/{asset}.png")))
        .unwrap()
        .to_rgb8()
}

/// The runs of rows from `top` to `bottom` that hold white lettering, as
/// (first, last) rows, and the heights of the plain runs between them.
fn lettering(img: &image::RgbImage, top: u32, bottom: u32) -> (Vec<(u32, u32)>, Vec<u32>) {
    let white =
        |y: u32| (0..img.width()).any(|x| *img.get_pixel(x, y) == image::Rgb([255, 255, 255]));
    let mut runs: Vec<(u32, u32)> = Vec::new();
    for y in (top..=bottom).filter(|&y| white(y)) {
        match runs.last_mut() {
            Some(run) if run.1 + 1 == y => run.1 = y,
            _ => runs.push((y, y)),
        }
    }
    let gaps = runs.windows(2).map(|w| w[1].0 - w[0].1 - 1).collect();
    (runs, gaps)
}

fn materials(out: &Path) -> String {
    std::fs::read_to_string(out.join("en/materials/index.html")).unwrap()
}

#[test]
fn an_unconfirmed_address_marks_the_posts_that_show_it_and_the_materials_page() {
    let tmp = tempdir();
    let out = build(tmp.path(), "[base_url]");
    for lang in ["en", "de", "ar"] {
        for asset in ["social-square", "social-story"] {
            let img = image(&out, lang, asset);
            let rows = band_rows(&img);
            // One band, tall enough for a line of 32 px type.
            assert!(
                rows.len() >= 40,
                "{asset} ({lang}): {} red rows",
                rows.len()
            );
            let (top, bottom) = (rows[0], rows[rows.len() - 1]);
            assert_eq!(bottom - top + 1, rows.len() as u32, "{asset} ({lang})");
            // Lettered: not a plain red band.
            let white = (top..=bottom)
                .flat_map(|y| (0..img.width()).map(move |x| (x, y)))
                .filter(|&(x, y)| *img.get_pixel(x, y) == image::Rgb([255, 255, 255]))
                .count();
            assert!(white > 500, "{asset} ({lang}): {white} white pixels");
            // Its lines as close as lines of one paragraph, and clear of its
            // edges: at Arabic's leading, the ar square's two lines stood 68
            // px apart, a line's height more than the Latin ones (review 17).
            let (lines, gaps) = lettering(&img, top, bottom);
            assert!(
                lines.first().is_some_and(|l| l.0 >= top + 8)
                    && lines.last().is_some_and(|l| l.1 + 8 <= bottom),
                "{asset} ({lang}): lettering {lines:?} in the band {top}..{bottom}"
            );
            assert!(
                gaps.iter().all(|&g| g <= 40),
                "{asset} ({lang}): plain rows between the lettering's lines: {gaps:?}"
            );
            if asset == "social-story" {
                // Clear of the platforms' zones, which stay the ground colour.
                let h = img.height();
                assert!(top >= 250 && bottom < h - 250, "{lang}: {top}..{bottom}");
                let ground = *img.get_pixel(0, 0);
                for y in (0..250).chain(h - 250..h - 40) {
                    for x in 0..img.width() {
                        assert_eq!(*img.get_pixel(x, y), ground, "{lang}: ({x}, {y})");
                    }
                }
            }
        }
        // The link preview does not show the address: not marked.
        assert!(
            band_rows(&image(&out, lang, "og")).is_empty(),
            "og ({lang})"
        );
    }
    assert!(materials(&out).contains(NOTE), "{}", materials(&out));
    // Naming what is not confirmed, as the print band does (review 17 item 4).
    let named = "Not confirmed: web address example.org/stop.";
    assert!(materials(&out).contains(named), "{}", materials(&out));
}

#[test]
fn a_confirmed_campaign_s_share_images_and_materials_page_carry_no_mark() {
    for (list, note) in [("", false), ("[exit]", false), ("[partners]", true)] {
        let tmp = tempdir();
        let out = build(tmp.path(), list);
        for lang in ["en", "ar"] {
            for asset in ["social-square", "social-story", "og"] {
                let rows = band_rows(&image(&out, lang, asset));
                assert!(rows.is_empty(), "{list} {asset} ({lang}): {rows:?}");
            }
        }
        // Partners are printed on the PDFs (which carry their band): the
        // page's files are drafts all the same.
        assert_eq!(materials(&out).contains(NOTE), note, "{list}");
    }
}

/// Under each share image, the Materials page gives what a communications
/// office pastes with it (review 18-revh item 5): the post's text (the
/// image's title and call to action, and the locale's address) and the
/// image's description for the alt text field (what it says, the address
/// where the image shows one, and the EU funding statement).
#[test]
fn the_materials_page_gives_each_share_image_its_post_text_and_alt_text() {
    let tmp = tempdir();
    let out = build(tmp.path(), "");
    let page = materials(&out);
    let copies: Vec<&str> = page
        .split("<details class=material-copy>")
        .skip(1)
        .map(|p| p.split("</details>").next().unwrap_or(p))
        .collect();
    let (title, cta) = (
        "Stop stalkerware: nobody has the right to spy on you",
        "Call 1522: free, 24 hours a day",
    );
    let posts: Vec<&&str> = copies
        .iter()
        .filter(|p| p.contains("Suggested text for a post"))
        .collect();
    assert_eq!(posts.len(), 3, "one per share image: {copies:?}");
    for post in posts {
        // The address breaks only between its parts (<wbr>, not copied).
        assert!(
            post.contains(&format!("<p>{title}<br>{cta}<br>"))
                && post.contains("https://<wbr>example<wbr>.org/<wbr>stop/<wbr>en/<"),
            "{post}"
        );
    }
    let alts: Vec<&&str> = copies
        .iter()
        .filter(|p| p.contains("Description of the image (alt text)"))
        .collect();
    assert_eq!(alts.len(), 3, "{copies:?}");
    for alt in &alts {
        assert!(
            alt.contains(&format!("{title}. {cta}.")) && alt.contains("With financial support"),
            "{alt}"
        );
    }
    // The link preview shows no address, the posts do.
    let with_address = alts
        .iter()
        .filter(|a| a.contains("example<wbr>.org/<wbr>stop/<wbr>en</bdi>.</span>"))
        .count();
    assert_eq!(with_address, 2, "{alts:?}");
}

#[test]
fn the_text_to_copy_under_a_share_image_has_no_glue_characters_and_keeps_glued_phrases_whole() {
    let tmp = tempdir();
    let out = build(tmp.path(), "");
    // German: `erkennen – sicher` (a no-break space before the dash, from
    // the web's typography), and the funding statement's colon.
    let page = std::fs::read_to_string(out.join("de/materialien/index.html")).unwrap();
    let copies: Vec<&str> = page
        .split("<details class=material-copy>")
        .skip(1)
        .map(|p| p.split("</details>").next().unwrap_or(p))
        .collect();
    assert_eq!(copies.len(), 6, "{page}");
    for copy in &copies {
        // What a visitor selects and copies: the text, tags left out.
        let mut text = String::new();
        let mut in_tag = false;
        for c in copy.chars() {
            match c {
                '<' => in_tag = true,
                '>' => in_tag = false,
                c if !in_tag => text.push(c),
                _ => {}
            }
        }
        let glue = [
            '\u{a0}', '\u{202f}', '\u{2007}', '\u{2060}', '\u{feff}', '\u{ad}',
        ];
        assert!(!text.contains(glue), "{text:?}");
        // Shown, the glued phrase stays one line.
        assert!(
            copy.contains("<span class=glued>erkennen –</span> sicher Hilfe finden"),
            "{copy}"
        );
    }
}
