//! What `faro serve` adds to the pages it serves, and only to those: the
//! live-reload script, the Content-Security-Policy change that lets it run,
//! and the page shown while the campaign does not build.
//!
//! Built pages carry `<meta http-equiv="Content-Security-Policy">` with
//! `script-src 'self'` and `connect-src 'none'`. The script is served by the
//! preview itself (`/__faro/livereload.js`, so `'self'` already allows it), but
//! it listens for rebuilds over Server-Sent Events (`/__faro/events`), which
//! `connect-src 'none'` forbids. So every served page has its policy rewritten:
//! `connect-src` (and `script-src`, if it did not allow `'self'`) gains `'self'`
//! and loses `'none'`; every other directive is left as it was, so the preview
//! still shows what the policy blocks. Files on disk are never changed, and
//! `faro build` never produces any of this.
//!
//! The rewriting is lol_html's (a streaming HTML rewriter with CSS selectors):
//! no tag scanning of ours. On the pilot's 162 pages its output is identical,
//! byte for byte, to the hand-written rewriter it replaced. lol_html does not
//! decode character references in attribute values, so the policy is read
//! through [`decode_references`].

use std::cell::Cell;
use std::rc::Rc;

use lol_html::html_content::ContentType;
use lol_html::{element, end, end_tag, RewriteStrSettings};

use crate::untrusted::escape_html;
use crate::untrusted::urls::decode_references;

/// Path of the live-reload script.
pub(crate) const SCRIPT_PATH: &str = "/__faro/livereload.js";
/// Path of the Server-Sent Events stream of build numbers.
pub(crate) const EVENTS_PATH: &str = "/__faro/events";

/// The live-reload script. It learns the build its page came from from its own
/// URL (`?b=N`), listens to `/__faro/events`, which sends the current build
/// number on connection and after every build, and reloads the page when the
/// number differs. Hidden tabs close their stream (browsers allow only a few
/// connections per server) and reopen it, catching up, when shown again.
pub(crate) const SCRIPT: &str = r#"// faro serve: reloads this page when the campaign is rebuilt.
(function () {
  "use strict";
  var me = document.currentScript;
  var built = me ? new URL(me.src).searchParams.get("b") : null;
  var source = null;
  function open() {
    if (source || typeof EventSource === "undefined") return;
    source = new EventSource("/__faro/events");
    source.addEventListener("build", function (e) {
      if (e.data !== built) {
        close();
        location.reload();
      }
    });
  }
  function close() {
    if (source) {
      source.close();
      source = null;
    }
  }
  document.addEventListener("visibilitychange", function () {
    if (document.hidden) close(); else open();
  });
  window.addEventListener("pagehide", close);
  window.addEventListener("pageshow", function () { if (!document.hidden) open(); });
  if (!document.hidden) open();
})();
"#;

/// The `<script>` element that loads the live-reload script for build `build`.
pub(crate) fn script_tag(build: u64) -> String {
    format!("<script src=\"{SCRIPT_PATH}?b={build}\" defer></script>")
}

/// A built page as the preview serves it: its Content-Security-Policy allows
/// the live-reload connection, and the live-reload script is loaded in its head
/// (before `</head>`, or before `<body>` when the head's end tag is left out, as
/// minified pages do, or at the end). lol_html does the rewriting: this is the
/// preview's path, not the build's, and one page at a time.
pub(crate) fn page(html: &str, build: u64) -> String {
    let script = script_tag(build);
    let placed = Rc::new(Cell::new(false));
    let head_end = placed.clone();
    let before_body = placed.clone();
    let settings = RewriteStrSettings::new()
        // A page the rewriter finds ambiguous (see lol_html's `strict`) is
        // rewritten all the same: it is the campaign's own built page, and
        // the preview must not lose its live reload over it.
        .with_strict(false)
        .append_element_content_handler(element!("meta[http-equiv]", |el| {
            relax_csp_meta(el);
            Ok(())
        }))
        .append_element_content_handler(element!("head", |el| {
            let (placed, script) = (head_end.clone(), script.clone());
            // No handler runs when the end tag is left out; `body` then places it.
            if let Some(handlers) = el.end_tag_handlers() {
                handlers.push(end_tag!(move |end| {
                    if !placed.replace(true) {
                        end.before(&script, ContentType::Html);
                    }
                    Ok(())
                }));
            }
            Ok(())
        }))
        .append_element_content_handler(element!("body", |el| {
            if !before_body.replace(true) {
                el.before(&script, ContentType::Html);
            }
            Ok(())
        }))
        .append_document_content_handler(end!(|end| {
            if !placed.replace(true) {
                end.append(&script, ContentType::Html);
            }
            Ok(())
        }));
    // The handlers never fail, and lol_html accepts any text as HTML; the
    // page is served as built if it ever did.
    lol_html::rewrite_str(html, settings).unwrap_or_else(|_| html.to_string())
}

/// Rewrites the `content` of a `<meta http-equiv="Content-Security-Policy">`.
fn relax_csp_meta(el: &mut lol_html::html_content::Element) {
    let is_csp = el
        .get_attribute("http-equiv")
        .is_some_and(|v| decode_references(&v).eq_ignore_ascii_case("content-security-policy"));
    let Some(policy) = el.get_attribute("content").filter(|_| is_csp) else {
        return;
    };
    let policy = relax_policy(&decode_references(&policy));
    // lol_html escapes `"` but takes `&` as written. Only what a quoted value
    // needs: the policy's `'self'` stays readable in the served page.
    let _ = el.set_attribute("content", &policy.replace('&', "&amp;"));
}

