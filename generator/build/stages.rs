//! The stages of the pipeline, each a type made from the one before:
//! [`Loaded`] (the campaign folder read) → [`Validated`] (to-dos, the site
//! model, every page's Markdown, theme files) → [`Planned`] (print assets, the
//! kit, every file and link target, templates, contexts) → [`Rendered`] (every
//! page and file handed to a sink) → written (the staging folder swapped into
//! place, a [`BuildReport`]).
//!
//! Content is checked even when settings have errors, so that one run reports
//! every problem; only the slow print assets wait for an error-free campaign.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use super::progress::{Progress, Stage};
use super::{BuildOptions, BuildReport};
use crate::campaign::load::{self, Campaign};
use crate::campaign::site::{DetachedSite, Page, Site};
use crate::campaign::{essential, ids, print_assets, todos};
use crate::diagnostics::Diagnostics;
use crate::output::headers;
use crate::output::staging::{OutputFile, Staging};
use crate::print;
use crate::replicate::kit;
use crate::translate::report::{self as translation_report, TranslationReport};
use crate::web::images::ImageRegistry;
use crate::web::links::LinkTargets;
use crate::web::markdown::RenderedMarkdown;
use crate::web::render::{Downloads, Sink, WebRenderer};
use crate::web::shared_contexts::{self, SharedContexts};
use crate::web::statics::{self, Statics};
use crate::web::string_uses::StringUses;
use crate::web::templates::{self, Templates};
use crate::web::{page_markdown, sitemap};

/// How long each stage took, printed with `FARO_TIMINGS=1` (for benchmarking),
/// and which stage runs, told to a [`Progress`] (a progress bar).
pub(super) struct Timer<'p> {
    start: Instant,
    enabled: bool,
    progress: &'p dyn Progress,
}

impl<'p> Timer<'p> {
    /// A timer started now, printing only when `FARO_TIMINGS` is set, and
    /// telling `progress` the stages.
    pub(super) fn from_env(progress: &'p dyn Progress) -> Timer<'p> {
        Timer {
            start: Instant::now(),
            enabled: std::env::var_os("FARO_TIMINGS").is_some(),
            progress,
        }
    }

    /// `stage` starts, counting `items` steps if it counts any.
    pub(super) fn stage(&self, stage: Stage, items: Option<u64>) {
        self.progress.stage(stage, items);
    }

    /// Prints the time since the start, after `step`, and the CPU time the
    /// process has used so far (all threads; where /proc tells it): a stage
    /// whose CPU grows less than twice its wall time leaves a core idle.
    pub(super) fn lap(&self, step: &str) {
        if self.enabled {
            let cpu = process_cpu_seconds()
                .map(|s| format!(", CPU {s:.2} s"))
                .unwrap_or_default();
            eprintln!(
                "{step:>10}: {:.3} s{cpu}",
                self.start.elapsed().as_secs_f64()
            );
        }
    }
}

/// User and system CPU time of this process, from /proc/self/stat (Linux).
fn process_cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name (which may hold spaces), from field 3 on:
    // utime and stime are fields 14 and 15, in clock ticks (100 per second on
    // Linux; the kernel reports USER_HZ, fixed at 100).
    let after_name = stat.rsplit_once(')')?.1;
    let mut fields = after_name.split_whitespace().skip(11);
    let ticks = |f: Option<&str>| f?.parse::<u64>().ok();
    let (user, system) = (ticks(fields.next())?, ticks(fields.next())?);
    Some((user + system) as f64 / 100.0)
}

/// The campaign folder read: campaign.yaml, content, strings and the project
/// around it.
pub(super) struct Loaded {
    dir: PathBuf,
    campaign: Campaign,
}

impl Loaded {
    /// Reads the campaign in `dir`; `None` when campaign.yaml is unusable.
    pub(super) fn read(dir: &Path, timer: &Timer, diags: &mut Diagnostics) -> Option<Loaded> {
        let campaign = load::load(dir, diags)?;
        timer.lap("read");
        Some(Loaded {
            dir: dir.to_path_buf(),
            campaign,
        })
    }

    /// The campaign, once every stage that borrows it is done.
    pub(super) fn into_campaign(self) -> Campaign {
        self.campaign
    }

    /// The campaign id.
    pub(super) fn id(&self) -> String {
        self.campaign.settings.id.clone()
    }

