//! One raw file → its rows: read, hash, decode, detect the format, extract, normalize. A file
//! that cannot be read or decoded, and even a parser bug (a panic), becomes a quarantine row
//! for that file; the batch goes on.

use super::discover::RawFile;
use crate::model::{QuarantineEntry, Tables};
use crate::normalize::page::{page_rows, FileContext, NormalizeOptions};
use crate::sources::{self, decode, Issue, PageExtract};
use crate::store::manifest::InputFile;

/// Caps that keep one hostile file from exhausting memory or time; each hit is a quarantine
/// row saying which limit and how to raise it.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Larger files are not read at all.
    pub max_file_bytes: u64,
    /// Longer lines of a text page are skipped (HTML, CSV and JSON are often one long line:
    /// for them the file size is the cap).
    pub max_line_bytes: usize,
    /// Experiences (and salary rows) kept per file; the rest are dropped.
    pub max_records: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_file_bytes: 512 * 1024 * 1024,
            max_line_bytes: 1024 * 1024,
            max_records: 100_000,
        }
    }
}

/// One file's rows, or why it has none, with its content hash for de-duplication.
pub struct ParsedFile {
    pub rel: String,
    pub content_hash: Option<String>,
    /// The format the file was read as; none when it could not be read or decoded.
    pub format: Option<String>,
    pub tables: Tables,
    pub input: InputFile,
}

pub fn parse_file(file: &RawFile, opts: &NormalizeOptions, limits: &Limits) -> ParsedFile {
    if file.size > limits.max_file_bytes {
        return failed(file, too_big(file.size, limits));
    }
    let bytes = match read_at_most(&file.path, limits.max_file_bytes) {
        Ok(b) => b,
        // It grew past the limit after it was listed.
        Err(err) if err.kind() == std::io::ErrorKind::FileTooLarge => {
            return failed(file, too_big(limits.max_file_bytes + 1, limits))
        }
        Err(err) => return failed(file, format!("could not read the file: {err}")),
    };
    let hash = blake3::hash(&bytes).to_hex()[..32].to_string();
    let input = InputFile {
        file: file.rel.clone(),
        bytes: bytes.len() as u64,
        modified_ns: file.modified_ns,
        content_hash: hash.clone(),
    };
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| parse_bytes(&bytes, file, opts, limits)));
    let Ok((format, tables)) = result else {
        return failed(
            file,
            "internal error while parsing this file (a bug: please report it with the file)".to_string(),
        );
    };
    ParsedFile {
        rel: file.rel.clone(),
        content_hash: Some(hash),
        format,
        tables,
        input,
    }
}

fn too_big(size: u64, limits: &Limits) -> String {
    format!(
        "file is {} bytes, over the limit of {} bytes (--max-file-bytes); not read",
        size, limits.max_file_bytes
    )
}

/// The file's bytes, or `FileTooLarge` when it holds more than `max` (it may have grown since
/// it was listed: never read more than the limit).
fn read_at_most(path: &std::path::Path, max: u64) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let mut bytes = Vec::new();
    std::fs::File::open(path)?.take(max + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > max {
        return Err(std::io::Error::new(std::io::ErrorKind::FileTooLarge, "over the limit"));
    }
    Ok(bytes)
}

/// Blanks the lines longer than the limit (keeping the line numbers of the others) and
/// returns an issue for each.
fn skip_long_lines(text: &str, max: usize) -> (std::borrow::Cow<'_, str>, Vec<Issue>) {
    if text.len() <= max || !text.split('\n').any(|l| l.len() > max) {
        return (std::borrow::Cow::Borrowed(text), Vec::new());
    }
    let mut issues = Vec::new();
    let kept: Vec<&str> = text
        .split('\n')
        .enumerate()
        .map(|(i, line)| {
            if line.len() > max {
                issues.push(Issue::error(
                    Some(i + 1),
                    format!(
                        "line is {} bytes long, over the limit of {max} bytes (--max-line-bytes); skipped",
                        line.len()
                    ),
                    None,
                ));
                ""
            } else {
                line
            }
        })
        .collect();
    (std::borrow::Cow::Owned(kept.join("\n")), issues)
}

/// Keeps the first `max` experiences and salary rows of a page.
fn cap_records(page: &mut PageExtract, max: usize) {
    for (what, len) in [
        ("experiences", page.experiences.len()),
        ("salary rows", page.salaries.len()),
    ] {
        if len > max {
            page.issues.push(Issue::error(
                None,
                format!("file has {len} {what}, over the limit of {max} per file (--max-records-per-file); the rest are dropped"),
                None,
            ));
        }
    }
    page.experiences.truncate(max);
    page.salaries.truncate(max);
}

fn parse_bytes(bytes: &[u8], file: &RawFile, opts: &NormalizeOptions, limits: &Limits) -> (Option<String>, Tables) {
    let decoded = match decode::decode(bytes) {
        Ok(d) => d,
        Err(err) => {
            let mut tables = Tables::default();
            tables
                .quarantine
                .push(QuarantineEntry::error(&file.rel, None, err.to_string(), None));
            return (None, tables);
        }
    };
    let format = sources::detect(&file.rel, &decoded.text);
    let ctx = FileContext {
        rel_path: file.rel.clone(),
        format: format.as_str(),
    };
    let (text, long_lines) = match format {
        sources::Format::Text => skip_long_lines(&decoded.text, limits.max_line_bytes),
        _ => (std::borrow::Cow::Borrowed(decoded.text.as_str()), Vec::new()),
    };
    let mut page = sources::extract(format, &text);
    page.issues.extend(long_lines);
    cap_records(&mut page, limits.max_records);
    let mut tables = page_rows(page, &ctx, &text, opts);
    for (line, reason) in decoded.warnings {
        tables
            .quarantine
            .push(QuarantineEntry::warning(&file.rel, line, reason, None));
    }
    (Some(format.as_str().to_string()), tables)
}

fn failed(file: &RawFile, reason: String) -> ParsedFile {
    let mut tables = Tables::default();
    tables
        .quarantine
        .push(QuarantineEntry::error(&file.rel, None, reason, None));
    ParsedFile {
        rel: file.rel.clone(),
        content_hash: None,
        format: None,
        tables,
        input: InputFile {
            file: file.rel.clone(),
            bytes: file.size,
            modified_ns: file.modified_ns,
            content_hash: String::new(),
        },
    }
}
