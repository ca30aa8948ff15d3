//! Snapshot tests: the whole output of the `basic` fixture (two languages, a
//! fallback page, helplines, the Materials page with the replication kit) is
//! committed under `tests/snapshots/basic/`, one readable file per output file,
//! so that a reviewer sees in the diff what a change does to the site.
//!
//! The built HTML is minified onto one line; the snapshots break it before
//! block-level tags (line breaks are only added, nothing is removed) and write
//! content hashes in file names as `#hash`, so that a change to the style sheet
//! shows once (in `listing` and `assets-style.css`) rather than in every page.
//! Binary files (fonts, images) appear in `listing` by size only; the
//! replication kit by its entries and its README.
//!
//! Reviewing a change (docs/testing.md): `cargo insta review` (with cargo-insta),
//! or `INSTA_UPDATE=always cargo test --test snapshots` and read `git diff`.

mod common;

use std::collections::BTreeMap;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;

use common::{build_site, fixture};

/// Where the committed snapshots live.
fn snapshot_dir() -> PathBuf {
    common::repo().join("tests/snapshots/basic")
}

#[test]
fn basic_site_matches_its_snapshots() {
    let site = build_site(&fixture("basic"), "https://example.org/");
    let mut snapshots = BTreeMap::new();
    snapshots.insert("listing".to_string(), listing(&site.files));
    for (path, bytes) in &site.files {
        if let Some(text) = readable(path, bytes) {
            snapshots.insert(snapshot_name(path), text);
        }
    }

    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(snapshot_dir());
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    let mismatched: Vec<&String> = settings.bind(|| {
        snapshots
            .iter()
            .filter(|(name, text)| {
                // Every file is compared (and a `.snap.new` written for each
                // change), so that one run shows every difference.
                catch_unwind(AssertUnwindSafe(|| {
                    insta::assert_snapshot!(name.as_str(), text.as_str())
                }))
                .is_err()
            })
            .map(|(name, _)| name)
            .collect()
    });
    let stale = stale_snapshots(&snapshots);
    assert!(
        mismatched.is_empty() && stale.is_empty(),
        "the built site differs from its snapshots in {mismatched:?}; snapshots of files \
         no longer built: {stale:?}.\nIf the change is intended, accept it (docs/testing.md): \
         `cargo insta review`, or `INSTA_UPDATE=always cargo test --test snapshots` and \
         delete the stale snapshots, then commit tests/snapshots/."
    );
}

/// Committed snapshot files that no output file produced any more.
fn stale_snapshots(snapshots: &BTreeMap<String, String>) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(snapshot_dir()) else {
        return Vec::new();
    };
    let mut stale: Vec<String> = entries
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|f| {
            f.strip_suffix(".snap")
                .is_some_and(|name| !snapshots.contains_key(name))
        })
        .collect();
    stale.sort();
    stale
}

/// `en/help/index.html` → `en-help-index.html`; `assets/style.c90af9814e.css`
/// → `assets-style.css`.
fn snapshot_name(path: &str) -> String {
    let mut name = String::new();
    for part in without_hashes(path).split('/') {
        if !name.is_empty() {
            name.push('-');
        }
        name.push_str(part);
    }
    name.replace(".#hash", "")
}

/// Every output file with its size, and the replication kit's entries.
fn listing(files: &BTreeMap<String, Vec<u8>>) -> String {
    let mut out = String::new();
    for (path, bytes) in files {
        out.push_str(&format!("{path}  {} bytes\n", bytes.len()));
        if path.ends_with(".zip") {
            out.push_str(&zip_entries(bytes));
        }
    }
    out
}

/// A zip's entries (name and size), then the text of its `README.md`.
fn zip_entries(zip: &[u8]) -> String {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(zip)).expect("the kit is a zip");
    let mut out = String::new();
    let mut readme = String::new();
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).expect("read a zip entry");
        let name = entry.name().expect("a zip entry's name").into_owned();
        out.push_str(&format!("    {name}  {} bytes\n", entry.size()));
        if name == "README.md" {
            std::io::Read::read_to_string(&mut entry, &mut readme).expect("README.md is text");
        }
    }
    out.push_str("    --- README.md\n");
    for line in readme.lines() {
        out.push_str(&format!("    | {line}\n").replace("|  \n", "|\n"));
    }
    out
}

