//! Replicating the pilot as a policy officer does: forks of campaigns/veneto
//! into a region of the same country and of another country, CHECKLIST.md's
//! commands run as written, essential pages never published untranslated,
//! and the advice given for wrong locale codes and folder mistakes.

mod common;

use std::path::Path;

use common::{check_json, copy_dir, faro, tempdir};

/// A project folder holding a copy of the pilot as campaigns/veneto.
fn pilot_project() -> tempfile::TempDir {
    let dir = tempdir();
    copy_dir(
        &common::repo().join("campaigns/veneto"),
        &dir.path().join("campaigns/veneto"),
    );
    dir
}

fn items(json: &serde_json::Value) -> Vec<serde_json::Value> {
    json["groups"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|g| g["items"].as_array().unwrap().clone())
        .collect()
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The text of every `::: regional` / `::: national` block of the pages of
/// `locale` in a campaign, with the page it is in.
fn passages(campaign: &Path, locale: &str, kind: &str) -> Vec<(String, String)> {
    let mut found = Vec::new();
    for entry in walkdir::WalkDir::new(campaign.join("content").join(locale)) {
        let entry = entry.unwrap();
        if !entry.file_type().is_file() {
            continue;
        }
        let text = read(entry.path());
        let rel = entry
            .path()
            .strip_prefix(campaign)
            .unwrap()
            .display()
            .to_string();
        for block in text.split(&format!("::: {kind}")).skip(1) {
            let body = block.split_once('\n').unwrap().1;
            let body = body.split("\n:::").next().unwrap();
            found.push((rel.clone(), body.to_string()));
        }
    }
    found
}

fn mentions_of(campaign: &Path, what: &str) -> usize {
    walkdir::WalkDir::new(campaign.join("content"))
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| read(e.path()).matches(what).count())
        .sum()
}

