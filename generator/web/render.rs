//! Web rendering: Markdown and templates to minified HTML, in parallel, with
//! every internal link checked before anything is written.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use rayon::prelude::*;

use crate::campaign::content::{Review, SourcePage};
use crate::campaign::i18n::direction;
use crate::campaign::site::{Page, Site};
use crate::diagnostics::{did_you_mean, Diagnostic, Diagnostics};
use crate::output::staging::OutputFile;
use crate::web::links::{LinkScan, LinkTargets};
use crate::web::markdown::{self, RenderedMarkdown};
use crate::web::minify::{Minifier, PieceMemo, PIECE};
use crate::web::shared_contexts::SharedContexts;
use crate::web::string_uses::{self, StringUses};
use crate::web::template_faults::{outside, report_faults, Fault, TemplateFault};
use crate::web::templates::{SharedValues, Templates};
use crate::web::typography;
use crate::web::views::*;

/// Where rendered files go (the staging folder, in a normal build).
pub(crate) type Sink<'a> = &'a (dyn Fn(OutputFile) -> Result<(), Diagnostic> + Sync);

/// What the Materials pages list and each locale's Open Graph image: made by
/// the print step and the kit, before any page is rendered.
#[derive(Default)]
pub(crate) struct Downloads {
    /// Downloads listed on every locale's Materials page, after its own (the kit).
    pub shared: Vec<MaterialView>,
    /// Print and social assets on each locale's Materials page, listed first.
    pub per_locale: BTreeMap<String, Vec<MaterialView>>,
    /// Each locale's Open Graph image (absolute URL).
    pub og_images: BTreeMap<String, String>,
}

/// Renders the pages of a site: built complete by [`WebRenderer::new`], then
/// asked for [`WebRenderer::pages`].
pub(crate) struct WebRenderer<'a> {
    /// The site model.
    site: &'a Site<'a>,
    /// Loaded templates.
    templates: &'a Templates,
    /// Campaign-wide context.
    site_ctx: SiteContext,
    /// Context of each locale.
    locales: BTreeMap<String, LocaleContext>,
    /// Downloads listed on each locale's Materials page.
    materials: Vec<MaterialView>,
    /// Print and social assets on each locale's Materials page, listed first.
    locale_materials: BTreeMap<String, Vec<MaterialView>>,
    /// Each locale's Open Graph image (absolute URL).
    og_images: BTreeMap<String, String>,
    /// Minifies pages, once for the parts they share.
    minifier: Minifier,
    /// The links of the pieces of template output that repeat, scanned once.
    link_scans: PieceMemo<Arc<LinkScan>>,
    /// `site_ctx` and `locales` as template values, made at the first page.
    shared: std::sync::OnceLock<SharedValues>,
    /// Faults found in templates' output, reported once per URL (template_faults.rs).
    faults: std::sync::Mutex<Vec<TemplateFault>>,
    /// Where the strings each file shows are noted, when they are (`faro serve`).
    string_uses: Option<Arc<StringUses>>,
}

impl<'a> WebRenderer<'a> {
    /// A renderer for `site` with its templates, the contexts every page
    /// shares and the downloads its Materials pages list.
    pub(crate) fn new(
        site: &'a Site<'a>,
        templates: &'a Templates,
        contexts: SharedContexts,
        downloads: Downloads,
    ) -> Self {
        WebRenderer {
            site,
            templates,
            site_ctx: contexts.site,
            locales: contexts.locales,
            materials: downloads.shared,
            locale_materials: downloads.per_locale,
            og_images: downloads.og_images,
            minifier: Default::default(),
            link_scans: Default::default(),
            shared: Default::default(),
            faults: Default::default(),
            string_uses: None,
        }
    }

    /// This renderer, noting in `uses` which strings each file shows.
    pub(crate) fn noting_strings(self, uses: Option<Arc<StringUses>>) -> Self {
        WebRenderer {
            string_uses: uses,
            ..self
        }
    }

