//! The translation report: a locale broken on purpose is reported exactly, in
//! `faro check --format json` and in its human output.

mod common;

use std::path::Path;

use common::{copy_dir, faro, tempdir};

fn append(path: &Path, text: &str) {
    let old = std::fs::read_to_string(path).unwrap();
    std::fs::write(path, format!("{old}{text}")).unwrap();
}

fn strings(json: &serde_json::Value) -> Vec<String> {
    json.as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect()
}

/// `faro check` lists `text` in an item that starts `file:line_col: `
/// (`file: ` when `line_col` is empty; wrapped continuation lines included).
fn assert_located(human: &str, file: &str, line_col: &str, text: &str) {
    // Without a position, the item starts `file: `.
    let start = if line_col.is_empty() {
        format!("{file}: ")
    } else {
        format!("{file}:{line_col}: ")
    };
    let lines: Vec<&str> = human.lines().collect();
    for (i, line) in lines.iter().enumerate() {
        if !line.trim_start().starts_with(&start) {
            continue;
        }
        let rest = lines[i + 1..]
            .iter()
            .take_while(|l| l.starts_with("        "))
            .map(|l| l.trim());
        let item: Vec<&str> = std::iter::once(line.trim()).chain(rest).collect();
        if item.join(" ").contains(text) {
            return;
        }
    }
    panic!("{text:?} not listed at {start}:\n{human}");
}

#[test]
fn a_locale_broken_on_purpose_is_reported_exactly() {
    let p = tempdir();
    let c = p.path().join("c");
    copy_dir(&common::fixture("basic"), &c);
    // Record that the Italian pages follow the current originals.
    let it_pages = [
        "c/content/it/about.md",
        "c/content/it/index.md",
        "c/content/it/guide/index.md",
        "c/content/it/guide/steps.md",
    ];
    let mut stamp = vec!["stamp"];
    stamp.extend(it_pages);
    faro(p.path(), &stamp).assert_success();
    let clean = faro(p.path(), &["check", "c", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&clean.stdout).unwrap();
    let it = &json["translations"]["locales"][0];
    assert_eq!(
        strings(&it["missing_pages"]),
        ["help"],
        "only the page the fixture lacks"
    );
    assert!(strings(&it["stale_pages"]).is_empty() && strings(&it["unrecorded_pages"]).is_empty());

    // Break it: change an original, drop a key, add an unknown one, rename a variable.
    // (A page that is not essential: a stale essential page is an error, in
    // tests/fork_and_check.rs.)
    append(
        &c.join("content/en/guide/steps.md"),
        "\nOne more sentence in the original.\n",
    );
    let ftl = c.join("locales/it/campaign.ftl");
    let text = std::fs::read_to_string(&ftl)
        .unwrap()
        .replace("campaign-tagline = Il tuo telefono è tuo.\n", "");
    // The two lines added below, by number, wherever the fixture's strings end.
    let extra_at = format!("{}:1", text.lines().count() + 1);
    let greeting_at = format!("{}:1", text.lines().count() + 2);
    std::fs::write(
        &ftl,
        format!("{text}extra-key = In più\ngreeting = Ciao {{ $nome }}\n"),
    )
    .unwrap();
    append(
        &c.join("locales/en/campaign.ftl"),
        "greeting = Hello { $name }\n",
    );

    let run = faro(p.path(), &["check", "c", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let it = &json["translations"]["locales"][0];
    assert_eq!(it["locale"], "it");
    assert_eq!(strings(&it["missing_pages"]), ["help"]);
    assert_eq!(strings(&it["stale_pages"]), ["guide/steps"]);
    assert_eq!(strings(&it["missing_keys"]), ["campaign-tagline"]);
    assert_eq!(strings(&it["unknown_keys"]), ["extra-key"]);
    assert_eq!(strings(&it["placeholder_mismatches"]), ["greeting"]);
    assert_eq!(
        strings(&json["translations"]["unused_keys"]),
        ["greeting"],
        "no template uses it"
    );

    // Each finding is located in the human output too.
    let human = faro(p.path(), &["check", "c"]).stdout;
    assert_located(
        &human,
        "c/content/it/guide/steps.md",
        "",
        "changed since this translation",
    );
    assert_located(
        &human,
        "c/locales/it/campaign.ftl",
        &greeting_at,
        "`greeting` in `it` uses {nome}",
    );
    assert_located(
        &human,
        "c/locales/it/campaign.ftl",
        &extra_at,
        "`extra-key` is not in the `en` strings",
    );
    assert!(
        human.contains("`campaign-tagline` has no `it` translation"),
        "{human}"
    );
    // Warnings alone leave the campaign ready, unless --strict.
    assert_eq!(run.code, Some(0));
    assert_eq!(faro(p.path(), &["check", "c", "--strict"]).code, Some(1));
}
