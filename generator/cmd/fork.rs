//! `faro fork SOURCE NEW [--region NAME] [--locales LIST] [--default-locale L]`

use std::path::PathBuf;
use std::process::ExitCode;

use faro::fork::{fork, ForkOptions};

/// Arguments of `faro fork`.
#[derive(clap::Args)]
pub struct Args {
    /// The campaign to start from, such as campaigns/veneto.
    source: PathBuf,
    /// The new campaign folder (must not exist), such as campaigns/lombardia.
    new: PathBuf,
    /// The new region's name.
    #[arg(long)]
    region: Option<String>,
    /// Locales of the new campaign, comma-separated (default: the source's).
    #[arg(long, value_delimiter = ',')]
    locales: Option<Vec<String>>,
    /// Default locale of the new campaign.
    #[arg(long)]
    default_locale: Option<String>,
}

/// Runs the command.
pub fn run(args: Args) -> ExitCode {
    let options = ForkOptions {
        region: args.region,
        locales: args.locales,
        default_locale: args.default_locale,
    };
    match fork(&args.source, &args.new, &options) {
        Ok(r) => {
            println!(
                "{}: {} pages kept, {} seeded for new languages, {} regional passages turned into to-dos.\nNext: read {}/CHECKLIST.md and run `faro check {}`.",
                r.dir.display(),
                r.pages_kept,
                r.pages_seeded,
                r.regional_passages,
                r.dir.display(),
                r.dir.display()
            );
            ExitCode::SUCCESS
        }
        Err(diags) => {
            super::print_diagnostics(diags);
            ExitCode::FAILURE
        }
    }
}