    /// Renders every page, checks its links and hands it to `sink`.
    pub(crate) fn pages(
        &self,
        markdown: &[RenderedMarkdown],
        targets: &LinkTargets,
        sink: Sink,
    ) -> Diagnostics {
        let pages: Vec<(&Page, &RenderedMarkdown)> = self.site.pages.iter().zip(markdown).collect();
        self.some_pages(&pages, true, targets, sink)
    }

    /// Renders only `pages` (pages of the model with their Markdown, as
    /// `faro serve` re-renders after an edit), checks their links and hands
    /// them to `sink`; the special pages (chooser, 404, Materials) too when
    /// `special` is set.
    pub(crate) fn some_pages(
        &self,
        pages: &[(&Page, &RenderedMarkdown)],
        special: bool,
        targets: &LinkTargets,
        sink: Sink,
    ) -> Diagnostics {
        let results: Vec<Diagnostics> = pages
            .par_iter()
            .map(|(page, md)| self.page(page, md, targets, sink))
            .collect();
        let mut diags = Diagnostics::new();
        for d in results {
            diags.extend(d);
        }
        if special {
            diags.extend(self.special_pages(targets, sink));
        }
        self.template_findings(diags)
    }

    /// `diags` with what was found in the templates' output so far.
    fn template_findings(&self, mut diags: Diagnostics) -> Diagnostics {
        let faults = std::mem::take(&mut *self.faults.lock().unwrap_or_else(|e| e.into_inner()));
        diags.extend(report_faults(faults, self.templates));
        for template in self.minifier.misplaced() {
            diags.push(self.misplaced_pieces(&template));
        }
        diags
    }

    /// A template whose `faro:piece` markers change the minified page: the
    /// pages are right (minified whole), but the build is slower than it should be.
    /// A page names a template that no layer has: pointed at its front matter.
    fn missing_template(&self, source: &SourcePage, template: &str) -> Diagnostic {
        let d = Diagnostic::error(
            "template.missing",
            format!("template `{template}` not found"),
        );
        let d = match &source.front.template {
            Some(t) => {
                let (pos, len) = source.front_caret(t);
                d.at_source(&source.source, pos, len)
            }
            None => d.in_file(&source.source.path),
        };
        let pages = self
            .templates
            .names()
            .filter(|n| !n.starts_with("partials/") && !n.starts_with("macros/"));
        match did_you_mean(template, pages) {
            Some(close) => d.with_hint(format!("did you mean `{close}`?")),
            None => d.with_hint("templates are looked up in the campaign's templates/, then the theme's, then the base templates"),
        }
    }

    fn misplaced_pieces(&self, template: &str) -> Diagnostic {
        let d = Diagnostic::warning(
            "template.pieces",
            format!("the {PIECE} markers in the HTML of `{template}` change how its pages minify, so they were minified whole (slower)"),
        )
        .with_hint("put a marker only between elements, and the closing tags of elements opened before a marker first in the piece after it (docs/templates.md, \"Pieces\")");
        match self.templates.origin(template) {
            Some(src) => d.in_file(&src.path),
            None => d,
        }
    }

    fn page(
        &self,
        page: &Page,
        md: &RenderedMarkdown,
        targets: &LinkTargets,
        sink: Sink,
    ) -> Diagnostics {
        let mut diags = Diagnostics::new();
        let site = self.site;
        let source = &site.campaign.pages[page.source];
        let url = site.url(page);
        // Broken content links were reported with their Markdown location.
        let reported: Vec<String> = md
            .links
            .iter()
            .filter(|l| !targets.resolves(&l.url, &url))
            .map(|l| l.url.clone())
            .collect();
        let kind = if page.key == "index" { "home" } else { "page" };
        let view = self.page_view(page, md, kind);
        let template = self.templates.for_page(page, source);
        if !self.templates.has(&template) {
            diags.push(self.missing_template(source, &template));
            return diags;
        }
        let out_path = page.file_path();
        let job = Job {
            template: &template,
            lang: &page.locale,
            out_path: &out_path,
            origin: &source.source.path,
            reported: &reported,
        };
        self.finish(job, view, targets, sink, &mut diags);
        diags
    }

