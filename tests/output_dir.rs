//! The output folder: `faro build` replaces the whole folder it is given, so it
//! refuses, before loading anything and without touching the disk, an output
//! that is the campaign, inside it or above it, the project, a file, or a
//! folder of other files (unless `--force`); a previous build is replaced, and
//! what crashed or interrupted builds left beside it is removed. A rebuild
//! writes only the files whose bytes changed (the others are the previous
//! build's files, linked), and a failed one writes nothing.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{
    copy_dir, faro, fixture, read_tree, tempdir, tree_differences, uncached_build_command,
};

/// A pid above Linux's largest (2^22): never a running process.
const DEAD_PID: u32 = 4_000_000_000;

/// A copy of the basic fixture at `<tmp>/c`, inside the repository's target/
/// (so it finds this checkout's templates, themes and locales).
fn campaign() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempdir();
    let campaign = tmp.path().join("c");
    copy_dir(&fixture("basic"), &campaign);
    (tmp, campaign)
}

/// Runs `faro build c <args…>` in `root` and asserts that it is refused with
/// `code` and `message`, and that nothing under `root` changed.
fn assert_refused(root: &Path, args: &[&str], code: &str, message: &str) {
    let before = read_tree(root);
    let mut all = vec!["build", "c"];
    all.extend(args);
    let run = faro(root, &all);
    assert_eq!(
        run.code,
        Some(1),
        "{args:?} was not refused:\n{}",
        run.stderr
    );
    let stderr = run.flat_stderr();
    assert!(stderr.contains(code), "{args:?}: no `{code}` in:\n{stderr}");
    assert!(
        stderr.contains(message),
        "{args:?}: no `{message}` in:\n{stderr}"
    );
    assert!(
        stderr.contains("c: not built; nothing was written or deleted"),
        "{stderr}"
    );
    let diffs = tree_differences(&before, &read_tree(root));
    assert!(diffs.is_empty(), "{args:?} changed:\n{}", diffs.join("\n"));
}

#[test]
fn the_campaign_folder_is_never_the_output() {
    let (tmp, campaign) = campaign();
    let inside = campaign.join("content").to_string_lossy().into_owned();
    let cases = [
        ("c", "the output folder is the campaign folder"),
        ("c/", "the output folder is the campaign folder"),
        ("new/../c", "the output folder is the campaign folder"),
        (
            "c/content",
            "the output folder is inside the campaign folder",
        ),
        (
            inside.as_str(),
            "the output folder is inside the campaign folder",
        ),
        (
            "c/new-site",
            "the output folder is inside the campaign folder",
        ),
        (".", "the output folder contains the campaign folder"),
    ];
    for (out, message) in cases {
        assert_refused(tmp.path(), &["-o", out], "output.campaign", message);
    }
}

#[test]
fn an_ancestor_of_the_campaign_is_never_the_output() {
    let tmp = tempdir();
    let campaign = tmp.path().join("work/campaigns/c");
    copy_dir(&fixture("basic"), &campaign);
    let run = faro(
        &tmp.path().join("work/campaigns"),
        &["build", "c", "-o", "../../work"],
    );
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(run
        .flat_stderr()
        .contains("the output folder contains the campaign folder"));
    assert!(campaign.join("campaign.yaml").is_file());
    assert_eq!(read_tree(&campaign), read_tree(&fixture("basic")));
}

#[test]
fn the_project_and_its_shared_folders_are_never_the_output() {
    let tmp = tempdir();
    let project = tmp.path().join("p");
    for dir in ["templates", "themes", "locales"] {
        std::fs::create_dir_all(project.join(dir)).unwrap();
        std::fs::write(project.join(dir).join("keep.txt"), dir).unwrap();
    }
    copy_dir(&fixture("basic"), &project.join("c"));
    let cases = [
        (
            ".",
            "output.project",
            "the output folder is the project folder",
        ),
        (
            "themes",
            "output.project",
            "the output folder is the project's folder",
        ),
        (
            "locales/site",
            "output.project",
            "is inside the project's folder",
        ),
    ];
    for (out, code, message) in cases {
        assert_refused(&project, &["-o", out, "--force"], code, message);
    }
}

#[test]
fn a_file_is_never_the_output_even_with_force() {
    let (tmp, _) = campaign();
    std::fs::write(tmp.path().join("site.txt"), "precious").unwrap();
    for args in [&["-o", "site.txt"][..], &["-o", "site.txt", "--force"]] {
        assert_refused(
            tmp.path(),
            args,
            "output.not-a-folder",
            "the output path exists and is a file, not a folder",
        );
    }
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink("site.txt", tmp.path().join("link")).unwrap();
        assert_refused(
            tmp.path(),
            &["-o", "link"],
            "output.not-a-folder",
            "is a symbolic link to a file, not a folder",
        );
    }
}

#[test]
fn another_campaign_is_never_the_output_even_with_force() {
    let (tmp, _) = campaign();
    copy_dir(&fixture("basic"), &tmp.path().join("other"));
    assert_refused(
        tmp.path(),
        &["-o", "other", "--force"],
        "output.campaign",
        "the output folder is a campaign folder (it has a campaign.yaml)",
    );
}

