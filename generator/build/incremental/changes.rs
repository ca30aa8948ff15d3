//! What an edit changed, as [`super::Session::apply`] follows it: which pages
//! of the campaign (read again), whether the strings changed, and which
//! templates. Anything else (a file added or removed, campaign.yaml, a theme,
//! an image) is not an edit a session follows.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::campaign::content::{self, SourcePage};
use crate::campaign::load::Campaign;
use crate::web::templates::Templates;

/// An edit a session can follow.
pub(super) struct Edit {
    /// Each edited page: its index in the campaign's pages and its new version.
    pub pages: Vec<(usize, SourcePage)>,
    /// The `.ftl` files that changed, as the build names them (under the
    /// campaign folder; `None` for the project's shared strings).
    pub strings: Vec<Option<PathBuf>>,
    /// The names of the templates whose file changed.
    pub templates: Vec<String>,
}

impl Edit {
    /// True when an edited page's front matter changed (so the model and
    /// what other pages show of it may have).
    pub(super) fn front_matter_changed(&self, campaign: &Campaign) -> bool {
        self.pages
            .iter()
            .any(|(i, new)| front_matter(new) != front_matter(&campaign.pages[*i]))
    }

    /// True when an edited page's place in the site model may have changed:
    /// its key, slug, weight or `untranslated` mark, the only parts of a page
    /// the model reads (`Site::new`). A title, menu label, description or
    /// template changes what pages show, never where they are, nor what the
    /// model reports.
    pub(super) fn moves_pages(&self, campaign: &Campaign) -> bool {
        self.pages
            .iter()
            .any(|(i, new)| place(new) != place(&campaign.pages[*i]))
    }
}

/// What the site model reads of a page.
fn place(page: &SourcePage) -> (&str, &str, String, i64, bool) {
    let front = &page.front;
    (
        &page.locale,
        &page.key,
        page.slug(),
        front.weight,
        front.untranslated,
    )
}

/// The front matter of a page, as written.
fn front_matter(page: &SourcePage) -> &str {
    &page.source.text[..page.body_offset]
}

/// Reads the edit of `changed` (paths as the watcher reports them; `real_dir`
/// the campaign folder, canonical), or `None` when it is not one a session
/// follows or a changed page does not read (a full build reports why).
pub(super) fn read(
    campaign: &Campaign,
    real_dir: &Path,
    templates: &Templates,
    changed: &[PathBuf],
) -> Option<Edit> {
    let mut edit = Edit {
        pages: Vec::new(),
        strings: Vec::new(),
        templates: Vec::new(),
    };
    let changed: Vec<&PathBuf> = changed.iter().filter(|p| !vanished_scratch(p)).collect();
    if changed.is_empty() {
        return None;
    }
    for path in changed {
        // A removed file has no real path: that is a full build's work.
        let path = path.canonicalize().ok()?;
        if let Some(index) = page_index(campaign, real_dir, &path) {
            edit.pages.push((index, reread(campaign, index)?));
        } else if let Some(strings) = strings_file(campaign, real_dir, &path) {
            edit.strings.push(strings);
        } else {
            edit.templates.push(template_name(templates, &path)?);
        }
    }
    Some(edit)
}

/// The index of the campaign's page written in `path`.
fn page_index(campaign: &Campaign, real_dir: &Path, path: &Path) -> Option<usize> {
    let relative = path.strip_prefix(real_dir).ok()?;
    campaign.pages.iter().position(|p| p.relative == relative)
}

/// The new version of page `index`, if it reads.
fn reread(campaign: &Campaign, index: usize) -> Option<SourcePage> {
    let old = &campaign.pages[index];
    let dir = &campaign.dir;
    let within = dir.join("content").join(&old.locale);
    let key = old
        .source
        .path
        .strip_prefix(&within)
        .ok()?
        .with_extension("")
        .to_string_lossy()
        .replace('\\', "/");
    let new = content::load_page(dir, &old.source.path, &old.locale, key).ok()?;
    (new.key == old.key).then_some(new)
}

