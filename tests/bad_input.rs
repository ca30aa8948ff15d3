//! End to end: a broken campaign (`campaign.yaml`, strings, templates) fails
//! with exit status 1 and a located, useful message, never panics, and leaves
//! the previous output exactly as it was. Page content is in bad_pages.rs.
//!
//! Each test copies `tests/fixtures/basic`, breaks one thing, and builds over a
//! good build's output (see `common::broken`).

mod common;

use common::broken::*;
use common::*;

const YAML: &str = "campaign.yaml";

#[test]
fn unknown_field_in_campaign_yaml_is_located_with_a_suggestion() {
    let b = break_basic(|c| edit(&c.join(YAML), "\nfooter_navigation:", "\nfooter_navigaton:"));
    let (line, col) = position_of(&b.campaign(), YAML, "footer_navigaton:");
    b.assert_rejected()
        .assert_error_at(YAML, line, col, "unknown field `footer_navigaton`")
        .assert_hint("did you mean `footer_navigation`?")
        .assert_snippet(line, "footer_navigaton:");
}

#[test]
fn invalid_colour_is_located_at_its_value() {
    let b = break_basic(|c| {
        edit(
            &c.join(YAML),
            "\n  primary: \"#5b2a86\"",
            "\n  primary: \"#5b2a8z\"",
        )
    });
    let (line, col) = position_of(&b.campaign(), YAML, "\"#5b2a8z\"");
    b.assert_rejected()
        .assert_error_at(YAML, line, col, "`#5b2a8z` is not a colour")
        .assert_hint("#rrggbb")
        .assert_snippet(line, "primary: \"#5b2a8z\"");
}

#[test]
fn unknown_locale_is_located_with_a_suggestion() {
    let b = break_basic(|c| edit(&c.join(YAML), "locales: [en, it]", "locales: [en, it, iy]"));
    let (line, col) = position_of(&b.campaign(), YAML, "iy]");
    b.assert_rejected()
        .assert_error_at(YAML, line, col, "unknown locale `iy`")
        .assert_hint("did you mean `it`?");
}

#[test]
fn missing_logo_file_is_located_in_campaign_yaml() {
    let b = break_basic(|c| {
        edit(
            &c.join(YAML),
            "logo: assets/logo.svg",
            "logo: assets/missing.svg",
        )
    });
    let (line, col) = position_of(&b.campaign(), YAML, "assets/missing.svg");
    b.assert_rejected()
        .assert_error_at(YAML, line, col, "file `assets/missing.svg` not found")
        .assert_snippet(line, "logo: assets/missing.svg");
}

#[test]
fn logo_that_is_not_a_usable_image_is_an_error() {
    let b = break_basic(|c| std::fs::write(c.join("assets/logo.svg"), "<svg></svg>\n").unwrap());
    let (line, col) = position_of(&b.campaign(), YAML, "assets/logo.svg");
    b.assert_rejected()
        .assert_error_at(YAML, line, col, "assets/logo.svg");
}

#[test]
fn an_unusable_logo_is_located_at_its_value_not_at_a_comment_naming_it() {
    let b = break_basic(|c| {
        let yaml = std::fs::read_to_string(c.join(YAML)).unwrap();
        std::fs::write(
            c.join(YAML),
            format!("# The logo is assets/logo.svg.\n{yaml}"),
        )
        .unwrap();
        std::fs::write(c.join("assets/logo.svg"), "<svg></svg>\n").unwrap();
    });
    let (line, col) = position_of(&b.campaign(), YAML, "logo: assets/logo.svg");
    b.assert_rejected()
        .assert_error_at(YAML, line, col + "logo: ".len(), "assets/logo.svg");
}

#[test]
fn an_empty_logo_file_is_called_empty() {
    let b = break_basic(|c| std::fs::write(c.join("assets/logo.svg"), "").unwrap());
    let (line, col) = position_of(&b.campaign(), YAML, "assets/logo.svg");
    b.assert_rejected().assert_error_at(
        YAML,
        line,
        col,
        "image `assets/logo.svg` is an empty file",
    );
}

#[test]
fn default_locale_missing_from_locales_is_located() {
    let b = break_basic(|c| edit(&c.join(YAML), "locales: [en, it]", "locales: [it]"));
    let (line, _) = position_of(&b.campaign(), YAML, "default_locale: en");
    b.assert_rejected()
        .assert_error_at(
            YAML,
            line,
            17,
            "the default locale `en` is not in `locales`",
        )
        .assert_hint("add `en` to the `locales` list");
}

