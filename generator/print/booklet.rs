//! The guidelines booklet: the campaign's `guidelines/` pages of one locale,
//! turned from Markdown (pulldown-cmark events) into a typed block structure
//! that the Typst template lays out. Text stays data: it never becomes Typst
//! markup, so `#`, `$`, `]` or `*` in a page print as themselves.

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use serde::Serialize;

use crate::campaign::i18n::direction;
use crate::campaign::site::Site;
use crate::web::typography;

/// The booklet's chapters, in menu order (front matter `weight`).
#[derive(Debug, Clone, Serialize)]
pub(super) struct Booklet {
    /// Chapters; the section's index page first.
    pub chapters: Vec<Chapter>,
    /// Where each block came from, indexed by [`Placed::at`]: the page (an
    /// index into the campaign's pages) and the byte offset in its file. Only
    /// for messages, so not part of the template's data.
    #[serde(skip)]
    pub origins: Vec<(usize, usize)>,
}

/// One page of the guidelines section.
#[derive(Debug, Clone, Serialize)]
pub(super) struct Chapter {
    /// Title (front matter).
    pub title: String,
    /// Language the text is in (the default locale's for untranslated pages).
    pub lang: String,
    /// Its direction.
    pub dir: &'static str,
    /// The page file, for messages.
    pub file: String,
    /// Its address on the site: links to it print no address after them.
    pub url: String,
    /// Body.
    pub blocks: Vec<Placed>,
}

/// A block with the number of its origin ([`Booklet::origins`]); the
/// template marks each block with it, so that a failure while writing the
/// PDF can name the Markdown that became the faulty list or table.
#[derive(Debug, Clone, Serialize)]
pub(super) struct Placed {
    /// Index into [`Booklet::origins`].
    pub at: usize,
    /// The block.
    #[serde(flatten)]
    pub block: Block,
}

/// A block of text.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub(super) enum Block {
    /// A section heading (`##` is level 2).
    Heading {
        /// 2 to 6.
        level: u8,
        /// Content.
        inlines: Vec<Inline>,
    },
    /// A paragraph.
    Para {
        /// Content.
        inlines: Vec<Inline>,
    },
    /// A bulleted or numbered list.
    List {
        /// Numbered from `start`.
        start: Option<u64>,
        /// Items, each a list of blocks.
        items: Vec<Vec<Placed>>,
    },
    /// A quotation.
    Quote {
        /// Content.
        blocks: Vec<Placed>,
    },
    /// A table: the first row is the header.
    Table {
        /// Rows of cells.
        rows: Vec<Vec<Vec<Inline>>>,
    },
    /// Preformatted text.
    Code {
        /// The text.
        text: String,
    },
    /// A horizontal rule.
    Rule,
}

/// Text inside a block.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub(super) enum Inline {
    /// Plain text.
    Text {
        /// The text.
        text: String,
    },
    /// Inline code.
    Code {
        /// The text.
        text: String,
    },
    /// Bold.
    Strong {
        /// Content.
        inlines: Vec<Inline>,
    },
    /// Emphasis.
    Emph {
        /// Content.
        inlines: Vec<Inline>,
    },
    /// A link (internal links already resolved to absolute URLs).
    Link {
        /// Target.
        url: String,
        /// Content.
        inlines: Vec<Inline>,
    },
    /// A footnote: the definition's text, set at the foot of the page.
    Note {
        /// Content.
        inlines: Vec<Inline>,
    },
    /// A line break.
    Break,
}

/// The booklet of `locale`, or `None` when the campaign has no guidelines or
/// none of them is translated into `locale` (the default locale's booklet
/// then serves).
pub(super) fn build(site: &Site, locale: &str) -> Option<Booklet> {
    let campaign = site.campaign;
    let mut pages: Vec<_> = site
        .pages_in(locale)
        .filter(|p| p.key.starts_with("guidelines/"))
        .collect();
    if pages.iter().all(|p| p.fallback) {
        return None;
    }
    pages.sort_by_key(|p| {
        let src = &campaign.pages[p.source];
        (p.key != "guidelines/index", src.front.weight, p.key.clone())
    });
    let mut origins = Vec::new();
    let chapters = pages
        .iter()
        .map(|p| {
            let src = &campaign.pages[p.source];
            let body = crate::web::markdown::blank_block_markers(src.body())
                .unwrap_or(std::borrow::Cow::Borrowed(src.body()));
            let link = |url: &str| resolve(site, &src.locale, url);
            let (mut blocks, offsets) = blocks(&body, &link, origins.len());
            // Typeset as the web sets the page (docs/typography.md).
            blocks.iter_mut().for_each(|b| b.block.typeset(&src.locale));
            origins.extend(offsets.into_iter().map(|o| (p.source, src.body_offset + o)));
            Chapter {
                title: typography::plain(&src.front.title, &src.locale).into_owned(),
                lang: src.locale.clone(),
                dir: direction(&src.locale),
                file: src.relative.to_string_lossy().replace('\\', "/"),
                url: site.permalink(p),
                blocks,
            }
        })
        .collect();
    let mut booklet = Booklet { chapters, origins };
    booklet.drop_chapter_lists();
    Some(booklet)
}
impl Block {
    /// Its text typeset for `lang` (docs/typography.md), code as written.
    fn typeset(&mut self, lang: &str) {
        match self {
            Block::Heading { inlines, .. } | Block::Para { inlines } => typeset(inlines, lang),
            Block::List { items, .. } => {
                let blocks = items.iter_mut().flatten();
                blocks.for_each(|b| b.block.typeset(lang));
            }
            Block::Quote { blocks } => blocks.iter_mut().for_each(|b| b.block.typeset(lang)),
            Block::Table { rows } => rows.iter_mut().flatten().for_each(|c| typeset(c, lang)),
            Block::Code { .. } | Block::Rule => {}
        }
    }
}

