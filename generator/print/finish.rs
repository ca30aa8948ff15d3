//! Last touches to the bytes of every PDF Typst writes, for what its PDF
//! writer (krilla 0.8) cannot be told:
//!
//! - **`/BleedBox`** on each page of a print-shop PDF. Typst writes the media
//!   box (trim + bleed + slug) and the TrimBox, but no BleedBox, which tells
//!   a print shop's preflight how far the artwork runs beyond the trim.
//! - **No `/Suspects false`** in the catalogue's `/MarkInfo`. krilla always
//!   writes it; the value is right (PDF/UA-1 only forbids `true`), but
//!   poppler (`pdfinfo`, `pdftotext`, …) reports "Syntax Error: Suspects
//!   object is wrong type (boolean)" for any value but `true` (its
//!   `Catalog::getMarkInfo` only accepts a boolean that is true), which worries
//!   a print shop. Leaving it out means `false` by the PDF specification.
//!
//! krilla writes plain objects with a classic cross-reference table, so the
//! edits are made in place and the table's offsets are shifted to match. A
//! file of any other shape is returned unchanged (the tests would notice).

/// `pdf` with its marked-content flags cleaned, and, when `bleed_pt` is
/// given, a BleedBox that far outside each page's TrimBox.
pub(super) fn finish(pdf: Vec<u8>, bleed_pt: Option<f64>) -> Vec<u8> {
    let Some(xref) = xref_table(&pdf) else {
        return pdf;
    };
    let mut edits: Vec<Edit> = Vec::new();
    const SUSPECTS: &[u8] = b"/Suspects false";
    if let Some(at) = find(&pdf[..xref.start], b"/MarkInfo<<")
        .and_then(|m| find(&pdf[m..xref.start], SUSPECTS).map(|s| m + s))
    {
        edits.push(Edit {
            at,
            removed: SUSPECTS.len(),
            inserted: Vec::new(),
        });
    }
    if let Some(bleed) = bleed_pt {
        edits.extend(bleed_boxes(&pdf[..xref.start], bleed));
    }
    if edits.is_empty() {
        return pdf;
    }
    edits.sort_by_key(|e| e.at);
    let shift = |offset: usize| -> usize {
        edits
            .iter()
            .filter(|e| e.at < offset)
            .fold(offset, |o, e| o + e.inserted.len() - e.removed)
    };
    let mut out = Vec::with_capacity(pdf.len() + 64 * edits.len());
    let mut from = 0;
    for e in &edits {
        out.extend_from_slice(&pdf[from..e.at]);
        out.extend_from_slice(&e.inserted);
        from = e.at + e.removed;
    }
    out.extend_from_slice(&pdf[from..xref.start]);
    // The table: its header, then each 20-byte entry with its offset shifted.
    out.extend_from_slice(&pdf[xref.start..xref.entries]);
    for entry in pdf[xref.entries..xref.end].chunks(20) {
        let in_use = entry.get(17) == Some(&b'n');
        let offset = std::str::from_utf8(&entry[..10])
            .ok()
            .and_then(|s| s.parse::<usize>().ok());
        match (in_use, offset) {
            (true, Some(o)) => {
                out.extend_from_slice(format!("{:010}", shift(o)).as_bytes());
                out.extend_from_slice(&entry[10..]);
            }
            _ => out.extend_from_slice(entry),
        }
    }
    let tail = &pdf[xref.end..];
    let startxref = find(tail, b"startxref").map(|i| xref.end + i);
    match startxref {
        Some(s) => {
            out.extend_from_slice(&pdf[xref.end..s]);
            let new_start = shift(xref.start);
            out.extend_from_slice(format!("startxref\n{new_start}\n%%EOF").as_bytes());
        }
        None => out.extend_from_slice(tail),
    }
    out
}

/// Bytes replaced in the file: `removed` bytes at `at` give way to `inserted`.
struct Edit {
    at: usize,
    removed: usize,
    inserted: Vec<u8>,
}

/// Where the cross-reference table is: `xref` keyword, first entry, end.
struct Xref {
    start: usize,
    entries: usize,
    end: usize,
}

/// The classic cross-reference table that `startxref` points to, when it is
/// one section starting at object 0.
fn xref_table(pdf: &[u8]) -> Option<Xref> {
    let s = rfind(pdf, b"startxref")?;
    let number: String = pdf[s + 9..]
        .iter()
        .map(|&b| b as char)
        .skip_while(|c| c.is_ascii_whitespace())
        .take_while(char::is_ascii_digit)
        .collect();
    let start: usize = number.parse().ok()?;
    let header = pdf.get(start..)?;
    let header_line_end = header.strip_prefix(b"xref\n")?;
    let line_end = header_line_end.iter().position(|&b| b == b'\n')?;
    let line = std::str::from_utf8(&header_line_end[..line_end]).ok()?;
    let (first, count) = line.trim().split_once(' ')?;
    if first != "0" {
        return None;
    }
    let count: usize = count.parse().ok()?;
    let entries = start + 5 + line_end + 1;
    let end = entries + 20 * count;
    (end <= pdf.len() && pdf[end..].starts_with(b"trailer")).then_some(Xref {
        start,
        entries,
        end,
    })
}