    fn finish(
        &self,
        job: Job,
        view: PageView,
        targets: &LinkTargets,
        sink: Sink,
        diags: &mut Diagnostics,
    ) {
        let Job {
            template,
            lang,
            out_path,
            origin,
            reported,
        } = job;
        let page_url = view.url.clone();
        // Content was checked as Markdown, with file and line (links, images,
        // raw HTML; fallback pages at their own URL), so only the template's
        // own output is scanned here.
        let checked_content = view.content;
        // A fallback page's content repeats on other pages (Minifier::page).
        let own = if view.is_fallback { "" } else { view.content };
        let uses = self.string_uses.as_ref();
        let shared = self
            .shared
            .get_or_init(|| SharedValues::new(self.templates, &self.site_ctx, &self.locales, uses));
        let menu_current = shared.menu_current(lang, &page_url);
        let parts = shared.part_calls(lang, menu_current);
        let ctx = PageContext {
            lang,
            dir: direction(lang),
            menu_current,
            page: view,
        };
        let render = || self.templates.render(template, &ctx, shared, origin);
        let html = match string_uses::noted(uses, out_path, parts, render) {
            Ok(h) => crate::web::fallback_lang::mark(h, direction(lang)),
            Err(d) => {
                diags.push(d);
                return;
            }
        };
        // Split once: the link checks and the minifier both go piece by piece
        // (each split it, 1 % of a 4000 × 6 build's instructions).
        let pieces: Vec<&str> = crate::web::minify::pieces(&html).collect();
        let found: Vec<TemplateFault> = self
            .template_faults(&pieces, checked_content, &page_url, targets)
            .into_iter()
            .filter(|(fault, url)| *fault != Fault::BrokenLink || !reported.contains(url))
            .map(|(fault, url)| TemplateFault {
                fault,
                template: template.to_string(),
                url,
                page: out_path.to_string(),
                origin: origin.to_path_buf(),
            })
            .collect();
        if !found.is_empty() {
            let mut faults = self.faults.lock().unwrap_or_else(|e| e.into_inner());
            faults.extend(found);
        }
        let minified = self.minifier.page_in_pieces(template, &html, &pieces, own);
        let page = OutputFile::new(out_path, minified);
        sink(page).unwrap_or_else(|d| diags.push(d));
    }

    /// Broken links and external requests in the page's template output, in
    /// its `pieces`. The piece that holds the content (checked as Markdown
    /// already) is scanned around it; the other pieces are scanned once
    /// however often they repeat.
    fn template_faults(
        &self,
        pieces: &[&str],
        content: &str,
        page_url: &str,
        targets: &LinkTargets,
    ) -> Vec<(Fault, String)> {
        let mut found = Vec::new();
        let mut add = |scan: &LinkScan| {
            let external = scan.external.iter().map(|u| (Fault::ExternalRequest, u));
            let script = scan.script.iter().map(|u| (Fault::ScriptUrl, u));
            let broken = scan
                .broken_on(page_url, targets)
                .map(|u| (Fault::BrokenLink, u));
            let all = external.chain(script).chain(broken);
            found.extend(all.map(|(f, u)| (f, u.clone())));
        };
        for &piece in pieces {
            let around = (piece.len() >= content.len()).then(|| outside(piece, content));
            match around {
                Some([before, after]) if before.len() < piece.len() => {
                    add(&LinkScan::new(before, targets));
                    add(&LinkScan::new(after, targets));
                }
                _ => add(&self
                    .link_scans
                    .get(piece, |p| Arc::new(LinkScan::new(p, targets)))),
            }
        }
        found
    }

