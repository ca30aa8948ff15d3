//! Checks on the laid-out document, measured from Typst's own positions
//! (every run of text and every image where Typst placed it), so that a
//! translation or a campaign image that breaks a layout is caught when the
//! asset is made, in every language, not only by eye:
//!
//! - no text under [`MIN_TEXT_PT`], none outside the page;
//! - no line of a headline holds a single word (a word with its colon is
//!   one), nor the last line of any other paragraph (a name, the funding
//!   statement, a list item), and no line of a headline is a stub (under
//!   [`lines::EVEN_HEADLINE_LINE`] of its longest);
//! - no line ends on a short word that keeps with the next, nor starts on
//!   one that closes the phrase before it (see [`super::short_words`]);
//! - a helpline's facts break only between facts, no dot at a line's end;
//! - no paragraph's lines zig-zag (a line much shorter than the longest);
//! - no two lines of text overlap (their letter bodies, from the baseline up
//!   to the cap height, since tight leading lets ascenders and descenders of
//!   neighbouring lines meet), and the letters of lines of different roles
//!   (sizes) keep [`clear::CLEAR_PT`] apart, the rule the tests hold the PDFs
//!   to (see [`clear`]);
//! - a story keeps text out of the zones a platform covers with its own
//!   interface (the top and bottom [`SOCIAL_FREE_PX`]; square and portrait
//!   posts have no such zones);
//! - no text runs over an image (a logo, the QR code, the emblem, an
//!   illustration), and no partner's or local service's logo is larger than
//!   the EU emblem on its page (the EU's visibility rules);
//! - raster images (a campaign's logo or a partner's) print at
//!   [`MIN_PRINT_DPI`] or more at their printed size: a warning that names the
//!   file in campaign.yaml otherwise.

use typst::layout::{Frame, FrameItem, Point, Transform};

pub mod clear;
mod diagnostics;
mod even;
mod facts;
mod ink;
mod lines;
mod share;

use even::uneven_lines;
use facts::{fact_problems, Facts};
use lines::{
    address_broken_at_hyphen, headline_lines, headline_phrase_starts, lone_last_words, lone_words,
    paragraph_short_ends, short_headline_lines, short_line_ends,
};

use typst::visualize::ImageKind;
use typst_layout::PagedDocument;

/// Smallest type anywhere, in points.
pub(super) const MIN_TEXT_PT: f64 = 6.0;
/// Zones at the top and bottom of a post or story kept free of text, in px.
pub(super) const SOCIAL_FREE_PX: f64 = 250.0;
/// How far from the trim a wallet card keeps its letters, in mm: the usual
/// safety zone, so that a cut a little off clips none (review 14g-b P3).
pub(super) const SAFETY_MM: f64 = 3.0;
/// Resolution an image needs at its printed size.
pub(super) const MIN_PRINT_DPI: f64 = 300.0;
/// Part of the render cache key: a change of these rules renders again.
pub(super) const RULES: &str = "layout-12";

/// Height of a letter body above the baseline, in ems (Noto Sans's cap
/// height is 0.714 em; a little less, so that a tightly led line touching
/// the one above is not taken for an overlap).
const BODY_EM: f64 = 0.68;
/// Overlap smaller than this, in points, is rounding, not a collision.
const TOLERANCE_PT: f64 = 0.75;

/// A run of text where Typst placed it, in points from the page's top left.
#[derive(Debug, Clone)]
pub(super) struct PlacedText {
    /// Page number, from 1.
    pub page: usize,
    /// The run's text.
    pub text: String,
    /// Left and right edges.
    pub x: (f64, f64),
    /// The baseline.
    pub baseline: f64,
    /// Type size as printed (after any scaling).
    pub size: f64,
    /// Top and bottom of its letters' ink (the glyphs' own outlines: an
    /// Arabic hamza rises above any Latin ascender).
    pub ink: (f64, f64),
}

impl PlacedText {
    /// Top and bottom of the letter bodies.
    pub(super) fn body(&self) -> (f64, f64) {
        (self.baseline - BODY_EM * self.size, self.baseline)
    }
}

/// Drops the runs of a mark laid across the page (a draft's banner, the
/// "not for print" band) from `texts`. A run is the mark's when the mark
/// holds its text and so does every run on its line: a word of the page
/// that the mark happens to contain (the Italian "e" of a helpline's name
/// on a Persian card, whose "not confirmed: base_url" holds an "e") stays,
/// or its line would be checked without it.
fn drop_mark(texts: &mut Vec<PlacedText>, mark: &str) {
    let line = |t: &PlacedText| (t.page, (t.baseline * 100.0).round() as i64);
    let in_mark = |t: &PlacedText| mark.contains(t.text.trim());
    let page_lines: std::collections::HashSet<_> =
        texts.iter().filter(|t| !in_mark(t)).map(line).collect();
    texts.retain(|t| !in_mark(t) || page_lines.contains(&line(t)));
}

