//! The data dictionary of an export: `schema.json` for programs and `SCHEMA.md` for people,
//! both generated from the record types ([`crate::model`]) and the vocabularies, so the
//! documentation describes exactly the columns written and cannot drift from the data.

use super::filter::Filters;
use super::write::{Format, NULL_PARTITION};
use crate::model::{accepted_values, Column};
use serde_json::{json, Value};

/// One exported table, as the dictionary describes it.
pub struct Exported {
    pub table: &'static str,
    pub row: &'static str,
    pub columns: Vec<&'static Column>,
    pub rows: usize,
    /// File or folder, relative to the export folder.
    pub path: String,
    /// The partition column, when the table was partitioned.
    pub partition_by: Option<&'static str>,
}

pub fn schema_json(tables: &[Exported], format: Format, filters: &Filters, schema_version: u32) -> Value {
    let tables: Vec<Value> = tables
        .iter()
        .map(|t| {
            let columns: Vec<Value> = t
                .columns
                .iter()
                .map(|c| {
                    let mut col = json!({
                        "name": c.name,
                        "type": c.kind.name(),
                        "nullable": c.nullable,
                        "description": c.doc.trim(),
                    });
                    if let Some(values) = accepted_values(t.table, c.name) {
                        col["accepted_values"] = json!(values);
                    }
                    if t.partition_by == Some(c.name) {
                        col["partition"] = json!(true);
                    }
                    col
                })
                .collect();
            json!({
                "name": t.table,
                "description": t.row,
                "path": t.path,
                "rows": t.rows,
                "partition_by": t.partition_by,
                "columns": columns,
            })
        })
        .collect();
    json!({
        "schema_version": schema_version,
        "generator": format!("interview-pipeline {}", env!("CARGO_PKG_VERSION")),
        "format": format.extension(),
        "filters": {
            "company": filters.company,
            "role": filters.role,
            "role_family": filters.role_family,
            "outcome": filters.outcome,
            "since": filters.since.map(|d| d.to_string()),
            "until": filters.until.map(|d| d.to_string()),
        },
        "null_partition": NULL_PARTITION,
        "tables": tables,
    })
}

pub fn schema_markdown(tables: &[Exported], format: Format, filters: &Filters, schema_version: u32) -> String {
    let mut out = format!(
        "# Data dictionary\n\nExported by interview-pipeline {} as {}; schema version {schema_version}. \
         Generated from the program's record types (`schema.json` has the same content for programs).\n\n",
        env!("CARGO_PKG_VERSION"),
        match format {
            Format::Csv => "CSV (RFC 4180, header row, UTF-8 without BOM; an empty cell is null; a text cell that would start a spreadsheet formula — `=`, `+`, `-`, `@` — has a leading `'`)",
            Format::Parquet => "Parquet (typed columns: int64, float64, date, string)",
            Format::Jsonl => "JSON Lines (one object per row; null is null; dates are ISO 8601 text)",
        }
    );
    if filters.is_empty() {
        out.push_str("Filters: none (every row of processed/).\n");
    } else {
        out.push_str(&format!("Filters: {}.\n", describe(filters)));
    }
    for t in tables {
        out.push_str(&format!(
            "\n## `{}` — {}\n\n{} rows in `{}`",
            t.table, t.row, t.rows, t.path
        ));
        if let Some(p) = t.partition_by {
            out.push_str(&format!(
                ", partitioned by `{p}` (Hive layout `{p}=VALUE/part-0.{}`; the column is in the path, \
                 not the files; null is `{NULL_PARTITION}`; tell readers its type below, or they \
                 guess it from the values)",
                format.extension()
            ));
        }
        out.push_str(".\n\n| column | type | null | meaning |\n|---|---|---|---|\n");
        for c in &t.columns {
            let mut meaning = c.doc.trim().replace('|', "\\|");
            if let Some(values) = accepted_values(t.table, c.name) {
                meaning.push_str(&format!(" Values: {}.", values.join(", ")));
            }
            out.push_str(&format!(
                "| {} | {} | {} | {meaning} |\n",
                c.name,
                c.kind.name(),
                if c.nullable { "yes" } else { "no" }
            ));
        }
    }
    out
}

fn describe(f: &Filters) -> String {
    let mut parts = Vec::new();
    for (name, values) in [
        ("company", &f.company),
        ("role", &f.role),
        ("role_family", &f.role_family),
        ("outcome", &f.outcome),
    ] {
        if !values.is_empty() {
            parts.push(format!("{name} in ({})", values.join(", ")));
        }
    }
    if let Some(d) = f.since {
        parts.push(format!("date from {d}"));
    }
    if let Some(d) = f.until {
        parts.push(format!("date until {d}"));
    }
    parts.join("; ")
}
