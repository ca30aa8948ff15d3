//! The pilot's guidelines booklet, read back from its PDF: its headings
//! (the outline's bookmarks) and what pdftotext finds around them. A module
//! of tests/veneto.rs, which builds the pilot once for both.

use std::path::{Path, PathBuf};

use super::{locales, veneto};
use crate::common::*;

/// `locale`'s booklet written to `dir`.
fn booklet(dir: &Path, locale: &str) -> PathBuf {
    let pdf = dir.join(format!("{locale}.pdf"));
    let bytes = &veneto().files[&format!("print/{locale}/guidelines.pdf")];
    std::fs::write(&pdf, bytes).unwrap();
    pdf
}

#[test]
fn a_booklet_prints_a_web_address_as_it_is_typed() {
    // Review 16-revf: the address after a link's text ("… (destalk.regione.
    // veneto.it/uk/about)") carried a zero-width space after each "/", and
    // a reader who copied it from the PDF pasted an address that did not
    // work. Lines break after a "/" without a character there.
    let host = "destalk.regione.veneto.it/";
    let tmp = tempdir();
    for locale in locales() {
        let pdf = booklet(tmp.path(), &locale);
        let out = std::process::Command::new("pdftotext")
            .arg(&pdf)
            .arg("-")
            .output()
            .expect("pdftotext is missing: run scripts/setup.sh");
        // pdftotext marks the direction of runs in Arabic lines (U+202A to
        // U+202E): its own marks, not the PDF's text.
        let text: String = String::from_utf8_lossy(&out.stdout)
            .replace("/\n", "/")
            .chars()
            .filter(|c| !('\u{202a}'..='\u{202e}').contains(c))
            .collect();
        let addresses: Vec<&str> = text
            .match_indices(host)
            .map(|(at, _)| {
                let rest = &text[at..];
                let end = rest
                    .find(|c: char| c.is_whitespace() || c == ')')
                    .unwrap_or(rest.len());
                &rest[..end]
            })
            .collect();
        let in_text = format!("{host}{locale}/");
        assert!(
            addresses.iter().any(|a| a.starts_with(&in_text)),
            "{locale}: {addresses:?}"
        );
        for address in addresses {
            assert!(
                address.chars().all(|c| c.is_ascii_graphic()),
                "{locale}: {address:?}"
            );
        }
    }
}
