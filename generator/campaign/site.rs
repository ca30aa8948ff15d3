//! The site model: every page of every locale with its URL, the translations of
//! each page, and the fallback pages built where a translation is missing.

use std::collections::{BTreeMap, HashMap};

use foldhash::fast::FixedState;

use crate::campaign::content::SourcePage;
use crate::campaign::load::Campaign;
use crate::campaign::yaml::at_value;
use crate::diagnostics::{did_you_mean, position_of, Diagnostic, Diagnostics};

/// One page of the built site.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    /// Locale the page is published in.
    pub locale: String,
    /// Translation key shared by every language version.
    pub key: String,
    /// Index of the Markdown source in [`Campaign::pages`].
    pub source: usize,
    /// True when the page shows the default-locale text because no translation exists.
    pub fallback: bool,
    /// Path under the site root, ending with `/` (such as `it/aiuto/`).
    pub path: String,
}

impl Page {
    /// The page's output file under the site root (`it/aiuto/index.html`).
    pub fn file_path(&self) -> String {
        format!("{}index.html", self.path)
    }
}

/// The whole site: pages by locale and key.
pub struct Site<'c> {
    /// The campaign the site is built from.
    pub campaign: &'c Campaign,
    /// Every page, in a stable order (locale order, then weight, then key).
    pub pages: Vec<Page>,
    /// Page index by locale, then key (looked up without allocating).
    by_locale_key: PageIndex,
    /// Every translation key, sorted.
    pub keys: Vec<String>,
}

/// The parts of a [`Site`] that do not borrow its campaign, kept by
/// `faro serve` between edits that change no front matter (the model depends
/// on front matter and file names only).
#[derive(Default)]
pub struct DetachedSite {
    pages: Vec<Page>,
    by_locale_key: PageIndex,
    keys: Vec<String>,
}

/// Page index by locale, then key. Hashed with foldhash: every page's
/// alternates, switcher and links look pages up here (about twenty lookups
/// a page), and std's SipHash of the two strings was 2 % of a 4000 × 6
/// build's CPU (perf, eighteenth session). Only looked up, never iterated,
/// so the hasher changes no output.
type PageIndex = HashMap<String, HashMap<String, usize, FixedState>, FixedState>;

impl<'c> Site<'c> {
    /// The model without its campaign (see [`Site::attach`]).
    pub fn detach(self) -> DetachedSite {
        DetachedSite {
            pages: self.pages,
            by_locale_key: self.by_locale_key,
            keys: self.keys,
        }
    }

    /// True when `detached` has the same pages, in the same order, at the
    /// same paths, as this model (another version of the campaign whose edit
    /// changed no page's place: only what pages show).
    pub(crate) fn same_pages(&self, detached: &DetachedSite) -> bool {
        self.pages == detached.pages && self.keys == detached.keys
    }

