//! Writing only what changed, still atomically. A rebuild stages a complete
//! new site as always ([`super::staging`]), but a file whose bytes are those of
//! the same file in the previous output is hard-linked from there instead of
//! written again: after a one-page edit of a 24,000-page site, the disk sees a
//! few new files and 24,000 new names for old ones, not 24,000 files of data.
//!
//! The previous output is never written to. A file is only ever created anew
//! in the staging folder (never opened for writing where it may already be a
//! link to an old file), so a failed build, whose staging folder is removed,
//! leaves every previous file with its bytes, and after the swap the old names
//! are removed, leaving the new site the only owner of its files. Files are
//! compared byte for byte (a different size needs no reading); only regular
//! files reached without a symbolic link on the way are linked, and where
//! linking fails (a file system without hard links) the file is written.

use std::collections::HashSet;
use std::fs::{File, OpenOptions};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, PoisonError};

use crate::untrusted::confine::{link_on_the_way, SafeRelPath};

/// Puts files into a staging folder, linking those unchanged since the
/// previous output, and counts both kinds.
#[derive(Debug, Default)]
pub(crate) struct Reuse {
    /// The previous output, when there is one (a real folder, not a link).
    previous: Option<PathBuf>,
    written: AtomicUsize,
    linked: AtomicUsize,
    /// Folders of the staging folder made so far (see [`Reuse::in_folder`]).
    /// Hashed with foldhash: asked twice per file written, SipHash showed in
    /// the build profile (no order of this set reaches the output).
    made: Mutex<HashSet<PathBuf, foldhash::fast::FixedState>>,
}

impl Reuse {
    /// Reuses the files of the previous output at `target`, if it is a folder.
    pub(crate) fn from_previous(target: &Path) -> Reuse {
        let is_folder = std::fs::symlink_metadata(target).is_ok_and(|m| m.is_dir());
        Reuse {
            previous: is_folder.then(|| target.to_path_buf()),
            ..Reuse::default()
        }
    }

    /// Puts `bytes` at `staged` (in the staging folder): a link to the file at
    /// `rel` in the previous output when that has the same bytes, else a new
    /// file. Creates the folder when missing.
    pub(crate) fn put(&self, rel: &SafeRelPath, staged: &Path, bytes: &[u8]) -> io::Result<()> {
        if let Some(previous) = &self.previous {
            let old = rel.under(previous);
            // Never through a link on the way (a foreign output replaced with
            // --force may hold some): only the previous output's own files.
            if link_on_the_way(previous, &old).is_none()
                && same_bytes(&old, bytes)
                && self
                    .in_folder(staged, || std::fs::hard_link(&old, staged))
                    .is_ok()
            {
                self.linked.fetch_add(1, Ordering::Relaxed);
                return Ok(());
            }
        }
        self.in_folder(staged, || write_new(staged, bytes))?;
        self.written.fetch_add(1, Ordering::Relaxed);
        Ok(())
    }

    /// Files written with new bytes so far.
    #[cfg(test)]
    pub(crate) fn written(&self) -> usize {
        self.written.load(Ordering::Relaxed)
    }

    /// Files taken unchanged from the previous output so far.
    #[cfg(test)]
    pub(crate) fn unchanged(&self) -> usize {
        self.linked.load(Ordering::Relaxed)
    }

    /// Runs `make` (which creates the file at `path`), making the file's
    /// folder first unless this build made it already, and replacing what an
    /// earlier write of the same path put there. Pages are written in
    /// parallel, each making its own folder (faster than making every folder
    /// first, one after the other); a folder is made before its first file
    /// rather than after a failed attempt to create it, which saves a path
    /// lookup per page.
    fn in_folder(&self, path: &Path, make: impl Fn() -> io::Result<()>) -> io::Result<()> {
        if let Some(parent) = path.parent() {
            let made = || self.made.lock().unwrap_or_else(PoisonError::into_inner);
            if !made().contains(parent) {
                // Two threads may both make it: create_dir_all accepts a
                // folder that appeared meanwhile.
                std::fs::create_dir_all(parent)?;
                made().insert(parent.to_path_buf());
            }
        }
        match make() {
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
                // Removed, never overwritten: it may be a link to a previous file.
                std::fs::remove_file(path)?;
                make()
            }
            other => other,
        }
    }
}

