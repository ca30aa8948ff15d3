//! Helpers shared by the end-to-end tests: running the real `faro` binary,
//! copying fixtures, reading a built site into memory, a small HTML tag reader
//! and an internal-URL resolver written independently of the generator's own.

#![allow(dead_code, unused_imports)]

pub mod broken;
mod html;
mod pdf;
mod png;
pub mod server;
mod site;

pub use html::*;
pub use pdf::*;
pub use png::*;
pub use site::*;

use std::borrow::BorrowMut;
use std::collections::BTreeMap;
use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The repository root.
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A committed fixture campaign under `tests/fixtures/`.
pub fn fixture(name: &str) -> PathBuf {
    repo().join("tests").join("fixtures").join(name)
}

/// A fictional partner logo, `width` × `height` user units: a rounded
/// rectangle in `colour` (`#rrggbb`) with a white disc, from
/// tests/fixtures/partner-logo.svg.in, which the browser tests fill in too.
pub fn partner_logo(width: u32, height: u32, colour: &str) -> String {
    let height_f = f64::from(height);
    include_str!("../fixtures/partner-logo.svg.in")
        .trim_end()
        .replace("{width}", &width.to_string())
        .replace("{height}", &height.to_string())
        .replace("{colour}", colour)
        .replace("{centre}", &(height_f / 2.0).to_string())
        .replace("{radius}", &(height_f / 3.0).to_string())
}

/// A fresh temporary folder under `target/tmp`, so that campaigns copied into it
/// find the repository's templates, themes and locales as an ancestor (like the
/// committed fixtures do). Removed when dropped.
pub fn tempdir() -> tempfile::TempDir {
    tempfile::Builder::new()
        .prefix("faro-e2e-")
        .tempdir_in(env!("CARGO_TARGET_TMPDIR"))
        .expect("create a temporary folder")
}

/// What a run of the binary did.
#[derive(Debug)]
pub struct Run {
    /// Exit code (`None` when killed by a signal).
    pub code: Option<i32>,
    /// Standard output.
    pub stdout: String,
    /// Standard error.
    pub stderr: String,
}

impl Run {
    /// Panics with both streams unless the run exited with status 0.
    pub fn assert_success(&self) {
        assert_eq!(
            self.code,
            Some(0),
            "faro failed\n--- stdout\n{}\n--- stderr\n{}",
            self.stdout,
            self.stderr
        );
    }

    /// Standard error with the report's line wrapping undone: continuation lines
    /// (`  │ …` and indented hint lines) are joined with single spaces.
    pub fn flat_stderr(&self) -> String {
        flatten(&self.stderr)
    }
}

