//! Review status per string. A Fluent translation records one status for the
//! whole file (`### faro-review: machine`, the least reviewed of its strings)
//! and, above each message whose status differs from it, a comment line
//! `# faro-review: reviewed`. So a native speaker who reviews five strings of
//! a machine-drafted file has those five recorded as reviewed, and the
//! translation report counts the strings still waiting for review.

use std::collections::BTreeMap;

use crate::campaign::content::Review;

/// The comment line that marks one message's status.
pub(crate) const MARK: &str = "# faro-review:";

/// The id of the message a line defines (`key = …` at the left margin).
fn message_id(line: &str) -> Option<&str> {
    let (id, _) = line.split_once('=')?;
    let id = id.trim_end();
    let mut chars = id.chars();
    let first_ok = chars.next().is_some_and(|c| c.is_ascii_alphabetic());
    let rest_ok = chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    (first_ok && rest_ok).then_some(id)
}

/// The status of each message of a Fluent translation: its own mark, else
/// `file` (the file's status), else none.
pub(crate) fn statuses(text: &str, file: Option<Review>) -> BTreeMap<String, Option<Review>> {
    let mut out = BTreeMap::new();
    let mut pending = None;
    for line in text.lines() {
        if let Some(name) = line.strip_prefix(MARK) {
            pending = Review::from_name(name.trim());
        } else if let Some(id) = message_id(line) {
            out.insert(id.to_string(), pending.take().or(file));
        } else if !line.starts_with('#') {
            // A mark belongs to the message right under its comment.
            pending = None;
        }
    }
    out
}

/// `body` (a Fluent file without its header) with the old marks removed and a
/// mark above each message whose status is not `file`.
pub(crate) fn mark(body: &str, reviews: &BTreeMap<String, Review>, file: Option<Review>) -> String {
    let mut out = String::with_capacity(body.len());
    for line in body.split_inclusive('\n') {
        if line.starts_with(MARK) {
            continue;
        }
        let own = message_id(line).and_then(|id| reviews.get(id));
        if let Some(r) = own.filter(|r| Some(**r) != file) {
            out.push_str(&format!("{MARK} {}\n", r.name()));
        }
        out.push_str(line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_are_written_where_a_string_differs_from_its_file_and_read_back() {
        let body = "# Greeting.\nhello = Ciao\n\nbye = Addio\nthanks = Grazie\n";
        let reviews = BTreeMap::from([
            ("hello".to_string(), Review::Reviewed),
            ("bye".to_string(), Review::Machine),
            ("thanks".to_string(), Review::Volunteer),
        ]);
        let marked = mark(body, &reviews, Some(Review::Machine));
        assert_eq!(
            marked,
            "# Greeting.\n# faro-review: reviewed\nhello = Ciao\n\nbye = Addio\n# faro-review: volunteer\nthanks = Grazie\n"
        );
        let read = statuses(&marked, Some(Review::Machine));
        assert_eq!(read["hello"], Some(Review::Reviewed));
        assert_eq!(read["bye"], Some(Review::Machine));
        assert_eq!(read["thanks"], Some(Review::Volunteer));
        assert_eq!(
            mark(&marked, &reviews, Some(Review::Machine)),
            marked,
            "stable"
        );
    }
}
