//! The fork's country and languages, from `--country`, `--locales` and
//! `--default-locale`. A country must be a real country code. The default
//! language is never the source's by accident: it is `--default-locale`,
//! else the first of `--locales`, else the source's for a region of the same
//! country, else the language of the new country; when that is not one
//! language Faro has interface strings for, the fork asks for `--locales`.

use std::collections::BTreeSet;

use super::ForkOptions;
use crate::campaign::country;
use crate::campaign::load::Campaign;
use crate::diagnostics::{Diagnostic, Diagnostics};

/// Where the fork's default language came from, said in its summary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum DefaultFrom {
    /// `--default-locale`.
    Option,
    /// The first of `--locales`.
    FirstListed,
    /// The source's default, for a region of the same country.
    Source,
    /// The language of the new country (its English name).
    Country(&'static str),
}

impl DefaultFrom {
    /// Why the default is what it is, for the fork's summary.
    pub(super) fn why(&self) -> String {
        match self {
            DefaultFrom::Option => "from --default-locale".to_string(),
            DefaultFrom::FirstListed => "the first of --locales".to_string(),
            DefaultFrom::Source => "the source's, as the country is the same".to_string(),
            DefaultFrom::Country(name) => format!("the language of {name}"),
        }
    }
}

/// The fork's country: `--country` (in any case), or the campaign's.
pub(super) fn country(source_country: &str, o: &ForkOptions) -> Result<String, Diagnostics> {
    let written = o.country.as_deref().unwrap_or(source_country).trim();
    match country::fault(written, &|code| format!("use `--country {code}`")) {
        Some((message, hint)) => Err(Diagnostic::error("fork.country", message)
            .with_hint(hint)
            .into()),
        None => Ok(written.to_ascii_uppercase()),
    }
}

/// The fork's locales, its default first, and where the default came from.
/// Every locale needs interface strings.
pub(super) fn locales(
    campaign: &Campaign,
    o: &ForkOptions,
    country: &str,
    same_country: bool,
) -> Result<(Vec<String>, String, DefaultFrom), Diagnostics> {
    let s = &campaign.settings;
    let known: BTreeSet<String> = campaign.i18n.locales().map(str::to_string).collect();
    let shared = campaign.project.locales();
    let has_strings = |l: &str| known.contains(l) || shared.has_dir(l);
    let mut locales = o.locales.clone().unwrap_or_else(|| s.locales.clone());
    let (default_locale, from) = match (&o.default_locale, &o.locales) {
        (Some(d), _) => (d.clone(), DefaultFrom::Option),
        (None, Some(listed)) if !listed.is_empty() => (listed[0].clone(), DefaultFrom::FirstListed),
        _ if same_country => (s.default_locale.clone(), DefaultFrom::Source),
        _ => country_language(country, &has_strings)?,
    };
    locales.retain(|l| *l != default_locale);
    locales.insert(0, default_locale.clone());
    let unknown: Vec<&String> = locales.iter().filter(|l| !has_strings(l)).collect();
    if let Some(first) = unknown.first() {
        let mut scratch = Diagnostics::new();
        let available: Vec<String> = shared
            .files("", &mut scratch)
            .iter()
            .filter_map(|f| f.name.split('/').next().map(str::to_string))
            .chain(known.iter().cloned())
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        let advice: Vec<String> = unknown
            .iter()
            .map(|l| {
                format!(
                    "`{l}`: {}",
                    crate::campaign::locale_code::advice(l, &available)
                )
            })
            .collect();
        let others = if unknown.len() > 1 {
            " (and others)"
        } else {
            ""
        };
        return Err(Diagnostic::error(
            "fork.locale",
            format!("no interface strings for the locale `{first}`{others}"),
        )
        .with_hint(advice.join("; "))
        .into());
    }
    Ok((locales, default_locale, from))
}

/// The default language of a fork into another country, when neither
/// `--default-locale` nor `--locales` says it: the country's one language,
/// if Faro has interface strings for it.
fn country_language(
    country: &str,
    has_strings: &dyn Fn(&str) -> bool,
) -> Result<(String, DefaultFrom), Diagnostics> {
    let name = country::name(country).unwrap_or("the new country");
    let languages = country::languages(country);
    let ask = |message: String, example: String| -> Diagnostics {
        Diagnostic::error("fork.default-locale", message)
            .with_hint(format!(
                "give the new campaign's languages with --locales, its default language first, such as `--locales {example}`"
            ))
            .into()
    };
    match languages {
        [one] if has_strings(one) => Ok((one.to_string(), DefaultFrom::Country(name))),
        [one] => Err(ask(
            format!("the language of {name} ({country}) is `{one}`, which Faro has no interface strings for (locales/{one}/ui.ftl), and the source's default language belongs to another country"),
            "en".to_string(),
        )),
        [] => Err(ask(
            format!("which language is the default for {name} ({country})? The source's default language belongs to another country"),
            "en".to_string(),
        )),
        several => Err(ask(
            format!("{name} ({country}) has several languages ({}): which is the new campaign's default?", several.join(", ")),
            several.join(","),
        )),
    }
}
