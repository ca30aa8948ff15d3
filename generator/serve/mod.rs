//! `faro serve`: a live preview of one campaign while it is being edited.
//!
//! The campaign is built with [`crate::build::build`] into a private temporary
//! folder and served over HTTP on the loopback interface. A watcher on the
//! campaign and the project's shared templates, themes and locales brings it
//! up to date after every edit (re-rendering only the pages an edit of a
//! page's text changes, [`crate::build::incremental`]; a full web build for
//! any other edit), and open pages reload themselves through a small script
//! that only the preview adds to the HTML it serves ([`inject`]). While the
//! campaign does not build, every page shows the diagnostics instead, and turns
//! back into the site at the first good build. Slower outputs such as print assets are [`background`]
//! tasks that never hold the web preview up.
//!
//! Nothing here prints: the command line hears about everything through
//! [`Event`]s.

pub(crate) mod background;
mod builder;
pub(crate) mod checklist;
mod http;
pub(crate) mod inject;
mod route;
mod site;
mod watch;

use std::future::IntoFuture;
use std::io;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr, TcpListener};
use std::path::PathBuf;
use std::sync::atomic::AtomicU64;
use std::sync::Arc;
use std::time::Duration;

use crate::build::{BuildOptions, BuildReport};
use crate::diagnostics::Diagnostics;
use crate::output::interrupt::StopSignal;

/// What to serve, and where.
#[derive(Debug, Clone)]
pub struct Options {
    /// The campaign folder.
    pub campaign_dir: PathBuf,
    /// The address to listen on; a loopback address unless the user asked.
    pub bind: IpAddr,
    /// The port to listen on: 0, or a busy port, means any free one.
    pub port: u16,
    /// How to build.
    pub build: BuildOptions,
    /// The `faro` executable, which makes the complete builds (print and
    /// social assets, replication kit) in the background, in a process of their
    /// own; `None`: the preview has the web pages only.
    pub faro_exe: Option<PathBuf>,
}

/// What happens while serving, for the command line to show.
pub enum Event {
    /// A build succeeded and is now served.
    Built {
        /// The build's report (warnings included).
        report: BuildReport,
        /// The files whose change caused it (empty for the first build or an
        /// unknown change).
        changed: Vec<PathBuf>,
        /// From the start of the build to the new site being served.
        took: Duration,
        /// `Some(n)` when the edit was followed by re-rendering only the
        /// `n` files it changed, rather than by a full build.
        rerendered: Option<usize>,
        /// When those were re-rendered in two batches (many pages): the
        /// first one's.
        served_first: Option<FirstBatch>,
    },
    /// A build failed; pages show its diagnostics until a build succeeds.
    Failed {
        /// Everything the build found.
        diagnostics: Diagnostics,
        /// The files whose change caused it.
        changed: Vec<PathBuf>,
        /// From the start of the build to the error page being served.
        took: Duration,
    },
    /// The server is listening.
    Listening {
        /// Where to point a browser: the site's home.
        url: String,
        /// The address actually listened on.
        addr: SocketAddr,
        /// The port asked for, when it was busy and another was taken.
        busy_port: Option<u16>,
    },
    /// The server listens on an address other machines may reach.
    Exposed {
        /// That address.
        addr: SocketAddr,
    },
    /// Edits under these folders are being watched.
    Watching {
        /// The folders.
        dirs: Vec<PathBuf>,
        /// True when they are polled (no change notifications available).
        polling: bool,
    },
    /// Edits cannot be watched: the preview will not update by itself.
    NotWatching {
        /// Why.
        reason: String,
    },
    /// A background task finished.
    Background(background::Finished),
    /// Ctrl-C (or SIGTERM) was received: the server is stopping.
    Stopping,
}

/// The first of the two batches an edit that changes many pages is
/// re-rendered in: the edited pages and those open in a browser, served
/// before the others (which requests wait for).
#[derive(Debug, Clone, Copy)]
pub struct FirstBatch {
    /// How many pages it had.
    pub pages: usize,
    /// From the start of the edit's build to those being served.
    pub served_after: Duration,
    /// How many pages of the second batch were left to the next edit,
    /// which came meanwhile.
    pub left: usize,
}