/// `inlines` typeset for `lang`; smart punctuation has already made their
/// quotes, as on the web.
fn typeset(inlines: &mut [Inline], lang: &str) {
    for inline in inlines {
        match inline {
            Inline::Text { text } => {
                if let std::borrow::Cow::Owned(set) = typography::finish(text, lang) {
                    *text = set;
                }
            }
            Inline::Strong { inlines }
            | Inline::Emph { inlines }
            | Inline::Note { inlines }
            | Inline::Link { inlines, .. } => typeset(inlines, lang),
            Inline::Code { .. } | Inline::Break => {}
        }
    }
}

/// An internal link (`@/key.md#part`) becomes the page's absolute URL; other
/// links stay as written.
fn resolve(site: &Site, locale: &str, url: &str) -> String {
    let Some(rest) = url.strip_prefix("@/") else {
        return url.to_string();
    };
    let (path, fragment) = rest.split_once('#').unwrap_or((rest, ""));
    let key = path.trim_end_matches(".md");
    match site.page(locale, key) {
        Some(p) if fragment.is_empty() => site.permalink(p),
        Some(p) => format!("{}#{fragment}", site.permalink(p)),
        None => site.campaign.settings.base_url.clone(),
    }
}

/// Converts Markdown into blocks, numbered from `first`; also returns each
/// block's byte offset in `markdown`, in number order.
pub(super) fn blocks(
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

impl Block {
    /// The block's kind, in words.
    fn kind(&self) -> &'static str {
        match self {
            Block::Heading { .. } => "heading",
            Block::Para { .. } => "paragraph",
            Block::List { start: None, .. } => "list",
            Block::List { .. } => "numbered list",
            Block::Quote { .. } => "quotation",
            Block::Table { .. } => "table",
            Block::Code { .. } => "preformatted text",
            Block::Rule => "rule",
        }
    }
}

impl Booklet {
    /// Leaves out a list whose every item opens with a link to a chapter of
    /// this booklet, with the heading right before it: the contents page
    /// lists the chapters already, with their pages (review 14g C2).
    fn drop_chapter_lists(&mut self) {
        let urls: Vec<String> = self.chapters.iter().map(|c| c.url.clone()).collect();
        let to_chapter = |item: &Vec<Placed>| match item.first().map(|p| &p.block) {
            Some(Block::Para { inlines }) => {
                matches!(inlines.first(), Some(Inline::Link { url, .. }) if urls.contains(url))
            }
            _ => false,
        };
        for c in &mut self.chapters {
            let listed = |b: &Placed| matches!(&b.block, Block::List { items, .. } if !items.is_empty() && items.iter().all(to_chapter));
            while let Some(i) = c.blocks.iter().position(listed) {
                c.blocks.remove(i);
                if i > 0 && matches!(c.blocks[i - 1].block, Block::Heading { .. }) {
                    c.blocks.remove(i - 1);
                }
            }
        }
    }

    /// What block `at` is (`list`, `table`…), for messages.
    pub(super) fn kind_of(&self, at: usize) -> Option<&'static str> {
        fn find(blocks: &[Placed], at: usize) -> Option<&'static str> {
            blocks.iter().find_map(|p| {
                let inner = match &p.block {
                    Block::List { items, .. } => items.iter().find_map(|i| find(i, at)),
                    Block::Quote { blocks } => find(blocks, at),
                    _ => None,
                };
                inner.or_else(|| (p.at == at).then(|| p.block.kind()))
            })
        }
        self.chapters.iter().find_map(|c| find(&c.blocks, at))
    }

    /// Every text of the booklet, with its page file, for the glyph check.
    pub(super) fn texts<'a>(&'a self, out: &mut Vec<(String, &'a str)>) {
        fn inlines<'a>(file: &str, xs: &'a [Inline], out: &mut Vec<(String, &'a str)>) {
            for x in xs {
                match x {
                    Inline::Text { text } | Inline::Code { text } => out.push((file.into(), text)),
                    Inline::Strong { inlines: i }
                    | Inline::Emph { inlines: i }
                    | Inline::Note { inlines: i }
                    | Inline::Link { inlines: i, .. } => inlines(file, i, out),
                    Inline::Break => {}
                }
            }
        }
        fn blocks<'a>(file: &str, xs: &'a [Placed], out: &mut Vec<(String, &'a str)>) {
            for x in xs {
                match &x.block {
                    Block::Heading { inlines: i, .. } | Block::Para { inlines: i } => {
                        inlines(file, i, out)
                    }
                    Block::List { items, .. } => items.iter().for_each(|b| blocks(file, b, out)),
                    Block::Quote { blocks: b } => blocks(file, b, out),
                    Block::Table { rows } => rows
                        .iter()
                        .flatten()
                        .for_each(|cell| inlines(file, cell, out)),
                    Block::Code { text } => out.push((file.into(), text)),
                    Block::Rule => {}
                }
            }
        }
        for c in &self.chapters {
            out.push((c.file.clone(), &c.title));
            blocks(&c.file, &c.blocks, out);
        }
    }
}

#[cfg(test)]
mod tests;
