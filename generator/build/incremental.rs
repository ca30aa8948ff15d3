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
//! - `.ftl` strings of the campaign's locales: read again, and every page
//!   re-rendered (every page shows strings).
//! - templates: read again, and the pages rendered with a template that
//!   uses one that changed (extends, includes or imports it) re-rendered.
//!
//! The checks that read an edited page are run again (its to-dos, Markdown,
//! content links, the model's checks when front matter changed, and the
//! essential pages' translations, which record a hash of the original), and
//! every re-rendered page's template output is checked. An edit that brings
//! an error, or adds or drops an image, is left to a full build, so that its
//! report and its files are exactly a build's. A new or removed file,
//! campaign.yaml, themes and images all go to a full build, and so does an
//! edit that would keep more than [`MOST_FILES_IN_MEMORY`] re-rendered files.
//! An edit that re-renders more than [`redraw::FIRST_BATCH`] pages does it in two
//! batches: the edited pages and those open in a browser first, so that the
//! browser shows the edit at once, and the rest ([`Session::render_rest`]).

mod changes;
mod redraw;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Instant;

use super::progress::Silent;
use super::stages::{string_errors, Kept, Timer};
use super::{build_keeping, BuildOptions, BuildReport};
use crate::campaign::content::SourcePage;
use crate::campaign::load::{load_strings, Campaign};
use crate::campaign::site::{DetachedSite, Page, Site};
use crate::campaign::{essential, todos};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::output::staging::OutputFile;
use crate::web::images::ImageRegistry;
use crate::web::markdown::{helpline_links, RenderedMarkdown};
use crate::web::page_markdown::{page_content_links, page_markdown};
use crate::web::render::{Downloads, WebRenderer};
use crate::web::shared_contexts::SharedContexts;
use crate::web::statics::Statics;
use crate::web::templates::{self, Templates};
use changes::Edit;
use redraw::Redraw;
pub(crate) use redraw::{Rest, RestDone};

