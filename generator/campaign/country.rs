//! Country codes (ISO 3166-1 alpha-2) as people write them: `AT`, `at`,
//! `AUT`, `Austria`, or the common mistakes `UK` (the code is `GB`) and `EL`
//! (the European Union's abbreviation for Greece, whose code is `GR`). A
//! campaign's `country` decides which facts a fork keeps and how phone
//! numbers are checked, so an unknown code is an error with the code that
//! was meant. The main languages of some countries let `faro fork` choose a
//! foreign fork's default language instead of keeping the source's.

/// Every ISO 3166-1 country: alpha-2, alpha-3 and short English name; and
/// `XK` (Kosovo), a code not in the standard but used by the European Union.
const COUNTRIES: &[(&str, &str, &str)] = &[
    ("AD", "AND", "Andorra"),
    ("AE", "ARE", "United Arab Emirates"),
    ("AF", "AFG", "Afghanistan"),
    ("AG", "ATG", "Antigua and Barbuda"),
    ("AI", "AIA", "Anguilla"),
    ("AL", "ALB", "Albania"),
    ("AM", "ARM", "Armenia"),
    ("AO", "AGO", "Angola"),
    ("AQ", "ATA", "Antarctica"),
    ("AR", "ARG", "Argentina"),
    ("AS", "ASM", "American Samoa"),
    ("AT", "AUT", "Austria"),
    ("AU", "AUS", "Australia"),
    ("AW", "ABW", "Aruba"),
    ("AX", "ALA", "Åland Islands"),
    ("AZ", "AZE", "Azerbaijan"),
    ("BA", "BIH", "Bosnia and Herzegovina"),
    ("BB", "BRB", "Barbados"),
    ("BD", "BGD", "Bangladesh"),
    ("BE", "BEL", "Belgium"),
    ("BF", "BFA", "Burkina Faso"),
    ("BG", "BGR", "Bulgaria"),
    ("BH", "BHR", "Bahrain"),
    ("BI", "BDI", "Burundi"),
    ("BJ", "BEN", "Benin"),
    ("BL", "BLM", "Saint Barthélemy"),
    ("BM", "BMU", "Bermuda"),
    ("BN", "BRN", "Brunei"),
    ("BO", "BOL", "Bolivia"),
    ("BQ", "BES", "Caribbean Netherlands"),
    ("BR", "BRA", "Brazil"),
    ("BS", "BHS", "Bahamas"),
    ("BT", "BTN", "Bhutan"),
    ("BV", "BVT", "Bouvet Island"),
    ("BW", "BWA", "Botswana"),
    ("BY", "BLR", "Belarus"),
    ("BZ", "BLZ", "Belize"),
    ("CA", "CAN", "Canada"),
    ("CC", "CCK", "Cocos (Keeling) Islands"),
    ("CD", "COD", "Democratic Republic of the Congo"),
    ("CF", "CAF", "Central African Republic"),
    ("CG", "COG", "Republic of the Congo"),
    ("CH", "CHE", "Switzerland"),
    ("CI", "CIV", "Côte d'Ivoire"),
    ("CK", "COK", "Cook Islands"),
    ("CL", "CHL", "Chile"),
    ("CM", "CMR", "Cameroon"),
    ("CN", "CHN", "China"),
    ("CO", "COL", "Colombia"),
    ("CR", "CRI", "Costa Rica"),
    ("CU", "CUB", "Cuba"),
    ("CV", "CPV", "Cabo Verde"),
    ("CW", "CUW", "Curaçao"),
    ("CX", "CXR", "Christmas Island"),
    ("CY", "CYP", "Cyprus"),
    ("CZ", "CZE", "Czechia"),
    ("DE", "DEU", "Germany"),
    ("DJ", "DJI", "Djibouti"),
    ("DK", "DNK", "Denmark"),
    ("DM", "DMA", "Dominica"),
    ("DO", "DOM", "Dominican Republic"),
    ("DZ", "DZA", "Algeria"),
    ("EC", "ECU", "Ecuador"),
    ("EE", "EST", "Estonia"),
    ("EG", "EGY", "Egypt"),
    ("EH", "ESH", "Western Sahara"),
    ("ER", "ERI", "Eritrea"),
    ("ES", "ESP", "Spain"),
    ("ET", "ETH", "Ethiopia"),
    ("FI", "FIN", "Finland"),
    ("FJ", "FJI", "Fiji"),
    ("FK", "FLK", "Falkland Islands"),
    ("FM", "FSM", "Micronesia"),
    ("FO", "FRO", "Faroe Islands"),
    ("FR", "FRA", "France"),
    ("GA", "GAB", "Gabon"),
    ("GB", "GBR", "United Kingdom"),
    ("GD", "GRD", "Grenada"),
    ("GE", "GEO", "Georgia"),
    ("GF", "GUF", "French Guiana"),
    ("GG", "GGY", "Guernsey"),
    ("GH", "GHA", "Ghana"),
    ("GI", "GIB", "Gibraltar"),
    ("GL", "GRL", "Greenland"),
    ("GM", "GMB", "Gambia"),
    ("GN", "GIN", "Guinea"),
    ("GP", "GLP", "Guadeloupe"),
    ("GQ", "GNQ", "Equatorial Guinea"),
    ("GR", "GRC", "Greece"),
    ("GS", "SGS", "South Georgia and the South Sandwich Islands"),
    ("GT", "GTM", "Guatemala"),
    ("GU", "GUM", "Guam"),
    ("GW", "GNB", "Guinea-Bissau"),
    ("GY", "GUY", "Guyana"),
    ("HK", "HKG", "Hong Kong"),
    ("HM", "HMD", "Heard Island and McDonald Islands"),
    ("HN", "HND", "Honduras"),
    ("HR", "HRV", "Croatia"),
    ("HT", "HTI", "Haiti"),
    ("HU", "HUN", "Hungary"),
    ("ID", "IDN", "Indonesia"),
    ("IE", "IRL", "Ireland"),
    ("IL", "ISR", "Israel"),
    ("IM", "IMN", "Isle of Man"),
    ("IN", "IND", "India"),
    ("IO", "IOT", "British Indian Ocean Territory"),
    ("IQ", "IRQ", "Iraq"),
    ("IR", "IRN", "Iran"),
    ("IS", "ISL", "Iceland"),
    ("IT", "ITA", "Italy"),
    ("JE", "JEY", "Jersey"),
    ("JM", "JAM", "Jamaica"),
    ("JO", "JOR", "Jordan"),
    ("JP", "JPN", "Japan"),
    ("KE", "KEN", "Kenya"),
    ("KG", "KGZ", "Kyrgyzstan"),
    ("KH", "KHM", "Cambodia"),
    ("KI", "KIR", "Kiribati"),
    ("KM", "COM", "Comoros"),
    ("KN", "KNA", "Saint Kitts and Nevis"),
    ("KP", "PRK", "North Korea"),
    ("KR", "KOR", "South Korea"),
    ("KW", "KWT", "Kuwait"),
    ("KY", "CYM", "Cayman Islands"),
    ("KZ", "KAZ", "Kazakhstan"),
    ("LA", "LAO", "Laos"),
    ("LB", "LBN", "Lebanon"),
    ("LC", "LCA", "Saint Lucia"),
    ("LI", "LIE", "Liechtenstein"),
    ("LK", "LKA", "Sri Lanka"),
    ("LR", "LBR", "Liberia"),
    ("LS", "LSO", "Lesotho"),
    ("LT", "LTU", "Lithuania"),
    ("LU", "LUX", "Luxembourg"),
    ("LV", "LVA", "Latvia"),
    ("LY", "LBY", "Libya"),
    ("MA", "MAR", "Morocco"),
    ("MC", "MCO", "Monaco"),
    ("MD", "MDA", "Moldova"),
    ("ME", "MNE", "Montenegro"),
    ("MF", "MAF", "Saint Martin"),
    ("MG", "MDG", "Madagascar"),
    ("MH", "MHL", "Marshall Islands"),
    ("MK", "MKD", "North Macedonia"),
    ("ML", "MLI", "Mali"),
    ("MM", "MMR", "Myanmar"),
    ("MN", "MNG", "Mongolia"),
    ("MO", "MAC", "Macao"),
    ("MP", "MNP", "Northern Mariana Islands"),
    ("MQ", "MTQ", "Martinique"),
    ("MR", "MRT", "Mauritania"),
    ("MS", "MSR", "Montserrat"),
    ("MT", "MLT", "Malta"),
    ("MU", "MUS", "Mauritius"),
    ("MV", "MDV", "Maldives"),
    ("MW", "MWI", "Malawi"),
    ("MX", "MEX", "Mexico"),
    ("MY", "MYS", "Malaysia"),
    ("MZ", "MOZ", "Mozambique"),
    ("NA", "NAM", "Namibia"),
    ("NC", "NCL", "New Caledonia"),
    ("NE", "NER", "Niger"),
    ("NF", "NFK", "Norfolk Island"),
    ("NG", "NGA", "Nigeria"),
    ("NI", "NIC", "Nicaragua"),
    ("NL", "NLD", "Netherlands"),
    ("NO", "NOR", "Norway"),
    ("NP", "NPL", "Nepal"),
    ("NR", "NRU", "Nauru"),
    ("NU", "NIU", "Niue"),
    ("NZ", "NZL", "New Zealand"),
    ("OM", "OMN", "Oman"),
    ("PA", "PAN", "Panama"),
    ("PE", "PER", "Peru"),
    ("PF", "PYF", "French Polynesia"),
    ("PG", "PNG", "Papua New Guinea"),
    ("PH", "PHL", "Philippines"),
    ("PK", "PAK", "Pakistan"),
    ("PL", "POL", "Poland"),
    ("PM", "SPM", "Saint Pierre and Miquelon"),
    ("PN", "PCN", "Pitcairn"),
    ("PR", "PRI", "Puerto Rico"),
    ("PS", "PSE", "Palestine"),
    ("PT", "PRT", "Portugal"),
    ("PW", "PLW", "Palau"),
    ("PY", "PRY", "Paraguay"),
    ("QA", "QAT", "Qatar"),
    ("RE", "REU", "Réunion"),
    ("RO", "ROU", "Romania"),
    ("RS", "SRB", "Serbia"),
    ("RU", "RUS", "Russia"),
    ("RW", "RWA", "Rwanda"),
    ("SA", "SAU", "Saudi Arabia"),
    ("SB", "SLB", "Solomon Islands"),
    ("SC", "SYC", "Seychelles"),
    ("SD", "SDN", "Sudan"),
    ("SE", "SWE", "Sweden"),
    ("SG", "SGP", "Singapore"),
    ("SH", "SHN", "Saint Helena, Ascension and Tristan da Cunha"),
    ("SI", "SVN", "Slovenia"),
    ("SJ", "SJM", "Svalbard and Jan Mayen"),
    ("SK", "SVK", "Slovakia"),
    ("SL", "SLE", "Sierra Leone"),
    ("SM", "SMR", "San Marino"),
    ("SN", "SEN", "Senegal"),
    ("SO", "SOM", "Somalia"),
    ("SR", "SUR", "Suriname"),
    ("SS", "SSD", "South Sudan"),
    ("ST", "STP", "São Tomé and Príncipe"),
    ("SV", "SLV", "El Salvador"),
    ("SX", "SXM", "Sint Maarten"),
    ("SY", "SYR", "Syria"),
    ("SZ", "SWZ", "Eswatini"),
    ("TC", "TCA", "Turks and Caicos Islands"),
    ("TD", "TCD", "Chad"),
    ("TF", "ATF", "French Southern Territories"),
    ("TG", "TGO", "Togo"),
    ("TH", "THA", "Thailand"),
    ("TJ", "TJK", "Tajikistan"),
    ("TK", "TKL", "Tokelau"),
    ("TL", "TLS", "Timor-Leste"),
    ("TM", "TKM", "Turkmenistan"),
    ("TN", "TUN", "Tunisia"),
    ("TO", "TON", "Tonga"),
    ("TR", "TUR", "Türkiye"),
    ("TT", "TTO", "Trinidad and Tobago"),
    ("TV", "TUV", "Tuvalu"),
    ("TW", "TWN", "Taiwan"),
    ("TZ", "TZA", "Tanzania"),
    ("UA", "UKR", "Ukraine"),
    ("UG", "UGA", "Uganda"),
    ("UM", "UMI", "United States Minor Outlying Islands"),
    ("US", "USA", "United States"),
    ("UY", "URY", "Uruguay"),
    ("UZ", "UZB", "Uzbekistan"),
    ("VA", "VAT", "Vatican City"),
    ("VC", "VCT", "Saint Vincent and the Grenadines"),
    ("VE", "VEN", "Venezuela"),
    ("VG", "VGB", "British Virgin Islands"),
    ("VI", "VIR", "United States Virgin Islands"),
    ("VN", "VNM", "Vietnam"),
    ("VU", "VUT", "Vanuatu"),
    ("WF", "WLF", "Wallis and Futuna"),
    ("WS", "WSM", "Samoa"),
    ("XK", "XKX", "Kosovo"),
    ("YE", "YEM", "Yemen"),
    ("YT", "MYT", "Mayotte"),
    ("ZA", "ZAF", "South Africa"),
    ("ZM", "ZMB", "Zambia"),
    ("ZW", "ZWE", "Zimbabwe"),
];

