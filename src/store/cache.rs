//! Per-file parse results in processed/.cache, so an ingest re-reads only files that changed.
//!
//! A result is stored under a key from the file's path, its content hash, the settings and
//! the program's source hash: any change to one of them is a different key, so a stale result
//! is never used. Entries not used by the latest ingest are removed.

use super::atomic;
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
        serde_json::from_slice(&bytes).ok()
    }

    /// Best effort: a result that cannot be stored is parsed again next time.
    pub fn store(&self, key: &str, rows: &ParsedRows) {
        if let Ok(bytes) = serde_json::to_vec(rows) {
            let _ = atomic::write_unsynced(&self.path(key), &bytes);
        }
    }

    /// Removes every entry whose key is not in `keep`.
    pub fn retain(&self, keep: &HashSet<String>) {
        let Ok(entries) = std::fs::read_dir(&self.dir) else {
            return;
        };
        for e in entries.flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            let key = name.strip_suffix(".json").unwrap_or(&name);
            if !keep.contains(key) {
                let _ = std::fs::remove_file(e.path());
            }
        }
    }

    fn path(&self, key: &str) -> PathBuf {
        self.dir.join(format!("{key}.json"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Faq;

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
