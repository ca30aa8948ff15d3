//! Print files while a value they print is not confirmed (review 15-revd
//! C2): a campaign that lists such a value under `unconfirmed` (the site's
//! address, on every file and in its QR code) gets a "not for print" band
//! naming it across the top of every PDF, office and print-shop alike, in
//! the file's language, and `faro build` says so once; a confirmed campaign
//! and one whose unconfirmed value is not printed get neither. On a copy of
//! tests/fixtures/print (en, de, ar), its wallet cards only.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::*;

/// A copy of the print fixture making wallet cards only, with
/// `unconfirmed` set to `list` (none when empty).
fn campaign(tmp: &Path, list: &str) -> PathBuf {
    campaign_making(tmp, list, "[wallet-card]")
}

/// The same, making `assets`.
fn campaign_making(tmp: &Path, list: &str, assets: &str) -> PathBuf {
    let campaign = tmp.join("print");
    copy_dir(&fixture("print"), &campaign);
    let yaml = campaign.join("campaign.yaml");
    replace_first(&yaml, "print:\n", &format!("print:\n  assets: {assets}\n"));
    if !list.is_empty() {
        replace_first(&yaml, "theme:", &format!("unconfirmed: {list}\ntheme:"));
    }
    campaign
}

/// [`uncached_build_beside`], which must succeed.
fn build(campaign: &Path) -> (Run, PathBuf) {
    let (run, out) = uncached_build_beside(campaign);
    run.assert_success();
    (run, out)
}

