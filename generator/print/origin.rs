//! Which of the campaign's texts a piece of laid-out text comes from, and
//! where that text is written, so that an asset whose layout breaks (text
//! that overlaps, runs off the page or onto a page too many) is reported at
//! the user's words: a Fluent message, a guidelines page or campaign.yaml,
//! not Faro's template.

use super::{Job, JobContext, PrintData};
use crate::diagnostics::{key_lines, position_of, Diagnostic};

/// Runs shorter than this (a number, a bullet) say nothing of their origin.
const MIN_RUN_CHARS: usize = 4;

/// `text` with its white space folded to single spaces.
fn folded(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The texts of `data` (as keyed by [`PrintData::texts`]) that the laid-out
/// `runs` come from, each with the number of characters laid out from it,
/// most first. A run found in several texts counts for the shortest one,
/// the most specific.
pub(super) fn origins(data: &PrintData, runs: &[&str]) -> Vec<(String, usize)> {
    let texts: Vec<(String, String)> = data
        .texts()
        .into_iter()
        .map(|(key, text)| (key, folded(text)))
        .collect();
    let mut found: Vec<(String, usize)> = Vec::new();
    for run in runs {
        let run = folded(run.trim_end_matches(" …"));
        if run.chars().count() < MIN_RUN_CHARS || !run.chars().any(char::is_alphabetic) {
            continue;
        }
        let Some((key, _)) = texts
            .iter()
            .filter(|(_, text)| text.contains(&run))
            .min_by_key(|(_, text)| text.len())
        else {
            continue;
        };
        let n = run.chars().count();
        match found.iter_mut().find(|(k, _)| k == key) {
            Some((_, total)) => *total += n,
            None => found.push((key.clone(), n)),
        }
    }
    found.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    found
}

/// The text between the first pair of backticks of a layout problem (the
/// text it names), if any.
pub(super) fn named_text(problem: &str) -> Option<&str> {
    problem.split('`').nth(1)
}

impl JobContext<'_> {
    /// `d` pointed at where the text `key` (as keyed by
    /// [`PrintData::texts`]) is written: its Fluent message, its guidelines
    /// page, or the campaign.yaml setting it comes from. `None` for a text
    /// that is not the campaign's (a string of Faro's own, say).
    pub(super) fn at_text(&self, d: Diagnostic, job: &Job, key: &str) -> Option<Diagnostic> {
        if let Some(o) = self.campaign.i18n.messages(&job.locale).remove(key) {
            return Some(d.in_file(&o.file).at(o.position.line, o.position.column));
        }
        let page = self
            .campaign
            .pages
            .iter()
            .find(|p| p.relative.to_string_lossy().replace('\\', "/") == key);
        if let Some(page) = page {
            return Some(d.in_file(&page.source.path));
        }
        let setting = match key {
            "helpline facts" => "helplines",
            other => other.strip_prefix("campaign.yaml ")?,
        };
        let source = &self.campaign.config_source;
        Some(match key_lines(&source.text, setting, ':').first() {
            Some(&at) => d.at_source(
                source,
                position_of(&source.text, at),
                setting.chars().count(),
            ),
            None => d.in_file(&source.path),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folded_text_matches_across_line_breaks_and_the_ellipsis_of_a_message() {
        assert_eq!(folded("Your  phone\nbelongs"), "Your phone belongs");
        assert_eq!(
            named_text("`Your phone …` runs off the page"),
            Some("Your phone …")
        );
        assert_eq!(named_text("no text named"), None);
    }
}
