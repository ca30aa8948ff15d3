//! A right-to-left campaign (tests/fixtures/rtl, Arabic first): every Arabic
//! page is `dir="rtl"`, every English one `dir="ltr"`, and each language is
//! marked with its own direction wherever it is named.

mod common;

use common::{faro_build, fixture, tempdir};

/// The value of an attribute of the `<html>` element, quoted or not.
fn html_attr(html: &str, name: &str) -> Option<String> {
    let start = html.find("<html")?;
    let tag = &html[start..start + html[start..].find('>')?];
    let at = tag.find(&format!(" {name}="))? + name.len() + 2;
    let value = &tag[at..];
    let value = value.trim_start_matches(['"', '\'']);
    let end = value.find(['"', '\'', ' ']).unwrap_or(value.len());
    Some(value[..end].to_string())
}

fn assert_html_lang_dir(html: &str, page: &str, lang: &str, dir: &str) {
    assert_eq!(
        html_attr(html, "lang").as_deref(),
        Some(lang),
        "{page}: <html lang>"
    );
    assert_eq!(
        html_attr(html, "dir").as_deref(),
        Some(dir),
        "{page}: <html dir>"
    );
}

#[test]
fn arabic_pages_are_right_to_left_and_english_ones_left_to_right() {
    let out = tempdir();
    let run = faro_build(&common::repo(), &fixture("rtl"), out.path());
    run.assert_success();
    let read = |p: &str| {
        std::fs::read_to_string(out.path().join(p)).unwrap_or_else(|e| panic!("{p}: {e}"))
    };
    for page in [
        "ar/index.html",
        "ar/alamat/index.html",
        "ar/musaada/index.html",
        "ar/404.html",
        "ar/mawad/index.html",
    ] {
        assert_html_lang_dir(&read(page), page, "ar", "rtl");
    }
    for page in ["en/index.html", "en/signs/index.html", "en/404.html"] {
        assert_html_lang_dir(&read(page), page, "en", "ltr");
    }
    // The untranslated help page is an Arabic fallback inside an English page:
    // the passage carries its own language and direction.
    let fallback = read("en/musaada/index.html");
    assert_html_lang_dir(&fallback, "en/musaada/index.html", "en", "ltr");
    assert!(
        fallback.contains("dir=rtl") && fallback.contains("lang=ar"),
        "the Arabic passage is marked"
    );
    // The chooser names Arabic in Arabic, right to left.
    let chooser = read("index.html");
    assert!(
        chooser.contains("dir=rtl") && chooser.contains("العربية"),
        "{chooser}"
    );
}

/// The text of a PDF as pdftotext reads it, its words one space apart.
fn pdf_words(pdf: &std::path::Path) -> String {
    let out = std::process::Command::new("pdftotext")
        .arg(pdf)
        .arg("-")
        .output()
        .expect("run pdftotext (scripts/setup.sh installs it)");
    assert!(out.status.success(), "pdftotext {}", pdf.display());
    let text = String::from_utf8_lossy(&out.stdout).replace('\u{a0}', " ");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A locale with the interface's strings but not the campaign's (the browser
/// tests' right-to-left variant of the pilot: Persian, `interface_only`) gets
/// the default locale's Italian on its print assets: set as Italian reads,
/// left to right, not in the Persian page's order, where the poster read
/// "dell’Unione europea 2020–2014" and ".puoi chiedere aiuto in sicurezza";
/// and its share images hold the funding statement at the size of a real
/// statement (the build checks it: 3 % of the width), with no exemption.
#[test]
fn an_interface_only_locale_sets_the_default_locales_text_in_its_own_direction() {
    let project = common::pilot_project();
    let campaign = project.path().join("campaigns/veneto");
    common::replace_first(
        &campaign.join("campaign.yaml"),
        "locales: [it, en, de, fr, es, pt, ar, uk]",
        "locales: [it, en, ar, fa]\ninterface_only: [ar, fa]",
    );
    let out = tempdir();
    let run = faro_build(project.path(), &campaign, out.path());
    run.assert_success();
    let poster = pdf_words(&out.path().join("print/fa/poster-a4.pdf"));
    for said in [
        "di nascosto, non è colpa tua: puoi chiedere aiuto in sicurezza.",
        "2014–2020 dell’Unione europea",
        "Numero nazionale antiviolenza e stalking",
    ] {
        assert!(poster.contains(said), "fa poster: no {said:?} in {poster}");
    }
    let flyer = pdf_words(&out.path().join("print/fa/flyer-a5.pdf"));
    assert!(
        flyer.contains("L’altra persona sa cose che non le hai detto"),
        "fa flyer: {flyer}"
    );
    for share in ["og", "social-square", "social-portrait", "social-story"] {
        assert!(out.path().join(format!("print/fa/{share}.png")).is_file());
    }
}
