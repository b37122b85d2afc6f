//! Chart of the kinds of question per role family: one stacked bar per family, each segment a
//! category's share of the family's questions; the label gives the number of questions.

use super::{fmt_rate, Bar, BarChart, MAX_BARS};
use crate::analytics::{f64_values, i64_values, str_values};
use anyhow::Result;
use polars::prelude::DataFrame;
use std::collections::BTreeMap;

/// A family's parts: (legend index of the category, share of the family's questions).
type Parts = Vec<(usize, f64)>;

pub fn chart(df: &DataFrame) -> Result<BarChart> {
    let family = str_values(df, "role_family")?;
    let category = str_values(df, "category")?;
    let count = i64_values(df, "questions")?;
    let share = f64_values(df, "share")?;
    // Legend: the categories in the order of the most questions overall.
    let mut totals: BTreeMap<&str, i64> = BTreeMap::new();
    for (c, n) in category.iter().zip(&count) {
        *totals.entry(c.as_deref().unwrap_or("")).or_default() += n.unwrap_or(0);
    }
    let mut legend: Vec<(&str, i64)> = totals.into_iter().collect();
    legend.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let colour_of = |c: &str| legend.iter().position(|(name, _)| *name == c).unwrap_or(0);
    // Per family: its segments (in legend order) and question count.
    let mut families: BTreeMap<&str, (i64, Parts)> = BTreeMap::new();
    for i in 0..df.height() {
        let (Some(f), Some(c), Some(p)) = (&family[i], &category[i], share[i]) else {
            continue;
        };
        let entry = families.entry(f.as_str()).or_default();
        entry.0 += count[i].unwrap_or(0);
        entry.1.push((colour_of(c), p));
    }
    let mut rows: Vec<(i64, &str, Parts)> = families.into_iter().map(|(f, (n, s))| (n, f, s)).collect();
    rows.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
    rows.truncate(MAX_BARS);
    let mut bars = Vec::new();
    let mut stacks = Vec::new();
    for (n, f, mut parts) in rows {
        parts.sort_by_key(|(colour, _)| *colour);
        let mut at = 0.0;
        let mut segments = Vec::new();
        for (colour, p) in parts {
            segments.push((at, at + p, colour));
            at += p;
        }
        let top = segments
            .iter()
            .max_by(|a, b| (a.1 - a.0).total_cmp(&(b.1 - b.0)))
            .map(|s| s.2);
        bars.push(Bar {
            label: f.replace('_', " "),
            start: 0.0,
            end: 1.0,
            whisker: None,
            annotation: format!(
                "n={n} · most: {} {}",
                top.map_or("", |c| legend[c].0),
                fmt_rate(segments.iter().map(|s| s.1 - s.0).fold(0.0, f64::max))
            ),
        });
        stacks.push(segments);
    }
    let subtitle = "questions per role family, by number of questions".to_string();
    Ok(BarChart {
        title: "Kinds of question by role family".into(),
        x_desc: "Share of the questions of the family".into(),
        y_desc: "Role family".into(),
        bars,
        x_max: Some(1.5),
        stacks,
        legend: legend.iter().take(8).map(|(c, _)| c.to_string()).collect(),
        x_format: fmt_rate,
        subtitle: Some(subtitle),
        ..BarChart::default()
    })
}
