//! A built site read into memory, and an internal-URL resolver written
//! independently of the generator's own link checker.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use super::html::tags;
use super::{faro_build, read_tree, tempdir, Run};

/// A built site, read into memory.
pub struct Site {
    /// Every file of the output by relative path (folders excluded).
    pub files: BTreeMap<String, Vec<u8>>,
    /// The campaign's `base_url`, ending with `/`.
    pub base_url: String,
    /// What the build printed.
    pub run: Run,
}

/// Builds `campaign` into a temporary folder and reads the result; the folder is
/// removed before returning. Panics if the build fails.
pub fn build_site(campaign: &Path, base_url: &str) -> Site {
    let tmp = tempdir();
    let out = tmp.path().join("site");
    let run = faro_build(tmp.path(), campaign, &out);
    run.assert_success();
    let files = read_tree(&out)
        .into_iter()
        .filter_map(|(p, c)| c.map(|c| (p, c)))
        .collect();
    Site {
        files,
        base_url: base_url.to_string(),
        run,
    }
}

impl Site {
    /// Text of an output file; panics if it is missing.
    pub fn text(&self, path: &str) -> String {
        let bytes = self
            .files
            .get(path)
            .unwrap_or_else(|| panic!("{path} is not in the output"));
        String::from_utf8(bytes.clone()).unwrap_or_else(|_| panic!("{path} is not UTF-8"))
    }

    /// Every HTML file: (relative path, text).
    pub fn html_files(&self) -> Vec<(String, String)> {
        self.files
            .keys()
            .filter(|p| p.ends_with(".html"))
            .map(|p| (p.clone(), self.text(p)))
            .collect()
    }

    /// The root-relative URL of an output file (`en/about/index.html` → `/en/about/`).
    pub fn url_of(&self, file: &str) -> String {
        let base_path = base_path(&self.base_url);
        match file.strip_suffix("index.html") {
            Some(dir) => format!("{base_path}{dir}"),
            None => format!("{base_path}{file}"),
        }
    }

    /// The absolute URL of an output file.
    pub fn permalink_of(&self, file: &str) -> String {
        let path = self.url_of(file);
        format!(
            "{}{}",
            self.base_url,
            &path[base_path(&self.base_url).len()..]
        )
    }

    /// Resolves `url`, written in output file `from`, to an output file.
    /// `Ok(None)` for external URLs; `Err` explains why an internal URL is broken.
    pub fn resolve(
        &self,
        from: &str,
        url: &str,
    ) -> Result<Option<(String, Option<String>)>, String> {
        let base_path = base_path(&self.base_url);
        let url = match url.strip_prefix(&self.base_url) {
            Some(rest) => format!("{base_path}{rest}"),
            None if is_external(url) => return Ok(None),
            None => url.to_string(),
        };
        let (rest, fragment) = match url.split_once('#') {
            Some((r, f)) => (r.to_string(), Some(percent_decode(f))),
            None => (url.clone(), None),
        };
        let path = rest.split('?').next().unwrap_or("");
        if path.is_empty() {
            return Ok(Some((from.to_string(), fragment)));
        }
        let absolute = if path.starts_with('/') {
            path.to_string()
        } else {
            let page = self.url_of(from);
            let dir = &page[..page.rfind('/').map_or(0, |i| i + 1)];
            normalise(&format!("{dir}{path}"))
        };
        let Some(rel) = absolute.strip_prefix(base_path) else {
            return Err(format!(
                "`{url}` is outside the site's base path {base_path}"
            ));
        };
        let rel = percent_decode(rel);
        let file = if rel.is_empty() || rel.ends_with('/') {
            format!("{rel}index.html")
        } else {
            rel
        };
        if self.files.contains_key(&file) {
            Ok(Some((file, fragment)))
        } else {
            Err(format!("`{url}` names {file}, which is not in the output"))
        }
    }

    /// Every broken internal URL of every HTML file, as `file: why`. Fragments
    /// must name an `id` in the target page.
    pub fn broken_links(&self) -> Vec<String> {
        let ids: BTreeMap<String, BTreeSet<String>> = self
            .html_files()
            .into_iter()
            .map(|(p, html)| {
                let ids = tags(&html)
                    .iter()
                    .filter_map(|t| t.attr("id").map(str::to_string))
                    .collect();
                (p, ids)
            })
            .collect();
        let mut broken = Vec::new();
        for (file, html) in self.html_files() {
            for tag in tags(&html) {
                for url in tag.urls() {
                    match self.resolve(&file, &url) {
                        Err(why) => broken.push(format!("{file}: <{}> {why}", tag.name)),
                        Ok(Some((target, Some(fragment)))) if target.ends_with(".html") => {
                            if !ids[&target].contains(&fragment) {
                                broken.push(format!(
                                    "{file}: <{}> `{url}`: {target} has no id `{fragment}`",
                                    tag.name
                                ));
                            }
                        }
                        Ok(_) => {}
                    }
                }
            }
        }
        broken
    }
}

/// The path part of a base URL (`https://x.org/a/` → `/a/`).
pub fn base_path(base_url: &str) -> &str {
    let after = base_url.split_once("://").map_or(base_url, |(_, r)| r);
    after.find('/').map_or("/", |i| &after[i..])
}

/// True for URLs with a scheme (`https:`, `tel:`, `mailto:`) or starting with `//`.
pub fn is_external(url: &str) -> bool {
    if url.starts_with("//") {
        return true;
    }
    match url.split_once(':') {
        Some((scheme, _)) => {
            let mut chars = scheme.chars();
            chars.next().is_some_and(|c| c.is_ascii_alphabetic())
                && chars.all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
        }
        None => false,
    }
}

/// The host of an absolute URL (`https://a.b/c` → `a.b`).
pub fn host_of(url: &str) -> Option<&str> {
    let rest = url
        .split_once("://")
        .map(|(_, r)| r)
        .or(url.strip_prefix("//"))?;
    Some(rest.split(['/', '?', '#']).next().unwrap_or(""))
}

fn normalise(path: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for seg in path.split('/') {
        match seg {
            ".." => {
                parts.pop();
            }
            "." | "" => {}
            s => parts.push(s),
        }
    }
    let trailing = if path.ends_with('/') || path.ends_with("/.") || path.ends_with("/..") {
        "/"
    } else {
        ""
    };
    if parts.is_empty() {
        "/".to_string()
    } else {
        format!("/{}{trailing}", parts.join("/"))
    }
}

fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            let hex = |c: u8| (c as char).to_digit(16);
            if let (Some(h), Some(l)) = (hex(b[i + 1]), hex(b[i + 2])) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}
