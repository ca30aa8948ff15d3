//! CHECKLIST.md of a new fork: written for its region, in the campaign's
//! default language when Faro has the checklist in it, in English otherwise,
//! with commands that run as written from the folder `faro fork` ran in.

use super::Plan;

/// The checklist in each language Faro has it in.
const TEXTS: &[(&str, &str)] = &[
    ("en", include_str!("checklist.en.md")),
    ("it", include_str!("checklist.it.md")),
];

/// Sentences about the country, per checklist language: same country, other country.
const COUNTRY_NOTES: &[(&str, &str, &str)] = &[
    (
        "en",
        "{region} is in the same country ({country}), so the national facts (such as national helplines) are kept.",
        "{region} is in another country ({country}), so the national facts of {source} (such as its national helplines) are to-dos too.",
    ),
    (
        "it",
        "{region} è nello stesso Paese ({country}), quindi i dati nazionali (come i numeri di aiuto nazionali) sono mantenuti.",
        "{region} è in un altro Paese ({country}), quindi anche i dati nazionali di {source} (come i suoi numeri di aiuto nazionali) sono cose da fare.",
    ),
];

/// The text of CHECKLIST.md for `plan`.
pub(super) fn write(plan: &Plan) -> String {
    let s = &plan.campaign.settings;
    let language = TEXTS
        .iter()
        .position(|(l, _)| *l == plan.default_locale)
        .unwrap_or(0);
    let (lang, text) = TEXTS[language];
    let note = COUNTRY_NOTES
        .iter()
        .find(|(l, _, _)| *l == lang)
        .map(|(_, same, other)| if plan.same_country { *same } else { *other })
        .unwrap_or_default();
    let region = plan.region.clone().unwrap_or_else(|| match lang {
        "it" => "la tua regione".to_string(),
        _ => "your region".to_string(),
    });
    // The guidelines are read in the checklist's language when the campaign has it.
    let guide_locale = if plan.locales.iter().any(|l| l == lang) {
        lang
    } else {
        plan.default_locale.as_str()
    };
    // No numbers to name when every number of the source stays true.
    let numbers = match (plan.regional_numbers.is_empty(), lang) {
        (true, _) => String::new(),
        (false, "it") => format!(
            ", o un numero di {} ({})",
            s.id,
            plan.regional_numbers.join(", ")
        ),
        (false, _) => format!(
            ", or a number of {} ({})",
            s.id,
            plan.regional_numbers.join(", ")
        ),
    };
    // The first folder of the path as typed (`campaigns`); for a path typed
    // from the root, the folder that holds the campaign.
    let shown = std::path::Path::new(&plan.shown_dir);
    let parent = if shown.is_absolute() {
        shown.parent().unwrap_or(shown).display().to_string()
    } else {
        shown.iter().next().map_or_else(
            || plan.shown_dir.clone(),
            |p| p.to_string_lossy().into_owned(),
        )
    };
    text.replace("{country_note}", note)
        .replace("{region}", &region)
        .replace("{source_region}", &s.region)
        .replace("{source}", &s.id)
        .replace("{country}", &plan.country)
        .replace("{dir}", &plan.shown_dir)
        .replace("{parent}", &parent)
        .replace("{id}", &plan.id)
        .replace("{numbers}", &numbers)
        .replace("{default_locale}", &plan.default_locale)
        .replace("{guide_locale}", guide_locale)
}
