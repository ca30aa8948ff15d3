//! Essential pages are never published untranslated: a missing, stale or
//! unrecorded translation of one of them makes `faro check` not ready and
//! `faro build` fail (a warning with `--draft`), naming the file and the fix;
//! a stale translation shows what changed in its original; a language with
//! no content is refused unless said interface-only. A string a print asset
//! prints is translated like an essential page: the poster of a language
//! never carries another language's headline.

mod common;

use common::{check_items as items, check_json, faro, replace_first as edit};

/// The basic fixture (as campaigns/basic of a project folder) with its home
/// page, its about page and its guide essential.
fn basic_project() -> tempfile::TempDir {
    let p = common::basic_project();
    edit(
        &p.path().join("campaigns/basic/campaign.yaml"),
        "essential_pages: []",
        "essential_pages: [index, about, guide/index]",
    );
    p
}

/// The item of `code` in a `faro check --format json` report.
fn item(json: &serde_json::Value, code: &str) -> serde_json::Value {
    items(json)
        .into_iter()
        .find(|i| i["code"] == code)
        .unwrap_or_else(|| panic!("no {code} item in {json:#}"))
}

#[test]
fn an_unrecorded_essential_translation_blocks_until_stamped() {
    let p = basic_project();
    let page = p.path().join("campaigns/basic/content/it/index.md");
    let (code, json) = check_json(p.path(), "campaigns/basic");
    assert_eq!(code, Some(0), "the fixture is ready: {json:#}");

    // Without `translated_from`, nothing shows the Italian home page is up to date.
    let text = std::fs::read_to_string(&page).unwrap();
    let line = text
        .lines()
        .find(|l| l.starts_with("translated_from:"))
        .unwrap();
    edit(&page, &format!("{line}\n"), "");
    let (code, json) = check_json(p.path(), "campaigns/basic");
    assert_eq!(code, Some(1), "{json:#}");
    let unrecorded = item(&json, "translation.essential-unrecorded");
    assert_eq!(unrecorded["file"], "campaigns/basic/content/it/index.md");
    let hint = unrecorded["hint"].as_str().unwrap();
    assert!(
        hint.contains("campaigns/basic/content/en/index.md")
            && hint.contains("run `faro stamp campaigns/basic/content/it/index.md`"),
        "{hint}"
    );
    let check = faro(p.path(), &["check", "campaigns/basic"]);
    let last = check.stdout.lines().last().unwrap_or_default();
    assert!(
        last.contains("not ready") && last.contains("1 essential page to translate or update"),
        "{}",
        check.stdout
    );
    let build = faro(p.path(), &["build", "campaigns/basic", "-o", "out"]);
    assert_eq!(build.code, Some(1), "{}", build.stderr);
    assert!(!p.path().join("out").exists());
    faro(
        p.path(),
        &["build", "campaigns/basic", "--draft", "-o", "draft"],
    )
    .assert_success();

    // The fix the hint gives works.
    faro(p.path(), &["stamp", "campaigns/basic/content/it/index.md"]).assert_success();
    let (code, json) = check_json(p.path(), "campaigns/basic");
    assert_eq!(code, Some(0), "{json:#}");
}

#[test]
fn a_stale_translation_shows_what_changed_in_its_original() {
    let p = basic_project();
    let campaign = p.path().join("campaigns/basic");
    // An essential page: an error, with the changed sentence beside it.
    edit(
        &campaign.join("content/en/about.md"),
        "fictional association.",
        "fictional association, run by volunteers.",
    );
    // A page that is not essential, stamped first: a warning, likewise.
    faro(
        p.path(),
        &["stamp", "campaigns/basic/content/it/guide/steps.md"],
    )
    .assert_success();
    edit(
        &campaign.join("content/en/guide/steps.md"),
        "Write down what happened.",
        "Write down what happened, and when.",
    );
    edit(
        &campaign.join("content/en/guide/steps.md"),
        "title: \"Steps\"",
        "title: \"The steps\"",
    );
    let (code, json) = check_json(p.path(), "campaigns/basic");
    assert_eq!(code, Some(1), "{json:#}");
    let stale = item(&json, "translation.essential-stale");
    assert_eq!(stale["file"], "campaigns/basic/content/it/about.md");
    assert!(
        stale["hint"]
            .as_str()
            .unwrap()
            .contains("`faro translate export campaigns/basic --to it --only-changed -o it.xlf`"),
        "{stale:#}"
    );
    assert_eq!(
        stale["original"],
        "What changed in the original since this translation:\n\
         was: The campaign is run by a fictional association.\n\
         now: The campaign is run by a fictional association, run by volunteers."
    );
    let stale = item(&json, "translation.stale");
    assert_eq!(stale["severity"], "warning");
    assert_eq!(
        stale["original"],
        "What changed in the original since this translation:\n\
         title was: Steps\n\
         title now: The steps\n\
         was: Write down what happened.\n\
         now: Write down what happened, and when."
    );
    // People read it under the item, in check and in a failed build alike.
    let check = faro(p.path(), &["check", "campaigns/basic"]);
    assert!(
        check
            .stdout
            .contains("│ now: The campaign is run by a fictional association, run by volunteers."),
        "{}",
        check.stdout
    );
    let build = faro(p.path(), &["build", "campaigns/basic", "-o", "out"]);
    assert_eq!(build.code, Some(1));
    assert!(
        build
            .stderr
            .contains("│ was: The campaign is run by a fictional association."),
        "{}",
        build.stderr
    );
}

