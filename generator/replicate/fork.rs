//! `faro fork`: a new campaign from an existing one. What stays true is kept:
//! generic content, the print section, palette, navigation, EU-wide facts, and
//! the national facts when the new region is in the same country. Every
//! regional fact becomes a visible `TODO:`, and every regional passage stays in
//! place, whole, marked `to-adapt=HASH` so that `faro check` lists it until it is
//! edited (or the mark removed). The new folder is made aside and moved into
//! place only when complete, so an error never leaves a half-made folder behind.

mod checklist;
mod options;
mod text;

pub(crate) use text::mark_passages;
use text::{fluent_entries, top_level_block, with_translated_from};

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use crate::campaign::content::SourcePage;
use crate::campaign::load::{self, Campaign};
use crate::campaign::settings::{HelplineSettings, Scope};
use crate::campaign::todos::MARKER;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::untrusted::files;

/// What the new campaign should be.
#[derive(Debug, Clone, Default)]
pub struct ForkOptions {
    /// The new region's name.
    pub region: Option<String>,
    /// Locales of the new campaign (default: the source's).
    pub locales: Option<Vec<String>>,
    /// Default locale of the new campaign (default: the source's, or the first of `locales`).
    pub default_locale: Option<String>,
    /// The new region's country, ISO two-letter code (default: the source's).
    /// Facts of the source's country are kept only in the same country.
    pub country: Option<String>,
}

/// What `fork` made.
#[derive(Debug)]
pub struct ForkReport {
    /// The new campaign folder.
    pub dir: PathBuf,
    /// Pages copied as they were (translations kept).
    pub pages_kept: usize,
    /// Pages seeded from the default locale for new locales, marked untranslated.
    pub pages_seeded: usize,
    /// Passages kept in place, marked as to adapt.
    pub regional_passages: usize,
    /// The new campaign's country.
    pub country: String,
    /// Its English name (`Austria`).
    pub country_name: String,
    /// True when the country is the source's: its national facts were kept.
    pub same_country: bool,
    /// The new campaign's locales, its default first.
    pub locales: Vec<String>,
    /// Where the default locale came from (`the language of Austria`).
    pub default_why: String,
}

/// Forks `source` into `dest`, which must not exist.
pub fn fork(source: &Path, dest: &Path, options: &ForkOptions) -> Result<ForkReport, Diagnostics> {
    if dest.exists() {
        return Err(Diagnostic::error(
            "fork.exists",
            "the destination already exists; fork never overwrites",
        )
        .in_file(dest)
        .with_hint("choose a new folder name, such as campaigns/<your-region>")
        .into());
    }
    let mut diags = Diagnostics::new();
    let campaign = load::load(source, &mut diags)
        .filter(|_| !diags.has_errors())
        .ok_or_else(|| refuse(diags))?;
    // The folders copied whole: a link out of the campaign is an error here,
    // never a copy of what it points to.
    let mut diags = Diagnostics::new();
    for folder in COPIED_FOLDERS {
        files::list_files(&campaign.dir.join(folder), &campaign.dir, &[], &mut diags);
    }
    if diags.has_errors() {
        return Err(refuse(diags));
    }
    let plan = Plan::new(&campaign, dest, options)?;
    let parent = dest
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let io = |e: std::io::Error| {
        Diagnostics::from(
            Diagnostic::error("fork.io", format!("cannot write the new campaign: {e}"))
                .in_file(dest),
        )
    };
    std::fs::create_dir_all(parent).map_err(io)?;
    let work = tempfile::Builder::new()
        .prefix(".faro-fork-")
        .tempdir_in(parent)
        .map_err(io)?;
    let report = plan.write(work.path()).map_err(io)?;
    std::fs::rename(work.keep(), dest).map_err(io)?;
    Ok(ForkReport {
        dir: dest.to_path_buf(),
        ..report
    })
}

fn refuse(mut diags: Diagnostics) -> Diagnostics {
    // A source that is not there is said so alone.
    if diags.iter().any(|d| d.code == "campaign.missing") {
        return diags;
    }
    diags.push(
        Diagnostic::error(
            "fork.source",
            "the source campaign has errors; fix them before forking it",
        )
        .with_hint("run `faro check` on the source campaign"),
    );
    diags
}

struct Plan<'c> {
    campaign: &'c Campaign,
    id: String,
    region: Option<String>,
    locales: Vec<String>,
    default_locale: String,
    default_from: options::DefaultFrom,
    /// The new campaign's country, upper case.
    country: String,
    /// The source's country is the new one's: national facts stay true.
    same_country: bool,
    /// The folder as the user typed it, for the checklist's commands.
    shown_dir: String,
    /// Helpline numbers of the source that do not travel.
    regional_numbers: Vec<String>,
    /// The source region's name as its other languages spell it.
    region_names: Vec<String>,
    kept_helplines: BTreeSet<String>,
}

