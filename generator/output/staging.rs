//! Writing the site: everything goes into a fresh staging folder next to the
//! destination, which replaces the previous output only when the whole build
//! succeeded. A failed build leaves the previous output exactly as it was.
//!
//! Beside a target `site`, a build uses `.site.faro-staging-<pid>` (the new
//! site, then the previous one once they are exchanged) and, where the two
//! cannot be exchanged in one step, `.site.faro-old-<pid>` (the previous one,
//! while it swaps them). A build that crashed or was killed leaves them
//! behind; the next build into the same target removes them
//! ([`remove_stale`]), and `faro build` removes its own on Ctrl-C
//! ([`abandon_staging`]).

use std::io;
use std::path::{Path, PathBuf};
use std::sync::{PoisonError, RwLock, RwLockReadGuard, RwLockWriteGuard};

use super::remove::remove_tree;
use super::reuse::Reuse;
use crate::untrusted::confine::SafeRelPath;

/// A file of the built site.
#[derive(Debug, Clone)]
pub struct OutputFile {
    /// Path relative to the site root, with `/` separators.
    pub path: String,
    /// Contents.
    pub bytes: Vec<u8>,
}

impl OutputFile {
    /// A file at `path` with `bytes`.
    pub fn new(path: impl Into<String>, bytes: impl Into<Vec<u8>>) -> Self {
        OutputFile {
            path: path.into(),
            bytes: bytes.into(),
        }
    }
}

/// The staging folders of this process not yet committed or dropped. Writes
/// hold it shared, so that [`abandon_staging`], which takes it for good,
/// waits for the writes in flight and lets no other start.
static LIVE: RwLock<Vec<PathBuf>> = RwLock::new(Vec::new());

fn live() -> RwLockReadGuard<'static, Vec<PathBuf>> {
    LIVE.read().unwrap_or_else(PoisonError::into_inner)
}

fn live_mut() -> RwLockWriteGuard<'static, Vec<PathBuf>> {
    LIVE.write().unwrap_or_else(PoisonError::into_inner)
}

/// Name part of the folder that holds the new site.
const STAGING: &str = "faro-staging";
/// Name part of the folder that holds the previous site during the swap.
const OLD: &str = "faro-old";

/// A staging folder that becomes the output on [`Staging::commit`], and is
/// removed if dropped before that.
pub(crate) struct Staging {
    dir: PathBuf,
    target: PathBuf,
    /// Links the files unchanged since the previous output instead of writing them.
    reuse: Reuse,
    committed: bool,
}

impl Staging {
    /// Creates an empty staging folder beside `target`.
    pub(crate) fn new(target: &Path) -> io::Result<Staging> {
        let (parent, _) = parent_and_name(target);
        std::fs::create_dir_all(&parent)?;
        let dir = sibling(target, STAGING, std::process::id());
        if exists(&dir)? {
            remove_tree(&dir)?;
        }
        live_mut().push(dir.clone());
        let staging = Staging {
            dir,
            target: target.to_path_buf(),
            reuse: Reuse::from_previous(target),
            committed: false,
        };
        std::fs::create_dir_all(&staging.dir)?;
        Ok(staging)
    }

    /// Puts one file into the staging folder: a link to the same file of the
    /// previous output when its bytes are unchanged, else a new file
    /// ([`Reuse`]), creating its folder when missing. The path goes through
    /// the one rule of [`crate::untrusted::confine`]: nothing is ever written
    /// outside the staging folder.
    pub(crate) fn write(&self, file: &OutputFile) -> io::Result<()> {
        let rel = SafeRelPath::new(&file.path).map_err(|why| {
            let message = format!("`{}` is not a path inside the site: {why}", file.path);
            io::Error::new(io::ErrorKind::InvalidInput, message)
        })?;
        let staged = rel.under(&self.dir);
        let _gate = live();
        self.reuse.put(&rel, &staged, &file.bytes)
    }

    /// The staging folder (for checks that read what was written).
    #[cfg(test)]
    pub(crate) fn dir(&self) -> &Path {
        &self.dir
    }

