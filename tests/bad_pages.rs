//! End to end: broken pages (files, front matter, links, images, raw HTML)
//! fail the build with exit status 1 and a message located in the Markdown
//! file, never panic, and leave the previous output exactly as it was.
//! Campaign-level mistakes are in bad_input.rs.

mod common;

use common::broken::*;
use common::*;

const ABOUT: &str = "content/en/about.md";
const HELP: &str = "content/en/help.md";
const STEPS: &str = "content/en/guide/steps.md";
const PHOTO: &str = "![A lighthouse on a dark sea under a blue sky](../../assets/photo.png)";

#[test]
fn invalid_utf8_in_a_page_is_located() {
    let prefix = "---\ntitle: \"Steps\"\n---\n\nA first line.\nThen à ";
    let b = break_basic(|c| {
        let mut bytes = prefix.as_bytes().to_vec();
        bytes.extend_from_slice(b"\xff\xfe broken.\n");
        std::fs::write(c.join(STEPS), bytes).unwrap();
    });
    let (line, col) = position_in(&format!("{prefix}X"), "X");
    b.assert_rejected()
        .assert_error_at(STEPS, line, col, "not valid UTF-8")
        .assert_hint("UTF-8");
}

#[test]
fn page_without_front_matter_is_an_error() {
    let b = break_basic(|c| std::fs::write(c.join(STEPS), "Steps\n\nNo front matter.\n").unwrap());
    b.assert_rejected()
        .assert_error_at(STEPS, 1, 1, "the page has no front matter")
        .assert_hint("`---`")
        .assert_snippet(1, "Steps");
}

#[test]
fn page_that_fails_to_load_is_reported_once() {
    let b = break_basic(|c| std::fs::write(c.join(ABOUT), "About\n").unwrap());
    b.assert_rejected()
        .assert_error_at(ABOUT, 1, 1, "the page has no front matter")
        .assert_error_count(1);
}

#[test]
fn unknown_front_matter_field_is_located_with_a_suggestion() {
    let b = break_basic(|c| edit(&c.join(STEPS), "\ndescription:", "\ndescripton:"));
    let (line, col) = position_of(&b.campaign(), STEPS, "descripton:");
    b.assert_rejected()
        .assert_error_at(STEPS, line, col, "unknown field `descripton`")
        .assert_hint("did you mean `description`?")
        .assert_snippet(line, "descripton: \"The steps of the guide, in order.\"");
}

#[test]
fn untranslated_mark_on_an_original_page_is_located() {
    let home = "content/en/index.md";
    let b = break_basic(|c| {
        edit(
            &c.join(home),
            "\nweight: 0",
            "\nuntranslated: true\nweight: 0",
        )
    });
    let (line, col) = position_of(&b.campaign(), home, "untranslated: true");
    b.assert_rejected()
        .assert_error_at(
            home,
            line,
            col,
            "a page of the default locale `en` is marked `untranslated: true`",
        )
        .assert_hint("remove `untranslated: true`");
}

#[test]
fn a_relative_link_broken_only_where_a_page_stands_in_for_a_translation_is_located() {
    // en/help.md has no Italian translation: it is also shown at /it/help/,
    // where `../about/` leads to /it/about/, which does not exist (the Italian
    // page is /it/chi-siamo/). On /en/help/ the same link works.
    let help = "content/en/help.md";
    let b = break_basic(|c| append(&c.join(help), "\nSee [who we are](../about/).\n"));
    let (line, col) = position_of(&b.campaign(), help, "[who we are]");
    b.assert_rejected()
        .assert_error_at(help, line, col, "broken link `../about/`")
        .assert_error_at(help, line, col, "stands in for a missing translation")
        .assert_error_count(1);
}

#[test]
fn invalid_slug_is_located() {
    const IT_ABOUT: &str = "content/it/about.md";
    let b = break_basic(|c| edit(&c.join(IT_ABOUT), "slug: chi-siamo", "slug: \"Chi Siamo\""));
    let (line, col) = position_of(&b.campaign(), IT_ABOUT, "\"Chi Siamo\"");
    b.assert_rejected()
        .assert_error_at(IT_ABOUT, line, col, "invalid slug `Chi Siamo`")
        .assert_hint("lower-case letters, digits and hyphens");
    // The caret underlines the whole value, quotes included: the line under
    // the snippet's `slug: "Chi Siamo"` marks its 11 characters.
    let stderr = &b.run.stderr;
    let snippet = stderr
        .lines()
        .skip_while(|l| !l.ends_with("slug: \"Chi Siamo\""))
        .nth(1)
        .unwrap_or_else(|| panic!("no snippet:\n{stderr}"));
    let marks = snippet.chars().filter(|c| matches!(c, '─' | '┬')).count();
    assert_eq!(marks, 11, "{snippet}\n{stderr}");
    let start = snippet.chars().position(|c| c == '─').unwrap();
    let source_line = stderr
        .lines()
        .find(|l| l.ends_with("slug: \"Chi Siamo\""))
        .unwrap();
    let quote = source_line.chars().position(|c| c == '"').unwrap();
    assert_eq!(start, quote, "{snippet}\n{source_line}");
}

