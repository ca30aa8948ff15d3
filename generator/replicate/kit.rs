//! The replication kit: the campaign folder as a ready-to-fork template, the
//! guidelines, and a README on how to start, in one zip that is byte-identical
//! from build to build (sorted entries, fixed timestamps and permissions).

use std::borrow::Cow;
use std::collections::{BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::thread::JoinHandle;

use rayon::prelude::*;

use super::kit_cache::PartCache;
use super::kit_zip::{self, Part};
use crate::campaign::load::Campaign;
use crate::diagnostics::{Diagnostic, Diagnostics, SourceText};
use crate::output::staging::OutputFile;
use crate::translate::history::ORIGINALS;
use crate::translate::Existing;

/// Where the kit is published, under the site root.
pub(crate) const KIT_PATH: &str = "replication-kit.zip";

/// Entries per part of the zip. Parts are compressed in parallel and then
/// joined (the zip does not depend on the size, nor on the thread count),
/// and kept between builds (kit_cache.rs): an edit deflates one part again.
const ENTRIES_PER_PART: usize = 256;

/// What goes into one entry of the zip.
enum Contents<'a> {
    Bytes(&'a [u8]),
    File(PathBuf),
}

/// The kit being made on a thread of its own: the campaign folder listed,
/// read and deflated while the build goes on (the folder walk and the
/// listing of kept originals are serial work, which another core does
/// meanwhile); [`Pending::finish`] adds the documents and joins the parts.
pub(crate) struct Pending {
    dir: PathBuf,
    cache: PartCache,
    deflating: JoinHandle<Result<Vec<Part>, Diagnostics>>,
}

/// Starts the kit of `campaign`: every file of the campaign but the kept
/// originals no translation follows any more, and a README.
pub(crate) fn start(campaign: &Campaign) -> Pending {
    // campaign.yaml and the pages were read by the loader: only the other
    // files are read again (the texts are shared, not copied).
    let loaded: Vec<SourceText> = campaign
        .pages
        .iter()
        .map(|p| &p.source)
        .chain([&campaign.config_source])
        .cloned()
        .collect();
    let readme = readme(campaign);
    let dir = campaign.dir.clone();
    let folder = format!("{}/", campaign.settings.id);
    let cache = PartCache::from_env(|bytes| deflate(&mut compressor(), bytes));
    let deflating = {
        let dir = dir.clone();
        let cache = cache.clone();
        std::thread::spawn(move || {
            let parts = deflate_campaign(&dir, &folder, &readme, &loaded, &cache);
            // Meanwhile the build goes on: this is the kit's own thread.
            cache.prune();
            parts
        })
    };
    Pending {
        dir,
        cache,
        deflating,
    }
}

impl Pending {
    /// The kit, with `documents` (such as guideline booklets) under
    /// `guidelines/`; waits for the campaign folder's part if need be.
    pub(crate) fn finish(self, documents: &[OutputFile]) -> Result<OutputFile, Diagnostics> {
        let dir = &self.dir;
        let mut parts = match self.deflating.join() {
            Ok(parts) => parts?,
            Err(panic) => std::panic::resume_unwind(panic),
        };
        let mut names = HashSet::new();
        let mut entries = Vec::new();
        for doc in documents {
            let name = doc.path.rsplit('/').next().unwrap_or(&doc.path);
            let name = format!("guidelines/{name}");
            if !names.insert(name.clone()) {
                return Err(zip_error(dir, &format!("two documents are named {name}")).into());
            }
            entries.push((name, Contents::Bytes(&doc.bytes)));
        }
        parts.extend(deflate_parts(&entries, dir, &self.cache)?);
        let bytes = kit_zip::join(&parts).map_err(|e| zip_error(dir, &e))?;
        Ok(OutputFile::new(KIT_PATH, bytes))
    }
}

/// The README and every file of the campaign folder `dir` (under `folder`
/// in the zip) but the kept originals no translation follows, deflated;
/// `loaded` are the files read already.
fn deflate_campaign(
    dir: &Path,
    folder: &str,
    readme: &str,
    loaded: &[SourceText],
    cache: &PartCache,
) -> Result<Vec<Part>, Diagnostics> {
    // foldhash: every file of the campaign is looked up here (SipHash showed
    // in the build profile); nothing iterates the map.
    let loaded: HashMap<&Path, &str, foldhash::fast::FixedState> = loaded
        .iter()
        .map(|s| (s.path.as_path(), &*s.text))
        .collect();
    let mut entries = vec![("README.md".to_string(), Contents::Bytes(readme.as_bytes()))];
    let mut diags = Diagnostics::new();
    let mut files = campaign_files(dir, &mut diags);
    if diags.has_errors() {
        return Err(diags);
    }
    let referenced = referenced_originals(&files, &loaded);
    files.retain(|(rel, _)| original_hash(rel).is_none_or(|hash| referenced.contains(hash)));
    for (rel, path) in files {
        let contents = match loaded.get(path.as_path()) {
            Some(text) => Contents::Bytes(text.as_bytes()),
            None => Contents::File(path),
        };
        entries.push((format!("{folder}{rel}"), contents));
    }
    deflate_parts(&entries, dir, cache)
}

/// `entries` deflated in parts, in parallel, or taken from `cache`.
fn deflate_parts(
    entries: &[(String, Contents)],
    campaign_dir: &Path,
    cache: &PartCache,
) -> Result<Vec<Part>, Diagnostics> {
    entries
        .par_chunks(ENTRIES_PER_PART)
        .map(|part| zip_part(part, campaign_dir, cache))
        .collect::<Result<_, Diagnostic>>()
        .map_err(Diagnostics::from)
}

/// Entries compressed with [`deflate`], with fixed timestamps and modes
/// (kit_zip.rs), or the same part from `cache` when it holds these entries.
fn zip_part(
    entries: &[(String, Contents)],
    campaign_dir: &Path,
    cache: &PartCache,
) -> Result<Part, Diagnostic> {
    let read: Vec<Cow<[u8]>> = entries
        .iter()
        .map(|(_, contents)| match contents {
            Contents::Bytes(b) => Ok(Cow::Borrowed(*b)),
            Contents::File(path) => crate::untrusted::files::read_bytes(path).map(Cow::Owned),
        })
        .collect::<Result<_, _>>()?;
    let named: Vec<(&str, &[u8])> = entries
        .iter()
        .zip(&read)
        .map(|((name, _), bytes)| (name.as_str(), &**bytes))
        .collect();
    let key = cache.key(&named);
    if let Some(part) = key.as_deref().and_then(|key| cache.get(key, &named)) {
        return Ok(part);
    }
    let mut compressor = compressor();
    let mut part = Part::default();
    for (name, bytes) in named {
        let deflated = deflate(&mut compressor, bytes)
            .ok_or_else(|| zip_error(campaign_dir, &format!("{name}: cannot deflate")))?;
        part.add(name, bytes, &deflated)
            .map_err(|e| zip_error(campaign_dir, &format!("{name}: {e}")))?;
    }
    if let Some(key) = key {
        cache.put(&key, &part);
    }
    Ok(part)
}

/// The kit's compressor: libdeflate's level 1 packs text as tightly as
/// zlib's default level, in under half the time.
pub(super) fn compressor() -> libdeflater::Compressor {
    libdeflater::Compressor::new(libdeflater::CompressionLvl::new(1).unwrap_or_default())
}

/// `bytes` deflated by `compressor`; `None` if it fails.
pub(super) fn deflate(compressor: &mut libdeflater::Compressor, bytes: &[u8]) -> Option<Vec<u8>> {
    let mut deflated = vec![0; compressor.deflate_compress_bound(bytes.len())];
    let size = compressor.deflate_compress(bytes, &mut deflated).ok()?;
    deflated.truncate(size);
    Some(deflated)
}

fn zip_error(campaign_dir: &Path, e: &dyn std::fmt::Display) -> Diagnostic {
    Diagnostic::error("kit.zip", format!("cannot make the replication kit: {e}"))
        .in_file(campaign_dir)
}

/// The kit as a download of the Materials page.
pub(crate) fn material(kit: &OutputFile, base_path: &str) -> crate::web::views::MaterialView {
    crate::web::views::MaterialView {
        label_key: "replication-kit".into(),
        service: None,
        url: format!("{base_path}{}", kit.path),
        bytes: kit.bytes.len(),
        file_size: String::new(),
        format: "ZIP",
        paper: None,
        pixels: None,
        preview: None,
        variants: Vec::new(),
    }
}

/// Every file of the campaign folder (hidden files and a fork's CHECKLIST.md
/// left out), sorted, as
/// (path with `/` separators, full path), listed by the same rule as every
/// other reader: a symbolic link that leads out of the campaign is an error,
/// never a file left out of the kit without a word.
fn campaign_files(dir: &Path, diags: &mut Diagnostics) -> Vec<(String, PathBuf)> {
    let mut files = Vec::new();
    for path in crate::untrusted::files::list_files(dir, dir, &[], diags) {
        let rel = path.strip_prefix(dir).unwrap_or(&path).to_string_lossy();
        // A fork's checklist is about its own fork; the next region's fork
        // writes its own.
        if rel == "CHECKLIST.md" {
            continue;
        }
        match crate::untrusted::confine::SafeRelPath::new(&rel) {
            Ok(safe) => files.push((safe.as_str().to_string(), path)),
            Err(why) => {
                let shown = crate::untrusted::urls::shown(&rel);
                let name = crate::untrusted::confine::suggested_name(
                    rel.rsplit('/').next().unwrap_or(&rel),
                );
                diags.push(
                    Diagnostic::error(
                        "file.name",
                        format!(
                            "the name `{shown}` cannot travel in the replication kit: it {why}"
                        ),
                    )
                    .in_file(&path)
                    .with_hint(format!(
                        "rename it with letters, digits, `-` and `.`, such as `{name}`"
                    )),
                );
            }
        }
    }
    files
}

/// The hash of a kept original (`translations/originals/<hash>.<ext>`),
/// `None` for any other file.
fn original_hash(rel: &str) -> Option<&str> {
    let name = rel.strip_prefix(ORIGINALS)?.strip_prefix('/')?;
    let (hash, _extension) = name.split_once('.')?;
    Some(hash)
}

/// The hashes of the kept originals that a translation of the kit still
/// records (`translated_from:` of a page, `### faro-translated-from:` of a
/// `.ftl` file): only those are read again (what changed since, for `faro
/// check` and `faro translate export`). An original no translation follows
/// any more (one `faro fork` or `faro stamp` kept before the pages were
/// rewritten) holds the old text of a campaign and stays out of the kit.
fn referenced_originals(
    files: &[(String, PathBuf)],
    loaded: &HashMap<&Path, &str, foldhash::fast::FixedState>,
) -> BTreeSet<String> {
    let translations = files.iter().filter(|(rel, _)| {
        (rel.starts_with("content/") && rel.ends_with(".md"))
            || (rel.starts_with("locales/") && rel.ends_with(".ftl"))
    });
    // In parallel, and without copying the pages read already: on a large
    // campaign this was a serial tenth of a second (benches/RESULTS.md).
    let translations: Vec<_> = translations.collect();
    let hashes: Vec<String> = translations
        .par_iter()
        .filter_map(|(_, path)| match loaded.get(path.as_path()) {
            // Loaded text is UTF-8 already: no second check of every page.
            Some(text) => Existing::recorded_source(text),
            None => Existing::recorded_source(&std::fs::read_to_string(path).ok()?),
        })
        .collect();
    hashes.into_iter().collect()
}

fn readme(campaign: &Campaign) -> String {
    let s = &campaign.settings;
    format!(
        "# Replication kit: the {region} campaign\n\n\
         This kit holds everything needed to run this awareness campaign against stalkerware\n\
         and gender-based cyberviolence in another region:\n\n\
         - `{id}/`: the campaign folder (facts in campaign.yaml, pages in content/<language>/,\n\
         \x20 short texts in locales/<language>/campaign.ftl, images in assets/);\n\
         - `guidelines/`: the replication guidelines, when the build made them as documents\n\
         \x20 (they are also pages of the campaign site, under the guidelines section).\n\n\
         ## How to start\n\n\
         Type these commands in a terminal, in the folder where you unzipped this kit.\n\n\
         1. Get Faro, the tool that builds the site. Either take a ready-made `faro` binary\n\
         \x20  for Linux, macOS or Windows from the release page of the Faro project, or build\n\
         \x20  it from the Faro source folder with the Rust toolchain (https://rustup.rs):\n\n\
         \x20      cargo install --locked --path .\n\n\
         \x20  which puts `faro` in ~/.cargo/bin (on the PATH once Rust is installed).\n\
         \x20  Check it with `faro --version`. The `faro` binary is all you need: its\n\
         \x20  templates, theme and interface strings are built in.\n\
         2. Make your own campaign from this one (it never overwrites a folder); give your\n\
         \x20  country's two-letter code, so that national facts are kept or marked:\n\n\
         \x20      faro fork {id} my-region --region \"My Region\" --country {country} --locales {locales_arg}\n\n\
         \x20  Then read my-region/CHECKLIST.md: it explains every step below.\n\
         3. List what is left to do, file by file, and fill it in:\n\n\
         \x20      faro check my-region\n\n\
         \x20  Every regional fact of the original (helplines, partners, the region's name,\n\
         \x20  local services) is a to-do, and every regional passage is kept in place for you\n\
         \x20  to adapt. Check every phone number with the service that runs it before you\n\
         \x20  publish it.\n\
         4. Look at it while you edit, at http://127.0.0.1:1111/ (the page\n\
         \x20  http://127.0.0.1:1111/__faro/checklist lists what is left):\n\n\
         \x20      faro serve my-region --draft\n\n\
         5. Build the site and every print asset (`--draft` shows a draft banner while\n\
         \x20  to-dos remain):\n\n\
         \x20      faro build my-region -o public\n\n\
         \x20  The `public` folder is plain files for any static host; the posters, flyers,\n\
         \x20  wallet cards and social images are in public/print/<language>/.\n\n\
         This campaign's default language is `{default}`; its languages are {locales}.\n",
        region = s.region,
        id = s.id,
        default = s.default_locale,
        locales = s.locales.join(", "),
        locales_arg = s.locales.join(","),
        country = s.country.as_deref().unwrap_or("IT"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_part_is_a_zip_that_reads_back_byte_for_byte() {
        let text = "# Titolo\n\nTesto di prova, ".repeat(50);
        let entries = vec![
            ("README.md".to_string(), Contents::Bytes(text.as_bytes())),
            ("c/empty.txt".to_string(), Contents::Bytes(b"")),
            ("c/città.md".to_string(), Contents::Bytes("è".as_bytes())),
        ];
        let off = PartCache::off();
        let zip =
            |entries| kit_zip::join(&[zip_part(entries, Path::new("."), &off).unwrap()]).unwrap();
        let part = zip(&entries);
        assert_eq!(part, zip(&entries));
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(part)).unwrap();
        assert_eq!(zip.len(), 3);
        for (name, contents) in &entries {
            let Contents::Bytes(expected) = contents else {
                unreachable!()
            };
            let mut file = zip.by_name(name).unwrap();
            assert_eq!(file.unix_mode(), Some(0o100644));
            assert_eq!(file.compression(), zip::CompressionMethod::Deflated);
            let mut read = Vec::new();
            std::io::Read::read_to_end(&mut file, &mut read).unwrap();
            assert_eq!(&read, expected);
        }
        let packed = zip.by_name("README.md").unwrap().compressed_size();
        assert!(packed < text.len() as u64 / 4, "{packed} of {}", text.len());
    }

    #[test]
    fn the_kit_from_the_cache_is_the_kit_made_without_it() {
        let dir = tempfile::tempdir().unwrap();
        let page = |i: usize| format!("# Pagina {i}\n\nTesto di prova, ").repeat(20 + i);
        let texts: Vec<String> = (0..600).map(page).collect();
        let mut entries: Vec<(String, Contents)> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| (format!("c/p-{i:03}.md"), Contents::Bytes(t.as_bytes())))
            .collect();
        let zip = |entries: &[(String, Contents)], cache: &PartCache| {
            kit_zip::join(&deflate_parts(entries, Path::new("."), cache).unwrap()).unwrap()
        };
        let without = zip(&entries, &PartCache::off());
        let cache = PartCache::in_folder(dir.path());
        assert_eq!(zip(&entries, &cache), without, "cold cache");
        assert_eq!(zip(&entries, &cache), without, "warm cache");
        // An edited page: its part is made again, the others come from the
        // cache, and the kit is the one made from scratch.
        let edited = format!("{} edited", texts[300]);
        entries[300].1 = Contents::Bytes(edited.as_bytes());
        assert_eq!(zip(&entries, &cache), zip(&entries, &PartCache::off()));
        let mut read = zip::ZipArchive::new(std::io::Cursor::new(zip(&entries, &cache))).unwrap();
        let mut text = String::new();
        std::io::Read::read_to_string(&mut read.by_name("c/p-300.md").unwrap(), &mut text).unwrap();
        assert_eq!(text, edited);
    }

    #[test]
    fn sizes_for_people() {
        use crate::web::views::human_size;
        assert_eq!(human_size(940, "en"), "940\u{a0}B");
        assert_eq!(human_size(84_499, "en"), "84\u{a0}kB");
        assert_eq!(human_size(1_234_567, "en"), "1.2\u{a0}MB");
        assert_eq!(human_size(1_434_567, "fr-CA"), "1,4\u{202f}Mo");
        assert_eq!(human_size(37_000, "fr"), "37\u{202f}ko");
        assert_eq!(human_size(1_434_567, "de"), "1,4\u{a0}MB");
        assert_eq!(human_size(1_434_567, "it"), "1,4\u{a0}MB");
        assert_eq!(human_size(1_434_567, "ar"), "1.4\u{a0}م.ب");
        assert_eq!(human_size(1_434_567, "uk"), "1,4\u{a0}МБ");
        assert_eq!(human_size(1_434_567, "xx"), "1.4\u{a0}MB");
    }

    #[test]
    fn a_forks_checklist_does_not_travel_in_the_kit() {
        let dir = tempfile::tempdir().unwrap();
        for file in ["campaign.yaml", "CHECKLIST.md", "content/it/CHECKLIST.md"] {
            let path = dir.path().join(file);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, "x").unwrap();
        }
        let mut diags = Diagnostics::new();
        let names: Vec<String> = campaign_files(dir.path(), &mut diags)
            .into_iter()
            .map(|(name, _)| name)
            .collect();
        assert_eq!(names, ["campaign.yaml", "content/it/CHECKLIST.md"]);
    }
}
