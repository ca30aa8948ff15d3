//! `campaign.yaml`: the campaign's facts and structure, read into typed structs.
//!
//! Values that need checking beyond their type are [`Spanned`], so that every
//! validation error points at the line and column of the offending value.

use std::path::Path;
use std::sync::Arc;

use serde::Deserialize;
use serde_saphyr::Spanned;

use crate::diagnostics::{Diagnostic, Diagnostics, SourceText};

mod located;

pub(crate) use located::{at_value, position, written_length, yaml_error};

/// A string with its place in `campaign.yaml`.
pub(crate) type Located = Spanned<String>;

/// The whole `campaign.yaml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct CampaignConfig {
    /// Short identifier, used as the output folder name (`public/<id>/`).
    pub id: Located,
    /// The region running the campaign, as written in its own language.
    pub region: Located,
    /// ISO 3166-1 alpha-2 country code, for checking helpline numbers.
    #[serde(default)]
    pub country: Option<Located>,
    /// Locale of the original text; every other locale falls back to it.
    pub default_locale: Located,
    /// Every locale the site is built in, default locale included.
    pub locales: Vec<Located>,
    /// Absolute URL the site is published at, ending with `/`.
    pub base_url: Located,
    /// Theme name under `themes/`.
    #[serde(default)]
    pub theme: Option<Located>,
    /// Colours; every one has a default from the theme.
    #[serde(default)]
    pub palette: Palette,
    /// Campaign logo, relative to the campaign folder.
    #[serde(default)]
    pub logo: Option<Located>,
    /// Organisations behind the campaign.
    #[serde(default)]
    pub partners: Vec<Partner>,
    /// Phone lines shown on every page and print asset.
    #[serde(default)]
    pub helplines: Vec<Helpline>,
    /// Local services (a counselling centre, a shelter): each gets its own
    /// co-branded set of posters, flyer and wallet card.
    #[serde(default)]
    pub services: Vec<Service>,
    /// Who funds the campaign (the EU emblem and statement).
    #[serde(default)]
    pub funding: Option<Funding>,
    /// Page keys in the main menu, in order.
    #[serde(default)]
    pub navigation: Vec<Located>,
    /// Page keys in the footer menu, in order.
    #[serde(default)]
    pub footer_navigation: Vec<Located>,
    /// The cards of the home page: the visitors' main journeys, in order.
    #[serde(default)]
    pub journeys: Vec<Journey>,
    /// The quick-exit destination.
    #[serde(default)]
    pub exit: Option<Exit>,
    /// Neutral page titles and favicon, for visitors who fear being watched.
    #[serde(default)]
    pub discreet: bool,
    /// Set by `faro fork`: the source campaign's regional words, each mention of
    /// which in pages and strings is a to-do until rewritten.
    #[serde(default)]
    pub forked_from: Option<ForkedFrom>,
    /// Print assets to make and the CMYK palette (`crate::campaign::print_settings`).
    #[serde(default)]
    pub print: Option<PrintConfig>,
    /// Pages that are never published untranslated (default: the home and
    /// every page of `navigation`); see `crate::campaign::essential`.
    #[serde(default)]
    pub essential_pages: Option<Vec<Located>>,
    /// Locales built with interface strings only, their pages in the default
    /// locale under a banner (said explicitly, never assumed).
    #[serde(default)]
    pub interface_only: Vec<Located>,
    /// Settings whose value is not confirmed yet (such as a `base_url` no one
    /// has checked); each is a to-do of `faro check` (`crate::campaign::unconfirmed`).
    #[serde(default)]
    pub unconfirmed: Vec<Located>,
    /// The guidelines booklet's imprint (`crate::campaign::imprint`).
    #[serde(default)]
    pub imprint: Option<crate::campaign::imprint::ImprintConfig>,
}

