//! Essential pages: the pages a campaign never publishes untranslated, because
//! a visitor in danger must be able to read them (by default the home page and
//! every page of the main menu; `essential_pages:` in campaign.yaml overrides
//! the list). A missing, seeded, stale or unrecorded (no `translated_from`)
//! translation of one of them, in any locale, is an error (a warning in a draft), naming the file to create and
//! the original to translate from. A locale with no content at all is one
//! error with the steps to add it, unless campaign.yaml lists it in
//! `interface_only:`. A string a print asset prints (`poster-headline`, say)
//! that a locale lacks is an error too: the poster, card or social image of
//! that locale would carry the default locale's text.
//!
//! Every rule about which translation may be published lives here, so that a
//! review status (a translation marked as reviewed) can be added in one place.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use crate::campaign::content::SourcePage;
use crate::campaign::i18n::MessageOrigin;
use crate::campaign::load::Campaign;
use crate::campaign::print_assets::{asset, printed_keys};
use crate::campaign::yaml::at_value;
use crate::diagnostics::{did_you_mean, Diagnostic, Diagnostics, Severity};

/// The state of one locale's translation of one page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Translation {
    /// No file, or a seeded copy marked `untranslated: true`.
    Missing,
    /// Translated from an older version of the original.
    Stale,
    /// No `translated_from`: which version it follows is unknown.
    Unrecorded,
    /// Follows the current original.
    Current,
}

/// The state of `translation` of `original`.
pub(crate) fn state(original: &SourcePage, translation: Option<&SourcePage>) -> Translation {
    match translation {
        None => Translation::Missing,
        Some(t) if t.front.untranslated => Translation::Missing,
        Some(t) => match &t.front.translated_from {
            Some(h) if *h == original.source_hash() => Translation::Current,
            Some(_) => Translation::Stale,
            None => Translation::Unrecorded,
        },
    }
}

/// The essential page keys: `essential_pages` when given, else the home page
/// and the main menu.
pub(crate) fn keys(s: &crate::campaign::settings::Settings) -> BTreeSet<String> {
    match &s.essential_pages {
        Some(list) => list.iter().map(|k| k.value.clone()).collect(),
        None => std::iter::once("index".to_string())
            .chain(s.navigation.iter().map(|k| k.value.clone()))
            .collect(),
    }
}

/// True when `locale` is built with interface strings only, as campaign.yaml says.
pub(crate) fn interface_only(campaign: &Campaign, locale: &str) -> bool {
    campaign
        .settings
        .interface_only
        .iter()
        .any(|l| l.value == locale)
}

/// True when `locale`, another than the default, has no page at all (and
/// is not built with interface strings only): it is reported once, as a
/// locale with no content, and its missing pages and strings are counted
/// but not listed one by one.
pub(crate) fn without_content(campaign: &Campaign, locale: &str) -> bool {
    locale != campaign.settings.default_locale
        && !interface_only(campaign, locale)
        && !campaign.pages.iter().any(|p| p.locale == locale)
        && !campaign.unreadable.iter().any(|(l, _)| l == locale)
}

/// What changed in an original (the page) since the version with a hash was
/// translated, as lines to show beside a stale translation; `None` when that
/// version is not kept. Given by the caller: the kept versions belong to
/// `crate::translate`, a later stage.
pub(crate) type ChangesSince<'a> = &'a dyn Fn(&SourcePage, &str) -> Option<String>;

/// Errors (warnings in a draft) for essential pages that would be published
/// untranslated, and for locales with no content.
pub(crate) fn check(campaign: &Campaign, draft: bool, changes: ChangesSince) -> Diagnostics {
    let mut found = unknown_keys(campaign);
    let s = &campaign.settings;
    let default = &s.default_locale;
    let originals: BTreeMap<&str, &SourcePage> = campaign
        .pages
        .iter()
        .filter(|p| &p.locale == default)
        .map(|p| (p.key.as_str(), p))
        .collect();
    let essential = keys(s);
    for locale in s.locales.iter().filter(|l| *l != default) {
        let pages: BTreeMap<&str, &SourcePage> = campaign
            .pages
            .iter()
            .filter(|p| &p.locale == locale)
            .map(|p| (p.key.as_str(), p))
            .collect();
        if interface_only(campaign, locale) {
            continue;
        }
        let unreadable = |key: &str| {
            campaign
                .unreadable
                .iter()
                .any(|(l, k)| l == locale && k == key)
        };
        if without_content(campaign, locale) {
            found.push(no_content(campaign, locale));
            continue;
        }
        // A page that exists but could not be read is reported already.
        for key in essential.iter().filter(|k| !unreadable(k)) {
            let Some(original) = originals.get(key.as_str()) else {
                continue;
            };
            let page = pages.get(key.as_str()).copied();
            found.extend(untranslated(campaign, original, page, locale, changes));
        }
    }
    let mut diags = Diagnostics::new();
    for mut d in found {
        if draft {
            d.severity = Severity::Warning;
        }
        diags.push(d);
    }
    diags
}

