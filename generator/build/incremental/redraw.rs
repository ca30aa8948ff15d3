//! Which pages an edit re-renders, and in which batches: an edit that
//! changes many pages re-renders the edited pages and those open in a
//! browser first, so that the browser shows the edit at once, and the rest
//! after (requests for those wait, serve/builder.rs).

use std::collections::{BTreeSet, HashSet};
use std::sync::OnceLock;
use std::time::Instant;

use rayon::prelude::*;

use super::{changes, clone_report, string_errors, Session};
use crate::build::BuildReport;
use crate::campaign::site::{Page, Site};
use crate::diagnostics::Diagnostics;
use crate::web::markdown::RenderedMarkdown;
use crate::web::page_markdown::generated_html_paths;
use crate::web::render::{Downloads, Sink, WebRenderer};
use crate::web::shared_contexts::SharedContexts;
use crate::web::templates::{self, Templates};

/// An edit that re-renders more pages than this is re-rendered in two
/// batches: first the pages built from the edited pages and those open in a
/// browser ([`super::Session::apply`]'s `open`), which are then served, and the
/// rest right after ([`super::Session::render_rest`]), which requests wait for.
/// `FARO_SERVE_FIRST_BATCH` sets another number (tests split every edit).
pub(super) const FIRST_BATCH: usize = 64;

/// `FARO_SERVE_FIRST_BATCH`, when set to a number (read once).
fn first_batch_set() -> Option<usize> {
    static SET: OnceLock<Option<usize>> = OnceLock::new();
    *SET.get_or_init(|| {
        let set = std::env::var("FARO_SERVE_FIRST_BATCH").ok();
        set.and_then(|n| n.parse().ok())
    })
}

fn first_batch() -> usize {
    first_batch_set().unwrap_or(FIRST_BATCH)
}

/// Pages an edit changed that are not re-rendered yet (indexes in the model).
#[derive(Default)]
pub(crate) struct Rest {
    pub(super) pages: Vec<usize>,
    /// The special pages (chooser, 404, Materials) too.
    pub(super) special: bool,
    /// Their files' paths (`en/about/index.html`).
    pub paths: BTreeSet<String>,
}

/// What an edit's re-render shows: which pages of the model, and whether
/// the special pages (chooser, 404, Materials) too.
pub(super) struct Redraw {
    pub(super) pages: Vec<usize>,
    pub(super) special: bool,
}

impl Session {
    /// The pages an edit changes: every page when what every page shows
    /// changed; otherwise the pages built from an `edited` page, every page
    /// of a locale whose context changed, every page rendered with a
    /// template that uses a changed one, and the pages that show a changed
    /// string (`strings`: the files that do, when the strings changed).
    pub(super) fn redraw(
        &self,
        site: &Site,
        templates: &Templates,
        contexts: &SharedContexts,
        changed_templates: &[String],
        edited: &BTreeSet<usize>,
        strings: Option<&HashSet<String>>,
    ) -> Redraw {
        let changes = contexts.changes_from(&self.kept.contexts);
        let users = changes::users_of(templates, changed_templates);
        // The parts are rendered once per language and shown by every page,
        // whichever template it has.
        let parts = templates::part_templates().any(|t| users.contains(t));
        let everything = changes.site || parts;
        let strings = strings.filter(|files| !files.is_empty());
        let shows_string =
            |page: &Page| strings.is_some_and(|files| files.contains(&page.file_path()));
        let pages: Vec<usize> = (0..site.pages.len())
            .filter(|&i| {
                let page = &site.pages[i];
                let source = &self.campaign.pages[page.source];
                everything
                    || edited.contains(&page.source)
                    || changes.locales.contains(&page.locale)
                    || (!users.is_empty() && users.contains(&templates.for_page(page, source)))
                    || shows_string(page)
            })
            .collect();
        // The files noted are the pages and the special pages: those of the
        // files that are no page.
        let special_strings = strings.is_some_and(|files| {
            let pages_showing = pages.iter().filter(|&&i| shows_string(&site.pages[i]));
            files.len() > pages_showing.count()
        });
        let special = everything
            || special_strings
            || !changes.locales.is_empty()
            || ["chooser.html", "404.html", "materials.html"]
                .iter()
                .any(|t| users.contains(*t));
        Redraw { pages, special }
    }
}

