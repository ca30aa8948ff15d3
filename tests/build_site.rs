//! End to end: `faro build` on the small valid fixture `tests/fixtures/basic`
//! (English original, Italian translation lacking the `help` page), checked
//! through the files a visitor's browser and a search engine would read.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

use common::*;

const BASE: &str = "https://example.org/";

/// The basic fixture, built once for this file.
fn basic() -> &'static Site {
    static SITE: OnceLock<Site> = OnceLock::new();
    SITE.get_or_init(|| build_site(&fixture("basic"), BASE))
}

/// Translated pages: (output file, language, title from the front matter).
const TRANSLATED: &[(&str, &str, &str)] = &[
    ("en/index.html", "en", "Basic campaign"),
    ("en/about/index.html", "en", "About this campaign"),
    ("en/help/index.html", "en", "Get help"),
    ("en/guide/index.html", "en", "Guide"),
    ("en/guide/steps/index.html", "en", "Steps"),
    ("it/index.html", "it", "Campagna di prova"),
    ("it/chi-siamo/index.html", "it", "La campagna"),
    ("it/guida/index.html", "it", "Guida"),
    ("it/guida/passi/index.html", "it", "Passi"),
];

/// The Italian page built from the English original.
const FALLBACK: &str = "it/help/index.html";

/// The text of a message in a shared interface `.ftl` file, up to its first placeable.
fn ui_text(lang: &str, key: &str) -> String {
    let path = repo().join("locales").join(lang).join("ui.ftl");
    let ftl = std::fs::read_to_string(&path).unwrap();
    let line = ftl
        .lines()
        .find_map(|l| l.strip_prefix(key)?.trim_start().strip_prefix('='))
        .unwrap_or_else(|| panic!("{key} not in {}", path.display()));
    line.split('{').next().unwrap().trim().to_string()
}

fn h1(html: &str) -> String {
    let tags = tags(html);
    let h1 = tags.iter().find(|t| t.name == "h1").expect("an <h1>");
    inner_text(html, h1)
}

#[test]
fn every_page_is_built_in_every_language() {
    let site = basic();
    let mut expected: BTreeSet<&str> = TRANSLATED.iter().map(|(f, _, _)| *f).collect();
    expected.extend([
        FALLBACK,
        "index.html",
        "404.html",
        "en/404.html",
        "it/404.html",
        "en/materials/index.html",
        "it/materiali/index.html",
    ]);
    let built: BTreeSet<&str> = site
        .files
        .keys()
        .map(String::as_str)
        .filter(|p| p.ends_with(".html"))
        .collect();
    assert_eq!(built, expected);
    for (file, _, title) in TRANSLATED {
        assert_eq!(h1(&site.text(file)), *title, "<h1> of {file}");
    }
    assert!(
        site.run.stdout.contains("(en 5, it 4 (+1 in en))"),
        "the summary counts translated pages per language, and fallbacks: {}",
        site.run.stdout
    );
}

#[test]
fn root_page_offers_every_language_named_in_itself() {
    let html = basic().text("index.html");
    let tags = tags(&html);
    for (code, name) in [("en", "English"), ("it", "Italiano")] {
        let link = find_tag(&tags, "a", &[("href", &format!("/{code}/"))])
            .unwrap_or_else(|| panic!("no link to /{code}/ on the root page"));
        assert_eq!(inner_text(&html, link), name);
        assert_eq!(
            link.attr("lang"),
            Some(code),
            "the name is marked as {code}"
        );
        assert_eq!(link.attr("hreflang"), Some(code));
    }
}

#[test]
fn every_internal_url_in_every_page_resolves_to_a_built_file() {
    let site = basic();
    let broken = site.broken_links();
    assert!(broken.is_empty(), "broken links:\n{}", broken.join("\n"));
    // The resolver itself must see the links it is meant to check.
    let html = site.text("it/guida/passi/index.html");
    let urls: Vec<String> = tags(&html).iter().flat_map(Tag::urls).collect();
    assert!(urls.contains(&"/it/".to_string()), "{urls:?}");
    assert!(
        urls.iter().any(|u| u.starts_with("/assets/style.")),
        "{urls:?}"
    );
    assert!(site.resolve("en/about/index.html", "/en/nowhere/").is_err());
    assert!(site
        .resolve("en/about/index.html", "../guide/steps/")
        .is_ok());
}

