//! The long mutation fuzz, run by hand (see `generator/fuzz.rs`):
//!
//! ```text
//! cargo run --release --example fuzz -- [CAMPAIGN] [MINUTES] [SEED]
//! ```
//!
//! CAMPAIGN defaults to campaigns/veneto (the pilot, print assets included),
//! MINUTES to 10, SEED to the current time. Each finding is printed with the
//! seed that replays it: `… CAMPAIGN 0 SEED` makes that one mutated copy in
//! `fuzz-replay-SEED/` (to read) and builds it with no time limit.

use std::time::{Duration, Instant};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let campaign = args.first().map_or("campaigns/veneto", String::as_str);
    let minutes: f64 = args.get(1).and_then(|m| m.parse().ok()).unwrap_or(10.0);
    let seed: u64 = args.get(2).and_then(|s| s.parse().ok()).unwrap_or_else(|| {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(1, |d| d.as_secs())
    });
    if minutes == 0.0 {
        replay(campaign.as_ref(), seed);
        return;
    }
    let work = tempfile::tempdir().expect("a temporary folder");
    let (runs, until) = (
        usize::MAX,
        Some(Instant::now() + Duration::from_secs_f64(minutes * 60.0)),
    );
    eprintln!("fuzzing {campaign} from seed {seed} for {minutes} min");
    let start = Instant::now();
    let session = faro::fuzz::session(campaign.as_ref(), work.path(), seed, runs, until, 4)
        .expect("the work folder");
    for (seed, finding) in &session.findings {
        println!("seed {seed}: {finding:?}");
    }
    println!(
        "{} builds in {:.0} s ({} refused with located errors, {} findings), slowest {:.1} s",
        session.runs,
        start.elapsed().as_secs_f64(),
        session.rejected,
        session.findings.len(),
        session.slowest.as_secs_f64()
    );
    if !session.findings.is_empty() {
        std::process::exit(1);
    }
}

/// Makes the mutated copy of run `seed` in `fuzz-replay-SEED/` and builds it
/// into `fuzz-replay-SEED-out/`, with no time limit, saying how long it took.
fn replay(campaign: &std::path::Path, seed: u64) {
    let dir = std::path::PathBuf::from(format!("fuzz-replay-{seed}"));
    let out = std::path::PathBuf::from(format!("fuzz-replay-{seed}-out"));
    faro::fuzz::copy_tree(campaign, &dir).expect("copy the campaign");
    faro::fuzz::mutate(&dir, &mut faro::fuzz::Rng::new(seed), 4).expect("mutate the copy");
    let start = Instant::now();
    let result = faro::fuzz::try_build(&dir, &out, Duration::from_secs(3600));
    println!(
        "{}: {result:?} in {:.1} s",
        dir.display(),
        start.elapsed().as_secs_f64()
    );
}