#[test]
fn two_pages_with_the_same_url_are_reported_at_the_slug() {
    let b = break_basic(|c| edit(&c.join(HELP), "weight: 20\n", "weight: 20\nslug: about\n"));
    let (line, col) = position_of(&b.campaign(), HELP, "about\n");
    b.assert_rejected()
        .assert_error_at(
            HELP,
            line,
            col,
            "two pages would be published at /en/about/",
        )
        .assert_hint("content/en/about.md has the same URL");
}

#[test]
fn duplicate_url_error_points_at_the_slug_that_causes_it() {
    let b = break_basic(|c| edit(&c.join(ABOUT), "weight: 10\n", "weight: 10\nslug: help\n"));
    let (line, col) = position_of(&b.campaign(), ABOUT, "help\n");
    b.assert_rejected().assert_error_at(
        ABOUT,
        line,
        col,
        "two pages would be published at /en/help/",
    );
}

#[test]
fn link_to_a_missing_page_is_located_with_a_suggestion() {
    let b = break_basic(|c| edit(&c.join(ABOUT), "(@/help.md)", "(@/hlep.md)"));
    let (line, col) = position_of(&b.campaign(), ABOUT, "[how to get help]");
    b.assert_rejected()
        .assert_error_at(
            ABOUT,
            line,
            col,
            "link to a page that does not exist: `@/hlep.md`",
        )
        .assert_hint("did you mean `@/help.md`?")
        .assert_snippet(line, "We explain [how to get help](@/hlep.md).");
}

#[test]
fn broken_plain_internal_link_is_located() {
    let b = break_basic(|c| edit(&c.join(STEPS), "(/en/)", "(/en/nowhere/)"));
    let (line, col) = position_of(&b.campaign(), STEPS, "[the home page]");
    b.assert_rejected()
        .assert_error_at(STEPS, line, col, "broken link `/en/nowhere/`")
        .assert_hint("`@/file.md`");
}

#[test]
fn broken_plain_internal_link_is_reported_once_and_not_blamed_on_the_template() {
    let b = break_basic(|c| edit(&c.join(STEPS), "(/en/)", "(/en/nowhere/)"));
    b.assert_rejected().assert_error_count(1);
    assert!(
        !b.run.stderr.contains("template `page.html`"),
        "{}",
        b.run.stderr
    );
}

#[test]
fn image_without_alt_text_is_located() {
    let b = break_basic(|c| edit(&c.join(ABOUT), PHOTO, "![](../../assets/photo.png)"));
    let (line, col) = position_of(&b.campaign(), ABOUT, "![](");
    b.assert_rejected()
        .assert_error_at(ABOUT, line, col, "has no alt text")
        .assert_hint("describe the image");
}

#[test]
fn image_that_does_not_decode_is_located() {
    let b = break_basic(|c| {
        let png = std::fs::read(c.join("assets/photo.png")).unwrap();
        std::fs::write(c.join("assets/cut.png"), &png[..png.len() / 2]).unwrap();
        edit(&c.join(ABOUT), "assets/photo.png", "assets/cut.png");
    });
    let (line, col) = position_of(&b.campaign(), ABOUT, "![A lighthouse");
    b.assert_rejected()
        .assert_error_at(ABOUT, line, col, "does not decode")
        .assert_hint("export it again");
}

#[test]
fn file_that_is_not_an_image_is_located() {
    let b = break_basic(|c| {
        std::fs::write(c.join("assets/notes.png"), "these are notes, not pixels\n").unwrap();
        edit(&c.join(ABOUT), "assets/photo.png", "assets/notes.png");
    });
    let (line, col) = position_of(&b.campaign(), ABOUT, "![A lighthouse");
    b.assert_rejected()
        .assert_error_at(ABOUT, line, col, "is not an image format Faro knows");
}

#[test]
fn image_declaring_absurd_dimensions_is_rejected_before_decoding() {
    let b = break_basic(|c| {
        std::fs::write(c.join("assets/huge.png"), png_claiming(100_000, 100_000)).unwrap();
        edit(&c.join(ABOUT), "assets/photo.png", "assets/huge.png");
    });
    let (line, col) = position_of(&b.campaign(), ABOUT, "![A lighthouse");
    b.assert_rejected().assert_error_at(
        ABOUT,
        line,
        col,
        "absurd dimensions (100000×100000 pixels)",
    );
}

