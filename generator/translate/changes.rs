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

/// Lines listed at most; the changes that do not fit are counted.
const MOST: usize = 8;

/// Words shown of a segment whose words did not change.
const FORMATTING_WORDS: usize = 12;

/// What changed in `original` since the version with hash `old_hash`, one
/// line per change (`was: …` and `now: …` for a changed text, `added: …`,
/// `removed: …`, and `formatting only …` for a segment whose words are the
/// same and whose emphasis, links or spaces are not: the same words twice
/// would look like no change at all), or a line saying that no word changed;
/// `None` when that version is not kept.
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
    // One entry per change, of one line or two (`was:` and `now:`).
    let mut entries: Vec<Vec<String>> = Vec::new();
    for (j, change) in changes.iter().enumerate() {
        let (id, now) = plain(&new, j);
        let label = label(&id);
        match *change {
            Change::Same(i) => kept[i] = true,
            Change::Changed(Some(i)) => {
                kept[i] = true;
                let (_, was) = plain(&old, i);
                entries.push(changed(&label, &was, &now));
            }
            Change::Changed(None) => entries.push(vec![format!("{label}added: {now}")]),
        }
    }
    for (i, _) in kept.iter().enumerate().filter(|(_, k)| !**k) {
        let (id, was) = plain(&old, i);
        entries.push(vec![format!("{}removed: {was}", label(&id))]);
    }
    let mut out = String::from("What changed in the original since this translation:");
    if entries.is_empty() {
        // Emphasis and links are not part of the compared text, nor are
        // settings such as `weight`: say so, rather than show nothing.
        out.push_str("\nthe words are the same; only formatting (emphasis, links, spaces) or front-matter settings changed");
        return Some(out);
    }
    let mut shown = 0;
    for (n, entry) in entries.iter().enumerate() {
        if shown + entry.len() > MOST {
            let more = entries.len() - n;
            let changes = if more == 1 { "change" } else { "changes" };
            out.push_str(&format!(
                "\n… and {more} more {changes}: compare the whole page"
            ));
            break;
        }
        shown += entry.len();
        for line in entry {
            out.push('\n');
            out.push_str(line);
        }
    }
    Some(out)
}

/// The lines of a segment whose text went from `was` to `now`: the words
/// that changed, with some around them, or, when the words are the same
/// (only emphasis, a link or spacing changed), the segment's first words
/// once, said to have changed in formatting only.
fn changed(label: &str, was: &str, now: &str) -> Vec<String> {
    if was.split_whitespace().eq(now.split_whitespace()) {
        let words: Vec<&str> = now.split_whitespace().collect();
        let mut shown = words[..words.len().min(FORMATTING_WORDS)].join(" ");
        if words.len() > FORMATTING_WORDS {
            shown.push('…');
        }
        return vec![format!(
            "{label}formatting only (emphasis, links or spaces), same words: {shown}"
        )];
    }
    let (was, now) = around_the_change(was, now);
    vec![format!("{label}was: {was}"), format!("{label}now: {now}")]
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
