//! The EU disclaimer on the guidelines booklet (`funding-disclaimer`): Faro's
//! interface strings give its standard wording, so an EU-funded campaign
//! made before the booklet printed it (a campaign.ftl without the key, as
//! every region that copied the pilot earlier has) still builds and its
//! booklet carries it; a campaign's own wording overrides Faro's; a booklet
//! language Faro has no wording for is a located to-do, not a failed build.
//! On a copy of tests/fixtures/print (EU-funded; guidelines in en and de).

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::*;

const KEY: &str = "funding-disclaimer";

/// A copy of the print fixture as `<tmp>/print`, its campaign.ftl files
/// without `funding-disclaimer`, as before the booklet printed it.
fn campaign_before_the_disclaimer(tmp: &Path) -> PathBuf {
    let campaign = tmp.join("print");
    copy_dir(&fixture("print"), &campaign);
    for entry in std::fs::read_dir(campaign.join("locales")).unwrap() {
        let ftl = entry.unwrap().path().join("campaign.ftl");
        let text = std::fs::read_to_string(&ftl).unwrap();
        let kept: String = text
            .lines()
            .filter(|l| !l.starts_with(KEY))
            .map(|l| format!("{l}\n"))
            .collect();
        assert_ne!(kept, text, "{} had the disclaimer", ftl.display());
        std::fs::write(&ftl, kept).unwrap();
    }
    campaign
}

/// Only the booklet among the print assets: the tests below are about it.
fn booklet_only(campaign: &Path) {
    replace_first(
        &campaign.join("campaign.yaml"),
        "print:\n",
        "print:\n  assets: [guidelines]\n",
    );
}

