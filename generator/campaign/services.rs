//! Local services of `campaign.yaml` (`services:`): a counselling centre or a
//! shelter that wants the campaign's posters, flyer and wallet card with its
//! own name, phone and logo beside the national helpline. Each gets a
//! co-branded set in every campaign locale it serves
//! (`print/<lang>/poster-a4-<id>.pdf` …).
//!
//! Its facts (name, phone, address, hours) are printed as the service writes
//! them: they are not translated. A service is a fact of its region, so
//! `faro fork` does not carry it over (generator/replicate/fork.rs).

use crate::campaign::settings::ConfigFile;
use std::collections::BTreeMap;

use serde_saphyr::Spanned;

use crate::campaign::yaml::{at_value, Located, Service, ServiceText};
use crate::diagnostics::{did_you_mean, Diagnostics, SourceText};

/// A local service, validated.
#[derive(Debug, Clone)]
pub struct ServiceSettings {
    /// Identifier, in file names.
    pub id: String,
    /// Name, as the service writes it.
    pub name: String,
    /// Phone number as displayed.
    pub phone: String,
    /// Address, if any.
    pub address: Option<LocalText>,
    /// Opening hours, if any.
    pub hours: Option<LocalText>,
    /// Logo, inside the campaign folder.
    pub logo: Option<ConfigFile>,
    /// Campaign locales it serves, in campaign order.
    pub locales: Vec<String>,
    /// The language its name, address and hours are written in (a locale
    /// code Faro knows): pages and print files of another language mark
    /// them with it, so that a screen reader reads them with its rules.
    pub language: String,
}

/// A service's address or hours, as it writes them.
#[derive(Debug, Clone)]
pub enum LocalText {
    /// One text for every locale's set, in the service's language.
    One(String),
    /// Each locale's own text, by locale code.
    PerLocale(BTreeMap<String, String>),
}

impl LocalText {
    /// The text for `locale`'s set, and whether it is that locale's own:
    /// the locale's text when given, else the one in the service's
    /// `language` (its own words, never a made-up translation), else none.
    pub fn for_locale(&self, locale: &str, language: &str) -> Option<(&str, bool)> {
        match self {
            LocalText::One(t) => Some((t.as_str(), false)),
            LocalText::PerLocale(map) => match map.get(locale) {
                Some(t) => Some((t.as_str(), true)),
                None => map.get(language).map(|t| (t.as_str(), false)),
            },
        }
    }
}

/// The print assets a service's co-branded set is made of (those of them
/// the campaign makes): the ones that carry helplines and are handed out or
/// hung up locally. The booklet and the share images stay the campaign's.
pub(crate) const CO_BRANDED_ASSETS: &[&str] =
    &["poster-a3", "poster-a4", "flyer-a5", "wallet-card"];

/// Checks `services`; `logos` are their logo files, already checked (one per
/// service, in order), `locales` the campaign's (its default first), `known`
/// the locales Faro has interface strings for and `country` its country.
pub(crate) fn validate(
    services: &[Service],
    logos: Vec<Option<ConfigFile>>,
    locales: &[String],
    known: &[String],
    country: Option<&str>,
    source: &SourceText,
    diags: &mut Diagnostics,
) -> Vec<ServiceSettings> {
    crate::campaign::ids::check("service", services.iter().map(|s| &s.id), source, diags);
    services
        .iter()
        .zip(logos)
        .map(|(s, logo)| {
            check_file_name_id(&s.id, source, diags);
            let name = s.name.value.trim().to_string();
            if name.is_empty() {
                let d = at_value(
                    source,
                    &s.name,
                    "config.service",
                    "the service has no name".into(),
                )
                .with_hint(
                    "write the service's name as it writes it, such as `name: Centro Donna`",
                );
                diags.push(d);
            }
            let phone = s.phone.value.trim().to_string();
            if let Some(why) = crate::campaign::phone::problem(&phone, country) {
                let msg = format!("`{phone}` is not a dialable phone number: {why}");
                let d = at_value(source, &s.phone, "config.phone", msg)
                    .with_hint("check the number with the service");
                diags.push(d);
            }
            let served = served_locales(&s.locales, locales, source, diags);
            let language = language(s.language.as_ref(), locales, known, source, diags);
            let texts = [("address", &s.address), ("hours", &s.hours)];
            for (field, value) in texts {
                if let Some(value) = value {
                    missing_locales(&s.id.value, field, value, &served, &language, source, diags);
                }
            }
            ServiceSettings {
                id: s.id.value.clone(),
                name,
                phone,
                address: local_text(s.address.as_ref(), source, diags),
                hours: local_text(s.hours.as_ref(), source, diags),
                logo,
                locales: served,
                language,
            }
        })
        .collect()
}

/// A service's id names files, which must be the same on every system:
/// lower-case letters, digits and hyphens.
fn check_file_name_id(id: &Located, source: &SourceText, diags: &mut Diagnostics) {
    let v = &id.value;
    let ok = !v.is_empty()
        && v.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    // An id that cannot name strings is reported by `ids::check` already.
    if !ok && crate::campaign::ids::fits_string_key(v) {
        let msg = format!("the service id `{v}` cannot name its files (`poster-a4-{v}.pdf`)");
        let hint = "use lower-case letters, digits and hyphens, such as `centro-donna`";
        diags.push(at_value(source, id, "config.id-form", msg).with_hint(hint));
    }
}

