//! HTML minification with minify-html, in its spec-compliant configuration.
//!
//! Minifying is the most expensive step of rendering a page, and much of every
//! page is the same from page to page (the head's fixed part, the quick exit,
//! the header, the helplines, the footer). Templates therefore mark the
//! boundaries between parts of a page with [`PIECE`]; each piece is minified on
//! its own, and a piece seen before is not minified again ([`PieceMemo`]).
//!
//! A marker may stand only where minify-html drops whitespace between elements
//! (inside `<head>`, `<body>` and layout elements such as `<div>`, `<header>`,
//! `<main>`), and never inside an element that its piece both opens and leaves
//! to a later piece, except where the later piece begins with the closing tags:
//! leading closing tags that minify-html always keeps (`</div>`, `</main>`…)
//! are copied as they are, since minify-html alone would drop them as unmatched.
//! Minified piece by piece, a page is byte for byte what minifying it whole
//! gives: this is checked on the first page of each template (a template whose
//! markers are misplaced is minified whole from then on), and on every page in
//! debug builds, so in every test.
//!
//! (minify-html's faster one-pass engine was tried and dropped: it removes the
//! space between a quoted attribute value and the next attribute and writes
//! `&#39` without its semicolon, which the Nu Html Checker rejects.)

use std::collections::{HashMap, HashSet};
use std::hash::BuildHasher;
use std::sync::{Arc, Mutex};

/// The marker templates put between pieces. An HTML comment, so a page whose
/// markers are ignored minifies to the same bytes.
pub(crate) const PIECE: &str = "<!--faro:piece-->";

/// The pieces of `html`, split at its [`PIECE`] markers.
pub(crate) fn pieces(html: &str) -> impl Iterator<Item = &str> {
    static MARKER: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new(PIECE));
    let ends = MARKER
        .find_iter(html.as_bytes())
        .chain(std::iter::once(html.len()));
    let mut from = 0;
    ends.map(move |end| {
        let piece = &html[from..end];
        from = end + PIECE.len();
        piece
    })
}

/// Remembers what was made of pieces of text that repeat. A piece seen once is
/// only counted (by hash); from its second sighting on, its value is kept, so
/// the parts that are each page's own do not fill memory.
pub(crate) struct PieceMemo<T> {
    memo: Mutex<Memo<T>>,
    hasher: foldhash::fast::FixedState,
}

struct Memo<T> {
    seen: HashSet<u64, foldhash::fast::FixedState>,
    /// By the piece's hash, made once ([`PieceMemo::get`]): keyed by the
    /// piece itself, every lookup hashed the piece a second time.
    repeated: HashMap<u64, (Box<str>, T), foldhash::fast::FixedState>,
}

impl<T: Clone> Default for PieceMemo<T> {
    fn default() -> Self {
        PieceMemo {
            memo: Mutex::new(Memo {
                seen: HashSet::default(),
                repeated: HashMap::default(),
            }),
            hasher: foldhash::fast::FixedState::default(),
        }
    }
}

impl<T: Clone> PieceMemo<T> {
    /// What `make` gives for `piece`, made once for a piece that repeats.
    pub(crate) fn get(&self, piece: &str, make: impl FnOnce(&str) -> T) -> T {
        let hash = self.hasher.hash_one(piece);
        {
            let mut memo = self.memo.lock().unwrap_or_else(|e| e.into_inner());
            if let Some((kept, done)) = memo.repeated.get(&hash) {
                if **kept == *piece {
                    return done.clone();
                }
                // Another piece with the same hash: made each time, never mixed up.
                drop(memo);
                return make(piece);
            }
            if memo.seen.insert(hash) {
                drop(memo);
                return make(piece);
            }
        }
        let done = make(piece);
        let mut memo = self.memo.lock().unwrap_or_else(|e| e.into_inner());
        memo.repeated
            .entry(hash)
            .or_insert_with(|| (piece.into(), done.clone()));
        done
    }

    #[cfg(test)]
    fn repeated_keys(&self) -> Vec<String> {
        let memo = self.memo.lock().unwrap();
        memo.repeated.values().map(|(k, _)| k.to_string()).collect()
    }
}

/// Minifies pages, remembering the pieces that repeat.
#[derive(Default)]
pub(crate) struct Minifier {
    memo: PieceMemo<Arc<[u8]>>,
    /// Per template: whether its pieces were found to minify like the whole.
    trusted: Mutex<HashMap<String, bool>>,
}

impl Minifier {
    /// [`Minifier::page_in_pieces`] for `html` not split yet (tests).
    #[cfg(test)]
    pub(crate) fn page(&self, template: &str, html: &str, own: &str) -> Vec<u8> {
        let pieces: Vec<&str> = pieces(html).collect();
        self.page_in_pieces(template, html, &pieces, own)
    }

