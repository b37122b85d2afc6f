//! `check`: the data tests of processed/ on their own, e.g. after editing or merging
//! processed/ by hand ([`crate::store::data_tests`]; `ingest` runs them too).

use super::ExitCode;
use crate::normalize::salary_checks::SalaryBounds;
use anyhow::{bail, Result};
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// Folder with the processed/ tables.
    #[arg(long, default_value = "processed")]
    pub processed: PathBuf,
    /// The taxonomy the questions were categorized with (default: the built-in one).
    #[arg(long, value_name = "FILE")]
    pub taxonomy: Option<PathBuf>,
    /// Annual salary range outside which an amount must be flagged implausible.
    #[arg(long, default_value = "500..200000000", value_parser = super::ingest::parse_bounds)]
    pub salary_bounds: SalaryBounds,
}

/// Exit 0 when every test passes, 1 when one fails (each named on stderr and in
/// processed/data_test_failures.csv).
pub fn run(args: &CheckArgs, quiet: bool) -> Result<ExitCode> {
    if !args.processed.join("experiences.parquet").is_file() {
        bail!(
            "{} has no experiences.parquet: run `ingest` first (or point --processed at its output)",
            args.processed.display()
        );
    }
    let taxonomy = super::ingest::load_taxonomy(args.taxonomy.as_deref())?;
    let failed = super::ingest::data_tests(&args.processed, &taxonomy, args.salary_bounds, quiet)?;
    if !quiet {
        eprintln!(
            "check: {} data test(s) failed; results in {}",
            failed,
            args.processed.join(crate::store::data_tests::RESULTS_FILE).display()
        );
    }
    Ok(if failed == 0 {
        ExitCode::Clean
    } else {
        ExitCode::Quarantined
    })
}
