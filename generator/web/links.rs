//! Internal link checking: every `href`, `src` and `srcset` URL that points into
//! the site must name a file of the output.
//!
//! [`urls_in`] is a scanner, not an HTML parser (lol_html, html5ever), and
//! stays one (issue 16): it reads only pages the build has just written and
//! minified, whose attributes have one regular syntax, and it runs over every
//! page of every build, where it looks only at the bytes after `href=`,
//! `src=` and `srcset=` (found with memchr's SIMD search) instead of
//! tokenising each page. Script URLs are looked for apart, by
//! [`script_urls`], which reads every attribute of every tag.
//!
//! [`script_urls`] (with [`external_resources`]) stays a scanner too, measured
//! (issue 16, session 7): a lol_html version (an element handler on the
//! elements with a URL attribute, non-strict) found the same URLs on every
//! page, but took 5.3 times as long over the pilot's 162 built pages (53 ms
//! against 10 ms for 2.3 MB, release build) and 6.3 times as long over the
//! 6,014 pages of the 1,000 × 6 bench campaign (1.27 s against 0.20 s for
//! 49 MB). The build runs it on the template output of every page, so on the
//! 4,000 × 6 bench it would cost seconds where the whole build takes 2.5 s.
//! lol_html stays where HTML is rewritten (the preview's `serve::inject`).

use std::collections::HashSet;

use foldhash::fast::FixedState;

use crate::untrusted::urls::refused_in_attribute;
use crate::web::markdown::is_external;

/// Attributes whose URL a browser follows or loads as a document: the ones a
/// `javascript:` or `data:` URL can run a script from.
const URL_ATTRIBUTES: &[&str] = &[
    "href",
    "xlink:href",
    "src",
    "action",
    "formaction",
    "data",
    "poster",
    "background",
    "cite",
];

/// The files of the output, by path relative to the site root.
pub(crate) struct LinkTargets {
    base_path: String,
    /// (foldhash: std's SipHash showed in the build profile.)
    files: HashSet<String, FixedState>,
}

impl LinkTargets {
    /// Targets under `base_path` (such as `/` or `/campaign/`).
    pub(crate) fn new(base_path: &str, files: impl IntoIterator<Item = String>) -> Self {
        LinkTargets {
            base_path: base_path.to_string(),
            files: files.into_iter().collect(),
        }
    }

    /// True when `url`, as written on the page at `page_url`, resolves to an
    /// output file. External URLs and pure fragments are not checked here.
    pub(crate) fn resolves(&self, url: &str, page_url: &str) -> bool {
        if is_external(url) || url.starts_with('#') || url.is_empty() {
            return true;
        }
        let path = url.split(['#', '?']).next().unwrap_or("");
        let joined;
        let absolute = if path.starts_with('/') {
            path
        } else {
            joined = join(page_url, path);
            &joined
        };
        let Some(rel) = absolute
            .strip_prefix(self.base_path.as_str())
            .or_else(|| (absolute == self.base_path.trim_end_matches('/')).then_some(""))
        else {
            return false;
        };
        let decoded;
        let rel = if rel.contains('%') {
            decoded = percent_decode(rel);
            &decoded
        } else {
            rel
        };
        if rel.is_empty() || rel.ends_with('/') {
            return self.has_file(rel, "index.html");
        }
        self.files.contains(rel) || self.has_file(rel, "/index.html")
    }

    /// True when `{rel}{suffix}` is a file of the output: the path is made
    /// in a buffer kept by each thread (a new string for each of the
    /// links of every page showed in the build profile).
    fn has_file(&self, rel: &str, suffix: &str) -> bool {
        thread_local! {
            static PATH: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
        }
        PATH.with_borrow_mut(|path| {
            path.clear();
            path.push_str(rel);
            path.push_str(suffix);
            self.files.contains(path.as_str())
        })
    }
}

