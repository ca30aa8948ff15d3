//! End to end: commands that write into a campaign (`faro translate import`,
//! `faro stamp`) or copy one (`faro fork`) go through the one rule of
//! generator/confine.rs. A hostile XLIFF file or a symbolic link in the
//! campaign makes them fail with exit status 1 and a message naming the file,
//! with nothing written inside the campaign or outside it.

mod common;

use std::os::unix::fs::symlink;
use std::path::{Path, PathBuf};

use common::{copy_dir, faro, fixture, read_tree, tempdir, tree_differences, Run};

/// A copy of the basic fixture as `c/`, a folder `outside/` beside it, and
/// an XLIFF file `de.xlf` translating every segment into German (`DE …`).
struct Setup {
    tmp: tempfile::TempDir,
}

impl Setup {
    fn new() -> Setup {
        let tmp = tempdir();
        copy_dir(&fixture("basic"), &tmp.path().join("c"));
        std::fs::create_dir(tmp.path().join("outside")).unwrap();
        let s = Setup { tmp };
        let xliff = s.path("plain.xlf");
        let run = faro(
            s.dir(),
            &["translate", "export", "c", "--to", "de", "-o"]
                .iter()
                .copied()
                .chain([xliff.to_str().unwrap()])
                .collect::<Vec<_>>(),
        );
        run.assert_success();
        let exported = std::fs::read_to_string(&xliff).unwrap();
        std::fs::write(s.path("de.xlf"), translated(&exported)).unwrap();
        s
    }

    fn dir(&self) -> &Path {
        self.tmp.path()
    }

    fn path(&self, rel: &str) -> PathBuf {
        self.tmp.path().join(rel)
    }

    /// Imports `file` (after an edit of de.xlf when `edit` is given).
    fn import(&self, edit: Option<(&str, &str)>) -> Run {
        let mut text = std::fs::read_to_string(self.path("de.xlf")).unwrap();
        if let Some((from, to)) = edit {
            assert!(text.contains(from), "{from} not in the export");
            text = text.replacen(from, to, 1);
        }
        std::fs::write(self.path("hostile.xlf"), text).unwrap();
        faro(self.dir(), &["translate", "import", "c", "hostile.xlf"])
    }

    fn outside_is_empty(&self) {
        let left: Vec<_> = std::fs::read_dir(self.path("outside")).unwrap().collect();
        assert!(left.is_empty(), "written outside the campaign: {left:?}");
    }
}

/// Every source followed by a target: `DE ` + the source (single tokens such
/// as a page's web address as they are), inline elements kept.
fn translated(xliff: &str) -> String {
    let mut out = String::new();
    let mut rest = xliff;
    while let Some(open) = rest.find("<source>") {
        let close = rest[open..].find("</source>").unwrap() + open;
        let inner = &rest[open + "<source>".len()..close];
        let mark = if inner.contains(' ') { "DE " } else { "" };
        out.push_str(&rest[..close + "</source>".len()]);
        out.push_str(&format!("<target>{mark}{inner}</target>"));
        rest = &rest[close + "</source>".len()..];
    }
    out.push_str(rest);
    out.replace("state=\"initial\"", "state=\"translated\"")
}

/// Exit 1 with `message` in a diagnostic for `file`, and the campaign unchanged.
fn assert_refused(run: &Run, file: &str, message: &str) {
    assert_eq!(run.code, Some(1), "{}\n{}", run.stdout, run.stderr);
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    let flat = common::flatten(&run.stderr);
    assert!(
        flat.contains(file) && flat.contains(message),
        "expected `{file}` and `{message}` in:\n{}",
        run.stderr
    );
}

#[test]
fn the_untouched_translation_imports_so_the_hostile_cases_below_fail_for_their_cause() {
    let s = Setup::new();
    let run = s.import(None);
    run.assert_success();
    assert!(s.path("c/content/de/about.md").is_file());
    assert!(s.path("c/locales/de/campaign.ftl").is_file());
}

