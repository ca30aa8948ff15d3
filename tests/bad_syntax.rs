//! End to end: the syntax mistakes a policy officer makes when editing
//! `campaign.yaml` and the Fluent strings, as `faro check` and `faro build`
//! show them. Both name the file, line and column of the line that is wrong
//! (not the line where the reader noticed it), say what is wrong in plain
//! words, give a hint with the fix, and quote the lines around it.
//!
//! Each case copies `tests/fixtures/basic`, makes one mistake, and runs
//! `faro check c` and `faro build c -o out` from the temporary folder.

mod common;

use common::broken::{edit, position_in};
use common::*;

/// What `faro check` and `faro build` printed for one broken copy.
struct Seen {
    check: Run,
    build: Run,
}

/// A copy of the basic fixture with `from` replaced by `to` in `file`:
/// the reports, and the position of `at` in the broken file.
fn broken(file: &str, from: &str, to: &str, at: &str) -> (Seen, (usize, usize)) {
    let tmp = tempdir();
    let campaign = tmp.path().join("c");
    copy_dir(&fixture("basic"), &campaign);
    edit(&campaign.join(file), from, to);
    let text = std::fs::read_to_string(campaign.join(file)).unwrap();
    let position = position_in(&text, at);
    let check = faro(tmp.path(), &["check", "c"]);
    let build = faro(tmp.path(), &["build", "c", "-o", "out"]);
    (Seen { check, build }, position)
}

impl Seen {
    /// Both commands fail, without a panic, and both say `message` at
    /// `c/<file>:line:col`, with a hint containing `hint` and the broken
    /// line quoted as `quoted` (check's list marks the place under it).
    fn assert_says(&self, file: &str, (line, col): (usize, usize), message: &str, hint: &str) {
        let label = format!("c/{file}:{line}:{col}: {message}");
        for (command, run, out, hint_word) in [
            ("check", &self.check, &self.check.stdout, "hint: "),
            ("build", &self.build, &self.build.stderr, "help: "),
        ] {
            assert_eq!(run.code, Some(1), "{command} fails:\n{out}\n{}", run.stderr);
            assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
            let flat = flatten(out);
            assert!(flat.contains(&label), "{command} says `{label}`:\n{out}");
            assert!(
                flat.contains(&format!("{hint_word}{hint}")),
                "{command}'s hint has `{hint}`:\n{out}"
            );
        }
    }

    /// Both commands quote line `line` of the broken file as `text`; check
    /// marks the place under it.
    fn assert_quotes(&self, line: usize, text: &str) {
        for (command, out) in [("check", &self.check.stdout), ("build", &self.build.stderr)] {
            let quoted = out.lines().any(|l| {
                l.trim_start()
                    .strip_prefix(&format!("{line} │"))
                    .is_some_and(|rest| rest.trim() == text.trim())
            });
            assert!(quoted, "{command} quotes line {line} `{text}`:\n{out}");
        }
        assert!(
            self.check.stdout.contains("^ here"),
            "{}",
            self.check.stdout
        );
    }
}

const YAML: &str = "campaign.yaml";

#[test]
fn an_over_indented_line_in_campaign_yaml_is_named_with_the_spaces_it_needs() {
    let (seen, at) = broken(
        YAML,
        "    number: \"1522\"",
        "      number: \"1522\"",
        "number: \"1522\"",
    );
    seen.assert_says(
        YAML,
        at,
        "this line is indented by 6 spaces, the lines around it by 4 spaces",
        "use the same number of spaces as the lines around it: 4 spaces (in YAML, \
         indentation is structure: a line indented further than the one above is read as part of it)",
    );
    seen.assert_quotes(at.0, "      number: \"1522\"");
}

#[test]
fn a_line_indented_less_than_its_neighbours_is_named_not_the_line_after_it() {
    // The YAML reader stops at `on_primary:` (the line after), which lines
    // up with the lines below it: `primary:` is the line that is wrong.
    let (seen, at) = broken(
        YAML,
        "  primary: \"#5b2a86\"",
        " primary: \"#5b2a86\"",
        "primary:",
    );
    seen.assert_says(
        YAML,
        at,
        "this line is indented by 1 space, the lines around it by 2 spaces",
        "use the same number of spaces as the lines around it: 2 spaces (in YAML, \
         indentation is structure: a line indented less than the lines above it ends their block)",
    );
    seen.assert_quotes(at.0, " primary: \"#5b2a86\"");
}

#[test]
fn a_missing_space_after_a_colon_is_named_with_the_line_written_right() {
    let (seen, at) = broken(YAML, "number: \"112\"", "number:\"112\"", ":\"112\"");
    seen.assert_says(
        YAML,
        at,
        "a space is missing after `number:`",
        "YAML needs a space between `:` and the value: `number: \"112\"`",
    );
    seen.assert_quotes(at.0, "    number:\"112\"");
}

