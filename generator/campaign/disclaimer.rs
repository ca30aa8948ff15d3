//! The EU's disclaimer on the guidelines booklet's back cover, the flyer's back
//! and the posters' foot (`funding-disclaimer`), printed by an EU-funded
//! campaign. Its wording is the EU's, the same for every funded campaign, so
//! Faro's interface strings (`locales/<lang>/ui.ftl`) hold it in the languages
//! whose wording Faro can give reliably, and a campaign's own
//! `funding-disclaimer` overrides it, as any interface string. A booklet
//! language with neither takes the default language's text, as other strings
//! do, and is a to-do rather than an error: campaigns made before the booklet
//! printed the disclaimer must still build, and a disclaimer in the campaign's
//! main language keeps the grant's visibility obligation met until a
//! translation is added (with no text in the default language either, the
//! booklet prints none).

use crate::campaign::load::Campaign;
use crate::diagnostics::{Diagnostic, Diagnostics};

/// The message id of the disclaimer.
pub(crate) const KEY: &str = "funding-disclaimer";

/// True when the print assets print `key` only where a text for it exists:
/// the disclaimer (see the module's comment). Every other string they print
/// is an error where it is missing.
pub(crate) fn optional(key: &str) -> bool {
    key == KEY
}

/// True when the campaign makes, in `locale`, a print asset that prints the
/// disclaimer: the posters or the flyer's back (every locale) or the guidelines booklet,
/// made in a language that has guidelines pages (otherwise the default
/// language's booklet serves it, print/booklet.rs).
fn prints_disclaimer(campaign: &Campaign, locale: &str) -> bool {
    let has_guidelines = || {
        campaign
            .pages
            .iter()
            .any(|p| p.locale == locale && p.key.starts_with("guidelines/"))
    };
    campaign.settings.print.assets.iter().any(|id| {
        crate::campaign::print_assets::asset(id)
            .is_some_and(|a| a.keys.contains(&KEY) && (a.id != "guidelines" || has_guidelines()))
    })
}

/// A to-do (warning `todo.disclaimer`) for each language whose booklet an
/// EU-funded campaign makes without a disclaimer in that language, neither
/// its own nor Faro's, in the locale's strings file (at its
/// `funding-statement`, when the file has it). A warning, like
/// a partner without a logo: the campaign builds, and `faro check` lists it.
pub(crate) fn to_dos(campaign: &Campaign) -> Diagnostics {
    let mut diags = Diagnostics::new();
    let s = &campaign.settings;
    if !s.eu_funded {
        return diags;
    }
    let default = s.default_locale.as_str();
    let in_default = campaign.i18n.messages(default).contains_key(KEY);
    for locale in s.locales.iter().filter(|l| prints_disclaimer(campaign, l)) {
        let i18n = &campaign.i18n;
        // A message that failed to parse is reported as a syntax error.
        if i18n.messages(locale).contains_key(KEY) || i18n.broken_keys(locale).contains(KEY) {
            continue;
        }
        let prints = if in_default && locale != default {
            format!("carry the disclaimer in `{default}`")
        } else {
            "are printed without it".to_string()
        };
        let message = format!(
            "to-do: no `{locale}` text for the EU disclaimer (`{KEY}`), and Faro has none in this language: the `{locale}` posters, flyer and guidelines booklet, where the campaign makes them, {prints}"
        );
        let file = i18n.campaign_file(locale).unwrap_or_else(|| {
            campaign
                .dir
                .join("locales")
                .join(locale)
                .join("campaign.ftl")
        });
        let mut d = Diagnostic::warning("todo.disclaimer", message)
            .in_file(&file)
            .with_hint(format!(
                "add a line `{KEY} = …` to {}, after `funding-statement`: the EU's disclaimer in this language, as your grant agreement words it",
                file.display()
            ));
        // At `funding-statement`, which it goes with, when that file has it.
        let statement = i18n.campaign_messages(locale).remove("funding-statement");
        if let Some(o) = statement.filter(|o| o.file == file) {
            d = d.at(o.position.line, o.position.column);
        }
        diags.push(d);
    }
    diags
}
