//! End-to-end tests of `faro serve`: the real binary on a copy of a fixture
//! campaign, a free port, and a small HTTP client over `TcpStream`.
//!
//! Nothing here can hang: every wait has a deadline, every socket a timeout,
//! and the server is killed when its handle is dropped (a failed assertion
//! included). Waits poll for a state; no assertion is about time.
//!
//! The edit-to-reload latency on the pilot (or another campaign) is measured
//! by the ignored test `edit_to_reload_latency`:
//! `cargo test --release --test serve -- --ignored --nocapture`.

mod common;

use common::server::*;

use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// A copy of the `basic` fixture under a fresh folder inside the repository's
/// target folder (so that it finds the shared templates, themes and locales).
fn basic_copy() -> (tempfile::TempDir, PathBuf) {
    let tmp = common::tempdir();
    let campaign = tmp.path().join("basic");
    common::copy_dir(&common::fixture("basic"), &campaign);
    (tmp, campaign)
}

fn edit(file: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(file).unwrap();
    assert!(text.contains(from), "{} has no {from:?}", file.display());
    std::fs::write(file, text.replacen(from, to, 1)).unwrap();
}

#[test]
fn edits_show_up_and_a_broken_campaign_shows_its_errors_until_fixed() {
    let (tmp, campaign) = basic_copy();
    let server = Server::start(tmp.path(), "basic", &[], true);

    // The site, with the live-reload script and a policy that lets it connect.
    let home = server.get("/en/about/");
    assert_eq!(home.status, 200, "{}", home.text());
    assert_eq!(
        home.header("content-type"),
        Some("text/html; charset=utf-8")
    );
    assert_eq!(home.header("cache-control"), Some("no-store"));
    let page = home.body();
    assert!(page.contains("The campaign is run by a fictional association."));
    assert!(page.contains("/__faro/livereload.js?b=1"), "{page}");
    assert!(page.contains("connect-src 'self'"), "{page}");
    assert!(!page.contains("connect-src 'none'"), "{page}");
    let script = server.get("/__faro/livereload.js");
    assert_eq!(script.status, 200);
    assert_eq!(
        script.header("content-type"),
        Some("text/javascript; charset=utf-8")
    );
    assert!(script.body().contains("EventSource(\"/__faro/events\")"));
    let stylesheet = page
        .split("href=")
        .filter_map(|s| s.split(['>', ' ']).next())
        .map(|s| s.trim_matches('"'))
        .find(|s| s.ends_with(".css"))
        .expect("a stylesheet link")
        .to_string();
    let css = server.get(&stylesheet);
    assert_eq!(css.status, 200);
    assert_eq!(css.header("content-type"), Some("text/css; charset=utf-8"));

    // An edit is announced on the event stream, then served.
    let mut events = Events::open(server.port);
    let first = events.next_build(PATIENCE);
    let about = campaign.join("content/en/about.md");
    edit(
        &about,
        "The campaign is run by a fictional association.",
        "The campaign is run by a lighthouse keeper.",
    );
    let next = events.next_build(PATIENCE);
    assert!(next > first);
    server.poll("/en/about/", "the edit", |r| {
        r.status == 200 && r.body().contains("run by a lighthouse keeper")
    });

    // A broken campaign.yaml: every page shows the located error.
    edit(
        &campaign.join("campaign.yaml"),
        "id: basic\n",
        "id: basic\ndefualt_locale: en\n",
    );
    let line = std::fs::read_to_string(campaign.join("campaign.yaml"))
        .unwrap()
        .lines()
        .position(|l| l.starts_with("defualt_locale"))
        .unwrap()
        + 1;
    let located = format!("campaign.yaml:{line}:1");
    let broken = server.poll("/en/about/", "the error page", |r| {
        r.body().contains(&located)
    });
    assert_eq!(broken.status, 500);
    let text = broken.body();
    assert!(text.contains("unknown field `defualt_locale`"), "{text}");
    assert!(text.contains("defualt_locale: en"), "the snippet: {text}");
    assert!(text.contains("/__faro/livereload.js?b="), "{text}");
    for page in ["/", "/it/", "/en/no-such-page/"] {
        assert!(server.get(page).body().contains(&located), "{page}");
    }
    // Styles and images still come from the last good build.
    assert_eq!(server.get(&stylesheet).status, 200);

    // Fixed: the site comes back by itself, with the earlier edit.
    edit(&campaign.join("campaign.yaml"), "defualt_locale: en\n", "");
    let fixed = server.poll("/en/about/", "the site again", |r| r.status == 200);
    assert!(fixed.body().contains("run by a lighthouse keeper"));

    // A Markdown error: file, line and column of the page.
    edit(&about, "weight: 10", "weight: [10");
    let broken = server.poll("/en/about/", "the page's error", |r| r.status == 500);
    assert!(broken.body().contains("about.md:"), "{}", broken.body());
    edit(&about, "weight: [10", "weight: 10");
    server.poll("/en/about/", "the site again", |r| r.status == 200);
}

