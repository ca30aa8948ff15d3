//! Typst's compile loop (`typst::compile`), without the layout pass that
//! only gives measured content its locations.
//!
//! Typst lays a document out again as long as what the layout asked of the
//! previous one (its introspections: queries, counters, positions) comes out
//! different; the first layout asks an empty document. Measuring content
//! that holds an element with a location (a paragraph, an image, a grid, a
//! `context`, a `layout`, `metadata`) asks the previous layout which
//! location that element has there (a "measure introspection", so that
//! counters inside measured content count right). Faro's templates measure
//! content before they place it (the poster's band, every `fit`'s size at
//! the size it then sets): the empty document has none of it, the first
//! layout has it, so every document took a second layout only for those
//! answers to change (benches/RESULTS.md, fifteenth session).
//!
//! A location given to measured content changes only what that content's
//! own introspections would answer: `measure` gives back a size, and the
//! measured frames are dropped. When a layout asked nothing but measure
//! introspections (no query, counter, state or position), nothing in it
//! reads a location, so a second layout would lay out the same pages: the
//! first is kept. Any other introspection (the booklet's page numbers and
//! its `query`) or a delayed error, and the loop goes on as Typst's does,
//! up to its five layouts.
//!
//! In those later layouts, measured content is not matched with the
//! elements of the previous layout either ([`Unmatched`]): every measure
//! then asks the same as in the first layout, so Typst reuses the first
//! layout's measurements instead of measuring again (the booklet's section
//! ends measure about a thousand paragraphs and lists: benches/RESULTS.md,
//! eighteenth session).

use std::collections::HashSet;
use std::fmt::Write;
use std::num::NonZeroUsize;

use typst::comemo::{Constraint, Track};
use typst::diag::{SourceDiagnostic, SourceResult, StrResult};
use typst::ecow::{EcoString, EcoVec};
use typst::engine::{Engine, Route, Sink, Traced};
use typst::foundations::{Content, Label, Output, Selector, StyleChain, Target, TargetElem};
use typst::introspection::{
    DocumentPosition, EmptyIntrospector, Introspection, Introspector, Location, MAX_ITERS,
};
use typst::model::Numbering;
use typst::syntax::{Span, VirtualPath};
use typst::utils::Protected;
use typst::World;
use typst_layout::PagedDocument;

/// How Typst's `Debug` starts a measure introspection (its type is
/// private). Should a later Typst name it otherwise, no introspection is
/// taken for one, and every document takes Typst's passes.
const MEASURE: &str = "Introspection(MeasureIntrospection {";

/// Evaluates the world's main file and lays it out as `typst::compile`
/// does, but keeps the first layout when it asked only measure
/// introspections (see the module's doc). Errors are deduplicated as
/// Typst's are; warnings are dropped.
pub(super) fn compile(world: &dyn World) -> SourceResult<PagedDocument> {
    layouts(world).map(|(doc, _)| doc).map_err(deduplicate)
}

/// The document and the number of layouts it took.
fn layouts(world: &dyn World) -> SourceResult<(PagedDocument, usize)> {
    let tracked = world.track();
    let traced = Traced::default();
    let traced = traced.track();
    let library = world.library();
    let main = world.source(world.main()).map_err(|e| {
        typst::ecow::eco_vec![SourceDiagnostic::error(Span::detached(), e.to_string())]
    })?;
    let mut sink = Sink::new();
    let content = typst_eval::eval(
        tracked,
        library,
        traced,
        sink.track_mut(),
        Route::default().track(),
        &main,
    )?
    .content();
    let base = StyleChain::new(&library.styles);
    let target = TargetElem::target.set(Target::Paged).wrap();
    let styles = base.chain(&target);
    let empty = EmptyIntrospector;
    let mut previous: Option<PagedDocument> = None;
    for pass in 1..=MAX_ITERS {
        let unmatched = previous
            .as_ref()
            .map(|doc| Unmatched(Output::introspector(doc)));
        let introspector: &dyn Introspector = match &unmatched {
            Some(unmatched) => unmatched,
            None => &empty,
        };
        let constraint = Constraint::new();
        let mut subsink = Sink::new();
        let mut engine = Engine {
            library,
            world: tracked,
            introspector: Protected::new(introspector.track_with(&constraint)),
            traced,
            sink: subsink.track_mut(),
            route: Route::default(),
        };
        let document = PagedDocument::create(&mut engine, &content, styles)?;
        let mut delayed = subsink.delayed();
        let done = pass == MAX_ITERS
            || constraint
                .validate(&Unmatched(Output::introspector(&document)) as &dyn Introspector)
            || (pass == 1 && delayed.is_empty() && only_measures(subsink.introspections()));
        if done {
            delayed.extend(sink.delayed());
            if !delayed.is_empty() {
                return Err(delayed);
            }
            return Ok((document, pass));
        }
        previous = Some(document);
    }
    unreachable!("the last pass returns")
}

