//! One module per command; each parses nothing itself and prints through
//! `faro::diagnostics::render`.

pub mod build;
pub mod check;
pub mod fork;
mod progress_bar;
pub mod serve;
pub mod stamp;
pub mod translate;

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use faro::diagnostics::render;
use faro::diagnostics::{Diagnostic, Diagnostics};

/// Prints diagnostics to standard error, for people.
pub fn print_diagnostics(diags: Diagnostics) {
    if diags.is_empty() {
        return;
    }
    let color = std::io::stderr().is_terminal();
    eprint!("{}", render::human(&diags.sorted(), color));
}

/// Every campaign folder under `campaigns/` in the current folder, sorted.
pub fn all_campaigns() -> Result<Vec<PathBuf>, Diagnostic> {
    let root = Path::new("campaigns");
    // Run inside a campaign folder: that campaign.
    if !root.is_dir() && Path::new("campaign.yaml").is_file() {
        return Ok(vec![PathBuf::from(".")]);
    }
    let entries = std::fs::read_dir(root).map_err(|e| {
        Diagnostic::error("campaign.none", format!("cannot list campaigns: {e}"))
            .in_file(root)
            .with_hint("run faro from the project folder, or name a campaign folder")
    })?;
    let mut dirs: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.join("campaign.yaml").is_file())
        .collect();
    dirs.sort();
    Ok(dirs)
}
