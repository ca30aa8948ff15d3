//! A right-to-left campaign (tests/fixtures/rtl, Arabic first): every Arabic
//! page is `dir="rtl"`, every English one `dir="ltr"`, and each language is
//! marked with its own direction wherever it is named.

mod common;

use common::{faro_build, fixture, tempdir};

#[test]
fn arabic_pages_are_right_to_left_and_english_ones_left_to_right() {
    let out = tempdir();
    let run = faro_build(&common::repo(), &fixture("rtl"), out.path());
    run.assert_success();
    let read = |p: &str| std::fs::read_to_string(out.path().join(p)).unwrap_or_else(|e| panic!("{p}: {e}"));
    for page in ["ar/index.html", "ar/alamat/index.html", "ar/musaada/index.html", "ar/404.html", "ar/materials/index.html"] {
        let html = read(page);
        assert!(html.contains("<html dir=rtl lang=ar>"), "{page}: {}", &html[..120]);
    }
    for page in ["en/index.html", "en/signs/index.html", "en/404.html"] {
        assert!(read(page).contains("<html dir=ltr lang=en>"), "{page}");
    }
    // The untranslated help page is an Arabic fallback inside an English page:
    // the passage carries its own language and direction.
    let fallback = read("en/musaada/index.html");
    assert!(fallback.contains("<html dir=ltr lang=en>"));
    assert!(fallback.contains("dir=rtl") && fallback.contains("lang=ar"), "the Arabic passage is marked");
    // The chooser names Arabic in Arabic, right to left.
    let chooser = read("index.html");
    assert!(chooser.contains("dir=rtl") && chooser.contains("العربية"), "{chooser}");
}
