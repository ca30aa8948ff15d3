//! Advice that works: wrong locale codes, wrong country codes and folder
//! mistakes each get the fix, and following it works; a fork into another
//! country never keeps the source's language as its default unasked.

mod common;

use std::path::Path;

use common::{
    basic_project, check_items as items, check_json, faro, pilot_project, replace_first as edit,
};

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// `faro fork campaigns/veneto campaigns/<new> --region Tirol` with `extra`.
fn fork(project: &Path, new: &str, extra: &[&str]) -> common::Run {
    let dest = format!("campaigns/{new}");
    let mut args = vec!["fork", "campaigns/veneto", &dest, "--region", "Tirol"];
    args.extend_from_slice(extra);
    faro(project, &args)
}

#[test]
fn a_wrong_country_code_gets_the_code_it_meant() {
    let p = pilot_project();
    for (written, fix) in [
        ("XX", "the ISO 3166 two-letter code of the country"),
        ("UK", "use `--country GB` (United Kingdom"),
        ("Austria", "use `--country AT` (Austria"),
        ("AUT", "use `--country AT` (Austria"),
    ] {
        let run = fork(p.path(), "x", &["--country", written, "--locales", "de,en"]);
        assert_eq!(run.code, Some(1), "{written}: {}", run.stdout);
        let said = run.flat_stderr();
        assert!(
            said.contains(&format!("`{written}` is not a country code")) && said.contains(fix),
            "{written}: {said}"
        );
        // Said in words from the first line, with no bare code line before.
        assert!(
            run.stderr
                .starts_with(&format!("error: `{written}` is not a country code")),
            "{written}: {}",
            run.stderr
        );
        assert!(!run.stderr.contains("fork.country"), "{}", run.stderr);
        assert!(!p.path().join("campaigns/x").exists());
    }
    // The same code in campaign.yaml: located, with the line to write.
    fork(
        p.path(),
        "tirol",
        &["--country", "at", "--locales", "de,en"],
    )
    .assert_success();
    let yaml = p.path().join("campaigns/tirol/campaign.yaml");
    edit(&yaml, "country: AT", "country: Österreich");
    let (code, json) = check_json(p.path(), "campaigns/tirol");
    assert_eq!(code, Some(1));
    let bad = items(&json)
        .into_iter()
        .find(|i| i["code"] == "config.country")
        .expect("a country error");
    assert_eq!(bad["file"], "campaigns/tirol/campaign.yaml");
    let line = read(&yaml)
        .lines()
        .position(|l| l.starts_with("country:"))
        .unwrap()
        + 1;
    assert_eq!(bad["line"], line, "{bad:#}");
    assert_eq!(bad["column"], 10, "{bad:#}");
    assert!(
        bad["hint"]
            .as_str()
            .unwrap()
            .contains("write `country: …`: the ISO 3166"),
        "{bad:#}"
    );
    edit(&yaml, "country: Österreich", "country: UK");
    let (_, json) = check_json(p.path(), "campaigns/tirol");
    assert!(items(&json).iter().any(|i| i["code"] == "config.country"
        && i["hint"]
            .as_str()
            .unwrap()
            .starts_with("write `country: GB`")));
}

