//! `faro check CAMPAIGN [--format json] [--strict]`

use std::path::PathBuf;
use std::process::ExitCode;

use faro::check;

/// Output formats.
#[derive(Clone, Copy, clap::ValueEnum)]
pub enum Format {
    /// Grouped lines for people.
    Human,
    /// A JSON document (docs/check-json.md).
    Json,
}

/// Arguments of `faro check`.
#[derive(clap::Args)]
pub struct Args {
    /// The campaign folder to check.
    campaign: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value = "human")]
    format: Format,
    /// Also fail on warnings (missing translations, unused strings…).
    #[arg(long)]
    strict: bool,
}

/// Runs the command: exit status 0 only when the campaign is ready.
pub fn run(args: Args) -> ExitCode {
    let report = check(&args.campaign, args.strict);
    match args.format {
        Format::Human => print!("{}", report.human()),
        Format::Json => println!(
            "{}",
            serde_json::to_string_pretty(&report).unwrap_or_default()
        ),
    }
    if report.ready {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
