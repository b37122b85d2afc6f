//! An exported table as bytes: CSV (RFC 4180, header, UTF-8 without BOM, `\n` line ends, as
//! in processed/), Parquet (typed: Int64, Float64, Date, String) or JSON Lines (one object per
//! row, keys in column order, null for null, dates as ISO text), whole or split into Hive
//! partitions (`company=Backbase/part-0.parquet`) that DuckDB, Polars, Spark and Trino read
//! as one table with the partition column restored from the path.

use crate::store::frame;
use anyhow::{Context, Result};
use polars::prelude::*;
use std::path::{Path, PathBuf};

/// An export file format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Csv,
    Parquet,
    Jsonl,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Parquet => "parquet",
            Format::Jsonl => "jsonl",
        }
    }

    /// Parquet is a file format with a footer: it cannot stream to a pipe.
    pub fn streams(self) -> bool {
        self != Format::Parquet
    }

    pub fn bytes(self, df: &mut DataFrame) -> Result<Vec<u8>> {
        match self {
            Format::Csv => frame::csv_bytes(df),
            Format::Parquet => frame::parquet_bytes(df),
            Format::Jsonl => jsonl_bytes(df),
        }
    }
}

/// One JSON object per row, keys in column order.
pub fn jsonl_bytes(df: &DataFrame) -> Result<Vec<u8>> {
    let names: Vec<String> = df.get_column_names().iter().map(|n| n.to_string()).collect();
    let columns = df.columns();
    let mut out = Vec::with_capacity(df.height() * 64 * columns.len().max(1));
    for i in 0..df.height() {
        let mut object = serde_json::Map::with_capacity(columns.len());
        for (name, column) in names.iter().zip(columns) {
            object.insert(name.clone(), json_value(column.get(i)?));
        }
        serde_json::to_writer(&mut out, &serde_json::Value::Object(object))?;
        out.push(b'\n');
    }
    Ok(out)
}

fn json_value(v: AnyValue) -> serde_json::Value {
    use serde_json::Value;
    match v {
        AnyValue::Null => Value::Null,
        AnyValue::Boolean(b) => Value::Bool(b),
        AnyValue::Int64(n) => Value::from(n),
        AnyValue::Int32(n) => Value::from(n),
        AnyValue::UInt32(n) => Value::from(n),
        AnyValue::UInt64(n) => Value::from(n),
        AnyValue::Float64(x) => serde_json::Number::from_f64(x).map_or(Value::Null, Value::Number),
        AnyValue::Float32(x) => serde_json::Number::from_f64(f64::from(x)).map_or(Value::Null, Value::Number),
        AnyValue::String(s) => Value::String(s.to_string()),
        AnyValue::StringOwned(s) => Value::String(s.to_string()),
        other => Value::String(other.to_string().trim_matches('"').to_string()),
    }
}

/// Hive's name of the partition of null values; DuckDB, Spark and Trino read it as null.
pub const NULL_PARTITION: &str = "__HIVE_DEFAULT_PARTITION__";

/// A partition value as a path segment: characters that paths or Hive's parser treat
/// specially are percent-encoded as Hive does (`/`, `=`, `%`, `:`…), the rest kept
/// (`Northwind Bank`), and an empty value is the null partition.
pub fn partition_segment(value: Option<&str>) -> String {
    let Some(v) = value.filter(|v| !v.is_empty()) else {
        return NULL_PARTITION.to_string();
    };
    let mut out = String::with_capacity(v.len());
    for c in v.chars() {
        let special = c.is_control()
            || matches!(
                c,
                '/' | '\\'
                    | '='
                    | '%'
                    | ':'
                    | '*'
                    | '?'
                    | '"'
                    | '<'
                    | '>'
                    | '|'
                    | '#'
                    | '['
                    | ']'
                    | '{'
                    | '}'
                    | '^'
                    | '\''
            );
        if special {
            let mut buf = [0u8; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("%{b:02X}"));
            }
        } else {
            out.push(c);
        }
    }
    if out.starts_with('.') {
        out.replace_range(..1, "%2E");
    }
    out
}

/// Writes `df` as `<dir>/<table>.<ext>`, or, partitioned by `column`, as
/// `<dir>/<table>/<column>=<value>/part-0.<ext>` without that column. The table's files are
/// built in a hidden folder and moved into place, replacing an earlier export of the table
/// (its stale partitions included). An empty table is one empty null partition, so readers
/// that glob the folder find its columns and no rows. Returns the path written, relative
/// to `dir`.
pub fn write_table(
    dir: &Path,
    table: &str,
    df: &mut DataFrame,
    format: Format,
    partition: Option<&str>,
) -> Result<String> {
    let ext = format.extension();
    let Some(column) = partition else {
        let path = dir.join(format!("{table}.{ext}"));
        remove_export(dir, &format!("{table}/"))?;
        crate::store::atomic::write(&path, &format.bytes(df)?)?;
        return Ok(format!("{table}.{ext}"));
    };
    let staging = dir.join(format!(".{table}.tmp-{}", std::process::id()));
    remove_any(&staging)?;
    let result = (|| -> Result<()> {
        for (value, mut part) in partitions(df, column)? {
            let folder = staging.join(format!("{column}={}", partition_segment(value.as_deref())));
            std::fs::create_dir_all(&folder).with_context(|| format!("creating {}", folder.display()))?;
            std::fs::write(folder.join(format!("part-0.{ext}")), format.bytes(&mut part)?)
                .with_context(|| format!("writing {}", folder.display()))?;
        }
        let target = dir.join(table);
        remove_export(dir, &format!("{table}/"))?;
        remove_export(dir, &format!("{table}.{ext}"))?;
        std::fs::rename(&staging, &target).with_context(|| format!("moving {} into place", target.display()))?;
        Ok(())
    })();
    if result.is_err() {
        let _ = remove_any(&staging);
    }
    result?;
    Ok(format!("{table}/"))
}

