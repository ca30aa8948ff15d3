//! The translation report: per locale, what is missing, unknown, unused,
//! inconsistent or stale compared with the default locale.

use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use crate::campaign::i18n::MessageOrigin;
use crate::campaign::load::Campaign;
use crate::diagnostics::{Diagnostic, Diagnostics};

/// Counts for one locale.
#[derive(Debug, Default, Clone, Serialize)]
pub struct LocaleSummary {
    /// Locale code.
    pub locale: String,
    /// Pages with no translation (or only a seeded copy).
    pub missing_pages: Vec<String>,
    /// Pages translated from an older version of the original.
    pub stale_pages: Vec<String>,
    /// Pages with no `translated_from` record.
    pub unrecorded_pages: Vec<String>,
    /// Fluent keys of the default locale missing here.
    pub missing_keys: Vec<String>,
    /// Fluent keys here that the default locale does not have.
    pub unknown_keys: Vec<String>,
    /// Keys whose variables differ from the default locale's.
    pub placeholder_mismatches: Vec<String>,
    /// Essential pages whose translation records a machine or volunteer
    /// draft, not yet reviewed by a native speaker.
    pub unreviewed_pages: Vec<String>,
    /// Campaign strings whose translation records a machine or volunteer
    /// draft (per string, see `crate::translate::string_review`).
    pub unreviewed_strings: Vec<String>,
}

/// The report for a campaign.
#[derive(Debug, Default, Clone, Serialize)]
pub struct TranslationReport {
    /// Default locale.
    pub default_locale: String,
    /// Campaign keys that no template uses.
    pub unused_keys: Vec<String>,
    /// One entry per other locale.
    pub locales: Vec<LocaleSummary>,
}

/// Builds the report; every finding is also a located warning.
/// `used_keys` are the message ids the templates refer to.
pub(crate) fn report(
    campaign: &Campaign,
    used_keys: &BTreeSet<String>,
) -> (TranslationReport, Diagnostics) {
    let default = &campaign.settings.default_locale;
    let mut diags = Diagnostics::new();
    // Each original's hash once (every language compares with it), in parallel.
    let originals: Vec<(&str, Original)> = campaign
        .pages
        .par_iter()
        .filter(|p| &p.locale == default)
        .map(|p| (p.key.as_str(), (p, p.source_hash())))
        .collect();
    let originals: BTreeMap<&str, Original> = originals.into_iter().collect();
    let default_messages = campaign.i18n.messages(default);
    let essential = crate::campaign::essential::keys(&campaign.settings);
    let mut report = TranslationReport {
        default_locale: default.clone(),
        ..Default::default()
    };
    for (key, origin) in campaign.i18n.campaign_messages(default) {
        if !used_keys.contains(&key) {
            report.unused_keys.push(key.clone());
            diags.push(
                warn(
                    "translation.unused-key",
                    format!("`{key}` is not used by any template"),
                    &origin,
                )
                .with_hint("remove it, or use it in a template with t(key=\"…\")"),
            );
        }
    }
    let by_locale_key: BTreeMap<(&str, &str), &crate::campaign::content::SourcePage> = campaign
        .pages
        .iter()
        .map(|p| ((p.locale.as_str(), p.key.as_str()), p))
        .collect();
    for locale in campaign.settings.locales.iter().filter(|l| *l != default) {
        let mut summary = LocaleSummary {
            locale: locale.clone(),
            ..Default::default()
        };
        let translation_of = |key: &str| by_locale_key.get(&(locale.as_str(), key)).copied();
        // Essential pages, and locales with no page at all, are reported by
        // `crate::campaign::essential` (as errors); here they are only counted.
        let has_pages = campaign.pages.iter().any(|p| &p.locale == locale);
        let interface_only = crate::campaign::essential::interface_only(campaign, locale);
        let reported = |key: &str| interface_only || (has_pages && !essential.contains(key));
        pages(
            &campaign.dir,
            locale,
            &originals,
            &translation_of,
            &mut summary,
            &mut diags,
            &reported,
        );
        unreviewed(campaign, &translation_of, &mut summary, &mut diags);
        summary.unreviewed_strings = unreviewed_strings(campaign, locale);
        // A locale with no page at all is one error (`locale.no-content`);
        // its strings are counted, not listed one by one under it.
        let mut string_diags = Diagnostics::new();
        compare_messages(
            campaign,
            locale,
            &default_messages,
            &mut summary,
            &mut string_diags,
        );
        if !crate::campaign::essential::without_content(campaign, locale) {
            diags.extend(string_diags);
        }
        report.locales.push(summary);
    }
    (report, diags)
}