/// A `/BleedBox` after each page object's `/TrimBox[…]`, `bleed` points
/// outside it.
fn bleed_boxes(pdf: &[u8], bleed: f64) -> Vec<Edit> {
    let mut edits = Vec::new();
    let mut from = 0;
    while let Some(i) = find(&pdf[from..], b"/TrimBox[") {
        let at = from + i;
        from = at + 9;
        let object_start = rfind(&pdf[..at], b" obj\n").unwrap_or(0);
        if find(&pdf[object_start..at], b"/Type/Page/").is_none() {
            continue;
        }
        let Some(close) = pdf[from..].iter().position(|&b| b == b']') else {
            continue;
        };
        let numbers: Vec<f64> = std::str::from_utf8(&pdf[from..from + close])
            .unwrap_or("")
            .split_whitespace()
            .filter_map(|n| n.parse().ok())
            .collect();
        let [x0, y0, x1, y1] = numbers[..] else {
            continue;
        };
        let bleed_box = [x0 - bleed, y0 - bleed, x1 + bleed, y1 + bleed].map(number);
        edits.push(Edit {
            at: from + close + 1,
            removed: 0,
            inserted: format!("/BleedBox[{}]", bleed_box.join(" ")).into_bytes(),
        });
    }
    edits
}

/// A PDF number with at most five decimals and no trailing zeros.
fn number(v: f64) -> String {
    let s = format!("{:.5}", v.max(0.0));
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    memchr::memmem::find(haystack, needle)
}

fn rfind(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    memchr::memmem::rfind(haystack, needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small PDF laid out as krilla writes one.
    fn sample() -> Vec<u8> {
        let objects = [
            "<</Type/Catalog/Pages 2 0 R/MarkInfo<</Marked true/Suspects false>>>>",
            "<</Type/Pages/Kids[3 0 R]/Count 1>>",
            "<</Type/Page/MediaBox[0 0 100 100]/TrimBox[10 10 90 90]/Parent 2 0 R>>",
        ];
        let mut pdf = b"%PDF-1.7\n".to_vec();
        let mut offsets = Vec::new();
        for (i, o) in objects.iter().enumerate() {
            offsets.push(pdf.len());
            pdf.extend_from_slice(format!("{} 0 obj\n{o}\nendobj\n", i + 1).as_bytes());
        }
        let start = pdf.len();
        pdf.extend_from_slice(b"xref\n0 4\n0000000000 65535 f\r\n");
        for o in offsets {
            pdf.extend_from_slice(format!("{o:010} 00000 n\r\n").as_bytes());
        }
        pdf.extend_from_slice(
            format!("trailer\n<</Size 4/Root 1 0 R>>\nstartxref\n{start}\n%%EOF").as_bytes(),
        );
        pdf
    }

    /// Every in-use entry of the table points at its object's header.
    fn assert_offsets_hold(pdf: &[u8]) {
        let xref = xref_table(pdf).expect("a table");
        for (n, entry) in pdf[xref.entries..xref.end].chunks(20).enumerate().skip(1) {
            let o: usize = std::str::from_utf8(&entry[..10]).unwrap().parse().unwrap();
            assert!(
                pdf[o..].starts_with(format!("{n} 0 obj").as_bytes()),
                "object {n}"
            );
        }
    }

    #[test]
    fn suspects_goes_a_bleed_box_comes_and_offsets_follow() {
        let before = sample();
        assert_offsets_hold(&before);
        let after = finish(before, Some(8.5));
        let text = String::from_utf8_lossy(&after);
        assert!(text.contains("/MarkInfo<</Marked true>>"), "{text}");
        assert!(
            text.contains("/TrimBox[10 10 90 90]/BleedBox[1.5 1.5 98.5 98.5]"),
            "{text}"
        );
        assert_offsets_hold(&after);
    }

    #[test]
    fn an_office_pdf_only_loses_suspects_and_an_unknown_shape_is_kept() {
        let after = finish(sample(), None);
        assert!(!String::from_utf8_lossy(&after).contains("BleedBox"));
        assert_offsets_hold(&after);
        let odd = b"%PDF-1.7\nnot what krilla writes".to_vec();
        assert_eq!(finish(odd.clone(), Some(1.0)), odd);
    }
}
