//! The one rule for every path that comes from a campaign folder.
//!
//! A campaign folder is untrusted input: regions copy folders and kits from
//! each other. Every value that becomes a path (a page's `key` and `slug`, the
//! names of files under `content/`, `assets/`, `locales/`, `templates/`, logo
//! and image references, theme names, print asset names) and every path that
//! the build writes goes through [`SafeRelPath`]: a relative path made of
//! [`check_segment`]-approved names, which can neither leave the folder it is
//! joined to nor mean something else on another system. Readers that walk a
//! folder go through [`crate::untrusted::files::list_files`], which refuses symbolic
//! links that resolve outside the campaign or project.

use std::fmt;
use std::path::{Component, Path, PathBuf};

/// Why a path written in a campaign cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Unsafe {
    /// Nothing, or an empty segment (`a//b`).
    Empty,
    /// Starts with `/` (or is a Windows absolute path).
    Absolute,
    /// A `..` that would leave the folder (or any `.`/`..` where none is allowed).
    Parent,
    /// A `\`, which Windows reads as a folder separator.
    Backslash,
    /// A NUL or another control character.
    Control(char),
    /// A `:` (a Windows drive letter such as `C:` or an NTFS stream).
    Colon,
    /// A character that Windows or a URL cannot carry in a name (`<>"|?*#`).
    Reserved(char),
    /// A name Windows reserves for a device (`CON`, `NUL`, `COM1`…).
    DeviceName(String),
    /// A name ending with a dot or a space, which Windows silently drops.
    TrailingDot,
    /// A percent-encoded character (`%2e%2e`, `%2f`, `%00`…).
    PercentEncoded(String),
}

impl fmt::Display for Unsafe {
    /// A predicate: "`value` {self}" is the sentence shown.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Unsafe::Empty => write!(f, "is empty or has an empty name between two `/`"),
            Unsafe::Absolute => write!(f, "is an absolute path"),
            Unsafe::Parent => write!(
                f,
                "has a `..` or `.` name, which could lead out of its folder"
            ),
            Unsafe::Backslash => write!(f, "has a backslash"),
            Unsafe::Control(c) => write!(f, "has the control character U+{:04X}", *c as u32),
            Unsafe::Colon => write!(f, "has a `:` (a drive letter or a stream name)"),
            Unsafe::Reserved(c) => write!(
                f,
                "has the character `{c}`, which a file or page name cannot have"
            ),
            Unsafe::DeviceName(n) => write!(f, "uses `{n}`, a name Windows reserves for a device"),
            Unsafe::TrailingDot => write!(f, "has a name that ends with a dot or a space"),
            Unsafe::PercentEncoded(e) => write!(f, "has the percent-encoded `{e}`"),
        }
    }
}

impl Unsafe {
    /// What to write instead, for error hints.
    pub(crate) fn hint(&self) -> &'static str {
        match self {
            Unsafe::Absolute | Unsafe::Parent | Unsafe::Colon => {
                "write a path inside the campaign folder, relative to it, with `/` between folders, such as assets/logo.svg"
            }
            Unsafe::Backslash => "separate folders with `/`, such as assets/logo.svg",
            Unsafe::PercentEncoded(_) => "write the characters themselves, not their %-codes",
            _ => "use letters, digits, `-`, `_` and `.` in names, such as warning-signs or logo.svg",
        }
    }
}

/// Windows device names: a file with one of these base names (any extension,
/// any case) opens the device instead.
const DEVICE_NAMES: [&str; 22] = [
    "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8",
    "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
];

/// Characters no name may carry: Windows refuses them, and `?`/`#` end a URL's path.
const RESERVED_CHARS: [char; 7] = ['<', '>', '"', '|', '?', '*', '#'];

/// Checks one name of a path (a file or folder name, a URL segment).
pub(crate) fn check_segment(name: &str) -> Result<(), Unsafe> {
    if name.is_empty() {
        return Err(Unsafe::Empty);
    }
    if name == "." || name == ".." {
        return Err(Unsafe::Parent);
    }
    for (i, c) in name.char_indices() {
        match c {
            '\\' => return Err(Unsafe::Backslash),
            ':' => return Err(Unsafe::Colon),
            c if c.is_control() => return Err(Unsafe::Control(c)),
            c if RESERVED_CHARS.contains(&c) => return Err(Unsafe::Reserved(c)),
            '%' => {
                let code = name.get(i + 1..i + 3).unwrap_or("");
                if code.len() == 2 && code.bytes().all(|b| b.is_ascii_hexdigit()) {
                    return Err(Unsafe::PercentEncoded(format!("%{code}")));
                }
            }
            _ => {}
        }
    }
    if name.ends_with('.') || name.ends_with(' ') {
        return Err(Unsafe::TrailingDot);
    }
    let base = name.split('.').next().unwrap_or(name).trim_end();
    if DEVICE_NAMES.iter().any(|d| d.eq_ignore_ascii_case(base)) {
        return Err(Unsafe::DeviceName(base.to_string()));
    }
    Ok(())
}

