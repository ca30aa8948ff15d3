//! Folder mistakes: a path that is not a campaign folder gets advice that
//! works: the campaigns a folder holds, the campaign a misspelt name meant,
//! and `faro fork` to start a new one.

use std::path::Path;

use crate::diagnostics::{did_you_mean, Diagnostic};

/// The sub-folders of `dir` that are campaigns (hold a campaign.yaml), sorted.
pub fn campaigns_in(dir: &Path) -> Vec<String> {
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
/// project has one.
fn fork_advice(near: &Path) -> String {
    let source = near
        .parent()
        .filter(|p| p.join("veneto/campaign.yaml").is_file())
        .map_or_else(
            || "campaigns/veneto".to_string(),
            |p| p.join("veneto").display().to_string(),
        );
    format!(
        "to start a new campaign: faro fork {source} {} --region …",
        near.display()
    )
}

/// The error for a campaign folder that does not exist.
pub fn not_found(dir: &Path) -> Diagnostic {
    let parent = dir
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let siblings = campaigns_in(parent);
    let name = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let hint = match did_you_mean(&name, siblings.iter().map(String::as_str)) {
        Some(s) => format!("did you mean {}?", parent.join(s).display()),
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
    };
    Diagnostic::error("campaign.missing", "campaign folder not found")
        .in_file(dir)
        .with_hint(hint)
}

/// The hint for a folder without a campaign.yaml: the campaigns it holds, if
/// any, else how to start one.
pub fn no_config_hint(dir: &Path) -> String {
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
    }
}
