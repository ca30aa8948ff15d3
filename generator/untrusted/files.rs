//! File-system helpers that turn every failure into a located [`Diagnostic`].

use std::path::{Path, PathBuf};

use walkdir::WalkDir;

use crate::diagnostics::{position_of, Diagnostic, Diagnostics};
use crate::untrusted::confine::SafeRelPath;

/// Reads a UTF-8 text file. Directories, missing files and invalid UTF-8 become
/// diagnostics that name the file (and the position of the first invalid byte).
pub(crate) fn read_text(path: &Path) -> Result<String, Diagnostic> {
    decode_utf8(read_bytes(path)?, path, "file.not-utf8")
}

/// Decodes a file's bytes as UTF-8 text without its byte-order mark; invalid
/// text becomes a `code` diagnostic at the first invalid byte of `path`, and
/// a NUL or other control character (tabs and line breaks aside) an error at
/// its position: invisible, it would be published or cut a value short.
pub(crate) fn decode_utf8(
    bytes: Vec<u8>,
    path: &Path,
    code: &'static str,
) -> Result<String, Diagnostic> {
    match String::from_utf8(bytes) {
        Ok(mut text) => {
            if text.starts_with('\u{feff}') {
                text.drain(..3);
            }
            match control_char(&text) {
                Some((offset, c)) => Err(control_char_error(&text, offset, c, path)),
                None => Ok(text),
            }
        }
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let bytes = e.into_bytes();
            let prefix = String::from_utf8_lossy(&bytes[..valid]);
            let pos = position_of(&prefix, prefix.len());
            Err(Diagnostic::error(code, "the file is not valid UTF-8 text")
                .in_file(path)
                .at(pos.line, pos.column)
                .with_hint("save the file with UTF-8 encoding"))
        }
    }
}

/// The first control character of `text` that is not a tab or a line
/// break, with its byte offset.
///
/// Every page is read through here, so the text is looked at in blocks of
/// bytes that the compiler checks several at a time: a control character
/// (U+0000–U+001F, U+007F, U+0080–U+009F) is in UTF-8 a byte below 0x20, 0x7F,
/// or 0xC2 followed by 0x80–0x9F, and only a block with such a byte is read
/// character by character (a search char by char was most of the reading's
/// own time in the build profile).
pub(crate) fn control_char(text: &str) -> Option<(usize, char)> {
    const BLOCK: usize = 64;
    let suspect =
        |b: u8| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r')) | (b == 0x7F) | (b == 0xC2);
    let bytes = text.as_bytes();
    for (n, block) in bytes.chunks(BLOCK).enumerate() {
        if !block.iter().fold(false, |any, &b| any | suspect(b)) {
            continue;
        }
        let start = n * BLOCK;
        for (offset, &b) in block.iter().enumerate().filter(|&(_, &b)| suspect(b)) {
            // 0xC2 always starts a character: continuation bytes are 0x80–0xBF.
            let at = start + offset;
            let c = text[at..].chars().next()?;
            if c.is_control() && !matches!(c, '\t' | '\n' | '\r') {
                return Some((at, c));
            }
            debug_assert!(b == 0xC2, "{b:#x}");
        }
    }
    None
}

fn control_char_error(text: &str, offset: usize, c: char, path: &Path) -> Diagnostic {
    let pos = position_of(text, offset);
    let source = crate::diagnostics::SourceText {
        path: path.to_path_buf(),
        text: std::sync::Arc::from(text),
    };
    Diagnostic::error(
        "file.control-char",
        format!("the file has the invisible control character U+{:04X} here", c as u32),
    )
    .at_source(&source, pos, 1)
    .with_hint("delete it (it often comes from copying text out of another program); it is never published")
}

/// Reads a file's bytes, refusing directories with a clear message. A
/// directory is told by the failed read (one more look-up for each of
/// thousands of pages showed in the build profile).
pub(crate) fn read_bytes(path: &Path) -> Result<Vec<u8>, Diagnostic> {
    std::fs::read(path).map_err(|e| {
        if e.kind() == std::io::ErrorKind::IsADirectory || path.is_dir() {
            Diagnostic::error("file.is-directory", "expected a file but found a directory")
                .in_file(path)
        } else {
            io_error(path, &e)
        }
    })
}

/// Threads that read files at once in [`read_all_bytes`]: enough requests in
/// flight to keep a disk busy, far more than the cores.
const READERS: usize = 16;

