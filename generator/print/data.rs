//! What a print template receives: one typed structure, serialised to JSON and
//! served by the Typst world as `/data.json` (read with `json("/data.json")`),
//! plus images as virtual files. Campaign text is never pasted into Typst
//! source, so no string can break or inject Typst code.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::campaign::i18n::{direction, fluent_args, ArgValue};
use crate::campaign::load::Campaign;
use crate::web::typography;
use crate::web::unconfirmed::{display_url, unconfirmed_values};

use super::booklet::Booklet;
use crate::campaign::print_assets::{has_text, printed, string_args, AssetSpec, Format};

/// The data of one asset in one locale and variant.
#[derive(Debug, Clone, Serialize)]
pub(super) struct PrintData {
    /// Asset id, such as `poster-a4`.
    pub asset: String,
    /// `print` (bleed, crop marks, CMYK), `office` (trim size, RGB) or `image`.
    pub variant: &'static str,
    /// BCP 47 language code.
    pub lang: String,
    /// The language's short words that stay with the next word at a line's
    /// end (see `super::short_words`), lower case.
    pub short_words: &'static [&'static str],
    /// ISO 3166-1 country code in lower case, if the campaign has one.
    pub region: Option<String>,
    /// `ltr` or `rtl`.
    pub dir: &'static str,
    /// Trim width, in `unit`.
    pub width: f64,
    /// Trim height, in `unit`.
    pub height: f64,
    /// `mm` for paper, `px` for images (one Typst point per pixel).
    pub unit: &'static str,
    /// Bleed on every side, in millimetres (0 for the office variant).
    pub bleed_mm: f64,
    /// Width of the slug outside the bleed, where the crop marks and the
    /// file's label go, in millimetres (0 but for the print-shop variant).
    pub slug_mm: f64,
    /// The print-shop variant's label in the slug: file, language, colour
    /// mode, trim and bleed (empty in other variants).
    pub slug: String,
    /// Draw crop marks (in the slug).
    pub crop_marks: bool,
    /// Use the CMYK palette.
    pub cmyk: bool,
    /// Palette colours by name, in RGB and CMYK.
    pub colours: BTreeMap<&'static str, ColourData>,
    /// Document title (PDF metadata).
    pub title: String,
    /// Document author (PDF metadata).
    pub author: String,
    /// Strings by Fluent key, in this locale.
    pub strings: BTreeMap<String, String>,
    /// Which of the strings and helplines stand in the default locale's
    /// words, and that locale's language (see `super::fallback`).
    pub fallback: Option<super::fallback::Fallback>,
    /// List strings (`a | b | c`) by Fluent key, split.
    pub lists: BTreeMap<String, Vec<String>>,
    /// Helplines, in campaign order.
    pub helplines: Vec<HelplineData>,
    /// The locale's home page, which the QR code opens.
    pub url: String,
    /// The same, shorter, for people: `example.org/de`.
    pub url_display: String,
    /// Virtual path of the QR code SVG.
    pub qr: String,
    /// Virtual path of the campaign logo.
    pub logo: Option<String>,
    /// Partners with their logos.
    pub partners: Vec<PartnerData>,
    /// The local service of a co-branded asset (see `super::services`).
    pub service: Option<ServiceData>,
    /// Virtual path of the EU emblem, when the campaign is EU-funded.
    pub eu_emblem: Option<String>,
    /// The funding statement is still a placeholder marked `TODO:` (as
    /// `faro fork` writes it, the source's wording quoted): a to-do that
    /// `faro check` lists and a build refuses outside a draft, so the share
    /// images set it at any size that fits, not at the size a published
    /// statement needs (see templates/print/social.typ, `funding-floor`).
    /// A statement standing in the default locale's words (an
    /// `interface_only` locale) is not exempt: set in its own language
    /// (`fallback`), it fits as it does in that locale's images.
    pub funding_placeholder: bool,
    /// Virtual path of the hero illustration, when the theme has one.
    pub art: Option<String>,
    /// The guidelines booklet's chapters (booklet only).
    pub booklet: Option<Booklet>,
    /// The booklet's imprint, its values as campaign.yaml gives them
    /// (booklet only; `crate::campaign::imprint`).
    pub imprint: Option<crate::campaign::imprint::Imprint>,
    /// The draft banner's text, in a draft build.
    pub draft: Option<String>,
    /// The "not for print" mark across the top of a print file while a
    /// value it prints is not confirmed (`unconfirmed` in campaign.yaml,
    /// see `crate::campaign::unconfirmed::printed`): its text, naming them.
    pub unconfirmed: Option<String>,
    /// The same mark in the campaign's default locale, under it, when the
    /// file is in another: the print shop reads that language, not
    /// necessarily the file's (review 17 item 3).
    pub unconfirmed_default: Option<MarkLine>,
    /// A share image's "do not post" mark while a value it shows is not
    /// confirmed (see `crate::campaign::unconfirmed::on_share_image`): its
    /// text; templates/print/social.typ draws it (not in a draft build,
    /// whose banner says as much).
    pub share_unconfirmed: Option<String>,
    /// The type sizes and widths the office variant's `fit` chose, given to
    /// the print-shop variant (see `super::fits`); none in other variants.
    pub fits: Option<super::fits::Fits>,
}

