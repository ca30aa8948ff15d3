//! Who is at fault when an asset cannot be made, and where to look.
//!
//! An error in one of Faro's own print templates (the base layer under
//! `templates/print/`) is Faro's bug, not something the user can fix there: the
//! message says so, names the asset and the locale, and for the guidelines
//! booklet the Markdown (page and line) whose list or table could not be
//! written. A theme's or campaign's own template stays the user's to fix.
//!
//! Typst reports a PDF/UA failure at the span of the element, which for a
//! booklet list is the one `list(..)` call in the template, the same for every
//! list. So, on that (rare) failure, the laid-out document is exported once
//! more with each list, enumeration and table re-created carrying a span that
//! names its block: the template marks every block with its number
//! (`metadata((faro-block: n))`), and the number leads to the page and offset
//! recorded by [`super::booklet::Booklet::origins`].

use std::num::NonZeroU64;
use std::path::PathBuf;

use typst::diag::SourceDiagnostic;
use typst::foundations::{Content, NativeElement, Packed, Value};
use typst::introspection::{MetadataElem, Tag};
use typst::layout::{Frame, FrameItem};
use typst::model::{EnumElem, ListElem, TableElem};
use typst::syntax::{DiagSpan, FileId, Span};
use typst_layout::{Page, PagedDocument};

use super::booklet::Booklet;
use super::{render, world};
use crate::campaign::load::Campaign;
use crate::diagnostics::{position_of, Diagnostic};

/// The (never read) file that block spans point into.
const BLOCKS_FILE: &str = "/__faro-markdown-blocks";

/// Bits of a span that hold its number; the file id sits above them.
const NUMBER_BITS: u32 = 48;
/// The smallest span number Typst gives a source node.
const FIRST_NUMBER: u64 = 2;

fn blocks_file() -> FileId {
    world::file_id(BLOCKS_FILE)
}

/// A span that names block `at`.
fn block_span(at: usize) -> Span {
    let id = u64::from(blocks_file().into_raw().get());
    let raw = (id << NUMBER_BITS) | (FIRST_NUMBER + at as u64);
    Span::from_raw(NonZeroU64::new(raw).expect("the file id is not zero"))
}

/// The block among the first `count` that a span made by [`block_span`]
/// names (a diagnostic's span hides its parts, so it is compared whole).
pub(super) fn block_of(span: DiagSpan, count: usize) -> Option<usize> {
    if span.id() != Some(blocks_file()) {
        return None;
    }
    (0..count).find(|&at| DiagSpan::from(block_span(at)) == span)
}

/// A copy of `doc` whose lists, enumerations and tables carry spans naming
/// the block they were laid out for.
pub(super) fn with_block_spans(doc: &PagedDocument) -> PagedDocument {
    let mut current = None;
    let pages = doc
        .pages()
        .iter()
        .map(|p| {
            let mut page: Page = p.clone();
            respan(&mut page.frame, &mut current);
            page
        })
        .collect();
    PagedDocument::new(pages, typst::model::Document::info(doc).clone())
}

/// Walks `frame` in layout order; `current` is the block of the last marker.
fn respan(frame: &mut Frame, current: &mut Option<usize>) {
    frame.retain(|item| {
        match item {
            FrameItem::Group(group) => respan(&mut group.frame, current),
            FrameItem::Tag(Tag::Start(content, _)) => {
                if let Some(at) = marker(content) {
                    *current = Some(at);
                } else if let Some(at) = *current {
                    if let Some(spanned) = spanned(content, block_span(at)) {
                        *content = spanned;
                    }
                }
            }
            _ => {}
        }
        true
    });
}

/// The block number of a `metadata((faro-block: n))` marker.
fn marker(content: &Content) -> Option<usize> {
    let meta = content.to_packed::<MetadataElem>()?;
    let Value::Dict(dict) = &meta.value else {
        return None;
    };
    match dict.get("faro-block").ok()? {
        Value::Int(n) => usize::try_from(*n).ok(),
        _ => None,
    }
}

/// The same list, enumeration or table element, at the same location, with
/// `span` (content keeps a span once it has one, so it is made anew).
fn spanned(content: &Content, span: Span) -> Option<Content> {
    fn remake<T: NativeElement + Clone>(content: &Content, span: Span) -> Option<Content> {
        let packed = content.to_packed::<T>()?;
        let mut fresh = Packed::new(packed.clone().unpack()).spanned(span);
        fresh.set_location(packed.location()?);
        Some(fresh.pack())
    }
    remake::<ListElem>(content, span)
        .or_else(|| remake::<EnumElem>(content, span))
        .or_else(|| remake::<TableElem>(content, span))
}

/// One variant of one asset in one locale, and the template that made it.
pub(super) struct Failed<'a> {
    /// Asset id (`guidelines`).
    pub id: &'a str,
    /// Locale.
    pub locale: &'a str,
    /// `office`, `print` or `image`.
    pub variant: &'a str,
    /// The template file, for messages.
    pub template: PathBuf,
    /// Whether the template is Faro's own (see [`super::Templates::faro_own`]).
    pub faro_own: bool,
}

