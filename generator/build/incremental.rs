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
//! - existing Markdown pages whose new versions read. A page's body is shown
//!   by that page and the fallback pages built from it only. Its front
//!   matter may change what other pages show (menu labels, the home page's
//!   cards). When it changes a page's key, slug, weight or `untranslated`
//!   mark, the model is made again and must place every page as before
//!   (same paths, order and fallbacks; otherwise a full build); the shared
//!   contexts are made again, and every page of a locale whose context
//!   changed is re-rendered with that locale's special pages.
//! - `.ftl` strings of the campaign's locales: read again, and the files
//!   that show a string whose text changed re-rendered (the build notes the
//!   calls of `t()` each file makes, web/string_uses.rs); an edit that
//!   changes a Materials page's address or the phone links of page text is
//!   a full build.
//! - templates: read again, and the pages rendered with a template that
//!   uses one that changed (extends, includes or imports it) re-rendered.
//!
//! The checks that read an edited page are run again (its to-dos, Markdown,
//! content links, the model's checks when front matter changed, and the
//! essential pages' translations, which record a hash of the original), and
//! every re-rendered page's template output is checked. An edit that brings
//! an error, or adds or drops an image, is left to a full build, so that its
//! report and its files are exactly a build's. A new or removed file,
//! campaign.yaml, themes and images all go to a full build.
//! An edit that re-renders more than [`redraw::FIRST_BATCH`] pages does it in two
//! batches: the edited pages and those open in a browser first, so that the
//! browser shows the edit at once, and the rest ([`Session::render_rest`],
//! however many: a base template's edit re-renders every page), which the
//! preview writes into its folder as they come (serve/builder.rs).

mod changes;
mod checks;
mod redraw;
mod strings;

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Instant;

use super::progress::Silent;
use super::stages::{string_errors, Kept, Timer};
use super::{build_keeping, BuildOptions, BuildReport};
use crate::campaign::load::Campaign;
use crate::campaign::site::{DetachedSite, Page, Site};
use crate::diagnostics::Diagnostics;
use crate::output::staging::OutputFile;
use crate::web::images::ImageRegistry;
use crate::web::markdown::RenderedMarkdown;
use crate::web::render::{Downloads, WebRenderer};
use crate::web::shared_contexts::SharedContexts;
use crate::web::statics::Statics;
use crate::web::string_uses::StringUses;
use crate::web::templates::{self, Templates};
use checks::{ftl_todos, string_checks};
pub(crate) use redraw::{Rest, RestDone};

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
    /// Pages an edit changed that are not re-rendered yet, because a newer
    /// edit came first: that one re-renders them too.
    unfinished: Vec<usize>,
    /// Likewise the special pages (chooser, 404, Materials).
    unfinished_special: bool,
}

/// The files an edit changed, re-rendered.
pub(crate) struct Applied {
    /// The report a full build would have made.
    pub report: BuildReport,
    /// The re-rendered files (every other file is as the last build wrote it).
    pub files: Vec<OutputFile>,
    /// The pages still to re-render, with [`Session::render_rest`], before
    /// the site is a build's again (none for most edits).
    pub rest: Rest,
}

