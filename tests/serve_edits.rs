//! `faro serve` after any sequence of edits serves exactly what a fresh build
//! of the same files makes: a seeded random sequence of edits (a page's body;
//! its title, menu label, description, slug or weight; a page added or
//! removed; strings: one the home pages show, a term every page's string
//! uses, one the Italian pages take from English, one only the 404 pages
//! show, one with an argument that every page's parts show; the base, page and
//! Materials templates, the footer, the helplines and the exit partials; an
//! image; a broken link and its fix) on a copy of the basic fixture; after each one, every file of a fresh web-only
//! build is asked for over HTTP and compared byte for byte, the live-reload
//! script and the policy change the preview adds to pages taken out, and the
//! files of the build before that are gone are asked for too (they must be
//! 404s).
//!
//! Edits of pages, strings and templates are followed by re-rendering only
//! what they change (build/incremental.rs); the others by a full build. The
//! comparison does not care which; the end of the test checks that each kind
//! was re-rendered at least once.

mod common;

use std::collections::BTreeMap;
use std::path::Path;
use std::time::{Duration, Instant};

use common::server::*;
use faro::BuildOptions;

/// The files of a fresh web-only build of `campaign`, or its errors.
fn fresh_build(campaign: &Path) -> Result<BTreeMap<String, Vec<u8>>, String> {
    let tmp = common::tempdir();
    let out = tmp.path().join("site");
    let options = BuildOptions {
        web_only: true,
        ..BuildOptions::default()
    };
    match faro::build(campaign, &out, &options) {
        Ok(_) => Ok(common::read_tree(&out)
            .into_iter()
            .filter_map(|(path, bytes)| Some((path, bytes?)))
            .collect()),
        Err(diags) => Err(format!("{diags:?}")),
    }
}

/// A served page as it was built: without the live-reload script and with
/// the built Content-Security-Policy (the preview lets the script connect).
fn as_built(served: &str) -> String {
    let mut page = served.to_string();
    if let Some(start) = page.find("<script src=\"/__faro/livereload.js?b=") {
        let end = start + page[start..].find("</script>").expect("a closed script") + 9;
        page.replace_range(start..end, "");
    }
    page.replacen("connect-src 'self'", "connect-src 'none'", 1)
}

/// The differences between what `server` serves and `expected`, if any.
fn differences(server: &Server, expected: &BTreeMap<String, Vec<u8>>, gone: &[String]) -> String {
    let mut found = String::new();
    for (path, bytes) in expected {
        let reply = server.get(&format!("/{path}"));
        let same = match path.ends_with(".html") {
            true => as_built(&reply.body()) == String::from_utf8_lossy(bytes),
            false => reply.body == *bytes,
        };
        let status_ok = reply.status == 200 || path.ends_with("404.html");
        if !same || !status_ok {
            found.push_str(&format!("/{path}: {}\n", reply.status));
            if path.ends_with(".html") {
                found.push_str(&format!(
                    "  served: {}\n  built:  {}\n",
                    as_built(&reply.body()),
                    String::from_utf8_lossy(bytes)
                ));
            }
        }
    }
    for path in gone {
        let reply = server.get(&format!("/{path}"));
        if reply.status != 404 {
            found.push_str(&format!("/{path}: {} (removed)\n", reply.status));
        }
    }
    found
}

/// A small seeded generator (xorshift), so that a failure can be replayed.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}

/// A sentence added to `page`'s body; half the time saved as `sed -i` and
/// many editors save: a new file renamed over it.
fn edit_body(page: &Path, n: usize) -> String {
    let text = std::fs::read_to_string(page).unwrap();
    let body = format!("{text}\nEdit {n} of the body, with **emphasis**.\n");
    if n % 2 == 0 {
        std::fs::write(page, body).unwrap();
        return format!("body of {}", page.display());
    }
    let scratch = page.with_file_name(format!("sedtmp{n}"));
    std::fs::write(&scratch, body).unwrap();
    std::fs::rename(&scratch, page).unwrap();
    format!("body of {}, through a renamed file", page.display())
}

/// `field: value` in `page`'s front matter, in place of the line that sets
/// `field` or first when none does.
fn set_front(page: &Path, field: &str, value: &str) {
    let old = std::fs::read_to_string(page).unwrap();
    let line = format!("{field}: {value}");
    let new = match old.lines().find(|l| l.starts_with(&format!("{field}:"))) {
        Some(was) => old.replacen(was, &line, 1),
        None => old.replacen("---\n", &format!("---\n{line}\n"), 1),
    };
    std::fs::write(page, new).unwrap();
}