#[test]
fn default_locale_listed_twice_is_located() {
    let b = break_basic(|c| edit(&c.join(YAML), "locales: [en, it]", "locales: [en, it, en]"));
    let (line, _) = position_of(&b.campaign(), YAML, "locales: [en, it, en]");
    b.assert_rejected()
        .assert_error_at(YAML, line, 19, "locale `en` is listed twice");
}

#[test]
fn yaml_syntax_error_is_located() {
    let b = break_basic(|c| edit(&c.join(YAML), "region: Testland", "region: Test: land"));
    let (line, col) = position_of(&b.campaign(), YAML, ": land");
    b.assert_rejected()
        .assert_error_at(
            YAML,
            line,
            col,
            "the value of `region` contains `: `, which YAML reads as the start of another key",
        )
        .assert_hint("put the value in quotes: `region: \"Test: land\"`")
        .assert_snippet(line, "region: Test: land");
}

#[test]
fn a_campaign_yaml_that_does_not_parse_does_not_hide_mistakes_in_pages() {
    let b = break_basic(|c| {
        edit(&c.join(YAML), "region: Testland", "regoin: Testland");
        edit(
            &c.join("content/it/about.md"),
            "\ndescription:",
            "\ndescrizione:",
        );
        append(&c.join("locales/en/campaign.ftl"), "\nbroken = {\n");
    });
    let c = b.campaign();
    let field = position_of(&c, YAML, "regoin");
    let page = position_of(&c, "content/it/about.md", "descrizione:");
    const FTL: &str = "locales/en/campaign.ftl";
    // Fluent stops where the file ends; the report names the `{` left open.
    let ftl_lines = std::fs::read_to_string(c.join(FTL))
        .unwrap()
        .lines()
        .count();
    b.assert_rejected()
        .assert_error_at(YAML, field.0, field.1, "unknown field `regoin`")
        .assert_error_at(
            "content/it/about.md",
            page.0,
            page.1,
            "unknown field `descrizione`",
        )
        .assert_error_at(FTL, ftl_lines, 10, "this `{` is not closed with `}`")
        .assert_error_count(3);
}

#[test]
fn empty_campaign_yaml_is_an_error() {
    let b = break_basic(|c| std::fs::write(c.join(YAML), "\n  \n").unwrap());
    b.assert_rejected()
        .assert_error_in(YAML, "campaign.yaml is empty");
}

#[test]
fn campaign_yaml_that_is_a_folder_is_an_error() {
    let b = break_basic(|c| {
        std::fs::remove_file(c.join(YAML)).unwrap();
        std::fs::create_dir(c.join(YAML)).unwrap();
    });
    b.assert_rejected()
        .assert_error_in(YAML, "expected a file but found a directory");
}

#[test]
fn missing_campaign_yaml_is_an_error() {
    let b = break_basic(|c| std::fs::remove_file(c.join(YAML)).unwrap());
    b.assert_rejected()
        .assert_error_in(YAML, "file not found")
        .assert_hint("campaign folder needs a campaign.yaml");
}

#[test]
fn hints_only_suggest_commands_that_exist() {
    let missing = break_basic(|c| std::fs::remove_file(c.join(YAML)).unwrap());
    let empty = break_basic(|c| std::fs::write(c.join(YAML), "").unwrap());
    for b in [&missing, &empty] {
        b.assert_rejected();
        for suggestion in b.run.stderr.split("`faro ").skip(1) {
            let command = suggestion.split('`').next().unwrap();
            let status = std::process::Command::new(env!("CARGO_BIN_EXE_faro"))
                .args(command.split_whitespace())
                .arg("--help")
                .output()
                .unwrap()
                .status;
            assert!(
                status.success(),
                "the hint suggests `faro {command}`, which does not exist"
            );
        }
    }
}

#[test]
fn unknown_navigation_key_is_located_with_a_suggestion() {
    let b = break_basic(|c| edit(&c.join(YAML), "\n  - help\n", "\n  - hlep\n"));
    let (line, col) = position_of(&b.campaign(), YAML, "hlep");
    b.assert_rejected()
        .assert_error_at(YAML, line, col, "menu entry `hlep` is not a page")
        .assert_hint("did you mean `help`?");
}