    /// The minified page `html`, rendered from `template`, split at its
    /// markers into `pieces` (what [`pieces`] gives: the caller's link checks
    /// go piece by piece too, so the page is split once). The first page of
    /// each template (every page, in debug builds) is also minified whole: if
    /// the pieces give other bytes, the template's markers are misplaced, and
    /// its pages are minified whole from then on ([`Minifier::misplaced`]).
    ///
    /// `own` is the page's own content when no other page shows it (not on
    /// a fallback page, whose content its original and other fallbacks
    /// repeat): the piece that holds it is minified without going through
    /// the memo, which would hash its few kilobytes twice for nothing.
    pub(crate) fn page_in_pieces(
        &self,
        template: &str,
        html: &str,
        pieces: &[&str],
        own: &str,
    ) -> Vec<u8> {
        if pieces.len() < 2 {
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
            Some(true) if !cfg!(debug_assertions) => self.minify_pieces(html.len(), pieces, own),
            _ => {
                let pieces = self.minify_pieces(html.len(), pieces, own);
                let whole = minify(html);
                // A template found wrong on a later page (debug builds check
                // every page) is distrusted too, and the build warns.
                let same = pieces == whole;
                let mut trusted = self.trusted.lock().unwrap_or_else(|e| e.into_inner());
                let entry = trusted.entry(template.to_string()).or_insert(same);
                *entry &= same;
                whole
            }
        }
    }

    /// Templates whose markers were found misplaced, sorted: their pages were
    /// minified whole, which is slower.
    pub(crate) fn misplaced(&self) -> Vec<String> {
        let trusted = self.trusted.lock().unwrap_or_else(|e| e.into_inner());
        let mut names: Vec<String> = trusted
            .iter()
            .filter(|(_, ok)| !**ok)
            .map(|(name, _)| name.clone())
            .collect();
        names.sort();
        names
    }

    #[cfg(test)]
    fn pieces(&self, html: &str, own: &str) -> Vec<u8> {
        let pieces: Vec<&str> = pieces(html).collect();
        self.minify_pieces(html.len(), &pieces, own)
    }

    /// The pieces of a page of `len` bytes, minified and joined.
    fn minify_pieces(&self, len: usize, pieces: &[&str], own: &str) -> Vec<u8> {
        let mut out = Vec::with_capacity(len);
        for &piece in pieces {
            if is_own(piece, own) {
                out.extend_from_slice(&minify_piece(piece));
            } else {
                out.extend_from_slice(&self.memo.get(piece, |p| minify_piece(p).into()));
            }
        }
        out
    }
}

/// True when `piece` is `own` (the page's content) with only whitespace
/// around it; the lengths are compared first, so other pieces cost nothing.
fn is_own(piece: &str, own: &str) -> bool {
    let own = own.trim();
    !own.is_empty() && piece.len() >= own.len() && piece.trim() == own
}

/// Minifies one piece: its leading closing tags, which close elements opened
/// in earlier pieces, are copied (minify-html would drop them as unmatched),
/// and the rest is minified, by the fast path when it is plain enough
/// (quick_minify.rs; checked against minify-html in debug builds).
fn minify_piece(piece: &str) -> Vec<u8> {
    let mut out = Vec::new();
    let mut rest = piece.trim_start();
    while let Some(tag) = rest.strip_prefix("</") {
        let Some(end) = tag.find('>') else { break };
        let name = tag[..end].trim_end().to_ascii_lowercase();
        if name.is_empty()
            || !name.bytes().all(|b| b.is_ascii_alphanumeric())
            || end_tag_may_be_omitted(&name)
        {
            break;
        }
        out.extend_from_slice(format!("</{name}>").as_bytes());
        rest = tag[end + 1..].trim_start();
    }
    match crate::web::quick_minify::minify(rest) {
        Some(quick) => {
            debug_assert_eq!(
                String::from_utf8_lossy(&quick),
                String::from_utf8_lossy(&minify(rest)),
                "the quick minifier differs from minify-html on {rest:?}"
            );
            out.extend_from_slice(&quick);
        }
        None => out.extend_from_slice(&minify(rest)),
    }
    out
}

/// Elements whose closing tag HTML lets a minifier leave out: minify-html
/// decides on those from what follows, so they are left to it.
fn end_tag_may_be_omitted(name: &str) -> bool {
    matches!(
        name,
        "html"
            | "head"
            | "body"
            | "p"
            | "li"
            | "dt"
            | "dd"
            | "rt"
            | "rp"
            | "optgroup"
            | "option"
            | "colgroup"
            | "caption"
            | "thead"
            | "tbody"
            | "tfoot"
            | "tr"
            | "td"
            | "th"
    )
}

