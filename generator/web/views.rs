//! Typed template contexts: what every Tera template receives.
//!
//! Templates get one [`PageContext`]; its parts are documented in
//! `docs/templates.md`. Locale- and site-wide parts are computed once and shared.

use std::borrow::Cow;

use serde::Serialize;

use crate::web::markdown::TocEntry;

/// Context of every template.
#[derive(Debug, Serialize)]
pub(crate) struct PageContext<'a> {
    /// Language of the page (BCP 47 code); `t()` uses it.
    pub lang: &'a str,
    /// `ltr` or `rtl`.
    pub dir: &'static str,
    /// The page's URL when a menu of its language links to it (the main or
    /// footer menu, the Materials link), else empty: what the menus mark as
    /// the current page, so they are rendered once per language and entry.
    pub menu_current: &'a str,
    /// The page itself.
    pub page: PageView<'a>,
}

/// Campaign-wide data, the same on every page.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct SiteContext {
    /// Campaign id.
    pub id: String,
    /// Region name.
    pub region: String,
    /// Base URL, ending with `/`.
    pub base_url: String,
    /// Path of the site root, such as `/` or `/campaign/`.
    pub base_path: String,
    /// Fingerprinted stylesheet URL.
    pub css_url: String,
    /// Fingerprinted quick-exit script URL.
    pub js_url: String,
    /// Fingerprinted favicon URL.
    pub favicon_url: String,
    /// Quick-exit destination.
    pub exit_url: String,
    /// Neutral titles and favicon.
    pub discreet: bool,
    /// The EU emblem and funding statement are shown.
    pub eu_funded: bool,
    /// Fingerprinted EU emblem URL (when funded).
    pub eu_emblem_url: String,
    /// Campaign logo, if any.
    pub logo: Option<ImageView>,
    /// Every language of the site.
    pub languages: Vec<LanguageView>,
    /// Partner organisations.
    pub partners: Vec<PartnerView>,
    /// Helplines.
    pub helplines: Vec<HelplineView>,
    /// A draft build (shows a banner).
    pub draft: bool,
    /// A value the print files or share images show is listed under
    /// `unconfirmed` (`crate::campaign::unconfirmed::printed`): the
    /// Materials page says above its downloads that they are drafts, not to
    /// print or post yet, as the files themselves are marked, and which
    /// values, as the print band names them (review 17 item 4): per locale,
    /// empty when all is confirmed.
    pub unconfirmed_print: std::collections::BTreeMap<String, String>,
    /// Content-Security-Policy of every page.
    pub csp: String,
}

/// An image with its intrinsic size.
#[derive(Debug, Clone, Serialize)]
pub struct ImageView {
    /// URL.
    pub src: String,
    /// `srcset` (may be empty).
    pub srcset: String,
    /// Width in CSS pixels.
    pub width: u32,
    /// Height in CSS pixels.
    pub height: u32,
}

/// A language of the site.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct LanguageView {
    /// BCP 47 code.
    pub code: String,
    /// The language's name in itself.
    pub name: String,
    /// `ltr` or `rtl`.
    pub dir: &'static str,
    /// URL of its home page.
    pub home_url: String,
    /// Number of translated pages.
    pub page_count: usize,
    /// One sentence in the language itself saying what the site is (the
    /// campaign string `campaign-about`), for the language chooser; none when
    /// the campaign has no such string.
    pub about: Option<String>,
}

/// A partner organisation.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct PartnerView {
    /// Identifier (role message `partner-<id>-role`).
    pub id: String,
    /// Name.
    pub name: String,
    /// Website.
    pub website: Option<String>,
    /// Logo.
    pub logo: Option<ImageView>,
}

/// A helpline.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct HelplineView {
    /// Identifier (messages `helpline-<id>-name` and `-audience`).
    pub id: String,
    /// Number as displayed.
    pub number: String,
    /// `tel:` URL.
    pub tel: String,
    /// Free of charge.
    pub free: bool,
    /// Always open.
    pub always_open: bool,
    /// Anonymous.
    pub anonymous: bool,
    /// Several languages.
    pub multilingual: bool,
    /// Emergency number.
    pub emergency: bool,
}

