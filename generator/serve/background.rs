//! Work that follows an edit without the web preview waiting for it.
//!
//! The web preview is rebuilt first and served at once; slower outputs (the
//! print assets of issue 4: posters, flyers, wallet cards, share images) are
//! [`Task`]s that run afterwards on their own thread, only when one of their
//! inputs changed. Edits that arrive while a task runs are merged into one
//! later run, so a burst of saves never queues a burst of print builds.
//!
//! `faro serve` has one task: the complete build (`site::FullBuild`), which
//! makes the print and social assets and the replication kit that its quick
//! web-only rebuilds leave out.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// A slow output rebuilt in the background.
pub(crate) trait Task: Send + Sync {
    /// Shown in the log, such as "print assets".
    fn name(&self) -> &str;
    /// True when a change to any of `changed` (empty: unknown) requires a run.
    fn affected_by(&self, changed: &[PathBuf]) -> bool;
    /// Builds the output of `campaign_dir` into `out_dir`; a failure is the
    /// diagnostics as people read them.
    fn run(&self, campaign_dir: &Path, out_dir: &Path) -> Result<(), String>;
    /// Stops a run in progress, from another thread, as soon as possible.
    fn cancel(&self) {}
}

/// How a background run went, for the log.
pub struct Finished {
    /// The task's name.
    pub task: String,
    /// Its result.
    pub result: Result<(), String>,
    /// How long it took.
    pub took: Duration,
}

type Tasks = Arc<Vec<Box<dyn Task>>>;

/// The background worker. [`Background::stop`] cancels what runs and waits for
/// the worker to end; [`Background::finish`] lets the scheduled runs complete.
pub(crate) struct Background {
    tasks: Tasks,
    stopped: Arc<AtomicBool>,
    tx: Option<Sender<Vec<PathBuf>>>,
    worker: Option<JoinHandle<()>>,
}

impl Background {
    /// Starts a worker for `tasks` (none: no thread at all). Each task writes
    /// under `out_root/<index>`; `done` hears about every run.
    pub(crate) fn start(
        tasks: Vec<Box<dyn Task>>,
        campaign_dir: &Path,
        out_root: &Path,
        done: impl Fn(Finished) + Send + 'static,
    ) -> Background {
        let tasks: Tasks = Arc::new(tasks);
        let stopped = Arc::new(AtomicBool::new(false));
        if tasks.is_empty() {
            return Background {
                tasks,
                stopped,
                tx: None,
                worker: None,
            };
        }
        let (tx, rx) = mpsc::channel();
        let campaign_dir = campaign_dir.to_path_buf();
        let out_root = out_root.to_path_buf();
        let (shared, stop) = (tasks.clone(), stopped.clone());
        let worker = std::thread::Builder::new()
            .name("faro-background".into())
            .spawn(move || work(&shared, &campaign_dir, &out_root, &rx, &stop, &done))
            .ok();
        Background {
            tasks,
            stopped,
            tx: Some(tx),
            worker,
        }
    }

    /// Asks for the tasks affected by `changed` to run; returns at once.
    pub(crate) fn schedule(&self, changed: &[PathBuf]) {
        if let Some(tx) = &self.tx {
            let _ = tx.send(changed.to_vec());
        }
    }

    /// Drops what is scheduled, cancels what runs, and waits for the worker.
    pub(crate) fn stop(mut self) {
        self.tx = None;
        self.stopped.store(true, Ordering::SeqCst);
        for task in self.tasks.iter() {
            task.cancel();
        }
        self.join();
    }

    /// Lets the worker run what is scheduled, and waits for it to end.
    #[cfg(test)]
    pub(crate) fn finish(mut self) {
        self.tx = None;
        self.join();
    }

    fn join(&mut self) {
        if let Some(worker) = self.worker.take() {
            let _ = worker.join();
        }
    }
}

fn work(
    tasks: &[Box<dyn Task>],
    campaign_dir: &Path,
    out_root: &Path,
    rx: &Receiver<Vec<PathBuf>>,
    stopped: &AtomicBool,
    done: &dyn Fn(Finished),
) {
    while let Ok(first) = rx.recv() {
        // Merge whatever else arrived meanwhile: only the latest state matters.
        let mut unknown = first.is_empty();
        let mut changed: BTreeSet<PathBuf> = first.into_iter().collect();
        for more in rx.try_iter() {
            unknown |= more.is_empty();
            changed.extend(more);
        }
        let changed: Vec<PathBuf> = if unknown {
            Vec::new()
        } else {
            changed.into_iter().collect()
        };
        for (i, task) in tasks.iter().enumerate() {
            if stopped.load(Ordering::SeqCst) {
                return;
            }
            if task.affected_by(&changed) {
                let start = Instant::now();
                let result = task.run(campaign_dir, &out_root.join(i.to_string()));
                if stopped.load(Ordering::SeqCst) {
                    return;
                }
                done(Finished {
                    task: task.name().to_string(),
                    result,
                    took: start.elapsed(),
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::{Arc, Mutex};

    /// Records what it was asked about; each run waits for the test's go-ahead.
    struct Gated {
        seen: Arc<Mutex<Vec<Vec<PathBuf>>>>,
        started: Mutex<Sender<()>>,
        go: Mutex<Receiver<()>>,
    }

    impl Task for Gated {
        fn name(&self) -> &str {
            "gated"
        }
        fn affected_by(&self, changed: &[PathBuf]) -> bool {
            self.seen.lock().unwrap().push(changed.to_vec());
            !changed.iter().any(|p| p.ends_with("skip"))
        }
        fn run(&self, _: &Path, _: &Path) -> Result<(), String> {
            self.started.lock().unwrap().send(()).unwrap();
            self.go.lock().unwrap().recv().unwrap();
            Ok(())
        }
    }

    #[test]
    fn scheduling_returns_at_once_and_a_burst_is_one_run() {
        let seen = Arc::new(Mutex::new(Vec::new()));
        let (started_tx, started) = mpsc::channel();
        let (go, go_rx) = mpsc::channel();
        let (done_tx, done) = mpsc::channel();
        let task = Gated {
            seen: seen.clone(),
            started: Mutex::new(started_tx),
            go: Mutex::new(go_rx),
        };
        let bg = Background::start(
            vec![Box::new(task)],
            Path::new("."),
            Path::new("."),
            move |f: Finished| done_tx.send(f.task).unwrap(),
        );
        bg.schedule(&["a.md".into()]);
        started.recv().unwrap();
        // The first run is still going: these calls only queue.
        for name in ["b.md", "c.md", "b.md"] {
            bg.schedule(&[name.into()]);
        }
        go.send(()).unwrap();
        started.recv().unwrap();
        go.send(()).unwrap();
        bg.schedule(&["skip".into()]);
        bg.finish();
        assert_eq!(done.try_iter().count(), 2);
        let seen = seen.lock().unwrap();
        assert_eq!(seen[1], vec![PathBuf::from("b.md"), PathBuf::from("c.md")]);
        assert_eq!(seen.len(), 3);
    }

    #[test]
    fn no_task_means_no_thread() {
        let bg = Background::start(Vec::new(), Path::new("."), Path::new("."), |_| {});
        assert!(bg.worker.is_none());
        bg.schedule(&[]);
    }
}