#[test]
fn image_paths_cannot_leave_the_campaign_folder() {
    let b = break_basic(|c| {
        edit(
            &c.join(ABOUT),
            "../../assets/photo.png",
            "../../../etc/passwd",
        );
        append(&c.join(STEPS), "\n![The password file](/etc/passwd)\n");
    });
    let c = b.campaign();
    let up = position_of(&c, ABOUT, "![A lighthouse");
    let absolute = position_of(&c, STEPS, "![The password file]");
    b.assert_rejected()
        .assert_error_at(
            ABOUT,
            up.0,
            up.1,
            "`../../../etc/passwd` leaves the campaign folder",
        )
        .assert_error_at(
            STEPS,
            absolute.0,
            absolute.1,
            "`/etc/passwd` is an absolute path",
        )
        .assert_hint("keep images in the campaign's assets/ folder");
}

#[cfg(unix)]
#[test]
fn image_symlink_pointing_outside_the_campaign_is_rejected() {
    let b = break_basic(|c| {
        std::os::unix::fs::symlink("/etc/hostname", c.join("assets/host.png")).unwrap();
        edit(&c.join(ABOUT), "assets/photo.png", "assets/host.png");
    });
    let (line, col) = position_of(&b.campaign(), ABOUT, "![A lighthouse");
    b.assert_rejected()
        .assert_error_at(ABOUT, line, col, "points outside the campaign folder");
}

/// Every file under the test's folder except the campaign copy that contains `needle`.
fn files_containing(b: &Broken, needle: &str) -> Vec<String> {
    let tree = read_tree(b.tmp.path());
    tree.into_iter()
        .filter(|(p, _)| !p.starts_with("c/") && p != "c")
        .filter_map(|(p, c)| Some((p, c?)))
        .filter(|(_, c)| String::from_utf8_lossy(c).contains(needle))
        .map(|(p, _)| p)
        .collect()
}

#[test]
fn raw_script_in_markdown_is_an_error_and_never_published() {
    let b = break_basic(|c| {
        append(
            &c.join(ABOUT),
            "\n<script>alert(\"block\")</script>\n\nSee <script>alert(\"inline\")</script> here.\n",
        );
    });
    let c = b.campaign();
    let block = position_of(&c, ABOUT, "<script>alert(\"block\")");
    let inline = position_of(&c, ABOUT, "<script>alert(\"inline\")");
    b.assert_rejected()
        .assert_error_at(ABOUT, block.0, block.1, "a <script> element is not allowed")
        .assert_error_at(
            ABOUT,
            inline.0,
            inline.1,
            "a <script> element is not allowed",
        )
        .assert_hint("write Markdown instead");
    assert_eq!(files_containing(&b, "alert("), Vec::<String>::new());
}

#[test]
fn script_after_an_html_comment_is_also_an_error() {
    let b = break_basic(|c| {
        append(
            &c.join(ABOUT),
            "\n<!-- note --><script>alert(\"hidden\")</script>\n",
        )
    });
    let (line, _) = position_of(&b.campaign(), ABOUT, "<!-- note -->");
    b.assert_rejected();
    let flat = b.run.flat_stderr();
    assert!(
        flat.contains(&format!("c/{ABOUT}:{line}:"))
            && flat.contains("<script> element is not allowed"),
        "{}",
        b.run.stderr
    );
    assert_eq!(files_containing(&b, "alert("), Vec::<String>::new());
}

#[test]
fn raw_iframe_in_markdown_is_an_error_and_never_published() {
    let b = break_basic(|c| {
        append(
            &c.join(HELP),
            "\n<iframe src=\"https://tracker.example/\"></iframe>\n",
        )
    });
    let (line, col) = position_of(&b.campaign(), HELP, "<iframe");
    b.assert_rejected()
        .assert_error_at(HELP, line, col, "raw HTML is not allowed in page content")
        .assert_snippet(line, "<iframe src=\"https://tracker.example/\"></iframe>");
    assert_eq!(
        files_containing(&b, "tracker.example"),
        Vec::<String>::new()
    );
}

#[cfg(unix)]
#[test]
fn a_page_linked_from_outside_the_campaign_is_refused() {
    let b = break_basic(|c| {
        let outside = c.parent().unwrap().join("elsewhere.md");
        std::fs::copy(c.join(ABOUT), &outside).unwrap();
        std::fs::remove_file(c.join(ABOUT)).unwrap();
        std::os::unix::fs::symlink(&outside, c.join(ABOUT)).unwrap();
    });
    b.assert_rejected()
        .assert_error_in(ABOUT, "this link leads out of the campaign folder")
        .assert_hint("copy the file into the campaign folder");
}