/// True when a helpline is still true in the new campaign.
fn travels(h: &HelplineSettings, same_country: bool) -> bool {
    match h.scope {
        Scope::Eu => true,
        Scope::Country => same_country,
        // The European emergency number, in campaigns written before `scope:`.
        Scope::Region => h.emergency && h.number == "112",
    }
}

impl<'c> Plan<'c> {
    fn new(campaign: &'c Campaign, dest: &Path, o: &ForkOptions) -> Result<Self, Diagnostics> {
        let s = &campaign.settings;
        let id: String = dest
            .file_name()
            .map(|n| n.to_string_lossy().to_lowercase())
            .unwrap_or_default()
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
            .collect();
        let source_country = s.country.clone().unwrap_or_default();
        let country = options::country(&source_country, o)?;
        let same_country = country == source_country;
        let (locales, default_locale, default_from) =
            options::locales(campaign, o, &country, same_country)?;
        let (kept, dropped): (Vec<_>, Vec<_>) =
            s.helplines.iter().partition(|h| travels(h, same_country));
        Ok(Plan {
            campaign,
            id,
            region: o.region.clone(),
            locales,
            default_locale,
            default_from,
            country,
            same_country,
            shown_dir: dest.display().to_string(),
            // Local services are regional facts: none travels (their
            // numbers, like a regional helpline's, must not stay in pages).
            regional_numbers: dropped
                .iter()
                .map(|h| h.number.clone())
                .chain(s.services.iter().map(|v| v.phone.clone()))
                .collect(),
            region_names: region_names(campaign),
            kept_helplines: kept.iter().map(|h| h.id.clone()).collect(),
        })
    }

    fn write(&self, dir: &Path) -> std::io::Result<ForkReport> {
        let mut report = ForkReport {
            dir: dir.to_path_buf(),
            pages_kept: 0,
            pages_seeded: 0,
            regional_passages: 0,
            country: self.country.clone(),
            country_name: crate::campaign::country::name(&self.country)
                .unwrap_or_default()
                .to_string(),
            same_country: self.same_country,
            locales: self.locales.clone(),
            default_why: self.default_from.why(),
        };
        std::fs::write(dir.join("campaign.yaml"), self.campaign_yaml())?;
        for folder in COPIED_FOLDERS {
            copy_tree(&self.campaign.dir, folder, dir)?;
        }
        let src = &self.campaign.settings.default_locale;
        let originals: Vec<&SourcePage> = self
            .campaign
            .pages
            .iter()
            .filter(|p| &p.locale == src)
            .collect();
        for locale in &self.locales {
            for original in &originals {
                let own = self.campaign.pages.iter().find(|p| {
                    &p.locale == locale && p.key == original.key && !p.front.untranslated
                });
                let (text, passages) = match own {
                    Some(page) => {
                        report.pages_kept += 1;
                        mark_passages(&page.source.text, self.same_country)
                    }
                    None => {
                        report.pages_seeded += 1;
                        let (text, n) = mark_passages(&original.source.text, self.same_country);
                        (self.seed(&text, locale), n)
                    }
                };
                report.regional_passages += passages;
                let rel = original
                    .relative
                    .strip_prefix(Path::new("content").join(src))
                    .unwrap_or(&original.relative);
                let path = dir.join("content").join(locale).join(rel);
                std::fs::create_dir_all(path.parent().unwrap_or(dir))?;
                std::fs::write(path, text)?;
            }
            let ftl = self
                .campaign
                .dir
                .join("locales")
                .join(locale)
                .join("campaign.ftl");
            if let Ok(text) = std::fs::read_to_string(&ftl) {
                let out = dir.join("locales").join(locale);
                std::fs::create_dir_all(&out)?;
                std::fs::write(out.join("campaign.ftl"), self.strings(&text))?;
            }
        }
        self.restamp(dir)?;
        std::fs::write(dir.join("CHECKLIST.md"), checklist::write(self))?;
        Ok(report)
    }

