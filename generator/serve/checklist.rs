//! `/__faro/checklist`: what `faro check` lists, as a page of the preview,
//! each item with its file and line. The page carries the live-reload script,
//! so it is checked again after every edit that rebuilds the site.

use std::fmt::Write as _;
use std::path::Path;

use super::inject::script_tag;
use crate::check::CheckReport;
use crate::untrusted::escape_html;

/// The path of the page.
pub const PATH: &str = "/__faro/checklist";

/// Checks `campaign_dir` (web pages only: print assets are not needed to list
/// what is left) and renders the page.
pub fn page(campaign_dir: &Path, build: u64) -> String {
    let report = crate::check::check_web(campaign_dir);
    render(&report, build)
}

fn render(report: &CheckReport, build: u64) -> String {
    let verdict = report.verdict();
    let mut body = String::new();
    let _ = write!(
        body,
        "<h1>{}: {verdict}</h1>\n<p class=\"left\">{}</p>\n",
        escape_html(&report.campaign),
        escape_html(&match report.left_phrase() {
            None => "Nothing left.".to_string(),
            Some(left) => format!("Left: {left}."),
        }),
    );
    for g in &report.groups {
        let _ = write!(
            body,
            "<h2>{} ({})</h2>\n<ol>\n",
            escape_html(g.title),
            g.items.len()
        );
        for d in &g.items {
            let file = d
                .file
                .as_ref()
                .map(|f| f.display().to_string())
                .unwrap_or_default();
            let at = d
                .position
                .map_or(String::new(), |p| format!(":{}:{}", p.line, p.column));
            let _ = write!(
                body,
                "<li><code>{}{at}</code> {}",
                escape_html(&file),
                escape_html(&d.message)
            );
            if let Some(original) = &d.original {
                let _ = write!(body, "<blockquote>{}</blockquote>", escape_html(original));
            }
            if let Some(hint) = &d.hint {
                let _ = write!(body, "<p class=\"hint\">{}</p>", escape_html(hint));
            }
            body.push_str("</li>\n");
        }
        body.push_str("</ol>\n");
    }
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
<meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">\n\
<title>Checklist · faro serve</title>\n<style>{STYLE}</style>\n{script}\n</head>\n<body>\n\
<p>What <code>faro check</code> lists for this campaign. This page checks again after each saved edit.</p>\n\
{body}</body>\n</html>\n",
        script = script_tag(build),
    )
}

const CSP: &str =
    "default-src 'none'; style-src 'unsafe-inline'; script-src 'self'; connect-src 'self'";

const STYLE: &str = "body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:70rem;\
padding:0 1rem;color:#1f1a24;background:#fff}h1{font-size:1.4rem}h2{font-size:1.15rem;margin-top:2rem}\
li{margin:.6rem 0}code{font:14px ui-monospace,monospace;overflow-wrap:anywhere}\
blockquote{margin:.4rem 0;padding:.4rem .8rem;border-left:4px solid #5b2a86;background:#f6f4f8}\
.hint{margin:.2rem 0;color:#4a4450;font-size:.9rem}.left{font-weight:600}";
