//! `report`: aggregates, charts, report.html and summary.md from processed/.

use anyhow::Result;
use std::path::{Path, PathBuf};
use std::time::Instant;

#[derive(Debug, clap::Args)]
pub struct ReportArgs {
    /// Folder with the processed/ tables (written by `ingest`).
    #[arg(long, default_value = "processed")]
    pub processed: PathBuf,
    /// Folder for aggregates, charts, report.html and summary.md.
    #[arg(long, default_value = "reports")]
    pub reports: PathBuf,
}

pub fn run(args: &ReportArgs, quiet: bool) -> Result<crate::report::ReportSummary> {
    build_and_print(&args.processed, &args.reports, quiet)
}

pub fn build_and_print(processed: &Path, reports: &Path, quiet: bool) -> Result<crate::report::ReportSummary> {
    let started = Instant::now();
    let summary = crate::report::build(processed, reports)?;
    if !quiet {
        eprintln!(
            "report: {} experiences from {} companies -> {} files in {} ({:.2} s)",
            summary.experiences,
            summary.companies,
            summary.files_written,
            reports.display(),
            started.elapsed().as_secs_f64()
        );
    }
    Ok(summary)
}
