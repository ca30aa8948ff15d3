//! Every way of building works on the real campaign (issue 19): the pilot
//! (`campaigns/veneto`) built plainly, with `--draft`, with `discreet: true`,
//! through `faro serve`'s background build, and a fresh fork of it, each
//! writes every web page and every print and social asset in every locale,
//! with tagged PDF/UA-1 office PDFs, and every PDF passes pdfinfo, qpdf and
//! the PDF/UA checker without a message. And a failure in Faro's own print
//! template is reported as Faro's bug, at the Markdown being laid out.
//!
//! Each mode is built once for this file; all share one render cache, and the
//! modes whose assets equal the plain build's (discreet, serve) build after
//! it, so they take their assets from that cache.

mod common;

use std::collections::BTreeSet;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{mpsc, OnceLock};
use std::time::{Duration, Instant};

use common::*;

fn pilot() -> PathBuf {
    repo().join("campaigns").join("veneto")
}

/// The render cache that every build of this file shares.
fn cache() -> &'static Path {
    static CACHE: OnceLock<tempfile::TempDir> = OnceLock::new();
    CACHE.get_or_init(tempdir).path()
}

/// A list value (`key: [a, b]`) of the pilot's campaign.yaml.
fn yaml_list(key: &str) -> Vec<String> {
    let yaml = std::fs::read_to_string(pilot().join("campaign.yaml")).unwrap();
    let value = yaml
        .lines()
        .find_map(|l| l.trim().strip_prefix(key)?.strip_prefix(':'))
        .unwrap_or_else(|| panic!("no `{key}` in campaign.yaml"));
    let value = value.trim().trim_start_matches('[').trim_end_matches(']');
    value.split(',').map(|v| v.trim().to_string()).collect()
}

/// Every file the print step must write, and no other: per locale and asset,
/// the office and print-shop PDFs with a thumbnail, or the image with one (no
/// `-preview.png`: nothing showed it, see generator/print/mod.rs).
fn expected_assets() -> BTreeSet<String> {
    let mut files = BTreeSet::new();
    for locale in yaml_list("locales") {
        for asset in yaml_list("assets") {
            let image = asset == "og" || asset.starts_with("social-");
            let endings: &[&str] = if image {
                &[".png", "-thumb.png"]
            } else {
                &[".pdf", "-print.pdf", "-thumb.png"]
            };
            for ending in endings {
                files.insert(format!("print/{locale}/{asset}{ending}"));
            }
        }
    }
    files
}

/// A finished build: its output folder (kept while the test binary runs).
struct Built {
    _tmp: tempfile::TempDir,
    out: PathBuf,
    run: Run,
}

impl Built {
    fn files(&self) -> BTreeSet<String> {
        read_tree(&self.out)
            .into_iter()
            .filter_map(|(p, c)| c.map(|_| p))
            .collect()
    }
}

/// `faro build <campaign> -o <tmp>/site <extra>` with the shared cache.
fn build(tmp: tempfile::TempDir, campaign: &Path, extra: &[&str]) -> Built {
    let out = tmp.path().join("site");
    let run = run(faro_command()
        .current_dir(tmp.path())
        .arg("build")
        .arg(campaign)
        .arg("-o")
        .arg(&out)
        .args(extra)
        .env("FARO_CACHE_DIR", cache()));
    Built {
        _tmp: tmp,
        out,
        run,
    }
}

fn plain() -> &'static Built {
    static BUILT: OnceLock<Built> = OnceLock::new();
    BUILT.get_or_init(|| build(tempdir(), &pilot(), &[]))
}

fn draft() -> &'static Built {
    static BUILT: OnceLock<Built> = OnceLock::new();
    BUILT.get_or_init(|| build(tempdir(), &pilot(), &["--draft"]))
}

fn discreet() -> &'static Built {
    static BUILT: OnceLock<Built> = OnceLock::new();
    BUILT.get_or_init(|| {
        plain();
        let tmp = tempdir();
        let campaign = tmp.path().join("veneto");
        copy_dir(&pilot(), &campaign);
        let yaml = campaign.join("campaign.yaml");
        let text = std::fs::read_to_string(&yaml).unwrap();
        assert!(!text.contains("discreet:"), "the pilot is not discreet");
        std::fs::write(&yaml, format!("{text}\ndiscreet: true\n")).unwrap();
        build(tmp, &campaign, &[])
    })
}