/// The text of `pdf`, from pdftotext, on one line.
fn text(pdf: &Path) -> String {
    let out = Command::new("pdftotext")
        .arg(pdf)
        .arg("-")
        .output()
        .expect("run pdftotext");
    assert!(out.status.success(), "pdftotext {}", pdf.display());
    String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

const NOTE: &str = "print files are marked \"not for print\"";

#[test]
fn an_unconfirmed_address_marks_every_print_file_and_the_build_says_so_once() {
    let tmp = tempdir();
    let campaign = campaign_making(tmp.path(), "[base_url, exit]", "[wallet-card, poster-a4]");
    let (run, out) = build(&campaign);
    let said = run.flat_stderr();
    assert_eq!(said.matches(NOTE).count(), 1, "{}", run.stderr);
    assert!(said.contains("`base_url` not confirmed"), "{}", run.stderr);
    // The address as a reader knows it, not the setting's name (review 16
    // item 3), and the print shop's label starting with the band's word.
    for (lang, words, draft) in [
        (
            "en",
            "DRAFT – not for print. Not confirmed: web address example.org/stop",
            "DRAFT · wallet-card-print.pdf",
        ),
        (
            "de",
            "ENTWURF – nicht drucken. Nicht bestätigt: Webadresse example.org/stop",
            // In the campaign's default language, the print shop's
            // (review 17 item 3).
            "DRAFT · wallet-card-print.pdf",
        ),
    ] {
        for file in ["wallet-card.pdf", "wallet-card-print.pdf"] {
            let pdf = out.join("print").join(lang).join(file);
            let text = text(&pdf);
            // On each of the card's two pages. `exit` is not printed.
            assert_eq!(text.matches(words).count(), 2, "{lang} {file}: {text}");
            assert!(!text.contains("base_url"), "{lang} {file}: {text}");
            // The slug, on the print-shop file's pages only.
            let slugs = if file.ends_with("-print.pdf") { 2 } else { 0 };
            assert_eq!(text.matches(draft).count(), slugs, "{lang} {file}: {text}");
        }
    }
    // The files in another language than the campaign's (en) say it in en
    // too: a card after its own words, as far as "not for print"; a poster
    // whole, under them (review 17 item 3).
    let en = "DRAFT – not for print. Not confirmed: web address example.org/stop";
    for lang in ["de", "ar"] {
        let card = text(&out.join("print").join(lang).join("wallet-card-print.pdf"));
        assert_eq!(
            card.matches("DRAFT – not for print").count(),
            2,
            "{lang}: {card}"
        );
        assert!(!card.contains(en), "{lang}: {card}");
        assert_eq!(
            card.matches("DRAFT · wallet-card-print.pdf").count(),
            2,
            "{lang}: {card}"
        );
        for file in ["poster-a4.pdf", "poster-a4-print.pdf"] {
            let poster = text(&out.join("print").join(lang).join(file));
            assert_eq!(poster.matches(en).count(), 1, "{lang} {file}: {poster}");
        }
    }
    let de = text(&out.join("print/de/poster-a4-print.pdf"));
    assert!(de.contains("ENTWURF – nicht drucken. Nicht bestätigt: Webadresse example.org/stop"));
    assert!(de.contains("DRAFT · poster-a4-print.pdf"), "{de}");
    let en_poster = text(&out.join("print/en/poster-a4.pdf"));
    assert_eq!(
        en_poster.matches("DRAFT – not for print").count(),
        1,
        "{en_poster}"
    );
    // Arabic comes out of pdftotext in visual order: the address, in the
    // band of each page and at the foot of the inside.
    let ar = text(&out.join("print/ar/wallet-card.pdf"));
    assert!(!ar.contains("base_url"), "{ar}");
    assert_eq!(ar.matches("example.org/stop").count(), 3, "{ar}");
    // `faro check` lists the value to confirm, not the build's note.
    let (_, json) = check_json(tmp.path(), "print");
    let codes: Vec<String> = check_items(&json)
        .iter()
        .map(|i| i["code"].as_str().unwrap().to_string())
        .collect();
    assert!(codes.contains(&"todo.confirm".to_string()), "{codes:?}");
    assert!(
        !codes.contains(&"print.unconfirmed".to_string()),
        "{codes:?}"
    );
}

#[test]
fn the_band_names_each_unconfirmed_printed_value_in_the_reader_s_words() {
    let tmp = tempdir();
    let campaign = campaign(
        tmp.path(),
        "[region, helplines, logo, partners, services, funding]",
    );
    let (_, out) = build(&campaign);
    for (lang, words) in [
        (
            "en",
            "Not confirmed: region Testland, helpline numbers 1522 / 112, logo, partners, local services, EU funding statement",
        ),
        (
            "de",
            // Typst breaks the band's line at the hyphen of
            // "EU-Förderhinweis", which pdftotext then drops.
            "Nicht bestätigt: Region Testland, Nummern der Hilfetelefone 1522 / 112, Logo, Partner, Hilfsangebote vor Ort, EU",
        ),
    ] {
        let text = text(&out.join("print").join(lang).join("wallet-card.pdf"));
        assert_eq!(text.matches(words).count(), 2, "{lang}: {text}");
        assert!(!text.contains("helplines"), "{lang}: {text}");
    }
}

#[test]
fn a_confirmed_campaign_and_an_unprinted_unconfirmed_value_print_no_mark() {
    for list in ["", "[exit]"] {
        let tmp = tempdir();
        let campaign = campaign(tmp.path(), list);
        let (run, out) = build(&campaign);
        assert!(!run.flat_stderr().contains(NOTE), "{list}: {}", run.stderr);
        for lang in ["en", "de", "ar"] {
            for file in ["wallet-card.pdf", "wallet-card-print.pdf"] {
                let text = text(&out.join("print").join(lang).join(file));
                assert!(
                    !text.contains("not for print")
                        && !text.contains("base_url")
                        && !text.contains("DRAFT ·"),
                    "{list} {lang} {file}: {text}"
                );
            }
        }
    }
}

/// The baseline and type size of `w` from its pdftotext box, which spans
/// the font's ascent and descent: Noto Sans 1.069 + 0.293 em, Noto Sans
/// Arabic 1.374 + 0.738 em.
fn baseline_and_size(w: &Word) -> (f64, f64, bool) {
    let arabic = w.text.chars().any(|c| ('\u{600}'..='\u{6ff}').contains(&c));
    let (descent, span) = if arabic {
        (0.738, 2.112)
    } else {
        (0.293, 1.362)
    };
    let size = (w.bbox[3] - w.bbox[1]) / span;
    (w.bbox[3] - descent * size, size, arabic)
}

/// The flyer's text starts 1 mm or more under the band on both sides,
/// where the band takes two lines (a long address): in Arabic, two lines
/// at Arabic line height covered the top of the back's first heading
/// (review 18 item 2). The band's foot is its last line's baseline (that
/// of "DRAFT – not for print", in the campaign's language, under the
/// file's) and its inset, 0.4 of its size; a word's top is its baseline
/// less its letters' height (Arabic boxes reach far above their ink).
#[test]
fn the_band_keeps_clear_of_the_flyer_s_text() {
    let tmp = tempdir();
    let campaign = campaign_making(tmp.path(), "[base_url]", "[flyer-a5]");
    let long = "base_url: https://stop-stalkerware.testland.example.org/";
    replace_first(
        &campaign.join("campaign.yaml"),
        "base_url: https://example.org/stop/",
        long,
    );
    let (_, out) = build(&campaign);
    for lang in ["de", "ar"] {
        let pages = words(&out.join(format!("print/{lang}/flyer-a5.pdf")));
        for (n, page) in pages.iter().enumerate() {
            let print = page
                .words
                .iter()
                .find(|w| w.text == "print" && w.bbox[1] < 60.0);
            let (band_line, band_size, _) = baseline_and_size(print.expect("the band's last word"));
            let foot = band_line + 0.4 * band_size;
            for w in &page.words {
                let (line, size, arabic) = baseline_and_size(w);
                if line <= band_line + 1.0 {
                    continue; // the band's own lines
                }
                let top = line - if arabic { 0.75 } else { 0.72 } * size;
                assert!(
                    top >= foot + 72.0 / 25.4,
                    "{lang} p{}: {:?} from {top:.1} pt, the band down to {foot:.1} pt",
                    n + 1,
                    w.text
                );
            }
        }
    }
}
