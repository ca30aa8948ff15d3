//! `faro translate export`: every page segment and campaign string that is
//! missing or stale in a language, as one XLIFF document.

use std::collections::BTreeMap;
use std::path::Path;

use super::history::{self, Change};
use super::inline;
use super::segments::{self, Extracted, Segment, Syntax};
use super::xliff::{self, Document, File, State, Unit, Version};
use super::{fluent_files, page_translation, relative, Existing};
use crate::campaign::content::{Review, SourcePage};
use crate::campaign::load::Campaign;
use crate::diagnostics::Diagnostic;

/// What to export.
#[derive(Debug, Clone)]
pub struct Options {
    /// Target language.
    pub to: String,
    /// Source language (default: the campaign's default locale).
    pub from: Option<String>,
    /// Only segments whose original changed since the last stamp.
    pub only_changed: bool,
    /// XLIFF version.
    pub version: Version,
}

/// The exported document and a summary for the person who asked.
#[derive(Debug)]
pub struct Exported {
    /// The XLIFF text.
    pub xliff: String,
    /// Segments exported.
    pub units: usize,
    /// Files (pages and Fluent files) with at least one segment.
    pub files: usize,
    /// Stale pages whose previous original was not kept, exported whole.
    pub without_history: Vec<String>,
}

/// Builds the export.
pub fn export(campaign: &Campaign, options: &Options) -> Result<Exported, Diagnostic> {
    let default = campaign.settings.default_locale.clone();
    let from = options.from.clone().unwrap_or_else(|| default.clone());
    if !campaign.settings.locales.contains(&from) {
        return Err(Diagnostic::error(
            "translate.from",
            format!("`{from}` is not one of the campaign's languages"),
        )
        .in_file(campaign.dir.join("campaign.yaml"))
        .with_hint(format!(
            "translate from one of: {}",
            campaign.settings.locales.join(", ")
        )));
    }
    if let Err(diags) = super::check_folders(campaign, &options.to) {
        // Each is an error about a folder; the first is enough to act on.
        if let Some(first) = diags.sorted().into_iter().next() {
            return Err(first);
        }
    }
    let mut exporter = Exporter {
        campaign,
        options,
        from: &from,
        from_default: from == default,
        proofreading: options.to == from,
        without_history: Vec::new(),
    };
    let mut files = Vec::new();
    let mut pages: Vec<&SourcePage> = campaign.pages.iter().filter(|p| p.locale == from).collect();
    pages.sort_by(|a, b| a.relative.cmp(&b.relative));
    for page in pages {
        files.extend(exporter.page(page));
    }
    for ftl in fluent_files(&campaign.dir, &from) {
        files.extend(exporter.strings(&ftl)?);
    }
    let doc = Document {
        source_lang: from.clone(),
        target_lang: options.to.clone(),
        files,
    };
    Ok(Exported {
        units: doc.files.iter().map(|f| f.units.len()).sum(),
        files: doc.files.len(),
        xliff: xliff::write(&doc, options.version),
        without_history: exporter.without_history,
    })
}

struct Exporter<'a> {
    campaign: &'a Campaign,
    options: &'a Options,
    from: &'a str,
    from_default: bool,
    /// Exporting a language into itself: every segment, for proofreading.
    proofreading: bool,
    without_history: Vec<String>,
}

/// Where a stale translation stands against the current original.
struct Stale {
    /// For each segment of the current original, how it relates to the old one.
    changes: Vec<Change>,
    /// The old original.
    old: Extracted,
    /// The translation's segments, when it follows the old original's structure.
    translated: Option<Extracted>,
}

