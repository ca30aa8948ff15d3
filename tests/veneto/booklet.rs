//! The pilot's guidelines booklet, read back from its PDF: its headings
//! (the outline's bookmarks) and what pdftotext finds around them. A module
//! of tests/veneto.rs, which builds the pilot once for both.

use std::path::{Path, PathBuf};

use super::{campaign, locales, veneto};
use crate::common::*;

/// `locale`'s booklet written to `dir`.
fn booklet(dir: &Path, locale: &str) -> PathBuf {
    let pdf = dir.join(format!("{locale}.pdf"));
    let bytes = &veneto().files[&format!("print/{locale}/guidelines.pdf")];
    std::fs::write(&pdf, bytes).unwrap();
    pdf
}

/// A heading of a booklet as its PDF outline (its bookmarks) gives it: its
/// text, its page (from 1) and the top of its destination, in points from
/// the page's top; in the document's order.
struct Bookmark {
    title: String,
    page: usize,
    top: f64,
}

fn bookmarks(pdf: &Path, page_height: f64) -> Vec<Bookmark> {
    let out = std::process::Command::new("qpdf")
        .args(["--json", "--json-key=outlines"])
        .arg(pdf)
        .output()
        .expect("qpdf is missing: run scripts/setup.sh");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    fn walk(items: &serde_json::Value, height: f64, out: &mut Vec<Bookmark>) {
        for item in items.as_array().unwrap() {
            out.push(Bookmark {
                title: item["title"].as_str().unwrap().to_string(),
                page: item["destpageposfrom1"].as_u64().unwrap() as usize,
                top: height - item["dest"][3].as_f64().unwrap(),
            });
            walk(&item["kids"], height, out);
        }
    }
    let mut out = Vec::new();
    walk(&json["outlines"], page_height, &mut out);
    out
}

#[test]
fn no_booklet_has_two_headings_in_a_row_with_the_same_text() {
    // Review 16-revf 6: the Ukrainian chapter "Кого залучити" opened with a
    // section "Кого залучити"; its contents page listed it twice.
    let tmp = tempdir();
    for locale in locales() {
        let pdf = booklet(tmp.path(), &locale);
        let marks = bookmarks(&pdf, words(&pdf)[0].size.1);
        assert!(marks.len() > 20, "{locale}: {} headings", marks.len());
        for pair in marks.windows(2) {
            assert_ne!(
                pair[0].title.trim(),
                pair[1].title.trim(),
                "{locale}: two headings in a row, p. {} and p. {}",
                pair[0].page,
                pair[1].page
            );
        }
    }
}

#[test]
fn no_booklet_page_opens_with_two_lines_or_fewer_before_a_heading() {
    // Review 16-revf 6: uk and ar p4 opened with the last paragraph of the
    // previous chapter, two lines, then the next chapter's title.
    let tmp = tempdir();
    for locale in locales() {
        let pdf = booklet(tmp.path(), &locale);
        let pages = words(&pdf);
        let marks = bookmarks(&pdf, pages[0].size.1);
        for (i, page) in pages.iter().enumerate() {
            let Some(first) = marks.iter().find(|m| m.page == i + 1) else {
                continue;
            };
            // Lines of text above the heading, by the middle of their
            // words' boxes (an Arabic word's box is taller than a Latin
            // one's on the same line, about the same middle); not the draft
            // band over the text area (24 mm from the top).
            let mut middles: Vec<f64> = page
                .words
                .iter()
                .map(|w| (w.bbox[1] + w.bbox[3]) / 2.0)
                .filter(|&y| y > 45.0 && y < first.top)
                .collect();
            middles.sort_by(f64::total_cmp);
            middles.dedup_by(|a, b| (*a - *b).abs() < 4.0);
            assert!(
                middles.is_empty() || middles.len() > 2,
                "{locale} p. {}: {} lines before {:?}",
                i + 1,
                middles.len(),
                first.title
            );
        }
    }
}

#[test]
fn a_booklet_heading_s_number_comes_first_in_its_direction() {
    // Review 16-revf 5 read the Arabic "## 1. الانطلاق" as set with "1." at
    // the left end; the number must be at the right of its words in Arabic
    // (as the web page sets it), at the left in the other languages.
    let tmp = tempdir();
    for locale in locales() {
        let pdf = booklet(tmp.path(), &locale);
        let pages = words(&pdf);
        let marks = bookmarks(&pdf, pages[0].size.1);
        let numbered: Vec<(&Bookmark, &str)> = marks
            .iter()
            .filter_map(|m| {
                let (n, _) = m.title.split_once(". ")?;
                n.chars().all(|c| c.is_ascii_digit()).then_some((m, n))
            })
            .collect();
        assert!(
            numbered.len() >= 10,
            "{locale}: {} numbered",
            numbered.len()
        );
        for (mark, n) in numbered {
            let page = &pages[mark.page - 1];
            let number = page
                .words
                .iter()
                .find(|w| w.text.trim_end_matches('.') == n && (w.bbox[1] - mark.top).abs() < 30.0)
                .unwrap_or_else(|| panic!("{locale}: no {n} at {:?}", mark.title));
            let others = page
                .words
                .iter()
                .filter(|w| w.line == number.line && w.text != "." && w.text != number.text);
            for w in others {
                let right = w.bbox[0] >= number.bbox[2] - 0.5;
                assert_eq!(
                    right,
                    locale != "ar",
                    "{locale}: {:?} and its number {n}",
                    mark.title
                );
            }
        }
    }
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

#[test]
fn the_arabic_booklet_prints_code_and_addresses_left_to_right() {
    // Review 17-revg 2: in the Arabic booklet `to-adapt=` printed as
    // "=to-adapt" and `--draft` as "draft--" (a reader typing them would
    // type them wrong), and "(destalk.regione.veneto.it/ar/about)." was
    // split around the link's Latin text with its bracket after the full
    // stop. pdftotext -raw gives the text in the order the PDF draws each
    // run: a code span or an address set as its own left-to-right run reads
    // as it is typed there, one reordered by the bidi algorithm does not.
    let tmp = tempdir();
    let pdf = booklet(tmp.path(), "ar");
    let out = std::process::Command::new("pdftotext")
        .arg("-raw")
        .arg(&pdf)
        .arg("-")
        .output()
        .expect("pdftotext is missing: run scripts/setup.sh");
    // pdftotext's own direction marks (U+202A to U+202E) left out, and the
    // breaks it puts at the ends of lines and runs read as spaces, except
    // after the "/" where an address breaks.
    let text: String = String::from_utf8_lossy(&out.stdout)
        .chars()
        .filter(|c| !('\u{202a}'..='\u{202e}').contains(c))
        .collect::<String>()
        .replace("/\n", "/")
        .replace('\n', " ");
    let dir = campaign().join("content/ar/guidelines");
    let mut spans = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let md = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        for line in md.lines() {
            spans.extend(line.split('`').skip(1).step_by(2).map(str::to_string));
        }
    }
    for mark in ["to-adapt=", "--draft", "--country"] {
        assert!(
            spans.iter().any(|s| s == mark),
            "{mark} not in the guidelines"
        );
    }
    for span in &spans {
        assert!(
            text.contains(span.as_str()),
            "ar booklet: {span:?} not as typed"
        );
    }
    let about = "(destalk.regione.veneto.it/ar/about)";
    assert!(text.contains(about), "ar booklet: no {about}");
}
