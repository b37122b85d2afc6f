//! Chart of the most frequently reported questions (clusters of wordings).

use super::{fmt_count, subtitle, Bar, BarChart};
use crate::analytics::{i64_values, str_values};
use crate::normalize::text::excerpt;
use anyhow::Result;
use polars::prelude::DataFrame;

/// Questions shown; question_frequency.csv has them all.
const TOP: usize = 20;

pub fn chart(df: &DataFrame) -> Result<BarChart> {
    let question = str_values(df, "question")?;
    let count = i64_values(df, "count")?;
    let companies = i64_values(df, "companies")?;
    let bars: Vec<Bar> = (0..df.height())
        .filter_map(|i| {
            let q = question[i].as_ref()?;
            let c = count[i]? as f64;
            Some(Bar {
                label: excerpt(q, 58),
                start: 0.0,
                end: c,
                whisker: None,
                annotation: format!(
                    "{} ({} {})",
                    fmt_count(c),
                    companies[i].unwrap_or(0),
                    if companies[i] == Some(1) {
                        "company"
                    } else {
                        "companies"
                    }
                ),
            })
        })
        .take(TOP)
        .collect();
    Ok(BarChart {
        title: "Most frequently reported interview questions".into(),
        x_desc: "Times reported (wordings of one question counted together)".into(),
        y_desc: "Question".into(),
        subtitle: Some(subtitle(df.height(), TOP, "distinct questions, most reported first")),
        bars,
        integer_axis: true,
        x_format: fmt_count,
        ..BarChart::default()
    })
}
