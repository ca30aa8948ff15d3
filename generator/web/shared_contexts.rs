//! Building the template contexts: campaign-wide and per-locale data computed
//! once per build and shared by every page.

use std::collections::BTreeMap;
use std::path::Path;

use crate::campaign::content::SourcePage;
use crate::campaign::i18n::direction;
use crate::campaign::settings::ConfigFile;
use crate::campaign::site::Site;
use crate::campaign::yaml::position;
use crate::diagnostics::{offset_of, Diagnostic, Diagnostics};
use crate::web::images::ImageRegistry;
use crate::web::typography;
use crate::web::views::*;

/// The campaign-wide and per-locale contexts, computed once per build and
/// shared by every page.
#[derive(Clone)]
pub(crate) struct SharedContexts {
    /// Campaign-wide context.
    pub(super) site: SiteContext,
    /// Context of each locale.
    pub(super) locales: BTreeMap<String, LocaleContext>,
}

impl SharedContexts {
    /// Prepares the campaign- and locale-wide contexts once.
    pub(crate) fn new(
        site: &Site,
        statics: &crate::web::statics::Statics,
        images: &ImageRegistry,
        draft: bool,
    ) -> Self {
        let campaign = site.campaign;
        let s = &campaign.settings;
        let strings = &campaign.i18n;
        // Logo problems were reported by `check_config_images` before rendering.
        let image_view =
            |file: &Option<ConfigFile>| config_image(campaign, images, file.as_ref()?).ok();
        let languages = s
            .locales
            .iter()
            .map(|l| LanguageView {
                code: l.clone(),
                name: strings.format(l, "language-name", None),
                dir: direction(l),
                home_url: format!("{}{l}/", s.base_path),
                page_count: site.pages_in(l).filter(|p| !p.fallback).count(),
                // Optional: a campaign without it shows the languages' names only.
                about: strings
                    .has(l, "campaign-about")
                    .then(|| strings.format(l, "campaign-about", None)),
            })
            .collect();
        let site_ctx = SiteContext {
            id: s.id.clone(),
            region: s.region.clone(),
            base_url: s.base_url.clone(),
            base_path: s.base_path.clone(),
            css_url: statics.url("style.css"),
            js_url: statics.url("exit.js"),
            favicon_url: statics.url("favicon.svg"),
            exit_url: s.exit_url.clone(),
            discreet: s.discreet,
            eu_funded: s.eu_funded,
            eu_emblem_url: statics.url("eu-emblem.svg"),
            logo: image_view(&s.logo),
            languages,
            partners: s
                .partners
                .iter()
                .map(|p| PartnerView {
                    id: p.id.clone(),
                    name: typography::plain(&p.name, &s.default_locale).into_owned(),
                    website: p.website.clone(),
                    logo: image_view(&p.logo),
                })
                .collect(),
            helplines: s
                .helplines
                .iter()
                .map(|h| HelplineView {
                    id: h.id.clone(),
                    number: h.number.clone(),
                    tel: format!("tel:{}", h.dial),
                    free: h.free,
                    always_open: h.always_open,
                    anonymous: h.anonymous,
                    multilingual: h.multilingual,
                    emergency: h.emergency,
                })
                .collect(),
            draft,
            unconfirmed_print: unconfirmed_print(campaign),
            csp: crate::output::headers::CONTENT_SECURITY_POLICY.to_string(),
        };
        let locales = s
            .locales
            .iter()
            .map(|l| (l.clone(), locale_context(site, l, statics)))
            .collect();

        SharedContexts {
            site: site_ctx,
            locales,
        }
    }
}

/// How two versions of the shared contexts differ, for `faro serve` to
/// re-render the pages that show what changed.
pub(crate) struct ContextChanges {
    /// The campaign-wide context changed: every page shows it.
    pub site: bool,
    /// The locales whose context (menus, cards…) changed.
    pub locales: Vec<String>,
}

impl SharedContexts {
    /// What changed from `before` to `self` (compared as their debug text,
    /// which shows every field that templates see).
    pub(crate) fn changes_from(&self, before: &SharedContexts) -> ContextChanges {
        let text = |v: &dyn std::fmt::Debug| format!("{v:?}");
        let locales = self
            .locales
            .iter()
            .filter(|(code, ctx)| {
                before
                    .locales
                    .get(*code)
                    .is_none_or(|old| text(old) != text(*ctx))
            })
            .map(|(code, _)| code.clone())
            .collect();
        ContextChanges {
            site: text(&self.site) != text(&before.site)
                || self.locales.len() != before.locales.len(),
            locales,
        }
    }
}

/// An image named in campaign.yaml (a logo), registered for publishing; errors
/// point at its value in campaign.yaml.
fn config_image(
    campaign: &crate::campaign::load::Campaign,
    images: &ImageRegistry,
    file: &ConfigFile,
) -> Result<ImageView, Diagnostic> {
    let source = &campaign.config_source;
    let offset = offset_of(&source.text, position(&file.written.referenced));
    let i = images.register(Path::new(""), &file.written.value, source, offset)?;
    Ok(ImageView {
        src: i.src,
        srcset: i.srcset,
        width: i.width,
        height: i.height,
    })
}

