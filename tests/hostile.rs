//! End to end: a campaign folder is untrusted input. Values that become paths
//! are confined, symbolic links that leave the campaign are refused, names
//! that collide with what the build makes are errors, and nothing is silently
//! replaced. Each case fails with exit status 1, a message located in the
//! user's file, the previous output untouched, and nothing written outside.

mod common;

use common::broken::*;

const ABOUT: &str = "content/en/about.md";
const HELP: &str = "content/en/help.md";
const CONFIG: &str = "campaign.yaml";

/// Nothing but the campaign copy and the output is in the test's folder.
fn nothing_outside(b: &Broken) {
    let mut names: Vec<String> = std::fs::read_dir(b.tmp.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        ["c", "out"],
        "written beside the campaign and output"
    );
}

#[test]
fn a_key_that_climbs_out_of_the_output_is_refused_at_the_key() {
    let b = break_basic(|c| {
        edit(
            &c.join(ABOUT),
            "weight: 10\n",
            "weight: 10\nkey: \"../../../../escaped/about\"\n",
        )
    });
    let (line, col) = position_of(&b.campaign(), ABOUT, "\"../../../../escaped");
    b.assert_rejected()
        .assert_error_at(ABOUT, line, col, "cannot place a page in the site")
        .assert_error_at(ABOUT, line, col, "has a `..` or `.` name")
        .assert_hint("guidelines/steps");
    nothing_outside(&b);
}

#[test]
fn keys_with_drive_letters_backslashes_devices_or_percent_codes_are_refused() {
    for (key, why) in [
        ("C:/Windows/about", "drive letter"),
        ("..\\\\..\\\\about", "backslash"),
        ("guide/CON", "reserves for a device"),
        ("%2e%2e/%2e%2e/about", "percent-encoded `%2e`"),
        ("/tmp/about", "absolute path"),
    ] {
        let b = break_basic(|c| {
            let line = format!("weight: 10\nkey: \"{key}\"\n");
            edit(&c.join(ABOUT), "weight: 10\n", &line)
        });
        let (line, col) = position_of(&b.campaign(), ABOUT, "key: ");
        b.assert_rejected()
            .assert_error_at(ABOUT, line, col + 5, why);
        nothing_outside(&b);
    }
}

#[test]
fn a_control_character_in_a_page_is_refused_at_its_position() {
    let b = break_basic(|c| append(&c.join(HELP), "\nHi\u{0}!\n"));
    let (line, col) = position_of(&b.campaign(), HELP, "\u{0}");
    b.assert_rejected()
        .assert_error_at(HELP, line, col, "control character U+0000")
        .assert_hint("delete it");
}

#[test]
fn a_control_character_made_by_a_fluent_escape_is_refused_at_the_escape() {
    let ftl = "locales/en/campaign.ftl";
    let b = break_basic(|c| append(&c.join(ftl), "evil = Hi{\"\\u0000\"}there\n"));
    let (line, col) = position_of(&b.campaign(), ftl, "\\u0000");
    b.assert_rejected()
        .assert_error_at(ftl, line, col, "control character U+0000")
        .assert_hint("delete the escape");
}

#[test]
fn unconfirmed_names_only_settings_that_can_be_confirmed() {
    let b = break_basic(|c| append(&c.join(CONFIG), "unconfirmed: [base_url, palette]\n"));
    let (line, col) = position_of(&b.campaign(), CONFIG, "palette]");
    b.assert_rejected()
        .assert_error_at(CONFIG, line, col, "`unconfirmed` names `palette`")
        .assert_hint("base_url");
}

#[test]
fn a_table_too_large_for_the_booklet_is_refused_at_its_first_line() {
    // 13 columns: more than an A4 page can show, and (larger) more than Typst
    // lays out in reasonable time; refused before any layout.
    let page = "content/en/guidelines/index.md";
    let b = break_basic(|c| {
        append(&c.join(CONFIG), "print:\n  assets: [guidelines]\n");
        let row = |cell: &str| format!("|{}\n", format!(" {cell} |").repeat(13));
        let table = format!("{}|{}\n{}", row("h"), " --- |".repeat(13), row("x"));
        std::fs::create_dir_all(c.join("content/en/guidelines")).unwrap();
        let text = format!("---\ntitle: \"Guidelines\"\n---\n\nIntro.\n\n{table}");
        std::fs::write(c.join(page), text).unwrap();
    });
    let (line, col) = position_of(&b.campaign(), page, "| h |");
    b.assert_rejected()
        .assert_error_at(page, line, col, "at most 12 columns")
        .assert_hint("split it into smaller tables");
}

#[test]
fn a_file_name_with_spaces_and_capitals_is_not_a_url() {
    let b = break_basic(|c| {
        std::fs::rename(c.join(HELP), c.join("content/en/Get Help.md")).unwrap();
        edit(&c.join(CONFIG), "  - help\n", "  - Get Help\n");
    });
    b.assert_rejected()
        .assert_error_at("content/en/Get Help.md", 1, 1, "not a slug")
        .assert_hint("slug: get-help");
}

