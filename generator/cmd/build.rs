//! `faro build [CAMPAIGN…] [-o DIR] [--force] [--draft] [--quiet]`

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use faro::diagnostics::render::counted;
use faro::diagnostics::{Diagnostics, Severity};
use faro::{build_with_progress, BuildOptions, BuildReport};

use super::progress_bar::BuildBar;

/// Arguments of `faro build`.
#[derive(clap::Args)]
pub struct Args {
    /// Campaign folders to build (default: every folder under campaigns/).
    campaigns: Vec<PathBuf>,
    /// Output folder (default: public/<id>/; with several campaigns, DIR/<id>/).
    #[arg(short, long, value_name = "DIR")]
    output: Option<PathBuf>,
    /// Replace the output folder even if it is not empty and not a previous
    /// Faro build (everything in it is deleted). The campaign, the project
    /// and files are never replaced.
    #[arg(long)]
    force: bool,
    /// Build even with open to-dos; every page shows a draft banner.
    #[arg(long)]
    draft: bool,
    /// Print errors only.
    #[arg(short, long)]
    quiet: bool,
}

/// Runs the command.
pub fn run(args: Args) -> ExitCode {
    let campaigns = if args.campaigns.is_empty() {
        match super::all_campaigns() {
            Ok(c) => c,
            Err(d) => {
                super::print_diagnostics(d.into());
                return ExitCode::FAILURE;
            }
        }
    } else {
        args.campaigns.clone()
    };
    let options = BuildOptions {
        draft: args.draft,
        force: args.force,
        ..BuildOptions::default()
    };
    // Without it, Ctrl-C leaves the staging folder for the next build to remove.
    let _ = faro::exit_on_stop(faro::abandon_staging);
    let mut failed: Vec<String> = Vec::new();
    for dir in &campaigns {
        // The output folder is named after the campaign id (the folder name when
        // campaign.yaml does not read; the build then reports why).
        let id = faro::read_id(dir).unwrap_or_else(|| {
            dir.file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| "site".into())
        });
        let out = match (&args.output, campaigns.len()) {
            (Some(o), 1) => o.clone(),
            (Some(o), _) => o.join(&id),
            (None, _) => default_output(dir, &id),
        };
        if !build_one(dir, &id, &out, &args, &options) {
            failed.push(dir.display().to_string());
        }
    }
    // With several campaigns, the last line says which failed (a failure's
    // own lines are above the next campaign's).
    if campaigns.len() > 1 && !failed.is_empty() {
        eprintln!(
            "{} of {} campaigns failed: {} (see above)",
            failed.len(),
            campaigns.len(),
            failed.join(", ")
        );
    }
    if failed.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// public/<id>/ in the current folder; run inside the campaign folder (where
/// that would be inside the campaign), public/<id>/ in the project folder
/// that holds campaigns/<id>/ (or beside the campaign folder).
fn default_output(dir: &Path, id: &str) -> PathBuf {
    let here = PathBuf::from("public").join(id);
    let (Ok(cwd), Ok(campaign)) = (std::env::current_dir(), dir.canonicalize()) else {
        return here;
    };
    if !cwd.starts_with(&campaign) {
        return here;
    }
    let holder = campaign.parent().unwrap_or(&campaign);
    let project = if holder.file_name().is_some_and(|n| n == "campaigns") {
        holder.parent().unwrap_or(holder)
    } else {
        holder
    };
    project.join("public").join(id)
}

/// Builds one campaign into `out` and prints the outcome; true on success.
fn build_one(dir: &Path, id: &str, out: &Path, args: &Args, options: &BuildOptions) -> bool {
    let bar = BuildBar::new(id, args.quiet);
    let result = build_with_progress(dir, out, options, &bar);
    bar.finish();
    match result {
        Ok(report) => {
            if !args.quiet {
                print_success(dir, &report, options.draft);
            }
            true
        }
        Err(diags) if faro::output_refused(&diags) => {
            super::print_diagnostics(diags);
            let dir = dir.display();
            eprintln!("{dir}: not built; nothing was written or deleted");
            false
        }
        // To-dos or essential pages left: listed as `faro check` lists them
        // (a stale page with what changed in its original), counted by kind.
        Err(diags) if diags.iter().any(left_to_do) => {
            let (listing, _) = faro::check_listing(&diags);
            let errors: Diagnostics = diags
                .iter()
                .filter(|d| d.severity == Severity::Error)
                .cloned()
                .collect();
            let (_, left) = faro::check_listing(&errors);
            eprint!("{listing}");
            eprintln!(
                "{}: build failed with {left}; the previous output was left as it was \
                 (`faro build {} --draft` builds a preview anyway)",
                dir.display(),
                dir.display(),
            );
            false
        }
        Err(diags) => {
            let errors = counted(diags.error_count(), "error");
            super::print_diagnostics(diags);
            eprintln!(
                "{}: build failed with {errors}; the previous output was left as it was",
                dir.display(),
            );
            false
        }
    }
}

/// True for an error that `--draft` lets through: a to-do, an essential
/// page to translate or update, or a print string to translate.
fn left_to_do(d: &faro::diagnostics::Diagnostic) -> bool {
    d.severity == Severity::Error
        && (faro::kind_of(d) == "todos"
            || d.code.starts_with("translation.essential")
            || d.code == "translation.print-string")
}

/// The warnings, a count of the to-dos left and the summary line.
fn print_success(dir: &Path, report: &BuildReport, draft: bool) {
    // To-dos are listed by `faro check`; here, a count: a draft's (errors let
    // through), or in any build those that are warnings (a partner's logo).
    // A value to confirm is shown whole: it is a warning in every build, to
    // be read before printing.
    let (todos, others): (Vec<_>, Vec<_>) = report
        .warnings
        .clone()
        .into_iter()
        .partition(|d| faro::kind_of(d) == "todos" && d.code != "todo.confirm");
    super::print_diagnostics(others.into_iter().collect());
    if !todos.is_empty() {
        // A build that is not a draft was not stopped by them: saying
        // "draft" there misled.
        let (prefix, blocking) = match draft {
            true => ("draft: ", ""),
            false => ("", ", not stopping the build"),
        };
        eprintln!(
            "{prefix}{} left{blocking} (faro check {} lists them)",
            counted(todos.len(), "to-do"),
            dir.display()
        );
    }
    println!("{}", summary(report));
}

fn summary(r: &BuildReport) -> String {
    // Pages built from the original under a banner are said so: a language
    // with no translated page reads "ar 0 (+19 in it)", never just "ar 0".
    let default = r.pages_per_locale.first().map_or("", |(l, _)| l.as_str());
    let per_locale: Vec<String> = r
        .pages_per_locale
        .iter()
        .zip(&r.fallbacks_per_locale)
        .map(|((l, n), (_, f))| match f {
            0 => format!("{l} {n}"),
            f => format!("{l} {n} (+{f} in {default})"),
        })
        .collect();
    // A draft's to-dos are counted on their own line, not as warnings.
    let warnings = r
        .warnings
        .iter()
        .filter(|d| faro::kind_of(d) != "todos")
        .count();
    let warnings = match warnings {
        0 => String::new(),
        n => format!(", {}", counted(n, "warning")),
    };
    format!(
        "{}: {} pages ({}), {} assets{warnings} in {:.2} s → {}",
        r.id,
        r.pages(),
        per_locale.join(", "),
        r.assets,
        r.elapsed.as_secs_f64(),
        r.out_dir.display()
    )
}