impl Redraw {
    /// What to re-render first (all of it, when it is little; else the
    /// pages built from the `edited` pages and those `open` in a browser, with
    /// the special pages when one is open), and the rest.
    pub(super) fn split(
        &self,
        site: &Site,
        edited: &BTreeSet<usize>,
        open: &BTreeSet<String>,
    ) -> (Redraw, Rest) {
        if self.pages.len() <= first_batch() {
            let all = Redraw {
                pages: self.pages.clone(),
                special: self.special,
            };
            return (all, Rest::default());
        }
        let special_paths = generated_html_paths(site);
        let special_first = self.special && special_paths.iter().any(|p| open.contains(p));
        let special_later = self.special && !special_first;
        let (mut first, mut later, mut paths) = (Vec::new(), Vec::new(), BTreeSet::new());
        for &i in &self.pages {
            let path = site.pages[i].file_path();
            if edited.contains(&site.pages[i].source) || open.contains(&path) {
                first.push(i);
            } else {
                later.push(i);
                paths.insert(path);
            }
        }
        if special_later {
            paths.extend(special_paths);
        }
        let first = Redraw {
            pages: first,
            special: special_first,
        };
        let rest = Rest {
            pages: later,
            special: special_later,
            paths,
        };
        (first, rest)
    }
}

/// The pages an edit left for later, re-rendered ([`Session::render_rest`]).
pub(crate) struct RestDone {
    /// How many files were re-rendered.
    pub count: usize,
    /// The report a full build would have made.
    pub report: BuildReport,
    /// How many files were left for the next edit, which came meanwhile
    /// (their paths are still pending in the generation the first batch
    /// made, and the next edit lists them again).
    pub left: usize,
}

impl Session {
    /// Re-renders the pages an edit left for later ([`super::Applied::rest`])
    /// into `sink`, until done or `interrupted` (a newer edit waits: the
    /// pages not started are then re-rendered with that edit's; each page
    /// looks, so that the edit waits for the pages being rendered only, not
    /// for a chunk of them: 64 pages were 15–40 ms on a loaded 2-core
    /// machine); `None` when that finds an error (then make a full build,
    /// whose report is the one to show).
    pub(crate) fn render_rest(
        &mut self,
        rest: Rest,
        interrupted: &(dyn Fn() -> bool + Sync),
        sink: Sink,
    ) -> Option<RestDone> {
        let start = Instant::now();
        let site = Site::attach(&self.campaign, self.site.take()?);
        let mut diags = Diagnostics::new();
        let contexts = self.kept.contexts.clone();
        let templates = &self.kept.templates;
        let renderer = WebRenderer::new(&site, templates, contexts, Downloads::default())
            .noting_strings(self.kept.string_uses.clone());
        let (targets, markdown) = (&self.kept.targets, &self.kept.markdown);
        let found: Vec<Option<Diagnostics>> = rest
            .pages
            .par_iter()
            .map(|&i| {
                let page: [(&Page, &RenderedMarkdown); 1] = [(&site.pages[i], &markdown[i])];
                (!interrupted()).then(|| renderer.some_pages(&page, false, targets, sink))
            })
            .collect();
        let mut left = Vec::new();
        for (&i, found) in rest.pages.iter().zip(found) {
            match found {
                Some(found) => diags.extend(found),
                None => left.push(i),
            }
        }
        // The special pages last, once every page is done.
        let special_done = rest.special && left.is_empty();
        if special_done {
            diags.extend(renderer.some_pages(&[], true, &self.kept.targets, sink));
        }
        drop(renderer);
        // Every page re-rendered: the fallbacks are the whole site's again
        // (those the rest no longer shows are dropped).
        let fallbacks = left.is_empty().then(|| {
            self.format_every_call();
            string_errors(&self.campaign, &self.kept.templates)
        });
        if diags.has_errors() || fallbacks.as_ref().is_some_and(Diagnostics::has_errors) {
            return None;
        }
        let special_count = generated_html_paths(&site).len();
        self.unfinished_special = rest.special && !special_done;
        let special_left = if self.unfinished_special {
            special_count
        } else {
            0
        };
        let special_done = if special_done { special_count } else { 0 };
        self.unfinished = left.clone();
        self.site = Some(site.detach());
        let mut warnings = std::mem::take(&mut self.report.warnings);
        if let Some(found) = fallbacks {
            let others = warnings.into_iter().filter(|w| w.code != "i18n.fallback");
            warnings = others.chain(found).collect();
        }
        warnings.extend(diags);
        self.report.warnings = warnings.deduplicated();
        self.report.elapsed += start.elapsed();
        Some(RestDone {
            count: rest.pages.len() - left.len() + special_done,
            report: clone_report(&self.report),
            left: left.len() + special_left,
        })
    }
}
