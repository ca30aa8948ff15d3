//! Print and social assets (issue 4), on tests/fixtures/print (English, German,
//! Arabic): page sizes with and without bleed and the TrimBox (pdfinfo), fonts
//! embedded (pdffonts), QR codes that open the right locale (zbarimg), campaign
//! text printed literally, byte-identical builds, the render cache, and the
//! errors for text that does not fit and characters no font has.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use common::*;

/// The fixture built once for the tests that only read it.
fn built() -> &'static Path {
    static SITE: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    let (_, out) = SITE.get_or_init(|| {
        let tmp = tempdir();
        let out = tmp.path().join("site");
        build_with_cache(&fixture("print"), &out, None).assert_success();
        (tmp, out)
    });
    out
}

/// `faro build` with the render cache in `cache` (or off).
fn build_with_cache(campaign: &Path, out: &Path, cache: Option<&Path>) -> Run {
    let mut command = uncached_build_command(campaign, out);
    if let Some(cache) = cache {
        command.env("FARO_CACHE_DIR", cache);
    }
    run(command)
}

/// Runs a tool from poppler-utils or zbar-tools (installed by scripts/setup.sh).
fn tool(name: &str, args: &[&str], file: &Path) -> String {
    let mut command = Command::new(name);
    command.args(args).arg(file);
    if name == "pdftotext" {
        command.arg("-"); // to standard output, not beside the PDF
    }
    let out = command
        .output()
        .unwrap_or_else(|e| panic!("{name} is missing ({e}): run scripts/setup.sh"));
    assert!(
        out.status.success(),
        "{name} {}: {}",
        file.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// A `Name: a b …` line of pdfinfo as numbers.
fn numbers(info: &str, name: &str) -> Vec<f64> {
    info_numbers(info, name)
}

const MM: f64 = 72.0 / 25.4;

fn assert_near(actual: &[f64], expected: &[f64], what: &str) {
    assert_eq!(actual.len(), expected.len(), "{what}: {actual:?}");
    for (a, e) in actual.iter().zip(expected) {
        assert!(
            (a - e).abs() < 0.6,
            "{what}: {actual:?}, expected {expected:?}"
        );
    }
}

#[test]
fn pdfs_have_trim_size_for_the_office_and_bleed_slug_trim_and_bleed_boxes_for_the_print_shop() {
    let print = built().join("print");
    for (asset, w, h, pages) in [
        ("poster-a3", 297.0, 420.0, 1),
        ("poster-a4", 210.0, 297.0, 1),
        ("flyer-a5", 148.0, 210.0, 2),
        ("wallet-card", 85.0, 55.0, 2),
    ] {
        for lang in ["en", "de", "ar"] {
            let office = tool(
                "pdfinfo",
                &["-box"],
                &print.join(format!("{lang}/{asset}.pdf")),
            );
            assert_near(&numbers(&office, "Page size:"), &[w * MM, h * MM], asset);
            assert_near(&numbers(&office, "Pages:"), &[f64::from(pages)], asset);
            assert!(
                office.contains("Tagged:          yes"),
                "{asset} {lang} is not tagged"
            );
            assert!(office.contains("Title:"), "{asset} {lang} has no title");
            let shop = tool(
                "pdfinfo",
                &["-box"],
                &print.join(format!("{lang}/{asset}-print.pdf")),
            );
            // Media: trim + 3 mm bleed + 7 mm slug on every side.
            let (bleed, edge) = (3.0 * MM, 10.0 * MM);
            assert_near(
                &numbers(&shop, "Page size:"),
                &[w * MM + 2.0 * edge, h * MM + 2.0 * edge],
                asset,
            );
            assert_near(
                &numbers(&shop, "TrimBox:"),
                &[edge, edge, edge + w * MM, edge + h * MM],
                asset,
            );
            let slug = edge - bleed;
            assert_near(
                &numbers(&shop, "BleedBox:"),
                &[
                    slug,
                    slug,
                    slug + w * MM + 2.0 * bleed,
                    slug + h * MM + 2.0 * bleed,
                ],
                asset,
            );
        }
    }
    let booklet = tool("pdfinfo", &[], &print.join("en/guidelines.pdf"));
    assert!(numbers(&booklet, "Pages:")[0] >= 3.0, "{booklet}");
}

#[test]
fn every_pdf_passes_pdfinfo_qpdf_and_the_pdf_ua_checker_without_a_message() {
    assert_clean_pdfs(&pdfs_under(&built().join("print")));
}

/// A page rendered in grey at 10 pixels per millimetre, from pdftoppm.
struct Grey {
    width: usize,
    height: usize,
    pixels: Vec<u8>,
}

impl Grey {
    fn render(pdf: &Path) -> Grey {
        let tmp = tempdir();
        let root = tmp.path().join("page");
        let mut command = Command::new("pdftoppm");
        command.args(["-gray", "-r", "254", "-singlefile", "-f", "1", "-l", "1"]);
        tool_run(command.arg(pdf).arg(&root));
        let bytes = std::fs::read(root.with_extension("pgm")).expect("pdftoppm's page");
        // P5 <width> <height> 255, one whitespace, then the pixels.
        let mut fields = Vec::new();
        let mut at = 0;
        while fields.len() < 4 {
            while bytes[at].is_ascii_whitespace() {
                at += 1;
            }
            let start = at;
            while !bytes[at].is_ascii_whitespace() {
                at += 1;
            }
            fields.push(String::from_utf8_lossy(&bytes[start..at]).into_owned());
        }
        let (width, height) = (fields[1].parse().unwrap(), fields[2].parse().unwrap());
        Grey {
            width,
            height,
            pixels: bytes[at + 1..].to_vec(),
        }
    }

    /// Whether the pixel `mm` millimetres from the left and top is dark.
    fn dark(&self, x_mm: f64, y_mm: f64) -> bool {
        let (x, y) = ((x_mm * 10.0) as usize, (y_mm * 10.0) as usize);
        assert!(
            x < self.width && y < self.height,
            "({x_mm}, {y_mm}) mm is off the page"
        );
        self.pixels[y * self.width + x] < 128
    }

    /// Whether any pixel within 0.3 mm of (`x_mm`, `y_mm`) is dark (a
    /// 0.25 pt line is about one pixel wide here).
    fn dark_near(&self, x_mm: f64, y_mm: f64) -> bool {
        (-3..=3).any(|d| {
            let d = f64::from(d) / 10.0;
            self.dark(x_mm + d, y_mm) || self.dark(x_mm, y_mm + d)
        })
    }
}

fn tool_run(command: &mut Command) {
    let out = command
        .output()
        .expect("pdftoppm is missing: run scripts/setup.sh");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Crop marks continue the trim edges in the slug, from 3 mm (the bleed) to
/// 8 mm outside the trim; nothing is drawn in the slug's corners or in the
/// bleed beside a mark; the slug names the file.
#[test]
fn crop_marks_lie_in_the_slug_outside_the_bleed_and_the_slug_names_the_file() {
    for (lang, asset, w, h) in [
        ("en", "poster-a4", 210.0, 297.0),
        ("ar", "poster-a3", 297.0, 420.0),
        ("de", "flyer-a5", 148.0, 210.0),
        ("en", "wallet-card", 85.0, 55.0),
    ] {
        let pdf = built().join(format!("print/{lang}/{asset}-print.pdf"));
        let page = Grey::render(&pdf);
        let edge = 10.0;
        let (left, right, top, bottom) = (edge, edge + w, edge, edge + h);
        for (x, sx) in [(left, -1.0), (right, 1.0)] {
            for (y, sy) in [(top, -1.0), (bottom, 1.0)] {
                let at = format!("{asset} ({lang}) corner ({x}, {y}) mm");
                // Along the trim's horizontal edge, beside the trim.
                for out in [3.5, 5.5, 7.5] {
                    assert!(
                        page.dark_near(x + sx * out, y),
                        "{at}: no mark {out} mm out"
                    );
                }
                // Along its vertical edge, above or below the trim.
                for out in [3.5, 5.5, 7.5] {
                    assert!(
                        page.dark_near(x, y + sy * out),
                        "{at}: no mark {out} mm out"
                    );
                }
                // The slug's corner square is blank paper.
                for (dx, dy) in [(4.0, 4.0), (6.0, 6.0), (9.0, 9.0), (5.0, 9.5)] {
                    assert!(
                        !page.dark(x + sx * dx, y + sy * dy),
                        "{at}: ink at ({dx}, {dy})"
                    );
                }
                // Nothing beyond the marks' ends.
                assert!(!page.dark(x + sx * 9.5, y), "{at}: the mark is too long");
                // On a poster's white foot, the bleed beside the trim's corner
                // is blank: the marks start outside it.
                if asset.starts_with("poster") && sy > 0.0 {
                    assert!(!page.dark(x + sx * 1.5, y), "{at}: a mark in the bleed");
                    assert!(!page.dark(x, y + sy * 1.5), "{at}: a mark in the bleed");
                }
            }
        }
        let text = tool("pdftotext", &[], &pdf);
        let label = format!("{asset}-print.pdf · {lang} · CMYK · trim {w} × {h} mm · bleed 3 mm");
        assert!(text.contains(&label), "{asset} ({lang}): {text}");
    }
}

#[test]
fn every_font_is_embedded_and_subset_and_the_metadata_is_set() {
    let print = built().join("print");
    for file in [
        "en/poster-a4.pdf",
        "de/flyer-a5-print.pdf",
        "ar/poster-a3.pdf",
        "de/guidelines.pdf",
    ] {
        let fonts = tool("pdffonts", &[], &print.join(file));
        let rows: Vec<&str> = fonts.lines().skip(2).collect();
        assert!(!rows.is_empty(), "{file}: no fonts");
        for row in &rows {
            let cols: Vec<&str> = row.split_whitespace().collect();
            let n = cols.len();
            assert_eq!(&cols[n - 5..n - 2], ["yes", "yes", "yes"], "{file}: {row}");
            assert!(row.contains("Noto"), "{file}: {row}");
        }
        let info = tool("pdfinfo", &[], &print.join(file));
        assert!(
            info.contains("Author:          Helpers Association"),
            "{info}"
        );
        assert!(!info.contains("CreationDate"), "{file} has a date: {info}");
    }
    let arabic = tool("pdffonts", &[], &print.join("ar/poster-a4.pdf"));
    assert!(arabic.contains("NotoSansArabic"), "{arabic}");
    let meta = tool("pdfinfo", &["-meta"], &print.join("de/poster-a4.pdf"));
    assert!(
        meta.contains("<dc:language><rdf:Bag><rdf:li>de"),
        "no language in the metadata: {meta}"
    );
}

#[test]
fn qr_codes_of_the_printed_pages_open_each_locale_s_home_page() {
    let print = built().join("print");
    let tmp = tempdir();
    for lang in ["en", "de", "ar"] {
        for asset in ["poster-a3", "poster-a4", "flyer-a5"] {
            // Both sides of the office PDF at 100 dpi, as an office printer's
            // page would be photographed: every code found opens the home page.
            let root = tmp.path().join(format!("{lang}-{asset}"));
            let mut command = Command::new("pdftoppm");
            command.args(["-png", "-r", "100", "-f", "1", "-l", "2"]);
            tool_run(
                command
                    .arg(print.join(format!("{lang}/{asset}.pdf")))
                    .arg(&root),
            );
            let mut codes = Vec::new();
            for side in ["1", "2"] {
                let png = tmp.path().join(format!("{lang}-{asset}-{side}.png"));
                if png.is_file() {
                    // No `tool`: zbarimg fails on a side without a code.
                    let out = Command::new("zbarimg")
                        .args(["-q", "--raw"])
                        .arg(&png)
                        .output()
                        .expect("zbarimg is missing: run scripts/setup.sh");
                    codes.extend(
                        String::from_utf8_lossy(&out.stdout)
                            .lines()
                            .map(String::from),
                    );
                }
            }
            assert_eq!(
                codes,
                [format!("https://example.org/stop/{lang}/")],
                "{lang} {asset}: one code, to the home page"
            );
        }
    }
}

#[test]
fn campaign_text_with_typst_syntax_prints_as_written() {
    let print = built().join("print");
    let text = tool("pdftotext", &["-layout"], &print.join("en/poster-a4.pdf"));
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(text.contains("#panic() ] $x$ *help* is there."), "{text}");
    let booklet = tool("pdftotext", &[], &print.join("en/guidelines.pdf"));
    let booklet = booklet.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        booklet.contains("Text such as #panic() or $x$ or ] prints as written."),
        "{booklet}"
    );
    assert!(booklet.contains("Who they are for"), "{booklet}");
}

#[test]
fn social_images_have_their_sizes_and_no_text_near_the_top_and_bottom() {
    let print = built().join("print");
    for (asset, w, h) in [
        ("social-square", 1080, 1080),
        ("social-portrait", 1080, 1350),
        ("social-story", 1080, 1920),
        ("og", 1200, 630),
    ] {
        let img = image::open(print.join(format!("de/{asset}.png")))
            .unwrap()
            .to_rgb8();
        assert_eq!(img.dimensions(), (w, h), "{asset}");
        if asset == "og" {
            continue;
        }
        // A story's top and bottom 250 px (which the platforms cover with
        // their own controls), a post's margin, hold the brand colour and, at
        // the very bottom, a decorative stripe: nothing else.
        let zone = if asset == "social-story" { 250 } else { 80 };
        let ground = *img.get_pixel(0, 0);
        for y in (0..zone).chain(h - zone..h - 40) {
            for x in 0..w {
                assert_eq!(
                    *img.get_pixel(x, y),
                    ground,
                    "{asset}: something at ({x}, {y})"
                );
            }
        }
        // A post has no platform zones: its content starts near the top,
        // not 250 px down with half the square left empty.
        if asset != "social-story" {
            let used = (zone..250).any(|y| (0..w).any(|x| *img.get_pixel(x, y) != ground));
            assert!(
                used,
                "{asset}: nothing between {zone} and 250 px from the top"
            );
        }
    }
}

#[test]
fn the_site_lists_every_asset_and_uses_the_open_graph_image() {
    let site = built();
    let materials = std::fs::read_to_string(site.join("de/materialien/index.html")).unwrap();
    for needle in [
        "/stop/print/de/poster-a4-thumb.png",
        "/stop/print/de/poster-a4-print.pdf",
        "/stop/print/de/poster-a4.pdf",
        "A4 (210 × 297 mm)",
        "85 × 55 mm",
        "/stop/print/de/wallet-card-thumb.png",
        "/stop/print/de/guidelines.pdf",
        "/stop/print/de/social-story.png",
        "/stop/replication-kit.zip",
    ] {
        assert!(
            materials.contains(needle),
            "{needle} missing from the Materials page"
        );
    }
    // German sizes (docs/typography.md): "124 kB", with a no-break space.
    assert!(materials.contains("\u{a0}kB</bdi>)"), "no file sizes");
    let home = std::fs::read_to_string(site.join("ar/index.html")).unwrap();
    let og = home
        .split('<')
        .find(|tag| tag.starts_with("meta") && tag.contains("og:image"))
        .expect("an og:image meta tag");
    assert!(
        og.contains("https://example.org/stop/print/ar/og.png"),
        "{og}"
    );
    // No booklet in Arabic: none of the guidelines is translated.
    assert!(!site.join("print/ar/guidelines.pdf").exists());
    let kit = std::fs::read(site.join("replication-kit.zip")).unwrap();
    let names = String::from_utf8_lossy(&kit);
    assert!(
        names.contains("guidelines/guidelines-en.pdf")
            && names.contains("guidelines/guidelines-de.pdf")
    );
}

#[test]
fn two_builds_are_byte_identical_with_and_without_the_cache() {
    let tmp = tempdir();
    let cache = tmp.path().join("cache");
    build_with_cache(&fixture("print"), &tmp.path().join("a"), Some(&cache)).assert_success();
    build_with_cache(&fixture("print"), &tmp.path().join("b"), Some(&cache)).assert_success();
    let first = read_tree(built());
    for dir in ["a", "b"] {
        let diffs = tree_differences(&first, &read_tree(&tmp.path().join(dir)));
        assert!(diffs.is_empty(), "{dir}: {diffs:?}");
    }
}

#[test]
fn unchanged_assets_come_from_the_cache_and_changed_ones_are_rendered() {
    let tmp = tempdir();
    let campaign = tmp.path().join("print");
    copy_dir(&fixture("print"), &campaign);
    restrict_assets(&campaign, "[poster-a4, og]");
    let cache = faro::print::Cache::new(Some(tmp.path().join("cache")));
    let run = |cache: &faro::print::Cache| {
        let mut diags = faro::diagnostics::Diagnostics::new();
        let campaign = faro::load(&campaign, &mut diags).expect("the fixture loads");
        let site = faro::Site::new(&campaign, &mut diags);
        let theme = campaign.project.theme(&campaign.settings.theme);
        let (out, d) = faro::print::build(&site, theme.as_ref(), cache, false);
        assert!(!d.has_errors() && !diags.has_errors());
        (out.rendered, out.cached)
    };
    assert_eq!(run(&cache), (6, 0));
    assert_eq!(run(&cache), (0, 6));
    edit(
        &campaign.join("locales/de/campaign.ftl"),
        "Ihr Handy gehört nur Ihnen",
        "Ihr Telefon gehört Ihnen",
    );
    assert_eq!(run(&cache), (1, 5), "only the German poster changed");
}

#[test]
fn text_that_does_not_fit_fails_naming_the_asset_the_locale_and_the_key() {
    let tmp = tempdir();
    let campaign = tmp.path().join("print");
    copy_dir(&fixture("print"), &campaign);
    restrict_assets(&campaign, "[poster-a4]");
    let long = "Ihr Handy gehört nur Ihnen, ".repeat(12);
    edit(
        &campaign.join("locales/de/campaign.ftl"),
        "Ihr Handy gehört nur Ihnen",
        &long,
    );
    let run = build_with_cache(&campaign, &tmp.path().join("site"), None);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    let err = run.flat_stderr();
    assert!(
        err.contains("`poster-headline` (de) does not fit its box on poster-a4"),
        "{err}"
    );
    assert!(err.contains("locales/de/campaign.ftl"), "{err}");
    assert!(
        !tmp.path().join("site").exists(),
        "a failed build wrote output"
    );
}

#[test]
fn a_campaign_name_too_long_for_the_header_fails_instead_of_running_over_the_headline() {
    let tmp = tempdir();
    let campaign = tmp.path().join("print");
    copy_dir(&fixture("print"), &campaign);
    restrict_assets(&campaign, "[flyer-a5]");
    let ftl = campaign.join("locales/de/campaign.ftl");
    let text = std::fs::read_to_string(&ftl).unwrap();
    let line = text
        .lines()
        .find(|l| l.starts_with("campaign-name ="))
        .unwrap();
    let long = format!(
        "campaign-name = {}",
        "Stalkerware stoppen in der Region ".repeat(40)
    );
    std::fs::write(&ftl, text.replace(line, long.trim_end())).unwrap();
    let run = build_with_cache(&campaign, &tmp.path().join("site"), None);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    let err = run.flat_stderr();
    assert!(
        err.contains("`campaign-name` (de) does not fit its box on flyer-a5"),
        "{err}"
    );
    assert!(err.contains("locales/de/campaign.ftl"), "{err}");
}

#[test]
fn a_campaign_name_too_long_fails_on_the_booklet_cover_and_the_share_images_too() {
    let tmp = tempdir();
    let campaign = tmp.path().join("print");
    copy_dir(&fixture("print"), &campaign);
    restrict_assets(&campaign, "[guidelines, social-square]");
    let ftl = campaign.join("locales/en/campaign.ftl");
    let text = std::fs::read_to_string(&ftl).unwrap();
    let line = text
        .lines()
        .find(|l| l.starts_with("campaign-name ="))
        .unwrap();
    let at = text.lines().position(|l| l == line).unwrap() + 1;
    let long = format!(
        "campaign-name = {}",
        "Stop stalkerware in the region ".repeat(40)
    );
    std::fs::write(&ftl, text.replace(line, long.trim_end())).unwrap();
    let run = build_with_cache(&campaign, &tmp.path().join("site"), None);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    let err = run.flat_stderr();
    for asset in ["guidelines", "social-square"] {
        assert!(
            err.contains(&format!(
                "locales/en/campaign.ftl:{at}:1: `campaign-name` (en) does not fit its box on {asset}"
            )),
            "{asset}: {err}"
        );
    }
}

#[test]
fn a_page_too_many_is_reported_at_the_text_that_ran_onto_it() {
    let tmp = tempdir();
    let campaign = tmp.path().join("print");
    copy_dir(&fixture("print"), &campaign);
    restrict_assets(&campaign, "[poster-a4]");
    // A campaign's own poster template that lets the message flow: a long
    // message runs onto a second page of a one-page poster.
    let own = campaign.join("templates/print/poster.typ");
    std::fs::create_dir_all(own.parent().unwrap()).unwrap();
    std::fs::write(
        &own,
        "#import \"faro.typ\": *\n#show: setup\n#text(size: 30pt, s(\"poster-message\"))\n",
    )
    .unwrap();
    let ftl = campaign.join("locales/en/campaign.ftl");
    let text = std::fs::read_to_string(&ftl).unwrap();
    let line = text
        .lines()
        .find(|l| l.starts_with("poster-message ="))
        .unwrap();
    let at = text.lines().position(|l| l == line).unwrap() + 1;
    let long = format!(
        "poster-message = {}",
        "Nobody has the right to read your messages. ".repeat(40)
    );
    std::fs::write(&ftl, text.replace(line, long.trim_end())).unwrap();
    let run = build_with_cache(&campaign, &tmp.path().join("site"), None);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    let err = run.flat_stderr();
    assert!(
        err.contains(&format!(
            "locales/en/campaign.ftl:{at}:1: poster-a4 (en, office): the template made"
        )) && err.contains("pages instead of 1; the text that ran onto page 2: `poster-message`"),
        "at the user's text, not the template: {err}"
    );
}

#[test]
fn a_site_address_too_long_to_print_fails_once_at_base_url_and_a_long_one_shrinks() {
    let tmp = tempdir();
    let campaign = tmp.path().join("print");
    copy_dir(&fixture("print"), &campaign);
    restrict_assets(&campaign, "[wallet-card, flyer-a5]");
    // A real regional portal's address can be this long: it is set smaller
    // to fit (before, it ran off the wallet card's edge).
    let long = "https://www.example.org/wps/portal/istituzionale/HP/DettaglioRedazionale/\
                servizi-e-informazioni/cittadini/persone-casa-e-famiglia/pari-opportunita/\
                campagna-stalkerware/";
    edit(
        &campaign.join("campaign.yaml"),
        "base_url: https://example.org/stop/",
        &format!("base_url: {long}"),
    );
    let site = tmp.path().join("site");
    let run = build_with_cache(&campaign, &site, None);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let card = std::fs::read(site.join("print/en/wallet-card.pdf")).unwrap();
    // Broken over lines after a "/" or a ".", with no character added there
    // (a zero-width space after each dot and a word joiner after each hyphen
    // were copied with it), and in its order in Arabic too.
    for locale in ["en", "ar"] {
        let pdf = site.join(format!("print/{locale}/wallet-card.pdf"));
        let text: String = tool("pdftotext", &[], &pdf)
            .chars()
            .filter(|c| !('\u{202a}'..='\u{202e}').contains(c))
            .collect();
        let address = format!("{}{locale}", &long["https://".len()..]);
        let words: Vec<&str> = text.split_whitespace().collect();
        let joined = words.join(" ").replace("/ ", "/").replace(". ", ".");
        assert!(joined.contains(&address), "{locale}: {text}");
    }

    // Too long for any type size: one error at base_url's line naming every
    // asset and language, nothing written (before, the wallet card printed
    // it over the helplines).
    let segment = "campagna-regionale-contro-la-violenza-digitale/";
    edit(
        &campaign.join("campaign.yaml"),
        long,
        &format!("https://www.example.org/{}", segment.repeat(16)),
    );
    let run = build_with_cache(&campaign, &site, None);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    let err = run.flat_stderr();
    assert_eq!(err.matches("print.overflow").count(), 1, "once: {err}");
    assert!(
        err.contains(
            "print/campaign.yaml:9:1: the site address (`base_url`) does not fit its box on"
        ),
        "{err}"
    );
    assert!(
        err.contains("wallet-card (en, de, ar)") && err.contains("flyer-a5 (en, de, ar)"),
        "{err}"
    );
    assert_eq!(
        std::fs::read(site.join("print/en/wallet-card.pdf")).unwrap(),
        card,
        "the previous output is unchanged"
    );
}

#[test]
fn a_character_no_font_has_is_an_error_not_a_blank_box() {
    let tmp = tempdir();
    let campaign = tmp.path().join("print");
    copy_dir(&fixture("print"), &campaign);
    restrict_assets(&campaign, "[poster-a4]");
    edit(
        &campaign.join("locales/en/campaign.ftl"),
        "Your phone belongs to you",
        "Your phone belongs to you 你",
    );
    let run = build_with_cache(&campaign, &tmp.path().join("site"), None);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    let err = run.flat_stderr();
    assert!(
        err.contains("poster-a4 (en): no font has \"你\" (U+4F60) of `poster-headline`"),
        "{err}"
    );
    // At the character itself, not at the start of the message.
    let col = "poster-headline = Your phone belongs to you "
        .chars()
        .count()
        + 1;
    assert!(
        err.contains(&format!("locales/en/campaign.ftl:3:{col}:")),
        "{err}"
    );
}

#[test]
fn templates_cannot_import_packages() {
    let tmp = tempdir();
    let campaign = tmp.path().join("print");
    copy_dir(&fixture("print"), &campaign);
    restrict_assets(&campaign, "[poster-a4]");
    std::fs::create_dir_all(campaign.join("templates/print")).unwrap();
    std::fs::write(
        campaign.join("templates/print/poster.typ"),
        "#import \"@preview/example:0.1.0\": *\nHello\n",
    )
    .unwrap();
    let run = build_with_cache(&campaign, &tmp.path().join("site"), None);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    let err = run.flat_stderr();
    assert!(
        err.contains("packages such as @preview/example:0.1.0 are not available"),
        "{err}"
    );
    assert!(err.contains("templates/print/poster.typ:1"), "{err}");
}

fn restrict_assets(campaign: &Path, list: &str) {
    edit(
        &campaign.join("campaign.yaml"),
        "print:\n",
        &format!("print:\n  assets: {list}\n"),
    );
}

fn edit(file: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(file).unwrap();
    assert!(text.contains(from), "{} has no {from:?}", file.display());
    std::fs::write(file, text.replacen(from, to, 1)).unwrap();
}

#[test]
fn a_draft_build_marks_every_print_asset_as_a_draft() {
    let tmp = tempdir();
    let campaign = tmp.path().join("c");
    common::copy_dir(&fixture("print"), &campaign);
    restrict_assets(&campaign, "[poster-a4, wallet-card]");
    let out = tmp.path().join("draft");
    run(uncached_build_command(&campaign, &out).arg("--draft")).assert_success();
    for asset in ["poster-a4.pdf", "poster-a4-print.pdf", "wallet-card.pdf"] {
        let text = tool("pdftotext", &[], &out.join("print/en").join(asset));
        // The band lies over other text, which pdftotext interleaves with it.
        assert!(
            text.contains("Draft:") && text.contains("publication"),
            "{asset}: {text}"
        );
    }
    // And a normal build has no such mark.
    let normal = tool("pdftotext", &[], &built().join("print/en/poster-a4.pdf"));
    assert!(!normal.contains("Draft"), "{normal}");
}

/// Measured from the laid-out PDFs (pdftotext's word boxes), in every
/// language: no text under 6 pt, none outside its page, no two words of
/// different lines overlapping, and no headline line of a single word.
#[test]
fn layouts_keep_sizes_and_text_apart_and_headlines_without_single_words() {
    for lang in ["en", "de", "ar"] {
        for asset in [
            "poster-a3",
            "poster-a4",
            "flyer-a5",
            "wallet-card",
            "guidelines",
        ] {
            // Only English has guidelines pages in this fixture.
            if asset == "guidelines" && lang != "en" {
                continue;
            }
            let office = built().join(format!("print/{lang}/{asset}.pdf"));
            assert_layout(&office, 6.0);
        }
        for asset in ["poster-a3", "poster-a4", "flyer-a5"] {
            let office = built().join(format!("print/{lang}/{asset}.pdf"));
            let lines = headline_lines(&office);
            let words: usize = lines.iter().map(Vec::len).sum();
            assert!(words >= 2, "{asset} ({lang}): headline {lines:?}");
            for line in &lines {
                assert!(
                    line.len() >= 2,
                    "{asset} ({lang}): a lone word in {lines:?}"
                );
            }
        }
    }
}

/// The wallet card's outside, which others may see, says nothing of
/// stalkerware or violence; the inside carries the helplines and the site.
#[test]
fn the_wallet_card_is_discreet_outside_and_complete_inside() {
    for lang in ["en", "de", "ar"] {
        let pages = words(&built().join(format!("print/{lang}/wallet-card.pdf")));
        let text = |n: usize| -> String {
            let words: Vec<&str> = pages[n].words.iter().map(|w| w.text.as_str()).collect();
            words.join(" ").to_lowercase()
        };
        let outside = text(0);
        for telling in [
            "stalk",
            "violen",
            "gewalt",
            "abuse",
            "missbrauch",
            "عنف",
            "تجسس",
        ] {
            assert!(
                !outside.contains(telling),
                "{lang}: `{telling}` outside: {outside}"
            );
        }
        let inside = text(1);
        assert!(
            inside.contains("1522") && inside.contains("112"),
            "{lang}: {inside}"
        );
        assert!(
            inside.contains("example.org/stop"),
            "{lang}: no site address: {inside}"
        );
    }
}
