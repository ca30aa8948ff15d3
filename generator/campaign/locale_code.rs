//! Locale codes as people write them: `EN`, `en-GB`, `en_GB`, `it_IT`, or a
//! country code used as a language (`gb`, `at`). Faro's locales are the
//! folder names under `locales/` (lower-case language codes, and regional
//! variants such as `pt-br` where a campaign adds one); this module finds the
//! one a mistaken code meant, so that the advice is the fix that works.

/// Country codes that people use for a language, and that language. Only
/// codes that are not themselves language codes Faro knows are looked up.
const COUNTRY_LANGUAGES: &[(&str, &str)] = &[
    ("gb", "en"),
    ("us", "en"),
    ("ie", "en"),
    ("at", "de"),
    ("dk", "da"),
    ("se", "sv"),
    ("gr", "el"),
    ("cz", "cs"),
    ("ee", "et"),
    ("si", "sl"),
    ("al", "sq"),
    ("ua", "uk"),
    ("br", "pt"),
    ("mx", "es"),
    ("ir", "fa"),
];

/// The known locale that `code` most likely means, if it is not itself known.
/// `known` holds the locale folder names.
pub(crate) fn meant(code: &str, known: &[String]) -> Option<String> {
    let has = |c: &str| known.iter().find(|k| k.eq_ignore_ascii_case(c)).cloned();
    if known.iter().any(|k| k == code) {
        return None;
    }
    let normal = code.trim().replace('_', "-");
    // `EN` → `en`, `pt_BR` → `pt-br` when that variant exists.
    if let Some(k) = has(&normal) {
        return Some(k);
    }
    let language = normal
        .split('-')
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    if let Some(k) = has(&language) {
        return Some(k);
    }
    COUNTRY_LANGUAGES
        .iter()
        .find(|(country, _)| *country == language)
        .and_then(|(_, lang)| has(lang))
}

/// The advice for an unknown locale `code`: the code it most likely means, or
/// how to add a new one.
pub(crate) fn advice(code: &str, known: &[String]) -> String {
    if let Some(k) = meant(code, known) {
        let why = if code.eq_ignore_ascii_case(&k) {
            "locale codes are lower case".to_string()
        } else if code.to_ascii_lowercase().starts_with(&k) {
            format!("Faro's interface strings for this language are `{k}`; a regional variant needs its own locales/{code}/ui.ftl")
        } else {
            format!("`{code}` is a country code; the language is `{k}`")
        };
        return format!("write `{k}` ({why})");
    }
    let close = crate::diagnostics::did_you_mean(code, known.iter().map(String::as_str))
        .map(|s| format!("did you mean `{s}`? "))
        .unwrap_or_default();
    format!(
        "{close}Faro knows: {}; a new language needs its interface strings in locales/{}/ui.ftl",
        known.join(", "),
        code.to_ascii_lowercase()
    )
}

/// What is wrong with a `default_locale`, and the fix that works.
pub(crate) struct DefaultFault {
    /// The error.
    pub message: String,
    /// The fix, naming only codes that work.
    pub hint: String,
    /// The locale the rest of the campaign is checked with.
    pub stand_in: Option<String>,
}

/// The fault of `default_locale: written` when the usable locales (the
/// `locales` list, each code as it was meant) are `usable`; `None` when it
/// is one of them.
pub(crate) fn default_fault(
    written: &str,
    usable: &[String],
    known: &[String],
) -> Option<DefaultFault> {
    let meant_code = if known.iter().any(|k| k == written) {
        Some(written.to_string())
    } else {
        meant(written, known)
    };
    if meant_code.as_deref() == Some(written) && usable.iter().any(|u| u == written) {
        return None;
    }
    let choices = if usable.is_empty() {
        String::new()
    } else {
        format!("choose one of: {}", usable.join(", "))
    };
    let (message, hint) = match &meant_code {
        // `IT` for `it`, `at` for `de`, listed under its right code.
        Some(m) if usable.contains(m) => (
            format!("unknown locale `{written}` in `default_locale`"),
            format!("write `default_locale: {m}`"),
        ),
        Some(m) => {
            let rename = if m == written {
                String::new()
            } else {
                format!("write `default_locale: {m}` and ")
            };
            let or = if choices.is_empty() {
                String::new()
            } else {
                format!(", or {choices}")
            };
            (
                format!("the default locale `{written}` is not in `locales`"),
                format!("{rename}add `{m}` to the `locales` list{or}"),
            )
        }
        None => (
            format!("unknown locale `{written}` in `default_locale`"),
            if choices.is_empty() {
                advice(written, known)
            } else {
                format!("{choices} (or: {})", advice(written, known))
            },
        ),
    };
    let stand_in = match meant_code {
        Some(m) if usable.contains(&m) => Some(m),
        _ => usable.first().cloned(),
    };
    Some(DefaultFault {
        message,
        hint,
        stand_in,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known() -> Vec<String> {
        ["bg", "de", "en", "it", "pt", "pt-br", "uk"]
            .map(String::from)
            .to_vec()
    }

    #[test]
    fn mistaken_codes_find_the_locale_they_meant() {
        let k = known();
        for (code, want) in [
            ("EN", "en"),
            ("en-GB", "en"),
            ("en_GB", "en"),
            ("it_IT", "it"),
            ("IT", "it"),
            ("gb", "en"),
            ("at", "de"),
            ("pt_BR", "pt-br"),
            ("PT-br", "pt-br"),
        ] {
            assert_eq!(meant(code, &k).as_deref(), Some(want), "{code}");
        }
        assert_eq!(meant("uk", &k), None, "Ukrainian is a language");
        assert_eq!(meant("xx", &k), None);
        assert!(
            advice("gb", &k).starts_with("write `en`"),
            "{}",
            advice("gb", &k)
        );
        assert!(!advice("gb", &k).contains("bg"));
        assert!(advice("xx", &k).contains("locales/xx/ui.ftl"));
    }
}