/// A card of the home page: a page to go to and the illustration drawn on it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Journey {
    /// Key of the page the card leads to; its title and description fill the card.
    pub page: Located,
    /// Name of one of the theme's illustrations (`crate::campaign::settings::ART_NAMES`).
    #[serde(default)]
    pub art: Option<Located>,
}

/// Where a forked campaign came from.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ForkedFrom {
    /// The source campaign's id.
    pub campaign: String,
    /// The source region's name.
    #[serde(default)]
    pub region: Option<String>,
    /// The source's regional phone numbers.
    #[serde(default)]
    pub numbers: Vec<String>,
    /// The source region's name as each of its languages spells it (from
    /// `campaign-region` in its `campaign.ftl` files), such as `Venetien`.
    #[serde(default)]
    pub names: Vec<String>,
    /// Words around a mention that is true for the new campaign too (such as
    /// a partner of the source's project): a mention inside one of these
    /// phrases is confirmed, every other mention stays a to-do.
    #[serde(default)]
    pub keep: Vec<String>,
}

/// Site colours as `#rrggbb`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Palette {
    /// Brand colour: header, links, buttons.
    pub primary: Option<Located>,
    /// Text drawn on the primary colour.
    pub on_primary: Option<Located>,
    /// Page background.
    pub background: Option<Located>,
    /// Body text.
    pub text: Option<Located>,
    /// Highlights (helpline box).
    pub accent: Option<Located>,
    /// Text drawn on the accent colour.
    pub on_accent: Option<Located>,
}

/// A partner organisation.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Partner {
    /// Identifier; its role is the Fluent message `partner-<id>-role`.
    pub id: Located,
    /// The organisation's name (not translated).
    pub name: String,
    /// Its website, if any.
    #[serde(default)]
    pub website: Option<Located>,
    /// Its logo, relative to the campaign folder.
    #[serde(default)]
    pub logo: Option<Located>,
    /// Whether it runs the campaign: the posters name it first, apart.
    #[serde(default)]
    pub owner: bool,
}

/// A helpline. Its words live in Fluent (`helpline-<id>-name`,
/// `helpline-<id>-audience`); the facts live here.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Helpline {
    /// Identifier for the Fluent messages.
    pub id: Located,
    /// The number as dialled, digits and spaces (a leading `+` allowed).
    pub number: Located,
    /// Free of charge.
    #[serde(default)]
    pub free: bool,
    /// Open 24 hours a day, every day.
    #[serde(default)]
    pub always_open: bool,
    /// Callers need not give their name.
    #[serde(default)]
    pub anonymous: bool,
    /// Answers in several languages.
    #[serde(default)]
    pub multilingual: bool,
    /// The emergency number (shown as "Immediate danger? Call …").
    #[serde(default)]
    pub emergency: bool,
    /// Where the line answers: `region` (the default), `country` or `eu`.
    /// `faro fork` keeps country lines for a region of the same country and
    /// EU lines everywhere; the others become to-dos.
    #[serde(default)]
    pub scope: Option<Located>,
}

/// A local service that gets a co-branded set of print assets: its facts,
/// printed as written (they are the service's own words, in its language).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Service {
    /// Identifier, used in file names (`poster-a4-<id>.pdf`).
    pub id: Located,
    /// The service's name, as it writes it.
    pub name: Located,
    /// Its phone number, digits and spaces (a leading `+` allowed).
    pub phone: Located,
    /// Its address, if it receives visitors: one text, or one per locale.
    #[serde(default)]
    pub address: Option<Spanned<ServiceText>>,
    /// Its opening hours, as it writes them: one text, or one per locale.
    #[serde(default)]
    pub hours: Option<Spanned<ServiceText>>,
    /// Its logo, relative to the campaign folder.
    #[serde(default)]
    pub logo: Option<Located>,
    /// The campaign locales it serves (all of them when left out).
    #[serde(default)]
    pub locales: Vec<Located>,
    /// The language its name, address and hours are written in (the
    /// campaign's default language when left out).
    #[serde(default)]
    pub language: Option<Located>,
}

