//! The pilot's cold build, timed with several `faro` binaries in turn: the
//! figure the print speed work is judged by (benches/RESULTS.md).
//!
//! Each run is `FARO_CACHE_DIR=off faro build <pilot copy> -o <fresh folder>`:
//! the web pages and every print and social asset of every locale, with no
//! render cache. The pilot is copied outside the repository (to `/dev/shm`
//! when there is one), so each binary builds it with the templates, themes
//! and locales embedded in it, not with this checkout's. The binaries run
//! in turn (A, B, A, B, …) after one warm-up round, so that a change in the
//! machine's load (other people's compilers on a shared machine) falls on
//! each alike. For each binary it reports the median and the fastest wall
//! time, the median CPU time (user + system, from the kernel's count of
//! waited-for children: less sensitive to load than wall time), and the
//! one-minute load average seen before the runs.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

/// One timed build.
struct Run {
    wall: f64,
    cpu: f64,
    load: f64,
}

/// Times the pilot's cold build with each of `binaries`, `runs` times each.
pub fn compare(binaries: &[&str], runs: usize) {
    assert!(!binaries.is_empty(), "--compare takes faro binaries");
    let root = if Path::new("/dev/shm").is_dir() {
        PathBuf::from("/dev/shm")
    } else {
        std::env::temp_dir()
    };
    let work = tempfile::tempdir_in(root).expect("a scratch folder");
    let pilot = Path::new(env!("CARGO_MANIFEST_DIR")).join("campaigns/veneto");
    let campaign = work.path().join("veneto");
    copy_tree(&pilot, &campaign);
    let mut results: Vec<Vec<Run>> = binaries.iter().map(|_| Vec::new()).collect();
    for round in 0..=runs {
        for (i, binary) in binaries.iter().enumerate() {
            let out = work.path().join(format!("out-{i}"));
            let run = build(binary, &campaign, &out);
            // Round 0 warms the page cache and the binaries' pages.
            if round > 0 {
                results[i].push(run);
            }
        }
    }
    println!(
        "pilot cold build (web + print, all locales, FARO_CACHE_DIR=off), {runs} runs each, in turn:"
    );
    println!("| binary | wall median | wall fastest | CPU median | load average (1 min) |");
    println!("| --- | --- | --- | --- | --- |");
    for (binary, runs) in binaries.iter().zip(&results) {
        let wall = median(runs.iter().map(|r| r.wall));
        let fastest = runs.iter().map(|r| r.wall).fold(f64::MAX, f64::min);
        let cpu = median(runs.iter().map(|r| r.cpu));
        let low = runs.iter().map(|r| r.load).fold(f64::MAX, f64::min);
        let high = runs.iter().map(|r| r.load).fold(0.0, f64::max);
        println!("| {binary} | {wall:.2} s | {fastest:.2} s | {cpu:.2} s | {low:.1}–{high:.1} |");
    }
}

/// One cold build of `campaign` into a fresh `out` with `binary`.
fn build(binary: &str, campaign: &Path, out: &Path) -> Run {
    let _ = std::fs::remove_dir_all(out);
    let load = load_average();
    let cpu_before = children_cpu_seconds();
    let start = Instant::now();
    let status = Command::new(binary)
        .arg("build")
        .arg(campaign)
        .arg("-o")
        .arg(out)
        .env("FARO_CACHE_DIR", "off")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .unwrap_or_else(|e| panic!("{binary}: {e}"));
    let wall = start.elapsed().as_secs_f64();
    assert!(status.success(), "{binary} build failed");
    Run {
        wall,
        cpu: children_cpu_seconds() - cpu_before,
        load,
    }
}

/// User + system time of this process's waited-for children, in seconds
/// (fields 16 and 17 of `/proc/self/stat`, in clock ticks of 1/100 s, the
/// value on Linux everywhere this runs).
fn children_cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").expect("/proc/self/stat");
    // Fields after the command name (which may hold spaces) start at field 3.
    let rest = &stat[stat.rfind(')').expect("a command name") + 2..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ticks = |field: usize| fields[field - 3].parse::<f64>().expect("a number of ticks");
    (ticks(16) + ticks(17)) / 100.0
}

/// The one-minute load average.
fn load_average() -> f64 {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse().ok())
        .unwrap_or(f64::NAN)
}

fn median(values: impl Iterator<Item = f64>) -> f64 {
    let mut v: Vec<f64> = values.collect();
    v.sort_by(f64::total_cmp);
    match v.len() {
        0 => f64::NAN,
        n if n % 2 == 1 => v[n / 2],
        n => (v[n / 2 - 1] + v[n / 2]) / 2.0,
    }
}

/// Copies the folder `from` to `to`, files only (the pilot has no links).
fn copy_tree(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.expect("the pilot's files");
        let target = to.join(entry.path().strip_prefix(from).expect("inside"));
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).expect("a folder");
        } else {
            std::fs::copy(entry.path(), &target).expect("a copy");
        }
    }
}
