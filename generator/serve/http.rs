//! The preview's HTTP side: built files, the live-reload script and stream, the
//! error page and the 404 page.
//!
//! A request path is percent-decoded one segment at a time
//! ([`super::route`]); a segment that is `.` or `..`, or that decodes to a
//! separator or NUL, makes the request a 404, and so does a file whose real
//! path (symbolic links resolved) is outside the build folder. Every response
//! says `Cache-Control: no-store`, so a reload always shows the latest build.

use std::convert::Infallible;
use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::Router;
use tokio::sync::watch;

use super::inject;
use super::route::{route, Route};
use super::site::{file_path, Generation, Shared, Snapshot};

/// What the request handlers share.
pub(super) struct App {
    /// The served builds.
    pub shared: Arc<Shared>,
    /// The campaign, checked for `/__faro/checklist`.
    pub campaign_dir: std::path::PathBuf,
    /// Accept only requests addressed to a loopback name (`localhost`,
    /// `127.0.0.1`, `[::1]`), which keeps other web sites from reading the
    /// preview through DNS rebinding. Off when serving on another address.
    pub loopback_hosts_only: bool,
    /// Becomes true when the server stops, ending the event streams.
    pub stopping: watch::Receiver<bool>,
}

/// The router: one handler for every path.
pub(super) fn router(app: Arc<App>) -> Router {
    Router::new().fallback(handle).with_state(app)
}

async fn handle(State(app): State<Arc<App>>, req: Request) -> Response {
    let head = req.method() == Method::HEAD;
    if req.method() != Method::GET && !head {
        let mut r = plain(StatusCode::METHOD_NOT_ALLOWED, "method not allowed\n");
        r.headers_mut()
            .insert(header::ALLOW, HeaderValue::from_static("GET, HEAD"));
        return r;
    }
    if app.loopback_hosts_only {
        let host = req
            .headers()
            .get(header::HOST)
            .and_then(|h| h.to_str().ok())
            .or_else(|| req.uri().host());
        if !host_is_loopback(host) {
            return plain(
                StatusCode::FORBIDDEN,
                "faro serve answers only requests addressed to localhost\n",
            );
        }
    }
    let path = req.uri().path().to_string();
    let query = req.uri().query().map(str::to_string);
    let response = match path.as_str() {
        inject::SCRIPT_PATH => with_type(
            Response::new(Body::from(inject::SCRIPT)),
            "text/javascript; charset=utf-8",
        ),
        inject::EVENTS_PATH => events(&app),
        super::checklist::PATH => {
            let dir = app.campaign_dir.clone();
            let build = app.shared.snapshot().build();
            tokio::task::spawn_blocking(move || super::checklist::page(&dir, build))
                .await
                .map(|page| html(StatusCode::OK, page))
                .unwrap_or_else(|_| {
                    plain(
                        StatusCode::INTERNAL_SERVER_ERROR,
                        "internal error
",
                    )
                })
        }
        _ if path.starts_with("/__faro/") => plain(StatusCode::NOT_FOUND, "not found\n"),
        _ => {
            let shared = app.shared.clone();
            tokio::task::spawn_blocking(move || {
                let snapshot = settled(&shared, &path);
                site_response(&snapshot, &path, query.as_deref())
            })
            .await
            .unwrap_or_else(|_| plain(StatusCode::INTERNAL_SERVER_ERROR, "internal error\n"))
        }
    };
    finish(response, head)
}

/// The stream of build numbers: the current one at once, then each new one.
fn events(app: &App) -> Response {
    let builds = app.shared.subscribe();
    let stopping = app.stopping.clone();
    let stream = futures_util::stream::unfold(
        (builds, stopping, true),
        |(mut builds, mut stopping, first)| async move {
            if !first {
                tokio::select! {
                    changed = builds.changed() => changed.ok()?,
                    _ = stopping.changed() => return None,
                }
            }
            if *stopping.borrow() {
                return None;
            }
            let build = *builds.borrow_and_update();
            let mut event = Event::default().event("build").data(build.to_string());
            if first {
                event = event.retry(Duration::from_millis(500));
            }
            Some((Ok::<_, Infallible>(event), (builds, stopping, false)))
        },
    );
    Sse::new(stream)
        .keep_alive(KeepAlive::new().interval(Duration::from_secs(15)))
        .into_response()
}

