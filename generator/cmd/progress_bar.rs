//! The progress bar `faro build` draws on a terminal.

use std::io::IsTerminal;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use faro::progress::{Progress, Stage};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// The progress bar of one build, stage by stage, with the pages counted. It
/// is drawn only on a terminal, without `--quiet`, and only once the build
/// has lasted a second (`FARO_PROGRESS_AFTER_MS` changes that, for tests), so
/// that a quick build prints just its summary, and a build whose error output
/// is not a terminal prints exactly what it would without a bar.
pub struct BuildBar {
    bar: ProgressBar,
    /// Set when the build is over; the bar is never shown after that.
    over: Arc<Mutex<bool>>,
}

impl BuildBar {
    /// A bar for the build of campaign `id`, hidden until it is due.
    pub fn new(id: &str, quiet: bool) -> BuildBar {
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden());
        bar.set_prefix(id.to_string());
        bar.set_style(spinner_style());
        let over = Arc::new(Mutex::new(false));
        if !quiet && std::io::stderr().is_terminal() {
            let delay = std::env::var("FARO_PROGRESS_AFTER_MS")
                .ok()
                .and_then(|ms| ms.parse().ok())
                .unwrap_or(1000);
            let (bar, over) = (bar.clone(), Arc::clone(&over));
            std::thread::spawn(move || {
                std::thread::sleep(Duration::from_millis(delay));
                // Under the lock, so that the bar never appears once
                // `finish` has run.
                let over = over.lock().unwrap_or_else(PoisonError::into_inner);
                if !*over {
                    bar.set_draw_target(ProgressDrawTarget::stderr());
                    bar.enable_steady_tick(Duration::from_millis(120));
                }
            });
        }
        BuildBar { bar, over }
    }

    /// Removes the bar (if it was drawn) before the build's report is printed.
    pub fn finish(&self) {
        *self.over.lock().unwrap_or_else(PoisonError::into_inner) = true;
        self.bar.finish_and_clear();
    }
}

impl Progress for BuildBar {
    fn stage(&self, stage: Stage, items: Option<u64>) {
        // In this order, no frame drawn in between shows a bar with the
        // wrong count or a count without its bar.
        match items {
            Some(n) => {
                self.bar.set_length(n);
                self.bar.set_position(0);
                self.bar.set_style(bar_style());
            }
            None => {
                self.bar.set_style(spinner_style());
                self.bar.unset_length();
                self.bar.set_position(0);
            }
        }
        self.bar.set_message(stage.label());
    }

    fn step(&self) {
        self.bar.inc(1);
    }
}

fn spinner_style() -> ProgressStyle {
    ProgressStyle::with_template("{spinner} {prefix}: {msg}")
        .unwrap_or_else(|_| ProgressStyle::default_spinner())
}

fn bar_style() -> ProgressStyle {
    ProgressStyle::with_template("{spinner} {prefix}: {msg} [{bar:30}] {pos}/{len}")
        .unwrap_or_else(|_| ProgressStyle::default_bar())
        .progress_chars("=> ")
}
