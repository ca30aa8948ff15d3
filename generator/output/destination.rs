//! The output folder, checked before anything is loaded: a build replaces the
//! whole folder it is given, so it must never be handed the campaign, the
//! project, a file, or a folder of someone else's files.
//!
//! A folder is taken for a previous Faro build when its root holds the files
//! every build writes (`index.html`, `404.html`, `robots.txt`, `sitemap.xml`,
//! `nginx.conf.snippet`, `assets/`) and a `_headers` file that starts with the
//! line only Faro writes there. No marker file is added to the site: a
//! signature made of files the site needs anyway changes nothing that is
//! published, listed or packed.

use std::io;
use std::path::{Component, Path, PathBuf};

use crate::campaign::project::Project;
use crate::diagnostics::Diagnostic;
use crate::output::headers::{HEADERS_FILE, HEADERS_FIRST_LINE, NGINX_FILE};

/// The codes of the refusals [`check`] makes, before anything is loaded.
const REFUSALS: [&str; 5] = [
    "output.resolve",
    "output.project",
    "output.campaign",
    "output.not-a-folder",
    "output.not-a-build",
];

/// True when a build's errors are a refusal of its output folder: nothing was
/// loaded, written or deleted.
pub fn refused(diags: &crate::diagnostics::Diagnostics) -> bool {
    diags.error_count() == 1 && diags.iter().any(|d| REFUSALS.contains(&d.code))
}

/// Files at the root of every Faro build (besides `_headers` and `assets/`).
const BUILD_FILES: [&str; 5] = [
    "index.html",
    "404.html",
    "robots.txt",
    "sitemap.xml",
    NGINX_FILE,
];

/// The project folders a build reads from: never written into.
const PROJECT_FOLDERS: [&str; 3] = ["templates", "themes", "locales"];

/// An output folder that passed the checks.
#[derive(Debug, Clone)]
pub(crate) struct Destination {
    /// The folder as it was named (for messages and the summary).
    pub shown: PathBuf,
    /// Its absolute path with symbolic links resolved: the folder replaced.
    pub target: PathBuf,
}

/// Checks that building `campaign_dir` into `out_dir` can only create or
/// replace a site: not the campaign, not the project, not a file and, unless
/// `force`, not a non-empty folder that is not a previous Faro build.
pub(crate) fn check(
    campaign_dir: &Path,
    out_dir: &Path,
    force: bool,
) -> Result<Destination, Diagnostic> {
    let refuse = |code, message: String, hint: &str| {
        Diagnostic::error(code, message)
            .in_file(out_dir)
            .with_hint(hint)
    };
    let target = resolve(out_dir).map_err(|e| {
        refuse(
            "output.resolve",
            format!("cannot resolve the output folder: {e}"),
            "name a folder that can be created",
        )
    })?;
    // A campaign that does not exist is reported by the build, before writing.
    if let Ok(campaign) = campaign_dir.canonicalize() {
        if let Some(message) = project_overlap(&target, &campaign) {
            let hint = "choose a folder of its own, such as public/<id>/ (the default)";
            return Err(refuse("output.project", message, hint));
        }
        if let Some(message) = overlap(&target, &campaign, "campaign folder") {
            let hint = "choose a folder outside the campaign, such as public/<id>/ (the default)";
            return Err(refuse("output.campaign", message, hint));
        }
    }
    let link = std::fs::symlink_metadata(out_dir).is_ok_and(|m| m.file_type().is_symlink());
    check_existing(&target, link, force)
        .map_err(|(code, message, hint)| refuse(code, message, hint))?;
    Ok(Destination {
        shown: out_dir.to_path_buf(),
        target,
    })
}

/// Why replacing `target` would destroy `protected`, if it would.
fn overlap(target: &Path, protected: &Path, what: &str) -> Option<String> {
    let shown = protected.display();
    if target == protected {
        Some(format!(
            "the output folder is the {what} `{shown}`: building would replace it with the site"
        ))
    } else if target.starts_with(protected) {
        Some(format!(
            "the output folder is inside the {what} `{shown}`: building would replace its files with the site"
        ))
    } else if protected.starts_with(target) {
        Some(format!(
            "the output folder contains the {what} `{shown}`: building would delete it"
        ))
    } else {
        None
    }
}

/// Why `target` would destroy the project around `campaign` (the folder with
/// `templates/`, `themes/` and `locales/`, which holds the campaign), if it
/// would. Folders beside those three (`public/`, `campaigns/new/`) are fine.
fn project_overlap(target: &Path, campaign: &Path) -> Option<String> {
    let root = Project::locate(campaign).root?;
    if root.starts_with(target) {
        return overlap(target, &root, "project folder");
    }
    PROJECT_FOLDERS
        .iter()
        .find_map(|name| overlap(target, &root.join(name), "project's folder"))
}

type Refusal = (&'static str, String, &'static str);