#[test]
fn fluent_syntax_error_in_campaign_strings_is_located() {
    const FTL: &str = "locales/it/campaign.ftl";
    let b = break_basic(|c| append(&c.join(FTL), "broken {\n"));
    let (line, col) = position_of(&b.campaign(), FTL, "{\n");
    b.assert_rejected()
        .assert_error_at(
            FTL,
            line,
            col,
            "this line is neither a message (`key = text`) nor the indented continuation of one",
        )
        .assert_hint("if it continues the message above, indent it with spaces");
}

#[test]
fn fluent_syntax_error_shows_the_offending_line() {
    const FTL: &str = "locales/it/campaign.ftl";
    let b = break_basic(|c| append(&c.join(FTL), "broken {\n"));
    let (line, _) = position_of(&b.campaign(), FTL, "broken {");
    b.assert_rejected().assert_snippet(line, "broken {");
}

#[test]
fn a_message_defined_twice_is_located_at_its_second_definition() {
    const FTL: &str = "locales/it/campaign.ftl";
    let b = break_basic(|c| append(&c.join(FTL), "campaign-tagline = Un altro motto\n"));
    let (line, col) = position_of(&b.campaign(), FTL, "campaign-tagline = Un altro");
    b.assert_rejected()
        .assert_error_at(FTL, line, col, "`campaign-tagline` is defined twice")
        .assert_hint("first defined at")
        .assert_hint(":2:1");
}

#[test]
fn strings_that_are_not_utf8_are_located_at_the_first_bad_byte() {
    const FTL: &str = "locales/it/campaign.ftl";
    let b = break_basic(|c| {
        let mut bytes = std::fs::read(c.join(FTL)).unwrap();
        bytes.extend_from_slice(b"extra = caf\xe9\n");
        std::fs::write(c.join(FTL), bytes).unwrap();
    });
    let lines = std::fs::read(b.campaign().join(FTL))
        .unwrap()
        .split(|&b| b == b'\n')
        .count()
        - 1;
    b.assert_rejected()
        .assert_error_at(FTL, lines, 12, "not valid UTF-8")
        .assert_hint("UTF-8");
}

#[test]
fn a_template_that_is_not_utf8_is_located_at_the_first_bad_byte() {
    let b = break_basic(|c| {
        override_page_template(c, "<p>ok</p>");
        let mut bytes = std::fs::read(c.join("templates/page.html")).unwrap();
        bytes.extend_from_slice(b"<p>\xff</p>\n");
        std::fs::write(c.join("templates/page.html"), bytes).unwrap();
    });
    b.assert_rejected()
        .assert_error_at("templates/page.html", 5, 4, "not valid UTF-8");
}

#[test]
fn a_default_locale_missing_from_locales_is_the_only_error() {
    // Without `de` pages every menu entry and link would also fail; those are
    // not mistakes of their own.
    let b = break_basic(|c| edit(&c.join(YAML), "default_locale: en", "default_locale: de"));
    b.assert_rejected().assert_error_count(1).assert_error_at(
        YAML,
        7,
        17,
        "the default locale `de` is not in `locales`",
    );
}

#[test]
fn a_message_with_an_unknown_variable_fails_the_build_at_the_message() {
    const FTL: &str = "locales/en/campaign.ftl";
    let b = break_basic(|c| {
        edit(
            &c.join(FTL),
            "campaign-tagline = Your phone is yours.",
            "campaign-tagline = Your phone is yours, { $owner }.",
        )
    });
    let (line, col) = position_of(&b.campaign(), FTL, "campaign-tagline =");
    b.assert_rejected()
        .assert_error_at(
            FTL,
            line,
            col,
            "`campaign-tagline` could not be formatted in `en`",
        )
        .assert_hint("variables");
}

#[test]
fn a_fault_met_on_every_page_is_counted_once() {
    let b = break_basic(|c| override_page_template(c, "<p>{{ page.author.name }}</p>"));
    b.assert_rejected().assert_error_count(1).assert_error_at(
        "templates/page.html",
        3,
        12,
        "author",
    );
}

#[test]
fn an_unknown_string_key_is_one_error_at_the_template_that_asks_for_it() {
    let b = break_basic(|c| override_page_template(c, "<p>{{ t(key=\"no-such-message\") }}</p>"));
    b.assert_rejected()
        .assert_error_count(1)
        .assert_error_at(
            "templates/page.html",
            3,
            14,
            "no text for `no-such-message` (locale `en`, `it`)",
        )
        .assert_hint("define `no-such-message` in locales/en/");
}

