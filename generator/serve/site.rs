//! What the preview serves, and how a rebuild replaces it.
//!
//! Every full build writes into a fresh folder of the preview's private
//! temporary folder (`site-1`, `site-2`…); an edit followed by re-rendering
//! only what it changed makes a generation over the same folder, with the
//! re-rendered files in memory ([`Generation::overlay`], builder.rs) until
//! they are written into the folder, and the files still being re-rendered
//! waited for ([`Generation::pending`]). Either becomes the served site by
//! swapping one pointer, so a request never reads a page as it was before an
//! edit that was followed; a failed build keeps the
//! previous site for styles and images and makes every HTML request show the
//! error page. A superseded build folder is deleted once no request still
//! reads from it and no later generation is made over it.
//!
//! Edits are built for the web only ([`BuildOptions::web_only`]). The complete build, with the print and social assets
//! and the replication kit, follows in the background ([`FullBuild`]): when it
//! is done and no edit came meanwhile, it replaces the served site without a
//! reload (same pages, now with their materials), and until the next one is
//! done its files are served wherever the web-only build lacks them.

use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex, PoisonError, RwLock};
use std::time::Instant;

use tokio::sync::watch;

use super::background::Task;
use crate::build::{BuildOptions, BuildReport};
use crate::diagnostics::Diagnostics;

/// One successful build, as served.
#[derive(Debug)]
pub(super) struct Generation {
    /// The build's folder, canonical (requests are checked against it).
    pub root: PathBuf,
    /// Its build number.
    pub build: u64,
    /// The path the site is published under (`/` or `/sub/`), from `base_url`.
    pub base_path: String,
    /// Files re-rendered after edits since `root` was written, by path under
    /// it (`en/about/index.html`), served in place of the folder's.
    pub overlay: Overlay,
    /// Files an edit changed that are being re-rendered, by path under the
    /// root: a request for one waits for the next generation.
    pub pending: Pending,
}

/// Re-rendered files by path under a build's folder.
pub(super) type Overlay = BTreeMap<String, Arc<Vec<u8>>>;

/// Paths of files not re-rendered yet, under a build's folder.
pub(super) type Pending = Arc<BTreeSet<String>>;

/// The path under a build's folder that a request for `segments` (a
/// folder's index when `dir`) leads to.
pub(super) fn file_path(segments: &[String], dir: bool) -> String {
    let mut path = segments.join("/");
    if dir {
        if !path.is_empty() {
            path.push('/');
        }
        path.push_str("index.html");
    }
    path
}

impl Generation {
    /// The re-rendered file a request for `segments` (a folder's index when
    /// `dir`) leads to, with its path under the root.
    pub(super) fn overlaid(&self, segments: &[String], dir: bool) -> Option<(&str, &[u8])> {
        if self.overlay.is_empty() {
            return None;
        }
        self.overlay
            .get_key_value(&file_path(segments, dir))
            .map(|(k, v)| (k.as_str(), v.as_slice()))
    }
}

/// The last build that failed, while no later build succeeded.
#[derive(Debug)]
pub(super) struct Failure {
    /// The diagnostics as `faro build` prints them (without colours).
    pub report: String,
    /// How many of them are errors.
    pub errors: usize,
    /// Its build number.
    pub build: u64,
}

/// What requests see: the last good site, and the failure that followed it.
#[derive(Debug, Default, Clone)]
pub(super) struct Snapshot {
    /// The last successful build, if any.
    pub site: Option<Arc<Generation>>,
    /// Set while the latest build failed.
    pub failure: Option<Arc<Failure>>,
    /// The last complete build (print assets included), for the files that a
    /// web-only `site` lacks.
    pub full: Option<Arc<Generation>>,
}

impl Snapshot {
    /// The number of the latest finished build (0 before the first).
    pub(super) fn build(&self) -> u64 {
        match (&self.failure, &self.site) {
            (Some(f), _) => f.build,
            (None, Some(s)) => s.build,
            (None, None) => 0,
        }
    }
}