/// Reads every file of `paths` ([`read_bytes`]), in their order, with
/// [`READERS`] threads each taking the next file. A file out of the page cache
/// costs a wait for the disk rather than CPU, and thousands of such waits one
/// or two at a time (one per core) made a build whose campaign had not been
/// read for a minute seconds slower (benches/RESULTS.md, thirteenth session);
/// many reads in flight overlap them. Files in the cache cost the same reads.
pub(crate) fn read_all_bytes(paths: &[&Path]) -> Vec<Result<Vec<u8>, Diagnostic>> {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Mutex;
    type Slot = Mutex<Option<Result<Vec<u8>, Diagnostic>>>;
    let next = AtomicUsize::new(0);
    let slots: Vec<Slot> = paths.iter().map(|_| Mutex::new(None)).collect();
    let read = || loop {
        let i = next.fetch_add(1, Ordering::Relaxed);
        let Some(path) = paths.get(i) else { break };
        let bytes = read_bytes(path);
        *slots[i].lock().unwrap_or_else(|e| e.into_inner()) = Some(bytes);
    };
    std::thread::scope(|scope| {
        for _ in 1..READERS.min(paths.len()) {
            // A thread that cannot be started leaves its share to the others.
            let _ = std::thread::Builder::new().spawn_scoped(scope, read);
        }
        read();
    });
    slots
        .into_iter()
        .map(|slot| {
            let read = slot.into_inner().unwrap_or_else(|e| e.into_inner());
            read.expect("every file is read before the threads end")
        })
        .collect()
}

/// A diagnostic for an I/O error on `path`.
pub fn io_error(path: &Path, e: &std::io::Error) -> Diagnostic {
    let (code, message) = match e.kind() {
        std::io::ErrorKind::NotFound => ("file.missing", "file not found".to_string()),
        std::io::ErrorKind::PermissionDenied => {
            ("file.permission", "permission denied".to_string())
        }
        _ => ("file.io", format!("could not read the file: {e}")),
    };
    Diagnostic::error(code, message).in_file(path)
}

/// Checks that a command may write `path`, a file under the campaign folder
/// `root`, through the one rule of [`crate::untrusted::confine`]: under `root`, safe
/// names only, and no symbolic link on the way (not even one that stays
/// inside). Writers check every file first, so a refusal writes nothing.
pub(crate) fn check_writable(root: &Path, path: &Path) -> Result<(), Diagnostic> {
    if let Err(why) = crate::untrusted::confine::relative_to(root, path) {
        return Err(Diagnostic::error(
            "file.write-refused",
            format!("Faro will not write this file: its path {why}"),
        )
        .in_file(path)
        .with_hint(why.hint()));
    }
    match crate::untrusted::confine::link_on_the_way(root, path) {
        None => Ok(()),
        Some(link) => {
            let target = std::fs::read_link(&link).unwrap_or_default();
            Err(Diagnostic::error(
                "file.write-link",
                format!(
                    "this is a symbolic link (to {}); Faro never writes through a link, which could replace a file elsewhere",
                    target.display()
                ),
            )
            .in_file(&link)
            .with_hint("replace the link with a real folder or file (a copy of what it points to)"))
        }
    }
}

/// Writes `bytes` to `path`, a file under the campaign folder `root`,
/// creating its folders, once [`check_writable`] allows it: the one way a
/// command writes into a campaign (`translate import`, `stamp`, the kept
/// originals of translations).
pub(crate) fn write_inside(root: &Path, path: &Path, bytes: &[u8]) -> Result<(), Diagnostic> {
    check_writable(root, path)?;
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| io_error(parent, &e))?;
    }
    std::fs::write(path, bytes).map_err(|e| io_error(path, &e))
}

/// Why a path written in a campaign file was refused: a message and a hint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Refused {
    /// What is wrong, naming the reference.
    pub message: String,
    /// What to write instead.
    pub hint: &'static str,
}

/// Resolves `reference` (a path written in a campaign file) against `base`
/// through the one rule of [`crate::untrusted::confine`], and checks that what it names,
/// symbolic links resolved, is still inside `root`. Returns the path relative
/// to `root`.
pub(crate) fn resolve_inside(
    root: &Path,
    base: &Path,
    reference: &str,
) -> Result<PathBuf, Refused> {
    let shown = crate::untrusted::urls::shown(reference);
    let rel = SafeRelPath::resolve(base, reference).map_err(|why| Refused {
        message: match why {
            crate::untrusted::confine::Unsafe::Parent => {
                format!("`{shown}` leaves the campaign folder")
            }
            _ => format!("`{shown}` {why}"),
        },
        hint: why.hint(),
    })?;
    let full = rel.under(root);
    let roots: Vec<PathBuf> = root.canonicalize().into_iter().collect();
    if full.exists()
        && !roots.is_empty()
        && !crate::untrusted::confine::resolves_inside(&full, &roots)
    {
        let target = full.canonicalize().unwrap_or_default();
        return Err(Refused {
            message: format!(
                "`{shown}` points outside the campaign folder, through a symbolic link to {}",
                target.display()
            ),
            hint: "copy the file into the campaign folder: a campaign must be complete in itself",
        });
    }
    Ok(PathBuf::from(rel.as_str()))
}