#[test]
fn extending_a_template_that_does_not_exist_is_located() {
    let b = break_basic(|c| {
        override_page_template(c, "<p>ok</p>");
        edit(
            &c.join("templates/page.html"),
            "\"base.html\"",
            "\"bsae.html\"",
        );
    });
    b.assert_rejected()
        .assert_error_at(
            "templates/page.html",
            1,
            13,
            "extends `bsae.html`, which does not exist",
        )
        .assert_hint("did you mean `base.html`?");
}

#[test]
fn a_partial_that_is_not_utf8_is_the_only_error() {
    let b = break_basic(|c| {
        std::fs::create_dir_all(c.join("templates/partials")).unwrap();
        std::fs::write(c.join("templates/partials/footer.html"), b"<p>\xff</p>\n").unwrap();
    });
    b.assert_rejected().assert_error_count(1).assert_error_at(
        "templates/partials/footer.html",
        1,
        4,
        "not valid UTF-8",
    );
}

/// A campaign override of `page.html` whose third line is `line3`.
fn override_page_template(c: &std::path::Path, line3: &str) {
    std::fs::create_dir_all(c.join("templates")).unwrap();
    let template =
        format!("{{% extends \"base.html\" %}}\n{{% block main %}}\n{line3}\n{{% endblock %}}\n");
    std::fs::write(c.join("templates/page.html"), template).unwrap();
}

#[test]
fn template_syntax_error_in_a_campaign_override_is_located() {
    let b = break_basic(|c| override_page_template(c, "<h1>{{ page.title }</h1>"));
    b.assert_rejected()
        .assert_error_at("templates/page.html", 3, 19, "expected }}")
        .assert_snippet(3, "<h1>{{ page.title }</h1>");
}

#[test]
fn unknown_filter_in_a_campaign_override_is_located() {
    let b = break_basic(|c| override_page_template(c, "<h1>{{ page.title | shout }}</h1>"));
    b.assert_rejected()
        .assert_error_at("templates/page.html", 3, 21, "shout");
}

#[test]
fn a_fault_in_a_partial_is_reported_once_not_on_every_page() {
    let b = break_basic(|c| {
        std::fs::create_dir_all(c.join("templates/partials")).unwrap();
        let footer = "<footer><a href=\"/en/nowhere/\">x</a>\
                      <img src=\"https://cdn.example/x.png\" alt=\"\"></footer>\n";
        std::fs::write(c.join("templates/partials/footer.html"), footer).unwrap();
    });
    let footer = "templates/partials/footer.html";
    let (line, link) = position_of(&b.campaign(), footer, "/en/nowhere/");
    let (_, img) = position_of(&b.campaign(), footer, "https://cdn.example");
    b.assert_rejected()
        .assert_error_at(footer, line, link, "broken link `/en/nowhere/` on /")
        .assert_error_at(
            footer,
            line,
            img,
            "fetch `https://cdn.example/x.png` from another host",
        )
        .assert_error_count(2);
    assert!(
        b.run.flat_stderr().contains(" other pages"),
        "{}",
        b.run.stderr
    );
}

#[test]
fn mistakes_in_campaign_yaml_and_front_matter_are_all_reported() {
    let b = break_basic(|c| {
        edit(
            &c.join(YAML),
            "\n  primary: \"#5b2a86\"",
            "\n  primary: \"#5b2a8z\"",
        );
        edit(&c.join(YAML), "locales: [en, it]", "locales: [en, it, iy]");
        edit(
            &c.join("content/it/about.md"),
            "\ndescription:",
            "\ndescrizione:",
        );
        edit(
            &c.join("content/it/guide/steps.md"),
            "slug: passi",
            "slug: Passi",
        );
    });
    let c = b.campaign();
    let colour = position_of(&c, YAML, "\"#5b2a8z\"");
    let locale = position_of(&c, YAML, "iy]");
    let field = position_of(&c, "content/it/about.md", "descrizione:");
    let slug = position_of(&c, "content/it/guide/steps.md", "Passi\n");
    b.assert_rejected()
        .assert_error_at(YAML, colour.0, colour.1, "is not a colour")
        .assert_error_at(YAML, locale.0, locale.1, "unknown locale `iy`")
        .assert_error_at(
            "content/it/about.md",
            field.0,
            field.1,
            "unknown field `descrizione`",
        )
        .assert_error_at(
            "content/it/guide/steps.md",
            slug.0,
            slug.1,
            "invalid slug `Passi`",
        )
        .assert_error_count(4);
}