/// A relative path with `/` separators whose every name passed
/// [`check_segment`]: joined to a folder, it stays inside that folder.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct SafeRelPath(String);

impl SafeRelPath {
    /// Checks `value` as written: no `.` or `..` names at all. A final `/`
    /// is allowed (URL paths of pages end with one).
    pub(crate) fn new(value: &str) -> Result<SafeRelPath, Unsafe> {
        if value.starts_with('/') || value.starts_with('\\') {
            return Err(Unsafe::Absolute);
        }
        let body = value.strip_suffix('/').unwrap_or(value);
        for name in body.split('/') {
            check_segment(name)?;
        }
        Ok(SafeRelPath(value.to_string()))
    }

    /// Resolves `reference`, written in a file of the folder `base` (itself
    /// relative to the root), against it: `..` may climb back up to the root,
    /// never above it.
    pub(crate) fn resolve(base: &Path, reference: &str) -> Result<SafeRelPath, Unsafe> {
        if reference.is_empty() {
            return Err(Unsafe::Empty);
        }
        if reference.starts_with('/') || reference.starts_with('\\') {
            return Err(Unsafe::Absolute);
        }
        let mut names: Vec<String> = Vec::new();
        for c in base.components() {
            match c {
                Component::Normal(n) => names.push(n.to_string_lossy().into_owned()),
                Component::CurDir => {}
                _ => return Err(Unsafe::Absolute),
            }
        }
        for name in reference.split('/') {
            match name {
                "." => {}
                ".." => {
                    names.pop().ok_or(Unsafe::Parent)?;
                }
                name => {
                    check_segment(name)?;
                    names.push(name.to_string());
                }
            }
        }
        if names.is_empty() {
            return Err(Unsafe::Empty);
        }
        Ok(SafeRelPath(names.join("/")))
    }

    /// The path, with `/` separators.
    pub(crate) fn as_str(&self) -> &str {
        &self.0
    }

    /// `root` joined with this path: always inside `root`.
    pub(crate) fn under(&self, root: &Path) -> PathBuf {
        root.join(self.0.trim_end_matches('/'))
    }
}

impl fmt::Display for SafeRelPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// True when `path`, once its symbolic links are resolved, is inside one of
/// `roots` (themselves resolved). A path that cannot be resolved (missing,
/// dangling) is not inside.
pub(crate) fn resolves_inside(path: &Path, roots: &[PathBuf]) -> bool {
    path.canonicalize()
        .is_ok_and(|real| roots.iter().any(|r| real.starts_with(r)))
}

/// The first symbolic link on the way from `root` down to `path` (a path
/// under `root` that may not exist yet), folders and the file itself. A
/// command that writes into a campaign refuses to write through any link,
/// even one that stays inside: the write would replace a file it does not name.
pub(crate) fn link_on_the_way(root: &Path, path: &Path) -> Option<PathBuf> {
    let rel = path.strip_prefix(root).ok()?;
    let mut at = root.to_path_buf();
    for c in rel.components() {
        at.push(c);
        match std::fs::symlink_metadata(&at) {
            Ok(m) if m.file_type().is_symlink() => return Some(at),
            Ok(_) => {}
            // Not there yet: nothing below it exists either.
            Err(_) => return None,
        }
    }
    None
}

/// `path` relative to `root` as a [`SafeRelPath`], for a file a command is
/// about to write: it must be under `root`, through safe names only.
pub(crate) fn relative_to(root: &Path, path: &Path) -> Result<SafeRelPath, Unsafe> {
    let rel = path.strip_prefix(root).map_err(|_| Unsafe::Absolute)?;
    let mut names = Vec::new();
    for c in rel.components() {
        match c {
            Component::Normal(n) => names.push(n.to_str().ok_or(Unsafe::Control('\u{fffd}'))?),
            Component::CurDir | Component::ParentDir => return Err(Unsafe::Parent),
            _ => return Err(Unsafe::Absolute),
        }
    }
    SafeRelPath::new(&names.join("/"))
}

