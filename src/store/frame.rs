//! Record rows → polars DataFrames, typed by the column list (integers as Int64, amounts as
//! Float64, dates as Date), and DataFrames → Parquet bytes.

use crate::model::{ColumnData, ColumnType, TableRecord};
use anyhow::{anyhow, Result};
use chrono::NaiveDate;
use polars::prelude::*;

pub fn records_frame<T: TableRecord>(rows: &[T]) -> Result<DataFrame> {
    let data = T::column_data(rows);
    let columns = T::COLUMNS
        .iter()
        .zip(data)
        .map(|(col, values)| column(col.name, col.kind, values))
        .collect::<Result<Vec<Column>>>()?;
    Ok(DataFrame::new(rows.len(), columns)?)
}

fn column(name: &str, kind: ColumnType, values: ColumnData) -> Result<Column> {
    let series = match (kind, values) {
        (ColumnType::Date, ColumnData::Str(v)) => {
            let epoch = NaiveDate::from_ymd_opt(1970, 1, 1).ok_or_else(|| anyhow!("epoch"))?;
            let days: Vec<Option<i32>> = v
                .iter()
                .map(|d| {
                    d.as_deref()
                        .and_then(|s| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok())
                        .map(|d| (d - epoch).num_days() as i32)
                })
                .collect();
            Series::new(name.into(), days).cast(&DataType::Date)?
        }
        (_, ColumnData::Str(v)) => Series::new(name.into(), v),
        (_, ColumnData::Int(v)) => Series::new(name.into(), v),
        (_, ColumnData::Float(v)) => Series::new(name.into(), v),
    };
    Ok(series.into_column())
}

/// Parquet with zstd compression and statistics, in row groups of 128k rows.
pub fn parquet_bytes(df: &mut DataFrame) -> Result<Vec<u8>> {
    let mut buf = Vec::new();
    ParquetWriter::new(&mut buf)
        .with_row_group_size(Some(128 * 1024))
        .finish(df)?;
    Ok(buf)
}

/// CSV bytes of an aggregate frame, with a header; null is an empty cell. Text cells that a
/// spreadsheet would run as a formula are neutralized as in the processed/ tables
/// ([`super::neutralize_formula`]).
pub fn csv_bytes(df: &DataFrame) -> Result<Vec<u8>> {
    let mut safe = df.clone();
    for name in df.get_column_names_owned() {
        let column = df.column(&name)?;
        if column.dtype() == &DataType::String {
            let values: Vec<Option<String>> = column
                .str()?
                .iter()
                .map(|v| v.map(|s| super::neutralize_formula(s).into_owned()))
                .collect();
            safe.with_column(Column::new(name.clone(), values))?;
        }
    }
    let mut buf = Vec::new();
    CsvWriter::new(&mut buf).include_header(true).finish(&mut safe)?;
    Ok(buf)
}

/// Fails with what to do when one of the processed/ tables is missing.
pub fn require_tables<'a>(dir: &std::path::Path, tables: impl IntoIterator<Item = &'a str>) -> Result<()> {
    for table in tables {
        let path = dir.join(format!("{table}.parquet"));
        if !path.is_file() {
            anyhow::bail!(
                "{} is missing: run `ingest` first (or point --processed at its output)",
                path.display()
            );
        }
    }
    Ok(())
}

/// Reads one processed/ table back from its Parquet file.
pub fn scan_table(dir: &std::path::Path, table: &str) -> Result<LazyFrame> {
    scan_file(&dir.join(format!("{table}.parquet")))
}

/// A Parquet file as a lazy frame: only the columns a query uses are read.
pub fn scan_file(path: &std::path::Path) -> Result<LazyFrame> {
    let p = path
        .to_str()
        .ok_or_else(|| anyhow!("path {} is not UTF-8", path.display()))?;
    Ok(LazyFrame::scan_parquet(PlRefPath::new(p), ScanArgsParquet::default())?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Experience;

    #[test]
    fn typed_columns_and_round_trip() {
        let rows = vec![Experience {
            experience_id: "exp_1".into(),
            rounds: Some(3),
            page_date: Some("2026-02-21".into()),
            ..Default::default()
        }];
        let mut df = records_frame(&rows).unwrap();
        assert_eq!(df.column("rounds").unwrap().dtype(), &DataType::Int64);
        assert_eq!(df.column("page_date").unwrap().dtype(), &DataType::Date);
        assert_eq!(df.column("advice").unwrap().dtype(), &DataType::String);
        let bytes = parquet_bytes(&mut df).unwrap();
        let back = ParquetReader::new(std::io::Cursor::new(bytes)).finish().unwrap();
        assert_eq!(back.height(), 1);
        assert_eq!(back.column("rounds").unwrap().i64().unwrap().get(0), Some(3));
        assert_eq!(back.column("page_date").unwrap().dtype(), &DataType::Date);
    }
}
