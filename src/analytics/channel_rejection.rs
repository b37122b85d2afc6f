//! `channel_rejection.csv`: per company and application channel, how many experiences came
//! through it (the channel mix) and how often they were rejected.
//!
//! Columns: company, channel, experiences, share (of the company's experiences),
//! outcomes_known, rejected, rejection_rate, ci95_low, ci95_high, rejection_rate_shrunk,
//! small_sample. Experiences that do not state a channel form the group `(not stated)`.
//!
//! Channels with few known outcomes give rates that swing by chance, so beside the raw rate
//! is one shrunk toward the company's overall rate over all channels
//! ([`shrunk_rate`]); `small_sample` marks rates from fewer than [`SMALL_SAMPLE`] known
//! outcomes.

use super::stats::{shrunk_rate, SMALL_SAMPLE};
use super::{i64_values, str_values};
use anyhow::Result;
use polars::prelude::*;
use std::collections::HashMap;

/// The channel group of experiences that do not state one.
pub const NOT_STATED: &str = "(not stated)";

pub fn channel_rejection(experiences: LazyFrame) -> Result<DataFrame> {
    let is = |v: &str| col("outcome").eq(lit(v)).cast(DataType::Int64);
    let mut out = experiences
        .with_column(col("channel").fill_null(lit(NOT_STATED)))
        .group_by([col("company"), col("channel")])
        .agg([
            len().cast(DataType::Int64).alias("experiences"),
            (is("offer") + is("declined") + is("rejected"))
                .sum()
                .alias("outcomes_known"),
            is("rejected").sum().alias("rejected"),
        ])
        .sort(["company", "channel"], super::ascending())
        .collect()?;
    add_rates(&mut out)?;
    Ok(out)
}

fn add_rates(df: &mut DataFrame) -> Result<()> {
    let company = str_values(df, "company")?;
    let exps = i64_values(df, "experiences")?;
    let known = i64_values(df, "outcomes_known")?;
    let rejected = i64_values(df, "rejected")?;
    // Company totals: (experiences, known, rejected).
    let mut totals: HashMap<&str, (i64, i64, i64)> = HashMap::new();
    for i in 0..df.height() {
        let t = totals.entry(company[i].as_deref().unwrap_or("")).or_default();
        t.0 += exps[i].unwrap_or(0);
        t.1 += known[i].unwrap_or(0);
        t.2 += rejected[i].unwrap_or(0);
    }
    let n = df.height();
    let (mut share, mut shrunk, mut small) = (Vec::with_capacity(n), Vec::with_capacity(n), Vec::with_capacity(n));
    for i in 0..n {
        let (all_exps, all_known, all_rejected) = totals[company[i].as_deref().unwrap_or("")];
        let (k, r) = (known[i].unwrap_or(0), rejected[i].unwrap_or(0));
        share.push((all_exps > 0).then(|| exps[i].unwrap_or(0) as f64 / all_exps as f64));
        shrunk.push(shrunk_rate(r, k, all_rejected, all_known));
        small.push(k < SMALL_SAMPLE);
    }
    df.insert_column(3, Column::new("share".into(), share))?;
    super::rejection_rates::add_rates(df)?;
    df.with_column(Column::new("rejection_rate_shrunk".into(), shrunk))?;
    df.with_column(Column::new("small_sample".into(), small))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::f64_values;
    use super::*;

    #[test]
    fn mix_rates_and_shrinkage() {
        let df = df! {
            "company" => ["A", "A", "A", "A", "A", "A"],
            "channel" => [Some("referral"), Some("referral"), Some("job_board"), Some("job_board"), Some("job_board"), None],
            "outcome" => [Some("offer"), Some("offer"), Some("rejected"), Some("rejected"), None, Some("rejected")],
        }
        .unwrap();
        let out = channel_rejection(df.lazy()).unwrap();
        assert_eq!(
            str_values(&out, "channel").unwrap(),
            [
                Some("(not stated)".into()),
                Some("job_board".into()),
                Some("referral".into())
            ]
        );
        assert_eq!(i64_values(&out, "experiences").unwrap(), [Some(1), Some(3), Some(2)]);
        assert_eq!(
            f64_values(&out, "share").unwrap(),
            [Some(1.0 / 6.0), Some(0.5), Some(2.0 / 6.0)]
        );
        assert_eq!(
            f64_values(&out, "rejection_rate").unwrap(),
            [Some(1.0), Some(1.0), Some(0.0)]
        );
        // Company: 3 rejected of 5 known, p = 0.6. job_board: (2 + 5·0.6) / (2 + 5) = 5/7.
        let shrunk = f64_values(&out, "rejection_rate_shrunk").unwrap();
        assert!((shrunk[1].unwrap() - 5.0 / 7.0).abs() < 1e-12);
        assert!(
            (shrunk[2].unwrap() - 3.0 / 7.0).abs() < 1e-12,
            "referral 0/2 pulled up toward 0.6"
        );
        let small: Vec<Option<bool>> = out.column("small_sample").unwrap().bool().unwrap().iter().collect();
        assert_eq!(small, [Some(true), Some(true), Some(true)]);
    }
}