/// A language Faro has interface strings for but no disclaimer in, and the
/// fixture does not have yet.
fn a_language_without_faro_s_wording() -> String {
    let mut langs: Vec<String> = std::fs::read_dir(repo().join("locales"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    langs.sort();
    langs
        .into_iter()
        .filter(|l| !["en", "de", "ar"].contains(&l.as_str()))
        .find(|l| faro_text(l, "language-name").is_some() && faro_text(l, KEY).is_none())
        .expect("a language without Faro's wording")
}

/// Adds `lang` to `campaign`, with the German pages and strings as a test
/// stand-in.
fn add_language(campaign: &Path, lang: &str) {
    copy_dir(
        &campaign.join("content/de"),
        &campaign.join("content").join(lang),
    );
    copy_dir(
        &campaign.join("locales/de"),
        &campaign.join("locales").join(lang),
    );
    replace_first(
        &campaign.join("campaign.yaml"),
        "locales: [en, de, ar]",
        &format!("locales: [en, de, ar, {lang}]"),
    );
}

/// Faro's own text of `key` in `lang` (locales/<lang>/ui.ftl), if it has one.
fn faro_text(lang: &str, key: &str) -> Option<String> {
    let ftl = std::fs::read_to_string(repo().join("locales").join(lang).join("ui.ftl")).ok()?;
    let prefix = format!("{key} = ");
    ftl.lines()
        .find_map(|l| l.strip_prefix(&prefix))
        .map(str::to_string)
}

/// The words of the last page of `pdf` (the booklet's back cover), one space apart.
fn back_cover(pdf: &Path) -> String {
    let text = |args: &[&str]| {
        let out = Command::new("pdftotext")
            .args(args)
            .arg(pdf)
            .arg("-")
            .output()
            .expect("pdftotext is missing: run scripts/setup.sh");
        assert!(out.status.success(), "pdftotext {}", pdf.display());
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let pages = text(&[]).matches('\u{c}').count();
    let last = pages.to_string();
    let words = text(&["-f", &last, "-l", &last]);
    words.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// True when `words` hold `text` (pdftotext breaks its lines anywhere).
fn holds(words: &str, text: &str) -> bool {
    words.contains(&text.split_whitespace().collect::<Vec<_>>().join(" "))
}

#[test]
fn a_campaign_made_before_the_disclaimer_builds_and_its_booklets_carry_faro_s_wording() {
    let tmp = tempdir();
    let campaign = campaign_before_the_disclaimer(tmp.path());
    let (run, out) = uncached_build_beside(&campaign);
    run.assert_success();
    for lang in ["en", "de"] {
        let standard = faro_text(lang, KEY).expect("Faro's wording in en and de");
        for file in ["guidelines.pdf", "guidelines-print.pdf"] {
            let words = back_cover(&out.join("print").join(lang).join(file));
            assert!(holds(&words, &standard), "{lang} {file}: {words}");
        }
    }
    // Nothing left about it for the officer in en and de: Faro's wording is
    // the text. Arabic, whose flyer prints the disclaimer and for which Faro
    // has no wording, is the one to-do.
    let (code, json) = check_json(tmp.path(), "print");
    assert_eq!(code, Some(0), "{json:#}");
    let about_it: Vec<_> = check_items(&json)
        .into_iter()
        .filter(|i| i.to_string().contains(KEY))
        .collect();
    assert_eq!(about_it.len(), 1, "{about_it:#?}");
    assert_eq!(about_it[0]["code"], "todo.disclaimer", "{about_it:#?}");
    let file = about_it[0]["file"].as_str().unwrap();
    assert!(file.ends_with("locales/ar/campaign.ftl"), "{file}");
}

#[test]
fn a_campaign_s_own_disclaimer_overrides_faro_s() {
    let tmp = tempdir();
    let campaign = campaign_before_the_disclaimer(tmp.path());
    booklet_only(&campaign);
    // The letter of the Rights, Equality and Citizenship programme's grant
    // agreements ("his/her"), where Faro's English says "their".
    let own = "The content of this publication represents the views of the author only and is his/her sole responsibility. The European Commission does not accept any responsibility for use that may be made of the information it contains.";
    let standard = faro_text("en", KEY).unwrap();
    assert_ne!(own, standard);
    let en = campaign.join("locales/en/campaign.ftl");
    let text = std::fs::read_to_string(&en).unwrap();
    std::fs::write(&en, format!("{text}{KEY} = {own}\n")).unwrap();
    let (run, out) = uncached_build_beside(&campaign);
    run.assert_success();
    let en = back_cover(&out.join("print/en/guidelines.pdf"));
    assert!(holds(&en, own), "{en}");
    assert!(!holds(&en, &standard), "{en}");
    // German keeps Faro's wording.
    let de = back_cover(&out.join("print/de/guidelines.pdf"));
    assert!(holds(&de, &faro_text("de", KEY).unwrap()), "{de}");
}

#[test]
fn a_booklet_language_faro_has_no_wording_for_is_a_to_do_at_its_strings_file() {
    let lang = a_language_without_faro_s_wording();
    let tmp = tempdir();
    let campaign = campaign_before_the_disclaimer(tmp.path());
    booklet_only(&campaign);
    add_language(&campaign, &lang);
    let (run, out) = uncached_build_beside(&campaign);
    run.assert_success();
    // Printed in the campaign's default language meanwhile.
    let words = back_cover(&out.join("print").join(&lang).join("guidelines.pdf"));
    assert!(holds(&words, &faro_text("en", KEY).unwrap()), "{words}");

    let (code, json) = check_json(tmp.path(), "print");
    assert_eq!(code, Some(0), "a to-do, not an error: {json:#}");
    let todos: Vec<_> = check_items(&json)
        .into_iter()
        .filter(|i| i["code"] == "todo.disclaimer")
        .collect();
    assert_eq!(todos.len(), 1, "{json:#}");
    let todo = &todos[0];
    assert_eq!(todo["severity"], "warning");
    let file = format!("print/locales/{lang}/campaign.ftl");
    assert!(todo["file"].as_str().unwrap().ends_with(&file), "{todo:#}");
    // At `funding-statement`, which it goes with.
    let ftl = std::fs::read_to_string(campaign.join(&file[6..])).unwrap();
    let line = ftl
        .lines()
        .position(|l| l.starts_with("funding-statement"))
        .unwrap()
        + 1;
    assert_eq!(todo["line"], line, "{todo:#}");
    let message = todo["message"].as_str().unwrap();
    assert!(
        message.contains(&format!("`{lang}`")) && message.contains("`en`"),
        "{message}"
    );
    // And the people's report lists it as a to-do.
    let text = faro(tmp.path(), &["check", "print"]);
    assert!(text.stdout.contains("To-dos ("), "{}", text.stdout);
    assert!(flatten(&text.stdout).contains(KEY), "{}", text.stdout);
}

/// The flyer's back prints the disclaimer too: a language Faro has no
/// wording for, in a campaign that makes only flyers, is the same to-do.
#[test]
fn a_flyer_language_faro_has_no_wording_for_is_a_to_do_too() {
    let lang = a_language_without_faro_s_wording();
    let tmp = tempdir();
    let campaign = campaign_before_the_disclaimer(tmp.path());
    replace_first(
        &campaign.join("campaign.yaml"),
        "print:\n",
        "print:\n  assets: [flyer-a5]\n",
    );
    add_language(&campaign, &lang);
    let (code, json) = check_json(tmp.path(), "print");
    assert_eq!(code, Some(0), "a to-do, not an error: {json:#}");
    // One for the new language and one for Arabic (the fixture's ar has no
    // text either, and Faro no Arabic wording), each at its own file.
    let todos: Vec<_> = check_items(&json)
        .into_iter()
        .filter(|i| i["code"] == "todo.disclaimer")
        .collect();
    assert_eq!(todos.len(), 2, "{json:#}");
    let own = format!("locales/{lang}/campaign.ftl");
    let todo = todos
        .iter()
        .find(|t| t["file"].as_str().unwrap().ends_with(&own))
        .unwrap_or_else(|| panic!("no to-do at {own}: {json:#}"));
    let message = todo["message"].as_str().unwrap();
    assert!(message.contains("flyer"), "{message}");
    let (run, _) = uncached_build_beside(&campaign);
    run.assert_success();
}
