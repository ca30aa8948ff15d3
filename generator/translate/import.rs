//! `faro translate import`: a translated XLIFF file back into
//! `content/<lang>/` and `locales/<lang>/`, each file rebuilt from its
//! original's skeleton, stamped, with its review status. Every segment is
//! checked against the campaign first; one mismatch and nothing is written.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use super::export::{alignment_keys, same_structure};
use super::history::{self, Change};
use super::inline::{self, Inline};
use super::read::{self, At, ReadFile, ReadUnit};
use super::restore::{resolve, text_only};
use super::segments::{self, Extracted, Segment, Syntax};
use super::string_review;
use super::xliff::State;
use super::{fluent_files, page_translation, Existing, FTL_REVIEW, FTL_TRANSLATED_FROM};
use crate::campaign::content::{Review, SourcePage};
use crate::campaign::load::Campaign;
use crate::diagnostics::{Diagnostic, Diagnostics};

/// What an import wrote.
#[derive(Debug, Default)]
pub struct Imported {
    /// Files written, with their review status.
    pub written: Vec<(PathBuf, Option<Review>)>,
    /// Pages of the file with no translated segment, left as they were.
    pub untouched: Vec<String>,
}

/// A file to write once every segment has been checked.
struct Planned {
    path: PathBuf,
    text: String,
    review: Option<Review>,
    /// The original to keep for later exports: (hash, extension, text).
    keep: Option<(String, &'static str, String)>,
}

/// Checks `xliff_path` against the campaign and writes the translations.
pub fn import(campaign: &Campaign, xliff_path: &Path) -> Result<Imported, Diagnostics> {
    let mut diags = Diagnostics::new();
    let text = std::fs::read_to_string(xliff_path).map_err(|e| {
        let mut d = Diagnostics::new();
        d.push(crate::untrusted::files::io_error(xliff_path, &e));
        d
    })?;
    let doc = read::read(xliff_path, &text).map_err(|d| {
        let mut ds = Diagnostics::new();
        ds.push(d);
        ds
    })?;
    let importer = Importer {
        campaign,
        xliff: xliff_path,
        from: &doc.source_lang,
        to: &doc.target_lang,
        from_at: doc.source_lang_at,
        to_at: doc.target_lang_at,
    };
    if let Err(d) = importer.check_languages() {
        diags.push(d);
        return Err(diags);
    }
    super::check_folders(campaign, importer.to)?;
    let mut planned = Vec::new();
    let mut imported = Imported::default();
    for file in &doc.files {
        match importer.file(file, &mut diags) {
            Some(Some(plan)) => planned.push(plan),
            Some(None) => imported.untouched.push(file.original.clone()),
            None => {}
        }
    }
    // Every file is checked before the first one is written: a link on the
    // way to any of them and nothing is written.
    for plan in &planned {
        let kept = plan
            .keep
            .as_ref()
            .and_then(|(hash, ext, _)| history::path_of(&campaign.dir, hash, ext));
        for path in std::iter::once(&plan.path).chain(kept.as_ref()) {
            if let Err(d) = crate::untrusted::files::check_writable(&campaign.dir, path) {
                diags.push(d);
            }
        }
    }
    if diags.has_errors() {
        return Err(diags);
    }
    for plan in planned {
        write(campaign, &plan).map_err(|d| {
            let mut ds = Diagnostics::new();
            ds.push(d);
            ds
        })?;
        imported.written.push((plan.path, plan.review));
    }
    Ok(imported)
}

fn write(campaign: &Campaign, plan: &Planned) -> Result<(), Diagnostic> {
    crate::untrusted::files::write_inside(&campaign.dir, &plan.path, plan.text.as_bytes())?;
    if let Some((hash, extension, text)) = &plan.keep {
        history::keep(&campaign.dir, hash, extension, text)?;
    }
    Ok(())
}

struct Importer<'a> {
    campaign: &'a Campaign,
    xliff: &'a Path,
    from: &'a str,
    to: &'a str,
    /// Where the languages are written in the XLIFF file.
    from_at: At,
    to_at: At,
}