/// `faro fork` of the pilot as a region would, then a draft build of it (a
/// fork has open to-dos until the region fills them in).
fn fork() -> &'static Built {
    static BUILT: OnceLock<Built> = OnceLock::new();
    BUILT.get_or_init(|| {
        let tmp = tempdir();
        let campaign = tmp.path().join("campaigns").join("lombardia");
        let forked = faro(
            tmp.path(),
            &[
                "fork",
                pilot().to_str().unwrap(),
                campaign.to_str().unwrap(),
                "--region",
                "Lombardia",
            ],
        );
        forked.assert_success();
        build(tmp, &campaign, &["--draft"])
    })
}

/// Checks that a build succeeded and wrote the plain build's web pages and
/// every print asset, with tagged PDF/UA-1 office PDFs.
fn assert_complete(mode: &str, built: &Built) {
    built.run.assert_success();
    let files = built.files();
    let pages = |files: &BTreeSet<String>| -> BTreeSet<String> {
        files
            .iter()
            .filter(|f| f.ends_with(".html"))
            .cloned()
            .collect()
    };
    let plain_pages = pages(&plain().files());
    assert!(plain_pages.len() > 60, "{} pages", plain_pages.len());
    assert_eq!(pages(&files), plain_pages, "{mode}: web pages");
    let print: BTreeSet<String> = files
        .iter()
        .filter(|f| f.starts_with("print/"))
        .cloned()
        .collect();
    assert_eq!(print, expected_assets(), "{mode}: print and social assets");
    for office in print
        .iter()
        .filter(|f| f.ends_with(".pdf") && !f.ends_with("-print.pdf"))
    {
        assert_tagged_pdf_ua(&built.out.join(office));
    }
    assert_clean_pdfs(&pdfs_under(&built.out.join("print")));
}

/// pdfinfo reads the file without a complaint about its structure, finds it
/// tagged, and the metadata claims PDF/UA-1.
fn assert_tagged_pdf_ua(pdf: &Path) {
    let out = Command::new("pdfinfo")
        .arg(pdf)
        .output()
        .expect("pdfinfo is missing: run scripts/setup.sh");
    let info = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{}: {info}", pdf.display());
    assert!(
        info.lines()
            .any(|l| l.starts_with("Tagged:") && l.ends_with("yes")),
        "{}: {info}",
        pdf.display()
    );
    let bytes = std::fs::read(pdf).unwrap();
    let claims_ua = bytes.windows(15).any(|w| w == b"<pdfuaid:part>1");
    assert!(claims_ua, "{} does not claim PDF/UA-1", pdf.display());
}

#[test]
fn the_plain_build_writes_every_page_and_asset() {
    assert_complete("plain", plain());
}