/// A `.ftl` file of a locale the campaign lists, in the campaign's strings
/// (`Some(path as the build names it)`) or the project's (`Some(None)`).
fn strings_file(campaign: &Campaign, real_dir: &Path, path: &Path) -> Option<Option<PathBuf>> {
    if path.extension()? != "ftl" {
        return None;
    }
    let in_locale = |root: &Path| {
        let relative = path.strip_prefix(root).ok()?;
        let locale = relative.components().next()?.as_os_str().to_str()?;
        campaign
            .settings
            .locales
            .iter()
            .any(|l| l == locale)
            .then_some(relative)
    };
    if let Some(relative) = in_locale(&real_dir.join("locales")) {
        return Some(Some(campaign.dir.join("locales").join(relative)));
    }
    let shared = campaign.project.root.as_ref()?.join("locales");
    in_locale(&shared).map(|_| None)
}

/// The name of the loaded template whose file is `path`.
fn template_name(templates: &Templates, path: &Path) -> Option<String> {
    templates
        .names()
        .find(|name| {
            templates
                .origin(name)
                .and_then(|src| src.path.canonicalize().ok())
                .is_some_and(|p| p == path)
        })
        .map(str::to_string)
}

/// The templates that use one of `changed`: those, and every template that
/// extends, includes or imports one that does. A template names another
/// only as a quoted string, so any quoted mention counts (more than needed
/// at worst, never less).
pub(super) fn users_of(templates: &Templates, changed: &[String]) -> BTreeSet<String> {
    let mut users: BTreeSet<String> = changed.iter().cloned().collect();
    loop {
        let found: Vec<String> = templates
            .names()
            .filter(|name| !users.contains(*name))
            .filter(|name| {
                let text = templates.origin(name).map_or("", |s| &s.text);
                users.iter().any(|used| mentions(text, used))
            })
            .map(str::to_string)
            .collect();
        if found.is_empty() {
            return users;
        }
        users.extend(found);
    }
}

/// `text` has `name` as a quoted string.
fn mentions(text: &str, name: &str) -> bool {
    text.contains(&format!("\"{name}\"")) || text.contains(&format!("'{name}'"))
}

/// A file that an editor or a tool wrote beside the one it saved and renamed
/// over it, so that it is gone already: no longer there, and named like no
/// file Faro reads (no extension, hidden, or a temporary name), such as the
/// `sedAbC123` of `sed -i` or the `.goutputstream-…` of GNOME's editors.
fn vanished_scratch(path: &Path) -> bool {
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
        return false;
    };
    let scratch = !name.contains('.') || name.starts_with('.') || name.contains("tmp");
    scratch && !path.exists()
}

#[cfg(test)]
mod tests {
    use super::{mentions, vanished_scratch};

    #[test]
    fn only_gone_scratch_files_are_left_out_of_an_edit() {
        let tmp = tempfile::tempdir().unwrap();
        let at = |name: &str| tmp.path().join(name);
        for gone in [
            "sedAbC123",
            ".goutputstream-XYZ",
            "about.md.tmp",
            "x___jb_tmp___",
        ] {
            assert!(vanished_scratch(&at(gone)), "{gone}");
        }
        // A page, a template or an image that is gone is an edit of its own.
        for gone in ["about.md", "page.html", "photo.png", "campaign.ftl"] {
            assert!(!vanished_scratch(&at(gone)), "{gone}");
        }
        std::fs::write(at("sedAbC123"), "still there").unwrap();
        assert!(!vanished_scratch(&at("sedAbC123")));
    }

    #[test]
    fn a_template_uses_another_when_it_names_it_in_quotes() {
        assert!(mentions(r#"{% extends "base.html" %}"#, "base.html"));
        assert!(mentions(
            "{% include 'partials/nav.html' %}",
            "partials/nav.html"
        ));
        assert!(!mentions(r#"{% extends "base.html" %}"#, "nav.html"));
    }
}
