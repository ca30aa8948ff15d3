//! The catalogue of print and social assets: what each one is, its size, its
//! template and the Fluent strings it prints.

/// How an asset is delivered.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Format {
    /// A PDF in two variants (print shop and office), with a PNG preview.
    Pdf {
        /// Trim width in millimetres.
        width_mm: f64,
        /// Trim height in millimetres.
        height_mm: f64,
        /// Number of pages (sides).
        pages: usize,
    },
    /// A PNG image of a fixed size in pixels.
    Png {
        /// Width in pixels.
        width: u32,
        /// Height in pixels.
        height: u32,
    },
}

/// One kind of asset, made once per locale.
#[derive(Debug)]
pub struct AssetSpec {
    /// Identifier, used in `print.assets` and in file names.
    pub id: &'static str,
    /// Fluent key of its name on the Materials page.
    pub label_key: &'static str,
    /// Typst template under `templates/print/`.
    pub template: &'static str,
    /// Size and kind.
    pub format: Format,
    /// Paper size for people (for PDFs).
    pub paper: Option<&'static str>,
    /// Campaign and interface strings the template prints.
    pub keys: &'static [&'static str],
    /// Of those, the ones that are lists written `a | b | c`.
    pub lists: &'static [&'static str],
    /// It prints the helplines (their names, audiences and facts).
    pub helplines: bool,
}

const COMMON: &[&str] = &["campaign-name", "funding-statement", "eu-emblem-alt"];
const HELPLINE_FACTS: &[&str] = &[
    "helplines-title",
    "helpline-free",
    "helpline-always-open",
    "helpline-anonymous",
    "helpline-languages",
];

const POSTER_KEYS: &[&str] = &[
    "campaign-name",
    "funding-statement",
    "funding-disclaimer",
    "eu-emblem-alt",
    "poster-headline",
    "poster-message",
    "print-scan-qr",
    "print-local-service",
    // The partner row's labels (templates/print/local.typ `partner-row`).
    "print-promoted-by",
    "partners-title",
    "helplines-title",
    "helpline-free",
    "helpline-always-open",
    "helpline-anonymous",
    "helpline-languages",
];

const FLYER_KEYS: &[&str] = &[
    "campaign-name",
    "funding-statement",
    "funding-disclaimer",
    "eu-emblem-alt",
    "poster-headline",
    "poster-message",
    "poster-cta",
    "print-scan-qr",
    "print-local-service",
    "print-promoted-by",
    "partners-title",
    "flyer-signs-title",
    "flyer-signs",
    "flyer-todo-title",
    "flyer-todo",
    "helplines-title",
    "helpline-free",
    "helpline-always-open",
    "helpline-anonymous",
    "helpline-languages",
];

const CARD_KEYS: &[&str] = &[
    "funding-statement",
    "eu-emblem-alt",
    "card-outside",
    "card-inside-title",
    "helpline-free",
    "helpline-always-open",
    // The co-branded card's label over the local service (review 17 item 1).
    "print-local-service",
];

const BOOKLET_KEYS: &[&str] = &[
    "campaign-name",
    "funding-statement",
    "funding-disclaimer",
    "eu-emblem-alt",
    "asset-guidelines",
    "print-contents",
    "helplines-title",
    // The pages to fill in by hand that make its page count a multiple of four.
    "print-local-contacts",
    "print-contact-service",
    "print-contact-phone",
    "print-contact-checked",
    "print-notes",
    // After a link to one of its own chapters: "(p. 12)".
    "print-page-ref",
    // The labels of its imprint (campaign/imprint.rs).
    "print-imprint-publisher",
    "print-imprint-edition",
    "print-imprint-licence",
];

// The EU's emblem and funding statement are on the share images too: the
// EU's visibility rules ask for them on social media posts as on print.
// Beside the logo, "Promoted by" and the campaign's owner where it has one
// (templates/print/social.typ), else the campaign's name.
const SOCIAL_KEYS: &[&str] = &[
    "campaign-name",
    "print-promoted-by",
    "share-title",
    "poster-cta",
    "funding-statement",
    "eu-emblem-alt",
];

