//! Typography visitors see (docs/typography.md): titles and descriptions from
//! front matter get the quotes their page bodies get, a number range never
//! breaks, French puts one kind of space before each mark whatever the author
//! typed, and the Materials page writes file sizes and language names as each
//! language does; a language's name stands where no grammatical case is
//! needed, marked with its language; labels joined by templates take the
//! language's colon and comma. One build of the basic fixture with French,
//! Polish and Arabic home pages and an English title holding a range and a
//! straight apostrophe.

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
        replace_first(
            &campaign.join("campaign.yaml"),
            "[en, it]",
            "[en, it, fr, pl, ar]",
        );
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
        // Polish and Arabic have a home page; their other pages are the
        // English originals under the fallback banner.
        for (lang, title) in [("pl", "Strona główna"), ("ar", "الصفحة الرئيسية")] {
            let dir = campaign.join("content").join(lang);
            std::fs::create_dir_all(&dir).unwrap();
            let home = format!("---\ntitle: \"{title}\"\nweight: 0\n---\n\n{title}.\n");
            std::fs::write(dir.join("index.md"), home).unwrap();
        }
        build_site(&campaign, "https://example.org/")
    })
}

/// The Materials page of `lang` (its path is in the language).
fn materials(lang: &str) -> String {
    let site = site();
    let prefix = format!("{lang}/");
    site.files
        .keys()
        .filter(|p| p.starts_with(&prefix) && p.ends_with("/index.html"))
        .map(|p| site.text(p))
        .find(|html| html.contains("materials-intro"))
        .unwrap_or_else(|| panic!("no Materials page in {lang}"))
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

/// The fallback banner of `path`, as HTML and as text.
fn banner(path: &str) -> (String, String) {
    let html = site().text(path);
    let all = tags(&html);
    let p = find_tag(&all, "p", &[("class", "fallback-banner")])
        .unwrap_or_else(|| panic!("{path}: no fallback banner"));
    // Minified: the paragraph ends where an element other than a span starts.
    let rest = &html[p.end..];
    let mut end = 0;
    while let Some(at) = rest[end..].find('<') {
        let tag = &rest[end + at..];
        if !(tag.starts_with("<span") || tag.starts_with("</span")) {
            end += at;
            break;
        }
        end += at + 1;
    }
    let inner = rest[..end].to_string();
    let text = inner_text(&format!("<p>{inner}</p>"), &tags("<p>")[0]);
    (inner, text)
}

#[test]
fn the_fallback_banner_names_the_original_as_a_label_in_its_own_language() {
    for (path, dir) in [
        ("fr/about/index.html", None),
        ("pl/about/index.html", None),
        ("it/help/index.html", None),
        ("ar/about/index.html", Some("ltr")),
    ] {
        let (inner, text) = banner(path);
        // "l’original (English)", never "l’original en English".
        assert!(text.ends_with("(English)."), "{path}: {text}");
        assert!(
            !text.contains(" English ") && !text.contains(" in English"),
            "{path}: {text}"
        );
        let name_tags = tags(&inner);
        let span = find_tag(&name_tags, "span", &[("lang", "en")])
            .unwrap_or_else(|| panic!("{path}: the name is not marked as English: {inner}"));
        assert_eq!(inner_text(&inner, span), "English", "{path}");
        assert_eq!(span.attr("dir"), dir, "{path}: {inner}");
    }
    // The visitor's language is not named in a case the name cannot take.
    let (_, french) = banner("fr/about/index.html");
    assert!(french.starts_with("Cette page n’est pas encore traduite dans votre langue."));
}

#[test]
fn labels_joined_by_templates_take_the_language_s_colon_and_comma() {
    // Polish names its language as a label, in the case a label takes.
    let pl = materials("pl");
    let intro = inner_text(
        &pl,
        find_tag(&tags(&pl), "p", &[("class", "materials-intro")]).unwrap(),
    );
    assert!(intro.contains("udostępniania. Język: polski."), "{intro}");
    // French: a no-break space before each colon templates put between two
    // strings (screen-reader text and link names).
    let home = site().text("fr/index.html");
    let exit = inner_text(
        &home,
        find_tag(&tags(&home), "span", &[("class", "visually-hidden")]).unwrap(),
    );
    assert_eq!(exit, format!("Urgence{NBSP}:"));
    let call = tags(&home)
        .iter()
        .filter_map(|t| t.attr("aria-label").map(str::to_string))
        .find(|l| l.starts_with("Appeler le 1522"))
        .expect("the helpline's link");
    assert!(
        call.starts_with(&format!("Appeler le 1522{NBSP}: ")),
        "{call:?}"
    );
    let fr = decode_entities(&materials("fr"));
    assert!(
        fr.contains(&format!("visually-hidden>{NBSP}: ")),
        "a download's hidden name"
    );
    assert!(!fr.contains("visually-hidden>: "));
    // Arabic separates the format from the size with the Arabic comma.
    let ar = decode_entities(&materials("ar"));
    assert!(ar.contains("(ZIP، <bdi>"), "the kit's format and size");
    assert!(!ar.contains("(ZIP, "));
}

/// Every shipped language: the original's language (named in itself) is a
/// label in brackets, never a word of the sentence.
#[test]
fn every_locale_names_the_original_s_language_as_a_label() {
    let locales = repo().join("locales");
    let mut seen = 0;
    for entry in std::fs::read_dir(&locales).unwrap() {
        let ftl = std::fs::read_to_string(entry.unwrap().path().join("ui.ftl")).unwrap();
        let banner = ftl
            .lines()
            .find_map(|l| l.strip_prefix("fallback-banner = "))
            .expect("a fallback banner");
        assert!(banner.contains("({ $original })"), "{banner}");
        seen += 1;
    }
    assert!(seen >= 30, "{seen} locales");
}