/// The warnings the terminal counts after the line that ends with `done`
/// (its last such line): "…; left: 2 to-dos, 5 warnings" is 5.
fn warnings_after(server: &Server, done: &str) -> usize {
    let deadline = Instant::now() + PATIENCE;
    loop {
        let out = server.stdout.lock().unwrap().clone();
        let line = out.lines().rev().find(|l| l.contains(done));
        if let Some(line) = line {
            let left = line.split("; left: ").nth(1).unwrap_or_default();
            return left
                .split(", ")
                .find_map(|kind| {
                    let (n, label) = kind.split_once(' ')?;
                    label.starts_with("warning").then(|| n.parse().unwrap())
                })
                .unwrap_or(0);
        }
        assert!(
            Instant::now() < deadline,
            "no {done:?}\n{}",
            server.output()
        );
        std::thread::sleep(Duration::from_millis(30));
    }
}

/// A warning goes with the edit that fixes it, although the edit is
/// followed without a build: a string the template no longer shows is no
/// longer reported untranslated, and a template whose piece marker is put
/// right no longer "minified whole".
#[test]
fn a_fixed_warning_goes_with_the_edit_that_fixes_it() {
    let (tmp, campaign) = basic_copy();
    let strings = campaign.join("locales/en/campaign.ftl");
    let text = std::fs::read_to_string(&strings).unwrap();
    std::fs::write(&strings, format!("{text}only-english = Only in English\n")).unwrap();
    // The campaign's page template shows it (Italian takes the English
    // text: a warning) and has a marker inside the title (another).
    let template = campaign.join("templates/page.html");
    std::fs::create_dir_all(template.parent().unwrap()).unwrap();
    let base = std::fs::read_to_string(common::repo().join("templates/page.html")).unwrap();
    let shown = "<p>{{ t(key=\"only-english\") }}</p>\n";
    let marker = "<!--faro:piece-->";
    let own = base
        .replacen("<article>\n", &format!("<article>\n{shown}"), 1)
        .replacen(
            "{{ page.title }}</h1>",
            &format!("{marker}{{{{ page.title }}}}</h1>"),
            1,
        );
    assert_ne!(own, base);
    std::fs::write(&template, &own).unwrap();
    let server = Server::start(tmp.path(), "basic", &[], true);
    let first = warnings_after(&server, "built basic:");
    let out = server.output();
    assert!(
        out.contains("`only-english` is not translated into `it`"),
        "{out}"
    );
    assert!(out.contains("minified whole"), "{out}");

    edit(&template, shown, "");
    let done = "page.html changed: re-rendered";
    assert_eq!(
        warnings_after(&server, done),
        first - 1,
        "{}",
        server.output()
    );
    // Shown again: reported again.
    edit(&template, "<article>\n", &format!("<article>\n{shown}"));
    server.poll("/it/chi-siamo/", "the string", |r| {
        r.body().contains("Only in English")
    });
    let lines = |s: &Server| s.stdout.lock().unwrap().matches(done).count();
    let deadline = Instant::now() + PATIENCE;
    while lines(&server) < 2 {
        assert!(Instant::now() < deadline, "{}", server.output());
        std::thread::sleep(Duration::from_millis(30));
    }
    assert_eq!(warnings_after(&server, done), first, "{}", server.output());
    edit(&template, marker, "");
    while lines(&server) < 3 {
        assert!(Instant::now() < deadline, "{}", server.output());
        std::thread::sleep(Duration::from_millis(30));
    }
    assert_eq!(
        warnings_after(&server, done),
        first - 1,
        "{}",
        server.output()
    );
}

