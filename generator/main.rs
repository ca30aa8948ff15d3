//! The `faro` command line: a thin layer over the library, one file per command.

use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod cmd;

// Building thousands of pages on several threads allocates millions of small
// strings; glibc's allocator spent a fifth of the build in malloc and free.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
