//! What a print shop's and an accessibility checker's tools say about PDFs:
//! pdfinfo (poppler), `qpdf --check`, and the `pdfua` PDF/UA-1 checker, all
//! installed by scripts/setup.sh.

use std::path::{Path, PathBuf};
use std::process::Command;

use super::repo;
use faro::print::clear::{arabic, role_gap, Letters, CLEAR_PT};

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
        // pdftotext gives no ink: the ems (pages with Arabic are left out).
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
/// leading spaces). Not on a page with [`arabic`] text: its runs, digits and
/// Latin words in them too, are set in Noto Sans Arabic, whose boxes say
/// little about the size or the baseline either, and nothing of the ink by
/// which the build measures those pages.
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
        for (i, a) in boxes.iter().enumerate() {
            for b in boxes.iter().skip(i + 1).filter(|b| b.line != a.line) {
                let ([ax0, ay0, ax1, ay1], [bx0, by0, bx1, by1]) = (core(a), core(b));
                let overlap = ax0 < bx1 && bx0 < ax1 && ay0 < by1 && by0 < ay1;
                assert!(!overlap, "{at}: `{}` overlaps `{}`", a.text, b.text);
                let gap = if latin && a.block != b.block {
                    role_gap(&letters(a), &letters(b)).unwrap_or(f64::INFINITY)
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
