//! The project around a campaign: base templates, themes and shared locales.
//!
//! A campaign folder finds them in the nearest ancestor folder that has
//! `templates/`, `themes/` and `locales/`. The same three folders are embedded in
//! the binary, so a campaign copied anywhere still builds.

use std::borrow::Cow;
use std::path::{Path, PathBuf};

use include_dir::{include_dir, Dir};

use crate::diagnostics::Diagnostics;
use crate::untrusted::files;

static EMBEDDED_TEMPLATES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/templates");
static EMBEDDED_THEMES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/themes");
static EMBEDDED_LOCALES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/locales");

/// A read-only tree of files, on disk or embedded in the binary.
#[derive(Debug, Clone)]
pub enum Layer {
    /// A folder on disk, `dir`, whose files (symbolic links resolved) must
    /// stay inside `root`: the campaign folder for a campaign's layers, the
    /// layer's own folder for the project's.
    Disk {
        /// The layer's folder.
        dir: PathBuf,
        /// What no file of the layer may resolve outside of.
        root: PathBuf,
    },
    /// A folder embedded at compile time.
    Embedded(&'static Dir<'static>, &'static str),
}

/// One file of a [`Layer`].
#[derive(Debug, Clone)]
pub struct LayerFile {
    /// Path inside the layer, with `/` separators.
    pub name: String,
    /// Path shown in diagnostics.
    pub display: PathBuf,
    /// The file's bytes.
    pub bytes: Cow<'static, [u8]>,
}

impl Layer {
    /// A folder of the project, confined to itself.
    pub fn disk(dir: PathBuf) -> Layer {
        Layer::Disk {
            root: dir.clone(),
            dir,
        }
    }

    /// A folder of a campaign, confined to the campaign folder `campaign_dir`.
    pub fn in_campaign(dir: PathBuf, campaign_dir: &Path) -> Layer {
        Layer::Disk {
            dir,
            root: campaign_dir.to_path_buf(),
        }
    }

    /// Every file of the layer under `subdir` (empty for all), sorted by name.
    /// On disk, a file reached through a symbolic link that leads out of the
    /// layer's root is reported and never read.
    pub fn files(&self, subdir: &str, diags: &mut Diagnostics) -> Vec<LayerFile> {
        match self {
            Layer::Disk {
                dir: root,
                root: confine,
            } => {
                let dir = root.join(subdir);
                let mut out = Vec::new();
                // The project's folders are found as absolute paths; a
                // campaign's are shown as the user named the campaign.
                let cwd = (root == confine)
                    .then(|| std::env::current_dir().and_then(|d| d.canonicalize()).ok())
                    .flatten();
                for path in files::list_files(&dir, confine, &[], diags) {
                    let name = path
                        .strip_prefix(root)
                        .unwrap_or(&path)
                        .to_string_lossy()
                        .replace('\\', "/");
                    match files::read_bytes(&path) {
                        Ok(bytes) => out.push(LayerFile {
                            name,
                            display: shown(path, cwd.as_deref()),
                            bytes: Cow::Owned(bytes),
                        }),
                        Err(d) => diags.push(d),
                    }
                }
                out
            }
            Layer::Embedded(dir, label) => {
                let mut out = Vec::new();
                let start = if subdir.is_empty() {
                    Some(*dir)
                } else {
                    dir.get_dir(dir.path().join(subdir))
                };
                if let Some(start) = start {
                    collect_embedded(dir.path(), start, label, &mut out);
                }
                out.sort_by(|a, b| a.name.cmp(&b.name));
                out
            }
        }
    }