/// The diagnostics for a PDF that Typst refused to write: at the template
/// when it is the user's; otherwise Faro's bug, located at the Markdown of
/// each booklet block named by the errors (or at the template when no block
/// is).
pub(super) fn pdf_failure(
    failed: &Failed,
    campaign: &Campaign,
    booklet: Option<&Booklet>,
    doc: &PagedDocument,
    ident: &str,
    errors: &[SourceDiagnostic],
) -> Vec<Diagnostic> {
    let Failed {
        id,
        locale,
        variant,
        faro_own,
        ..
    } = *failed;
    let template = &failed.template;
    let what = render::describe(errors);
    if !faro_own {
        let msg = format!("{id} ({locale}, {variant}): {what}");
        return vec![Diagnostic::error("print.export", msg).in_file(template)];
    }
    let failed_on = |what: &str| {
        format!("Faro's own print template could not write {id} ({locale}, {variant}) as a tagged PDF/UA-1 file: {what}")
    };
    let hint = format!(
        "this is a bug in Faro, not in your campaign: please report it with this message (template {})",
        template.display()
    );
    let named = booklet.map(|b| {
        let again = render::pdf(&with_block_spans(doc), ident).err();
        (
            b,
            errors_by_block(&again.unwrap_or_default(), b.origins.len()),
        )
    });
    let Some((booklet, named)) = named.filter(|(_, named)| !named.is_empty()) else {
        return vec![Diagnostic::error("print.faro-bug", failed_on(&what))
            .in_file(template)
            .with_hint(hint)];
    };
    named
        .into_iter()
        .map(|(at, errors)| {
            let (page, offset) = booklet.origins[at];
            let source = &campaign.pages[page].source;
            let kind = booklet.kind_of(at).unwrap_or("text");
            let text = format!(
                "{}; it failed on the {kind} that starts here",
                failed_on(&render::describe(&errors))
            );
            Diagnostic::error("print.faro-bug", text)
                .at_source(source, position_of(&source.text, offset), 1)
                .with_hint(hint.clone())
        })
        .collect()
}

/// The errors that name a block among the first `count`, by block, in the
/// order the blocks are first named; the same message once per block.
fn errors_by_block(
    errors: &[SourceDiagnostic],
    count: usize,
) -> Vec<(usize, Vec<SourceDiagnostic>)> {
    let mut out: Vec<(usize, Vec<SourceDiagnostic>)> = Vec::new();
    for e in errors {
        let Some(at) = block_of(e.span, count) else {
            continue;
        };
        match out.iter_mut().find(|(b, _)| *b == at) {
            Some((_, list)) if list.iter().any(|x| x.message == e.message) => {}
            Some((_, list)) => list.push(e.clone()),
            None => out.push((at, vec![e.clone()])),
        }
    }
    out
}

/// A setting of campaign.yaml too large for its box on some assets: the
/// site's address too long even at the smallest type size, or the partner
/// row (`partners`) too wide or too tall for its room. At the setting's
/// line, naming the assets and languages (`places`: asset id and locale)
/// where it did not fit.
pub(super) fn setting_overflow(
    campaign: &Campaign,
    setting: &str,
    places: &[(&str, &str)],
) -> Diagnostic {
    let mut assets: Vec<(&str, Vec<&str>)> = Vec::new();
    for &(id, locale) in places {
        match assets.iter_mut().find(|(a, _)| *a == id) {
            // A co-branded set is the same asset in the same locale.
            Some((_, locales)) if locales.contains(&locale) => {}
            Some((_, locales)) => locales.push(locale),
            None => assets.push((id, vec![locale])),
        }
    }
    let on: Vec<String> = assets
        .iter()
        .map(|(id, locales)| format!("{id} ({})", locales.join(", ")))
        .collect();
    let on = on.join(", ");
    let (msg, hint) = if setting == "partners" {
        (
            format!(
                "the partner row (`{setting}`) does not fit its room on {on}: its logos would be \
                 set under half their height, or its names wrap onto the EU disclaimer"
            ),
            "list fewer partners, or give narrower logos: a logo file cropped close to the mark, \
             with no white space around it, or a horizontal version of the logo",
        )
    } else {
        (
            format!(
                "the site address (`{setting}`) does not fit its box on {on}, even at the smallest type size"
            ),
            "give a shorter address (the campaign site's home page, or a short address that \
             leads to it): it is printed on every poster, flyer and wallet card",
        )
    };
    let source = &campaign.config_source;
    let d = Diagnostic::error("print.overflow", msg).with_hint(hint);
    match crate::diagnostics::key_lines(&source.text, setting, ':').first() {
        Some(&at) => d.at_source(
            source,
            position_of(&source.text, at),
            setting.chars().count(),
        ),
        None => d.in_file(&source.path),
    }
}

/// The setting of campaign.yaml that a diagnostic made by
/// [`setting_overflow`] names, if it is one: the same address too long (or
/// partner row too wide) for many assets and languages is one mistake, said
/// once.
pub(super) fn overflowing_setting<'d>(campaign: &Campaign, d: &'d Diagnostic) -> Option<&'d str> {
    if d.code != "print.overflow" || d.file.as_ref() != Some(&campaign.config_source.path) {
        return None;
    }
    let rest = ["the site address (`", "the partner row (`"]
        .iter()
        .find_map(|p| d.message.strip_prefix(p))?;
    rest.split('`').next()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_block_span_names_its_block_and_nothing_else_does() {
        for at in [0, 1, 41, 999] {
            assert_eq!(block_of(block_span(at).into(), 1000), Some(at));
        }
        assert_eq!(block_of(block_span(1000).into(), 1000), None);
        assert_eq!(block_of(DiagSpan::detached(), 1000), None);
    }
}
