//! The checks on a laid-out asset's lines: a headline's lines (no single
//! word, no short word at a line's end) and the site's address (never broken
//! at one of its own hyphens).

use super::facts::Facts;
use super::PlacedText;
use crate::print::short_words::{closes_phrase, keeps_with_next};

/// The shortest a line of a headline of two lines or more may be, as a part
/// of its longest line: a title's last line of two short words ("ніхто / не
/// має права шпигувати / за вами", 23 %) is a stub, even though no line
/// holds a single word. templates/print/even.typ `even-fit` sets even lines.
pub(super) const EVEN_HEADLINE_LINE: f64 = 0.4;

/// A line of the headline: its words in reading order and its width.
pub(super) struct HeadlineLine {
    pub(super) text: String,
    pub(super) width: f64,
}

/// The lines of the headline (the largest words with letters on the first
/// page, so not a helpline number), from the top.
pub(super) fn headline_lines(texts: &[&PlacedText]) -> Vec<HeadlineLine> {
    let worded = |t: &&&PlacedText| t.page == 1 && t.text.chars().any(char::is_alphabetic);
    let largest = texts
        .iter()
        .filter(worded)
        .map(|t| t.size)
        .fold(0.0, f64::max);
    let mut lines: Vec<(f64, Vec<&PlacedText>)> = Vec::new();
    for t in texts
        .iter()
        .filter(worded)
        .filter(|t| t.size > largest * 0.97)
    {
        // One line's runs share a baseline, give or take a mark's offset
        // (an Arabic vowel sign may come as a run of its own, a little lower).
        match lines
            .iter_mut()
            .find(|(y, _)| (y - t.baseline).abs() < 0.2 * t.size)
        {
            Some((_, runs)) => runs.push(t),
            None => lines.push((t.baseline, vec![t])),
        }
    }
    lines.sort_by(|a, b| a.0.total_cmp(&b.0));
    lines
        .into_iter()
        .map(|(_, mut runs)| {
            // Runs in reading order: right to left in Arabic script.
            let rtl = runs.iter().any(|t| t.text.chars().any(is_rtl_letter));
            runs.sort_by(|a, b| a.x.0.total_cmp(&b.x.0));
            if rtl {
                runs.reverse();
            }
            let texts: Vec<&str> = runs.iter().map(|t| t.text.as_str()).collect();
            let left = runs.iter().map(|t| t.x.0).fold(f64::INFINITY, f64::min);
            let right = runs.iter().map(|t| t.x.1).fold(f64::NEG_INFINITY, f64::max);
            HeadlineLine {
                text: texts.join(" "),
                width: right - left,
            }
        })
        .collect()
}