#[test]
fn translated_pages_declare_reciprocal_hreflang_alternates_with_x_default() {
    let site = basic();
    let mut clusters = BTreeMap::new();
    for (file, lang, _) in TRANSLATED {
        let alts = alternates(&site.text(file));
        let me = site.permalink_of(file);
        assert_eq!(
            alts.get(*lang),
            Some(&me),
            "{file} lists itself as `{lang}`"
        );
        let original = alts
            .get("en")
            .expect("the English original is an alternate");
        // The homes' x-default is the root language chooser.
        let x_default = if file.ends_with("/index.html") && file.matches('/').count() == 1 {
            BASE
        } else {
            original
        };
        assert_eq!(
            alts.get("x-default").map(String::as_str),
            Some(x_default),
            "x-default of {file}"
        );
        for (alt_lang, href) in alts.iter().filter(|(l, _)| *l != "x-default") {
            let target = href.strip_prefix(BASE).expect("absolute URL on the site");
            let target_file = format!("{target}index.html");
            let back = alternates(&site.text(&target_file));
            assert_eq!(
                back, alts,
                "{file} → {alt_lang} {target_file} is not reciprocal"
            );
        }
        clusters.insert(*file, alts.len());
    }
    assert_eq!(clusters["en/about/index.html"], 3, "en, it and x-default");
    assert_eq!(clusters["en/help/index.html"], 2, "en and x-default only");
}

/// Every page type (chooser, homes, content pages, Materials pages) but the
/// 404s and the fallbacks lists its language versions, itself included, with
/// an x-default, and each version lists the same set back.
#[test]
fn every_page_type_declares_reciprocal_hreflang_alternates() {
    let site = basic();
    let mut checked = BTreeSet::new();
    for (file, html) in site.html_files() {
        if file.ends_with("404.html") || file == FALLBACK {
            continue;
        }
        let alts = alternates(&html);
        let me = site.permalink_of(&file);
        assert!(
            alts.values().any(|h| *h == me),
            "{file} does not list itself: {alts:?}"
        );
        assert!(alts.contains_key("x-default"), "{file}: {alts:?}");
        for href in alts.values() {
            let target = href.strip_prefix(BASE).expect("absolute URL on the site");
            let back = alternates(&site.text(&format!("{target}index.html")));
            assert_eq!(back, alts, "{file} → {href} is not reciprocal");
        }
        checked.insert(file);
    }
    for page in [
        "index.html",
        "en/materials/index.html",
        "it/materiali/index.html",
    ] {
        assert!(checked.contains(page), "{page} not checked: {checked:?}");
    }
    let materials = alternates(&site.text("it/materiali/index.html"));
    assert_eq!(
        materials.get("en").map(String::as_str),
        Some("https://example.org/en/materials/")
    );
    assert_eq!(
        materials.get("x-default").map(String::as_str),
        Some("https://example.org/en/materials/"),
        "the default language's Materials page"
    );
}

#[test]
fn language_switcher_leads_to_the_same_page_in_the_other_language() {
    let site = basic();
    for (from, lang, to) in [
        ("en/about/index.html", "it", "/it/chi-siamo/"),
        ("it/chi-siamo/index.html", "en", "/en/about/"),
        ("en/guide/steps/index.html", "it", "/it/guida/passi/"),
        ("it/guida/index.html", "en", "/en/guide/"),
    ] {
        let html = site.text(from);
        let tags = tags(&html);
        let nav = find_tag(&tags, "nav", &[("class", "languages")]).expect("a switcher");
        let link = tags
            .iter()
            .find(|t| t.name == "a" && t.end > nav.end && t.attr("hreflang") == Some(lang))
            .unwrap_or_else(|| panic!("{from} has no switcher link to {lang}"));
        assert_eq!(link.attr("href"), Some(to), "switcher of {from}");
        assert!(!html.contains("class=untranslated"), "{from} is translated");
    }
}

#[test]
fn language_switcher_marks_a_missing_translation_and_leads_to_that_languages_home() {
    let html = basic().text("en/help/index.html");
    let tags = tags(&html);
    let link = find_tag(&tags, "a", &[("hreflang", "it"), ("lang", "it")]).expect("a link to it");
    assert_eq!(link.attr("href"), Some("/it/"));
    let marker = tags
        .iter()
        .find(|t| t.attr("class") == Some("untranslated"))
        .expect("a not-translated marker");
    assert!(marker.end > link.end, "the marker follows the Italian link");
    let text = inner_text(&html, marker);
    assert!(
        text.contains(&ui_text("en", "language-untranslated")),
        "marker text: {text}"
    );
}

