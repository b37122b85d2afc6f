//! Per-file parse results in processed/.cache (bincode behind a BLAKE3 checksum), so an ingest
//! re-parses only files that changed.
//!
//! A result is stored under a key from the file's path, its content hash, the settings and
//! the program's source hash: any change to one of them is a different key, so a stale result
//! is never used. Entries not used by the latest ingest are removed.

use crate::model::Tables;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// One file's parse result: the format it was read as (none when it could not be decoded)
/// and its rows.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ParsedRows {
    pub format: Option<String>,
    pub tables: Tables,
}

pub struct ParseCache {
    dir: PathBuf,
}

impl ParseCache {
    pub fn open(processed: &Path) -> Self {
        let dir = processed.join(".cache");
        let _ = std::fs::create_dir_all(&dir);
        ParseCache { dir }
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
        let bytes = std::fs::read(self.path(key)).ok()?;
        // A checksum first: an entry cut short by a crash is parsed again, never misread.
        let (sum, body) = bytes.split_at_checked(32)?;
        if blake3::hash(body).as_bytes() != sum {
            return None;
        }
        bincode::serde::decode_from_slice(body, bincode::config::standard())
            .ok()
            .map(|(rows, _)| rows)
    }

    /// Best effort: a result that cannot be stored is parsed again next time.
    pub fn store(&self, key: &str, rows: &ParsedRows) {
        if let Some(bytes) = Self::encode(rows) {
            self.store_encoded(key, &bytes);
        }
    }

    /// The bytes [`store_encoded`](Self::store_encoded) writes (encode in parallel, write from one thread).
    /// bincode: several times faster and smaller than JSON for these rows.
    pub fn encode(rows: &ParsedRows) -> Option<Vec<u8>> {
        let body = bincode::serde::encode_to_vec(rows, bincode::config::standard()).ok()?;
        let mut out = Vec::with_capacity(body.len() + 32);
        out.extend_from_slice(blake3::hash(&body).as_bytes());
        out.extend_from_slice(&body);
        Some(out)
    }

    /// Written in place (no temporary file and rename: measured 2-3x slower over thousands of
    /// entries); the checksum makes a torn entry a cache miss.
    pub fn store_encoded(&self, key: &str, bytes: &[u8]) {
        let _ = std::fs::write(self.path(key), bytes);
    }

    /// Removes every entry whose key is not in `keep`.
    pub fn retain(&self, keep: &HashSet<String>) {
        let Ok(entries) = std::fs::read_dir(&self.dir) else {
            return;
        };
        for e in entries.flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            let key = name.strip_suffix(".bin").unwrap_or(&name);
            if !keep.contains(key) {
                let _ = std::fs::remove_file(e.path());
            }
        }
    }

    fn path(&self, key: &str) -> PathBuf {
        self.dir.join(format!("{key}.bin"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Faq;

    #[test]
    fn torn_entry_is_a_miss() {
        let dir = tempfile::tempdir().unwrap();
        let cache = ParseCache::open(dir.path());
        let rows = ParsedRows {
            format: Some("text".into()),
            ..Default::default()
        };
        let bytes = ParseCache::encode(&rows).unwrap();
        cache.store_encoded("k", &bytes[..bytes.len() - 1]);
        assert_eq!(cache.load("k"), None);
        cache.store_encoded("k", &bytes);
        assert_eq!(cache.load("k"), Some(rows));
    }

    #[test]
    fn store_load_retain() {
        let dir = tempfile::tempdir().unwrap();
        let cache = ParseCache::open(dir.path());
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
        let k = ParseCache::key("f", "h", "s");
        assert_ne!(k, ParseCache::key("f", "h2", "s"));
        cache.store(&k, &t);
        assert_eq!(cache.load(&k), Some(t));
        cache.retain(&HashSet::new());
        assert_eq!(cache.load(&k), None);
    }
}