/// A name like `name` that [`check_segment`] and URLs accept, for hints:
/// lower case, every run of other characters one hyphen, the extension kept.
pub(crate) fn suggested_name(name: &str) -> String {
    let (stem, extension) = match name.rsplit_once('.') {
        Some((stem, ext))
            if !stem.is_empty()
                && !ext.is_empty()
                && ext.chars().all(|c| c.is_ascii_alphanumeric()) =>
        {
            (stem, Some(ext.to_ascii_lowercase()))
        }
        _ => (name, None),
    };
    let mut out = String::new();
    for c in stem.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let mut out = out.trim_end_matches('-').to_string();
    if out.is_empty() || check_segment(&out).is_err() {
        out.push_str(if out.is_empty() { "page" } else { "-page" });
    }
    match extension {
        Some(ext) => format!("{out}.{ext}"),
        None => out,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_relative_paths_pass() {
        for ok in [
            "about",
            "guidelines/steps",
            "it/aiuto/",
            "assets/logo.svg",
            "что-делать",
        ] {
            assert_eq!(SafeRelPath::new(ok).unwrap().as_str(), ok);
        }
    }

    #[test]
    fn every_escape_is_refused() {
        let cases = [
            ("../../../../../tmp/elsewhere/about", Unsafe::Parent),
            ("a/../b", Unsafe::Parent),
            ("./a", Unsafe::Parent),
            ("/etc/passwd", Unsafe::Absolute),
            ("\\\\server\\share", Unsafe::Absolute),
            ("a\\..\\b", Unsafe::Backslash),
            ("C:/Windows", Unsafe::Colon),
            ("c:", Unsafe::Colon),
            ("a\0b", Unsafe::Control('\0')),
            ("a\nb", Unsafe::Control('\n')),
            ("a\u{85}b", Unsafe::Control('\u{85}')),
            ("CON", Unsafe::DeviceName("CON".into())),
            ("assets/nul.png", Unsafe::DeviceName("nul".into())),
            ("Com1.txt", Unsafe::DeviceName("Com1".into())),
            ("%2e%2e/x", Unsafe::PercentEncoded("%2e".into())),
            ("a%2Fb", Unsafe::PercentEncoded("%2F".into())),
            ("a%00", Unsafe::PercentEncoded("%00".into())),
            ("a//b", Unsafe::Empty),
            ("", Unsafe::Empty),
            ("a?b", Unsafe::Reserved('?')),
            ("a#b", Unsafe::Reserved('#')),
            ("name.", Unsafe::TrailingDot),
            ("name ", Unsafe::TrailingDot),
        ];
        for (value, why) in cases {
            assert_eq!(SafeRelPath::new(value), Err(why), "{value:?}");
        }
        assert!(SafeRelPath::new("100%.png").is_ok());
        assert!(SafeRelPath::new("console.md").is_ok());
    }

    #[test]
    fn references_climb_back_but_never_out() {
        let base = Path::new("content/it");
        let logo = SafeRelPath::resolve(base, "../../assets/logo.svg").unwrap();
        assert_eq!(logo.as_str(), "assets/logo.svg");
        assert_eq!(
            SafeRelPath::resolve(base, "../../../etc/passwd"),
            Err(Unsafe::Parent)
        );
        assert_eq!(
            SafeRelPath::resolve(Path::new(""), "/etc/passwd"),
            Err(Unsafe::Absolute)
        );
        assert_eq!(
            SafeRelPath::resolve(base, "..\\..\\x"),
            Err(Unsafe::Backslash)
        );
        assert_eq!(
            SafeRelPath::resolve(base, "%2e%2e/x"),
            Err(Unsafe::PercentEncoded("%2e".into()))
        );
    }

    #[test]
    fn suggestions_are_safe_names() {
        assert_eq!(suggested_name("About Us.md"), "about-us.md");
        assert_eq!(suggested_name("CON.md"), "con-page.md");
        assert_eq!(suggested_name("..."), "page");
        assert_eq!(suggested_name("Città  Nuova!"), "città-nuova");
    }

    #[test]
    fn a_link_on_the_way_to_a_written_file_is_found() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path();
        std::fs::create_dir_all(root.join("content/it")).unwrap();
        std::fs::create_dir_all(root.join("elsewhere")).unwrap();
        let target = root.join("content/it/page.md");
        assert_eq!(link_on_the_way(root, &target), None);
        assert_eq!(link_on_the_way(root, &root.join("content/de/new.md")), None);
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(root.join("elsewhere"), root.join("content/de")).unwrap();
            let through = root.join("content/de/new.md");
            assert_eq!(
                link_on_the_way(root, &through),
                Some(root.join("content/de"))
            );
            std::os::unix::fs::symlink("page.md", root.join("content/it/alias.md")).unwrap();
            let alias = root.join("content/it/alias.md");
            assert_eq!(link_on_the_way(root, &alias), Some(alias.clone()));
        }
    }

    #[test]
    fn written_paths_must_be_under_the_root_through_safe_names() {
        let root = Path::new("/camp");
        assert_eq!(
            relative_to(root, Path::new("/camp/content/de/a.md"))
                .unwrap()
                .as_str(),
            "content/de/a.md"
        );
        assert_eq!(
            relative_to(root, Path::new("/etc/passwd")),
            Err(Unsafe::Absolute)
        );
        assert_eq!(
            relative_to(root, Path::new("/camp/content/../../etc/passwd")),
            Err(Unsafe::Parent)
        );
        assert_eq!(
            relative_to(root, Path::new("/camp/content/CON.md")),
            Err(Unsafe::DeviceName("CON".into()))
        );
    }

    #[test]
    fn joined_paths_stay_under_the_root() {
        let p = SafeRelPath::new("it/aiuto/").unwrap();
        assert_eq!(p.under(Path::new("/out")), Path::new("/out/it/aiuto"));
    }
}
