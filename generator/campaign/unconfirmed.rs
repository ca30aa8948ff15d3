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
use crate::diagnostics::{key_lines, position_of, Diagnostic, Diagnostics, Severity};

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

/// The settings of [`CONFIRMABLE`] that the print files show (the address
/// and its QR code, the region, the logos, the helplines' and services'
/// numbers, the funding emblem); the exit page and the country are not
/// printed.
const PRINTED: &[&str] = &[
    "base_url",
    "region",
    "logo",
    "partners",
    "helplines",
    "services",
    "funding",
];

/// The settings listed in `unconfirmed` that the print files show, in the
/// list's order, each once: while there is one, every print file carries a
/// "not for print" mark naming them (review 15-revd C2), which a confirmed
/// campaign's files do not.
pub(crate) fn printed(campaign: &Campaign) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::new();
    for entry in &campaign.settings.unconfirmed {
        let key = entry.value.as_str();
        if PRINTED.contains(&key) && !out.contains(&key) {
            out.push(key);
        }
    }
    out
}

/// The code of [`print_note`].
pub(crate) const PRINT_NOTE: &str = "print.unconfirmed";

/// Said once by `faro build` when it made print files with the "not for
/// print" mark (warning `print.unconfirmed`, at the first such entry of
/// `unconfirmed`): the files are drafts until the values are confirmed.
pub(crate) fn print_note(campaign: &Campaign) -> Option<Diagnostic> {
    let printed = printed(campaign);
    let first = printed.first()?;
    let entry = campaign
        .settings
        .unconfirmed
        .iter()
        .find(|e| e.value == *first)?;
    let names: Vec<String> = printed.iter().map(|k| format!("`{k}`")).collect();
    let message = format!(
        "the print files are marked \"not for print\" across the top: {} not confirmed",
        names.join(", ")
    );
    let mut d = at_value(&campaign.config_source, entry, PRINT_NOTE, message)
        .with_hint("once the values are confirmed, take them out of `unconfirmed` and build again: the mark goes");
    d.severity = Severity::Warning;
    Some(d)
}

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

/// Domains reserved for examples (RFC 2606): never a site's real address.
const EXAMPLE_DOMAINS: &[&str] = &["example.org", "example.com", "example.net"];

/// For a fork, a to-do (an error; a warning in a draft) while `base_url` is
/// still an example address such as the `https://example.org/` that
/// `faro fork` writes: deleting its `# TODO` comment does not make it real,
/// and it would be printed on every poster and in every QR code. Listing it
/// in `unconfirmed` does not help either: it is not a proposal.
pub(crate) fn placeholder_address(campaign: &Campaign, draft: bool) -> Option<Diagnostic> {
    let s = &campaign.settings;
    s.forked_from.as_ref()?;
    let host = s
        .base_url
        .split("://")
        .nth(1)?
        .split(['/', ':'])
        .next()?
        .to_ascii_lowercase();
    let example = EXAMPLE_DOMAINS
        .iter()
        .any(|d| host == *d || host.ends_with(&format!(".{d}")));
    if !example {
        return None;
    }
    let source = &campaign.config_source;
    let offset = *key_lines(&source.text, "base_url", ':').first()?;
    let line = source.text[offset..].lines().next().unwrap_or_default();
    if line.contains(crate::campaign::todos::MARKER) {
        return None; // Listed already, as the `TODO:` it still carries.
    }
    let at = position_of(&source.text, offset);
    let mut d = Diagnostic::error(
        "todo.address",
        format!(
            "to-do: the site address is still {}, an example address: it would be printed on every poster, flyer and wallet card and in their QR codes",
            s.base_url
        ),
    )
    .at_source(source, at, "base_url".len())
    .with_hint("write the address the site will be published at; if it is not decided yet, write the proposed one and add `unconfirmed: [base_url]` (then it is a value to confirm, which does not stop publishing)");
    if draft {
        d.severity = crate::diagnostics::Severity::Warning;
    }
    Some(d)
}

/// A to-do (warning `todo.logo`) at each partner without a `logo`: the
/// partner row of the posters shows its name as a word mark in place of
/// its logo (the flyer's too, when it has a row: when a partner has a
/// logo), and a regional
/// poster without the publisher's logo is sent back (review 14g C5). A
/// warning, like a value to confirm: drafts and previews still build.
pub(crate) fn partners_without_logo(campaign: &Campaign) -> Diagnostics {
    let mut diags = Diagnostics::new();
    let source = &campaign.config_source;
    let partners = key_lines(&source.text, "partners", ':').first().copied();
    for p in campaign
        .settings
        .partners
        .iter()
        .filter(|p| p.logo.is_none())
    {
        // At the partner's `id:` after `partners:`, else at `partners:`.
        let id_line = partners.and_then(|start| {
            let after = &source.text[start..];
            let at = after.find(&format!("id: {}", p.id))?;
            Some(start + at + after[at..].find(&p.id)?)
        });
        let Some(offset) = id_line.or(partners) else {
            continue;
        };
        let message = format!(
            "to-do: the partner {} has no logo: the posters show its name in its place, and so does the flyer when another partner has a logo (else the flyer has no partner row)",
            p.name
        );
        diags.push(
            Diagnostic::warning("todo.logo", message)
                .at_source(source, position_of(&source.text, offset), p.id.chars().count())
                .with_hint("ask the partner for its logo (SVG, or PNG at 300 dpi at its printed size) and add it as `logo:` under the partner in campaign.yaml"),
        );
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

/// The settings of [`PRINTED`] a share image shows: the logo, the funding
/// emblem, the helplines (the call to action names the number to call) and
/// the region (the campaign's name); the site's address on the posts (the
/// square, the portrait and the story), not on the link preview `og`, which
/// leaves it to the platforms. Partners and local services are not on them.
const ON_SHARE_IMAGES: &[&str] = &["base_url", "region", "logo", "helplines", "funding"];

/// The settings listed in `unconfirmed` that the share image `asset` (an
/// asset id such as `social-square` or `og`) shows: while there is one, the
/// image carries a "do not post" mark, as the PDFs carry their band (review
/// 16-revf item 4: a communications office posts an image the day it gets
/// it), and the Materials page says its downloads are drafts.
pub(crate) fn on_share_image<'c>(campaign: &'c Campaign, asset: &str) -> Vec<&'c str> {
    printed(campaign)
        .into_iter()
        .filter(|k| ON_SHARE_IMAGES.contains(k) && !(*k == "base_url" && asset == "og"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::CONFIRMABLE;

    #[test]
    fn what_a_share_image_shows_is_among_the_printed_settings() {
        for key in super::ON_SHARE_IMAGES {
            assert!(super::PRINTED.contains(key), "{key}");
        }
    }

    #[test]
    fn every_confirmable_setting_is_a_field_of_campaign_yaml() {
        for key in CONFIRMABLE {
            assert!(crate::campaign::yaml::FIELD_NAMES.contains(key), "{key}");
        }
    }
}
