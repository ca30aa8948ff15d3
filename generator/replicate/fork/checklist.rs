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

/// The paragraph on replacing the source's national helplines, per checklist
/// language: `{numbers}` are their numbers, `{from}` the source's country,
/// `{to}` the new one.
const NATIONAL_LINES: &[(&str, &str)] = &[
    (
        "en",
        "**Your country's national helpline.** The `{source}` campaign names the national helpline of {from} \
         ({numbers}), which is not {to}'s: `faro fork` left it out of campaign.yaml, and every \
         page and string that names it is a to-do. Replace it with the national line of {to} \
         (the country's helpline for violence against women and stalking, say): add it under \
         `helplines:` in campaign.yaml with `scope: country`, write its name and audience in \
         every language (`helpline-<id>-name` and `helpline-<id>-audience` in \
         locales/<language>/campaign.ftl), and write its number where the pages named {numbers}.",
    ),
    (
        "it",
        "**Il numero nazionale del tuo Paese.** La campagna `{source}` indica il numero di aiuto nazionale di \
         {from} ({numbers}), che non è quello di {to}: `faro fork` l'ha tolto da campaign.yaml, e \
         ogni pagina e testo che lo nomina è una cosa da fare. Sostituiscilo con il numero \
         nazionale di {to} (il numero del Paese contro la violenza sulle donne e lo stalking, per \
         esempio): aggiungilo sotto `helplines:` in campaign.yaml con `scope: country`, scrivine \
         nome e destinatari in ogni lingua (`helpline-<id>-name` e `helpline-<id>-audience` in \
         locales/<lingua>/campaign.ftl), e scrivi il suo numero dove le pagine indicavano {numbers}.",
    ),
];

/// The paragraph of [`NATIONAL_LINES`] in `lang`, followed by a blank line,
/// for a fork into another country than a source with national helplines;
/// empty otherwise.
fn national_line(plan: &Plan, lang: &str) -> String {
    let s = &plan.campaign.settings;
    let national: Vec<&str> = s
        .helplines
        .iter()
        .filter(|h| h.scope == crate::campaign::settings::Scope::Country)
        .map(|h| h.number.as_str())
        .collect();
    let text = NATIONAL_LINES.iter().find(|(l, _)| *l == lang);
    let (Some((_, text)), false, false) = (text, plan.same_country, national.is_empty()) else {
        return String::new();
    };
    let country = |code: &str| {
        crate::campaign::country::name(code).map_or_else(|| code.to_string(), str::to_string)
    };
    // The checklist in Italian names countries by their codes: the names
    // Faro knows are English.
    let (from, to) = match lang {
        "en" => (
            country(s.country.as_deref().unwrap_or_default()),
            country(&plan.country),
        ),
        _ => (s.country.clone().unwrap_or_default(), plan.country.clone()),
    };
    let numbers = national.join(", ");
    format!(
        "{}\n\n",
        text.replace("{source}", &s.id)
            .replace("{from}", &from)
            .replace("{to}", &to)
            .replace("{numbers}", &numbers)
    )
}

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
    text.replace("{national_line}", &national_line(plan, lang))
        .replace("{country_note}", note)
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