/// Lists the files under `dir` with one of `extensions` (any file when empty),
/// sorted, following symbolic links that stay inside `root` (the campaign
/// folder, or a project folder); loops, dangling links, links that lead out
/// of `root` and unreadable entries become diagnostics; hidden files and
/// folders are left out. Every reader of a campaign's or the project's
/// folders lists them through here.
pub(crate) fn list_files(
    dir: &Path,
    root: &Path,
    extensions: &[&str],
    diags: &mut Diagnostics,
) -> Vec<PathBuf> {
    let mut files = Vec::new();
    if !dir.is_dir() {
        return files;
    }
    let root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    // Only a path through a symbolic link can lead out: the others are not
    // resolved (a campaign has thousands of pages, each path many lookups).
    match dir.canonicalize() {
        Ok(real) if !real.starts_with(&root) => {
            // The folder itself is a link out (or inside one): named once.
            diags.push(outside(dir, &real, &root));
            return files;
        }
        _ => {}
    }
    let mut linked_dirs: Vec<PathBuf> = Vec::new();
    let walk = WalkDir::new(dir)
        .follow_links(true)
        .sort_by(|a, b| name_bytes(a.path()).cmp(name_bytes(b.path())));
    // Hidden files (`.git/`, editor leftovers) are never part of a campaign.
    let visible = |e: &walkdir::DirEntry| {
        e.depth() == 0 || !e.file_name().as_encoded_bytes().starts_with(b".")
    };
    let mut entries = walk.into_iter().filter_entry(visible);
    while let Some(entry) = entries.next() {
        match entry {
            Ok(e) if e.file_type().is_dir() && e.path_is_symlink() => {
                // A linked folder that leads out is named once, not entered.
                match e.path().canonicalize() {
                    Ok(real) if !real.starts_with(&root) => {
                        diags.push(outside(e.path(), &real, &root));
                        entries.skip_current_dir();
                    }
                    _ => linked_dirs.push(e.into_path()),
                }
            }
            Ok(e) if e.file_type().is_file() => {
                let via_link =
                    e.path_is_symlink() || linked_dirs.iter().any(|d| e.path().starts_with(d));
                let path = e.into_path();
                let ext = path.extension().and_then(|x| x.to_str()).unwrap_or("");
                if !extensions.is_empty() && !extensions.contains(&ext) {
                    continue;
                }
                match via_link.then(|| path.canonicalize()) {
                    Some(Ok(real)) if !real.starts_with(&root) => {
                        diags.push(outside(&path, &real, &root))
                    }
                    _ => files.push(path),
                }
            }
            Ok(_) => {}
            Err(e) => diags.push(walk_error(&e, dir)),
        }
    }
    files
}

/// A file reached through a link that leads out of `root`.
/// The bytes of the last part of `path` (a folder entry, as the walk makes
/// it: the folder joined with the entry's name): `file_name()`, which orders
/// entries as walkdir's `sort_by_file_name` does, without parsing the path's
/// components from its end at every comparison of a sort (1.8 % of the
/// instructions of a 6,000-page build, with three walks of its folder).
fn name_bytes(path: &Path) -> &[u8] {
    let bytes = path.as_os_str().as_encoded_bytes();
    // Separators are ASCII, which no byte of a longer character is. On
    // Unix `/` is the only one, found by memchr: the byte-by-byte search
    // was 240 M instructions of a 4000 × 6 build (977,000 comparisons).
    #[cfg(unix)]
    let last = memchr::memrchr(b'/', bytes);
    #[cfg(not(unix))]
    let last = bytes
        .iter()
        .rposition(|&b| std::path::is_separator(char::from(b)));
    match last {
        Some(at) => &bytes[at + 1..],
        None => bytes,
    }
}

fn outside(path: &Path, real: &Path, root: &Path) -> Diagnostic {
    let folder = if root.join("campaign.yaml").is_file() {
        "the campaign folder".to_string()
    } else {
        format!("its folder {}", root.display())
    };
    Diagnostic::error(
        "file.outside",
        format!("this link leads out of {folder}, to {}", real.display()),
    )
    .in_file(path)
    .with_hint("copy the file into the campaign folder: a campaign must be complete in itself")
}

