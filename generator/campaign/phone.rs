//! Is a phone number dialable in the campaign's country? A deliberately small
//! rule set: EU-wide short numbers (112, 116xxx), each country's own short
//! numbers, national numbers with their usual lengths, and international
//! numbers with a known calling code.

/// A number as shown on a page: its groups joined by no-break spaces, so that
/// it never breaks across lines.
pub(crate) fn display(number: &str) -> String {
    number.split_whitespace().collect::<Vec<_>>().join("\u{a0}")
}

/// A number as dialled in a `tel:` link: its digits, after a `+` when it
/// is written with one.
pub(crate) fn dialled(number: &str) -> String {
    let digits: String = number.chars().filter(char::is_ascii_digit).collect();
    if number.trim_start().starts_with('+') {
        format!("+{digits}")
    } else {
        digits
    }
}

/// Country calling codes of the EU and the countries whose languages Faro
/// ships, by ISO 3166-1 alpha-2 code.
const CALLING_CODES: &[(&str, &str)] = &[
    ("AT", "43"),
    ("BE", "32"),
    ("BG", "359"),
    ("HR", "385"),
    ("CY", "357"),
    ("CZ", "420"),
    ("DK", "45"),
    ("EE", "372"),
    ("FI", "358"),
    ("FR", "33"),
    ("DE", "49"),
    ("GR", "30"),
    ("HU", "36"),
    ("IE", "353"),
    ("IT", "39"),
    ("LV", "371"),
    ("LT", "370"),
    ("LU", "352"),
    ("MT", "356"),
    ("NL", "31"),
    ("PL", "48"),
    ("PT", "351"),
    ("RO", "40"),
    ("SK", "421"),
    ("SI", "386"),
    ("ES", "34"),
    ("SE", "46"),
    ("AL", "355"),
    ("UA", "380"),
    ("TR", "90"),
    ("GB", "44"),
    ("CH", "41"),
    ("NO", "47"),
];

/// Why a number is not dialable, or `None` when it is.
pub(crate) fn problem(number: &str, country: Option<&str>) -> Option<String> {
    let trimmed = number.trim();
    let digits: String = trimmed.chars().filter(char::is_ascii_digit).collect();
    if trimmed
        .chars()
        .any(|c| !(c.is_ascii_digit() || c == ' ' || c == '+'))
        || trimmed.rfind('+').is_some_and(|i| i > 0)
    {
        return Some("only digits, spaces and a leading + are allowed".into());
    }
    if let Some(rest) = trimmed.strip_prefix('+') {
        let rest: String = rest.chars().filter(char::is_ascii_digit).collect();
        let Some((_, code)) = CALLING_CODES
            .iter()
            .find(|(_, code)| rest.starts_with(code))
        else {
            return Some("unknown country calling code".into());
        };
        let national = rest.len() - code.len();
        return (!(6..=12).contains(&national))
            .then(|| format!("{national} digits after +{code} is not a valid length"));
    }
    if digits == "112" || (digits.len() == 6 && digits.starts_with("116")) {
        return None; // The same everywhere in the EU.
    }
    match country.map(str::to_ascii_uppercase).as_deref() {
        Some("IT") => italian(&digits),
        Some("FR") => french(&digits),
        Some("ES") => spanish(&digits),
        _ => generic(&digits),
    }
}

/// France: the emergency numbers 15, 17 and 18, short numbers of 3 digits
/// starting with 11 (114, 115, 119), the 4-digit service numbers starting
/// with 3 (3919, violence against women; 3018, cyber-harassment) or 1; national
/// numbers are 10 digits starting with 0.
fn french(d: &str) -> Option<String> {
    let ok = match d.len() {
        2 => ["15", "17", "18"].contains(&d),
        3 => d.starts_with("11"),
        4 => d.starts_with('3') || d.starts_with('1'),
        10 => d.starts_with('0'),
        _ => false,
    };
    (!ok).then(|| {
        format!("`{d}` is not a dialable French number (short numbers are 15, 17, 18, 11x or 4 digits starting with 3 or 1; others are 10 digits starting with 0)")
    })
}