/// What the links of a piece of HTML need checked, worked out once for a
/// piece that repeats from page to page: the resources it fetches from other
/// hosts, its broken links that are broken on every page (root-relative ones),
/// and the links whose target depends on the page's URL.
#[derive(Debug, Default)]
pub(crate) struct LinkScan {
    /// Resources fetched from another host.
    pub external: Vec<String>,
    /// `javascript:`, `vbscript:` and `data:` URLs, as written.
    pub script: Vec<String>,
    /// Root-relative (or base-path) URLs that resolve to nothing.
    broken: Vec<String>,
    /// Page-relative URLs, checked on each page.
    relative: Vec<String>,
}

impl LinkScan {
    /// Scans `html` against the site's `targets`.
    pub(crate) fn new(html: &str, targets: &LinkTargets) -> Self {
        let (external, script) = tag_scan(html);
        let mut scan = LinkScan {
            external,
            script,
            ..LinkScan::default()
        };
        for url in urls_in(html) {
            if refused_in_attribute(&url).is_some() {
                // Reported as a script URL, not as a link to nowhere.
                continue;
            }
            if !depends_on_page(&url) {
                if !targets.resolves(&url, "/") {
                    scan.broken.push(url);
                }
            } else {
                scan.relative.push(url);
            }
        }
        scan
    }

    /// Internal URLs that do not resolve on the page at `page_url`.
    pub(crate) fn broken_on<'s>(
        &'s self,
        page_url: &'s str,
        targets: &'s LinkTargets,
    ) -> impl Iterator<Item = &'s String> + 's {
        let relative = self
            .relative
            .iter()
            .filter(move |url| !targets.resolves(url, page_url));
        self.broken.iter().chain(relative)
    }
}

/// True for a URL whose target depends on the page it is written on.
fn depends_on_page(url: &str) -> bool {
    !(url.is_empty() || url.starts_with(['/', '#']) || is_external(url))
}

/// Resources in `html` that a browser would fetch from another host: external
/// `src`/`srcset`/`poster`/`data` URLs, and `<link>` elements that load
/// something (stylesheets, icons, preloads, manifests). Off-site `<a href>`
/// and canonical or alternate links are plain links and are not listed.
pub(crate) fn external_resources(html: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut rest = html;
    while let Some(i) = byte_at(rest, b'<') {
        rest = &rest[i + 1..];
        let end = byte_at(rest, b'>').unwrap_or(rest.len());
        let tag = &rest[..end];
        // Every URL of another host has `//` (`https://…`, `//cdn…`): most tags
        // have none and need no closer look.
        if has_double_slash(tag) {
            let name_len = tag_name_len(tag);
            let attrs = attributes(&tag[name_len..]);
            external_in_tag(&tag[..name_len], &attrs, &mut found);
        }
        rest = &rest[end.min(rest.len())..];
    }
    found
}

/// The resources of another host that the tag named `name`, with `attrs`,
/// makes a browser fetch (see [`external_resources`]).
fn external_in_tag(name: &str, attrs: &[(&str, &str)], found: &mut Vec<String>) {
    let attr = |n: &str| {
        attrs
            .iter()
            .find(|(name, _)| name.eq_ignore_ascii_case(n))
            .map(|(_, v)| *v)
    };
    for a in ["src", "poster", "data"] {
        if let Some(v) = attr(a).filter(|v| is_external(v)) {
            found.push(v.to_string());
        }
    }
    if let Some(set) = attr("srcset") {
        found.extend(
            set.split(',')
                .filter_map(|c| c.split_whitespace().next())
                .filter(|u| is_external(u))
                .map(str::to_string),
        );
    }
    if name.eq_ignore_ascii_case("link") {
        let rel = attr("rel").unwrap_or_default().to_ascii_lowercase();
        let fetched = rel.split_whitespace().any(|r| {
            matches!(
                r,
                "stylesheet"
                    | "icon"
                    | "preload"
                    | "prefetch"
                    | "modulepreload"
                    | "manifest"
                    | "apple-touch-icon"
                    | "dns-prefetch"
                    | "preconnect"
            )
        });
        if let Some(href) = attr("href").filter(|h| fetched && is_external(h)) {
            found.push(href.to_string());
        }
    }
}

