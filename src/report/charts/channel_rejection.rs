//! Chart of rejection rate per company and channel (whiskers: 95% Wilson interval); the label
//! gives the counts and the rate shrunk toward the company's, which is the one to read when the
//! sample is small.

use super::{bar_label, fmt_rate, largest_samples, subtitle, Bar, BarChart, MAX_BARS};
use crate::analytics::{f64_values, i64_values, str_values};
use anyhow::Result;
use polars::prelude::DataFrame;

pub fn chart(df: &DataFrame) -> Result<BarChart> {
    let company = str_values(df, "company")?;
    let channel = str_values(df, "channel")?;
    let rate = f64_values(df, "rejection_rate")?;
    let lo = f64_values(df, "ci95_low")?;
    let hi = f64_values(df, "ci95_high")?;
    let shrunk = f64_values(df, "rejection_rate_shrunk")?;
    let known = i64_values(df, "outcomes_known")?;
    let rejected = i64_values(df, "rejected")?;
    let mut bars: Vec<(i64, Bar)> = Vec::new();
    for i in 0..df.height() {
        let (Some(c), Some(ch), Some(p)) = (&company[i], &channel[i], rate[i]) else {
            continue;
        };
        let k = known[i].unwrap_or(0);
        let shrunk = shrunk[i]
            .map(|s| format!(", shrunk {}", fmt_rate(s)))
            .unwrap_or_default();
        let small = if k < crate::analytics::channel_rejection::SMALL_SAMPLE {
            " *"
        } else {
            ""
        };
        bars.push((
            k,
            Bar {
                label: bar_label(&[c, ch], 48),
                start: 0.0,
                end: p,
                whisker: lo[i].zip(hi[i]),
                annotation: format!("{} ({}/{k}{shrunk}){small}", fmt_rate(p), rejected[i].unwrap_or(0)),
            },
        ));
    }
    let total = bars.len();
    let bars = largest_samples(bars);
    Ok(BarChart {
        title: "Rejection rate by application channel".into(),
        x_desc: "Rejected / known outcomes (whiskers: 95% Wilson interval)".into(),
        y_desc: "Company · channel".into(),
        bars,
        x_max: Some(1.45),
        integer_axis: false,
        stacks: Vec::new(),
        legend: Vec::new(),
        x_format: fmt_rate,
        subtitle: Some(subtitle(
            total,
            MAX_BARS,
            "channels with a known outcome, by sample size; * fewer than 5 outcomes",
        )),
    })
}
