//! Chart of rejection rate per role with its 95% Wilson interval as whiskers. Roles with no
//! known outcome have no rate and are not drawn.

use super::{bar_label, fmt_rate, largest_samples, subtitle, Bar, BarChart, MAX_BARS};
use crate::analytics::{f64_values, i64_values, str_values};
use anyhow::Result;
use polars::prelude::DataFrame;

pub fn chart(df: &DataFrame) -> Result<BarChart> {
    let company = str_values(df, "company")?;
    let role = str_values(df, "role")?;
    let rate = f64_values(df, "rejection_rate")?;
    let lo = f64_values(df, "ci95_low")?;
    let hi = f64_values(df, "ci95_high")?;
    let known = i64_values(df, "outcomes_known")?;
    let rejected = i64_values(df, "rejected")?;
    let mut bars: Vec<(i64, Bar)> = Vec::new();
    for i in 0..df.height() {
        let (Some(c), Some(r), Some(p)) = (&company[i], &role[i], rate[i]) else {
            continue;
        };
        let k = known[i].unwrap_or(0);
        bars.push((
            k,
            Bar {
                label: bar_label(&[c, r], 48),
                start: 0.0,
                end: p,
                whisker: lo[i].zip(hi[i]),
                annotation: format!("{} ({}/{k})", fmt_rate(p), rejected[i].unwrap_or(0)),
            },
        ));
    }
    let total = bars.len();
    let bars = largest_samples(bars);
    Ok(BarChart {
        title: "Rejection rate by role".into(),
        x_desc: "Rejected / known outcomes (whiskers: 95% Wilson interval)".into(),
        y_desc: "Company · role".into(),
        bars,
        x_max: Some(1.25),
        integer_axis: false,
        stacks: Vec::new(),
        legend: Vec::new(),
        x_format: fmt_rate,
        subtitle: Some(subtitle(
            total,
            MAX_BARS,
            "rows with a known outcome, by sample size; (all) is the whole company",
        )),
    })
}
