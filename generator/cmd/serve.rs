//! `faro serve CAMPAIGN [--port N] [--bind ADDR] [--open] [--draft]`

use std::net::{IpAddr, Ipv4Addr};
use std::path::{Path, PathBuf};
use std::process::{ExitCode, Stdio};
use std::time::Duration;

use faro::diagnostics::render::counted;
use faro::{BuildOptions, BuildReport};
use faro::{ServeEvent as Event, ServeFirstBatch, ServeOptions as Options};

/// The port tried first.
const DEFAULT_PORT: u16 = 1111;

/// Arguments of `faro serve`.
#[derive(clap::Args)]
pub struct Args {
    /// The campaign folder to preview.
    campaign: PathBuf,
    /// Port to listen on; if it is busy, or 0, any free port is used.
    #[arg(short, long, default_value_t = DEFAULT_PORT)]
    port: u16,
    /// Address to listen on (default: 127.0.0.1, this machine only). Any other
    /// address lets other machines see the preview.
    #[arg(long, value_name = "ADDR", value_parser = parse_address)]
    bind: Option<IpAddr>,
    /// Open the preview in a web browser, if one is available.
    #[arg(long)]
    open: bool,
    /// Build even with open to-dos; every page shows a draft banner.
    #[arg(long)]
    draft: bool,
    /// Preview the web pages only: the print assets and the replication kit
    /// are not built in the background (lighter on a slow machine).
    #[arg(long)]
    web_only: bool,
}

fn parse_address(text: &str) -> Result<IpAddr, String> {
    if text.eq_ignore_ascii_case("localhost") {
        return Ok(Ipv4Addr::LOCALHOST.into());
    }
    text.parse()
        .map_err(|_| format!("`{text}` is not an IP address (such as 127.0.0.1 or ::1)"))
}

/// Runs the command until Ctrl-C.
pub fn run(args: Args) -> ExitCode {
    let options = Options {
        campaign_dir: args.campaign,
        bind: args.bind.unwrap_or(Ipv4Addr::LOCALHOST.into()),
        port: args.port,
        build: BuildOptions {
            draft: args.draft,
            ..BuildOptions::default()
        },
        faro_exe: (!args.web_only)
            .then(|| std::env::current_exe().ok())
            .flatten(),
    };
    let open = args.open;
    let result = faro::serve(options, move |event| show(event, open));
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("faro serve: {e}");
            ExitCode::FAILURE
        }
    }
}

fn show(event: Event, open: bool) {
    match event {
        Event::Built {
            report,
            changed,
            took,
            rerendered,
            served_first,
        } => built(&report, &changed, took, (rerendered, served_first)),
        Event::Failed {
            diagnostics,
            changed,
            took,
        } => failed(&diagnostics, &changed, took),
        Event::Exposed { addr } => eprintln!(
            "warning: listening on {}, not only on this machine: anyone who can reach this \
             address can see the unpublished preview",
            addr.ip()
        ),
        Event::Listening {
            url,
            addr,
            busy_port,
        } => {
            if let Some(port) = busy_port {
                eprintln!("port {port} is busy; using port {} instead", addr.port());
            }
            println!("Serving the preview at {url} (Ctrl-C to stop)");
            println!(
                "What is left to do: {}/__faro/checklist",
                url.trim_end_matches('/')
            );
            if open {
                open_browser(&url);
            }
        }
        Event::Watching { dirs, polling } => {
            let dirs: Vec<String> = dirs.iter().map(|d| shown(d)).collect();
            let how = if polling { " (polling)" } else { "" };
            println!("Watching {}{how} for changes", dirs.join(", "));
        }
        Event::NotWatching { reason } => eprintln!(
            "warning: cannot watch the campaign for changes ({reason}); restart faro serve to see edits"
        ),
        Event::Background(done) => match done.result {
            Ok(()) => println!("{} rebuilt in {} ms", done.task, done.took.as_millis()),
            Err(report) => eprintln!(
                "{report}{} failed; the web preview goes on without them",
                done.task
            ),
        },
        Event::Stopping => println!("Stopping; the preview's temporary files are removed"),
    }
}