impl Importer<'_> {
    fn check_languages(&self) -> Result<(), Diagnostic> {
        if !self
            .campaign
            .settings
            .locales
            .iter()
            .any(|l| l == self.from)
        {
            return Err(self.error(self.from_at, "translate.language", format!("the file translates from `{}`, which is not one of the campaign's languages", self.from))
                .with_hint("import it into the campaign it was exported from"));
        }
        let code_ok = !self.to.is_empty()
            && self.to.len() <= 12
            && self
                .to
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-')
            // The code becomes a folder name under content/ and locales/.
            && crate::untrusted::confine::check_segment(self.to).is_ok();
        if !code_ok {
            return Err(self
                .error(
                    self.to_at,
                    "translate.language",
                    format!("`{}` is not a language code", self.to),
                )
                .with_hint("the target language is a code such as `ar` or `uk`"));
        }
        Ok(())
    }

    fn error(&self, (line, column): At, code: &'static str, message: String) -> Diagnostic {
        Diagnostic::error(code, message)
            .in_file(self.xliff)
            .at(line, column)
    }

    /// `None` after an error; `Some(None)` when nothing in the file is translated.
    fn file(&self, file: &ReadFile, diags: &mut Diagnostics) -> Option<Option<Planned>> {
        let page_prefix = format!("content/{}/", self.from);
        let strings_prefix = format!("locales/{}/", self.from);
        if file.original.starts_with(&page_prefix) {
            let page = self.campaign.pages.iter().find(|p| {
                p.locale == self.from
                    && super::relative(&self.campaign.dir, &p.source.path) == file.original
            });
            if let Some(page) = page {
                return self.page(page, file, diags);
            }
        } else if file.original.starts_with(&strings_prefix) {
            let known = fluent_files(&self.campaign.dir, self.from)
                .into_iter()
                .find(|p| super::relative(&self.campaign.dir, p) == file.original);
            if let Some(path) = known {
                return self.strings(&path, file, diags);
            }
        }
        diags.push(
            self.error(file.at, "translate.unknown-file", format!("`{}` is not a page or strings file of this campaign", file.original))
                .with_hint("the file was exported from another campaign, or the page was renamed since the export: export again"),
        );
        None
    }

    /// Checks every unit of `file` against `original`; the translated content by segment id.
    fn targets(
        &self,
        file: &ReadFile,
        original: &Extracted,
        diags: &mut Diagnostics,
    ) -> Option<BTreeMap<String, (Vec<Inline>, Review)>> {
        let by_id: BTreeMap<&str, &Segment> = original
            .segments
            .iter()
            .map(|s| (s.id.as_str(), s))
            .collect();
        let before = diags.error_count();
        let mut out = BTreeMap::new();
        let mut seen = BTreeSet::new();
        for unit in &file.units {
            let Some(seg) = by_id.get(unit.id.as_str()) else {
                diags.push(self.error(unit.at, "translate.unknown-segment", format!("segment `{}` is not in `{}`", unit.id, file.original))
                    .with_hint("segment ids are written by the export and must not change; if the original changed since, export again"));
                continue;
            };
            if !seen.insert(unit.id.as_str()) {
                diags.push(self.error(
                    unit.at,
                    "translate.duplicate-segment",
                    format!("segment `{}` appears twice", unit.id),
                ));
                continue;
            }
            if text_only(&unit.source) != text_only(&seg.content) {
                diags.push(self.error(unit.at, "translate.source-changed", format!("the source of segment `{}` is not the campaign's current text", unit.id))
                    .with_hint("the original changed since the export: export again and let your CAT tool's translation memory carry the translations over"));
                continue;
            }
            let (Some(target), State::Done(review)) = (&unit.target, unit.state) else {
                continue;
            };
            match resolve(target, &seg.content, seg.syntax) {
                Ok(content)
                    if seg.syntax == Syntax::Yaml
                        && seg.id == "slug"
                        && !crate::campaign::content::valid_slug(&inline::plain(&content)) =>
                {
                    diags.push(self.error(unit.target_at, "translate.slug", format!("segment `slug`: `{}` cannot be a web address", inline::plain(&content)))
                        .with_hint("use lower-case letters (any script), digits and single hyphens, no spaces: `cosa-fare`, `що-робити`"));
                }
                Ok(content) => {
                    out.insert(unit.id.clone(), (content, review));
                }
                Err(message) => diags.push(self.inline_error(unit, message)),
            }
        }
        (diags.error_count() == before).then_some(out)
    }

    fn inline_error(&self, unit: &ReadUnit, message: String) -> Diagnostic {
        self.error(unit.target_at, "translate.inline", format!("segment `{}`: {message}", unit.id))
            .with_hint("keep every inline element of the source in the translation (move it, never delete or retype it)")
    }

    fn page(
        &self,
        page: &SourcePage,
        file: &ReadFile,
        diags: &mut Diagnostics,
    ) -> Option<Option<Planned>> {
        let original = segments::page(&page.source.text);
        let targets = self.targets(file, &original, diags)?;
        let proofreading = self.from == self.to;
        if targets.is_empty() && !proofreading {
            return Some(None);
        }
        let existing =
            page_translation(self.campaign, &page.key, &page.relative, self.from, self.to);
        let mut filled: BTreeMap<String, Vec<Inline>> = BTreeMap::new();
        let mut review = None::<Review>;
        let earlier = if proofreading {
            None
        } else {
            self.earlier_translation(&existing, &original)
        };
        let mut missing = Vec::new();
        for (n, seg) in original.segments.iter().enumerate() {
            if let Some((content, r)) = targets.get(&seg.id) {
                filled.insert(seg.id.clone(), content.clone());
                review = Some(review.map_or(*r, |v| v.min(*r)));
            } else if proofreading {
                // Left as it is by the proofreader: it keeps the page's status.
                if let Some(r) = page.front.review {
                    review = Some(review.map_or(r, |v| v.min(r)));
                }
                continue;
            } else if let Some(content) = earlier.as_ref().and_then(|e| e.get(n).cloned().flatten())
            {
                filled.insert(seg.id.clone(), content);
                let r = existing.review.unwrap_or(Review::Volunteer);
                review = Some(review.map_or(r, |v| v.min(r)));
            } else {
                missing.push(seg.id.clone());
            }
        }
        if !missing.is_empty() {
            diags.push(self.error(file.at, "translate.incomplete", format!("`{}`: segments {} have no translation, in this file or in the current `{}` page", file.original, missing.join(", "), self.to))
                .with_hint("translate every segment of the page, or export it again without --only-changed"));
            return None;
        }
        let mut text = original.render(&filled);
        let translation = self.to != self.campaign.settings.default_locale;
        let keep = if proofreading {
            // A translation proofread in its own language keeps its stamp,
            // with the status the proofreader's states give it.
            if let (true, Some(hash)) = (translation, &page.front.translated_from) {
                text = with_front_fields(&text, hash, review);
            }
            None
        } else if !translation {
            None
        } else {
            let hash = self.stamp_hash(page)?;
            text = with_front_fields(&text, &hash, review);
            self.kept_original(page, &hash)
        };
        Some(Some(Planned {
            path: if proofreading {
                page.source.path.clone()
            } else {
                existing.path
            },
            text,
            review: if translation { review } else { None },
            keep,
        }))
    }

    /// The hash the translation records: its default-locale original's when
    /// translating from it, or what the source translation itself records.
    fn stamp_hash(&self, page: &SourcePage) -> Option<String> {
        if self.from == self.campaign.settings.default_locale {
            Some(page.source_hash())
        } else {
            page.front
                .translated_from
                .clone()
                .or_else(|| super::original_hash(self.campaign, &page.key))
        }
    }

    /// The default-locale original the stamp names, kept for later exports
    /// (also when translating from another translation that is up to date).
    fn kept_original(
        &self,
        page: &SourcePage,
        hash: &str,
    ) -> Option<(String, &'static str, String)> {
        let default = &self.campaign.settings.default_locale;
        let original = self
            .campaign
            .pages
            .iter()
            .find(|p| &p.locale == default && p.key == page.key)?;
        (original.source_hash() == hash)
            .then(|| (hash.to_string(), "md", original.source.text.to_string()))
    }

    /// For each segment of the current original, the existing translation's
    /// content where the segment did not change since that translation.
    fn earlier_translation(
        &self,
        existing: &Existing,
        current: &Extracted,
    ) -> Option<Vec<Option<Vec<Inline>>>> {
        let text = existing.text.as_deref()?;
        let translated = segments::page(text);
        let old_text = history::original(
            &self.campaign.dir,
            existing.translated_from.as_deref()?,
            "md",
        )?;
        let old = segments::page(&old_text);
        if !same_structure(&translated, &old) {
            return None;
        }
        let changes = history::align(&alignment_keys(&old), &alignment_keys(current));
        Some(
            changes
                .into_iter()
                .map(|c| match c {
                    Change::Same(i) => Some(translated.segments[i].content.clone()),
                    Change::Changed(_) => None,
                })
                .collect(),
        )
    }

    fn strings(
        &self,
        ftl: &Path,
        file: &ReadFile,
        diags: &mut Diagnostics,
    ) -> Option<Option<Planned>> {
        let text = match std::fs::read_to_string(ftl) {
            Ok(t) => t,
            Err(e) => {
                diags.push(crate::untrusted::files::io_error(ftl, &e));
                return None;
            }
        };
        let original = segments::fluent(&text, &|_| String::new());
        let targets = self.targets(file, &original, diags)?;
        let proofreading = self.from == self.to;
        if targets.is_empty() && !proofreading {
            return Some(None);
        }
        let name = ftl.file_name().unwrap_or_default();
        let path = self.campaign.dir.join("locales").join(self.to).join(name);
        let existing = Existing::read(path.clone());
        let (filled, per_message) = fill_strings(&original, &targets, &existing, proofreading);
        let review = per_message.values().min().copied();
        let omitted: BTreeSet<String> = original
            .segments
            .iter()
            .filter(|s| !filled.contains_key(&s.id) && !proofreading)
            .map(|s| s.id.clone())
            .collect();
        let default = &self.campaign.settings.default_locale;
        let mut body = original.render_without(&filled, &omitted);
        if self.to != default {
            body = string_review::mark(&body, &per_message, review);
        }
        if proofreading {
            // A translation proofread in its own language keeps its stamp.
            let stamp = existing
                .translated_from
                .as_ref()
                .filter(|_| self.to != default);
            let header = stamp.map_or_else(String::new, |hash| ftl_header(hash, review));
            return Some(Some(Planned {
                path: ftl.to_path_buf(),
                text: format!("{header}{body}"),
                review: stamp.and(review),
                keep: None,
            }));
        }
        let stamped = self.to != default;
        // The stamp names the default locale's file of the same name (the
        // one translated, or the one the source translation follows).
        let original_text = if self.from == default.as_str() {
            Some(text.clone())
        } else {
            std::fs::read_to_string(self.campaign.dir.join("locales").join(default).join(name)).ok()
        };
        let hash = original_text.as_deref().map(history::hash);
        let header = match (stamped, &hash, review) {
            (true, Some(hash), _) => ftl_header(hash, review),
            (true, None, Some(r)) => format!("{FTL_REVIEW} {}\n", r.name()),
            _ => String::new(),
        };
        Some(Some(Planned {
            path,
            text: format!("{header}{body}"),
            review,
            keep: hash
                .zip(original_text)
                .filter(|_| stamped)
                .map(|(hash, text)| (hash, "ftl", text)),
        }))
    }
}

