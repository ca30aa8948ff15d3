//! Print benchmark: for each print and social asset of the pilot campaign, the
//! time to render it in one locale on one thread (office PDF, print-shop PDF
//! and thumbnail together, or the PNG and its thumbnail; no cache) and the size
//! of its files. The target: a poster PDF in under 150 ms and under 500 KB.
//!
//! `cargo bench --bench print -- [--runs R]`; figures in benches/RESULTS.md.
//! (`cargo test` runs it once, for the A4 poster only.)
//!
//! `cargo bench --bench print -- --compare FARO_A FARO_B [--runs R]` times
//! the pilot's cold build instead (web and every print asset in every locale,
//! render cache off, `faro build`), with two or more `faro` binaries in turn,
//! so that each sees the same machine load: see [`cold`].

use std::path::Path;
use std::time::Instant;

use faro::diagnostics::Diagnostics;
use faro::print::{Cache, ASSETS};

#[path = "print/cold.rs"]
mod cold;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(at) = args.iter().position(|a| a == "--compare") {
        let binaries: Vec<&str> = args[at + 1..]
            .iter()
            .take_while(|a| !a.starts_with("--"))
            .map(String::as_str)
            .collect();
        let runs = runs_arg(&args).unwrap_or(5);
        cold::compare(&binaries, runs);
        return;
    }
    // `cargo test --all-targets` runs this without `--bench`: a quick smoke run
    // of one asset then, so that the test suite stays fast.
    let smoke = !args.iter().any(|a| a == "--bench");
    let runs = runs_arg(&args).unwrap_or(if smoke { 1 } else { 3 });
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("campaigns/veneto");
    let mut diags = Diagnostics::new();
    let mut campaign = faro::load(&dir, &mut diags).expect("the pilot loads");
    let locales = campaign.settings.locales.len();
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .expect("a thread pool");
    println!("per locale, best of {runs}, one thread, {locales} locales:");
    for asset in ASSETS.iter().filter(|a| !smoke || a.id == "poster-a4") {
        campaign.settings.print.assets = vec![asset.id.to_string()];
        let site = faro::Site::new(&campaign, &mut diags);
        let theme = campaign.project.theme(&campaign.settings.theme);
        let mut best = f64::MAX;
        let mut sizes = Vec::new();
        for _ in 0..runs {
            let start = Instant::now();
            let (out, d) = pool
                .install(|| faro::print::build(&site, theme.as_ref(), &Cache::new(None), false));
            let secs = start.elapsed().as_secs_f64();
            assert!(!d.has_errors(), "{:?}", d.sorted().first());
            best = best.min(secs / locales as f64);
            sizes = out.files;
        }
        let largest = |suffix: &str| {
            sizes
                .iter()
                .filter(|f| f.path.ends_with(suffix))
                .filter(|f| suffix != ".pdf" || !f.path.ends_with("-print.pdf"))
                .map(|f| f.bytes.len())
                .max()
                .unwrap_or(0)
        };
        let kb = |n: usize| format!("{:.0} KB", n as f64 / 1000.0);
        println!(
            "{:<16} {:>6.0} ms   office PDF {:>7}   print-shop PDF {:>7}   PNG {:>7}",
            asset.id,
            best * 1000.0,
            kb(largest(".pdf")),
            kb(largest("-print.pdf")),
            kb(largest(".png")),
        );
    }
}

/// The value of `--runs`, if given.
fn runs_arg(args: &[String]) -> Option<usize> {
    args.windows(2)
        .find(|p| p[0] == "--runs")
        .map(|p| p[1].parse().expect("--runs takes a number"))
}
