//! `sitemap.xml` (with `xhtml:link` language alternates) and `robots.txt`.

use std::collections::HashMap;
use std::fmt::Write;

use crate::campaign::site::Site;
use crate::output::staging::OutputFile;
use crate::untrusted::escape_html;

/// The sitemap and robots files of a site.
pub fn files(site: &Site) -> Vec<OutputFile> {
    vec![
        OutputFile::new("sitemap.xml", sitemap(site)),
        OutputFile::new("robots.txt", robots(site)),
    ]
}

/// Every real page (fallbacks are not canonical), each with its translations.
pub fn sitemap(site: &Site) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    // The alternates are the same for every translation of a page: written once per key.
    let mut alternates: HashMap<&str, String> = HashMap::new();
    for page in site.pages.iter().filter(|p| !p.fallback) {
        let _ = write!(
            xml,
            "<url><loc>{}</loc>",
            escape_html(&encode_url(&site.permalink(page)))
        );
        let links = alternates
            .entry(page.key.as_str())
            .or_insert_with(|| alternate_links(site, &page.key));
        xml.push_str(links);
        xml.push_str("</url>\n");
    }
    xml.push_str("</urlset>\n");
    xml
}

/// The `xhtml:link` alternates of the page with `key`, x-default included.
fn alternate_links(site: &Site, key: &str) -> String {
    let default = &site.campaign.settings.default_locale;
    let translations = site.translations(key);
    let mut links = String::new();
    for alt in &translations {
        let href = escape_html(&encode_url(&site.permalink(alt)));
        let _ = write!(
            links,
            "<xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{href}\"/>",
            alt.locale
        );
    }
    if let Some(d) = translations.iter().find(|p| &p.locale == default) {
        let href = escape_html(&encode_url(&site.permalink(d)));
        let _ = write!(
            links,
            "<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"{href}\"/>"
        );
    }
    links
}

fn robots(site: &Site) -> String {
    format!(
        "User-agent: *\nAllow: /\n\nSitemap: {}sitemap.xml\n",
        site.campaign.settings.base_url
    )
}

/// Percent-encodes non-ASCII characters (slugs may be in any script), spaces
/// and control characters; the rest of the URL is kept as written.
pub fn encode_url(url: &str) -> String {
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
