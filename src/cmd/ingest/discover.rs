//! Finding the raw files: every regular file under raw/, in byte order of its relative path
//! (the order of every output table).

use crate::model::QuarantineEntry;
use std::path::{Path, PathBuf};

/// A file found under raw/.
#[derive(Debug, Clone)]
pub struct RawFile {
    pub path: PathBuf,
    /// Relative to raw/, `/`-separated.
    pub rel: String,
    pub size: u64,
    pub modified_ns: Option<u64>,
}

/// Every regular file under `raw`, in byte order of the relative path. Hidden entries are
/// skipped (editor and
/// VCS files). Symbolic links are reported and not followed, since they may lead anywhere
/// on the machine (`raw/x -> /etc/passwd`), unless `follow_links` (`--follow-symlinks`);
/// then a link loop is reported instead.
pub fn discover(raw: &Path, follow_links: bool) -> (Vec<RawFile>, Vec<QuarantineEntry>) {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    let walker = walkdir::WalkDir::new(raw)
        .follow_links(follow_links)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
    for entry in walker {
        let entry = match entry {
            Ok(e) => e,
            Err(err) => {
                let rel = err.path().map(|p| rel_path(raw, p)).unwrap_or_default();
                problems.push(QuarantineEntry::error(
                    &rel,
                    None,
                    format!("could not list this path: {err}"),
                    None,
                ));
                continue;
            }
        };
        let rel = rel_path(raw, entry.path());
        if entry.path_is_symlink() && !follow_links {
            problems.push(QuarantineEntry::error(
                &rel,
                None,
                "symbolic link not followed: it may lead outside the raw folder (copy the file in, or use --follow-symlinks)",
                None,
            ));
            continue;
        }
        if !entry.file_type().is_file() && !entry.file_type().is_dir() {
            problems.push(QuarantineEntry::error(
                &rel,
                None,
                "not a regular file (a named pipe, socket or device); not read",
                None,
            ));
            continue;
        }
        if entry.file_type().is_file() {
            let size = entry.metadata().map(|m| m.len()).unwrap_or(0);
            let modified_ns = entry
                .metadata()
                .ok()
                .and_then(|m| m.modified().ok())
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .map(|d| d.as_nanos() as u64);
            files.push(RawFile {
                path: entry.path().to_path_buf(),
                rel,
                size,
                modified_ns,
            });
        }
    }
    // walkdir sorts each folder's entries, which puts `a/x` before `a-b`; the tables are in
    // byte order of the path, so the files are too.
    files.sort_by(|a, b| a.rel.cmp(&b.rel));
    (files, problems)
}

fn rel_path(root: &Path, p: &Path) -> String {
    let rel = p.strip_prefix(root).unwrap_or(p);
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}