/// The strings of `locale` against the default locale's: missing ones, ones
/// whose variables differ, and ones the default locale does not have.
fn compare_messages(
    campaign: &Campaign,
    locale: &str,
    default_messages: &BTreeMap<String, MessageOrigin>,
    summary: &mut LocaleSummary,
    diags: &mut Diagnostics,
) {
    let default = &campaign.settings.default_locale;
    let messages = campaign.i18n.messages(locale);
    // A message that failed to parse is reported as a syntax error, where it is.
    let broken_here = campaign.i18n.broken_keys(locale);
    let broken_in_original = campaign.i18n.broken_keys(default);
    // A string a print asset prints is an error of its own
    // (`translation.print-string`): counted here, not reported again.
    let printed: BTreeSet<String> =
        crate::campaign::essential::untranslated_print_strings(campaign)
            .into_iter()
            .filter(|m| m.locale == locale)
            .map(|m| m.key)
            .collect();
    for (key, origin) in default_messages {
        match messages.get(key) {
            None if broken_here.contains(key) => {}
            // The EU disclaimer where neither the campaign nor Faro has a text
            // in this language is a to-do of its own (`todo.disclaimer`), and
            // `faro translate` does not export Faro's strings: not missing here.
            None if crate::campaign::disclaimer::optional(key) => {}
            None if printed.contains(key) => summary.missing_keys.push(key.clone()),
            None => {
                summary.missing_keys.push(key.clone());
                diags.push(
                    warn(
                        "translation.missing-key",
                        format!("`{key}` has no `{locale}` translation"),
                        origin,
                    )
                    .with_hint(format!("add `{key}` to locales/{locale}/")),
                );
            }
            Some(found) if found.variables != origin.variables => {
                summary.placeholder_mismatches.push(key.clone());
                let msg = format!(
                    "`{key}` in `{locale}` uses {{{}}} but the original uses {{{}}}",
                    found.variables.join(", "),
                    origin.variables.join(", ")
                );
                diags.push(
                    warn("translation.placeholders", msg, found)
                        .with_hint("use the same $variables as the original"),
                );
            }
            Some(_) => {}
        }
    }
    for (key, origin) in messages
        .iter()
        .filter(|(k, _)| !default_messages.contains_key(*k) && !broken_in_original.contains(*k))
    {
        summary.unknown_keys.push(key.clone());
        diags.push(
            warn(
                "translation.unknown-key",
                format!("`{key}` is not in the `{default}` strings"),
                origin,
            )
            .with_hint("a misspelt key, or one the original no longer has"),
        );
    }
}

/// The campaign strings of `locale` not yet reviewed, by message id.
fn unreviewed_strings(campaign: &Campaign, locale: &str) -> Vec<String> {
    use crate::campaign::content::Review;
    let mut keys = Vec::new();
    for file in super::fluent_files(&campaign.dir, locale) {
        let existing = super::Existing::read(file);
        let text = existing.text.as_deref().unwrap_or("");
        for (key, status) in super::string_review::statuses(text, existing.review) {
            if matches!(status, Some(Review::Machine | Review::Volunteer)) {
                keys.push(key);
            }
        }
    }
    keys
}

/// An original page and its hash ([`SourcePage::source_hash`]).
///
/// [`SourcePage::source_hash`]: crate::campaign::content::SourcePage::source_hash
type Original<'c> = (&'c crate::campaign::content::SourcePage, String);