#[test]
fn an_italian_fork_keeps_national_facts_and_every_passage_whole() {
    let p = pilot_project();
    let run = faro(
        p.path(),
        &[
            "fork",
            "campaigns/veneto",
            "campaigns/lombardia",
            "--region",
            "Lombardia",
            "--locales",
            "it,en",
        ],
    );
    run.assert_success();
    assert!(run.stdout.contains("national facts kept"), "{}", run.stdout);
    let source = p.path().join("campaigns/veneto");
    let fork = p.path().join("campaigns/lombardia");

    // What stays true is kept: the national helpline, the print section, the
    // palette and the menus.
    let yaml = read(&fork.join("campaign.yaml"));
    let settings = yaml.split("forked_from:").next().unwrap();
    for kept in [
        "number: \"1522\"",
        "number: \"112\"",
        "print:\n  assets: [poster-a3",
        "primary: \"#5b2a86\"",
        "navigation:\n  - what-is-stalkerware",
        "footer_navigation:",
        "exit:",
    ] {
        assert!(settings.contains(kept), "{kept:?} kept:\n{yaml}");
    }
    assert!(
        yaml.contains("numbers: []"),
        "1522 is not a word to rewrite: {yaml}"
    );
    for locale in ["it", "en"] {
        // Every regional passage is still there, whole, and marked to adapt;
        // national ones are kept as they are.
        let regional = passages(&source, locale, "regional");
        assert!(regional.len() >= 8, "{locale}: {regional:?}");
        for (page, body) in &regional {
            let forked = read(&fork.join(page));
            assert!(forked.contains(body.as_str()), "{page} keeps {body:?}");
        }
        let marked = passages(&fork, locale, "regional to-adapt");
        assert_eq!(marked.len(), regional.len(), "{locale}");
        for (page, body) in passages(&source, locale, "national") {
            assert!(read(&fork.join(&page)).contains(&format!("::: national\n{body}\n:::")));
        }
    }
    assert!(mentions_of(&source, "1522") > 0);
    // Only it and en were forked: compare with those two folders of the source.
    let count = |dir: &Path| {
        ["it", "en"]
            .iter()
            .map(|l| {
                walkdir::WalkDir::new(dir.join("content").join(l))
                    .into_iter()
                    .filter_map(Result::ok)
                    .filter(|e| e.file_type().is_file())
                    .map(|e| read(e.path()).matches("1522").count())
                    .sum::<usize>()
            })
            .sum::<usize>()
    };
    assert_eq!(
        count(&fork),
        count(&source),
        "every mention of 1522 survives"
    );

    // The checklist is in Italian (the default language), its commands run
    // as written from the folder the fork was made in.
    let checklist = read(&fork.join("CHECKLIST.md"));
    assert!(checklist.starts_with("# Lista di controllo"), "{checklist}");
    assert!(checklist.contains("`faro check campaigns/lombardia`"));
    assert!(checklist.contains("guidelines/adapting.md"));
    assert!(checklist.contains("YAML") && checklist.contains("Fluent"));
    let check = faro(p.path(), &["check", "campaigns/lombardia"]);
    assert_eq!(check.code, Some(1));
    let last = check.stdout.lines().last().unwrap();
    assert!(
        last.starts_with("lombardia: not ready. Left: ")
            && last.contains("to-dos")
            && last.contains("passages to adapt")
            && !last.contains("error"),
        "{last}"
    );
    assert_eq!(
        check.stdout.matches("hint: rewrite the passage").count(),
        1,
        "the hint once: {}",
        check.stdout
    );
    assert!(check
        .stdout
        .contains("│ Questa è la campagna della Regione del Veneto"));
    // Sections by kind, named and counted as the last line counts them;
    // each file named once per section, every item with its whole location.
    let total =
        passages(&source, "it", "regional").len() + passages(&source, "en", "regional").len();
    assert!(
        check
            .stdout
            .contains(&format!("\nPassages to adapt ({total})\n")),
        "{}",
        check.stdout
    );
    assert!(
        last.contains(&format!("{total} passages to adapt")),
        "{last}"
    );
    let to_dos = check.stdout.split("\n\n").next().unwrap();
    assert!(to_dos.starts_with("To-dos ("), "{to_dos}");
    assert_eq!(
        to_dos
            .matches("\n  campaigns/lombardia/campaign.yaml (")
            .count(),
        1,
        "the file once, as a heading: {to_dos}"
    );
    assert!(to_dos.contains("\n    campaigns/lombardia/campaign.yaml:8:35: to-do: "));
    assert_eq!(to_dos.matches("hint: replace it").count(), 1, "{to_dos}");

    let (_, json) = check_json(p.path(), "campaigns/lombardia");
    // The JSON carries the same sections, with the same counts.
    let sections = json["sections"].as_array().unwrap();
    let left = json["left"].as_array().unwrap();
    assert_eq!(sections.len(), left.len(), "{json:#}");
    for (section, left) in sections.iter().zip(left) {
        assert_eq!(section["kind"], left["kind"]);
        assert_eq!(section["count"], left["count"]);
        let listed: usize = section["runs"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|r| r["files"].as_array().unwrap())
            .map(|f| f["items"].as_array().unwrap().len())
            .sum();
        assert_eq!(Some(listed as u64), section["count"].as_u64());
    }
    let passage_runs = &sections
        .iter()
        .find(|s| s["kind"] == "todo.passage")
        .unwrap()["runs"];
    assert_eq!(
        passage_runs.as_array().unwrap().len(),
        1,
        "one hint for all"
    );
    assert!(passage_runs[0]["hint"]
        .as_str()
        .unwrap()
        .starts_with("rewrite the passage"));
    assert_eq!(json["errors"], 0, "to-dos are not errors: {json:#}");
    let passages_left = json["left"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["kind"] == "todo.passage")
        .map(|l| l["count"].as_u64().unwrap());
    assert_eq!(passages_left, Some(total as u64));
    assert!(items(&json).iter().any(|i| i["code"] == "todo.passage"
        && i["original"].as_str().is_some_and(|o| o.contains("Veneto"))));
    // Confirming a passage as CHECKLIST.md says (deleting ` to-adapt=…`, the
    // text unchanged) leaves its translations current.
    let index = p.path().join("campaigns/lombardia/content/it/index.md");
    let text = read(&index);
    let marker = text
        .split_whitespace()
        .find(|w| w.starts_with("to-adapt="))
        .unwrap()
        .to_string();
    edit(&index, &format!(" {marker}"), "");
    let (_, after) = check_json(p.path(), "campaigns/lombardia");
    let stale: Vec<_> = items(&after)
        .into_iter()
        .filter(|i| i["message"].as_str().unwrap().contains("changed since"))
        .collect();
    assert!(stale.is_empty(), "{stale:#?}");
    let passages = |json: &serde_json::Value| {
        items(json)
            .iter()
            .filter(|i| i["code"] == "todo.passage")
            .count()
    };
    assert_eq!(
        passages(&after),
        passages(&json) - 1,
        "the passage left the list"
    );
}

