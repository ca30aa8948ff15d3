//! The design findings of review 14h, measured on the laid-out PDFs of a
//! copy of tests/fixtures/print (with a partner logo and a fictional local
//! service, as in tests/print_layout.rs): the EU emblem keeps a white border
//! on a coloured ground, the flyer's front message reads from arm's length
//! and its back carries the EU's disclaimer, the booklet's back cover has
//! its foot where the front cover has it, the wallet card's inside band
//! survives a cut a little off, and a co-branded poster's helplines' box
//! grows by less than its service's row. And review 18b's P6: the share
//! images name the campaign's owner beside the logo.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use common::*;

/// Millimetres in a PDF point.
const MM_PER_PT: f64 = 25.4 / 72.0;

/// The fixture, built once for this file: the flyer, the wallet card, the
/// A4 poster and the booklet, with a fictional local service in en.
fn site() -> &'static Path {
    static SITE: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    &SITE
        .get_or_init(|| {
            let tmp = tempdir();
            let campaign = tmp.path().join("print");
            copy_dir(&fixture("print"), &campaign);
            let yaml = campaign.join("campaign.yaml");
            edit(
                &yaml,
                "print:\n",
                "print:\n  assets: [poster-a4, flyer-a5, wallet-card, guidelines]\n",
            );
            // Clearly fictional: the number is in Ofcom's range for drama
            // (see tests/print_layout.rs).
            edit(
                &yaml,
                "funding:\n",
                "services:\n  - id: example-centre\n    name: Example Help Centre\n    \
                 phone: \"+44 1632 960 123\"\n    address: 1 Example Street, Testland\n    \
                 hours: Mon–Fri 9:00–17:00\n    logo: assets/service-example.png\n    \
                 locales: [en]\nfunding:\n",
            );
            let out = tmp.path().join("site");
            uncached_build(&campaign, &out).assert_success();
            (tmp, out)
        })
        .1
}

fn edit(file: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(file).unwrap();
    assert!(text.contains(from), "{} has no {from:?}", file.display());
    std::fs::write(file, text.replacen(from, to, 1)).unwrap();
}

fn pdf(name: &str) -> PathBuf {
    site().join("print").join(name)
}

/// Page `page` (from 1) of `pdf` rendered by pdftoppm at 300 dpi.
fn raster(pdf: &Path, page: usize) -> image::RgbImage {
    let dir = tempdir();
    let stem = dir.path().join("page");
    let n = page.to_string();
    let status = Command::new("pdftoppm")
        .args(["-r", "300", "-png", "-singlefile", "-f", &n, "-l", &n])
        .arg(pdf)
        .arg(&stem)
        .status()
        .expect("pdftoppm is missing: run scripts/setup.sh");
    assert!(status.success(), "pdftoppm {}", pdf.display());
    image::open(stem.with_extension("png")).unwrap().to_rgb8()
}

fn near(pixel: &image::Rgb<u8>, rgb: [u8; 3], tolerance: i32) -> bool {
    pixel
        .0
        .iter()
        .zip(rgb)
        .all(|(&a, b)| (i32::from(a) - i32::from(b)).abs() <= tolerance)
}

#[test]
fn the_eu_emblem_on_the_card_s_purple_has_a_white_border() {
    for file in ["en/wallet-card.pdf", "en/wallet-card-print.pdf"] {
        let page = raster(&pdf(file), 1);
        // The emblem's blue (#003399, or its CMYK rendering), nowhere else.
        let blue: Vec<(u32, u32)> = page
            .enumerate_pixels()
            .filter(|(_, _, p)| near(p, [0, 51, 153], 60))
            .map(|(x, y, _)| (x, y))
            .collect();
        assert!(blue.len() > 1000, "{file}: no emblem ({} px)", blue.len());
        let (x0, x1) = (
            blue.iter().map(|p| p.0).min().unwrap(),
            blue.iter().map(|p| p.0).max().unwrap(),
        );
        let (y0, y1) = (
            blue.iter().map(|p| p.1).min().unwrap(),
            blue.iter().map(|p| p.1).max().unwrap(),
        );
        // 8 mm tall: the border is 0.32 mm, 3.8 px; 2 px outside the blue
        // is inside it on every side.
        let mut ring = Vec::new();
        for k in 1..10 {
            let x = x0 + (x1 - x0) * k / 10;
            let y = y0 + (y1 - y0) * k / 10;
            ring.extend([(x, y0 - 2), (x, y1 + 2), (x0 - 2, y), (x1 + 2, y)]);
        }
        for (x, y) in ring {
            let p = page.get_pixel(x, y);
            assert!(
                near(p, [255, 255, 255], 25),
                "{file}: {:?} at ({x}, {y}) px, beside the emblem at ({x0}–{x1}, {y0}–{y1}), is not white",
                p.0
            );
        }
    }
}

