//! Settings a campaign marks as not confirmed yet: `unconfirmed: [base_url]`.
//!
//! Some values cannot be checked by Faro but matter once printed: the site's
//! address is on every poster, flyer and wallet card and in their QR codes,
//! and a wrong one sends every reader of a print run nowhere. A campaign whose
//! author has not confirmed such a value (the pilot's address comes from no
//! source) lists it under `unconfirmed`; `faro check` and `faro build` then
//! show it as a to-do at the value, until someone confirms it and takes it out
//! of the list. It is a warning, not an error, so that drafts and previews
//! still build; `faro check --strict` refuses it.

use crate::campaign::load::Campaign;
use crate::campaign::yaml::{at_value, position, Located};
use crate::diagnostics::{key_lines, position_of, Diagnostic, Diagnostics};

/// Top-level settings that can be marked unconfirmed: facts a reader acts on.
const CONFIRMABLE: &[&str] = &[
    "base_url",
    "region",
    "country",
    "logo",
    "partners",
    "helplines",
    "services",
    "funding",
    "exit",
];

/// A to-do (warning `todo.confirm`) at each value listed in `unconfirmed`,
/// and an error at each entry that names no setting that can be confirmed.
pub(crate) fn check(campaign: &Campaign) -> Diagnostics {
    let mut diags = Diagnostics::new();
    let source = &campaign.config_source;
    for entry in &campaign.settings.unconfirmed {
        let key = entry.value.as_str();
        if !CONFIRMABLE.contains(&key) {
            let msg = format!(
                "`unconfirmed` names `{key}`, which is not a setting that can be confirmed"
            );
            diags.push(
                at_value(source, entry, "config.unconfirmed", msg).with_hint(format!(
                    "list settings of campaign.yaml: {}",
                    CONFIRMABLE.join(", ")
                )),
            );
            continue;
        }
        diags.push(to_do(campaign, entry, key));
    }
    diags
}

fn to_do(campaign: &Campaign, entry: &Located, key: &str) -> Diagnostic {
    let source = &campaign.config_source;
    let message = if key == "base_url" {
        format!(
            "the site address {} is not confirmed: it is printed on every poster, flyer and wallet card and in their QR codes",
            campaign.settings.base_url
        )
    } else {
        format!("`{key}` is not confirmed yet")
    };
    // At the setting itself; at the `unconfirmed` entry when the setting is
    // missing (its absence is reported on its own where it matters).
    let at = match key_lines(&source.text, key, ':').first() {
        Some(&offset) => position_of(&source.text, offset),
        None => position(&entry.referenced),
    };
    Diagnostic::warning("todo.confirm", message)
        .at_source(source, at, key.chars().count())
        .with_hint(format!(
            "confirm the value with the people responsible for it (or correct it), then take `{key}` out of `unconfirmed` in campaign.yaml"
        ))
}

#[cfg(test)]
mod tests {
    use super::CONFIRMABLE;

    #[test]
    fn every_confirmable_setting_is_a_field_of_campaign_yaml() {
        for key in CONFIRMABLE {
            assert!(crate::campaign::yaml::FIELD_NAMES.contains(key), "{key}");
        }
    }
}
