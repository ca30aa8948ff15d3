//! HTTP header files for static hosts: `_headers` (Netlify, Cloudflare Pages) and
//! `nginx.conf.snippet`. They carry the pages' Content-Security-Policy, plus what
//! only a header can say (`frame-ancestors`), a strict Referrer-Policy and the
//! other protections a visitor whose device may be watched relies on.

use crate::campaign::site::Site;
use crate::output::staging::OutputFile;

/// The policy every page carries: nothing may come from another host.
pub(crate) const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'none'; base-uri 'none'; form-action 'none'";

/// Name of the Netlify / Cloudflare Pages header file.
pub(crate) const HEADERS_FILE: &str = "_headers";
/// Name of the nginx snippet.
pub(crate) const NGINX_FILE: &str = "nginx.conf.snippet";
/// First line of `_headers`; also how a previous build is recognised
/// (`destination.rs`), so it must not change lightly.
pub(crate) const HEADERS_FIRST_LINE: &str =
    "# Faro: HTTP headers for Netlify and Cloudflare Pages (generated; do not edit).";

/// The policy sent as a header: the pages' own (meta tag) policy, plus
/// `frame-ancestors 'none'`, which browsers ignore in a meta tag.
pub(crate) fn content_security_policy() -> String {
    format!("{CONTENT_SECURITY_POLICY}; frame-ancestors 'none'")
}

/// Every header sent with every file of the site, in order.
pub(crate) fn security_headers() -> Vec<(&'static str, String)> {
    vec![
        ("Content-Security-Policy", content_security_policy()),
        ("Referrer-Policy", "no-referrer".into()),
        ("X-Content-Type-Options", "nosniff".into()),
        (
            "Permissions-Policy",
            "camera=(), microphone=(), geolocation=()".into(),
        ),
        ("X-Frame-Options", "DENY".into()),
    ]
}

/// The header files of a site.
pub(crate) fn files(site: &Site) -> Vec<OutputFile> {
    files_for(&site.campaign.settings.base_path)
}

/// The header files of a site published under `base_path` (`/` or `/x/`).
pub(crate) fn files_for(base_path: &str) -> Vec<OutputFile> {
    vec![
        OutputFile::new(HEADERS_FILE, netlify(base_path)),
        OutputFile::new(NGINX_FILE, nginx(base_path)),
    ]
}

/// `_headers`: one rule for every path of the site.
fn netlify(base_path: &str) -> String {
    let mut out = format!("{HEADERS_FIRST_LINE}\n");
    out.push_str(&format!("{base_path}*\n"));
    for (name, value) in security_headers() {
        out.push_str(&format!("  {name}: {value}\n"));
    }
    out
}

/// `nginx.conf.snippet`: `add_header` lines to include where the site is served.
fn nginx(base_path: &str) -> String {
    let mut out = format!(
        "# Faro: HTTP headers for nginx (generated; do not edit).\n\
         # Include this file in the server or location block that serves {base_path}:\n\
         #     include /path/to/site/{NGINX_FILE};\n\
         # nginx drops inherited add_header lines in any block that has its own, so\n\
         # include it again in such a block. `always` also sends them with error pages.\n"
    );
    for (name, value) in security_headers() {
        out.push_str(&format!("add_header {name} \"{value}\" always;\n"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(files: &[OutputFile], name: &str) -> String {
        let f = files.iter().find(|f| f.path == name).expect(name);
        String::from_utf8(f.bytes.clone()).unwrap()
    }

    #[test]
    fn both_files_carry_the_page_policy_and_frame_ancestors() {
        let files = files_for("/");
        assert_eq!(files.len(), 2);
        let expected = format!("{CONTENT_SECURITY_POLICY}; frame-ancestors 'none'");
        let netlify = text(&files, HEADERS_FILE);
        assert!(netlify.contains(&format!("\n  Content-Security-Policy: {expected}\n")));
        let nginx = text(&files, NGINX_FILE);
        assert!(nginx.contains(&format!(
            "\nadd_header Content-Security-Policy \"{expected}\" always;\n"
        )));
    }

    #[test]
    fn the_meta_policy_lacks_what_only_a_header_can_say() {
        // Browsers ignore frame-ancestors in a meta tag: it belongs to the header only.
        assert!(!CONTENT_SECURITY_POLICY.contains("frame-ancestors"));
        assert!(content_security_policy().starts_with(CONTENT_SECURITY_POLICY));
    }

    #[test]
    fn referrer_sniffing_and_device_permissions_are_locked() {
        for f in files_for("/") {
            let t = String::from_utf8(f.bytes).unwrap();
            for needle in [
                "Referrer-Policy",
                "no-referrer",
                "X-Content-Type-Options",
                "nosniff",
                "camera=()",
                "microphone=()",
                "geolocation=()",
            ] {
                assert!(t.contains(needle), "{}: no {needle}", f.path);
            }
        }
    }

    #[test]
    fn netlify_rules_cover_the_base_path() {
        let netlify = text(&files_for("/campaign/"), HEADERS_FILE);
        let rules: Vec<&str> = netlify
            .lines()
            .filter(|l| !l.starts_with('#') && !l.starts_with(' '))
            .collect();
        assert_eq!(rules, ["/campaign/*"]);
        // Every header line is indented under the rule, as `Name: value`.
        for line in netlify.lines().filter(|l| l.starts_with(' ')) {
            let (name, value) = line.trim().split_once(": ").expect(line);
            assert!(!name.is_empty() && !value.is_empty(), "{line}");
        }
    }

    #[test]
    fn nginx_values_are_quoted_without_inner_double_quotes() {
        let nginx = text(&files_for("/"), NGINX_FILE);
        for line in nginx.lines().filter(|l| !l.starts_with('#')) {
            assert!(line.starts_with("add_header "), "{line}");
            assert!(line.ends_with("\" always;"), "{line}");
            assert_eq!(line.matches('"').count(), 2, "{line}");
        }
    }
}