/// A palette colour.
#[derive(Debug, Clone, Serialize)]
pub(super) struct ColourData {
    /// `#rrggbb`.
    pub rgb: String,
    /// Cyan, magenta, yellow, black in percent.
    pub cmyk: [f64; 4],
}

/// A helpline with its strings in the locale.
#[derive(Debug, Clone, Serialize)]
pub(super) struct HelplineData {
    /// Identifier.
    pub id: String,
    /// Number as displayed.
    pub number: String,
    /// Fluent key of the name.
    pub name_key: String,
    /// Name.
    pub name: String,
    /// Who it is for.
    pub audience: String,
    /// Facts: free, always open, anonymous, multilingual (already translated).
    pub facts: Vec<String>,
    /// The emergency number.
    pub emergency: bool,
    /// "Immediate danger? Call 112" for the emergency number.
    pub call: String,
}

/// A partner organisation.
#[derive(Debug, Clone, Serialize)]
pub(super) struct PartnerData {
    /// Name.
    pub name: String,
    /// Virtual path of its logo.
    pub logo: Option<String>,
    /// Whether it runs the campaign (see `PartnerSettings::owner`).
    pub owner: bool,
}

/// A local service on its co-branded assets: its facts as it writes them.
#[derive(Debug, Clone, Serialize)]
pub(super) struct ServiceData {
    /// Name.
    pub name: String,
    /// Phone number as displayed (groups joined by no-break spaces).
    pub phone: String,
    /// Address.
    pub address: Option<String>,
    /// Opening hours.
    pub hours: Option<String>,
    /// The address is in the asset's language (the service gave one for
    /// its locale), not in the service's `lang`.
    pub address_local: bool,
    /// The hours are in the asset's language, as the address above.
    pub hours_local: bool,
    /// Virtual path of its logo.
    pub logo: Option<String>,
    /// The language its facts are written in (Typst's `lang`: the language
    /// subtag of its locale code), so that the tagged PDF gives them their
    /// language on an asset of another one (review 15-reve C5).
    pub lang: String,
    /// The region subtag of its locale code (`br` of `pt-br`), if any.
    pub region: Option<String>,
}

/// Locale-wide parts of the data, computed once per locale.
pub(super) struct LocaleData {
    /// Helplines in the locale.
    pub helplines: Vec<HelplineData>,
    /// Home page URL.
    pub url: String,
    /// The QR code of `url`, as SVG: made once per locale, not once per
    /// asset and variant (112 codes for the pilot's 8).
    pub qr: String,
}