/// Builds and serves the campaign until Ctrl-C or SIGTERM, then removes the
/// temporary output. Fails only when it cannot start (no campaign folder, no
/// port, no temporary folder); a campaign that does not build is served as
/// the error page.
pub fn serve(options: Options, on_event: impl Fn(Event) + Send + Sync + 'static) -> io::Result<()> {
    let on_event: Arc<dyn Fn(Event) + Send + Sync> = Arc::new(on_event);
    if !options.campaign_dir.is_dir() {
        return Err(campaign_not_found(&options.campaign_dir));
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .thread_name("faro-serve")
        .build()?;
    // Caught from here on, so that Ctrl-C during the first build cleans up too.
    let stop_signal = {
        let _context = runtime.enter();
        StopSignal::install()?
    };
    let (listener, busy_port) = bind(options.bind, options.port)?;
    let addr = listener.local_addr()?;
    let work = tempfile::Builder::new()
        .prefix("faro-serve-")
        .tempdir_in(scratch_parent())?;
    let web_dir = work.path().join("web");
    std::fs::create_dir(&web_dir)?;

    let shared = site::Shared::new();
    let queued = Arc::new(AtomicU64::new(0));
    let mut builder = builder::Builder::new(
        &options.campaign_dir,
        &web_dir,
        options.build.clone(),
        shared.clone(),
        queued.clone(),
    );
    let background = start_background(&options, work.path(), &shared, &on_event);
    report(&*on_event, builder.rebuild(&[]), Vec::new());
    background.schedule(&[]);

    let (changes, rx) = watch::channel(queued);
    let watching = start_watching(&options.campaign_dir, changes.clone(), &*on_event);
    let tell = on_event.clone();
    let rebuilds = std::thread::Builder::new()
        .name("faro-rebuild".into())
        .spawn(move || {
            while let Some(changed) = watch::next_batch(&rx) {
                report(&*tell, builder.rebuild(&changed), changed.clone());
                background.schedule(&changed);
            }
            background.stop();
        })?;
    announce(&*on_event, addr, busy_port, &shared);

    let (stopping_tx, stopping) = tokio::sync::watch::channel(false);
    let app = Arc::new(http::App {
        shared,
        campaign_dir: options.campaign_dir.clone(),
        loopback_hosts_only: addr.ip().is_loopback(),
        stopping: stopping.clone(),
    });
    let served = runtime.block_on(serve_http(
        listener,
        app,
        stop_signal,
        stopping_tx,
        stopping,
    ));
    on_event(Event::Stopping);
    let _ = changes.send(watch::Message::Stop);
    drop(watching);
    let _ = rebuilds.join();
    runtime.shutdown_timeout(Duration::from_millis(500));
    work.close()?;
    served
}

/// The error for a campaign folder that does not exist, with its advice.
fn campaign_not_found(campaign_dir: &std::path::Path) -> io::Error {
    let d = crate::campaign::folder_advice::not_found(campaign_dir);
    io::Error::new(
        io::ErrorKind::NotFound,
        format!(
            "campaign folder not found: {} ({})",
            campaign_dir.display(),
            d.hint.unwrap_or_default()
        ),
    )
}

/// Starts the background tasks (print assets and the replication kit: after
/// the web pages, never before), which report through `on_event`.
fn start_background(
    options: &Options,
    work: &std::path::Path,
    shared: &Arc<site::Shared>,
    on_event: &Arc<dyn Fn(Event) + Send + Sync>,
) -> background::Background {
    let tell = on_event.clone();
    let tasks: Vec<Box<dyn background::Task>> = match &options.faro_exe {
        Some(exe) => vec![Box::new(site::FullBuild::new(
            exe.clone(),
            &options.build,
            shared.clone(),
        ))],
        None => Vec::new(),
    };
    background::Background::start(
        tasks,
        &options.campaign_dir,
        &work.join("background"),
        move |done| tell(Event::Background(done)),
    )
}

/// Watches the campaign's inputs, sending their changes to `changes`; tells
/// which folders are watched, or why none are.
fn start_watching(
    campaign_dir: &std::path::Path,
    changes: watch::Changes,
    on_event: &(dyn Fn(Event) + Send + Sync),
) -> Option<watch::Watch> {
    let dirs = watch::inputs(campaign_dir);
    match watch::start(&dirs, changes) {
        Ok(w) => {
            on_event(Event::Watching {
                dirs,
                polling: w.polling,
            });
            Some(w)
        }
        Err(e) => {
            on_event(Event::NotWatching {
                reason: e.to_string(),
            });
            None
        }
    }
}

/// Tells where the preview listens (and whether other machines may reach it).
fn announce(
    on_event: &(dyn Fn(Event) + Send + Sync),
    addr: SocketAddr,
    busy_port: Option<u16>,
    shared: &site::Shared,
) {
    if !addr.ip().is_loopback() {
        on_event(Event::Exposed { addr });
    }
    let base = shared
        .snapshot()
        .site
        .map_or_else(|| "/".to_string(), |s| s.base_path.clone());
    on_event(Event::Listening {
        url: format!("http://{}{base}", browsable(addr)),
        addr,
        busy_port,
    });
}

/// Serves HTTP until the stop signal, then ends the open event streams and
/// waits at most two seconds for the server to finish.
async fn serve_http(
    listener: TcpListener,
    app: Arc<http::App>,
    stop_signal: StopSignal,
    stopping_tx: tokio::sync::watch::Sender<bool>,
    stopping: tokio::sync::watch::Receiver<bool>,
) -> io::Result<()> {
    let listener = tokio::net::TcpListener::from_std(listener)?;
    let mut stopped = stopping;
    let server = axum::serve(listener, http::router(app))
        .with_graceful_shutdown(async move {
            let _ = stopped.wait_for(|s| *s).await;
        })
        .into_future();
    let server = tokio::spawn(server);
    stop_signal.wait().await;
    let _ = stopping_tx.send(true);
    // Open event streams end at once; anything slower is not waited for.
    let _ = tokio::time::timeout(Duration::from_secs(2), server).await;
    io::Result::Ok(())
}

fn report(
    on_event: &(dyn Fn(Event) + Send + Sync),
    built: (site::Outcome, Duration),
    changed: Vec<PathBuf>,
) {
    let (outcome, took) = built;
    on_event(match outcome {
        site::Outcome::Built(report) => Event::Built {
            report,
            changed,
            took,
            rerendered: None,
            served_first: None,
        },
        site::Outcome::Rerendered(report, files, served_first) => Event::Built {
            report,
            changed,
            took,
            rerendered: Some(files),
            served_first,
        },
        site::Outcome::Failed(diagnostics) => Event::Failed {
            diagnostics,
            changed,
            took,
        },
    });
}

/// Where the private output goes: `$TMPDIR` when set; otherwise memory-backed
/// storage when there is some (`$XDG_RUNTIME_DIR`, `/dev/shm`), because every
/// edit writes the whole site again and a disk file system makes that several
/// times slower (creating files where many were just deleted); otherwise the
/// system's temporary folder.
fn scratch_parent() -> PathBuf {
    if std::env::var_os("TMPDIR").is_some_and(|d| !d.is_empty()) {
        return std::env::temp_dir();
    }
    let runtime = std::env::var_os("XDG_RUNTIME_DIR").map(PathBuf::from);
    let shm = cfg!(target_os = "linux").then(|| PathBuf::from("/dev/shm"));
    [runtime, shm]
        .into_iter()
        .flatten()
        .find(|d| writable_dir(d))
        .unwrap_or_else(std::env::temp_dir)
}

fn writable_dir(dir: &std::path::Path) -> bool {
    dir.is_dir()
        && tempfile::Builder::new()
            .prefix(".faro-probe-")
            .tempdir_in(dir)
            .is_ok()
}

/// Listens on `ip:port`, or on a free port when `port` is busy.
fn bind(ip: IpAddr, port: u16) -> io::Result<(TcpListener, Option<u16>)> {
    let (listener, busy) = match TcpListener::bind((ip, port)) {
        Ok(l) => (l, None),
        Err(e) if e.kind() == io::ErrorKind::AddrInUse && port != 0 => {
            (TcpListener::bind((ip, 0))?, Some(port))
        }
        Err(e) => {
            return Err(io::Error::new(
                e.kind(),
                format!("cannot listen on {}: {e}", SocketAddr::new(ip, port)),
            ))
        }
    };
    listener.set_nonblocking(true)?;
    Ok((listener, busy))
}

/// The address to put in a URL: a wildcard address becomes the loopback one.
fn browsable(addr: SocketAddr) -> SocketAddr {
    match addr.ip() {
        IpAddr::V4(ip) if ip.is_unspecified() => {
            SocketAddr::new(Ipv4Addr::LOCALHOST.into(), addr.port())
        }
        IpAddr::V6(ip) if ip.is_unspecified() => {
            SocketAddr::new(Ipv6Addr::LOCALHOST.into(), addr.port())
        }
        _ => addr,
    }
}
