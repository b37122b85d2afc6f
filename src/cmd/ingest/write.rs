//! Writing the processed/ tables: the streamed ones batch by batch as they are merged, the
//! held ones at the end, and every file renamed into place only once all are complete.

use super::merge::Held;
use crate::model::{TableRecord, Tables};
use crate::store::sink::{Finished, TableSink};
use anyhow::Result;
use std::collections::BTreeMap;
use std::path::Path;

/// The tables written batch by batch.
pub struct Sinks {
    experiences: TableSink<crate::model::Experience>,
    questions: TableSink<crate::model::Question>,
    hiring_steps: TableSink<crate::model::HiringStep>,
    faq: TableSink<crate::model::Faq>,
    page_tables: TableSink<crate::model::PageTableCell>,
    page_sections: TableSink<crate::model::PageSection>,
    stages: TableSink<crate::model::Stage>,
}

impl Sinks {
    pub fn create(dir: &Path) -> Result<Self> {
        Ok(Sinks {
            experiences: TableSink::create(dir)?,
            questions: TableSink::create(dir)?,
            hiring_steps: TableSink::create(dir)?,
            faq: TableSink::create(dir)?,
            page_tables: TableSink::create(dir)?,
            page_sections: TableSink::create(dir)?,
            stages: TableSink::create(dir)?,
        })
    }

    /// Appends one merged batch. Sequential on purpose: this runs on a thread of its own
    /// beside the parsing, which keeps the rayon pool busy; writing on the pool as well made
    /// the writer wait behind queued parse tasks.
    pub fn push(&mut self, t: Tables) -> Result<()> {
        self.questions.push(t.questions)?;
        self.experiences.push(t.experiences)?;
        self.page_sections.push(t.page_sections)?;
        self.hiring_steps.push(t.hiring_steps)?;
        self.faq.push(t.faq)?;
        self.page_tables.push(t.page_tables)?;
        self.stages.push(t.stages)
    }

    /// Finishes the streamed tables and writes the held ones; returns the files to commit
    /// and each table's row count.
    pub fn finish(self, held: &mut Held, dir: &Path) -> Result<(Finished, BTreeMap<String, usize>)> {
        let mut counts = BTreeMap::new();
        let mut done = Finished::default();
        let t = &mut held.tables;
        let errors = t.error_count();
        counts.insert("quarantine_errors".to_string(), errors);
        for (table, rows) in [
            ("experiences", self.experiences.rows()),
            ("questions", self.questions.rows()),
            ("hiring_steps", self.hiring_steps.rows()),
            ("faq", self.faq.rows()),
            ("page_tables", self.page_tables.rows()),
            ("page_sections", self.page_sections.rows()),
            ("stages", self.stages.rows()),
            ("salaries", t.salaries.len()),
            ("quarantine", t.quarantine.len()),
            ("duplicates", t.duplicates.len()),
            ("coverage", t.coverage.len()),
        ] {
            counts.insert(table.to_string(), rows);
        }
        done.extend(self.experiences.finish()?);
        done.extend(self.questions.finish()?);
        done.extend(self.hiring_steps.finish()?);
        done.extend(self.faq.finish()?);
        done.extend(self.page_tables.finish()?);
        done.extend(self.page_sections.finish()?);
        done.extend(self.stages.finish()?);
        done.extend(whole(dir, std::mem::take(&mut t.salaries))?);
        done.extend(whole(dir, std::mem::take(&mut t.quarantine))?);
        done.extend(whole(dir, std::mem::take(&mut t.duplicates))?);
        done.extend(whole(dir, std::mem::take(&mut t.coverage))?);
        Ok((done, counts))
    }
}

/// A held table, written in one go.
fn whole<T: TableRecord>(dir: &Path, rows: Vec<T>) -> Result<Finished> {
    let mut sink = TableSink::<T>::create(dir)?;
    sink.push(rows)?;
    sink.finish()
}