impl LocaleData {
    /// Helplines and URL of `locale`.
    pub(super) fn new(campaign: &Campaign, locale: &str) -> LocaleData {
        let s = &campaign.settings;
        // Typeset as the web sets them (docs/typography.md).
        let set = |text: String| typography::plain(&text, locale).into_owned();
        let t = |key: &str| set(campaign.i18n.format(locale, key, None));
        let helplines = s
            .helplines
            .iter()
            .map(|h| {
                let mut facts = Vec::new();
                for (on, key) in [
                    (h.free, "helpline-free"),
                    (h.always_open, "helpline-always-open"),
                    (h.anonymous, "helpline-anonymous"),
                    (h.multilingual, "helpline-languages"),
                ] {
                    if on {
                        facts.push(t(key));
                    }
                }
                let args = fluent_args([("number", ArgValue::Text(h.number.clone()))]);
                let call_key = if h.emergency {
                    "helpline-emergency"
                } else {
                    "helpline-call"
                };
                HelplineData {
                    id: h.id.clone(),
                    number: h.number.clone(),
                    name_key: format!("helpline-{}-name", h.id),
                    name: t(&format!("helpline-{}-name", h.id)),
                    audience: t(&format!("helpline-{}-audience", h.id)),
                    facts,
                    emergency: h.emergency,
                    call: set(campaign.i18n.format(locale, call_key, Some(&args))),
                }
            })
            .collect();
        let url = format!("{}{locale}/", s.base_url);
        LocaleData {
            helplines,
            qr: super::inputs::qr_svg(&url),
            url,
        }
    }
}

/// Builds the data of `asset` in `locale` for `variant`.
pub(super) fn build(
    campaign: &Campaign,
    locale: &str,
    asset: &AssetSpec,
    variant: &'static str,
    cmyk: &crate::campaign::print_settings::CmykPalette,
    shared: &LocaleData,
    files: &super::Files,
) -> PrintData {
    let s = &campaign.settings;
    let t = |key: &str| campaign.i18n.format(locale, key, None);
    let (strings, lists) = texts(campaign, locale, asset);
    let (width, height, unit) = trim(asset.format);
    let print = variant == "print";
    let campaign_name = t("campaign-name");
    let author = author(s, &campaign_name);
    let colours = colours(&s.colours, cmyk);
    PrintData {
        asset: asset.id.to_string(),
        variant,
        lang: locale.to_string(),
        short_words: super::short_words::short_words(locale),
        region: s.country.as_ref().map(|c| c.to_ascii_lowercase()),
        dir: direction(locale),
        width,
        height,
        unit,
        bleed_mm: if print { BLEED_MM } else { 0.0 },
        slug_mm: if print { SLUG_MM } else { 0.0 },
        slug: if print {
            let rgb = rgb_logos(asset, &colours, files);
            slug_label(asset, locale, width, height, rgb)
        } else {
            String::new()
        },
        crop_marks: print,
        cmyk: print,
        colours,
        title: format!("{} – {}", t(asset.label_key), campaign_name),
        author,
        fallback: fallback(campaign, locale, asset, &strings, shared),
        strings,
        lists,
        helplines: if asset.helplines {
            shared.helplines.clone()
        } else {
            Vec::new()
        },
        url: shared.url.clone(),
        url_display: display_url(&shared.url),
        qr: "/qr.svg".into(),
        logo: files.logo.as_ref().map(|(p, _)| p.clone()),
        art: files.art.as_ref().map(|(p, _)| p.clone()),
        partners: partners(s, locale, files),
        service: None,
        eu_emblem: files.eu_emblem.as_ref().map(|(p, _)| p.clone()),
        funding_placeholder: t("funding-statement").contains(crate::campaign::todos::MARKER),
        booklet: None,
        imprint: (asset.id == "guidelines").then(|| s.imprint.clone()),
        draft: None,
        unconfirmed: None,
        unconfirmed_default: None,
        share_unconfirmed: share_unconfirmed(campaign, locale, asset),
        fits: None,
    }
}

/// The trim's width and height, and their unit: millimetres for paper,
/// pixels for an image.
fn trim(format: Format) -> (f64, f64, &'static str) {
    match format {
        Format::Pdf {
            width_mm,
            height_mm,
            ..
        } => (width_mm, height_mm, "mm"),
        Format::Png { width, height } => (f64::from(width), f64::from(height), "px"),
    }
}

/// Whether the print-shop file keeps a logo in RGB: partners' logos (on
/// the posters and the flyer), and a logo of the campaign's not drawn in
/// its palette, do.
fn rgb_logos(
    asset: &AssetSpec,
    colours: &BTreeMap<&'static str, ColourData>,
    files: &super::Files,
) -> bool {
    let shows_logos = asset.template != "card.typ";
    let partner_logos = files
        .partner_logos
        .iter()
        .flatten()
        .any(|(_, bytes)| !super::vector::cmyk_jpeg(bytes));
    let own = files.logo.as_ref().map(|(_, b)| b.as_slice());
    shows_logos && (partner_logos || !super::vector::logo_in_inks(own, colours, &files.parsed))
}

