//! The guidelines booklet's imprint (review 15-revd C7): publisher,
//! edition (version and date) and the licence of the text, from
//! campaign.yaml `imprint:`, on the back cover over the EU disclaimer; a value
//! campaign.yaml does not give is a located to-do of `faro check`, and its
//! line is left out, never made up. On a copy of tests/fixtures/print, its
//! booklet only (in en and de: ar has no guidelines pages); the values are
//! clearly test data.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::broken::position_in;
use common::*;

const IMPRINT: &str = "\
imprint:
  publisher: Testland Regional Office (test data)
  version: \"1.0\"
  date: 2026-12
  licence: CC BY 4.0
";

/// A copy of the print fixture making the booklet only, with `imprint`
/// (a campaign.yaml section, or nothing) before its `print:`.
fn campaign(tmp: &Path, imprint: &str) -> PathBuf {
    let campaign = tmp.join("print");
    copy_dir(&fixture("print"), &campaign);
    replace_first(
        &campaign.join("campaign.yaml"),
        "print:\n",
        &format!("{imprint}print:\n  assets: [guidelines]\n"),
    );
    campaign
}

/// `faro build print -o <out>` from the campaign's parent folder, without
/// the render cache.
fn build(campaign: &Path, out: &str) -> Run {
    run(uncached_build_command("print", out).current_dir(campaign.parent().unwrap()))
}

/// The back cover of `pdf` (its last page), from pdftotext in its layout
/// (a row of the imprint on a line), on one line.
fn back_cover(pdf: &Path) -> String {
    let out = Command::new("pdftotext")
        .arg("-layout")
        .arg(pdf)
        .arg("-")
        .output()
        .expect("run pdftotext");
    let text = String::from_utf8_lossy(&out.stdout);
    let last = text.split('\u{c}').rfind(|p| !p.trim().is_empty());
    last.unwrap_or_default()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The `todo.imprint` items of `faro check --format json`.
fn imprint_to_dos(campaign: &Path) -> Vec<serde_json::Value> {
    let (_, json) = check_json(campaign.parent().unwrap(), "print");
    check_items(&json)
        .into_iter()
        .filter(|i| i["code"] == "todo.imprint")
        .collect()
}

#[test]
fn the_booklet_prints_its_imprint_in_every_language_the_same_each_build() {
    let tmp = tempdir();
    let campaign = campaign(tmp.path(), IMPRINT);
    build(&campaign, "site").assert_success();
    let site = tmp.path().join("site");
    for (lang, labels) in [
        ("en", ["Publisher", "Edition", "Licence of the text"]),
        ("de", ["Herausgeber", "Ausgabe", "Lizenz des Textes"]),
    ] {
        for file in ["guidelines.pdf", "guidelines-print.pdf"] {
            let page = back_cover(&site.join("print").join(lang).join(file));
            for line in [
                format!("{} Testland Regional Office (test data)", labels[0]),
                format!("{} 1.0 · 2026-12", labels[1]),
                format!("{} CC BY 4.0", labels[2]),
            ] {
                assert!(page.contains(&line), "{lang} {file}: no {line:?} in {page}");
            }
        }
    }
    assert!(imprint_to_dos(&campaign).is_empty());
    // No clock: a second build makes the same booklet.
    build(&campaign, "again").assert_success();
    let again = tmp.path().join("again");
    for lang in ["en", "de"] {
        let file = format!("print/{lang}/guidelines.pdf");
        assert!(
            std::fs::read(site.join(&file)).unwrap() == std::fs::read(again.join(&file)).unwrap(),
            "{file} differs between two builds"
        );
    }
}

#[test]
fn a_missing_imprint_value_is_a_to_do_at_campaign_yaml_and_its_line_is_left_out() {
    let tmp = tempdir();
    // No imprint at all: one to-do at `print:`, naming all four values.
    let none = campaign(tmp.path(), "");
    let to_dos = imprint_to_dos(&none);
    assert_eq!(to_dos.len(), 1, "{to_dos:#?}");
    let yaml = std::fs::read_to_string(none.join("campaign.yaml")).unwrap();
    let (line, _) = position_in(&yaml, "print:");
    assert_eq!(to_dos[0]["line"], line);
    assert_eq!(to_dos[0]["severity"], "warning");
    let message = to_dos[0]["message"].as_str().unwrap();
    for key in ["`publisher`", "`version`", "`date`", "`licence`"] {
        assert!(message.contains(key), "{message}");
    }
    build(&none, "site").assert_success();
    let page = back_cover(&tmp.path().join("site/print/en/guidelines.pdf"));
    assert!(!page.contains("Publisher"), "{page}");

    // No licence: a to-do at `imprint:` naming it; the other lines printed.
    let tmp = tempdir();
    let partial = campaign(tmp.path(), &IMPRINT.replace("  licence: CC BY 4.0\n", ""));
    let to_dos = imprint_to_dos(&partial);
    assert_eq!(to_dos.len(), 1, "{to_dos:#?}");
    let yaml = std::fs::read_to_string(partial.join("campaign.yaml")).unwrap();
    assert_eq!(to_dos[0]["line"], position_in(&yaml, "imprint:").0);
    let message = to_dos[0]["message"].as_str().unwrap();
    assert!(
        message.contains("`licence`") && !message.contains("`publisher`"),
        "{message}"
    );
    build(&partial, "site").assert_success();
    let page = back_cover(&tmp.path().join("site/print/en/guidelines.pdf"));
    assert!(
        page.contains("Publisher Testland Regional Office"),
        "{page}"
    );
    assert!(!page.contains("Licence"), "{page}");
}

#[test]
fn a_date_faro_cannot_print_is_an_error_at_its_value() {
    let tmp = tempdir();
    let campaign = campaign(tmp.path(), &IMPRINT.replace("2026-12", "12/2026"));
    let run = build(&campaign, "site");
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    let yaml = std::fs::read_to_string(campaign.join("campaign.yaml")).unwrap();
    let (line, col) = position_in(&yaml, "12/2026");
    assert!(
        run.stderr.contains(&format!("campaign.yaml:{line}:{col}"))
            && run
                .flat_stderr()
                .contains("`12/2026` is not a date Faro can print"),
        "{}",
        run.stderr
    );
}
