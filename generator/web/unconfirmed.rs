//! The settings a campaign lists as not confirmed (`unconfirmed` in
//! campaign.yaml), in a reader's words: the print files' "not for print"
//! band and the share images' mark (`crate::print`) and the Materials page's
//! note (`super::shared_contexts`) name them alike. Here in `web`, beside the
//! typography they use, because print builds on web and not the reverse.

use crate::campaign::i18n::{fluent_args, ArgValue};
use crate::campaign::load::Campaign;

use super::typography;

/// `https://example.org/de/` → `example.org/de`.
pub(crate) fn display_url(url: &str) -> String {
    let rest = url.split("://").nth(1).unwrap_or(url);
    rest.trim_end_matches('/').to_string()
}

/// The settings `keys` (listed in `unconfirmed` and printed) as a reader of
/// the "not for print" band knows them, in `locale`'s words: "web address
/// example.org/stop", not `base_url`, which meant nothing to an office or a
/// print shop (review 16 item 3).
pub(crate) fn unconfirmed_values(campaign: &Campaign, keys: &[&str], locale: &str) -> String {
    let s = &campaign.settings;
    let described = keys.iter().map(|key| {
        let value = match *key {
            "base_url" => display_url(&s.base_url),
            "region" => s.region.clone(),
            "helplines" => {
                let numbers: Vec<&str> = s.helplines.iter().map(|h| h.number.as_str()).collect();
                numbers.join(" / ")
            }
            _ => String::new(),
        };
        let args = fluent_args([
            ("setting", ArgValue::Text(key.to_string())),
            ("value", ArgValue::Text(value)),
        ]);
        campaign
            .i18n
            .format(locale, "print-unconfirmed-item", Some(&args))
    });
    described
        .collect::<Vec<_>>()
        .join(typography::comma(locale))
}

#[cfg(test)]
mod tests {
    #[test]
    fn urls_for_people_drop_the_scheme() {
        assert_eq!(
            super::display_url("https://example.org/de/"),
            "example.org/de"
        );
    }
}
