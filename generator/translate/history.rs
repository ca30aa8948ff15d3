//! What the original looked like when a translation was made: every stamp and
//! import keeps a copy of the original under `translations/originals/<hash>`
//! (the hash `translated_from` records), so that an export can show the
//! previous source of a changed segment and leave out the unchanged ones.

use std::path::{Path, PathBuf};

use crate::diagnostics::Diagnostic;

/// Folder of the kept originals, inside the campaign.
pub(crate) const ORIGINALS: &str = "translations/originals";

/// Where the original with this hash is kept (`None` for a hash that is not
/// plain hex digits: it comes from a file a translator edits).
pub(crate) fn path_of(campaign_dir: &Path, hash: &str, extension: &str) -> Option<PathBuf> {
    // The hash comes from a translation's front matter: only hex digits may
    // become a file name.
    let safe = !hash.is_empty() && hash.len() <= 64 && hash.chars().all(|c| c.is_ascii_hexdigit());
    safe.then(|| {
        campaign_dir
            .join(ORIGINALS)
            .join(format!("{hash}.{extension}"))
    })
}

/// The original with this hash, if it was kept.
pub(crate) fn original(campaign_dir: &Path, hash: &str, extension: &str) -> Option<String> {
    std::fs::read_to_string(path_of(campaign_dir, hash, extension)?).ok()
}

/// Keeps `text` as the original with this hash (once; later calls do nothing).
pub(crate) fn keep(
    campaign_dir: &Path,
    hash: &str,
    extension: &str,
    text: &str,
) -> Result<(), Diagnostic> {
    let Some(path) = path_of(campaign_dir, hash, extension) else {
        return Ok(());
    };
    if path.symlink_metadata().is_ok() {
        // Kept already (a link here is refused by the check, not followed).
        return crate::untrusted::files::check_writable(campaign_dir, &path);
    }
    crate::untrusted::files::write_inside(campaign_dir, &path, text.as_bytes())
}

/// The hash `translated_from` records for a text.
pub(crate) fn hash(text: &str) -> String {
    crate::campaign::content::text_hash(text)
}

/// How a segment of the new original relates to the old one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Change {
    /// Unchanged: the same text as this old segment.
    Same(usize),
    /// New or changed; the old segment it replaces, if any.
    Changed(Option<usize>),
}

/// Aligns the segments of the new original with the old one's (longest common
/// subsequence of their texts): a paragraph inserted before others leaves them
/// unchanged, and a changed paragraph is paired with the one it replaced.
pub(crate) fn align(old: &[String], new: &[String]) -> Vec<Change> {
    let (n, m) = (old.len(), new.len());
    // lcs[i][j]: length of the common subsequence of old[i..] and new[j..].
    let mut lcs = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if old[i] == new[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let mut out = Vec::with_capacity(m);
    let (mut i, mut j) = (0, 0);
    // Old segments skipped since the last match, paired in order with the
    // new segments that replace them.
    let mut replaced: std::collections::VecDeque<usize> = Default::default();
    while j < m {
        if i < n && old[i] == new[j] {
            replaced.clear();
            out.push(Change::Same(i));
            i += 1;
            j += 1;
        } else if i < n && lcs[i + 1][j] >= lcs[i][j + 1] {
            replaced.push_back(i);
            i += 1;
        } else {
            out.push(Change::Changed(replaced.pop_front()));
            j += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn a_changed_paragraph_is_paired_with_the_one_it_replaced() {
        let old = strings(&["t", "a", "b", "c"]);
        let new = strings(&["t", "a", "B", "c", "d"]);
        assert_eq!(
            align(&old, &new),
            [
                Change::Same(0),
                Change::Same(1),
                Change::Changed(Some(2)),
                Change::Same(3),
                Change::Changed(None)
            ]
        );
    }

    #[test]
    fn an_inserted_paragraph_leaves_the_others_unchanged() {
        let old = strings(&["a", "b"]);
        let new = strings(&["x", "a", "b"]);
        assert_eq!(
            align(&old, &new),
            [Change::Changed(None), Change::Same(0), Change::Same(1)]
        );
    }
}
