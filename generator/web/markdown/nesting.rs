//! A limit on how deeply a page's Markdown nests, checked on pulldown-cmark's
//! events as they are read, before anything recursive sees them.
//!
//! pulldown-cmark reads any depth without trouble, but the stages after it do
//! not: minify-html parses the page recursively, one stack frame pair per
//! element, and the guidelines booklet is built the same way. A few hundred
//! nested lists or a thousand `>` overflowed the stack of a debug build, and
//! the process aborted without a word (a release build lasted to about 3,000).
//! Typst, which lays out the booklet, stops sooner, with an error about its
//! "show rule depth" that names none of the campaign's files: at 16 nested
//! quotes. So the limit is below that, and far above what a real page needs
//! (three or four levels).

use std::ops::Range;

use pulldown_cmark::{Event, Tag};

/// The most levels of lists, quotes, emphasis, links and other elements that
/// may be nested inside one another in a page. The guidelines booklet lays
/// out every page of this depth (tests/unsafe_content.rs builds one).
pub(crate) const MAX_NESTING: usize = 12;

/// Passes events through, counting how deep they nest; stops at the first one
/// that goes deeper than [`MAX_NESTING`], and remembers where it is.
pub(crate) struct Nesting<I> {
    events: I,
    depth: usize,
    too_deep_at: Option<usize>,
}

impl<I> Nesting<I> {
    /// Watches `events` (with their byte ranges).
    pub(crate) fn new(events: I) -> Self {
        Nesting {
            events,
            depth: 0,
            too_deep_at: None,
        }
    }

    /// The byte offset of the element that went too deep, if one did.
    pub(crate) fn too_deep_at(&self) -> Option<usize> {
        self.too_deep_at
    }
}

impl<'t, I> Iterator for Nesting<I>
where
    I: Iterator<Item = (Event<'t>, Range<usize>)>,
{
    type Item = (Event<'t>, Range<usize>);

    fn next(&mut self) -> Option<Self::Item> {
        if self.too_deep_at.is_some() {
            return None;
        }
        let (event, range) = self.events.next()?;
        match &event {
            Event::Start(tag) if counts(tag) => {
                self.depth += 1;
                if self.depth > MAX_NESTING {
                    self.too_deep_at = Some(range.start);
                    return None;
                }
            }
            Event::End(tag) if counts(&start_of(*tag)) => {
                self.depth = self.depth.saturating_sub(1);
            }
            _ => {}
        }
        Some((event, range))
    }
}

/// True for the elements that make a level: a list counts once, not again for
/// its items and their paragraphs, and a table once, not for its rows and cells.
fn counts(tag: &Tag) -> bool {
    !matches!(
        tag,
        Tag::Item | Tag::Paragraph | Tag::TableHead | Tag::TableRow | Tag::TableCell
    )
}

/// A stand-in start tag of the same kind as an end tag, for [`counts`].
fn start_of(end: pulldown_cmark::TagEnd) -> Tag<'static> {
    use pulldown_cmark::TagEnd as E;
    match end {
        E::Item => Tag::Item,
        E::Paragraph => Tag::Paragraph,
        E::TableHead => Tag::TableHead,
        E::TableRow => Tag::TableRow,
        E::TableCell => Tag::TableCell,
        // Any other kind counts; which one does not matter.
        _ => Tag::BlockQuote(None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use pulldown_cmark::Parser;

    /// Where the events of `markdown` went too deep, if they did.
    fn too_deep(markdown: &str) -> Option<usize> {
        let mut n = Nesting::new(Parser::new(markdown).into_offset_iter());
        n.by_ref().for_each(drop);
        n.too_deep_at()
    }

    #[test]
    fn ordinary_nesting_passes() {
        assert_eq!(too_deep("- a\n  - b\n    > c *d **e [f](g)***\n"), None);
        let quotes = ">".repeat(MAX_NESTING);
        assert_eq!(too_deep(&format!("{quotes} x\n")), None);
        let lists: String = (0..MAX_NESTING)
            .map(|i| format!("{}- level {i}\n", "  ".repeat(i)))
            .collect();
        assert_eq!(too_deep(&lists), None);
    }

    #[test]
    fn the_first_level_too_many_is_found() {
        let quotes = ">".repeat(MAX_NESTING + 1);
        assert_eq!(
            too_deep(&format!("text\n\n{quotes} x\n")),
            Some(6 + MAX_NESTING)
        );
        let lists: String = (0..=MAX_NESTING)
            .map(|i| format!("{}- level {i}\n", "  ".repeat(i)))
            .collect();
        let last = lists.rfind('-').unwrap();
        assert_eq!(too_deep(&lists), Some(last));
        let stars = "*".repeat(4 * MAX_NESTING);
        assert!(too_deep(&format!("{stars}x{stars}\n")).is_some());
    }

    #[test]
    fn depth_comes_back_down_after_each_element() {
        let many = "> a\n\n".repeat(10 * MAX_NESTING);
        assert_eq!(too_deep(&many), None);
        let table = "| a | b |\n| - | - |\n| *c* | d |\n".repeat(MAX_NESTING + 1);
        assert_eq!(too_deep(&table), None);
    }
}