/// An edit keeps the warnings it does not fix, those of strings the
/// templates do not ask for included: the language chooser's line about the
/// campaign, untranslated, is taken from the shared contexts, not from a
/// template's call.
#[test]
fn an_edit_keeps_the_warnings_it_does_not_fix() {
    let (tmp, campaign) = basic_copy();
    let strings = campaign.join("locales/en/campaign.ftl");
    let text = std::fs::read_to_string(&strings).unwrap();
    std::fs::write(
        &strings,
        format!("{text}campaign-about = A test campaign.\n"),
    )
    .unwrap();
    let server = Server::start(tmp.path(), "basic", &[], true);
    let first = warnings_after(&server, "built basic:");
    assert!(
        server
            .output()
            .contains("`campaign-about` is not translated into `it`"),
        "{}",
        server.output()
    );
    let about = campaign.join("content/en/about.md");
    edit(&about, "fictional association.", "fictional club.");
    let done = "about.md changed: re-rendered";
    assert_eq!(warnings_after(&server, done), first, "{}", server.output());
}

/// A test that ends, even by a failed assertion, leaves no preview folder
/// behind (the harness stops the server as Ctrl-C does).
#[test]
fn a_dropped_server_leaves_no_temporary_files() {
    let (tmp, _campaign) = basic_copy();
    let server = Server::start(tmp.path(), "basic", &[], true);
    server.poll("/en/", "the site", |r| r.status == 200);
    let scratch = tmp.path().join("t");
    let entries = || std::fs::read_dir(&scratch).unwrap().count();
    assert!(
        entries() > 0,
        "the preview's folder is in {}",
        scratch.display()
    );
    let panicked = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let _server = server;
        panic!("a failed assertion while the server runs");
    }));
    assert!(panicked.is_err());
    assert_eq!(entries(), 0, "left in {}", scratch.display());
}

#[test]
fn nothing_outside_the_built_site_is_served() {
    let (tmp, _campaign) = basic_copy();
    let server = Server::start(tmp.path(), "basic", &[], true);
    let not_found = server.get("/no-such-page/");
    assert_eq!(not_found.status, 404);
    assert_eq!(
        not_found.header("content-type"),
        Some("text/html; charset=utf-8")
    );
    let site_404 = not_found.body();
    assert!(
        site_404.contains("<main"),
        "the site's 404 page: {site_404}"
    );
    assert!(site_404.contains("/__faro/livereload.js"));
    for path in [
        "/../../../../etc/passwd",
        "/en/../../../../etc/passwd",
        "/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/%2E%2E/%2E%2E/%2E%2E/etc/passwd",
        "/en/..%2f..%2f..%2f..%2fetc%2fpasswd",
        "/..%5c..%5c..%5cetc%5cpasswd",
        "/./index.html",
        "//etc/passwd",
        "/%00",
        "/__faro/../etc/passwd",
    ] {
        let reply = server.get(path);
        assert_eq!(reply.status, 404, "{path}: {}", reply.text());
        assert!(!reply.body().contains("root:"), "{path}");
    }
    // Directories get their slash; other methods and foreign hosts are refused.
    let en = server.get("/en");
    assert_eq!(en.status, 308);
    assert_eq!(en.header("location"), Some("/en/"));
    assert_eq!(server.request("POST", "/en/", "127.0.0.1").status, 405);
    assert_eq!(server.request("GET", "/en/", "evil.example").status, 403);
    assert_eq!(server.request("GET", "/en/", "localhost").status, 200);
    let head = server.request("HEAD", "/en/", "127.0.0.1");
    assert_eq!(head.status, 200);
    assert!(head.body.is_empty());
}

