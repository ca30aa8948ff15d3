//! Mutation fuzzing of campaign folders, on stable Rust: a copy of a campaign
//! is changed a little at a time (hostile values in its YAML, front matter,
//! Fluent strings and Markdown, files with hostile names, symbolic links out
//! of it) and built, and every build must end in a site or in errors that
//! each name a file, without a panic or a hang.
//!
//! `tests/fuzz.rs` runs a short, fixed-seed session on every `cargo test`;
//! `cargo run --release --example fuzz` runs a long one by hand.

use std::panic::AssertUnwindSafe;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use crate::build::{self, BuildOptions};

/// A small, fast, seedable generator (xorshift64*): the same seed gives the
/// same session, so a finding can be replayed.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator for `seed` (any value; 0 is mapped to another).
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number below `n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }

    /// One of `items`.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Strings that have broken, or could break, a loader or a path: escapes,
/// separators, control characters, YAML, Fluent, Tera and Markdown syntax.
const HOSTILE: &[&str] = &[
    "..",
    "../../../../",
    "/etc/passwd",
    "\\",
    "..\\..\\",
    "\0",
    "\u{1b}[31m",
    "\u{7}",
    "C:",
    "CON",
    "nul.md",
    "%2e%2e%2f",
    "%00",
    "#",
    ":",
    ": ",
    "- ",
    "~",
    "null",
    "\"",
    "'",
    "[",
    "]",
    "{",
    "}",
    "{{",
    "}}",
    "{%",
    "%}",
    "{#",
    "{ $x }",
    "{ -missing }",
    "-> ",
    "*",
    "|",
    "|-",
    ">",
    "&#0;",
    "@/",
    "@/../../x.md",
    "](",
    "![a](",
    "![](../../../../etc/hostname)",
    "<script>",
    "javascript:",
    "\n---\n",
    "\t",
    "é",
    "\u{202e}",
    "\u{feff}",
    "\r",
    "\n\n",
    "999999999999999999999",
    "-1",
    "true",
    "[[",
    "]]",
    "&",
    "*a",
    "&a ",
    "!!binary",
    "?",
    "materials",
    "404",
    "sitemap.xml",
    "assets",
    "print",
    "images",
    "index",
];

/// Markdown that grows fast or nests deep.
fn big_markdown(rng: &mut Rng) -> String {
    match rng.below(5) {
        0 => {
            let cols = 1 + rng.below(40);
            let rows = 1 + rng.below(400);
            let row = format!("|{}\n", " x |".repeat(cols));
            let rule = format!("|{}\n", "---|".repeat(cols));
            format!("\n{row}{rule}{}", row.repeat(rows))
        }
        1 => format!("\n{}deep\n", "> ".repeat(1 + rng.below(300))),
        2 => format!(
            "\n{}x{}\n",
            "*".repeat(rng.below(2000)),
            "_".repeat(rng.below(2000))
        ),
        3 => format!("\n{}\n", "[a](".repeat(1 + rng.below(2000))),
        _ => format!("\n{}\n", "- ".repeat(1 + rng.below(200))),
    }
}

/// The text files of a campaign a mutation may change.
fn text_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(walkdir::DirEntry::into_path)
        .filter(|p| {
            let ext = p.extension().and_then(|e| e.to_str()).unwrap_or("");
            matches!(ext, "yaml" | "md" | "ftl" | "html" | "svg")
        })
        .collect();
    files.sort();
    files
}

/// A char boundary of `text` near a random offset.
fn boundary(text: &str, rng: &mut Rng) -> usize {
    let mut at = rng.below(text.len() + 1);
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Changes one text file of `text` in one random way.
fn mutate_text(text: &str, rng: &mut Rng) -> Vec<u8> {
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let line = rng.below(lines.len().max(1));
    let mut out = text.to_string();
    let token = *rng.pick(HOSTILE);
    match rng.below(9) {
        0 | 1 => out.insert_str(boundary(text, rng), token),
        2 if !lines.is_empty() => {
            // Replace a value: what follows the first `: ` on a line.
            let l = lines[line];
            let start: usize = lines[..line].iter().map(|l| l.len()).sum();
            if let Some(colon) = l.find(": ") {
                let from = start + colon + 2;
                let end = (start + l.trim_end().len()).max(from);
                out.replace_range(from..end, token);
            }
        }
        3 if !lines.is_empty() => {
            let mut v = lines.clone();
            v.remove(line);
            out = v.concat();
        }
        4 if !lines.is_empty() => {
            let mut v = lines.clone();
            v.insert(line, lines[line]);
            out = v.concat();
        }
        5 => out.truncate(boundary(text, rng)),
        6 => out.push_str(&big_markdown(rng)),
        7 => {
            let mut bytes = out.into_bytes();
            let at = rng.below(bytes.len() + 1);
            bytes.insert(at, [0xff, 0x00, 0x1b, 0xc3, 0x80][rng.below(5)]);
            return bytes;
        }
        _ => {
            let at = boundary(text, rng);
            out.insert_str(at, &rng.pick(HOSTILE).repeat(1 + rng.below(50)));
        }
    }
    out.into_bytes()
}

/// Adds a file with a hostile name, or a symbolic link out of the campaign.
fn mutate_tree(dir: &Path, rng: &mut Rng) -> std::io::Result<()> {
    let folders = [
        "content/en",
        "content/it",
        "assets",
        "locales/en",
        "templates",
        "content",
    ];
    let folder = dir.join(rng.pick(&folders));
    std::fs::create_dir_all(&folder)?;
    let names = [
        "a b.md",
        "CON.md",
        "x:y.md",
        "a\\b.md",
        "%2e%2e.md",
        "Über.md",
        "page.html",
        "materials.md",
        "en",
    ];
    let name = rng.pick(&names);
    if std::fs::symlink_metadata(folder.join(name)).is_ok() {
        return Ok(()); // Already there (`content/en`, or an earlier mutation).
    }
    #[cfg(unix)]
    if rng.below(2) == 0 {
        let targets = ["/etc/hostname", "/etc", "..", "../..", "missing"];
        let _ = std::os::unix::fs::symlink(rng.pick(&targets), folder.join(name));
        return Ok(());
    }
    let pages = text_files(dir);
    let source = rng.pick(&pages);
    std::fs::copy(source, folder.join(name)).map(|_| ())
}

/// Changes a campaign copy in `1..=max` random ways.
pub fn mutate(dir: &Path, rng: &mut Rng, max: usize) -> std::io::Result<()> {
    for _ in 0..1 + rng.below(max) {
        if rng.below(8) == 0 {
            mutate_tree(dir, rng)?;
            continue;
        }
        let files = text_files(dir);
        if files.is_empty() {
            return Ok(());
        }
        let file = rng.pick(&files);
        let text = String::from_utf8_lossy(&std::fs::read(file)?).into_owned();
        std::fs::write(file, mutate_text(&text, rng))?;
    }
    Ok(())
}

/// What was wrong with one build of a mutated campaign.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Finding {
    /// The build panicked, with this message.
    Panic(String),
    /// The build ran longer than the limit.
    Hang,
    /// An error that names no file.
    Unlocated(String),
    /// Something appeared beside the campaign and the output.
    WroteOutside(Vec<String>),
}

/// Builds `campaign` into `out` on another thread: `Ok(true)` for a site,
/// `Ok(false)` for errors that all name a file; a panic, a build that
/// outlives `limit` or an error without a file is a finding.
pub fn try_build(campaign: &Path, out: &Path, limit: Duration) -> Result<bool, Finding> {
    let (tx, rx) = mpsc::channel();
    let (campaign, out) = (campaign.to_path_buf(), out.to_path_buf());
    std::thread::spawn(move || {
        let options = BuildOptions {
            force: true,
            ..BuildOptions::default()
        };
        let result =
            std::panic::catch_unwind(AssertUnwindSafe(|| build::build(&campaign, &out, &options)));
        let _ = tx.send(result);
    });
    match rx.recv_timeout(limit) {
        Err(_) => Err(Finding::Hang),
        Ok(Err(panic)) => {
            let message = panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            Err(Finding::Panic(message))
        }
        Ok(Ok(Ok(_))) => Ok(true),
        Ok(Ok(Err(diags))) => match diags
            .iter()
            .find(|d| d.severity == crate::diagnostics::Severity::Error && d.file.is_none())
        {
            Some(d) => Err(Finding::Unlocated(format!("{}: {}", d.code, d.message))),
            None => Ok(false),
        },
    }
}

/// One fuzzing session's results.
#[derive(Debug, Default)]
pub struct Session {
    /// Builds run.
    pub runs: usize,
    /// Builds that failed cleanly (every error located).
    pub rejected: usize,
    /// (seed of the run, what went wrong).
    pub findings: Vec<(u64, Finding)>,
    /// The slowest build.
    pub slowest: Duration,
}

fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(Result::ok)
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

/// Runs builds of mutated copies of `pristine` in `work/box/` until `runs`
/// builds or `until`; run `i` uses seed `seed + i`, so that it can be
/// replayed alone. Anything that appears in `work/` or `work/box/` besides
/// the campaign copy and the output is a finding.
pub fn session(
    pristine: &Path,
    work: &Path,
    seed: u64,
    runs: usize,
    until: Option<Instant>,
    mutations: usize,
) -> std::io::Result<Session> {
    let mut s = Session::default();
    let sandbox = work.join("box");
    std::fs::create_dir_all(&sandbox)?;
    let around = names(work);
    for i in 0..runs {
        if until.is_some_and(|t| Instant::now() >= t) {
            break;
        }
        let run_seed = seed.wrapping_add(i as u64);
        let dir = sandbox.join("c");
        let out = sandbox.join("out");
        if dir.exists() {
            std::fs::remove_dir_all(&dir)?;
        }
        copy_tree(pristine, &dir)?;
        mutate(&dir, &mut Rng::new(run_seed), mutations)?;
        let start = Instant::now();
        let result = try_build(&dir, &out, Duration::from_secs(30));
        s.slowest = s.slowest.max(start.elapsed());
        s.runs += 1;
        let mut stray: Vec<String> = names(&sandbox)
            .into_iter()
            .filter(|n| n != "c" && n != "out")
            .collect();
        stray.extend(names(work).into_iter().filter(|n| !around.contains(n)));
        match result {
            Err(f) => s.findings.push((run_seed, f)),
            Ok(_) if !stray.is_empty() => s.findings.push((run_seed, Finding::WroteOutside(stray))),
            Ok(false) => s.rejected += 1,
            Ok(true) => {}
        }
        if matches!(s.findings.last(), Some((_, Finding::Hang))) {
            break;
        }
    }
    Ok(s)
}

/// Copies a folder tree (files only; links are not followed).
pub fn copy_tree(from: &Path, to: &Path) -> std::io::Result<()> {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.map_err(std::io::Error::other)?;
        let rel = entry.path().strip_prefix(from).unwrap_or(entry.path());
        let dest = to.join(rel);
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&dest)?;
        } else if entry.file_type().is_file() {
            std::fs::copy(entry.path(), &dest)?;
        }
    }
    Ok(())
}