/// What a request for `raw_path` should be answered from: the current
/// snapshot, or, when the file it asks for is being re-rendered after an
/// edit, the next one that has it (waited for: never an outdated page).
/// Remembers the pages asked for, to re-render them first after an edit.
fn settled(shared: &Shared, raw_path: &str) -> Snapshot {
    let deadline = std::time::Instant::now() + Duration::from_secs(120);
    let mut noted = false;
    loop {
        let seen = shared.changes();
        let snapshot = shared.snapshot();
        let Some(site) = snapshot.site.as_deref() else {
            return snapshot;
        };
        let Route::Site { segments, dir } = route(raw_path, &site.base_path) else {
            return snapshot;
        };
        let path = file_path(&segments, dir);
        if path.ends_with(".html") && !noted {
            shared.served_page(&path);
            noted = true;
        }
        let waiting = site.pending.contains(&path) && snapshot.failure.is_none();
        if !waiting || std::time::Instant::now() > deadline {
            return snapshot;
        }
        shared.wait_for_change(seen, deadline);
    }
}

/// Answers a request for the site (blocking: reads files).
fn site_response(snapshot: &Snapshot, raw_path: &str, query: Option<&str>) -> Response {
    let build = snapshot.build();
    let base_path = snapshot.site.as_ref().map_or("/", |s| s.base_path.as_str());
    let (segments, dir) = match route(raw_path, base_path) {
        Route::Site { segments, dir } => (segments, dir),
        Route::Redirect(to) => return redirect(&to, query),
        Route::NotFound => return not_found(snapshot.site.as_deref(), &[], build),
    };
    let wants_page = dir
        || segments.last().is_none_or(|s| {
            let lower = s.to_ascii_lowercase();
            !lower.contains('.') || lower.ends_with(".html") || lower.ends_with(".htm")
        });
    if let Some(failure) = &snapshot.failure {
        if wants_page {
            let page = inject::error_page(&failure.report, failure.errors, failure.build);
            return html(StatusCode::INTERNAL_SERVER_ERROR, page);
        }
    }
    let Some(site) = snapshot.site.as_deref() else {
        // Never built: only the error page exists.
        return plain(StatusCode::NOT_FOUND, "not found\n");
    };
    if let Some((path, bytes)) = site.overlaid(&segments, dir) {
        return file_response(StatusCode::OK, Path::new(path), bytes.to_vec(), build);
    }
    let found = match find(site, &segments, dir) {
        // A file of the print step, which a web-only build lacks.
        Found::Missing if !wants_page => snapshot
            .full
            .as_deref()
            .map_or(Found::Missing, |full| find(full, &segments, dir)),
        found => found,
    };
    match found {
        Found::File(file) => match std::fs::read(&file) {
            Ok(bytes) => file_response(StatusCode::OK, &file, bytes, build),
            Err(_) => not_found(Some(site), &segments, build),
        },
        Found::Folder => redirect(&format!("{raw_path}/"), query),
        Found::Missing => not_found(Some(site), &segments, build),
    }
}

/// What a path leads to in a build.
enum Found {
    /// This file (real path, inside the build).
    File(PathBuf),
    /// A folder asked for without its final `/`.
    Folder,
    /// Nothing.
    Missing,
}

fn find(site: &Generation, segments: &[String], dir: bool) -> Found {
    let mut path = site.root.clone();
    path.extend(segments);
    let Some(file) = inside(&site.root, &path) else {
        return Found::Missing;
    };
    if file.is_dir() {
        if !dir {
            return Found::Folder;
        }
        return inside(&site.root, &file.join("index.html")).map_or(Found::Missing, Found::File);
    }
    if dir {
        return Found::Missing;
    }
    Found::File(file)
}

/// The real path of `path` if it exists and lies inside `root` (canonical).
fn inside(root: &Path, path: &Path) -> Option<PathBuf> {
    let real = path.canonicalize().ok()?;
    real.starts_with(root).then_some(real)
}