#[test]
fn the_wallet_card_s_inside_band_is_5_mm_and_runs_into_the_bleed() {
    let page = raster(&pdf("en/wallet-card.pdf"), 2);
    let purple = [0x5b, 0x2a, 0x86];
    let row = |mm: f64| (mm / 25.4 * 300.0).round() as u32;
    let x = page.width() / 2;
    // Purple down to 5 mm (4.7 here, for the edge's antialiasing), white
    // under it.
    assert!(
        near(page.get_pixel(x, row(4.7)), purple, 30),
        "no band at 4.7 mm"
    );
    assert!(
        near(page.get_pixel(x, row(5.3)), [255, 255, 255], 10),
        "the band runs past 5 mm"
    );
    // In the print-shop file it starts in the bleed, 3 mm above the trim
    // (the trim is 10 mm from the sheet's edge).
    let shop = raster(&pdf("en/wallet-card-print.pdf"), 2);
    let x = shop.width() / 2;
    assert!(
        near(shop.get_pixel(x, row(7.3)), purple, 30),
        "no band in the bleed"
    );
}

/// The words of `pdf`'s page `page` (from 0) that are in `text`, with their
/// type sizes.
fn sizes_of(pdf: &Path, page: usize, text: &str) -> Vec<(String, f64)> {
    let wanted: Vec<&str> = text.split_whitespace().collect();
    words(pdf)[page]
        .words
        .iter()
        .filter(|w| wanted.contains(&w.text.replace('\u{a0}', " ").as_str()))
        .map(|w| (w.text.clone(), w.size()))
        .collect()
}

#[test]
fn the_flyer_front_s_message_is_set_large() {
    // Beside the illustration it came out at 14–15 pt (review 14h).
    for (lang, words) in [
        ("en", "secretly watches phone, fault:"),
        ("de", "heimlich überwacht, Gewalt Schuld,"),
    ] {
        let found = sizes_of(&pdf(&format!("{lang}/flyer-a5.pdf")), 0, words);
        assert!(found.len() >= 3, "{lang}: {found:?}");
        for (word, size) in found {
            assert!(size >= 18.0, "{lang}: {word:?} at {size:.1} pt");
        }
    }
}

#[test]
fn the_flyer_back_carries_the_eu_disclaimer_at_7_pt_or_more() {
    for (lang, words) in [
        ("en", "publication represents responsibility. Commission"),
        ("de", "Veröffentlichung Meinung Kommission Verantwortung"),
    ] {
        let found = sizes_of(&pdf(&format!("{lang}/flyer-a5.pdf")), 1, words);
        assert!(
            found.len() >= 4,
            "{lang}: no disclaimer on the back: {found:?}"
        );
        for (word, size) in found {
            assert!(size >= 6.9, "{lang}: {word:?} at {size:.1} pt");
        }
    }
}