/// The text of `pdf`'s pages `first` to `last`, or of every page, from pdftotext.
fn pdf_pages(pdf: &Path, range: Option<(usize, usize)>) -> String {
    let mut command = Command::new("pdftotext");
    if let Some((first, last)) = range {
        command.args(["-f", &first.to_string(), "-l", &last.to_string()]);
    }
    let out = command
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext is missing: run scripts/setup.sh");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The Fluent string `key` the pilot uses in `locale`: its campaign.ftl's,
/// else Faro's interface string (locales/<locale>/ui.ftl).
fn pilot_string(locale: &str, key: &str) -> String {
    let prefix = format!("{key} = ");
    let files = [
        pilot().join(format!("locales/{locale}/campaign.ftl")),
        repo().join(format!("locales/{locale}/ui.ftl")),
    ];
    files
        .iter()
        .find_map(|file| {
            let ftl = std::fs::read_to_string(file).unwrap();
            let line = ftl.lines().find_map(|l| l.strip_prefix(&prefix))?;
            Some(line.to_string())
        })
        .unwrap_or_else(|| panic!("no {key} in {locale}"))
}

#[test]
fn the_booklet_has_a_multiple_of_four_pages_ending_on_its_back_cover_in_every_locale() {
    for locale in yaml_list("locales") {
        for file in ["guidelines.pdf", "guidelines-print.pdf"] {
            let pdf = plain().out.join(format!("print/{locale}/{file}"));
            // A saddle-stitched booklet is folded sheets of four pages.
            let pages = pdf_pages(&pdf, None).matches('\u{c}').count();
            assert!(
                pages >= 4 && pages % 4 == 0,
                "{locale} {file}: {pages} pages"
            );
            // The last page is the back cover: the helplines, the site's
            // address and the EU's disclaimer, and nothing of a chapter.
            let back = pdf_pages(&pdf, Some((pages, pages)));
            let words = back.split_whitespace().collect::<Vec<_>>().join(" ");
            for needed in ["1522", "112", "destalk.regione.veneto.it"] {
                assert!(
                    words.contains(needed),
                    "{locale} {file}: no {needed} in {words}"
                );
            }
            // pdftotext reads Arabic back in presentation forms, not as written.
            if locale != "ar" {
                let disclaimer = pilot_string(&locale, "funding-disclaimer");
                let start: String = disclaimer
                    .split_whitespace()
                    .take(6)
                    .collect::<Vec<_>>()
                    .join(" ");
                assert!(
                    words.contains(&start),
                    "{locale} {file}: no disclaimer in {words}"
                );
            }
            // The pages before it hold the chapters; its own text is short.
            assert!(words.chars().count() < 1200, "{locale} {file}: {words}");
            // None is blank: the pages that make up the count are a table of
            // local contacts and ruled pages for notes, each under its title
            // (review 14h: pages 14 and 15 were blank in six locales). A
            // page number alone does not count.
            for page in 1..pages {
                let text = pdf_pages(&pdf, Some((page, page)));
                assert!(
                    text.split_whitespace()
                        .any(|w| !w.chars().all(|c| c.is_ascii_digit())),
                    "{locale} {file}: page {page} of {pages} is blank"
                );
            }
        }
    }
}

/// Every footnote definition (`[^label]: text`) of the pilot's guidelines in `locale`.
fn guideline_notes(locale: &str) -> Vec<(String, String)> {
    let dir = pilot().join(format!("content/{locale}/guidelines"));
    let mut notes = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let md = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        for line in md.lines() {
            let Some(rest) = line.strip_prefix("[^") else {
                continue;
            };
            if let Some((label, text)) = rest.split_once("]: ") {
                notes.push((label.to_string(), text.trim().to_string()));
            }
        }
    }
    notes
}

#[test]
fn the_booklet_sets_footnotes_as_notes_not_as_raw_references() {
    let mut seen = 0;
    for locale in yaml_list("locales") {
        let pdf = plain().out.join(format!("print/{locale}/guidelines.pdf"));
        let text = pdf_pages(&pdf, None);
        let words = text.split_whitespace().collect::<Vec<_>>().join(" ");
        // Review 15d C1: "…around 700 directly[destalk2021]." in every edition.
        assert!(!words.contains("[^"), "{locale}: a raw footnote in {words}");
        for (label, note) in guideline_notes(&locale) {
            seen += 1;
            assert!(
                !words.contains(&format!("[{label}]")),
                "{locale}: [{label}] printed as text"
            );
            // pdftotext reads Arabic back in presentation forms, not as written.
            if locale == "ar" {
                continue;
            }
            // The note is kept, numbered: pdftotext reads the superscript
            // number right before its text.
            let start: String = note
                .split_whitespace()
                .take(3)
                .collect::<Vec<_>>()
                .join(" ");
            let numbered = words
                .match_indices(&start)
                .any(|(i, _)| words[..i].ends_with(|c: char| c.is_ascii_digit()));
            assert!(numbered, "{locale}: no numbered note '{start}' in {words}");
        }
    }
    assert!(seen > 0, "the pilot's guidelines have no footnote to check");
}

/// Each page's text lines as (top, bottom, text), from pdftotext -bbox-layout.
fn pdf_lines(pdf: &Path) -> Vec<Vec<(f64, f64, String)>> {
    let out = Command::new("pdftotext")
        .arg("-bbox-layout")
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext is missing: run scripts/setup.sh");
    let xml = String::from_utf8_lossy(&out.stdout).into_owned();
    let attr = |tag: &str, name: &str| -> f64 {
        let from = tag.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
        tag[from..].split('"').next().unwrap().parse().unwrap()
    };
    let pages = xml.split("<page ").skip(1);
    pages
        .map(|page| {
            let lines = page.split("<line ").skip(1);
            lines
                .map(|line| {
                    let head = line.split('>').next().unwrap();
                    let words = line.split("</word>").filter_map(|w| w.rsplit('>').next());
                    let text = words.collect::<Vec<_>>().join(" ");
                    (
                        attr(head, "yMin"),
                        attr(head, "yMax"),
                        text.trim().to_string(),
                    )
                })
                .collect()
        })
        .collect()
}

