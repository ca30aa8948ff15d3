//! Re-rendering after an edit without rebuilding the site, for `faro serve`.
//!
//! A [`Session`] is a web-only build kept in memory: the campaign as loaded,
//! the site model, every page's Markdown, the templates, the shared contexts
//! and the link targets. [`Session::apply`] takes the files an edit changed
//! and, when the edit is one it knows how to follow, re-renders only what it
//! changes; for anything else it answers `None`, and the caller makes a full
//! build (which makes a new session). What it follows is chosen so that the
//! result is the same, byte for byte, as a full build of the same files:
//!
//! - one Markdown page of the campaign whose front matter is unchanged (its
//!   text, to the byte) and whose new version reads. Nothing another page
//!   shows comes from a page's body (menus, cards, titles, switchers and
//!   alternates come from front matter and file names), so the model and the
//!   shared contexts stay; the page and the fallback pages built from it in
//!   other languages are re-rendered. The checks that read a page's body are
//!   run again (its to-dos, Markdown, content links, template output, and the
//!   essential pages' translations, which record a hash of the original); an
//!   edit that brings an error, or adds or drops an image, is left to a full
//!   build, so that its report and its files are exactly a build's.
//!
//! Front matter, a new or removed page, campaign.yaml, strings, templates,
//! themes and images all go to a full build.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Instant;

use super::progress::Silent;
use super::stages::{string_errors, Kept};
use super::{build_keeping, BuildOptions, BuildReport};
use crate::campaign::content::{self, SourcePage};
use crate::campaign::load::Campaign;
use crate::campaign::site::{DetachedSite, Site};
use crate::campaign::{essential, todos};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::output::staging::OutputFile;
use crate::web::images::ImageRegistry;
use crate::web::markdown::helpline_links;
use crate::web::markdown::RenderedMarkdown;
use crate::web::page_markdown::{page_content_links, page_markdown};
use crate::web::render::{Downloads, WebRenderer};

/// A web-only build kept in memory, to re-render what an edit changes.
pub(crate) struct Session {
    options: BuildOptions,
    /// The campaign folder, canonical (changed files are found under it).
    real_dir: PathBuf,
    campaign: Campaign,
    /// `None` only while [`Session::apply`] runs.
    site: Option<DetachedSite>,
    kept: Kept,
    /// The last report (its warnings are the current ones).
    report: BuildReport,
}

/// The files an edit changed, re-rendered.
pub(crate) struct Applied {
    /// The report a full build would have made.
    pub report: BuildReport,
    /// The re-rendered files (every other file is as the last build wrote it).
    pub files: Vec<OutputFile>,
}

impl Session {
    /// Builds `campaign_dir` for the web into `out_dir` as [`super::build`]
    /// does, and keeps what it loaded and rendered when it succeeds.
    pub(crate) fn build(
        campaign_dir: &Path,
        out_dir: &Path,
        options: &BuildOptions,
    ) -> (Result<BuildReport, Diagnostics>, Option<Session>) {
        let options = BuildOptions {
            web_only: true,
            ..options.clone()
        };
        let (result, kept) = build_keeping(campaign_dir, out_dir, &options, &Silent);
        let real_dir = campaign_dir.canonicalize();
        let session = match (&result, kept, real_dir) {
            (Ok(report), Some((campaign, kept)), Ok(real_dir)) => Some(Session {
                options,
                real_dir,
                campaign,
                site: Some(kept.site),
                kept: Kept {
                    site: DetachedSite::default(),
                    ..kept
                },
                report: clone_report(report),
            }),
            _ => None,
        };
        (result, session)
    }

    /// Follows an edit of `changed` (paths as the watcher reports them) if it
    /// is one this session knows how to follow; `None` otherwise, and then
    /// the session is no longer usable: make a new one with a full build.
    pub(crate) fn apply(&mut self, changed: &[PathBuf]) -> Option<Applied> {
        let start = Instant::now();
        let changed: Vec<&PathBuf> = changed.iter().filter(|p| !vanished_scratch(p)).collect();
        let [path] = changed[..] else {
            return None;
        };
        // A removed file has no real path: that is a full build's work.
        let path = path.canonicalize().ok()?;
        let relative = path.strip_prefix(&self.real_dir).ok()?;
        let index = self
            .campaign
            .pages
            .iter()
            .position(|p| p.relative == relative)?;
        let new = self.reread(index)?;
        let site = self.site.take()?;
        let (before, site) = self.body_checks(site, index);
        self.campaign.pages[index] = new;
        let (after, site) = self.body_checks(site, index);
        let site = Site::attach(&self.campaign, site);
        // An image added or dropped changes the site's files: a full build.
        if after.images != before.images {
            return None;
        }
        let mut warnings: Vec<Diagnostic> = self.report.warnings.iter().cloned().collect();
        warnings.retain(|w| !before.diags.iter().any(|b| same(w, b)));
        warnings.extend(after.diags);
        let renderer = WebRenderer::new(
            &site,
            &self.kept.templates,
            self.kept.contexts.clone(),
            Downloads::default(),
        );
        let files = Mutex::new(Vec::new());
        let sink = |file: OutputFile| {
            files.lock().unwrap_or_else(|e| e.into_inner()).push(file);
            Ok(())
        };
        let pages: Vec<_> = after
            .markdown
            .iter()
            .map(|(i, md)| (&site.pages[*i], md))
            .collect();
        let rendered = renderer.some_pages(&pages, &self.kept.targets, &sink);
        warnings.extend(rendered);
        warnings.extend(string_errors(&self.campaign, &self.kept.templates));
        let warnings: Diagnostics = warnings.into_iter().collect();
        if warnings.has_errors() {
            return None;
        }
        drop(renderer);
        for (i, md) in after.markdown {
            self.kept.markdown[i] = md;
        }
        self.site = Some(site.detach());
        self.report.warnings = warnings.deduplicated();
        self.report.elapsed = start.elapsed();
        Some(Applied {
            report: clone_report(&self.report),
            files: files.into_inner().unwrap_or_else(|e| e.into_inner()),
        })
    }