#[test]
fn an_unclosed_quote_is_named_on_the_line_that_opens_it() {
    // The reader notices it on the next line.
    let (seen, at) = broken(
        YAML,
        "on_primary: \"#ffffff\"",
        "on_primary: \"#ffffff",
        "\"#ffffff",
    );
    seen.assert_says(
        YAML,
        at,
        "the quote `\"` opened on this line is not closed",
        "end the text with `\"` on the same line: `on_primary: \"#ffffff\"`",
    );
    seen.assert_quotes(at.0, "  on_primary: \"#ffffff");
}

#[test]
fn a_tab_used_to_indent_is_named_where_it_is() {
    let (seen, at) = broken(
        YAML,
        "    free: true\n    always_open: true\n    anonymous",
        "\tfree: true\n    always_open: true\n    anonymous",
        "\tfree",
    );
    seen.assert_says(
        YAML,
        at,
        "a tab character is used to indent this line",
        "YAML indents with spaces only: replace the tab with spaces",
    );
}

#[test]
fn an_unclosed_list_is_named_where_it_opens() {
    let (seen, at) = broken(YAML, "locales: [en, it]", "locales: [en, it", "[en");
    seen.assert_says(
        YAML,
        at,
        "the list opened with `[` on this line is not closed",
        "close it with `]` on the same line: `locales: [en, it]`",
    );
    seen.assert_quotes(at.0, "locales: [en, it");
}

const FTL_EN: &str = "locales/en/campaign.ftl";

#[test]
fn an_unclosed_quoted_text_in_a_string_is_named_at_its_quote_with_a_hint_about_placeables() {
    let (seen, at) = broken(
        FTL_EN,
        "helpline-hotline-name = Test helpline",
        "helpline-hotline-name = Call { \"1522 } now",
        "\"1522",
    );
    seen.assert_says(
        FTL_EN,
        at,
        "the quoted text inside `{ }` is not closed",
        "inside `{ }` a text is written in double quotes closed on the same line, such as `{ \"1522\" }`",
    );
    seen.assert_quotes(at.0, "helpline-hotline-name = Call { \"1522 } now");
    // The Italian copy of the key is not "a misspelt key": its original
    // is there, with a syntax error.
    let flat = flatten(&seen.check.stdout);
    assert!(
        !flat.contains("`helpline-hotline-name` is not in the `en` strings"),
        "{}",
        seen.check.stdout
    );
    // Nor is the key "missing": it is there, broken. The syntax error is
    // the one error, in check and build alike.
    for out in [&seen.check.stdout, &seen.build.stderr] {
        assert!(!flatten(out).contains("no text for"), "{out}");
    }
    assert!(
        seen.check
            .stdout
            .lines()
            .last()
            .unwrap_or_default()
            .contains(" 1 error,"),
        "{}",
        seen.check.stdout
    );
    assert!(
        seen.build.stderr.contains("build failed with 1 error;"),
        "{}",
        seen.build.stderr
    );
}

#[test]
fn an_unclosed_brace_in_a_string_is_named_at_the_brace() {
    let (seen, at) = broken(
        FTL_EN,
        "helpline-hotline-name = Test helpline",
        "helpline-hotline-name = Call { 1522 now",
        "{ 1522",
    );
    seen.assert_says(
        FTL_EN,
        at,
        "this `{` is not closed with `}`",
        "`{ }` holds a variable `{ $name }`, another message `{ other-key }` or a quoted text",
    );
    assert!(
        !flatten(&seen.check.stdout).contains("is not in the `en` strings"),
        "{}",
        seen.check.stdout
    );
}

#[test]
fn a_continuation_line_that_is_not_indented_is_explained() {
    let (seen, at) = broken(
        FTL_EN,
        "helpline-hotline-name = Test helpline",
        "helpline-hotline-name = Test\nhelpline for everyone",
        "helpline for",
    );
    seen.assert_says(
        FTL_EN,
        (at.0, at.1 + "helpline ".len()),
        "this line is neither a message (`key = text`) nor the indented continuation of one",
        "if it continues the message above, indent it with spaces",
    );
}