type PageLookup<'a, 'c> = dyn Fn(&str) -> Option<&'c crate::campaign::content::SourcePage> + 'a;

fn pages(
    campaign_dir: &std::path::Path,
    locale: &str,
    originals: &BTreeMap<&str, Original>,
    translation_of: &PageLookup,
    summary: &mut LocaleSummary,
    reported_diags: &mut Diagnostics,
    reported: &dyn Fn(&str) -> bool,
) {
    for (key, (original, hash)) in originals {
        let mut found = Diagnostics::new();
        let diags = &mut found;
        match translation_of(key) {
            None => {
                summary.missing_pages.push(key.to_string());
                diags.push(
                    Diagnostic::warning("translation.missing-page", format!("`{key}` has no `{locale}` translation; it is built from the original under a banner"))
                        .in_file(&original.source.path)
                        .with_hint(format!("translate it into content/{locale}/{key}.md with `translated_from: \"{}\"`", hash)),
                );
            }
            Some(t) if t.front.untranslated => {
                summary.missing_pages.push(key.to_string());
                diags.push(
                    Diagnostic::warning("translation.missing-page", format!("`{key}` is a copy waiting for its `{locale}` translation"))
                        .in_file(&t.source.path)
                        .with_hint(format!("translate it, then replace `untranslated: true` by `translated_from: \"{}\"`", hash)),
                );
            }
            Some(t) => match &t.front.translated_from {
                Some(h) if h == hash => {}
                Some(h) => {
                    summary.stale_pages.push(key.to_string());
                    // Read only for a page reported here (essential ones are reported elsewhere).
                    let changes = reported(key)
                        .then(|| super::changes::since(campaign_dir, original, h))
                        .flatten();
                    diags.push(
                        Diagnostic::warning("translation.stale", format!("the `{default}` original of `{key}` changed since this translation", default = original.locale))
                            .in_file(&t.source.path)
                            .with_hint(crate::campaign::essential::stale_hint(campaign_dir, locale, &original.source.path, &t.source.path, hash))
                            .with_changes(changes),
                    );
                }
                None => {
                    summary.unrecorded_pages.push(key.to_string());
                    diags.push(
                        Diagnostic::warning("translation.unrecorded", format!("`{key}` does not record which version of the original it translates"))
                            .in_file(&t.source.path)
                            .with_hint(format!("if it matches {} as it is now, run `faro stamp {}` (it records the version, \"{}\", in `translated_from`)", original.source.path.display(), t.source.path.display(), hash)),
                    );
                }
            },
        }
        if reported(key) {
            reported_diags.extend(found);
        }
    }
}

/// Essential pages whose translation is drafted but not reviewed.
fn unreviewed(
    campaign: &Campaign,
    translation_of: &PageLookup,
    summary: &mut LocaleSummary,
    diags: &mut Diagnostics,
) {
    for key in crate::campaign::essential::keys(&campaign.settings) {
        let Some(page) = translation_of(&key) else {
            continue;
        };
        let Some(
            review @ (crate::campaign::content::Review::Machine
            | crate::campaign::content::Review::Volunteer),
        ) = page.front.review
        else {
            continue;
        };
        summary.unreviewed_pages.push(key.clone());
        let how = if review == crate::campaign::content::Review::Machine {
            "machine-translated"
        } else {
            "drafted"
        };
        let mut d = Diagnostic::warning(
            "translation.unreviewed",
            format!("`{key}` is an essential page, {how} in `{}` but not yet reviewed by a native speaker", page.locale),
        )
        .in_file(&page.source.path);
        if let Some(pos) = page.front_key_position("review") {
            d = d.at(pos.line, pos.column);
        }
        diags.push(d.with_hint("have a native speaker review it, then set `review: reviewed`"));
    }
}

fn warn(code: &'static str, message: String, origin: &MessageOrigin) -> Diagnostic {
    Diagnostic::warning(code, message)
        .in_file(&origin.file)
        .at(origin.position.line, origin.position.column)
}