/// Codes people write for a country that are not its ISO code.
const MISTAKES: &[(&str, &str)] = &[("UK", "GB"), ("EL", "GR")];

/// The official languages of the countries of Europe and of a few others,
/// as language codes, the most spoken first. One language: a fork into the
/// country gets it as default; several: the fork asks which.
const LANGUAGES: &[(&str, &[&str])] = &[
    ("AD", &["ca"]),
    ("AL", &["sq"]),
    ("AT", &["de"]),
    ("AU", &["en"]),
    ("BE", &["nl", "fr", "de"]),
    ("BG", &["bg"]),
    ("BR", &["pt"]),
    ("CA", &["en", "fr"]),
    ("CH", &["de", "fr", "it"]),
    ("CY", &["el", "tr"]),
    ("CZ", &["cs"]),
    ("DE", &["de"]),
    ("DK", &["da"]),
    ("EE", &["et"]),
    ("ES", &["es"]),
    ("FI", &["fi", "sv"]),
    ("FR", &["fr"]),
    ("GB", &["en"]),
    ("GR", &["el"]),
    ("HR", &["hr"]),
    ("HU", &["hu"]),
    ("IE", &["en", "ga"]),
    ("IR", &["fa"]),
    ("IS", &["is"]),
    ("IT", &["it"]),
    ("LI", &["de"]),
    ("LT", &["lt"]),
    ("LU", &["lb", "fr", "de"]),
    ("LV", &["lv"]),
    ("MC", &["fr"]),
    ("MD", &["ro"]),
    ("MT", &["mt", "en"]),
    ("MX", &["es"]),
    ("NL", &["nl"]),
    ("NO", &["nb", "nn"]),
    ("NZ", &["en"]),
    ("PL", &["pl"]),
    ("PT", &["pt"]),
    ("RO", &["ro"]),
    ("RS", &["sr"]),
    ("RU", &["ru"]),
    ("SE", &["sv"]),
    ("SI", &["sl"]),
    ("SK", &["sk"]),
    ("SM", &["it"]),
    ("TR", &["tr"]),
    ("UA", &["uk"]),
    ("US", &["en"]),
    ("VA", &["it"]),
];

