//! Both PDF variants from one layout (generator/print/derive.rs), on the A4
//! poster of tests/fixtures/print (English, German, Arabic): the office and
//! print-shop text at the same place on the trim, the same as two compiles
//! give (the fallback for a palette with one RGB colour for two CMYK values),
//! a colour a template computes from the palette printed in CMYK, and every
//! colour of a print-shop file in CMYK, its neutrals in black ink.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use common::*;

/// From the print-shop media box's edge to the trim: 7 mm slug and 3 mm bleed.
const EDGE_PT: f64 = 10.0 * 72.0 / 25.4;

const LANGS: [&str; 3] = ["en", "de", "ar"];

/// The fixture with only the A4 poster, changed by `edit`, built (render
/// cache off); the temporary folder and the site's `print` folder.
fn build_poster(edit: impl FnOnce(&Path)) -> (tempfile::TempDir, PathBuf) {
    let tmp = tempdir();
    let campaign = tmp.path().join("c");
    copy_dir(&fixture("print"), &campaign);
    replace_first(
        &campaign.join("campaign.yaml"),
        "print:\n",
        "print:\n  assets: [poster-a4]\n",
    );
    edit(&campaign);
    let out = tmp.path().join("site");
    uncached_build(&campaign, &out).assert_success();
    (tmp, out.join("print"))
}

/// The fixture's poster as it is: both variants derived from one layout.
fn derived() -> &'static Path {
    static BUILT: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    &BUILT.get_or_init(|| build_poster(|_| {})).1
}

/// Every word of `pdf` with its box, page by page.
fn placed(pdf: &Path) -> Vec<Vec<(String, [f64; 4])>> {
    words(pdf)
        .into_iter()
        .map(|page| page.words.into_iter().map(|w| (w.text, w.bbox)).collect())
        .collect()
}

/// Panics unless `a` and `b` hold the same words at the same places, once
/// `shift` is added to each coordinate of `a` (compared in order of text and
/// place: pdftotext's reading order of a right-to-left page depends on the
/// page's size) and `b`'s words are narrowed to those `keep_b` keeps.
fn assert_same_places(a: &Path, b: &Path, shift: f64, keep_b: impl Fn(&[f64; 4]) -> bool) {
    let sorted = |page: &[(String, [f64; 4])], shift: f64, keep: &dyn Fn(&[f64; 4]) -> bool| {
        let mut words: Vec<(String, [f64; 4])> = page
            .iter()
            .filter(|(_, bbox)| keep(bbox))
            .map(|(text, bbox)| (text.clone(), bbox.map(|x| x + shift)))
            .collect();
        words.sort_by(|(t1, b1), (t2, b2)| {
            t1.cmp(t2)
                .then(b1[1].total_cmp(&b2[1]))
                .then(b1[0].total_cmp(&b2[0]))
        });
        words
    };
    let (pages_a, pages_b) = (placed(a), placed(b));
    assert_eq!(pages_a.len(), pages_b.len(), "{}", b.display());
    for (page_a, page_b) in pages_a.iter().zip(&pages_b) {
        let (page_a, page_b) = (
            sorted(page_a, shift, &|_| true),
            sorted(page_b, 0.0, &keep_b),
        );
        assert_eq!(page_a.len(), page_b.len(), "{}: {page_b:?}", b.display());
        for ((text_a, box_a), (text_b, box_b)) in page_a.iter().zip(&page_b) {
            assert_eq!(text_a, text_b, "{}", b.display());
            for (x_a, x_b) in box_a.iter().zip(box_b) {
                assert!(
                    (x_a - x_b).abs() < 0.01,
                    "{}: `{text_a}` at {box_a:?} (shifted {shift}) against {box_b:?}",
                    b.display()
                );
            }
        }
    }
}

