//! Build benchmark: generates a synthetic campaign of N pages × L languages
//! (about 400 words of Markdown each, with headings, a list, a table and links)
//! and reports pages per second and peak memory.
//!
//! `cargo bench --bench build -- [--pages N] [--langs L] [--runs R]`
//! Figures are recorded in benches/RESULTS.md.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::time::Instant;

use faro::build::{build, BuildOptions};

// The same allocator as the faro binary, so the figures are the binary's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const LANGS: [&str; 8] = ["en", "it", "de", "fr", "es", "pt", "pl", "nl"];

fn main() {
    let mut pages = 4000usize;
    let mut langs = 6usize;
    let mut runs = 3usize;
    let args: Vec<String> = std::env::args().collect();
    // `cargo bench` passes --bench; `cargo test --all-targets` runs this file too,
    // and then a small campaign checks that the harness works.
    if !args.iter().any(|a| a == "--bench") {
        pages = 20;
        langs = 2;
        runs = 1;
    }
    for pair in args.windows(2) {
        match pair[0].as_str() {
            "--pages" => pages = pair[1].parse().expect("--pages takes a number"),
            "--langs" => {
                langs = pair[1]
                    .parse::<usize>()
                    .expect("--langs takes a number")
                    .min(LANGS.len())
            }
            "--runs" => runs = pair[1].parse().expect("--runs takes a number"),
            _ => {}
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench");
    let campaign = root.join(format!("campaign-{pages}x{langs}"));
    // `--out DIR` measures another disk (such as /dev/shm, which takes the disk
    // out of the figure); the default is the project's own disk.
    let out = args
        .windows(2)
        .find(|p| p[0] == "--out")
        .map(|p| PathBuf::from(&p[1]).join(format!("out-{pages}x{langs}")))
        .unwrap_or_else(|| root.join(format!("out-{pages}x{langs}")));
    if !campaign.join("campaign.yaml").exists() {
        generate(&campaign, pages, langs);
    }
    let total = pages * langs;
    let mut best = f64::MAX;
    for run in 1..=runs {
        // Start every run with nothing waiting to be written back to disk, and
        // with no previous output to delete, so that runs are comparable.
        let _ = std::fs::remove_dir_all(&out);
        let _ = std::process::Command::new("sync").status();
        let start = Instant::now();
        let report = build(&campaign, &out, &BuildOptions::default()).unwrap_or_else(|d| {
            panic!(
                "benchmark campaign failed to build: {:?}",
                d.sorted().first()
            )
        });
        let secs = start.elapsed().as_secs_f64();
        best = best.min(secs);
        let built: usize = report.pages_per_locale.iter().map(|(_, n)| n).sum();
        assert_eq!(built, total, "every generated page is built");
        println!(
            "run {run}: {total} pages in {secs:.3} s ({:.0} pages/s)",
            total as f64 / secs
        );
    }
    println!(
        "best: {pages} pages × {langs} languages = {total} pages in {best:.3} s, {:.0} pages/s, peak memory {} MiB, {} threads",
        total as f64 / best,
        peak_memory_kib() / 1024,
        rayon::current_num_threads()
    );
}

/// Peak resident memory of this process (VmHWM), in KiB.
fn peak_memory_kib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

fn generate(dir: &Path, pages: usize, langs: usize) {
    let langs = &LANGS[..langs];
    let yaml = format!(
        "id: bench\nregion: Benchmark\ndefault_locale: en\nlocales: [{}]\nbase_url: https://bench.example/\nhelplines:\n  - id: line\n    number: \"1522\"\n    free: true\n    always_open: true\nnavigation: [page-1, page-2, page-3]\n",
        langs.join(", ")
    );
    write(&dir.join("campaign.yaml"), &yaml);
    for lang in langs {
        let strings = "campaign-name = Benchmark\ncampaign-tagline = A synthetic campaign\nfunding-statement = Funded by nobody\nhelpline-line-name = A helpline\nhelpline-line-audience = Everyone\n";
        write(&dir.join(format!("locales/{lang}/campaign.ftl")), strings);
        write(
            &dir.join(format!("content/{lang}/index.md")),
            &page(lang, 0, pages),
        );
        for i in 1..pages {
            write(
                &dir.join(format!("content/{lang}/page-{i}.md")),
                &page(lang, i, pages),
            );
        }
    }
}

fn page(lang: &str, i: usize, pages: usize) -> String {
    let mut s = String::with_capacity(3000);
    let _ = write!(s, "---\ntitle: \"Page {i} ({lang})\"\ndescription: \"Synthetic page {i} for the build benchmark.\"\nweight: {i}\n");
    if i > 0 {
        let _ = writeln!(s, "slug: \"{lang}-page-{i}\"");
    }
    s.push_str("---\n");
    let link = |n: usize| {
        if n == 0 {
            "@/index.md".to_string()
        } else {
            format!("@/page-{n}.md")
        }
    };
    for section in 0..3 {
        let _ = write!(s, "\n## Section {section} of page {i}\n\n");
        s.push_str("Stalkerware is software that lets someone watch another person's phone without consent. ");
        s.push_str("It can reveal messages, locations and photos, and it is often part of intimate partner violence. ");
        let _ = write!(
            s,
            "Read more on [the next page]({}) or [the previous one]({}).\n\n",
            link((i + 1) % pages),
            link((i + pages - 1) % pages)
        );
        s.push_str("Signs worth noticing, each with innocent causes too:\n\n");
        for item in [
            "the battery drains faster than it used to",
            "the phone is warm when it is idle",
            "data use grows for no reason",
            "settings change by themselves",
        ] {
            let _ = writeln!(
                s,
                "- {item}, which *may* mean something is running in the background"
            );
        }
        s.push_str("\n| What | Why it matters | What to do |\n|---|---|---|\n");
        for row in 0..3 {
            let _ = writeln!(s, "| Sign {row} | It can point to monitoring software | Talk to a support service before changing anything |");
        }
        s.push_str("\nKeep notes with dates on a device the other person has never had, and plan with a support service before removing anything, because the person may notice.\n");
    }
    s
}

fn write(path: &Path, text: &str) {
    let parent: PathBuf = path.parent().map(Path::to_path_buf).unwrap_or_default();
    std::fs::create_dir_all(parent).expect("create bench folder");
    std::fs::write(path, text).expect("write bench file");
}
