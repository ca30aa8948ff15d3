//! What a print shop's and an accessibility checker's tools say about PDFs:
//! pdfinfo (poppler), `qpdf --check`, and the `pdfua` PDF/UA-1 checker, all
//! installed by scripts/setup.sh.

use std::path::{Path, PathBuf};
use std::process::Command;

use super::repo;
use faro::print::clear::{arabic, role_gap, Letters, CLEAR_PT, SAME_ROLE};

/// The one message the PDF/UA checker may print: pdfua 0.1.3 cannot evaluate
/// its empty-heading rule on a heading whose `/K` is an array (its
/// `as_integer` asks pikepdf for `is_integer` on an array, which raises
/// ValueError); it says so and skips the rule for that file.
const PDFUA_KNOWN_SKIP: &str = "[skip ] UA-14-001  not evaluated: rule raised ValueError: \
     pikepdf.Object is not a Dictionary or Stream: cannot get key '/is_integer' on object of type array";

/// Panics unless pdfinfo reads every file without a message on standard
/// error, `qpdf --check` finds no error or warning, and pdfua finds nothing.
pub fn assert_clean_pdfs(pdfs: &[PathBuf]) {
    assert!(!pdfs.is_empty(), "no PDF to check");
    for pdf in pdfs {
        let info = output("pdfinfo", &[pdf.as_os_str()]);
        assert!(
            info.0 && info.2.trim().is_empty(),
            "pdfinfo {}:\n{}",
            pdf.display(),
            info.2
        );
        let qpdf = output("qpdf", &["--check".as_ref(), pdf.as_os_str()]);
        assert!(
            qpdf.0
                && qpdf.1.contains("No syntax or stream encoding errors found")
                && !qpdf.1.to_lowercase().contains("warning")
                && qpdf.2.trim().is_empty(),
            "qpdf --check {}:\n{}{}",
            pdf.display(),
            qpdf.1,
            qpdf.2
        );
    }
    let checker = repo().join(".tools/pdfua/bin/pdfua");
    let mut args: Vec<&std::ffi::OsStr> = vec!["check".as_ref()];
    args.extend(pdfs.iter().map(|p| p.as_os_str()));
    let (ok, stdout, stderr) = output(checker.to_str().unwrap(), &args);
    assert!(ok && stderr.trim().is_empty(), "pdfua:\n{stdout}{stderr}");
    let passes = stdout.matches("result: PASS (no findings)").count();
    assert_eq!(passes, pdfs.len(), "pdfua:\n{stdout}");
    for line in stdout.lines().filter(|l| l.trim_start().starts_with('[')) {
        assert_eq!(line.trim(), PDFUA_KNOWN_SKIP, "pdfua:\n{stdout}");
    }
}

/// Every PDF under `dir`, sorted.
pub fn pdfs_under(dir: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = walk(dir)
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "pdf"))
        .collect();
    out.sort();
    out
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("list a folder") {
        let path = entry.expect("read a folder entry").path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push(path);
        }
    }
    out
}