#[test]
fn an_xliff_file_cannot_name_a_path_outside_the_campaign() {
    let s = Setup::new();
    let before = read_tree(&s.path("c"));
    let original = "original=\"content/en/about.md\"";
    for (from, to, file, message) in [
        (
            original,
            "original=\"content/en/../../outside/about.md\"",
            "hostile.xlf:3:",
            "is not a page or strings file of this campaign",
        ),
        (
            original,
            "original=\"/etc/passwd\"",
            "hostile.xlf:3:",
            "is not a page or strings file",
        ),
        (
            "trgLang=\"de\"",
            "trgLang=\"../outside\"",
            "hostile.xlf:2:",
            "is not a language code",
        ),
        (
            "trgLang=\"de\"",
            "trgLang=\"c:x\"",
            "hostile.xlf:2:",
            "is not a language code",
        ),
        (
            "<unit id=\"title\">",
            "<unit id=\"../../title\">",
            "hostile.xlf:",
            "segment `../../title` is not in",
        ),
    ] {
        let run = s.import(Some((from, to)));
        assert_refused(&run, file, message);
        assert_eq!(
            tree_differences(&before, &read_tree(&s.path("c"))),
            Vec::<String>::new()
        );
        s.outside_is_empty();
    }
}

#[test]
fn a_language_folder_linked_out_of_the_campaign_is_neither_read_nor_written() {
    let s = Setup::new();
    symlink(s.path("outside"), s.path("c/content/de")).unwrap();
    let run = s.import(None);
    assert_refused(&run, "c/content/de", "leads out of the campaign folder");
    s.outside_is_empty();
    assert!(!s.path("c/locales/de").exists(), "nothing is written");
    let out = s.path("x.xlf");
    let export = faro(
        s.dir(),
        &[
            "translate",
            "export",
            "c",
            "--to",
            "de",
            "-o",
            out.to_str().unwrap(),
        ],
    );
    assert_refused(&export, "c/content/de", "leads out of the campaign folder");
}

#[test]
fn kept_originals_linked_out_of_the_campaign_are_refused() {
    let s = Setup::new();
    // The fixture keeps originals of its own: the folder becomes the link.
    std::fs::remove_dir_all(s.path("c/translations")).unwrap();
    symlink(s.path("outside"), s.path("c/translations")).unwrap();
    let run = s.import(None);
    assert_refused(&run, "c/translations", "leads out of the campaign folder");
    s.outside_is_empty();
    assert!(!s.path("c/content/de").exists(), "nothing is written");
}

#[test]
fn a_link_inside_the_campaign_is_never_written_through() {
    // content/de/about.md → the English original: importing would replace it.
    let s = Setup::new();
    std::fs::create_dir(s.path("c/content/de")).unwrap();
    symlink("../en/about.md", s.path("c/content/de/about.md")).unwrap();
    let before = read_tree(&s.path("c"));
    let run = s.import(None);
    assert_refused(&run, "c/content/de/about.md", "never writes through a link");
    assert_eq!(
        tree_differences(&before, &read_tree(&s.path("c"))),
        Vec::<String>::new()
    );
    assert!(!s.path("c/locales/de").exists(), "nothing is written");
}

#[test]
fn stamp_does_not_write_through_a_link() {
    let s = Setup::new();
    let page = s.path("c/content/it/about.md");
    let real = s.path("c/it-about.txt");
    std::fs::rename(&page, &real).unwrap();
    symlink("../../it-about.txt", &page).unwrap();
    let before = std::fs::read(&real).unwrap();
    let run = faro(s.dir(), &["stamp", "c/content/it/about.md"]);
    assert_refused(&run, "c/content/it/about.md", "never writes through a link");
    assert_eq!(std::fs::read(&real).unwrap(), before);
}

#[test]
fn fork_refuses_a_link_out_of_the_campaign_instead_of_copying_its_target() {
    let s = Setup::new();
    symlink("/etc/hostname", s.path("c/assets/host.txt")).unwrap();
    let run = faro(
        s.dir(),
        &[
            "fork",
            "c",
            "f",
            "--region",
            "X",
            "--locales",
            "en",
            "--country",
            "IT",
        ],
    );
    assert_refused(
        &run,
        "c/assets/host.txt",
        "leads out of the campaign folder",
    );
    assert!(!s.path("f").exists());
}
