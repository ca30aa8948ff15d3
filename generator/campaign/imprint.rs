//! The guidelines booklet's imprint (`imprint:` of campaign.yaml): who
//! publishes it, which edition it is, and under which licence its text may
//! be reused (review 15-revd C7: a booklet that says none of this is sent
//! back by a region's communication office). Printed at the foot of the
//! contents page; each value as written, never made up: a missing one is a
//! to-do of `faro check` (`todo.imprint`, a warning) and its line is left
//! out. The edition's date is written in campaign.yaml, never taken from
//! the clock, so that the same campaign makes the same booklet.
//!
//! ```yaml
//! imprint:
//!   publisher: Regione del Veneto
//!   version: "1.0"
//!   date: 2026-12          # YYYY, YYYY-MM or YYYY-MM-DD
//!   licence: CC BY 4.0
//! ```

use serde::Deserialize;

use crate::campaign::load::Campaign;
use crate::campaign::yaml::{at_value, Located};
use crate::diagnostics::{key_lines, position_of, Diagnostic, Diagnostics, Severity, SourceText};

/// `imprint:` as written.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ImprintConfig {
    /// The organisation that publishes the booklet, as it writes its name.
    #[serde(default)]
    pub publisher: Option<Located>,
    /// The edition's version, such as `1.0`.
    #[serde(default)]
    pub version: Option<Located>,
    /// The edition's date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    #[serde(default)]
    pub date: Option<Located>,
    /// The licence of the booklet's text, such as `CC BY 4.0`.
    #[serde(default)]
    pub licence: Option<Located>,
}

/// The imprint, validated: each value as written, or none.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Imprint {
    /// Publisher.
    pub publisher: Option<String>,
    /// Version of the edition.
    pub version: Option<String>,
    /// Date of the edition.
    pub date: Option<String>,
    /// Licence of the text.
    pub licence: Option<String>,
}

/// Checks `imprint:`: a date that is not `YYYY`, `YYYY-MM` or `YYYY-MM-DD`
/// is an error at its value (a date people could read two ways, such as
/// `03/04/2026`, would be printed as it is).
pub(crate) fn validate(
    config: Option<&ImprintConfig>,
    source: &SourceText,
    diags: &mut Diagnostics,
) -> Imprint {
    let Some(c) = config else {
        return Imprint::default();
    };
    let text = |v: &Option<Located>| {
        v.as_ref()
            .map(|v| v.value.trim().to_string())
            .filter(|v| !v.is_empty())
    };
    if let Some(date) = &c.date {
        if !is_date(date.value.trim()) {
            let msg = format!("`{}` is not a date Faro can print", date.value.trim());
            let hint = "write the edition's date as YYYY, YYYY-MM or YYYY-MM-DD, such as `2026-12`";
            diags.push(at_value(source, date, "config.date", msg).with_hint(hint));
        }
    }
    Imprint {
        publisher: text(&c.publisher),
        version: text(&c.version),
        date: text(&c.date).filter(|d| is_date(d)),
        licence: text(&c.licence),
    }
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, with a month 01–12 and a day 01–31.
fn is_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    let number = |p: &str, len: usize, max: u32| {
        p.len() == len
            && p.bytes().all(|b| b.is_ascii_digit())
            && p.parse::<u32>().is_ok_and(|n| (1..=max).contains(&n))
    };
    !parts.is_empty()
        && parts.len() <= 3
        && number(parts[0], 4, 9999)
        && parts.get(1).is_none_or(|m| number(m, 2, 12))
        && parts.get(2).is_none_or(|d| number(d, 2, 31))
}

/// The values the booklet's imprint lacks, as named in campaign.yaml.
fn missing(imprint: &Imprint) -> Vec<&'static str> {
    let values = [
        ("publisher", &imprint.publisher),
        ("version", &imprint.version),
        ("date", &imprint.date),
        ("licence", &imprint.licence),
    ];
    values
        .into_iter()
        .filter(|(_, v)| v.is_none())
        .map(|(k, _)| k)
        .collect()
}

/// A to-do (warning `todo.imprint`) when the campaign makes the guidelines
/// booklet and its imprint lacks a value: at `imprint:`, or at the
/// `print:` that asks for the booklet when there is no `imprint:`.
pub(crate) fn to_dos(campaign: &Campaign) -> Diagnostics {
    let mut diags = Diagnostics::new();
    let s = &campaign.settings;
    if !s.print.assets.iter().any(|a| a == "guidelines") {
        return diags;
    }
    let missing = missing(&s.imprint);
    if missing.is_empty() {
        return diags;
    }
    let names: Vec<String> = missing.iter().map(|k| format!("`{k}`")).collect();
    let message = format!(
        "to-do: the guidelines booklet's imprint has no {}: its line is left out",
        names.join(", ")
    );
    let source = &campaign.config_source;
    let mut d = Diagnostic::error("todo.imprint", message)
        .with_hint("add them under `imprint:` in campaign.yaml as the publisher gives them (`publisher`, `version`, `date` as YYYY-MM, `licence` of the text, such as `CC BY 4.0`)");
    let key = ["imprint", "print"]
        .into_iter()
        .find_map(|k| key_lines(&source.text, k, ':').first().map(|&o| (k, o)));
    d = match key {
        Some((k, offset)) => d.at_source(source, position_of(&source.text, offset), k.len()),
        None => d.in_file(&source.path),
    };
    d.severity = Severity::Warning;
    diags.push(d);
    diags
}

#[cfg(test)]
mod tests {
    use super::is_date;

    #[test]
    fn dates_are_a_year_a_month_or_a_day_in_that_order() {
        for ok in ["2026", "2026-12", "2026-12-07"] {
            assert!(is_date(ok), "{ok}");
        }
        for wrong in [
            "26",
            "2026-13",
            "2026-1",
            "07/12/2026",
            "2026-12-32",
            "",
            "2026-00",
        ] {
            assert!(!is_date(wrong), "{wrong}");
        }
    }
}