/// Data of one locale, the same on each of its pages.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct LocaleContext {
    /// BCP 47 code.
    pub code: String,
    /// Name in itself, as a menu shows it (`Français`).
    pub name: String,
    /// Name in itself as a sentence writes it: lower case in the languages
    /// that write language names so (`en français`, `in italiano`).
    pub name_in_text: String,
    /// What joins a label to what it names (`: `; ` : ` with a no-break
    /// space in French): see typography.rs.
    pub colon: &'static str,
    /// What separates the items of a short list (`, `; `، ` in Arabic).
    pub comma: &'static str,
    /// Home page URL.
    pub home_url: String,
    /// Main menu.
    pub nav: Vec<NavLink>,
    /// Footer menu.
    pub footer_nav: Vec<NavLink>,
    /// URL of the Materials page.
    pub materials_url: String,
    /// Cards of the home page, in order.
    pub journeys: Vec<JourneyCard>,
    /// URLs of the font files to preload (the language's script, regular and bold).
    pub font_preloads: Vec<String>,
    /// The facts of each local service that serves the locale, by its id,
    /// for its section of the Materials page (materials.html).
    pub services: std::collections::BTreeMap<String, ServiceFacts>,
}

/// A local service's hours and address for a locale's Materials page: a
/// toolkit names more than the phone (review 17 Polish).
#[derive(Debug, Clone, Serialize)]
pub(crate) struct ServiceFacts {
    /// Its opening hours, if it gives them.
    pub hours: Option<ServiceFact>,
    /// Its address, if it gives one.
    pub address: Option<ServiceFact>,
}

/// One of a service's facts as it writes it for the locale (see
/// `LocalText::for_locale`).
#[derive(Debug, Clone, Serialize)]
pub(crate) struct ServiceFact {
    /// The text.
    pub text: String,
    /// The language it is written in, when not the page's (for `lang`).
    pub lang: Option<String>,
    /// Direction of `lang`'s script, with it.
    pub dir: Option<&'static str>,
}

/// A card of the home page, leading to one of the visitors' main journeys.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct JourneyCard {
    /// The page's menu label (or title).
    pub title: String,
    /// The page's description.
    pub text: String,
    /// URL of the page.
    pub url: String,
    /// Name of the theme illustration drawn on the card, if any.
    pub art: Option<String>,
}

/// A menu entry.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct NavLink {
    /// Label.
    pub title: String,
    /// URL.
    pub url: String,
}

/// The page being rendered.
#[derive(Debug, Serialize)]
pub(crate) struct PageView<'a> {
    /// Kind: `page`, `home`, `chooser` or `not-found`.
    pub kind: &'static str,
    /// Translation key.
    pub key: &'a str,
    /// Title, typeset (docs/typography.md).
    pub title: Cow<'a, str>,
    /// Meta description, typeset.
    pub description: Cow<'a, str>,
    /// Body HTML (already safe).
    pub content: &'a str,
    /// `##` headings.
    pub toc: &'a [TocEntry],
    /// Root-relative URL.
    pub url: String,
    /// Canonical absolute URL (the original for fallback pages).
    pub canonical: String,
    /// hreflang alternates (real translations only).
    pub alternates: Vec<Alternate>,
    /// x-default alternate (the default locale's version).
    pub x_default: Option<String>,
    /// Language switcher entries, one per other language.
    pub switcher: Vec<SwitchLink>,
    /// Showing the default-locale text because the page is not translated.
    pub is_fallback: bool,
    /// Message id of the notice shown on an unreviewed translation
    /// (`review-notice-machine` or `review-notice-volunteer`), if any.
    pub review_notice: Option<&'static str>,
    /// Code of the language the text is actually in.
    pub content_lang: &'a str,
    /// Name of that language (in itself), marked as being in that language:
    /// in text it becomes `<span lang="…">` (see fallback_lang.rs).
    pub content_lang_name: String,
    /// Direction of the content language.
    pub content_dir: &'static str,
    /// Open Graph image URL (absolute), if any.
    pub og_image: Option<String>,
    /// Downloads offered on the Materials page (empty elsewhere).
    pub materials: Vec<MaterialView>,
}

