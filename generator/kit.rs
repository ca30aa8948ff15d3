//! The replication kit: the campaign folder as a ready-to-fork template, the
//! guidelines, and a README on how to start, in one zip that is byte-identical
//! from build to build (sorted entries, fixed timestamps and permissions).

use std::collections::HashMap;
use std::io::{Cursor, Write};
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipArchive, ZipWriter};

use crate::diagnostics::Diagnostic;
use crate::load::Campaign;
use crate::output::OutputFile;

/// Where the kit is published, under the site root.
pub const KIT_PATH: &str = "replication-kit.zip";

/// Entries per part of the zip. Parts are compressed in parallel and then
/// joined; the size is fixed so that the zip never depends on the thread count.
const ENTRIES_PER_PART: usize = 256;

/// What goes into one entry of the zip.
enum Contents<'a> {
    Bytes(&'a [u8]),
    File(PathBuf),
}

/// Builds the kit. `documents` are extra files (such as guideline booklets) put
/// under `guidelines/` in the zip.
pub fn build(campaign: &Campaign, documents: &[OutputFile]) -> Result<OutputFile, Diagnostic> {
    let fail = |e: &dyn std::fmt::Display| zip_error(&campaign.dir, e);
    let id = &campaign.settings.id;
    let readme = readme(campaign);
    // campaign.yaml and the pages were read by the loader: only the other
    // files are read here.
    let loaded: HashMap<&Path, &[u8]> = campaign
        .pages
        .iter()
        .map(|p| &p.source)
        .chain([&campaign.config_source])
        .map(|s| (s.path.as_path(), s.text.as_bytes()))
        .collect();
    let mut entries = vec![("README.md".to_string(), Contents::Bytes(readme.as_bytes()))];
    for (rel, path) in campaign_files(&campaign.dir) {
        let contents = match loaded.get(path.as_path()) {
            Some(bytes) => Contents::Bytes(bytes),
            None => Contents::File(path),
        };
        entries.push((format!("{id}/{rel}"), contents));
    }
    for doc in documents {
        let name = doc.path.rsplit('/').next().unwrap_or(&doc.path);
        entries.push((format!("guidelines/{name}"), Contents::Bytes(&doc.bytes)));
    }
    let parts: Vec<Vec<u8>> = entries
        .par_chunks(ENTRIES_PER_PART)
        .map(|part| zip_part(part, &campaign.dir))
        .collect::<Result<_, Diagnostic>>()?;
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    for part in parts {
        let archive = ZipArchive::new(Cursor::new(part)).map_err(|e| fail(&e))?;
        zip.merge_archive(archive).map_err(|e| fail(&e))?;
    }
    let bytes = zip.finish().map_err(|e| fail(&e))?.into_inner();
    Ok(OutputFile::new(KIT_PATH, bytes))
}

/// One part of the kit as a zip of its own, with fixed timestamps and modes.
fn zip_part(entries: &[(String, Contents)], campaign_dir: &Path) -> Result<Vec<u8>, Diagnostic> {
    let fail = |e: &dyn std::fmt::Display| zip_error(campaign_dir, e);
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .last_modified_time(DateTime::default())
        .unix_permissions(0o644);
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    for (name, contents) in entries {
        let read;
        let bytes = match contents {
            Contents::Bytes(b) => *b,
            Contents::File(path) => {
                read = crate::fsutil::read_bytes(path)?;
                &read
            }
        };
        zip.start_file(name.as_str(), options)
            .map_err(|e| fail(&e))?;
        zip.write_all(bytes).map_err(|e| fail(&e))?;
    }
    Ok(zip.finish().map_err(|e| fail(&e))?.into_inner())
}

fn zip_error(campaign_dir: &Path, e: &dyn std::fmt::Display) -> Diagnostic {
    Diagnostic::error("kit.zip", format!("cannot make the replication kit: {e}"))
        .in_file(campaign_dir)
}

/// The kit as a download of the Materials page.
pub fn material(kit: &OutputFile, base_path: &str) -> crate::context::MaterialView {
    crate::context::MaterialView {
        label_key: "replication-kit".into(),
        url: format!("{base_path}{}", kit.path),
        file_size: human_size(kit.bytes.len()),
        paper: None,
        preview: None,
        variants: Vec::new(),
    }
}

/// A file size for people: `940 B`, `84 KB`, `1.2 MB`.
pub fn human_size(bytes: usize) -> String {
    match bytes {
        b if b < 1000 => format!("{b} B"),
        b if b < 1_000_000 => format!("{} KB", (b + 500) / 1000),
        b => format!("{:.1} MB", b as f64 / 1_000_000.0),
    }
}

/// Every file of the campaign folder (hidden files left out), sorted, as
/// (path with `/` separators, full path).
fn campaign_files(dir: &Path) -> Vec<(String, PathBuf)> {
    walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'))
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e
                .path()
                .strip_prefix(dir)
                .unwrap_or(e.path())
                .to_string_lossy()
                .replace('\\', "/");
            (rel, e.into_path())
        })
        .collect()
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
         1. Get Faro, the tool that builds the site: build it from its source code with the\n\
         \x20  Rust toolchain (`cargo build --release` in the Faro folder). The `faro` binary\n\
         \x20  is all you need: its templates, theme and interface strings are built in.\n\
         2. Make your own campaign from this one (it never overwrites a folder):\n\n\
         \x20      faro fork {id} my-region --region \"My Region\" --locales it,en\n\n\
         3. List what is left to do, file by file, and fill it in:\n\n\
         \x20      faro check my-region\n\n\
         \x20  Every regional fact of the original (helplines, partners, the region's name,\n\
         \x20  local services) is a to-do. Check every phone number with the service that\n\
         \x20  runs it before you publish it.\n\
         4. Build the site (`--draft` shows a draft banner while to-dos remain):\n\n\
         \x20      faro build my-region -o public\n\n\
         \x20  The `public` folder is plain files for any static host.\n\n\
         This campaign's default language is `{default}`; its languages are {locales}.\n",
        region = s.region,
        id = s.id,
        default = s.default_locale,
        locales = s.locales.join(", "),
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn sizes_for_people() {
        assert_eq!(super::human_size(940), "940 B");
        assert_eq!(super::human_size(84_499), "84 KB");
        assert_eq!(super::human_size(1_234_567), "1.2 MB");
    }
}