#[test]
fn listens_on_loopback_serves_many_at_once_and_stops_cleanly_on_ctrl_c() {
    let (tmp, _campaign) = basic_copy();
    let temp = tmp.path().join("t");
    let mut server = Server::start(tmp.path(), "basic", &[], true);
    assert!(
        server.url.starts_with("http://127.0.0.1:"),
        "{}",
        server.url
    );
    #[cfg(target_os = "linux")]
    assert_eq!(
        listening_addresses(server.port),
        vec!["127.0.0.1".to_string()]
    );
    assert_eq!(
        std::fs::read_dir(&temp).unwrap().count(),
        1,
        "one private folder"
    );

    let port = server.port;
    let clients: Vec<_> = (0..32)
        .map(|i| {
            std::thread::spawn(move || {
                let path = ["/en/", "/it/", "/en/about/", "/no-such-page/"][i % 4];
                (0..5)
                    .map(|_| request(port, "GET", path, "127.0.0.1").map(|r| r.status))
                    .collect::<Vec<_>>()
            })
        })
        .collect();
    for (i, client) in clients.into_iter().enumerate() {
        let want = if i % 4 == 3 { 404 } else { 200 };
        for status in client.join().unwrap() {
            assert_eq!(status.unwrap(), want);
        }
    }

    // An open event stream does not hold the exit up.
    let mut events = Events::open(server.port);
    events.next_build(PATIENCE);
    let status = server.interrupt();
    assert_eq!(status.code(), Some(0), "{}", server.output());
    assert_eq!(
        std::fs::read_dir(&temp).unwrap().count(),
        0,
        "the temporary output is removed"
    );
    assert!(TcpStream::connect(("127.0.0.1", port)).is_err());
}