/// Which of the asset's strings, and of its helplines' names and
/// audiences, stand in the default locale's words (see `super::fallback`).
fn fallback(
    campaign: &Campaign,
    locale: &str,
    asset: &AssetSpec,
    strings: &BTreeMap<String, String>,
    shared: &LocaleData,
) -> Option<super::fallback::Fallback> {
    let helplines = (shared.helplines.iter())
        .filter(|_| asset.helplines)
        .flat_map(|h| [h.name_key.clone(), format!("helpline-{}-audience", h.id)]);
    super::fallback::fallback(campaign, locale, strings.keys().cloned().chain(helplines))
}

/// The campaign's partners, their names typeset for `locale`.
fn partners(
    s: &crate::campaign::settings::Settings,
    locale: &str,
    files: &super::Files,
) -> Vec<PartnerData> {
    (s.partners.iter().enumerate())
        .map(|(i, p)| PartnerData {
            name: typography::plain(&p.name, locale).into_owned(),
            logo: files
                .partner_logos
                .get(i)
                .and_then(|l| l.as_ref().map(|(p, _)| p.clone())),
            owner: p.owner,
        })
        .collect()
}

/// A share image's "do not post" mark, naming what to ask about, as the
/// print band does (review 17 item 4); none on paper or when every value
/// the image shows is confirmed.
fn share_unconfirmed(campaign: &Campaign, locale: &str, asset: &AssetSpec) -> Option<String> {
    matches!(asset.format, Format::Png { .. })
        .then(|| crate::campaign::unconfirmed::on_share_image(campaign, asset.id))
        .filter(|shown| !shown.is_empty())
        .map(|shown| {
            let values = unconfirmed_values(campaign, &shown, locale);
            let args = fluent_args([("values", ArgValue::Text(values))]);
            campaign
                .i18n
                .format(locale, "share-unconfirmed", Some(&args))
        })
}

/// A line of text in a language other than the asset's.
#[derive(Debug, Clone, Serialize)]
pub(super) struct MarkLine {
    /// BCP 47 language code.
    pub lang: String,
    /// `ltr` or `rtl`.
    pub dir: &'static str,
    /// The text.
    pub text: String,
    /// Its first sentence ("BOZZA – non stampare"), for a page too small
    /// for the whole of it in two languages (the wallet card).
    pub short: String,
}

impl MarkLine {
    /// `text` in `locale`.
    pub(super) fn new(locale: &str, text: String) -> Self {
        let dir = direction(locale);
        let short = text.split_once(". ").map_or(&*text, |(s, _)| s).to_string();
        MarkLine {
            lang: locale.to_string(),
            dir,
            text,
            short,
        }
    }
}

/// The asset's strings in `locale`, and those of them that are lists
/// (items separated by `|`) split into their items.
fn texts(
    campaign: &Campaign,
    locale: &str,
    asset: &AssetSpec,
) -> (BTreeMap<String, String>, BTreeMap<String, Vec<String>>) {
    let mut strings = BTreeMap::new();
    let mut lists = BTreeMap::new();
    let eu_funded = campaign.settings.eu_funded;
    // Where a cross-reference's page number goes (`print-page-ref = p. {
    // $page }`): the template puts the number it finds there.
    let args = string_args();
    let keys = asset.keys.iter().filter(|k| printed(k, eu_funded));
    // A string left out for want of a text is absent: the template then
    // prints nothing in its place.
    for key in keys.filter(|k| has_text(campaign, locale, k)) {
        let text = campaign.i18n.format(locale, key, Some(&args));
        // Typeset as the web sets it (docs/typography.md).
        let text = typography::plain(&text, locale).into_owned();
        if asset.lists.contains(key) {
            let items: Vec<String> = text
                .split('|')
                .map(|i| i.trim().to_string())
                .filter(|i| !i.is_empty())
                .collect();
            lists.insert(key.to_string(), items);
        }
        strings.insert(key.to_string(), text);
    }
    (strings, lists)
}