/// Refuses an existing `target` that is not a folder (`link`: named through a
/// symbolic link), or (unless `force`) a non-empty folder that is not a
/// previous Faro build.
fn check_existing(target: &Path, link: bool, force: bool) -> Result<(), Refusal> {
    let not_a_folder = |what: &str| {
        (
            "output.not-a-folder",
            format!("the output path exists and is {what}, not a folder"),
            "choose a folder: a build never replaces a file with a site",
        )
    };
    let meta = match std::fs::symlink_metadata(target) {
        Ok(m) => m,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
        Err(e) => {
            let message = format!("cannot read the output folder: {e}");
            return Err(("output.io", message, "choose a folder that can be read"));
        }
    };
    if meta.file_type().is_symlink() {
        // `resolve` follows links that lead somewhere: this one leads nowhere.
        return Err(not_a_folder("a symbolic link to nothing"));
    }
    if !meta.is_dir() {
        let what = if link {
            "a symbolic link to a file"
        } else {
            "a file"
        };
        return Err(not_a_folder(what));
    }
    // Another campaign than the one built: --force must not delete it either.
    if target.join("campaign.yaml").is_file() {
        return Err((
            "output.campaign",
            "the output folder is a campaign folder (it has a campaign.yaml): \
             building would replace it with the site"
                .into(),
            "choose a folder outside every campaign, such as public/<id>/ (the default)",
        ));
    }
    if force || is_empty(target) || is_faro_build(target) {
        return Ok(());
    }
    Err((
        "output.not-a-build",
        "the output folder is not empty and does not look like a previous Faro build; \
         building would delete its contents"
            .into(),
        "choose an empty or new folder, or pass --force to replace this one (everything in it is deleted)",
    ))
}

fn is_empty(dir: &Path) -> bool {
    std::fs::read_dir(dir).is_ok_and(|mut entries| entries.next().is_none())
}

/// True when `dir` holds what every Faro build writes at its root, with the
/// first line of `_headers` that only Faro writes.
pub(crate) fn is_faro_build(dir: &Path) -> bool {
    let headers = std::fs::read_to_string(dir.join(HEADERS_FILE)).unwrap_or_default();
    headers.lines().next() == Some(HEADERS_FIRST_LINE)
        && BUILD_FILES.iter().all(|f| dir.join(f).is_file())
        && dir.join("assets").is_dir()
}

/// The absolute path `path` names, with symbolic links resolved, whether or
/// not it exists: its nearest existing ancestor canonicalised, the rest
/// appended (`..` in the rest undone by name, which is right only there,
/// where nothing exists and so nothing is a link).
pub(crate) fn resolve(path: &Path) -> io::Result<PathBuf> {
    let mut path = std::path::absolute(path)?;
    // A second round when the first removed `..`: what follows it may exist.
    loop {
        let (mut out, rest) = split_existing(&path);
        let settled = rest.iter().all(|c| matches!(c, Component::Normal(_)));
        for part in rest {
            match part {
                Component::ParentDir => {
                    out.pop();
                }
                Component::Normal(name) => out.push(name),
                _ => {}
            }
        }
        if settled {
            return Ok(out);
        }
        path = out;
    }
}

/// The canonical form of the longest prefix of `path` that exists, and the
/// components after it.
fn split_existing(path: &Path) -> (PathBuf, Vec<Component<'_>>) {
    let parts: Vec<Component> = path.components().collect();
    for keep in (0..=parts.len()).rev() {
        let prefix: PathBuf = parts[..keep].iter().collect();
        if let Ok(canonical) = prefix.canonicalize() {
            return (canonical, parts[keep..].to_vec());
        }
    }
    // Not even the root canonicalises: keep the path as it is.
    (PathBuf::new(), parts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_that_do_not_exist_resolve_through_their_existing_ancestor() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().canonicalize().unwrap();
        std::fs::create_dir(root.join("real")).unwrap();
        #[cfg(unix)]
        std::os::unix::fs::symlink(root.join("real"), root.join("link")).unwrap();
        assert_eq!(
            resolve(&root.join("new/../real/site")).unwrap(),
            root.join("real/site")
        );
        assert_eq!(resolve(&root.join("a/./b")).unwrap(), root.join("a/b"));
        #[cfg(unix)]
        assert_eq!(
            resolve(&root.join("missing/../link/x")).unwrap(),
            root.join("real/x")
        );
    }

    #[test]
    fn a_faro_build_is_recognised_by_its_root_files() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path();
        for f in BUILD_FILES {
            std::fs::write(dir.join(f), "x").unwrap();
        }
        std::fs::create_dir(dir.join("assets")).unwrap();
        std::fs::write(dir.join(HEADERS_FILE), "/*\n  X: y\n").unwrap();
        assert!(!is_faro_build(dir), "a _headers file Faro did not write");
        let headers = crate::output::headers::files_for("/").remove(0);
        std::fs::write(dir.join(HEADERS_FILE), headers.bytes).unwrap();
        assert!(is_faro_build(dir));
        std::fs::remove_file(dir.join("sitemap.xml")).unwrap();
        assert!(!is_faro_build(dir));
    }

    #[test]
    fn files_and_foreign_folders_are_refused_unless_forced() {
        let tmp = tempfile::tempdir().unwrap();
        let file = tmp.path().join("site.txt");
        std::fs::write(&file, "precious").unwrap();
        assert_eq!(
            check_existing(&file, false, true).unwrap_err().0,
            "output.not-a-folder"
        );
        let docs = tmp.path().join("docs");
        std::fs::create_dir(&docs).unwrap();
        assert!(
            check_existing(&docs, false, false).is_ok(),
            "an empty folder"
        );
        std::fs::write(docs.join("thesis.txt"), "precious").unwrap();
        assert_eq!(
            check_existing(&docs, false, false).unwrap_err().0,
            "output.not-a-build"
        );
        assert!(check_existing(&docs, false, true).is_ok());
        assert!(check_existing(&tmp.path().join("new"), false, false).is_ok());
    }
}
