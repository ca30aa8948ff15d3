//! Markdown to HTML: page links (`@/file.md`), generated heading ids, located
//! errors for raw HTML, missing alt text and unknown links, and `::: kind`
//! blocks that mark regional passages.

use std::borrow::Cow;
use std::collections::HashSet;
use std::path::Path;

use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use serde::Serialize;

use crate::campaign::blocks::{block_opening, BLOCK_KINDS, TO_ADAPT};
use crate::campaign::content::{slugify, SourcePage};
use crate::diagnostics::{did_you_mean, position_of, Diagnostic, Diagnostics};
use crate::untrusted::escape_html as escape;
use crate::untrusted::urls::{refused_scheme, shown};
use crate::web::images::ImageRegistry;
use crate::web::markdown::nesting::{Nesting, MAX_NESTING};
use crate::web::typography;

pub(crate) mod nesting;
mod phones;
pub(crate) use phones::{helpline_links, PhoneLink};

/// Element ids used by the base templates; headings never take them.
pub(crate) const RESERVED_IDS: &[&str] = &[
    "main",
    "toc-title",
    "helplines-title",
    "content",
    "help-now-title",
    "journeys-title",
    "partners-title",
];

/// An entry of a page's table of contents (its `##` headings).
#[derive(Debug, Clone, Serialize)]
pub(crate) struct TocEntry {
    /// Anchor id.
    pub id: String,
    /// Heading text.
    pub title: String,
}

/// A link to check once every output file is known.
#[derive(Debug, Clone)]
pub(crate) struct PendingLink {
    /// The URL as written in the output.
    pub url: String,
    /// Byte offset of the link in the Markdown file.
    pub offset: usize,
}

/// The HTML of a page body and what was learnt while making it.
#[derive(Debug, Default)]
pub(crate) struct RenderedMarkdown {
    /// Body HTML.
    pub html: String,
    /// `##` headings.
    pub toc: Vec<TocEntry>,
    /// Internal links written as URLs (not `@/`), to check against the output.
    pub links: Vec<PendingLink>,
}

/// What the renderer needs to know about the rest of the site.
pub(crate) struct Resolver<'a> {
    /// The campaign's phone numbers and their links in the page's language.
    pub phones: &'a [PhoneLink],
    /// URL of a page key in the page's locale, if the page exists.
    pub page_url: &'a (dyn Fn(&str) -> Option<String> + Sync),
    /// Every page key, for suggestions.
    pub keys: &'a [String],
    /// Images referenced by pages.
    pub images: &'a ImageRegistry,
}

/// Renders the body of `page`.
pub(crate) fn render(page: &SourcePage, resolver: &Resolver) -> (RenderedMarkdown, Diagnostics) {
    let mut r = Renderer {
        page,
        resolver,
        diags: Diagnostics::new(),
        out: RenderedMarkdown::default(),
        ids: HashSet::default(),
    };
    let body = match blank_block_markers(page.body()) {
        Ok(body) => body,
        Err((offset, msg, hint)) => {
            r.error(offset, "markdown.block", msg, Some(hint));
            Cow::Borrowed(page.body())
        }
    };
    let events = phones::link_phones(r.transform(&body), resolver.phones);
    let events = typeset(events, &page.locale);
    pulldown_cmark::html::push_html(&mut r.out.html, events.into_iter());
    (r.out, r.diags)
}

/// The page's text typeset (docs/typography.md: ranges, dashes, French
/// spacing; smart punctuation already made the quotes), its code as written.
/// Neighbouring text runs are joined first: the parser splits text at the
/// quotes and dashes it makes, and a rule may need both sides (`2014–2020`).
fn typeset<'t>(events: Vec<Event<'t>>, lang: &str) -> Vec<Event<'t>> {
    let mut out: Vec<Event<'t>> = Vec::with_capacity(events.len());
    let mut in_code = false;
    let mut run: Vec<CowStr<'t>> = Vec::new();
    let flush = |run: &mut Vec<CowStr<'t>>, out: &mut Vec<Event<'t>>| {
        let text = match run.len() {
            0 | 1 => match run.pop() {
                Some(text) => text,
                None => return,
            },
            _ => {
                let joined: String = run.iter().map(|t| &**t).collect();
                run.clear();
                CowStr::from(joined)
            }
        };
        let set = match typography::finish(&text, lang) {
            Cow::Borrowed(_) => text,
            Cow::Owned(set) => set.into(),
        };
        out.push(Event::Text(set));
    };
    for event in events {
        match event {
            Event::Text(text) if !in_code => run.push(text),
            other => {
                flush(&mut run, &mut out);
                match &other {
                    Event::Start(Tag::CodeBlock(_)) => in_code = true,
                    Event::End(TagEnd::CodeBlock) => in_code = false,
                    _ => {}
                }
                out.push(other);
            }
        }
    }
    flush(&mut run, &mut out);
    out
}

