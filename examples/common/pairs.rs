//! The labelled pair files of `tests/fixtures/question_pairs/` as the tuning examples read
//! them, and the clusterer's pairwise decision (a fresh clusterer sees the two wordings, as
//! `tests/clustering.rs` does in its pairwise mode). Included with `#[path]`: Cargo builds
//! only the files directly in `examples/` as examples.

use interview_pipeline::normalize::clusters::Clusterer;
use interview_pipeline::normalize::question::{clustering_text, question_text};
use std::path::PathBuf;

/// One labelled pair: its 1-based line in the file, label and the two questions as written.
pub struct Pair<'t> {
    pub line: usize,
    pub label: &'t str,
    pub a: &'t str,
    pub b: &'t str,
}

/// The folder of the pair files.
pub fn dir() -> PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/question_pairs")
}

/// Every pair file, sorted by name.
pub fn files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir())
        .expect("pairs directory")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "tsv"))
        .collect();
    files.sort();
    files
}

/// A file's name, as the summaries print it (`dev.tsv`).
pub fn name(path: &std::path::Path) -> String {
    path.file_name().unwrap_or_default().to_string_lossy().into_owned()
}

/// The pairs of a file's text: past the header, without comment lines (`#`) or lines that
/// are not three fields.
pub fn pairs(text: &str) -> impl Iterator<Item = Pair<'_>> {
    text.lines().enumerate().skip(1).filter_map(|(i, line)| {
        let f: Vec<&str> = line.split('\t').collect();
        (!line.starts_with('#') && f.len() == 3).then(|| Pair {
            line: i + 1,
            label: f[0],
            a: f[1],
            b: f[2],
        })
    })
}

/// A question as the clusterer compares it.
pub fn normalized(question: &str) -> String {
    clustering_text(&question_text(question))
}

/// Whether a fresh clusterer puts two normalized wordings in one cluster.
pub fn merged(a: &str, b: &str) -> bool {
    let mut clusterer = Clusterer::default();
    let first = clusterer.assign(a).to_string();
    clusterer.assign(b) == first
}
