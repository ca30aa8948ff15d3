//! Building a broken copy of `tests/fixtures/basic` over the output of a good
//! build, and checking how the failure is reported.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use super::*;

/// The output of a good build of the basic fixture, made once per test binary.
fn good_output() -> &'static Tree {
    static TREE: OnceLock<Tree> = OnceLock::new();
    TREE.get_or_init(|| {
        let site = build_site(&fixture("basic"), "https://example.org/");
        site.files.into_iter().map(|(p, b)| (p, Some(b))).collect()
    })
}

/// A failed build of a broken copy of the basic fixture.
pub struct Broken {
    /// Holds `c/` (the campaign copy) and `out/site/` (the previous output).
    pub tmp: tempfile::TempDir,
    /// `out/` before the failed build.
    pub before: Tree,
    /// What the failed build printed.
    pub run: Run,
}

/// Copies the basic fixture to `c/`, puts a good build's output in `out/site/`,
/// lets `change` break the copy, then runs `faro build c -o out/site` from the
/// temporary folder (so reports show paths such as `c/campaign.yaml`).
pub fn break_basic(change: impl FnOnce(&Path)) -> Broken {
    let tmp = tempdir();
    let campaign = tmp.path().join("c");
    copy_dir(&fixture("basic"), &campaign);
    let site = tmp.path().join("out").join("site");
    write_tree(&site, good_output());
    // Not something faro writes: if a failed build swapped in a new folder, it goes.
    std::fs::write(
        site.join("previous-build.txt"),
        "kept from the last good build\n",
    )
    .unwrap();
    let before = read_tree(&tmp.path().join("out"));
    change(&campaign);
    let run = faro_build(tmp.path(), Path::new("c"), Path::new("out/site"));
    Broken { tmp, before, run }
}

impl Broken {
    /// The build failed cleanly: exit status 1 (not a panic's 101), no panic
    /// message, a closing summary, and `out/` exactly as it was (no change in
    /// the previous site, no staging folder left beside it).
    pub fn assert_rejected(&self) -> &Self {
        let r = &self.run;
        assert!(
            !r.stderr.contains("panicked"),
            "faro panicked:\n{}",
            r.stderr
        );
        assert_eq!(r.code, Some(1), "exit status; stderr:\n{}", r.stderr);
        assert!(
            r.stderr.contains("build failed with"),
            "no failure summary:\n{}",
            r.stderr
        );
        let after = read_tree(&self.tmp.path().join("out"));
        let diffs = tree_differences(&self.before, &after);
        assert!(
            diffs.is_empty(),
            "the failed build touched the previous output:\n{}",
            diffs.join("\n")
        );
        self
    }

    /// Standard error names `file` (relative to the campaign) at `line:col`,
    /// followed by a message containing `message`.
    pub fn assert_error_at(&self, file: &str, line: usize, col: usize, message: &str) -> &Self {
        let label = format!("c/{file}:{line}:{col}: ");
        self.assert_title(&label, message)
    }

    /// Standard error names `file` without a position, followed by `message`.
    pub fn assert_error_in(&self, file: &str, message: &str) -> &Self {
        let label = format!("c/{file}: ");
        self.assert_title(&label, message)
    }

    fn assert_title(&self, label: &str, message: &str) -> &Self {
        let flat = self.run.flat_stderr();
        let found = flat.match_indices(label).any(|(i, _)| {
            flat[i + label.len()..]
                .split(" × ")
                .next()
                .unwrap_or("")
                .contains(message)
        });
        assert!(
            found,
            "expected `{label}` with a message containing `{message}` in:\n{}",
            self.run.stderr
        );
        self
    }

    /// Standard error has a hint containing `hint`.
    pub fn assert_hint(&self, hint: &str) -> &Self {
        let flat = self.run.flat_stderr();
        assert!(
            flat.split("help: ").skip(1).any(|h| h.contains(hint)),
            "expected a hint containing `{hint}` in:\n{}",
            self.run.stderr
        );
        self
    }

    /// Standard error quotes source line `line` as `text` in a snippet.
    pub fn assert_snippet(&self, line: usize, text: &str) -> &Self {
        let prefix = format!("{line} │");
        let wanted = format!("{prefix} {text}");
        let quoted = |l: &str| {
            let rest = l.trim_start().strip_prefix(&prefix)?;
            Some(rest.trim() == text.trim())
        };
        assert!(
            self.run.stderr.lines().any(|l| quoted(l) == Some(true)),
            "expected the snippet line `{wanted}` in:\n{}",
            self.run.stderr
        );
        self
    }

    /// The summary counts exactly `n` errors.
    pub fn assert_error_count(&self, n: usize) -> &Self {
        let s = if n == 1 { "" } else { "s" };
        let wanted = format!("build failed with {n} error{s};");
        assert!(
            self.run.stderr.contains(&wanted),
            "expected `{wanted}` in:\n{}",
            self.run.stderr
        );
        self
    }

    /// The campaign copy.
    pub fn campaign(&self) -> PathBuf {
        self.tmp.path().join("c")
    }
}

/// Replaces the only occurrence of `from` in a file by `to`; panics if `from`
/// is not there exactly once (so a fixture edit cannot silently void a test).
pub fn edit(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert_eq!(
        text.matches(from).count(),
        1,
        "`{from}` in {}",
        path.display()
    );
    std::fs::write(path, text.replacen(from, to, 1)).unwrap();
}

/// Appends text to a file.
pub fn append(path: &Path, extra: &str) {
    let mut text = std::fs::read_to_string(path).unwrap();
    text.push_str(extra);
    std::fs::write(path, text).unwrap();
}

/// 1-based line and character column of the first occurrence of `needle` in a
/// file of the original fixture, or of `text` when given.
pub fn position_in(text: &str, needle: &str) -> (usize, usize) {
    let at = text
        .find(needle)
        .unwrap_or_else(|| panic!("`{needle}` not found"));
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let col = before[before.rfind('\n').map_or(0, |i| i + 1)..]
        .chars()
        .count()
        + 1;
    (line, col)
}

/// [`position_in`] on a file of the broken campaign copy.
pub fn position_of(broken_campaign: &Path, file: &str, needle: &str) -> (usize, usize) {
    position_in(
        &std::fs::read_to_string(broken_campaign.join(file)).unwrap(),
        needle,
    )
}
