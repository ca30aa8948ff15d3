//! `faro fork SOURCE NEW [--region NAME] [--country CC] [--locales LIST] [--default-locale L]`

use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use faro::{fork, ForkOptions};

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
    /// The new region's country, as a two-letter code such as IT or AT (asked
    /// when omitted on a terminal; default: the source's). National facts,
    /// such as a national helpline, are kept only in the same country.
    #[arg(long)]
    country: Option<String>,
    /// Locales of the new campaign, comma-separated (default: the source's).
    #[arg(long, value_delimiter = ',')]
    locales: Option<Vec<String>>,
    /// Default locale of the new campaign.
    #[arg(long)]
    default_locale: Option<String>,
}

/// Runs the command.
pub fn run(args: Args) -> ExitCode {
    let country = args.country.or_else(|| ask_country(&args.source));
    let options = ForkOptions {
        region: args.region,
        locales: args.locales,
        default_locale: args.default_locale,
        country,
    };
    match fork(&args.source, &args.new, &options) {
        Ok(r) => {
            let country = if r.same_country {
                format!("same country ({}): national facts kept", r.country)
            } else {
                format!(
                    "another country ({}): national facts turned into to-dos",
                    r.country
                )
            };
            let dir = r.dir.display();
            println!(
                "{dir}: {} pages kept, {} seeded for new languages, {} passages to adapt kept in place; {country}.\nNext: read {dir}/CHECKLIST.md and run `faro check {dir}`.",
                r.pages_kept, r.pages_seeded, r.regional_passages,
            );
            ExitCode::SUCCESS
        }
        Err(diags) => {
            super::print_diagnostics(diags);
            ExitCode::FAILURE
        }
    }
}

/// On a terminal, asks for the new region's country; an empty answer keeps
/// the source's. Elsewhere (scripts, tests) nothing is asked.
fn ask_country(source: &std::path::Path) -> Option<String> {
    if !std::io::stdin().is_terminal() || !std::io::stderr().is_terminal() {
        return None;
    }
    let current = faro::read_country(source).unwrap_or_default();
    eprint!("Country of the new region, two-letter code [{current}]: ");
    let _ = std::io::stderr().flush();
    let mut answer = String::new();
    std::io::stdin().lock().read_line(&mut answer).ok()?;
    Some(answer.trim().to_string()).filter(|a| !a.is_empty())
}
