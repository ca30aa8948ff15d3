//! HTML minification with minify-html, in its spec-compliant configuration.
//!
//! Minifying is the most expensive step of rendering a page, and much of every
//! page is the same from page to page (the quick exit, the helplines, the
//! footer). Templates may therefore mark the boundaries between top-level parts
//! of `<body>` with [`PIECE`]; each piece is minified on its own, and a piece
//! seen before is not minified again. Pieces must be whole elements: a piece
//! never ends inside an element that the next piece closes. Minified piece by
//! piece, a page is byte for byte what minifying it whole gives: this is checked
//! on the first page of each template (a template whose markers are misplaced
//! is minified whole), and on every page in debug builds, so in every test.
//!
//! (minify-html's faster one-pass engine was tried and dropped: it removes the
//! space between a quoted attribute value and the next attribute and writes
//! `&#39` without its semicolon, which the Nu Html Checker rejects.)

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasher, RandomState};
use std::sync::{Arc, Mutex};

/// The marker templates put between pieces. An HTML comment, so a page whose
/// markers are ignored minifies to the same bytes.
pub const PIECE: &str = "<!--faro:piece-->";

/// Minifies pages, remembering the pieces that repeat.
#[derive(Default)]
pub struct Minifier {
    memo: Mutex<Memo>,
    hasher: RandomState,
    /// Per template: whether its pieces were found to minify like the whole.
    trusted: Mutex<HashMap<String, bool>>,
}

/// Pieces seen once (by hash) and pieces seen twice or more (with their
/// minified form). Only repeated pieces are kept, so pages' own parts do not
/// fill memory.
#[derive(Default)]
struct Memo {
    seen: HashSet<u64>,
    repeated: HashMap<Box<str>, Arc<[u8]>>,
}

impl Minifier {
    /// A minifier with an empty memo.
    pub fn new() -> Self {
        Self::default()
    }

    /// The minified page, rendered from `template`. The first page of each
    /// template (every page, in debug builds) is also minified whole: if the
    /// pieces give other bytes, the template's markers are misplaced, and its
    /// pages are minified whole from then on.
    pub fn page(&self, template: &str, html: &str) -> Vec<u8> {
        if !html.contains(PIECE) {
            return minify(html);
        }
        let trusted = self
            .trusted
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(template)
            .copied();
        match trusted {
            Some(false) => minify(html),
            Some(true) if !cfg!(debug_assertions) => self.pieces(html),
            _ => {
                let (pieces, whole) = (self.pieces(html), minify(html));
                let same = pieces == whole;
                debug_assert!(same || trusted.is_none(), "`{template}`: pieces marked with {PIECE} minify differently from the whole page");
                let mut trusted = self.trusted.lock().unwrap_or_else(|e| e.into_inner());
                let entry = trusted.entry(template.to_string()).or_insert(same);
                *entry &= same;
                whole
            }
        }
    }

    fn pieces(&self, html: &str) -> Vec<u8> {
        let mut out = Vec::with_capacity(html.len());
        for piece in html.split(PIECE) {
            out.extend_from_slice(&self.piece(piece));
        }
        out
    }

    fn piece(&self, piece: &str) -> Arc<[u8]> {
        let hash = self.hasher.hash_one(piece);
        {
            let mut memo = self.memo.lock().unwrap_or_else(|e| e.into_inner());
            if let Some(done) = memo.repeated.get(piece) {
                return done.clone();
            }
            if memo.seen.insert(hash) {
                drop(memo);
                return minify(piece).into();
            }
        }
        let done: Arc<[u8]> = minify(piece).into();
        let mut memo = self.memo.lock().unwrap_or_else(|e| e.into_inner());
        memo.repeated.insert(piece.into(), done.clone());
        done
    }
}

/// Minifies HTML in one go.
pub fn minify(html: &str) -> Vec<u8> {
    let mut cfg = minify_html::Cfg::new();
    cfg.keep_html_and_head_opening_tags = true;
    minify_html::minify(html.as_bytes(), &cfg)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<title>x</title>\n</head>\n<body>\n\
        <!--faro:piece-->\n<a class=\"skip-link\" href=\"#main\">Skip</a>\n<nav class=\"exit\"><a href=\"/\">Exit</a></nav>\n\
        <!--faro:piece-->\n<header><p>PAGE</p></header>\n<main>\n<p>a\n<p>b</p>\n</main>\n\
        <!--faro:piece-->\n<footer>\n<ul>\n<li>x</li>\n<li>y</li>\n</ul>\n</footer>\n<!--faro:piece-->\n</body>\n</html>\n";

    #[test]
    fn pieces_minify_to_the_same_bytes_as_the_whole_page() {
        let minifier = Minifier::new();
        for n in 0..4 {
            let page = PAGE.replace("PAGE", &format!("page {n}"));
            let out = String::from_utf8(minifier.page("page.html", &page)).unwrap();
            assert_eq!(out.as_bytes(), minify(&page));
            assert!(
                out.contains(&format!("<header><p>page {n}</header>")),
                "{out}"
            );
            assert!(!out.contains("faro:piece"), "{out}");
        }
        // The exit and the footer repeat; each page's header does not.
        let memo = minifier.memo.lock().unwrap();
        assert!(memo.repeated.keys().any(|k| k.contains("<footer>")));
        assert!(!memo.repeated.keys().any(|k| k.contains("<header>")));
    }

    #[test]
    fn a_page_without_markers_is_minified_whole() {
        let page = PAGE.replace(PIECE, "");
        assert_eq!(Minifier::new().page("page.html", &page), minify(PAGE));
    }

    #[test]
    fn misplaced_markers_are_found_and_the_page_is_minified_whole() {
        // The marker splits <div>, so the pieces would lose its closing tag.
        let page = "<!DOCTYPE html><html><head><title>x</title></head><body>\
            <div><a href=\"/\">a</a><!--faro:piece--><p>b</p></div><p>c</p></body></html>";
        let minifier = Minifier::new();
        assert_ne!(minifier.pieces(page), minify(page));
        for _ in 0..2 {
            assert_eq!(minifier.page("odd.html", page), minify(page));
        }
        assert_eq!(
            minifier.trusted.lock().unwrap().get("odd.html"),
            Some(&false)
        );
    }
}