/// A layout's introspector that finds no element of the layout for measured
/// content: measured content gets the location of its `measure`, as in the
/// first layout (where nothing can be found), in every layout.
///
/// Typst looks for an element equal to a measured one in the previous layout
/// so that counters inside measured content count as where it is placed.
/// Faro's templates measure sizes (a paragraph's height, a headline at a
/// size) and read no counter from measured content; the documents that take
/// one layout (in the pilot, every asset but the booklet) already keep what
/// the first layout measured, unmatched. (A footnote's number inside a
/// measured paragraph counts as at the `measure`, so it may read one less
/// there: a different width only from 9 to 10.) Matching changed the answer
/// from the first layout to the second for every measured element, so Typst
/// measured everything again (the booklet's section ends: about a third of
/// its CPU); unmatched, the answers stay the same and the second layout
/// reuses the first's measurements. Pilot output byte-identical.
struct Unmatched<'a>(&'a dyn Introspector);

impl Introspector for Unmatched<'_> {
    fn query(&self, selector: &Selector) -> EcoVec<Content> {
        self.0.query(selector)
    }
    fn query_first(&self, selector: &Selector) -> Option<Content> {
        self.0.query_first(selector)
    }
    fn query_unique(&self, selector: &Selector) -> StrResult<Content> {
        self.0.query_unique(selector)
    }
    fn query_label(&self, label: Label) -> StrResult<&Content> {
        self.0.query_label(label)
    }
    fn query_labelled(&self) -> EcoVec<Content> {
        self.0.query_labelled()
    }
    fn query_count_before(&self, selector: &Selector, end: Location) -> usize {
        self.0.query_count_before(selector, end)
    }
    fn label_count(&self, label: Label) -> usize {
        self.0.label_count(label)
    }
    /// The one difference: no element is found for measured content.
    fn locator(&self, _: u128, _: Location) -> Option<Location> {
        None
    }
    fn pages(&self, location: Location) -> Option<NonZeroUsize> {
        self.0.pages(location)
    }
    fn page(&self, location: Location) -> Option<NonZeroUsize> {
        self.0.page(location)
    }
    fn position(&self, location: Location) -> Option<DocumentPosition> {
        self.0.position(location)
    }
    fn page_numbering(&self, location: Location) -> Option<&Numbering> {
        self.0.page_numbering(location)
    }
    fn page_supplement(&self, location: Location) -> Option<&Content> {
        self.0.page_supplement(location)
    }
    fn anchor(&self, location: Location) -> Option<&EcoString> {
        self.0.anchor(location)
    }
    fn document(&self, location: Location) -> Option<Location> {
        self.0.document(location)
    }
    fn path(&self, location: Location) -> Option<&VirtualPath> {
        self.0.path(location)
    }
}

/// Whether every introspection is a measure introspection.
fn only_measures(introspections: &[Introspection]) -> bool {
    let mut start = Start::default();
    introspections.iter().all(|i| {
        start.0.clear();
        // Stops with an error once the start is written: expected.
        let _ = write!(start, "{i:?}");
        start.0 == MEASURE
    })
}

/// The first `MEASURE.len()` bytes written to it.
#[derive(Default)]
struct Start(String);

impl Write for Start {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        for c in s.chars() {
            if self.0.len() + c.len_utf8() > MEASURE.len() {
                return Err(std::fmt::Error);
            }
            self.0.push(c);
        }
        Ok(())
    }
}

