//! Typography visitors see (docs/typography.md): titles and descriptions from
//! front matter get the quotes their page bodies get, a number range never
//! breaks, French puts one kind of space before each mark whatever the author
//! typed, and the Materials page writes file sizes and language names as each
//! language does. One build of the basic fixture with a French home page and
//! an English title holding a range and a straight apostrophe.

mod common;

use std::sync::OnceLock;

use common::*;

const NBSP: char = '\u{a0}';
const NNBSP: char = '\u{202f}';
const WORD_JOINER: char = '\u{2060}';

/// The French home page, typed with plain spaces before its marks (and none
/// before one colon), straight apostrophes and a range; a code span keeps
/// what it holds.
const FRENCH_HOME: &str = r#"---
title: "Trouver de l'aide : 2014–2020 ?"
description: "Besoin d'aide ? Appelez !"
weight: 0
---

Un texte « entre guillemets » ; une question ? Oui ! Voici la liste: ceci.

Le code `a ? b` reste tel quel.
"#;

/// The basic fixture with the changes above, built once.
fn site() -> &'static Site {
    static SITE: OnceLock<Site> = OnceLock::new();
    SITE.get_or_init(|| {
        let project = basic_project();
        let campaign = project.path().join("campaigns/basic");
        replace_first(&campaign.join("campaign.yaml"), "[en, it]", "[en, it, fr]");
        let about = campaign.join("content/en/about.md");
        replace_first(
            &about,
            "\"About this campaign\"",
            "\"The programme's years 2014–2020\"",
        );
        replace_first(&about, "\"About\"", "\"Who's who\"");
        replace_first(
            &about,
            "\"Who runs the basic test campaign and why.\"",
            "'It''s \"ours\", 2014--2020.'",
        );
        let fr = campaign.join("content/fr");
        std::fs::create_dir_all(&fr).unwrap();
        std::fs::write(fr.join("index.md"), FRENCH_HOME).unwrap();
        build_site(&campaign, "https://example.org/")
    })
}

fn element_text(html: &str, name: &str) -> String {
    let tags = tags(html);
    let tag = tags
        .iter()
        .find(|t| t.name == name)
        .unwrap_or_else(|| panic!("no <{name}>"));
    inner_text(html, tag)
}

#[test]
fn titles_descriptions_and_menus_get_curly_quotes_and_unbroken_ranges() {
    let html = site().text("en/about/index.html");
    let title = format!("The programme’s years 2014–{WORD_JOINER}2020");
    assert_eq!(element_text(&html, "h1"), title);
    assert!(
        element_text(&html, "title").starts_with(&title),
        "{}",
        element_text(&html, "title")
    );
    let description = format!("It’s “ours”, 2014–{WORD_JOINER}2020.");
    assert_eq!(
        meta(&html, "description").as_deref(),
        Some(description.as_str())
    );
    assert_eq!(
        meta(&html, "og:description").as_deref(),
        Some(description.as_str())
    );
    // The menu of every English page names the page with its curly label.
    let home = site().text("en/index.html");
    let labels: Vec<String> = tags(&home)
        .iter()
        .filter(|t| t.name == "a")
        .map(|t| inner_text(&home, t))
        .collect();
    assert!(labels.iter().any(|l| l == "Who’s who"), "{labels:?}");
    assert!(!home.contains("Who's") && !home.contains("Who&#39;s"));
}

#[test]
fn french_has_one_no_break_space_before_each_mark_whatever_was_typed() {
    let html = site().text("fr/index.html");
    assert_eq!(
        element_text(&html, "h1"),
        format!("Trouver de l’aide{NBSP}: 2014–{WORD_JOINER}2020{NNBSP}?")
    );
    assert_eq!(
        meta(&html, "description").as_deref(),
        Some(format!("Besoin d’aide{NNBSP}? Appelez{NNBSP}!").as_str())
    );
    let paragraph = format!(
        "Un texte «{NNBSP}entre guillemets{NNBSP}»{NNBSP}; une question{NNBSP}? \
         Oui{NNBSP}! Voici la liste{NBSP}: ceci."
    );
    let text = decode_entities(&html);
    assert!(
        text.contains(&paragraph),
        "no {paragraph:?} in the French home page"
    );
    assert!(
        text.contains("<code>a ? b</code>"),
        "code is left as written"
    );
}

#[test]
fn the_materials_page_writes_sizes_and_its_language_as_the_language_does() {
    let site = site();
    let materials = |lang: &str| {
        let prefix = format!("{lang}/");
        site.files
            .keys()
            .filter(|p| p.starts_with(&prefix) && p.ends_with("/index.html"))
            .map(|p| site.text(p))
            .find(|html| html.contains("materials-intro"))
            .unwrap_or_else(|| panic!("no Materials page in {lang}"))
    };
    // The replication kit is on every Materials page; its size in each language.
    let size = |html: &str| {
        let text = decode_entities(html);
        let at = text.find(".zip").expect("the kit's link");
        let rest = &text[at..];
        let open = rest.find('(').expect("the kit's size") + 1;
        let close = rest[open..].find(')').unwrap() + open;
        // "(ZIP, <bdi>8 kB</bdi>)"
        let meta = &rest[open..close];
        let size = meta.rsplit(", ").next().unwrap();
        size.replace("<bdi>", "").replace("</bdi>", "")
    };
    let sized = |lang: &str, space: char, units: &[&str], decimal: char| {
        let size = size(&materials(lang));
        let (number, unit) = size
            .split_once(space)
            .unwrap_or_else(|| panic!("{lang}: {size:?}"));
        assert!(units.contains(&unit), "{lang}: {size:?}");
        let other = if decimal == ',' { '.' } else { ',' };
        assert!(
            !number.contains(other) && number.chars().any(|c| c.is_ascii_digit()),
            "{lang}: {size:?}"
        );
    };
    sized("en", NBSP, &["B", "kB", "MB"], '.');
    sized("fr", NNBSP, &["o", "ko", "Mo"], ',');
    sized("it", NBSP, &["B", "kB", "MB"], ',');
    let intro = |lang: &str| {
        let html = materials(lang);
        let tags = tags(&html);
        let p = find_tag(&tags, "p", &[("class", "materials-intro")]).expect("the intro");
        inner_text(&html, p)
    };
    assert!(intro("fr").contains("en français."), "{}", intro("fr"));
    assert!(intro("it").contains("in italiano."), "{}", intro("it"));
    assert!(intro("en").contains("in English."), "{}", intro("en"));
}
