//! The kit's deflated parts, kept between builds in the render cache
//! (print/cache.rs: `$FARO_CACHE_DIR`, else the user's cache folder; `off`
//! turns it off), so that a part whose entries did not change is not
//! deflated again. Deflating the campaign folder was the largest single cost
//! of a large build (18.8 % of the instructions of a 6,000-page build,
//! benches/RESULTS.md); a page edit now deflates the one part that holds it.
//!
//! A part is stored under the hash of its entries' names and contents, of
//! Faro's version and of what the compressor makes of a sample: a kit from the
//! cache is the kit a build without it makes, byte for byte, and a newer
//! libdeflate that packs differently misses the old entries instead of mixing
//! two outputs. Like the print cache, it is only ever an optimisation: a
//! missing, unwritable or damaged entry means the part is deflated.

use super::kit_zip::Part;
use crate::print::Cache;

/// The cache folder of the kit's parts; a new format takes a new name.
const KIND: &str = "kit-v1";

/// A text to deflate once per build: what the compressor makes of it goes
/// into every key (a real text of some length, so that a compressor that
/// packs differently shows it).
const SAMPLE: &str = include_str!("kit_zip.rs");

/// Where the kit's parts are kept, with what identifies the compressor.
#[derive(Clone)]
pub(super) struct PartCache {
    cache: Cache,
    /// Hash of Faro's version and of `deflate(SAMPLE)`.
    maker: blake3::Hash,
}

impl PartCache {
    /// The cache the environment chooses, for parts made by `deflate`.
    pub(super) fn from_env(deflate: impl Fn(&[u8]) -> Option<Vec<u8>>) -> PartCache {
        PartCache::new(Cache::of_kind_from_env(KIND), deflate)
    }

    /// No cache: every part is deflated.
    #[cfg(test)]
    pub(super) fn off() -> PartCache {
        PartCache::new(Cache::of_kind(None, KIND), |b| Some(b.to_vec()))
    }

    /// The cache in the folder `dir` (as `$FARO_CACHE_DIR`), for the kit's
    /// compressor.
    #[cfg(test)]
    pub(super) fn in_folder(dir: &std::path::Path) -> PartCache {
        let deflate = |b: &[u8]| super::kit::deflate(&mut super::kit::compressor(), b);
        PartCache::new(Cache::of_kind(Some(dir.to_path_buf()), KIND), deflate)
    }

    /// The parts kept in `cache`, for parts made by `deflate`.
    fn new(cache: Cache, deflate: impl Fn(&[u8]) -> Option<Vec<u8>>) -> PartCache {
        let mut maker = blake3::Hasher::new();
        maker.update(concat!("faro ", env!("CARGO_PKG_VERSION"), "\n").as_bytes());
        // A compressor that fails on the sample fails on the kit too: the key
        // only has to be stable while it works.
        maker.update(&deflate(SAMPLE.as_bytes()).unwrap_or_default());
        PartCache {
            cache,
            maker: maker.finalize(),
        }
    }

    /// The key of the part holding `entries` (names and contents, in order);
    /// `None` when there is no cache (nothing to hash for).
    pub(super) fn key(&self, entries: &[(&str, &[u8])]) -> Option<String> {
        if self.cache.is_off() {
            return None;
        }
        let mut hasher = blake3::Hasher::new();
        hasher.update(self.maker.as_bytes());
        for (name, bytes) in entries {
            // Lengths first, so that no two lists of entries hash alike by
            // moving bytes from one field to the next.
            hasher.update(&(name.len() as u64).to_le_bytes());
            hasher.update(name.as_bytes());
            hasher.update(&(bytes.len() as u64).to_le_bytes());
            // Each file's own hash: fed to one hasher after a name, a file's
            // bytes began mid-block and went 64 bytes at a time, where
            // `blake3::hash` takes its 1 KiB chunks side by side (SIMD); the
            // key was 3 % of a build's instructions.
            hasher.update(blake3::hash(bytes).as_bytes());
        }
        Some(hasher.finalize().to_hex().to_string())
    }

    /// The part kept under `key`, if it holds `entries`.
    pub(super) fn get(&self, key: &str, entries: &[(&str, &[u8])]) -> Option<Part> {
        let [(_, local)] = <[_; 1]>::try_from(self.cache.get(key)?).ok()?;
        let expected: Vec<(&str, usize)> = entries.iter().map(|(n, b)| (*n, b.len())).collect();
        Part::from_local(local, &expected)
    }

    /// Keeps `part` under `key`.
    pub(super) fn put(&self, key: &str, part: &Part) {
        self.cache.put(key, &[("local".to_string(), part.local())]);
    }

    /// Removes parts unused for 30 days.
    pub(super) fn prune(&self) {
        self.cache.prune();
    }
}

#[cfg(test)]
mod tests {
    use super::super::kit;
    use super::*;

    /// A part of `entries`, deflated as the kit deflates them.
    fn part(entries: &[(&str, &[u8])]) -> Part {
        let mut compressor = kit::compressor();
        let mut part = Part::default();
        for (name, bytes) in entries {
            let deflated = kit::deflate(&mut compressor, bytes).unwrap();
            part.add(name, bytes, &deflated).unwrap();
        }
        part
    }

    #[test]
    fn a_part_comes_back_under_the_key_of_its_entries_only() {
        let dir = tempfile::tempdir().unwrap();
        assert!(PartCache::off().key(&[("a.md", b"")]).is_none());
        let cache = PartCache::in_folder(dir.path());
        let entries: [(&str, &[u8]); 2] = [("a.md", b"# A\n\ntext"), ("b.md", b"")];
        let key = cache.key(&entries).unwrap();
        assert!(cache.get(&key, &entries).is_none());
        let made = part(&entries);
        cache.put(&key, &made);
        let kept = cache.get(&key, &entries).unwrap();
        assert_eq!(kept.local(), made.local());
        // Another content, name or order is another key.
        let others: [[(&str, &[u8]); 2]; 3] = [
            [("a.md", b"# A\n\ntext!"), ("b.md", b"")],
            [("a.md", b"# A\n\ntext"), ("c.md", b"")],
            [("b.md", b""), ("a.md", b"# A\n\ntext")],
        ];
        for other in others {
            assert_ne!(cache.key(&other).unwrap(), key);
        }
        // A compressor that packs differently does not see these parts.
        let other_maker = PartCache::new(Cache::of_kind(Some(dir.path().into()), KIND), |b| {
            kit::deflate(&mut kit::compressor(), b).map(|mut d| {
                d.push(0);
                d
            })
        });
        assert_ne!(other_maker.key(&entries).unwrap(), key);
        // An entry under the key that does not hold these entries is a miss.
        cache.put(&key, &part(&[("a.md", b"# A\n\ntext")]));
        assert!(cache.get(&key, &entries).is_none());
    }
}