/// The project's templates the edits change, copied into the campaign (the
/// same output): every edit of one is then an edit of a template the build
/// loaded, not a new file.
const EDITED_TEMPLATES: [&str; 6] = [
    "base.html",
    "page.html",
    "materials.html",
    "partials/footer.html",
    "partials/helplines.html",
    "partials/exit.html",
];

/// Strings added to the fixture's, which the string edits change: a term
/// the campaign's name uses (every page shows it), a note the page template
/// shows that only English has (the Italian pages show the English text),
/// and interface strings the campaign overrides (one only the 404 pages
/// show; one with an argument, in the parts every page shows).
const ADDED_STRINGS: [(&str, &str); 2] = [
    (
        "en",
        "-brand = Basic\ncampaign-note = A note about { -brand }.\n\
         not-found-title = Not here\nexit-status-remaining = { $count } left\n",
    ),
    ("it", "not-found-title = Non c'è\n"),
];

/// Copies the templates the edits change into `campaign`, the page
/// template showing the note only English has, and adds the strings.
fn prepare(campaign: &Path) {
    for name in EDITED_TEMPLATES {
        let path = campaign.join("templates").join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::copy(common::repo().join("templates").join(name), &path).unwrap();
    }
    let page = campaign.join("templates/page.html");
    let text = std::fs::read_to_string(&page).unwrap();
    let note = "<p>{{ t(key=\"campaign-note\") }}</p>\n{#- Pieces";
    std::fs::write(&page, text.replacen("{#- Pieces", note, 1)).unwrap();
    for (locale, added) in ADDED_STRINGS {
        let ftl = campaign.join(format!("locales/{locale}/campaign.ftl"));
        let text = std::fs::read_to_string(&ftl).unwrap();
        let text = text.replace(
            "campaign-name = Basic campaign",
            "campaign-name = { -brand } campaign",
        );
        std::fs::write(&ftl, format!("{text}{added}")).unwrap();
    }
}

/// The message `key` of `locale`'s campaign strings set to `value`.
fn set_string(campaign: &Path, locale: &str, key: &str, value: &str) -> String {
    let ftl = campaign.join(format!("locales/{locale}/campaign.ftl"));
    let old = std::fs::read_to_string(&ftl).unwrap();
    let line = old
        .lines()
        .find(|l| l.starts_with(&format!("{key} =")))
        .unwrap_or_else(|| panic!("no {key} in {}", ftl.display()));
    let new = old.replacen(line, &format!("{key} = {value}"), 1);
    std::fs::write(&ftl, new).unwrap();
    format!("the string {key} in {locale}")
}

/// The campaign's template `name` with a paragraph added before `before`.
fn edit_template(campaign: &Path, name: &str, before: &str, n: usize) -> String {
    let path = campaign.join("templates").join(name);
    let base = std::fs::read_to_string(&path).unwrap();
    let edited = base.replacen(before, &format!("<p>Template {n}.</p>{before}"), 1);
    assert_ne!(edited, base, "{name} has no {before}");
    std::fs::write(&path, edited).unwrap();
    format!("the template {name}")
}

/// How many kinds of edit [`random_edit`] makes (a page's body counts four
/// times: the commonest edit).
const KINDS: usize = 21;

