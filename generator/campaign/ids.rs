//! Identifiers that campaign.yaml gives helplines and partners: each names
//! Fluent strings (`helpline-<id>-name`, `partner-<id>-role`), so two with
//! the same id would share their words, and an id with a character Fluent
//! does not allow in a message name could never have any.

use std::collections::HashMap;

use crate::campaign::yaml::{at_value, Located};
use crate::diagnostics::{Diagnostics, SourceText};

/// Checks the ids of one list (`kind` is `helpline` or `partner`): each must
/// be letters, digits, `-` and `_`, and none may repeat; a repeat is reported
/// at the second one.
pub(crate) fn check<'a>(
    kind: &str,
    ids: impl IntoIterator<Item = &'a Located>,
    source: &SourceText,
    diags: &mut Diagnostics,
) {
    let mut seen: HashMap<&str, &Located> = HashMap::new();
    for id in ids {
        let shown = crate::untrusted::urls::shown(&id.value);
        if !fits_string_key(&id.value) {
            let msg =
                format!("the {kind} id `{shown}` cannot name its strings (`{kind}-{shown}-…`)");
            let hint = "use letters, digits and hyphens, such as `antiviolenza-1522`";
            diags.push(at_value(source, id, "config.id-form", msg).with_hint(hint));
        }
        if let Some(first) = seen.insert(&id.value, id) {
            let line = crate::campaign::yaml::position(&first.referenced).line;
            let msg = format!("two {kind}s have the id `{shown}`");
            let hint = format!(
                "the first is on line {line}; each {kind} needs its own id, as its strings are found by it"
            );
            diags.push(at_value(source, id, "config.duplicate-id", msg).with_hint(hint));
        }
    }
}

/// Where campaign.yaml gives the id that a string key such as
/// `helpline-<id>-audience` or `partner-<id>-role` is made from: the
/// source and the byte offset of the id, for errors about that string
/// (templates build such keys from the id, so no template names them).
pub(crate) fn key_origin<'s>(config: &'s SourceText, key: &str) -> Option<(&'s SourceText, usize)> {
    let id = ["helpline-", "partner-"]
        .iter()
        .find_map(|prefix| key.strip_prefix(prefix))?;
    let mut offset = 0;
    for line in config.text.split_inclusive('\n') {
        let item = line.trim_start_matches([' ', '-']);
        if let Some(rest) = item.strip_prefix("id:") {
            let value = rest.trim().trim_matches(['"', '\'']);
            let names_it =
                !value.is_empty() && id.strip_prefix(value).is_some_and(|r| r.starts_with('-'));
            if names_it {
                return Some((config, offset + line.find(value)?));
            }
        }
        offset += line.len();
    }
    None
}

/// True when `<kind>-<id>-name` is a Fluent message name: the id is made of
/// ASCII letters, digits, `-` and `_`.
pub(crate) fn fits_string_key(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn string_keys() {
        assert!(fits_string_key("antiviolenza-1522"));
        assert!(fits_string_key("emergency_112"));
        assert!(!fits_string_key(""));
        assert!(!fits_string_key("linea verde"));
        assert!(!fits_string_key("città"));
        assert!(!fits_string_key("a.b"));
    }
}