/// A download on the Materials page.
#[derive(Debug, Clone, Serialize)]
pub struct MaterialView {
    /// Message id of its name (such as `replication-kit`).
    pub label_key: String,
    /// The local service whose co-branded set it belongs to, for the
    /// Materials page's section of that service (none for the campaign's own
    /// downloads). Templates read it as the flat fields `service`,
    /// `service_lang`, `service_dir`, `service_id`, `service_phone`,
    /// `service_tel` (none without a service) and `service_elsewhere` (empty
    /// without one): the names materials.html and forks' overrides of it use.
    #[serde(flatten, serialize_with = "ServiceView::serialize_flat")]
    pub service: Option<ServiceView>,
    /// Download URL.
    pub url: String,
    /// File size in bytes.
    pub bytes: usize,
    /// File size for people in the page's language, such as `84 kB` or
    /// `1,4 Mo`: set when the Materials page is rendered ([`Self::sized_in`]).
    pub file_size: String,
    /// File format for people: `PDF`, `PNG`, `ZIP`.
    pub format: &'static str,
    /// Paper size, for print assets.
    pub paper: Option<String>,
    /// Image size in pixels, such as `1080 × 1080 px`, for images.
    pub pixels: Option<String>,
    /// Preview image, for print and social assets.
    pub preview: Option<ImageView>,
    /// The same asset as several files (office and print-shop PDFs).
    pub variants: Vec<MaterialVariant>,
}

/// The local service of a co-branded download: what its section on the
/// Materials page says of it.
#[derive(Debug, Clone)]
pub struct ServiceView {
    /// Its name, as the service writes it (never translated).
    pub name: String,
    /// The language the service writes its name in: on a page of another
    /// language its heading carries `lang` and `dir` (materials.html), so
    /// that a screen reader reads an Italian name with Italian rules on the
    /// Arabic page (review 15-reve C5).
    pub lang: String,
    /// Direction of `lang`'s script.
    pub dir: &'static str,
    /// Its id: its section's anchor is `service-<id>`.
    pub id: String,
    /// Its phone as printed, for the section's introduction.
    pub phone: String,
    /// The same number as dialled (`+`, digits), for its `tel:` link.
    pub tel: String,
    /// Its section on the Materials pages of the other locales it serves
    /// (set when the page is rendered, [`MaterialView::elsewhere_in`]): a
    /// reader of another language finds its set there (review 15-reve C5).
    pub elsewhere: Vec<ServiceElsewhere>,
}

impl ServiceView {
    /// The service of `settings`, as a download's section shows it (its
    /// sections elsewhere are added when the page is rendered).
    pub(crate) fn of(settings: &crate::campaign::services::ServiceSettings) -> ServiceView {
        ServiceView {
            name: settings.name.clone(),
            lang: settings.language.clone(),
            dir: crate::campaign::i18n::direction(&settings.language),
            id: settings.id.clone(),
            phone: crate::campaign::phone::display(&settings.phone),
            tel: crate::campaign::phone::dialled(&settings.phone),
            elsewhere: Vec::new(),
        }
    }

    /// Writes `service` as the template context has always had it: seven
    /// fields of the download itself, none (or an empty list) without a
    /// service, so that templates keep their `m.service_id`.
    fn serialize_flat<S: serde::Serializer>(
        service: &Option<ServiceView>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(7))?;
        let s = service.as_ref();
        map.serialize_entry("service", &s.map(|s| &s.name))?;
        map.serialize_entry("service_lang", &s.map(|s| &s.lang))?;
        map.serialize_entry("service_dir", &s.map(|s| s.dir))?;
        map.serialize_entry("service_id", &s.map(|s| &s.id))?;
        map.serialize_entry("service_phone", &s.map(|s| &s.phone))?;
        map.serialize_entry("service_tel", &s.map(|s| &s.tel))?;
        let none: &[ServiceElsewhere] = &[];
        map.serialize_entry("service_elsewhere", s.map_or(none, |s| &s.elsewhere))?;
        map.end()
    }
}

/// A local service's section on another locale's Materials page.
#[derive(Debug, Clone, Serialize)]
pub struct ServiceElsewhere {
    /// That locale's code, for the link's `hreflang` and `lang`.
    pub lang: String,
    /// That locale's name in itself (`Deutsch`).
    pub name: String,
    /// Direction of its script.
    pub dir: &'static str,
    /// The section's URL on that page.
    pub href: String,
}

/// One file of a download that comes in several variants.
#[derive(Debug, Clone, Serialize)]
pub struct MaterialVariant {
    /// Message id of the variant's description.
    pub label_key: String,
    /// Download URL.
    pub url: String,
    /// File size in bytes.
    pub bytes: usize,
    /// File size for people in the page's language (see [`MaterialView::file_size`]).
    pub file_size: String,
}

