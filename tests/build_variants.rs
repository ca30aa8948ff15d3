//! End to end: building changed copies of `tests/fixtures/basic` (another
//! script, another palette, a section without a slug) and building it twice.

mod common;

use common::broken::edit;
use common::*;

const BASE: &str = "https://example.org/";

/// A copy of the basic fixture in a temporary folder, to change before building.
fn basic_copy() -> (tempfile::TempDir, std::path::PathBuf) {
    let tmp = tempdir();
    let campaign = tmp.path().join("c");
    copy_dir(&fixture("basic"), &campaign);
    (tmp, campaign)
}

fn h1(html: &str) -> String {
    let tags = tags(html);
    inner_text(html, tags.iter().find(|t| t.name == "h1").expect("an <h1>"))
}

#[test]
fn arabic_pages_are_written_right_to_left() {
    let (_tmp, campaign) = basic_copy();
    edit(&campaign.join("campaign.yaml"), "[en, it]", "[en, it, ar]");
    // No page of the fixture is essential: the others are built as fallbacks.
    std::fs::create_dir_all(campaign.join("content/ar")).unwrap();
    std::fs::write(
        campaign.join("content/ar/index.md"),
        "---\ntitle: \"حملة تجريبية\"\ndescription: \"حملة صغيرة\"\n---\n\nهاتفك ملكك.\n",
    )
    .unwrap();
    let site = build_site(&campaign, BASE);
    let html = site.text("ar/index.html");
    let root = find_tag(&tags(&html), "html", &[]).cloned().unwrap();
    assert_eq!(
        (root.attr("lang"), root.attr("dir")),
        (Some("ar"), Some("rtl"))
    );
    let fallback = site.text("ar/about/index.html");
    let tags_fb = tags(&fallback);
    let content = find_tag(&tags_fb, "div", &[("class", "content")]).unwrap();
    assert_eq!(
        content.attr("dir"),
        Some("ltr"),
        "English text inside an Arabic page"
    );
    // Campaign strings missing in Arabic fall back to English, marked as English.
    let page_tags = tags(&html);
    let english: Vec<String> = page_tags
        .iter()
        .filter(|t| t.name == "span" && t.attr("lang") == Some("en"))
        .inspect(|t| assert_eq!(t.attr("dir"), Some("ltr")))
        .map(|t| inner_text(&html, t))
        .collect();
    for text in [
        "Basic campaign",
        "Funded by a test programme of the European Union",
    ] {
        assert!(
            english.iter().any(|t| t == text),
            "{text} not marked: {english:?}"
        );
    }
    let title = find_tag(&page_tags, "title", &[]).unwrap();
    assert!(!inner_text(&html, title).contains('<'), "markup in <title>");
    assert!(
        !html.contains(['\u{E000}', '\u{E001}', '\u{E002}']),
        "language markers left in the page"
    );
    let en = site.text("en/index.html");
    assert!(
        !en.contains("<span lang="),
        "an English page marks English text"
    );
    let link = find_tag(&tags(&en), "a", &[("hreflang", "ar")])
        .cloned()
        .unwrap();
    assert_eq!(
        link.attr("dir"),
        Some("rtl"),
        "the switcher writes Arabic right to left"
    );
    let it = find_tag(&tags(&en), "a", &[("hreflang", "it")])
        .cloned()
        .unwrap();
    assert_eq!(it.attr("dir"), None, "same direction as the page: no dir");
    let back = find_tag(&page_tags, "a", &[("hreflang", "en")]).unwrap();
    assert_eq!(back.attr("dir"), Some("ltr"), "English in an Arabic page");
}

#[test]
fn changing_the_palette_renames_the_stylesheet() {
    let (_tmp, campaign) = basic_copy();
    edit(
        &campaign.join("campaign.yaml"),
        " primary: \"#5b2a86\"",
        " primary: \"#1d4f91\"",
    );
    let changed = build_site(&campaign, BASE);
    let css_of = |site: &Site| -> String {
        site.files
            .keys()
            .find(|p| p.ends_with(".css"))
            .cloned()
            .expect("a stylesheet")
    };
    let (before, after) = (
        css_of(&build_site(&fixture("basic"), BASE)),
        css_of(&changed),
    );
    assert_ne!(
        before, after,
        "browsers must not keep the old colours from their cache"
    );
    assert!(String::from_utf8_lossy(&changed.files[&after]).contains("#1d4f91"));
    assert!(changed.text("en/index.html").contains(&after));
}

#[test]
fn two_builds_into_different_folders_are_byte_identical() {
    let tmp = tempdir();
    let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
    faro_build(tmp.path(), &fixture("basic"), &a).assert_success();
    faro_build(tmp.path(), &fixture("basic"), &b).assert_success();
    let (ta, tb) = (read_tree(&a), read_tree(&b));
    assert!(ta.len() > 20, "the build wrote {} entries", ta.len());
    let diffs = tree_differences(&ta, &tb);
    assert!(diffs.is_empty(), "the builds differ:\n{}", diffs.join("\n"));
}

#[test]
fn section_index_without_slug_is_published_under_its_folder_name() {
    let (tmp, campaign) = basic_copy();
    edit(
        &campaign.join("content/en/guide/index.md"),
        "slug: guide\n",
        "",
    );
    let out = tmp.path().join("site");
    faro_build(tmp.path(), &campaign, &out).assert_success();
    let guide = std::fs::read_to_string(out.join("en/guide/index.html")).unwrap();
    assert_eq!(h1(&guide), "Guide");
    assert!(out.join("en/guide/steps/index.html").is_file());
}

