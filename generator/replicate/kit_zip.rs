//! The replication kit's zip format: deflated entries with a fixed date
//! (1980-01-01), mode 0644 and UTF-8 names. Entries are deflated in parts on
//! several threads; the parts are then joined by laying their entries one
//! after the other and writing one central directory for all of them, so the
//! zip never depends on how the entries were split.
//!
//! The bytes are those the `zip` crate (9.x) wrote when it merged the parts
//! (`ZipWriter::merge_archive`, then `finish`), ZIP64 end records past 65,535
//! entries included: the tests below compare the two. Joining by hand takes a
//! copy of the data and a directory, where the crate read every part back and
//! wrote the whole archive again on one thread (about 5 % of a large build's
//! wall time).

/// Local header and central directory fields both start with these.
const VERSION_NEEDED: u16 = 20;
const UTF8_NAMES: u16 = 1 << 11;
const DEFLATED: u16 = 8;
const DOS_DATE_1980_01_01: u16 = 0x0021;
/// Made on Unix (3) with version 2.0, so that readers apply the mode.
const VERSION_MADE_BY: u16 = (3 << 8) | VERSION_NEEDED;
const REGULAR_FILE_0644: u32 = 0o100644 << 16;
/// Fixed lengths of a local header and of a central directory entry, name aside.
const LOCAL_HEADER: usize = 30;
const CENTRAL_ENTRY: usize = 46;
/// Past this many entries the end record holds ZIP64 fields.
const MOST_PLAIN_ENTRIES: usize = u16::MAX as usize;

/// Entries deflated one after the other: their local records (header, name,
/// data), and what the central directory says of each.
#[derive(Default)]
pub(super) struct Part {
    local: Vec<u8>,
    entries: Vec<Entry>,
}

/// One entry of a [`Part`]; its name is in the part's local header.
struct Entry {
    offset: u32,
    name_len: u16,
    crc: u32,
    raw_len: u32,
    deflated_len: u32,
}

impl Entry {
    /// The fields a local header and a central directory entry share, from
    /// the version needed to the extra field's length.
    fn shared_fields(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&VERSION_NEEDED.to_le_bytes());
        out.extend_from_slice(&UTF8_NAMES.to_le_bytes());
        out.extend_from_slice(&DEFLATED.to_le_bytes());
        out.extend_from_slice(&0u16.to_le_bytes()); // time 00:00
        out.extend_from_slice(&DOS_DATE_1980_01_01.to_le_bytes());
        out.extend_from_slice(&self.crc.to_le_bytes());
        out.extend_from_slice(&self.deflated_len.to_le_bytes());
        out.extend_from_slice(&self.raw_len.to_le_bytes());
        out.extend_from_slice(&self.name_len.to_le_bytes());
        out.extend_from_slice(&0u16.to_le_bytes()); // no extra field
    }

    fn name<'p>(&self, local: &'p [u8]) -> &'p [u8] {
        let start = self.offset as usize + LOCAL_HEADER;
        &local[start..start + usize::from(self.name_len)]
    }
}

impl Part {
    /// Adds the entry `name`, whose contents `raw` deflate to `deflated`.
    pub(super) fn add(&mut self, name: &str, raw: &[u8], deflated: &[u8]) -> Result<(), String> {
        let small = |n: usize| {
            u32::try_from(n)
                .ok()
                .filter(|&n| n < u32::MAX)
                .ok_or_else(|| "too large for the kit".to_string())
        };
        let entry = Entry {
            offset: small(self.local.len())?,
            name_len: u16::try_from(name.len()).map_err(|_| "name too long".to_string())?,
            crc: libdeflater::crc32(raw),
            raw_len: small(raw.len())?,
            deflated_len: small(deflated.len())?,
        };
        self.local.extend_from_slice(&0x0403_4b50u32.to_le_bytes());
        entry.shared_fields(&mut self.local);
        self.local.extend_from_slice(name.as_bytes());
        self.local.extend_from_slice(deflated);
        self.entries.push(entry);
        Ok(())
    }

    /// The part's local records (headers, names and data), as kept in the
    /// kit's cache (kit_cache.rs).
    pub(super) fn local(&self) -> &[u8] {
        &self.local
    }

