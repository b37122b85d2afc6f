//! Chart of rejection rate per role with its 95% Wilson interval as whiskers. Roles with no
//! known outcome have no rate and are not drawn.

use super::{bar_label, fmt_rate, largest_samples, subtitle, Bar, BarChart, MAX_BARS};
use crate::analytics::{f64_values, i64_values, str_values};
use anyhow::Result;
use polars::prelude::DataFrame;

/// One bar per (company, `group`) row with a rate: the rate, its Wilson interval as whiskers,
/// the counts and, when the table has `rejection_rate_shrunk`, the shrunk rate and a `*` for
/// fewer than [`SMALL_SAMPLE`](crate::analytics::stats::SMALL_SAMPLE) outcomes.
/// Paired with the sample size, for [`largest_samples`].
pub fn rate_bars(df: &DataFrame, group: &str) -> Result<Vec<(i64, Bar)>> {
    let company = str_values(df, "company")?;
    let group = str_values(df, group)?;
    let rate = f64_values(df, "rejection_rate")?;
    let lo = f64_values(df, "ci95_low")?;
    let hi = f64_values(df, "ci95_high")?;
    let with_shrunk = df.column("rejection_rate_shrunk").is_ok();
    let shrunk = if with_shrunk {
        f64_values(df, "rejection_rate_shrunk")?
    } else {
        vec![None; df.height()]
    };
    let known = i64_values(df, "outcomes_known")?;
    let rejected = i64_values(df, "rejected")?;
    let mut bars: Vec<(i64, Bar)> = Vec::new();
    for i in 0..df.height() {
        let (Some(c), Some(g), Some(p)) = (&company[i], &group[i], rate[i]) else {
            continue;
        };
        let k = known[i].unwrap_or(0);
        let shrunk = shrunk[i]
            .map(|s| format!(", shrunk {}", fmt_rate(s)))
            .unwrap_or_default();
        let small = if with_shrunk && k < crate::analytics::stats::SMALL_SAMPLE {
            " *"
        } else {
            ""
        };
        bars.push((
            k,
            Bar {
                label: bar_label(&[c, g], 48),
                start: 0.0,
                end: p,
                whisker: lo[i].zip(hi[i]),
                annotation: format!("{} ({}/{k}{shrunk}){small}", fmt_rate(p), rejected[i].unwrap_or(0)),
            },
        ));
    }
    Ok(bars)
}

pub fn chart(df: &DataFrame) -> Result<BarChart> {
    let bars = rate_bars(df, "role")?;
    let total = bars.len();
    let bars = largest_samples(bars);
    Ok(BarChart {
        title: "Rejection rate by role".into(),
        x_desc: "Rejected / known outcomes (whiskers: 95% Wilson interval)".into(),
        y_desc: "Company · role".into(),
        bars,
        x_max: Some(1.25),
        x_format: fmt_rate,
        subtitle: Some(subtitle(
            total,
            MAX_BARS,
            "rows with a known outcome, by sample size; (all) is the whole company",
        )),
        ..BarChart::default()
    })
}