/// A diagnostic for an entry that a folder walk could not read.
fn walk_error(e: &walkdir::Error, dir: &Path) -> Diagnostic {
    let path = e
        .path()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| dir.into());
    let dangling = e.io_error().map(std::io::Error::kind) == Some(std::io::ErrorKind::NotFound);
    let (message, hint) = if e.loop_ancestor().is_some() {
        (
            "a symbolic link loop: the link leads back to a folder that holds it".to_string(),
            "remove the link or point it at a real folder",
        )
    } else if dangling {
        (
            "a symbolic link to something that does not exist".to_string(),
            "remove the link or point it at an existing file",
        )
    } else {
        let reason = e
            .io_error()
            .map_or_else(|| e.to_string(), ToString::to_string);
        (
            format!("cannot read this entry: {reason}"),
            "check the file's permissions",
        )
    };
    Diagnostic::error("file.walk", message)
        .in_file(path)
        .with_hint(hint)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_read_together_come_back_in_order_with_their_errors() {
        let tmp = tempfile::tempdir().unwrap();
        let mut paths = Vec::new();
        for i in 0..100 {
            let path = tmp.path().join(format!("{i}.md"));
            match i {
                7 => {}
                42 => std::fs::create_dir(&path).unwrap(),
                _ => std::fs::write(&path, format!("page {i}")).unwrap(),
            }
            paths.push(path);
        }
        let refs: Vec<&Path> = paths.iter().map(PathBuf::as_path).collect();
        let read = read_all_bytes(&refs);
        assert_eq!(read.len(), 100);
        for (i, result) in read.into_iter().enumerate() {
            match (i, result) {
                (7, Err(d)) => assert_eq!(d.code, "file.missing"),
                (42, Err(d)) => assert_eq!(d.code, "file.is-directory"),
                (i, Ok(bytes)) => assert_eq!(bytes, format!("page {i}").into_bytes()),
                (i, Err(d)) => panic!("{i}: {d:?}"),
            }
        }
        assert!(read_all_bytes(&[]).is_empty());
    }

    #[test]
    fn files_are_listed_by_name_folder_by_folder_as_walkdir_sorts_them() {
        let dir = tempfile::tempdir().unwrap();
        let names = [
            "b.md", "b/z.md", "b/a.md", "B.md", "a-b.md", "é.md", "e.md", "c/d/e.md", "c.md",
        ];
        for name in names {
            let path = dir.path().join(name);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, "x").unwrap();
        }
        let mut diags = Diagnostics::new();
        let listed = list_files(dir.path(), dir.path(), &[], &mut diags);
        let rel: Vec<String> = listed
            .iter()
            .map(|p| {
                p.strip_prefix(dir.path())
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/")
            })
            .collect();
        let expected = [
            "B.md", "a-b.md", "b/a.md", "b/z.md", "b.md", "c/d/e.md", "c.md", "e.md", "é.md",
        ];
        assert_eq!(rel, expected);
        let by_walkdir: Vec<PathBuf> = WalkDir::new(dir.path())
            .sort_by_file_name()
            .into_iter()
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_file())
            .map(walkdir::DirEntry::into_path)
            .collect();
        assert_eq!(listed, by_walkdir);
    }

    #[test]
    fn control_characters_are_found_where_a_char_by_char_search_finds_them() {
        let slow = |text: &str| {
            text.char_indices()
                .find(|&(_, c)| c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
        };
        let mut texts = vec![String::new(), "plain\ttext\r\n".repeat(20)];
        for c in (0..0x200u32).filter_map(char::from_u32) {
            for at in [0, 1, 63, 64, 65, 130] {
                // Around block boundaries, after characters of every length.
                let before: String = "aé€😀".chars().cycle().take(at).collect();
                texts.push(format!("{before}{c}« x »\u{a0}"));
            }
        }
        for text in &texts {
            assert_eq!(control_char(text), slow(text), "{text:?}");
        }
        assert_eq!(control_char("ab\u{85}c"), Some((2, '\u{85}')));
    }

    #[test]
    fn a_folder_read_as_a_file_is_named_as_such() {
        let dir = tempfile::tempdir().unwrap();
        let d = read_bytes(dir.path()).unwrap_err();
        assert_eq!(d.code, "file.is-directory");
        let d = read_bytes(&dir.path().join("missing.md")).unwrap_err();
        assert_eq!(d.code, "file.missing");
    }

    #[test]
    fn references_cannot_leave_the_folder() {
        let root = Path::new("/nonexistent-root");
        assert!(resolve_inside(root, Path::new("content/it"), "../../../etc/passwd").is_err());
        assert!(resolve_inside(root, Path::new(""), "/etc/passwd").is_err());
        assert_eq!(
            resolve_inside(root, Path::new("content/it"), "../../assets/logo.svg").unwrap(),
            PathBuf::from("assets/logo.svg")
        );
    }
}