    /// The part whose local records are `local`, when they hold exactly the
    /// entries `expected` (name and length of the contents, in order) with
    /// headers as [`Part::add`] writes them; `None` for anything else (a
    /// cache entry of another kit, or damaged). The deflated data and CRCs
    /// are taken as they are: the cache checks its entries' bytes.
    pub(super) fn from_local(local: Vec<u8>, expected: &[(&str, usize)]) -> Option<Part> {
        let mut entries = Vec::with_capacity(expected.len());
        let mut at = 0usize;
        let field = |at: usize, len: usize| local.get(at..at + len);
        let u32_at = |at: usize| Some(u32::from_le_bytes(field(at, 4)?.try_into().ok()?));
        for (name, raw_len) in expected {
            let entry = Entry {
                offset: u32::try_from(at).ok()?,
                name_len: u16::try_from(name.len()).ok()?,
                crc: u32_at(at + 14)?,
                raw_len: u32::try_from(*raw_len).ok()?,
                deflated_len: u32_at(at + 18)?,
            };
            let mut header = 0x0403_4b50u32.to_le_bytes().to_vec();
            entry.shared_fields(&mut header);
            let name_at = at + LOCAL_HEADER;
            if field(at, LOCAL_HEADER)? != header || field(name_at, name.len())? != name.as_bytes()
            {
                return None;
            }
            at = name_at + name.len() + entry.deflated_len as usize;
            entries.push(entry);
        }
        (at == local.len()).then_some(Part { local, entries })
    }
}

/// One zip archive of the entries of `parts`, in order.
pub(super) fn join(parts: &[Part]) -> Result<Vec<u8>, String> {
    let entries = || parts.iter().flat_map(|p| &p.entries);
    let local_len: usize = parts.iter().map(|p| p.local.len()).sum();
    let central_len: usize = entries()
        .map(|e| CENTRAL_ENTRY + usize::from(e.name_len))
        .sum();
    // Offsets past 4 GiB would need ZIP64 fields in every entry: a campaign
    // folder is nowhere near.
    let plain_offset = |n: usize| u32::try_from(n).ok().filter(|&n| n < u32::MAX);
    let (Some(central_start), Some(_)) = (
        plain_offset(local_len),
        plain_offset(local_len + central_len),
    ) else {
        return Err("the kit would be larger than 4 GiB".to_string());
    };
    let mut out = Vec::with_capacity(local_len + central_len + 98);
    for part in parts {
        out.extend_from_slice(&part.local);
    }
    let mut base = 0u32;
    for part in parts {
        for entry in &part.entries {
            out.extend_from_slice(&0x0201_4b50u32.to_le_bytes());
            out.extend_from_slice(&VERSION_MADE_BY.to_le_bytes());
            entry.shared_fields(&mut out);
            out.extend_from_slice(&0u16.to_le_bytes()); // no comment
            out.extend_from_slice(&0u16.to_le_bytes()); // disk 0
            out.extend_from_slice(&0u16.to_le_bytes()); // no internal attributes
            out.extend_from_slice(&REGULAR_FILE_0644.to_le_bytes());
            out.extend_from_slice(&(base + entry.offset).to_le_bytes());
            out.extend_from_slice(entry.name(&part.local));
        }
        // Below `central_start`, checked above.
        base += part.local.len() as u32;
    }
    end_records(
        &mut out,
        entries().count(),
        central_start,
        central_len as u32,
    );
    Ok(out)
}