/// Every asset Faro can make, in the order of the Materials page.
pub const ASSETS: &[AssetSpec] = &[
    AssetSpec {
        id: "poster-a3",
        label_key: "asset-poster-a3",
        template: "poster.typ",
        format: Format::Pdf {
            width_mm: 297.0,
            height_mm: 420.0,
            pages: 1,
        },
        paper: Some("A3 (297 × 420 mm)"),
        keys: POSTER_KEYS,
        lists: &[],
        helplines: true,
    },
    AssetSpec {
        id: "poster-a4",
        label_key: "asset-poster-a4",
        template: "poster.typ",
        format: Format::Pdf {
            width_mm: 210.0,
            height_mm: 297.0,
            pages: 1,
        },
        paper: Some("A4 (210 × 297 mm)"),
        keys: POSTER_KEYS,
        lists: &[],
        helplines: true,
    },
    AssetSpec {
        id: "flyer-a5",
        label_key: "asset-flyer-a5",
        template: "flyer.typ",
        format: Format::Pdf {
            width_mm: 148.0,
            height_mm: 210.0,
            pages: 2,
        },
        paper: Some("A5 (148 × 210 mm)"),
        keys: FLYER_KEYS,
        lists: &["flyer-signs", "flyer-todo"],
        helplines: true,
    },
    AssetSpec {
        id: "wallet-card",
        label_key: "asset-wallet-card",
        template: "card.typ",
        format: Format::Pdf {
            width_mm: 85.0,
            height_mm: 55.0,
            pages: 2,
        },
        paper: Some("85 × 55 mm"),
        keys: CARD_KEYS,
        lists: &[],
        helplines: true,
    },
    AssetSpec {
        id: "guidelines",
        label_key: "asset-guidelines",
        template: "booklet.typ",
        format: Format::Pdf {
            width_mm: 210.0,
            height_mm: 297.0,
            pages: 0,
        },
        paper: Some("A4 (210 × 297 mm)"),
        keys: BOOKLET_KEYS,
        lists: &[],
        // On the back cover.
        helplines: true,
    },
    AssetSpec {
        id: "social-square",
        label_key: "asset-social-square",
        template: "social.typ",
        format: Format::Png {
            width: 1080,
            height: 1080,
        },
        paper: None,
        keys: SOCIAL_KEYS,
        lists: &[],
        helplines: true,
    },
    AssetSpec {
        id: "social-portrait",
        label_key: "asset-social-portrait",
        template: "social.typ",
        format: Format::Png {
            width: 1080,
            height: 1350,
        },
        paper: None,
        keys: SOCIAL_KEYS,
        lists: &[],
        helplines: true,
    },
    AssetSpec {
        id: "social-story",
        label_key: "asset-social-story",
        template: "social.typ",
        format: Format::Png {
            width: 1080,
            height: 1920,
        },
        paper: None,
        keys: SOCIAL_KEYS,
        lists: &[],
        helplines: true,
    },
    AssetSpec {
        id: "og",
        label_key: "asset-og",
        template: "social.typ",
        format: Format::Png {
            width: 1200,
            height: 630,
        },
        paper: None,
        keys: SOCIAL_KEYS,
        lists: &[],
        helplines: true,
    },
];

/// The strings of the EU emblem's box and the EU's disclaimer, printed only
/// by an EU-funded campaign.
const FUNDING_KEYS: &[&str] = &["funding-statement", "funding-disclaimer", "eu-emblem-alt"];

/// True when `key` is printed by a campaign (`eu_funded` or not): the
/// funding statement only with `funding: {emblem: eu}`.
pub(crate) fn printed(key: &str, eu_funded: bool) -> bool {
    eu_funded || !FUNDING_KEYS.contains(&key)
}

/// The strings `spec` prints for a campaign with `settings`: its own keys
/// (the funding statement only when EU-funded) and, when it prints the
/// helplines, each helpline's name and audience.
pub(crate) fn printed_keys(
    spec: &AssetSpec,
    settings: &crate::campaign::settings::Settings,
) -> Vec<String> {
    let own = spec.keys.iter().filter(|k| printed(k, settings.eu_funded));
    let helplines = settings.helplines.iter().filter(|_| spec.helplines);
    own.map(|k| k.to_string())
        .chain(helplines.flat_map(|h| {
            [
                format!("helpline-{}-name", h.id),
                format!("helpline-{}-audience", h.id),
            ]
        }))
        .collect()
}

