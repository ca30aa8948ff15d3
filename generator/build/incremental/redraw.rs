//! Which pages an edit re-renders, and in which batches: an edit that
//! changes many pages re-renders the edited pages and those open in a
//! browser first, so that the browser shows the edit at once, and the rest
//! after (requests for those wait, serve/builder.rs).

use std::collections::BTreeSet;

use crate::campaign::site::Site;

/// An edit that re-renders more pages than this is re-rendered in two
/// batches: first the pages built from the edited pages and those open in a
/// browser ([`super::Session::apply`]'s `open`), which are then served, and the
/// rest right after ([`super::Session::render_rest`]), which requests wait for.
/// `FARO_SERVE_FIRST_BATCH` sets another number (tests split every edit).
pub(super) const FIRST_BATCH: usize = 64;

fn first_batch() -> usize {
    let set = std::env::var("FARO_SERVE_FIRST_BATCH").ok();
    set.and_then(|n| n.parse().ok()).unwrap_or(FIRST_BATCH)
}

/// Pages an edit changed that are not re-rendered yet (indexes in the model).
#[derive(Default)]
pub(crate) struct Rest {
    pub(super) pages: Vec<usize>,
    /// Their files' paths (`en/about/index.html`).
    pub paths: BTreeSet<String>,
}

/// What an edit's re-render shows: which pages of the model, and whether
/// the special pages (chooser, 404, Materials) too.
pub(super) struct Redraw {
    pub(super) pages: Vec<usize>,
    pub(super) special: bool,
}

impl Redraw {
    /// The pages to re-render first (all of them, when they are few; else
    /// those built from the `edited` pages and those `open` in a browser),
    /// and the rest.
    pub(super) fn split(
        &self,
        site: &Site,
        edited: &[usize],
        open: &BTreeSet<String>,
    ) -> (Vec<usize>, Rest) {
        if self.pages.len() <= first_batch() {
            return (self.pages.clone(), Rest::default());
        }
        let path = |i: usize| format!("{}index.html", site.pages[i].path);
        let (first, later): (Vec<usize>, Vec<usize>) = self
            .pages
            .iter()
            .partition(|&&i| edited.contains(&site.pages[i].source) || open.contains(&path(i)));
        let paths = later.iter().map(|&i| path(i)).collect();
        (
            first,
            Rest {
                pages: later,
                paths,
            },
        )
    }
}
