//! The text work of `faro fork`: Fluent entries, passages to adapt, front
//! matter and top-level YAML blocks, each kept as written where it stays true.

use std::fmt::Write as _;

use crate::campaign::todos::passage_hash;

/// A Fluent file cut into entries: a message with its continuation lines, or
/// any other line (comment, blank) on its own.
pub(super) struct FluentEntry<'t> {
    pub(super) id: Option<&'t str>,
    pub(super) text: String,
}

impl FluentEntry<'_> {
    /// The message's value on one line.
    pub(super) fn value(&self) -> String {
        let after = self.text.split_once('=').map_or("", |(_, v)| v);
        after.split_whitespace().collect::<Vec<_>>().join(" ")
    }
}

pub(super) fn fluent_entries(text: &str) -> Vec<FluentEntry<'_>> {
    let mut entries: Vec<FluentEntry> = Vec::new();
    for line in text.split_inclusive('\n') {
        let id = line
            .split_once(" =")
            .map(|(id, _)| id)
            .filter(|id| !id.is_empty() && !id.starts_with([' ', '#']));
        let continues = line.starts_with(' ') && !line.trim().is_empty();
        match entries.last_mut() {
            Some(last) if continues && last.id.is_some() => last.text.push_str(line),
            _ => entries.push(FluentEntry {
                id,
                text: line.to_string(),
            }),
        }
    }
    entries
}

/// Marks each passage that may not stay true as a passage to adapt: its
/// opening line becomes `::: kind to-adapt=HASH` and its text stays whole.
/// Regional passages always; national ones when the country changes.
/// Returns the text and the number of passages marked.
pub(crate) fn mark_passages(text: &str, same_country: bool) -> (String, usize) {
    let mut out = String::with_capacity(text.len() + 64);
    let mut count = 0;
    let mut open: Option<(&str, String)> = None;
    for line in text.split_inclusive('\n') {
        if let Some((kind, body)) = open.as_mut() {
            if line.trim() == ":::" {
                let hash = passage_hash(body);
                let _ = writeln!(
                    out,
                    "::: {kind} {}{hash}",
                    crate::campaign::blocks::TO_ADAPT
                );
                out.push_str(body);
                out.push_str(line);
                open = None;
            } else {
                body.push_str(line);
            }
            continue;
        }
        match crate::campaign::blocks::block_opening(line) {
            Some((kind @ "regional", _)) => open = Some((kind, String::new())),
            Some((kind @ "national", _)) if !same_country => open = Some((kind, String::new())),
            _ => {
                out.push_str(line);
                continue;
            }
        }
        count += 1;
    }
    if let Some((kind, body)) = open {
        // An unclosed block (the source would not have loaded): kept as it was.
        let _ = writeln!(out, "::: {kind}");
        out.push_str(&body);
    }
    (out, count)
}

/// A page's text with `translated_from` set to `hash` in its front matter.
pub(super) fn with_translated_from(text: &str, hash: &str) -> String {
    let mut out = String::with_capacity(text.len() + 32);
    let mut lines = text.split_inclusive('\n');
    if let Some(first) = lines.next() {
        out.push_str(first);
    }
    let mut in_front = text.starts_with("---");
    for line in lines {
        if in_front && line.starts_with("translated_from:") {
            continue;
        }
        if in_front && line.trim_end() == "---" {
            out.push_str(&format!("translated_from: \"{hash}\"\n"));
            in_front = false;
        }
        out.push_str(line);
    }
    out
}

/// The text of a top-level YAML key and its indented lines, with its
/// comments: those inside the block and those directly above the key (they
/// explain the setting, as the pilot's `print:` comment explains `cmyk:`).
pub(super) fn top_level_block(yaml: &str, key: &str) -> String {
    let mut out = String::new();
    let mut inside = false;
    // Comment lines at the left margin since the last other line.
    let mut above: Vec<&str> = Vec::new();
    for line in yaml.lines() {
        let top_level = !line.starts_with([' ', '#', '-']) && !line.trim().is_empty();
        if top_level {
            inside = line.starts_with(&format!("{key}:"));
            if inside {
                out.push('\n');
                for comment in above.drain(..) {
                    out.push_str(comment);
                    out.push('\n');
                }
            }
        }
        if line.starts_with('#') {
            above.push(line);
            continue;
        }
        above.clear();
        if inside {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passages_stay_whole_and_are_marked_by_scope() {
        let text = "Intro\n\n::: regional\nCall 1522 in Veneto.\n:::\n\n::: national\nIn Italy, 1522.\n:::\nEnd\n";
        let (out, n) = mark_passages(text, true);
        assert_eq!(n, 1);
        let hash = passage_hash("Call 1522 in Veneto.\n");
        let marked = format!("::: regional to-adapt={hash}\nCall 1522 in Veneto.\n:::\n");
        assert!(out.contains(&marked), "{out}");
        assert!(
            out.contains("::: national\nIn Italy, 1522.\n:::\n"),
            "kept in the same country"
        );
        let (out, n) = mark_passages(text, false);
        assert_eq!(n, 2);
        assert!(out.contains("::: national to-adapt="), "{out}");
        assert!(out.starts_with("Intro\n") && out.ends_with("End\n"));
    }

    #[test]
    fn fluent_entries_keep_continuation_lines() {
        let e = fluent_entries("# c\na = one\n  two\nb = three\n");
        assert_eq!(e.len(), 3);
        assert_eq!(e[1].id, Some("a"));
        assert_eq!(e[1].value(), "one two");
    }

    #[test]
    fn top_level_blocks_are_copied_whole_with_their_comments() {
        let yaml = "a: 1\n# not about palette\n\n# The colours.\npalette:\n  primary: \"#000000\"\n  # note\n  text: \"#111111\"\n# about b\nb: 2\n";
        assert_eq!(
            top_level_block(yaml, "palette"),
            "\n# The colours.\npalette:\n  primary: \"#000000\"\n  # note\n  text: \"#111111\"\n"
        );
    }
}
