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
//! Only function words: articles, prepositions, conjunctions, the
//! possessives before a noun ("o seu" / "telemóvel", "il tuo" / "telefono",
//! "votre" / "téléphone", "nicht Ihre" / "Schuld" read as wrong as "tu" /
//! "teléfono"), negations, which stay with what they deny, and the short
//! pronouns and copulas that stay with their verb or its complement (in
//! Ukrainian the personal pronouns of two letters; Spanish "es" and French
//! "c’est": "ni es" / "culpa", "c’est" / "une violence"; Portuguese "isso"),
//! and the modal "can" before its verb ("puoi" / "chiedere").
//!
//! A listed word that closes a phrase (right before a punctuation mark)
//! keeps with the word before it instead: a
//! possessive after its noun ("colpa tua:", "culpa sua:") never starts a
//! line ([`closes_phrase`]).

const ITALIAN: &[&str] = &[
    "il", "lo", "la", "i", "gli", "le", "un", "una", "uno", "di", "a", "da", "in", "su", "per",
    "tra", "fra", "e", "ed", "o", "al", "ai", "del", "dei", "dal", "nel", "sul", "non", "mio",
    "mia", "miei", "mie", "tuo", "tua", "tuoi", "tue", "suo", "sua", "suoi", "sue", "nostro",
    "nostra", "vostro", "vostra", "puoi", "può", "possono", "potete",
];
const SPANISH: &[&str] = &[
    "el", "la", "lo", "los", "las", "un", "una", "de", "a", "en", "y", "e", "o", "u", "al", "del",
    "por", "con", "sin", "tu", "su", "mi", "tus", "sus", "mis", "no", "ni", "es", "tuyo", "tuya",
    "suyo", "suya", "mío", "mía", "nuestro", "nuestra", "puedes", "puede", "pueden",
];
const FRENCH: &[&str] = &[
    "le", "la", "les", "un", "une", "de", "du", "des", "au", "aux", "à", "en", "et", "ou", "ni",
    "ce", "sa", "ta", "ma", "son", "ton", "mon", "ses", "tes", "mes", "ne", "par", "sur", "votre",
    "vos", "notre", "nos", "leur", "leurs", "c’est", "c'est", "pouvez", "peut", "peux",
];
const PORTUGUESE: &[&str] = &[
    "o", "a", "os", "as", "um", "uma", "de", "da", "do", "das", "dos", "em", "na", "no", "nas",
    "nos", "e", "ou", "ao", "aos", "à", "por", "com", "sem", "não", "nem", "seu", "sua", "seus",
    "suas", "teu", "tua", "meu", "minha", "isso", "isto", "pode", "podes", "podem",
];
// German: articles, possessives and negations before what they go with
// ("nicht Ihre" / "Schuld"), the pronoun "es" and the copula "ist" (as
// Spanish "es": the flyer read "es ist" / "nicht Ihre Schuld", review 15d P5).
const GERMAN: &[&str] = &[
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines",
    "ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres", "mein", "meine", "dein", "deine", "sein",
    "seine", "kein", "keine", "nicht", "es", "ist",
];
// English: articles, possessives, the negation and "can" ("your" / "phone").
const ENGLISH: &[&str] = &[
    "the", "an", "your", "my", "our", "their", "its", "not", "can",
];
// Ukrainian: prepositions, conjunctions and particles of two or three
// letters, and the personal pronouns of two ("телефоном, ви" / "в цьому не
// винні" parted the subject from its verb).
const UKRAINIAN: &[&str] = &[
    "на",
    "до",
    "за",
    "по",
    "від",
    "під",
    "над",
    "та",
    "не",
    "ні",
    "що",
    "як",
    "чи",
    "ви",
    "ми",
    "ти",
    "це",
    "можете",
    "можеш",
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
        "de" => GERMAN,
        "en" => ENGLISH,
        _ => &[],
    }
}

/// Whether a line may not end on `word` in a language whose short words are
/// `listed`: a word of one letter or digit, a listed word, or a word of two
/// letters in Arabic script.
pub(super) fn keeps_with_next(word: &str, listed: &[&str]) -> bool {
    let letters = word.chars().count();
    let arabic = |c: char| matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}');
    // An apostrophe inside a word ("c’est") is part of it.
    let letter = |c: char| c.is_alphanumeric() || c == '’' || c == '\'';
    word.chars().all(letter)
        && word.chars().next().is_some_and(char::is_alphanumeric)
        && (letters == 1
            || listed.contains(&word.to_lowercase().as_str())
            || (letters == 2 && word.chars().all(arabic)))
}

