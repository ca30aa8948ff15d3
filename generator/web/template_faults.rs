//! Faults in the HTML that templates write around page content (broken links,
//! resources from other hosts), reported once per URL however many pages show
//! them, and located in the template source where the URL is written.

use std::path::PathBuf;

use crate::diagnostics::render::counted;
use crate::diagnostics::{position_of, Diagnostic, Diagnostics};
use crate::untrusted::urls::{refused_in_attribute, shown};
use crate::web::templates::Templates;

/// What is wrong in a template's own output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Fault {
    /// A link to nothing in the site.
    BrokenLink,
    /// A resource fetched from another host.
    ExternalRequest,
    /// A `javascript:`, `vbscript:` or `data:` URL.
    ScriptUrl,
}

/// A fault found on one page.
#[derive(Debug)]
pub(crate) struct TemplateFault {
    /// What is wrong.
    pub fault: Fault,
    /// The page's template.
    pub template: String,
    /// The URL at fault.
    pub url: String,
    /// The page's output path.
    pub page: String,
    /// The file the page comes from.
    pub origin: PathBuf,
}

/// One diagnostic per fault and URL. A partial with a broken link would
/// otherwise be reported once for every page.
pub(crate) fn report_faults(mut faults: Vec<TemplateFault>, templates: &Templates) -> Diagnostics {
    faults.sort_by(|a, b| (a.fault, &a.url, &a.page).cmp(&(b.fault, &b.url, &b.page)));
    let mut diags = Diagnostics::new();
    for group in faults.chunk_by(|a, b| (a.fault, &a.url) == (b.fault, &b.url)) {
        let first = &group[0];
        let mut names: Vec<&str> = group.iter().map(|f| f.template.as_str()).collect();
        names.sort_unstable();
        names.dedup();
        let d = diagnostic(first.fault, &first.url, &names, &pages(group));
        // Point at the URL in the template source (often a partial) when it is
        // written there as it is; otherwise at the page that shows it.
        diags.push(match templates.find_text(&first.url) {
            Some((src, at)) => {
                d.at_source(src, position_of(&src.text, at), first.url.chars().count())
            }
            None => d.in_file(&first.origin),
        });
    }
    diags
}

fn pages(group: &[TemplateFault]) -> String {
    match group.len() {
        1 => format!("/{}", group[0].page),
        n => format!("/{} and {}", group[0].page, counted(n - 1, "other page")),
    }
}

fn diagnostic(fault: Fault, url: &str, templates: &[&str], pages: &str) -> Diagnostic {
    let by = match templates {
        [one] => format!("template `{one}`"),
        many => format!("templates `{}`", many.join("`, `")),
    };
    match fault {
        Fault::BrokenLink => Diagnostic::error(
            "link.broken",
            format!("{by}: broken link `{url}` on {pages}"),
        )
        .with_hint("check the template's URLs; use the URLs given in the page context"),
        Fault::ExternalRequest => Diagnostic::error(
            "safety.external-request",
            format!("{by}: visitors' browsers would fetch `{url}` from another host on {pages}"),
        )
        .with_hint(
            "copy the file into the theme's static/ folder: pages never load anything from other hosts",
        ),
        Fault::ScriptUrl => {
            let scheme = refused_in_attribute(url).unwrap_or("javascript");
            Diagnostic::error(
                "safety.script-url",
                format!("{by}: a `{scheme}:` URL `{}` on {pages}", shown(url)),
            )
            .with_hint("link to pages, websites, `mailto:` or `tel:`: no page may run a script from a URL, and `data:` URLs can hold whole pages with scripts")
        }
    }
}

/// The parts of `html` before and after `content` (all of it when `content` is
/// empty or not written as it is).
pub(crate) fn outside<'h>(html: &'h str, content: &str) -> [&'h str; 2] {
    // The content's first byte found, then the rest compared: a substring
    // searcher set up for the content (or its first 64 bytes) on every page
    // cost more than the search (it showed in the build profile).
    let found = content.as_bytes().first().and_then(|&first| {
        let at = memchr::memchr_iter(first, html.as_bytes())
            .find(|&i| html.as_bytes()[i..].starts_with(content.as_bytes()))?;
        Some((at, content.len()))
    });
    match found {
        Some((at, len)) => [&html[..at], &html[at + len..]],
        None => [html, ""],
    }
}

#[cfg(test)]
mod tests {
    use super::outside;

    #[test]
    fn only_the_template_s_own_output_is_left_to_check() {
        let html = "<header><a href=/a/>a</a></header><main><p>body</p></main><footer>f</footer>";
        assert_eq!(
            outside(html, "<p>body</p>"),
            [
                "<header><a href=/a/>a</a></header><main>",
                "</main><footer>f</footer>"
            ]
        );
        // Content the template changed, or none: everything is checked.
        assert_eq!(outside(html, "<p>other</p>"), [html, ""]);
        assert_eq!(outside(html, ""), [html, ""]);
    }
}
