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
    /// Locales of the new campaign, comma-separated, its default language
    /// first, such as de,en (default: the source's; for a region of another
    /// country, with that country's language as the default).
    #[arg(long, value_delimiter = ',')]
    locales: Option<Vec<String>>,
    /// Default locale of the new campaign, when it is not the first of
    /// --locales (it is added to them if missing).
    #[arg(long)]
    default_locale: Option<String>,
}

/// Runs the command.
pub fn run(args: Args) -> ExitCode {
    let given = args.country.is_some();
    let country = args.country.or_else(|| ask_country(&args.source));
    let asked = !given && country.is_some();
    let options = ForkOptions {
        region: args.region,
        locales: args.locales,
        default_locale: args.default_locale,
        country,
    };
    match fork(&args.source, &args.new, &options) {
        Ok(r) => {
            let dir = r.dir.display();
            println!(
                "{dir}: {} pages kept, {} seeded for new languages, {} passages to adapt kept in place.",
                r.pages_kept, r.pages_seeded, r.regional_passages,
            );
            let country = match (r.same_country, given || asked) {
                (true, true) => "the source's country: national facts kept".to_string(),
                (true, false) => {
                    "the source's, as --country was not given: national facts kept".to_string()
                }
                (false, _) => {
                    "not the source's country: national facts turned into to-dos".to_string()
                }
            };
            println!("Country: {} ({}), {country}.", r.country, r.country_name);
            let (default, others) = r
                .locales
                .split_first()
                .expect("a fork has a default locale");
            let others: String = others.iter().map(|l| format!(", {l}")).collect();
            println!(
                "Languages: {default} (the default language: {}){others}.",
                r.default_why
            );
            println!("Next: read {dir}/CHECKLIST.md and run `faro check {dir}`.");
            ExitCode::SUCCESS
        }
        Err(diags) => {
            // A mistake in the command as typed (`--country XX`) concerns no
            // file: said as `error: …` and `hint: …`, without the code line a
            // report about files starts with; the source's own errors keep it,
            // and come first (the verdict on the source follows them).
            let (typed, in_files): (Vec<_>, Vec<_>) =
                diags.into_iter().partition(|d| d.file.is_none());
            super::print_diagnostics(in_files.into_iter().collect());
            for d in &typed {
                eprint!("{}", plain(d));
            }
            ExitCode::FAILURE
        }
    }
}

/// A diagnostic about the command line as `error: message`, then its hint,
/// wrapped at spaces (codes and options stay whole).
fn plain(d: &faro::diagnostics::Diagnostic) -> String {
    let wrap = |text: &str, first: &str, rest: &str| {
        let options = textwrap::Options::new(100)
            .initial_indent(first)
            .subsequent_indent(rest)
            .break_words(false)
            .word_separator(textwrap::WordSeparator::AsciiSpace)
            .word_splitter(textwrap::WordSplitter::NoHyphenation);
        textwrap::fill(text, options) + "\n"
    };
    let severity = match d.severity {
        faro::diagnostics::Severity::Error => "error",
        faro::diagnostics::Severity::Warning => "warning",
    };
    let mut out = wrap(&format!("{severity}: {}", d.message), "", "  ");
    if let Some(hint) = &d.hint {
        out.push_str(&wrap(&format!("hint: {hint}"), "  ", "        "));
    }
    out
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
