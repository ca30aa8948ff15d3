//! Writing the site: everything goes into a fresh staging folder next to the
//! destination, which replaces the previous output only when the whole build
//! succeeded. A failed build leaves the previous output exactly as it was.

use std::io;
use std::path::{Path, PathBuf};

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

/// A staging folder that becomes the output on [`Staging::commit`], and is
/// removed if dropped before that.
pub struct Staging {
    dir: PathBuf,
    target: PathBuf,
    committed: bool,
}

impl Staging {
    /// Creates an empty staging folder beside `target`.
    pub fn new(target: &Path) -> io::Result<Staging> {
        let parent = match target.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        std::fs::create_dir_all(&parent)?;
        let name = target
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "site".into());
        let dir = parent.join(format!(".{name}.faro-staging-{}", std::process::id()));
        if dir.exists() {
            std::fs::remove_dir_all(&dir)?;
        }
        std::fs::create_dir_all(&dir)?;
        Ok(Staging {
            dir,
            target: target.to_path_buf(),
            committed: false,
        })
    }

    /// Writes one file into the staging folder, creating its folder when
    /// missing (pages are written in parallel, each creating its own folder:
    /// faster than creating every folder first, one after the other).
    pub fn write(&self, file: &OutputFile) -> io::Result<()> {
        let path = self.dir.join(&file.path);
        match std::fs::write(&path, &file.bytes) {
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                if let Some(parent) = path.parent() {
                    std::fs::create_dir_all(parent)?;
                }
                std::fs::write(path, &file.bytes)
            }
            other => other,
        }
    }

    /// The staging folder (for checks that read what was written).
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Replaces the target with the staging folder.
    pub fn commit(mut self) -> io::Result<()> {
        let old = self.dir.with_extension("old");
        if self.target.exists() {
            if old.exists() {
                std::fs::remove_dir_all(&old)?;
            }
            std::fs::rename(&self.target, &old)?;
        }
        if let Err(e) = std::fs::rename(&self.dir, &self.target) {
            // Put the previous output back before reporting the failure.
            if old.exists() {
                let _ = std::fs::rename(&old, &self.target);
            }
            return Err(e);
        }
        self.committed = true;
        if old.exists() {
            remove_tree(&old)?;
        }
        Ok(())
    }
}

/// Removes a folder tree, deleting its files in parallel (large sites have tens
/// of thousands of files, and unlinking them one by one dominates a rebuild).
fn remove_tree(dir: &Path) -> io::Result<()> {
    use rayon::prelude::*;
    let files: Vec<PathBuf> = walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| !e.file_type().is_dir())
        .map(walkdir::DirEntry::into_path)
        .collect();
    files.par_iter().try_for_each(std::fs::remove_file)?;
    std::fs::remove_dir_all(dir)
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.committed {
            let _ = std::fs::remove_dir_all(&self.dir);
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
}
