//! The aggregates of reports/: one module per table, each a polars lazy query over the
//! processed/ tables and no I/O. Every company gets its per-role rows and one `(all)` row.
//! Column sets are those of DESIGN.md; statistics that polars has no expression for (the
//! Wilson interval) are pure functions here, tested on their own.

pub mod category_by_family;
pub mod channel_rejection;
pub mod coverage;
pub mod outcome_difficulty;
pub mod question_frequency;
pub mod rejection_rates;
pub mod rounds_by_role;
pub mod salary_spreads;
pub mod stage_funnel;
pub mod stage_rounds;
pub mod stats;
pub mod top_questions;

use anyhow::Result;
use polars::prelude::*;

/// The role label of a company's summary row. Sorts before any role title in byte order.
pub const ALL_ROLES: &str = "(all)";

/// The aggregates, computed from the processed/ tables.
pub struct Aggregates {
    pub rounds_by_role: DataFrame,
    pub rejection_rates: DataFrame,
    pub salary_spreads: DataFrame,
    pub question_frequency: DataFrame,
    pub channel_rejection: DataFrame,
    pub stage_funnel: DataFrame,
    pub outcome_difficulty: DataFrame,
    pub category_by_family: DataFrame,
    pub top_questions: DataFrame,
}

/// `stages` holds experience_id, seq and stage (empty when processed/ predates the table).
pub fn compute(
    experiences: LazyFrame,
    questions: LazyFrame,
    salaries: LazyFrame,
    stages: &DataFrame,
) -> Result<Aggregates> {
    let experiences_for_families = experiences.clone();
    let outcomes = experiences
        .clone()
        .select([col("experience_id"), col("company"), col("outcome")])
        .collect()?;
    Ok(Aggregates {
        rounds_by_role: rounds_by_role::rounds_by_role(experiences.clone())?,
        outcome_difficulty: outcome_difficulty::outcome_difficulty(experiences.clone())?,
        rejection_rates: rejection_rates::rejection_rates(experiences.clone())?,
        channel_rejection: channel_rejection::channel_rejection(experiences)?,
        stage_funnel: stage_funnel::stage_funnel(&outcomes, stages)?,
        salary_spreads: salary_spreads::salary_spreads(salaries)?,
        category_by_family: category_by_family::category_by_family(questions.clone(), experiences_for_families)?,
        top_questions: top_questions::top_questions(questions.clone())?,
        question_frequency: question_frequency::question_frequency(questions)?,
    })
}

/// Applies the named aggregations per (company, role) and per company — the `(all)` row —
/// and returns one frame: company, role, then the aggregates in the given order, sorted by
/// company and role.
pub(crate) fn per_role_and_company(frame: LazyFrame, aggs: &[(&str, Expr)]) -> Result<DataFrame> {
    let named: Vec<Expr> = aggs.iter().map(|(name, e)| e.clone().alias(*name)).collect();
    let by_role = frame.clone().group_by([col("company"), col("role")]).agg(named.clone());
    let all = frame
        .group_by([col("company")])
        .agg(named)
        .with_column(lit(ALL_ROLES).alias("role"));
    let order: Vec<Expr> = [col("company"), col("role")]
        .into_iter()
        .chain(aggs.iter().map(|(name, _)| col(*name)))
        .collect();
    Ok(
        concat([by_role.select(order.clone()), all.select(order)], UnionArgs::default())?
            .sort(["company", "role"], ascending())
            .collect()?,
    )
}

/// Sort options: ascending on every key, nulls last, stable.
pub(crate) fn ascending() -> SortMultipleOptions {
    SortMultipleOptions::default()
        .with_maintain_order(true)
        .with_nulls_last(true)
}

/// A column as `Option<f64>` values.
pub(crate) fn f64_values(df: &DataFrame, name: &str) -> Result<Vec<Option<f64>>> {
    let c = df.column(name)?.cast(&DataType::Float64)?;
    Ok(c.f64()?.iter().collect())
}

/// A column as `Option<i64>` values.
pub(crate) fn i64_values(df: &DataFrame, name: &str) -> Result<Vec<Option<i64>>> {
    let c = df.column(name)?.cast(&DataType::Int64)?;
    Ok(c.i64()?.iter().collect())
}

/// A column as `Option<String>` values.
pub(crate) fn str_values(df: &DataFrame, name: &str) -> Result<Vec<Option<String>>> {
    let c = df.column(name)?;
    Ok(c.str()?.iter().map(|s| s.map(str::to_string)).collect())
}
