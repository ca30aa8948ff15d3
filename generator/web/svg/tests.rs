//! Unit tests of the SVG check: what is refused, what still builds.

use super::*;

const NS: &str = r#"xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink""#;

/// An SVG document with `inner` as its content.
fn svg(inner: &str) -> String {
    format!(r#"<svg {NS} width="10" height="10">{inner}</svg>"#)
}

/// The first problem of an SVG that is refused as unsafe; panics otherwise.
fn refused(text: &str) -> String {
    match inspect(text) {
        Err(SvgError::Unsafe { what, .. }) => what,
        other => panic!("not refused as unsafe: {other:?}\n{text}"),
    }
}

#[test]
fn sizes_come_from_width_and_height_or_the_view_box() {
    let sized = format!(r#"<svg {NS} width="120px" height="40"/>"#);
    assert_eq!(inspect(&sized), Ok((120, 40)));
    let boxed = format!(r#"<svg {NS} width="100%" viewBox="0,0 300 100.4"/>"#);
    assert_eq!(inspect(&boxed), Ok((300, 100)));
    assert_eq!(inspect(&format!("<svg {NS}/>")), Err(SvgError::NoSize));
}

#[test]
fn files_that_are_not_svg_documents_are_malformed() {
    for text in [
        "",
        "<svg",
        "<html xmlns=\"http://www.w3.org/1999/xhtml\"/>",
        "<svg><a:b/></svg>",
    ] {
        assert!(
            matches!(inspect(text), Err(SvgError::Malformed(_))),
            "{text:?}"
        );
    }
}

#[test]
fn the_fixture_and_pilot_logos_pass() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    for logo in [
        "tests/fixtures/basic/assets/logo.svg",
        "tests/fixtures/print/assets/logo.svg",
        "campaigns/veneto/assets/logo.svg",
    ] {
        let text = std::fs::read_to_string(root.join(logo)).unwrap();
        assert_eq!(inspect(&text), Ok((64, 64)), "{logo}");
    }
}

#[test]
fn what_design_tools_write_passes() {
    let doc = r##"<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd" [
  <!ENTITY ns_svg "http://www.w3.org/2000/svg">
]>
<!-- Generator: a design tool -->
<svg xmlns="&ns_svg;" xmlns:xlink="http://www.w3.org/1999/xlink"
     xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" viewBox="0 0 64 32">
  <metadata><rdf:RDF><rdf:Description rdf:about="https://example.org/"/></rdf:RDF></metadata>
  <style type="text/css"><![CDATA[ @namespace svg url(http://www.w3.org/2000/svg);
    .st0{fill:#FFFFFF;font-family:'Open Sans', "Segoe UI: Light"} ]]></style>
  <defs><linearGradient id="g"><stop offset="0" stop-color="#000"/></linearGradient></defs>
  <rect class="st0" width="64" height="32" fill="url(#g)" style="stroke:url('#g')"/>
  <use xlink:href="#g"/>
  <image width="1" height="1" href="data:image/png;base64,iVBORw0KGgo="/>
  <a href="#top"><text>Hello</text></a>
</svg>"##;
    assert_eq!(inspect(doc), Ok((64, 32)));
}

#[test]
fn scripts_and_event_attributes_are_refused() {
    let at = |text: &str| match inspect(text) {
        Err(SvgError::Unsafe { offset, count, .. }) => (offset, count),
        other => panic!("{other:?}"),
    };
    let doc = format!(
        r#"<svg {NS} width="1" height="1" onload="alert(1)"><script>alert(2)</script></svg>"#
    );
    assert_eq!(at(&doc), (doc.find("onload").unwrap(), 2));
    assert_eq!(refused(&doc), "an event attribute `onload`");
    assert_eq!(
        refused(&svg("<script>alert(1)</script>")),
        "a `<script>` element"
    );
    assert_eq!(
        refused(&svg(
            r#"<h:script xmlns:h="http://www.w3.org/1999/xhtml">x</h:script>"#
        )),
        "a `<script>` element"
    );
    assert_eq!(
        refused(&svg(r#"<rect onClick="x"/>"#)),
        "an event attribute `onClick`"
    );
    assert_eq!(
        refused(&svg("<foreignObject><p>x</p></foreignObject>")),
        "a `<foreignObject>` element"
    );
    assert_eq!(
        refused(&svg(r#"<h:div xmlns:h="http://www.w3.org/1999/xhtml"/>"#)),
        "an HTML element `<div>`"
    );
    assert_eq!(
        refused(&svg(
            r##"<a><set attributeName="xlink:href" to="#x"/></a>"##
        )),
        "an animation of `href`"
    );
}

#[test]
fn script_urls_are_refused_however_they_are_written() {
    for href in [
        "javascript:alert(1)",
        " JaVaScRiPt:alert(1)",
        "jav&#x61;script:alert(1)",
        "&#x9;javascript:alert(1)",
        "java&#10;script:alert(1)",
    ] {
        let doc = svg(&format!(r#"<a xlink:href="{href}"><rect/></a>"#));
        assert_eq!(refused(&doc), "a `javascript:` URL in `href`", "{href}");
    }
    let entity = format!(
        r#"<!DOCTYPE svg [<!ENTITY js "javascript:alert(1)">]>{}"#,
        svg(r#"<a href="&js;"/>"#)
    );
    assert_eq!(refused(&entity), "a `javascript:` URL in `href`");
}

#[test]
fn references_to_other_files_and_hosts_are_refused() {
    for inner in [
        r#"<image href="https://tracker.example/p.png"/>"#,
        r#"<image xlink:href="//tracker.example/p.png"/>"#,
        r#"<use href="other.svg#shape"/>"#,
        r#"<a href="https://example.org/"><text>x</text></a>"#,
        r#"<image href="data:image/svg+xml;base64,PHN2Zz4="/>"#,
        r#"<use href="data:image/png;base64,AA"/>"#,
    ] {
        assert!(
            refused(&svg(inner)).contains("another file or host"),
            "{inner}"
        );
    }
    for inner in [
        r#"<style>@import "https://fonts.example/x.css";</style>"#,
        r#"<style>@IMP\6f rt url(x.css);</style>"#,
        r#"<style>rect { fill: url(https://tracker.example/#p) }</style>"#,
        r#"<style>rect { fill: \75 rl(//tracker.example/p) }</style>"#,
        r#"<style>rect { fill: u/**/rl(//tracker.example/p) }</style>"#,
        r#"<style>rect { background: image-set("https://tracker.example/a.png" 1x) }</style>"#,
        r#"<style>@namespace x url(#a); rect { background: image-set('data:text/html,x' 1x) }</style>"#,
        r#"<rect style="fill:URL( 'https://tracker.example/p' )"/>"#,
        r#"<rect filter="url(https://tracker.example/f.svg#f)"/>"#,
        r#"<rect fill="url(data:image/svg+xml,x)"/>"#,
    ] {
        let why = refused(&svg(inner));
        assert!(
            why.contains("url(") || why.contains("@import") || why.contains("URL"),
            "{inner}: {why}"
        );
    }
    let pi = format!(
        r#"<?xml-stylesheet href="https://x.example/a.css"?>{}"#,
        svg("")
    );
    assert!(refused(&pi).contains("xml-stylesheet"));
}

#[test]
fn css_escapes_and_comments_are_undone() {
    assert_eq!(
        css_unescaped(
            r"\75 rl(a) /* c */ \@x \
y"
        ),
        "url(a)  @x y"
    );
    assert_eq!(css_unescaped(r"\110000 \00006a"), "\u{fffd}j");
}
