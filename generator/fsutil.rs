//! File-system helpers that turn every failure into a located [`Diagnostic`].

use std::path::{Component, Path, PathBuf};

use walkdir::WalkDir;

use crate::diagnostics::{position_of, Diagnostic, Diagnostics};

/// Reads a UTF-8 text file. Directories, missing files and invalid UTF-8 become
/// diagnostics that name the file (and the position of the first invalid byte).
pub fn read_text(path: &Path) -> Result<String, Diagnostic> {
    decode_utf8(read_bytes(path)?, path, "file.not-utf8")
}

/// Decodes a file's bytes as UTF-8 text without its byte-order mark; invalid
/// text becomes a `code` diagnostic at the first invalid byte of `path`.
pub fn decode_utf8(bytes: Vec<u8>, path: &Path, code: &'static str) -> Result<String, Diagnostic> {
    match String::from_utf8(bytes) {
        Ok(mut text) => {
            if text.starts_with('\u{feff}') {
                text.drain(..3);
            }
            Ok(text)
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

/// Reads a file's bytes, refusing directories with a clear message.
pub fn read_bytes(path: &Path) -> Result<Vec<u8>, Diagnostic> {
    if path.is_dir() {
        return Err(Diagnostic::error(
            "file.is-directory",
            "expected a file but found a directory",
        )
        .in_file(path));
    }
    std::fs::read(path).map_err(|e| io_error(path, &e))
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

/// Resolves `reference` (a path written in a campaign file) against `base` and
/// checks that it stays inside `root`. Returns the path relative to `root`.
pub fn resolve_inside(root: &Path, base: &Path, reference: &str) -> Result<PathBuf, String> {
    if reference.is_empty() {
        return Err("the path is empty".into());
    }
    let reference_path = Path::new(reference);
    if reference_path.is_absolute() {
        return Err(format!(
            "`{reference}` is an absolute path; write it relative to the campaign folder"
        ));
    }
    let mut parts: Vec<Component> = base.components().collect();
    for c in reference_path.components() {
        match c {
            Component::ParentDir => {
                if parts.pop().is_none() {
                    return Err(format!("`{reference}` leaves the campaign folder"));
                }
            }
            Component::Normal(_) => parts.push(c),
            Component::CurDir => {}
            _ => return Err(format!("`{reference}` is not a relative path")),
        }
    }
    let rel: PathBuf = parts.iter().collect();
    // A symbolic link may still point outside: compare canonical paths.
    let full = root.join(&rel);
    if let (Ok(canon_root), Ok(canon_full)) = (root.canonicalize(), full.canonicalize()) {
        if !canon_full.starts_with(&canon_root) {
            return Err(format!(
                "`{reference}` points outside the campaign folder (through a symbolic link)"
            ));
        }
    }
    Ok(rel)
}

/// Lists the files under `dir` with one of `extensions`, sorted, following symbolic
/// links that stay inside `root` (the campaign folder); loops, dangling links,
/// links that lead out of `root` and unreadable entries become diagnostics.
pub fn list_files(
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
    let dir_inside = dir.canonicalize().is_ok_and(|d| d.starts_with(&root));
    let mut linked_dirs: Vec<PathBuf> = Vec::new();
    for entry in WalkDir::new(dir).follow_links(true).sort_by_file_name() {
        match entry {
            Ok(e) if e.file_type().is_dir() && e.path_is_symlink() => {
                linked_dirs.push(e.into_path());
            }
            Ok(e) if e.file_type().is_file() => {
                let via_link = !dir_inside
                    || e.path_is_symlink()
                    || linked_dirs.iter().any(|d| e.path().starts_with(d));
                let path = e.into_path();
                let ext = path.extension().and_then(|x| x.to_str()).unwrap_or("");
                if !extensions.contains(&ext) {
                    continue;
                }
                match via_link.then(|| path.canonicalize()) {
                    Some(Ok(real)) if !real.starts_with(&root) => diags.push(outside(&path, &real)),
                    _ => files.push(path),
                }
            }
            Ok(_) => {}
            Err(e) => diags.push(walk_error(&e, dir)),
        }
    }
    files
}

/// A file reached through a link that leads out of the campaign folder.
fn outside(path: &Path, real: &Path) -> Diagnostic {
    Diagnostic::error(
        "file.outside",
        format!(
            "this link leads out of the campaign folder, to {}",
            real.display()
        ),
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
