//! `faro fork`: a new campaign from an existing one. Generic content is kept;
//! every regional fact becomes a visible `TODO:` that `faro check` lists until
//! it is filled in. The new folder is made aside and moved into place only when
//! complete, so an error never leaves a half-made folder behind.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use crate::content::SourcePage;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::load::{self, Campaign};
use crate::todos::MARKER;

/// What the new campaign should be.
#[derive(Debug, Clone, Default)]
pub struct ForkOptions {
    /// The new region's name.
    pub region: Option<String>,
    /// Locales of the new campaign (default: the source's).
    pub locales: Option<Vec<String>>,
    /// Default locale of the new campaign (default: the source's, or the first of `locales`).
    pub default_locale: Option<String>,
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
    /// Regional passages turned into to-dos.
    pub regional_passages: usize,
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
    /// Helpline numbers of the source that do not travel (all but EU-wide 112).
    regional_numbers: Vec<String>,
    kept_helplines: BTreeSet<String>,
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
        let mut locales = o.locales.clone().unwrap_or_else(|| s.locales.clone());
        let default_locale = o
            .default_locale
            .clone()
            .or_else(|| {
                o.locales
                    .as_ref()
                    .and_then(|l| l.first().cloned())
                    .filter(|_| !locales.contains(&s.default_locale))
            })
            .unwrap_or_else(|| s.default_locale.clone());
        locales.retain(|l| *l != default_locale);
        locales.insert(0, default_locale.clone());
        let known: BTreeSet<String> = campaign.i18n.locales().map(str::to_string).collect();
        let shared = campaign.project.locales();
        let mut scratch = Diagnostics::new();
        let unknown: Vec<&String> = locales
            .iter()
            .filter(|l| !known.contains(*l) && !shared.has_dir(l))
            .collect();
        if !unknown.is_empty() {
            let list = unknown
                .iter()
                .map(|l| l.as_str())
                .collect::<Vec<_>>()
                .join(", ");
            let available: Vec<String> = shared
                .files("", &mut scratch)
                .iter()
                .filter_map(|f| f.name.split('/').next().map(str::to_string))
                .collect::<BTreeSet<_>>()
                .into_iter()
                .collect();
            return Err(Diagnostic::error(
                "fork.locale",
                format!("no interface strings for: {list}"),
            )
            .with_hint(format!("available: {}", available.join(", ")))
            .into());
        }
        let is_shared = |h: &crate::settings::HelplineSettings| h.emergency && h.number == "112";
        Ok(Plan {
            campaign,
            id,
            region: o.region.clone(),
            locales,
            default_locale,
            regional_numbers: s
                .helplines
                .iter()
                .filter(|h| !is_shared(h))
                .map(|h| h.number.clone())
                .collect(),
            kept_helplines: s
                .helplines
                .iter()
                .filter(|h| is_shared(h))
                .map(|h| h.id.clone())
                .collect(),
        })
    }

    fn write(&self, dir: &Path) -> std::io::Result<ForkReport> {
        let mut report = ForkReport {
            dir: dir.to_path_buf(),
            pages_kept: 0,
            pages_seeded: 0,
            regional_passages: 0,
        };
        std::fs::write(dir.join("campaign.yaml"), self.campaign_yaml())?;
        copy_tree(&self.campaign.dir.join("assets"), &dir.join("assets"))?;
        copy_tree(&self.campaign.dir.join("templates"), &dir.join("templates"))?;
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
                        regional_to_todos(&page.source.text, &self.words())
                    }
                    None => {
                        report.pages_seeded += 1;
                        let (text, n) = regional_to_todos(&original.source.text, &self.words());
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
        std::fs::write(dir.join("CHECKLIST.md"), self.checklist())?;
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

    /// Records, in each kept translation that matched its original, the hash
    /// of the new original (whose regional passages just changed).
    fn restamp(&self, dir: &Path) -> std::io::Result<()> {
        let src_default = &self.campaign.settings.default_locale;
        for page in self
            .campaign
            .pages
            .iter()
            .filter(|p| &p.locale != src_default && self.locales.contains(&p.locale))
        {
            let Some(original) = self
                .campaign
                .pages
                .iter()
                .find(|o| &o.locale == src_default && o.key == page.key)
            else {
                continue;
            };
            if page.front.translated_from.as_deref() != Some(original.source_hash().as_str())
                || self.default_locale != *src_default
            {
                continue;
            }
            let rel = |p: &SourcePage| {
                p.relative
                    .strip_prefix("content")
                    .map(Path::to_path_buf)
                    .unwrap_or_else(|_| p.relative.clone())
            };
            let new_original = std::fs::read(dir.join("content").join(rel(original)))?;
            let hash = blake3::hash(&new_original).to_hex()[..12].to_string();
            let path = dir.join("content").join(rel(page));
            let text = std::fs::read_to_string(&path)?;
            let old = format!("translated_from: \"{}\"", original.source_hash());
            std::fs::write(
                &path,
                text.replacen(&old, &format!("translated_from: \"{hash}\""), 1),
            )?;
        }
        Ok(())
    }

    /// The source's regional words (its region and numbers that did not travel).
    fn words(&self) -> Vec<String> {
        std::iter::once(self.campaign.settings.region.clone())
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
        let _ = writeln!(y, "country: {}  # {MARKER} your country's two-letter code (phone numbers are checked for it)", s.country.as_deref().unwrap_or("IT"));
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
            let _ = writeln!(y, "  - id: {}\n    number: \"{}\"\n    free: {}\n    always_open: {}\n    emergency: {}", h.id, h.number, h.free, h.always_open, h.emergency);
        }
        let _ = writeln!(y, "# {MARKER} your region's helplines (id, number, free, always_open, anonymous, multilingual),\n# named in locales/<lang>/campaign.ftl as helpline-<id>-name and helpline-<id>-audience.");
        if s.eu_funded {
            let _ = writeln!(y, "\nfunding:\n  emblem: eu  # {MARKER} keep only if your campaign is EU-funded; its statement is `funding-statement` in campaign.ftl");
        }
        for key in [
            "navigation",
            "footer_navigation",
            "exit",
            "discreet",
            "print",
        ] {
            y.push_str(&top_level_block(src, key));
        }
        let mut words: Vec<String> = self
            .regional_numbers
            .iter()
            .map(|n| format!("\"{n}\""))
            .collect();
        words.dedup();
        let _ = writeln!(y, "\n# Words of the source campaign that must not stay: `faro check` lists each mention.\nforked_from:\n  campaign: {}\n  region: \"{}\"\n  numbers: [{}]", s.id, s.region, words.join(", "));
        y
    }

    /// Campaign strings: regional ones become to-dos; strings of helplines and
    /// partners that did not travel are dropped.
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
        let mut skipping = false;
        for line in text.lines() {
            let is_entry = line
                .split_once(" =")
                .is_some_and(|(id, _)| !id.starts_with([' ', '#']) && !id.is_empty());
            if is_entry {
                let (id, value) = line.split_once(" =").unwrap_or((line, ""));
                skipping = dropped(id);
                if skipping {
                    continue;
                }
                let regional = matches!(
                    id,
                    "campaign-name" | "campaign-region" | "funding-statement"
                ) || self
                    .regional_numbers
                    .iter()
                    .any(|n| value.contains(n.as_str()));
                if id == "campaign-region" && self.region.is_some() {
                    let _ = writeln!(out, "{id} = {}", self.region.as_deref().unwrap_or_default());
                } else if regional {
                    let was = self
                        .words()
                        .iter()
                        .fold(value.to_string(), |v, w| v.replace(w.as_str(), "…"));
                    let _ = writeln!(out, "{id} = {MARKER} rewrite for your campaign (was:{was})");
                    skipping = true; // drop the old value's continuation lines
                } else {
                    let _ = writeln!(out, "{line}");
                }
            } else if !(skipping && line.starts_with(' ')) {
                // Comments and blank lines stay; indented continuation lines of
                // a dropped or replaced message go with it.
                let _ = writeln!(out, "{line}");
            }
        }
        out
    }

    fn checklist(&self) -> String {
        let s = &self.campaign.settings;
        format!(
            "# Checklist: from the {src} campaign to yours\n\n\
             This folder was made by `faro fork` from `{src}`. The explanation of stalkerware, the\n\
             warning signs and the safety advice are kept; every regional fact is a `TODO:`.\n\n\
             1. Run `faro check {dir}`: it lists every to-do, file by file (`--format json` for CI).\n\
             2. In campaign.yaml: region, country, base_url, logo, partners, helplines, funding.\n\
             3. In locales/<lang>/campaign.ftl: the campaign name, region, funding statement, and\n\
             \x20  every string that named {src}'s helplines; add helpline-<id>-… and partner-<id>-role.\n\
             4. In content/: each `TODO:` marks a regional passage of the original (local services,\n\
             \x20  helplines, partners): write yours. Mentions of `{region}` and of {numbers} are listed too.\n\
             5. Pages marked `untranslated: true` are copies waiting for a translation: translate them,\n\
             \x20  then run `faro stamp <file>` to record which version of the original they follow.\n\
             6. Check every phone number with the service that runs it. Never publish a number you\n\
             \x20  have not called.\n\
             7. When `faro check` says ready: `faro build {dir}` (or `faro build --draft` before that,\n\
             \x20  which marks every page as a draft).\n",
            src = s.id,
            dir = self.id,
            region = s.region,
            numbers = if self.regional_numbers.is_empty() { "its numbers".to_string() } else { self.regional_numbers.join(", ") },
        )
    }
}