fn untranslated(
    campaign: &Campaign,
    original: &SourcePage,
    page: Option<&SourcePage>,
    locale: &str,
    changes: ChangesSince,
) -> Option<Diagnostic> {
    let key = &original.key;
    let file = campaign
        .dir
        .join("content")
        .join(locale)
        .join(original_rel(original));
    let hash = original.source_hash();
    let from = original.source.path.display();
    let d = match state(original, page) {
        Translation::Current => return None,
        Translation::Missing => Diagnostic::error(
            "translation.essential-missing",
            format!("the essential page `{key}` has no `{locale}` translation, and a visitor in danger must be able to read it"),
        )
        .in_file(&file)
        .with_hint(format!("translate {from} into {}, then run `faro stamp {}` (or build with --draft to preview)", file.display(), file.display())),
        Translation::Stale => Diagnostic::error(
            "translation.essential-stale",
            format!("the `{}` original of the essential page `{key}` changed since this `{locale}` translation", original.locale),
        )
        .in_file(&file)
        .with_hint(stale_hint(&campaign.dir, locale, &original.source.path, &file, &hash))
        .with_changes(page.and_then(|p| changes(original, p.front.translated_from.as_deref()?))),
        // Without the record, nothing shows that the page says what the
        // original says now: it may be an old translation, or an untranslated copy.
        Translation::Unrecorded => Diagnostic::error(
            "translation.essential-unrecorded",
            format!("this `{locale}` translation of the essential page `{key}` does not record which version of the `{}` original it translates, so nothing shows it is up to date", original.locale),
        )
        .in_file(&file)
        .with_hint(format!("compare it with {from}; once it says the same, run `faro stamp {}` (it records the version, \"{hash}\", in `translated_from`)", file.display())),
    };
    Some(d)
}

/// A string that a print asset of the campaign prints and a locale does not
/// have: the asset would print the default locale's text instead.
pub(crate) struct UntranslatedPrintString {
    /// The locale that lacks it.
    pub(crate) locale: String,
    /// The message id.
    pub(crate) key: String,
    /// The assets of `print.assets` that print it.
    pub(crate) assets: Vec<&'static str>,
}

