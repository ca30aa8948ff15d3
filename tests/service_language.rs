//! A local service's language (campaign.yaml `services[].language`): its
//! name, address and hours are printed as it writes them, so on a page or
//! print file of another language they carry their own language, for screen
//! readers (review 15-reve C5: the Arabic Materials page read an Italian
//! name with Arabic rules). On a copy of tests/fixtures/print (en, de, ar),
//! its wallet cards only.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::broken::position_in;
use common::*;

/// A clearly fictional service written in Italian (the number is in the
/// range Ofcom keeps for drama, never given to anyone; see
/// tests/print_layout.rs), and one with no `language`, written in the
/// campaign's default language (English).
const SERVICES: &str = "\
services:
  - id: centro-prova
    name: Centro di Prova (dati di test)
    phone: \"+44 1632 960 123\"
    hours: lun–ven 9:00–17:00
    language: LANGUAGE
    locales: [en, ar]
  - id: example-centre
    name: Example Help Centre
    phone: \"+44 1632 960 456\"
    locales: [ar]
funding:
";

/// A copy of the print fixture with [`SERVICES`] (the first one's language
/// `language`), making wallet cards only.
fn campaign_with_services(tmp: &Path, language: &str) -> PathBuf {
    let campaign = tmp.join("print");
    copy_dir(&fixture("print"), &campaign);
    let yaml = campaign.join("campaign.yaml");
    replace_first(&yaml, "funding:\n", &SERVICES.replace("LANGUAGE", language));
    replace_first(&yaml, "print:\n", "print:\n  assets: [wallet-card]\n");
    campaign
}

/// The Materials page of `lang` in the built site `out` (its slug is
/// translated: `mawad` in Arabic): the page with the services' sections.
fn materials_page(out: &Path, lang: &str) -> String {
    std::fs::read_dir(out.join(lang))
        .unwrap()
        .map(|e| e.unwrap().path().join("index.html"))
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .find(|html| html.contains("materials-service"))
        .unwrap_or_else(|| panic!("no Materials page with a service in {lang}"))
}

/// The `lang` and `dir` that the `<h2>` whose text is `text` on `page`
/// gives it: on a `<span>` holding all of its text (the heading keeps the
/// page's direction, and so its alignment), or none.
fn heading_of(page: &str, text: &str) -> (Option<String>, Option<String>) {
    let tags = tags(page);
    let at = tags
        .iter()
        .position(|t| t.name == "h2" && inner_text(page, t) == text)
        .unwrap_or_else(|| panic!("no heading {text:?} in\n{page}"));
    let (h2, next) = (&tags[at], tags.get(at + 1));
    assert!(h2.attr("lang").is_none() && h2.attr("dir").is_none());
    match next {
        Some(span) if span.name == "span" && page[h2.end..].starts_with("<span") => {
            assert_eq!(inner_text(page, span), text);
            let attr = |name: &str| span.attr(name).map(str::to_string);
            (attr("lang"), attr("dir"))
        }
        _ => (None, None),
    }
}

/// `Some(lang)`, `Some(dir)`.
fn marked(lang: &str, dir: &str) -> (Option<String>, Option<String>) {
    (Some(lang.to_string()), Some(dir.to_string()))
}

#[test]
fn a_service_s_name_carries_its_language_on_pages_and_print_files_of_another() {
    let tmp = tempdir();
    let campaign = campaign_with_services(tmp.path(), "it");
    let (run, out) = uncached_build_beside(&campaign);
    run.assert_success();
    let (ar, en) = (materials_page(&out, "ar"), materials_page(&out, "en"));
    let name = "Centro di Prova (dati di test)";
    assert_eq!(heading_of(&ar, name), marked("it", "ltr"));
    assert_eq!(heading_of(&en, name), marked("it", "ltr"));
    // Without `language`, the campaign's default: English on the Arabic page.
    assert_eq!(heading_of(&ar, "Example Help Centre"), marked("en", "ltr"));
    // The tagged PDF gives the name its language: the Arabic card's text
    // holds an Italian span, the campaign's own card none.
    // (Typst adds the campaign's country as the region: `it-IT`.)
    let italian = |name: &str| {
        let langs = pdf_langs(&out.join("print/ar").join(name));
        langs.iter().any(|l| l == "it" || l.starts_with("it-"))
    };
    assert!(italian("wallet-card-centro-prova.pdf"));
    assert!(!italian("wallet-card.pdf"));
}

#[test]
fn a_service_written_in_the_page_s_language_has_no_language_of_its_own() {
    let tmp = tempdir();
    let campaign = campaign_with_services(tmp.path(), "en");
    let (run, out) = uncached_build_beside(&campaign);
    run.assert_success();
    let en = materials_page(&out, "en");
    assert_eq!(
        heading_of(&en, "Centro di Prova (dati di test)"),
        (None, None)
    );
    // On the Arabic page it is English.
    let ar = materials_page(&out, "ar");
    assert_eq!(
        heading_of(&ar, "Centro di Prova (dati di test)"),
        marked("en", "ltr")
    );
}

#[test]
fn an_unknown_language_is_an_error_at_its_value() {
    let tmp = tempdir();
    let campaign = campaign_with_services(tmp.path(), "italiano");
    let (run, _) = uncached_build_beside(&campaign);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    let yaml = std::fs::read_to_string(campaign.join("campaign.yaml")).unwrap();
    let (line, col) = position_in(&yaml, "italiano");
    let flat = run.flat_stderr();
    assert!(
        flat.contains("unknown language `italiano`")
            && run.stderr.contains(&format!("campaign.yaml:{line}:{col}")),
        "{}",
        run.stderr
    );
}

/// The `/Lang` values of `pdf`'s objects (its structure elements' and the
/// catalog's), from qpdf's uncompressed QDF form.
fn pdf_langs(pdf: &Path) -> Vec<String> {
    let out = Command::new("qpdf")
        .args(["--qdf", "--object-streams=disable"])
        .arg(pdf)
        .arg("-")
        .output()
        .expect("run qpdf");
    let text = String::from_utf8_lossy(&out.stdout);
    text.split("/Lang (")
        .skip(1)
        .filter_map(|s| s.split_once(')').map(|(l, _)| l.to_string()))
        .collect()
}