/// A build's log line, after the whole list of what is left for the first
/// build; after a rebuild, a count (the checklist page lists the items), so
/// that the log stays readable.
fn built(report: &BuildReport, changed: &[PathBuf], took: Duration, rerendered: Rerendered) {
    if changed.is_empty() {
        let (listing, _) = faro::check_listing(&report.warnings);
        eprint!("{listing}");
    }
    println!("{}{}", cause(changed), summary(report, took, rerendered));
}

/// A failed build's errors, grouped as `faro check` groups them.
fn failed(diagnostics: &faro::diagnostics::Diagnostics, changed: &[PathBuf], took: Duration) {
    let errors: faro::diagnostics::Diagnostics = diagnostics
        .iter()
        .filter(|d| d.severity == faro::diagnostics::Severity::Error)
        .cloned()
        .collect();
    let (listing, left) = faro::check_listing(&errors);
    eprint!("{listing}");
    eprintln!(
        "{}build failed ({} ms): {left}; pages show {} until the files are fixed",
        cause(changed),
        took.as_millis(),
        if errors.error_count() == 1 {
            "it"
        } else {
            "them"
        },
    );
}

/// "content/en/about.md changed: " (or nothing for the first build).
fn cause(changed: &[PathBuf]) -> String {
    match changed {
        [] => String::new(),
        [one] => format!("{} changed: ", shown(one)),
        [first, rest @ ..] => format!(
            "{} and {} changed: ",
            shown(first),
            counted(rest.len(), "other file")
        ),
    }
}

/// A path as short as it can be shown: relative to the current folder.
fn shown(path: &Path) -> String {
    let cwd = std::env::current_dir().ok();
    let short = cwd
        .as_deref()
        .and_then(|cwd| path.strip_prefix(cwd).ok())
        .unwrap_or(path);
    short.display().to_string()
}

/// How many files an edit re-rendered, and how many of them were served
/// first and when (see [`Event::Built`]); `None` for a full build.
type Rerendered = (Option<usize>, Option<ServeFirstBatch>);

/// "built basic: 12 pages in 2 locales, 3 assets in 40 ms; left: 2 to-dos",
/// or "re-rendered 1 page of basic in 3 ms; left: …" for an edit followed
/// page by page ("re-rendered 4,014 pages of bench in 900 ms, the 2 open
/// or edited first, served after 25 ms; left: …" for many pages).
fn summary(r: &BuildReport, took: Duration, rerendered: Rerendered) -> String {
    // To-dos named as to-dos ("left: 30 to-dos, 5 warnings").
    let (_, left) = faro::check_listing(&r.warnings);
    let left = if left.is_empty() {
        String::new()
    } else {
        format!("; left: {left}")
    };
    let ms = took.as_millis();
    let first = match rerendered.1 {
        Some(first) => format!(
            ", {} open or edited first, served after {} ms{}",
            counted(first.pages, "page"),
            first.served_after.as_millis(),
            match first.left {
                0 => String::new(),
                _ => format!(", {} left to the next edit", counted(first.left, "page")),
            }
        ),
        None => String::new(),
    };
    match rerendered.0 {
        Some(n) => format!(
            "re-rendered {} of {} in {ms} ms{first}{left}",
            counted(n, "page"),
            r.id
        ),
        None => format!(
            "built {}: {} pages in {} locales, {} assets in {ms} ms{left}",
            r.id,
            r.pages(),
            r.pages_per_locale.len(),
            r.assets,
        ),
    }
}

/// Opens `url` in the desktop's browser, if there is one; never fails.
fn open_browser(url: &str) {
    let opener = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(windows) {
        "explorer"
    } else {
        "xdg-open"
    };
    let spawned = std::process::Command::new(opener)
        .arg(url)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn();
    match spawned {
        Ok(mut child) => {
            // Reaped in the background; a failure only means no browser.
            std::thread::spawn(move || {
                if !child.wait().is_ok_and(|s| s.success()) {
                    eprintln!("could not open a browser; open the URL above yourself");
                }
            });
        }
        Err(_) => eprintln!("no browser opener ({opener}) found; open the URL above yourself"),
    }
}