/// The English name of a country code (upper case), if it is one.
pub(crate) fn name(code: &str) -> Option<&'static str> {
    COUNTRIES
        .iter()
        .find(|(a2, _, _)| *a2 == code)
        .map(|(_, _, name)| *name)
}

/// The official languages of a country (upper-case code), the most spoken
/// first; empty when Faro does not know them.
pub(crate) fn languages(code: &str) -> &'static [&'static str] {
    LANGUAGES
        .iter()
        .find(|(c, _)| *c == code)
        .map_or(&[], |(_, l)| l)
}

/// Why `written` is not a country code, and the fix (`write` says how to
/// write a code where the user writes it); `None` when it is one (in any case).
pub(crate) fn fault(written: &str, write: &dyn Fn(&str) -> String) -> Option<(String, String)> {
    let upper = written.trim().to_uppercase();
    if name(&upper).is_some() {
        return None;
    }
    let message = format!("`{}` is not a country code", written.trim());
    let meant = MISTAKES
        .iter()
        .find(|(m, _)| *m == upper)
        .map(|(_, code)| *code)
        .or_else(|| {
            COUNTRIES
                .iter()
                .find(|(_, a3, name)| *a3 == upper || name.to_uppercase() == upper)
                .map(|(a2, _, _)| *a2)
        })
        .or_else(|| {
            let names = COUNTRIES.iter().map(|(_, _, n)| *n);
            let close = crate::diagnostics::did_you_mean(written.trim(), names)?;
            COUNTRIES
                .iter()
                .find(|(_, _, n)| *n == close)
                .map(|(a2, _, _)| *a2)
        });
    let hint = match meant {
        Some(code) => format!(
            "{} ({}: countries are written as ISO 3166 two-letter codes)",
            write(code),
            name(code).unwrap_or_default()
        ),
        None => format!("{}: the ISO 3166 two-letter code of the country, such as IT (Italy), AT (Austria) or FR (France)", write("…")),
    };
    Some((message, hint))
}