/// One edit of the campaign, of `kind` (below [`KINDS`]); returns what it
/// did, for the failure message.
fn random_edit(
    campaign: &Path,
    rng: &mut Rng,
    kind: usize,
    n: usize,
    added: &mut Vec<String>,
) -> String {
    let pages = [
        "en/about.md",
        "en/help.md",
        "en/guide/steps.md",
        "it/about.md",
    ];
    let page = campaign.join("content").join(pages[rng.below(pages.len())]);
    let text = |p: &Path| std::fs::read_to_string(p).unwrap();
    let shown = page.strip_prefix(campaign).unwrap().display().to_string();
    match kind {
        0..=3 => edit_body(&page, n),
        4 => {
            // What the page shows of itself, or what menus show of it.
            let field = ["title", "nav_title", "description"][n % 3];
            set_front(&page, field, &format!("\"{field} {n}\""));
            format!("{field} of {shown}")
        }
        5 => {
            set_front(&page, "slug", &format!("slug-{n}"));
            format!("slug of {shown}")
        }
        6 if !added.is_empty() => {
            let gone = added.remove(rng.below(added.len()));
            std::fs::remove_file(campaign.join(&gone)).unwrap();
            format!("removed {gone}")
        }
        6 | 7 => {
            let rel = format!("content/en/extra-{n}.md");
            let body = format!(
                "---\ntitle: \"Extra {n}\"\n---\n\nAn added page; see [about](@/about.md).\n"
            );
            std::fs::write(campaign.join(&rel), body).unwrap();
            added.push(rel.clone());
            format!("added {rel}")
        }
        // Shown by the home pages only.
        8 => set_string(
            campaign,
            ["en", "it"][n % 2],
            "campaign-tagline",
            &format!("T{n}."),
        ),
        9 => edit_template(campaign, "page.html", "</article>", n),
        10 => {
            // The image of the fixture, from the page's folder.
            let depth = page.strip_prefix(campaign).unwrap().components().count() - 1;
            let image = format!("{}assets/logo.svg", "../".repeat(depth));
            let body = format!("{}\n![The logo, edit {n}]({image})\n", text(&page));
            std::fs::write(&page, body).unwrap();
            format!("an image on {shown}")
        }
        // Used by the Materials pages only, and by every page.
        11 => edit_template(campaign, "materials.html", "<h1>", n),
        12 => edit_template(campaign, "partials/footer.html", "</footer>", n),
        // Rendered once per language, shown by every page.
        13 => edit_template(campaign, "partials/helplines.html", "</div>", n),
        // Used by the campaign's name (every English page), and the note.
        15 => set_string(campaign, "en", "-brand", &format!("Brand {n}")),
        // Shown by the Italian pages too (the English text).
        16 => set_string(campaign, "en", "campaign-note", &format!("Note {n}.")),
        // Shown by the 404 pages only.
        17 => set_string(
            campaign,
            ["en", "it"][n % 2],
            "not-found-title",
            &format!("No {n}"),
        ),
        // With an argument, in the parts every English page shows.
        18 => set_string(
            campaign,
            "en",
            "exit-status-remaining",
            &format!("{{ $count }} ({n})"),
        ),
        // Every page's, the special pages' too.
        19 => edit_template(campaign, "base.html", "<main id=\"main\"", n),
        // Rendered once per language, shown by every page.
        20 => edit_template(campaign, "partials/exit.html", "</div>", n),
        _ => {
            // Pages change places in the sitemap.
            set_front(&page, "weight", &format!("{}", rng.below(40)));
            format!("weight of {shown}")
        }
    }
}