/// An image (raster or SVG) where Typst placed it.
#[derive(Debug, Clone)]
pub(super) struct PlacedImage {
    /// Page number, from 1.
    pub page: usize,
    /// The encoded file, to tell which campaign file it is.
    pub data: Vec<u8>,
    /// Its width in pixels (`None` for SVG, which has no resolution).
    pub pixels_wide: Option<f64>,
    /// Its printed width in points.
    pub width_pt: f64,
    /// Left, top, right, bottom on the page, in points.
    pub bbox: [f64; 4],
}

impl PlacedImage {
    /// Pixels per inch at its printed size.
    pub(super) fn dpi(&self) -> f64 {
        self.pixels_wide
            .map_or(f64::INFINITY, |px| px / (self.width_pt / 72.0))
    }

    fn width(&self) -> f64 {
        self.bbox[2] - self.bbox[0]
    }

    pub(super) fn height(&self) -> f64 {
        self.bbox[3] - self.bbox[1]
    }
}

/// Every run of text and raster image of `doc`, with page sizes in points.
pub(super) fn measure(doc: &PagedDocument) -> (Vec<PlacedText>, Vec<PlacedImage>, Vec<(f64, f64)>) {
    let mut texts = Vec::new();
    let mut images = Vec::new();
    let mut sizes = Vec::new();
    let mut boxes = ink::GlyphBoxes::default();
    for (n, page) in doc.pages().iter().enumerate() {
        let frame = &page.frame;
        sizes.push((frame.width().to_pt(), frame.height().to_pt()));
        let mut found = Found {
            page: n + 1,
            texts: &mut texts,
            images: &mut images,
            boxes: &mut boxes,
        };
        walk(frame, Transform::identity(), &mut found);
    }
    (texts, images, sizes)
}

/// Where [`walk`] puts what it finds on one page.
struct Found<'a> {
    page: usize,
    texts: &'a mut Vec<PlacedText>,
    images: &'a mut Vec<PlacedImage>,
    boxes: &'a mut ink::GlyphBoxes,
}

fn walk(frame: &Frame, ts: Transform, found: &mut Found) {
    let page = found.page;
    for (pos, item) in frame.items() {
        let at = |p: Point| p.transform(ts);
        // Typst's transforms here are translations and scalings.
        let scale = ts.sy.get().abs();
        match item {
            FrameItem::Group(group) => {
                let inner = ts
                    .pre_concat(Transform::translate(pos.x, pos.y))
                    .pre_concat(group.transform);
                walk(&group.frame, inner, found);
            }
            FrameItem::Text(run) => {
                let start = at(*pos);
                let end = at(*pos + Point::with_x(run.width()));
                let bbox = found.boxes.bbox(run);
                let ink = if bbox.min.y.to_pt().is_finite() && bbox.max.y.to_pt().is_finite() {
                    let (a, b) = (at(*pos + bbox.min).y.to_pt(), at(*pos + bbox.max).y.to_pt());
                    (a.min(b), a.max(b))
                } else {
                    (start.y.to_pt(), start.y.to_pt())
                };
                found.texts.push(PlacedText {
                    page,
                    text: run.text.to_string(),
                    x: (
                        start.x.to_pt().min(end.x.to_pt()),
                        start.x.to_pt().max(end.x.to_pt()),
                    ),
                    baseline: start.y.to_pt(),
                    size: run.size.to_pt() * scale,
                    ink,
                });
            }
            FrameItem::Image(image, size, _) => {
                let (data, pixels_wide) = match image.kind() {
                    ImageKind::Raster(raster) => {
                        (raster.data().to_vec(), Some(f64::from(raster.width())))
                    }
                    ImageKind::Svg(svg) => (svg.data().to_vec(), None),
                    _ => continue,
                };
                let (a, b) = (at(*pos), at(*pos + Point::new(size.x, size.y)));
                found.images.push(PlacedImage {
                    page,
                    data,
                    pixels_wide,
                    width_pt: size.x.to_pt() * ts.sx.get().abs(),
                    bbox: [
                        a.x.to_pt().min(b.x.to_pt()),
                        a.y.to_pt().min(b.y.to_pt()),
                        a.x.to_pt().max(b.x.to_pt()),
                        a.y.to_pt().max(b.y.to_pt()),
                    ],
                });
            }
            _ => {}
        }
    }
}

