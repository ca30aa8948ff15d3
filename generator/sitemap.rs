//! `sitemap.xml` (with `xhtml:link` language alternates) and `robots.txt`.

use std::fmt::Write;

use crate::model::Site;
use crate::output::OutputFile;

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
    let default = &site.campaign.settings.default_locale;
    for page in site.pages.iter().filter(|p| !p.fallback) {
        let _ = write!(
            xml,
            "<url><loc>{}</loc>",
            xml_escape(&encode_url(&site.permalink(page)))
        );
        let translations = site.translations(&page.key);
        for alt in &translations {
            let href = xml_escape(&encode_url(&site.permalink(alt)));
            let _ = write!(
                xml,
                "<xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{href}\"/>",
                alt.locale
            );
        }
        if let Some(d) = translations.iter().find(|p| &p.locale == default) {
            let href = xml_escape(&encode_url(&site.permalink(d)));
            let _ = write!(
                xml,
                "<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"{href}\"/>"
            );
        }
        xml.push_str("</url>\n");
    }
    xml.push_str("</urlset>\n");
    xml
}

fn robots(site: &Site) -> String {
    format!(
        "User-agent: *\nAllow: /\n\nSitemap: {}sitemap.xml\n",
        site.campaign.settings.base_url
    )
}

/// Percent-encodes non-ASCII characters (slugs may be in any script).
pub fn encode_url(url: &str) -> String {
    let mut out = String::with_capacity(url.len());
    for c in url.chars() {
        if c.is_ascii() && !c.is_ascii_whitespace() {
            out.push(c);
        } else {
            let mut buf = [0u8; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                let _ = write!(out, "%{b:02X}");
            }
        }
    }
    out
}

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    #[test]
    fn non_ascii_slugs_are_percent_encoded() {
        assert_eq!(
            super::encode_url("https://x.org/ru/что/"),
            "https://x.org/ru/%D1%87%D1%82%D0%BE/"
        );
    }
}
