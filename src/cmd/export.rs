//! `export`: a filtered dataset from processed/ with its data dictionary
//! ([`crate::store::export`]).

use super::ExitCode;
use crate::store::export::{self, filter::Filters, write::Format};
use anyhow::Result;
use chrono::NaiveDate;
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// Folder with the processed/ tables (written by `ingest`).
    #[arg(long, default_value = "processed")]
    pub processed: PathBuf,
    /// Folder to write into (created; a table exported before is replaced), or `-` for
    /// standard output (csv or jsonl, one table).
    #[arg(long, value_name = "DIR")]
    pub to: PathBuf,
    #[arg(long, value_enum, default_value_t = Format::Parquet)]
    pub format: Format,
    /// Tables to export, comma-separated (default: experiences, questions, salaries, stages,
    /// hiring_steps, faq, page_tables, page_sections).
    #[arg(long, value_delimiter = ',', value_name = "TABLE,...")]
    pub tables: Vec<String>,
    /// Columns to keep, comma-separated, in this order; each table keeps those it has.
    #[arg(long, value_delimiter = ',', value_name = "COLUMN,...")]
    pub columns: Vec<String>,
    /// Keep rows of this company (repeat the flag for several; case does not matter; names
    /// may hold commas: "Smith, Jones & Partners").
    #[arg(long)]
    pub company: Vec<String>,
    /// Keep rows of this role title (repeat the flag for several; case does not matter).
    #[arg(long)]
    pub role: Vec<String>,
    /// Keep rows of these role families (engineering, data, product, …).
    #[arg(long, value_delimiter = ',')]
    pub role_family: Vec<String>,
    /// Keep experiences on or after this date (YYYY-MM-DD): the interview date, else the
    /// page date; rows with neither are left out.
    #[arg(long, value_name = "DATE")]
    pub since: Option<NaiveDate>,
    /// Keep experiences on or before this date (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub until: Option<NaiveDate>,
    /// Keep rows of experiences with these outcomes (offer, declined, rejected, withdrew, pending).
    #[arg(long, value_delimiter = ',')]
    pub outcome: Vec<String>,
    /// Write each table that has this column as a Hive-partitioned folder
    /// (`experiences/company=Backbase/part-0.parquet`).
    #[arg(long, value_name = "COLUMN")]
    pub partition_by: Option<String>,
}

pub fn run(args: &ExportArgs, quiet: bool) -> Result<ExitCode> {
    let request = export::Request {
        processed: args.processed.clone(),
        to: (args.to.as_os_str() != "-").then(|| args.to.clone()),
        format: args.format,
        tables: args.tables.clone(),
        columns: args.columns.clone(),
        filters: Filters {
            company: args.company.clone(),
            role: args.role.clone(),
            role_family: args.role_family.clone(),
            outcome: args.outcome.clone(),
            since: args.since,
            until: args.until,
        },
        partition_by: args.partition_by.clone(),
    };
    let summary = export::export(&request)?;
    if !quiet {
        let parts: Vec<String> = summary
            .tables
            .iter()
            .map(|(t, kept, all)| {
                if kept == all {
                    format!("{t} {kept}")
                } else {
                    format!("{t} {kept} of {all}")
                }
            })
            .collect();
        let to = request
            .to
            .as_ref()
            .map_or("standard output".to_string(), |d| d.display().to_string());
        eprintln!(
            "export: {} rows -> {to} ({})",
            parts.join(", "),
            args.format.extension()
        );
        for value in &summary.unmatched {
            eprintln!("export: note: {value} matches no experience (check the spelling; case does not matter)");
        }
    }
    Ok(ExitCode::Clean)
}
