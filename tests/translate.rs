//! `faro translate export|import` on copies of the pilot: the byte-for-byte
//! round trip, schema validation of every export, a new language through the
//! Translate Toolkit, `--only-changed` after an edit, and corrupted files
//! refused at their line with nothing written.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{copy_dir, faro, read_tree, repo, tempdir, tree_differences};

/// A copy of the pilot campaign under a fresh folder; returns (folder, campaign).
fn pilot_copy() -> (tempfile::TempDir, PathBuf) {
    let dir = tempdir();
    let campaign = dir.path().join("veneto");
    copy_dir(&repo().join("campaigns/veneto"), &campaign);
    (dir, campaign)
}

fn export(cwd: &Path, args: &[&str], out: &Path) -> String {
    let mut all = vec!["translate", "export", "veneto"];
    all.extend(args);
    all.extend(["-o", out.to_str().unwrap()]);
    faro(cwd, &all).assert_success();
    std::fs::read_to_string(out).unwrap()
}

/// `faro translate import veneto FILE` in `cwd`.
fn import(cwd: &Path, file: &Path) -> common::Run {
    faro(
        cwd,
        &["translate", "import", "veneto", file.to_str().unwrap()],
    )
}

/// Validates an XLIFF file against the OASIS schema of its version (xmllint
/// from libxml2-utils, offline through the shipped catalog).
fn assert_valid(file: &Path) {
    let text = std::fs::read_to_string(file).unwrap();
    let schemas = repo().join("tests/schemas/xliff");
    let xsd = if text.contains("version=\"2.0\"") {
        schemas.join("2.0/xliff_core_2.0.xsd")
    } else {
        schemas.join("1.2/xliff-core-1.2-transitional.xsd")
    };
    let out = Command::new("xmllint")
        .args(["--noout", "--nonet", "--schema"])
        .arg(&xsd)
        .arg(file)
        .env("XML_CATALOG_FILES", schemas.join("catalog.xml"))
        .output()
        .expect("run xmllint (apt-get install libxml2-utils; scripts/setup.sh does)");
    assert!(
        out.status.success(),
        "{} does not validate:\n{}",
        file.display(),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// What a translator does, done by string surgery: a target after every
/// source, its text prefixed with `mark` and its inline elements kept.
fn translate_all(xliff: &str, mark: &str) -> String {
    let mut out = String::new();
    let mut rest = xliff;
    while let Some(open) = rest.find("<source>") {
        let close = rest[open..].find("</source>").unwrap() + open;
        let inner = &rest[open + "<source>".len()..close];
        out.push_str(&rest[..close + "</source>".len()]);
        // A single token (a page's web address) stays as it is.
        let mark = if inner.contains(' ') { mark } else { "" };
        out.push_str(&format!("<target>{mark}{inner}</target>"));
        rest = &rest[close + "</source>".len()..];
    }
    out.push_str(rest);
    out
}

#[test]
fn exporting_and_importing_the_source_language_changes_no_byte() {
    let (dir, campaign) = pilot_copy();
    let before = read_tree(&campaign);
    for version in ["2.0", "1.2"] {
        let file = dir.path().join(format!("it-{version}.xlf"));
        let text = export(
            dir.path(),
            &["--to", "it", "--xliff-version", version],
            &file,
        );
        assert_valid(&file);
        let again = export(
            dir.path(),
            &["--to", "it", "--xliff-version", version],
            &file,
        );
        assert_eq!(text, again, "the same campaign gives the same file");
        assert!(
            text.contains("<pc ") || text.contains("<g "),
            "inline markup carried"
        );
        import(dir.path(), &file).assert_success();
        let after = read_tree(&campaign);
        assert_eq!(
            tree_differences(&before, &after),
            Vec::<String>::new(),
            "XLIFF {version}"
        );
    }
}

#[test]
fn every_language_proofread_in_itself_round_trips_and_keeps_its_stamp() {
    // Every page and strings file of every pilot language, exported into its
    // own language and imported untouched: no byte changes (this is how
    // Markdown forms that do not round-trip would show).
    let (dir, campaign) = pilot_copy();
    let before = read_tree(&campaign);
    for lang in ["it", "en", "de", "fr", "es", "pt", "ar", "uk"] {
        let file = dir.path().join(format!("{lang}.xlf"));
        export(dir.path(), &["--from", lang, "--to", lang], &file);
        import(dir.path(), &file).assert_success();
        assert_eq!(
            tree_differences(&before, &read_tree(&campaign)),
            Vec::<String>::new(),
            "{lang} proofread untouched"
        );
    }
    // A native speaker proofreads the Arabic and marks every segment final:
    // the pages and strings become reviewed and keep their stamps.
    let file = dir.path().join("ar.xlf");
    let exported = export(dir.path(), &["--from", "ar", "--to", "ar"], &file);
    let reviewed = translate_all(&exported, "").replace("state=\"initial\"", "state=\"final\"");
    std::fs::write(&file, reviewed).unwrap();
    import(dir.path(), &file).assert_success();
    let after = read_tree(&campaign);
    let changed = tree_differences(&before, &after);
    assert!(
        !changed.is_empty() && changed.iter().all(|f| f.contains("/ar/")),
        "{changed:?}"
    );
    let page =
        |tree: &common::Tree, rel: &str| String::from_utf8(tree[rel].clone().unwrap()).unwrap();
    let old = page(&before, "content/ar/what-to-do.md");
    let new = page(&after, "content/ar/what-to-do.md");
    assert!(old.contains("review: machine"), "{old}");
    assert_eq!(new, old.replace("review: machine", "review: reviewed"));
    let strings = page(&after, "locales/ar/campaign.ftl");
    assert!(
        strings.starts_with("### faro-translated-from: "),
        "{strings}"
    );
    assert!(strings.contains("### faro-review: reviewed\n"), "{strings}");
}

#[test]
fn one_string_reviewed_is_recorded_for_that_string_alone() {
    let (dir, campaign) = pilot_copy();
    let file = dir.path().join("ar.xlf");
    let exported = export(dir.path(), &["--from", "ar", "--to", "ar"], &file);
    let unit = exported.find("<unit id=\"campaign-name\">").unwrap();
    let open = unit
        + exported[unit..]
            .find("<segment state=\"initial\">")
            .unwrap();
    let close = open + exported[open..].find("</source>").unwrap() + "</source>".len();
    let source = &exported[open..close];
    let text = &source
        [source.find("<source>").unwrap() + "<source>".len()..source.len() - "</source>".len()];
    let reviewed = format!(
        "{}{}<target>{text}</target>{}",
        &exported[..open],
        source.replace("state=\"initial\"", "state=\"final\""),
        &exported[close..]
    );
    std::fs::write(&file, reviewed).unwrap();
    let (_, before) = common::check_json(dir.path(), "veneto");
    import(dir.path(), &file).assert_success();
    let strings = std::fs::read_to_string(campaign.join("locales/ar/campaign.ftl")).unwrap();
    assert!(
        strings.contains("### faro-review: machine\n"),
        "the file: {strings}"
    );
    assert!(
        strings.contains("# faro-review: reviewed\ncampaign-name = "),
        "the string: {strings}"
    );
    assert_eq!(strings.matches("# faro-review: reviewed").count(), 1);
    let (_, after) = common::check_json(dir.path(), "veneto");
    let unreviewed = |json: &serde_json::Value| -> Vec<String> {
        let ar = json["translations"]["locales"]
            .as_array()
            .unwrap()
            .iter()
            .find(|l| l["locale"] == "ar")
            .unwrap()
            .clone();
        serde_json::from_value(ar["unreviewed_strings"].clone()).unwrap()
    };
    let (was, now) = (unreviewed(&before), unreviewed(&after));
    assert!(was.contains(&"campaign-name".to_string()), "{was:?}");
    let mut expected = was.clone();
    expected.retain(|k| k != "campaign-name");
    assert_eq!(now, expected);
}

#[test]
fn each_variant_of_a_fluent_select_is_a_segment_of_its_own() {
    let (dir, campaign) = pilot_copy();
    let ftl = campaign.join("locales/it/campaign.ftl");
    let strings = std::fs::read_to_string(&ftl).unwrap();
    let select = "shared = { $count ->\n    [one] Condiviso una volta\n   *[other] Condiviso { $count } volte\n}\n";
    std::fs::write(&ftl, format!("{strings}{select}")).unwrap();
    let file = dir.path().join("pl.xlf");
    let text = export(dir.path(), &["--to", "pl"], &file);
    assert_valid(&file);
    for id in ["shared:one", "shared:other"] {
        assert!(
            text.contains(&format!("<unit id=\"{id}\">")),
            "{id} in {text}"
        );
    }
    std::fs::write(&file, translate_all(&text, "PL ")).unwrap();
    import(dir.path(), &file).assert_success();
    let pl = std::fs::read_to_string(campaign.join("locales/pl/campaign.ftl")).unwrap();
    assert!(
        pl.contains("shared = { $count ->\n    [one] PL Condiviso una volta\n   *[other] PL Condiviso { $count } volte\n}\n"),
        "{pl}"
    );
    // Dropping the variable from one variant is refused at that target.
    let broken = translate_all(&text, "PL ").replace(
        "PL Condiviso <ph id=\"1\" dataRef=\"d1\" canDelete=\"no\" type=\"other\" disp=\"{ $count }\"/> volte",
        "PL Condiviso volte",
    );
    assert_ne!(
        broken,
        translate_all(&text, "PL "),
        "the variable is a placeholder"
    );
    std::fs::write(&file, broken).unwrap();
    let run = import(dir.path(), &file);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(run.flat_stderr().contains("shared:other"), "{}", run.stderr);
}

#[test]
fn a_new_language_is_exported_translated_imported_and_reported_complete() {
    let (dir, campaign) = pilot_copy();
    let file = dir.path().join("pl.xlf");
    let text = export(dir.path(), &["--to", "pl"], &file);
    assert_valid(&file);
    for note in [
        "category=\"context\"",
        "Printed on posters and cards: at most",
    ] {
        assert!(text.contains(note), "{note}");
    }
    std::fs::write(&file, translate_all(&text, "UK ")).unwrap();
    assert_valid(&file);
    import(dir.path(), &file).assert_success();
    let page = std::fs::read_to_string(campaign.join("content/pl/what-to-do.md")).unwrap();
    assert!(
        page.contains("title: \"UK Pensi che il tuo telefono"),
        "{page}"
    );
    assert!(page.contains("review: volunteer"), "{page}");
    assert!(
        page.contains("[come navigare in sicurezza](@/browse-safely.md)"),
        "{page}"
    );
    assert!(page.contains("slug: \"cosa-fare\""), "{page}");
    let strings = std::fs::read_to_string(campaign.join("locales/pl/campaign.ftl")).unwrap();
    assert!(strings.contains("poster-headline = UK "), "{strings}");

    // With `pl` among the languages, the report finds nothing missing or stale.
    let yaml = campaign.join("campaign.yaml");
    let config = std::fs::read_to_string(&yaml).unwrap();
    std::fs::write(
        &yaml,
        config.replace(
            "locales: [it, en, de, fr, es, pt, ar, uk]",
            "locales: [it, en, de, fr, es, pt, ar, uk, pl]",
        ),
    )
    .unwrap();
    let check = faro(dir.path(), &["check", "veneto", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&check.stdout).unwrap();
    let uk = json["translations"]["locales"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["locale"] == "pl")
        .unwrap()
        .clone();
    for field in [
        "missing_pages",
        "stale_pages",
        "unrecorded_pages",
        "missing_keys",
    ] {
        assert_eq!(uk[field], serde_json::json!([]), "{field}: {uk}");
    }
    let again = export(dir.path(), &["--to", "pl"], &file);
    assert!(
        !again.contains("<unit "),
        "nothing left to translate:\n{again}"
    );
}

#[test]
fn only_the_changed_paragraph_is_exported_with_its_previous_text() {
    let (dir, campaign) = pilot_copy();
    let file = dir.path().join("pl.xlf");
    let text = export(dir.path(), &["--to", "pl"], &file);
    std::fs::write(&file, translate_all(&text, "UK ")).unwrap();
    import(dir.path(), &file).assert_success();

    let original = campaign.join("content/it/what-to-do.md");
    let old = "Lo stesso vale per i cambiamenti vistosi, come ripristinare il telefono o cambiare tutte le password in una volta.";
    let new = "Lo stesso vale per i cambiamenti vistosi, come ripristinare il telefono.";
    let it = std::fs::read_to_string(&original).unwrap();
    std::fs::write(&original, it.replace(old, new)).unwrap();

    let changed = dir.path().join("changed.xlf");
    let text = export(dir.path(), &["--to", "pl", "--only-changed"], &changed);
    assert_valid(&changed);
    assert_eq!(text.matches("<unit ").count(), 1, "{text}");
    assert!(
        text.contains(&format!("<note category=\"previous-source\">{old}</note>")),
        "{text}"
    );
    assert!(text.contains(&format!("<source>{new}</source>")), "{text}");

    std::fs::write(&changed, translate_all(&text, "UK NEW ")).unwrap();
    import(dir.path(), &changed).assert_success();
    let uk = std::fs::read_to_string(campaign.join("content/pl/what-to-do.md")).unwrap();
    assert!(uk.contains(&format!("UK NEW {new}")), "{uk}");
    assert!(
        uk.contains("UK Se trovi un'app sospetta"),
        "the other paragraphs stay: {uk}"
    );
    let nothing = export(dir.path(), &["--to", "pl", "--only-changed"], &changed);
    assert!(!nothing.contains("<unit "), "{nothing}");
}

#[test]
fn corrupted_files_are_refused_at_their_line_and_nothing_is_written() {
    let (dir, campaign) = pilot_copy();
    // A string with a Fluent variable, so that one can be dropped.
    let ftl = campaign.join("locales/it/campaign.ftl");
    let strings = std::fs::read_to_string(&ftl).unwrap();
    std::fs::write(
        &ftl,
        format!("{strings}share-count = Condiviso {{ $count }} volte\n"),
    )
    .unwrap();
    let file = dir.path().join("pl.xlf");
    let good = translate_all(&export(dir.path(), &["--to", "pl"], &file), "UK ");
    let before = read_tree(&campaign);

    let target_with = |needle: &str| {
        let at = good.find(needle).expect(needle);
        good[..at + "<target>".len()].rfind("<target>").unwrap()
    };
    let variable = target_with("<ph id=\"1\" dataRef=\"d1\" canDelete=\"no\" type=\"other\" disp=\"{ $count }\"/> volte</target>");
    let bold = target_with("<target>UK <pc id=\"1\" dataRefStart=\"d1s\" dataRefEnd=\"d1e\" canDelete=\"no\" type=\"fmt\" subType=\"xlf:b\">Tieni un diario</pc>");
    let cases = [
        (
            "a changed id",
            good.replacen("<unit id=\"p5\">", "<unit id=\"p5x\">", 1),
            "<unit id=\"p5x\">",
            "p5x",
        ),
        (
            "a broken inline element",
            {
                let mut t = good.clone();
                let end = bold + t[bold..].find("</target>").unwrap();
                let broken = t[bold..end].replacen("<pc id=\"1\" dataRefStart=\"d1s\" dataRefEnd=\"d1e\" canDelete=\"no\" type=\"fmt\" subType=\"xlf:b\">", "", 1).replacen("</pc>", "", 1);
                t.replace_range(bold..end, &broken);
                t
            },
            "",
            "",
        ),
        (
            "a dropped variable",
            {
                let mut t = good.clone();
                let end = variable + t[variable..].find("</target>").unwrap();
                let dropped = t[variable..end].replacen("<ph id=\"1\" dataRef=\"d1\" canDelete=\"no\" type=\"other\" disp=\"{ $count }\"/>", "", 1);
                t.replace_range(variable..end, &dropped);
                t
            },
            "",
            "{ $count }",
        ),
    ];
    for (what, text, line_needle, mention) in cases {
        std::fs::write(&file, &text).unwrap();
        let run = import(dir.path(), &file);
        assert_eq!(run.code, Some(1), "{what}: {}", run.stderr);
        let stderr = run.flat_stderr();
        let at = if line_needle.is_empty() {
            // The target of the damaged unit.
            match what {
                "a dropped variable" => variable,
                _ => bold,
            }
        } else {
            text.find(line_needle).unwrap()
        };
        // Line and column of the element's `<`.
        let line = text[..at].matches('\n').count() + 1;
        let column = text[..at].rsplit('\n').next().unwrap().chars().count() + 1;
        assert!(
            stderr.contains(&format!("pl.xlf:{line}:{column}:")),
            "{what}: line {line} column {column} in {stderr}"
        );
        assert!(stderr.contains(mention), "{what}: {stderr}");
        assert_eq!(
            tree_differences(&before, &read_tree(&campaign)),
            Vec::<String>::new(),
            "{what}"
        );
    }
}

#[test]
fn a_file_written_by_the_translate_toolkit_imports_cleanly() {
    let (dir, campaign) = pilot_copy();
    for (version, lang) in [("2.0", "pl"), ("1.2", "ro")] {
        let file = dir.path().join(format!("{lang}.xlf"));
        export(
            dir.path(),
            &["--to", lang, "--xliff-version", version],
            &file,
        );
        let script = repo().join("tests/translate_toolkit_fill.py");
        let out = Command::new("python3")
            .arg(&script)
            .arg(&file)
            .output()
            .expect("run python3 (scripts/setup.sh installs the Translate Toolkit)");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_valid(&file);
        import(dir.path(), &file).assert_success();
        let page =
            std::fs::read_to_string(campaign.join(format!("content/{lang}/index.md"))).unwrap();
        assert!(page.contains("title: \"TT "), "{version}: {page}");
        assert!(page.contains("**1522**"), "{version}: markup kept: {page}");
    }
}

#[test]
fn review_status_travels_from_xliff_state_to_check_and_the_site() {
    let dir = tempdir();
    let campaign = dir.path().join("basic");
    copy_dir(&common::fixture("basic"), &campaign);
    let file = dir.path().join("fr.xlf");
    let mut args = vec!["translate", "export", "basic", "--to", "fr", "-o"];
    args.push(file.to_str().unwrap());
    faro(dir.path(), &args).assert_success();
    let text = std::fs::read_to_string(&file).unwrap();
    // A machine draft everywhere, except the `about` page, reviewed.
    let drafted = translate_all(&text, "FR ").replace(
        "<segment state=\"initial\">",
        "<segment state=\"translated\" subState=\"faro:machine\">",
    );
    let about_start = drafted.find("original=\"content/en/about.md\"").unwrap();
    let about_end = about_start + drafted[about_start..].find("</file>").unwrap();
    let reviewed = drafted[about_start..about_end].replace(
        "state=\"translated\" subState=\"faro:machine\"",
        "state=\"reviewed\"",
    );
    let mut final_text = drafted.clone();
    final_text.replace_range(about_start..about_end, &reviewed);
    std::fs::write(&file, final_text).unwrap();
    assert_valid(&file);
    faro(
        dir.path(),
        &["translate", "import", "basic", file.to_str().unwrap()],
    )
    .assert_success();
    let home = std::fs::read_to_string(campaign.join("content/fr/index.md")).unwrap();
    assert!(home.contains("review: machine"), "{home}");
    let about = std::fs::read_to_string(campaign.join("content/fr/about.md")).unwrap();
    assert!(about.contains("review: reviewed"), "{about}");

    let yaml = campaign.join("campaign.yaml");
    let config = std::fs::read_to_string(&yaml).unwrap();
    std::fs::write(
        &yaml,
        config
            .replace("locales: [en, it]", "locales: [en, it, fr]")
            .replace(
                "essential_pages: []",
                "essential_pages: [index, about, guide/index]",
            ),
    )
    .unwrap();
    let check = faro(dir.path(), &["check", "basic", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&check.stdout).unwrap();
    let fr = json["translations"]["locales"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["locale"] == "fr")
        .unwrap()
        .clone();
    // Essential: index, about and guide/index; about is reviewed.
    assert_eq!(
        fr["unreviewed_pages"],
        serde_json::json!(["guide/index", "index"]),
        "{fr}"
    );

    let out = dir.path().join("site");
    common::faro_build(dir.path(), &campaign, &out).assert_success();
    let page = |path: &str| std::fs::read_to_string(out.join(path)).unwrap();
    assert!(page("fr/index.html").contains("class=review-notice"));
    assert!(
        !page("fr/about/index.html").contains("class=review-notice"),
        "reviewed"
    );
    assert!(
        !page("fr/guide/steps/index.html").contains("class=review-notice"),
        "not essential"
    );
}