/// `pdf` with its streams uncompressed by qpdf, as text.
fn uncompressed(pdf: &Path) -> String {
    let out = Command::new("qpdf")
        .args(["--qdf", "--object-streams=disable"])
        .arg(pdf)
        .arg("-")
        .output()
        .expect("qpdf is missing: run scripts/setup.sh");
    assert!(out.status.success(), "qpdf {}", pdf.display());
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The CMYK fill colours (`c m y k k`) drawn in `pdf`, its streams
/// uncompressed by qpdf.
fn cmyk_fills(pdf: &Path) -> Vec<[f64; 4]> {
    let text = uncompressed(pdf);
    let tokens: Vec<&str> = text.split_ascii_whitespace().collect();
    let mut fills = Vec::new();
    for (i, token) in tokens.iter().enumerate().skip(4) {
        let numbers: Vec<f64> = tokens[i - 4..i]
            .iter()
            .filter_map(|t| t.parse().ok())
            .collect();
        if *token == "k" && numbers.len() == 4 {
            fills.push([numbers[0], numbers[1], numbers[2], numbers[3]]);
        }
    }
    fills
}

/// Whether `pdf` fills with `cmyk` (in percent; PDF values are 8-bit).
fn fills_with(pdf: &Path, cmyk: [f64; 4]) -> bool {
    cmyk_fills(pdf).iter().any(|fill| {
        fill.iter()
            .zip(cmyk)
            .all(|(value, percent)| (value * 100.0 - percent).abs() < 0.5)
    })
}

#[test]
fn office_and_print_shop_text_lie_at_the_same_place_on_the_trim() {
    let print = derived();
    for lang in LANGS {
        let dir = print.join(lang);
        let office = dir.join("poster-a4.pdf");
        let trim_bottom = EDGE_PT + 297.0 * 72.0 / 25.4;
        // The slug's label lies below the trim: only in the print-shop file.
        assert_same_places(&office, &dir.join("poster-a4-print.pdf"), EDGE_PT, |bbox| {
            bbox[1] < trim_bottom
        });
    }
}

#[test]
fn a_palette_with_one_rgb_for_two_cmyk_values_is_printed_from_two_compiles() {
    // The fixture's `text` and `on_accent` are both #1f1a24.
    let (_tmp, print) = build_poster(|campaign| {
        replace_first(
            &campaign.join("campaign.yaml"),
            "  cmyk:\n",
            "  cmyk:\n    text: [0, 0, 0, 95]\n    on_accent: [60, 60, 0, 90]\n",
        );
    });
    for lang in LANGS {
        let print_shop = print.join(lang).join("poster-a4-print.pdf");
        for cmyk in [[0.0, 0.0, 0.0, 95.0], [60.0, 60.0, 0.0, 90.0]] {
            assert!(fills_with(&print_shop, cmyk), "{lang}: no {cmyk:?}");
        }
        // Compiled on their own, both variants are laid out as the derived.
        for file in ["poster-a4.pdf", "poster-a4-print.pdf"] {
            let derived = derived().join(lang).join(file);
            assert_same_places(&derived, &print.join(lang).join(file), 0.0, |_| true);
        }
    }
    assert_clean_pdfs(&pdfs_under(&print));
}

#[test]
fn a_colour_a_template_computes_from_the_palette_is_printed_in_cmyk() {
    let (_tmp, print) = build_poster(|campaign| {
        let own = campaign.join("templates/print");
        std::fs::create_dir_all(&own).unwrap();
        let poster = repo().join("templates/print/poster.typ");
        let text = std::fs::read_to_string(poster).unwrap();
        let darker = "fill: col(\"accent\").darken(50%),";
        assert!(text.contains("fill: col(\"accent\"),"), "{text}");
        let text = text.replace("fill: col(\"accent\"),", darker);
        std::fs::write(own.join("poster.typ"), text).unwrap();
    });
    // The fixture's accent is 0/8/40/0; darkened by half, each ink halfway
    // to 100 %.
    let darker = [50.0, 54.0, 70.0, 50.0];
    for lang in LANGS {
        let dir = print.join(lang);
        assert!(
            fills_with(&dir.join("poster-a4-print.pdf"), darker),
            "{lang}"
        );
        assert!(!fills_with(&dir.join("poster-a4.pdf"), darker), "{lang}");
    }
    assert_clean_pdfs(&pdfs_under(&print));
}

/// How many colours `pdf` sets in a space of three components (`r g b scn`
/// under an ICC-based RGB space, or `rg`/`RG`), its streams uncompressed.
fn rgb_colours(pdf: &Path) -> usize {
    let text = uncompressed(pdf);
    let tokens: Vec<&str> = text.split_ascii_whitespace().collect();
    let numeric = |t: &&&str| t.parse::<f64>().is_ok();
    tokens
        .iter()
        .enumerate()
        .filter(|(i, t)| {
            let operands = tokens[i.saturating_sub(4)..*i]
                .iter()
                .rev()
                .take_while(numeric)
                .count();
            match **t {
                "rg" | "RG" => true,
                "scn" | "SCN" => operands == 3,
                _ => false,
            }
        })
        .count()
}

#[test]
fn the_print_shop_poster_draws_its_illustration_emblem_and_qr_code_in_cmyk() {
    // Before, the illustration and the EU emblem were SVG images drawn in
    // RGB: 27 colours in three components on the pilot's A4 poster.
    for lang in LANGS {
        let dir = derived().join(lang);
        let print_shop = dir.join("poster-a4-print.pdf");
        assert_eq!(rgb_colours(&print_shop), 0, "{lang}");
        // The emblem in its process colours, beside the palette's inks.
        for cmyk in [[100.0, 80.0, 0.0, 0.0], [0.0, 0.0, 100.0, 0.0]] {
            assert!(fills_with(&print_shop, cmyk), "{lang}: no {cmyk:?}");
        }
        // The office file keeps its RGB art.
        assert!(rgb_colours(&dir.join("poster-a4.pdf")) > 0, "{lang}");
    }
    assert_clean_pdfs(&pdfs_under(derived()));
}

/// How many colours `pdf` sets in one component (a grey: `g`/`G`, or
/// `scn`/`SCN` with one operand under an ICC-based grey space), its streams
/// uncompressed.
fn grey_colours(pdf: &Path) -> usize {
    let text = uncompressed(pdf);
    let tokens: Vec<&str> = text.split_ascii_whitespace().collect();
    let numeric = |t: &str| t.parse::<f64>().is_ok();
    (1..tokens.len())
        .filter(|&i| {
            let one_operand = numeric(tokens[i - 1]) && (i < 2 || !numeric(tokens[i - 2]));
            match tokens[i] {
                "scn" | "SCN" | "g" | "G" => one_operand,
                _ => false,
            }
        })
        .count()
}

/// The colour operators of `pdf`'s page contents other than CMYK's (`k`,
/// `K`), and the colour spaces other than DeviceCMYK that it names (from
/// qpdf; Typst draws no form XObjects, so the pages' contents are all).
fn other_than_cmyk(pdf: &Path, scratch: &Path) -> Vec<String> {
    let qpdf = |args: &[&std::ffi::OsStr]| {
        let out = Command::new("qpdf").args(args).output().expect("run qpdf");
        assert!(out.status.success(), "qpdf {args:?}");
        out.stdout
    };
    let pages = String::from_utf8(qpdf(&["--show-pages".as_ref(), pdf.as_os_str()])).unwrap();
    // "    52 0 R" under each page's "content:".
    let contents = pages
        .lines()
        .filter(|l| l.starts_with("    ") && l.ends_with(" 0 R"))
        .map(|l| l.trim().trim_end_matches(" 0 R").to_string());
    let mut found = Vec::new();
    for object in contents {
        let stream = qpdf(&[
            format!("--show-object={object}").as_ref(),
            "--filtered-stream-data".as_ref(),
            pdf.as_os_str(),
        ]);
        let stream = String::from_utf8_lossy(&stream);
        let operators = ["rg", "RG", "g", "G", "cs", "CS", "sc", "SC", "scn", "SCN"];
        found.extend(
            stream
                .split_whitespace()
                .filter(|t| operators.contains(t))
                .map(|t| format!("operator {t}")),
        );
    }
    let plain = scratch.join("plain.pdf");
    let args = [
        "--qdf".as_ref(),
        "--object-streams=disable".as_ref(),
        pdf.as_os_str(),
        plain.as_os_str(),
    ];
    qpdf(&args);
    let text = String::from_utf8_lossy(&std::fs::read(&plain).unwrap()).into_owned();
    for space in [
        "/ICCBased",
        "/DeviceRGB",
        "/DeviceGray",
        "/CalRGB",
        "/CalGray",
        "/Lab",
        "/Indexed",
    ] {
        if text.contains(space) {
            found.push(format!("colour space {space}"));
        }
    }
    found
}

/// How many ICC-based grey spaces (`/N 1`: one component) `pdf` holds,
/// its streams uncompressed (qpdf puts each key of a dictionary on a line of
/// its own).
fn icc_grey_spaces(pdf: &Path) -> usize {
    let text = uncompressed(pdf);
    text.lines().filter(|line| line.trim() == "/N 1").count()
}

/// Every colour of a print-shop file is DeviceCMYK, its greys and white in
/// black ink: the booklet's code tint and footnote rule and the band's white
/// letters were greys (Typst's `luma`), which the PDF writer puts in an
/// ICC-based grey space, the one such space in a file whose slug says CMYK,
/// which a shop's preflight queries (review 17 Polish, review 18 item 1).
/// A service's SVG logo keeps its own colours (RGB, as the slug says) but
/// its white too is no ink, not an ICC-based grey (review 18b P4). The
/// office files keep theirs (RGB and grey, for screens and office printers).
#[test]
fn every_print_shop_file_draws_in_cmyk_its_greys_and_white_in_black_ink() {
    let (tmp, print) = build_poster(|campaign| {
        let yaml = campaign.join("campaign.yaml");
        let assets = "  assets: [poster-a4, flyer-a5, wallet-card, guidelines]\n";
        replace_first(&yaml, "  assets: [poster-a4]\n", assets);
        replace_first(&yaml, "base_url:", "unconfirmed: [base_url]\nbase_url:");
        // A fictional service with the fixture's SVG logo (orange and white).
        let service = "services:\n  - id: beispiel\n    name: Beispielstelle (Testdaten)\n    phone: \"+44 1632 960 456\"\n    hours: Mo–Fr 10–16 Uhr\n    logo: assets/service-beispiel.svg\n    locales: [de]\nfunding:\n";
        replace_first(&yaml, "funding:\n", service);
        let steps = campaign.join("content/en/guidelines/steps.md");
        let text = std::fs::read_to_string(&steps).unwrap();
        let extra = "\nRun `faro check` before you print.[^1]\n\n```\nfaro build veneto\n```\n\n[^1]: It lists every to-do.\n";
        std::fs::write(&steps, text + extra).unwrap();
    });
    // The checks find a colour where there is one: the office booklet's
    // greys, the office card's band, the office poster's service logo.
    let booklet = print.join("en/guidelines.pdf");
    assert!(
        grey_colours(&booklet) > 0,
        "the office booklet has no grey to test"
    );
    let office = other_than_cmyk(&print.join("en/wallet-card.pdf"), tmp.path());
    assert!(
        !office.is_empty(),
        "no RGB or grey found in the office card"
    );
    let logo = print.join("de/poster-a4-beispiel.pdf");
    assert!(grey_colours(&logo) > 0, "no grey in the office logo");
    let (co_branded, own): (Vec<PathBuf>, Vec<PathBuf>) = pdfs_under(&print)
        .into_iter()
        .filter(|pdf| pdf.to_string_lossy().ends_with("-print.pdf"))
        .partition(|pdf| pdf.to_string_lossy().contains("-beispiel"));
    // Four assets in en and de, the booklet not in ar (the fixture has no
    // Arabic guidelines).
    assert_eq!(own.len(), 11, "{own:?}");
    for pdf in &own {
        assert_eq!(grey_colours(pdf), 0, "{}", pdf.display());
        assert_eq!(rgb_colours(pdf), 0, "{}", pdf.display());
        assert!(
            !uncompressed(pdf).contains("/ICCBased"),
            "{}",
            pdf.display()
        );
        let other = other_than_cmyk(pdf, tmp.path());
        assert!(other.is_empty(), "{}: {other:?}", pdf.display());
    }
    // The de poster and flyer show the logo; the card shows none.
    assert_eq!(co_branded.len(), 3, "{co_branded:?}");
    for pdf in &co_branded {
        assert_eq!(grey_colours(pdf), 0, "{}", pdf.display());
        assert_eq!(icc_grey_spaces(pdf), 0, "{}", pdf.display());
    }
    for asset in ["poster-a4", "flyer-a5"] {
        let pdf = print.join(format!("de/{asset}-beispiel-print.pdf"));
        assert!(rgb_colours(&pdf) > 0, "{asset}: the logo's orange is RGB");
    }
}