/// Replaces each `::: regional` block by a `::: todo` block holding a to-do
/// that quotes the start of the passage (its regional `words` elided, as they
/// are to-dos of their own). Returns the text and the number of blocks.
pub fn regional_to_todos(text: &str, words: &[String]) -> (String, usize) {
    let mut out = String::with_capacity(text.len());
    let mut count = 0;
    let mut in_block = false;
    let mut first_line: Option<String> = None;
    for line in text.split_inclusive('\n') {
        let t = line.trim();
        if !in_block && t.starts_with(":::") && t.trim_start_matches(':').trim() == "regional" {
            in_block = true;
            first_line = None;
            count += 1;
        } else if in_block && t == ":::" {
            in_block = false;
            let was = words
                .iter()
                .filter(|w| !w.is_empty())
                .fold(first_line.take().unwrap_or_default(), |t, w| {
                    t.replace(w.as_str(), "…")
                });
            let _ = write!(out, "::: todo\n{MARKER} write this passage for your region (the original began: \"{}\")\n:::\n", was.replace('"', "'"));
        } else if in_block {
            if first_line.is_none() && !t.is_empty() {
                first_line = Some(t.chars().take(80).collect());
            }
        } else {
            out.push_str(line);
        }
    }
    (out, count)
}

/// The text of a top-level YAML key and its indented lines.
fn top_level_block(yaml: &str, key: &str) -> String {
    let mut out = String::new();
    let mut inside = false;
    for line in yaml.lines() {
        if !line.starts_with([' ', '#', '-']) && !line.trim().is_empty() {
            inside = line.starts_with(&format!("{key}:"));
            if inside {
                out.push('\n');
            }
        }
        if inside && !line.trim_start().starts_with('#') {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

fn copy_tree(from: &Path, to: &Path) -> std::io::Result<()> {
    if !from.is_dir() {
        return Ok(());
    }
    for entry in walkdir::WalkDir::new(from).sort_by_file_name() {
        let entry = entry.map_err(std::io::Error::other)?;
        let rel = entry.path().strip_prefix(from).unwrap_or(entry.path());
        let target = to.join(rel);
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target)?;
        } else {
            std::fs::copy(entry.path(), &target)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regional_blocks_become_todos() {
        let words = ["Veneto".to_string(), "1522".to_string()];
        let (out, n) = regional_to_todos(
            "Intro\n\n::: regional\nCall 1522 in Veneto.\n:::\n\nEnd\n",
            &words,
        );
        assert_eq!(n, 1);
        assert!(!out.contains("1522"));
        assert!(out.contains("::: todo\nTODO: write this passage for your region (the original began: \"Call … in ….\")\n:::\n"));
        assert!(out.starts_with("Intro\n") && out.ends_with("End\n"));
    }

    #[test]
    fn top_level_blocks_are_copied_whole() {
        let yaml = "a: 1\npalette:\n  primary: \"#000000\"\n  # note\n  text: \"#111111\"\nb: 2\n";
        assert_eq!(
            top_level_block(yaml, "palette"),
            "\npalette:\n  primary: \"#000000\"\n  text: \"#111111\"\n"
        );
    }
}