    /// Checks to-dos and essential pages, builds the site model, renders every
    /// page's Markdown, registers the images of campaign.yaml and makes the
    /// theme files.
    pub(super) fn validate(
        &self,
        options: &BuildOptions,
        timer: &Timer,
        diags: &mut Diagnostics,
    ) -> Validated<'_> {
        let campaign = &self.campaign;
        // The kit is made meanwhile, on a thread of its own (kit.rs).
        let kit = (!options.web_only).then(|| kit::start(campaign));
        let regional = todos::regional_words(campaign.settings.forked_from.as_ref());
        let loaded: Vec<_> = campaign
            .pages
            .iter()
            .map(|p| &p.source)
            .chain([&campaign.config_source])
            .collect();
        // The site model is made while the to-dos are looked for (its
        // serial work beside their folder walk); problems keep their order.
        let (todos, (site, site_diags)) = rayon::join(
            || todos::scan(&self.dir, &loaded, &regional, options.draft),
            || {
                let mut found = Diagnostics::new();
                (Site::new(campaign, &mut found), found)
            },
        );
        diags.extend(todos);
        let changes = crate::translate::changes::finder(&campaign.dir);
        diags.extend(essential::check(campaign, options.draft, &changes));
        diags.extend(essential::check_print_strings(campaign, options.draft));
        diags.extend(crate::campaign::unconfirmed::check(campaign));
        diags.extend(crate::campaign::imprint::to_dos(campaign));
        diags.extend(crate::campaign::unconfirmed::partners_without_logo(
            campaign,
        ));
        diags.extend(crate::campaign::unconfirmed::placeholder_address(
            campaign,
            options.draft,
        ));
        diags.extend(site_diags);
        timer.lap("todos, site");
        timer.stage(Stage::Markdown, None);
        let settings = &campaign.settings;
        let images = ImageRegistry::new(&self.dir, &settings.base_path);
        let (markdown, md_diags) = page_markdown::markdown_pages(&site, &images);
        diags.extend(md_diags);
        timer.lap("markdown");
        diags.extend(shared_contexts::check_config_images(campaign, &images));
        let theme = campaign.project.theme(&settings.theme);
        let statics = statics::build(
            theme.as_ref(),
            &settings.colours,
            &settings.base_path,
            diags,
        );
        Validated {
            loaded: self,
            site,
            markdown,
            images,
            statics,
            theme,
            kit,
        }
    }
}

/// A campaign checked up to its content: the site model, every page's
/// Markdown, the images it uses and the theme files.
pub(super) struct Validated<'c> {
    loaded: &'c Loaded,
    site: Site<'c>,
    markdown: Vec<RenderedMarkdown>,
    images: ImageRegistry,
    statics: Statics,
    theme: Option<crate::campaign::project::Layer>,
    /// The replication kit, being made (none for web pages only).
    kit: Option<kit::Pending>,
}