/// The rows of each value of `column` (in value order, null last), without the column.
/// Values that encode to one path segment (an empty string and null) share a partition, as
/// they would share its folder.
fn partitions(df: &DataFrame, column: &str) -> Result<Vec<(Option<String>, DataFrame)>> {
    let values = df.column(column)?.cast(&DataType::String)?;
    let mut groups: std::collections::HashMap<String, (Option<String>, Vec<IdxSize>)> = Default::default();
    for (i, v) in values.str()?.iter().enumerate() {
        groups
            .entry(partition_segment(v))
            .or_insert_with(|| (v.map(str::to_string), Vec::new()))
            .1
            .push(i as IdxSize);
    }
    let mut groups: Vec<(Option<String>, Vec<IdxSize>)> = groups.into_values().collect();
    groups.sort_by(|a, b| match (&a.0, &b.0) {
        (None, None) => std::cmp::Ordering::Equal,
        (None, _) => std::cmp::Ordering::Greater,
        (_, None) => std::cmp::Ordering::Less,
        (Some(x), Some(y)) => x.cmp(y),
    });
    if groups.is_empty() {
        groups.push((None, Vec::new())); // an empty table: one empty partition keeps its columns
    }
    let rest = df.drop(column)?;
    groups
        .into_iter()
        .map(|(key, rows)| Ok((key, rest.take(&IdxCa::from_vec("rows".into(), rows))?)))
        .collect()
}

/// Removes what an earlier export wrote at `rel` (`experiences.csv`, or `experiences/` for a
/// partitioned table), refusing anything an export would not have written there: a folder
/// that is not made of `column=value` partitions is someone's data.
pub fn remove_export(dir: &Path, rel: &str) -> Result<()> {
    let path = dir.join(rel.trim_end_matches('/'));
    if path.is_dir() {
        let foreign = std::fs::read_dir(&path)
            .with_context(|| format!("reading {}", path.display()))?
            .flatten()
            .any(|e| !(e.path().is_dir() && e.file_name().to_string_lossy().contains('=')));
        if foreign {
            anyhow::bail!(
                "{} exists and is not an earlier export's partition folder: not replacing it (choose another --to)",
                path.display()
            );
        }
    }
    remove_any(&path)
}

/// Removes a file or folder if it exists.
fn remove_any(path: &PathBuf) -> Result<()> {
    match std::fs::symlink_metadata(path) {
        Ok(m) if m.is_dir() => std::fs::remove_dir_all(path).with_context(|| format!("removing {}", path.display())),
        Ok(_) => std::fs::remove_file(path).with_context(|| format!("removing {}", path.display())),
        Err(_) => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partition_values_become_safe_path_segments() {
        assert_eq!(partition_segment(Some("Northwind Bank")), "Northwind Bank");
        assert_eq!(partition_segment(Some("AT&T")), "AT&T");
        assert_eq!(partition_segment(Some("a/b=c%")), "a%2Fb%3Dc%25");
        assert_eq!(partition_segment(Some("..")), "%2E.");
        assert_eq!(partition_segment(None), NULL_PARTITION);
        assert_eq!(partition_segment(Some("")), NULL_PARTITION);
        assert_eq!(partition_segment(Some("Zürich")), "Zürich");
    }

    #[test]
    fn jsonl_one_object_per_row_with_nulls_and_types() {
        let df = df! {
            "company" => ["Backbase", "Zentrix, \"Payments\""],
            "rounds" => [Some(3i64), None],
            "rate" => [Some(0.5f64), None],
        }
        .unwrap();
        let text = String::from_utf8(jsonl_bytes(&df).unwrap()).unwrap();
        assert_eq!(
            text,
            "{\"company\":\"Backbase\",\"rounds\":3,\"rate\":0.5}\n{\"company\":\"Zentrix, \\\"Payments\\\"\",\"rounds\":null,\"rate\":null}\n"
        );
    }

    #[test]
    fn partitioned_tables_replace_earlier_partitions() {
        let dir = tempfile::tempdir().unwrap();
        let mut df = df! {
            "company" => [Some("B"), Some("A/1"), None, Some("B")],
            "n" => [1i64, 2, 3, 4],
        }
        .unwrap();
        std::fs::create_dir_all(dir.path().join("t/company=Stale")).unwrap();
        let rel = write_table(dir.path(), "t", &mut df, Format::Csv, Some("company")).unwrap();
        assert_eq!(rel, "t/");
        let mut parts: Vec<String> = std::fs::read_dir(dir.path().join("t"))
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        parts.sort();
        assert_eq!(
            parts,
            ["company=A%2F1", "company=B", "company=__HIVE_DEFAULT_PARTITION__"]
        );
        let b = std::fs::read_to_string(dir.path().join("t/company=B/part-0.csv")).unwrap();
        assert_eq!(b, "n\n1\n4\n", "the partition column lives in the path only");
        let leftovers: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .filter(|n| n.starts_with('.'))
            .collect();
        assert!(leftovers.is_empty(), "{leftovers:?}");
    }
}