/// The state shared by the builders and the request handlers.
pub(super) struct Shared {
    current: RwLock<Snapshot>,
    builds: watch::Sender<u64>,
    /// Counts the batches of edits; bumped before each web build.
    pub(super) edits: AtomicU64,
    /// Superseded builds, deleted once no request reads them.
    retired: Mutex<Vec<Arc<Generation>>>,
    /// The pages served last, newest first (paths under a build's folder):
    /// those open in a browser, re-rendered first after an edit.
    recent: Mutex<VecDeque<String>>,
    /// How many times the snapshot changed, signalled by `changed`: requests
    /// for a page being re-rendered wait for the next change.
    changes: Mutex<u64>,
    changed: Condvar,
}

/// How many of the pages served last count as open in a browser.
const RECENT_PAGES: usize = 4;

impl Shared {
    /// Nothing built yet.
    pub(super) fn new() -> Arc<Shared> {
        Arc::new(Shared {
            current: RwLock::new(Snapshot::default()),
            builds: watch::Sender::new(0),
            edits: AtomicU64::new(0),
            retired: Mutex::new(Vec::new()),
            recent: Mutex::new(VecDeque::new()),
            changes: Mutex::new(0),
            changed: Condvar::new(),
        })
    }

    /// Remembers that the page at `path` (under a build's folder) was served.
    pub(super) fn served_page(&self, path: &str) {
        let mut recent = self.recent.lock().unwrap_or_else(PoisonError::into_inner);
        recent.retain(|p| p != path);
        recent.push_front(path.to_string());
        recent.truncate(RECENT_PAGES);
    }

    /// The pages served last: most likely those open in a browser.
    pub(super) fn open_pages(&self) -> BTreeSet<String> {
        let recent = self.recent.lock().unwrap_or_else(PoisonError::into_inner);
        recent.iter().cloned().collect()
    }

