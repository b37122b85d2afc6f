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
    /// The taxonomy the questions were categorized with (default: the one the ingest used,
    /// recorded in processed/manifest.json, else the built-in one).
    #[arg(long, value_name = "FILE")]
    pub taxonomy: Option<PathBuf>,
    /// Annual salary range outside which an amount must be flagged implausible (default: the
    /// ingest's, recorded in processed/manifest.json, else 500..200000000).
    #[arg(long, value_parser = super::ingest::parse_bounds)]
    pub salary_bounds: Option<SalaryBounds>,
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
    let manifest = crate::store::manifest::read(&args.processed);
    let categories = match (&args.taxonomy, manifest.as_ref().and_then(|m| m.categories.clone())) {
        (None, Some(recorded)) => recorded,
        (path, _) => super::ingest::load_taxonomy(path.as_deref())?.categories(),
    };
    let salary_bounds = args
        .salary_bounds
        .or_else(|| {
            let [min, max] = manifest.as_ref()?.salary_bounds?;
            Some(SalaryBounds { min, max })
        })
        .unwrap_or_default();
    let expect = crate::store::data_tests::Expectations {
        categories,
        salary_bounds,
    };
    let failed = super::ingest::run_data_tests(&args.processed, &expect, quiet)?;
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