/// A service's address or hours: one text for every locale's set, or a map
/// of locale code to the text in that locale (`hours: {it: lun–ven 9–17,
/// uk: пн–пт 9–17}`), so that a reader of each set can use it (review
/// 15-reve C4).
#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub(crate) enum ServiceText {
    /// The same text on every set.
    One(String),
    /// The text of each locale, by locale code.
    PerLocale(std::collections::BTreeMap<String, String>),
}

/// Funding acknowledgement.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Funding {
    /// Which emblem to show; only `eu` is known.
    pub emblem: Located,
}

/// Quick-exit settings.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Exit {
    /// Neutral page the exit button leads to.
    pub url: Located,
}

/// The default quick-exit destination: a portal that shows nothing personal.
pub(crate) const DEFAULT_EXIT_URL: &str = "https://www.wikipedia.org/";

/// Field names of a page's front matter, for "did you mean".
pub(crate) const FRONT_MATTER_FIELDS: &[&str] = &[
    "title",
    "description",
    "slug",
    "weight",
    "nav_title",
    "key",
    "template",
    "translated_from",
    "untranslated",
];

/// Field names of [`CampaignConfig`] and its parts, for "did you mean".
pub(crate) const FIELD_NAMES: &[&str] = &[
    "id",
    "region",
    "country",
    "default_locale",
    "locales",
    "base_url",
    "theme",
    "palette",
    "logo",
    "partners",
    "helplines",
    "services",
    "funding",
    "navigation",
    "footer_navigation",
    "journeys",
    "page",
    "art",
    "exit",
    "discreet",
    "print",
    "assets",
    "cmyk",
    "primary",
    "on_primary",
    "background",
    "text",
    "accent",
    "on_accent",
    "name",
    "website",
    "owner",
    "number",
    "free",
    "always_open",
    "anonymous",
    "multilingual",
    "emergency",
    "scope",
    "essential_pages",
    "interface_only",
    "unconfirmed",
    "emblem",
    "url",
    "phone",
    "address",
    "hours",
    "language",
    "imprint",
    "publisher",
    "version",
    "date",
    "licence",
];

/// Parses `campaign.yaml`. Syntax and type errors come back located, with a
/// suggestion for misspelt field names.
pub(crate) fn parse(source: &SourceText) -> Result<CampaignConfig, Diagnostic> {
    if source.text.trim().is_empty() {
        return Err(Diagnostic::error("config.empty", "campaign.yaml is empty")
            .in_file(&source.path)
            .with_hint(
                "start a campaign with `faro fork campaigns/veneto campaigns/<your-region>`",
            ));
    }
    serde_saphyr::from_str::<CampaignConfig>(&source.text)
        .map_err(|e| yaml_error(source, &e, FIELD_NAMES))
}

/// The `id` of the campaign in `campaign_dir`, when its campaign.yaml reads.
pub fn read_id(campaign_dir: &Path) -> Option<String> {
    read(campaign_dir).map(|c| c.id.value)
}

/// The `country` of the campaign in `campaign_dir`, when its campaign.yaml reads.
pub fn read_country(campaign_dir: &Path) -> Option<String> {
    read(campaign_dir).and_then(|c| c.country.map(|c| c.value))
}

fn read(campaign_dir: &Path) -> Option<CampaignConfig> {
    let text = crate::untrusted::files::read_text(&campaign_dir.join("campaign.yaml")).ok()?;
    let source = SourceText {
        path: campaign_dir.join("campaign.yaml"),
        text: Arc::from(text),
    };
    parse(&source).ok()
}

