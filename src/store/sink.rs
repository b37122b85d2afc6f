//! A table written while it is being produced: rows arrive batch by batch and go straight to
//! a CSV file and a Parquet file (one row group per [`ROW_GROUP_ROWS`] rows), so an ingest
//! holds one batch of rows in memory, not the whole corpus.
//!
//! Both files are written under temporary names beside their targets and only renamed into
//! place by [`Finished::commit`], after every table is complete: until then readers see the
//! previous version, and a killed run leaves only hidden temporary files behind (removed by
//! [`super::atomic::clean_stale_temp_files`] on the next run).

use super::{atomic, frame};
use crate::model::TableRecord;
use anyhow::{anyhow, Context, Result};
use polars::io::parquet::write::BatchedWriter;
use polars::prelude::ParquetWriter;
#[cfg(test)]
use polars::prelude::SerReader;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

/// Rows per Parquet row group: large enough for good compression and fast scans, small enough
/// that the pending rows of every table stay within a few tens of megabytes.
pub const ROW_GROUP_ROWS: usize = 64 * 1024;

pub struct TableSink<T: TableRecord> {
    csv: BufWriter<File>,
    /// CSV text of the rows being pushed (reused between pushes).
    csv_buf: Vec<u8>,
    parquet: BatchedWriter<BufWriter<File>>,
    /// Rows waiting for a full row group.
    pending: Vec<T>,
    rows: usize,
    files: Finished,
}

impl<T: TableRecord> TableSink<T> {
    /// Opens `<dir>/<TABLE>.csv` and `.parquet` under temporary names; the CSV header is
    /// written at once, so an empty table still has one.
    pub fn create(dir: &Path) -> Result<Self> {
        let csv_path = dir.join(format!("{}.csv", T::TABLE));
        let parquet_path = dir.join(format!("{}.parquet", T::TABLE));
        let files = Finished {
            renames: vec![
                (atomic::temp_path(&csv_path), csv_path),
                (atomic::temp_path(&parquet_path), parquet_path),
            ],
        };
        let open = |p: &Path| -> Result<BufWriter<File>> {
            let f = File::create(p).with_context(|| format!("creating {}", p.display()))?;
            Ok(BufWriter::with_capacity(1 << 20, f))
        };
        let mut csv = open(&files.renames[0].0)?;
        csv.write_all(&super::csv_header::<T>())?;
        let schema = frame::records_frame::<T>(&[])?.schema().as_ref().clone();
        let parquet = ParquetWriter::new(open(&files.renames[1].0)?)
            .set_parallel(false)
            .batched(&schema)
            .with_context(|| format!("starting {}", T::TABLE))?;
        Ok(TableSink {
            csv,
            csv_buf: Vec::new(),
            parquet,
            pending: Vec::new(),
            rows: 0,
            files,
        })
    }

    /// Appends rows: to the CSV at once, to the Parquet file when a row group is full.
    pub fn push(&mut self, rows: Vec<T>) -> Result<()> {
        self.csv_buf.clear();
        super::csv_rows(&mut self.csv_buf, &rows);
        self.csv
            .write_all(&self.csv_buf)
            .with_context(|| format!("writing {}.csv", T::TABLE))?;
        self.rows += rows.len();
        if self.pending.is_empty() && rows.len() >= ROW_GROUP_ROWS {
            return self.write_row_group(&rows);
        }
        self.pending.extend(rows);
        if self.pending.len() >= ROW_GROUP_ROWS {
            let full = std::mem::take(&mut self.pending);
            self.write_row_group(&full)?;
        }
        Ok(())
    }

    fn write_row_group(&mut self, rows: &[T]) -> Result<()> {
        let df = frame::records_frame(rows).with_context(|| format!("building the {} table", T::TABLE))?;
        self.parquet
            .write_batch(&df)
            .with_context(|| format!("writing {}.parquet", T::TABLE))
    }

    pub fn rows(&self) -> usize {
        self.rows
    }

    /// Writes the last rows and the Parquet footer and flushes both files to disk; they stay
    /// under their temporary names until [`Finished::commit`].
    pub fn finish(mut self) -> Result<Finished> {
        let rest = std::mem::take(&mut self.pending);
        if !rest.is_empty() {
            self.write_row_group(&rest)?;
        }
        self.parquet
            .finish()
            .with_context(|| format!("finishing {}.parquet", T::TABLE))?;
        drop(self.parquet);
        self.csv
            .into_inner()
            .map_err(|e| anyhow!("writing {}.csv: {}", T::TABLE, e.error()))?;
        for (tmp, _) in &self.files.renames {
            File::open(tmp)
                .and_then(|f| f.sync_all())
                .with_context(|| format!("flushing {}", tmp.display()))?;
        }
        Ok(self.files)
    }
}

/// Complete files under temporary names, waiting to replace their targets.
#[derive(Debug, Default)]
#[must_use = "the files only replace their targets on commit"]
pub struct Finished {
    renames: Vec<(PathBuf, PathBuf)>,
}

impl Finished {
    pub fn extend(&mut self, other: Finished) {
        self.renames.extend(other.renames);
    }

    /// Renames every file into place.
    pub fn commit(self) -> Result<()> {
        for (tmp, target) in &self.renames {
            std::fs::rename(tmp, target).with_context(|| format!("replacing {}", target.display()))?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Faq;

    fn faq(n: usize) -> Vec<Faq> {
        (0..n)
            .map(|i| Faq {
                company: "A".into(),
                position: i as i64,
                question: format!("Q{i}?"),
                answer: (i % 2 == 0).then(|| "yes".to_string()),
                source_file: "f.txt".into(),
                source_line: i as i64,
            })
            .collect()
    }

    #[test]
    fn batches_give_the_same_files_as_one_write() {
        let dir = tempfile::tempdir().unwrap();
        let rows = faq(ROW_GROUP_ROWS + 10);
        let mut sink = TableSink::<Faq>::create(dir.path()).unwrap();
        for part in rows.chunks(ROW_GROUP_ROWS / 3 + 7) {
            sink.push(part.to_vec()).unwrap();
        }
        assert_eq!(sink.rows(), rows.len());
        let target = dir.path().join("faq.csv");
        let done = sink.finish().unwrap();
        assert!(!target.exists(), "nothing replaces the target before commit");
        done.commit().unwrap();
        assert_eq!(std::fs::read(&target).unwrap(), super::super::table_csv(&rows));
        let df = polars::prelude::ParquetReader::new(File::open(dir.path().join("faq.parquet")).unwrap())
            .finish()
            .unwrap();
        assert_eq!(df.height(), rows.len());
        let pos = df.column("position").unwrap().i64().unwrap();
        assert_eq!(pos.get(ROW_GROUP_ROWS + 9), Some((ROW_GROUP_ROWS + 9) as i64));
        let names: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names.len(), 2, "no temporary file left: {names:?}");
    }

    #[test]
    fn empty_table_has_header_and_schema() {
        let dir = tempfile::tempdir().unwrap();
        TableSink::<Faq>::create(dir.path())
            .unwrap()
            .finish()
            .unwrap()
            .commit()
            .unwrap();
        assert_eq!(
            std::fs::read_to_string(dir.path().join("faq.csv")).unwrap(),
            "company,position,question,answer,source_file,source_line\n"
        );
        let df = polars::prelude::ParquetReader::new(File::open(dir.path().join("faq.parquet")).unwrap())
            .finish()
            .unwrap();
        assert_eq!(df.height(), 0);
        assert_eq!(df.width(), 6);
    }
}