#[test]
fn a_campaign_yaml_mistake_does_not_hide_mistakes_in_pages() {
    let b = break_basic(|c| {
        edit(
            &c.join(YAML),
            "\n  primary: \"#5b2a86\"",
            "\n  primary: \"#5b2a8z\"",
        );
        // A page with no translation to go stale.
        edit(
            &c.join("content/en/help.md"),
            "(@/about.md)",
            "(@/abuot.md)",
        );
    });
    let c = b.campaign();
    let colour = position_of(&c, YAML, "\"#5b2a8z\"");
    let link = position_of(&c, "content/en/help.md", "[about the campaign]");
    b.assert_rejected()
        .assert_error_at(YAML, colour.0, colour.1, "is not a colour")
        .assert_error_at("content/en/help.md", link.0, link.1, "`@/abuot.md`")
        .assert_error_count(2);
}

#[test]
fn failed_build_keeps_the_previous_output_and_a_fixed_one_replaces_it() {
    let tmp = tempdir();
    let campaign = tmp.path().join("c");
    let out = tmp.path().join("out").join("site");
    copy_dir(&fixture("basic"), &campaign);
    faro_build(tmp.path(), &campaign, &out).assert_success();
    let good = read_tree(&tmp.path().join("out"));
    assert!(good.contains_key("site/en/help/index.html"));

    // A page with no translation to go stale.
    let help = campaign.join("content/en/help.md");
    edit(&help, "(@/about.md)", "(@/abuot.md)");
    edit(&help, "title: \"Get help\"", "title: \"Help for you\"");
    let failed = faro_build(tmp.path(), &campaign, &out);
    assert_eq!(failed.code, Some(1), "{}", failed.stderr);
    assert!(failed
        .stderr
        .contains("the previous output was left as it was"));
    let diffs = tree_differences(&good, &read_tree(&tmp.path().join("out")));
    assert!(
        diffs.is_empty(),
        "the failed build changed:\n{}",
        diffs.join("\n")
    );

    edit(&help, "(@/abuot.md)", "(@/about.md)");
    faro_build(tmp.path(), &campaign, &out).assert_success();
    let fixed = std::fs::read_to_string(out.join("en/help/index.html")).unwrap();
    assert!(
        fixed.contains("Help for you"),
        "the fixed build replaced the old page"
    );
    let names: Vec<_> = std::fs::read_dir(tmp.path().join("out"))
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, ["site"], "nothing is left beside the output folder");
}

/// Local services with a mistake in each value, as a region might write them
/// (fictional, like every service in the tests).
const BAD_SERVICES: &str = "
services:
  - id: centre
    name: \"  \"
    phone: \"12-34\"
    logo: ../elsewhere/logo.svg
    locales: [en, iy]
  - id: centre
    name: Example Help Centre
    phone: \"+44 1632 960 123\"
";

#[test]
fn mistakes_in_local_services_are_each_located_at_their_value() {
    let b = break_basic(|c| append(&c.join(YAML), BAD_SERVICES));
    let c = b.campaign();
    let name = position_of(&c, YAML, "\"  \"");
    let phone = position_of(&c, YAML, "\"12-34\"");
    let logo = position_of(&c, YAML, "../elsewhere");
    let locale = position_of(&c, YAML, "iy]");
    let text = std::fs::read_to_string(c.join(YAML)).unwrap();
    let second = text.rfind("id: centre").unwrap() + "id: ".len();
    let line = text[..second].matches('\n').count() + 1;
    let col = second - text[..second].rfind('\n').unwrap();
    b.assert_rejected()
        .assert_error_at(YAML, name.0, name.1, "the service has no name")
        .assert_error_at(
            YAML,
            phone.0,
            phone.1,
            "`12-34` is not a dialable phone number",
        )
        .assert_error_at(YAML, logo.0, logo.1, "leaves the campaign folder")
        .assert_error_at(YAML, line, col, "two services have the id `centre`")
        .assert_error_at(
            YAML,
            locale.0,
            locale.1,
            "the service serves locale `iy`, which the campaign does not have",
        )
        .assert_hint("did you mean `it`?");
}

#[test]
fn a_local_service_without_a_name_is_located() {
    let b = break_basic(|c| {
        append(
            &c.join(YAML),
            "\nservices:\n  - id: centre\n    phone: \"+44 1632 960 123\"\n",
        )
    });
    // The YAML reader points into the entry that lacks it.
    let (line, col) = position_of(&b.campaign(), YAML, "phone: \"+44");
    b.assert_rejected()
        .assert_error_at(YAML, line, col, "this entry has no `name`")
        .assert_hint("add `name: …` to this entry");
}
