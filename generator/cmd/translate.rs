//! `faro translate export|import`: XLIFF for translators' CAT tools.

use std::path::PathBuf;
use std::process::ExitCode;

use faro::diagnostics::{Diagnostic, Diagnostics};
use faro::xliff::{export, import, ExportOptions, Version};

/// Arguments of `faro translate`.
#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    action: Action,
}

#[derive(clap::Subcommand)]
enum Action {
    /// Write every page segment and string missing or stale in a language into one XLIFF file.
    Export(ExportArgs),
    /// Write the translations of an XLIFF file into the campaign, after checking every segment.
    Import(ImportArgs),
}

#[derive(clap::Args)]
struct ExportArgs {
    /// The campaign folder.
    campaign: PathBuf,
    /// Language to translate into (a code such as `ar`).
    #[arg(long)]
    to: String,
    /// Language to translate from (default: the campaign's default language).
    #[arg(long)]
    from: Option<String>,
    /// Only the segments whose original changed since the last translation.
    #[arg(long)]
    only_changed: bool,
    /// XLIFF version: 2.0, or 1.2 for older CAT tools.
    #[arg(long, value_enum, default_value = "2.0")]
    xliff_version: Version,
    /// The XLIFF file to write.
    #[arg(short = 'o', long)]
    output: PathBuf,
}

#[derive(clap::Args)]
struct ImportArgs {
    /// The campaign folder.
    campaign: PathBuf,
    /// The translated XLIFF file.
    file: PathBuf,
}

/// Runs the command.
pub fn run(args: Args) -> ExitCode {
    let result = match args.action {
        Action::Export(a) => run_export(a),
        Action::Import(a) => run_import(a),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(diags) => {
            super::print_diagnostics(diags);
            ExitCode::FAILURE
        }
    }
}

fn load(campaign: &std::path::Path) -> Result<faro::Campaign, Diagnostics> {
    let mut diags = Diagnostics::new();
    match faro::load(campaign, &mut diags) {
        Some(c) if !diags.has_errors() => Ok(c),
        _ => Err(diags),
    }
}

fn single(d: Diagnostic) -> Diagnostics {
    let mut diags = Diagnostics::new();
    diags.push(d);
    diags
}

fn run_export(args: ExportArgs) -> Result<(), Diagnostics> {
    let campaign = load(&args.campaign)?;
    let options = ExportOptions {
        to: args.to,
        from: args.from,
        only_changed: args.only_changed,
        version: args.xliff_version,
    };
    let exported = export(&campaign, &options).map_err(single)?;
    std::fs::write(&args.output, &exported.xliff)
        .map_err(|e| single(faro::io_error(&args.output, &e)))?;
    println!(
        "{}: {} segments from {} files to translate into `{}`",
        args.output.display(),
        exported.units,
        exported.files,
        options.to
    );
    for key in &exported.without_history {
        println!("  {key}: its original changed, but the version it was translated from was not kept; exported whole");
    }
    Ok(())
}

fn run_import(args: ImportArgs) -> Result<(), Diagnostics> {
    let campaign = load(&args.campaign)?;
    let imported = import(&campaign, &args.file)?;
    for (path, review) in &imported.written {
        let status = review.map_or(String::new(), |r| format!(" (review: {})", r.name()));
        println!("wrote {}{status}", path.display());
    }
    for original in &imported.untouched {
        println!("skipped {original}: no translated segment");
    }
    Ok(())
}
