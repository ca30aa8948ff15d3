//! Sizes chosen once per asset: the templates' `fit` (templates/print/faro.typ)
//! tries a box's text at size after size until it fits, dozens of layouts per
//! asset, and the office and print-shop variants hold the same text in the
//! same frame (the trim; only colours, bleed and marks differ). So the office
//! variant is laid out first, each `fit` leaves its choice in the document
//! (a `metadata` labelled `faro-fit`), and the print-shop variant is given
//! those choices in `data.fits` instead of searching again.
//!
//! Most PDFs are laid out once and both variants derived from that layout
//! (`super::derive`); this serves the assets that cannot be (see
//! `super::job`'s `render_derived`).

use std::collections::BTreeMap;

use typst::foundations::{Label, Selector, Value};
use typst::introspection::{Introspector, MetadataElem};
use typst::utils::PicoStr;
use typst_layout::PagedDocument;

/// What `fit` chose, by the box's id (its Fluent key and frame, in Typst's
/// `repr`): the type size and the balanced width, in points.
pub(super) type Fits = BTreeMap<String, [f64; 2]>;

/// Every choice `fit` left in `doc`. A box whose id comes back with two
/// different choices (a template fitting two texts under one key in the same
/// frame) is left out: the print-shop variant then searches for it itself.
pub(super) fn chosen(doc: &PagedDocument) -> Fits {
    let Some(label) = Label::new(PicoStr::intern("faro-fit")) else {
        return Fits::new();
    };
    let mut fits = Fits::new();
    let mut ambiguous = Vec::new();
    for elem in doc.introspector().query(&Selector::Label(label)) {
        let Some(meta) = elem.to_packed::<MetadataElem>() else {
            continue;
        };
        let Some((id, choice)) = read_choice(&meta.value) else {
            continue;
        };
        match fits.get(&id) {
            Some(other) if *other != choice => ambiguous.push(id),
            _ => {
                fits.insert(id, choice);
            }
        }
    }
    for id in ambiguous {
        fits.remove(&id);
    }
    fits
}

/// `(id: str, size: float, width: float, ..)` as `fit` writes it.
fn read_choice(value: &Value) -> Option<(String, [f64; 2])> {
    let Value::Dict(dict) = value else {
        return None;
    };
    let id = match dict.get("id").ok()? {
        Value::Str(s) => s.to_string(),
        _ => return None,
    };
    let number = |key: &str| match dict.get(key).ok()? {
        Value::Float(x) => Some(*x),
        _ => None,
    };
    Some((id, [number("size")?, number("width")?]))
}
