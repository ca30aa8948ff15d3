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