/// Spain: short numbers of 3 digits starting with 0 or 1 (016, violence
/// against women; 091; 112) and of 4–5 digits starting with 1; national
/// numbers are 9 digits starting with 6, 7, 8 or 9.
fn spanish(d: &str) -> Option<String> {
    let ok = match d.as_bytes().first() {
        Some(b'0') => d.len() == 3,
        Some(b'1') => (3..=5).contains(&d.len()),
        Some(b'6'..=b'9') => d.len() == 9,
        _ => false,
    };
    (!ok).then(|| {
        format!("`{d}` is not a dialable Spanish number (short numbers are 3 digits starting with 0 or 1, such as 016; others are 9 digits)")
    })
}

/// Italy: short numbers are 3–4 digits starting with 1 (112, 113, 1522…);
/// landlines start with 0 (6–11 digits), mobiles with 3 (9–10), toll-free with
/// 80 (9 digits).
fn italian(d: &str) -> Option<String> {
    let ok = match d.as_bytes().first() {
        Some(b'1') => (3..=4).contains(&d.len()),
        Some(b'0') => (6..=11).contains(&d.len()),
        Some(b'3') => (9..=10).contains(&d.len()),
        Some(b'8') => d.starts_with("80") && d.len() == 9,
        _ => false,
    };
    (!ok).then(|| {
        format!(
            "`{d}` is not a dialable Italian number (short numbers are 3–4 digits starting with 1)"
        )
    })
}

/// Elsewhere: short numbers of 3–6 digits starting with 1, or national numbers
/// of 6–13 digits.
fn generic(d: &str) -> Option<String> {
    let ok = (d.starts_with('1') && (3..=6).contains(&d.len())) || (6..=13).contains(&d.len());
    (!ok).then(|| format!("`{d}` has an unusual length for a phone number"))
}

#[cfg(test)]
mod tests {
    use super::{dialled, problem};

    #[test]
    fn real_italian_numbers_pass() {
        for n in [
            "1522",
            "112",
            "113",
            "116000",
            "+39 06 1234 5678",
            "800 123 456",
        ] {
            assert_eq!(problem(n, Some("IT")), None, "{n}");
        }
    }

    #[test]
    fn real_short_numbers_of_other_countries_pass_and_garbage_does_not() {
        for n in [
            "3919",
            "39 19",
            "3018",
            "119",
            "17",
            "116 006",
            "01 23 45 67 89",
        ] {
            assert_eq!(problem(n, Some("FR")), None, "{n}");
        }
        for n in ["39", "391", "39190", "0123", "+33 3919", "12"] {
            assert!(problem(n, Some("FR")).is_some(), "{n}");
        }
        for n in ["016", "091", "112", "600 123 456", "900 100 333"] {
            assert_eq!(problem(n, Some("ES")), None, "{n}");
        }
        for n in ["16", "0160", "500 123 456", "3919"] {
            assert!(problem(n, Some("ES")).is_some(), "{n}");
        }
        // Elsewhere, a 4-digit number must start with 1.
        assert!(problem("3919", Some("AT")).is_some());
    }

    #[test]
    fn impossible_numbers_fail() {
        assert!(problem("15222", Some("IT")).is_some());
        assert!(problem("99", Some("IT")).is_some());
        assert!(problem("+999 123", None).is_some());
        assert!(problem("12-34", None).is_some());
    }

    #[test]
    fn a_number_is_dialled_as_its_digits_after_its_plus() {
        assert_eq!(dialled("+44 1632 960 123"), "+441632960123");
        assert_eq!(dialled("1522"), "1522");
        assert_eq!(dialled("049 123 4567"), "0491234567");
    }
}