#[test]
fn a_page_at_the_materials_address_is_refused_at_its_slug() {
    let b = break_basic(|c| {
        edit(
            &c.join(HELP),
            "weight: 20\n",
            "weight: 20\nslug: materials\n",
        )
    });
    let (line, col) = position_of(&b.campaign(), HELP, "materials\n");
    b.assert_rejected().assert_error_at(
        HELP,
        line,
        col,
        "where the build puts its own `en/materials/index.html`",
    );
}

#[test]
fn two_helplines_with_one_id_are_refused_at_the_second() {
    let b = break_basic(|c| edit(&c.join(CONFIG), "  - id: emergency\n", "  - id: hotline\n"));
    let (line, col) = position_of(&b.campaign(), CONFIG, "hotline\n    number: \"112\"");
    b.assert_rejected()
        .assert_error_at(CONFIG, line, col, "two helplines have the id `hotline`");
}

#[test]
fn a_helpline_id_that_cannot_name_strings_is_located() {
    let b = break_basic(|c| {
        edit(
            &c.join(CONFIG),
            "  - id: emergency\n",
            "  - id: \"linea verde\"\n",
        )
    });
    let (line, col) = position_of(&b.campaign(), CONFIG, "\"linea verde\"");
    b.assert_rejected()
        .assert_error_at(CONFIG, line, col, "cannot name its strings");
}

#[test]
fn an_unquoted_colour_is_an_empty_value_not_a_default() {
    let b = break_basic(|c| {
        edit(
            &c.join(CONFIG),
            "  primary: \"#5b2a86\"",
            "  primary: #5b2a86",
        )
    });
    let (line, col) = position_of(&b.campaign(), CONFIG, "primary: #");
    b.assert_rejected()
        .assert_error_at(CONFIG, line, col, "`primary` has no value")
        .assert_hint("primary: \"#5b2a86\"");
}

#[test]
fn a_base_url_with_a_query_is_refused_once_at_its_line() {
    let b = break_basic(|c| {
        edit(
            &c.join(CONFIG),
            "base_url: https://example.org/",
            "base_url: https://example.org/?ref=x",
        )
    });
    let (line, col) = position_of(&b.campaign(), CONFIG, "https://example.org/?ref");
    b.assert_rejected()
        .assert_error_at(CONFIG, line, col, "has a query or a fragment")
        .assert_error_count(1);
}

#[test]
fn a_logo_path_that_leaves_the_campaign_is_refused_at_the_value() {
    let b = break_basic(|c| {
        edit(
            &c.join(CONFIG),
            "logo: assets/logo.svg",
            "logo: ../../etc/passwd",
        )
    });
    let (line, col) = position_of(&b.campaign(), CONFIG, "../../etc/passwd");
    b.assert_rejected()
        .assert_error_at(CONFIG, line, col, "leaves the campaign folder");
}

#[cfg(unix)]
#[test]
fn a_template_linked_to_a_file_outside_is_never_published() {
    let b = break_basic(|c| {
        let secret = c.parent().unwrap().join("secret.txt");
        std::fs::write(&secret, "TOP-SECRET-CONTENTS\n").unwrap();
        std::fs::create_dir_all(c.join("templates")).unwrap();
        std::os::unix::fs::symlink(&secret, c.join("templates/page.html")).unwrap();
    });
    std::fs::remove_file(b.tmp.path().join("secret.txt")).unwrap();
    b.assert_rejected().assert_error_in(
        "templates/page.html",
        "this link leads out of the campaign folder",
    );
    assert!(!b.run.stderr.contains("TOP-SECRET"), "{}", b.run.stderr);
}

#[cfg(unix)]
#[test]
fn an_asset_linked_outside_is_an_error_not_a_silent_gap_in_the_kit() {
    let b = break_basic(|c| {
        std::os::unix::fs::symlink("/etc/hostname", c.join("assets/host.txt")).unwrap();
    });
    b.assert_rejected().assert_error_in(
        "assets/host.txt",
        "this link leads out of the campaign folder",
    );
}

#[cfg(unix)]
#[test]
fn a_locales_folder_linked_outside_is_refused() {
    let b = break_basic(|c| {
        let elsewhere = c.parent().unwrap().join("strings");
        std::fs::rename(c.join("locales/it"), &elsewhere).unwrap();
        std::os::unix::fs::symlink(&elsewhere, c.join("locales/it")).unwrap();
    });
    b.assert_rejected()
        .assert_error_in("locales/it", "this link leads out of the campaign folder")
        .assert_error_count(1);
}

#[test]
fn a_string_missing_for_a_helpline_is_located_at_its_id() {
    // Found by the fuzz harness: templates build the key from the id, so no
    // template names it; the error points at the id in campaign.yaml.
    let b = break_basic(|c| {
        for locale in ["en", "it"] {
            let ftl = c.join(format!("locales/{locale}/campaign.ftl"));
            let text = std::fs::read_to_string(&ftl).unwrap();
            let kept: Vec<&str> = text
                .lines()
                .filter(|l| !l.starts_with("helpline-emergency-audience"))
                .collect();
            std::fs::write(&ftl, kept.join("\n") + "\n").unwrap();
        }
    });
    let (line, col) = position_of(&b.campaign(), CONFIG, "emergency\n");
    b.assert_rejected().assert_error_at(
        CONFIG,
        line,
        col,
        "no text for `helpline-emergency-audience`",
    );
}