    /// Replaces the target with the staging folder. On an error the previous
    /// output is where it was and the staging folder is removed.
    pub(crate) fn commit(mut self) -> io::Result<()> {
        let old = sibling(&self.target, OLD, std::process::id());
        let previous = {
            // An interrupt waits for the swap: never half done by this process.
            let _gate = live();
            swap(&self.dir, &self.target, &old)?
        };
        self.committed = true;
        unregister(&self.dir);
        // The new site is in place, so this is no failure of the build: a
        // previous output that cannot be removed now is removed by the next
        // build (by then this process has ended).
        if let Some(previous) = previous {
            let _ = remove_tree(&previous);
        }
        Ok(())
    }
}

/// Puts `dir` in the place of `target` and returns where the previous
/// output now is, if there was one: the caller deletes it, only once the new
/// one is in place. Where the system can, the two are exchanged in one step
/// ([`exchange`]), so that a reader of `target` (a web server) finds the old
/// site or the new one, and never no site; elsewhere the previous `target`
/// is moved aside to `old` first, and back if the new one cannot take its
/// place.
fn swap(dir: &Path, target: &Path, old: &Path) -> io::Result<Option<PathBuf>> {
    if exists(old)? {
        remove_tree(old)?;
    }
    let previous = exists(target)?;
    if previous && exchange(dir, target)? {
        return Ok(Some(dir.to_path_buf()));
    }
    if previous {
        std::fs::rename(target, old)?;
    }
    let Err(e) = std::fs::rename(dir, target) else {
        return Ok(previous.then(|| old.to_path_buf()));
    };
    if previous {
        if let Err(back) = std::fs::rename(old, target) {
            // Left there, it is put back by the next build (remove_stale).
            let message = format!(
                "{e}; the previous output could not be put back ({back}) and is in {}",
                old.display()
            );
            return Err(io::Error::new(e.kind(), message));
        }
    }
    Err(e)
}

/// Exchanges what is at `a` and at `b` in one step (Linux's `renameat2` with
/// `RENAME_EXCHANGE`); false, with nothing changed, where the kernel or the
/// file system cannot, and then [`swap`] renames twice.
#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> io::Result<bool> {
    use rustix::fs::{renameat_with, RenameFlags, CWD};
    use rustix::io::Errno;
    match renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE) {
        Ok(()) => Ok(true),
        Err(Errno::INVAL | Errno::NOSYS | Errno::OPNOTSUPP) => Ok(false),
        Err(e) => Err(e.into()),
    }
}

/// Other systems: never in one step (see the Linux version).
#[cfg(not(target_os = "linux"))]
fn exchange(_: &Path, _: &Path) -> io::Result<bool> {
    Ok(false)
}

/// True when something (even a dangling link) is at `path`.
fn exists(path: &Path) -> io::Result<bool> {
    match std::fs::symlink_metadata(path) {
        Ok(_) => Ok(true),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(false),
        Err(e) => Err(e),
    }
}

/// The folder `target` is in and its name.
fn parent_and_name(target: &Path) -> (PathBuf, String) {
    let parent = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "site".into());
    (parent, name)
}

/// `.<name>.<kind>-<pid>` beside `target`.
fn sibling(target: &Path, kind: &str, pid: u32) -> PathBuf {
    let (parent, name) = parent_and_name(target);
    parent.join(format!(".{name}.{kind}-{pid}"))
}

fn unregister(dir: &Path) {
    live_mut().retain(|d| d != dir);
}

/// Removes every staging folder of this process and lets no write reach them
/// again, for a process about to end on Ctrl-C: the lock is never released.
pub fn abandon_staging() {
    let live = live_mut();
    for dir in live.iter() {
        // One by one: the parallel removal would wait for the rayon threads,
        // which may be blocked on this lock in `write`.
        let _ = std::fs::remove_dir_all(dir);
    }
    std::mem::forget(live);
}