    /// True when the layer has a folder named `subdir`.
    pub fn has_dir(&self, subdir: &str) -> bool {
        match self {
            Layer::Disk { dir, .. } => dir.join(subdir).is_dir(),
            // Embedded paths are relative to the embedded root, not to `dir`.
            Layer::Embedded(dir, _) => dir.get_dir(dir.path().join(subdir)).is_some(),
        }
    }
}

/// A project file's path as shown: relative to the current folder when it is
/// inside it (`templates/base.html`, as campaign files are shown), else whole.
fn shown(path: PathBuf, cwd: Option<&Path>) -> PathBuf {
    match cwd.and_then(|cwd| path.strip_prefix(cwd).ok()) {
        Some(relative) => relative.to_path_buf(),
        None => path,
    }
}

/// The name a built-in file is shown under: its path in Faro's own folders,
/// said to be built in (a user may have no such folder to look in).
fn built_in_name(label: &str, path: &Path) -> PathBuf {
    let path = path.to_string_lossy().replace('\\', "/");
    PathBuf::from(format!("faro's built-in {label}/{path}"))
}

fn collect_embedded(
    root: &Path,
    dir: &'static Dir<'static>,
    label: &str,
    out: &mut Vec<LayerFile>,
) {
    for file in dir.files() {
        let relative = file.path().strip_prefix(root).unwrap_or(file.path());
        let name = relative.to_string_lossy().replace('\\', "/");
        out.push(LayerFile {
            display: built_in_name(label, file.path()),
            name,
            bytes: Cow::Borrowed(file.contents()),
        });
    }
    for sub in dir.dirs() {
        collect_embedded(root, sub, label, out);
    }
}

/// Where the shared templates, themes and locales come from.
#[derive(Debug, Clone)]
pub struct Project {
    /// The project folder on disk, when one was found above the campaign.
    pub root: Option<PathBuf>,
}

impl Project {
    /// Finds the project of `campaign_dir`: the nearest ancestor with
    /// `templates/`, `themes/` and `locales/`, or the embedded copy.
    pub fn locate(campaign_dir: &Path) -> Project {
        let start = campaign_dir
            .canonicalize()
            .unwrap_or_else(|_| campaign_dir.to_path_buf());
        let root = start.ancestors().skip(1).find(|dir| {
            ["templates", "themes", "locales"]
                .iter()
                .all(|d| dir.join(d).is_dir())
        });
        Project {
            root: root.map(Path::to_path_buf),
        }
    }

    /// The base templates.
    pub fn templates(&self) -> Layer {
        match &self.root {
            Some(root) => Layer::disk(root.join("templates")),
            None => Layer::Embedded(&EMBEDDED_TEMPLATES, "templates"),
        }
    }

    /// The shared interface strings, one folder per language.
    pub fn locales(&self) -> Layer {
        match &self.root {
            Some(root) => Layer::disk(root.join("locales")),
            None => Layer::Embedded(&EMBEDDED_LOCALES, "locales"),
        }
    }

    /// A theme by name, if it exists. A name that is not a plain folder name
    /// (`../x`, `/etc`) names no theme: nothing outside `themes/` is read.
    pub fn theme(&self, name: &str) -> Option<Layer> {
        if name.contains('/') || crate::untrusted::confine::check_segment(name).is_err() {
            return None;
        }
        match &self.root {
            Some(root) => {
                let dir = root.join("themes").join(name);
                dir.is_dir().then_some(Layer::disk(dir))
            }
            None => EMBEDDED_THEMES
                .get_dir(name)
                .map(|d| Layer::Embedded(d, "themes")),
        }
    }

    /// Names of the available themes.
    pub fn theme_names(&self) -> Vec<String> {
        let mut names: Vec<String> = match &self.root {
            Some(root) => std::fs::read_dir(root.join("themes"))
                .map(|rd| {
                    rd.filter_map(Result::ok)
                        .filter(|e| e.path().is_dir())
                        .map(|e| e.file_name().to_string_lossy().into_owned())
                        .collect()
                })
                .unwrap_or_default(),
            None => EMBEDDED_THEMES
                .dirs()
                .map(|d| d.path().to_string_lossy().into_owned())
                .collect(),
        };
        names.sort();
        names
    }
}
