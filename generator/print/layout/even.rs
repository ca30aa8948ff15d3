//! The check on uneven lines: a paragraph whose lines zig-zag ("Se qualcuno
//! controlla / il tuo telefono / di nascosto, / non è colpa tua: puoi")
//! reads as broken by a rule, not set. Measured on the laid-out lines, like
//! the other checks: every line of a paragraph but its last at least
//! [`EVEN_LINE`] of its longest, the last at least [`EVEN_LAST_LINE`]. A
//! helpline's facts are left out: one a line, they are a list.

use super::facts::{Facts, FACT_DOT};
use super::lines::{paragraphs, text_lines, TextLine};
use super::PlacedText;

/// The shortest a line but the last may be, as a part of its paragraph's
/// longest line.
pub(super) const EVEN_LINE: f64 = 0.45;
/// The shortest the last line of a paragraph may be, as a part of its
/// longest line.
pub(super) const EVEN_LAST_LINE: f64 = 0.3;

/// The paragraphs of `lines` (see [`paragraphs`]) cut where a list's
/// bullet (a run of `texts` of its own, left out of the lines) starts a new
/// item beside a line: the items of a list, one under the other, are
/// paragraphs of their own.
fn item_paragraphs(texts: &[&PlacedText], lines: &[TextLine]) -> Vec<Vec<usize>> {
    let bullets: Vec<&&PlacedText> = texts.iter().filter(|t| t.text.trim() == "•").collect();
    // A bullet on the line's baseline, just before its start (or, right to
    // left, just after its end).
    let item_start = |l: &TextLine| {
        bullets.iter().any(|b| {
            let near = |a: f64, z: f64| (a - z).abs() < 2.0 * l.size;
            b.page == l.page
                && (b.baseline - l.baseline).abs() < 0.3 * l.size
                && (near(b.x.1, l.x.0) || near(b.x.0, l.x.1))
        })
    };
    let mut out = Vec::new();
    for paragraph in paragraphs(lines) {
        let mut current = vec![paragraph[0]];
        for &i in &paragraph[1..] {
            if item_start(&lines[i]) {
                out.push(std::mem::take(&mut current));
            }
            current.push(i);
        }
        out.push(current);
    }
    out
}

/// Lines shorter than the rules above allow, naming the line. Left out: the
/// headline (the largest text of the first page, broken by sense and held
/// by its own rules), a helpline's facts, and a last line of one word,
/// which [`super::lines::lone_last_words`] reports. A paragraph of two
/// lines has only a last line to check ("Scan for" / "more information").
pub(super) fn uneven_lines(texts: &[&PlacedText], facts: &Facts) -> Vec<String> {
    let lines = text_lines(texts);
    let largest = lines
        .iter()
        .filter(|l| l.page == 1)
        .map(|l| l.size)
        .fold(0.0, f64::max);
    let mut problems = Vec::new();
    for paragraph in item_paragraphs(texts, &lines) {
        let of_facts = paragraph.iter().any(|&i| {
            let text = &lines[i].text;
            text.contains(FACT_DOT) || facts.is_fact(text)
        });
        let first = &lines[paragraph[0]];
        let headline = first.page == 1 && first.size > largest * 0.97;
        if paragraph.len() < 2 || of_facts || headline {
            continue;
        }
        let width = |i: usize| lines[i].x.1 - lines[i].x.0;
        let longest = paragraph.iter().map(|&i| width(i)).fold(0.0, f64::max);
        let last = paragraph[paragraph.len() - 1];
        for &i in &paragraph {
            let least = if i == last {
                EVEN_LAST_LINE
            } else if paragraph.len() >= 3 {
                EVEN_LINE
            } else {
                continue;
            };
            if width(i) < least * longest && lines[i].words > 1 {
                problems.push(format!(
                    "the line `{}` is {:.0} % as long as the longest of its paragraph (at least {:.0} % {}): its lines zig-zag",
                    lines[i].text.trim(),
                    100.0 * width(i) / longest,
                    100.0 * least,
                    if i == last { "for a last line" } else { "but for the last line" }
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

    #[test]
    fn a_line_much_shorter_than_its_paragraphs_longest_is_a_problem() {
        let rules = Rules {
            headline: true,
            ..Rules::default()
        };
        let head = run("Il tuo telefono", 100.0, 100.0, 40.0);
        let zigzag = [
            head.clone(),
            run("Se qualcuno controlla", 100.0, 400.0, 10.0),
            run("il tuo telefono", 100.0, 412.0, 10.0),
            run("di lato", 100.0, 424.0, 10.0),
            run("non è colpa tua: puoi", 100.0, 436.0, 10.0),
            run("chiedere aiuto.", 100.0, 448.0, 10.0),
        ];
        assert_eq!(
            text_problems(&zigzag, PAGE, rules),
            ["the line `di lato` is 32 % as long as the longest of its paragraph (at least 45 % but for the last line): its lines zig-zag"]
        );
        let even = [
            head,
            run("Se qualcuno controlla il tuo", 100.0, 400.0, 10.0),
            run("telefono di nascosto, non ti", 100.0, 412.0, 10.0),
            run("colpa tua: puoi chiedere", 100.0, 424.0, 10.0),
            run("da te.", 100.0, 436.0, 10.0),
        ];
        assert_eq!(
            text_problems(&even, PAGE, rules),
            ["the line `da te.` is 21 % as long as the longest of its paragraph (at least 30 % for a last line): its lines zig-zag"]
        );
    }
}
