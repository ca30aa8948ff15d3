//! Ctrl-C and SIGTERM, for the commands that must tidy up before they end:
//! `faro serve` (its temporary folder) and `faro build` (its staging folder).

use std::io;

/// Ctrl-C, and on Unix also SIGTERM.
pub(crate) struct StopSignal {
    #[cfg(unix)]
    interrupt: tokio::signal::unix::Signal,
    #[cfg(unix)]
    terminate: tokio::signal::unix::Signal,
}

impl StopSignal {
    /// Starts catching the signals (inside a runtime context).
    pub(crate) fn install() -> io::Result<StopSignal> {
        #[cfg(unix)]
        {
            use tokio::signal::unix::{signal, SignalKind};
            Ok(StopSignal {
                interrupt: signal(SignalKind::interrupt())?,
                terminate: signal(SignalKind::terminate())?,
            })
        }
        #[cfg(not(unix))]
        {
            Ok(StopSignal {})
        }
    }

    /// Waits for a signal; returns the exit status that tells which one a
    /// shell expects (128 + the signal's number: 130 for Ctrl-C).
    pub(crate) async fn wait(mut self) -> i32 {
        #[cfg(unix)]
        tokio::select! {
            _ = self.interrupt.recv() => 130,
            _ = self.terminate.recv() => 143,
        }
        #[cfg(not(unix))]
        {
            let _ = &mut self;
            let _ = tokio::signal::ctrl_c().await;
            130
        }
    }
}

/// From now on, Ctrl-C or SIGTERM runs `cleanup` and ends the process with
/// the status a shell expects. For commands that have no runtime of their own:
/// the signals are waited for on a thread with a small one.
pub fn exit_on_stop(cleanup: fn()) -> io::Result<()> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    // Caught from here on, before this returns: none is missed in between.
    let signal = {
        let _context = runtime.enter();
        StopSignal::install()?
    };
    std::thread::Builder::new()
        .name("faro-stop".into())
        .spawn(move || {
            let status = runtime.block_on(signal.wait());
            cleanup();
            std::process::exit(status);
        })?;
    Ok(())
}