#[test]
fn a_foreign_folder_is_replaced_only_with_force() {
    let (tmp, _) = campaign();
    let docs = tmp.path().join("documents");
    std::fs::create_dir_all(docs.join("drafts")).unwrap();
    std::fs::write(docs.join("thesis.txt"), "precious").unwrap();
    std::fs::write(docs.join("drafts/notes.md"), "notes").unwrap();
    assert_refused(
        tmp.path(),
        &["-o", "documents"],
        "output.not-a-build",
        "the output folder is not empty and does not look like a previous Faro build",
    );
    let run = faro(tmp.path(), &["build", "c", "-o", "documents"]);
    assert!(run.flat_stderr().contains("pass --force"), "{}", run.stderr);

    faro(tmp.path(), &["build", "c", "-o", "documents", "--force"]).assert_success();
    assert!(docs.join("index.html").is_file());
    assert!(!docs.join("thesis.txt").exists());
    assert!(!docs.join("drafts").exists());
}

#[test]
fn the_default_output_is_checked_the_same_way() {
    let (tmp, _) = campaign();
    let out = tmp.path().join("public/basic");
    std::fs::create_dir_all(&out).unwrap();
    std::fs::write(out.join("notes.txt"), "mine").unwrap();
    assert_refused(
        tmp.path(),
        &[],
        "output.not-a-build",
        "does not look like a previous Faro build",
    );
}

#[test]
fn a_previous_build_and_an_empty_folder_are_replaced_without_force() {
    let (tmp, _) = campaign();
    let out = tmp.path().join("site");
    std::fs::create_dir(&out).unwrap();
    faro(tmp.path(), &["build", "c", "-o", "site"]).assert_success();
    // A file the previous build did not write goes with it.
    std::fs::write(out.join("en/old-page.html"), "stale").unwrap();
    faro(tmp.path(), &["build", "c", "-o", "site"]).assert_success();
    assert!(out.join("index.html").is_file());
    assert!(!out.join("en/old-page.html").exists());
    assert_eq!(siblings(tmp.path()), ["c", "site"]);
}

/// The inode and link count of every file under `site`, by relative path.
#[cfg(unix)]
fn inodes(site: &Path) -> std::collections::BTreeMap<String, (u64, u64)> {
    use std::os::unix::fs::MetadataExt;
    walkdir::WalkDir::new(site)
        .into_iter()
        .map(|e| e.expect("walk the site"))
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let meta = e.metadata().expect("read a file's metadata");
            let rel = e.path().strip_prefix(site).unwrap();
            (
                rel.to_string_lossy().into_owned(),
                (meta.ino(), meta.nlink()),
            )
        })
        .collect()
}

#[cfg(unix)]
#[test]
fn a_rebuild_writes_only_the_files_that_changed_and_a_failed_one_none() {
    let (tmp, campaign) = campaign();
    let build = || faro(tmp.path(), &["build", "c", "-o", "site"]);
    build().assert_success();
    let site = tmp.path().join("site");
    let (bytes_before, inodes_before) = (read_tree(&site), inodes(&site));

    // One more sentence in the body of one page.
    let page = campaign.join("content/en/about.md");
    let text = std::fs::read_to_string(&page).unwrap();
    std::fs::write(&page, format!("{text}\nOne more sentence.\n")).unwrap();
    build().assert_success();
    let (bytes_after, inodes_after) = (read_tree(&site), inodes(&site));
    let mut rewritten = Vec::new();
    for (path, (inode, links)) in &inodes_after {
        let changed = bytes_before.get(path) != bytes_after.get(path);
        let new_file = inodes_before.get(path).map(|(i, _)| i) != Some(inode);
        // An unchanged file is the previous build's file, not a copy of it.
        assert_eq!(
            new_file, changed,
            "{path}: new file {new_file}, bytes changed {changed}"
        );
        // The previous output's names are gone: no file is shared any more.
        assert_eq!(*links, 1, "{path} has {links} links");
        if new_file {
            rewritten.push(path.as_str());
        }
    }
    assert!(rewritten.contains(&"en/about/index.html"), "{rewritten:?}");
    assert!(
        rewritten.len() * 10 < inodes_after.len(),
        "{} of {} files rewritten: {rewritten:?}",
        rewritten.len(),
        inodes_after.len()
    );

    // A failed build leaves every file as it was: bytes, and the files themselves.
    std::fs::write(&page, "---\ntitle: [unclosed\n---\n").unwrap();
    assert_eq!(build().code, Some(1));
    let diffs = tree_differences(&bytes_after, &read_tree(&site));
    assert!(
        diffs.is_empty(),
        "a failed build changed:\n{}",
        diffs.join("\n")
    );
    assert_eq!(inodes(&site), inodes_after);
    assert_eq!(siblings(tmp.path()), ["c", "site"]);
}