    /// A page for a locale the source does not have: the original's text,
    /// built as a fallback until translated (or, for a new default locale, a
    /// to-do to translate it).
    fn seed(&self, text: &str, locale: &str) -> String {
        // Front matter: from the first line to the closing `---` line.
        let close = text
            .get(3..)
            .and_then(|t| t.find("\n---"))
            .map(|i| i + 3 + 1)
            .unwrap_or(0);
        let (front, rest) = text.split_at(close);
        let front: String = front
            .lines()
            .filter(|l| !l.starts_with("translated_from:"))
            .map(|l| format!("{l}\n"))
            .collect();
        if locale == self.default_locale {
            let (closing, body) = rest.split_once('\n').unwrap_or((rest, ""));
            let src = &self.campaign.settings.default_locale;
            format!("{front}{closing}\n\n{MARKER} translate this page into `{locale}` (it is still in `{src}`)\n{body}")
        } else {
            format!("{front}untranslated: true\n{rest}")
        }
    }

    /// Records, in each kept translation that followed its original, the hash
    /// of the new original (whose passages were just marked; with a new
    /// default locale, its page is the new original). Translations of the same
    /// version of a text stay translations of each other.
    fn restamp(&self, dir: &Path) -> std::io::Result<()> {
        let pages = &self.campaign.pages;
        let src_default = &self.campaign.settings.default_locale;
        let current = |p: &SourcePage, o: &SourcePage| {
            p.locale == o.locale
                || p.front.translated_from.as_deref() == Some(o.source_hash().as_str())
        };
        for original in pages.iter().filter(|p| &p.locale == src_default) {
            let page_in = |locale: &str| {
                pages
                    .iter()
                    .find(|p| p.locale == locale && p.key == original.key && !p.front.untranslated)
            };
            let Some(new_original) = page_in(&self.default_locale) else {
                continue;
            };
            if !current(new_original, original) {
                continue;
            }
            let rel = original
                .relative
                .strip_prefix(Path::new("content").join(src_default))
                .unwrap_or(&original.relative);
            let written =
                std::fs::read_to_string(dir.join("content").join(&self.default_locale).join(rel))?;
            let hash = crate::campaign::content::text_hash(&written);
            let mut stamped = false;
            for locale in self.locales.iter().filter(|l| **l != self.default_locale) {
                if page_in(locale).is_some_and(|p| current(p, original)) {
                    let path = dir.join("content").join(locale).join(rel);
                    let text = std::fs::read_to_string(&path)?;
                    std::fs::write(&path, with_translated_from(&text, &hash))?;
                    stamped = true;
                }
            }
            if stamped {
                // Kept as `faro stamp` keeps it: once the officer edits the
                // original, `faro check` shows the translator what changed.
                crate::translate::history::keep(dir, &hash, "md", &written)
                    .map_err(|d| std::io::Error::other(d.message))?;
            }
        }
        Ok(())
    }

    /// The source's regional words (its region and numbers that did not travel).
    fn words(&self) -> Vec<String> {
        std::iter::once(self.campaign.settings.region.clone())
            .chain(self.region_names.iter().cloned())
            .chain(self.regional_numbers.iter().cloned())
            .collect()
    }

    fn campaign_yaml(&self) -> String {
        let s = &self.campaign.settings;
        let src = self.campaign.config_source.text.as_ref();
        let region = match &self.region {
            Some(r) => format!("\"{}\"", r.replace('"', "'")),
            None => format!("\"{MARKER} your region's name\""),
        };
        let mut y = String::new();
        let _ = writeln!(y, "# Forked from `{}` by `faro fork`. Each line marked TODO is a fact of your region to\n# fill in; `faro check` lists what is left, file by file. See CHECKLIST.md.", s.id);
        let _ = writeln!(y, "id: {}\nregion: {region}", self.id);
        let _ = writeln!(y, "country: {}", self.country);
        let _ = writeln!(
            y,
            "default_locale: {}\nlocales: [{}]",
            self.default_locale,
            self.locales.join(", ")
        );
        let _ = writeln!(
            y,
            "base_url: https://example.org/  # {MARKER} the address the site will be published at"
        );
        for key in ["theme", "palette"] {
            y.push_str(&top_level_block(src, key));
        }
        if s.logo.is_some() {
            let logo = top_level_block(src, "logo");
            let _ = writeln!(
                y,
                "\n{}  # {MARKER} your campaign's logo (this one is the source campaign's)",
                logo.trim()
            );
        }
        let _ = writeln!(y, "\npartners: []\n# {MARKER} the organisations running your campaign, each with id, name, website and logo;\n# their roles go in locales/<lang>/campaign.ftl as partner-<id>-role.");
        y.push_str("\nhelplines:\n");
        for h in s
            .helplines
            .iter()
            .filter(|h| self.kept_helplines.contains(&h.id))
        {
            let scope = match h.scope {
                Scope::Eu => "eu",
                Scope::Country => "country",
                Scope::Region => "region",
            };
            let _ = writeln!(y, "  - id: {}\n    number: \"{}\"\n    free: {}\n    always_open: {}\n    anonymous: {}\n    multilingual: {}\n    emergency: {}\n    scope: {scope}", h.id, h.number, h.free, h.always_open, h.anonymous, h.multilingual, h.emergency);
        }
        let _ = writeln!(y, "# {MARKER} your region's helplines (id, number, free, always_open, anonymous, multilingual, scope),\n# named in locales/<lang>/campaign.ftl as helpline-<id>-name and helpline-<id>-audience.");
        if !s.services.is_empty() {
            let _ = writeln!(y, "\nservices: []\n# {MARKER} the local services of your region that want their own co-branded posters, flyer\n# and wallet card (id, name, phone, address or hours, logo, locales); {}'s were left out.", s.region);
        }
        if s.eu_funded {
            let _ = writeln!(y, "\nfunding:\n  emblem: eu  # {MARKER} keep only if your campaign is EU-funded; its statement is `funding-statement` in campaign.ftl");
        }
        // Everything else is not a fact of the region: kept as written.
        for key in [
            "print",
            "navigation",
            "footer_navigation",
            "essential_pages",
            "journeys",
            "exit",
            "discreet",
        ] {
            y.push_str(&top_level_block(src, key));
        }
        let mut words: Vec<String> = self
            .regional_numbers
            .iter()
            .map(|n| format!("\"{n}\""))
            .collect();
        words.dedup();
        let names: Vec<String> = self
            .region_names
            .iter()
            .map(|n| format!("\"{}\"", n.replace(['"', '\\'], "")))
            .collect();
        let _ = writeln!(y, "\n# Words of the source campaign that must not stay: `faro check` lists each mention.\n# A mention true for your region too: copy the words `faro check` quotes around it into `keep`.\nforked_from:\n  campaign: {}\n  region: \"{}\"\n  names: [{}]\n  numbers: [{}]\n  keep: []", s.id, s.region, names.join(", "), words.join(", "));
        y
    }