impl Exporter<'_> {
    fn page(&mut self, page: &SourcePage) -> Option<File> {
        let to = &self.options.to;
        let current = super::original_hash(self.campaign, &page.key)?;
        let existing = page_translation(self.campaign, &page.key, &page.relative, self.from, to);
        let extracted = segments::page(&page.source.text);
        let title = &page.front.title;
        let stale = match (&existing.text, &existing.translated_from) {
            _ if self.proofreading => None,
            (None, _) => None,
            (Some(_), _) if existing.untranslated => None,
            (Some(_), Some(hash)) if *hash == current => return None,
            // Not recorded: the translation report asks for a stamp instead.
            (Some(_), None) => return None,
            (Some(_), Some(hash)) => Some(self.stale(page, hash, &existing, &extracted)),
        };
        let mut units = Vec::new();
        for (n, seg) in extracted.segments.iter().enumerate() {
            let context = format!("{}. Page “{title}”.", capitalised(&seg.context));
            let mut unit = new_unit(seg, context, None);
            if let Some(Some(stale)) = &stale {
                match stale.changes[n] {
                    Change::Same(old) => {
                        if self.options.only_changed {
                            continue;
                        }
                        if let Some(t) = &stale.translated {
                            unit.target = Some(t.segments[old].content.clone());
                            unit.state = State::Done(existing.review.unwrap_or(Review::Volunteer));
                        }
                    }
                    Change::Changed(old) => {
                        unit.previous_source =
                            old.map(|i| inline::plain(&stale.old.segments[i].content));
                    }
                }
            }
            units.push(unit);
        }
        if units.is_empty() {
            return None;
        }
        let kind = if stale.is_some() {
            "its original changed since it was translated"
        } else {
            "not translated yet"
        };
        Some(File {
            original: relative(&self.campaign.dir, &page.source.path),
            note: format!("Page “{title}” ({kind})."),
            units,
        })
    }

    /// Compares the current original with the one the translation was made from.
    fn stale(
        &mut self,
        page: &SourcePage,
        hash: &str,
        existing: &Existing,
        current: &Extracted,
    ) -> Option<Stale> {
        let old_text = self
            .from_default
            .then(|| history::original(&self.campaign.dir, hash, "md"))
            .flatten();
        let Some(old_text) = old_text else {
            self.without_history.push(page.key.clone());
            return None;
        };
        let old = segments::page(&old_text);
        let changes = history::align(&alignment_keys(&old), &alignment_keys(current));
        let translated = existing
            .text
            .as_deref()
            .map(segments::page)
            .filter(|t| same_structure(t, &old));
        Some(Stale {
            changes,
            old,
            translated,
        })
    }

    fn strings(&mut self, ftl: &Path) -> Result<Option<File>, Diagnostic> {
        let text =
            std::fs::read_to_string(ftl).map_err(|e| crate::untrusted::files::io_error(ftl, &e))?;
        let print_keys = crate::campaign::print_assets::string_keys();
        let context_of = |key: &str| string_context(key, &print_keys);
        let extracted = segments::fluent(&text, &context_of);
        let name = ftl.file_name().unwrap_or_default();
        let existing = Existing::read(
            self.campaign
                .dir
                .join("locales")
                .join(&self.options.to)
                .join(name),
        );
        let translated: BTreeMap<String, Segment> = existing
            .text
            .as_deref()
            .map(|t| segments::fluent(t, &|_| String::new()).segments)
            .unwrap_or_default()
            .into_iter()
            .map(|s| (s.id.clone(), s))
            .collect();
        let old: BTreeMap<String, Segment> = existing
            .translated_from
            .as_deref()
            .filter(|_| self.from_default)
            .and_then(|h| history::original(&self.campaign.dir, h, "ftl"))
            .map(|t| segments::fluent(&t, &|_| String::new()).segments)
            .unwrap_or_default()
            .into_iter()
            .map(|s| (s.id.clone(), s))
            .collect();
        let mut units = Vec::new();
        for seg in &extracted.segments {
            let previous = old.get(&seg.id).map(|s| inline::plain(&s.content));
            let changed = previous
                .as_ref()
                .is_some_and(|p| *p != inline::plain(&seg.content));
            let wanted = self.proofreading || !translated.contains_key(&seg.id) || changed;
            if !wanted {
                continue;
            }
            let mut unit = new_unit(seg, seg.context.clone(), print_limit(seg, &print_keys));
            if changed {
                unit.previous_source = previous;
            }
            units.push(unit);
        }
        if units.is_empty() {
            return Ok(None);
        }
        Ok(Some(File {
            original: relative(&self.campaign.dir, ftl),
            note: "Campaign strings: short texts of the site, posters, flyers, wallet cards and social images.".into(),
            units,
        }))
    }
}

fn new_unit(seg: &Segment, context: String, max_chars: Option<usize>) -> Unit {
    Unit {
        id: seg.id.clone(),
        context,
        previous_source: None,
        max_chars,
        source: seg.content.clone(),
        target: None,
        state: State::Initial,
    }
}

/// What two segments must share to count as the same: their kind and text.
pub(crate) fn alignment_keys(extracted: &Extracted) -> Vec<String> {
    extracted
        .segments
        .iter()
        .map(|s| {
            let kind = if s.syntax == Syntax::Yaml {
                s.id.as_str()
            } else {
                &s.id[..1]
            };
            format!("{kind}\u{0}{}", inline::plain(&s.content))
        })
        .collect()
}

/// Whether a translation has its original's segments (same ids, same order).
pub(crate) fn same_structure(a: &Extracted, b: &Extracted) -> bool {
    a.segments.len() == b.segments.len()
        && a.segments
            .iter()
            .zip(&b.segments)
            .all(|(x, y)| x.id == y.id)
}

fn string_context(key: &str, print_keys: &[&str]) -> String {
    let mut context = format!("Campaign string `{key}`");
    if print_keys.contains(&key) {
        context.push_str(", printed on posters, flyers, wallet cards or social images");
    }
    context.push('.');
    context
}

/// Printed strings must fit their boxes: about a third longer than the original at most.
fn print_limit(seg: &Segment, print_keys: &[&str]) -> Option<usize> {
    print_keys.contains(&seg.id.as_str()).then(|| {
        let chars = inline::plain(&seg.content).chars().count();
        chars + chars.div_ceil(3)
    })
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map_or(String::new(), |c| c.to_uppercase().chain(chars).collect())
}