/// A to-do (warning `todo.service-text`) at a per-locale `field` (address
/// or hours) for each served locale it has no text for: that locale's set
/// prints the text in the service's `language`, or none, and a reader of
/// it may not read that language (review 15-reve C4). Faro never makes the
/// text up.
fn missing_locales(
    id: &str,
    field: &str,
    value: &Spanned<ServiceText>,
    served: &[String],
    language: &str,
    source: &SourceText,
    diags: &mut Diagnostics,
) {
    let ServiceText::PerLocale(map) = &value.value else {
        return;
    };
    let at = Located {
        value: String::new(),
        referenced: value.referenced,
        defined: value.defined,
    };
    // A text for a locale the service does not serve is never printed: a
    // misspelt code (`ua` for `uk`) would leave that set without it.
    for key in map.keys().filter(|k| !served.contains(k) && *k != language) {
        let msg = format!(
            "the {field} of the service `{id}`: a text for `{key}`, a locale it does not serve"
        );
        let hint = format!("the locales it serves: {}", served.join(", "));
        diags.push(at_value(source, &at, "config.locale", msg).with_hint(hint));
    }
    for locale in served.iter().filter(|l| !map.contains_key(*l)) {
        let shown = if map.contains_key(language) {
            format!("prints the `{language}` text")
        } else {
            format!("prints no {field}")
        };
        let has = if field == "hours" { "have" } else { "has" };
        let msg = format!("to-do: the {field} of the service `{id}` {has} no `{locale}` text: its `{locale}` set {shown}");
        let hint = format!("ask the service for its {field} in that language and add it as `{locale}: …` under `{field}:`");
        let mut d = at_value(source, &at, "todo.service-text", msg).with_hint(hint);
        d.severity = crate::diagnostics::Severity::Warning;
        diags.push(d);
    }
}

/// A service's address or hours, trimmed; none when empty. A per-locale
/// map with an empty text is an error at the map: an empty text would
/// print nothing where the reader looks for the hours.
fn local_text(
    value: Option<&Spanned<ServiceText>>,
    source: &SourceText,
    diags: &mut Diagnostics,
) -> Option<LocalText> {
    let value = value?;
    match &value.value {
        ServiceText::One(t) => Some(t.trim().to_string())
            .filter(|t| !t.is_empty())
            .map(LocalText::One),
        ServiceText::PerLocale(map) => {
            let map: BTreeMap<String, String> = map
                .iter()
                .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
                .collect();
            if let Some((locale, _)) = map.iter().find(|(_, v)| v.is_empty()) {
                let at = Located {
                    value: String::new(),
                    referenced: value.referenced,
                    defined: value.defined,
                };
                let msg = format!("the service's text for `{locale}` is empty");
                let hint = "write the text in that language, or leave the locale out (its set then prints the text in the service's `language`, and `faro check` lists it as a to-do)";
                diags.push(at_value(source, &at, "config.service", msg).with_hint(hint));
            }
            Some(LocalText::PerLocale(map))
        }
    }
}

/// The language a service writes in: the campaign's default when none is
/// given; a code Faro does not know is an error at its value (and the
/// default stands in, so that the rest is still checked).
fn language(
    given: Option<&Located>,
    campaign: &[String],
    known: &[String],
    source: &SourceText,
    diags: &mut Diagnostics,
) -> String {
    let default = campaign.first().cloned().unwrap_or_default();
    let Some(given) = given else {
        return default;
    };
    let code = given.value.trim();
    if known.iter().chain(campaign).any(|k| k == code) {
        return code.to_string();
    }
    let msg = format!("unknown language `{code}` in the service's `language`");
    // A code Faro knows written another way (`IT`, `it_IT`), or the list:
    // a service's language needs no interface strings of its own.
    let hint = match crate::campaign::locale_code::meant(code, known) {
        Some(k) => format!("write `{k}`"),
        None => format!("write the language's code, one of: {}", known.join(", ")),
    };
    diags.push(at_value(source, given, "config.locale", msg).with_hint(hint));
    default
}

/// The locales listed (all the campaign's when none is); one the campaign
/// does not have is an error at its value.
fn served_locales(
    listed: &[Located],
    campaign: &[String],
    source: &SourceText,
    diags: &mut Diagnostics,
) -> Vec<String> {
    if listed.is_empty() {
        return campaign.to_vec();
    }
    for l in listed {
        if !campaign.contains(&l.value) {
            let msg = format!(
                "the service serves locale `{}`, which the campaign does not have",
                l.value
            );
            let hint = did_you_mean(&l.value, campaign.iter().map(String::as_str))
                .map(|s| format!("did you mean `{s}`?"))
                .unwrap_or_else(|| format!("the campaign's locales: {}", campaign.join(", ")));
            diags.push(at_value(source, l, "config.locale", msg).with_hint(hint));
        }
    }
    campaign
        .iter()
        .filter(|c| listed.iter().any(|l| &l.value == *c))
        .cloned()
        .collect()
}