/// The most re-rendered files a session keeps (they are served from memory):
/// an edit that needs more, such as a template every page uses on a large
/// campaign, is a full build, which costs about as much and writes them to
/// disk. One locale of the 24,000-page benchmark campaign fits.
const MOST_FILES_IN_MEMORY: usize = 6_000;

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
    /// The paths of the files re-rendered since the full build.
    in_memory: BTreeSet<String>,
    /// Pages an edit changed that are not re-rendered yet, because a newer
    /// edit came first: that one re-renders them too.
    unfinished: Vec<usize>,
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
    edited: Vec<usize>,
    /// The names of the edited templates.
    templates: Vec<String>,
    /// The strings changed.
    strings: bool,
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
                in_memory: BTreeSet::new(),
                unfinished: Vec::new(),
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
        let edited: Vec<usize> = edit.pages.iter().map(|(i, _)| *i).collect();
        timer.lap("read");
        let detached = self.site.take()?;
        let (before, detached) = self.checks_before(detached, &edit, model);
        timer.lap("before");
        let mut after = Diagnostics::new();
        let strings = !edit.strings.is_empty();
        self.take_in(edit.pages, strings, &mut after)?;
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

    /// Puts the edited pages in the campaign, and reads its strings again
    /// when they changed; `None` when that changes the page text's phone
    /// links, which are named with strings (every page with a number
    /// changes: a full build).
    fn take_in(
        &mut self,
        pages: Vec<(usize, SourcePage)>,
        strings: bool,
        diags: &mut Diagnostics,
    ) -> Option<()> {
        for (i, page) in pages {
            self.campaign.pages[i] = page;
        }
        if strings {
            let phones = phone_links(&self.campaign);
            let c = &self.campaign;
            let strings = load_strings(&c.dir, &c.project, &c.settings, diags);
            self.campaign.i18n = Arc::new(strings);
            if phone_links(&self.campaign) != phones {
                return None;
            }
        }
        Some(())
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
        let reloaded = match strings || !changed_templates.is_empty() {
            true => Some(self.templates_again(&mut after)?),
            false => None,
        };
        let templates = reloaded.as_ref().unwrap_or(&self.kept.templates);
        let contexts = match front_matter || strings {
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
            strings,
        );
        redraw.pages.append(&mut self.unfinished);
        redraw.pages.sort_unstable();
        redraw.pages.dedup();
        if self.too_many(&site, &redraw) {
            return None;
        }
        let (first, rest) = redraw.split(&site, &edited, open);
        timer.lap("redraw");
        let files = {
            let pages: Vec<(&Page, &RenderedMarkdown)> = first
                .iter()
                .map(|&i| {
                    (
                        &site.pages[i],
                        markdown.get(&i).unwrap_or(&self.kept.markdown[i]),
                    )
                })
                .collect();
            let renderer =
                WebRenderer::new(&site, templates, contexts.clone(), Downloads::default());
            let (files, diags) = render(&renderer, &pages, redraw.special, &self.kept);
            after.extend(diags);
            files
        };
        timer.lap("render");
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
        self.in_memory.extend(files.iter().map(|f| f.path.clone()));
        self.report.warnings = warnings;
        Some((files, rest))
    }

    /// The checks of the edited pages on the campaign as it was (and the
    /// model's, when `model`: a page may have moved), with the to-dos the edited
    /// `.ftl` files had.
    fn checks_before(
        &self,
        detached: DetachedSite,
        edit: &Edit,
        model: bool,
    ) -> (BodyChecks, DetachedSite) {
        let site = Site::attach(&self.campaign, detached);
        let edited: Vec<usize> = edit.pages.iter().map(|(i, _)| *i).collect();
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
        checks
            .diags
            .extend(self.report.warnings.iter().filter(was_todo).cloned());
        (checks, site.detach())
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

    /// The pages an edit changes: every page when the strings or what every
    /// page shows changed; otherwise the pages built from an edited page,
    /// every page of a locale whose context changed, and every page
    /// rendered with a template that uses a changed one.
    fn redraw(
        &self,
        site: &Site,
        templates: &Templates,
        contexts: &SharedContexts,
        changed_templates: &[String],
        edited: &[usize],
        strings: bool,
    ) -> Redraw {
        let changes = contexts.changes_from(&self.kept.contexts);
        let users = changes::users_of(templates, changed_templates);
        // The parts are rendered once per language and shown by every page,
        // whichever template it has.
        let parts = templates::part_templates().any(|t| users.contains(t));
        let everything = changes.site || strings || parts;
        let special = everything
            || !changes.locales.is_empty()
            || ["chooser.html", "404.html", "materials.html"]
                .iter()
                .any(|t| users.contains(*t));
        let pages = (0..site.pages.len())
            .filter(|&i| {
                let page = &site.pages[i];
                let source = &self.campaign.pages[page.source];
                everything
                    || edited.contains(&page.source)
                    || changes.locales.contains(&page.locale)
                    || (!users.is_empty() && users.contains(&templates.for_page(page, source)))
            })
            .collect();
        Redraw { pages, special }
    }

    /// True when keeping the files of `redraw` in memory would make more than
    /// the session keeps.
    fn too_many(&self, site: &Site, redraw: &Redraw) -> bool {
        let new = redraw
            .pages
            .iter()
            .map(|&i| format!("{}index.html", site.pages[i].path))
            .filter(|path| !self.in_memory.contains(path))
            .count();
        // A chooser, a 404, and a 404 and a Materials page per language.
        let special = match redraw.special {
            true => 2 + 2 * self.campaign.settings.locales.len(),
            false => 0,
        };
        self.in_memory.len() + new + special > MOST_FILES_IN_MEMORY
    }

    /// The warnings after an edit: the last ones but those found `before`
    /// in what the edit changed, and those found `after`.
    fn warnings(&self, before: Diagnostics, after: Diagnostics) -> Diagnostics {
        let mut warnings: Vec<Diagnostic> = self.report.warnings.iter().cloned().collect();
        warnings.retain(|w| !before.iter().any(|b| same(w, b)));
        warnings.extend(after);
        let warnings: Diagnostics = warnings.into_iter().collect();
        warnings.deduplicated()
    }

    /// The checks that read the body of the pages `edited` (indexes in the
    /// campaign's pages), with the Markdown of the pages of the model built
    /// from them.
    fn body_checks(&self, site: &Site, edited: &[usize]) -> BodyChecks {
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
            // Translations record the hash of an essential page's original;
            // other pages' text is not checked there.
            if essential.contains(&source.key) {
                let changes = crate::translate::changes::finder(&campaign.dir);
                diags.extend(essential::check(campaign, self.options.draft, &changes));
            }
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
        let mut images = images.output_paths();
        images.sort();
        BodyChecks {
            diags,
            markdown,
            images,
        }
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

/// The phone links of page text in every language, as text.
fn phone_links(campaign: &Campaign) -> Vec<String> {
    let locales = campaign.settings.locales.iter();
    locales
        .map(|l| format!("{:?}", helpline_links(campaign, l)))
        .collect()
}

/// The to-dos of the campaign's edited `.ftl` files, as they are now.
fn ftl_todos(strings: &[Option<PathBuf>], campaign: &Campaign, draft: bool) -> Diagnostics {
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

/// What [`Session::body_checks`] found.
struct BodyChecks {
    diags: Diagnostics,
    /// The new Markdown of each page (by index in the model) built from the pages.
    markdown: Vec<(usize, RenderedMarkdown)>,
    /// The files of the images the pages use, sorted.
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
