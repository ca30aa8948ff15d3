//! Watching the campaign and the project's shared folders for edits.
//!
//! The operating system's notifications (inotify on Linux) come through
//! `notify`; where they cannot be had (too many watches, an unsupported file
//! system) a polling watcher takes over. Events are filtered (reads, editor
//! swap and backup files) and then debounced here rather than by a debouncer
//! crate: all that matters is to wait until an editor has finished saving (a
//! short quiet spell). Which files changed decides whether the edit can be
//! followed by re-rendering only what it changed (build/incremental.rs), and
//! is shown in the log line.
//!
//! notify-debouncer-full was measured against this (issue 16, sixth session)
//! and not taken: its thread wakes every quarter of the debounce time whether
//! or not anything changed, so with our 10 ms quiet spell a preview left open
//! on the pilot made 1,886 context switches in 5 idle seconds (a wake-up every
//! 2.5 ms, on a laptop's battery), against 1 for `notify` feeding the blocking
//! [`next_batch`] below. A longer debounce time would delay every rebuild by
//! it; and the crate times each event on its own, so one save can come out as
//! two batches (two rebuilds) where [`next_batch`] waits for the quiet spell
//! after the last event, up to [`MAX_DELAY`].

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, SendError, Sender};
use std::sync::Arc;
use std::time::{Duration, Instant};

use notify::event::{AccessKind, AccessMode};
use notify::{EventKind, PollWatcher, RecursiveMode, Watcher};

use crate::campaign::project::Project;

/// How long the files must stay quiet before a rebuild starts.
pub(super) const QUIET: Duration = Duration::from_millis(10);
/// The longest a stream of changes can delay a rebuild.
pub(super) const MAX_DELAY: Duration = Duration::from_millis(150);
/// How often the polling fallback looks at the files.
const POLL_INTERVAL: Duration = Duration::from_millis(250);

/// A message to the rebuild loop.
#[derive(Debug)]
pub(super) enum Message {
    /// These files changed (empty: something changed, unknown what).
    Changed(Vec<PathBuf>),
    /// Stop the loop.
    Stop,
}

/// The sending end of the rebuild loop's messages, which counts them: the
/// builder reads the count to know when a newer edit waits (it then leaves
/// what an edit's re-render has left for the next one).
#[derive(Clone)]
pub(super) struct Changes {
    tx: Sender<Message>,
    sent: Arc<AtomicU64>,
}

impl Changes {
    /// Sends `message`, counted in the count [`channel`] was given.
    pub(super) fn send(&self, message: Message) -> Result<(), SendError<Message>> {
        self.sent.fetch_add(1, Ordering::SeqCst);
        self.tx.send(message)
    }
}

/// A channel to the rebuild loop whose messages are counted in `sent`.
pub(super) fn channel(sent: Arc<AtomicU64>) -> (Changes, Receiver<Message>) {
    let (tx, rx) = mpsc::channel();
    (Changes { tx, sent }, rx)
}

/// The folders an edit to which changes the site: the campaign, and the
/// project's shared templates, themes and locales when it has them on disk
/// (otherwise the copies embedded in the binary are used, which cannot change).
pub(super) fn inputs(campaign_dir: &Path) -> Vec<PathBuf> {
    let mut dirs = vec![campaign_dir.to_path_buf()];
    if let Some(root) = Project::locate(campaign_dir).root {
        for shared in ["templates", "themes", "locales"] {
            let dir = root.join(shared);
            if dir.is_dir() {
                dirs.push(dir);
            }
        }
    }
    dirs
}

/// A running watcher; dropping it stops watching.
pub(super) struct Watch {
    _watcher: Box<dyn Watcher + Send>,
    /// True when the polling fallback is in use.
    pub polling: bool,
}

/// Watches `dirs` recursively, sending every relevant change to `tx`.
/// Falls back to polling when notifications cannot be had.
pub(super) fn start(dirs: &[PathBuf], tx: Changes) -> notify::Result<Watch> {
    let native = {
        let tx = tx.clone();
        notify::recommended_watcher(move |r| forward(r, &tx)).and_then(|mut w| {
            for dir in dirs {
                w.watch(dir, RecursiveMode::Recursive)?;
            }
            Ok(w)
        })
    };
    match native {
        Ok(w) => Ok(Watch {
            _watcher: Box::new(w),
            polling: false,
        }),
        Err(_) => {
            let config = notify::Config::default()
                .with_poll_interval(POLL_INTERVAL)
                .with_compare_contents(false);
            let mut w = PollWatcher::new(move |r| forward(r, &tx), config)?;
            for dir in dirs {
                w.watch(dir, RecursiveMode::Recursive)?;
            }
            Ok(Watch {
                _watcher: Box::new(w),
                polling: true,
            })
        }
    }
}