/// The end of central directory record, after the ZIP64 end record and its
/// locator when there are more entries than the plain record counts.
fn end_records(out: &mut Vec<u8>, count: usize, central_start: u32, central_len: u32) {
    let zip64 = count > MOST_PLAIN_ENTRIES;
    if zip64 {
        let end64_at = u64::from(central_start) + u64::from(central_len);
        out.extend_from_slice(&0x0606_4b50u32.to_le_bytes());
        out.extend_from_slice(&44u64.to_le_bytes()); // size of the rest of the record
        out.extend_from_slice(&VERSION_NEEDED.to_le_bytes()); // made by
        out.extend_from_slice(&VERSION_NEEDED.to_le_bytes());
        out.extend_from_slice(&[0; 8]); // this disk, the directory's disk
        out.extend_from_slice(&(count as u64).to_le_bytes());
        out.extend_from_slice(&(count as u64).to_le_bytes());
        out.extend_from_slice(&u64::from(central_len).to_le_bytes());
        out.extend_from_slice(&u64::from(central_start).to_le_bytes());
        out.extend_from_slice(&0x0706_4b50u32.to_le_bytes());
        out.extend_from_slice(&0u32.to_le_bytes()); // the ZIP64 record's disk
        out.extend_from_slice(&end64_at.to_le_bytes());
        out.extend_from_slice(&1u32.to_le_bytes()); // one disk in all
    }
    let plain_count = count.min(MOST_PLAIN_ENTRIES) as u16;
    let plain_len = if zip64 { u32::MAX } else { central_len };
    out.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
    out.extend_from_slice(&[0; 4]); // this disk, the directory's disk
    out.extend_from_slice(&plain_count.to_le_bytes());
    out.extend_from_slice(&plain_count.to_le_bytes());
    out.extend_from_slice(&plain_len.to_le_bytes());
    out.extend_from_slice(&central_start.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes()); // no comment
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{Cursor, Read};

    /// A part of `names`, each holding its own name (deflated by libdeflate).
    fn part(names: &[String]) -> Part {
        let mut compressor = libdeflater::Compressor::new(Default::default());
        let mut part = Part::default();
        for name in names {
            let raw = name.repeat(3);
            let mut deflated = vec![0; compressor.deflate_compress_bound(raw.len())];
            let n = compressor
                .deflate_compress(raw.as_bytes(), &mut deflated)
                .unwrap();
            part.add(name, raw.as_bytes(), &deflated[..n]).unwrap();
        }
        part
    }

    /// A part as a zip of its own, as the kit wrote each part before.
    fn alone(part: &Part) -> Vec<u8> {
        join(std::slice::from_ref(part)).unwrap()
    }

    /// The parts as the `zip` crate merges them.
    fn merged_by_the_zip_crate(parts: &[Part]) -> Vec<u8> {
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        for part in parts {
            let archive = zip::ZipArchive::new(Cursor::new(alone(part))).unwrap();
            zip.merge_archive(archive).unwrap();
        }
        zip.finish().unwrap().into_inner()
    }

    fn parts_of(count: usize, per_part: usize) -> Vec<Part> {
        let names: Vec<String> = (0..count)
            .map(|i| format!("kit/content/città-{i}.md"))
            .collect();
        names.chunks(per_part).map(part).collect()
    }

    #[test]
    fn joined_parts_are_the_zip_the_zip_crate_makes_of_them() {
        for (count, per_part) in [(1, 1), (3, 2), (700, 256)] {
            let parts = parts_of(count, per_part);
            let joined = join(&parts).unwrap();
            assert_eq!(joined, merged_by_the_zip_crate(&parts), "{count} entries");
            let mut read = zip::ZipArchive::new(Cursor::new(joined)).unwrap();
            assert_eq!(read.len(), count);
            let mut last = read.by_index(count - 1).unwrap();
            assert_eq!(last.unix_mode(), Some(0o100644));
            let mut text = String::new();
            last.read_to_string(&mut text).unwrap();
            let name = format!("kit/content/città-{}.md", count - 1);
            assert_eq!(
                (last.name().unwrap(), text),
                (name.as_str().into(), name.repeat(3))
            );
        }
        assert_eq!(join(&[]).unwrap(), merged_by_the_zip_crate(&[]));
    }

    #[test]
    fn a_part_is_read_back_from_its_local_records_only_when_they_hold_the_entries() {
        let names: Vec<String> = (0..5).map(|i| format!("kit/città-{i}.md")).collect();
        let made = part(&names);
        let expected: Vec<(&str, usize)> =
            names.iter().map(|n| (n.as_str(), n.len() * 3)).collect();
        let read = Part::from_local(made.local().to_vec(), &expected).unwrap();
        assert_eq!(alone(&read), alone(&made));
        // Another name, another length, one entry fewer or more, or a
        // record cut short: not this part.
        let mut renamed = expected.clone();
        renamed[2].0 = "kit/citta-2.md";
        let mut longer = expected.clone();
        longer[4].1 += 1;
        for wrong in [renamed, longer, expected[..4].to_vec()] {
            assert!(Part::from_local(made.local().to_vec(), &wrong).is_none());
        }
        let mut more = expected.clone();
        more.push(("kit/more.md", 0));
        assert!(Part::from_local(made.local().to_vec(), &more).is_none());
        let cut = made.local()[..made.local().len() - 1].to_vec();
        assert!(Part::from_local(cut, &expected).is_none());
    }

    #[test]
    fn past_65535_entries_the_end_records_are_the_zip_crate_s_zip64_ones() {
        // Empty entries (`03 00` is an empty deflate stream): the end records
        // are what is compared, and a debug build deflates slowly.
        let empty = |count: usize| {
            let names: Vec<String> = (0..count).map(|i| i.to_string()).collect();
            let part = |names: &[String]| {
                let mut part = Part::default();
                for name in names {
                    part.add(name, b"", &[3, 0]).unwrap();
                }
                part
            };
            names.chunks(16384).map(part).collect::<Vec<_>>()
        };
        for count in [MOST_PLAIN_ENTRIES, MOST_PLAIN_ENTRIES + 1] {
            let parts = empty(count);
            let joined = join(&parts).unwrap();
            assert_eq!(joined, merged_by_the_zip_crate(&parts), "{count} entries");
            let read = zip::ZipArchive::new(Cursor::new(joined)).unwrap();
            assert_eq!(read.len(), count);
        }
    }
}