/// Replaces `::: kind` and `:::` marker lines by blanks of the same length, so
/// that byte offsets (and so line numbers) stay those of the file. A body
/// without `:::` (most pages) is returned as it is, without a copy.
pub(crate) fn blank_block_markers(body: &str) -> Result<Cow<'_, str>, (usize, String, String)> {
    if memchr::memmem::find(body.as_bytes(), b":::").is_none() {
        return Ok(Cow::Borrowed(body));
    }
    let mut out = String::with_capacity(body.len());
    let mut open: Option<usize> = None;
    let mut offset = 0;
    for line in body.split_inclusive('\n') {
        let trimmed = line.trim();
        if let Some(rest) = trimmed.strip_prefix(":::") {
            let (kind, extra) = block_opening(trimmed).unwrap_or(("", None));
            let well_formed = rest
                .split_whitespace()
                .nth(1)
                .is_none_or(|w| w.starts_with(TO_ADAPT) && rest.split_whitespace().count() == 2);
            if !well_formed {
                return Err((
                    offset,
                    format!("unexpected `{}` after `::: {kind}`", extra.unwrap_or("")),
                    format!("write `::: {kind}` alone on its line (or `::: {kind} {TO_ADAPT}…` as `faro fork` wrote it)"),
                ));
            }
            if kind.is_empty() {
                if open.take().is_none() {
                    return Err((
                        offset,
                        "`:::` closes a block that was never opened".into(),
                        "open it with `::: regional`".into(),
                    ));
                }
            } else if !BLOCK_KINDS.contains(&kind) {
                let hint = did_you_mean(kind, BLOCK_KINDS.iter().copied())
                    .map(|s| format!("did you mean `::: {s}`?"))
                    .unwrap_or_else(|| format!("known kinds: {}", BLOCK_KINDS.join(", ")));
                return Err((offset, format!("unknown block kind `{kind}`"), hint));
            } else if open.replace(offset).is_some() {
                return Err((
                    offset,
                    "blocks cannot be nested".into(),
                    "close the previous block with `:::` first".into(),
                ));
            }
            out.extend(line.chars().map(|c| if c == '\n' { '\n' } else { ' ' }));
        } else {
            out.push_str(line);
        }
        offset += line.len();
    }
    match open {
        Some(start) => Err((
            start,
            "this block is never closed".into(),
            "add a line `:::` after the block".into(),
        )),
        None => Ok(Cow::Owned(out)),
    }
}

struct Renderer<'a> {
    page: &'a SourcePage,
    resolver: &'a Resolver<'a>,
    diags: Diagnostics,
    out: RenderedMarkdown,
    /// Heading ids given so far (besides [`RESERVED_IDS`], which no heading
    /// takes). foldhash: SipHash and the reserved ids copied into every
    /// page's set showed in the build profile.
    ids: HashSet<String, foldhash::fast::FixedState>,
}

impl<'a> Renderer<'a> {
    fn error(&mut self, body_offset: usize, code: &'static str, msg: String, hint: Option<String>) {
        let offset = self.page.body_offset + body_offset;
        let pos = position_of(&self.page.source.text, offset);
        let mut d = Diagnostic::error(code, msg).at_source(&self.page.source, pos, 1);
        if let Some(h) = hint {
            d = d.with_hint(h);
        }
        self.diags.push(d);
    }