/// Stands for a page number in a string; templates/print/booklet.typ
/// replaces it. Characters every font has (the fonts' check reads the
/// strings as they are), in an order no campaign text holds.
pub(crate) const PAGE_MARK: &str = "{page}";

/// The variables a print asset's strings may use, as the assets format
/// them: `$page` (`print-page-ref = p. { $page }`) stands as [`PAGE_MARK`].
/// Asking for a string without them would report `$page` as unknown.
pub(crate) fn string_args() -> fluent_bundle::FluentArgs<'static> {
    use crate::campaign::i18n::{fluent_args, ArgValue};
    fluent_args([("page", ArgValue::Text(PAGE_MARK.to_string()))])
}

/// Asks for every string the campaign's print assets print, in every locale,
/// without making them (they are made only for a campaign without errors):
/// a missing string is then reported in the same run as the other problems,
/// at the asset that needs it (see [`key_origin`]).
pub(crate) fn ask_for_strings(campaign: &crate::campaign::load::Campaign) {
    let s = &campaign.settings;
    for spec in s.print.assets.iter().filter_map(|id| asset(id)) {
        for key in spec.keys.iter().filter(|k| printed(k, s.eu_funded)) {
            for locale in &s.locales {
                // The disclaimer is left out where there is no text for it
                // (a to-do then, campaign/disclaimer.rs), never missing.
                if has_text(campaign, locale, key) {
                    let _ = campaign.i18n.format(locale, key, Some(&string_args()));
                }
            }
        }
    }
}

/// False for a string the print assets leave out in `locale` for want of a
/// text (the EU disclaimer, see [`crate::campaign::disclaimer`]); true for
/// every other: a string they need and nothing gives is an error.
pub(crate) fn has_text(
    campaign: &crate::campaign::load::Campaign,
    locale: &str,
    key: &str,
) -> bool {
    !crate::campaign::disclaimer::optional(key) || campaign.i18n.has(locale, key)
}

/// The asset with `id`.
pub(crate) fn asset(id: &str) -> Option<&'static AssetSpec> {
    ASSETS.iter().find(|a| a.id == id)
}

/// Every Fluent key a print template may print (helpline keys aside), for the
/// translation report's list of used keys.
pub(crate) fn string_keys() -> Vec<&'static str> {
    let mut keys: Vec<&str> = ASSETS
        .iter()
        .flat_map(|a| a.keys.iter().copied())
        .chain(COMMON.iter().copied())
        .chain(HELPLINE_FACTS.iter().copied())
        .chain([
            "helpline-emergency",
            "materials-variant-print",
            "materials-variant-office",
        ])
        .collect();
    keys.sort_unstable();
    keys.dedup();
    keys
}

/// Where campaign.yaml asks for the first of `assets` that prints `key`:
/// the asset's name in the `print:` section's `assets` list (source and byte
/// offset), so that a string an asset needs and the campaign lacks is
/// reported at the choice that needs it.
pub(crate) fn key_origin<'s>(
    config: &'s crate::diagnostics::SourceText,
    assets: &[String],
    key: &str,
) -> Option<(&'s crate::diagnostics::SourceText, usize)> {
    let needs =
        |id: &&String| asset(id).is_some_and(|a| a.keys.contains(&key) || COMMON.contains(&key));
    let id = assets.iter().find(needs)?;
    let text = &config.text;
    let print = crate::diagnostics::key_lines(text, "print", ':');
    let from = *print.first()?;
    let list = from + text[from..].find("assets:")?;
    Some((config, list + text[list..].find(id.as_str())?))
}

#[cfg(test)]
mod tests {
    #[test]
    fn ids_are_unique_and_file_name_safe() {
        let mut ids: Vec<&str> = super::ASSETS.iter().map(|a| a.id).collect();
        assert!(ids.iter().all(|i| i
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')));
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), super::ASSETS.len());
    }
}