    /// What a request should serve, right now.
    pub(super) fn snapshot(&self) -> Snapshot {
        self.current
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// How many times the snapshot changed so far (for
    /// [`Shared::wait_for_change`]).
    pub(super) fn changes(&self) -> u64 {
        *self.changes.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Waits until the snapshot has changed more than `seen` times (read
    /// with [`Shared::changes`] before the snapshot that did not do), or
    /// until `deadline`.
    pub(super) fn wait_for_change(&self, seen: u64, deadline: Instant) {
        let mut changes = self.changes.lock().unwrap_or_else(PoisonError::into_inner);
        while *changes == seen {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return;
            }
            changes = match self.changed.wait_timeout(changes, left) {
                Ok((guard, _)) => guard,
                Err(poisoned) => poisoned.into_inner().0,
            };
        }
    }

    /// A receiver told the number of every finished web build.
    pub(super) fn subscribe(&self) -> watch::Receiver<u64> {
        self.builds.subscribe()
    }

    /// Changes the snapshot under the lock; `announce` tells open pages.
    pub(super) fn update(&self, announce: bool, change: impl FnOnce(&mut Snapshot)) {
        let (build, gone) = {
            let mut current = self.current.write().unwrap_or_else(PoisonError::into_inner);
            let before = current.clone();
            change(&mut current);
            let kept = |g: &Arc<Generation>| {
                [&current.site, &current.full]
                    .iter()
                    .any(|n| n.as_ref().is_some_and(|n| Arc::ptr_eq(n, g)))
            };
            let gone: Vec<_> = [before.site, before.full]
                .into_iter()
                .flatten()
                .filter(|g| !kept(g))
                .collect();
            (current.build(), gone)
        };
        *self.changes.lock().unwrap_or_else(PoisonError::into_inner) += 1;
        self.changed.notify_all();
        if announce {
            self.builds.send_replace(build);
        }
        let mut retired = self.retired.lock().unwrap_or_else(PoisonError::into_inner);
        retired.extend(gone);
        retired.dedup_by(|a, b| Arc::ptr_eq(a, b));
        // A retired build is no longer published, so its count can only fall.
        // Its folder goes with it, unless a later generation re-renders
        // pages over the same folder.
        let published = self.snapshot();
        let mut in_use: Vec<PathBuf> = [published.site, published.full]
            .into_iter()
            .flatten()
            .map(|g| g.root.clone())
            .collect();
        in_use.extend(
            retired
                .iter()
                .filter(|g| Arc::strong_count(g) > 1)
                .map(|g| g.root.clone()),
        );
        retired.retain(|g| {
            if Arc::strong_count(g) > 1 {
                return true;
            }
            if !in_use.contains(&g.root) {
                let _ = std::fs::remove_dir_all(&g.root);
            }
            false
        });
    }
}

/// How one build went.
pub(super) enum Outcome {
    /// The site was rebuilt and is now served.
    Built(BuildReport),
    /// The edit was followed by re-rendering this many files, now served;
    /// when in two batches, how many came first and when they were served,
    /// and how many were left for a newer edit that came meanwhile.
    Rerendered(BuildReport, usize, Option<super::FirstBatch>),
    /// The campaign did not build; the error page is now served.
    Failed(Diagnostics),
}

/// The complete build (print and social assets, replication kit), run in the
/// background after each successful web build, as a `faro build` process of
/// its own, so that stopping the preview stops it at once. The print step's
/// render cache makes it re-render only the assets whose inputs changed.
pub(super) struct FullBuild {
    exe: PathBuf,
    nice: bool,
    draft: bool,
    shared: Arc<Shared>,
    next: AtomicU64,
    running: Mutex<Option<Child>>,
    cancelled: AtomicBool,
}

impl FullBuild {
    /// The task for the site that `shared` serves, run with the `faro`
    /// executable `exe`.
    pub(super) fn new(exe: PathBuf, options: &BuildOptions, shared: Arc<Shared>) -> FullBuild {
        let nice = cfg!(unix)
            && Command::new("nice")
                .arg("true")
                .stdout(Stdio::null())
                .status()
                .is_ok_and(|s| s.success());
        FullBuild {
            exe,
            nice,
            draft: options.draft,
            shared,
            next: AtomicU64::new(1),
            running: Mutex::new(None),
            cancelled: AtomicBool::new(false),
        }
    }

    /// Runs `faro build` into `out`; the error is what it printed. It runs at
    /// a low priority (`nice`, where there is one), so that on a busy machine
    /// the web rebuilds of the next edits still come first.
    fn build(&self, campaign_dir: &Path, out: &Path) -> Result<(), String> {
        let mut command = if self.nice {
            let mut c = Command::new("nice");
            c.args(["-n", "10"]).arg(&self.exe);
            c
        } else {
            Command::new(&self.exe)
        };
        command
            .arg("build")
            .arg(campaign_dir)
            .arg("-o")
            .arg(out)
            .arg("--quiet")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
        if self.draft {
            command.arg("--draft");
        }
        let mut child = command
            .spawn()
            .map_err(|e| format!("cannot run {}: {e}", self.exe.display()))?;
        let stderr = child.stderr.take();
        *self.running.lock().unwrap_or_else(PoisonError::into_inner) = Some(child);
        // Checked after the child is visible to cancel(), so none is missed.
        if self.cancelled.load(Ordering::SeqCst) {
            self.cancel();
        }
        let mut printed = String::new();
        if let Some(mut stderr) = stderr {
            let _ = stderr.read_to_string(&mut printed);
        }
        let child = self
            .running
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take();
        let status = child.map(|mut c| c.wait());
        match status {
            Some(Ok(s)) if s.success() => Ok(()),
            _ if self.cancelled.load(Ordering::SeqCst) => Err("stopped".into()),
            _ => Err(printed),
        }
    }
}

impl Task for FullBuild {
    fn name(&self) -> &str {
        "print assets and replication kit"
    }

    fn affected_by(&self, _changed: &[PathBuf]) -> bool {
        // While the campaign does not build, the error page says why.
        self.shared.snapshot().failure.is_none() && !self.cancelled.load(Ordering::SeqCst)
    }

    fn run(&self, campaign_dir: &Path, out_dir: &Path) -> Result<(), String> {
        let base = self.shared.snapshot().build();
        let edits = self.shared.edits.load(Ordering::SeqCst);
        let n = self.next.fetch_add(1, Ordering::SeqCst);
        let out = out_dir.join(format!("full-{n}"));
        self.build(campaign_dir, &out)?;
        let root = out
            .canonicalize()
            .map_err(|e| format!("cannot read {}: {e}", out.display()))?;
        let full = Arc::new(Generation {
            root,
            build: base,
            base_path: base_path(campaign_dir).unwrap_or_else(|| "/".into()),
            overlay: Overlay::new(),
            pending: Pending::default(),
        });
        let shared = &self.shared;
        shared.update(false, |s| {
            // The same pages as the web build it follows, so no reload.
            let current = s.failure.is_none()
                && s.site.as_ref().is_some_and(|g| g.build == base)
                && shared.edits.load(Ordering::SeqCst) == edits;
            if current {
                s.site = Some(full.clone());
            }
            s.full = Some(full);
        });
        Ok(())
    }

    fn cancel(&self) {
        self.cancelled.store(true, Ordering::SeqCst);
        if let Some(child) = self
            .running
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .as_mut()
        {
            let _ = child.kill();
        }
    }
}

/// The path part of `base_url` in `campaign.yaml` (`/` or `/sub/`), read on its
/// own: the build has validated the file already.
pub(super) fn base_path(campaign_dir: &Path) -> Option<String> {
    #[derive(serde::Deserialize)]
    struct OnlyBaseUrl {
        base_url: Option<String>,
    }
    let text = std::fs::read_to_string(campaign_dir.join("campaign.yaml")).ok()?;
    let url = serde_saphyr::from_str::<OnlyBaseUrl>(&text)
        .ok()?
        .base_url?;
    let after_scheme = url.split_once("://").map_or("", |(_, rest)| rest);
    let path = after_scheme.find('/').map_or("/", |i| &after_scheme[i..]);
    let path = path.split(['?', '#']).next().unwrap_or("/");
    let mut path = path.to_string();
    if !path.ends_with('/') {
        path.push('/');
    }
    Some(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_base_path_comes_from_base_url() {
        let tmp = tempfile::tempdir().unwrap();
        let yaml = |url: &str| {
            std::fs::write(
                tmp.path().join("campaign.yaml"),
                format!("id: x\n# a comment\nbase_url: {url}\nother: [1, 2]\n"),
            )
            .unwrap();
            base_path(tmp.path())
        };
        assert_eq!(yaml("https://example.org/").as_deref(), Some("/"));
        assert_eq!(yaml("https://example.org").as_deref(), Some("/"));
        assert_eq!(yaml("https://example.org/stop/").as_deref(), Some("/stop/"));
        assert_eq!(yaml("https://example.org/stop").as_deref(), Some("/stop/"));
    }

    #[test]
    fn the_snapshot_build_number_follows_the_latest_result() {
        let mut s = Snapshot::default();
        assert_eq!(s.build(), 0);
        s.site = Some(Arc::new(Generation {
            root: PathBuf::from("/x"),
            build: 3,
            base_path: "/".into(),
            overlay: Overlay::new(),
            pending: Pending::default(),
        }));
        assert_eq!(s.build(), 3);
        s.failure = Some(Arc::new(Failure {
            report: String::new(),
            errors: 1,
            build: 4,
        }));
        assert_eq!(s.build(), 4);
    }
}