/// Each segment's text in the imported file (translated now, else as it
/// was, unless proofreading), and each message's review status: the least
/// reviewed of its value and attributes, from the XLIFF states, else as
/// recorded before.
fn fill_strings(
    original: &Extracted,
    targets: &BTreeMap<String, (Vec<Inline>, Review)>,
    existing: &Existing,
    proofreading: bool,
) -> (BTreeMap<String, Vec<Inline>>, BTreeMap<String, Review>) {
    let earlier: BTreeMap<String, Vec<Inline>> = existing
        .text
        .as_deref()
        .map(|t| segments::fluent(t, &|_| String::new()).segments)
        .unwrap_or_default()
        .into_iter()
        .map(|s| (s.id, s.content))
        .collect();
    let mut filled = BTreeMap::new();
    // Each message's status (the least reviewed of its value and
    // attributes): from the file's states, else as recorded before.
    let before = string_review::statuses(existing.text.as_deref().unwrap_or(""), existing.review);
    let recorded = |id: &str| before.get(message_of(id)).copied().flatten();
    let mut per_message: BTreeMap<String, Review> = BTreeMap::new();
    let mut note = |id: &str, r: Review| {
        let entry = per_message.entry(message_of(id).to_string()).or_insert(r);
        *entry = (*entry).min(r);
    };
    for seg in &original.segments {
        if let Some((content, r)) = targets.get(&seg.id) {
            filled.insert(seg.id.clone(), content.clone());
            note(&seg.id, *r);
        } else if let Some(content) = earlier.get(&seg.id).filter(|_| !proofreading) {
            filled.insert(seg.id.clone(), content.clone());
            note(&seg.id, recorded(&seg.id).unwrap_or(Review::Volunteer));
        } else if let Some(r) = recorded(&seg.id).filter(|_| proofreading) {
            // Left as it is by the proofreader: it keeps its status.
            note(&seg.id, r);
        }
    }
    (filled, per_message)
}