/// A policy that also allows the preview's own script and event stream.
pub(crate) fn relax_policy(policy: &str) -> String {
    let mut directives: Vec<(String, Vec<String>)> = policy
        .split(';')
        .filter_map(|d| {
            let mut words = d.split_ascii_whitespace();
            let name = words.next()?.to_ascii_lowercase();
            Some((name, words.map(str::to_string).collect()))
        })
        .collect();
    let default = directives
        .iter()
        .find(|(n, _)| n == "default-src")
        .map(|(_, s)| s.clone());
    for needed in ["script-src", "connect-src"] {
        if !directives.iter().any(|(n, _)| n == needed) {
            // Without its own directive the kind falls back to default-src;
            // without that either, nothing restricts it.
            if let Some(sources) = &default {
                directives.push((needed.to_string(), sources.clone()));
            }
        }
    }
    for (name, sources) in &mut directives {
        if matches!(
            name.as_str(),
            "script-src" | "script-src-elem" | "connect-src"
        ) {
            sources.retain(|s| !s.eq_ignore_ascii_case("'none'"));
            if !sources.iter().any(|s| s.eq_ignore_ascii_case("'self'")) {
                sources.push("'self'".into());
            }
        }
    }
    directives
        .iter()
        .map(|(n, s)| {
            if s.is_empty() {
                n.clone()
            } else {
                format!("{n} {}", s.join(" "))
            }
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// The page every HTML request gets while the campaign does not build: the
/// diagnostics as `faro build` prints them, and the live-reload script, so that
/// it turns back into the site as soon as the files are fixed.
pub(crate) fn error_page(report: &str, errors: usize, build: u64) -> String {
    let count = crate::diagnostics::render::counted(errors, "error");
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
<meta http-equiv=\"Content-Security-Policy\" content=\"{ERROR_PAGE_CSP}\">\n\
<title>Build failed · faro serve</title>\n<style>{ERROR_PAGE_STYLE}</style>\n{script}\n</head>\n<body>\n\
<h1>The campaign does not build: {count}</h1>\n\
<p>Fix the files below and save: this page reloads by itself, and the site comes back as soon as the campaign builds.</p>\n\
<pre>{report}</pre>\n</body>\n</html>\n",
        script = script_tag(build),
        report = escape_html(report),
    )
}

const ERROR_PAGE_CSP: &str =
    "default-src 'none'; style-src 'unsafe-inline'; script-src 'self'; connect-src 'self'";

const ERROR_PAGE_STYLE: &str = "body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;\
max-width:70rem;padding:0 1rem;color:#1f1a24;background:#fff}h1{color:#a40e26;font-size:1.4rem}\
pre{white-space:pre-wrap;overflow-wrap:anywhere;background:#f6f4f8;border-left:4px solid #a40e26;\
padding:1rem;font:14px/1.45 ui-monospace,monospace}";

#[cfg(test)]
mod tests {
    use super::*;

    const SITE_CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'none'; base-uri 'none'; form-action 'none'";

    #[test]
    fn the_policy_allows_the_preview_connection_and_nothing_else() {
        assert_eq!(
            relax_policy(SITE_CSP),
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'"
        );
        assert_eq!(
            relax_policy("default-src 'none'"),
            "default-src 'none'; script-src 'self'; connect-src 'self'"
        );
        assert_eq!(relax_policy("img-src 'self'"), "img-src 'self'");
        assert_eq!(
            relax_policy("script-src 'none'; connect-src https://x.org"),
            "script-src 'self'; connect-src https://x.org 'self'"
        );
    }

    #[test]
    fn minified_and_plain_meta_tags_are_both_rewritten() {
        let minified = format!(
            "<!doctype html><html><head><meta charset=utf-8><meta content=\"{SITE_CSP}\" http-equiv=Content-Security-Policy><title>x</title></head><body>hi</body></html>"
        );
        let out = page(&minified, 7);
        assert!(out.contains("connect-src 'self'"), "{out}");
        assert!(!out.contains("connect-src 'none'"), "{out}");
        assert!(out.contains("<script src=\"/__faro/livereload.js?b=7\" defer></script></head>"));
        assert!(out.ends_with("<body>hi</body></html>"));

        let plain = format!(
            "<html><head>\n<META HTTP-EQUIV='Content-Security-Policy' CONTENT=\"{SITE_CSP}\" />\n<meta name=\"description\" content=\"connect-src 'none'\">\n<metadata></head></html>"
        );
        let out = page(&plain, 1);
        assert!(out.contains("CONTENT=\"default-src 'none';"), "{out}");
        assert!(out.contains("connect-src 'self'; base-uri"), "{out}");
        // Other meta tags are left as they were.
        assert!(out.contains("content=\"connect-src 'none'\""), "{out}");
        assert!(out.contains("<metadata>"));
    }

    #[test]
    fn the_script_goes_before_the_body_when_the_head_has_no_end_tag() {
        let out = page("<html><title>x</title><body>y", 3);
        assert_eq!(
            out,
            "<html><title>x</title><script src=\"/__faro/livereload.js?b=3\" defer></script><body>y"
        );
        assert!(page("just text", 3).starts_with("just text<script"));
    }

    #[test]
    fn the_error_page_escapes_the_report_and_reloads() {
        let page = error_page("campaign.yaml:2:1: <bad> & \"worse\"", 1, 4);
        assert!(page.contains("campaign.yaml:2:1: &lt;bad&gt; &amp; &quot;worse&quot;"));
        assert!(page.contains("1 error<"));
        assert!(page.contains("livereload.js?b=4"));
    }
}