/// The site's 404 page with status 404: the one of the language the path is
/// under, or the root one.
fn not_found(site: Option<&Generation>, segments: &[String], build: u64) -> Response {
    let Some(site) = site else {
        return plain(StatusCode::NOT_FOUND, "not found\n");
    };
    let candidates = segments
        .first()
        .map(|lang| site.root.join(lang).join("404.html"))
        .into_iter()
        .chain([site.root.join("404.html")]);
    for candidate in candidates {
        if let Some(file) = inside(&site.root, &candidate).filter(|f| f.is_file()) {
            if let Ok(bytes) = std::fs::read(&file) {
                return file_response(StatusCode::NOT_FOUND, &file, bytes, build);
            }
        }
    }
    plain(StatusCode::NOT_FOUND, "not found\n")
}

fn file_response(status: StatusCode, file: &Path, bytes: Vec<u8>, build: u64) -> Response {
    let kind = content_type(file);
    if kind.starts_with("text/html") {
        let page = inject::page(&String::from_utf8_lossy(&bytes), build);
        return html(status, page);
    }
    let mut r = with_type(Response::new(Body::from(bytes)), &kind);
    *r.status_mut() = status;
    r
}

fn html(status: StatusCode, page: String) -> Response {
    let mut r = with_type(Response::new(Body::from(page)), "text/html; charset=utf-8");
    *r.status_mut() = status;
    r
}

fn plain(status: StatusCode, text: &'static str) -> Response {
    let mut r = with_type(Response::new(Body::from(text)), "text/plain; charset=utf-8");
    *r.status_mut() = status;
    r
}

fn redirect(to: &str, query: Option<&str>) -> Response {
    // `//host/` would send the browser to another host: one leading slash only.
    let to = format!("/{}", to.trim_start_matches('/'));
    let location = match query {
        Some(q) => format!("{to}?{q}"),
        None => to.to_string(),
    };
    let mut r = plain(StatusCode::PERMANENT_REDIRECT, "moved\n");
    if let Ok(v) = HeaderValue::from_str(&location) {
        r.headers_mut().insert(header::LOCATION, v);
    }
    r
}

fn with_type(mut r: Response, kind: &str) -> Response {
    // Media types are ASCII tokens, always a valid header value.
    let value =
        HeaderValue::from_str(kind).unwrap_or(HeaderValue::from_static("application/octet-stream"));
    r.headers_mut().insert(header::CONTENT_TYPE, value);
    r
}

/// Adds the headers every response has; drops the body of a HEAD response.
fn finish(mut r: Response, head: bool) -> Response {
    let h = r.headers_mut();
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    if !head {
        return r;
    }
    let (mut parts, body) = r.into_parts();
    if let Some(len) = axum::body::HttpBody::size_hint(&body).exact() {
        parts.headers.insert(header::CONTENT_LENGTH, len.into());
    }
    Response::from_parts(parts, Body::empty())
}

/// The media type of a built file, from its extension (mime_guess's table),
/// with `charset=utf-8` on text types: every text file the build writes is UTF-8.
pub(super) fn content_type(path: &Path) -> String {
    use mime_guess::mime;
    let is = |ext: &str| {
        path.extension()
            .is_some_and(|e| e.eq_ignore_ascii_case(ext))
    };
    // nginx.conf.snippet is plain text; mime_guess knows `.snippet` as an XML
    // format, which a browser would try (and fail) to parse.
    let guess = if is("snippet") {
        mime::TEXT_PLAIN
    } else {
        mime_guess::from_path(path).first_or_octet_stream()
    };
    let textual =
        guess.type_() == mime::TEXT || matches!(guess.subtype().as_str(), "xml" | "javascript");
    if textual {
        format!("{guess}; charset=utf-8")
    } else {
        guess.to_string()
    }
}