#[test]
fn a_missing_or_stale_essential_page_fails_check_and_build() {
    let p = basic_project();
    let campaign = p.path().join("campaigns/basic");
    let (code, _) = check_json(p.path(), "campaigns/basic");
    assert_eq!(code, Some(0));

    // Stale: the original changed since.
    edit(
        &campaign.join("content/en/about.md"),
        "fictional association.",
        "fictional association, run by volunteers.",
    );
    let (code, json) = check_json(p.path(), "campaigns/basic");
    assert_eq!(code, Some(1), "{json:#}");
    let stale = items(&json)
        .into_iter()
        .find(|i| i["code"] == "translation.essential-stale")
        .expect("a stale essential page");
    assert_eq!(stale["file"], "campaigns/basic/content/it/about.md");
    assert!(stale["hint"]
        .as_str()
        .unwrap()
        .contains("campaigns/basic/content/en/about.md"));
    let build = faro(p.path(), &["build", "campaigns/basic", "-o", "out"]);
    assert_eq!(build.code, Some(1));
    assert!(!p.path().join("out").exists());
    faro(
        p.path(),
        &["build", "campaigns/basic", "--draft", "-o", "draft"],
    )
    .assert_success();

    // Missing: the file to create and the original to translate from are named.
    std::fs::remove_file(campaign.join("content/it/about.md")).unwrap();
    let build = faro(p.path(), &["build", "campaigns/basic", "-o", "out"]);
    assert_eq!(build.code, Some(1));
    let said = build.flat_stderr();
    assert!(
        said.contains("campaigns/basic/content/it/about.md"),
        "{said}"
    );
    assert!(
        said.contains("translate campaigns/basic/content/en/about.md"),
        "{said}"
    );
    let check = faro(p.path(), &["check", "campaigns/basic"]);
    assert_eq!(check.code, Some(1));
    assert!(
        check
            .stdout
            .lines()
            .last()
            .unwrap()
            .contains("essential page"),
        "{}",
        check.stdout
    );

    // By default the main menu is essential: "help" (no Italian page) too.
    edit(
        &campaign.join("campaign.yaml"),
        "essential_pages: [index, about, guide/index]\n",
        "",
    );
    let (_, json) = check_json(p.path(), "campaigns/basic");
    let missing: Vec<_> = items(&json)
        .into_iter()
        .filter(|i| i["code"] == "translation.essential-missing")
        .map(|i| i["file"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        missing,
        [
            "campaigns/basic/content/it/about.md",
            "campaigns/basic/content/it/help.md"
        ]
    );
}

#[test]
fn a_language_without_content_is_refused_unless_said_interface_only() {
    let p = basic_project();
    let yaml = p.path().join("campaigns/basic/campaign.yaml");
    edit(&yaml, "locales: [en, it]", "locales: [en, it, ar]");
    let build = faro(p.path(), &["build", "campaigns/basic", "-o", "out"]);
    assert_eq!(build.code, Some(1));
    let said = build.flat_stderr();
    assert!(
        said.contains("`ar` is in `locales` but has no pages"),
        "{said}"
    );
    assert!(said.contains("interface_only: [ar]"), "the steps: {said}");
    assert!(said.contains("copy content/en/ to content/ar/"), "{said}");

    edit(
        &yaml,
        "locales: [en, it, ar]",
        "locales: [en, it, ar]\ninterface_only: [ar]",
    );
    let build = faro(p.path(), &["build", "campaigns/basic", "-o", "out"]);
    build.assert_success();
    assert!(
        build.stdout.contains("ar 0 (+5 in en)"),
        "the summary tells the truth: {}",
        build.stdout
    );
    // Other missing pages are warnings, printed by build too.
    assert!(
        build
            .flat_stderr()
            .contains("`help` has no `it` translation"),
        "{}",
        build.stderr
    );
}

#[test]
fn a_print_string_missing_in_one_language_is_not_ready() {
    let p = common::tempdir();
    common::copy_dir(&common::fixture("print"), &p.path().join("campaigns/print"));
    let campaign = p.path().join("campaigns/print");
    // The German poster would print the English headline; Arabic is built
    // with interface strings only, so its campaign texts are English by choice.
    for locale in ["de", "ar"] {
        let ftl = campaign.join(format!("locales/{locale}/campaign.ftl"));
        let text = std::fs::read_to_string(&ftl).unwrap();
        let line = text
            .lines()
            .find(|l| l.starts_with("poster-headline ="))
            .unwrap();
        edit(&ftl, &format!("{line}\n"), "");
    }
    // The campaign's German strings file has a name of its own.
    let de = campaign.join("locales/de");
    std::fs::rename(de.join("campaign.ftl"), de.join("texte.ftl")).unwrap();
    edit(
        &campaign.join("campaign.yaml"),
        "locales: [en, de, ar]",
        "locales: [en, de, ar]\ninterface_only: [ar]",
    );
    let (code, json) = check_json(p.path(), "campaigns/print");
    assert_eq!(code, Some(1), "{json:#}");
    let missing: Vec<_> = items(&json)
        .into_iter()
        .filter(|i| i["code"] == "translation.print-string")
        .collect();
    assert_eq!(missing.len(), 1, "German only: {json:#}");
    let d = &missing[0];
    assert_eq!(d["file"], "campaigns/print/locales/de/texte.ftl");
    // At the line after which it belongs: `campaign-tagline`, before it in English.
    assert_eq!(d["line"], 2, "{d:#}");
    let message = d["message"].as_str().unwrap();
    assert!(
        message.contains("`poster-headline` has no `de` translation")
            && message.contains("poster-a3, poster-a4 and flyer-a5 would print the `en` text"),
        "{message}"
    );
    let hint = d["hint"].as_str().unwrap();
    assert!(
        hint.contains("add a line `poster-headline = …` to campaigns/print/locales/de/texte.ftl")
            && hint.contains("campaigns/print/locales/en/campaign.ftl:3"),
        "{hint}"
    );
    // Said once for German: not also as a fallback or a missing string
    // (Arabic keeps its warnings: its English headline is by choice).
    let german_headline = items(&json)
        .into_iter()
        .filter(|i| {
            let message = i["message"].as_str().unwrap();
            message.contains("`poster-headline`") && message.contains("`de`")
        })
        .count();
    assert_eq!(german_headline, 1, "{json:#}");

    let check = faro(p.path(), &["check", "campaigns/print"]);
    let last = check.stdout.lines().last().unwrap_or_default();
    assert!(
        last.contains("not ready") && last.contains("1 print text to translate"),
        "{}",
        check.stdout
    );
    let build = faro(p.path(), &["build", "campaigns/print", "-o", "out"]);
    assert_eq!(build.code, Some(1), "{}", build.stderr);
    assert!(build.stderr.contains("--draft"), "{}", build.stderr);
    assert!(!p.path().join("out").exists());
}

#[test]
fn what_changed_shows_a_formatting_change_once_and_counts_the_rest() {
    let p = basic_project();
    let about = p.path().join("campaigns/basic/content/en/about.md");
    let what_changed = |p: &tempfile::TempDir| {
        let (code, json) = check_json(p.path(), "campaigns/basic");
        assert_eq!(code, Some(1), "{json:#}");
        let stale = item(&json, "translation.essential-stale");
        stale["original"].as_str().unwrap_or_default().to_string()
    };
    // Bold only: no word changed, and the listing says so.
    edit(
        &about,
        "A small team of volunteers.",
        "A **small** team of volunteers.",
    );
    assert_eq!(
        what_changed(&p),
        "What changed in the original since this translation:\n\
         the words are the same; only formatting (emphasis, links, spaces) or front-matter settings changed"
    );
    // A no-break space, as French typography puts before `:`: the same
    // sentence twice as `was:` and `now:` would look like no change at all.
    edit(
        &about,
        "fictional association.",
        "fictional\u{a0}association.",
    );
    assert_eq!(
        what_changed(&p),
        "What changed in the original since this translation:\n\
         formatting only (emphasis, links or spaces), same words: \
         The campaign is run by a fictional association."
    );

    // Three changed texts (a was/now pair each) and the formatting change
    // fill seven of the eight lines; the pair of the fifth change does not
    // fit, and is counted.
    edit(&about, "About this campaign", "About the campaign");
    edit(&about, "Who runs the basic", "Who runs this basic");
    edit(&about, "## What we do", "## What we did");
    edit(&about, "how to get help", "how to find help");
    let shown = what_changed(&p);
    assert!(
        shown.ends_with("\n… and 1 more change: compare the whole page"),
        "{shown}"
    );
    assert_eq!(shown.lines().count(), 9, "{shown}");
}
