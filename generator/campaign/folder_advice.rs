//! Folder mistakes: a path that is not a campaign folder gets advice that
//! works: the campaigns a folder holds, the campaign a misspelt name meant,
//! and `faro fork` to start a new one.

use std::path::{Path, PathBuf};

use crate::diagnostics::{did_you_mean, Diagnostic};

/// The sub-folders of `dir` that are campaigns (hold a campaign.yaml), sorted.
pub(crate) fn campaigns_in(dir: &Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut names: Vec<String> = entries
        .filter_map(Result::ok)
        .filter(|e| e.path().join("campaign.yaml").is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// How to start a campaign, with the pilot as the example source when the
/// project has one (and where to get one when it has none).
fn fork_advice(near: &Path) -> String {
    let parent = near
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let pilot = [parent.join("veneto"), parent.join("campaigns/veneto")]
        .into_iter()
        .find(|p| p.join("campaign.yaml").is_file() && p.as_path() != near)
        .map(|p| PathBuf::from(shown(&p)));
    match pilot {
        Some(source) => format!(
            "to start a new campaign: faro fork {} {} --region …",
            source.display(),
            near.display()
        ),
        None => format!(
            "to start a new campaign, get one to start from (unzip the replication-kit.zip of a \
             published campaign site, or the campaigns/veneto folder of the Faro repository), \
             then: faro fork <that folder> {} --region …",
            near.display()
        ),
    }
}

/// The error for a campaign folder that does not exist.
pub(crate) fn not_found(dir: &Path) -> Diagnostic {
    let parent = dir
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let siblings = campaigns_in(parent);
    let name = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    // `lombardia` typed in the project folder, for campaigns/lombardia.
    let in_campaigns = parent.join("campaigns");
    let nested = campaigns_in(&in_campaigns);
    let hint = match did_you_mean(&name, siblings.iter().map(String::as_str)) {
        Some(s) => format!("did you mean {}?", parent.join(s).display()),
        None => match did_you_mean(&name, nested.iter().map(String::as_str)) {
            Some(s) => format!("did you mean {}?", shown(&in_campaigns.join(s))),
            None if !siblings.is_empty() => format!(
                "the campaigns in {} are: {}; or, {}",
                parent.display(),
                siblings.join(", "),
                fork_advice(dir)
            ),
            None => format!(
                "give the path of a folder that has a campaign.yaml, such as campaigns/veneto; {}",
                fork_advice(dir)
            ),
        },
    };
    Diagnostic::error("campaign.missing", "campaign folder not found")
        .in_file(dir)
        .with_hint(hint)
}

/// A path as the user would type it (without a leading `./`).
fn shown(path: &Path) -> String {
    path.strip_prefix(".").unwrap_or(path).display().to_string()
}

/// The hint for a folder without a campaign.yaml: the campaigns it holds, if
/// any, else how to start one.
pub(crate) fn no_config_hint(dir: &Path) -> String {
    let inside = campaigns_in(dir);
    match inside.first() {
        Some(first) => format!(
            "this folder holds campaigns ({}); name one, such as {}",
            inside.join(", "),
            dir.join(first).display()
        ),
        None => format!(
            "a campaign folder needs a campaign.yaml; {}",
            fork_advice(dir)
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folder_mistakes_get_advice_that_works() {
        let root = tempfile::tempdir().unwrap();
        let campaigns = root.path().join("campaigns");
        for name in ["veneto", "basic"] {
            std::fs::create_dir_all(campaigns.join(name)).unwrap();
            std::fs::write(campaigns.join(name).join("campaign.yaml"), "id: x\n").unwrap();
        }
        let hint = no_config_hint(&campaigns);
        assert!(hint.contains("basic, veneto"), "{hint}");
        let typo = not_found(&campaigns.join("venetto"));
        assert!(typo.hint.unwrap().ends_with("veneto?"));
        let other = not_found(&campaigns.join("lombardia")).hint.unwrap();
        assert!(other.contains("faro fork"), "{other}");
        // The campaign's name alone, typed in the project folder.
        let short = not_found(&root.path().join("venetto")).hint.unwrap();
        assert!(short.ends_with("campaigns/veneto?"), "{short}");
        // No pilot to fork from: where to get one, never a fork into itself.
        let empty = tempfile::tempdir().unwrap();
        let alone = not_found(&empty.path().join("campaigns/veneto"))
            .hint
            .unwrap();
        assert!(alone.contains("replication-kit.zip"), "{alone}");
    }
}