/// The strings the campaign's print assets print that a locale lacks while
/// the default locale has them (a string no locale has is `i18n.missing`).
/// Locales that make no print assets of their own are left out: every
/// locale when `print.assets` is empty, a locale built with interface strings
/// only (its campaign texts are the default locale's by choice), and a locale
/// with no content (reported once, as `locale.no-content`). A message that
/// failed to parse is reported as a syntax error, not here.
pub(crate) fn untranslated_print_strings(campaign: &Campaign) -> Vec<UntranslatedPrintString> {
    let s = &campaign.settings;
    let default = &s.default_locale;
    let originals = campaign.i18n.messages(default);
    // The same for every locale: computed once.
    let keys_by_asset: Vec<(&'static str, Vec<String>)> = s
        .print
        .assets
        .iter()
        .filter_map(|id| asset(id))
        .map(|spec| (spec.id, printed_keys(spec, s)))
        .collect();
    let mut found = Vec::new();
    for locale in s.locales.iter().filter(|l| *l != default) {
        if interface_only(campaign, locale) || without_content(campaign, locale) {
            continue;
        }
        let messages = campaign.i18n.messages(locale);
        let broken = campaign.i18n.broken_keys(locale);
        let lacks = |key: &String| {
            originals.contains_key(key) && !messages.contains_key(key) && !broken.contains(key)
        };
        let mut by_key: BTreeMap<String, Vec<&'static str>> = BTreeMap::new();
        for (id, keys) in &keys_by_asset {
            for key in keys.iter().filter(|k| lacks(k)) {
                by_key.entry(key.clone()).or_default().push(id);
            }
        }
        found.extend(
            by_key
                .into_iter()
                .map(|(key, assets)| UntranslatedPrintString {
                    locale: locale.clone(),
                    key,
                    assets,
                }),
        );
    }
    found
}

/// Errors (warnings in a draft) for the strings print assets would print in
/// another language, located at the strings file of the locale that lacks
/// them (see [`untranslated_print_strings`]), on the line after which the
/// string belongs; for the EU disclaimer, its to-dos instead
/// ([`crate::campaign::disclaimer::to_dos`]).
pub(crate) fn check_print_strings(campaign: &Campaign, draft: bool) -> Diagnostics {
    let default = &campaign.settings.default_locale;
    let originals = campaign.i18n.messages(default);
    // The disclaimer has a to-do of its own, which builds.
    let mut diags = crate::campaign::disclaimer::to_dos(campaign);
    let untranslated = untranslated_print_strings(campaign).into_iter();
    for missing in untranslated.filter(|m| !crate::campaign::disclaimer::optional(&m.key)) {
        let UntranslatedPrintString {
            locale,
            key,
            assets,
        } = &missing;
        let (file, line) = place_for(campaign, &originals, locale, key);
        let from = originals.get(key).map_or(String::new(), |o| {
            format!(
                ", translating the `{default}` text at {}:{}",
                o.file.display(),
                o.position.line
            )
        });
        let mut d = Diagnostic::error(
            "translation.print-string",
            format!(
                "`{key}` has no `{locale}` translation, and the `{locale}` {} would print the `{default}` text instead",
                and_list(assets)
            ),
        )
        .in_file(&file)
        .with_hint(format!(
            "add a line `{key} = …` to {}{from} (or build with --draft to preview)",
            file.display()
        ));
        if let Some(line) = line {
            d = d.at(line, 1);
        }
        if draft {
            d.severity = Severity::Warning;
        }
        diags.push(d);
    }
    diags
}

/// Where the missing string `key` of `locale` belongs: the locale's campaign
/// strings file (whatever its name; `locales/<locale>/campaign.ftl` when it
/// has none yet) and the line of the message that comes before `key` in the
/// original, the nearest one the locale has in that file.
fn place_for(
    campaign: &Campaign,
    originals: &BTreeMap<String, MessageOrigin>,
    locale: &str,
    key: &str,
) -> (PathBuf, Option<usize>) {
    let default_path = || {
        campaign
            .dir
            .join("locales")
            .join(locale)
            .join("campaign.ftl")
    };
    let Some(file) = campaign.i18n.campaign_file(locale) else {
        return (default_path(), None);
    };
    let Some(origin) = originals.get(key) else {
        return (file, None);
    };
    let translated = campaign.i18n.messages(locale);
    let line = originals
        .iter()
        .filter(|(_, o)| o.file == origin.file && o.position.line < origin.position.line)
        .filter_map(|(k, o)| Some((o.position.line, translated.get(k)?)))
        .filter(|(_, here)| here.file == file)
        .max_by_key(|(line, _)| *line)
        .map(|(_, here)| here.position.line);
    (file, line)
}

/// `a`, `a and b`, `a, b and c`.
fn and_list(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => one.to_string(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// The fix for a stale translation `file` of `original` (whose current
/// version has `hash`), in the campaign at `dir`; the same for every page.
pub(crate) fn stale_hint(
    dir: &Path,
    locale: &str,
    original: &Path,
    file: &Path,
    hash: &str,
) -> String {
    format!(
        "update it to match {} (for a CAT tool, `faro translate export {} --to {locale} --only-changed -o {locale}.xlf` exports only what changed), then run `faro stamp {}` (it records the new version, \"{hash}\", in `translated_from`)",
        original.display(),
        dir.display(),
        file.display()
    )
}

/// The original's path under `content/<lang>/`.
fn original_rel(original: &SourcePage) -> &Path {
    let mut parts = original.relative.components();
    parts.next();
    parts.next();
    parts.as_path()
}

fn no_content(campaign: &Campaign, locale: &str) -> Diagnostic {
    let default = &campaign.settings.default_locale;
    Diagnostic::error(
        "locale.no-content",
        format!("`{locale}` is in `locales` but has no pages: its whole site would be in `{default}`"),
    )
    .in_file(campaign.dir.join("content").join(locale))
    .with_hint(format!(
        "to add it: copy content/{default}/ to content/{locale}/ and locales/{default}/ to locales/{locale}/, translate at least the home page, the pages of the main menu and the strings, and run `faro stamp` on each page; or remove `{locale}` from `locales`; or, to publish only its interface strings, add `interface_only: [{locale}]` to campaign.yaml"
    ))
}

/// `essential_pages` entries that name no page of the default locale, and
/// `interface_only` entries that are not in `locales`.
fn unknown_keys(campaign: &Campaign) -> Vec<Diagnostic> {
    let mut diags = Vec::new();
    let s = &campaign.settings;
    for l in s
        .interface_only
        .iter()
        .filter(|l| !s.locales.contains(&l.value))
    {
        let msg = format!(
            "`interface_only` names `{}`, which is not in `locales`",
            l.value
        );
        diags.push(
            at_value(&campaign.config_source, l, "config.interface-only", msg)
                .with_hint("list only locales of `locales` there"),
        );
    }
    let Some(list) = &s.essential_pages else {
        return diags;
    };
    let known: Vec<&str> = campaign
        .pages
        .iter()
        .filter(|p| p.locale == s.default_locale)
        .map(|p| p.key.as_str())
        .collect();
    // A home page that is missing, or a page that could not be read, is
    // reported already (`page.no-home`, or the reason it did not read).
    let reported = |key: &str| {
        key == "index"
            || campaign
                .unreadable
                .iter()
                .any(|(l, k)| *l == s.default_locale && k == key)
    };
    for k in list
        .iter()
        .filter(|k| !known.contains(&k.value.as_str()) && !reported(&k.value))
    {
        let msg = format!("`essential_pages` names `{}`, which is not a page", k.value);
        let hint = did_you_mean(&k.value, known.iter().copied())
            .map(|s| format!("did you mean `{s}`?"))
            .unwrap_or_else(|| "use page keys, such as `index` or `get-help`".into());
        diags.push(
            at_value(&campaign.config_source, k, "config.essential-pages", msg).with_hint(hint),
        );
    }
    diags
}