    /// The new version of page `index` if it reads and its front matter
    /// (and so its key and every field another page shows) is unchanged.
    fn reread(&self, index: usize) -> Option<SourcePage> {
        let old = &self.campaign.pages[index];
        let dir = &self.campaign.dir;
        let within = dir.join("content").join(&old.locale);
        let key = old
            .source
            .path
            .strip_prefix(&within)
            .ok()?
            .with_extension("")
            .to_string_lossy()
            .replace('\\', "/");
        let new = content::load_page(dir, &old.source.path, &old.locale, key).ok()?;
        let front = |p: &SourcePage| p.source.text[..p.body_offset].to_string();
        (front(&new) == front(old) && new.key == old.key).then_some(new)
    }

    /// The checks that read the body of page `index`, with the Markdown of
    /// the pages of the model built from it.
    fn body_checks(&self, site: DetachedSite, index: usize) -> (BodyChecks, DetachedSite) {
        let campaign = &self.campaign;
        let site = Site::attach(campaign, site);
        let source = &campaign.pages[index];
        let regional = todos::regional_words(campaign.settings.forked_from.as_ref());
        let mut diags = todos::scan_file(&source.source, &regional, self.options.draft);
        // Translations record the hash of an essential page's original; other
        // pages' text is not checked there (and front matter is unchanged).
        if essential::keys(&campaign.settings).contains(&source.key) {
            diags.extend(essential::check(campaign, self.options.draft));
        }
        // Only the page's language: all of them costs a pass over every page.
        let locale = source.locale.as_str();
        let phones = BTreeMap::from([(locale, helpline_links(campaign, locale))]);
        // The images this page uses, apart from the kept ones of every page
        // (which has them all already when the page uses the same ones).
        let images = ImageRegistry::new(&campaign.dir, &campaign.settings.base_path);
        let mut markdown = Vec::new();
        for (i, page) in site.pages.iter().enumerate() {
            if page.source != index {
                continue;
            }
            let (md, md_diags) = page_markdown(&site, page, source, &images, &phones);
            diags.extend(md_diags);
            let targets = &self.kept.targets;
            diags.extend(page_content_links(&site, page, source, &md, targets));
            markdown.push((i, md));
        }
        let images = images.output_paths();
        let checks = BodyChecks {
            diags,
            markdown,
            images,
        };
        (checks, site.detach())
    }
}

/// A file that an editor or a tool wrote beside the one it saved and renamed
/// over it, so that it is gone already: no longer there, and named like no
/// file Faro reads (no extension, hidden, or a temporary name), such as the
/// `sedAbC123` of `sed -i` or the `.goutputstream-…` of GNOME's editors.
fn vanished_scratch(path: &Path) -> bool {
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
        return false;
    };
    let scratch = !name.contains('.') || name.starts_with('.') || name.contains("tmp");
    scratch && !path.exists()
}

/// What [`Session::body_checks`] found.
struct BodyChecks {
    diags: Diagnostics,
    /// The new Markdown of each page (by index in the model) built from the page.
    markdown: Vec<(usize, RenderedMarkdown)>,
    /// The files of the images the page uses.
    images: Vec<String>,
}

/// The same finding (as [`Diagnostics::deduplicated`] tells them apart).
fn same(a: &Diagnostic, b: &Diagnostic) -> bool {
    a.severity == b.severity
        && a.file == b.file
        && a.position == b.position
        && a.message == b.message
}

fn clone_report(r: &BuildReport) -> BuildReport {
    BuildReport {
        id: r.id.clone(),
        out_dir: r.out_dir.clone(),
        pages_per_locale: r.pages_per_locale.clone(),
        fallbacks_per_locale: r.fallbacks_per_locale.clone(),
        assets: r.assets,
        warnings: r.warnings.clone(),
        elapsed: r.elapsed,
    }
}

#[cfg(test)]
mod tests {
    use super::vanished_scratch;

    #[test]
    fn only_gone_scratch_files_are_left_out_of_an_edit() {
        let tmp = tempfile::tempdir().unwrap();
        let at = |name: &str| tmp.path().join(name);
        for gone in [
            "sedAbC123",
            ".goutputstream-XYZ",
            "about.md.tmp",
            "x___jb_tmp___",
        ] {
            assert!(vanished_scratch(&at(gone)), "{gone}");
        }
        // A page, a template or an image that is gone is an edit of its own.
        for gone in ["about.md", "page.html", "photo.png", "campaign.ftl"] {
            assert!(!vanished_scratch(&at(gone)), "{gone}");
        }
        std::fs::write(at("sedAbC123"), "still there").unwrap();
        assert!(!vanished_scratch(&at("sedAbC123")));
    }
}
