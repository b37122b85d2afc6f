//! Chart of rejection rate per company and channel (whiskers: 95% Wilson interval); the label
//! gives the counts and the rate shrunk toward the company's, which is the one to read when the
//! sample is small.

use super::{fmt_rate, largest_samples, subtitle, BarChart, MAX_BARS};
use anyhow::Result;
use polars::prelude::DataFrame;

pub fn chart(df: &DataFrame) -> Result<BarChart> {
    let bars = super::rejection_rates::rate_bars(df, "channel")?;
    let total = bars.len();
    let bars = largest_samples(bars);
    Ok(BarChart {
        title: "Rejection rate by application channel".into(),
        x_desc: "Rejected / known outcomes (whiskers: 95% Wilson interval)".into(),
        y_desc: "Company · channel".into(),
        bars,
        x_max: Some(1.45),
        x_format: fmt_rate,
        subtitle: Some(subtitle(
            total,
            MAX_BARS,
            "channels with a known outcome, by sample size; * fewer than 5 outcomes",
        )),
        ..BarChart::default()
    })
}