/// Errors without repeats (the same message at the same place), as
/// `typst::compile` gives them.
fn deduplicate(mut errors: EcoVec<SourceDiagnostic>) -> EcoVec<SourceDiagnostic> {
    let mut seen = HashSet::new();
    errors.retain(|e| seen.insert(typst::utils::hash128(&(&e.span, &e.message))));
    errors
}

#[cfg(test)]
mod tests {
    use typst_layout::PagedDocument;

    use crate::print::fonts::theme_fonts;
    use crate::print::world::{parse, PrintWorld};

    /// The PDF of `text` laid out by `compile`, the number of layouts it
    /// took, and the PDF of `typst::compile`'s layouts.
    fn both(text: &str) -> (Vec<u8>, usize, Vec<u8>) {
        // PDF/UA-1 wants a title, as Faro's templates set.
        let text = format!("#set document(title: [Test])\n{text}");
        let text = text.as_str();
        let sources = parse([("/main.typ", text)].into_iter());
        let world = PrintWorld::new(theme_fonts(), "/main.typ", &sources, Vec::new());
        let (ours, passes) = super::layouts(&world).expect("compiles");
        let typst = typst::compile::<PagedDocument>(&world)
            .output
            .expect("compiles");
        let pdf = |doc: &PagedDocument| crate::print::render::pdf(doc, "test").expect("a PDF");
        (pdf(&ours), passes, pdf(&typst))
    }

    /// Content measured, then placed (the poster's band): measure
    /// introspections only, one layout, the same pages as Typst's passes.
    #[test]
    fn measured_then_placed_content_comes_out_as_typsts() {
        let (ours, passes, typst) = both(
            "#set text(font: \"Noto Sans\")\n\
             #let band = block(fill: blue, inset: 8pt, grid(columns: 2, image(bytes(\"<svg xmlns='http://www.w3.org/2000/svg' width='4' height='4'/>\"), width: 1cm, alt: \"A square\"), par[Chiama il *1522*]))\n\
             #context { let h = measure(band, width: 10cm).height; band; v(h) ; [#h] }",
        );
        assert!(ours == typst, "the PDFs differ");
        assert_eq!(passes, 1);
    }

    /// A query of what comes later needs the second layout: the loop goes
    /// on as Typst's does (with one layout, the count would read 0).
    #[test]
    fn a_query_still_gets_its_second_layout() {
        let text = "#set text(font: \"Noto Sans\")\n\
             #context { let h = measure(par[Uno]).height; [Headings: #query(heading).len(), #h] }\n\
             = Uno\n= Due";
        let (ours, passes, typst) = both(text);
        assert!(ours == typst, "the PDFs differ");
        assert_eq!(passes, 2);
        let sources = parse([("/main.typ", text)].into_iter());
        let world = PrintWorld::new(theme_fonts(), "/main.typ", &sources, Vec::new());
        let doc = super::compile(&world).expect("compiles");
        let (texts, _, _) = crate::print::layout::measure(&doc);
        let all: String = texts.iter().map(|t| t.text.as_str()).collect();
        assert!(all.contains("Headings: 2"), "{all}");
    }

    /// A paragraph measured, then placed, in a document that queries (the
    /// booklet's section ends): the measured paragraph is not matched with
    /// the placed one, so the second layout measures as the first did and
    /// confirms it: two layouts, the same pages as Typst's passes. (Matched
    /// in one layout and not in the other, the answers would never agree and
    /// the loop would run to its fifth layout.)
    #[test]
    fn a_measured_and_placed_paragraph_settles_in_two_layouts() {
        let (ours, passes, typst) = both(
            "#set text(font: \"Noto Sans\")\n\
             = Uno\n\
             #context { let p = par[Tre righe, *forse* di più, in una colonna stretta]; \
               let h = measure(block(width: 3cm, p)).height; \
               block(breakable: false, width: 3cm, p); [#h, #query(heading).len()] }\n\
             = Due",
        );
        assert!(ours == typst, "the PDFs differ");
        assert_eq!(passes, 2);
    }
}