#[test]
fn missing_translation_is_shown_in_the_original_language_with_a_banner() {
    let site = basic();
    let html = site.text(FALLBACK);
    let tags = tags(&html);
    let root = find_tag(&tags, "html", &[]).unwrap();
    assert_eq!(
        root.attr("lang"),
        Some("it"),
        "the page belongs to the Italian site"
    );
    let banner = find_tag(&tags, "p", &[("class", "fallback-banner")]).expect("a banner");
    let text = inner_text(&html, banner);
    assert!(
        text.starts_with(&ui_text("it", "fallback-banner")),
        "banner: {text}"
    );
    assert!(
        text.contains("English"),
        "the banner names the original's language: {text}"
    );
    let content = find_tag(&tags, "div", &[("class", "content")]).expect("the page content");
    assert_eq!(
        content.attr("lang"),
        Some("en"),
        "the English text is marked as English"
    );
    assert!(inner_text(&html, content).contains("You can call the helpline at any time."));
    assert_eq!(
        canonical(&html).as_deref(),
        Some("https://example.org/en/help/")
    );
    assert_eq!(
        meta(&html, "og:url").as_deref(),
        Some("https://example.org/en/help/")
    );
    assert!(
        find_tag(&tags, "a", &[("href", "/it/chi-siamo/")]).is_some(),
        "links inside the English text and the menus stay in the Italian site"
    );
}

#[test]
fn fallback_pages_are_left_out_of_the_sitemap_and_the_hreflang_alternates() {
    let site = basic();
    let fallback_url = site.permalink_of(FALLBACK);
    assert_eq!(fallback_url, "https://example.org/it/help/");
    assert!(!site.text("sitemap.xml").contains(&fallback_url));
    for (file, html) in site.html_files() {
        let alts = alternates(&html);
        assert!(
            !alts.values().any(|h| *h == fallback_url),
            "{file} lists the fallback page as an alternate: {alts:?}"
        );
    }
}

#[test]
fn sitemap_lists_every_translated_page_with_its_alternates() {
    let site = basic();
    let xml = site.text("sitemap.xml");
    let mut listed = BTreeMap::new();
    for entry in xml.split("<url>").skip(1) {
        let loc = entry
            .split("<loc>")
            .nth(1)
            .and_then(|s| s.split("</loc>").next());
        let loc = loc.expect("every <url> has a <loc>").to_string();
        let alts: BTreeMap<String, String> = tags(entry)
            .into_iter()
            .filter(|t| t.name == "xhtml:link")
            .map(|t| {
                (
                    t.attr("hreflang").unwrap().into(),
                    t.attr("href").unwrap().into(),
                )
            })
            .collect();
        listed.insert(loc, alts);
    }
    // The translated pages, the root chooser and every Materials page.
    let listed_files: Vec<&str> = TRANSLATED
        .iter()
        .map(|(f, _, _)| *f)
        .chain([
            "index.html",
            "en/materials/index.html",
            "it/materiali/index.html",
        ])
        .collect();
    let expected: BTreeSet<String> = listed_files.iter().map(|f| site.permalink_of(f)).collect();
    assert_eq!(listed.keys().cloned().collect::<BTreeSet<_>>(), expected);
    for file in listed_files {
        let in_sitemap = &listed[&site.permalink_of(file)];
        assert_eq!(
            in_sitemap,
            &alternates(&site.text(file)),
            "alternates of {file}"
        );
        assert!(in_sitemap.contains_key("x-default"), "{file}");
    }
    let robots = site.text("robots.txt");
    assert!(
        robots.contains("Sitemap: https://example.org/sitemap.xml"),
        "{robots}"
    );
}

#[test]
fn html_lang_and_dir_match_the_language_of_each_page() {
    let site = basic();
    for (file, html) in site.html_files() {
        let expected = if file.starts_with("it/") { "it" } else { "en" };
        let tags = tags(&html);
        let root = find_tag(&tags, "html", &[]).unwrap_or_else(|| panic!("{file}: no <html>"));
        assert_eq!(root.attr("lang"), Some(expected), "lang of {file}");
        assert_eq!(root.attr("dir"), Some("ltr"), "dir of {file}");
    }
}