    /// Campaign strings: regional ones become to-dos that keep the old value;
    /// strings of helplines and partners that did not travel are dropped.
    fn strings(&self, text: &str) -> String {
        let dropped = |id: &str| {
            (id.starts_with("helpline-")
                && !self
                    .kept_helplines
                    .iter()
                    .any(|h| id.starts_with(&format!("helpline-{h}-"))))
                || id.starts_with("partner-")
        };
        let mut out = String::new();
        for entry in fluent_entries(text) {
            let Some(id) = entry.id else {
                out.push_str(&entry.text);
                continue;
            };
            if dropped(id) {
                continue;
            }
            let value = entry.value();
            let regional = matches!(
                id,
                "campaign-name" | "campaign-region" | "funding-statement"
            ) || self.words().iter().any(|w| value.contains(w.as_str()));
            if id == "campaign-region" && self.region.is_some() {
                let _ = writeln!(out, "{id} = {}", self.region.as_deref().unwrap_or_default());
            } else if regional {
                let _ = writeln!(
                    out,
                    "{id} = {MARKER} rewrite for your campaign (was: {value})"
                );
            } else {
                out.push_str(&entry.text);
            }
        }
        out
    }
}

/// The source region's name in each of its languages (`campaign-region` in
/// `locales/<lang>/campaign.ftl`), other than the spelling in campaign.yaml:
/// `Venetien`, `Vénétie`, … A mention in any language is a to-do.
fn region_names(campaign: &Campaign) -> Vec<String> {
    let mut names = BTreeSet::new();
    for locale in &campaign.settings.locales {
        let ftl = campaign
            .dir
            .join("locales")
            .join(locale)
            .join("campaign.ftl");
        let Ok(text) = std::fs::read_to_string(&ftl) else {
            continue;
        };
        for entry in fluent_entries(&text) {
            if entry.id == Some("campaign-region") {
                names.insert(entry.value().trim().to_string());
            }
        }
    }
    names.remove(&campaign.settings.region);
    names.remove("");
    names.into_iter().collect()
}

/// Folders a fork copies as they are.
const COPIED_FOLDERS: [&str; 2] = ["assets", "templates"];

/// Copies the files of `source/folder` into `dest/folder`, listed by the one
/// folder walker (links out of the campaign were refused before; hidden files
/// are left out, as the kit leaves them out).
fn copy_tree(source: &Path, folder: &str, dest: &Path) -> std::io::Result<()> {
    let from = source.join(folder);
    let mut ignored = Diagnostics::new();
    for file in files::list_files(&from, source, &[], &mut ignored) {
        let rel = file.strip_prefix(&from).unwrap_or(&file);
        let target = dest.join(folder).join(rel);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::copy(&file, &target)?;
    }
    Ok(())
}
