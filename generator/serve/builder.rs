//! The web builds of the preview: a full web-only build at the start and
//! after any edit it cannot follow otherwise, and re-rendering only what an
//! edit changed ([`crate::build::incremental`]) when it can.
//!
//! A full build writes a fresh numbered folder (`site-1`, `site-2`…). A
//! re-render publishes a new generation over the same folder, with the
//! re-rendered files held in memory ([`Generation::overlay`]) and served in
//! place of the folder's; then writes them into the folder (each a new file
//! renamed over the old one, so a request reads one whole file) and
//! publishes the generation again without them in memory. An edit that
//! re-renders many pages (a menu label, a string, a base template) publishes
//! the edited pages and those served last (open in a browser) first,
//! listing the others as pending ([`Generation::pending`]): a request for
//! one of those waits for the generation made once they are all written
//! into the folder, however many (every page, for a base template). No
//! request is ever answered with a page an edit changed, as it was before
//! the edit.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use super::site::{base_path, Failure, Generation, Outcome, Overlay, Pending, Shared};
use crate::build::incremental::{Applied, Rest, RestDone, Session};
use crate::build::BuildOptions;
use crate::diagnostics::render;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::output::staging::OutputFile;

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
    /// Counts the changes the watcher reported (serve/mod.rs).
    queued: Arc<AtomicU64>,
    /// That count when the edit being built was read: a larger one means a
    /// newer edit waits.
    seen: u64,
}

impl Builder {
    /// A builder of `campaign_dir` writing under `work_dir` (which it owns).
    pub(super) fn new(
        campaign_dir: &Path,
        work_dir: &Path,
        options: BuildOptions,
        shared: Arc<Shared>,
        queued: Arc<AtomicU64>,
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
            queued,
            seen: 0,
        }
    }

    /// Brings the preview up to date after a change of `changed` (empty: the
    /// first build, or an unknown change) and publishes the result; returns it
    /// with the time from the start to the new state being served.
    pub(super) fn rebuild(&mut self, changed: &[PathBuf]) -> (Outcome, Duration) {
        let start = Instant::now();
        self.seen = self.queued.load(Ordering::SeqCst);
        let number = self.next;
        self.next += 1;
        self.shared.edits.fetch_add(1, Ordering::SeqCst);
        if let Some((applied, last)) = self.follow(changed) {
            if let Some(outcome) = self.rerendered(applied, &last, number, start) {
                return (outcome, start.elapsed());
            }
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
                    pending: Pending::default(),
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

    /// Publishes what an edit re-rendered over `last`: the first batch
    /// from memory at once, then (written into the build's folder) with the
    /// rest, rendered straight into the folder. `None` when the rest cannot
    /// be made (then a full build follows).
    fn rerendered(
        &mut self,
        applied: Applied,
        last: &Generation,
        number: u64,
        start: Instant,
    ) -> Option<Outcome> {
        let Applied {
            report,
            files,
            mut rest,
        } = applied;
        let first_files = files.len();
        let has_rest = !rest.paths.is_empty();
        let pending = std::mem::take(&mut rest.paths);
        let first = self.publish_rerendered(files, last, number, pending);
        let served_after = start.elapsed();
        // Served from the folder from here on: memory holds no page for long.
        let written = write_overlay(&first);
        if !has_rest {
            if written.is_ok() {
                self.publish_written(&first, Pending::default());
            }
            return Some(Outcome::Rerendered(report, first_files, None));
        }
        written.ok()?;
        let done = self.follow_rest(rest, &first.root)?;
        let batch = super::FirstBatch {
            pages: first_files,
            served_after,
            left: done.left,
        };
        // Cut short by a newer edit, the first batch's generation stays,
        // all of the rest pending: that edit lists what is left again.
        if done.left == 0 {
            self.publish_written(&first, Pending::default());
        }
        let count = first_files + done.count;
        Some(Outcome::Rerendered(done.report, count, Some(batch)))
    }

    /// The edit followed by the kept session, if it can follow it (a panic
    /// in it counts as cannot); otherwise the session is dropped.
    /// Returns it with the generation to publish it over.
    fn follow(&mut self, changed: &[PathBuf]) -> Option<(Applied, Arc<Generation>)> {
        let last = self.published.clone()?;
        let session = self.session.as_mut()?;
        let open = self.shared.open_pages();
        let applied = guarded(|| Ok(session.apply(changed, &open))).ok().flatten();
        if applied.is_none() {
            self.session = None;
        }
        Some((applied?, last))
    }

    /// The pages an edit left for later, re-rendered by the kept session
    /// into the build folder `root`, with the report that follows, until a
    /// newer edit waits; otherwise the session is dropped.
    fn follow_rest(&mut self, rest: Rest, root: &Path) -> Option<RestDone> {
        let session = self.session.as_mut()?;
        let (queued, seen) = (&self.queued, self.seen);
        let newer_edit = || queued.load(Ordering::SeqCst) != seen;
        let sink = |file: OutputFile| {
            write_into(root, &file.path, &file.bytes).map_err(|e| {
                Diagnostic::error("output.io", format!("cannot write this file: {e}"))
                    .in_file(root.join(&file.path))
            })
        };
        let done = guarded(|| Ok(session.render_rest(rest, &newer_edit, &sink)))
            .ok()
            .flatten();
        if done.is_none() {
            self.session = None;
        }
        done
    }

    /// Publishes the last generation with `files` over it, and `pending` the
    /// files still being re-rendered; returns it. Open pages reload when
    /// the build number is a new one.
    fn publish_rerendered(
        &mut self,
        files: Vec<OutputFile>,
        last: &Generation,
        number: u64,
        pending: BTreeSet<String>,
    ) -> Arc<Generation> {
        let mut overlay = last.overlay.clone();
        for file in files {
            overlay.insert(file.path, Arc::new(file.bytes));
        }
        let site = Arc::new(Generation {
            root: last.root.clone(),
            build: number,
            base_path: last.base_path.clone(),
            overlay,
            pending: Arc::new(pending),
        });
        self.publish(site.clone());
        site
    }

    /// Publishes `written` again once its re-rendered files are in its
    /// folder: without them in memory, with `pending` the files still being
    /// re-rendered (the same build number: no reload).
    fn publish_written(&mut self, written: &Generation, pending: Pending) {
        self.publish(Arc::new(Generation {
            root: written.root.clone(),
            build: written.build,
            base_path: written.base_path.clone(),
            overlay: Overlay::new(),
            pending,
        }));
    }

    fn publish(&mut self, site: Arc<Generation>) {
        self.published = Some(site.clone());
        let announce = self.shared.snapshot().build() != site.build;
        self.shared.update(announce, |s| {
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

/// Writes every re-rendered file `site` holds in memory into its folder.
fn write_overlay(site: &Generation) -> std::io::Result<()> {
    for (path, bytes) in &site.overlay {
        write_into(&site.root, path, bytes)?;
    }
    Ok(())
}

/// Writes the file at `path` into the build folder `root`, as a new file renamed over
/// the one there: a request reads the old file or the new one, whole.
fn write_into(root: &Path, path: &str, bytes: &[u8]) -> std::io::Result<()> {
    let path = root.join(path);
    let dir = path.parent().unwrap_or(root);
    std::fs::create_dir_all(dir)?;
    let mut new = tempfile::NamedTempFile::new_in(dir)?;
    std::io::Write::write_all(&mut new, bytes)?;
    new.persist(&path).map_err(|e| e.error)?;
    Ok(())
}