#[test]
fn pages_have_a_meta_description_and_open_graph_tags() {
    let site = basic();
    for (file, _, title) in TRANSLATED.iter().chain([&(FALLBACK, "it", "Get help")]) {
        let html = site.text(file);
        let description = meta(&html, "description").unwrap_or_default();
        assert!(!description.is_empty(), "{file} has a meta description");
        assert_eq!(meta(&html, "og:description"), Some(description), "{file}");
        assert_eq!(meta(&html, "og:title").as_deref(), Some(*title), "{file}");
        assert_eq!(meta(&html, "og:url"), canonical(&html), "{file}");
        assert_eq!(meta(&html, "og:type").as_deref(), Some("website"), "{file}");
        assert!(
            meta(&html, "og:site_name").is_some_and(|s| !s.is_empty()),
            "{file}"
        );
    }
    let about = site.text("en/about/index.html");
    assert_eq!(
        meta(&about, "description").as_deref(),
        Some("Who runs the basic test campaign and why.")
    );
    assert_eq!(
        meta(&site.text("it/index.html"), "og:site_name").as_deref(),
        Some("Campagna di prova")
    );
}

#[test]
fn content_images_have_dimensions_alt_text_and_resized_variants() {
    let site = basic();
    for (file, html) in site.html_files() {
        for img in tags(&html).iter().filter(|t| t.name == "img") {
            for attr in ["width", "height", "alt"] {
                assert!(
                    img.attr(attr).is_some(),
                    "{file}: <img> without {attr}: {img:?}"
                );
            }
        }
    }
    let html = site.text("en/about/index.html");
    let tags = tags(&html);
    let photo = tags
        .iter()
        .find(|t| t.name == "img" && t.attr("src").is_some_and(|s| s.contains("photo")))
        .expect("the photo");
    assert_eq!(
        photo.attr("alt"),
        Some("A lighthouse on a dark sea under a blue sky")
    );
    assert_eq!(
        (photo.attr("width"), photo.attr("height")),
        (Some("1200"), Some("800"))
    );
    let srcset = photo.attr("srcset").expect("a srcset");
    let mut widths = Vec::new();
    for candidate in srcset.split(',') {
        let mut parts = candidate.split_whitespace();
        let (url, descriptor) = (parts.next().unwrap(), parts.next().unwrap());
        let width: u32 = descriptor.strip_suffix('w').unwrap().parse().unwrap();
        let (file, _) = site.resolve("en/about/index.html", url).unwrap().unwrap();
        let (w, h) = png_size(&site.files[&file]).expect("a PNG");
        assert_eq!(w, width, "{url} is as wide as its descriptor says");
        assert_eq!(h * 3, w * 2, "{url} keeps the 3:2 shape");
        widths.push(width);
    }
    assert!(
        widths.len() >= 2 && widths.contains(&1200),
        "variants: {widths:?}"
    );
}

#[test]
fn stylesheet_and_script_names_carry_a_content_hash() {
    let site = basic();
    let html = site.text("en/index.html");
    let tags = tags(&html);
    let css = find_tag(&tags, "link", &[("rel", "stylesheet")]).and_then(|t| t.attr("href"));
    let js = tags
        .iter()
        .find(|t| t.name == "script")
        .and_then(|t| t.attr("src"));
    for (url, ext) in [
        (css.expect("a stylesheet"), "css"),
        (js.expect("a script"), "js"),
    ] {
        let name = url.strip_prefix("/assets/").expect("under /assets/");
        let parts: Vec<&str> = name.split('.').collect();
        assert_eq!(parts.len(), 3, "name.hash.ext: {name}");
        assert_eq!(parts[2], ext);
        let hash = parts[1];
        assert!(
            hash.len() >= 8 && hash.chars().all(|c| c.is_ascii_hexdigit()),
            "{name}"
        );
        assert!(
            site.files.contains_key(&format!("assets/{name}")),
            "{name} is written"
        );
    }
}

#[test]
fn pages_are_minified() {
    for (file, html) in basic().html_files() {
        assert!(!html.contains("\n\n"), "{file} has blank lines");
        assert!(!html.contains("\n "), "{file} has indented lines");
        assert!(!html.contains("<!--"), "{file} has comments");
        assert!(html.matches('\n').count() <= 2, "{file} has many lines");
    }
}

#[test]
fn regional_blocks_are_published_without_their_markers() {
    let site = basic();
    let en = site.text("en/index.html");
    assert!(en.contains("regional helpline answers every day of the year"));
    assert!(site
        .text("it/index.html")
        .contains("risponde tutti i giorni"));
    for (file, html) in site.html_files() {
        assert!(!html.contains(":::"), "{file} shows a block marker");
    }
}
