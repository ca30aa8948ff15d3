//! `faro stamp FILE…`: record that translations match their current original.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use faro::diagnostics::{Diagnostic, Diagnostics};

/// Arguments of `faro stamp`.
#[derive(clap::Args)]
pub struct Args {
    /// Translated pages (content/<lang>/…/*.md) that are up to date with their original.
    #[arg(required = true)]
    files: Vec<PathBuf>,
}

/// Runs the command.
pub fn run(args: Args) -> ExitCode {
    let mut failed = Diagnostics::new();
    for file in &args.files {
        let Some(dir) = campaign_of(file) else {
            failed.push(
                Diagnostic::error("stamp.no-campaign", "no campaign.yaml above this file")
                    .in_file(file),
            );
            continue;
        };
        let mut diags = Diagnostics::new();
        let Some(campaign) = faro::load(&dir, &mut diags) else {
            failed.extend(diags);
            continue;
        };
        match faro::stamp(&campaign, file) {
            Ok(hash) => println!("{}: translated_from \"{hash}\"", file.display()),
            Err(d) => failed.push(d),
        }
    }
    if failed.is_empty() {
        ExitCode::SUCCESS
    } else {
        super::print_diagnostics(failed);
        ExitCode::FAILURE
    }
}

fn campaign_of(file: &Path) -> Option<PathBuf> {
    let abs = file.canonicalize().ok()?;
    abs.ancestors()
        .find(|d| d.join("campaign.yaml").is_file())
        .map(Path::to_path_buf)
}
