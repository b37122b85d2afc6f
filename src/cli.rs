//! The command line: one `Subcommand` enum is the only registry of commands; each command's
//! flags live beside its code in `cmd/`.

use crate::cmd;
use clap::{Parser, Subcommand};

const EXAMPLES: &str = "\
Examples:
  interview-pipeline run                       # raw/ -> processed/ -> reports/
  interview-pipeline ingest --raw dumps/ --processed out/
  interview-pipeline report --processed out/ --reports out/reports
  interview-pipeline run --keep-names          # keep candidate names (off by default)
  interview-pipeline export --to out/ --format parquet --partition-by company
  interview-pipeline export --to - --format csv --tables questions --company Backbase
  interview-pipeline check                     # data tests of processed/
  interview-pipeline pairs my_pairs.tsv --semantic  # clustering precision / recall on your pairs

Exit codes: 0 clean; 1 finished, but some input was quarantined (see processed/quarantine.csv)
or, with --strict or from `check`, a data test failed (processed/data_tests.csv);
2 usage error or fatal error (nothing replaced).";

#[derive(Debug, Parser)]
#[command(name = "interview-pipeline", version, about = "Raw interview-experience pages -> clean datasets -> analytics reports", after_help = EXAMPLES)]
pub struct Cli {
    /// Print nothing but errors.
    #[arg(short, long, global = true)]
    pub quiet: bool,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Ingest raw/ into processed/, then build reports/ (the main job).
    Run(cmd::run::RunArgs),
    /// Read every file under raw/ into the processed/ tables (CSV + Parquet).
    Ingest(cmd::ingest::IngestArgs),
    /// Build the aggregates, charts, report.html and summary.md from processed/.
    Report(cmd::report::ReportArgs),
    /// Write a filtered dataset from processed/ (CSV, Parquet or JSON Lines, optionally
    /// partitioned) with its data dictionary.
    Export(cmd::export::ExportArgs),
    /// Run the data tests of processed/ (unique and not-null keys, vocabularies, relationships,
    /// ranges); `ingest` runs them too.
    Check(cmd::check::CheckArgs),
    /// Measure the question clustering on a file of hand-labelled pairs (same / different):
    /// precision and recall, each pair alone and the file as one corpus.
    Pairs(cmd::pairs::PairsArgs),
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn defaults_are_the_working_directory_folders() {
        let cli = Cli::try_parse_from(["interview-pipeline", "run"]).unwrap();
        let Command::Run(args) = cli.command else {
            panic!("expected run")
        };
        assert_eq!(args.ingest.raw, std::path::PathBuf::from("raw"));
        assert_eq!(args.ingest.processed, std::path::PathBuf::from("processed"));
        assert_eq!(args.reports, std::path::PathBuf::from("reports"));
        assert!(!args.ingest.keep_names);
    }
}