/// An edit read and checked, to re-render.
struct Followed {
    /// The edited pages (indexes in the campaign's pages).
    edited: BTreeSet<usize>,
    /// The names of the edited templates.
    templates: Vec<String>,
    /// When the strings changed: the files that show one whose text did.
    strings: Option<HashSet<String>>,
    /// An edited page's front matter changed.
    front_matter: bool,
    /// What the checks found in the edited files before the edit.
    before: Diagnostics,
    /// What they found after it.
    after: Diagnostics,
    /// The new Markdown of the pages built from the edited pages, by index
    /// in the model.
    markdown: BTreeMap<usize, RenderedMarkdown>,
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
        let uses = Some(Arc::new(StringUses::default()));
        let (result, kept) = build_keeping(campaign_dir, out_dir, &options, &Silent, uses);
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
                unfinished: Vec::new(),
                unfinished_special: false,
            }),
            _ => None,
        };
        (result, session)
    }

    /// Follows an edit of `changed` (paths as the watcher reports them) if it
    /// is one this session knows how to follow; `None` otherwise, and then
    /// the session is no longer usable: make a new one with a full build.
    /// When the edit changes many pages, those of `open` (files' paths, such
    /// as `en/about/index.html`: pages open in a browser) are re-rendered
    /// first, with the edited ones, and the others are left in
    /// [`Applied::rest`].
    pub(crate) fn apply(
        &mut self,
        changed: &[PathBuf],
        open: &BTreeSet<String>,
    ) -> Option<Applied> {
        let start = Instant::now();
        // `FARO_TIMINGS=1 faro serve` prints where an edit's time goes.
        let timer = Timer::from_env(&Silent);
        let edit = changes::read(
            &self.campaign,
            &self.real_dir,
            &self.kept.templates,
            changed,
        )?;
        let front_matter = edit.front_matter_changed(&self.campaign);
        // The model is made again only when a page may have moved.
        let model = front_matter && edit.moves_pages(&self.campaign);
        let edited: BTreeSet<usize> = edit.pages.iter().map(|(i, _)| *i).collect();
        timer.lap("read");
        let detached = self.site.take()?;
        let (before, detached) = self.checks_before(detached, &edit, model);
        timer.lap("before");
        let mut after = Diagnostics::new();
        for (i, page) in edit.pages {
            self.campaign.pages[i] = page;
        }
        let strings = match edit.strings.is_empty() {
            true => None,
            false => Some(self.strings_again(&mut after)?),
        };
        let site = if model {
            let site = Site::new(&self.campaign, &mut after);
            site.same_pages(&detached).then_some(site)?
        } else {
            Site::attach(&self.campaign, detached)
        };
        timer.lap("model");
        let checked = self.body_checks(&site, &edited);
        timer.lap("checks");
        // An image added or dropped changes the site's files: a full build.
        if checked.images != before.images {
            return None;
        }
        after.extend(checked.diags);
        after.extend(ftl_todos(&edit.strings, &self.campaign, self.options.draft));
        if strings.is_some() {
            after.extend(string_checks(&self.campaign, self.options.draft));
        }
        let followed = Followed {
            edited,
            templates: edit.templates,
            strings,
            front_matter,
            before: before.diags,
            after,
            markdown: checked.markdown.into_iter().collect(),
        };
        let (files, rest) = self.rerender(site.detach(), followed, open, &timer)?;
        self.report.elapsed = start.elapsed();
        Some(Applied {
            report: clone_report(&self.report),
            files,
            rest,
        })
    }

    /// Re-renders what `followed` changes over the model `detached`, and
    /// keeps the result when it has no error; returns the files.
    fn rerender(
        &mut self,
        detached: DetachedSite,
        followed: Followed,
        open: &BTreeSet<String>,
        timer: &Timer,
    ) -> Option<(Vec<OutputFile>, Rest)> {
        let Followed {
            edited,
            templates: changed_templates,
            strings,
            front_matter,
            before,
            mut after,
            markdown,
        } = followed;
        let site = Site::attach(&self.campaign, detached);
        let reloaded = match strings.is_some() || !changed_templates.is_empty() {
            true => Some(self.templates_again(&mut after)?),
            false => None,
        };
        let templates = reloaded.as_ref().unwrap_or(&self.kept.templates);
        let contexts = match front_matter || strings.is_some() {
            true => self.contexts_again(&site),
            false => self.kept.contexts.clone(),
        };
        timer.lap("contexts");
        let mut redraw = self.redraw(
            &site,
            templates,
            &contexts,
            &changed_templates,
            &edited,
            strings.as_ref(),
        );
        redraw.pages.append(&mut self.unfinished);
        redraw.pages.sort_unstable();
        redraw.pages.dedup();
        redraw.special |= std::mem::take(&mut self.unfinished_special);
        let (first, rest) = redraw.split(&site, &edited, open);
        timer.lap("redraw");
        let files = {
            let pages: Vec<(&Page, &RenderedMarkdown)> = first
                .pages
                .iter()
                .map(|&i| {
                    (
                        &site.pages[i],
                        markdown.get(&i).unwrap_or(&self.kept.markdown[i]),
                    )
                })
                .collect();
            let renderer =
                WebRenderer::new(&site, templates, contexts.clone(), Downloads::default())
                    .noting_strings(self.kept.string_uses.clone());
            let (files, diags) = render(&renderer, &pages, first.special, &self.kept);
            after.extend(diags);
            files
        };
        timer.lap("render");
        if strings.is_none() {
            self.format_every_call();
        }
        after.extend(string_errors(&self.campaign, templates));
        let warnings = self.warnings(before, after);
        timer.lap("warnings");
        if warnings.has_errors() {
            return None;
        }
        for (i, md) in markdown {
            self.kept.markdown[i] = md;
        }
        if let Some(t) = reloaded {
            self.kept.templates = t;
        }
        self.kept.contexts = contexts;
        self.site = Some(site.detach());
        self.report.warnings = warnings;
        Some((files, rest))
    }

    /// Formats every call of `t()` some file makes now, as a build renders
    /// them, so that the fallbacks to the default locale noted are the
    /// whole site's: a re-rendered file that no longer shows a string drops
    /// its fallback warning. (An edit of the strings has done it already.)
    fn format_every_call(&self) {
        if let Some(uses) = &self.kept.string_uses {
            uses.format_all(&self.campaign.i18n, templates::format_call);
        }
        // What a build formats besides the templates' calls, so that its
        // fallbacks are noted again too: the shared contexts' language names
        // and "about" lines, the page text's phone links, the Materials
        // pages' addresses.
        let c = &self.campaign;
        for locale in &c.settings.locales {
            c.i18n.format(locale, "language-name", None);
            if c.i18n.has(locale, "campaign-about") {
                c.i18n.format(locale, "campaign-about", None);
            }
        }
        strings::addresses(c);
    }

    /// The templates read again (with the campaign's strings as they are now).
    fn templates_again(&self, diags: &mut Diagnostics) -> Option<Templates> {
        let c = &self.campaign;
        let theme = c.project.theme(&c.settings.theme);
        let layers = templates::layers(c.project.templates(), theme.as_ref(), &c.dir);
        Templates::load(&layers, c.i18n.clone(), diags)
    }

    /// The shared contexts made again from `site` (its front matter or its
    /// strings changed); the theme files and logos are as the build made them.
    fn contexts_again(&self, site: &Site) -> SharedContexts {
        let statics = Statics {
            files: Vec::new(),
            urls: self.kept.statics_urls.clone(),
        };
        let settings = &self.campaign.settings;
        let images = ImageRegistry::new(&self.campaign.dir, &settings.base_path);
        SharedContexts::new(site, &statics, &images, self.options.draft)
    }
}

/// Renders `pages` (and the special pages when `special`), returning the
/// files and what was found in them.
fn render(
    renderer: &WebRenderer,
    pages: &[(&Page, &RenderedMarkdown)],
    special: bool,
    kept: &Kept,
) -> (Vec<OutputFile>, Diagnostics) {
    let files = Mutex::new(Vec::new());
    let sink = |file: OutputFile| {
        files.lock().unwrap_or_else(|e| e.into_inner()).push(file);
        Ok(())
    };
    let diags = renderer.some_pages(pages, special, &kept.targets, &sink);
    let mut files = files.into_inner().unwrap_or_else(|e| e.into_inner());
    // Pages are rendered in parallel: the same edit, the same order.
    files.sort_by(|a, b| a.path.cmp(&b.path));
    (files, diags)
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