/// Whether `word`, a whole run between spaces, is a listed word (not one
/// of a single letter) that closes a phrase (a punctuation mark right after
/// it: "tua:", "sua,"), which keeps with the word before it: a line may not
/// start on it ("non è colpa" / "tua: puoi"). templates/print/faro.typ
/// `glue` glues it so.
pub(super) fn closes_phrase(word: &str, listed: &[&str]) -> bool {
    let bare = word.trim_end_matches(|c: char| ",:;.!?…".contains(c));
    bare.len() < word.len()
        && bare.chars().count() > 1
        && listed.contains(&bare.to_lowercase().as_str())
}

/// The marks after which a line ends a phrase (templates/print/even.typ
/// `phrase-end`).
const PHRASE_END: &[char] = &[',', ':', ';', '.', '!', '?', '،', '؛', '؟', '…', '–', '—'];

/// Whether a line of text in `locale` that ends as `line` and is followed by
/// `next` breaks between two phrases: after a punctuation mark or a dash, or
/// before a short word that opens a phrase, one that keeps with the word
/// after it, and never after such a word ("es ist" / "nicht Ihre Schuld":
/// "nicht" opens a phrase, but "ist" is not its end) (an article, a preposition, a conjunction, a negation, a short
/// pronoun, the modal "can": see [`keeps_with_next`]): "non è colpa tua:" /
/// "puoi chiedere aiuto" / "in sicurezza.", not "puoi chiedere" / "aiuto".
/// templates/print/even.typ `even-break` breaks a poster's or flyer's
/// message by this rule where it can (it knows the opening words by the
/// no-break space that glues them to the next); the rule is the language's
/// function words, not a list of phrases.
pub fn breaks_between_phrases(line: &str, next: &str, locale: &str) -> bool {
    let listed = short_words(locale);
    let last = line.split_whitespace().last().unwrap_or("");
    let first = next.split_whitespace().next().unwrap_or("");
    !keeps_with_next(last, listed)
        && (line.trim_end().ends_with(PHRASE_END) || keeps_with_next(first, listed))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn romance_function_words_single_letters_and_arabic_particles_keep_with_the_next_word() {
        let es = short_words("es");
        assert!(keeps_with_next("tu", es));
        assert!(keeps_with_next("Tu", es));
        assert!(
            keeps_with_next("es", es),
            "a copula stays with its complement"
        );
        assert!(!keeps_with_next("son", es), "another verb may end a line");
        assert!(keeps_with_next("c’est", short_words("fr")));
        assert!(keeps_with_next("Ihre", short_words("de")));
        assert!(closes_phrase("tua:", short_words("it")));
        assert!(!closes_phrase("tua", short_words("it")), "before its noun");
        assert!(!closes_phrase("a,", short_words("it")), "one letter");
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

    #[test]
    fn a_break_after_punctuation_or_before_an_opening_word_is_between_phrases() {
        // Review 14f's Italian poster: the object parted from its verb.
        assert!(!breaks_between_phrases(
            "non è colpa tua: puoi chiedere",
            "aiuto in sicurezza.",
            "it"
        ));
        assert!(breaks_between_phrases(
            "non è colpa tua:",
            "puoi chiedere",
            "it"
        ));
        assert!(breaks_between_phrases(
            "puoi chiedere aiuto",
            "in sicurezza.",
            "it"
        ));
        // Ukrainian: the adverb parted from the infinitive after the modal.
        assert!(!breaks_between_phrases(
            "ви можете безпечно",
            "отримати допомогу.",
            "uk"
        ));
        assert!(breaks_between_phrases("übt Gewalt aus –", "es ist", "de"));
        // The German flyer of review 15d P5: the copula parted from its
        // complement, though the next line opens on a negation.
        assert!(!breaks_between_phrases(
            "übt Gewalt aus – es ist",
            "nicht Ihre Schuld,",
            "de"
        ));
        assert!(breaks_between_phrases("watching", "your phone,", "en"));
    }
}
