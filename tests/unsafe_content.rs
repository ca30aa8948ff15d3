//! End to end: content that could run a script or overflow the stack. Script
//! URLs in pages (every spelling) and templates, SVG images that could run a
//! script or load other files, and Markdown nested too deeply fail the build
//! with exit status 1 and a located message, leaving the previous output as it
//! was; legitimate links, SVGs and nesting still build.

mod common;

use std::path::Path;

use common::broken::*;
use common::*;

const ABOUT: &str = "content/en/about.md";
const HELP: &str = "content/en/help.md";
const YAML: &str = "campaign.yaml";
const PHOTO: &str = "../../assets/photo.png";
const SVG_NS: &str =
    r#"xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink""#;

/// Asserts an error at the first occurrence of `needle` in `file` of the
/// broken campaign, with a message containing `message`.
fn assert_error_at_text(b: &Broken, file: &str, needle: &str, message: &str) {
    let (line, col) = position_of(&b.campaign(), file, needle);
    b.assert_error_at(file, line, col, message);
}

#[test]
fn javascript_links_are_refused_in_every_spelling() {
    let links = [
        "[plain](javascript:alert(1))",
        "[mixed](JaVaScRiPt:alert(2))",
        "<javascript:alert(3)>",
        "[reference][script]",
        "[entity](jav&#x61;script:alert(4))",
        "[control](&#1;&#32;javascript:alert(5))",
        "[tab](<java\tscript:alert(6)>)",
        "[vb](vbscript:msgbox(7))",
    ];
    let b = break_basic(|c| {
        let text = format!(
            "\n{}\n\n[script]: javascript:alert(8)\n",
            links.join("\n\n")
        );
        append(&c.join(HELP), &text);
    });
    b.assert_rejected()
        .assert_error_count(links.len())
        .assert_hint("a website (`https://…`), `mailto:` or `tel:`");
    for link in &links[..7] {
        assert_error_at_text(&b, HELP, link, "a `javascript:` URL runs a script");
    }
    assert_error_at_text(&b, HELP, "[vb]", "a `vbscript:` URL runs a script");
    assert_error_at_text(&b, HELP, "[reference]", "`javascript:alert(8)`");
    // Control characters are shown, not printed raw.
    assert_error_at_text(&b, HELP, "[control]", "`\\u{1} javascript:alert(5)`");
}

#[test]
fn data_urls_are_refused_as_links_and_images() {
    let b = break_basic(|c| {
        append(
            &c.join(HELP),
            "\n[a page](data:text/html,<script>alert(1)</script>)\n\n\
             [encoded](DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)\n",
        );
        edit(
            &c.join(ABOUT),
            PHOTO,
            "data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=",
        );
    });
    b.assert_rejected().assert_error_count(3);
    assert_error_at_text(
        &b,
        HELP,
        "[a page]",
        "a `data:` URL is not allowed as a link",
    );
    assert_error_at_text(
        &b,
        HELP,
        "[encoded]",
        "a `data:` URL is not allowed as a link",
    );
    assert_error_at_text(&b, ABOUT, "![A lighthouse", "not allowed as an image");
}

#[test]
fn a_javascript_url_in_a_template_is_refused_at_the_template() {
    let b = break_basic(|c| {
        std::fs::create_dir_all(c.join("templates/partials")).unwrap();
        let footer = "<footer><a href=\"jav&#x61;script&colon;alert(1)\">x</a></footer>\n";
        std::fs::write(c.join("templates/partials/footer.html"), footer).unwrap();
    });
    let footer = "templates/partials/footer.html";
    b.assert_rejected().assert_error_count(1);
    assert_error_at_text(&b, footer, "jav&#x61;", "a `javascript:` URL");
}

/// Writes `svg` as assets/bad.svg and shows it on the about page instead of
/// the photo.
fn svg_in_about(c: &Path, svg: &str) {
    std::fs::write(c.join("assets/bad.svg"), svg).unwrap();
    edit(&c.join(ABOUT), PHOTO, "../../assets/bad.svg");
}

/// Asserts that the about page's image is refused as an unsafe SVG, with
/// `problem` at `needle` in the SVG file.
fn assert_unsafe_svg(b: &Broken, svg: &str, needle: &str, problem: &str) {
    let (line, col) = position_in(svg, needle);
    let message = format!("{problem} at c/assets/bad.svg:{line}:{col}");
    b.assert_rejected()
        .assert_hint("no <script>, no event attributes");
    assert_error_at_text(b, ABOUT, "![A lighthouse", &message);
}

#[test]
fn an_svg_with_a_script_is_refused() {
    let svg = format!(
        "<svg {SVG_NS} width=\"10\" height=\"10\">\n<script>alert(1)</script>\n<rect/></svg>\n"
    );
    let b = break_basic(|c| svg_in_about(c, &svg));
    assert_unsafe_svg(&b, &svg, "<script>", "a `<script>` element");
}

#[test]
fn an_svg_with_an_event_attribute_is_refused() {
    let svg = format!("<svg {SVG_NS} viewBox=\"0 0 9 9\"><rect onload=\"alert(1)\"/></svg>\n");
    let b = break_basic(|c| svg_in_about(c, &svg));
    assert_unsafe_svg(&b, &svg, "onload", "an event attribute `onload`");
}

