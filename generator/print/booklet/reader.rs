//! Markdown read into the booklet's blocks: pulldown-cmark's events walked
//! into [`Block`]s and [`Inline`]s, footnotes as notes, each block's byte
//! offset kept so that a template fault can be located at its Markdown line.

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use super::{Block, Inline, Placed};

/// Converts Markdown into blocks, numbered from `first`; also returns each
/// block's byte offset in `markdown`, in number order.
pub(in crate::print) fn blocks(
    markdown: &str,
    link: &dyn Fn(&str) -> String,
    first: usize,
) -> (Vec<Placed>, Vec<usize>) {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_SMART_PUNCTUATION
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_STRIKETHROUGH;
    let (events, starts) = Parser::new_ext(markdown, options)
        .into_offset_iter()
        .map(|(e, range)| (e, range.start))
        .unzip();
    let mut reader = Reader {
        events,
        starts,
        link,
        first,
        offsets: Vec::new(),
        notes: Vec::new(),
    };
    // Definitions first: a reference usually comes before its definition.
    reader.notes = reader.read_notes();
    let mut pos = 0;
    let blocks = reader.parse_blocks(&mut pos);
    (blocks, reader.offsets)
}

/// Reads the parser's events into blocks, recording where each block starts.
struct Reader<'a> {
    events: Vec<Event<'a>>,
    /// Byte offset of each event.
    starts: Vec<usize>,
    link: &'a dyn Fn(&str) -> String,
    /// Number of the first block.
    first: usize,
    /// Offset of each block read so far.
    offsets: Vec<usize>,
    /// Footnote definitions: label and text.
    notes: Vec<(String, Vec<Inline>)>,
}