#[test]
fn piece_markers_that_would_change_a_page_are_ignored_and_reported() {
    let basic = build_site(&fixture("basic"), BASE);
    assert!(
        !basic.run.stderr.contains("template.pieces"),
        "the base templates' markers are well placed:\n{}",
        basic.run.stderr
    );
    // A marker inside a paragraph: minified apart, "Intro" would lose the
    // space before <em>, and the paragraph its closing tag.
    let (_tmp, campaign) = basic_copy();
    std::fs::create_dir_all(campaign.join("templates")).unwrap();
    std::fs::write(
        campaign.join("templates/page.html"),
        "{% extends \"base.html\" %}\n{% block main %}<article><h1>{{ page.title }}</h1>\n\
         <p class=\"intro\">Intro <!--faro:piece--><em>x</em></p><div class=\"content\">{{ page.content | safe }}</div></article>{% endblock %}\n",
    )
    .unwrap();
    let site = build_site(&campaign, BASE);
    let warning = flatten(&site.run.stderr);
    assert!(warning.contains("template.pieces"), "{warning}");
    assert!(warning.contains("templates/page.html"), "{warning}");
    let about = site.text("en/about/index.html");
    assert!(about.contains("<p class=intro>Intro <em>x</em>"), "{about}");
}

#[test]
fn the_exit_and_helplines_are_rendered_once_per_language_unless_they_read_the_page() {
    // A copy of the quick exit that tells whether it saw a page, and helplines
    // that print the page's URL: the first is rendered once per language
    // (`parts.exit`, without `page`), the second, which needs the page, on
    // each page as an include.
    let (_tmp, campaign) = basic_copy();
    let partials = campaign.join("templates/partials");
    std::fs::create_dir_all(&partials).unwrap();
    std::fs::write(
        partials.join("exit.html"),
        "<p class=\"probe\">{% if page %}per page{% else %}once, {{ t(key=\"exit-this-page\") }}{% endif %}</p>\n",
    )
    .unwrap();
    std::fs::write(
        partials.join("helplines.html"),
        "<p class=\"url\">{{ page.url }}</p>\n",
    )
    .unwrap();
    let site = build_site(&campaign, BASE);
    let about = site.text("en/about/index.html");
    assert!(
        about.contains("<p class=probe>once, Exit this page<header"),
        "{about}"
    );
    assert!(about.contains("<p class=url>/en/about/<footer"), "{about}");
    let it = site.text("it/index.html");
    assert!(it.contains("<p class=probe>once, "), "{it}");
}

/// `faro build` in `root` with the progress bar allowed at once
/// (`FARO_PROGRESS_AFTER_MS=0`), its output piped: not a terminal.
fn build_piped(root: &std::path::Path, extra: &[&str], bar_at_once: bool) -> Run {
    let mut command = faro_command();
    command
        .current_dir(root)
        .args(["build", "c", "-o", "site"])
        .args(extra);
    if bar_at_once {
        command.env("FARO_PROGRESS_AFTER_MS", "0");
    }
    run(&mut command)
}

/// The same build on a pseudo-terminal (util-linux's `script`): everything
/// it drew, standard output and error together.
fn build_on_terminal(root: &std::path::Path, extra: &str) -> String {
    let faro = env!("CARGO_BIN_EXE_faro");
    let output = std::process::Command::new("script")
        .current_dir(root)
        .env("FARO_PROGRESS_AFTER_MS", "0")
        .args([
            "-qec",
            &format!("{faro} build c -o site {extra}"),
            "/dev/null",
        ])
        .stdin(std::process::Stdio::null())
        .output()
        .expect("run `script` (util-linux) for a pseudo-terminal");
    assert!(output.status.success(), "{output:?}");
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// The summary line without its duration.
fn without_duration(stdout: &str) -> String {
    let (before, after) = stdout.split_once(" in ").expect("a summary line");
    let (_, rest) = after.split_once(" s ").expect("a duration");
    format!("{before}{rest}")
}

#[test]
fn the_progress_bar_is_drawn_on_a_terminal_only() {
    let (tmp, _) = basic_copy();
    // Not a terminal: exactly what a build without a bar prints.
    let plain = build_piped(tmp.path(), &[], false);
    plain.assert_success();
    let piped = build_piped(tmp.path(), &[], true);
    piped.assert_success();
    assert_eq!(piped.stderr, plain.stderr);
    assert_eq!(
        without_duration(&piped.stdout),
        without_duration(&plain.stdout)
    );
    assert!(!piped.stderr.contains('\r') && !piped.stderr.contains('\x1b'));

    // A terminal: the stage being run (which ones a frame catches depends on
    // the machine's speed), redrawn in place, then the summary.
    let drawn = build_on_terminal(tmp.path(), "");
    let stages = [
        "reading the campaign",
        "rendering Markdown",
        "print and social assets",
        "replication kit",
        "templates and links",
        "pages [",
        "images and other files",
        "replacing the previous output",
    ];
    assert!(
        stages
            .iter()
            .any(|s| drawn.contains(&format!("basic: {s}"))),
        "no stage drawn:\n{drawn}"
    );
    assert!(drawn.contains("\r\x1b[2K"), "{drawn}");
    assert!(drawn.contains("basic: 9 pages"), "{drawn}");
    // --quiet on a terminal: nothing at all for a good build.
    assert_eq!(build_on_terminal(tmp.path(), "--quiet"), "");
}
