//! What the preview serves, and how a rebuild replaces it.
//!
//! Every build writes into a fresh folder of the preview's private temporary
//! folder (`site-1`, `site-2`…). A successful build becomes the served site by
//! swapping one pointer, so a request always reads one complete build, never a
//! half-replaced folder; a failed build keeps the previous site for styles and
//! images and makes every HTML request show the error page. A superseded build
//! folder is deleted once no request still reads from it.

use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use tokio::sync::watch;

use crate::build::{build, BuildOptions, BuildReport};
use crate::diagnostics::Diagnostics;
use crate::report;

/// One successful build, as served.
#[derive(Debug)]
pub struct Generation {
    /// The build's folder, canonical (requests are checked against it).
    pub root: PathBuf,
    /// Its build number.
    pub build: u64,
    /// The path the site is published under (`/` or `/sub/`), from `base_url`.
    pub base_path: String,
}

/// The last build that failed, while no later build succeeded.
#[derive(Debug)]
pub struct Failure {
    /// The diagnostics as `faro build` prints them (without colours).
    pub report: String,
    /// How many of them are errors.
    pub errors: usize,
    /// Its build number.
    pub build: u64,
}

/// What requests see: the last good site, and the failure that followed it.
#[derive(Debug, Default, Clone)]
pub struct Snapshot {
    /// The last successful build, if any.
    pub site: Option<Arc<Generation>>,
    /// Set while the latest build failed.
    pub failure: Option<Arc<Failure>>,
}

impl Snapshot {
    /// The number of the latest finished build (0 before the first).
    pub fn build(&self) -> u64 {
        match (&self.failure, &self.site) {
            (Some(f), _) => f.build,
            (None, Some(s)) => s.build,
            (None, None) => 0,
        }
    }
}

/// The state shared by the builder and the request handlers.
pub struct Shared {
    current: RwLock<Snapshot>,
    builds: watch::Sender<u64>,
}

impl Shared {
    /// Nothing built yet.
    pub fn new() -> Arc<Shared> {
        Arc::new(Shared {
            current: RwLock::new(Snapshot::default()),
            builds: watch::Sender::new(0),
        })
    }

    /// What a request should serve, right now.
    pub fn snapshot(&self) -> Snapshot {
        self.current
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone()
    }

    /// A receiver told the number of every finished build.
    pub fn subscribe(&self) -> watch::Receiver<u64> {
        self.builds.subscribe()
    }

    fn publish(&self, snapshot: Snapshot) {
        let build = snapshot.build();
        *self
            .current
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = snapshot;
        self.builds.send_replace(build);
    }
}

/// How one build went.
pub enum Outcome {
    /// The site was rebuilt and is now served.
    Built(BuildReport),
    /// The campaign did not build; the error page is now served.
    Failed(Diagnostics),
}

/// Builds the campaign into numbered folders and publishes each result.
pub struct Builder {
    campaign_dir: PathBuf,
    work_dir: PathBuf,
    options: BuildOptions,
    shared: Arc<Shared>,
    next: u64,
    retired: Vec<Arc<Generation>>,
}

impl Builder {
    /// A builder of `campaign_dir` writing under `work_dir` (which it owns).
    pub fn new(
        campaign_dir: &Path,
        work_dir: &Path,
        options: BuildOptions,
        shared: Arc<Shared>,
    ) -> Builder {
        Builder {
            campaign_dir: campaign_dir.to_path_buf(),
            work_dir: work_dir.to_path_buf(),
            options,
            shared,
            next: 1,
            retired: Vec::new(),
        }
    }

    /// Builds once and publishes the result; returns it with the time from
    /// the start of the build to the new state being served.
    pub fn rebuild(&mut self) -> (Outcome, Duration) {
        let start = Instant::now();
        let number = self.next;
        self.next += 1;
        let out = self.work_dir.join(format!("site-{number}"));
        // A bug that panics inside the build must not end the preview.
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            build(&self.campaign_dir, &out, &self.options)
        }))
        .unwrap_or_else(|panic| {
            let what = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            Err(crate::diagnostics::Diagnostic::error(
                "build.panic",
                format!("the build stopped on an internal error: {what}"),
            )
            .with_hint("this is a bug in Faro; please report it with the files that trigger it")
            .into())
        });
        let mut snapshot = self.shared.snapshot();
        let outcome = match result {
            Ok(report) => match out.canonicalize() {
                Ok(root) => {
                    let base_path = base_path(&self.campaign_dir)
                        .or_else(|| snapshot.site.as_ref().map(|s| s.base_path.clone()))
                        .unwrap_or_else(|| "/".into());
                    if let Some(old) = snapshot.site.take() {
                        self.retired.push(old);
                    }
                    snapshot.site = Some(Arc::new(Generation {
                        root,
                        build: number,
                        base_path,
                    }));
                    snapshot.failure = None;
                    Outcome::Built(report)
                }
                Err(e) => {
                    let d = crate::diagnostics::Diagnostic::error(
                        "output.io",
                        format!("cannot read the built site: {e}"),
                    )
                    .in_file(&out);
                    self.fail(&mut snapshot, d.into(), number)
                }
            },
            Err(diags) => self.fail(&mut snapshot, diags, number),
        };
        self.shared.publish(snapshot);
        let elapsed = start.elapsed();
        self.sweep();
        (outcome, elapsed)
    }

    fn fail(&self, snapshot: &mut Snapshot, diags: Diagnostics, number: u64) -> Outcome {
        snapshot.failure = Some(Arc::new(Failure {
            report: report::human(&diags.clone().sorted(), false),
            errors: diags.error_count(),
            build: number,
        }));
        Outcome::Failed(diags)
    }

    /// Deletes the folders of superseded builds that no request reads any more.
    /// (A retired build is no longer published, so its count can only fall.)
    fn sweep(&mut self) {
        self.retired.retain(|g| {
            if Arc::strong_count(g) > 1 {
                return true;
            }
            let _ = std::fs::remove_dir_all(&g.root);
            false
        });
    }
}

/// The path part of `base_url` in `campaign.yaml` (`/` or `/sub/`), read on its
/// own: the build has validated the file already.
pub fn base_path(campaign_dir: &Path) -> Option<String> {
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
