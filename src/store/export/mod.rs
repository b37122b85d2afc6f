//! `export`: datasets to hand to others, cut from processed/ — chosen tables and columns, rows
//! filtered ([`filter`]), written as CSV, Parquet or JSON Lines, whole or in Hive partitions
//! ([`write`]), with a data dictionary generated from the record types ([`dictionary`]).

pub mod dictionary;
pub mod filter;
pub mod write;

use crate::model::{table_info, TableInfo};
use anyhow::{bail, Context, Result};
use dictionary::Exported;
use filter::Filters;
use polars::prelude::*;
use std::path::{Path, PathBuf};
use write::Format;

/// Tables exported when none are named: the dataset, not the pipeline's bookkeeping
/// (quarantine, duplicates and coverage are exported when named).
pub const DEFAULT_TABLES: [&str; 8] = [
    "experiences",
    "questions",
    "salaries",
    "stages",
    "hiring_steps",
    "faq",
    "page_tables",
    "page_sections",
];

/// What to export and where.
#[derive(Debug, Clone)]
pub struct Request {
    pub processed: PathBuf,
    /// `None`: standard output.
    pub to: Option<PathBuf>,
    pub format: Format,
    pub tables: Vec<String>,
    pub columns: Vec<String>,
    pub filters: Filters,
    pub partition_by: Option<String>,
}

/// What an export wrote.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    /// (table, rows kept, rows in processed/).
    pub tables: Vec<(String, usize, usize)>,
}

/// One table's plan: its info and the columns to write.
struct Planned {
    info: TableInfo,
    columns: Vec<&'static crate::model::Column>,
}

/// Checks the request against the schema before anything is read or written: unknown
/// tables, columns or vocabulary values are usage errors, not empty files.
fn plan(r: &Request) -> Result<Vec<Planned>> {
    r.filters.validate()?;
    let names: Vec<&str> = if r.tables.is_empty() {
        DEFAULT_TABLES.to_vec()
    } else {
        r.tables.iter().map(String::as_str).collect()
    };
    let mut planned = Vec::new();
    for name in names {
        let Some(info) = table_info(name) else {
            let all: Vec<&str> = crate::model::tables().iter().map(|t| t.name).collect();
            bail!("--tables {name}: no such table (one of {})", all.join(", "));
        };
        let columns: Vec<&'static crate::model::Column> = if r.columns.is_empty() {
            info.columns.iter().collect()
        } else {
            let mut chosen: Vec<&'static crate::model::Column> =
                r.columns.iter().filter_map(|c| info.column(c)).collect();
            // The partition column goes with the rows even when not chosen: it is the path.
            if let Some(p) = r.partition_by.as_deref().and_then(|p| info.column(p)) {
                if !chosen.iter().any(|c| c.name == p.name) {
                    chosen.push(p);
                }
            }
            chosen
        };
        if columns.is_empty() {
            continue; // none of the chosen columns is in this table
        }
        planned.push(Planned { info, columns });
    }
    for c in &r.columns {
        if !planned.iter().any(|p| p.info.column(c).is_some()) {
            bail!("--columns {c}: no chosen table has this column (see SCHEMA.md of an export, or docs/schema.md)");
        }
    }
    if planned.is_empty() {
        bail!("nothing to export: no chosen table has the chosen columns");
    }
    if let Some(p) = &r.partition_by {
        if !planned.iter().any(|t| t.info.column(p).is_some()) {
            bail!("--partition-by {p}: no chosen table has this column");
        }
        if r.to.is_none() {
            bail!("--partition-by writes folders: give --to a folder, not -");
        }
    }
    if r.to.is_none() {
        if !r.format.streams() {
            bail!("--to - (standard output) works for csv and jsonl; Parquet needs a file");
        }
        if planned.len() != 1 {
            bail!("--to - (standard output) takes one table: choose it with --tables");
        }
    }
    Ok(planned)
}

pub fn export(r: &Request) -> Result<Summary> {
    let planned = plan(r)?;
    let experiences = read(&r.processed, "experiences")?;
    if let Some(dir) = &r.to {
        std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    }
    let mut exported = Vec::new();
    let mut summary = Summary { tables: Vec::new() };
    for p in planned {
        let all = if p.info.name == "experiences" {
            experiences.clone()
        } else {
            read(&r.processed, p.info.name)?
        };
        let keep = filter::mask(&r.filters, &all, &experiences)?;
        let names: Vec<&str> = p.columns.iter().map(|c| c.name).collect();
        let mut rows = all.filter(&keep)?.select(names)?;
        summary
            .tables
            .push((p.info.name.to_string(), rows.height(), all.height()));
        let Some(dir) = &r.to else {
            use std::io::Write;
            let bytes = r.format.bytes(&mut rows)?;
            std::io::stdout()
                .lock()
                .write_all(&bytes)
                .context("writing to standard output")?;
            return Ok(summary);
        };
        let partition = r
            .partition_by
            .as_deref()
            .and_then(|c| p.info.column(c))
            .map(|c| c.name)
            .filter(|_| rows.height() > 0);
        let path = write::write_table(dir, p.info.name, &mut rows, r.format, partition)?;
        exported.push(Exported {
            table: p.info.name,
            row: p.info.row,
            columns: p.columns,
            rows: rows.height(),
            path,
            partition_by: partition,
        });
    }
    if let Some(dir) = &r.to {
        let version = crate::cmd::ingest::SCHEMA_VERSION;
        let json = dictionary::schema_json(&exported, r.format, &r.filters, version);
        crate::store::atomic::write(
            &dir.join("schema.json"),
            serde_json::to_string_pretty(&json)?.as_bytes(),
        )?;
        let md = dictionary::schema_markdown(&exported, r.format, &r.filters, version);
        crate::store::atomic::write(&dir.join("SCHEMA.md"), md.as_bytes())?;
    }
    Ok(summary)
}

/// A processed/ table from its Parquet file (typed), with a clear error when it is missing.
fn read(processed: &Path, table: &str) -> Result<DataFrame> {
    let path = processed.join(format!("{table}.parquet"));
    if !path.is_file() {
        bail!(
            "{} is missing: run `ingest` first (or point --processed at its output)",
            path.display()
        );
    }
    let file = std::fs::File::open(&path).with_context(|| format!("opening {}", path.display()))?;
    anyhow::Context::with_context(ParquetReader::new(file).finish(), || {
        format!("reading {}", path.display())
    })
}