#[test]
fn a_fork_in_another_country_turns_national_facts_into_todos() {
    let p = pilot_project();
    faro(
        p.path(),
        &[
            "fork",
            "campaigns/veneto",
            "campaigns/tirol",
            "--region",
            "Tirol",
            "--country",
            "AT",
            "--locales",
            "de,en",
        ],
    )
    .assert_success();
    let fork = p.path().join("campaigns/tirol");
    let yaml = read(&fork.join("campaign.yaml"));
    let settings = yaml.split("forked_from:").next().unwrap();
    assert!(!settings.contains("1522"), "{yaml}");
    assert!(
        settings.contains("number: \"112\""),
        "the EU number travels: {yaml}"
    );
    assert!(settings.contains("country: AT"));
    assert!(yaml.contains("numbers: [\"1522\"]"), "{yaml}");
    let help = read(&fork.join("content/de/get-help.md"));
    assert!(help.contains("::: national to-adapt="), "{help}");
    let checklist = read(&fork.join("CHECKLIST.md"));
    assert!(
        checklist.starts_with("# Checklist"),
        "English for German: {checklist}"
    );
    let (_, json) = check_json(p.path(), "campaigns/tirol");
    let all = items(&json);
    assert!(all
        .iter()
        .any(|i| i["code"] == "todo.mention" && i["message"].as_str().unwrap().contains("`1522`")));
    assert!(all
        .iter()
        .any(|i| i["code"] == "todo.passage" && i["original"].as_str().unwrap().contains("1522")));
    // No string names the Italian line any more, and the Italian helpline's
    // strings are gone.
    let strings = read(&fork.join("locales/de/campaign.ftl"));
    assert!(!strings.contains("helpline-antiviolence"), "{strings}");
    // The source region in German spelling ("Region Venetien") is a to-do in
    // the strings and a mention in the pages, never published as adapted.
    assert!(
        strings.contains("campaign-about = TODO: rewrite for your campaign (was: Die Website der Region Venetien"),
        "{strings}"
    );
    let mentions = |json: &serde_json::Value| -> Vec<String> {
        items(json)
            .into_iter()
            .filter(|i| i["code"] == "todo.mention")
            .map(|i| i["message"].as_str().unwrap().to_string())
            .collect()
    };
    let before = mentions(&json);
    let german = before
        .iter()
        .find(|m| m.starts_with("mentions `Venetien`"))
        .unwrap_or_else(|| panic!("no German mention: {before:?}"));
    // One true mention is confirmed by the words quoted around it; the
    // others stay.
    let phrase = german.split('"').nth(1).unwrap();
    edit(
        &fork.join("campaign.yaml"),
        "  keep: []",
        &format!("  keep: [\"{phrase}\"]"),
    );
    let (_, json) = check_json(p.path(), "campaigns/tirol");
    let after = mentions(&json);
    assert_eq!(after.len(), before.len() - 1, "{after:?}");
    assert!(!after.contains(german), "{after:?}");
    // `faro build` without --draft lists what is left as check does: to-dos
    // named and counted as to-dos, each hint once, no per-item error.
    let run = faro(p.path(), &["build", "campaigns/tirol"]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(
        run.stderr.contains("\nPassages to adapt (24)\n"),
        "{}",
        run.stderr
    );
    assert_eq!(
        run.stderr.matches("delete ` to-adapt=").count(),
        1,
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains('×'), "{}", run.stderr);
    let last = run.stderr.trim_end().lines().last().unwrap();
    assert!(
        last.starts_with("campaigns/tirol: build failed with ")
            && last.contains("to-dos, 24 passages to adapt")
            && last.contains("--draft"),
        "{last}"
    );
    // With several campaigns, the last line names the ones that failed.
    let run = faro(
        p.path(),
        &["build", "campaigns/tirol", "campaigns/tirol", "-o", "out"],
    );
    let last = run.stderr.trim_end().lines().last().unwrap();
    assert_eq!(
        last,
        "2 of 2 campaigns failed: campaigns/tirol, campaigns/tirol (see above)"
    );
}

/// A project folder with a copy of the basic fixture as campaigns/basic.
fn basic_project() -> tempfile::TempDir {
    let dir = tempdir();
    copy_dir(
        &common::fixture("basic"),
        &dir.path().join("campaigns/basic"),
    );
    dir
}

fn edit(path: &Path, from: &str, to: &str) {
    let text = read(path);
    assert!(text.contains(from), "{} has no {from:?}", path.display());
    std::fs::write(path, text.replacen(from, to, 1)).unwrap();
}

#[test]
fn a_missing_or_stale_essential_page_fails_check_and_build() {
    let p = basic_project();
    let campaign = p.path().join("campaigns/basic");
    // Stamped: the Italian about page follows the current original.
    faro(p.path(), &["stamp", "campaigns/basic/content/it/about.md"]).assert_success();
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
        "essential_pages: [index, about, guide/index]",
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
fn wrong_locale_codes_get_the_fix_that_works() {
    for (code, fix) in [
        ("EN", "write `en`"),
        ("en-GB", "write `en`"),
        ("en_GB", "write `en`"),
        ("gb", "write `en`"),
        ("it_IT", "write `it`"),
        ("at", "write `de`"),
    ] {
        let p = basic_project();
        let yaml = p.path().join("campaigns/basic/campaign.yaml");
        edit(
            &yaml,
            "locales: [en, it]",
            &format!("locales: [{code}, it]"),
        );
        let (_, json) = check_json(p.path(), "campaigns/basic");
        let hint = items(&json)
            .into_iter()
            .find(|i| {
                i["code"] == "config.locale"
                    && i["message"]
                        .as_str()
                        .unwrap()
                        .contains(&format!("unknown locale `{code}`"))
            })
            .map(|i| i["hint"].as_str().unwrap().to_string())
            .unwrap_or_else(|| panic!("{code}: {json:#}"));
        assert!(hint.starts_with(fix), "{code}: {hint}");
        assert!(!hint.contains("bg"), "{code}: {hint}");
    }
    let p = basic_project();
    edit(
        &p.path().join("campaigns/basic/campaign.yaml"),
        "default_locale: en",
        "default_locale: EN",
    );
    let (_, json) = check_json(p.path(), "campaigns/basic");
    let hints: Vec<_> = items(&json)
        .into_iter()
        .map(|i| i["hint"].clone())
        .collect();
    assert!(
        hints.contains(&"write `default_locale: en`".into()),
        "{hints:?}"
    );
}

/// Wrong codes for the default language or in mixed places: only the
/// locale errors are reported (nothing that follows from them), each hint
/// names codes that work, and following the hints makes the campaign ready.
#[test]
fn wrong_default_locale_codes_are_reported_alone_with_a_fix_that_works() {
    // (locales, default_locale, the hints expected, locales and default once fixed)
    let cases = [
        ("[EN, it]", "en", vec!["write `en`"], "[en, it]", "en"),
        (
            "[EN, it]",
            "EN",
            vec!["write `en`", "write `default_locale: en`"],
            "[en, it]",
            "en",
        ),
        (
            "[en_GB, it]",
            "en_GB",
            vec!["write `en`", "write `default_locale: en`"],
            "[en, it]",
            "en",
        ),
        (
            "[gb, it]",
            "gb",
            vec!["write `en`", "write `default_locale: en`"],
            "[en, it]",
            "en",
        ),
        (
            "[en, it]",
            "xx",
            vec!["choose one of: en, it"],
            "[en, it]",
            "en",
        ),
        (
            "[en, it]",
            "at",
            vec![
                "write `default_locale: de` and add `de`",
                "choose one of: en, it",
            ],
            "[en, it]",
            "en",
        ),
        (
            "[en, it, IT]",
            "en",
            vec!["remove `IT` from the `locales` list"],
            "[en, it]",
            "en",
        ),
        (
            "[en_GB, it_IT]",
            "en",
            vec!["write `en`", "write `it`"],
            "[en, it]",
            "en",
        ),
    ];
    for (locales, default, hints, fixed_locales, fixed_default) in cases {
        let p = basic_project();
        let yaml = p.path().join("campaigns/basic/campaign.yaml");
        let write = |locales: &str, default: &str| {
            let text = read(&yaml)
                .lines()
                .map(|l| {
                    if l.starts_with("locales:") {
                        format!("locales: {locales}")
                    } else if l.starts_with("default_locale:") {
                        format!("default_locale: {default}")
                    } else {
                        l.to_string()
                    }
                })
                .collect::<Vec<_>>()
                .join("\n");
            std::fs::write(&yaml, text).unwrap();
        };
        write(locales, default);
        let (code, json) = check_json(p.path(), "campaigns/basic");
        let case = format!("locales: {locales}, default_locale: {default}");
        assert_eq!(code, Some(1), "{case}");
        let errors: Vec<_> = items(&json)
            .into_iter()
            .filter(|i| i["severity"] == "error")
            .collect();
        assert!(
            errors.iter().all(|e| e["code"] == "config.locale"),
            "{case}: only the locale errors, none that follows from them: {errors:#?}"
        );
        let said: Vec<String> = errors
            .iter()
            .map(|e| e["hint"].as_str().unwrap_or_default().to_string())
            .collect();
        for hint in &hints {
            assert!(said.iter().any(|h| h.contains(hint)), "{case}: {said:?}");
        }
        for choice in said
            .iter()
            .filter_map(|h| h.split("choose one of: ").nth(1))
        {
            let offered = choice
                .split([' ', ';', ')'])
                .take(2)
                .collect::<Vec<_>>()
                .join(" ");
            assert_eq!(
                offered, "en, it",
                "{case}: every code offered works: {said:?}"
            );
        }
        write(fixed_locales, fixed_default);
        let (code, json) = check_json(p.path(), "campaigns/basic");
        assert_eq!(code, Some(0), "{case}, once fixed: {json:#}");
    }
}

#[test]
fn folder_mistakes_get_advice_that_works() {
    let p = basic_project();
    let run = faro(p.path(), &["build", "campaigns"]);
    assert_eq!(run.code, Some(1));
    assert!(
        run.flat_stderr()
            .contains("this folder holds campaigns (basic)"),
        "{}",
        run.stderr
    );
    let run = faro(p.path(), &["check", "campaigns/basik"]);
    assert!(
        run.stdout.contains("did you mean campaigns/basic?"),
        "{}",
        run.stdout
    );
    let run = faro(p.path(), &["check", "campaigns/lombardia"]);
    assert!(run.stdout.contains("faro fork"), "{}", run.stdout);
    // The campaign's name alone, typed in the project folder.
    let run = faro(p.path(), &["check", "basik"]);
    assert!(
        common::flatten(&run.stdout).contains("did you mean campaigns/basic?"),
        "{}",
        run.stdout
    );
    // A source that is not there is said so, alone.
    let run = faro(
        p.path(),
        &["fork", "campaigns/basik", "campaigns/x", "--region", "X"],
    );
    assert!(
        run.flat_stderr().contains("did you mean campaigns/basic?"),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("has errors"), "{}", run.stderr);
    // Inside the campaign folder, `faro build` and `faro build .` build it
    // into the project's public/<id>/.
    let inside = p.path().join("campaigns/basic");
    for args in [&["build"][..], &["build", "."]] {
        let run = faro(&inside, args);
        assert_eq!(run.code, Some(0), "{args:?}: {}", run.stderr);
        assert!(
            p.path().join("public/basic/index.html").is_file(),
            "{args:?}"
        );
        assert!(!inside.join("public").exists(), "{args:?}");
    }
    // A missing campaign string is located in the campaign's strings files.
    for locale in ["en", "it"] {
        let ftl = inside.join(format!("locales/{locale}/campaign.ftl"));
        let text: String = read(&ftl)
            .lines()
            .filter(|l| !l.starts_with("funding-statement"))
            .map(|l| format!("{l}\n"))
            .collect();
        std::fs::write(&ftl, text).unwrap();
    }
    let (_, json) = check_json(p.path(), "campaigns/basic");
    let missing = items(&json)
        .into_iter()
        .find(|i| i["code"] == "i18n.missing")
        .unwrap_or_else(|| panic!("{json:#}"));
    assert_eq!(
        missing["file"], "campaigns/basic/locales/en/campaign.ftl",
        "{missing:#}"
    );
    assert!(
        missing["hint"].as_str().unwrap().starts_with(
            "add a line `funding-statement = …` to campaigns/basic/locales/en/campaign.ftl and campaigns/basic/locales/it/campaign.ftl"
        ),
        "{missing:#}"
    );
}

#[test]
fn a_fork_leaves_the_local_services_behind_as_a_to_do() {
    let p = basic_project();
    let yaml = p.path().join("campaigns/basic/campaign.yaml");
    // A fictional service (the number is in Ofcom's range for drama).
    edit(
        &yaml,
        "funding:\n",
        "services:\n  - id: example-centre\n    name: Example Help Centre\n    phone: \"+44 1632 960 123\"\nfunding:\n",
    );
    faro(p.path(), &["check", "campaigns/basic"]).assert_success();
    faro(
        p.path(),
        &[
            "fork",
            "campaigns/basic",
            "campaigns/other",
            "--region",
            "Otherland",
        ],
    )
    .assert_success();
    let fork = read(&p.path().join("campaigns/other/campaign.yaml"));
    let settings = fork.split("forked_from:").next().unwrap();
    assert!(!settings.contains("Example Help Centre"), "{fork}");
    assert!(settings.contains("services: []\n# TODO"), "{fork}");
    // Its number is a regional word: any mention left in a page is a to-do.
    assert!(fork.contains("\"+44 1632 960 123\""), "{fork}");
}