fn is_rtl_letter(c: char) -> bool {
    matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

/// The words of `line`: its runs between spaces that hold a letter or a
/// digit, so that a word with its punctuation ("Stalkerware :", "erkennen
/// –") is one word, and a word glued to the next with a no-break space
/// counts as the two it is.
fn words(line: &str) -> usize {
    line.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// Lines of the headline that hold a single word, unless the headline is
/// that one word: none on its first, middle or last line ("Votre téléphone
/// / n’appartient / qu’à vous." fails), and a word with a colon is one word
/// too: "Stalkerware :" is a line of one word, as "Replication" is.
/// templates/print/even.typ `word-count` counts the same.
pub(super) fn lone_words(lines: &[HeadlineLine]) -> Vec<String> {
    if lines.iter().map(|l| words(&l.text)).sum::<usize>() < 2 {
        return Vec::new();
    }
    lines
        .iter()
        .filter(|l| words(&l.text) <= 1)
        .map(|l| format!("the headline leaves `{}` alone on a line", l.text.trim()))
        .collect()
}

/// Lines of a headline of two lines or more shorter than
/// [`EVEN_HEADLINE_LINE`] of its longest: a stub ("за вами") that the eye
/// reads as left over, in a title as in a message.
pub(super) fn short_headline_lines(lines: &[HeadlineLine]) -> Vec<String> {
    let longest = lines.iter().map(|l| l.width).fold(0.0, f64::max);
    if lines.len() < 2 {
        return Vec::new();
    }
    lines
        .iter()
        .filter(|l| l.width < EVEN_HEADLINE_LINE * longest)
        .map(|l| {
            format!(
                "the headline's line `{}` is {:.0} % as long as its longest (at least {:.0} %): a stub",
                l.text.trim(),
                100.0 * l.width / longest,
                100.0 * EVEN_HEADLINE_LINE
            )
        })
        .collect()
}

/// Lines of the headline but the first that start on a short word closing
/// the phrase before it (see [`closes_phrase`]): "non è colpa" / "tua:".
pub(super) fn headline_phrase_starts(lines: &[HeadlineLine], short_words: &[&str]) -> Vec<String> {
    lines
        .iter()
        .skip(1)
        .filter_map(|l| {
            let first = l.text.split_whitespace().next()?;
            closes_phrase(first, short_words).then(|| {
                format!(
                    "the headline starts a line on `{first}`, which closes the phrase before it"
                )
            })
        })
        .collect()
}

/// Lines of the headline but the last that end on a short word, which the
/// templates keep with the word after it (templates/print/faro.typ `glue`;
/// `short_words` are the language's, see [`crate::print::short_words`]):
/// "Stop stalkerware: tu" / "teléfono es solo tuyo".
pub(super) fn short_line_ends(lines: &[HeadlineLine], short_words: &[&str]) -> Vec<String> {
    let ends = lines.iter().rev().skip(1).rev();
    ends.filter_map(|line| {
        // A glued word's no-break space is whitespace too: the last word is
        // what the line really ends on.
        let last = line.text.split_whitespace().last()?;
        keeps_with_next(last, short_words)
            .then(|| format!("the headline ends a line on the short word `{last}`"))
    })
    .collect()
}

/// A line of text outside the headline: its runs' words in order of x, its
/// extent, baseline and size.
pub(super) struct TextLine {
    pub(super) page: usize,
    pub(super) words: usize,
    pub(super) text: String,
    pub(super) x: (f64, f64),
    pub(super) baseline: f64,
    pub(super) size: f64,
}

/// The runs of `texts` gathered into lines: runs of one size on one
/// baseline (give or take an Arabic mark's offset) that touch or nearly so.
pub(super) fn text_lines(texts: &[&PlacedText]) -> Vec<TextLine> {
    // Words only: a list's bullets stand alone on purpose.
    let mut runs: Vec<&PlacedText> = texts
        .iter()
        .copied()
        .filter(|t| t.text.chars().any(char::is_alphanumeric))
        .collect();
    runs.sort_by(|a, b| a.page.cmp(&b.page).then(a.x.0.total_cmp(&b.x.0)));
    let mut lines: Vec<TextLine> = Vec::new();
    for t in runs {
        let same_line = |l: &&mut TextLine| {
            l.page == t.page
                && (l.size - t.size).abs() < 0.03 * t.size
                && (l.baseline - t.baseline).abs() < 0.2 * t.size
                && t.x.0 - l.x.1 < 0.6 * t.size
        };
        match lines.iter_mut().find(same_line) {
            Some(line) => {
                line.text.push(' ');
                line.text.push_str(&t.text);
                line.x.1 = line.x.1.max(t.x.1);
            }
            None => lines.push(TextLine {
                page: t.page,
                words: 0,
                text: t.text.clone(),
                x: t.x,
                baseline: t.baseline,
                size: t.size,
            }),
        }
    }
    for line in &mut lines {
        // Runs in reading order: right to left in Arabic script, so that
        // the line's text ends where a reader's eye does.
        if line.text.chars().any(is_rtl_letter) {
            line.text = line.text.split(' ').rev().collect::<Vec<_>>().join(" ");
        }
        line.words = line.text.split_whitespace().count();
    }
    lines.sort_by(|a, b| a.page.cmp(&b.page).then(a.baseline.total_cmp(&b.baseline)));
    lines
}

/// The paragraphs of `lines`, each as its lines' indices from the top. A
/// paragraph's next line is the nearest below, at the same size, within two
/// sizes, starting (or in Arabic ending) where it does.
pub(super) fn paragraphs(lines: &[TextLine]) -> Vec<Vec<usize>> {
    let next = |i: usize| {
        let a = &lines[i];
        lines[i + 1..]
            .iter()
            .position(|b| {
                b.page == a.page
                    && (b.size - a.size).abs() < 0.03 * a.size
                    && b.baseline > a.baseline + 0.5 * a.size
                    && b.baseline - a.baseline <= 2.0 * a.size
                    && ((b.x.0 - a.x.0).abs() < 0.5 * a.size
                        || (b.x.1 - a.x.1).abs() < 0.5 * a.size)
            })
            .map(|n| i + 1 + n)
    };
    let followed: Vec<Option<usize>> = (0..lines.len()).map(next).collect();
    // A paragraph starts at a line that follows no other.
    let starts = (0..lines.len()).filter(|i| !followed.contains(&Some(*i)));
    starts
        .map(|start| {
            let mut paragraph = vec![start];
            while let Some(n) = followed[*paragraph.last().unwrap_or(&start)] {
                paragraph.push(n);
            }
            paragraph
        })
        .collect()
}

/// Paragraphs of two or more lines and three or more words whose last line
/// holds a single word ("…2014–2020 da União" / "Europeia", "Answers in
/// several" / "languages"): the templates balance names, captions and the
/// funding statement and break a helpline's facts between facts, so that
/// no word is left alone. A line that is the site's address (`address`)
/// may stand alone, and so may a whole fact of one word ("Free · 24 hours
/// a day" / "Anonymous").
pub(super) fn lone_last_words(texts: &[&PlacedText], address: &str, facts: &Facts) -> Vec<String> {
    let lines = text_lines(texts);
    let mut problems = Vec::new();
    for paragraph in paragraphs(&lines) {
        let words: usize = paragraph.iter().map(|&i| lines[i].words).sum();
        let (last, count) = (paragraph[paragraph.len() - 1], paragraph.len());
        let alone = lines[last].text.trim();
        // Without the word joiners and break opportunities that the
        // templates put into the address.
        let bare = alone.replace(['\u{2060}', '\u{200b}'], "");
        let is_address = !address.is_empty() && address.contains(bare.trim_end_matches('/'));
        let whole_fact = facts.is_fact(alone);
        if count >= 2 && words >= 3 && lines[last].words == 1 && !is_address && !whole_fact {
            problems.push(format!(
                "`{alone}` is left alone on the last line of its paragraph"
            ));
        }
    }
    problems
}

/// Lines of a paragraph other than the headline (a message, a name, a
/// statement), but its last, that end on a short word that the templates
/// keep with the next (`short_words`, see [`short_line_ends`]): "Se qualcuno
/// controlla il tuo" / "telefono"; and lines but the first that start on a
/// short word closing the phrase before it (see [`closes_phrase`]): "non è
/// colpa" / "tua: puoi chiedere". A line that ends on a whole fact ends
/// there ("24 h sur 24, 7 jours sur 7" / "Anonyme").
pub(super) fn paragraph_short_ends(
    texts: &[&PlacedText],
    short_words: &[&str],
    facts: &Facts,
) -> Vec<String> {
    let lines = text_lines(texts);
    let largest = lines
        .iter()
        .filter(|l| l.page == 1)
        .map(|l| l.size)
        .fold(0.0, f64::max);
    let mut problems = Vec::new();
    for paragraph in paragraphs(&lines) {
        for pair in paragraph.windows(2) {
            let (line, next) = (&lines[pair[0]], &lines[pair[1]]);
            let Some(last) = line.text.split_whitespace().last() else {
                continue;
            };
            let headline = line.page == 1 && line.size > largest * 0.97;
            // Arabic script is left out: Typst breaks it even at the
            // no-break spaces that glue its particles, and its marks come
            // as runs of their own, out of reading order.
            let arabic = line.text.chars().any(is_rtl_letter);
            let fact_end = facts.line_ends_a_fact(&line.text);
            if !headline && !arabic && !fact_end && keeps_with_next(last, short_words) {
                problems.push(format!(
                    "a line ends on the short word `{last}` (“{}”)",
                    line.text.trim()
                ));
            }
            let first = next.text.split_whitespace().next().unwrap_or("");
            if !headline && !arabic && closes_phrase(first, short_words) {
                problems.push(format!(
                    "a line starts on `{first}`, which closes the phrase before it (“{}”)",
                    next.text.trim()
                ));
            }
        }
    }
    problems
}

/// The site's address broken at one of its own hyphens ("stop-" /
/// "stalkerware.example.org"): a reader would take the hyphen for one added
/// at the break, and type the address without it.
pub(super) fn address_broken_at_hyphen(texts: &[&PlacedText], address: &str) -> Vec<String> {
    // A line goes on right after a run when another starts there on the same
    // baseline (an address in Arabic text comes in several runs).
    let goes_on = |t: &PlacedText| {
        texts.iter().any(|n| {
            n.page == t.page
                && (n.baseline - t.baseline).abs() < 0.2 * t.size
                && (n.x.0 - t.x.1).abs() < 0.3 * t.size
        })
    };
    texts
        .iter()
        .filter_map(|t| {
            // Without the word joiners the templates put after its hyphens.
            let last = t.text.split_whitespace().last()?.replace('\u{2060}', "");
            let inside = address
                .match_indices(last.as_str())
                .any(|(i, _)| i + last.len() < address.len());
            (last.ends_with('-') && inside && !goes_on(t)).then(|| {
                format!("the site address breaks at its own hyphen after `{last}`: a reader would take it for a hyphen added at the break")
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::tests::{run, PAGE};
    use super::super::{text_problems, Rules};
    use crate::print::short_words::short_words;

    #[test]
    fn a_headline_line_ending_on_a_short_word_is_a_problem_in_languages_that_glue_it() {
        let headline = [
            run("Stop stalkerware: tu", 100.0, 400.0, 86.0),
            run("teléfono es solo tuyo", 100.0, 500.0, 86.0),
        ];
        let rules = |locale| Rules {
            headline: true,
            short_words: short_words(locale),
            ..Rules::default()
        };
        assert_eq!(
            text_problems(&headline, PAGE, rules("es")),
            ["the headline ends a line on the short word `tu`"]
        );
        // English keeps "to" at a line's end; a last line may end on anything.
        assert!(text_problems(&headline, PAGE, rules("en")).is_empty());
        let last = [
            run("Stop stalkerware:", 100.0, 400.0, 86.0),
            run("tu teléfono es tu", 100.0, 500.0, 86.0),
        ];
        assert!(text_problems(&last, PAGE, rules("es")).is_empty());
        // Glued with a no-break space, the short word is not the line's end.
        let glued = [
            run("Stop stalkerware: tu\u{a0}teléfono", 100.0, 400.0, 40.0),
            run("es solo tuyo, de nadie más", 100.0, 450.0, 40.0),
        ];
        assert!(text_problems(&glued, PAGE, rules("es")).is_empty());
        // In Arabic script a word of two letters in every language; the
        // line's last word is its leftmost run.
        let arabic = [
            run("أحد", 100.0, 400.0, 40.0),
            run("يحق لا", 300.0, 400.0, 40.0),
            run("أن يتجسس عليك", 100.0, 450.0, 40.0),
        ];
        assert_eq!(
            text_problems(&arabic, PAGE, rules("en")),
            Vec::<String>::new(),
            "ends on أحد"
        );
        let particle = [
            run("يحق لأحد أن", 100.0, 400.0, 40.0),
            run("يتجسس عليك", 100.0, 450.0, 40.0),
        ];
        assert_eq!(
            text_problems(&particle, PAGE, rules("en")),
            ["the headline ends a line on the short word `أن`"]
        );
    }

    #[test]
    fn a_paragraph_whose_last_line_holds_a_single_word_is_a_problem() {
        let rules = Rules {
            headline: true,
            address: Some("example.org/en"),
            ..Rules::default()
        };
        // The facts under a helpline's name, at 10 pt, under a 40 pt headline.
        let head = run("Stay safe", 100.0, 100.0, 40.0);
        let lone = [
            head.clone(),
            run("Funded by the European", 100.0, 400.0, 10.0),
            run("Union", 100.0, 412.0, 10.0),
        ];
        assert_eq!(
            text_problems(&lone, PAGE, rules),
            ["`Union` is left alone on the last line of its paragraph"]
        );
        let kept = [
            head.clone(),
            run("Funded by", 100.0, 400.0, 10.0),
            run("the European Union", 100.0, 412.0, 10.0),
        ];
        assert!(text_problems(&kept, PAGE, rules).is_empty());
        // The address may stand alone; so may a bullet, and a line of
        // another paragraph (another size, or too far below).
        let others = [
            head,
            run("Scan for more information:", 100.0, 400.0, 10.0),
            run("example.org/en", 100.0, 412.0, 10.0),
            run("•", 100.0, 500.0, 10.0),
            run("•", 100.0, 512.0, 10.0),
            run("Call 112 now", 100.0, 600.0, 10.0),
            run("please", 100.0, 640.0, 10.0),
        ];
        assert!(text_problems(&others, PAGE, rules).is_empty());
    }

    #[test]
    fn no_headline_line_holds_one_word_and_a_message_may_not_end_a_line_on_a_short_word() {
        let rules = Rules {
            headline: true,
            short_words: short_words("it"),
            ..Rules::default()
        };
        let middle = [
            run("Votre téléphone", 100.0, 400.0, 60.0),
            run("n’appartient", 100.0, 470.0, 60.0),
            run("qu’à vous.", 100.0, 540.0, 60.0),
        ];
        assert_eq!(
            text_problems(&middle, PAGE, rules),
            ["the headline leaves `n’appartient` alone on a line"]
        );
        let two = [
            run("Votre téléphone", 100.0, 400.0, 50.0),
            run("n’appartient qu’à vous.", 100.0, 470.0, 50.0),
        ];
        assert!(text_problems(&two, PAGE, rules).is_empty());
        let short = [
            run("Votre téléphone", 100.0, 400.0, 60.0),
            run("est", 100.0, 470.0, 60.0),
            run("à vous seule.", 100.0, 540.0, 60.0),
        ];
        assert_eq!(
            text_problems(&short, PAGE, rules),
            [
                "the headline leaves `est` alone on a line",
                "the headline's line `est` is 18 % as long as its longest (at least 40 %): a stub"
            ]
        );
        let message = [
            run("Il tuo telefono", 100.0, 100.0, 60.0),
            run("Se qualcuno controlla il tuo", 100.0, 400.0, 12.0),
            run("telefono di nascosto,", 100.0, 415.0, 12.0),
        ];
        assert_eq!(
            text_problems(&message, PAGE, rules),
            ["a line ends on the short word `tuo` (“Se qualcuno controlla il tuo”)"]
        );
    }

    #[test]
    fn a_title_line_much_shorter_than_its_longest_is_a_stub() {
        let rules = Rules {
            headline: true,
            short_words: short_words("uk"),
            ..Rules::default()
        };
        // The uk link preview of review 14f: no line of a single word, but
        // "за вами" (glued) left over on a third line.
        let stub = [
            run("Зупинімо сталкерське ПЗ: ніхто", 100.0, 100.0, 30.0),
            run("не\u{a0}має права шпигувати", 100.0, 150.0, 30.0),
            run("за\u{a0}вами", 100.0, 200.0, 30.0),
        ];
        assert_eq!(
            text_problems(&stub, PAGE, rules),
            ["the headline's line `за\u{a0}вами` is 25 % as long as its longest (at least 40 %): a stub"]
        );
        let even = [
            run("Зупинімо сталкерське ПЗ:", 100.0, 100.0, 30.0),
            run("ніхто не\u{a0}має права", 100.0, 150.0, 30.0),
            run("шпигувати за\u{a0}вами", 100.0, 200.0, 30.0),
        ];
        assert!(text_problems(&even, PAGE, rules).is_empty());
    }

    #[test]
    fn a_word_with_its_colon_is_one_word_on_a_headline_line() {
        let rules = Rules {
            headline: true,
            short_words: short_words("fr"),
            ..Rules::default()
        };
        let kicker = [
            run("Stalkerware\u{a0}:", 100.0, 100.0, 40.0),
            run("le\u{a0}reconnaître", 100.0, 150.0, 40.0),
        ];
        assert_eq!(
            text_problems(&kicker, PAGE, rules),
            ["the headline leaves `Stalkerware\u{a0}:` alone on a line"]
        );
        let two = [
            run("Stalkerware\u{a0}: le\u{a0}reconnaître", 100.0, 100.0, 40.0),
            run("et trouver de\u{a0}l’aide", 100.0, 150.0, 40.0),
        ];
        assert!(text_problems(&two, PAGE, rules).is_empty());
    }

    #[test]
    fn a_line_starting_on_a_word_that_closes_the_phrase_before_it_is_a_problem() {
        let rules = Rules {
            headline: true,
            short_words: short_words("it"),
            ..Rules::default()
        };
        let head = run("Il tuo telefono", 100.0, 100.0, 60.0);
        let broken = [
            head.clone(),
            run("di nascosto, non è colpa", 100.0, 400.0, 12.0),
            run("tua: puoi chiedere aiuto", 100.0, 415.0, 12.0),
        ];
        assert_eq!(
            text_problems(&broken, PAGE, rules),
            ["a line starts on `tua:`, which closes the phrase before it (“tua: puoi chiedere aiuto”)"]
        );
        let kept = [
            head,
            run("di nascosto, non è colpa tua:", 100.0, 400.0, 12.0),
            run("puoi chiedere aiuto", 100.0, 415.0, 12.0),
        ];
        assert!(text_problems(&kept, PAGE, rules).is_empty());
        let headline = [
            run("Non è colpa", 100.0, 100.0, 60.0),
            run("tua: chiedi aiuto", 100.0, 170.0, 60.0),
        ];
        assert_eq!(
            text_problems(&headline, PAGE, rules),
            ["the headline starts a line on `tua:`, which closes the phrase before it"]
        );
    }

    #[test]
    fn an_address_broken_at_its_own_hyphen_is_a_problem_and_one_broken_after_a_slash_is_not() {
        let rules = Rules {
            address: Some("stop-stalkerware.example.org/en"),
            ..Rules::default()
        };
        let at_hyphen = [
            run("Scan for more information: stop-", 100.0, 400.0, 10.0),
            run("stalkerware.example.org/en", 100.0, 412.0, 10.0),
        ];
        assert_eq!(
            text_problems(&at_hyphen, PAGE, rules),
            ["the site address breaks at its own hyphen after `stop-`: a reader would take it for a hyphen added at the break"]
        );
        let at_slash = [
            run("stop-\u{2060}stalkerware.example.org/", 100.0, 400.0, 10.0),
            run("en", 100.0, 412.0, 10.0),
        ];
        assert!(text_problems(&at_slash, PAGE, rules).is_empty());
        // A word of the text that ends a line at its hyphen is not the address.
        let word = [
            run("a long-", 100.0, 400.0, 10.0),
            run("standing", 100.0, 412.0, 10.0),
        ];
        assert!(text_problems(&word, PAGE, rules).is_empty());
    }
}
