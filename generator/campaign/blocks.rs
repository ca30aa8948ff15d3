//! The `::: kind` blocks of a campaign's Markdown pages, as the campaign format
//! defines them: which kinds exist and how `faro fork` marks a passage to adapt.
//! They live here, with the rest of the campaign format, because loading,
//! to-do scanning and forking read them as well as the Markdown renderer.

/// Block kinds a `::: kind` marker may name: `regional` (facts of the region),
/// `national` (facts of the country, such as a national helpline), `todo`.
pub(crate) const BLOCK_KINDS: &[&str] = &["regional", "national", "todo"];

/// The mark `faro fork` puts on a passage to adapt: `::: regional to-adapt=HASH`,
/// HASH being the passage's hash when it was forked (see `crate::campaign::todos`).
pub(crate) const TO_ADAPT: &str = "to-adapt=";

/// A `::: kind [to-adapt=HASH]` opening line, split into kind and hash.
pub(crate) fn block_opening(line: &str) -> Option<(&str, Option<&str>)> {
    let rest = line.trim().strip_prefix(":::")?.trim();
    let mut words = rest.split_whitespace();
    let kind = words.next()?;
    let hash = words.next().map(|w| w.strip_prefix(TO_ADAPT).unwrap_or(w));
    Some((kind, hash))
}