/// Rules that depend on the asset.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Rules<'a> {
    /// Height kept free of text at the top and at the bottom, in points.
    pub free_zone: f64,
    /// The largest words of the first page are a headline, which may not
    /// leave a word alone on a line, and the other paragraphs are held by
    /// the rules of posters and posts (see [`lines`], [`facts`], [`even`]).
    pub headline: bool,
    /// The largest words of the first page are a title (a booklet's cover),
    /// which may not leave a word alone on a line either.
    pub title: bool,
    /// The short words that may not end a line of the headline (see
    /// [`super::short_words`]).
    pub short_words: &'a [&'a str],
    /// The site's address as printed, which may not break at its hyphens.
    pub address: Option<&'a str>,
    /// The helplines' facts, which break into lines only between them (see
    /// [`facts`]).
    pub facts: &'a [String],
    /// How close, in points, the letters may come to the trim: a cut a
    /// little off must not clip them (the wallet card's [`SAFETY_MM`]).
    pub safety: f64,
}

/// What breaks the layout rules, one sentence each, naming the text.
pub(super) fn text_problems(
    texts: &[PlacedText],
    pages: &[(f64, f64)],
    rules: Rules,
) -> Vec<String> {
    let mut problems = Vec::new();
    let visible: Vec<&PlacedText> = texts.iter().filter(|t| !t.text.trim().is_empty()).collect();
    for t in &visible {
        let (w, h) = pages[t.page - 1];
        let (top, bottom) = t.body();
        let shown = short(&t.text);
        if t.size < MIN_TEXT_PT - 0.01 {
            problems.push(format!(
                "`{shown}` is set at {:.1} pt, under {MIN_TEXT_PT} pt",
                t.size
            ));
        }
        let outside = t.x.0 < -TOLERANCE_PT || t.x.1 > w + TOLERANCE_PT || top < 0.0 || bottom > h;
        let (ink_top, ink_bottom) = t.ink;
        let near_trim = rules.safety > 0.0
            && (t.x.0.min(ink_top) < rules.safety
                || t.x.1 > w - rules.safety
                || ink_bottom > h - rules.safety);
        if outside {
            problems.push(format!("`{shown}` runs off the page"));
        } else if near_trim {
            let mm = |pt: f64| pt * 25.4 / 72.0;
            let closest = t.x.0.min(ink_top).min(w - t.x.1).min(h - ink_bottom);
            problems.push(format!(
                "`{shown}` comes {:.1} mm from the trim, inside the {:.0} mm a cut may take",
                mm(closest),
                mm(rules.safety)
            ));
        } else if rules.free_zone > 0.0 && (top < rules.free_zone || bottom > h - rules.free_zone) {
            problems.push(format!(
                "`{shown}` lies in the top or bottom {} px that the platforms cover (its letters run from {top:.0} to {bottom:.0} px of {h:.0})",
                rules.free_zone
            ));
        }
    }
    // A title (the booklet cover's) is held to a headline's line rules; the
    // rest below applies to the assets whose largest text is a headline.
    let lines = (rules.title || rules.headline).then(|| headline_lines(&visible));
    if let Some(lines) = &lines {
        problems.extend(lone_words(lines));
        problems.extend(short_headline_lines(lines));
    }
    if let (true, Some(lines)) = (rules.headline, &lines) {
        problems.extend(short_line_ends(lines, rules.short_words));
        problems.extend(headline_phrase_starts(lines, rules.short_words));
        let facts = Facts::new(rules.facts);
        let address = rules.address.unwrap_or("");
        problems.extend(lone_last_words(&visible, address, &facts));
        problems.extend(fact_problems(&visible, &facts));
        problems.extend(paragraph_short_ends(&visible, rules.short_words, &facts));
        problems.extend(uneven_lines(&visible, &facts));
    }
    if let Some(address) = rules.address {
        problems.extend(address_broken_at_hyphen(&visible, address));
    }
    let overlapping = overlapping_pairs(&visible);
    for &(i, j) in &overlapping {
        problems.push(format!(
            "`{}` and `{}` overlap",
            short(&visible[i].text),
            short(&visible[j].text)
        ));
    }
    for (i, j, gap) in clear::close_pairs(&visible) {
        if overlapping.binary_search(&(i, j)).is_err() {
            problems.push(format!(
                "`{}` is {gap:.1} pt from `{}`, under {} pt",
                short(&visible[i].text),
                short(&visible[j].text),
                clear::CLEAR_PT
            ));
        }
    }
    problems
}

