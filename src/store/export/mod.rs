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
    /// `--company X` / `--role X` values that match no experience (likely misspelt).
    pub unmatched: Vec<String>,
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
    let mut names: Vec<&str> = if r.tables.is_empty() {
        DEFAULT_TABLES.to_vec()
    } else {
        r.tables.iter().map(String::as_str).collect()
    };
    dedup_in_order(&mut names);
    let mut chosen_columns: Vec<&str> = r.columns.iter().map(String::as_str).collect();
    dedup_in_order(&mut chosen_columns);
    let mut planned = Vec::new();
    for name in names {
        let Some(info) = table_info(name) else {
            let all: Vec<&str> = crate::model::tables().iter().map(|t| t.name).collect();
            bail!("--tables {name}: no such table (one of {})", all.join(", "));
        };
        let mut columns: Vec<&'static crate::model::Column> = if chosen_columns.is_empty() {
            info.columns.iter().collect()
        } else {
            chosen_columns.iter().filter_map(|c| info.column(c)).collect()
        };
        if columns.is_empty() {
            continue; // none of the chosen columns is in this table
        }
        if let Some(p) = r.partition_by.as_deref().and_then(|p| info.column(p)) {
            // The partition column goes with the rows even when not chosen: it is the path.
            if !columns.iter().any(|c| c.name == p.name) {
                columns.push(p);
            }
            if columns.len() == 1 {
                bail!(
                    "--partition-by {} with these --columns leaves {} no column but the partition's: choose more columns",
                    p.name,
                    info.name
                );
            }
        }
        planned.push(Planned { info, columns });
    }
    for c in &chosen_columns {
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
    if let Some(to) = &r.to {
        let same = |a: &Path, b: &Path| match (a.canonicalize(), b.canonicalize()) {
            (Ok(x), Ok(y)) => x == y,
            _ => false,
        };
        if same(to, &r.processed) || to.join(crate::store::manifest::FILE).exists() || to.join("report.html").exists() {
            bail!(
                "--to {} holds the pipeline's own tables or reports: export into another folder",
                to.display()
            );
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
    // Every table is read and filtered before anything is written: a missing or unreadable
    // table stops the export with the folder as it was.
    let experiences = read(&r.processed, "experiences")?;
    let mut cut: Vec<(Planned, DataFrame, usize)> = Vec::with_capacity(planned.len());
    for p in planned {
        let all = if p.info.name == "experiences" {
            experiences.clone()
        } else {
            read(&r.processed, p.info.name)?
        };
        let keep = filter::mask(&r.filters, &all, &experiences)?;
        let names: Vec<&str> = p.columns.iter().map(|c| c.name).collect();
        let rows = all.filter(&keep)?.select(names)?;
        let total = all.height();
        cut.push((p, rows, total));
    }
    let summary = Summary {
        tables: cut
            .iter()
            .map(|(p, rows, total)| (p.info.name.to_string(), rows.height(), *total))
            .collect(),
        unmatched: r.filters.unmatched(&experiences)?,
    };
    let Some(dir) = &r.to else {
        use std::io::Write;
        let (_, rows, _) = cut.first_mut().expect("plan keeps one table for standard output");
        let bytes = r.format.bytes(rows)?;
        std::io::stdout()
            .lock()
            .write_all(&bytes)
            .context("writing to standard output")?;
        return Ok(summary);
    };
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    let previous = previous_paths(dir);
    let mut exported = Vec::new();
    for (p, mut rows, _) in cut {
        let partition = r.partition_by.as_deref().and_then(|c| p.info.column(c)).map(|c| c.name);
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
    // What an earlier export into this folder wrote and this one did not (another format,
    // a table not chosen now) would sit beside the dictionary undescribed.
    for stale in previous.iter().filter(|p| !exported.iter().any(|e| &e.path == *p)) {
        write::remove_export(dir, stale)?;
    }
    let version = crate::cmd::ingest::SCHEMA_VERSION;
    let json = dictionary::schema_json(&exported, r.format, &r.filters, version);
    crate::store::atomic::write(
        &dir.join("schema.json"),
        serde_json::to_string_pretty(&json)?.as_bytes(),
    )?;
    let md = dictionary::schema_markdown(&exported, r.format, &r.filters, version);
    crate::store::atomic::write(&dir.join("SCHEMA.md"), md.as_bytes())?;
    Ok(summary)
}

/// The table paths an earlier export's schema.json lists (none when there is none).
fn previous_paths(dir: &Path) -> Vec<String> {
    let Ok(text) = std::fs::read_to_string(dir.join("schema.json")) else {
        return Vec::new();
    };
    let Ok(json) = serde_json::from_str::<serde_json::Value>(&text) else {
        return Vec::new();
    };
    json["tables"]
        .as_array()
        .map(|tables| {
            tables
                .iter()
                .filter_map(|t| t["path"].as_str())
                // Only names an export writes: `table.ext` or `table/`, nothing with a path.
                .filter(|p| !p.trim_end_matches('/').contains(['/', '\\']) && !p.starts_with('.'))
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default()
}

fn dedup_in_order(names: &mut Vec<&str>) {
    let mut seen = std::collections::HashSet::new();
    names.retain(|n| seen.insert(*n));
}

/// A processed/ table from its Parquet file (typed), with a clear error when it is missing.
fn read(processed: &Path, table: &str) -> Result<DataFrame> {
    crate::store::frame::require_tables(processed, [table])?;
    Ok(crate::store::frame::scan_table(processed, table)?.collect()?)
}