impl<'c> Validated<'c> {
    /// Makes the print assets and the kit, lists every file the site will
    /// have, checks the links of page content against them, loads the
    /// templates and prepares the contexts every page shares. `None` when the
    /// templates do not load.
    pub(super) fn plan(
        mut self,
        options: &BuildOptions,
        timer: &Timer,
        diags: &mut Diagnostics,
    ) -> Option<Planned<'c>> {
        let campaign = &self.loaded.campaign;
        // Everything a link may point at is known before any page is rendered.
        let mut extra = sitemap::files(&self.site);
        extra.extend(headers::files(&self.site));
        let downloads = self.print_and_kit(options, &mut extra, timer, diags);
        let targets = self.link_targets(&extra, diags);
        diags.extend(page_markdown::check_content_links(
            &self.site,
            &self.markdown,
            &targets,
        ));
        let layers = templates::layers(
            campaign.project.templates(),
            self.theme.as_ref(),
            &self.loaded.dir,
        );
        let templates = Templates::load(&layers, campaign.i18n.clone(), diags)?;
        let used_keys = translation_report::used_keys(&templates.texts(), campaign);
        let (translations, findings) = translation_report::report(campaign, &used_keys);
        let contexts = SharedContexts::new(&self.site, &self.statics, &self.images, options.draft);
        Some(Planned {
            validated: self,
            extra,
            targets,
            templates,
            contexts,
            downloads,
            translations,
            findings,
        })
    }

    /// The print assets (the slow part: made only for a campaign without
    /// errors so far) and the replication kit, added to `extra`; what the
    /// Materials pages list.
    fn print_and_kit(
        &mut self,
        options: &BuildOptions,
        extra: &mut Vec<OutputFile>,
        timer: &Timer,
        diags: &mut Diagnostics,
    ) -> Downloads {
        let base_path = &self.loaded.campaign.settings.base_path;
        let (print, print_diags) = if diags.has_errors() || options.web_only {
            // Not made, but their strings are asked for: one run lists every problem.
            print_assets::ask_for_strings(&self.loaded.campaign);
            Default::default()
        } else {
            timer.stage(Stage::Print, None);
            let cache = print::Cache::from_env();
            print::build(&self.site, self.theme.as_ref(), &cache, options.draft)
        };
        diags.extend(print_diags);
        timer.lap("print");
        let mut shared = Vec::new();
        if !options.web_only {
            timer.stage(Stage::Kit, None);
        }
        match self.kit.take().map(|kit| kit.finish(&print.booklets)) {
            Some(Ok(zip)) => {
                shared.push(kit::material(&zip, base_path));
                extra.push(zip);
            }
            Some(Err(d)) => diags.extend(d),
            None => {}
        }
        timer.lap("kit");
        timer.stage(Stage::Prepare, None);
        extra.extend(print.files);
        Downloads {
            shared,
            per_locale: print.materials,
            og_images: print.og_images,
        }
    }

    /// Every path of the finished site, for link checks; a page whose path is
    /// one the build makes itself is reported.
    fn link_targets(&self, extra: &[OutputFile], diags: &mut Diagnostics) -> LinkTargets {
        let settings = &self.loaded.campaign.settings;
        let mut paths: Vec<String> = page_markdown::generated_html_paths(&self.site);
        paths.extend(
            self.statics
                .files
                .iter()
                .chain(extra)
                .map(|f| f.path.clone()),
        );
        paths.extend(self.images.output_paths());
        crate::campaign::site::report_generated_collisions(
            &self.site,
            paths.iter().map(String::as_str),
            diags,
        );
        let pages = self.site.pages.iter();
        paths.extend(pages.map(Page::file_path));
        // A missing home page is one mistake, reported by the model (`page.no-home`),
        // not again at every link to it.
        paths.extend(settings.locales.iter().map(|l| format!("{l}/index.html")));
        LinkTargets::new(&settings.base_path, paths.iter().cloned())
    }
}

/// Everything known before any page is rendered: every file besides the
/// pages, every link target, the templates, the shared contexts, the
/// downloads and the translation report.
pub(super) struct Planned<'c> {
    validated: Validated<'c>,
    extra: Vec<OutputFile>,
    targets: LinkTargets,
    templates: Templates,
    contexts: SharedContexts,
    downloads: Downloads,
    translations: TranslationReport,
    findings: Diagnostics,
}

impl Planned<'_> {
    /// The findings of the translation report (a build keeps only missing pages).
    pub(super) fn take_translation_findings(&mut self) -> Diagnostics {
        std::mem::take(&mut self.findings)
    }

    /// Strings that could not be formatted so far, located where they are asked for.
    pub(super) fn string_errors(&self) -> Diagnostics {
        string_errors(&self.validated.loaded.campaign, &self.templates)
    }

    /// Renders every page, processes the images and hands every file to `sink`;
    /// returns what was rendered and what `faro serve` keeps to re-render
    /// pages after an edit.
    pub(super) fn render(
        self,
        sink: Sink,
        timer: &Timer,
        diags: &mut Diagnostics,
        string_uses: Option<Arc<StringUses>>,
    ) -> (Rendered, Kept) {
        let Planned {
            validated,
            extra,
            targets,
            templates,
            contexts,
            downloads,
            translations,
            ..
        } = self;
        let Validated {
            loaded,
            site,
            markdown,
            images,
            statics,
            ..
        } = validated;
        let kept_contexts = contexts.clone();
        let statics_urls = statics.urls.clone();
        let renderer = WebRenderer::new(&site, &templates, contexts, downloads)
            .noting_strings(string_uses.clone());
        timer.lap("prepare");
        let html_files = site.pages.len() + page_markdown::generated_html_paths(&site).len();
        timer.stage(Stage::Pages, Some(html_files as u64));
        diags.extend(renderer.pages(&markdown, &targets, sink));
        timer.lap("pages");
        timer.stage(Stage::Assets, None);
        let (image_files, image_diags) = images.process();
        diags.extend(image_diags);
        let assets = image_files.len() + statics.files.len() + extra.len();
        for file in image_files.into_iter().chain(statics.files).chain(extra) {
            sink(file).unwrap_or_else(|d| diags.push(d));
        }
        diags.extend(string_errors(&loaded.campaign, &templates));
        let (pages_per_locale, fallbacks_per_locale) = page_counts(&site);
        drop(renderer);
        let rendered = Rendered {
            id: loaded.id(),
            pages_per_locale,
            fallbacks_per_locale,
            assets,
            translations,
        };
        let kept = Kept {
            site: site.detach(),
            markdown,
            templates,
            contexts: kept_contexts,
            statics_urls,
            targets,
            string_uses,
        };
        (rendered, kept)
    }
}

