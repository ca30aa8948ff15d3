//! The `faro` command line: a thin layer over the library, one file per command.

use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod cmd;

// Building thousands of pages on several threads allocates millions of small
// strings; glibc's allocator spent a fifth of the build in malloc and free.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc gives memory that was freed back to the system after its
/// `purge_delay` (1 s by default), and each page of it taken again is a page
/// fault. A print build frees and takes again hundreds of megabytes (pages
/// drawn, layouts memoised), for seconds under load: with 10 s the pilot's
/// cold build takes about half the page faults (~125k -> ~62k, benches/
/// RESULTS.md, thirteenth session), and an idle `faro serve` still gives
/// its memory back. (The environment variable `MIMALLOC_PURGE_DELAY` still
/// overrides it: mimalloc reads it first.)
fn keep_freed_memory_longer() {
    // `mi_option_purge_delay` in mimalloc.h (libmimalloc-sys 0.1.49, mimalloc
    // 3.3), which the Rust crates name no constant for.
    const MI_OPTION_PURGE_DELAY: std::ffi::c_int = 15;
    unsafe extern "C" {
        fn mi_option_set_default(option: std::ffi::c_int, value: std::ffi::c_long);
    }
    // SAFETY: a plain C call with no pointers; mimalloc is linked in as the
    // global allocator, and setting an option is allowed at any time.
    unsafe { mi_option_set_default(MI_OPTION_PURGE_DELAY, 10_000) }
}

/// Faro turns a campaign folder into a multilingual awareness microsite.
#[derive(Parser)]
#[command(name = "faro", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Build campaigns into static sites (default: every campaign under campaigns/).
    Build(cmd::build::Args),
    /// Report everything that would fail a build, plus every replication to-do.
    Check(cmd::check::Args),
    /// Start a new campaign from an existing one, every regional fact a to-do.
    Fork(cmd::fork::Args),
    /// Record that translated pages match the current version of their original.
    Stamp(cmd::stamp::Args),
    /// Preview a campaign while editing it: build, serve on localhost, rebuild and reload on every edit.
    Serve(cmd::serve::Args),
    /// Exchange translations with CAT tools as XLIFF: export what is missing or stale, import what comes back.
    Translate(cmd::translate::Args),
}

fn main() -> ExitCode {
    keep_freed_memory_longer();
    let cli = Cli::parse();
    match cli.command {
        Command::Build(args) => cmd::build::run(args),
        Command::Check(args) => cmd::check::run(args),
        Command::Fork(args) => cmd::fork::run(args),
        Command::Stamp(args) => cmd::stamp::run(args),
        Command::Serve(args) => cmd::serve::run(args),
        Command::Translate(args) => cmd::translate::run(args),
    }
}
