//! Replication to-dos: every `TODO:` left in a campaign's YAML, Markdown or
//! Fluent files (`faro fork` writes them for each regional fact).

use std::collections::HashMap;
use std::path::Path;

use rayon::prelude::*;

use crate::diagnostics::{position_of, Diagnostic, Diagnostics, Severity, SourceText};
use crate::fsutil;

/// The marker that makes a line a to-do.
pub const MARKER: &str = "TODO:";

/// Lists the to-dos of a campaign folder, as errors (or as warnings in a draft):
/// `TODO:` markers, and mentions of `regional_words` (the source campaign's
/// region and numbers, for a fork) in pages and strings. Files already in
/// `loaded` (the pages the loader read) are not read again.
pub fn scan(
    campaign_dir: &Path,
    loaded: &[&SourceText],
    regional_words: &[String],
    draft: bool,
) -> Diagnostics {
    let mut diags = Diagnostics::new();
    let mut files = vec![campaign_dir.join("campaign.yaml")];
    for (folder, ext) in [("content", "md"), ("locales", "ftl")] {
        files.extend(fsutil::list_files(
            &campaign_dir.join(folder),
            campaign_dir,
            &[ext],
            &mut diags,
        ));
    }
    let known: HashMap<&Path, &SourceText> =
        loaded.iter().map(|s| (s.path.as_path(), *s)).collect();
    let found: Vec<Diagnostics> = files
        .par_iter()
        .map(|path| match known.get(path.as_path()) {
            Some(source) => scan_file(source, regional_words, draft),
            // Unreadable files are reported by the loader; here they have no to-dos.
            None => fsutil::read_text(path).map_or_else(
                |_| Diagnostics::new(),
                |text| {
                    let source = SourceText {
                        path: path.clone(),
                        text: text.into(),
                    };
                    scan_file(&source, regional_words, draft)
                },
            ),
        })
        .collect();
    for d in found {
        diags.extend(d);
    }
    diags
}

/// The to-dos of one file.
fn scan_file(source: &SourceText, regional_words: &[String], draft: bool) -> Diagnostics {
    let mut diags = Diagnostics::new();
    // A seeded copy waiting for translation is translation work, reported
    // by the translation report; its original carries the to-dos.
    if is_untranslated_copy(&source.text) {
        return diags;
    }
    let mut push = |d: Diagnostic, hint: &str| {
        let mut d = d.with_hint(hint);
        if draft {
            d.severity = Severity::Warning;
        }
        diags.push(d);
    };
    for (offset, _) in source.text.match_indices(MARKER) {
        let line_end = source.text[offset..]
            .find('\n')
            .map_or(source.text.len(), |i| offset + i);
        let what = source.text[offset + MARKER.len()..line_end]
            .trim()
            .trim_end_matches(['"', '\'']);
        let pos = position_of(&source.text, offset);
        push(
            Diagnostic::error("todo", format!("to-do: {what}")).at_source(
                source,
                pos,
                MARKER.len(),
            ),
            "replace it with the real fact for your region, then remove the `TODO:`",
        );
    }
    if source.path.ends_with("campaign.yaml") {
        return diags;
    }
    for word in regional_words.iter().filter(|w| !w.is_empty()) {
        for (offset, _) in source.text.match_indices(word.as_str()) {
            let pos = position_of(&source.text, offset);
            let msg = format!(
                "to-do: mentions `{word}`, a fact of the campaign this one was forked from"
            );
            push(
                Diagnostic::error("todo", msg).at_source(source, pos, word.chars().count()),
                "rewrite it for your region (or drop the word from `forked_from` in campaign.yaml if it is right here)",
            );
        }
    }
    diags
}

/// True when a page's front matter says `untranslated: true`.
fn is_untranslated_copy(text: &str) -> bool {
    let mut lines = text.lines();
    lines.next() == Some("---")
        && lines
            .take_while(|l| l.trim_end() != "---")
            .any(|l| l.trim() == "untranslated: true")
}

/// The words a fork must not keep: the source's region and regional numbers.
pub fn regional_words(forked_from: Option<&crate::config::ForkedFrom>) -> Vec<String> {
    forked_from
        .map(|f| f.region.iter().chain(&f.numbers).cloned().collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_todos_with_their_lines() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("campaign.yaml"),
            "id: x\nregion: \"TODO: the region's name\"\n",
        )
        .unwrap();
        std::fs::create_dir_all(dir.path().join("content/en")).unwrap();
        std::fs::write(
            dir.path().join("content/en/a.md"),
            "---\ntitle: \"A\"\n---\n\nTODO: write the local services\n",
        )
        .unwrap();
        let found: Vec<_> = scan(dir.path(), &[], &[], false).sorted();
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].message, "to-do: the region's name");
        assert_eq!(found[0].position.map(|p| p.line), Some(2));
        assert_eq!(found[1].position.map(|p| p.line), Some(5));
        let draft = scan(dir.path(), &[], &[], true);
        assert!(draft.iter().all(|d| d.severity == Severity::Warning));
        // A fork's regional words count wherever they appear in pages.
        let mentions = scan(dir.path(), &[], &["local services".to_string()], false);
        assert_eq!(mentions.error_count(), 3);
    }
}
