//! The Markdown of every page, rendered before any template (so that every
//! content error is reported even when templates or settings have errors), and
//! the links written in it checked against every file the build makes.

use std::collections::BTreeMap;

use rayon::prelude::*;

use crate::campaign::content::SourcePage;
use crate::campaign::site::{Page, Site};
use crate::diagnostics::{position_of, Diagnostic, Diagnostics};
use crate::web::images::ImageRegistry;
use crate::web::links::LinkTargets;
use crate::web::markdown::{self, RenderedMarkdown, Resolver};

/// Renders the Markdown of every page, in the model's page order (registering
/// the images it uses). Needs only the model, so it runs even when templates or
/// settings have errors, and every content error is reported in one go.
pub(crate) fn markdown_pages(
    site: &Site,
    images: &ImageRegistry,
) -> (Vec<RenderedMarkdown>, Diagnostics) {
    let phones = phone_links(site);
    let results: Vec<(RenderedMarkdown, Diagnostics)> = site
        .pages
        .par_iter()
        .map(|page| {
            page_markdown(
                site,
                page,
                &site.campaign.pages[page.source],
                images,
                &phones,
            )
        })
        .collect();
    let mut diags = Diagnostics::new();
    let mut out = Vec::with_capacity(results.len());
    for (md, d) in results {
        diags.extend(d);
        out.push(md);
    }
    (out, diags)
}

/// The campaign's phone links in each language that has pages. Phone links
/// are named in the language of the text (a fallback page's original).
pub(crate) fn phone_links<'c>(site: &Site<'c>) -> BTreeMap<&'c str, Vec<markdown::PhoneLink>> {
    // Each language once (it was made again for each of its pages).
    let locales: std::collections::BTreeSet<&str> = site
        .campaign
        .pages
        .iter()
        .map(|p| p.locale.as_str())
        .collect();
    locales
        .into_iter()
        .map(|l| (l, markdown::helpline_links(site.campaign, l)))
        .collect()
}

/// The Markdown of `page` of the model, written in `source` (its file, or a
/// newer version of it whose front matter is the same).
pub(crate) fn page_markdown(
    site: &Site,
    page: &Page,
    source: &SourcePage,
    images: &ImageRegistry,
    phones: &BTreeMap<&str, Vec<markdown::PhoneLink>>,
) -> (RenderedMarkdown, Diagnostics) {
    // A page that could not be read was reported already: links to it are not.
    let unreadable = |key: &str| site.campaign.unreadable.iter().any(|(_, k)| k == key);
    let page_url = |key: &str| {
        site.page(&page.locale, key)
            .map(|p| site.url(p))
            .or_else(|| unreadable(key).then(|| "#".to_string()))
    };
    let resolver = Resolver {
        phones: phones
            .get(source.locale.as_str())
            .map_or(&[][..], Vec::as_slice),
        page_url: &page_url,
        keys: &site.keys,
        images,
    };
    let (md, diags) = markdown::render(source, &resolver);
    // A fallback page repeats its original's problems: report them once.
    match page.fallback {
        true => (md, Diagnostics::new()),
        false => (md, diags),
    }
}

/// Output paths of the HTML files the build makes itself (the language
/// chooser, 404 pages, materials pages): the one list that pages are checked
/// against, so that none replaces one of them.
pub(crate) fn generated_html_paths(site: &Site) -> Vec<String> {
    let mut paths = Vec::new();
    paths.push("index.html".into());
    paths.push("404.html".into());
    paths.extend(
        site.campaign
            .settings
            .locales
            .iter()
            .map(|l| format!("{}index.html", site.materials_path(l))),
    );
    paths.extend(
        site.campaign
            .settings
            .locales
            .iter()
            .map(|l| format!("{l}/404.html")),
    );
    paths
}

/// Checks the links written as URLs in page content (not `@/`), with their
/// Markdown locations. Runs before templates, so content errors are all found.
/// A fallback page is checked too: its relative links resolve from its own URL.
pub(crate) fn check_content_links(
    site: &Site,
    markdown: &[RenderedMarkdown],
    targets: &LinkTargets,
) -> Diagnostics {
    let mut diags = Diagnostics::new();
    for (page, md) in site.pages.iter().zip(markdown) {
        let source = &site.campaign.pages[page.source];
        diags.extend(page_content_links(site, page, source, md, targets));
    }
    diags
}

/// [`check_content_links`] for one page, whose Markdown is written in `source`.
pub(crate) fn page_content_links(
    site: &Site,
    page: &Page,
    source: &SourcePage,
    md: &RenderedMarkdown,
    targets: &LinkTargets,
) -> Diagnostics {
    let mut diags = Diagnostics::new();
    let url = site.url(page);
    let shown_as = match page.fallback {
        true => format!(" (on {url}, where this page stands in for a missing translation)"),
        false => String::new(),
    };
    for link in md.links.iter().filter(|l| !targets.resolves(&l.url, &url)) {
        let pos = position_of(&source.source.text, link.offset);
        diags.push(
            Diagnostic::error(
                "link.broken",
                format!(
                    "broken link `{}`: no such page or file in the site{shown_as}",
                    link.url
                ),
            )
            .at_source(&source.source, pos, link.url.chars().count())
            .with_hint(
                "link to other pages as `@/file.md`; Faro writes the right URL for each language",
            ),
        );
    }
    diags
}