/// Minifies HTML in one go.
pub(crate) fn minify(html: &str) -> Vec<u8> {
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
        let minifier = Minifier::default();
        for n in 0..4 {
            let page = PAGE.replace("PAGE", &format!("page {n}"));
            let out = String::from_utf8(minifier.page("page.html", &page, "")).unwrap();
            assert_eq!(out.as_bytes(), minify(&page));
            assert!(
                out.contains(&format!("<header><p>page {n}</header>")),
                "{out}"
            );
            assert!(!out.contains("faro:piece"), "{out}");
        }
        // The exit and the footer repeat; each page's header does not.
        let repeated = minifier.memo.repeated_keys();
        assert!(repeated.iter().any(|k| k.contains("<footer>")));
        assert!(!repeated.iter().any(|k| k.contains("<header>")));
    }

    #[test]
    fn a_piece_may_begin_with_the_closing_tags_of_earlier_pieces() {
        let page = "<!DOCTYPE html><html><head><title>x</title></head><body>\n<header>\n<div class=\"row\">\n<a href=\"/\">a</a>\n\
            <!--faro:piece-->\n<nav><ul><li>b</li></ul></nav>\n<!--faro:piece-->\n</div >\n</header>\n<main>\n<!--faro:piece-->\n<p>c</p>\n\
            <!--faro:piece-->\n</main>\n<footer>f</footer>\n</body>\n</html>\n";
        let minifier = Minifier::default();
        assert_eq!(minifier.pieces(page, ""), minify(page));
        assert_eq!(minifier.page("split.html", page, ""), minify(page));
        assert_eq!(
            minifier.trusted.lock().unwrap().get("split.html"),
            Some(&true)
        );
        // A closing tag that minify-html may leave out is left to it.
        assert_eq!(minify_piece("</p>\n<p>x</p>"), minify("<p>x</p>"));
        assert_eq!(
            minify_piece(" </div>\n</main><p>x</p>"),
            b"</div></main><p>x"
        );
    }

    #[test]
    fn the_page_s_own_content_is_minified_without_the_memo() {
        let own = "<p>only\n<em>here</em></p>";
        let page = format!(
            "<!DOCTYPE html><html><head><title>x</title></head><body>\n<main>\n<div>{PIECE}\n{own}\n{PIECE}</div>\n</main>\n</body>\n</html>\n"
        );
        let minifier = Minifier::default();
        for _ in 0..3 {
            assert_eq!(minifier.page("own.html", &page, own), minify(&page));
        }
        assert!(minifier.misplaced().is_empty());
        let repeated = minifier.memo.repeated_keys();
        assert!(!repeated.iter().any(|k| k.contains("only")), "{repeated:?}");
        // Shown on other pages too (a fallback page's), it goes through the memo.
        minifier.page("own.html", &page, "");
        minifier.page("own.html", &page, "");
        assert!(minifier
            .memo
            .repeated_keys()
            .iter()
            .any(|k| k.contains("only")));
    }

    #[test]
    fn a_template_found_wrong_on_a_later_page_is_distrusted_in_debug_builds() {
        let good = "<body><div><p>x</p><!--faro:piece-->\n</div></body>";
        let bad = "<body><div><p>x <!--faro:piece--><em>y</em></p></div></body>";
        let minifier = Minifier::default();
        assert_eq!(minifier.page("t.html", good, ""), minify(good));
        assert!(minifier.misplaced().is_empty());
        assert_eq!(minifier.page("t.html", bad, ""), minify(bad));
        assert_eq!(minifier.misplaced(), ["t.html"]);
    }

    #[test]
    fn a_piece_whose_hash_another_piece_has_is_made_for_itself() {
        let memo: PieceMemo<String> = PieceMemo::default();
        let hash = memo.hasher.hash_one("b");
        // As if "a" had come first with the hash of "b".
        memo.memo
            .lock()
            .unwrap()
            .repeated
            .insert(hash, ("a".into(), "A".into()));
        for _ in 0..3 {
            assert_eq!(memo.get("b", str::to_uppercase), "B");
            assert_eq!(memo.get("c", str::to_uppercase), "C");
        }
        assert_eq!(memo.repeated_keys().len(), 2);
    }

    #[test]
    fn pages_split_at_their_markers() {
        fn split(html: &str) -> Vec<&str> {
            pieces(html).collect()
        }
        assert_eq!(split(""), [""]);
        assert_eq!(split("a"), ["a"]);
        assert_eq!(split(&format!("a{PIECE}b{PIECE}")), ["a", "b", ""]);
        assert_eq!(split(&format!("{PIECE}{PIECE}c")), ["", "", "c"]);
        let page = PAGE.to_string();
        assert_eq!(split(&page), page.split(PIECE).collect::<Vec<_>>());
    }

    #[test]
    fn a_page_without_markers_is_minified_whole() {
        let page = PAGE.replace(PIECE, "");
        assert_eq!(
            Minifier::default().page("page.html", &page, ""),
            minify(PAGE)
        );
    }

    #[test]
    fn misplaced_markers_are_found_and_the_page_is_minified_whole() {
        // The marker splits <div>, so the pieces would lose its closing tag.
        let page = "<!DOCTYPE html><html><head><title>x</title></head><body>\
            <div><a href=\"/\">a</a><!--faro:piece--><p>b</p></div><p>c</p></body></html>";
        let minifier = Minifier::default();
        assert_ne!(minifier.pieces(page, ""), minify(page));
        for _ in 0..2 {
            assert_eq!(minifier.page("odd.html", page, ""), minify(page));
        }
        assert_eq!(minifier.misplaced(), ["odd.html"]);
    }
}
