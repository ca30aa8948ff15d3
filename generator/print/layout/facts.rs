//! The checks on a helpline's facts ("Free · 24 hours a day · Anonymous"),
//! which templates/print/facts.typ sets in lines broken only between facts,
//! the dot between two facts on the line that holds them both: no line ends
//! or starts on the dot, and no fact is split across lines when it would fit
//! its column.

use super::lines::{paragraphs, text_lines, TextLine};
use super::PlacedText;

/// The separator between a helpline's facts.
pub(super) const FACT_DOT: char = '·';

/// The words of `text` sorted, without the word joiners and break
/// opportunities the templates add: a fact as it reads whatever order its
/// runs come in (Arabic lines are joined right to left).
fn word_set(text: &str) -> Vec<String> {
    let bare = text.replace(['\u{2060}', '\u{200b}'], "");
    let mut words: Vec<String> = bare.split_whitespace().map(str::to_owned).collect();
    words.sort_unstable();
    words
}

/// The asset's facts, as sets of words (see [`word_set`]).
pub(super) struct Facts(Vec<Vec<String>>);

impl Facts {
    /// The facts of the asset's helplines, as the templates print them.
    pub(super) fn new(facts: &[String]) -> Self {
        Facts(facts.iter().map(|f| word_set(f)).collect())
    }

    /// Whether `text` is one whole fact.
    pub(super) fn is_fact(&self, text: &str) -> bool {
        let words = word_set(text);
        !words.is_empty() && self.0.contains(&words)
    }

    /// Whether `line` ends on a whole fact (so a short word or a number
    /// there ends the fact, not a phrase: "24 h sur 24, 7 jours sur 7").
    pub(super) fn line_ends_a_fact(&self, line: &str) -> bool {
        line.rsplit(FACT_DOT)
            .next()
            .is_some_and(|last| self.is_fact(last))
    }
}

/// The pieces of a line between its dots, trimmed.
fn pieces(line: &TextLine) -> Vec<&str> {
    line.text.split(FACT_DOT).map(str::trim).collect()
}

/// What breaks the facts' rules: a dot at a line's end or start, and a
/// fact split across two lines although it would fit its column (the widest
/// line of its paragraph, less a margin for the estimate; a part's width is
/// its line's, in proportion to its characters).
pub(super) fn fact_problems(texts: &[&PlacedText], facts: &Facts) -> Vec<String> {
    let lines = text_lines(texts);
    let mut problems = Vec::new();
    for paragraph in paragraphs(&lines) {
        let of_facts = paragraph.iter().any(|&i| {
            lines[i].text.contains(FACT_DOT) || pieces(&lines[i]).iter().any(|p| facts.is_fact(p))
        });
        if !of_facts {
            continue;
        }
        for &i in &paragraph {
            let text = lines[i].text.trim();
            if text.starts_with(FACT_DOT) || text.ends_with(FACT_DOT) {
                problems.push(format!(
                    "the dot between two facts is left at the end or start of the line `{text}`"
                ));
            }
        }
        let column = paragraph
            .iter()
            .map(|&i| lines[i].x.1 - lines[i].x.0)
            .fold(0.0, f64::max);
        for pair in paragraph.windows(2) {
            let (a, b) = (&lines[pair[0]], &lines[pair[1]]);
            let tail = pieces(a).last().copied().unwrap_or_default();
            let head = pieces(b).first().copied().unwrap_or_default();
            let joined = format!("{tail} {head}");
            // A dot at a line's end leaves an empty piece: told above.
            let empty = tail.is_empty() || head.is_empty();
            if empty || facts.is_fact(tail) || !facts.is_fact(&joined) {
                continue;
            }
            let part = |line: &TextLine, piece: &str| {
                let share = piece.chars().count() as f64 / line.text.chars().count().max(1) as f64;
                (line.x.1 - line.x.0) * share
            };
            if part(a, tail) + part(b, head) + 0.3 * a.size <= column * 0.85 {
                problems.push(format!(
                    "the fact `{joined}` is split across two lines, though it fits its column"
                ));
            }
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::super::tests::{run, PAGE};
    use super::super::{text_problems, Rules};

    fn facts() -> Vec<String> {
        [
            "Free",
            "24 hours a day",
            "Anonymous",
            "Answers in several languages",
            "Help in all the languages of the European Union",
        ]
        .map(String::from)
        .to_vec()
    }

    #[test]
    fn a_fact_split_although_it_fits_its_column_is_a_problem_and_a_whole_fact_may_stand_alone() {
        let facts = facts();
        let rules = Rules {
            headline: true,
            facts: &facts,
            ..Rules::default()
        };
        let head = run("Stay safe", 100.0, 100.0, 40.0);
        let split = [
            head.clone(),
            run(
                "Free · 24 hours a day · Anonymous · Answers in",
                100.0,
                400.0,
                10.0,
            ),
            run("several languages", 100.0, 412.0, 10.0),
        ];
        assert_eq!(
            text_problems(&split, PAGE, rules),
            ["the fact `Answers in several languages` is split across two lines, though it fits its column"]
        );
        // Broken between facts: the last line is a whole fact, even of one word.
        let whole = [
            head.clone(),
            run("Free · 24 hours a day", 100.0, 400.0, 10.0),
            run("Anonymous", 100.0, 412.0, 10.0),
        ];
        assert!(text_problems(&whole, PAGE, rules).is_empty());
        // A fact wider than its column may break inside.
        let wide = [
            head,
            run("Free", 100.0, 400.0, 10.0),
            run("Help in all the languages of the", 100.0, 412.0, 10.0),
            run("European Union", 100.0, 424.0, 10.0),
        ];
        assert!(text_problems(&wide, PAGE, rules).is_empty());
    }

    #[test]
    fn a_dot_at_the_end_or_start_of_a_line_of_facts_is_a_problem() {
        let facts = facts();
        let rules = Rules {
            headline: true,
            facts: &facts,
            ..Rules::default()
        };
        let head = run("Stay safe", 100.0, 100.0, 40.0);
        let hanging = [
            head.clone(),
            run("Free · 24 hours a day ·", 100.0, 400.0, 10.0),
            run("Anonymous", 100.0, 412.0, 10.0),
        ];
        assert_eq!(
            text_problems(&hanging, PAGE, rules),
            ["the dot between two facts is left at the end or start of the line `Free · 24 hours a day ·`"]
        );
        // Glued and in Arabic order, the same words are the same facts.
        let arabic = [
            head,
            run("day a hours\u{a0}24 · Free", 100.0, 400.0, 10.0),
            run("Anonymous", 100.0, 412.0, 10.0),
        ];
        assert!(text_problems(&arabic, PAGE, rules).is_empty());
    }
}
