//! processed/manifest.json: what the tables were built from — each raw file's size,
//! modification time and content hash, the settings and the code version — written after
//! every table, so its presence means a complete ingest, and read by the next ingest to skip
//! unchanged files.

use super::atomic;
use anyhow::Result;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::Path;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    pub schema_version: u32,
    /// Hash of the program's source (files parsed by other code are parsed again).
    pub code: String,
    /// Hash of the settings that shape rows (names kept, pseudonym key, annualization, …).
    pub settings: String,
    pub tables: BTreeMap<String, usize>,
    pub inputs: Vec<InputFile>,
    /// The `--salary-bounds` of the ingest, for `check` to test against the same rule.
    #[serde(default)]
    pub salary_bounds: Option<[f64; 2]>,
    /// The question categories of the taxonomy the ingest used, for `check`.
    #[serde(default)]
    pub categories: Option<Vec<String>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InputFile {
    /// Relative to the raw folder.
    pub file: String,
    pub bytes: u64,
    /// Modification time in nanoseconds since the Unix epoch, when the file system gives one.
    pub modified_ns: Option<u64>,
    /// BLAKE3 of the content (32 hex digits); empty when the file could not be read.
    pub content_hash: String,
}

pub const FILE: &str = "manifest.json";

pub fn read(dir: &Path) -> Option<Manifest> {
    let text = std::fs::read_to_string(dir.join(FILE)).ok()?;
    serde_json::from_str(&text).ok()
}

/// Removes the manifest before the tables are replaced: a run killed while it renames them
/// leaves no manifest, so the next run rebuilds everything instead of trusting a mix.
pub fn remove(dir: &Path) -> Result<()> {
    match std::fs::remove_file(dir.join(FILE)) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e.into()),
        _ => Ok(()),
    }
}

pub fn write(dir: &Path, manifest: &Manifest) -> Result<()> {
    let mut text = serde_json::to_string_pretty(manifest)?;
    text.push('\n');
    atomic::write(&dir.join(FILE), text.as_bytes())
}
