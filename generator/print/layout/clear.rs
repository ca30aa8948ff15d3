//! The clearance between lines of different roles: a title and the name
//! under it, a number and its facts. Their letters must stay
//! [`CLEAR_PT`] apart. The build holds every asset to it, measured from
//! Typst's own positions. The tests hold the PDFs to it too, measured from
//! pdftotext's word boxes (tests/common/pdf.rs `assert_layout`). One rule,
//! so that the build catches what the tests would: a wallet card's title
//! 1 mm above a helpline's name passed the build's overlap check, which
//! compares letter bodies only, while the tests failed it (review 15-reve C1).
//!
//! The letters' extents are Noto Sans's ascenders and descenders, in ems,
//! except on a page with Arabic: there Noto Sans Arabic sets the Arabic
//! runs and the digits and Latin words among them, its marks (dots,
//! hamza, kasra) reach past those ems and its digits have no descenders
//! (held to the ems, the print fixture's Arabic wallet card failed with
//! `112` 0.4 pt from the address under it, whose ink is about 3 pt away).
//! On such a page the build takes each run's own ink, the outlines of its
//! glyphs where Typst placed them. The tests, whose pdftotext boxes give
//! the font's ascent and descent, not the ink, measure those pages on a
//! render instead (tests/common/pdf.rs `ink_gap`).

use super::PlacedText;

/// Least gap, in points, between the [`Letters`] of two lines of different
/// roles.
pub const CLEAR_PT: f64 = 1.5;

/// Sizes closer than this ratio are one role's lines (a name and its facts,
/// a call to action and the address under it), which their paragraph's
/// leading spaces.
pub const SAME_ROLE: f64 = 1.2;

/// Top of the tallest letters above the baseline, in ems (Noto Sans's
/// ascenders).
const TOP_EM: f64 = 0.76;

/// Bottom of the descenders under the baseline, in ems (Noto Sans's).
const BOTTOM_EM: f64 = 0.24;

/// Overlap in width smaller than this, in points, is rounding: boxes side by
/// side.
const SIDE_BY_SIDE_PT: f64 = 0.3;

/// A run of text (a word, a line) as the rule sees it.
#[derive(Debug, Clone, Copy)]
pub struct Letters {
    /// Left and right edges, in points.
    pub x: (f64, f64),
    /// The baseline, in points from the top.
    pub baseline: f64,
    /// The type size, in points.
    pub size: f64,
    /// Top and bottom of its glyphs' ink, in points from the top, when the
    /// rule measures that instead of the ems (on a page with [`arabic`]
    /// text).
    pub ink: Option<(f64, f64)>,
}

impl Letters {
    /// Top and bottom of its letters: its ink when known, else from Noto
    /// Sans's ascenders to its descenders.
    pub fn span(&self) -> (f64, f64) {
        self.ink.unwrap_or((
            self.baseline - TOP_EM * self.size,
            self.baseline + BOTTOM_EM * self.size,
        ))
    }
}

/// Whether `text` holds Arabic letters (the rule measures its page's runs
/// by their ink).
pub fn arabic(text: &str) -> bool {
    text.chars().any(|c| ('\u{600}'..='\u{6ff}').contains(&c))
}

/// The vertical gap between the letters of `a` and `b` (negative: they
/// overlap by that much) when the rule holds them apart: their sizes say
/// different roles and they share some width. `None` otherwise.
pub fn role_gap(a: &Letters, b: &Letters) -> Option<f64> {
    let roles = a.size.max(b.size) / a.size.min(b.size) >= SAME_ROLE;
    let across = a.x.0 < b.x.1 - SIDE_BY_SIDE_PT && b.x.0 < a.x.1 - SIDE_BY_SIDE_PT;
    let ((a_top, a_bottom), (b_top, b_bottom)) = (a.span(), b.span());
    (roles && across).then(|| (b_top - a_bottom).max(a_top - b_bottom))
}

/// `t` as the clearance rule sees it: by its ink on a page with Arabic
/// (`by_ink`).
pub(super) fn letters(t: &PlacedText, by_ink: bool) -> Letters {
    Letters {
        x: t.x,
        baseline: t.baseline,
        size: t.size,
        ink: by_ink.then_some(t.ink),
    }
}

/// The pairs `(i, j, gap)`, `i < j`, of runs of different roles whose
/// letters come closer than [`CLEAR_PT`] (see [`role_gap`]),
/// swept by page and top edge as the overlap check's
/// (`overlapping_pairs`); on a page with [`arabic`] text, by the runs' ink.
pub(super) fn close_pairs(runs: &[&PlacedText]) -> Vec<(usize, usize, f64)> {
    let arabic_pages: std::collections::HashSet<usize> = runs
        .iter()
        .filter(|t| arabic(&t.text))
        .map(|t| t.page)
        .collect();
    let all: Vec<Letters> = runs
        .iter()
        .map(|t| letters(t, arabic_pages.contains(&t.page)))
        .collect();
    let spans: Vec<(f64, f64)> = all.iter().map(Letters::span).collect();
    let mut order: Vec<usize> = (0..runs.len()).collect();
    order.sort_by(|&a, &b| {
        (runs[a].page.cmp(&runs[b].page)).then(spans[a].0.total_cmp(&spans[b].0))
    });
    let mut pairs = Vec::new();
    for (n, &i) in order.iter().enumerate() {
        for &j in &order[n + 1..] {
            if runs[j].page != runs[i].page || spans[j].0 >= spans[i].1 + CLEAR_PT {
                break;
            }
            match role_gap(&all[i], &all[j]) {
                Some(gap) if gap < CLEAR_PT => pairs.push((i.min(j), i.max(j), gap)),
                _ => {}
            }
        }
    }
    pairs.sort_by_key(|a| (a.0, a.1));
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(x: (f64, f64), baseline: f64, size: f64) -> Letters {
        Letters {
            x,
            baseline,
            size,
            ink: None,
        }
    }

    #[test]
    fn lines_of_different_roles_keep_their_letters_apart() {
        // A 12 pt title whose descenders end 3 pt above a 9 pt name's ascenders.
        let title = at((0.0, 100.0), 20.0, 12.0);
        let name = at((0.0, 80.0), 20.0 + 0.24 * 12.0 + 3.0 + 0.76 * 9.0, 9.0);
        let gap = role_gap(&title, &name).unwrap();
        assert!((gap - 3.0).abs() < 1e-9, "{gap}");
        assert_eq!(role_gap(&name, &title), Some(gap));
        // Side by side: no gap to keep.
        assert_eq!(role_gap(&title, &at((100.0, 180.0), 30.0, 9.0)), None);
        // One role (sizes within 1.2 of each other): their leading spaces them.
        assert_eq!(role_gap(&title, &at((0.0, 80.0), 30.0, 11.0)), None);
    }
}