/// Where a booklet page's type area starts, in points from the top: the
/// not-for-print band sits above it (its lines end at 31.5 pt; the first
/// heading starts at 60).
const BAND_FLOOR: f64 = 15.0 * 72.0 / 25.4;

#[test]
fn no_booklet_page_ends_on_a_heading_with_less_than_two_lines_after_it() {
    for locale in yaml_list("locales") {
        let pdf = plain().out.join(format!("print/{locale}/guidelines.pdf"));
        let pages = pdf_lines(&pdf);
        // Not the covers.
        for (n, lines) in pages.iter().enumerate().take(pages.len() - 1).skip(1) {
            // Not the page numbers, nor the red not-for-print band across
            // the top (the pilot lists base_url as unconfirmed), above the
            // type area: with its second line in the campaign's language, its
            // lines were the page's median and the Notes page's title a
            // heading with nothing after it.
            let lines: Vec<_> = lines
                .iter()
                .filter(|(_, _, t)| !t.chars().all(|c| c.is_ascii_digit()))
                .filter(|(top, _, _)| *top > BAND_FLOOR)
                .collect();
            let mut heights: Vec<f64> = lines.iter().map(|(a, b, _)| b - a).collect();
            heights.sort_by(f64::total_cmp);
            let Some(&body) = heights.get(heights.len() / 2) else {
                continue;
            };
            // A heading's line is taller than the page's usual (body) line.
            let heading = |(a, b, _): &&&(f64, f64, String)| b - a > body * 1.25;
            let Some(last) = lines.iter().rposition(|l| heading(&l)) else {
                continue;
            };
            let after = lines[last + 1..].iter().filter(|l| !heading(l)).count();
            // Review 15d C6: de p12 ended on a heading and one bullet.
            assert!(
                after >= 2,
                "{locale} page {}: '{}' has {after} line(s) after it",
                n + 1,
                lines[last].2
            );
        }
    }
}

#[test]
fn a_draft_build_writes_every_page_and_asset_marked_as_a_draft() {
    assert_complete("draft", draft());
    let guidelines = draft().out.join("print/it/guidelines.pdf");
    let text = Command::new("pdftotext")
        .arg(&guidelines)
        .arg("-")
        .output()
        .expect("pdftotext is missing: run scripts/setup.sh");
    let text = String::from_utf8_lossy(&text.stdout);
    let pages = text.matches('\u{c}').count();
    assert!(pages > 3, "{pages} pages");
    // The band is on every page, lists and tables that a page break cuts
    // included (issue 19).
    let bozza = text.matches("Bozza").count();
    assert!(bozza >= pages, "{bozza} draft marks on {pages} pages");
}

#[test]
fn a_discreet_build_writes_every_page_and_asset() {
    assert_complete("discreet", discreet());
}

#[test]
fn a_fresh_fork_builds_every_page_and_asset_in_draft() {
    assert_complete("fork", fork());
    let poster = std::fs::read(fork().out.join("print/it/poster-a4.pdf")).unwrap();
    assert_ne!(
        poster,
        std::fs::read(plain().out.join("print/it/poster-a4.pdf")).unwrap(),
        "the fork's poster is its own"
    );
}

