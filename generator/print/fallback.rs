//! The strings of an asset that stand in the default locale's words: a
//! locale without its own text for them (an `interface_only` locale, which
//! has the interface's strings but not the campaign's, or a message not yet
//! translated) gets the default locale's, and the build warns of it
//! (`i18n.fallback`). The templates set those strings in the language they
//! are written in and its direction (templates/print/faro.typ `written`),
//! not the asset's: in a Persian image the Italian "2014–2020" read
//! "2020–2014", the title ":Stop stalkerware", and its lines stood as far
//! apart as Arabic script needs.

use std::collections::BTreeSet;

use serde::Serialize;

use crate::campaign::i18n::direction;
use crate::campaign::load::Campaign;

/// The language the stand-in strings are written in, and which they are.
#[derive(Debug, Clone, Serialize)]
pub(super) struct Fallback {
    /// Typst's `lang`: the language subtag of the default locale.
    pub lang: String,
    /// The region subtag of the default locale's code, if any.
    pub region: Option<String>,
    /// `ltr` or `rtl`: the default locale's direction.
    pub dir: &'static str,
    /// The default locale's short words (see `super::short_words`), which
    /// keep with the next word in its text as in the asset's own.
    pub short_words: &'static [&'static str],
    /// Fluent keys of the asset's strings and helplines that stand in the
    /// default locale's words.
    pub keys: BTreeSet<String>,
}

/// Which of `keys` `locale` takes from the default locale, with that
/// locale's language; none when every one is `locale`'s own.
pub(super) fn fallback(
    campaign: &Campaign,
    locale: &str,
    keys: impl IntoIterator<Item = String>,
) -> Option<Fallback> {
    let default = campaign.settings.default_locale.as_str();
    let keys: BTreeSet<String> = keys
        .into_iter()
        .filter(|k| campaign.i18n.falls_back(locale, k))
        .collect();
    if keys.is_empty() {
        return None;
    }
    let subtag = |n: usize| {
        default
            .split(['-', '_'])
            .nth(n)
            .filter(|t| !t.is_empty())
            .map(str::to_ascii_lowercase)
    };
    Some(Fallback {
        lang: subtag(0).unwrap_or_else(|| default.to_string()),
        region: subtag(1),
        dir: direction(default),
        short_words: super::short_words::short_words(default),
        keys,
    })
}