/// Joins the lines of a report into one line of words, dropping the `│` gutter
/// that marks wrapped title lines, so that wrapped messages can be searched.
pub fn flatten(report: &str) -> String {
    report
        .lines()
        .map(|l| l.trim().trim_start_matches('│').trim())
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Runs a prepared `faro` command (owned, as [`uncached_build_command`]
/// returns it, or borrowed from a chain of `arg`s) and collects what it did.
pub fn run(mut command: impl BorrowMut<Command>) -> Run {
    let output = command.borrow_mut().output().expect("run the faro binary");
    Run {
        code: output.status.code(),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// The `faro` binary under test, as a command to complete, with its render
/// cache in [`test_cache`] (a test that needs none, or one of its own, sets
/// `FARO_CACHE_DIR` again).
pub fn faro_command() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_faro"));
    command.env("FARO_CACHE_DIR", test_cache());
    command
}

/// The render cache of the tests' builds: one folder in the tests' own
/// temporary folder (`target/tmp/faro-render-cache`), not the user's
/// (`~/.cache/faro`), which a test build read and filled before. Shared by
/// every test and test binary of the checkout, and kept between runs, so
/// that an asset one build rendered is reused by the next as it was in the
/// user's cache (entries are written whole, under a name of their own, then
/// renamed: builds running at once share it safely).
pub fn test_cache() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("faro-render-cache")
}

/// Runs `faro <args…>` in `cwd`.
pub fn faro(cwd: &Path, args: &[&str]) -> Run {
    run(faro_command().current_dir(cwd).args(args))
}

/// `faro check CAMPAIGN --format json` from `cwd`: the exit code and the parsed report.
pub fn check_json(cwd: &Path, campaign: &str) -> (Option<i32>, serde_json::Value) {
    let run = faro(cwd, &["check", campaign, "--format", "json"]);
    let json = serde_json::from_str(&run.stdout)
        .unwrap_or_else(|e| panic!("check --format json is JSON ({e}):\n{}", run.stdout));
    (run.code, json)
}

/// Every item of a `faro check --format json` report, group after group.
pub fn check_items(json: &serde_json::Value) -> Vec<serde_json::Value> {
    json["groups"]
        .as_array()
        .expect("check JSON has groups")
        .iter()
        .flat_map(|g| g["items"].as_array().expect("a group has items").clone())
        .collect()
}

/// A project folder holding a copy of the pilot as campaigns/veneto.
pub fn pilot_project() -> tempfile::TempDir {
    let dir = tempdir();
    copy_dir(
        &repo().join("campaigns/veneto"),
        &dir.path().join("campaigns/veneto"),
    );
    dir
}

/// A project folder holding a copy of the basic fixture as campaigns/basic.
pub fn basic_project() -> tempfile::TempDir {
    let dir = tempdir();
    copy_dir(&fixture("basic"), &dir.path().join("campaigns/basic"));
    dir
}

/// Replaces the first `from` in the file by `to` (the file must hold `from`).
pub fn replace_first(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert!(text.contains(from), "{} has no {from:?}", path.display());
    std::fs::write(path, text.replacen(from, to, 1)).expect("write the edited file");
}

/// Runs `faro build <campaign> -o <out>` in `cwd`.
pub fn faro_build(cwd: &Path, campaign: &Path, out: &Path) -> Run {
    run(faro_command()
        .current_dir(cwd)
        .arg("build")
        .arg(campaign)
        .arg("-o")
        .arg(out))
}

/// `faro build <campaign> -o <out>` without the render cache, as a command
/// to complete (a working folder, `--draft`, other streams). A test build
/// renders every asset, so that what it measures is what this commit's
/// templates make, never a file the cache kept from an earlier build, and it
/// writes nothing in the user's cache folder.
pub fn uncached_build_command(campaign: impl AsRef<OsStr>, out: impl AsRef<OsStr>) -> Command {
    let mut command = faro_command();
    command
        .arg("build")
        .arg(campaign)
        .arg("-o")
        .arg(out)
        .env("FARO_CACHE_DIR", "off");
    command
}

/// Runs `faro build <campaign> -o <out>` without the render cache (see
/// [`uncached_build_command`]), from the test's working folder.
pub fn uncached_build(campaign: impl AsRef<OsStr>, out: impl AsRef<OsStr>) -> Run {
    run(uncached_build_command(campaign, out))
}

/// Runs `faro build <name> -o site` from the campaign's parent folder,
/// without the render cache (see [`uncached_build_command`]): the run and
/// its output folder, `site` beside the campaign.
pub fn uncached_build_beside(campaign: &Path) -> (Run, PathBuf) {
    let out = campaign.with_file_name("site");
    let name = campaign.file_name().expect("a campaign folder has a name");
    let parent = campaign.parent().expect("a campaign folder has a parent");
    let run = run(uncached_build_command(name, &out).current_dir(parent));
    (run, out)
}

/// Copies a folder recursively (files, folders and symbolic links as links).
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create the copy's folder");
    for entry in std::fs::read_dir(from).expect("list the folder to copy") {
        let entry = entry.expect("read a folder entry");
        let kind = entry.file_type().expect("read an entry's type");
        let target = to.join(entry.file_name());
        if kind.is_dir() {
            copy_dir(&entry.path(), &target);
        } else if kind.is_symlink() {
            #[cfg(unix)]
            std::os::unix::fs::symlink(std::fs::read_link(entry.path()).unwrap(), &target)
                .expect("copy a symbolic link");
        } else {
            std::fs::copy(entry.path(), &target).expect("copy a file");
        }
    }
}

/// Every file and folder under `root`, by `/`-separated relative path. Folders
/// map to `None`, files to their bytes, symbolic links to `Some(target)`.
pub type Tree = BTreeMap<String, Option<Vec<u8>>>;

/// Reads a whole folder into memory (symbolic links are not followed).
pub fn read_tree(root: &Path) -> Tree {
    fn walk(root: &Path, dir: &Path, out: &mut Tree) {
        let mut entries: Vec<_> = std::fs::read_dir(dir)
            .expect("list a folder")
            .map(|e| e.expect("read a folder entry"))
            .collect();
        entries.sort_by_key(|e| e.file_name());
        for e in entries {
            let path = e.path();
            let rel = path
                .strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            let kind = e.file_type().expect("read an entry's type");
            if kind.is_symlink() {
                let target = std::fs::read_link(&path).unwrap();
                out.insert(
                    rel,
                    Some(target.to_string_lossy().into_owned().into_bytes()),
                );
            } else if kind.is_dir() {
                out.insert(rel, None);
                walk(root, &path, out);
            } else {
                out.insert(rel, Some(std::fs::read(&path).expect("read a file")));
            }
        }
    }
    let mut out = Tree::new();
    walk(root, root, &mut out);
    out
}

/// Writes a tree read by [`read_tree`] under `root` (links become files).
pub fn write_tree(root: &Path, tree: &Tree) {
    std::fs::create_dir_all(root).expect("create the folder");
    for (rel, content) in tree {
        let path = root.join(rel);
        match content {
            None => std::fs::create_dir_all(&path).expect("create a folder"),
            Some(bytes) => {
                std::fs::create_dir_all(path.parent().unwrap()).expect("create a folder");
                std::fs::write(&path, bytes).expect("write a file");
            }
        }
    }
}

/// Describes how two trees differ (empty when they are identical).
pub fn tree_differences(before: &Tree, after: &Tree) -> Vec<String> {
    let mut diffs = Vec::new();
    for (path, content) in before {
        match after.get(path) {
            None => diffs.push(format!("removed: {path}")),
            Some(c) if c != content => diffs.push(format!("changed: {path}")),
            Some(_) => {}
        }
    }
    for path in after.keys().filter(|p| !before.contains_key(*p)) {
        diffs.push(format!("added: {path}"));
    }
    diffs
}
