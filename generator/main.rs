//! The `faro` command line: a thin layer over the library, one file per command.

use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod cmd;

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
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Build(args) => cmd::build::run(args),
    }
}