/// The `javascript:`, `vbscript:` and `data:` URLs of `html`'s URL
/// attributes (see [`URL_ATTRIBUTES`]), as written: read after decoding
/// character references (`jav&#x61;script:`), as the browser does. Comments
/// are skipped.
pub(crate) fn script_urls(html: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut rest = html;
    while let Some(i) = byte_at(rest, b'<') {
        rest = &rest[i + 1..];
        if let Some(comment) = rest.strip_prefix("!--") {
            rest = comment.split_once("-->").map_or("", |(_, after)| after);
            continue;
        }
        let end = byte_at(rest, b'>').unwrap_or(rest.len());
        let tag = &rest[..end];
        rest = &rest[end..];
        // A scheme needs a `:`, written as it is or as a reference.
        if memchr::memchr2(b':', b'&', tag.as_bytes()).is_none() {
            continue;
        }
        let name_len = tag_name_len(tag);
        script_in_tag(&attributes(&tag[name_len..]), &mut found);
    }
    found
}

/// The script URLs among a tag's `attrs` (see [`script_urls`]).
fn script_in_tag(attrs: &[(&str, &str)], found: &mut Vec<String>) {
    found.extend(
        attrs
            .iter()
            .filter(|(name, _)| URL_ATTRIBUTES.iter().any(|a| a.eq_ignore_ascii_case(name)))
            .filter(|(_, value)| refused_in_attribute(value).is_some())
            .map(|(_, value)| value.to_string()),
    );
}

/// [`external_resources`] and [`script_urls`] of `html` in one pass: each tag
/// found once and its attributes read once (the two passes, each reading the
/// attributes of most tags with a URL, were most of the link scans in the
/// build profile). HTML with a comment is read by both as before, since they
/// treat comments differently (only `script_urls` skips them).
fn tag_scan(html: &str) -> (Vec<String>, Vec<String>) {
    if memchr::memmem::find(html.as_bytes(), b"<!--").is_some() {
        return (external_resources(html), script_urls(html));
    }
    let (mut external, mut script) = (Vec::new(), Vec::new());
    let mut rest = html;
    while let Some(i) = byte_at(rest, b'<') {
        rest = &rest[i + 1..];
        let end = byte_at(rest, b'>').unwrap_or(rest.len());
        let tag = &rest[..end];
        rest = &rest[end..];
        let remote = has_double_slash(tag);
        let scheme = memchr::memchr2(b':', b'&', tag.as_bytes()).is_some();
        if !(remote || scheme) {
            continue;
        }
        let name_len = tag_name_len(tag);
        let attrs = attributes(&tag[name_len..]);
        if remote {
            external_in_tag(&tag[..name_len], &attrs, &mut external);
        }
        if scheme {
            script_in_tag(&attrs, &mut script);
        }
    }
    (external, script)
}

/// The length of the tag name `tag` (the text after its `<`) begins with.
fn tag_name_len(tag: &str) -> usize {
    tag.find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(tag.len())
}

/// True when `tag` has `//`. Tags are short: a memmem searcher set up for
/// each of them cost more than the search (it showed in the build profile).
fn has_double_slash(tag: &str) -> bool {
    let bytes = tag.as_bytes();
    memchr::memchr_iter(b'/', bytes).any(|at| bytes.get(at + 1) == Some(&b'/'))
}

/// Where the ASCII byte `b` first stands in `s` (memchr: `str::find` with a
/// `char` showed in the build profile).
fn byte_at(s: &str, b: u8) -> Option<usize> {
    memchr::memchr(b, s.as_bytes())
}

/// The `name=value` attributes of a tag (after its name), values unquoted;
/// attributes without a value are left out.
fn attributes(mut rest: &str) -> Vec<(&str, &str)> {
    let mut found = Vec::new();
    loop {
        rest = rest.trim_start_matches(|c: char| c.is_whitespace() || c == '/');
        let name_end = rest
            .find(|c: char| c.is_whitespace() || matches!(c, '=' | '/' | '>'))
            .unwrap_or(rest.len());
        if name_end == 0 {
            return found;
        }
        let name = &rest[..name_end];
        rest = rest[name_end..].trim_start();
        if let Some(value) = rest.strip_prefix('=') {
            let (value, after) = attribute_value(value.trim_start());
            found.push((name, value));
            rest = after.strip_prefix(['"', '\'']).unwrap_or(after);
        }
    }
}

