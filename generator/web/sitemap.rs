//! `sitemap.xml` (with `xhtml:link` language alternates) and `robots.txt`.

use std::collections::HashMap;
use std::fmt::Write;

use rayon::prelude::*;

use crate::campaign::site::{Page, Site};
use crate::output::staging::OutputFile;
use crate::untrusted::escape_html;

/// The sitemap and robots files of a site.
pub(crate) fn files(site: &Site) -> Vec<OutputFile> {
    vec![
        OutputFile::new("sitemap.xml", sitemap(site)),
        OutputFile::new("robots.txt", robots(site)),
    ]
}

/// Every real page (fallbacks are not canonical), each with its translations.
/// Made in parallel (at 24,000 pages it is 16 MB, a serial tenth of a second
/// or so before): the alternates once per key, the entries in runs of pages.
pub(crate) fn sitemap(site: &Site) -> String {
    let head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n";
    let real: Vec<&Page> = site.pages.iter().filter(|p| !p.fallback).collect();
    // The alternates are the same for every translation of a page: made once per key.
    let mut keys: Vec<&str> = real.iter().map(|p| p.key.as_str()).collect();
    keys.push("index");
    keys.sort_unstable();
    keys.dedup();
    let alternates: HashMap<&str, String> = keys
        .into_par_iter()
        .map(|key| (key, alternate_links(site, key)))
        .collect();
    let runs: Vec<String> = real
        .par_chunks(256)
        .map(|run| {
            let mut xml = String::new();
            for page in run {
                let loc = escape_html(&encode_url(&site.permalink(page)));
                let links = &alternates[page.key.as_str()];
                let _ = writeln!(xml, "<url><loc>{loc}</loc>{links}</url>");
            }
            xml
        })
        .collect();
    let tail = root_and_materials(site, &alternates["index"]);
    let len = head.len() + runs.iter().map(String::len).sum::<usize>() + tail.len();
    let mut xml = String::with_capacity(len);
    xml.push_str(head);
    for run in runs {
        xml.push_str(&run);
    }
    xml.push_str(&tail);
    xml
}

/// The sitemap's last entries: the root language chooser (the homes'
/// x-default, listed with their alternates `homes`) and every language's
/// Materials page, each the others' alternate; then its end.
fn root_and_materials(site: &Site, homes: &str) -> String {
    let root = escape_html(&encode_url(&site.campaign.settings.base_url));
    let mut xml = format!("<url><loc>{root}</loc>{homes}</url>\n");
    let materials = site.materials_permalinks();
    let default = &site.campaign.settings.default_locale;
    let x_default = materials.iter().find(|(l, _)| l == default);
    let pairs: Vec<(&str, &str)> = materials
        .iter()
        .map(|(l, h)| (l.as_str(), h.as_str()))
        .collect();
    let mut materials_links = links(&pairs);
    if let Some((_, href)) = x_default {
        materials_links.push_str(&links(&[("x-default", href)]));
    }
    for (_, href) in &materials {
        let loc = escape_html(&encode_url(href));
        let _ = writeln!(xml, "<url><loc>{loc}</loc>{materials_links}</url>");
    }
    xml.push_str("</urlset>\n");
    xml
}

/// The `xhtml:link` alternates of the page with `key`, x-default included.
fn alternate_links(site: &Site, key: &str) -> String {
    let translations = site.translations(key);
    let pairs: Vec<(&str, String)> = translations
        .iter()
        .map(|p| (p.locale.as_str(), site.permalink(p)))
        .chain(site.x_default(key).map(|h| ("x-default", h)))
        .collect();
    let pairs: Vec<(&str, &str)> = pairs.iter().map(|(l, h)| (*l, h.as_str())).collect();
    links(&pairs)
}

/// `xhtml:link` elements for (hreflang, absolute URL) pairs.
fn links(pairs: &[(&str, &str)]) -> String {
    let mut out = String::new();
    for (lang, href) in pairs {
        let href = escape_html(&encode_url(href));
        let _ = write!(
            out,
            "<xhtml:link rel=\"alternate\" hreflang=\"{lang}\" href=\"{href}\"/>"
        );
    }
    out
}

fn robots(site: &Site) -> String {
    format!(
        "User-agent: *\nAllow: /\n\nSitemap: {}sitemap.xml\n",
        site.campaign.settings.base_url
    )
}

/// Percent-encodes non-ASCII characters (slugs may be in any script), spaces
/// and control characters; the rest of the URL is kept as written.
pub(crate) fn encode_url(url: &str) -> String {
    const ENCODED: &percent_encoding::AsciiSet = &percent_encoding::CONTROLS.add(b' ');
    percent_encoding::utf8_percent_encode(url, ENCODED).to_string()
}

#[cfg(test)]
mod tests {
    #[test]
    fn non_ascii_slugs_are_percent_encoded() {
        assert_eq!(
            super::encode_url("https://x.org/ru/что/"),
            "https://x.org/ru/%D1%87%D1%82%D0%BE/"
        );
        assert_eq!(
            super::encode_url("https://x.org/a b/\u{7}?q=1#top"),
            "https://x.org/a%20b/%07?q=1#top"
        );
    }
}