fn forward(result: notify::Result<notify::Event>, tx: &Changes) {
    let paths = match result {
        Ok(event) if event.need_rescan() => Vec::new(),
        Ok(event) if relevant(&event.kind) => {
            let paths: Vec<PathBuf> = event.paths.into_iter().filter(|p| !ignored(p)).collect();
            if paths.is_empty() {
                return;
            }
            paths
        }
        Ok(_) => return,
        // The watcher lost track (an overflowing queue, a removed folder):
        // rebuilding is cheap, missing an edit is not.
        Err(_) => Vec::new(),
    };
    let _ = tx.send(Message::Changed(paths));
}

/// Reading a file (the build itself reads every input) is not a change.
fn relevant(kind: &EventKind) -> bool {
    match kind {
        EventKind::Access(AccessKind::Close(AccessMode::Write)) => true,
        EventKind::Access(_) => false,
        _ => true,
    }
}

/// Files editors write beside the real ones: swap, backup and lock files.
fn ignored(path: &Path) -> bool {
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
        return false;
    };
    name.ends_with('~')
        || name.starts_with(".#")
        || (name.starts_with('#') && name.ends_with('#'))
        || name == "4913"
        || [".swp", ".swo", ".swx", ".tmp", ".crdownload"]
            .iter()
            .any(|ext| name.ends_with(ext))
        || name.contains(".faro-staging-")
}

/// Waits for the next change, then for the files to stay quiet for [`QUIET`]
/// (at most [`MAX_DELAY`] in all). Returns what changed, or `None` when told to
/// stop or when every sender is gone.
pub(super) fn next_batch(rx: &Receiver<Message>) -> Option<Vec<PathBuf>> {
    let mut changed = match rx.recv() {
        Ok(Message::Changed(paths)) => paths,
        Ok(Message::Stop) | Err(_) => return None,
    };
    let first = Instant::now();
    loop {
        let wait = QUIET.min(MAX_DELAY.saturating_sub(first.elapsed()));
        if wait.is_zero() {
            break;
        }
        match rx.recv_timeout(wait) {
            Ok(Message::Changed(paths)) => changed.extend(paths),
            Ok(Message::Stop) | Err(RecvTimeoutError::Disconnected) => return None,
            Err(RecvTimeoutError::Timeout) => break,
        }
    }
    changed.sort();
    changed.dedup();
    Some(changed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn editor_leftovers_are_ignored() {
        for name in ["a.md~", ".a.md.swp", "4913", ".#a.md", "#a.md#", "x.tmp"] {
            assert!(ignored(Path::new(name)), "{name}");
        }
        for name in ["a.md", "campaign.yaml", "campaign.ftl", "base.html"] {
            assert!(!ignored(Path::new(name)), "{name}");
        }
    }

    #[test]
    fn reads_are_not_changes() {
        use notify::event::{CreateKind, ModifyKind};
        assert!(!relevant(&EventKind::Access(AccessKind::Open(
            AccessMode::Any
        ))));
        assert!(!relevant(&EventKind::Access(AccessKind::Close(
            AccessMode::Read
        ))));
        assert!(relevant(&EventKind::Access(AccessKind::Close(
            AccessMode::Write
        ))));
        assert!(relevant(&EventKind::Modify(ModifyKind::Any)));
        assert!(relevant(&EventKind::Create(CreateKind::File)));
    }

    #[test]
    fn a_burst_of_changes_is_one_batch() {
        let (tx, rx) = std::sync::mpsc::channel();
        tx.send(Message::Changed(vec!["b".into()])).unwrap();
        tx.send(Message::Changed(vec!["a".into(), "b".into()]))
            .unwrap();
        tx.send(Message::Changed(vec![])).unwrap();
        let batch = next_batch(&rx).unwrap();
        assert_eq!(batch, vec![PathBuf::from("a"), PathBuf::from("b")]);
        tx.send(Message::Stop).unwrap();
        assert!(next_batch(&rx).is_none());
    }

    #[test]
    fn an_edit_is_noticed() {
        let tmp = tempfile::tempdir().unwrap();
        let sent = Arc::new(AtomicU64::new(0));
        let (tx, rx) = channel(sent.clone());
        let _watch = start(&[tmp.path().to_path_buf()], tx).unwrap();
        std::fs::write(tmp.path().join("page.md"), "hello").unwrap();
        let deadline = Instant::now() + Duration::from_secs(10);
        let mut seen = false;
        while !seen && Instant::now() < deadline {
            if let Ok(Message::Changed(paths)) = rx.recv_timeout(Duration::from_millis(100)) {
                seen = paths.iter().any(|p| p.ends_with("page.md"));
            }
        }
        assert!(seen, "no change reported for page.md");
        assert!(
            sent.load(Ordering::SeqCst) >= 1,
            "the change was not counted"
        );
    }
}
