//! The short words that typography keeps with the word after them at a
//! line's end, per language: a word of one letter in every language, and in
//! the Romance languages the articles, prepositions, conjunctions and
//! possessives that read wrong at a line's end ("Stop stalkerware: tu" /
//! "teléfono", "contre les violences et le" / "harcèlement"). The templates
//! glue them with a no-break space (templates/print/faro.typ `glue`, from
//! `data.short_words`) and the layout checks look for them at the end of a
//! headline's lines (`super::layout`). Arabic script keeps its words of two
//! letters, mostly particles such as «لا» (not) or «في» (in), in every
//! language.
//!
//! Only function words (and, in Italian and Portuguese, the possessives
//! before a noun: "o seu" / "telemóvel" and "il tuo" / "telefono" read as
//! wrong as "tu" / "teléfono"; in Ukrainian the personal pronouns of two
//! letters, kept with their verb).

const ITALIAN: &[&str] = &[
    "il", "lo", "la", "i", "gli", "le", "un", "una", "uno", "di", "a", "da", "in", "su", "per",
    "tra", "fra", "e", "ed", "o", "al", "ai", "del", "dei", "dal", "nel", "sul", "non", "mio",
    "mia", "miei", "mie", "tuo", "tua", "tuoi", "tue", "suo", "sua", "suoi", "sue",
];
const SPANISH: &[&str] = &[
    "el", "la", "lo", "los", "las", "un", "una", "de", "a", "en", "y", "e", "o", "u", "al", "del",
    "por", "con", "sin", "tu", "su", "mi", "tus", "sus", "mis", "no",
];
const FRENCH: &[&str] = &[
    "le", "la", "les", "un", "une", "de", "du", "des", "au", "aux", "à", "en", "et", "ou", "ni",
    "ce", "sa", "ta", "ma", "son", "ton", "mon", "ses", "tes", "mes", "ne", "par", "sur",
];
const PORTUGUESE: &[&str] = &[
    "o", "a", "os", "as", "um", "uma", "de", "da", "do", "das", "dos", "em", "na", "no", "nas",
    "nos", "e", "ou", "ao", "aos", "à", "por", "com", "sem", "não", "nem", "seu", "sua", "seus",
    "suas", "teu", "tua", "meu", "minha",
];
// Ukrainian: prepositions, conjunctions and particles of two or three
// letters, and the personal pronouns of two ("телефоном, ви" / "в цьому не
// винні" parted the subject from its verb).
const UKRAINIAN: &[&str] = &[
    "на", "до", "за", "по", "від", "під", "над", "та", "не", "ні", "що", "як", "чи", "ви", "ми",
    "ти", "це",
];
const ROMANIAN: &[&str] = &[
    "o", "un", "în", "la", "de", "pe", "cu", "și", "sau", "a", "al", "ai", "ale", "nu",
];

/// The words of more than one letter that `locale` keeps with the next
/// word, lower case.
pub(super) fn short_words(locale: &str) -> &'static [&'static str] {
    match locale.split(['-', '_']).next().unwrap_or(locale) {
        "it" => ITALIAN,
        "es" => SPANISH,
        "fr" => FRENCH,
        "pt" => PORTUGUESE,
        "ro" => ROMANIAN,
        "uk" => UKRAINIAN,
        _ => &[],
    }
}

/// Whether a line may not end on `word` in a language whose short words are
/// `listed`: a word of one letter or digit, a listed word, or a word of two
/// letters in Arabic script.
pub(super) fn keeps_with_next(word: &str, listed: &[&str]) -> bool {
    let letters = word.chars().count();
    let arabic = |c: char| matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}');
    word.chars().all(char::is_alphanumeric)
        && (letters == 1
            || listed.contains(&word.to_lowercase().as_str())
            || (letters == 2 && word.chars().all(arabic)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn romance_function_words_single_letters_and_arabic_particles_keep_with_the_next_word() {
        let es = short_words("es");
        assert!(keeps_with_next("tu", es));
        assert!(keeps_with_next("Tu", es));
        assert!(!keeps_with_next("es", es), "a verb may end a line");
        assert!(
            !keeps_with_next("tu:", es),
            "punctuation parts it from the next word"
        );
        assert!(keeps_with_next("a", short_words("en")));
        assert!(!keeps_with_next("to", short_words("en")));
        assert!(keeps_with_next("لا", short_words("en")));
        assert!(!keeps_with_next("أحد", short_words("ar")));
        assert!(keeps_with_next("les", short_words("fr-CA")));
    }
}
