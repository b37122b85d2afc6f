//! Chart of each company's most asked questions: the first [`PER_COMPANY`] of its `(all)`
//! rows in top_questions.csv, for the companies with the most questions reported (up to
//! [`MAX_BARS`] bars). Per-role lists are in the table and in report.html's company sections.

use super::{bar_label, fmt_count, subtitle, Bar, BarChart, MAX_BARS};
use crate::analytics::{i64_values, str_values, ALL_ROLES};
use anyhow::Result;
use polars::prelude::DataFrame;
use std::collections::BTreeMap;

/// Questions drawn per company.
pub const PER_COMPANY: usize = 3;

pub fn chart(df: &DataFrame) -> Result<BarChart> {
    let company = str_values(df, "company")?;
    let role = str_values(df, "role")?;
    let question = str_values(df, "question")?;
    let count = i64_values(df, "count")?;
    let wordings = i64_values(df, "wordings")?;
    // Per company, its (all) rows in rank order; the size is the count of its top questions.
    let mut by_company: BTreeMap<&str, (i64, Vec<Bar>)> = BTreeMap::new();
    for i in 0..df.height() {
        let (Some(c), Some(q), Some(n)) = (&company[i], &question[i], count[i]) else {
            continue;
        };
        if role[i].as_deref() != Some(ALL_ROLES) {
            continue;
        }
        let entry = by_company.entry(c).or_default();
        entry.0 += n;
        if entry.1.len() < PER_COMPANY {
            let w = wordings[i].unwrap_or(1);
            entry.1.push(Bar {
                label: bar_label(&[c, q], 64),
                start: 0.0,
                end: n as f64,
                whisker: None,
                annotation: if w > 1 {
                    format!("{n} ({w} wordings)")
                } else {
                    n.to_string()
                },
            });
        }
    }
    let total = by_company.len();
    let mut companies: Vec<(&str, (i64, Vec<Bar>))> = by_company.into_iter().collect();
    companies.sort_by(|a, b| b.1 .0.cmp(&a.1 .0).then(a.0.cmp(b.0)));
    let shown = (MAX_BARS / PER_COMPANY).min(total);
    let bars: Vec<Bar> = companies
        .into_iter()
        .take(shown)
        .flat_map(|(_, (_, bars))| bars)
        .collect();
    Ok(BarChart {
        title: "Most asked questions per company".into(),
        x_desc: "Times reported at the company (wordings of one question counted together)".into(),
        y_desc: "Company · question".into(),
        subtitle: Some(subtitle(
            total,
            shown,
            &format!("companies with the most questions reported, {PER_COMPANY} questions each"),
        )),
        bars,
        integer_axis: true,
        x_format: fmt_count,
        ..BarChart::default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use polars::prelude::*;

    #[test]
    fn largest_companies_first_three_questions_each() {
        let df = df! {
            "company" => ["A", "A", "A", "A", "A", "B"],
            "role" => ["(all)", "(all)", "(all)", "(all)", "Dev", "(all)"],
            "question" => ["Q1", "Q2", "Q3", "Q4", "Q1", "Why B?"],
            "count" => [1i64, 1, 1, 1, 1, 9],
            "wordings" => [1i64, 1, 1, 1, 1, 3],
        }
        .unwrap();
        let chart = chart(&df).unwrap();
        let labels: Vec<&str> = chart.bars.iter().map(|b| b.label.as_str()).collect();
        assert_eq!(labels, ["B · Why B?", "A · Q1", "A · Q2", "A · Q3"]);
        assert_eq!(chart.bars[0].annotation, "9 (3 wordings)");
        assert_eq!(chart.bars[0].end, 9.0);
        assert_eq!(
            chart.subtitle.as_deref(),
            Some("2 companies with the most questions reported, 3 questions each")
        );
    }
}
