//! The render cache: the files of an asset, stored under the hash of every
//! input that made them (renderer version, templates, fonts, data, images), so
//! that an asset whose inputs did not change is not rendered again; the
//! replication kit keeps its deflated parts in a folder of the same cache
//! (replicate/kit_cache.rs).
//!
//! It lives outside the output, in `$FARO_CACHE_DIR` when set (an empty value
//! or `off` turns it off), else `$XDG_CACHE_HOME/faro`, else `~/.cache/faro`.
//! It is only ever an optimisation: a missing, unwritable or corrupt cache
//! means the asset is rendered, and entries unused for 30 days are removed.

use std::io::{Read, Write};
use std::path::PathBuf;
use std::time::{Duration, SystemTime};

/// Entries unused for this long are removed.
const MAX_AGE: Duration = Duration::from_secs(30 * 24 * 3600);

/// A place to keep rendered assets between builds.
#[derive(Debug, Clone)]
pub struct Cache {
    dir: Option<PathBuf>,
}

impl Cache {
    /// The cache in `dir`, or no cache.
    pub fn new(dir: Option<PathBuf>) -> Cache {
        Cache::of_kind(dir, "print-v1")
    }

    /// The entries of one `kind` (a folder of their own) of the cache in
    /// `dir`, or no cache: print assets, or the replication kit's parts.
    pub(crate) fn of_kind(dir: Option<PathBuf>, kind: &str) -> Cache {
        Cache {
            dir: dir.map(|d| d.join(kind)),
        }
    }

    /// The cache chosen by the environment (see the module documentation).
    pub fn from_env() -> Cache {
        Cache::new(env_dir())
    }

    /// The entries of `kind` in the cache the environment chooses.
    pub(crate) fn of_kind_from_env(kind: &str) -> Cache {
        Cache::of_kind(env_dir(), kind)
    }

    /// Whether there is no cache (turned off, or no folder for it).
    pub(crate) fn is_off(&self) -> bool {
        self.dir.is_none()
    }

    fn entry(&self, key: &str) -> Option<PathBuf> {
        Some(
            self.dir
                .as_ref()?
                .join(&key[..2])
                .join(format!("{key}.bin")),
        )
    }

    /// The files stored under `key`, if any (and readable).
    pub fn get(&self, key: &str) -> Option<Vec<(String, Vec<u8>)>> {
        let path = self.entry(key)?;
        let mut bytes = Vec::new();
        let mut file = std::fs::File::open(&path).ok()?;
        file.read_to_end(&mut bytes).ok()?;
        let files = decode(&bytes)?;
        // Mark the entry as used, for pruning.
        let _ = std::fs::File::options()
            .append(true)
            .open(&path)
            .and_then(|f| f.set_modified(SystemTime::now()));
        Some(files)
    }

    /// Stores `files` under `key`; failures are ignored (the cache is optional).
    pub fn put(&self, key: &str, files: &[(String, &[u8])]) {
        let Some(path) = self.entry(key) else { return };
        let Some(parent) = path.parent() else { return };
        if std::fs::create_dir_all(parent).is_err() {
            return;
        }
        let tmp = parent.join(format!(".{key}.{}.tmp", std::process::id()));
        let written = std::fs::File::create(&tmp)
            .and_then(|mut f| f.write_all(&encode(files)))
            .and_then(|()| std::fs::rename(&tmp, &path));
        if written.is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
    }

    /// Removes entries unused for 30 days.
    pub fn prune(&self) {
        let Some(dir) = &self.dir else { return };
        let Ok(shards) = std::fs::read_dir(dir) else {
            return;
        };
        let now = SystemTime::now();
        for shard in shards.filter_map(Result::ok) {
            let Ok(entries) = std::fs::read_dir(shard.path()) else {
                continue;
            };
            for e in entries.filter_map(Result::ok) {
                let old = e
                    .metadata()
                    .and_then(|m| m.modified())
                    .map(|t| now.duration_since(t).unwrap_or_default() > MAX_AGE)
                    .unwrap_or(false);
                if old {
                    let _ = std::fs::remove_file(e.path());
                }
            }
        }
    }
}

/// The folder the environment chooses (see the module documentation), or
/// none when the cache is off.
fn env_dir() -> Option<PathBuf> {
    let var = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty());
    if let Some(v) = std::env::var_os("FARO_CACHE_DIR") {
        if v.is_empty() || v == "off" {
            return None;
        }
        return Some(PathBuf::from(v));
    }
    var("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .or_else(|| var("HOME").map(|h| PathBuf::from(h).join(".cache")))
        .map(|d| d.join("faro"))
}

const MAGIC: &[u8; 8] = b"FAROPRT1";

fn encode(files: &[(String, &[u8])]) -> Vec<u8> {
    let mut out = MAGIC.to_vec();
    for (name, bytes) in files {
        out.extend((name.len() as u64).to_le_bytes());
        out.extend(name.as_bytes());
        out.extend((bytes.len() as u64).to_le_bytes());
        out.extend(*bytes);
    }
    out.extend(blake3::hash(&out).as_bytes());
    out
}

fn decode(bytes: &[u8]) -> Option<Vec<(String, Vec<u8>)>> {
    let (body, sum) = bytes.split_at(bytes.len().checked_sub(32)?);
    if blake3::hash(body).as_bytes() != sum || !body.starts_with(MAGIC) {
        return None;
    }
    let mut rest = &body[MAGIC.len()..];
    let mut take = |n: usize| -> Option<&[u8]> {
        if rest.len() < n {
            return None;
        }
        let (a, b) = rest.split_at(n);
        rest = b;
        Some(a)
    };
    let mut files = Vec::new();
    while let Some(len) = take(8) {
        let len = u64::from_le_bytes(len.try_into().ok()?) as usize;
        let name = String::from_utf8(take(len)?.to_vec()).ok()?;
        let len = u64::from_le_bytes(take(8)?.try_into().ok()?) as usize;
        files.push((name, take(len)?.to_vec()));
    }
    Some(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_round_trip_and_corruption_is_a_miss() {
        let dir = tempfile::tempdir().unwrap();
        let cache = Cache::new(Some(dir.path().to_path_buf()));
        let key = "ab".repeat(32);
        assert!(cache.get(&key).is_none());
        cache.put(&key, &[("a.pdf".into(), b"%PDF"), ("a.png".into(), b"")]);
        let files = cache.get(&key).unwrap();
        assert_eq!(files[0], ("a.pdf".to_string(), b"%PDF".to_vec()));
        assert_eq!(files[1].0, "a.png");
        let path = cache.entry(&key).unwrap();
        let mut bytes = std::fs::read(&path).unwrap();
        bytes[10] ^= 1;
        std::fs::write(&path, bytes).unwrap();
        assert!(cache.get(&key).is_none());
    }
}
