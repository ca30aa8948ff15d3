//! The web builds of the preview: a full web-only build at the start and
//! after any edit it cannot follow otherwise, and re-rendering only what an
//! edit changed ([`crate::build::incremental`]) when it can.
//!
//! A full build writes a fresh numbered folder (`site-1`, `site-2`…). A
//! re-render publishes a new generation over the same folder, with the
//! re-rendered files held in memory ([`Generation::overlay`]) and served in
//! place of the folder's; nothing on disk changes, so a request reads one
//! complete state either way.

use std::path::{Path, PathBuf};
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::{Duration, Instant};

use super::site::{base_path, Failure, Generation, Outcome, Overlay, Shared};
use crate::build::incremental::{Applied, Session};
use crate::build::{BuildOptions, BuildReport};
use crate::diagnostics::render;
use crate::diagnostics::{Diagnostic, Diagnostics};

/// Builds the campaign for the web and publishes each result.
pub(super) struct Builder {
    campaign_dir: PathBuf,
    work_dir: PathBuf,
    options: BuildOptions,
    shared: Arc<Shared>,
    next: u64,
    /// The last full build kept in memory, while it can follow edits.
    session: Option<Session>,
    /// The generation this builder published last, when it succeeded.
    published: Option<Arc<Generation>>,
}

impl Builder {
    /// A builder of `campaign_dir` writing under `work_dir` (which it owns).
    pub(super) fn new(
        campaign_dir: &Path,
        work_dir: &Path,
        options: BuildOptions,
        shared: Arc<Shared>,
    ) -> Builder {
        Builder {
            campaign_dir: campaign_dir.to_path_buf(),
            work_dir: work_dir.to_path_buf(),
            options: BuildOptions {
                web_only: true,
                ..options
            },
            shared,
            next: 1,
            session: None,
            published: None,
        }
    }

    /// Brings the preview up to date after a change of `changed` (empty: the
    /// first build, or an unknown change) and publishes the result; returns it
    /// with the time from the start to the new state being served.
    pub(super) fn rebuild(&mut self, changed: &[PathBuf]) -> (Outcome, Duration) {
        let start = Instant::now();
        let number = self.next;
        self.next += 1;
        self.shared.edits.fetch_add(1, Ordering::SeqCst);
        if let Some((applied, last)) = self.follow(changed) {
            let files = applied.files.len();
            let report = self.publish_rerendered(applied, &last, number);
            return (Outcome::Rerendered(report, files), start.elapsed());
        }
        let out = self.work_dir.join(format!("site-{number}"));
        let (result, session) =
            guarded(|| Ok(Session::build(&self.campaign_dir, &out, &self.options)))
                .unwrap_or_else(|d| (Err(d), None));
        self.session = session;
        let result = result.and_then(|report| match out.canonicalize() {
            Ok(root) => Ok((report, root)),
            Err(e) => Err(Diagnostic::error(
                "output.io",
                format!("cannot read the built site: {e}"),
            )
            .in_file(&out)
            .into()),
        });
        let outcome = match result {
            Ok((report, root)) => {
                let site = Arc::new(Generation {
                    root,
                    build: number,
                    base_path: base_path(&self.campaign_dir).unwrap_or_else(|| "/".into()),
                    overlay: Overlay::new(),
                });
                self.publish(site);
                Outcome::Built(report)
            }
            Err(diags) => {
                self.session = None;
                self.published = None;
                let failure = Failure {
                    report: render::human(&diags.clone().sorted(), false),
                    errors: diags.error_count(),
                    build: number,
                };
                self.shared
                    .update(true, |s| s.failure = Some(Arc::new(failure)));
                Outcome::Failed(diags)
            }
        };
        (outcome, start.elapsed())
    }

    /// The edit followed by the kept session, if it can follow it (a panic
    /// in it counts as cannot); otherwise the session is dropped.
    /// Returns it with the generation to publish it over.
    fn follow(&mut self, changed: &[PathBuf]) -> Option<(Applied, Arc<Generation>)> {
        let last = self.published.clone()?;
        let session = self.session.as_mut()?;
        let applied = guarded(|| Ok(session.apply(changed))).ok().flatten();
        if applied.is_none() {
            self.session = None;
        }
        Some((applied?, last))
    }

    /// Publishes the last generation with `applied`'s files over it.
    fn publish_rerendered(
        &mut self,
        applied: Applied,
        last: &Generation,
        number: u64,
    ) -> BuildReport {
        let mut overlay = last.overlay.clone();
        for file in applied.files {
            overlay.insert(file.path.clone(), Arc::new(file.bytes));
        }
        let site = Arc::new(Generation {
            root: last.root.clone(),
            build: number,
            base_path: last.base_path.clone(),
            overlay,
        });
        self.publish(site);
        applied.report
    }

    fn publish(&mut self, site: Arc<Generation>) {
        self.published = Some(site.clone());
        self.shared.update(true, |s| {
            s.site = Some(site);
            s.failure = None;
        });
    }
}

/// Runs `work`, turning a panic into a diagnostic: a bug in a build step must
/// not end the preview.
fn guarded<T>(work: impl FnOnce() -> Result<T, Diagnostics>) -> Result<T, Diagnostics> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(work)).unwrap_or_else(|panic| {
        let what = panic
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        Err(Diagnostic::error(
            "build.panic",
            format!("the build stopped on an internal error: {what}"),
        )
        .with_hint("this is a bug in Faro; please report it with the files that trigger it")
        .into())
    })
}
