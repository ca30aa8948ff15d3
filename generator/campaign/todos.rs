//! Replication to-dos: every `TODO:` left in a campaign's YAML, Markdown or
//! Fluent files (`faro fork` writes them for each regional fact).

use std::collections::HashMap;
use std::path::Path;

use rayon::prelude::*;

use crate::diagnostics::{position_of, Diagnostic, Diagnostics, Severity, SourceText};
use crate::untrusted::files;

/// The marker that makes a line a to-do.
pub(crate) const MARKER: &str = "TODO:";

/// What a fork must not keep from the campaign it was made from.
#[derive(Debug, Default)]
pub(crate) struct SourceWords {
    /// The source's region (in each of its languages' spelling) and numbers.
    pub words: Vec<String>,
    /// Phrases around mentions confirmed as true for the new campaign.
    pub keep: Vec<String>,
}

/// Lists the to-dos of a campaign folder, as errors (or as warnings in a draft):
/// `TODO:` markers, and mentions of `source.words` (the source campaign's
/// region and numbers, for a fork) in pages and strings. Files already in
/// `loaded` (the pages the loader read) are not read again.
pub(crate) fn scan(
    campaign_dir: &Path,
    loaded: &[&SourceText],
    regional_words: &SourceWords,
    draft: bool,
) -> Diagnostics {
    let mut diags = Diagnostics::new();
    let mut files = vec![campaign_dir.join("campaign.yaml")];
    for (folder, ext) in [("content", "md"), ("locales", "ftl")] {
        files.extend(files::list_files(
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
            None => files::read_text(path).map_or_else(
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

/// Hints, one per kind of to-do (`faro check` prints each once per file).
pub(crate) const FACT_HINT: &str =
    "replace it with the real fact for your region, then remove the `TODO:`";
/// See [`FACT_HINT`].
pub(crate) const PASSAGE_HINT: &str = "rewrite the passage for your region (it stops being a to-do once changed); if it is right for your region as it is, delete ` to-adapt=…` from its `:::` line";
/// See [`FACT_HINT`].
pub(crate) const MENTION_HINT: &str = "rewrite it for your region; if one place is true for your region as written (a partner of the source's project, say), confirm that place alone: copy the quoted words into `keep:` under `forked_from` in campaign.yaml";

/// The hash `faro fork` records on a passage to adapt: the first 12 hex
/// digits of the BLAKE3 hash of its text, surrounding blank space ignored.
pub(crate) fn passage_hash(text: &str) -> String {
    blake3::hash(text.trim().as_bytes()).to_hex()[..12].to_string()
}

/// The to-dos of one file.
pub(crate) fn scan_file(
    source: &SourceText,
    regional_words: &SourceWords,
    draft: bool,
) -> Diagnostics {
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
    // memchr's SIMD search: std's `match_indices` (two-way, a byte at a
    // time) was 0.8 % of a 24,000-page build's instructions; the same
    // non-overlapping matches in the same order.
    for offset in memchr::memmem::find_iter(source.text.as_bytes(), MARKER) {
        let what = todo_text(&source.text, offset);
        let pos = position_of(&source.text, offset);
        push(
            Diagnostic::error("todo", format!("to-do: {what}")).at_source(
                source,
                pos,
                MARKER.len(),
            ),
            FACT_HINT,
        );
    }
    if source.path.ends_with("campaign.yaml") {
        return diags;
    }
    // Byte ranges already listed as a whole: passages still to adapt.
    let mut listed: Vec<std::ops::Range<usize>> = Vec::new();
    if source.path.extension().is_some_and(|e| e == "md") {
        for passage in passages_to_adapt(&source.text) {
            let pos = position_of(&source.text, passage.opening);
            let msg = format!(
                "passage to adapt (`::: {}`): still the text of the campaign this one was forked from",
                passage.kind
            );
            push(
                Diagnostic::error("todo.passage", msg)
                    .at_source(source, pos, 3)
                    .with_original(source.text[passage.text.clone()].trim()),
                PASSAGE_HINT,
            );
            listed.push(passage.opening..passage.text.end);
        }
    }
    for word in regional_words.words.iter().filter(|w| !w.is_empty()) {
        for (offset, _) in source.text.match_indices(word.as_str()) {
            let span = offset..offset + word.len();
            if listed.iter().any(|r| r.contains(&offset))
                || on_todo_line(&source.text, offset)
                || confirmed(&source.text, &span, &regional_words.keep)
            {
                continue;
            }
            let pos = position_of(&source.text, offset);
            let msg = format!(
                "mentions `{word}` (\"{}\"), a fact of the campaign this one was forked from",
                words_around(&source.text, &span)
            );
            push(
                Diagnostic::error("todo.mention", msg).at_source(source, pos, word.chars().count()),
                MENTION_HINT,
            );
        }
    }
    diags
}

/// What the to-do at `offset` asks for: the rest of its line, and, for one
/// written in a comment, the comment lines below it.
fn todo_text(text: &str, offset: usize) -> String {
    let line_end = text[offset..].find('\n').map_or(text.len(), |i| offset + i);
    let mut what = text[offset + MARKER.len()..line_end]
        .trim()
        .trim_end_matches(['"', '\''])
        .to_string();
    // A to-do written in a comment may go on in the comment lines below it.
    if text[..offset]
        .rsplit('\n')
        .next()
        .is_some_and(|l| l.contains('#'))
    {
        for next in text[line_end..].lines().skip(1) {
            let Some(more) = next.trim().strip_prefix('#') else {
                break;
            };
            if more.contains(MARKER) || more.trim().is_empty() {
                break;
            }
            what.push(' ');
            what.push_str(more.trim());
        }
    }
    what
}

/// True when the mention at `span` lies inside one of the `keep` phrases.
fn confirmed(text: &str, span: &std::ops::Range<usize>, keep: &[String]) -> bool {
    keep.iter().filter(|p| !p.trim().is_empty()).any(|phrase| {
        let phrase = phrase.trim();
        text.match_indices(phrase)
            .any(|(at, _)| at <= span.start && span.end <= at + phrase.len())
    })
}

/// How many words either side of a mention name its place.
const WORDS_AROUND: usize = 3;

/// The mention at `span` with up to three words either side, from its own line
/// and without quotes: a phrase to copy into `forked_from.keep`.
fn words_around(text: &str, span: &std::ops::Range<usize>) -> String {
    let stop = |c: char| c == '\n' || c == '"' || c == '\\';
    let from = text[..span.start].rfind(stop).map_or(0, |i| i + 1);
    let to = text[span.end..]
        .find(stop)
        .map_or(text.len(), |i| span.end + i);
    // Byte ranges of the line's words.
    let mut words = Vec::new();
    let mut start = None;
    for (i, c) in text[from..to].char_indices() {
        match (c.is_whitespace(), start) {
            (false, None) => start = Some(from + i),
            (true, Some(s)) => {
                words.push(s..from + i);
                start = None;
            }
            _ => {}
        }
    }
    words.extend(start.map(|s| s..to));
    let first = words.iter().position(|w| w.end > span.start).unwrap_or(0);
    let last = words
        .iter()
        .rposition(|w| w.start < span.end)
        .unwrap_or(first);
    let begin = words[first.saturating_sub(WORDS_AROUND)].start;
    let end = words[(last + WORDS_AROUND).min(words.len() - 1)].end;
    text[begin..end].to_string()
}

/// True when the line holding `offset` is already a `TODO:` line.
fn on_todo_line(text: &str, offset: usize) -> bool {
    let start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    let end = text[offset..].find('\n').map_or(text.len(), |i| offset + i);
    text[start..end].contains(MARKER)
}

/// A `::: kind to-adapt=HASH` block whose text still has that hash.
struct Passage<'t> {
    kind: &'t str,
    /// Byte offset of the opening line.
    opening: usize,
    /// Byte range of the passage's text (between the marker lines).
    text: std::ops::Range<usize>,
}

/// The passages of a page that were not changed since `faro fork` marked them.
fn passages_to_adapt(text: &str) -> Vec<Passage<'_>> {
    let mut found = Vec::new();
    // Most pages have no block at all: not read line by line.
    if memchr::memmem::find(text.as_bytes(), b":::").is_none() {
        return found;
    }
    let mut open: Option<(&str, &str, usize, usize)> = None;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        match (open, crate::campaign::blocks::block_opening(line)) {
            (None, Some((kind, Some(hash)))) => {
                open = Some((kind, hash, offset, offset + line.len()))
            }
            (Some((kind, hash, opening, start)), _) if line.trim() == ":::" => {
                if passage_hash(&text[start..offset]) == hash {
                    found.push(Passage {
                        kind,
                        opening,
                        text: start..offset,
                    });
                }
                open = None;
            }
            _ => {}
        }
        offset += line.len();
    }
    found
}

/// True when a page's front matter says `untranslated: true`.
fn is_untranslated_copy(text: &str) -> bool {
    let mut lines = text.lines();
    lines.next() == Some("---")
        && lines
            .take_while(|l| l.trim_end() != "---")
            .any(|l| l.trim() == "untranslated: true")
}

/// The words a fork must not keep: the source's region (as each of its
/// languages spells it) and regional numbers, with the confirmed phrases.
pub(crate) fn regional_words(
    forked_from: Option<&crate::campaign::yaml::ForkedFrom>,
) -> SourceWords {
    forked_from
        .map(|f| SourceWords {
            words: f
                .region
                .iter()
                .chain(&f.names)
                .chain(&f.numbers)
                .cloned()
                .collect(),
            keep: f.keep.clone(),
        })
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
        let none = SourceWords::default();
        let found: Vec<_> = scan(dir.path(), &[], &none, false).sorted();
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].message, "to-do: the region's name");
        assert_eq!(found[0].position.map(|p| p.line), Some(2));
        assert_eq!(found[1].position.map(|p| p.line), Some(5));
        let draft = scan(dir.path(), &[], &none, true);
        assert!(draft.iter().all(|d| d.severity == Severity::Warning));
        // A fork's regional words count wherever they appear in pages.
        let words = |w: &str| SourceWords {
            words: vec![w.to_string()],
            keep: vec![],
        };
        let mentions = scan(dir.path(), &[], &words("local services"), false);
        assert_eq!(mentions.error_count(), 2, "not again on the TODO line");
        let mentions = scan(dir.path(), &[], &words("A"), false);
        assert_eq!(mentions.error_count(), 3);
    }

    #[test]
    fn a_passage_to_adapt_is_a_todo_until_changed() {
        let text = "Veneto\n::: regional to-adapt=HASH\nCall Veneto.\n:::\n";
        let unchanged = text.replace("HASH", &passage_hash("Call Veneto.\n"));
        let source = |t: &str| SourceText {
            path: "a.md".into(),
            text: t.into(),
        };
        let words = SourceWords {
            words: vec!["Veneto".to_string()],
            keep: vec![],
        };
        let found = scan_file(&source(&unchanged), &words, false).sorted();
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0].code, "todo.mention");
        assert_eq!(found[1].code, "todo.passage");
        assert_eq!(found[1].original.as_deref(), Some("Call Veneto."));
        let edited = unchanged.replace("Call Veneto.", "Call Lombardia.");
        let found = scan_file(&source(&edited), &words, false).sorted();
        assert_eq!(found.len(), 1, "only the mention outside: {found:?}");
    }

    #[test]
    fn a_mention_is_confirmed_by_the_words_around_it_alone() {
        let text = "Partners: Regione del Veneto, lead partner.\nThe Veneto Region's helpline.\n";
        let source = SourceText {
            path: "a.ftl".into(),
            text: text.into(),
        };
        let mut words = SourceWords {
            words: vec!["Veneto".to_string()],
            keep: vec![],
        };
        let found = scan_file(&source, &words, false).sorted();
        assert_eq!(found.len(), 2);
        assert!(
            found[0]
                .message
                .contains("(\"Partners: Regione del Veneto, lead partner.\")"),
            "{}",
            found[0].message
        );
        words.keep = vec!["Regione del Veneto, lead".to_string()];
        let found = scan_file(&source, &words, false).sorted();
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].position.map(|p| p.line), Some(2));
    }
}
