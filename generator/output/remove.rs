//! Removing a folder tree fast: a previous output or a failed build's
//! staging folder (see [`super::staging`]) holds tens of thousands of files
//! and folders, and on this project's disk removing them one by one
//! dominated a rebuild.

use std::collections::HashMap;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::PoisonError;

/// Threads that remove files and folders at once in [`remove_tree`]. On a
/// disk that discards each freed block as it is freed (ext4 mounted with
/// `discard`, as this project's VM is), every removal that frees a block waits
/// for the disk: ~4.5 ms per folder, one after the other, so that removing a
/// previous 24,000-page output took 21 s of a rebuild (96 s under strace).
/// Many requests in flight overlap the waits (2,000 empty folders: 8.8–9.1 s
/// on one thread, 0.6–0.9 s on 16; benches/RESULTS.md, fourteenth session).
const REMOVERS: usize = 16;

/// Removes a file or a folder tree: its files and links first, then its
/// folders deepest first, each group by [`REMOVERS`] threads (large sites have
/// tens of thousands of files and folders, and removing them one by one
/// dominates a rebuild). Symbolic links are removed, never followed.
pub(super) fn remove_tree(path: &Path) -> io::Result<()> {
    let meta = match std::fs::symlink_metadata(path) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
        other => other?,
    };
    if !meta.is_dir() {
        return std::fs::remove_file(path);
    }
    let mut files = Vec::new();
    // Folders by depth below `path` (index 0: `path` itself).
    let mut folders: Vec<Vec<PathBuf>> = Vec::new();
    for entry in walkdir::WalkDir::new(path).follow_root_links(false) {
        let entry = entry.map_err(io::Error::from)?;
        if entry.file_type().is_dir() {
            folders.resize_with(folders.len().max(entry.depth() + 1), Vec::new);
            folders[entry.depth()].push(entry.into_path());
        } else {
            files.push(entry.into_path());
        }
    }
    on_many_threads(&by_turns_of_parent(files), |f| std::fs::remove_file(f))?;
    // A folder is empty once every deeper one is gone.
    for level in folders.into_iter().rev() {
        on_many_threads(&by_turns_of_parent(level), |d| std::fs::remove_dir(d))?;
    }
    Ok(())
}

/// `paths` reordered so that consecutive ones have different folders as long
/// as there are several: the first of each folder, then the second of each,
/// and so on. Removals from one folder wait for each other (the file system
/// locks the folder for each), so threads taking the next path in walk order
/// (every page of `en/`, then every page of `de/`) removed one page folder at
/// a time: 24,000 empty page folders in six language folders took 17.9 s to
/// remove on this project's disk in that order and 2.5 s in this one (16
/// threads, seventeenth session).
fn by_turns_of_parent(paths: Vec<PathBuf>) -> Vec<PathBuf> {
    let total = paths.len();
    let mut index: HashMap<PathBuf, usize> = HashMap::new();
    let mut groups: Vec<Vec<PathBuf>> = Vec::new();
    for path in paths {
        let parent = path.parent().map(Path::to_path_buf).unwrap_or_default();
        let at = *index.entry(parent).or_insert_with(|| {
            groups.push(Vec::new());
            groups.len() - 1
        });
        groups[at].push(path);
    }
    let mut turns: Vec<_> = groups.into_iter().map(Vec::into_iter).collect();
    let mut ordered = Vec::with_capacity(total);
    while ordered.len() < total {
        ordered.extend(turns.iter_mut().filter_map(Iterator::next));
    }
    ordered
}

/// Runs `remove` on every path with up to [`REMOVERS`] threads, each taking
/// the next path; the first error stops the others from taking more.
fn on_many_threads(
    paths: &[PathBuf],
    remove: impl Fn(&Path) -> io::Result<()> + Sync,
) -> io::Result<()> {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Mutex;
    let next = AtomicUsize::new(0);
    let failed: Mutex<Option<io::Error>> = Mutex::new(None);
    let work = || {
        while let Some(path) = paths.get(next.fetch_add(1, Ordering::Relaxed)) {
            if let Err(e) = remove(path) {
                failed
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner)
                    .get_or_insert(e);
                next.store(paths.len(), Ordering::Relaxed);
            }
        }
    };
    std::thread::scope(|scope| {
        for _ in 1..REMOVERS.min(paths.len()) {
            // A thread that cannot be started leaves its share to the others.
            let _ = std::thread::Builder::new().spawn_scoped(scope, work);
        }
        work();
    });
    match failed.into_inner().unwrap_or_else(PoisonError::into_inner) {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn a_tree_is_removed_deepest_first_without_following_links() {
        let tmp = tempfile::tempdir().unwrap();
        let outside = tmp.path().join("outside");
        std::fs::create_dir_all(&outside).unwrap();
        std::fs::write(outside.join("keep.txt"), "keep").unwrap();
        let tree = tmp.path().join("site");
        for i in 0..40 {
            let page = tree.join(format!("en/page-{i}/part"));
            std::fs::create_dir_all(&page).unwrap();
            std::fs::write(page.join("index.html"), "x").unwrap();
        }
        std::fs::create_dir_all(tree.join("empty/deeper")).unwrap();
        std::os::unix::fs::symlink(&outside, tree.join("en/link")).unwrap();
        remove_tree(&tree).unwrap();
        // Only the folder outside is left, with its one file.
        let count = |dir: &Path| std::fs::read_dir(dir).unwrap().count();
        assert!(!tree.exists() && outside.join("keep.txt").is_file());
        assert_eq!((count(tmp.path()), count(&outside)), (1, 1));
        // Nothing there is nothing to do.
        remove_tree(&tree).unwrap();
    }

    #[test]
    fn removals_take_turns_between_folders() {
        let paths = ["a/1", "a/2", "a/3", "b/1", "c/1", "c/2"].map(PathBuf::from);
        let ordered = by_turns_of_parent(paths.to_vec());
        let expected = ["a/1", "b/1", "c/1", "a/2", "c/2", "a/3"].map(PathBuf::from);
        assert_eq!(ordered, expected);
        assert!(by_turns_of_parent(Vec::new()).is_empty());
    }
}
