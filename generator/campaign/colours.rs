//! The campaign palette: colours as `#rrggbb`, and the WCAG contrast between two.

use crate::campaign::yaml::Located;

/// Colours of the site, as `#rrggbb`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Colours {
    /// Brand colour.
    pub primary: String,
    /// Text on the brand colour.
    pub on_primary: String,
    /// Page background.
    pub background: String,
    /// Body text.
    pub text: String,
    /// Highlight colour.
    pub accent: String,
    /// Text on the highlight colour.
    pub on_accent: String,
}

/// The palette of campaign.yaml with the defaults filled in: a value that is
/// not `#rrggbb` is reported (and the default used), and so is each pair of
/// colours below the WCAG AA contrast of 4.5:1, at the value to change.
pub(crate) fn check_palette(
    p: &crate::campaign::yaml::Palette,
    source: &crate::diagnostics::SourceText,
    diags: &mut crate::diagnostics::Diagnostics,
) -> Colours {
    let mut colour = |v: &Option<Located>, default: &str| match v {
        Some(c) if parse_hex(&c.value).is_some() => c.value.to_ascii_lowercase(),
        Some(c) => {
            let msg = format!("`{}` is not a colour", c.value);
            let d = crate::campaign::yaml::at_value(source, c, "config.colour", msg)
                .with_hint("write colours as #rrggbb, such as #5b2a86");
            diags.push(d);
            default.to_string()
        }
        None => default.to_string(),
    };
    let colours = Colours {
        primary: colour(&p.primary, "#5b2a86"),
        on_primary: colour(&p.on_primary, "#ffffff"),
        background: colour(&p.background, "#ffffff"),
        text: colour(&p.text, "#1f1a24"),
        accent: colour(&p.accent, "#ffe8a3"),
        on_accent: colour(&p.on_accent, "#1f1a24"),
    };
    let pairs = [
        (
            &p.text,
            &colours.text,
            &colours.background,
            "text on background",
        ),
        (
            &p.primary,
            &colours.primary,
            &colours.background,
            "primary (links) on background",
        ),
        (
            &p.on_primary,
            &colours.on_primary,
            &colours.primary,
            "on_primary on primary",
        ),
        (
            &p.on_accent,
            &colours.on_accent,
            &colours.accent,
            "on_accent on accent",
        ),
    ];
    for (located, fg, bg, what) in pairs {
        let ratio = contrast_ratio(fg, bg);
        if ratio < 4.5 {
            let msg =
                format!("{what}: contrast {ratio:.2}:1 is below the WCAG AA minimum of 4.5:1");
            let hint =
                "move the two colours further apart in lightness until the ratio reaches 4.5:1";
            let d = match located {
                Some(v) => crate::campaign::yaml::at_value(source, v, "config.contrast", msg),
                None => crate::diagnostics::Diagnostic::error("config.contrast", msg)
                    .in_file(&source.path),
            };
            diags.push(d.with_hint(hint));
        }
    }
    colours
}

/// Parses `#rrggbb` into RGB.
pub(crate) fn parse_hex(s: &str) -> Option<[u8; 3]> {
    let hex = s.strip_prefix('#')?;
    if hex.len() != 6 || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
    Some([byte(0)?, byte(2)?, byte(4)?])
}

/// WCAG 2.1 contrast ratio between two `#rrggbb` colours (1 to 21).
pub(crate) fn contrast_ratio(a: &str, b: &str) -> f64 {
    fn luminance(rgb: [u8; 3]) -> f64 {
        let channel = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.039_28 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(rgb[0]) + 0.7152 * channel(rgb[1]) + 0.0722 * channel(rgb[2])
    }
    let (Some(a), Some(b)) = (parse_hex(a), parse_hex(b)) else {
        return 21.0;
    };
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contrast_matches_wcag_examples() {
        assert!((contrast_ratio("#000000", "#ffffff") - 21.0).abs() < 0.01);
        assert!((contrast_ratio("#777777", "#ffffff") - 4.48).abs() < 0.01);
    }
}