/// A locale written with a mistaken code (`fr_FR`) for a language the
/// campaign has no pages in: the one error, with its fix, and nothing that
/// follows from it (no missing page or string of `fr`, no "no content").
#[test]
fn a_mistaken_locale_code_without_pages_is_reported_alone() {
    let (seen, at) = broken(
        YAML,
        "locales: [en, it]",
        "locales: [en, it, fr_FR]",
        "fr_FR",
    );
    seen.assert_says(YAML, at, "unknown locale `fr_FR`", "write `fr`");
    let out = &seen.check.stdout;
    // `fr` is named only in the hint ("write `fr` (… are `fr`; …)").
    assert_eq!(flatten(out).matches("`fr`").count(), 2, "{out}");
    assert!(
        !out.contains("content/fr") && !out.contains("locales/fr/"),
        "{out}"
    );
    // "Left: 1 to-do, 1 error, …": the fixture's partner has no logo.
    assert!(out.contains(" 1 error,"), "{out}");
}

/// The same language written right, still without pages: one error with the
/// steps to add it, and its strings counted in the summary, not listed.
#[test]
fn a_locale_without_pages_is_one_item_with_its_strings_counted() {
    let (seen, _) = broken(YAML, "locales: [en, it]", "locales: [en, it, fr]", "fr]");
    let out = &seen.check.stdout;
    let flat = flatten(out);
    assert!(
        flat.contains("c/content/fr: `fr` is in `locales` but has no pages"),
        "{out}"
    );
    assert!(flat.contains("locales/en/ to locales/fr/"), "{out}");
    assert!(!out.contains("has no `fr` translation"), "{out}");
    assert!(!out.contains("is not translated into `fr`"), "{out}");
    // Not `funding-disclaimer`, which Faro's French interface strings give.
    assert!(
        out.contains("  fr: 5 missing pages, 8 missing strings"),
        "{out}"
    );
}

/// A template is named by its path in Faro's folders wherever the campaign
/// is: `templates/base.html` in a project (relative to the folder faro runs
/// in), `faro's built-in templates/base.html` for a campaign on its own, never
/// an absolute path in one command and `<embedded …>` in another.
#[test]
fn a_template_is_named_by_its_path_in_and_outside_a_project() {
    let line = std::fs::read_to_string(repo().join("templates/base.html"))
        .unwrap()
        .lines()
        .position(|l| l.contains("\"funding-statement\""))
        .expect("base.html asks for funding-statement")
        + 1;
    let without_statement = |campaign: &std::path::Path| {
        copy_dir(&fixture("basic"), campaign);
        for lang in ["en", "it"] {
            let ftl = campaign.join(format!("locales/{lang}/campaign.ftl"));
            let text = std::fs::read_to_string(&ftl).unwrap();
            let kept: Vec<&str> = text
                .lines()
                .filter(|l| !l.starts_with("funding-statement"))
                .collect();
            std::fs::write(&ftl, kept.join("\n") + "\n").unwrap();
        }
    };
    // In the project (this repository), run from its folder.
    let inside = tempdir();
    without_statement(&inside.path().join("c"));
    let campaign = inside.path().join("c");
    let in_project = faro(&repo(), &["check", campaign.to_str().unwrap()]);
    // Alone, outside any project: the built-in templates.
    let outside = tempfile::tempdir().unwrap();
    without_statement(&outside.path().join("c"));
    let alone = faro(outside.path(), &["check", "c"]);
    let built = faro(outside.path(), &["build", "c", "-o", "out"]);
    let named = |run: &Run, out: &str, name: &str| {
        let flat = flatten(out);
        assert!(
            flat.contains(&format!(" {name}:{line})")),
            "`{name}:{line}` in:\n{out}\n{}",
            run.stderr
        );
        assert!(!flat.contains("<embedded"), "{out}");
    };
    named(&in_project, &in_project.stdout, "templates/base.html");
    named(&alone, &alone.stdout, "faro's built-in templates/base.html");
    named(&built, &built.stderr, "faro's built-in templates/base.html");
}

/// The example a Fluent hint quotes is the campaign's own number (a
/// French campaign is not shown Italy's 1522).
#[test]
fn the_example_in_a_fluent_hint_is_the_campaigns_own_number() {
    let tmp = tempdir();
    let campaign = tmp.path().join("c");
    copy_dir(&fixture("basic"), &campaign);
    let yaml = campaign.join("campaign.yaml");
    edit(&yaml, "country: IT", "country: FR");
    edit(&yaml, "number: \"1522\"", "number: \"3919\"");
    edit(
        &campaign.join(FTL_EN),
        "helpline-hotline-name = Test helpline",
        "helpline-hotline-name = Call { \"3919 } now",
    );
    let check = faro(tmp.path(), &["check", "c"]);
    assert_eq!(check.code, Some(1), "{}", check.stdout);
    let flat = flatten(&check.stdout);
    assert!(
        flat.contains("hint: inside `{ }` a text is written in double quotes closed on the same line, such as `{ \"3919\" }`"),
        "{}",
        check.stdout
    );
    assert!(!flat.contains("1522"), "{}", check.stdout);
}