/// Loads and parses `campaign.yaml` from a campaign folder.
pub(crate) fn load(
    campaign_dir: &Path,
    diags: &mut Diagnostics,
) -> Option<(CampaignConfig, SourceText)> {
    let path = campaign_dir.join("campaign.yaml");
    let text = match crate::untrusted::files::read_text(&path) {
        Ok(t) => t,
        Err(d) => {
            let d = if d.code == "file.missing" {
                d.with_hint(crate::campaign::folder_advice::no_config_hint(campaign_dir))
            } else {
                d
            };
            diags.push(d);
            return None;
        }
    };
    let source = SourceText {
        path,
        text: Arc::from(text),
    };
    match parse(&source) {
        Ok(config) => {
            diags.extend(crate::campaign::empty_values::find(
                &source,
                &source.text,
                0,
            ));
            Some((config, source))
        }
        Err(d) => {
            diags.push(crate::campaign::empty_values::explain(
                d,
                &source,
                &source.text,
                0,
            ));
            None
        }
    }
}

/// `print:` as written in `campaign.yaml`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct PrintConfig {
    /// Asset ids to make (see [`crate::campaign::print_assets::ASSETS`]); every asset when absent.
    #[serde(default)]
    pub assets: Option<Vec<Located>>,
    /// CMYK values of the palette colours for the print-shop PDFs.
    #[serde(default)]
    pub cmyk: CmykConfig,
}

/// One CMYK value per palette colour, each `[c, m, y, k]` in percent.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct CmykConfig {
    /// CMYK of `palette.primary`.
    pub primary: Option<Spanned<Vec<f64>>>,
    /// CMYK of `palette.on_primary`.
    pub on_primary: Option<Spanned<Vec<f64>>>,
    /// CMYK of `palette.background`.
    pub background: Option<Spanned<Vec<f64>>>,
    /// CMYK of `palette.text`.
    pub text: Option<Spanned<Vec<f64>>>,
    /// CMYK of `palette.accent`.
    pub accent: Option<Spanned<Vec<f64>>>,
    /// CMYK of `palette.on_accent`.
    pub on_accent: Option<Spanned<Vec<f64>>>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn src(text: &str) -> SourceText {
        SourceText {
            path: "campaign.yaml".into(),
            text: Arc::from(text),
        }
    }

    const MINIMAL: &str =
        "id: t\nregion: Test\ndefault_locale: en\nlocales: [en]\nbase_url: https://example.org/\n";

    #[test]
    fn reads_a_minimal_campaign() {
        let c = parse(&src(MINIMAL)).unwrap();
        assert_eq!(c.default_locale.value, "en");
        assert_eq!(c.base_url.referenced.line(), 5);
    }

    #[test]
    fn unknown_field_is_located_with_a_suggestion() {
        let text = MINIMAL.replace("default_locale", "defualt_locale");
        let d = parse(&src(&text)).unwrap_err();
        assert!(d.message.contains("defualt_locale"), "{}", d.message);
        assert_eq!(d.position.map(|p| p.line), Some(3));
        assert_eq!(d.hint.as_deref(), Some("did you mean `default_locale`?"));
    }

    #[test]
    fn empty_file_is_an_error() {
        assert_eq!(parse(&src("  \n")).unwrap_err().code, "config.empty");
    }

    #[test]
    fn yaml_reader_messages_are_put_in_plain_words() {
        let cases = [
            (
                format!("{MINIMAL}region: Again\n"),
                "the key `region` is written twice",
                6,
            ),
            (
                MINIMAL.replace("locales: [en]", "locales: en"),
                "expected a list here",
                4,
            ),
            (
                MINIMAL.replace("region: Test", "region: [a, b]"),
                "expected a single text value",
                2,
            ),
        ];
        for (text, message, line) in cases {
            let d = parse(&src(&text)).unwrap_err();
            assert!(d.message.contains(message), "{text}: {}", d.message);
            assert_eq!(d.position.map(|p| p.line), Some(line), "{text}");
            assert!(d.hint.is_some(), "{text}: no hint");
            assert!(!d.message.contains("Options") && !d.message.contains("scalar"));
        }
    }
}
