//! What a print shop's and an accessibility checker's tools say about PDFs:
//! pdfinfo (poppler), `qpdf --check`, and the `pdfua` PDF/UA-1 checker, all
//! installed by scripts/setup.sh.

use std::path::{Path, PathBuf};
use std::process::Command;

use super::repo;

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