impl MaterialView {
    /// The download with the links to its service's section on the
    /// Materials pages of the other locales the service serves, for the
    /// page of `lang` (none for the campaign's own materials).
    pub(crate) fn elsewhere_in(
        mut self,
        site: &crate::campaign::site::Site,
        lang: &str,
    ) -> MaterialView {
        let campaign = &site.campaign;
        let Some(view) = &mut self.service else {
            return self;
        };
        let id = &view.id;
        let service = campaign.settings.services.iter().find(|s| &s.id == id);
        let others = service
            .into_iter()
            .flat_map(|s| &s.locales)
            .filter(|l| *l != lang);
        view.elsewhere = others
            .map(|l| ServiceElsewhere {
                lang: l.clone(),
                name: campaign.i18n.format(l, "language-name", None),
                dir: crate::campaign::i18n::direction(l),
                href: format!(
                    "{}{}#service-{id}",
                    campaign.settings.base_path,
                    site.materials_path(l)
                ),
            })
            .collect();
        self
    }

    /// The download with its file sizes written for people reading `lang`.
    pub(crate) fn sized_in(mut self, lang: &str) -> MaterialView {
        self.file_size = human_size(self.bytes, lang);
        for variant in &mut self.variants {
            variant.file_size = human_size(variant.bytes, lang);
        }
        self
    }
}

/// An hreflang alternate.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Alternate {
    /// Language code.
    pub lang: String,
    /// Absolute URL.
    pub href: String,
}

/// A language-switcher entry.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct SwitchLink {
    /// Language code.
    pub code: String,
    /// Name in itself.
    pub name: String,
    /// `ltr` or `rtl`.
    pub dir: &'static str,
    /// Target URL: the same page, or that language's home when not translated.
    pub url: String,
    /// True when the same page exists in that language.
    pub translated: bool,
}

/// A file size for people reading `lang`: `940 B`, `84 kB`, `1.2 MB` in
/// English, `1,2 Mo` in French (decimal units; the names and decimal
/// separator of [`size_units`]). Number and unit never part at a line end.
pub(crate) fn human_size(bytes: usize, lang: &str) -> String {
    let units = size_units(lang);
    let (number, unit) = match bytes {
        b if b < 1000 => (b.to_string(), units.byte),
        b if b < 1_000_000 => (((b + 500) / 1000).to_string(), units.kilo),
        b => {
            let tenths = (b as f64 / 100_000.0).round() as u64;
            (
                format!("{}{}{}", tenths / 10, units.decimal, tenths % 10),
                units.mega,
            )
        }
    };
    format!("{number}{}{unit}", units.space)
}

/// How a language writes a file size: unit symbols, decimal separator and
/// the space between number and unit.
#[derive(Debug, PartialEq)]
struct SizeUnits {
    byte: &'static str,
    kilo: &'static str,
    mega: &'static str,
    decimal: char,
    space: char,
}

/// The file-size units of `lang` (its language subtag), from CLDR's short
/// unit names (CLDR 46, looked up with Babel): Faro's 30 languages; any other
/// language writes them as English does. The byte's symbol is the one that
/// does not change with the number (`B`, not `byte`/`bytes`). The space is a
/// no-break one; French uses CLDR's narrow no-break space.
fn size_units(lang: &str) -> SizeUnits {
    let language = lang
        .split(['-', '_'])
        .next()
        .unwrap_or(lang)
        .to_ascii_lowercase();
    let (byte, kilo, mega, decimal) = match language.as_str() {
        "ar" => ("بايت", "كيلوبايت", "م.ب", '.'),
        "fa" => ("بایت", "kB", "MB", '.'),
        "fi" => ("t", "kt", "Mt", ','),
        "fr" => ("o", "ko", "Mo", ','),
        "ru" | "uk" => ("Б", "кБ", "МБ", ','),
        "en" | "ga" | "mt" => ("B", "kB", "MB", '.'),
        "bg" | "cs" | "da" | "de" | "el" | "es" | "et" | "hr" | "hu" | "it" | "lt" | "lv"
        | "nl" | "pl" | "pt" | "ro" | "sk" | "sl" | "sq" | "sv" | "tr" => ("B", "kB", "MB", ','),
        _ => ("B", "kB", "MB", '.'),
    };
    let space = if language == "fr" {
        '\u{202f}'
    } else {
        '\u{a0}'
    };
    SizeUnits {
        byte,
        kilo,
        mega,
        decimal,
        space,
    }
}