/// Creates a new file at `path` with `bytes`; fails if something is there.
fn write_new(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut file = OpenOptions::new().write(true).create_new(true).open(path)?;
    file.write_all(bytes)
}

/// Whether `path` is a regular file holding exactly `bytes`.
fn same_bytes(path: &Path, bytes: &[u8]) -> bool {
    match std::fs::symlink_metadata(path) {
        Ok(meta) if meta.is_file() && meta.len() == bytes.len() as u64 => {}
        _ => return false,
    }
    let Ok(mut file) = File::open(path) else {
        return false;
    };
    let mut buffer = [0u8; 16 * 1024];
    let mut rest = bytes;
    loop {
        match file.read(&mut buffer) {
            Ok(0) => return rest.is_empty(),
            Ok(n) if n <= rest.len() && buffer[..n] == rest[..n] => rest = &rest[n..],
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            _ => return false,
        }
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::MetadataExt;

    fn safe(rel: &str) -> SafeRelPath {
        SafeRelPath::new(rel).unwrap()
    }

    fn inode(path: &Path) -> u64 {
        std::fs::metadata(path).unwrap().ino()
    }

    #[test]
    fn unchanged_files_are_linked_and_changed_ones_written_anew() {
        let tmp = tempfile::tempdir().unwrap();
        let previous = tmp.path().join("site");
        std::fs::create_dir_all(previous.join("a")).unwrap();
        std::fs::write(previous.join("a/same.html"), "same").unwrap();
        std::fs::write(previous.join("a/edited.html"), "old!").unwrap();
        std::fs::write(previous.join("longer.html"), "old").unwrap();
        let staging = tmp.path().join("staging");
        let reuse = Reuse::from_previous(&previous);
        for (rel, bytes) in [
            ("a/same.html", "same"),
            ("a/edited.html", "new!"),
            ("longer.html", "longer"),
            ("b/new.html", "new"),
        ] {
            reuse
                .put(&safe(rel), &staging.join(rel), bytes.as_bytes())
                .unwrap();
        }
        assert_eq!((reuse.unchanged(), reuse.written()), (1, 3));
        assert_eq!(
            inode(&staging.join("a/same.html")),
            inode(&previous.join("a/same.html"))
        );
        assert_ne!(
            inode(&staging.join("a/edited.html")),
            inode(&previous.join("a/edited.html"))
        );
        assert_eq!(
            std::fs::read_to_string(staging.join("a/edited.html")).unwrap(),
            "new!"
        );
        // The previous output keeps its bytes.
        assert_eq!(
            std::fs::read_to_string(previous.join("a/edited.html")).unwrap(),
            "old!"
        );
    }

    #[test]
    fn a_second_write_of_a_linked_path_never_reaches_the_previous_file() {
        let tmp = tempfile::tempdir().unwrap();
        let previous = tmp.path().join("site");
        std::fs::create_dir_all(&previous).unwrap();
        std::fs::write(previous.join("x.html"), "old").unwrap();
        let staged = tmp.path().join("staging/x.html");
        let reuse = Reuse::from_previous(&previous);
        reuse.put(&safe("x.html"), &staged, b"old").unwrap();
        reuse.put(&safe("x.html"), &staged, b"new").unwrap();
        assert_eq!(std::fs::read_to_string(&staged).unwrap(), "new");
        assert_eq!(
            std::fs::read_to_string(previous.join("x.html")).unwrap(),
            "old"
        );
    }

    #[test]
    fn nothing_is_reused_through_a_symbolic_link() {
        let tmp = tempfile::tempdir().unwrap();
        let previous = tmp.path().join("site");
        let elsewhere = tmp.path().join("elsewhere");
        std::fs::create_dir_all(&previous).unwrap();
        std::fs::create_dir_all(&elsewhere).unwrap();
        std::fs::write(elsewhere.join("x.html"), "same").unwrap();
        std::os::unix::fs::symlink(elsewhere.join("x.html"), previous.join("x.html")).unwrap();
        std::os::unix::fs::symlink(&elsewhere, previous.join("dir")).unwrap();
        let reuse = Reuse::from_previous(&previous);
        for rel in ["x.html", "dir/x.html"] {
            let staged = tmp.path().join("staging").join(rel);
            reuse.put(&safe(rel), &staged, b"same").unwrap();
            assert_ne!(inode(&staged), inode(&elsewhere.join("x.html")), "{rel}");
        }
        assert_eq!(reuse.written(), 2);
    }
}