/// What a build leaves that `faro serve` keeps to re-render pages after an
/// edit (build/incremental.rs): none of it borrows the campaign.
pub(super) struct Kept {
    /// The site model.
    pub(super) site: DetachedSite,
    /// Every page's Markdown, in the model's page order.
    pub(super) markdown: Vec<RenderedMarkdown>,
    /// The templates.
    pub(super) templates: Templates,
    /// The contexts every page shares.
    pub(super) contexts: SharedContexts,
    /// The URL of each theme file (for the contexts, made again after an
    /// edit of strings or front matter).
    pub(super) statics_urls: BTreeMap<String, String>,
    /// Every path of the site, for link checks.
    pub(super) targets: LinkTargets,
    /// The strings each page shows, when noted.
    pub(super) string_uses: Option<Arc<StringUses>>,
}

/// Every page and file handed to the sink.
pub(super) struct Rendered {
    id: String,
    pages_per_locale: Vec<(String, usize)>,
    fallbacks_per_locale: Vec<(String, usize)>,
    assets: usize,
    /// The translation report (what `faro check` shows).
    pub(super) translations: TranslationReport,
}

impl Rendered {
    /// Swaps the staging folder the sink wrote into in place of the output.
    pub(super) fn write(
        self,
        staging: Staging,
        out_dir: &Path,
        timer: &Timer,
    ) -> std::io::Result<BuildReport> {
        timer.stage(Stage::Swap, None);
        staging.commit()?;
        timer.lap("swap");
        Ok(BuildReport {
            id: self.id,
            out_dir: out_dir.to_path_buf(),
            pages_per_locale: self.pages_per_locale,
            fallbacks_per_locale: self.fallbacks_per_locale,
            assets: self.assets,
            warnings: Diagnostics::new(),
            elapsed: timer.start.elapsed(),
        })
    }
}

/// Strings that could not be formatted, located in the template that asks for
/// them, or in campaign.yaml for the strings named after a helpline's or
/// partner's id, and for the strings of a print asset the campaign lists.
pub(super) fn string_errors(campaign: &Campaign, templates: &Templates) -> Diagnostics {
    let config = &campaign.config_source;
    let used_at = |key: &str| {
        templates
            .key_use(key)
            .or_else(|| ids::key_origin(config, key))
            .or_else(|| print_assets::key_origin(config, &campaign.settings.print.assets, key))
    };
    for locale in &campaign.settings.locales {
        if essential::without_content(campaign, locale) {
            campaign.i18n.forget_fallbacks(locale);
        }
    }
    // A print string taken from the default locale is reported as such
    // (`translation.print-string`), once, not also as a fallback.
    for missing in essential::untranslated_print_strings(campaign) {
        campaign.i18n.forget_fallback(&missing.locale, &missing.key);
    }
    campaign.i18n.take_render_diagnostics(&used_at)
}

/// Translated pages and fallback pages per locale, in the campaign's locale order.
type PerLocale = Vec<(String, usize)>;

fn page_counts(site: &Site) -> (PerLocale, PerLocale) {
    let mut translated: BTreeMap<&str, usize> = BTreeMap::new();
    let mut fallbacks: BTreeMap<&str, usize> = BTreeMap::new();
    for p in &site.pages {
        let counter = if p.fallback {
            &mut fallbacks
        } else {
            &mut translated
        };
        *counter.entry(&p.locale).or_default() += 1;
    }
    let count_of = |m: &BTreeMap<&str, usize>| -> PerLocale {
        site.campaign
            .settings
            .locales
            .iter()
            .map(|l| (l.clone(), m.get(l.as_str()).copied().unwrap_or(0)))
            .collect()
    };
    (count_of(&translated), count_of(&fallbacks))
}
