//! Replicating the pilot as a policy officer does: forks of campaigns/veneto
//! into a region of the same country and of another country, CHECKLIST.md's
//! commands run as written (essential pages: tests/essential_pages.rs; the
//! advice for wrong codes and folder mistakes: tests/advice.rs).

mod common;

use std::path::Path;

use common::{
    basic_project, check_items as items, check_json, faro, pilot_project, replace_first as edit,
};

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
    // In the same country, the national line stays: nothing to replace.
    assert!(
        !checklist.contains("numero nazionale del tuo Paese"),
        "{checklist}"
    );
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
    // The `TODO:` markers' run (the booklet's imprint, `todo.imprint`, is a
    // run of its own after it, under its own code).
    let markers = to_dos.split("\n  To-dos (todo.").next().unwrap();
    assert_eq!(
        markers
            .matches("campaigns/lombardia/campaign.yaml (")
            .count(),
        1,
        "the file once, as a heading: {to_dos}"
    );
    assert!(markers.contains("      campaigns/lombardia/campaign.yaml:8:35: to-do: "));
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
    // It says in so many words that Italy's national line is to be replaced
    // by Austria's own.
    let flat = checklist.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("names the national helpline of Italy (1522), which is not Austria's")
            && flat.contains("Replace it with the national line of Austria"),
        "{checklist}"
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

/// `faro check` lists each partner without a logo as a to-do at its entry
/// in campaign.yaml, so that a region asks for the logos before printing; a
/// warning, so the campaign still builds, and gone once the logo is there.
#[test]
fn a_partner_without_a_logo_is_a_to_do_until_it_has_one() {
    let p = basic_project();
    let logo_todos = |json: &serde_json::Value| -> Vec<serde_json::Value> {
        let groups = json["groups"].as_array().unwrap();
        let items = groups
            .iter()
            .flat_map(|g| g["items"].as_array().unwrap().clone());
        items.filter(|i| i["code"] == "todo.logo").collect()
    };
    let (code, json) = check_json(p.path(), "campaigns/basic");
    assert_eq!(code, Some(0), "{json:#}");
    let todos = logo_todos(&json);
    assert_eq!(todos.len(), 1, "{json:#}");
    assert_eq!(todos[0]["severity"], "warning");
    assert!(todos[0]["message"]
        .as_str()
        .unwrap()
        .contains("Helpers Association"));
    assert!(todos[0]["file"]
        .as_str()
        .unwrap()
        .ends_with("campaign.yaml"));
    // At the partner's entry (`  - id: helpers`, line 20 of the fixture).
    assert_eq!(todos[0]["line"], 20, "{:#}", todos[0]);
    let text = faro(p.path(), &["check", "campaigns/basic"]);
    assert!(text.stdout.contains("To-dos (1)"), "{}", text.stdout);
    // Ready, and the last line says why a to-do is left all the same.
    let last = text.stdout.lines().last().unwrap();
    assert!(
        last.starts_with(
            "basic: ready to publish. None of what is listed stops `faro build`; still open: 1 to-do"
        ),
        "{last}"
    );

    edit(
        &p.path().join("campaigns/basic/campaign.yaml"),
        "    name: Helpers Association\n",
        "    name: Helpers Association\n    logo: assets/logo.svg\n",
    );
    let (code, json) = check_json(p.path(), "campaigns/basic");
    assert_eq!(code, Some(0), "{json:#}");
    assert!(logo_todos(&json).is_empty(), "{json:#}");
}
