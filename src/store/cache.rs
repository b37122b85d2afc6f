//! Per-file parse results in processed/.cache, so an ingest re-parses only files that changed.
//!
//! A result is stored under a key from the file's path, its content hash, the settings and
//! the program's source hash: any change to one of them is a different key, so a stale result
//! is never used. Entries live in 16 shard files (by the key's first hex digit), each holding
//! many entries: thousands of small files cost more in file-system work than the parsing they
//! save (measured: 1.2 s to write 2,000 entry files against 0.8 s to parse the pages). Each
//! entry is bincode behind a BLAKE3 checksum; shards are replaced atomically, and only shards
//! whose entries changed are rewritten. Entries not used by the latest ingest are dropped.

use super::atomic;
use crate::model::Tables;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// One file's parse result: the format it was read as (none when it could not be decoded)
/// and its rows.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ParsedRows {
    pub format: Option<String>,
    pub tables: Tables,
}

const SHARDS: usize = 16;

type Shard = BTreeMap<String, Vec<u8>>;

pub struct ParseCache {
    dir: PathBuf,
    /// Shards read so far (read whole, on first use).
    loaded: Mutex<HashMap<usize, Shard>>,
}

impl ParseCache {
    pub fn open(processed: &Path) -> Self {
        let dir = processed.join(".cache");
        let _ = std::fs::create_dir_all(&dir);
        ParseCache {
            dir,
            loaded: Mutex::new(HashMap::new()),
        }
    }

    pub fn key(rel_path: &str, content_hash: &str, settings: &str) -> String {
        let mut h = blake3::Hasher::new();
        for part in [rel_path, content_hash, settings, env!("SOURCE_HASH")] {
            h.update(part.as_bytes());
            h.update(&[0x1f]);
        }
        h.finalize().to_hex()[..32].to_string()
    }

    pub fn load(&self, key: &str) -> Option<ParsedRows> {
        let shard = shard_of(key);
        let bytes = {
            let mut loaded = self.loaded.lock().ok()?;
            let entries = loaded
                .entry(shard)
                .or_insert_with(|| read_shard(&self.shard_path(shard)));
            entries.get(key)?.clone()
        };
        decode(&bytes)
    }

    /// The bytes stored for `rows` (encode in parallel, then [`finish`](Self::finish)).
    pub fn encode(rows: &ParsedRows) -> Option<Vec<u8>> {
        let body = bincode::serde::encode_to_vec(rows, bincode::config::standard()).ok()?;
        let mut out = Vec::with_capacity(body.len() + 32);
        out.extend_from_slice(blake3::hash(&body).as_bytes());
        out.extend_from_slice(&body);
        Some(out)
    }

    /// Writes the cache for this ingest: the `keep` entries (those used), with `new` added.
    /// Best effort: a shard that cannot be written means those files are parsed again.
    pub fn finish(&self, keep: &HashSet<String>, new: Vec<(String, Vec<u8>)>) {
        let mut new_by_shard: HashMap<usize, Vec<(String, Vec<u8>)>> = HashMap::new();
        for (k, v) in new {
            new_by_shard.entry(shard_of(&k)).or_default().push((k, v));
        }
        let Ok(mut loaded) = self.loaded.lock() else { return };
        for shard in 0..SHARDS {
            let path = self.shard_path(shard);
            let mut entries = loaded.remove(&shard).unwrap_or_else(|| read_shard(&path));
            let before = entries.len();
            entries.retain(|k, _| keep.contains(k));
            let removed = entries.len() != before;
            let added = new_by_shard.remove(&shard).unwrap_or_default();
            let changed = removed || !added.is_empty();
            entries.extend(added);
            if !changed {
                continue;
            }
            if entries.is_empty() {
                let _ = std::fs::remove_file(&path);
            } else if let Ok(bytes) = bincode::serde::encode_to_vec(&entries, bincode::config::standard()) {
                let _ = atomic::write_unsynced(&path, &bytes);
            }
        }
    }

    fn shard_path(&self, shard: usize) -> PathBuf {
        self.dir.join(format!("shard-{shard:x}.bin"))
    }
}

fn shard_of(key: &str) -> usize {
    key.chars().next().and_then(|c| c.to_digit(16)).unwrap_or(0) as usize % SHARDS
}

fn read_shard(path: &Path) -> Shard {
    std::fs::read(path)
        .ok()
        .and_then(|bytes| bincode::serde::decode_from_slice::<Shard, _>(&bytes, bincode::config::standard()).ok())
        .map(|(s, _)| s)
        .unwrap_or_default()
}

/// A checksum first: an entry that does not match is parsed again, never misread.
fn decode(bytes: &[u8]) -> Option<ParsedRows> {
    let (sum, body) = bytes.split_at_checked(32)?;
    if blake3::hash(body).as_bytes() != sum {
        return None;
    }
    bincode::serde::decode_from_slice(body, bincode::config::standard())
        .ok()
        .map(|(rows, _)| rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Faq;

    fn rows() -> ParsedRows {
        let mut t = ParsedRows {
            format: Some("text".into()),
            ..Default::default()
        };
        t.tables.faq.push(Faq {
            company: "A".into(),
            position: 1,
            question: "Q?".into(),
            answer: None,
            source_file: "f".into(),
            source_line: 2,
        });
        t
    }

    #[test]
    fn store_reopen_load_and_drop_unused() {
        let dir = tempfile::tempdir().unwrap();
        let k = ParseCache::key("f", "h", "s");
        assert_ne!(k, ParseCache::key("f", "h2", "s"));
        let cache = ParseCache::open(dir.path());
        assert_eq!(cache.load(&k), None);
        cache.finish(
            &HashSet::from([k.clone()]),
            vec![(k.clone(), ParseCache::encode(&rows()).unwrap())],
        );
        let again = ParseCache::open(dir.path());
        assert_eq!(again.load(&k), Some(rows()));
        again.finish(&HashSet::new(), vec![]);
        assert_eq!(ParseCache::open(dir.path()).load(&k), None);
    }

    #[test]
    fn corrupt_entry_is_a_miss() {
        let mut bytes = ParseCache::encode(&rows()).unwrap();
        let last = bytes.len() - 1;
        bytes[last] ^= 0xff;
        assert_eq!(decode(&bytes), None);
        assert_eq!(decode(&bytes[..10]), None);
        assert_eq!(decode(&ParseCache::encode(&rows()).unwrap()), Some(rows()));
    }
}
