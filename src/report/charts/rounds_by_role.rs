//! Chart of mean rounds per role, with the min–max range as whiskers.

use super::{bar_label, fmt_count, largest_samples, subtitle, Bar, BarChart, MAX_BARS};
use crate::analytics::{f64_values, i64_values, str_values, ALL_ROLES};
use anyhow::Result;
use polars::prelude::DataFrame;

pub fn chart(df: &DataFrame) -> Result<BarChart> {
    let company = str_values(df, "company")?;
    let role = str_values(df, "role")?;
    let mean = f64_values(df, "rounds_mean")?;
    let min = i64_values(df, "rounds_min")?;
    let max = i64_values(df, "rounds_max")?;
    let known = i64_values(df, "rounds_known")?;
    let mut bars: Vec<(i64, Bar)> = Vec::new();
    for i in 0..df.height() {
        let (Some(c), Some(r), Some(m)) = (&company[i], &role[i], mean[i]) else {
            continue;
        };
        if r == ALL_ROLES {
            continue;
        }
        let k = known[i].unwrap_or(0);
        bars.push((
            k,
            Bar {
                label: bar_label(&[c, r], 48),
                start: 0.0,
                end: m,
                whisker: min[i]
                    .zip(max[i])
                    .filter(|(a, b)| a != b)
                    .map(|(a, b)| (a as f64, b as f64)),
                annotation: format!("{} (n={k})", fmt_count(m)),
            },
        ));
    }
    let total = bars.len();
    let bars = largest_samples(bars);
    Ok(BarChart {
        title: "Interview rounds by role".into(),
        x_desc: "Mean number of rounds (whiskers: fewest to most)".into(),
        y_desc: "Company · role".into(),
        bars,
        integer_axis: true,
        x_format: fmt_count,
        subtitle: Some(subtitle(
            total,
            MAX_BARS,
            "roles with a known round count, by sample size",
        )),
        ..BarChart::default()
    })
}