#[cfg(unix)]
#[test]
fn pages_in_a_folder_linked_from_outside_the_campaign_are_refused() {
    let b = break_basic(|c| {
        let outside = c.parent().unwrap().join("shared-pages");
        std::fs::create_dir_all(&outside).unwrap();
        std::fs::copy(c.join(ABOUT), outside.join("extra.md")).unwrap();
        std::os::unix::fs::symlink(&outside, c.join("content/en/shared")).unwrap();
    });
    b.assert_rejected()
        .assert_error_in(
            "content/en/shared",
            "this link leads out of the campaign folder",
        )
        .assert_error_count(1);
}

#[cfg(unix)]
#[test]
fn a_dangling_link_is_named_as_such() {
    let b = break_basic(|c| {
        std::os::unix::fs::symlink("gone-for-good.md", c.join("content/en/gone.md")).unwrap()
    });
    b.assert_rejected().assert_error_in(
        "content/en/gone.md",
        "a symbolic link to something that does not exist",
    );
}

#[cfg(unix)]
#[test]
fn symlink_loop_inside_content_is_reported() {
    let b = break_basic(|c| {
        std::os::unix::fs::symlink("..", c.join("content/en/guide/again")).unwrap()
    });
    b.assert_rejected()
        .assert_error_in("content/en/guide/again", "symbolic link loop")
        .assert_hint("remove the link");
}

#[test]
fn mistakes_in_several_page_bodies_are_all_reported() {
    const IT_STEPS: &str = "content/it/guide/steps.md";
    let b = break_basic(|c| {
        edit(&c.join(ABOUT), "(@/help.md)", "(@/hlep.md)");
        edit(
            &c.join(HELP),
            "![The same lighthouse, shown on the help page]",
            "![]",
        );
        append(&c.join(IT_STEPS), "\n<iframe src=\"x\"></iframe>\n");
        edit(&c.join(STEPS), "(/en/)", "(/en/nowhere/)");
    });
    let c = b.campaign();
    let link = position_of(&c, ABOUT, "[how to get help]");
    let image = position_of(&c, HELP, "![](");
    let iframe = position_of(&c, IT_STEPS, "<iframe");
    let plain = position_of(&c, STEPS, "[the home page]");
    b.assert_rejected()
        .assert_error_at(ABOUT, link.0, link.1, "`@/hlep.md`")
        .assert_error_at(HELP, image.0, image.1, "has no alt text")
        .assert_error_at(IT_STEPS, iframe.0, iframe.1, "raw HTML is not allowed")
        .assert_error_at(STEPS, plain.0, plain.1, "broken link `/en/nowhere/`");
}

#[test]
fn an_unknown_template_in_front_matter_is_located_with_a_suggestion() {
    let b = break_basic(|c| {
        edit(
            &c.join(ABOUT),
            "weight: 10\n",
            "weight: 10\ntemplate: pgae.html\n",
        )
    });
    let (line, col) = position_of(&b.campaign(), ABOUT, "pgae.html");
    b.assert_rejected()
        .assert_error_at(ABOUT, line, col, "template `pgae.html` not found")
        .assert_hint("did you mean `page.html`?");
}

#[test]
fn an_empty_title_is_located_at_its_key() {
    let b = break_basic(|c| {
        edit(
            &c.join(ABOUT),
            "title: \"About this campaign\"",
            "title: \"\"",
        )
    });
    b.assert_rejected()
        .assert_error_at(ABOUT, 2, 1, "the page title is empty");
}

#[test]
fn two_pages_with_one_key_are_located_at_the_key_that_collides() {
    let b = break_basic(|c| edit(&c.join(ABOUT), "weight: 10\n", "weight: 10\nkey: help\n"));
    let (line, col) = position_of(&b.campaign(), ABOUT, "key: help");
    b.assert_rejected()
        .assert_error_at(ABOUT, line, col, "two `en` pages have the key `help`")
        .assert_hint("content/en/help.md");
}

#[test]
fn a_missing_home_page_in_the_default_language_is_named() {
    let b = break_basic(|c| std::fs::remove_file(c.join("content/en/index.md")).unwrap());
    b.assert_rejected()
        .assert_error_count(1)
        .assert_error_in(
            "content/en/index.md",
            "the default language `en` has no home page",
        )
        .assert_hint("add content/en/index.md");
}