    fn transform<'t>(&mut self, body: &'t str) -> Vec<Event<'t>> {
        let options = Options::ENABLE_TABLES
            | Options::ENABLE_FOOTNOTES
            | Options::ENABLE_SMART_PUNCTUATION
            | Options::ENABLE_HEADING_ATTRIBUTES
            | Options::ENABLE_STRIKETHROUGH;
        let mut events = Vec::new();
        let mut parser = Nesting::new(Parser::new_ext(body, options).into_offset_iter());
        let mut in_comment = false;
        while let Some((event, range)) = parser.next() {
            match event {
                Event::Start(Tag::Heading {
                    level, id, classes, ..
                }) => {
                    let inner =
                        collect_until(&mut parser, |e| matches!(e, Event::End(TagEnd::Heading(_))));
                    self.heading(level, id, classes, inner, range.start, &mut events);
                }
                Event::Start(Tag::Link {
                    link_type,
                    dest_url,
                    title,
                    id,
                }) => {
                    let dest = self.link(&dest_url, range.start);
                    events.push(Event::Start(Tag::Link {
                        link_type,
                        dest_url: dest,
                        title,
                        id,
                    }));
                }
                Event::Start(Tag::Image {
                    dest_url, title, ..
                }) => {
                    let inner =
                        collect_until(&mut parser, |e| matches!(e, Event::End(TagEnd::Image)));
                    let alt = plain_text(&inner);
                    events.push(Event::Html(
                        self.image(&dest_url, &title, &alt, range.start).into(),
                    ));
                }
                Event::Html(html) | Event::InlineHtml(html) => {
                    self.refuse_html(&html, &mut in_comment, range.start);
                }
                other => events.push(other),
            }
        }
        if let Some(at) = parser.too_deep_at() {
            // The page fails; its HTML, which could be too deep for the
            // recursive stages after this one, goes no further.
            self.error(
                at,
                "markdown.too-deep",
                format!("the Markdown here is nested more than {MAX_NESTING} levels deep (lists, quotes, emphasis or links inside one another)"),
                Some("no page needs this much nesting: flatten the lists or quotes, or close the `*`/`_` runs".into()),
            );
            events.clear();
        }
        events
    }

    /// A heading with a unique id (its own `{#id}`, or made from its text),
    /// listed in the table of contents when it is a `##`; a `#` is an error.
    fn heading<'t>(
        &mut self,
        level: HeadingLevel,
        id: Option<CowStr<'t>>,
        classes: Vec<CowStr<'t>>,
        inner: Vec<Event<'t>>,
        start: usize,
        events: &mut Vec<Event<'t>>,
    ) {
        let text = plain_text(&inner);
        let id = self.unique_id(id.map(|s| s.to_string()).unwrap_or_else(|| slugify(&text)));
        if level == HeadingLevel::H2 {
            self.out.toc.push(TocEntry {
                id: id.clone(),
                title: typography::finish(&text, &self.page.locale).into_owned(),
            });
        }
        if level == HeadingLevel::H1 {
            self.error(
                start,
                "markdown.heading",
                "a `#` heading repeats the page title".into(),
                Some("start sections with `##`; the title comes from the front matter".into()),
            );
        }
        // Attributes other than id and class are dropped: `{onclick=…}` must never reach the page.
        events.push(Event::Start(Tag::Heading {
            level,
            id: Some(id.into()),
            classes,
            attrs: Vec::new(),
        }));
        events.extend(inner);
        events.push(Event::End(TagEnd::Heading(level)));
    }

    /// Raw HTML in a page is an error (HTML comments excepted): it never
    /// reaches the page.
    fn refuse_html(&mut self, html: &str, in_comment: &mut bool, start: usize) {
        let html = strip_comments(html, in_comment);
        if html.trim().is_empty() {
            return;
        }
        let what = if html.to_ascii_lowercase().contains("<script") {
            "a <script> element"
        } else {
            "raw HTML"
        };
        self.error(start, "markdown.raw-html", format!("{what} is not allowed in page content"), Some("write Markdown instead: Faro never passes raw HTML through, so no page can run scripts or load things from other sites".into()));
    }

    fn unique_id(&mut self, base: String) -> String {
        let base = if base.is_empty() {
            "section".to_string()
        } else {
            base
        };
        let mut id = base.clone();
        let mut n = 1;
        while RESERVED_IDS.contains(&id.as_str()) || !self.ids.insert(id.clone()) {
            n += 1;
            id = format!("{base}-{n}");
        }
        id
    }

    fn link(&mut self, dest: &str, offset: usize) -> CowStr<'static> {
        if let Some(scheme) = refused_scheme(dest) {
            self.refuse_url("a link", scheme, dest, offset);
            return "#".into();
        }
        if let Some(target) = dest.strip_prefix("@/") {
            let (path, fragment) = target
                .split_once('#')
                .map_or((target, None), |(p, f)| (p, Some(f)));
            let key = path.strip_suffix(".md").unwrap_or(path);
            return match (self.resolver.page_url)(key) {
                Some(url) => match fragment {
                    Some(f) => format!("{url}#{f}").into(),
                    None => url.into(),
                },
                None => {
                    let hint = did_you_mean(key, self.resolver.keys.iter().map(String::as_str))
                        .map(|s| format!("did you mean `@/{s}.md`?"))
                        .unwrap_or_else(|| {
                            "link to a file under content/<lang>/, such as `@/get-help.md`".into()
                        });
                    self.error(
                        offset,
                        "link.unknown-page",
                        format!("link to a page that does not exist: `{dest}`"),
                        Some(hint),
                    );
                    "#".into()
                }
            };
        }
        if !is_external(dest) && !dest.starts_with('#') {
            self.out.links.push(PendingLink {
                url: dest.to_string(),
                offset: self.page.body_offset + offset,
            });
        }
        dest.to_string().into()
    }

    /// Reports a `javascript:`, `vbscript:` or `data:` URL written as a link
    /// or an image (`what`).
    fn refuse_url(&mut self, what: &str, scheme: &str, dest: &str, offset: usize) {
        let (msg, hint) = if scheme == "data" {
            (
                format!("a `data:` URL is not allowed as {what}: `{}`", shown(dest)),
                "link to a page (`@/file.md`) or a website (`https://…`), and put images in the campaign's assets/ folder: a `data:` URL can hold a whole page with scripts, which Faro never publishes",
            )
        } else {
            (
                format!("a `{scheme}:` URL runs a script and is not allowed as {what}: `{}`", shown(dest)),
                "link to a page (`@/file.md`), a website (`https://…`), `mailto:` or `tel:`: no page may run a script, whoever wrote or translated it",
            )
        };
        self.error(offset, "safety.script-url", msg, Some(hint.into()));
    }

    fn image(&mut self, dest: &str, title: &str, alt: &str, offset: usize) -> String {
        if alt.trim().is_empty() {
            self.error(
                offset,
                "image.alt",
                format!("the image `{dest}` has no alt text"),
                Some("describe the image: `![what it shows](path)`".into()),
            );
        }
        if let Some(scheme) = refused_scheme(dest) {
            self.refuse_url("an image", scheme, dest, offset);
            return String::new();
        }
        if is_external(dest) {
            self.error(offset, "image.external", format!("the image `{dest}` is on another website"), Some("copy it into the campaign's assets/ folder: pages never load anything from other hosts".into()));
            return String::new();
        }
        let base = self.page.relative.parent().unwrap_or(Path::new(""));
        let img = match self.resolver.images.register(
            base,
            dest,
            &self.page.source,
            self.page.body_offset + offset,
        ) {
            Ok(img) => img,
            Err(d) => {
                self.diags.push(d);
                return String::new();
            }
        };
        let title_attr = if title.is_empty() {
            String::new()
        } else {
            format!(" title=\"{}\"", escape(title))
        };
        let srcset = if img.srcset.is_empty() {
            String::new()
        } else {
            format!(
                " srcset=\"{}\" sizes=\"(max-width: 44rem) 100vw, 44rem\"",
                img.srcset
            )
        };
        format!(
            "<img src=\"{}\"{srcset} width=\"{}\" height=\"{}\" alt=\"{}\"{title_attr} loading=\"lazy\" decoding=\"async\">",
            img.src, img.width, img.height, escape(alt)
        )
    }
}