#[test]
fn the_booklet_s_back_cover_has_its_foot_where_the_front_cover_has_it() {
    let pages = words(&pdf("en/guidelines.pdf"));
    // The site's address, top of its box, on the front and the back cover.
    let address_top = |page: usize| {
        pages[page]
            .words
            .iter()
            .find(|w| w.text.contains("example.org"))
            .unwrap_or_else(|| panic!("no address on page {}", page + 1))
            .bbox[1]
    };
    let (front, back) = (address_top(0), address_top(pages.len() - 1));
    assert!(
        (front - back).abs() < 1.0,
        "the address at {:.1} mm on the front cover, {:.1} mm on the back",
        front * MM_PER_PT,
        back * MM_PER_PT
    );
}

#[test]
fn a_co_branded_poster_s_box_grows_by_less_than_its_service_row() {
    // The top of the national number, on the campaign's own poster and on
    // the co-branded one: the box grew 17 mm upwards (review 14h: the
    // message and the illustration above were cramped), now by what the
    // national lines leave of their frame less.
    let top = |file: &str| {
        words(&pdf(file))[0]
            .words
            .iter()
            .filter(|w| w.text == "1522")
            .max_by(|a, b| a.size().total_cmp(&b.size()))
            .unwrap_or_else(|| panic!("{file}: no 1522"))
            .bbox[1]
    };
    let moved = (top("en/poster-a4.pdf") - top("en/poster-a4-example-centre.pdf")) * MM_PER_PT;
    assert!(moved > 0.0 && moved < 15.0, "1522 moved up {moved:.1} mm");
}

#[test]
fn the_booklet_s_links_to_its_own_chapters_give_their_page() {
    let booklet = pdf("en/guidelines.pdf");
    let pages = words(&booklet);
    let text: Vec<String> = pages
        .iter()
        .map(|p| {
            let words: Vec<String> = p
                .words
                .iter()
                .map(|w| w.text.replace('\u{a0}', " "))
                .collect();
            words.join(" ")
        })
        .collect();
    let all = text.join(" ");
    // "Coordinators of [support networks](@/guidelines/steps.md)": the
    // chapter "Steps" starts on the page the reference gives (a chapter
    // page, past the cover and the contents).
    let after = all
        .split("support networks (p. ")
        .nth(1)
        .unwrap_or_else(|| panic!("no page reference after the link: {all}"));
    let page: usize = after.split(')').next().unwrap().parse().unwrap();
    assert!(
        page >= 3 && text[page - 1].contains("Steps 1. Kick-off"),
        "page {page}: {}",
        text[page - 1]
    );
}

/// The share images' line beside the logo names the campaign's owner
/// ("Promoted by Helpers Association"), not the campaign's name, which began
/// like the headline under it (review 18b P6): a name too long for any box
/// builds, and an owner too long fails naming `print-promoted-by`.
#[test]
fn a_share_image_names_the_campaign_s_owner_beside_the_logo_not_its_name() {
    let tmp = tempdir();
    let campaign = tmp.path().join("print");
    copy_dir(&fixture("print"), &campaign);
    let yaml = campaign.join("campaign.yaml");
    edit(&yaml, "print:\n", "print:\n  assets: [social-square, og]\n");
    edit(
        &yaml,
        "    name: Helpers Association\n",
        "    name: Helpers Association\n    owner: true\n",
    );
    let ftl = campaign.join("locales/en/campaign.ftl");
    let text = std::fs::read_to_string(&ftl).unwrap();
    let line = text
        .lines()
        .find(|l| l.starts_with("campaign-name ="))
        .unwrap();
    let long = format!(
        "campaign-name = {}",
        "Stop stalkerware in the region ".repeat(40)
    );
    std::fs::write(&ftl, text.replace(line, long.trim_end())).unwrap();
    let run = uncached_build(&campaign, tmp.path().join("site"));
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    edit(
        &yaml,
        "    name: Helpers Association\n",
        &format!(
            "    name: {}\n",
            "Helpers Association ".repeat(30).trim_end()
        ),
    );
    let run = uncached_build(&campaign, tmp.path().join("site2"));
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    let err = run.flat_stderr();
    for asset in ["social-square", "og"] {
        assert!(
            err.contains(&format!(
                "`print-promoted-by` (en) does not fit its box on {asset}"
            )),
            "{asset}: {err}"
        );
    }
}