/// Removes what builds of `target` that are no longer running (crashed,
/// killed) left beside it, and puts back a previous output that such a build
/// had moved aside without replacing it. Best effort: a folder that cannot be
/// removed stays, and is tried again by the next build.
pub(crate) fn remove_stale(target: &Path) {
    let (parent, name) = parent_and_name(target);
    let Ok(entries) = std::fs::read_dir(&parent) else {
        return;
    };
    let mut stale: Vec<(PathBuf, &str)> = entries
        .filter_map(Result::ok)
        .filter_map(|e| {
            let (kind, pid) = leftover(e.file_name().to_str()?, &name)?;
            (pid != std::process::id() && !running(pid)).then(|| (e.path(), kind))
        })
        .collect();
    // The previous output first, while the target is still missing.
    stale.sort_by_key(|(_, kind)| *kind != OLD);
    for (path, kind) in stale {
        if kind == OLD && !exists(target).unwrap_or(true) {
            let _ = std::fs::rename(&path, target);
        } else {
            let _ = remove_tree(&path);
        }
    }
}

/// The kind and pid of a leftover `.<name>.<kind>-<pid>`.
fn leftover(file_name: &str, name: &str) -> Option<(&'static str, u32)> {
    let rest = file_name
        .strip_prefix('.')?
        .strip_prefix(name)?
        .strip_prefix('.')?;
    [STAGING, OLD].into_iter().find_map(|kind| {
        let pid = rest.strip_prefix(kind)?.strip_prefix('-')?;
        if pid.is_empty() || !pid.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        Some((kind, pid.parse().ok()?))
    })
}