impl Reader<'_> {
    /// Every footnote definition's text, its paragraphs joined by a space.
    fn read_notes(&self) -> Vec<(String, Vec<Inline>)> {
        let mut notes = Vec::new();
        let mut pos = 0;
        while let Some(e) = self.events.get(pos) {
            pos += 1;
            let Event::Start(Tag::FootnoteDefinition(label)) = e else {
                continue;
            };
            let (mut out, mut depth) = (Vec::new(), 0usize);
            while let Some(e) = self.events.get(pos) {
                if is_inline(e) {
                    out.extend(self.parse_inline(&mut pos));
                    continue;
                }
                pos += 1;
                match e {
                    Event::End(_) if depth == 0 => break,
                    Event::End(_) => depth -= 1,
                    Event::Start(_) if !out.is_empty() => {
                        depth += 1;
                        out.push(Inline::Text { text: " ".into() });
                    }
                    Event::Start(_) => depth += 1,
                    _ => {}
                }
            }
            notes.push((label.to_string(), merge_text(out)));
        }
        notes
    }

    /// Numbers `block`, which starts at the event at `start`.
    fn place(&mut self, start: usize, block: Block) -> Placed {
        let at = self.first + self.offsets.len();
        self.offsets
            .push(self.starts.get(start).copied().unwrap_or(0));
        Placed { at, block }
    }

    /// Reads blocks until the end of the events or an unmatched `End`.
    fn parse_blocks(&mut self, pos: &mut usize) -> Vec<Placed> {
        let mut out = Vec::new();
        while let Some(event) = self.events.get(*pos) {
            let start = *pos;
            if is_inline(event) {
                // Text directly in a block, as in tight list items.
                let inlines = self.parse_inline_run(pos);
                out.push(self.place(start, Block::Para { inlines }));
                continue;
            }
            match event {
                Event::End(_) => break,
                Event::Rule => {
                    out.push(self.place(start, Block::Rule));
                    *pos += 1;
                }
                Event::Start(tag) => {
                    let tag = tag.clone();
                    *pos += 1;
                    if let Some(block) = self.parse_block(&tag, pos) {
                        out.push(self.place(start, block));
                    }
                    *pos += 1; // the matching End
                }
                _ => *pos += 1,
            }
        }
        out
    }

    /// The block that `tag` opens; leaves `pos` on its `End`.
    fn parse_block(&mut self, tag: &Tag, pos: &mut usize) -> Option<Block> {
        let block = match tag {
            Tag::Paragraph => Block::Para {
                inlines: self.parse_inlines(pos),
            },
            Tag::Heading { level, .. } => Block::Heading {
                level: heading_level(*level),
                inlines: self.parse_inlines(pos),
            },
            Tag::BlockQuote(_) => Block::Quote {
                blocks: self.parse_blocks(pos),
            },
            Tag::List(start) => {
                let mut items = Vec::new();
                while let Some(Event::Start(Tag::Item)) = self.events.get(*pos) {
                    *pos += 1;
                    items.push(self.parse_blocks(pos));
                    *pos += 1; // End(Item)
                }
                Block::List {
                    start: *start,
                    items,
                }
            }
            Tag::CodeBlock(_) => {
                let mut text = String::new();
                while let Some(Event::Text(t)) = self.events.get(*pos) {
                    text.push_str(t);
                    *pos += 1;
                }
                Block::Code {
                    text: text.trim_end().to_string(),
                }
            }
            Tag::Table(_) => Block::Table {
                rows: self.parse_table(pos),
            },
            _ => {
                skip_to_end(&self.events, pos);
                return None;
            }
        };
        Some(block)
    }

    /// Inline events up to (not including) the next non-inline event.
    fn parse_inline_run(&self, pos: &mut usize) -> Vec<Inline> {
        let mut out = Vec::new();
        while let Some(e) = self.events.get(*pos) {
            if !is_inline(e) {
                break;
            }
            out.extend(self.parse_inline(pos));
        }
        merge_text(out)
    }

    /// Inline events up to the `End` that closes the current tag; leaves `pos` on it.
    fn parse_inlines(&self, pos: &mut usize) -> Vec<Inline> {
        let mut out = Vec::new();
        while let Some(e) = self.events.get(*pos) {
            if matches!(e, Event::End(_)) {
                break;
            }
            out.extend(self.parse_inline(pos));
        }
        merge_text(out)
    }

    fn parse_inline(&self, pos: &mut usize) -> Option<Inline> {
        let e = &self.events[*pos];
        *pos += 1;
        let inline = match e {
            Event::Text(t) => Inline::Text {
                text: t.to_string(),
            },
            Event::Code(t) => Inline::Code {
                text: t.to_string(),
            },
            Event::SoftBreak => Inline::Text { text: " ".into() },
            Event::HardBreak => Inline::Break,
            // Definitions were read first (`read_notes`); the definition
            // itself prints nowhere else (`parse_block` skips it).
            Event::FootnoteReference(r) => {
                match self.notes.iter().find(|(l, _)| l.as_str() == &**r) {
                    Some((_, inlines)) => Inline::Note {
                        inlines: inlines.clone(),
                    },
                    None => Inline::Text {
                        text: format!("[^{r}]"),
                    },
                }
            }
            Event::Start(tag) => {
                let inner = self.parse_inlines(pos);
                *pos += 1; // End
                match tag {
                    Tag::Strong => Inline::Strong { inlines: inner },
                    Tag::Emphasis | Tag::Strikethrough => Inline::Emph { inlines: inner },
                    Tag::Link { dest_url, .. } => Inline::Link {
                        url: (self.link)(dest_url),
                        inlines: inner,
                    },
                    // An image prints as its description.
                    _ => Inline::Emph { inlines: inner },
                }
            }
            _ => return None,
        };
        Some(inline)
    }

    fn parse_table(&self, pos: &mut usize) -> Vec<Vec<Vec<Inline>>> {
        let mut rows = Vec::new();
        while let Some(e) = self.events.get(*pos) {
            match e {
                Event::Start(Tag::TableHead) | Event::Start(Tag::TableRow) => {
                    *pos += 1;
                    let mut row = Vec::new();
                    while let Some(Event::Start(Tag::TableCell)) = self.events.get(*pos) {
                        *pos += 1;
                        row.push(self.parse_inlines(pos));
                        *pos += 1;
                    }
                    rows.push(row);
                    *pos += 1; // End(TableHead | TableRow)
                }
                Event::End(TagEnd::Table) => break,
                _ => *pos += 1,
            }
        }
        rows
    }
}

fn is_inline(e: &Event) -> bool {
    match e {
        Event::Text(_)
        | Event::Code(_)
        | Event::SoftBreak
        | Event::HardBreak
        | Event::FootnoteReference(_) => true,
        Event::Start(t) => matches!(
            t,
            Tag::Emphasis | Tag::Strong | Tag::Strikethrough | Tag::Link { .. } | Tag::Image { .. }
        ),
        _ => false,
    }
}

/// Joins neighbouring runs of plain text (the parser splits text at brackets).
fn merge_text(inlines: Vec<Inline>) -> Vec<Inline> {
    let mut out: Vec<Inline> = Vec::with_capacity(inlines.len());
    for i in inlines {
        match (out.last_mut(), i) {
            (Some(Inline::Text { text }), Inline::Text { text: more }) => text.push_str(&more),
            (_, i) => out.push(i),
        }
    }
    out
}

fn skip_to_end(events: &[Event], pos: &mut usize) {
    let mut depth = 0usize;
    while let Some(e) = events.get(*pos) {
        match e {
            Event::Start(_) => depth += 1,
            Event::End(_) if depth == 0 => return,
            Event::End(_) => depth -= 1,
            _ => {}
        }
        *pos += 1;
    }
}

fn heading_level(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 | HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}
