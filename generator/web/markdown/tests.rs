//! Unit tests of Markdown rendering: ids, block markers, comments, and the
//! URLs and nesting that are refused.

use super::*;

#[test]
fn slugs_keep_letters_of_any_script() {
    assert_eq!(slugify("What to do, first?"), "what-to-do-first");
    assert_eq!(slugify("Cos'è lo stalkerware"), "cos-è-lo-stalkerware");
    assert_eq!(slugify("ما هو"), "ما-هو");
}

#[test]
fn block_markers_keep_offsets() {
    let body = "a\n::: regional\nb\n:::\nc\n";
    let out = blank_block_markers(body).unwrap();
    assert_eq!(out.len(), body.len());
    assert!(!out.contains(":::"));
    assert!(blank_block_markers("::: regional\nx\n").is_err());
    assert!(blank_block_markers("::: regionl\nx\n:::\n")
        .unwrap_err()
        .2
        .contains("regional"));
}

#[test]
fn comments_do_not_hide_markup() {
    let mut open = false;
    let chunk = "<!-- note --><script>x</script>";
    assert_eq!(strip_comments(chunk, &mut open), "<script>x</script>");
    assert_eq!(strip_comments("<!-- start", &mut open), "");
    assert!(open);
    assert_eq!(strip_comments("end --> <b>", &mut open), " <b>");
}

/// Renders `body` as the page `content/en/p.md`, in which every page key
/// resolves to `/en/<key>/`.
fn render_body(body: &str) -> (RenderedMarkdown, Diagnostics) {
    let text = format!("---\ntitle: T\n---\n{body}");
    let page = SourcePage {
        locale: "en".into(),
        key: "p".into(),
        source: crate::diagnostics::SourceText {
            path: "p.md".into(),
            text: text.into(),
        },
        relative: "content/en/p.md".into(),
        front: serde_saphyr::from_str("title: T").unwrap(),
        body_offset: "---\ntitle: T\n---\n".len(),
    };
    let images = ImageRegistry::new(Path::new("/nonexistent"), "/");
    let page_url = |key: &str| Some(format!("/en/{key}/"));
    let resolver = Resolver {
        phones: &[],
        page_url: &page_url,
        keys: &[],
        images: &images,
    };
    render(&page, &resolver)
}

#[test]
fn script_urls_are_refused_however_they_are_written() {
    let body = "[a](javascript:alert(1)) [b](JaVaScRiPt:x) <javascript:x>\n\n\
                [c][r] [d](jav&#x61;script:x) [e](&#9;javascript:x) [f](<\tvbscript:x>)\n\n\
                [g](data:text/html,x) ![h](javascript:x) ![i](data:image/png;base64,AA)\n\n\
                [r]: javascript:x\n";
    let (md, diags) = render_body(body);
    let refused: Vec<_> = diags
        .iter()
        .filter(|d| d.code == "safety.script-url")
        .collect();
    assert_eq!(refused.len(), 10, "{diags:#?}");
    assert!(refused
        .iter()
        .all(|d| d.position.is_some_and(|p| p.line >= 4)));
    // Refused links lead nowhere; refused images are left out.
    assert_eq!(md.html.matches("href=\"#\"").count(), 8, "{}", md.html);
    assert_eq!(md.html.matches("href=").count(), 8, "{}", md.html);
    assert!(!md.html.contains("<img"), "{}", md.html);
}

#[test]
fn ordinary_links_are_kept() {
    let body = "[a](https://example.org/) [b](mailto:x@example.org) [c](tel:+391522) \
                [d](../x/) [e](#top) [f](@/get-help.md#numbers) [g](javascript-basics/)\n";
    let (md, diags) = render_body(body);
    assert!(diags.is_empty(), "{diags:#?}");
    for href in [
        "https://example.org/",
        "mailto:x@example.org",
        "tel:+391522",
        "../x/",
        "#top",
        "/en/get-help/#numbers",
        "javascript-basics/",
    ] {
        assert!(
            md.html.contains(&format!("href=\"{href}\"")),
            "{href}: {}",
            md.html
        );
    }
}

#[test]
fn too_deep_markdown_is_an_error_and_renders_nothing() {
    let quotes = ">".repeat(1000);
    let (md, diags) = render_body(&format!("Fine.\n\n{quotes} deep\n"));
    let d = diags
        .iter()
        .find(|d| d.code == "markdown.too-deep")
        .unwrap();
    let p = d.position.unwrap();
    assert_eq!(
        (p.line, p.column),
        (6, crate::web::markdown::nesting::MAX_NESTING + 1)
    );
    assert!(md.html.is_empty());
}

#[test]
fn external_urls() {
    assert!(is_external("https://stopstalkerware.org"));
    assert!(is_external("mailto:x@y"));
    assert!(!is_external("/it/aiuto/"));
    assert!(!is_external("../x.png"));
}