/// Runs a tool: (success, standard output, standard error).
fn output(tool: &str, args: &[&std::ffi::OsStr]) -> (bool, String, String) {
    let out = Command::new(tool)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{tool} is missing ({e}): run scripts/setup.sh"));
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// A word of a laid-out PDF page, as pdftotext places it (points, from the
/// top left; the box runs from the font's ascender to its descender).
#[derive(Debug, Clone)]
pub struct Word {
    /// The word.
    pub text: String,
    /// Left, top, right, bottom.
    pub bbox: [f64; 4],
    /// Which line of the page it is on.
    pub line: usize,
    /// Which of pdftotext's blocks (a paragraph, a cell) it is in.
    pub block: usize,
}

impl Word {
    /// The type size, from the box: Noto Sans spans 1.362 em (ascender 1.069,
    /// descender 0.293).
    pub fn size(&self) -> f64 {
        (self.bbox[3] - self.bbox[1]) / 1.362
    }
}

/// A page's size and words.
#[derive(Debug)]
pub struct PageWords {
    /// Width and height in points.
    pub size: (f64, f64),
    /// Its words, in reading order.
    pub words: Vec<Word>,
}

/// The words of every page of `pdf`, from `pdftotext -bbox-layout`.
pub fn words(pdf: &Path) -> Vec<PageWords> {
    let (ok, xml, err) = output(
        "pdftotext",
        &["-bbox-layout".as_ref(), pdf.as_os_str(), "-".as_ref()],
    );
    assert!(ok, "pdftotext {}: {err}", pdf.display());
    let attr = |tag: &str, name: &str| -> f64 {
        let key = format!(" {name}=\"");
        let start = tag.find(&key).map(|i| i + key.len()).unwrap_or(0);
        tag[start..]
            .split('"')
            .next()
            .unwrap_or("0")
            .parse()
            .unwrap_or(0.0)
    };
    let mut pages = Vec::new();
    let (mut line, mut block) = (0, 0);
    for piece in xml.split('<').skip(1) {
        let (tag, text) = piece.split_once('>').unwrap_or((piece, ""));
        if tag.starts_with("page ") {
            pages.push(PageWords {
                size: (attr(tag, "width"), attr(tag, "height")),
                words: Vec::new(),
            });
        } else if tag.starts_with("block ") {
            block += 1;
        } else if tag.starts_with("line ") {
            line += 1;
        } else if tag.starts_with("word ") {
            let word = Word {
                text: text
                    .replace("&apos;", "'")
                    .replace("&amp;", "&")
                    .replace("&quot;", "\""),
                bbox: ["xMin", "yMin", "xMax", "yMax"].map(|n| attr(tag, n)),
                line,
                block,
            };
            pages.last_mut().expect("a word on a page").words.push(word);
        }
    }
    pages
}

/// `w` as the build's clearance rule sees it (faro::print::clear): its
/// baseline and size from pdftotext's box, which spans Noto Sans's ascent
/// and descent (1.069 em above the baseline, 0.293 em under it, room for
/// marks few words carry).
pub fn letters(w: &Word) -> Letters {
    let [x0, _, x1, y1] = w.bbox;
    let size = w.size();
    Letters {
        x: (x0, x1),
        baseline: y1 - 0.293 * size,
        size,
        // pdftotext gives no ink: the ems (pages with Arabic are measured
        // on a render instead, [`ink_gap`]).
        ink: None,
    }
}

/// Panics unless, on every page of `pdf`, every word is at least `min_pt`
/// and inside the page, no two words of different lines overlap (boxes
/// shrunk to their middle third in height, so that the ascenders and
/// descenders of neighbouring lines may meet, as they do in tight leading;
/// pdftotext sizes a box by the font's ascent and descent, which in Noto Sans
/// Arabic span about 2.3 em, so the sizes measured for Arabic are generous),
/// and the [`letters`] of two words of different blocks and roles (a title
/// and a name under it) keep the build's own clearance, [`CLEAR_PT`]
/// ([`role_gap`]; lines of one pdftotext block are one paragraph, which its
/// leading spaces). On a page with [`arabic`] text, whose runs (digits and
/// Latin words in them too) are set in Noto Sans Arabic, the boxes say
/// little about the baseline and nothing of the ink by which the build
/// measures those pages: there the gap is measured on the page rendered
/// ([`ink_gap`]), for the pairs [`near_roles`] picks.
pub fn assert_layout(pdf: &Path, min_pt: f64) {
    for (n, page) in words(pdf).iter().enumerate() {
        let at = format!("{} page {}", pdf.display(), n + 1);
        for w in &page.words {
            assert!(
                w.size() >= min_pt - 0.05,
                "{at}: `{}` is {:.1} pt",
                w.text,
                w.size()
            );
            let [x0, y0, x1, y1] = w.bbox;
            let inside =
                x0 >= -0.5 && y0 >= -0.5 && x1 <= page.size.0 + 0.5 && y1 <= page.size.1 + 0.5;
            assert!(inside, "{at}: `{}` leaves the page at {:?}", w.text, w.bbox);
        }
        let core = |w: &Word| {
            let [x0, y0, x1, y1] = w.bbox;
            let q = (y1 - y0) / 3.0;
            [x0 + 0.3, y0 + q, x1 - 0.3, y1 - q]
        };
        // pdftotext gives a lone combining mark (an Arabic vowel sign) a
        // word of no width on a line of its own: not a box that can overlap.
        let boxes: Vec<&Word> = page
            .words
            .iter()
            .filter(|w| w.bbox[2] - w.bbox[0] >= 1.0)
            .collect();
        let latin = !page.words.iter().any(|w| arabic(&w.text));
        let mut render = None;
        for (i, a) in boxes.iter().enumerate() {
            for b in boxes.iter().skip(i + 1).filter(|b| b.line != a.line) {
                let ([ax0, ay0, ax1, ay1], [bx0, by0, bx1, by1]) = (core(a), core(b));
                let overlap = ax0 < bx1 && bx0 < ax1 && ay0 < by1 && by0 < ay1;
                assert!(!overlap, "{at}: `{}` overlaps `{}`", a.text, b.text);
                let gap = if a.block == b.block {
                    f64::INFINITY
                } else if latin {
                    role_gap(&letters(a), &letters(b)).unwrap_or(f64::INFINITY)
                } else if near_roles(a, b) {
                    let grey = render.get_or_insert_with(|| Grey::render(pdf, n + 1));
                    ink_gap(grey, a, b)
                } else {
                    f64::INFINITY
                };
                assert!(
                    gap >= CLEAR_PT,
                    "{at}: `{}` is {gap:.2} pt from `{}`, under {CLEAR_PT} pt",
                    a.text,
                    b.text
                );
            }
        }
    }
}

/// Resolution of the renders [`ink_gap`] reads: a pixel is 0.25 pt.
const INK_DPI: f64 = 288.0;

/// A page rendered in grey by pdftoppm: one byte a pixel, row by row.
struct Grey {
    width: usize,
    height: usize,
    pixels: Vec<u8>,
}

impl Grey {
    /// Page `n` (from 1) of `pdf` at [`INK_DPI`].
    fn render(pdf: &Path, n: usize) -> Grey {
        let page = n.to_string();
        let dpi = INK_DPI.to_string();
        let args = ["-gray", "-r", &dpi, "-f", &page, "-l", &page];
        let out = Command::new("pdftoppm")
            .args(args)
            .arg(pdf)
            .output()
            .unwrap_or_else(|e| panic!("pdftoppm is missing ({e}): run scripts/setup.sh"));
        assert!(out.status.success(), "pdftoppm {}", pdf.display());
        // A binary PGM: `P5`, width, height, 255, then the pixels.
        let mut fields = out.stdout.splitn(5, |b| b.is_ascii_whitespace());
        assert_eq!(
            fields.next(),
            Some(&b"P5"[..]),
            "pdftoppm -gray writes a PGM"
        );
        let mut number = || -> usize {
            let field = fields.next().expect("a PGM header field");
            std::str::from_utf8(field)
                .unwrap()
                .parse()
                .expect("a PGM size")
        };
        let (width, height, _max) = (number(), number(), number());
        let pixels = fields.next().expect("PGM pixels").to_vec();
        assert_eq!(pixels.len(), width * height, "{}", pdf.display());
        Grey {
            width,
            height,
            pixels,
        }
    }
}

/// Whether the clearance rule holds `a` and `b` apart on a page with Arabic:
/// their box heights say different roles, they share some width, and their
/// boxes come within [`CLEAR_PT`] (boxes further apart hold letters further
/// apart still: the ascent and descent reach past every mark). The heights
/// stand for the sizes only between words of one font: a Latin run set in
/// Noto Sans has a box about 0.6 of a Noto Sans Arabic word's of its size,
/// so across the two fonts the roles are a guess (the build's rule, which
/// knows the sizes, stays the reference).
fn near_roles(a: &Word, b: &Word) -> bool {
    let (ha, hb) = (a.bbox[3] - a.bbox[1], b.bbox[3] - b.bbox[1]);
    let roles = ha.max(hb) / ha.min(hb) >= SAME_ROLE;
    let across = a.bbox[0] < b.bbox[2] - 0.3 && b.bbox[0] < a.bbox[2] - 0.3;
    let apart = (b.bbox[1] - a.bbox[3]).max(a.bbox[1] - b.bbox[3]);
    roles && across && apart < CLEAR_PT
}

/// The clear space between the ink of `a` and `b`, in points: the tallest
/// band of rows free of ink across the width they share, between their
/// boxes' middles, on the rendered page. A row is free of ink where its
/// pixels are one shade (a background, a band's colour): a letter's edge
/// shaded less than half is taken as paper, as the outline lies there.
fn ink_gap(grey: &Grey, a: &Word, b: &Word) -> f64 {
    let px = INK_DPI / 72.0;
    let middle = |w: &Word| (w.bbox[1] + w.bbox[3]) / 2.0;
    let (upper, lower) = if middle(a) <= middle(b) {
        (a, b)
    } else {
        (b, a)
    };
    let x0 = ((upper.bbox[0].max(lower.bbox[0]) * px).floor() as usize).min(grey.width - 1);
    let x1 = (upper.bbox[2].min(lower.bbox[2]) * px).ceil() as usize;
    let x1 = x1.clamp(x0 + 1, grey.width);
    let rows = (middle(upper) * px) as usize..((middle(lower) * px) as usize).min(grey.height);
    let (mut run, mut widest) = (0, 0);
    for row in rows {
        let line = &grey.pixels[row * grey.width + x0..row * grey.width + x1];
        let (lo, hi) = line
            .iter()
            .fold((255, 0), |(lo, hi), &p| (p.min(lo), p.max(hi)));
        if hi - lo < 128 {
            run += 1;
            widest = widest.max(run);
        } else {
            run = 0;
        }
    }
    // Plus the one row rasterising may take from the gap (an edge shaded
    // just over half lies mostly on paper).
    f64::from(widest + 1) / px
}

/// The lines of the largest words on the first page that are not numbers:
/// the headline of a poster or flyer.
pub fn headline_lines(pdf: &Path) -> Vec<Vec<String>> {
    let pages = words(pdf);
    let words: Vec<&Word> = pages[0]
        .words
        .iter()
        .filter(|w| !w.text.chars().all(|c| c.is_ascii_digit()))
        .collect();
    let largest = words.iter().map(|w| w.size()).fold(0.0, f64::max);
    let mut lines: Vec<(usize, Vec<String>)> = Vec::new();
    for w in words.iter().filter(|w| w.size() > largest * 0.97) {
        match lines.last_mut() {
            Some((line, texts)) if *line == w.line => texts.push(w.text.clone()),
            _ => lines.push((w.line, vec![w.text.clone()])),
        }
    }
    lines.into_iter().map(|(_, t)| t).collect()
}

/// A `Name: a b …` line of pdfinfo as numbers.
pub fn info_numbers(info: &str, name: &str) -> Vec<f64> {
    let line = info
        .lines()
        .find(|l| l.starts_with(name))
        .unwrap_or_else(|| panic!("no {name} in\n{info}"));
    line[name.len()..]
        .split_whitespace()
        .filter_map(|w| w.parse().ok())
        .collect()
}

/// A box of pdfinfo's `-box` output (`MediaBox:`, `BleedBox:` …) of `pdf`'s
/// first page, as left, top, right, bottom from the page's top left (the
/// words' coordinates).
fn page_box(pdf: &Path, name: &str) -> [f64; 4] {
    let (ok, info, err) = output("pdfinfo", &["-box".as_ref(), pdf.as_os_str()]);
    assert!(ok, "pdfinfo {}: {err}", pdf.display());
    let media_top = info_numbers(&info, "MediaBox:")[3];
    let b = info_numbers(&info, name);
    [b[0], media_top - b[3], b[2], media_top - b[1]]
}

/// Panics unless every word of a print-shop PDF that is not within its
/// BleedBox (the slug's label) lies wholly outside the BleedBox and inside
/// the MediaBox: a label that runs into the artwork or off the sheet.
/// Returns how many such words there are.
pub fn assert_slug_clear(pdf: &Path) -> usize {
    let [mx0, my0, mx1, my1] = page_box(pdf, "MediaBox:");
    let [bx0, by0, bx1, by1] = page_box(pdf, "BleedBox:");
    let mut slug = 0;
    for (n, page) in words(pdf).iter().enumerate() {
        for w in &page.words {
            let [x0, y0, x1, y1] = w.bbox;
            if x0 >= bx0 && x1 <= bx1 && y0 >= by0 && y1 <= by1 {
                continue;
            }
            slug += 1;
            let at = format!(
                "{} page {}: `{}` at {:?}",
                pdf.display(),
                n + 1,
                w.text,
                w.bbox
            );
            let in_bleed = x0 < bx1 && x1 > bx0 && y0 < by1 && y1 > by0;
            assert!(
                !in_bleed,
                "{at} lies in the bleed {:?}",
                [bx0, by0, bx1, by1]
            );
            let in_media = x0 >= mx0 && x1 <= mx1 && y0 >= my0 && y1 <= my1;
            assert!(
                in_media,
                "{at} runs off the sheet {:?}",
                [mx0, my0, mx1, my1]
            );
        }
    }
    slug
}