#[test]
fn a_busy_port_falls_back_to_a_free_one() {
    let (tmp, _campaign) = basic_copy();
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let busy = taken.local_addr().unwrap().port().to_string();
    let mut server = Server::start(tmp.path(), "basic", &["--port", &busy], true);
    assert_ne!(server.port.to_string(), busy);
    // Standard error is read by its own thread: the note may arrive after the URL.
    let note = format!("port {busy} is busy");
    let deadline = Instant::now() + PATIENCE;
    while !server.stderr.lock().unwrap().contains(&note) {
        assert!(
            Instant::now() < deadline,
            "no `{note}`\n{}",
            server.output()
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    assert_eq!(server.get("/en/").status, 200);
    assert_eq!(server.interrupt().code(), Some(0));
}

#[test]
fn a_campaign_that_does_not_build_at_first_is_served_as_its_errors() {
    let (tmp, campaign) = basic_copy();
    edit(&campaign.join("locales/en/campaign.ftl"), "=", "= {");
    let server = Server::start(tmp.path(), "basic", &[], true);
    let broken = server.get("/en/");
    assert_eq!(broken.status, 500);
    assert!(broken.body().contains("campaign.ftl:"), "{}", broken.body());
    assert_eq!(server.get("/assets/nothing.css").status, 404);
    std::fs::copy(
        common::fixture("basic").join("locales/en/campaign.ftl"),
        campaign.join("locales/en/campaign.ftl"),
    )
    .unwrap();
    server.poll("/en/", "the site", |r| r.status == 200);
}

#[test]
fn a_normal_build_has_no_live_reload_code() {
    let (tmp, campaign) = basic_copy();
    let out = tmp.path().join("out");
    common::faro_build(tmp.path(), &campaign, &out).assert_success();
    let tree = common::read_tree(&out);
    assert!(tree.keys().any(|k| k.ends_with(".html")));
    for (path, bytes) in tree {
        let Some(bytes) = bytes else { continue };
        let text = String::from_utf8_lossy(&bytes);
        for needle in ["__faro", "livereload", "EventSource", "connect-src 'self'"] {
            assert!(!text.contains(needle), "{path} contains {needle}");
        }
    }
}

/// The local addresses listening on `port`, from /proc/net/tcp and tcp6.
#[cfg(target_os = "linux")]
fn listening_addresses(port: u16) -> Vec<String> {
    let tables = ["/proc/net/tcp", "/proc/net/tcp6"].map(std::fs::read_to_string);
    let text: String = tables.into_iter().filter_map(Result::ok).collect();
    text.lines()
        .filter_map(|line| {
            let fields: Vec<&str> = line.split_whitespace().collect();
            let (addr, p) = fields.get(1)?.split_once(':')?;
            // State 0A is LISTEN.
            (fields.get(3) == Some(&"0A") && u16::from_str_radix(p, 16) == Ok(port)).then(|| {
                match u32::from_str_radix(addr, 16) {
                    Ok(n) if addr.len() == 8 => {
                        std::net::Ipv4Addr::from(n.to_le_bytes()).to_string()
                    }
                    _ => format!("ipv6 {addr}"),
                }
            })
        })
        .collect()
}

/// Edit-to-reload latency: a Markdown page is edited (a sentence added at its
/// end), and the time is taken until (a) the event stream announces the new
/// build, which is when an open page reloads, and (b) the page is served with
/// the new text. On a copy of the pilot by default; `FARO_LATENCY_CAMPAIGN`
/// names another campaign folder (used in place, the page restored after),
/// `FARO_LATENCY_PAGE` its page (`content/en/page-7.md`) and
/// `FARO_LATENCY_URL` that page's URL (`/en/en-page-7/`); `FARO_LATENCY_SERVE`
/// adds options to `faro serve` (`--web-only`). Another kind of edit:
/// `FARO_LATENCY_FILE` (a file of the campaign: front matter, a `.ftl`, a
/// template; a template the campaign does not have is copied from the
/// project's first, and removed after) and `FARO_LATENCY_AFTER` (text in it
/// after which the sentence is written, such as `title: "Page 7` or
/// `</article>`); `FARO_LATENCY_RUNS` the number of edits (30);
/// `FARO_LATENCY_PAUSE` the milliseconds between a page served and the next
/// edit (150; an edit that re-renders thousands of pages finishes the rest
/// after the open page is served, and the next edit waits for that). Run in
/// release mode; figures go to benches/RESULTS.md.
#[test]
#[ignore = "a measurement: cargo test --release --test serve -- --ignored --nocapture"]
fn edit_to_reload_latency() {
    let tmp = common::tempdir();
    let env = |name: &str, default: &str| std::env::var(name).unwrap_or_else(|_| default.into());
    let campaign = match std::env::var_os("FARO_LATENCY_CAMPAIGN") {
        Some(dir) => PathBuf::from(dir).canonicalize().unwrap(),
        None => {
            let copy = tmp.path().join("veneto");
            common::copy_dir(&common::repo().join("campaigns/veneto"), &copy);
            copy
        }
    };
    let page_file = env("FARO_LATENCY_PAGE", "content/en/warning-signs.md");
    let file = campaign.join(env("FARO_LATENCY_FILE", &page_file));
    let copied = !file.exists();
    if copied {
        let name = file.strip_prefix(campaign.join("templates")).unwrap();
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        std::fs::copy(common::repo().join("templates").join(name), &file).unwrap();
    }
    let after = std::env::var("FARO_LATENCY_AFTER").ok();
    let page = env("FARO_LATENCY_URL", "/en/warning-signs/");
    let options = env("FARO_LATENCY_SERVE", "");
    let options: Vec<&str> = options.split_whitespace().collect();
    let name = campaign.file_name().unwrap().to_str().unwrap();
    let mut server = Server::start(campaign.parent().unwrap(), name, &options, false);
    let original = std::fs::read_to_string(&file).unwrap();
    let mut events = Events::open(server.port);
    events.next_build(PATIENCE);
    // Open in a browser, as a page being edited is: the preview re-renders
    // it first when an edit changes many pages.
    server.get(&page);
    let (mut announced, mut served) = (Vec::new(), Vec::new());
    let runs: usize = env("FARO_LATENCY_RUNS", "30").parse().unwrap();
    let pause = Duration::from_millis(env("FARO_LATENCY_PAUSE", "150").parse().unwrap());
    for i in 0..runs {
        let marker = format!("Edit number {i} of the latency test.");
        std::thread::sleep(pause);
        let start = Instant::now();
        let edited = match &after {
            Some(at) => original.replacen(at.as_str(), &format!("{at} {marker}"), 1),
            None => format!("{original}\n{marker}\n"),
        };
        assert_ne!(edited, original, "no {after:?} in {}", file.display());
        std::fs::write(&file, edited).unwrap();
        events.next_build(PATIENCE);
        announced.push(start.elapsed());
        loop {
            let reply = server.get(&page);
            if reply.body().contains(&marker) {
                break;
            }
            assert!(start.elapsed() < PATIENCE, "{}", reply.text());
        }
        served.push(start.elapsed());
    }
    std::fs::write(&file, &original).unwrap();
    if copied {
        std::fs::remove_file(&file).unwrap();
    }
    let ms = |d: &Duration| d.as_secs_f64() * 1000.0;
    let describe = |name: &str, v: &mut Vec<Duration>| {
        v.sort();
        println!(
            "{name}: median {:.1} ms, p90 {:.1} ms, max {:.1} ms, min {:.1} ms ({runs} edits)",
            ms(&v[v.len() / 2]),
            ms(&v[v.len() * 9 / 10]),
            ms(v.last().unwrap()),
            ms(&v[0]),
        );
    };
    describe("write → build announced", &mut announced);
    describe("write → new page served", &mut served);
    assert_eq!(server.interrupt().code(), Some(0));
    println!("{}", server.output());
}

#[test]
fn the_checklist_page_lists_what_is_left_and_follows_edits() {
    let tmp = common::tempdir();
    common::copy_dir(
        &common::fixture("basic"),
        &tmp.path().join("campaigns/basic"),
    );
    common::faro(
        tmp.path(),
        &[
            "fork",
            "campaigns/basic",
            "campaigns/north",
            "--region",
            "North",
        ],
    )
    .assert_success();
    let server = Server::start(tmp.path(), "campaigns/north", &["--draft"], true);
    let page = server.poll("/__faro/checklist", "the checklist", |r| r.status == 200);
    let body = page.body();
    assert!(body.contains("north: not ready"), "{body}");
    assert!(
        body.contains("campaigns/north/campaign.yaml:"),
        "file and line: {body}"
    );
    assert!(body.contains("passage to adapt"), "{body}");
    assert!(
        body.contains("<h2>Passages to adapt (")
            && body.contains("<h3 class=\"file\"><code>campaigns/north/content/en/index.md</code>"),
        "sections by kind, files named once: {body}"
    );
    assert!(
        body.contains("Testland&#39;s regional helpline"),
        "the original beside it: {body}"
    );
    assert!(
        body.contains("/__faro/livereload.js?b="),
        "it reloads after edits: {body}"
    );
    // The same translations summary as `faro check`, and `quoted` words as code.
    assert!(
        body.contains("<h2>Translations (original: en)</h2>\n<ul>\n<li>it: "),
        "{body}"
    );
    assert!(body.contains("<code> to-adapt=…</code>"), "{body}");
    assert!(!body.contains('`'), "no Markdown backquotes left: {body}");
    // Adapting the passage takes it off the list at the next request.
    edit(
        &tmp.path().join("campaigns/north/content/en/index.md"),
        "Testland's regional helpline answers every day of the year.",
        "North's own helpline is being set up.",
    );
    // Its Italian translation is then stale, with what changed beside it.
    let page = server.poll("/__faro/checklist", "the edit", |r| {
        r.body()
            .contains("<br>now: North&#39;s own helpline is being set up.</blockquote>")
    });
    assert!(
        !page
            .body()
            .contains("<code>campaigns/north/content/en/index.md</code>"),
        "the English passage left the list: {}",
        page.body()
    );
    // The terminal names the page, lists the to-dos once (grouped, each hint
    // said once) and, after a rebuild, only counts what is left.
    let out = server.output();
    assert!(
        out.contains(&format!(
            "What is left to do: {}__faro/checklist",
            server.url
        )),
        "{out}"
    );
    assert_eq!(out.matches("Passages to adapt (").count(), 1, "{out}");
    assert!(out.contains("; left: "), "{out}");
}
