//! `/__faro/checklist`: what `faro check` lists, as a page of the preview,
//! each item with its file and line. The page carries the live-reload script,
//! so it is checked again after every edit that rebuilds the site.

use std::fmt::Write as _;
use std::path::Path;

use super::inject::script_tag;
use crate::check::CheckReport;
use crate::diagnostics::grouped::Run;
use crate::untrusted::escape_html;

/// The path of the page.
pub(crate) const PATH: &str = "/__faro/checklist";

/// Checks `campaign_dir` (web pages only: print assets are not needed to list
/// what is left) and renders the page.
pub(crate) fn page(campaign_dir: &Path, build: u64) -> String {
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
        escape_html(&match report.left_sentence() {
            done if done.ends_with('.') => done,
            left => format!("{left}."),
        }),
    );
    for section in &report.sections {
        let _ = writeln!(
            body,
            "<h2>{} ({})</h2>",
            escape_html(section.title),
            section.count
        );
        for run in &section.runs {
            let heading = section.run_heading(run);
            if let Some(heading) = &heading {
                let _ = writeln!(body, "<h3>{}</h3>", escape_html(heading));
            }
            // File names one level under the run's heading, if there is one.
            let level = if heading.is_some() { 4 } else { 3 };
            run_html(&mut body, run, level);
        }
    }
    if let Some((heading, lines)) = crate::check::text::translation_summary(report) {
        let _ = writeln!(body, "<h2>{}</h2>\n<ul>", escape_html(&heading));
        for line in lines {
            let _ = writeln!(body, "<li>{}</li>", escape_html(&line));
        }
        body.push_str("</ul>\n");
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
h3{font-size:1.05rem;margin-top:1.4rem}.file{font-size:1rem;font-weight:500;margin:1rem 0 .3rem}\
li{margin:.6rem 0}code{font:14px ui-monospace,monospace;overflow-wrap:anywhere}\
blockquote{margin:.4rem 0;padding:.4rem .8rem;border-left:4px solid #5b2a86;background:#f6f4f8}\
.hint{margin:.2rem 0;color:#4a4450;font-size:.9rem}.left{font-weight:600}";

/// One run of findings: its shared hint once, then each file's name (a
/// heading of `level`) and its items, each with its full location.
fn run_html(body: &mut String, run: &Run, level: u8) {
    if let Some(hint) = &run.hint {
        let _ = writeln!(body, "<p class=\"hint\">hint: {}</p>", with_code(hint));
    }
    for group in &run.files {
        if let Some(file) = &group.file {
            let _ = writeln!(
                body,
                "<h{level} class=\"file\"><code>{}</code> ({})</h{level}>",
                escape_html(&file.display().to_string()),
                group.items.len()
            );
        }
        body.push_str("<ol>\n");
        for d in &group.items {
            let at = d
                .location_label()
                .unwrap_or_else(|| "(campaign)".to_string());
            let _ = write!(
                body,
                "<li><code>{}</code> {}",
                escape_html(&at),
                with_code(&d.message)
            );
            if let Some(original) = &d.original {
                let lines: Vec<String> = original.lines().map(escape_html).collect();
                let _ = write!(body, "<blockquote>{}</blockquote>", lines.join("<br>"));
            }
            if let (None, Some(hint)) = (&run.hint, &d.hint) {
                let _ = write!(body, "<p class=\"hint\">hint: {}</p>", with_code(hint));
            }
            body.push_str("</li>\n");
        }
        body.push_str("</ol>\n");
    }
}

/// `text` as HTML, its `backquoted` parts (keys, commands, file names) as
/// code, as `faro check` writes them; text with an odd number of backquotes
/// is shown as it is.
fn with_code(text: &str) -> String {
    let parts: Vec<&str> = text.split('`').collect();
    if parts.len() % 2 == 0 {
        return escape_html(text);
    }
    parts
        .iter()
        .enumerate()
        .map(|(i, part)| match i % 2 {
            1 => format!("<code>{}</code>", escape_html(part)),
            _ => escape_html(part),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::with_code;

    #[test]
    fn backquoted_words_become_code_and_everything_is_escaped() {
        assert_eq!(
            with_code("run `faro stamp a<b>.md` then <i>"),
            "run <code>faro stamp a&lt;b&gt;.md</code> then &lt;i&gt;"
        );
        assert_eq!(with_code("one ` alone"), "one ` alone");
    }
}
