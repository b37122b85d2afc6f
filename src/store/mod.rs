//! processed/ and reports/ on disk: every table as CSV and Parquet with the same rows, each
//! file replaced atomically (write a temporary file in the same folder, then rename), so a
//! reader never sees a half-written table.

pub mod atomic;
pub mod frame;
pub mod manifest;
pub mod sink;

use crate::model::TableRecord;
use anyhow::{Context, Result};
use std::path::Path;

/// Writes `rows` as `<dir>/<TABLE>.csv` and `<dir>/<TABLE>.parquet`.
pub fn write_table<T: TableRecord>(dir: &Path, rows: &[T]) -> Result<()> {
    let csv = table_csv(rows).with_context(|| format!("encoding {} as CSV", T::TABLE))?;
    atomic::write(&dir.join(format!("{}.csv", T::TABLE)), &csv)?;
    let mut df = frame::records_frame(rows).with_context(|| format!("building the {} table", T::TABLE))?;
    let parquet = frame::parquet_bytes(&mut df).with_context(|| format!("encoding {} as Parquet", T::TABLE))?;
    atomic::write(&dir.join(format!("{}.parquet", T::TABLE)), &parquet)?;
    Ok(())
}

/// RFC 4180 CSV with a header, UTF-8 without BOM, `\n` line ends; null is an empty cell.
/// The header comes from the column list, so an empty table still has one.
pub fn table_csv<T: TableRecord>(rows: &[T]) -> Result<Vec<u8>> {
    let mut w = csv_writer(Vec::new());
    w.write_record(T::COLUMNS.iter().map(|c| c.name))?;
    for row in rows {
        w.serialize(row)?;
    }
    w.into_inner().map_err(|e| anyhow::anyhow!("{e}"))
}

/// The CSV dialect of every output: no automatic header (the column list writes it), `\n`
/// line ends, a 1 MB buffer.
pub fn csv_writer<W: std::io::Write>(w: W) -> csv::Writer<W> {
    csv::WriterBuilder::new()
        .has_headers(false)
        .terminator(csv::Terminator::Any(b'\n'))
        .buffer_capacity(1 << 20)
        .from_writer(w)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Faq, Salary};

    #[test]
    fn csv_header_even_when_empty_and_nulls_empty() {
        let empty: Vec<Faq> = vec![];
        assert_eq!(
            String::from_utf8(table_csv(&empty).unwrap()).unwrap(),
            "company,position,question,answer,source_file,source_line\n"
        );
        let rows = vec![Faq {
            company: "A".into(),
            position: 1,
            question: "Q, \"x\"?".into(),
            answer: None,
            source_file: "f.txt".into(),
            source_line: 3,
        }];
        assert_eq!(
            String::from_utf8(table_csv(&rows).unwrap()).unwrap().lines().nth(1),
            Some("A,1,\"Q, \"\"x\"\"?\",,f.txt,3")
        );
    }

    #[test]
    fn floats_are_plain_numbers() {
        let rows = vec![Salary {
            annual_min: Some(40000.0),
            annual_max: Some(55000.5),
            ..Default::default()
        }];
        let text = String::from_utf8(table_csv(&rows).unwrap()).unwrap();
        assert!(text.contains(",40000.0,55000.5,"), "{text}");
    }
}
