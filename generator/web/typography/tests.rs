use super::*;

/// The text pulldown-cmark's smart punctuation makes of `text` as a paragraph.
fn as_body(text: &str) -> String {
    use pulldown_cmark::{Event, Options, Parser};
    Parser::new_ext(text, Options::ENABLE_SMART_PUNCTUATION)
        .filter_map(|e| match e {
            Event::Text(t) => Some(t.to_string()),
            _ => None,
        })
        .collect()
}

#[test]
fn titles_get_the_quotes_and_dashes_their_pages_get() {
    let samples = [
        "Signes d'alerte",
        "Trouver de l'aide",
        "Una Casa per l'Uomo",
        "Le tappe, dall'avvio alla valutazione",
        "It's the '90s",
        "He said 'stop' and left",
        "\"Quoted\" and 'single'",
        "A \"quote\" inside, 'and' one more's",
        "rock 'n' roll",
        "(‘x’) and ('y')",
        "an open \" alone",
        "pages 10--12 --- or not... well",
        "a - b -- c --- d ---- e ----- f",
        "'",
        "\"",
        "x'",
    ];
    for s in samples {
        assert_eq!(smart_punctuation(s), as_body(s), "for {s:?}");
    }
}

#[test]
fn a_number_range_never_breaks_and_a_dash_between_words_never_starts_a_line() {
    assert_eq!(
        plain("programme 2014–2020", "en"),
        "programme 2014–\u{2060}2020"
    );
    assert_eq!(plain("2014--2020", "it"), "2014–\u{2060}2020");
    // A hyphen is not a range (dates, phone numbers) and stays as written.
    assert_eq!(plain("2021-03-04, 045-123", "en"), "2021-03-04, 045-123");
    assert_eq!(plain("rouge – vert", "fr"), "rouge\u{a0}– vert");
    assert_eq!(finish("a — b", "de"), "a\u{a0}— b");
}

#[test]
fn french_puts_one_kind_of_space_before_each_mark() {
    let nnbsp = '\u{202f}';
    let nbsp = '\u{a0}';
    // Typed as a space, a no-break space or a narrow one: the same output.
    for space in [" ", "\u{a0}", "\u{202f}", ""] {
        let text =
            format!("Besoin d'aide{space}? Oui{space}! Voici{space}: ceci{space}; « cela{space}»");
        let typeset = plain(&text, "fr-CA");
        assert_eq!(
            typeset,
            format!(
                "Besoin d’aide{nnbsp}? Oui{nnbsp}! Voici{nbsp}: ceci{nnbsp}; «{nnbsp}cela{nnbsp}»"
            ),
            "typed with {space:?}"
        );
    }
    // Times, addresses and queries stay as written.
    for kept in ["à 12:30", "https://example.org/?page=2", "le 1522"] {
        assert_eq!(plain(kept, "fr"), kept);
    }
    // A mark at the start of a run (after emphasis) takes its space too.
    assert_eq!(finish(" ?", "fr"), "\u{202f}?");
    // Other languages keep their own spacing.
    assert_eq!(plain("Aiuto? «Sì»: no!", "it"), "Aiuto? «Sì»: no!");
}

#[test]
fn text_without_anything_to_change_is_borrowed() {
    assert!(matches!(plain("Trova aiuto", "it"), Cow::Borrowed(_)));
    assert!(matches!(plain("Aide", "fr"), Cow::Borrowed(_)));
    assert!(matches!(finish("a-b", "en"), Cow::Borrowed(_)));
}

#[test]
fn typesetting_twice_changes_nothing_more() {
    // A typeset string can be an argument of another (`t()` with `name=…`).
    for (text, lang) in [
        ("Trouver de l'aide : 2014–2020 ? « oui » ; non !", "fr"),
        ("It's \"ours\" – 2014--2020...", "en"),
    ] {
        let once = plain(text, lang).into_owned();
        assert_eq!(plain(&once, lang), once);
        assert_eq!(finish(&once, lang), once);
    }
}

#[test]
fn joined_labels_and_lists_use_the_language_s_colon_and_comma() {
    // The colon templates put between two strings is the one the rules give
    // a typed colon.
    for lang in ["en", "fr", "fr-CA", "it", "ar"] {
        assert_eq!(
            format!("Appel{}Nom", colon(lang)),
            plain("Appel: Nom", lang),
            "{lang}"
        );
    }
    assert_eq!(colon("fr"), "\u{a0}: ");
    assert_eq!(comma("ar"), "، ");
    assert_eq!(comma("fa"), "، ");
    assert_eq!(comma("az-Arab"), "، ");
    assert_eq!(comma("en"), ", ");
    assert_eq!(comma("he"), ", ");
    assert_eq!(comma("zh-Hant"), "，");
}

#[test]
fn text_the_quick_check_lets_through_is_left_as_it_was() {
    // `plain` skips the rewrite when `may_change_punctuation` says nothing
    // can change: a lone hyphen or dot, or two dots, must indeed stay.
    for s in [
        "e-mail", "v1.2", "a - b", "..", "x. y. z.", "-", ".", "1.5-2", "a.-b", "",
    ] {
        assert!(!may_change_punctuation(s), "{s:?}");
        assert_eq!(smart_punctuation(s), s, "{s:?}");
        assert!(matches!(plain(s, "en"), Cow::Borrowed(_)), "{s:?}");
    }
    for s in ["a--b", "wait...", "l'aide", "\"x\"", "---"] {
        assert!(may_change_punctuation(s), "{s:?}");
        assert_ne!(smart_punctuation(s), s, "{s:?}");
    }
}

#[test]
fn the_byte_checks_find_what_the_char_checks_found() {
    let samples = [
        "a – b",
        "a — b",
        "a ‒ b",
        "2014-2020",
        "l’aide",
        "x‘y",
        "« oui »",
        "¡hola!",
        "a;b",
        "12:30",
        "¿qué?",
        "a » b",
        "é",
        "",
        "plain",
    ];
    for s in samples {
        assert_eq!(has_dash(s), s.contains(['–', '—']), "{s:?}");
        let french = s.contains([';', '!', '?', ':', '«', '»']);
        assert_eq!(has_french_mark(s), french, "{s:?}");
    }
}

/// [`glue_dashes`] as it was written first, char by char: the reference.
fn glue_dashes_by_chars(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::new();
    for (i, &c) in chars.iter().enumerate() {
        let before = i.checked_sub(1).and_then(|p| chars.get(p)).copied();
        let after = chars.get(i + 1).copied();
        match c {
            ' ' if matches!(after, Some('–' | '—'))
                && chars.get(i + 2).is_some_and(|c| c.is_whitespace()) =>
            {
                out.push(NO_BREAK_SPACE);
            }
            '–' if before.is_some_and(|b| b.is_ascii_digit())
                && after.is_some_and(|a| a.is_ascii_digit()) =>
            {
                out.push(c);
                out.push(WORD_JOINER);
            }
            _ => out.push(c),
        }
    }
    out
}

#[test]
fn dashes_are_glued_as_char_by_char() {
    let alphabet = ['1', ' ', '–', '—', 'a', '\u{a0}', '’', '\n', '-', 'é'];
    let mut seed = 7u64;
    for _ in 0..20_000 {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let len = (seed >> 60) as usize;
        let text: String = (0..len)
            .map(|k| alphabet[((seed >> (3 * k % 48)) as usize + k) % alphabet.len()])
            .collect();
        assert_eq!(glue_dashes(&text), glue_dashes_by_chars(&text), "{text:?}");
    }
}
