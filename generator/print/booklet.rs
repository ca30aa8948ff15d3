//! The guidelines booklet: the campaign's `guidelines/` pages of one locale,
//! turned from Markdown (pulldown-cmark events) into a typed block structure
//! that the Typst template lays out. Text stays data: it never becomes Typst
//! markup, so `#`, `$`, `]` or `*` in a page print as themselves.

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

mod reader;
pub(super) use reader::blocks;

#[cfg(test)]
mod tests;
