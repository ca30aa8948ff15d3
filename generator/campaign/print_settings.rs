//! The optional `print:` section of `campaign.yaml`: which assets to make and
//! the CMYK palette of the print-shop PDFs.
//!
//! ```yaml
//! print:                                        # no section: no print assets
//!   assets: [poster-a3, poster-a4, flyer-a5]   # default: every asset
//!   cmyk:                                       # default: converted from `palette`
//!     primary: [45, 85, 0, 15]                  # cyan, magenta, yellow, black in percent
//! ```

use serde::Serialize;
use serde_saphyr::Spanned;

use crate::campaign::colours::{parse_hex, Colours};
use crate::campaign::yaml::{at_value, position, PrintConfig};
use crate::diagnostics::{did_you_mean, Diagnostic, Diagnostics, SourceText};

use super::print_assets::ASSETS;

/// A CMYK colour, each component in percent (0 to 100).
pub(crate) type Cmyk = [f64; 4];

/// The validated `print:` section.
#[derive(Debug, Clone, Serialize)]
pub struct PrintSettings {
    /// Asset ids to make, in catalogue order.
    pub assets: Vec<String>,
    /// The palette in CMYK, for the print-shop variant.
    pub cmyk: CmykPalette,
}

/// The campaign palette in CMYK.
#[derive(Debug, Clone, Serialize)]
pub struct CmykPalette {
    /// Brand colour.
    pub primary: Cmyk,
    /// Text on the brand colour.
    pub on_primary: Cmyk,
    /// Background.
    pub background: Cmyk,
    /// Body text.
    pub text: Cmyk,
    /// Highlight colour.
    pub accent: Cmyk,
    /// Text on the highlight colour.
    pub on_accent: Cmyk,
}

/// Checks `print:` against the asset catalogue. A campaign without a `print:`
/// section makes no print assets; one without `assets` makes them all. CMYK
/// values missing from it are converted from the RGB palette with
/// [`rgb_to_cmyk`].
pub(crate) fn validate(
    config: Option<&PrintConfig>,
    colours: &Colours,
    source: &SourceText,
    diags: &mut Diagnostics,
) -> PrintSettings {
    let default = PrintConfig::default();
    let wanted = config.is_some();
    let config = config.unwrap_or(&default);
    let assets = match &config.assets {
        None if !wanted => Vec::new(),
        None => ASSETS.iter().map(|a| a.id.to_string()).collect(),
        Some(list) => {
            let mut listed = std::collections::BTreeSet::new();
            for a in list {
                if !listed.insert(&a.value) {
                    let msg = format!("print asset `{}` is listed twice", a.value);
                    diags.push(at_value(source, a, "config.print-asset", msg));
                } else if !ASSETS.iter().any(|known| known.id == a.value) {
                    let ids = ASSETS.iter().map(|k| k.id);
                    let hint = did_you_mean(&a.value, ids.clone())
                        .map(|s| format!("did you mean `{s}`?"))
                        .unwrap_or_else(|| {
                            format!("known assets: {}", ids.collect::<Vec<_>>().join(", "))
                        });
                    let msg = format!("unknown print asset `{}`", a.value);
                    diags.push(at_value(source, a, "config.print-asset", msg).with_hint(hint));
                }
            }
            ASSETS
                .iter()
                .filter(|k| list.iter().any(|a| a.value == k.id))
                .map(|k| k.id.to_string())
                .collect()
        }
    };
    let c = &config.cmyk;
    let mut colour = |v: &Option<Spanned<Vec<f64>>>, rgb: &str| -> Cmyk {
        match v {
            None => rgb_to_cmyk(rgb),
            Some(s) => match cmyk_of(&s.value) {
                Some(cmyk) => cmyk,
                None => {
                    let shown: Vec<String> = s.value.iter().map(|n| n.to_string()).collect();
                    diags.push(
                        Diagnostic::error(
                            "config.cmyk",
                            format!("`[{}]` is not a CMYK colour", shown.join(", ")),
                        )
                        .at_source(source, position(&s.referenced), 1)
                        .with_hint(
                            "write four percentages: cyan, magenta, yellow, black, such as [45, 85, 0, 15]",
                        ),
                    );
                    rgb_to_cmyk(rgb)
                }
            },
        }
    };
    let cmyk = CmykPalette {
        primary: colour(&c.primary, &colours.primary),
        on_primary: colour(&c.on_primary, &colours.on_primary),
        background: colour(&c.background, &colours.background),
        text: colour(&c.text, &colours.text),
        accent: colour(&c.accent, &colours.accent),
        on_accent: colour(&c.on_accent, &colours.on_accent),
    };
    PrintSettings { assets, cmyk }
}

fn cmyk_of(values: &[f64]) -> Option<Cmyk> {
    let ok = values.len() == 4 && values.iter().all(|v| (0.0..=100.0).contains(v));
    ok.then(|| [values[0], values[1], values[2], values[3]])
}

/// The default conversion of a `#rrggbb` colour to CMYK (percent): greys and
/// near-greys become black ink only, so that text never prints in four inks;
/// other colours use the naive under-colour removal formula. A print shop's
/// own values, given in `print.cmyk`, are always better.
pub(crate) fn rgb_to_cmyk(hex: &str) -> Cmyk {
    let [r, g, b] = parse_hex(hex)
        .unwrap_or([0, 0, 0])
        .map(|c| f64::from(c) / 255.0);
    let round = |v: f64| (v * 1000.0).round() / 10.0;
    let max = r.max(g).max(b);
    let min = r.min(g).min(b);
    if max - min < 0.1 {
        return [0.0, 0.0, 0.0, round(1.0 - (r + g + b) / 3.0)];
    }
    let k = 1.0 - max;
    let part = |c: f64| (1.0 - c - k) / (1.0 - k);
    [round(part(r)), round(part(g)), round(part(b)), round(k)]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn greys_print_in_black_only_and_colours_convert() {
        assert_eq!(rgb_to_cmyk("#ffffff"), [0.0, 0.0, 0.0, 0.0]);
        assert_eq!(rgb_to_cmyk("#1f1a24"), [0.0, 0.0, 0.0, 87.8]);
        let purple = rgb_to_cmyk("#5b2a86");
        assert!(purple[0] > 25.0 && purple[1] > 60.0 && purple[2] == 0.0 && purple[3] > 40.0);
    }

    #[test]
    fn cmyk_values_are_percentages() {
        assert!(cmyk_of(&[10.0, 20.0, 30.0, 40.0]).is_some());
        assert!(cmyk_of(&[10.0, 20.0, 30.0]).is_none());
        assert!(cmyk_of(&[10.0, 20.0, 30.0, 140.0]).is_none());
    }
}