/// Whether process `pid` is running. Only Linux can tell without more
/// dependencies (/proc); elsewhere every process counts as running, so
/// nothing is removed that a live build may still use.
fn running(pid: u32) -> bool {
    let proc = Path::new("/proc");
    if !cfg!(target_os = "linux") || !proc.join("self").exists() {
        return true;
    }
    proc.join(pid.to_string()).exists()
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.committed {
            let _ = remove_tree(&self.dir);
            unregister(&self.dir);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dropped_staging_leaves_the_target_alone() {
        let tmp = tempfile::tempdir().unwrap();
        let target = tmp.path().join("site");
        std::fs::create_dir_all(&target).unwrap();
        std::fs::write(target.join("a.txt"), "old").unwrap();
        {
            let s = Staging::new(&target).unwrap();
            s.write(&OutputFile::new("a.txt", "new")).unwrap();
        }
        assert_eq!(
            std::fs::read_to_string(target.join("a.txt")).unwrap(),
            "old"
        );
        assert_eq!(std::fs::read_dir(tmp.path()).unwrap().count(), 1);
    }

    #[test]
    fn commit_replaces_the_target() {
        let tmp = tempfile::tempdir().unwrap();
        let target = tmp.path().join("site");
        std::fs::create_dir_all(&target).unwrap();
        std::fs::write(target.join("stale.txt"), "old").unwrap();
        let s = Staging::new(&target).unwrap();
        s.write(&OutputFile::new("x/index.html", "new")).unwrap();
        s.commit().unwrap();
        assert!(!target.join("stale.txt").exists());
        assert_eq!(
            std::fs::read_to_string(target.join("x/index.html")).unwrap(),
            "new"
        );
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn the_new_site_and_the_previous_one_are_exchanged_in_one_step() {
        let tmp = tempfile::tempdir().unwrap();
        let target = tmp.path().join("site");
        std::fs::create_dir_all(&target).unwrap();
        std::fs::write(target.join("a.txt"), "old").unwrap();
        let new = tmp.path().join("new");
        std::fs::create_dir_all(&new).unwrap();
        std::fs::write(new.join("a.txt"), "new").unwrap();
        let aside = tmp.path().join("aside");
        // No moment without a `site`: the previous one is where the new one was.
        let previous = swap(&new, &target, &aside).unwrap();
        assert_eq!(previous.as_deref(), Some(new.as_path()));
        assert_eq!(
            std::fs::read_to_string(target.join("a.txt")).unwrap(),
            "new"
        );
        assert_eq!(std::fs::read_to_string(new.join("a.txt")).unwrap(), "old");
        assert_eq!(names(tmp.path()), ["new", "site"]);
    }

    /// A pid above Linux's largest (2^22), so never a running process.
    const DEAD: u32 = 4_000_000_000;

    fn names(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn output_paths_are_confined_where_they_are_written() {
        // The last guard: whatever a bug might compute, the writer refuses it.
        let tmp = tempfile::tempdir().unwrap();
        let staging = Staging::new(&tmp.path().join("site")).unwrap();
        for path in [
            "../escaped.html",
            "/tmp/x.html",
            "a/../../b.html",
            "C:/x.html",
        ] {
            let file = OutputFile::new(path, "x");
            assert!(staging.write(&file).is_err(), "{path}");
        }
        assert!(!tmp.path().join("escaped.html").exists());
        drop(staging);
        assert!(tmp.path().read_dir().unwrap().next().is_none());
    }

    #[test]
    fn a_failed_swap_puts_the_previous_output_back() {
        let tmp = tempfile::tempdir().unwrap();
        let target = tmp.path().join("site");
        std::fs::create_dir_all(&target).unwrap();
        std::fs::write(target.join("a.txt"), "old").unwrap();
        let s = Staging::new(&target).unwrap();
        s.write(&OutputFile::new("a.txt", "new")).unwrap();
        // The rename of the new site fails: its folder is gone.
        std::fs::remove_dir_all(s.dir()).unwrap();
        assert!(s.commit().is_err());
        assert_eq!(
            std::fs::read_to_string(target.join("a.txt")).unwrap(),
            "old"
        );
        assert_eq!(names(tmp.path()), ["site"]);
    }

    #[test]
    fn a_file_in_the_way_is_replaced_only_by_a_complete_commit() {
        let tmp = tempfile::tempdir().unwrap();
        let target = tmp.path().join("site.txt");
        std::fs::write(&target, "precious").unwrap();
        let s = Staging::new(&target).unwrap();
        std::fs::remove_dir_all(s.dir()).unwrap();
        assert!(s.commit().is_err());
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "precious");
        let s = Staging::new(&target).unwrap();
        s.write(&OutputFile::new("index.html", "new")).unwrap();
        s.commit().unwrap();
        assert!(target.join("index.html").is_file());
        assert_eq!(names(tmp.path()), ["site.txt"]);
    }

    #[test]
    fn leftovers_of_dead_builds_of_the_same_target_are_removed() {
        let tmp = tempfile::tempdir().unwrap();
        let target = tmp.path().join("site");
        std::fs::create_dir_all(&target).unwrap();
        let own = format!(".site.faro-staging-{}", std::process::id());
        let kept = [
            ".site.faro-staging-1",
            ".other.faro-staging-4000000000",
            &own,
        ];
        let stale = [
            format!(".site.faro-staging-{DEAD}"),
            format!(".site.faro-old-{DEAD}"),
        ];
        for name in kept.iter().copied().chain(stale.iter().map(String::as_str)) {
            std::fs::create_dir_all(tmp.path().join(name).join("en")).unwrap();
        }
        remove_stale(&target);
        let mut expected: Vec<&str> = kept.to_vec();
        expected.push("site");
        expected.sort();
        assert_eq!(names(tmp.path()), expected);
    }

    #[test]
    fn a_previous_output_left_aside_by_a_dead_build_is_put_back() {
        let tmp = tempfile::tempdir().unwrap();
        let target = tmp.path().join("site");
        let aside = tmp.path().join(format!(".site.faro-old-{DEAD}"));
        std::fs::create_dir_all(&aside).unwrap();
        std::fs::write(aside.join("index.html"), "previous").unwrap();
        remove_stale(&target);
        assert_eq!(
            std::fs::read_to_string(target.join("index.html")).unwrap(),
            "previous"
        );
        assert_eq!(names(tmp.path()), ["site"]);
    }

    #[test]
    fn leftover_names_carry_kind_and_pid() {
        assert_eq!(leftover(".a.b.faro-staging-12", "a.b"), Some((STAGING, 12)));
        assert_eq!(leftover(".a.faro-old-7", "a"), Some((OLD, 7)));
        for other in [
            ".a.faro-staging-",
            ".a.faro-staging-+1",
            ".ab.faro-old-1",
            "a.faro-old-1",
        ] {
            assert_eq!(leftover(other, "a"), None, "{other}");
        }
    }
}