/// A rebuild after one page's title changed writes anew (new inodes) exactly
/// that page, the pages that list it (every file that shows the new title) and
/// the replication kit (it packs the campaign); every other file is the
/// previous build's own, and the result is byte for byte a fresh build's.
#[cfg(unix)]
#[test]
fn a_rebuild_after_a_title_edit_writes_the_page_and_what_lists_it_only() {
    let (tmp, campaign) = campaign();
    let build = |out: &str| faro(tmp.path(), &["build", "c", "-o", out]);
    build("site").assert_success();
    let site = tmp.path().join("site");
    let before = inodes(&site);

    let page = campaign.join("content/en/guide/steps.md");
    let text = std::fs::read_to_string(&page).unwrap();
    let title = "Steps, renamed";
    let edited = text.replacen("title: \"Steps\"", &format!("title: \"{title}\""), 1);
    assert_ne!(edited, text, "the fixture's title line is not as expected");
    std::fs::write(&page, edited).unwrap();
    build("site").assert_success();
    build("fresh").assert_success();

    let rebuilt = read_tree(&site);
    let diffs = tree_differences(&read_tree(&tmp.path().join("fresh")), &rebuilt);
    assert!(
        diffs.is_empty(),
        "the rebuild is not a fresh build:\n{}",
        diffs.join("\n")
    );
    let shows_title = |bytes: &[u8]| bytes.windows(title.len()).any(|w| w == title.as_bytes());
    let mut expected: Vec<&str> = rebuilt
        .iter()
        .filter(|(_, bytes)| bytes.as_deref().is_some_and(shows_title))
        .map(|(path, _)| path.as_str())
        .collect();
    assert!(
        expected.contains(&"en/guide/steps/index.html") && expected.len() >= 3,
        "the new title is on too few pages: {expected:?}"
    );
    expected.push("replication-kit.zip");
    expected.sort();
    let after = inodes(&site);
    let written: Vec<&str> = after
        .iter()
        .filter(|(path, (inode, _))| before.get(*path).map(|(i, _)| i) != Some(inode))
        .map(|(path, _)| path.as_str())
        .collect();
    assert_eq!(written, expected, "files written anew");
    // The other language's pages do not list the English page: kept.
    assert!(after.contains_key("it/index.html") && !written.contains(&"it/index.html"));
    assert_eq!(siblings(tmp.path()), ["c", "fresh", "site"]);
}

#[test]
fn leftovers_of_dead_builds_are_removed_and_live_ones_kept() {
    let (tmp, _) = campaign();
    faro(tmp.path(), &["build", "c", "-o", "site"]).assert_success();
    let stale = [
        format!(".site.faro-staging-{DEAD_PID}"),
        format!(".site.faro-old-{}", DEAD_PID + 1),
    ];
    // This test process is running: its folder may be a build in progress.
    let live = format!(".site.faro-staging-{}", std::process::id());
    for name in stale.iter().chain([&live]) {
        let dir = tmp.path().join(name).join("en");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("index.html"), "partial").unwrap();
    }
    faro(tmp.path(), &["build", "c", "-o", "site"]).assert_success();
    assert_eq!(siblings(tmp.path()), [live.as_str(), "c", "site"]);
}

#[cfg(target_os = "linux")]
#[test]
fn ctrl_c_removes_the_staging_folder_and_keeps_the_previous_output() {
    let (tmp, _) = campaign();
    faro(tmp.path(), &["build", "c", "-o", "site"]).assert_success();
    let before = read_tree(&tmp.path().join("site"));
    let mut interrupted = false;
    // The signal must land while the staging folder exists: retried if the
    // build was quicker than the poll.
    for _ in 0..5 {
        let code = interrupt_when_staging(tmp.path());
        assert_eq!(siblings(tmp.path()), ["c", "site"], "left after Ctrl-C");
        if code == Some(130) {
            interrupted = true;
            let diffs = tree_differences(&before, &read_tree(&tmp.path().join("site")));
            assert!(diffs.is_empty(), "Ctrl-C changed:\n{}", diffs.join("\n"));
            break;
        }
        assert_eq!(code, Some(0), "the build neither finished nor stopped");
    }
    assert!(interrupted, "never caught the build while it wrote");
}

/// Starts `faro build c -o site`, sends SIGINT as soon as its staging folder
/// appears, and returns its exit code.
#[cfg(target_os = "linux")]
fn interrupt_when_staging(root: &Path) -> Option<i32> {
    let mut child = uncached_build_command("c", "site")
        .current_dir(root)
        .arg("--quiet")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start faro");
    let staging = root.join(format!(".site.faro-staging-{}", child.id()));
    let start = Instant::now();
    while !staging.exists() && start.elapsed() < Duration::from_secs(60) {
        if child.try_wait().expect("poll faro").is_some() {
            break;
        }
        std::thread::sleep(Duration::from_millis(1));
    }
    let _ = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status();
    let stopped = Instant::now();
    loop {
        if let Some(status) = child.try_wait().expect("poll faro") {
            return status.code();
        }
        if stopped.elapsed() > Duration::from_secs(60) {
            let _ = child.kill();
            panic!("faro hung after Ctrl-C");
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// Names in `dir`, sorted (hidden ones included).
fn siblings(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}