/// Registers the campaign and partner logos, reporting those that are not
/// usable images. Run before link targets are computed.
pub(crate) fn check_config_images(
    campaign: &crate::campaign::load::Campaign,
    images: &ImageRegistry,
) -> Diagnostics {
    let s = &campaign.settings;
    let logos = s
        .logo
        .iter()
        .chain(s.partners.iter().filter_map(|p| p.logo.as_ref()));
    logos
        .filter_map(|file| config_image(campaign, images, file).err())
        .collect::<Vec<_>>()
        .into_iter()
        .fold(Diagnostics::new(), |mut d, e| {
            d.push(e);
            d
        })
}

/// The font files a page in `locale` needs for its text, regular and bold, in
/// the script of the language (the default theme's subsets). Preloaded, they
/// arrive with the stylesheet, in time for `font-display: optional` to use
/// them; a theme without them preloads nothing.
fn preloaded_fonts(locale: &str, statics: &crate::web::statics::Statics) -> Vec<String> {
    let (family, script) = match locale.split('-').next().unwrap_or(locale) {
        "ar" | "fa" => ("NotoSansArabic", "arabic"),
        "el" => ("NotoSans", "greek"),
        "bg" | "ru" | "uk" => ("NotoSans", "cyrillic"),
        _ => ("NotoSans", "latin"),
    };
    ["Regular", "Bold"]
        .iter()
        .map(|weight| statics.url(&format!("fonts/{family}-{weight}-{script}.woff2")))
        .filter(|url| !url.is_empty())
        .collect()
}

fn locale_context(
    site: &Site,
    locale: &str,
    statics: &crate::web::statics::Statics,
) -> LocaleContext {
    let s = &site.campaign.settings;
    let nav = |items: &[crate::campaign::yaml::Located]| -> Vec<NavLink> {
        items
            .iter()
            .filter_map(|item| site.page(locale, &item.value))
            .map(|p| NavLink {
                title: menu_label(&site.campaign.pages[p.source]),
                url: site.url(p),
            })
            .collect()
    };
    let name = site.campaign.i18n.format(locale, "language-name", None);
    LocaleContext {
        code: locale.to_string(),
        name_in_text: typography::language_name_in_text(&name, locale),
        colon: typography::colon(locale),
        comma: typography::comma(locale),
        name,
        home_url: format!("{}{locale}/", s.base_path),
        nav: nav(&s.navigation),
        footer_nav: nav(&s.footer_navigation),
        journeys: journey_cards(site, locale),
        font_preloads: preloaded_fonts(locale, statics),
        materials_url: format!("{}{}", s.base_path, site.materials_path(locale)),
        services: s
            .services
            .iter()
            .filter(|v| v.locales.iter().any(|l| l == locale))
            .map(|v| (v.id.clone(), service_facts(v, locale)))
            .collect(),
    }
}

/// `service`'s hours and address for `locale`'s Materials page: the
/// locale's own text where it gives one, else the one in its language,
/// marked with it.
fn service_facts(
    service: &crate::campaign::services::ServiceSettings,
    locale: &str,
) -> ServiceFacts {
    let fact = |text: &Option<crate::campaign::services::LocalText>| {
        let (text, own) = text.as_ref()?.for_locale(locale, &service.language)?;
        let other = (!own && service.language != locale).then(|| service.language.clone());
        Some(ServiceFact {
            text: text.to_string(),
            dir: other.as_deref().map(direction),
            lang: other,
        })
    };
    ServiceFacts {
        hours: fact(&service.hours),
        address: fact(&service.address),
    }
}

/// The home page's cards in `locale`: each page's menu label and description.
fn journey_cards(site: &Site, locale: &str) -> Vec<JourneyCard> {
    let s = &site.campaign.settings;
    s.journeys
        .iter()
        .filter_map(|j| {
            let page = site.page(locale, &j.page.value)?;
            let source = &site.campaign.pages[page.source];
            let description = source.front.description.as_deref().unwrap_or_default();
            Some(JourneyCard {
                title: menu_label(source),
                text: typography::plain(description, &source.locale).into_owned(),
                url: site.url(page),
                art: j.art.as_ref().map(|a| a.value.clone()),
            })
        })
        .collect()
}

/// A page's menu label (its `nav_title`, else its title), typeset in the
/// language its text is written in.
fn menu_label(source: &SourcePage) -> String {
    let front = &source.front;
    let label = front.nav_title.as_deref().unwrap_or(&front.title);
    typography::plain(label, &source.locale).into_owned()
}

/// What the Materials page's note names as not confirmed, per locale
/// (`SiteContext::unconfirmed_print`).
fn unconfirmed_print(campaign: &crate::campaign::load::Campaign) -> BTreeMap<String, String> {
    let printed = crate::campaign::unconfirmed::printed(campaign);
    if printed.is_empty() {
        return BTreeMap::new();
    }
    let locales = campaign.settings.locales.iter();
    locales
        .map(|l| {
            let values = super::unconfirmed::unconfirmed_values(campaign, &printed, l);
            (l.clone(), values)
        })
        .collect()
}
