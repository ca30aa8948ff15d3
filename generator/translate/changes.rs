//! What changed in an original since a translation was made from it, shown
//! beside a stale translation in `faro check` so that the translator sees
//! which sentences to update instead of comparing two whole pages. The old
//! original is the copy kept under `translations/originals/` by `faro stamp`,
//! `faro fork` and XLIFF imports (see [`super::history`]); the two versions
//! are compared segment by segment (title, description, paragraphs, list
//! items), and each changed segment is cut to the words that changed, with a
//! few words around them.

use std::path::Path;

use super::export::alignment_keys;
use super::history::{self, Change};
use super::{inline, segments};
use crate::campaign::content::SourcePage;

/// [`since`] for the campaign at `campaign_dir`, as `crate::campaign::essential::check` asks.
pub(crate) fn finder(campaign_dir: &Path) -> impl Fn(&SourcePage, &str) -> Option<String> + '_ {
    move |original, old_hash| since(campaign_dir, original, old_hash)
}

/// Words kept on each side of a change.
const CONTEXT_WORDS: usize = 6;

/// Segments listed at most; the rest are counted.
const MOST: usize = 8;

/// What changed in `original` since the version with hash `old_hash`, one
/// line per change (`was: …`, `now: …`, `added: …`, `removed: …`); `None`
/// when that version is not kept or no text changed (only markup did).
pub(crate) fn since(campaign_dir: &Path, original: &SourcePage, old_hash: &str) -> Option<String> {
    let old_text = history::original(campaign_dir, old_hash, "md")?;
    let old = segments::page(&old_text);
    let new = segments::page(&original.source.text);
    let plain = |e: &segments::Extracted, i: usize| {
        let s = &e.segments[i];
        (s.id.clone(), inline::plain(&s.content))
    };
    let changes = history::align(&alignment_keys(&old), &alignment_keys(&new));
    let mut kept = vec![false; old.segments.len()];
    let mut lines = Vec::new();
    for (j, change) in changes.iter().enumerate() {
        let (id, now) = plain(&new, j);
        match *change {
            Change::Same(i) => kept[i] = true,
            Change::Changed(Some(i)) => {
                kept[i] = true;
                let (_, was) = plain(&old, i);
                let (was, now) = around_the_change(&was, &now);
                lines.push(format!("{}was: {was}", label(&id)));
                lines.push(format!("{}now: {now}", label(&id)));
            }
            Change::Changed(None) => lines.push(format!("{}added: {now}", label(&id))),
        }
    }
    for (i, _) in kept.iter().enumerate().filter(|(_, k)| !**k) {
        let (id, was) = plain(&old, i);
        lines.push(format!("{}removed: {was}", label(&id)));
    }
    if lines.is_empty() {
        return None;
    }
    let total = lines.len();
    if total > MOST {
        lines.truncate(MOST);
        lines.push(format!(
            "… and {} more changes: compare the whole page",
            total - MOST
        ));
    }
    let mut out = String::from("What changed in the original since this translation:\n");
    out.push_str(&lines.join("\n"));
    Some(out)
}

/// `title ` or `description ` for a front-matter field; nothing for text.
fn label(id: &str) -> String {
    match id {
        "title" | "description" | "nav_title" => format!("{id} "),
        _ => String::new(),
    }
}

/// The two texts cut to the words that differ, with [`CONTEXT_WORDS`] words
/// around them, `…` where three words or more were left out.
fn around_the_change(was: &str, now: &str) -> (String, String) {
    let a: Vec<&str> = was.split_whitespace().collect();
    let b: Vec<&str> = now.split_whitespace().collect();
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let suffix = a[prefix..]
        .iter()
        .rev()
        .zip(b[prefix..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let cut = |words: &[&str]| {
        // Leaving out fewer than three words saves nothing.
        let start = Some(prefix.saturating_sub(CONTEXT_WORDS)).filter(|s| *s >= 3);
        let start = start.unwrap_or(0);
        let end = words.len() - suffix + CONTEXT_WORDS;
        let end = if end + 3 <= words.len() {
            end
        } else {
            words.len()
        };
        let mut text = words[start..end].join(" ");
        if start > 0 {
            text.insert(0, '…');
        }
        if end < words.len() {
            text.push('…');
        }
        if text.is_empty() {
            text.push_str("(nothing)");
        }
        text
    };
    (cut(&a), cut(&b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_changed_sentence_is_cut_to_the_changed_words_with_some_around() {
        let (was, now) = around_the_change(
            "one two three four five six seven eight nine ten Veneto 11 12 13 14 15 16 17 18 19",
            "one two three four five six seven eight nine ten Lombardia 11 12 13 14 15 16 17 18 19",
        );
        assert_eq!(
            was,
            "…five six seven eight nine ten Veneto 11 12 13 14 15 16…"
        );
        assert_eq!(
            now,
            "…five six seven eight nine ten Lombardia 11 12 13 14 15 16…"
        );
        // Two words or fewer are never left out.
        let (was, now) = around_the_change(
            "The campaign is run by a fictional association.",
            "The campaign is run by a fictional association, run by volunteers.",
        );
        assert_eq!(was, "The campaign is run by a fictional association.");
        assert!(now.starts_with("The campaign") && now.ends_with("volunteers."));
        let (was, now) = around_the_change("a b", "a b c");
        assert_eq!((was.as_str(), now.as_str()), ("a b", "a b c"));
        let (was, now) = around_the_change("", "new");
        assert_eq!((was.as_str(), now.as_str()), ("(nothing)", "new"));
    }
}
