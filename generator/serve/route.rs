//! Where a request path leads inside the served site.
//!
//! A request path is percent-decoded one segment at a time; a segment that is
//! `.` or `..`, or that decodes to a separator or NUL, makes the request a 404
//! (and [`super::http`] refuses a file whose real path is outside the build
//! folder).

/// Where a request path leads inside the site.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Route {
    /// Decoded path segments under the site root; `dir` when the path ends with `/`.
    Site { segments: Vec<String>, dir: bool },
    /// Somewhere else: answer with this redirection.
    Redirect(String),
    /// Nothing the preview serves.
    NotFound,
}

/// Splits and decodes a raw request path under the site's `base_path`.
pub(super) fn route(raw_path: &str, base_path: &str) -> Route {
    let rest = if base_path == "/" {
        raw_path
    } else if let Some(rest) = raw_path.strip_prefix(base_path.trim_end_matches('/')) {
        if rest.is_empty() {
            return Route::Redirect(base_path.to_string());
        }
        if !rest.starts_with('/') {
            return Route::NotFound;
        }
        rest
    } else if raw_path == "/" {
        return Route::Redirect(base_path.to_string());
    } else {
        return Route::NotFound;
    };
    let mut segments = Vec::new();
    for raw in rest.split('/').filter(|s| !s.is_empty()) {
        let Some(segment) = percent_decode(raw) else {
            return Route::NotFound;
        };
        if segment == "."
            || segment == ".."
            || segment.contains(['/', '\\', '\0'])
            || segment.starts_with(".faro-staging")
        {
            return Route::NotFound;
        }
        segments.push(segment);
    }
    Route::Site {
        dir: rest.ends_with('/'),
        segments,
    }
}

/// Decodes `%XX` escapes; `None` for a bad escape or text that is not UTF-8.
///
/// Stricter than `percent_decode_str` alone, which passes a bad escape such as
/// `%zz` or `%2` through unchanged: a request path that is not plainly
/// encoded is refused rather than guessed at. Decoding comes before the
/// segment checks of [`route`], so `%2e%2e` is refused as `..`.
fn percent_decode(text: &str) -> Option<String> {
    let well_formed = text
        .split('%')
        .skip(1)
        .all(|after| after.len() >= 2 && after.as_bytes()[..2].iter().all(u8::is_ascii_hexdigit));
    if !well_formed {
        return None;
    }
    let decoded = percent_encoding::percent_decode_str(text)
        .decode_utf8()
        .ok()?;
    Some(decoded.into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(segments: &[&str], dir: bool) -> Route {
        Route::Site {
            segments: segments.iter().map(|s| s.to_string()).collect(),
            dir,
        }
    }

    #[test]
    fn paths_are_decoded_segment_by_segment() {
        assert_eq!(route("/", "/"), site(&[], true));
        assert_eq!(route("/en/about/", "/"), site(&["en", "about"], true));
        assert_eq!(route("/en//about", "/"), site(&["en", "about"], false));
        assert_eq!(route("/caf%C3%A9.html", "/"), site(&["café.html"], false));
    }

    #[test]
    fn traversal_in_any_spelling_is_not_found() {
        for path in [
            "/../etc/passwd",
            "/en/../../etc/passwd",
            "/%2e%2e/etc/passwd",
            "/%2E%2E/%2e%2e/etc/passwd",
            "/en/%2e%2e%2f%2e%2e%2fetc/passwd",
            "/..%5c..%5cetc",
            "/%00",
            "/./en/",
            "/%zz",
            "/%c3",
            "/.faro-staging-1/",
        ] {
            assert_eq!(route(path, "/"), Route::NotFound, "{path}");
        }
    }

    #[test]
    fn a_sub_path_site_is_served_under_its_base_path() {
        assert_eq!(route("/", "/stop/"), Route::Redirect("/stop/".into()));
        assert_eq!(route("/stop", "/stop/"), Route::Redirect("/stop/".into()));
        assert_eq!(route("/stop/en/", "/stop/"), site(&["en"], true));
        assert_eq!(route("/stopper/", "/stop/"), Route::NotFound);
        assert_eq!(route("/en/", "/stop/"), Route::NotFound);
    }
}
