//! One module per subcommand: its flags (`Args`) and its `run`.

pub mod check;
pub mod export;
pub mod ingest;
pub mod pairs;
pub mod report;
pub mod run;

use crate::cli::{Cli, Command};
use anyhow::Result;

/// Documented exit codes (README).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitCode {
    /// Everything ingested and written.
    Clean = 0,
    /// Finished and wrote its outputs, but some input is in quarantine.
    Quarantined = 1,
    /// Usage error or a fatal error: outputs were not replaced.
    Fatal = 2,
}

pub fn dispatch(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Run(args) => run::run(&args, cli.quiet),
        Command::Ingest(args) => ingest::run(&args, cli.quiet).map(|o| o.exit_code(args.strict)),
        Command::Report(args) => report::run(&args, cli.quiet).map(|_| ExitCode::Clean),
        Command::Export(args) => export::run(&args, cli.quiet),
        Command::Check(args) => check::run(&args, cli.quiet),
        Command::Pairs(args) => pairs::run(&args, cli.quiet),
    }
}
