//! `rejection_rates.csv`: company, role, experiences, outcomes_known, rejected,
//! rejection_rate, ci95_low, ci95_high, rejection_rate_shrunk, small_sample.
//!
//! `outcomes_known` counts offer, declined and rejected: an experience whose outcome is not
//! stated (or is pending or withdrawn) says nothing about rejection, so it is neither a pass
//! nor a fail. With no known outcome the rate and interval are empty.
//!
//! A role with two known outcomes has a rate of 0%, 50% or 100% by chance alone, so beside
//! the raw rate is one shrunk toward the company's `(all)` rate
//! ([`shrunk_rate`](super::stats::shrunk_rate)), and `small_sample` marks rates from fewer
//! than 5 known outcomes. The `(all)` row shrinks toward itself, so its two rates are equal.

use super::stats::{shrunk_rate, wilson_interval, SMALL_SAMPLE};
use super::{i64_values, per_role_and_company, str_values, ALL_ROLES};
use anyhow::Result;
use polars::prelude::*;
use std::collections::HashMap;

pub fn rejection_rates(experiences: LazyFrame) -> Result<DataFrame> {
    let is = |v: &str| col("outcome").eq(lit(v)).cast(DataType::Int64);
    let mut out = per_role_and_company(
        experiences,
        &[
            ("experiences", len().cast(DataType::Int64)),
            ("outcomes_known", (is("offer") + is("declined") + is("rejected")).sum()),
            ("rejected", is("rejected").sum()),
        ],
    )?;
    add_rates(&mut out)?;
    add_shrunk_rates(&mut out)?;
    Ok(out)
}

/// Appends rejection_rate_shrunk (toward the company's `(all)` row) and small_sample.
fn add_shrunk_rates(df: &mut DataFrame) -> Result<()> {
    let company = str_values(df, "company")?;
    let role = str_values(df, "role")?;
    let known = i64_values(df, "outcomes_known")?;
    let rejected = i64_values(df, "rejected")?;
    let company_totals: HashMap<&str, (i64, i64)> = (0..df.height())
        .filter(|&i| role[i].as_deref() == Some(ALL_ROLES))
        .map(|i| {
            let c = company[i].as_deref().unwrap_or("");
            (c, (rejected[i].unwrap_or(0), known[i].unwrap_or(0)))
        })
        .collect();
    let mut shrunk = Vec::with_capacity(df.height());
    let mut small = Vec::with_capacity(df.height());
    for i in 0..df.height() {
        let (k, r) = (known[i].unwrap_or(0), rejected[i].unwrap_or(0));
        let (all_r, all_k) = company_totals
            .get(company[i].as_deref().unwrap_or(""))
            .copied()
            .unwrap_or((0, 0));
        shrunk.push(shrunk_rate(r, k, all_r, all_k));
        small.push(k < SMALL_SAMPLE);
    }
    df.with_column(Column::new("rejection_rate_shrunk".into(), shrunk))?;
    df.with_column(Column::new("small_sample".into(), small))?;
    Ok(())
}

/// Appends rejection_rate and the Wilson interval, computed from the `outcomes_known` and
/// `rejected` counts (also of channel_rejection).
pub(crate) fn add_rates(df: &mut DataFrame) -> Result<()> {
    let known = i64_values(df, "outcomes_known")?;
    let rejected = i64_values(df, "rejected")?;
    let mut rate = Vec::with_capacity(known.len());
    let mut low = Vec::with_capacity(known.len());
    let mut high = Vec::with_capacity(known.len());
    for (k, r) in known.iter().zip(&rejected) {
        let (k, r) = (k.unwrap_or(0).max(0) as u64, r.unwrap_or(0).max(0) as u64);
        let interval = wilson_interval(r, k);
        rate.push(interval.map(|_| r as f64 / k as f64));
        low.push(interval.map(|i| i.0));
        high.push(interval.map(|i| i.1));
    }
    df.with_column(Column::new("rejection_rate".into(), rate))?;
    df.with_column(Column::new("ci95_low".into(), low))?;
    df.with_column(Column::new("ci95_high".into(), high))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_is_not_counted() {
        let df = df! {
            "company" => ["A", "A", "A", "A"],
            "role" => ["Dev", "Dev", "PM", "PM"],
            "outcome" => [Some("rejected"), Some("offer"), None, Some("pending")],
        }
        .unwrap();
        let out = rejection_rates(df.lazy()).unwrap();
        // Rows: (all), Dev, PM
        assert_eq!(i64_values(&out, "outcomes_known").unwrap(), [Some(2), Some(2), Some(0)]);
        assert_eq!(i64_values(&out, "rejected").unwrap(), [Some(1), Some(1), Some(0)]);
        let rate = super::super::f64_values(&out, "rejection_rate").unwrap();
        assert_eq!(rate, [Some(0.5), Some(0.5), None]);
        let low = super::super::f64_values(&out, "ci95_low").unwrap();
        assert!(low[2].is_none());
        assert!((low[0].unwrap() - 0.094_531).abs() < 1e-5);
        let shrunk = super::super::f64_values(&out, "rejection_rate_shrunk").unwrap();
        assert_eq!(shrunk, [Some(0.5), Some(0.5), None], "no known outcome: no shrunk rate");
    }

    #[test]
    fn small_roles_shrink_toward_their_company() {
        // Company A: 4 of 10 known outcomes rejected. Dev: 1 of 1; PM: 3 of 9.
        let mut outcome = vec![Some("rejected")];
        outcome.extend([Some("rejected"); 3]);
        outcome.extend([Some("offer"); 6]);
        let role: Vec<&str> = std::iter::once("Dev").chain(std::iter::repeat_n("PM", 9)).collect();
        let df = df! { "company" => vec!["A"; 10], "role" => role, "outcome" => outcome }.unwrap();
        let out = rejection_rates(df.lazy()).unwrap();
        let rate = super::super::f64_values(&out, "rejection_rate").unwrap();
        let shrunk = super::super::f64_values(&out, "rejection_rate_shrunk").unwrap();
        // Rows: (all), Dev, PM. Dev: (1 + 5·0.4) / (1 + 5) = 0.5, not 100%.
        assert_eq!(rate[1], Some(1.0));
        assert!((shrunk[1].unwrap() - 0.5).abs() < 1e-12);
        // PM: (3 + 2) / (9 + 5) = 5/14, pulled up from 1/3 toward 0.4.
        assert!((shrunk[2].unwrap() - 5.0 / 14.0).abs() < 1e-12);
        assert!((shrunk[0].unwrap() - 0.4).abs() < 1e-12, "(all) keeps its own rate");
        let small: Vec<Option<bool>> = out.column("small_sample").unwrap().bool().unwrap().iter().collect();
        assert_eq!(small, [Some(false), Some(true), Some(false)]);
    }
}