/// Waits for a build after the one numbered `last`, then until the preview
/// serves what a fresh build makes (or shows errors when that fails); returns
/// the number of the build it saw and the files of the fresh build.
fn settle(
    server: &Server,
    events: &mut Events,
    last: u64,
    campaign: &Path,
    before: &[String],
) -> (u64, Option<Vec<String>>) {
    let deadline = Instant::now() + PATIENCE;
    // Built meanwhile, on the other core.
    let dir = campaign.to_path_buf();
    let expected = std::thread::spawn(move || fresh_build(&dir));
    let seen = loop {
        let n = events.next_build(PATIENCE);
        if n > last {
            break n;
        }
    };
    let expected = expected.join().expect("the fresh build");
    loop {
        let problem = match &expected {
            Ok(files) => {
                let gone: Vec<String> = before
                    .iter()
                    .filter(|p| !files.contains_key(*p) && p.ends_with(".html"))
                    .cloned()
                    .collect();
                differences(server, files, &gone)
            }
            Err(errors) => {
                let reply = server.get("/en/");
                match reply.status == 500 {
                    true => String::new(),
                    false => format!("the build fails ({errors}) but / shows\n{}", reply.text()),
                }
            }
        };
        if problem.is_empty() {
            let files = expected.ok().map(|f| f.into_keys().collect());
            return (seen, files);
        }
        assert!(Instant::now() < deadline, "{problem}\n{}", server.output());
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn after_random_edits_the_preview_serves_what_a_fresh_build_makes() {
    let tmp = common::tempdir();
    let campaign = tmp.path().join("basic");
    common::copy_dir(&common::fixture("basic"), &campaign);
    prepare(&campaign);
    // Every edit that re-renders more than one page does it in two batches
    // (the edited and open pages first, then the rest), as large edits do.
    std::env::set_var("FARO_SERVE_FIRST_BATCH", "1");
    let server = Server::start(tmp.path(), "basic", &["--web-only"], true);
    let mut events = Events::open(server.port);
    let mut last = events.next_build(PATIENCE);
    let seed = std::env::var("FARO_EDIT_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x5eed_2026_u64);
    let mut rng = Rng(seed);
    let mut kinds: Vec<usize> = (0..KINDS).collect();
    for i in (1..KINDS).rev() {
        kinds.swap(i, rng.below(i + 1));
    }
    let mut added = Vec::new();
    let mut files: Vec<String> = fresh_build(&campaign).unwrap().into_keys().collect();
    let start = Instant::now();
    // Every kind once at least (32 edits, 11 of them the fixed ones below).
    for n in 0..32 {
        let about = campaign.join("content/en/about.md");
        let what = if n % 8 == 7 {
            // A broken link makes the build fail; the next edit mends it.
            let text = std::fs::read_to_string(&about).unwrap();
            std::fs::write(&about, format!("{text}\n[Broken {n}](/nowhere-{n}/)\n")).unwrap();
            "a broken link".to_string()
        } else if n % 8 == 4 {
            // A menu label (every page re-rendered, the rest a page at a
            // time), then a body edit while that goes on: the pages left are
            // re-rendered with the second edit.
            let help = campaign.join("content/en/help.md");
            set_front(&help, "nav_title", &format!("\"Help {n}\""));
            std::thread::sleep(Duration::from_millis(30));
            edit_body(&about, n);
            "a menu label, then at once a body".to_string()
        } else if n % 8 == 0 && n > 0 {
            let text = std::fs::read_to_string(&about).unwrap();
            let start = text.rfind("\n[Broken ").unwrap();
            std::fs::write(&about, &text[..start]).unwrap();
            "the broken link removed".to_string()
        } else {
            // Every kind once (in a random order), then any.
            let kind = kinds.pop().unwrap_or_else(|| rng.below(KINDS));
            random_edit(&campaign, &mut rng, kind, n, &mut added)
        };
        // Shown with a failure: the sequence that led to it.
        eprintln!("edit {n} (seed {seed}, {:?}): {what}", start.elapsed());
        let (seen, built) = settle(&server, &mut events, last, &campaign, &files);
        last = seen;
        if let Some(built) = built {
            files = built;
        }
    }
    // Edits were followed by re-rendering, not a full build: of a page, of
    // strings, of templates.
    let log = server.output();
    eprintln!("{log}");
    for edited in [
        ".md changed: re-rendered ",
        ".ftl changed: re-rendered ",
        // A string shown by one page re-renders that page only.
        ".ftl changed: re-rendered 1 page of ",
        ".html changed: re-rendered ",
        // In two batches, the rest waited for, or left to a newer edit.
        " open or edited first, served after ",
    ] {
        assert!(log.contains(edited), "no `{edited}` in\n{log}");
    }
    // A re-render cut short by the edit that followed it (the body edit
    // 30 ms after a menu label): the pages it left were re-rendered by the
    // next one, and the preview was the fresh build all along (`settle`).
    // Whether it is cut short depends on the speed of rendering: a debug
    // build (what CI runs) is still rendering the basic fixture's pages
    // 30 ms on, and must have been cut short at least once; a release build
    // is done before the second edit, so it may never be.
    let cut_short = pages_left_are_rendered_next(&log);
    if cfg!(debug_assertions) {
        assert!(cut_short > 0, "no ` left to the next edit` in\n{log}");
    }
}

/// The re-renders in the preview's `log` that left pages to the next edit,
/// checking that the next re-render (or full build) took them up: it
/// re-rendered as many at least, counting those it left in its turn.
fn pages_left_are_rendered_next(log: &str) -> usize {
    // "re-rendered 12 pages of basic in …, 3 pages left to the next edit",
    // "built basic: …": each build's line, in order.
    let number = |text: &str| -> usize {
        let digits: String = text.chars().filter(char::is_ascii_digit).collect();
        digits
            .parse()
            .unwrap_or_else(|_| panic!("a number in `{text}`"))
    };
    let builds: Vec<(Option<usize>, usize)> = log
        .lines()
        .filter(|l| l.contains("changed: "))
        .filter_map(|line| {
            let left = line.find(" left to the next edit").map_or(0, |end| {
                let counted = line[..end].rsplit(", ").next().unwrap();
                number(counted.split(' ').next().unwrap())
            });
            if line.contains("changed: built ") {
                return Some((None, left));
            }
            let after = line.split("changed: re-rendered ").nth(1)?;
            Some((Some(number(after.split(' ').next().unwrap())), left))
        })
        .collect();
    let mut cut_short = 0;
    for pair in builds.windows(2) {
        let (left, (next, next_left)) = (pair[0].1, pair[1]);
        if left == 0 {
            continue;
        }
        cut_short += 1;
        if let Some(next) = next {
            assert!(
                next + next_left >= left,
                "{left} pages left, the next edit re-rendered {next}:\n{log}"
            );
        }
    }
    cut_short
}
