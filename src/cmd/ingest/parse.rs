//! One raw file → its rows: read, hash, decode, detect the format, extract, normalize. A file
//! that cannot be read or decoded, and even a parser bug (a panic), becomes a quarantine row
//! for that file; the batch goes on.

use super::discover::RawFile;
use crate::model::{QuarantineEntry, Tables};
use crate::normalize::page::{page_rows, FileContext, NormalizeOptions};
use crate::sources::{self, decode};
use crate::store::manifest::InputFile;

/// One file's rows, or why it has none, with its content hash for de-duplication.
pub struct ParsedFile {
    pub rel: String,
    pub content_hash: Option<String>,
    /// The format the file was read as; none when it could not be read or decoded.
    pub format: Option<String>,
    pub tables: Tables,
    pub input: InputFile,
}

pub fn parse_file(file: &RawFile, opts: &NormalizeOptions) -> ParsedFile {
    let bytes = match std::fs::read(&file.path) {
        Ok(b) => b,
        Err(err) => return failed(file, format!("could not read the file: {err}")),
    };
    let hash = blake3::hash(&bytes).to_hex()[..32].to_string();
    let input = InputFile {
        file: file.rel.clone(),
        bytes: bytes.len() as u64,
        modified_ns: file.modified_ns,
        content_hash: hash.clone(),
    };
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| parse_bytes(&bytes, file, opts)));
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

fn parse_bytes(bytes: &[u8], file: &RawFile, opts: &NormalizeOptions) -> (Option<String>, Tables) {
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
    let page = sources::extract(format, &decoded.text);
    let mut tables = page_rows(page, &ctx, &decoded.text, opts);
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
