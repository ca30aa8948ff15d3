//! The checks an edit is followed by: those that read the edited pages and
//! `.ftl` files, run on the campaign before and after the edit, so that the
//! report after it is the last one without what the edit took away and with
//! what it brought (as a full build would report).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use super::changes::Edit;
use super::Session;
use crate::campaign::load::Campaign;
use crate::campaign::site::{DetachedSite, Site};
use crate::campaign::{essential, print_assets, todos};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::web::images::ImageRegistry;
use crate::web::markdown::{helpline_links, RenderedMarkdown};
use crate::web::page_markdown::{page_content_links, page_markdown};

/// What [`Session::body_checks`] found.
pub(super) struct BodyChecks {
    pub(super) diags: Diagnostics,
    /// The new Markdown of each page (by index in the model) built from the pages.
    pub(super) markdown: Vec<(usize, RenderedMarkdown)>,
    /// The files of the images the pages use, sorted.
    pub(super) images: Vec<String>,
}

impl Session {
    /// The checks of the edited pages on the campaign as it was (and the
    /// model's, when `model`: a page may have moved), with the to-dos the
    /// edited `.ftl` files had and, when strings changed, what the checks
    /// of strings found.
    pub(super) fn checks_before(
        &self,
        detached: DetachedSite,
        edit: &Edit,
        model: bool,
    ) -> (BodyChecks, DetachedSite) {
        let site = Site::attach(&self.campaign, detached);
        let edited: BTreeSet<usize> = edit.pages.iter().map(|(i, _)| *i).collect();
        let mut checks = self.body_checks(&site, &edited);
        if model {
            Site::new(&self.campaign, &mut checks.diags);
        }
        let strings: Vec<&Path> = edit
            .strings
            .iter()
            .flatten()
            .map(PathBuf::as_path)
            .collect();
        let was_todo = |d: &&Diagnostic| {
            d.code.starts_with("todo.") && d.file.as_deref().is_some_and(|f| strings.contains(&f))
        };
        let old = self.report.warnings.iter().filter(was_todo).cloned();
        checks.diags.extend(old);
        // Found again after the re-render: every fallback to the default
        // locale (string_uses.rs), and the misplaced piece markers of the
        // templates the edit changes.
        let pieces = self.template_files(&super::changes::users_of(
            &self.kept.templates,
            &edit.templates,
        ));
        let found_again = |d: &&Diagnostic| {
            d.code == "i18n.fallback"
                || d.code == "template.pieces"
                    && d.file.as_ref().is_some_and(|f| pieces.contains(f))
        };
        let old = self.report.warnings.iter().filter(found_again).cloned();
        checks.diags.extend(old);
        if !edit.strings.is_empty() {
            checks
                .diags
                .extend(string_checks(&self.campaign, self.options.draft));
        }
        (checks, site.detach())
    }

    /// The source files of the templates `names`.
    fn template_files(&self, names: &BTreeSet<String>) -> BTreeSet<PathBuf> {
        names
            .iter()
            .filter_map(|name| self.kept.templates.origin(name))
            .map(|source| source.path.clone())
            .collect()
    }

    /// The warnings after an edit: the last ones but those found `before`
    /// in what the edit changed, and those found `after`.
    pub(super) fn warnings(&self, before: Diagnostics, after: Diagnostics) -> Diagnostics {
        let mut warnings: Vec<Diagnostic> = self.report.warnings.iter().cloned().collect();
        warnings.retain(|w| !before.iter().any(|b| same(w, b)));
        warnings.extend(after);
        let warnings: Diagnostics = warnings.into_iter().collect();
        warnings.deduplicated()
    }

    /// The checks that read the body of the pages `edited` (indexes in the
    /// campaign's pages), with the Markdown of the pages of the model built
    /// from them.
    pub(super) fn body_checks(&self, site: &Site, edited: &BTreeSet<usize>) -> BodyChecks {
        let campaign = &self.campaign;
        let regional = todos::regional_words(campaign.settings.forked_from.as_ref());
        let essential = essential::keys(&campaign.settings);
        let mut diags = Diagnostics::new();
        // The images these pages use, apart from the kept ones of every page
        // (which has them all already when the pages use the same ones).
        let images = ImageRegistry::new(&campaign.dir, &campaign.settings.base_path);
        let mut markdown = Vec::new();
        for &index in edited {
            let source = &campaign.pages[index];
            diags.extend(todos::scan_file(
                &source.source,
                &regional,
                self.options.draft,
            ));
            // Only the page's language: all of them costs a pass over every page.
            let locale = source.locale.as_str();
            let phones = BTreeMap::from([(locale, helpline_links(campaign, locale))]);
            for (i, page) in site.pages.iter().enumerate() {
                if page.source != index {
                    continue;
                }
                let (md, md_diags) = page_markdown(site, page, source, &images, &phones);
                diags.extend(md_diags);
                let targets = &self.kept.targets;
                diags.extend(page_content_links(site, page, source, &md, targets));
                markdown.push((i, md));
            }
        }
        // Translations record the hash of an essential page's original; other
        // pages' text is not checked there. The check covers the campaign.
        if edited
            .iter()
            .any(|&i| essential.contains(&campaign.pages[i].key))
        {
            let changes = crate::translate::changes::finder(&campaign.dir);
            diags.extend(essential::check(campaign, self.options.draft, &changes));
        }
        let mut images = images.output_paths();
        images.sort();
        BodyChecks {
            diags,
            markdown,
            images,
        }
    }
}

/// The checks of a campaign's strings a build makes besides rendering: the
/// print assets' strings (asked for, so that a missing one is an error, and
/// their translations).
pub(super) fn string_checks(campaign: &Campaign, draft: bool) -> Diagnostics {
    print_assets::ask_for_strings(campaign);
    essential::check_print_strings(campaign, draft)
}

/// The to-dos of the campaign's edited `.ftl` files, as they are now.
pub(super) fn ftl_todos(
    strings: &[Option<PathBuf>],
    campaign: &Campaign,
    draft: bool,
) -> Diagnostics {
    let regional = todos::regional_words(campaign.settings.forked_from.as_ref());
    let mut diags = Diagnostics::new();
    for path in strings.iter().flatten() {
        if let Ok(text) = crate::untrusted::files::read_text(path) {
            let source = crate::diagnostics::SourceText {
                path: path.clone(),
                text: text.into(),
            };
            diags.extend(todos::scan_file(&source, &regional, draft));
        }
    }
    diags
}

/// The same finding (as [`Diagnostics::deduplicated`] tells them apart).
fn same(a: &Diagnostic, b: &Diagnostic) -> bool {
    a.severity == b.severity
        && a.file == b.file
        && a.position == b.position
        && a.message == b.message
}
