//! Chart of the interview loop over all companies: one bar per stage, in funnel order (mean
//! position), its length the share of experiences that name it; the label gives the position
//! and how many rejected candidates stopped there.

use super::{fmt_rate, Bar, BarChart, MAX_BARS};
use crate::analytics::stage_funnel::ALL_COMPANIES;
use crate::analytics::{f64_values, i64_values, str_values};
use anyhow::Result;
use polars::prelude::DataFrame;

pub fn chart(df: &DataFrame) -> Result<BarChart> {
    let company = str_values(df, "company")?;
    let stage = str_values(df, "stage")?;
    let exps = i64_values(df, "experiences")?;
    let share = f64_values(df, "share")?;
    let position = f64_values(df, "mean_position")?;
    let stopped = i64_values(df, "rejected_stopped_here")?;
    let bars: Vec<Bar> = (0..df.height())
        .filter(|&i| company[i].as_deref() == Some(ALL_COMPANIES))
        .filter_map(|i| {
            let (Some(s), Some(p)) = (&stage[i], share[i]) else {
                return None;
            };
            Some(Bar {
                label: s.replace('_', " "),
                start: 0.0,
                end: p,
                whisker: None,
                annotation: format!(
                    "{} (n={}) · position {:.1} · {} rejected here",
                    fmt_rate(p),
                    exps[i].unwrap_or(0),
                    position[i].unwrap_or(0.0),
                    stopped[i].unwrap_or(0)
                ),
            })
        })
        .take(MAX_BARS)
        .collect();
    Ok(BarChart {
        title: "Interview stages, in the order candidates meet them".into(),
        x_desc: "Share of experiences whose narrative names the stage".into(),
        y_desc: "Stage (by mean position in the loop)".into(),
        bars,
        x_max: Some(1.6),
        x_format: fmt_rate,
        subtitle: Some("all companies; from the narratives (processed/stages.csv)".into()),
        ..BarChart::default()
    })
}
