//! reports/: the aggregate tables as CSV, their charts as PNG and SVG, one offline
//! `report.html` and a `summary.md`, all computed from the processed/ tables.

pub mod charts;
pub mod companies;
pub mod html;
pub mod summary;

use crate::analytics::{self, Aggregates};
use crate::store::{atomic, frame};
use anyhow::{Context, Result};
use polars::prelude::*;
use std::path::Path;

/// The aggregates in report order: file stem and title.
pub const AGGREGATES: [(&str, &str); 9] = [
    ("rounds_by_role", "Interview rounds by role"),
    ("outcome_difficulty", "Outcomes and difficulty by role"),
    (
        "stage_funnel",
        "Interview stages: how often, where in the loop, where rejections came",
    ),
    ("rejection_rates", "Rejection rates"),
    ("channel_rejection", "Channel mix and rejection rate by channel"),
    ("salary_spreads", "Salary spreads"),
    ("question_frequency", "Question frequency"),
    ("top_questions", "Top questions per company and role"),
    ("category_by_family", "Kinds of question by role family"),
];

/// What the report is built from, besides the aggregates.
pub struct ReportInputs {
    pub aggregates: Aggregates,
    /// The experiences' `company` and `outcome` columns (the narratives are not needed here,
    /// and on a large corpus they are most of the table).
    pub experiences: DataFrame,
    /// The salaries' `parse_status` column.
    pub salaries: DataFrame,
    pub quarantine: DataFrame,
    /// Per-file extraction coverage (empty when processed/ predates it).
    pub coverage: DataFrame,
    /// Experiences whose narrative names a different number of stages than their declared
    /// rounds, and how many experiences had both to compare.
    pub stage_round_mismatches: (DataFrame, usize),
    /// The data tests of processed/ (processed/data_tests.csv): how many ran, and the failed
    /// ones (test, rule, failing_rows, examples). `None` when processed/ predates them.
    pub data_tests: Option<(usize, DataFrame)>,
}

/// Counts of what a report run wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReportSummary {
    pub experiences: usize,
    pub companies: usize,
    pub files_written: usize,
}

pub fn build(processed: &Path, reports: &Path) -> Result<ReportSummary> {
    std::fs::create_dir_all(reports).with_context(|| format!("creating {}", reports.display()))?;
    atomic::clean_stale_temp_files(reports);
    let inputs = read_inputs(processed)?;
    let mut written = 0;
    for (stem, _) in AGGREGATES {
        let df = aggregate(&inputs.aggregates, stem);
        atomic::write(&reports.join(format!("{stem}.csv")), &frame::csv_bytes(df)?)?;
        written += 1;
    }
    let chart_specs = [
        (
            "rounds_by_role",
            charts::rounds_by_role::chart(&inputs.aggregates.rounds_by_role)?,
        ),
        (
            "rejection_rates",
            charts::rejection_rates::chart(&inputs.aggregates.rejection_rates)?,
        ),
        (
            "outcome_difficulty",
            charts::outcome_difficulty::chart(&inputs.aggregates.outcome_difficulty)?,
        ),
        (
            "stage_funnel",
            charts::stage_funnel::chart(&inputs.aggregates.stage_funnel)?,
        ),
        (
            "channel_rejection",
            charts::channel_rejection::chart(&inputs.aggregates.channel_rejection)?,
        ),
        (
            "salary_spreads",
            charts::salary_spreads::chart(&inputs.aggregates.salary_spreads)?,
        ),
        (
            "question_frequency",
            charts::question_frequency::chart(&inputs.aggregates.question_frequency)?,
        ),
        (
            "category_by_family",
            charts::category_by_family::chart(&inputs.aggregates.category_by_family)?,
        ),
        (
            "top_questions",
            charts::top_questions::chart(&inputs.aggregates.top_questions)?,
        ),
    ];
    for (stem, chart) in &chart_specs {
        charts::render(chart, reports, stem)?;
        written += 2;
    }
    let html = html::render(&inputs, reports)?;
    atomic::write(&reports.join("report.html"), html.as_bytes())?;
    let mismatches = &inputs.stage_round_mismatches.0;
    atomic::write(
        &reports.join("stage_round_mismatches.csv"),
        &frame::csv_bytes(mismatches)?,
    )?;
    written += 1;
    let md = summary::render(&inputs)?;
    atomic::write(&reports.join("summary.md"), md.as_bytes())?;
    written += 2;
    let companies = inputs.experiences.column("company")?.n_unique()?;
    Ok(ReportSummary {
        experiences: inputs.experiences.height(),
        companies: if inputs.experiences.height() == 0 { 0 } else { companies },
        files_written: written,
    })
}

pub fn aggregate<'a>(a: &'a Aggregates, stem: &str) -> &'a DataFrame {
    match stem {
        "rounds_by_role" => &a.rounds_by_role,
        "rejection_rates" => &a.rejection_rates,
        "salary_spreads" => &a.salary_spreads,
        "channel_rejection" => &a.channel_rejection,
        "stage_funnel" => &a.stage_funnel,
        "outcome_difficulty" => &a.outcome_difficulty,
        "category_by_family" => &a.category_by_family,
        "top_questions" => &a.top_questions,
        _ => &a.question_frequency,
    }
}

fn read_inputs(processed: &Path) -> Result<ReportInputs> {
    frame::require_tables(processed, ["experiences", "questions", "salaries", "quarantine"])?;
    let scan = |t: &str| {
        frame::scan_table(processed, t)
            .with_context(|| format!("reading {t}.parquet from {} (run `ingest` first)", processed.display()))
    };
    let experiences = scan("experiences")?;
    let questions = scan("questions")?;
    let salaries = scan("salaries")?;
    let stages = if processed.join("stages.parquet").is_file() {
        scan("stages")?
            .select([col("experience_id"), col("seq"), col("stage")])
            .collect()?
    } else {
        DataFrame::empty()
    };
    let aggregates = analytics::compute(experiences.clone(), questions, salaries.clone(), &stages)?;
    let rounds = experiences
        .clone()
        .select([col("experience_id"), col("company"), col("role"), col("rounds")])
        .collect()?;
    let stage_round_mismatches = analytics::stage_rounds::stage_round_mismatches(&rounds, &stages)?;
    Ok(ReportInputs {
        aggregates,
        experiences: experiences.select([col("company"), col("outcome")]).collect()?,
        salaries: salaries.select([col("parse_status")]).collect()?,
        quarantine: scan("quarantine")?.collect()?,
        coverage: if processed.join("coverage.parquet").is_file() {
            scan("coverage")?.collect()?
        } else {
            DataFrame::empty()
        },
        stage_round_mismatches,
        data_tests: read_data_tests(processed)?,
    })
}

/// The data tests' results: how many ran, and the failed ones as a table.
fn read_data_tests(processed: &Path) -> Result<Option<(usize, DataFrame)>> {
    let Some((total, failed)) = crate::store::data_tests::read_results(processed)? else {
        return Ok(None);
    };
    let column = |f: fn(&crate::store::data_tests::RecordedFailure) -> &str| {
        failed.iter().map(|r| f(r).to_string()).collect::<Vec<_>>()
    };
    let failing: Vec<i64> = failed.iter().map(|r| r.failing.parse().unwrap_or(0)).collect();
    Ok(Some((
        total,
        df! {
            "test" => column(|r| &r.test),
            "rule" => column(|r| &r.rule),
            "failing_rows" => failing,
            "examples" => column(|r| &r.examples),
        }?,
    )))
}