/// The campaign's colours, each with its CMYK equivalent for print.
fn colours(
    c: &crate::campaign::colours::Colours,
    cmyk: &crate::campaign::print_settings::CmykPalette,
) -> BTreeMap<&'static str, ColourData> {
    BTreeMap::from([
        ("primary", colour(&c.primary, cmyk.primary)),
        ("on_primary", colour(&c.on_primary, cmyk.on_primary)),
        ("background", colour(&c.background, cmyk.background)),
        ("text", colour(&c.text, cmyk.text)),
        ("accent", colour(&c.accent, cmyk.accent)),
        ("on_accent", colour(&c.on_accent, cmyk.on_accent)),
    ])
}

/// The PDF's author: the partners, or else the campaign's name.
fn author(s: &crate::campaign::settings::Settings, campaign_name: &str) -> String {
    if s.partners.is_empty() {
        campaign_name.to_string()
    } else {
        s.partners
            .iter()
            .map(|p| p.name.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// Bleed of the print-shop variant, on every side.
pub(super) const BLEED_MM: f64 = 3.0;
/// Slug of the print-shop variant beyond the bleed: 5 mm crop marks and the
/// label, with room to spare.
pub(super) const SLUG_MM: f64 = 7.0;

/// `poster-a4-print.pdf · it · CMYK · trim 210 × 297 mm · bleed 3 mm`, with
/// `CMYK + RGB logos` when `rgb_logos` (see `super::vector`).
fn slug_label(asset: &AssetSpec, locale: &str, width: f64, height: f64, rgb_logos: bool) -> String {
    let mode = if rgb_logos { RGB_LOGOS } else { "CMYK" };
    format!(
        "{}-print.pdf · {locale} · {mode} · trim {width} × {height} mm · bleed {BLEED_MM} mm",
        asset.id
    )
}

/// The colour mode in the slug of a print-shop file whose logos stay RGB.
pub(super) const RGB_LOGOS: &str = "CMYK + RGB logos";

fn colour(rgb: &str, cmyk: [f64; 4]) -> ColourData {
    ColourData {
        rgb: rgb.to_string(),
        cmyk,
    }
}

impl PrintData {
    /// Every text the template may print, with the Fluent key (or page file)
    /// it comes from, for the glyph check.
    pub(super) fn texts(&self) -> Vec<(String, &str)> {
        let mut out: Vec<(String, &str)> = self
            .strings
            .iter()
            .map(|(k, v)| (k.clone(), v.as_str()))
            .collect();
        for h in &self.helplines {
            out.push((h.name_key.clone(), &h.name));
            out.push((format!("helpline-{}-audience", h.id), &h.audience));
            out.push(("helpline facts".into(), &h.call));
            out.push(("campaign.yaml helplines".into(), &h.number));
            for f in &h.facts {
                out.push(("helpline facts".into(), f));
            }
        }
        for p in &self.partners {
            out.push(("campaign.yaml partners".into(), &p.name));
        }
        if let Some(service) = &self.service {
            let facts = [Some(&service.name), Some(&service.phone)];
            let more = [service.address.as_ref(), service.hours.as_ref()];
            for text in facts.into_iter().chain(more).flatten() {
                out.push(("campaign.yaml services".into(), text));
            }
        }
        out.push(("campaign.yaml base_url".into(), &self.url_display));
        if let Some(i) = &self.imprint {
            for v in [&i.publisher, &i.version, &i.date, &i.licence] {
                out.extend(
                    v.iter()
                        .map(|v| ("campaign.yaml imprint".into(), v.as_str())),
                );
            }
        }
        if let Some(mark) = &self.unconfirmed {
            out.push(("print-unconfirmed".into(), mark));
        }
        if let Some(mark) = &self.unconfirmed_default {
            out.push(("print-unconfirmed".into(), &mark.text));
        }
        if let Some(mark) = &self.share_unconfirmed {
            out.push(("share-unconfirmed".into(), mark));
        }
        if let Some(b) = &self.booklet {
            b.texts(&mut out);
        }
        out
    }
}
