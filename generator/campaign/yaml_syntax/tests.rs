//! How each common YAML mistake is explained, and where.

use std::sync::Arc;

use crate::campaign::yaml::parse;
use crate::diagnostics::SourceText;

/// A campaign.yaml with a palette and a list of helplines, as the pilot's.
const YAML: &str = "\
id: t
region: \"Test\"
default_locale: en
locales: [en]
base_url: https://example.org/

palette:
  primary: \"#5b2a86\"
  on_primary: \"#ffffff\"
  text: \"#1f1a24\"

helplines:
  - id: antiviolence
    number: \"1522\"
    free: true
  - id: emergency
    number: \"112\"
    emergency: true
";

/// The error of `YAML` with `from` replaced by `to` on line `line`:
/// (line, column, message, hint).
fn error(line: usize, from: &str, to: &str) -> (usize, usize, String, String) {
    let text: Vec<String> = YAML
        .lines()
        .enumerate()
        .map(|(i, l)| {
            if i + 1 == line {
                l.replacen(from, to, 1)
            } else {
                l.to_string()
            }
        })
        .collect();
    let text = text.join("\n") + "\n";
    assert_ne!(text, YAML, "the edit applies");
    let source = SourceText {
        path: "campaign.yaml".into(),
        text: Arc::from(text.as_str()),
    };
    let d = parse(&source).unwrap_err();
    let p = d.position.expect("located");
    (p.line, p.column, d.message, d.hint.unwrap_or_default())
}

#[test]
fn the_reference_text_reads() {
    let source = SourceText {
        path: "campaign.yaml".into(),
        text: Arc::from(YAML),
    };
    assert!(parse(&source).is_ok());
}

#[test]
fn an_over_indented_line_is_named_with_the_spaces_it_needs() {
    let (line, column, message, hint) = error(14, "    number", "      number");
    assert_eq!((line, column), (14, 7));
    assert_eq!(
        message,
        "this line is indented by 6 spaces, the lines around it by 4 spaces"
    );
    assert!(
        hint.starts_with("use the same number of spaces as the lines around it: 4 spaces"),
        "{hint}"
    );
}

#[test]
fn an_under_indented_line_is_named() {
    let (line, column, message, _) = error(15, "    free", "  free");
    assert_eq!((line, column), (15, 3));
    assert!(message.contains("indented by 2 spaces"), "{message}");
}

#[test]
fn a_line_the_reader_passed_is_named_when_the_next_one_is_reported() {
    // The reader stops at line 9, which lines up with line 10: line 8
    // is the one indented unlike the others.
    let (line, column, message, hint) = error(8, "  primary", " primary");
    assert_eq!((line, column), (8, 2));
    assert_eq!(
        message,
        "this line is indented by 1 space, the lines around it by 2 spaces"
    );
    assert!(hint.contains("same number of spaces"), "{hint}");
}

#[test]
fn a_missing_space_after_a_colon_is_named_with_the_fix() {
    let (line, column, message, hint) = error(14, "number: ", "number:");
    assert_eq!((line, column), (14, 11));
    assert_eq!(message, "a space is missing after `number:`");
    assert!(hint.contains("`number: \"1522\"`"), "{hint}");
    let (line, _, message, hint) = error(2, "region: ", "region ");
    assert_eq!(line, 2);
    assert_eq!(message, "`region` is not followed by `:`");
    assert_eq!(hint, "write `region: \"Test\"`");
}

#[test]
fn an_unclosed_quote_is_named_where_it_opens() {
    let (line, column, message, hint) = error(8, "\"#5b2a86\"", "\"#5b2a86");
    assert_eq!((line, column), (8, 12));
    assert_eq!(message, "the quote `\"` opened on this line is not closed");
    assert!(hint.contains("`primary: \"#5b2a86\"`"), "{hint}");
}

#[test]
fn a_colon_inside_a_value_gets_quotes() {
    let (line, _, message, hint) = error(2, "\"Test\"", "Test: the region");
    assert_eq!(line, 2);
    assert!(
        message.contains("value of `region` contains `: `"),
        "{message}"
    );
    assert_eq!(
        hint,
        "put the value in quotes: `region: \"Test: the region\"`"
    );
}

#[test]
fn a_tab_is_named_where_it_is() {
    let (line, column, message, hint) = error(15, "    free", "\tfree");
    assert_eq!((line, column), (15, 1));
    assert!(message.contains("tab"), "{message}");
    assert!(hint.contains("spaces only"), "{hint}");
}

#[test]
fn an_unclosed_list_is_named_where_it_opens() {
    let (line, column, message, hint) = error(4, "[en]", "[en");
    assert_eq!((line, column), (4, 10));
    assert!(
        message.contains("`[` on this line is not closed"),
        "{message}"
    );
    assert!(hint.contains("`locales: [en]`"), "{hint}");
}

#[test]
fn a_field_not_lined_up_with_its_entry_is_named() {
    let (line, column, message, hint) = error(14, "    number", "   number");
    assert_eq!((line, column), (14, 4));
    assert!(message.starts_with("`number` (line 14) is not lined up with `id` (line 13)"));
    assert!(hint.contains("same column"), "{hint}");
}

#[test]
fn a_line_read_as_the_rest_of_a_value_is_named() {
    let (line, column, message, _) = error(18, "    emergency", "      emergency");
    assert_eq!((line, column), (18, 7));
    assert!(message.contains("indented by 6 spaces"), "{message}");
}

#[test]
fn text_after_a_closing_quote_gets_the_whole_value_quoted() {
    let (line, _, message, hint) = error(2, "\"Test\"", "'Test' region");
    assert_eq!(line, 2);
    assert_eq!(message, "there is text after the closing quote");
    assert_eq!(hint, "quote the whole value: `region: \"'Test' region\"`");
}