/// The text to snapshot for an output file; `None` for binary files (listed by size).
fn readable(path: &str, bytes: &[u8]) -> Option<String> {
    let ext = path.rsplit('.').next().unwrap_or_default();
    if !["html", "xml", "css", "js", "txt", "snippet"].contains(&ext) && !path.ends_with("_headers")
    {
        return None;
    }
    let text = without_hashes(std::str::from_utf8(bytes).expect("text output is UTF-8"));
    Some(match ext {
        "html" => break_before_blocks(&text),
        // One rule per line.
        "css" => text.replace('}', "}\n"),
        _ => text,
    })
}

/// Replaces the ten-hex-digit content hashes of file names (`style.c90af9814e.css`)
/// with `#hash`.
fn without_hashes(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    let mut i = 0;
    while i + 12 <= bytes.len() {
        let is_hash = bytes[i] == b'.'
            && bytes[i + 11] == b'.'
            && bytes[i + 1..i + 11]
                .iter()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(b));
        if is_hash {
            out.push_str(&text[last..=i]);
            out.push_str("#hash");
            last = i + 11;
            i += 11;
        } else {
            i += 1;
        }
    }
    out.push_str(&text[last..]);
    out
}

/// Elements that flow within a line of text: no line break before them. An
/// `<svg>` is kept on one line with everything inside it.
const INLINE: &[&str] = &[
    "a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "data", "em", "i", "img", "kbd", "mark",
    "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "svg",
];

/// Elements whose closing tag stays at the end of their text's line.
const CLOSE_ON_LINE: &[&str] = &[
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "title",
    "dt",
    "dd",
    "td",
    "th",
    "figcaption",
    "label",
    "button",
    "summary",
    "legend",
    "option",
    "script",
];

/// Minified HTML with a line break before every block-level tag.
fn break_before_blocks(html: &str) -> String {
    let mut out = String::with_capacity(html.len() + html.len() / 16);
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        out.push_str(&rest[..start]);
        rest = &rest[start..];
        let closing = rest.starts_with("</");
        let name: String = rest[if closing { 2 } else { 1 }..]
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect::<String>()
            .to_ascii_lowercase();
        let end = tag_end(rest);
        let keep_on_line = name.is_empty()
            || INLINE.contains(&name.as_str())
            || (closing && CLOSE_ON_LINE.contains(&name.as_str()));
        if !keep_on_line && !out.is_empty() && !out.ends_with('\n') {
            out.push('\n');
        }
        if name == "svg" && !closing {
            // The icon's drawing stays on the line of the text it illustrates.
            let svg_end = rest.find("</svg>").map_or(end, |i| i + "</svg>".len());
            out.push_str(&rest[..svg_end]);
            rest = &rest[svg_end..];
        } else {
            out.push_str(&rest[..end]);
            rest = &rest[end..];
        }
    }
    out.push_str(rest);
    out.push('\n');
    out
}

/// The length of the tag at the start of `html`, up to its `>` outside quotes.
fn tag_end(html: &str) -> usize {
    let mut quote = None;
    for (i, c) in html.char_indices().skip(1) {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '>') => return i + 1,
            _ => {}
        }
    }
    html.len()
}

#[test]
fn readable_html_only_adds_line_breaks() {
    let html = "<!doctype html><html lang=en><body><p class=\"a>b\">Go <a href=/x/>there</a>.\
                <svg viewbox=\"0 0 1 1\"><path d=M0 /></svg></p><ul><li>one</ul>";
    let readable = break_before_blocks(html);
    assert_eq!(
        readable,
        "<!doctype html>\n<html lang=en>\n<body>\n<p class=\"a>b\">Go <a href=/x/>there</a>.\
         <svg viewbox=\"0 0 1 1\"><path d=M0 /></svg></p>\n<ul>\n<li>one\n</ul>\n"
    );
    assert_eq!(readable.replace('\n', ""), html);
    assert_eq!(
        without_hashes("/assets/style.c90af9814e.css x.0123.y"),
        "/assets/style.#hash.css x.0123.y"
    );
    assert_eq!(
        snapshot_name("assets/fonts/a.0e412e1e7d.woff2"),
        "assets-fonts-a.woff2"
    );
}