/// Message ids referred to by template files (`key="…"`), plus the ids the
/// generator builds from campaign.yaml (helplines and partners).
pub(crate) fn used_keys(template_texts: &[String], campaign: &Campaign) -> BTreeSet<String> {
    // Keys the generator itself passes to templates.
    let mut keys = BTreeSet::from([
        "language-name".to_string(),
        "replication-kit".to_string(),
        // The chooser's sentence per language, and the Materials page's slug.
        "campaign-about".to_string(),
        crate::campaign::site::MATERIALS_SLUG_KEY.to_string(),
        // The region's name per language: `faro fork` finds its mentions.
        "campaign-region".to_string(),
    ]);
    for text in template_texts {
        for quote in ['"', '\''] {
            let pattern = format!("key={quote}");
            for (i, _) in text.match_indices(&pattern) {
                let rest = &text[i + pattern.len()..];
                if let Some(end) = rest.find(quote) {
                    keys.insert(rest[..end].to_string());
                }
            }
        }
    }
    for h in &campaign.settings.helplines {
        keys.insert(format!("helpline-{}-name", h.id));
        keys.insert(format!("helpline-{}-audience", h.id));
    }
    for p in &campaign.settings.partners {
        keys.insert(format!("partner-{}-role", p.id));
    }
    keys.extend(
        crate::campaign::print_assets::string_keys()
            .into_iter()
            .map(String::from),
    );
    keys
}

/// Records in a translated page which version of the original it translates:
/// sets `translated_from` to the hash of the default-locale page with the same
/// key (and drops `untranslated`). Returns the hash.
pub fn stamp(campaign: &Campaign, file: &std::path::Path) -> Result<String, Diagnostic> {
    // The path as loaded first: canonicalizing every page's path for every
    // stamped file made stamping a whole campaign quadratic in system calls
    // (an hour for the 24,000-page bench campaign).
    let same_path = (campaign.pages.iter()).find(|p| p.source.path.as_os_str() == file.as_os_str());
    let page = match same_path {
        Some(page) => Some(page),
        None => {
            let wanted = file.canonicalize().unwrap_or_else(|_| file.to_path_buf());
            campaign
                .pages
                .iter()
                .find(|p| p.source.path.canonicalize().ok().as_deref() == Some(wanted.as_path()))
        }
    };
    let page = page.ok_or_else(|| {
        Diagnostic::error("stamp.not-a-page", "not a page of this campaign").in_file(file)
    })?;
    let default = &campaign.settings.default_locale;
    if &page.locale == default {
        return Err(Diagnostic::error(
            "stamp.original",
            format!("this is the `{default}` original; only translations are stamped"),
        )
        .in_file(file));
    }
    let original = campaign
        .pages
        .iter()
        .find(|p| &p.locale == default && p.key == page.key)
        .ok_or_else(|| {
            Diagnostic::error(
                "stamp.no-original",
                format!("`{}` has no `{default}` original", page.key),
            )
            .in_file(file)
        })?;
    let hash = original.source_hash();
    let text = &page.source.text;
    let front_end = page.body_offset;
    let mut front: Vec<&str> = text[..front_end]
        .lines()
        .filter(|l| !l.starts_with("translated_from:") && !l.starts_with("untranslated:"))
        .collect();
    // Before `review:` when there is one (the order `faro translate import`
    // writes), else before the closing line.
    let closing = front
        .iter()
        .position(|l| l.starts_with("review:"))
        .or_else(|| front.iter().rposition(|l| l.trim_end() == "---"))
        .unwrap_or(front.len());
    let line = format!("translated_from: \"{hash}\"");
    front.insert(closing, &line);
    let updated = format!("{}\n{}", front.join("\n"), &text[front_end..]);
    // The loaded page's own path (under the campaign folder), not `file` as typed.
    crate::untrusted::files::write_inside(&campaign.dir, &page.source.path, updated.as_bytes())?;
    // Keep the original as it is now, so that a later `faro translate export`
    // can show what changed in it and leave out what did not.
    crate::translate::history::keep(&campaign.dir, &hash, "md", &original.source.text)?;
    Ok(hash)
}
