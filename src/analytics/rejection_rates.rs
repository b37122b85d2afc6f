//! `rejection_rates.csv`: company, role, experiences, outcomes_known, rejected,
//! rejection_rate, ci95_low, ci95_high.
//!
//! `outcomes_known` counts offer, declined and rejected: an experience whose outcome is not
//! stated (or is pending or withdrawn) says nothing about rejection, so it is neither a pass
//! nor a fail. With no known outcome the rate and interval are empty.

use super::{i64_values, per_role_and_company, stats::wilson_interval};
use anyhow::Result;
use polars::prelude::*;

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
    Ok(out)
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
    }
}
