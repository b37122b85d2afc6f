//! Chart of how experiences ended, per role: one stacked bar per company · role, each segment
//! an outcome's share of the role's experiences (not stated included, so the bar is whole);
//! the label gives the sample size. The difficulty counts are in the table.

use super::{bar_label, fmt_rate, subtitle, Bar, BarChart, MAX_BARS};
use crate::analytics::outcome_difficulty::OUTCOMES;
use crate::analytics::{i64_values, str_values};
use anyhow::Result;
use polars::prelude::DataFrame;

/// A bar's segments: (start, end, legend index).
type Segments = Vec<(f64, f64, usize)>;

const LEGEND: [&str; 6] = ["offer", "declined", "rejected", "withdrew", "pending", "not stated"];

pub fn chart(df: &DataFrame) -> Result<BarChart> {
    let company = str_values(df, "company")?;
    let role = str_values(df, "role")?;
    let exps = i64_values(df, "experiences")?;
    let mut counts: Vec<Vec<Option<i64>>> = OUTCOMES.iter().map(|o| i64_values(df, o)).collect::<Result<_>>()?;
    counts.push(i64_values(df, "outcome_not_stated")?);
    let mut rows: Vec<(i64, (Bar, Segments))> = Vec::new();
    for i in 0..df.height() {
        let (Some(c), Some(r), Some(n)) = (&company[i], &role[i], exps[i]) else {
            continue;
        };
        if n <= 0 {
            continue;
        }
        let mut at = 0.0;
        let mut segments = Vec::new();
        for (k, column) in counts.iter().enumerate() {
            let share = column[i].unwrap_or(0) as f64 / n as f64;
            if share > 0.0 {
                segments.push((at, at + share, k));
                at += share;
            }
        }
        let offers = counts[0][i].unwrap_or(0) as f64 / n as f64;
        let bar = Bar {
            label: bar_label(&[c, r], 48),
            start: 0.0,
            end: 1.0,
            whisker: None,
            annotation: format!("n={n} · offer {}", fmt_rate(offers)),
        };
        rows.push((n, (bar, segments)));
    }
    let total = rows.len();
    // The largest samples first, as the other charts choose (ties by label), bars and their
    // segments kept together.
    rows.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1 .0.label.cmp(&b.1 .0.label)));
    rows.truncate(MAX_BARS);
    let (bars, stacks): (Vec<Bar>, Vec<Segments>) = rows.into_iter().map(|(_, pair)| pair).unzip();
    Ok(BarChart {
        title: "How interviews ended, by role".into(),
        x_desc: "Share of the experiences of the role".into(),
        y_desc: "Company · role".into(),
        bars,
        x_max: Some(1.35),
        stacks,
        legend: LEGEND.iter().map(|s| s.to_string()).collect(),
        x_format: fmt_rate,
        subtitle: Some(subtitle(
            total,
            MAX_BARS,
            "rows, by sample size; (all) is the whole company",
        )),
        ..BarChart::default()
    })
}