    fn page_view<'p>(
        &'p self,
        page: &'p Page,
        md: &'p RenderedMarkdown,
        kind: &'static str,
    ) -> PageView<'p> {
        let site = self.site;
        let source = &site.campaign.pages[page.source];
        let translations = site.translations(&page.key);
        let alternates: Vec<Alternate> = translations
            .iter()
            .map(|p| Alternate {
                lang: p.locale.clone(),
                href: site.permalink(p),
            })
            .collect();
        let x_default = site.x_default(&page.key);
        let canonical = if page.fallback {
            site.page(&source.locale, &page.key)
                .map(|p| site.permalink(p))
                .unwrap_or_default()
        } else {
            site.permalink(page)
        };
        let switcher = self.switcher(&page.locale, |l| {
            translations
                .iter()
                .find(|p| p.locale == l)
                .map(|p| site.url(p))
        });
        PageView {
            kind,
            key: &page.key,
            title: typography::plain(&source.front.title, &source.locale),
            description: typography::plain(
                source.front.description.as_deref().unwrap_or(""),
                &source.locale,
            ),
            content: &md.html,
            toc: &md.toc,
            url: site.url(page),
            canonical,
            alternates,
            x_default,
            switcher,
            is_fallback: page.fallback,
            review_notice: review_notice(site, page, source),
            content_lang: &source.locale,
            content_lang_name: crate::web::fallback_lang::wrap(
                &source.locale,
                self.language_name(&source.locale),
            ),
            content_dir: direction(&source.locale),
            og_image: self.og_images.get(&page.locale).cloned(),
            materials: Vec::new(),
        }
    }

    fn language_name<'s>(&'s self, code: &'s str) -> &'s str {
        self.site_ctx
            .languages
            .iter()
            .find(|l| l.code == code)
            .map(|l| l.name.as_str())
            .unwrap_or(code)
    }

    /// Switcher entries for every language but `current`.
    fn switcher(
        &self,
        current: &str,
        translated_url: impl Fn(&str) -> Option<String>,
    ) -> Vec<SwitchLink> {
        self.site_ctx
            .languages
            .iter()
            .filter(|l| l.code != current)
            .map(|l| {
                let url = translated_url(&l.code);
                SwitchLink {
                    code: l.code.clone(),
                    name: l.name.clone(),
                    dir: l.dir,
                    translated: url.is_some(),
                    url: url.unwrap_or_else(|| l.home_url.clone()),
                }
            })
            .collect()
    }

    /// The pages of Faro's own, without Markdown: the language chooser, each
    /// language's 404 and Materials page, and the root 404.
    fn special_pages(&self, targets: &LinkTargets, sink: Sink) -> Diagnostics {
        let mut diags = Diagnostics::new();
        let settings = &self.site.campaign.settings;
        let base = settings.base_path.clone();
        let origin = self.site.campaign.dir.join("campaign.yaml");
        let default = settings.default_locale.as_str();
        let mut chooser = self.special_view("chooser", default, base.clone());
        // The chooser is the homes' x-default and lists them as alternates.
        chooser.alternates = self
            .site
            .translations("index")
            .iter()
            .map(|p| Alternate {
                lang: p.locale.clone(),
                href: self.site.permalink(p),
            })
            .collect();
        chooser.x_default = self.site.x_default("index");
        let job = |template, lang, out_path| Job {
            template,
            lang,
            out_path,
            origin: &origin,
            reported: &[],
        };
        self.finish(
            job("chooser.html", default, "index.html"),
            chooser,
            targets,
            sink,
            &mut diags,
        );
        for lang in &settings.locales {
            let out_path = format!("{lang}/404.html");
            let view = self.special_view("not-found", lang, format!("{base}{out_path}"));
            let job = Job {
                template: "404.html",
                lang,
                out_path: &out_path,
                origin: &origin,
                reported: &[],
            };
            self.finish(job, view, targets, sink, &mut diags);
        }
        self.materials_pages(&origin, targets, sink, &mut diags);
        let root_404 = self.special_view("not-found", default, format!("{base}404.html"));
        self.finish(
            job("404.html", default, "404.html"),
            root_404,
            targets,
            sink,
            &mut diags,
        );
        diags
    }

    /// Each language's Materials page: the print assets of its language, then
    /// the downloads every language shares.
    fn materials_pages(
        &self,
        origin: &Path,
        targets: &LinkTargets,
        sink: Sink,
        diags: &mut Diagnostics,
    ) {
        let settings = &self.site.campaign.settings;
        let base = &settings.base_path;
        let materials_alternates = self.site.materials_permalinks();
        for lang in &settings.locales {
            let materials_path = self.site.materials_path(lang);
            let out_path = format!("{materials_path}index.html");
            let mut view = self.special_view("materials", lang, format!("{base}{materials_path}"));
            // Every language has its Materials page: they are each other's
            // hreflang alternates, the default language's being x-default.
            view.alternates = materials_alternates
                .iter()
                .map(|(lang, href)| Alternate {
                    lang: lang.clone(),
                    href: href.clone(),
                })
                .collect();
            view.x_default = materials_alternates
                .iter()
                .find(|(l, _)| *l == settings.default_locale)
                .map(|(_, href)| href.clone());
            let locale_materials = self.locale_materials.get(lang).into_iter().flatten();
            view.materials = locale_materials
                .chain(&self.materials)
                .map(|m| m.clone().sized_in(lang).elsewhere_in(self.site, lang))
                .collect();
            let job = Job {
                template: "materials.html",
                lang,
                out_path: &out_path,
                origin,
                reported: &[],
            };
            self.finish(job, view, targets, sink, diags);
        }
    }

    /// The view of a page of Faro's own (`kind`: `chooser`, `not-found` or
    /// `materials`) in `lang` at `url`: no title, text or table of contents.
    fn special_view(&self, kind: &'static str, lang: &str, url: String) -> PageView<'_> {
        let settings = &self.site.campaign.settings;
        let base = &settings.base_path;
        let empty_toc: &[markdown::TocEntry] = &[];
        PageView {
            kind,
            key: kind,
            title: "".into(),
            description: "".into(),
            content: "",
            toc: empty_toc,
            canonical: format!(
                "{}{}",
                settings.base_url,
                url.trim_start_matches(base.as_str())
            ),
            url,
            alternates: Vec::new(),
            x_default: None,
            // Every language has its own chooser, 404 and Materials page: the
            // switcher leads to the same kind of page, never marked untranslated.
            switcher: self.switcher(lang, |l| {
                Some(match kind {
                    "materials" => format!("{base}{}", self.site.materials_path(l)),
                    _ => format!("{base}{l}/"),
                })
            }),
            is_fallback: false,
            review_notice: None,
            content_lang: "",
            content_lang_name: String::new(),
            content_dir: direction(lang),
            og_image: self.og_images.get(lang).cloned(),
            materials: Vec::new(),
        }
    }
}

/// One HTML file to render.
struct Job<'j> {
    /// Template name.
    template: &'j str,
    /// Page language.
    lang: &'j str,
    /// Output path under the site root.
    out_path: &'j str,
    /// The file the page comes from, for error messages.
    origin: &'j Path,
    /// Broken links already reported with their Markdown location.
    reported: &'j [String],
}

/// The message id of the notice an unreviewed translation shows: on essential
/// pages whose translation records a machine or volunteer draft.
fn review_notice(site: &Site, page: &Page, source: &SourcePage) -> Option<&'static str> {
    if page.fallback || source.locale == site.campaign.settings.default_locale {
        return None;
    }
    let key = match source.front.review? {
        Review::Machine => "review-notice-machine",
        Review::Volunteer => "review-notice-volunteer",
        Review::Reviewed => return None,
    };
    crate::campaign::essential::keys(&site.campaign.settings)
        .contains(&page.key)
        .then_some(key)
}