/// True when a `Host` header names this machine's loopback interface (or is
/// missing, as in HTTP/1.0).
fn host_is_loopback(host: Option<&str>) -> bool {
    let Some(host) = host else {
        return true;
    };
    let name = match host.strip_prefix('[') {
        Some(rest) => rest.split(']').next().unwrap_or(""),
        None => host.rsplit_once(':').map_or(host, |(name, _)| name),
    };
    let name = name.trim_end_matches('.').to_ascii_lowercase();
    name == "localhost"
        || name.ends_with(".localhost")
        || name.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_folder_redirect_never_leaves_the_server() {
        let r = redirect("//example.org/", None);
        assert_eq!(r.headers()[header::LOCATION], "/example.org/");
        let r = redirect("/en/", Some("a=1"));
        assert_eq!(r.headers()[header::LOCATION], "/en/?a=1");
    }

    /// A built site with a language 404 page and links pointing out of it.
    fn snapshot(tmp: &Path) -> Snapshot {
        let root = tmp.join("site");
        std::fs::create_dir_all(root.join("en/about")).unwrap();
        std::fs::write(root.join("index.html"), "<head></head>home").unwrap();
        std::fs::write(root.join("404.html"), "root 404").unwrap();
        std::fs::write(root.join("en/404.html"), "english 404").unwrap();
        std::fs::write(root.join("en/about/index.html"), "about").unwrap();
        std::fs::write(tmp.join("secret.txt"), "secret").unwrap();
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(tmp.join("secret.txt"), root.join("leak.txt")).unwrap();
            std::os::unix::fs::symlink(tmp, root.join("en/up")).unwrap();
            std::os::unix::fs::symlink(root.join("en/about"), root.join("en/same")).unwrap();
        }
        Snapshot {
            site: Some(Arc::new(Generation {
                root: root.canonicalize().unwrap(),
                build: 2,
                base_path: "/".into(),
                overlay: Default::default(),
                pending: Default::default(),
            })),
            failure: None,
            full: None,
        }
    }

    fn body(r: Response) -> String {
        let bytes = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap()
            .block_on(axum::body::to_bytes(r.into_body(), usize::MAX))
            .unwrap();
        String::from_utf8(bytes.to_vec()).unwrap()
    }

    #[test]
    fn links_out_of_the_build_are_not_followed() {
        let tmp = tempfile::tempdir().unwrap();
        let snap = snapshot(tmp.path());
        let get = |path: &str| site_response(&snap, path, None);
        assert_eq!(get("/").status(), StatusCode::OK);
        assert!(body(get("/")).contains("livereload.js?b=2"));
        assert_eq!(get("/en/about/").status(), StatusCode::OK);
        let leak = get("/leak.txt");
        assert_eq!(leak.status(), StatusCode::NOT_FOUND);
        assert!(body(leak).starts_with("root 404<script"));
        let up = get("/en/up/secret.txt");
        assert_eq!(up.status(), StatusCode::NOT_FOUND);
        assert!(body(up).starts_with("english 404<script"));
        assert_eq!(get("/en/up/").status(), StatusCode::NOT_FOUND);
        // A link that stays inside is fine.
        assert_eq!(get("/en/same/").status(), StatusCode::OK);
    }

    #[test]
    fn a_page_being_re_rendered_is_waited_for_never_served_as_it_was() {
        let tmp = tempfile::tempdir().unwrap();
        let built = snapshot(tmp.path()).site.unwrap();
        let shared = Shared::new();
        let generation = |overlay: &[(&str, &str)], pending: &[&str]| {
            Arc::new(Generation {
                root: built.root.clone(),
                build: 3,
                base_path: "/".into(),
                overlay: overlay
                    .iter()
                    .map(|(p, b)| (p.to_string(), Arc::new(b.as_bytes().to_vec())))
                    .collect(),
                pending: Arc::new(pending.iter().map(|p| p.to_string()).collect()),
            })
        };
        // The edited page is re-rendered first; about/ is still to come.
        let first = generation(
            &[("index.html", "<head></head>new home")],
            &["en/about/index.html"],
        );
        shared.update(true, |s| s.site = Some(first));
        let done = generation(
            &[
                ("index.html", "<head></head>new home"),
                ("en/about/index.html", "new about"),
            ],
            &[],
        );
        let later = shared.clone();
        let rest = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(100));
            later.update(false, |s| s.site = Some(done));
        });
        let get = |path: &str| body(site_response(&settled(&shared, path), path, None));
        assert!(get("/").contains("new home"));
        // Asked for before it is done: the new page, never the built "about".
        assert!(get("/en/about/").starts_with("new about"));
        rest.join().unwrap();
        // Both are re-rendered first after the next edit (open in a browser).
        let open = shared.open_pages();
        assert!(open.contains("index.html") && open.contains("en/about/index.html"));
    }

    #[test]
    fn while_broken_pages_show_the_errors_and_files_the_last_build() {
        let tmp = tempfile::tempdir().unwrap();
        let mut snap = snapshot(tmp.path());
        snap.failure = Some(Arc::new(super::super::site::Failure {
            report: "campaign.yaml:3:1: <oops>".into(),
            errors: 1,
            build: 3,
        }));
        for page in ["/", "/en/about/", "/en/about", "/nowhere.html"] {
            let r = site_response(&snap, page, None);
            assert_eq!(r.status(), StatusCode::INTERNAL_SERVER_ERROR, "{page}");
            let text = body(r);
            assert!(text.contains("campaign.yaml:3:1: &lt;oops&gt;"), "{text}");
            assert!(text.contains("livereload.js?b=3"), "{text}");
        }
        assert_eq!(
            site_response(&snap, "/en/404.html", None).status(),
            StatusCode::INTERNAL_SERVER_ERROR
        );
        std::fs::write(snap.site.as_ref().unwrap().root.join("style.css"), "x").unwrap();
        assert_eq!(
            site_response(&snap, "/style.css", None).status(),
            StatusCode::OK
        );
    }

    #[test]
    fn print_files_come_from_the_last_complete_build() {
        let tmp = tempfile::tempdir().unwrap();
        let mut snap = snapshot(tmp.path());
        let full = tmp.path().join("full");
        std::fs::create_dir_all(full.join("print/en")).unwrap();
        std::fs::write(full.join("print/en/poster.pdf"), "%PDF").unwrap();
        std::fs::write(full.join("print/en/index.html"), "old page").unwrap();
        snap.full = Some(Arc::new(Generation {
            root: full.canonicalize().unwrap(),
            build: 1,
            base_path: "/".into(),
            overlay: Default::default(),
            pending: Default::default(),
        }));
        let pdf = site_response(&snap, "/print/en/poster.pdf", None);
        assert_eq!(pdf.status(), StatusCode::OK);
        assert_eq!(pdf.headers()[header::CONTENT_TYPE], "application/pdf");
        // Pages always come from the latest build.
        let page = site_response(&snap, "/print/en/", None);
        assert_eq!(page.status(), StatusCode::NOT_FOUND);
    }

    #[test]
    fn only_loopback_hosts_pass() {
        for ok in [
            "localhost",
            "localhost:8080",
            "127.0.0.1:1111",
            "127.1.2.3",
            "[::1]:80",
            "preview.localhost:1",
        ] {
            assert!(host_is_loopback(Some(ok)), "{ok}");
        }
        for bad in ["evil.example:1111", "10.0.0.1:80", "localhost.evil.example"] {
            assert!(!host_is_loopback(Some(bad)), "{bad}");
        }
        assert!(host_is_loopback(None));
    }

    #[test]
    fn built_files_get_their_media_types() {
        assert_eq!(
            content_type(Path::new("a/index.html")),
            "text/html; charset=utf-8"
        );
        assert_eq!(
            content_type(Path::new("s.7bb.CSS")),
            "text/css; charset=utf-8"
        );
        assert_eq!(content_type(Path::new("i.svg")), "image/svg+xml");
        assert_eq!(
            content_type(Path::new("sitemap.xml")),
            "text/xml; charset=utf-8"
        );
        assert_eq!(
            content_type(Path::new("exit.0a1b2c3d4e.js")),
            "text/javascript; charset=utf-8"
        );
        assert_eq!(
            content_type(Path::new("nginx.conf.snippet")),
            "text/plain; charset=utf-8"
        );
        assert_eq!(content_type(Path::new("kit.zip")), "application/zip");
        assert_eq!(content_type(Path::new("f.woff2")), "font/woff2");
        assert_eq!(content_type(Path::new("x")), "application/octet-stream");
    }
}
