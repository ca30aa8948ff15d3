//! The campaign palette: colours as `#rrggbb`, and the WCAG contrast between two.

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