/// The error for a `country:` in campaign.yaml that is not a country code.
pub(crate) fn check(
    country: Option<&crate::campaign::yaml::Located>,
    source: &crate::diagnostics::SourceText,
) -> Option<crate::diagnostics::Diagnostic> {
    let country = country?;
    let (message, hint) = fault(&country.value, &|code| format!("write `country: {code}`"))?;
    Some(
        crate::campaign::yaml::at_value(source, country, "config.country", message).with_hint(hint),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_holds_every_code_once_in_order() {
        assert_eq!(COUNTRIES.len(), 250, "249 ISO 3166-1 codes and XK");
        for pair in COUNTRIES.windows(2) {
            assert!(pair[0].0 < pair[1].0, "{pair:?}");
        }
        let mut a3: Vec<_> = COUNTRIES.iter().map(|c| c.1).collect();
        a3.sort_unstable();
        a3.dedup();
        assert_eq!(a3.len(), COUNTRIES.len());
        let codes = LANGUAGES.iter().map(|l| l.0);
        for code in codes.chain(MISTAKES.iter().map(|m| m.1)) {
            assert!(name(code).is_some(), "{code}");
        }
    }

    #[test]
    fn a_wrong_code_gets_the_code_it_meant() {
        let write = |code: &str| format!("write `{code}`");
        assert_eq!(fault("at", &write), None);
        for (written, fix) in [
            ("UK", "write `GB`"),
            ("el", "write `GR`"),
            ("AUT", "write `AT`"),
            ("Austria", "write `AT`"),
            ("austria", "write `AT`"),
            ("Austira", "write `AT`"),
        ] {
            let (_, hint) = fault(written, &write).expect(written);
            assert!(hint.starts_with(fix), "{written}: {hint}");
        }
        let (message, hint) = fault("XX", &write).unwrap();
        assert_eq!(message, "`XX` is not a country code");
        assert!(hint.contains("IT (Italy)"), "{hint}");
    }
}
