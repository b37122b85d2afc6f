//! `run`: ingest, then report.

use super::{ingest, report, ExitCode};
use anyhow::Result;

#[derive(Debug, clap::Args)]
pub struct RunArgs {
    #[command(flatten)]
    pub ingest: ingest::IngestArgs,
    /// Folder for aggregates, charts, report.html and summary.md.
    #[arg(long, default_value = "reports")]
    pub reports: std::path::PathBuf,
}

pub fn run(args: &RunArgs, quiet: bool) -> Result<ExitCode> {
    let outcome = ingest::run(&args.ingest, quiet)?;
    report::build_and_print(&args.ingest.processed, &args.reports, quiet)?;
    Ok(outcome.exit_code(args.ingest.strict))
}