/// Resolves a relative path against the folder of `page_url`.
fn join(page_url: &str, relative: &str) -> String {
    let base = &page_url[..page_url.rfind('/').map_or(0, |i| i + 1)];
    let mut parts: Vec<&str> = base.split('/').filter(|s| !s.is_empty()).collect();
    for seg in relative.split('/') {
        match seg {
            ".." => {
                parts.pop();
            }
            "." | "" => {}
            s => parts.push(s),
        }
    }
    let trailing = if relative.ends_with('/') || relative.is_empty() {
        "/"
    } else {
        ""
    };
    format!("/{}{trailing}", parts.join("/"))
}

/// Decodes `%XX` escapes in a link for the lookup of its file: a bad escape is
/// kept as written and bytes that are not UTF-8 become U+FFFD, so such a link
/// simply finds no file and is reported as broken.
fn percent_decode(s: &str) -> String {
    percent_encoding::percent_decode_str(s)
        .decode_utf8_lossy()
        .into_owned()
}

/// URLs in `href`, `src` and `srcset` attributes of `html`.
pub(crate) fn urls_in(html: &str) -> Vec<String> {
    static FINDERS: std::sync::LazyLock<[(&str, memchr::memmem::Finder<'static>); 3]> =
        std::sync::LazyLock::new(|| {
            ["href=", "src=", "srcset="].map(|a| (a, memchr::memmem::Finder::new(a)))
        });
    let mut urls = Vec::new();
    for (attr, finder) in FINDERS.iter() {
        let attr = *attr;
        let mut rest = html;
        while let Some(i) = finder.find(rest.as_bytes()) {
            let before = rest[..i].chars().last();
            rest = &rest[i + attr.len()..];
            if !matches!(before, Some(' ' | '\n' | '\t')) {
                continue;
            }
            let (value, after) = attribute_value(rest);
            rest = after;
            let value = crate::untrusted::urls::decode_references(value);
            if attr == "srcset=" {
                urls.extend(
                    value
                        .split(',')
                        .filter_map(|c| c.split_whitespace().next())
                        .map(str::to_string),
                );
            } else {
                urls.push(value);
            }
        }
    }
    urls
}

fn attribute_value(s: &str) -> (&str, &str) {
    match s.chars().next() {
        Some(q @ ('"' | '\'')) => {
            let body = &s[1..];
            // memchr: `find` with a `char` set up a searcher per value (profile).
            let end = memchr::memchr(q as u8, body.as_bytes()).unwrap_or(body.len());
            (&body[..end], &body[end.min(body.len())..])
        }
        _ => {
            let end = s
                .find(|c: char| c.is_whitespace() || c == '>')
                .unwrap_or(s.len());
            (&s[..end], &s[end..])
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn link_paths_are_decoded_leniently() {
        assert_eq!(percent_decode("caf%C3%A9/%2e"), "café/.");
        // A bad escape stays as written; bytes that are not UTF-8 become U+FFFD.
        assert_eq!(percent_decode("100%/%zz/%2"), "100%/%zz/%2");
        assert_eq!(percent_decode("%C3"), "\u{FFFD}");
    }

    fn targets() -> LinkTargets {
        LinkTargets::new(
            "/site/",
            [
                "index.html",
                "it/index.html",
                "it/aiuto/index.html",
                "assets/a.css",
            ]
            .map(String::from),
        )
    }

    #[test]
    fn resolves_absolute_relative_and_directory_urls() {
        let t = targets();
        assert!(t.resolves("/site/it/aiuto/", "/site/it/"));
        assert!(t.resolves("/site/it/aiuto", "/site/it/"));
        assert!(t.resolves("aiuto/#x", "/site/it/"));
        assert!(t.resolves("../assets/a.css", "/site/it/"));
        assert!(t.resolves("/site/", "/site/it/"));
        assert!(!t.resolves("/site/it/missing/", "/site/it/"));
        assert!(!t.resolves("/elsewhere/", "/site/it/"));
        assert!(t.resolves("https://example.org/", "/site/it/"));
    }

    #[test]
    fn external_requests_are_found_but_plain_links_are_not() {
        let html = r#"<link rel=canonical href=https://example.org/><link rel="stylesheet" href="https://cdn.example/x.css"><a href=https://example.org/>x</a><img src="//cdn.example/y.png"><script src=https://evil.example/t.js></script>"#;
        assert_eq!(
            external_resources(html),
            [
                "https://cdn.example/x.css",
                "//cdn.example/y.png",
                "https://evil.example/t.js"
            ]
        );
    }

    #[test]
    fn script_urls_are_found_in_any_spelling_but_not_in_comments() {
        let html = "<a href=\"JavaScript:x()\">a</a><a\nhref='jav&#x61;script:y'>b</a>\
                    <!-- <a href=\"javascript:z\"> --><iframe src=\" data:text/html,x\"></iframe>\
                    <form action=vbscript&colon;w></form><a/href=\"&#9;javascript:v\">c</a>\
                    <a href=\"https://example.org/\" title=\"javascript:no\">d</a><a href=\"/en/\">e</a>";
        assert_eq!(
            script_urls(html),
            [
                "JavaScript:x()",
                "jav&#x61;script:y",
                " data:text/html,x",
                "vbscript&colon;w",
                "&#9;javascript:v"
            ]
        );
    }

    #[test]
    fn attributes_on_their_own_line_are_read_too() {
        let html = "<img alt=\"\"\n  src=\"https://cdn.example/z.png\"><img data-src=https://a.example/ src=/local.png>";
        assert_eq!(external_resources(html), ["https://cdn.example/z.png"]);
    }

    #[test]
    fn tags_are_read_attribute_by_attribute() {
        assert_eq!(
            attributes(
                r#" rel="stylesheet preload" href = '/a b' data-x=y hidden defer src=/s.js/>"#
            ),
            [
                ("rel", "stylesheet preload"),
                ("href", "/a b"),
                ("data-x", "y"),
                ("src", "/s.js/")
            ]
        );
        assert_eq!(attributes(""), []);
        assert_eq!(attributes(" =x \"odd\" a=1"), []);
    }

    #[test]
    fn one_pass_over_the_tags_finds_what_the_two_scans_find() {
        for html in [
            r#"<link rel=canonical href=https://example.org/><link rel="stylesheet" href="https://cdn.example/x.css"><a href=https://example.org/>x</a><img src="//cdn.example/y.png" srcset="//a.example/1.png 1x, /l.png 2x"><script src=https://evil.example/t.js></script>"#,
            "<a href=\"JavaScript:x()\">a</a><a\nhref='jav&#x61;script:y'>b</a><iframe src=\" data:text/html,x\"></iframe><form action=vbscript&colon;w></form><a/href=\"&#9;javascript:v\">c</a>",
            "<a href=\"javascript://x\">both</a><video poster=https://p.example/ src=data:video/mp4,x></video><object data=\"//o.example/\">",
            "<p>text only</p>",
            "<a href=/x/>unclosed <img src=https://x.example/i.png",
            "<!-- <img src=\"https://c.example/\"> --><a href=\"javascript:z\">a</a><img src=//d.example/>",
        ] {
            assert_eq!(
                tag_scan(html),
                (external_resources(html), script_urls(html)),
                "{html}"
            );
        }
    }

    #[test]
    fn finds_urls_in_attributes() {
        let html = r#"<a href="/a/">x</a><img src=/b.png srcset="/c.png 480w, /d.png 960w"><p data-href="/no/">"#;
        assert_eq!(urls_in(html), vec!["/a/", "/b.png", "/c.png", "/d.png"]);
    }
}