#[test]
fn an_svg_that_loads_from_another_host_is_refused() {
    let svg = format!(
        "<svg {SVG_NS} viewBox=\"0 0 9 9\">\n  <image xlink:href=\"https://tracker.example/p.png\"/>\n</svg>\n"
    );
    let b = break_basic(|c| svg_in_about(c, &svg));
    assert_unsafe_svg(
        &b,
        &svg,
        "xlink:href",
        "a reference to another file or host in `href` (`https://tracker.example/p.png`)",
    );
}

#[test]
fn an_svg_with_a_foreign_object_or_a_javascript_link_is_refused() {
    let svg = format!(
        "<svg {SVG_NS} viewBox=\"0 0 9 9\"><a href=\"java&#x9;script:alert(1)\"><foreignObject/></a></svg>\n"
    );
    let b = break_basic(|c| svg_in_about(c, &svg));
    assert_unsafe_svg(&b, &svg, "href", "a `javascript:` URL in `href`");
    b.assert_error_count(1);
    assert!(b.run.flat_stderr().contains("(and 1 more problem)"));
}

#[test]
fn an_unsafe_svg_logo_is_refused_at_its_value_in_campaign_yaml() {
    let svg = format!(
        "<svg {SVG_NS} width=\"64\" height=\"64\"><style>@import url(https://fonts.example/a.css);</style></svg>\n"
    );
    let b = break_basic(|c| std::fs::write(c.join("assets/logo.svg"), &svg).unwrap());
    let (line, col) = position_in(&svg, "<style>");
    b.assert_rejected().assert_error_count(1);
    assert_error_at_text(
        &b,
        YAML,
        "assets/logo.svg",
        &format!("a `<style>` element with an `@import` at c/assets/logo.svg:{line}:{col}"),
    );
}

#[test]
fn deeply_nested_lists_and_quotes_are_an_error_not_a_crash() {
    let lists: String = (0..400)
        .map(|i| format!("{}- level {i}\n", "  ".repeat(i)))
        .collect();
    let quotes = ">".repeat(5000);
    let b = break_basic(|c| {
        append(&c.join(HELP), &format!("\n{lists}"));
        append(&c.join(ABOUT), &format!("\n{quotes} deep\n"));
    });
    b.assert_rejected()
        .assert_error_count(2)
        .assert_hint("flatten the lists or quotes");
    let (line, _) = position_of(&b.campaign(), HELP, "- level 12\n");
    b.assert_error_at(HELP, line, 25, "nested more than 12 levels deep");
    let (line, col) = position_of(&b.campaign(), ABOUT, ">>>");
    b.assert_error_at(ABOUT, line, col + 12, "nested more than 12 levels deep");
}

#[test]
fn legitimate_links_svgs_and_nesting_still_build() {
    let tmp = tempdir();
    let c = tmp.path().join("c");
    copy_dir(&fixture("basic"), &c);
    let svg = format!(
        "<?xml version=\"1.0\"?>\n<svg {SVG_NS} viewBox=\"0 0 20 10\"><defs><linearGradient id=\"g\"/></defs>\
         <style>.a{{fill:url(#g)}}</style><rect class=\"a\" width=\"20\" height=\"10\"/><use xlink:href=\"#g\"/></svg>\n"
    );
    std::fs::write(c.join("assets/drawing.svg"), svg).unwrap();
    let quotes = ">".repeat(12);
    append(
        &c.join(ABOUT),
        &format!(
            "\n[site](https://stopstalkerware.org/) [mail](mailto:help@example.org) [call](tel:+391522) \
             [steps](../guide/steps/) [top](#top) [help](@/help.md) [jsbasics](https://example.org/javascript:x)\n\n\
             ![A drawing](../../assets/drawing.svg)\n\n{quotes} twelve levels deep\n"
        ),
    );
    let site = build_site(&c, "https://example.org/");
    let about = site.text("en/about/index.html");
    for href in [
        "https://stopstalkerware.org/",
        "mailto:help@example.org",
        "tel:+391522",
        "../guide/steps/",
        "#top",
        "/en/help/",
        "https://example.org/javascript:x",
    ] {
        let found = tags(&about)
            .iter()
            .any(|t| t.name == "a" && t.attr("href") == Some(href));
        assert!(found, "no link to {href} in en/about/index.html");
    }
    assert!(site.files.keys().any(|p| p.starts_with("images/drawing.")));
    assert!(site.files.keys().any(|p| p.starts_with("images/logo.")));
    assert_eq!(about.matches("<blockquote>").count(), 12);
}

#[test]
fn the_guidelines_booklet_lays_out_the_deepest_nesting_allowed() {
    let tmp = tempdir();
    let c = tmp.path().join("c");
    copy_dir(&fixture("print"), &c);
    let lists: String = (0..12)
        .map(|i| format!("{}- level {i}\n", "  ".repeat(i)))
        .collect();
    let quotes = "> ".repeat(12);
    let emphasis = format!("{0}x{0}", "*".repeat(12));
    append(
        &c.join("content/en/guidelines/index.md"),
        &format!("\n{lists}\n{quotes}deep\n\n{emphasis}\n"),
    );
    let out = tmp.path().join("site");
    run(uncached_build_command("c", &out).current_dir(tmp.path())).assert_success();
    assert!(out.join("print/en/guidelines.pdf").is_file());
}