/// What breaks the print-shop slug's rules: text outside the trim (the
/// file's label, in the slug) that enters the bleed, where the artwork runs
/// on, or leaves the media box, where the sheet ends (a wrapped label's
/// second line did, review 14g-b P1). `frame` is (bleed, bleed + slug) in
/// points; `pages` are the trims.
pub(super) fn slug_problems(
    texts: &[PlacedText],
    pages: &[(f64, f64)],
    (bleed, edge): (f64, f64),
) -> Vec<String> {
    let mut problems = Vec::new();
    for t in texts.iter().filter(|t| !t.text.trim().is_empty()) {
        let (w, h) = pages[t.page - 1];
        let (top, bottom) = t.ink;
        let within = |m: f64| t.x.0 >= -m && t.x.1 <= w + m && top >= -m && bottom <= h + m;
        if within(0.0) {
            continue;
        }
        let shown = short(&t.text);
        if !within(edge + 0.01) {
            problems.push(format!(
                "`{shown}` in the slug runs off the sheet (the media box)"
            ));
        }
        let clear = t.x.1 <= -bleed || t.x.0 >= w + bleed || bottom <= -bleed || top >= h + bleed;
        if !clear {
            problems.push(format!(
                "`{shown}` outside the trim lies in the bleed, where the artwork runs on"
            ));
        }
    }
    problems
}

/// The pairs `(i, j)`, `i < j`, of runs that overlap, in that order. The
/// runs are swept by page and top edge, so that each is compared only with
/// those that start above its bottom (a booklet page holds hundreds of runs).
fn overlapping_pairs(runs: &[&PlacedText]) -> Vec<(usize, usize)> {
    let mut order: Vec<usize> = (0..runs.len()).collect();
    order.sort_by(|&a, &b| {
        let (a, b) = (runs[a], runs[b]);
        a.page.cmp(&b.page).then(a.body().0.total_cmp(&b.body().0))
    });
    let mut pairs = Vec::new();
    for (n, &i) in order.iter().enumerate() {
        let (a, bottom) = (runs[i], runs[i].body().1);
        for &j in &order[n + 1..] {
            let b = runs[j];
            if b.page != a.page || b.body().0 >= bottom - TOLERANCE_PT {
                break;
            }
            if overlap(a, b) {
                pairs.push((i.min(j), i.max(j)));
            }
        }
    }
    pairs.sort_unstable();
    pairs
}

/// What breaks the rules for images: text over an image (a logo, the QR
/// code, the emblem, an illustration), and a partner's logo (`logos`, by
/// file) larger than the EU emblem (`emblem`) on its page, which the EU's
/// visibility rules do not allow.
pub(super) fn image_problems(
    texts: &[PlacedText],
    images: &[PlacedImage],
    logos: &[&[u8]],
    emblem: Option<&[u8]>,
) -> Vec<String> {
    let mut problems = Vec::new();
    for t in texts.iter().filter(|t| !t.text.trim().is_empty()) {
        let (top, bottom) = t.body();
        let covered = images.iter().filter(|i| i.page == t.page).any(|i| {
            let [x0, y0, x1, y1] = i.bbox;
            t.x.0 < x1 - TOLERANCE_PT
                && x0 < t.x.1 - TOLERANCE_PT
                && top < y1 - TOLERANCE_PT
                && y0 < bottom - TOLERANCE_PT
        });
        if covered {
            problems.push(format!("`{}` runs over an image", short(&t.text)));
        }
    }
    let Some(emblem) = emblem else {
        return problems;
    };
    for e in images.iter().filter(|i| i.data == emblem) {
        let on_page = images.iter().filter(|i| i.page == e.page);
        for logo in on_page.filter(|i| logos.contains(&i.data.as_slice())) {
            if logo.width() > e.width() + TOLERANCE_PT || logo.height() > e.height() + TOLERANCE_PT
            {
                problems.push(format!(
                    "a partner logo ({:.0} × {:.0} pt) is larger than the EU emblem ({:.0} × {:.0} pt)",
                    logo.width(),
                    logo.height(),
                    e.width(),
                    e.height()
                ));
            }
        }
    }
    problems
}

/// Whether two runs collide: their letter bodies share an area, or two runs
/// of one line cover each other.
fn overlap(a: &PlacedText, b: &PlacedText) -> bool {
    let across = a.x.0 < b.x.1 - TOLERANCE_PT && b.x.0 < a.x.1 - TOLERANCE_PT;
    let (a_top, a_bottom) = a.body();
    let (b_top, b_bottom) = b.body();
    across && a_top < b_bottom - TOLERANCE_PT && b_top < a_bottom - TOLERANCE_PT
}

/// The first words of `text`, for a message.
fn short(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() > 6 {
        format!("{} …", words[..6].join(" "))
    } else {
        words.join(" ")
    }
}

#[cfg(test)]
mod tests;