#[test]
fn a_fork_into_another_country_never_keeps_the_source_language_unasked() {
    let p = pilot_project();
    // No --locales: the language of Austria, said in the summary.
    let run = fork(p.path(), "tirol", &["--country", "AT"]);
    run.assert_success();
    assert!(
        run.stdout
            .contains("Languages: de (the default language: the language of Austria), it, en"),
        "{}",
        run.stdout
    );
    assert!(run
        .stdout
        .contains("Country: AT (Austria), not the source's country"));
    let yaml = read(&p.path().join("campaigns/tirol/campaign.yaml"));
    assert!(yaml.contains("default_locale: de\n"), "{yaml}");
    let checklist = read(&p.path().join("campaigns/tirol/CHECKLIST.md"));
    assert!(
        checklist.contains("(`de`)"),
        "the default language is named: {checklist}"
    );

    // Listed languages: the first is the default, whichever of them is Italian.
    let run = fork(
        p.path(),
        "tirol2",
        &["--country", "AT", "--locales", "de,en,it"],
    );
    run.assert_success();
    assert!(
        run.stdout
            .contains("Languages: de (the default language: the first of --locales), en, it."),
        "{}",
        run.stdout
    );

    // A country of several languages: the fork asks, and the advice works.
    let run = fork(p.path(), "brussels", &["--country", "BE"]);
    assert_eq!(run.code, Some(1));
    let said = run.flat_stderr();
    assert!(
        said.contains("Belgium (BE) has several languages (nl, fr, de)")
            && said.contains("`--locales nl,fr,de`"),
        "{said}"
    );
    assert!(!p.path().join("campaigns/brussels").exists());
    let run = fork(
        p.path(),
        "brussels",
        &["--country", "BE", "--locales", "nl,fr,de"],
    );
    run.assert_success();
    assert!(
        run.stdout.contains("Languages: nl (the default language"),
        "{}",
        run.stdout
    );
    assert!(
        read(&p.path().join("campaigns/brussels/campaign.yaml")).contains("default_locale: nl\n")
    );

    // The same country, without --country: the source's, said so.
    let run = fork(p.path(), "trento", &["--locales", "it,en"]);
    run.assert_success();
    assert!(
        run.stdout.contains(
            "Country: IT (Italy), the source's, as --country was not given: national facts kept."
        ) && run
            .stdout
            .contains("Languages: it (the default language: the first of --locales), en."),
        "{}",
        run.stdout
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

/// The items of `code` in a `faro check --format json` report of `campaign`.
fn items_of(project: &Path, campaign: &str, code: &str) -> Vec<serde_json::Value> {
    let (_, json) = check_json(project, campaign);
    items(&json)
        .into_iter()
        .filter(|i| i["code"] == code)
        .collect()
}

#[test]
fn a_french_fork_takes_its_real_numbers_and_check_tells_the_whole_truth_in_one_run() {
    let p = pilot_project();
    fork(p.path(), "idf", &["--country", "FR", "--locales", "fr,en"]).assert_success();
    let dir = p.path().join("campaigns/idf");
    let yaml = dir.join("campaign.yaml");
    let helpline = |number: &str| {
        format!("helplines:\n  - id: vfi\n    number: \"{number}\"\n    free: true\n    scope: country\n")
    };
    // France's national line for women facing violence is a 4-digit short number.
    edit(&yaml, "helplines:\n", &helpline("3919"));
    assert_eq!(
        items_of(p.path(), "campaigns/idf", "config.phone"),
        Vec::<serde_json::Value>::new()
    );
    edit(&yaml, "number: \"3919\"", "number: \"39190\"");
    let phone = items_of(p.path(), "campaigns/idf", "config.phone");
    assert!(
        phone.len() == 1
            && phone[0]["message"]
                .as_str()
                .unwrap()
                .contains("not a dialable French number"),
        "{phone:#?}"
    );
    edit(&yaml, "number: \"39190\"", "number: \"3919\"");

    // The example address the fork wrote stays a to-do once its TODO is
    // deleted, and even when listed as unconfirmed; a real one does not.
    let line = read(&yaml)
        .lines()
        .find(|l| l.starts_with("base_url:"))
        .unwrap()
        .to_string();
    edit(
        &yaml,
        &line,
        "base_url: https://example.org/\nunconfirmed: [base_url]",
    );
    let address = items_of(p.path(), "campaigns/idf", "todo.address");
    assert_eq!(address.len(), 1, "{address:#?}");
    assert!(address[0]["hint"]
        .as_str()
        .unwrap()
        .contains("unconfirmed: [base_url]"));
    let check = faro(p.path(), &["check", "campaigns/idf"]);
    assert!(
        check
            .stdout
            .contains("to-do: the site address is still https://example.org/"),
        "{}",
        check.stdout
    );
    edit(
        &yaml,
        "https://example.org/",
        "https://stop-stalkerware.idf.test/",
    );
    assert!(items_of(p.path(), "campaigns/idf", "todo.address").is_empty());

    // Without EU funding no funding statement is asked for; a string a
    // poster needs is listed while other to-dos are still open.
    edit(&yaml, "\nfunding:\n  emblem: eu", "\n");
    for locale in ["fr", "en"] {
        let ftl = dir.join(format!("locales/{locale}/campaign.ftl"));
        let kept: String = read(&ftl)
            .lines()
            .filter(|l| !l.starts_with("funding-statement") && !l.starts_with("poster-headline"))
            .map(|l| format!("{l}\n"))
            .collect();
        // The new helpline's name and audience, as it needs.
        let strings = "helpline-vfi-name = Violences Femmes Info\nhelpline-vfi-audience = 3919\n";
        std::fs::write(&ftl, kept + strings).unwrap();
    }
    let (code, json) = check_json(p.path(), "campaigns/idf");
    assert_eq!(code, Some(1));
    let all = items(&json);
    assert!(
        all.iter().any(|i| i["code"] == "todo.passage"),
        "to-dos are still open"
    );
    let missing: Vec<&str> = all
        .iter()
        .filter(|i| i["code"] == "i18n.missing")
        .map(|i| i["message"].as_str().unwrap())
        .collect();
    assert_eq!(
        missing,
        ["no text for `poster-headline` (locale `en`, `fr`)"],
        "{json:#}"
    );
}