/// The message a Fluent segment belongs to (`key` for `key`, `key.attr` and
/// the select variant `key:one`).
fn message_of(segment_id: &str) -> &str {
    segment_id.split(['.', ':']).next().unwrap_or(segment_id)
}

/// The comment lines that carry a Fluent file's stamp and review status.
fn ftl_header(hash: &str, review: Option<Review>) -> String {
    let mut header = format!("{FTL_TRANSLATED_FROM} {hash}\n");
    if let Some(r) = review {
        header.push_str(&format!("{FTL_REVIEW} {}\n", r.name()));
    }
    header
}

/// Adds `translated_from` and `review` before the closing `---` of the front matter.
fn with_front_fields(text: &str, hash: &str, review: Option<Review>) -> String {
    let Some(rest) = text.strip_prefix("---\n") else {
        return text.to_string();
    };
    let Some(close) = rest
        .find("\n---")
        .map(|i| i + 1)
        .or_else(|| rest.starts_with("---").then_some(0))
    else {
        return text.to_string();
    };
    let mut fields = format!("translated_from: \"{hash}\"\n");
    if let Some(r) = review {
        fields.push_str(&format!("review: {}\n", r.name()));
    }
    format!("---\n{}{fields}{}", &rest[..close], &rest[close..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_fields_go_before_the_closing_line() {
        let text = "---\ntitle: \"T\"\n---\n\nBody\n";
        assert_eq!(
            with_front_fields(text, "abc", Some(Review::Machine)),
            "---\ntitle: \"T\"\ntranslated_from: \"abc\"\nreview: machine\n---\n\nBody\n"
        );
    }
}