    /// A model detached from a campaign, over `campaign`: the same campaign,
    /// or one whose pages differ from it in their bodies only.
    pub fn attach(campaign: &'c Campaign, detached: DetachedSite) -> Site<'c> {
        Site {
            campaign,
            pages: detached.pages,
            by_locale_key: detached.by_locale_key,
            keys: detached.keys,
        }
    }

    /// Builds the model; duplicate URLs and unknown menu entries become errors.
    pub fn new(campaign: &'c Campaign, diags: &mut Diagnostics) -> Site<'c> {
        let settings = &campaign.settings;
        let mut sources: BTreeMap<&str, BTreeMap<&str, usize>> = BTreeMap::new();
        diags.extend(untranslated_originals(campaign));
        // Seeded copies waiting for translation are built as fallbacks.
        for (i, p) in campaign
            .pages
            .iter()
            .enumerate()
            .filter(|(_, p)| !p.front.untranslated)
        {
            if let Some(prev) = sources.entry(&p.key).or_default().insert(&p.locale, i) {
                diags.push(duplicate_key(&campaign.pages[prev], p));
            }
        }
        let keys: Vec<String> = sources.keys().map(|k| k.to_string()).collect();
        let mut pages = Vec::new();
        for locale in &settings.locales {
            for (key, by_locale) in &sources {
                let (source, fallback) = match by_locale.get(locale.as_str()) {
                    Some(&i) => (i, false),
                    None => match by_locale.get(settings.default_locale.as_str()) {
                        Some(&i) => (i, true),
                        None => continue,
                    },
                };
                let path = page_path(campaign, &sources, locale, key);
                pages.push(Page {
                    locale: locale.clone(),
                    key: key.to_string(),
                    source,
                    fallback,
                    path,
                });
            }
        }
        // Locale order, then weight, then key. The key is compared where it
        // is: `sort_by_key` cloned both keys at every comparison (~700,000
        // `String`s at 24,000 pages, 1.1 % of a build's instructions).
        let rank = |p: &Page| {
            let locale_rank = settings
                .locales
                .iter()
                .position(|l| *l == p.locale)
                .unwrap_or(usize::MAX);
            (locale_rank, campaign.pages[p.source].front.weight)
        };
        pages.sort_by(|a, b| rank(a).cmp(&rank(b)).then_with(|| a.key.cmp(&b.key)));
        report_orphans(campaign, &sources, diags);
        report_duplicate_paths(campaign, &pages, diags);
        report_unfit_urls(campaign, &pages, diags);
        let mut by_locale_key = PageIndex::default();
        for (i, p) in pages.iter().enumerate() {
            by_locale_key
                .entry(p.locale.clone())
                .or_default()
                .insert(p.key.clone(), i);
        }
        let site = Site {
            campaign,
            pages,
            by_locale_key,
            keys,
        };
        site.check_navigation(diags);
        site.check_home(diags);
        site
    }

    /// The page with `key` in `locale` (a real translation or a fallback).
    pub fn page(&self, locale: &str, key: &str) -> Option<&Page> {
        self.by_locale_key
            .get(locale)?
            .get(key)
            .map(|&i| &self.pages[i])
    }

    /// Root-relative URL of a page (base path included).
    pub fn url(&self, page: &Page) -> String {
        format!("{}{}", self.campaign.settings.base_path, page.path)
    }

    /// Absolute URL of a page.
    pub fn permalink(&self, page: &Page) -> String {
        format!("{}{}", self.campaign.settings.base_url, page.path)
    }

    /// The real translations of `key` (fallbacks excluded), in locale order.
    pub fn translations(&self, key: &str) -> Vec<&Page> {
        self.campaign
            .settings
            .locales
            .iter()
            .filter_map(|l| self.page(l, key))
            .filter(|p| !p.fallback)
            .collect()
    }

    /// Path of a locale's Materials page under the site root, such as
    /// `it/materiali/`. Its slug is the locale's `materials-slug` string: the
    /// one place that names the generated page, which page slugs must not take.
    pub fn materials_path(&self, locale: &str) -> String {
        format!("{locale}/{}/", materials_slug(self.campaign, locale))
    }

    /// The hreflang x-default of the page with `key`: the root language
    /// chooser for the home pages (it is the page for visitors of no listed
    /// language, and it lists the homes as its alternates), else the default
    /// language's version, if it is a real translation.
    pub fn x_default(&self, key: &str) -> Option<String> {
        if key == "index" {
            return Some(self.campaign.settings.base_url.clone());
        }
        let default = &self.campaign.settings.default_locale;
        self.page(default, key)
            .filter(|p| !p.fallback)
            .map(|p| self.permalink(p))
    }

    /// Absolute URL of every locale's Materials page, in locale order: the
    /// hreflang alternates of each of them (every language has one).
    pub fn materials_permalinks(&self) -> Vec<(String, String)> {
        let base = &self.campaign.settings.base_url;
        self.campaign
            .settings
            .locales
            .iter()
            .map(|l| (l.clone(), format!("{base}{}", self.materials_path(l))))
            .collect()
    }

    /// Pages of one locale.
    pub fn pages_in<'s>(&'s self, locale: &'s str) -> impl Iterator<Item = &'s Page> + 's {
        self.pages.iter().filter(move |p| p.locale == locale)
    }

    /// Every language's home page falls back to the default language's, and
    /// every page links to it: without one, the site has no front door.
    fn check_home(&self, diags: &mut Diagnostics) {
        let default = &self.campaign.settings.default_locale;
        let unreadable = self
            .campaign
            .unreadable
            .iter()
            .any(|(l, k)| l == default && k == "index");
        if self.page(default, "index").is_none() && !unreadable {
            let folder = self.campaign.dir.join("content").join(default);
            diags.push(
                Diagnostic::error(
                    "page.no-home",
                    format!("the default language `{default}` has no home page"),
                )
                .in_file(folder.join("index.md"))
                .with_hint(format!(
                    "add content/{default}/index.md: the site's home page, which every page links to"
                )),
            );
        }
    }

    fn check_navigation(&self, diags: &mut Diagnostics) {
        let settings = &self.campaign.settings;
        let journeys = settings.journeys.iter().map(|j| &j.page);
        for item in settings
            .navigation
            .iter()
            .chain(&settings.footer_navigation)
            .chain(journeys)
        {
            let unreadable = self
                .campaign
                .unreadable
                .iter()
                .any(|(_, k)| *k == item.value);
            if self.page(&settings.default_locale, &item.value).is_none() && !unreadable {
                let hint = did_you_mean(&item.value, self.keys.iter().map(String::as_str))
                    .map(|s| format!("did you mean `{s}`?"))
                    .unwrap_or_else(|| {
                        "menu entries are page keys: file names under content/<lang>/ without .md"
                            .into()
                    });
                let msg = format!("menu entry `{}` is not a page", item.value);
                diags.push(
                    at_value(&self.campaign.config_source, item, "config.navigation", msg)
                        .with_hint(hint),
                );
            }
        }
    }
}

/// The URL segment of a locale's Materials page: its `materials-slug`
/// string, made URL-safe, or `materials` when the string gives nothing usable.
pub(crate) fn materials_slug(campaign: &Campaign, locale: &str) -> String {
    if !campaign.i18n.has(locale, MATERIALS_SLUG_KEY) {
        return "materials".to_string();
    }
    let slug =
        crate::campaign::content::slugify(&campaign.i18n.format(locale, MATERIALS_SLUG_KEY, None));
    if slug.is_empty() {
        "materials".to_string()
    } else {
        slug
    }
}

/// The string that names the Materials page's URL segment in each language.
pub(crate) const MATERIALS_SLUG_KEY: &str = "materials-slug";

/// Two pages of one language with the same key: reported at the `key:` that
/// made them collide (the page that sets one), else at the later file.
fn duplicate_key(first: &SourcePage, second: &SourcePage) -> Diagnostic {
    let (culprit, other) = if first.front.key.is_some() && second.front.key.is_none() {
        (first, second)
    } else {
        (second, first)
    };
    let msg = format!(
        "two `{}` pages have the key `{}`",
        culprit.locale, culprit.key
    );
    let d = Diagnostic::error("page.duplicate-key", msg);
    let d = match culprit.front_key_position("key") {
        Some(pos) => d.at_source(&culprit.source, pos, "key".len()),
        None => d.in_file(&culprit.source.path),
    };
    d.with_hint(format!(
        "the other one is {}; change `key` in one of them",
        other.source.path.display()
    ))
}

/// URL path of `key` in `locale`: each folder takes the slug of its `index` page
/// in that locale (or the default locale, or the folder name).
fn page_path(
    campaign: &Campaign,
    sources: &BTreeMap<&str, BTreeMap<&str, usize>>,
    locale: &str,
    key: &str,
) -> String {
    let default = campaign.settings.default_locale.as_str();
    let slug_of = |k: &str, fallback: &str| -> String {
        let entry = sources.get(k);
        let idx = entry.and_then(|m| m.get(locale).or_else(|| m.get(default)));
        match idx.map(|&i| campaign.pages[i].slug()) {
            Some(slug) if !slug.is_empty() => slug,
            _ => fallback.to_string(),
        }
    };
    let mut path = format!("{locale}/");
    let parts: Vec<&str> = key.split('/').collect();
    for depth in 0..parts.len() {
        let is_last = depth + 1 == parts.len();
        let segment = if is_last {
            if parts[depth] == "index" {
                continue;
            }
            slug_of(key, parts[depth])
        } else {
            let dir_key = format!("{}/index", parts[..=depth].join("/"));
            slug_of(&dir_key, parts[depth])
        };
        if !segment.is_empty() {
            path.push_str(&segment);
            path.push('/');
        }
    }
    path
}

fn report_orphans(
    campaign: &Campaign,
    sources: &BTreeMap<&str, BTreeMap<&str, usize>>,
    diags: &mut Diagnostics,
) {
    let default = campaign.settings.default_locale.as_str();
    for (key, by_locale) in sources {
        let unreadable = campaign
            .unreadable
            .iter()
            .any(|(l, k)| l == default && k == key);
        if !by_locale.contains_key(default) && !unreadable {
            if let Some(&i) = by_locale.values().next() {
                diags.push(
                    Diagnostic::warning("page.no-original", format!("`{key}` has no `{default}` original, so other languages get no fallback"))
                        .in_file(&campaign.pages[i].source.path)
                        .with_hint(format!("add content/{default}/{key}.md, or set `key` to match the original's file name")),
                );
            }
        }
    }
}

fn report_duplicate_paths(campaign: &Campaign, pages: &[Page], diags: &mut Diagnostics) {
    let mut seen: HashMap<&str, &Page> = HashMap::new();
    for p in pages {
        let Some(other) = seen.insert(&p.path, p) else {
            continue;
        };
        // Blame the page whose slug was written by hand: that is what to change.
        let (a, b) = (&campaign.pages[p.source], &campaign.pages[other.source]);
        let (culprit, innocent) = if a.front.slug.is_none() && b.front.slug.is_some() {
            (b, a)
        } else {
            (a, b)
        };
        let msg = format!("two pages would be published at /{}", p.path);
        let d = match &culprit.front.slug {
            Some(s) => {
                let (pos, len) = culprit.front_caret(s);
                Diagnostic::error("page.duplicate-url", msg).at_source(&culprit.source, pos, len)
            }
            None => Diagnostic::error("page.duplicate-url", msg).in_file(&culprit.source.path),
        };
        let hint = format!(
            "{} has the same URL; give one of them another slug",
            innocent.source.path.display()
        );
        diags.push(d.with_hint(hint));
    }
}

/// Where to blame a page's URL: its `slug`, else its `key`, else the start
/// of the file (whose name made it).
fn at_url_source(page: &SourcePage, d: Diagnostic) -> Diagnostic {
    if let Some(located) = page.front.slug.as_ref().or(page.front.key.as_ref()) {
        let (pos, len) = page.front_caret(located);
        return d.at_source(&page.source, pos, len);
    }
    // The address comes from the file name: point at the front matter,
    // where a `slug` would fix it.
    let start = crate::diagnostics::Position { line: 1, column: 1 };
    d.at_source(&page.source, start, 3)
}

/// Pages whose URL would have a space, a capital or another character a
/// slug does not have (a file or folder named `About Us`): refused, never
/// published at an address people cannot type.
fn report_unfit_urls(campaign: &Campaign, pages: &[Page], diags: &mut Diagnostics) {
    for p in pages.iter().filter(|p| !p.fallback) {
        let rest = p.path.strip_prefix(&format!("{}/", p.locale)).unwrap_or("");
        let Some(bad) = rest
            .trim_end_matches('/')
            .split('/')
            .find(|s| !s.is_empty() && !crate::campaign::content::valid_slug(s))
        else {
            continue;
        };
        let source = &campaign.pages[p.source];
        let shown = crate::untrusted::urls::shown(bad);
        let msg = format!("the page's address would have `{shown}` in it, which is not a slug");
        let hint = format!(
            "give the page (or its folder's index.md) `slug: {}`, or rename the file or folder: \
             addresses use lower-case letters, digits and hyphens",
            crate::untrusted::confine::suggested_name(bad)
        );
        diags.push(at_url_source(source, Diagnostic::error("page.url", msg)).with_hint(hint));
    }
}

/// Pages whose address is one the build makes itself (the materials page,
/// 404 pages, assets, print files, the kit…): the page would be replaced
/// without a word. `generated` are the output paths of everything but pages.
pub(crate) fn report_generated_collisions<'a>(
    site: &Site,
    generated: impl IntoIterator<Item = &'a str>,
    diags: &mut Diagnostics,
) {
    let generated: std::collections::HashSet<&str> = generated.into_iter().collect();
    for p in site.pages.iter().filter(|p| !p.fallback) {
        let file = p.file_path();
        let folder = p.path.trim_end_matches('/');
        let clash = [file.as_str(), folder]
            .into_iter()
            .find(|f| generated.contains(f));
        if let Some(clash) = clash {
            let source = &site.campaign.pages[p.source];
            let msg = format!(
                "the page would be published at /{}, where the build puts its own `{clash}`",
                p.path
            );
            let d = at_url_source(source, Diagnostic::error("page.reserved-url", msg));
            diags.push(d.with_hint("give the page another `slug` (or `key`)"));
        }
    }
}

/// Pages of the default locale marked `untranslated: true`. The mark is for
/// copies seeded from the default locale; on an original it would silently
/// drop the page from the site.
fn untranslated_originals(campaign: &Campaign) -> Vec<Diagnostic> {
    let default = &campaign.settings.default_locale;
    campaign
        .pages
        .iter()
        .filter(|p| p.front.untranslated && &p.locale == default)
        .map(|p| {
            let text = &p.source.text;
            let offset = text.find("untranslated:").unwrap_or(0);
            Diagnostic::error(
                "page.untranslated-original",
                format!("a page of the default locale `{default}` is marked `untranslated: true`"),
            )
            .at_source(&p.source, position_of(text, offset), "untranslated".len())
            .with_hint("the default locale's pages are the originals: remove `untranslated: true`")
        })
        .collect()
}