/// `faro serve` on a copy of the pilot: once its background build reports
/// success, the folder it built holds every asset.
#[test]
fn serve_s_background_build_writes_every_page_and_asset() {
    plain();
    let tmp = tempdir();
    let campaign = tmp.path().join("veneto");
    copy_dir(&pilot(), &campaign);
    let scratch = tmp.path().join("t");
    std::fs::create_dir_all(&scratch).unwrap();
    let mut child = faro_command()
        .current_dir(tmp.path())
        .args(["serve", "veneto", "--port", "0"])
        .env("TMPDIR", &scratch)
        .env("FARO_CACHE_DIR", cache())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start faro serve");
    let (tx, rx) = mpsc::channel();
    for stream in [
        Box::new(child.stdout.take().unwrap()) as Box<dyn Read + Send>,
        Box::new(child.stderr.take().unwrap()),
    ] {
        let tx = tx.clone();
        std::thread::spawn(move || {
            for line in BufReader::new(stream).lines() {
                let Ok(line) = line else { break };
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
    }
    // The background build's own patience: a cold debug build of every
    // asset on a slow machine, well beyond what it needs.
    let deadline = Instant::now() + Duration::from_secs(900);
    let mut log = String::new();
    let finished = loop {
        let left = deadline.saturating_duration_since(Instant::now());
        let Ok(line) = rx.recv_timeout(left) else {
            break false;
        };
        log.push_str(&line);
        log.push('\n');
        if line.contains("print assets and replication kit rebuilt in") {
            break true;
        }
        if line.contains("failed") {
            break false;
        }
    };
    let full = find_full_build(&scratch);
    let _ = child.kill();
    let _ = child.wait();
    assert!(finished, "no background build finished:\n{log}");
    let built = Built {
        _tmp: tmp,
        out: full.expect("the background build's folder"),
        run: Run {
            code: Some(0),
            stdout: log,
            stderr: String::new(),
        },
    };
    assert_complete("serve", &built);
}

/// The folder of serve's last background build (`…/background/0/full-N`).
fn find_full_build(scratch: &Path) -> Option<PathBuf> {
    read_tree(scratch)
        .into_iter()
        .filter(|(p, c)| c.is_none() && p.contains("/background/"))
        .map(|(p, _)| p)
        .filter(|p| {
            p.rsplit('/')
                .next()
                .is_some_and(|last| last.starts_with("full-"))
        })
        .max()
        .map(|p| scratch.join(p))
}

/// With the draft band put back into the tag structure (the fault of issue
/// 19) in a copy of Faro's own templates, the draft build fails, and says that
/// it is Faro's bug, on which asset and locale, and at the Markdown line of
/// the list that could not be written; nothing is written.
#[test]
fn a_fault_in_faro_s_own_template_is_reported_as_faro_s_bug_at_the_markdown() {
    let tmp = tempdir();
    let project = tmp.path().join("project");
    for dir in ["templates", "themes", "locales"] {
        copy_dir(&repo().join(dir), &project.join(dir));
    }
    let faro_typ = project.join("templates/print/faro.typ");
    let text = std::fs::read_to_string(&faro_typ).unwrap();
    let artifact = "foreground: pdf.artifact({ if data.crop_marks [#place(top + left, crop-marks()) <faro-marks>]; draft-mark(); unconfirmed-mark(floor: mark-floor) }),";
    assert!(
        text.contains(artifact),
        "faro.typ changed: update this test"
    );
    let broken = "foreground: { if data.crop_marks [#place(top + left, crop-marks()) <faro-marks>]; draft-mark(); unconfirmed-mark(floor: mark-floor) },";
    std::fs::write(&faro_typ, text.replace(artifact, broken)).unwrap();
    let campaign = project.join("campaigns").join("veneto");
    copy_dir(&pilot(), &campaign);
    let yaml = campaign.join("campaign.yaml");
    let text = std::fs::read_to_string(&yaml).unwrap();
    let only_booklets = text
        .lines()
        .map(|l| match l.trim_start().starts_with("assets: [") {
            true => "  assets: [guidelines]",
            false => l,
        })
        .collect::<Vec<_>>()
        .join("\n");
    std::fs::write(&yaml, only_booklets).unwrap();
    let out = tmp.path().join("out");
    let run = run(uncached_build_command("campaigns/veneto", &out)
        .current_dir(&project)
        .arg("--draft"));
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(!out.exists(), "a failed build wrote {}", out.display());
    let report = run.flat_stderr();
    assert!(report.contains("Faro's own print template"), "{report}");
    assert!(report.contains("this is a bug in Faro"), "{report}");
    // Named by asset, locale and variant: the locales whose booklets hold a
    // list outside a heading's unbreakable block (which the fault spares).
    assert!(
        ["it", "en", "de", "fr", "es", "pt", "uk"]
            .iter()
            .any(|l| report.contains(&format!("guidelines ({l}, office)"))),
        "{report}"
    );
    // Located at a Markdown page of the guidelines, on a list or table.
    let located = report.split("content/").skip(1).any(|rest| {
        rest.contains("guidelines/")
            && rest
                .split_whitespace()
                .next()
                .is_some_and(|w| w.contains(".md:"))
    });
    assert!(located, "{report}");
    assert!(
        report.contains("on the list that starts here")
            || report.contains("on the table that starts here")
            || report.contains("numbered list that starts here"),
        "{report}"
    );
    assert!(
        !report.contains("× templates/print/booklet.typ"),
        "{report}"
    );
}