/// Removes HTML comments from a chunk of raw HTML; `in_comment` carries an open
/// comment over to the next chunk. What is left is real markup.
fn strip_comments(chunk: &str, in_comment: &mut bool) -> String {
    let mut out = String::new();
    let mut rest = chunk;
    loop {
        if *in_comment {
            match rest.find("-->") {
                Some(i) => {
                    rest = &rest[i + 3..];
                    *in_comment = false;
                }
                None => return out,
            }
        }
        match rest.find("<!--") {
            Some(i) => {
                out.push_str(&rest[..i]);
                rest = &rest[i + 4..];
                *in_comment = true;
            }
            None => {
                out.push_str(rest);
                return out;
            }
        }
    }
}

fn collect_until<'t, I>(parser: &mut I, is_end: impl Fn(&Event) -> bool) -> Vec<Event<'t>>
where
    I: Iterator<Item = (Event<'t>, std::ops::Range<usize>)>,
{
    let mut inner = Vec::new();
    for (e, _) in parser.by_ref() {
        if is_end(&e) {
            break;
        }
        inner.push(e);
    }
    inner
}

fn plain_text(events: &[Event]) -> String {
    let mut s = String::new();
    for e in events {
        match e {
            Event::Text(t) | Event::Code(t) => s.push_str(t),
            Event::SoftBreak | Event::HardBreak => s.push(' '),
            _ => {}
        }
    }
    s.trim().to_string()
}

/// True for URLs with a scheme or protocol-relative URLs (`//host`).
pub(crate) fn is_external(url: &str) -> bool {
    url.starts_with("//")
        || url.split_once(':').is_some_and(|(scheme, _)| {
            !scheme.is_empty()
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
        })
}

#[cfg(test)]
mod tests;
