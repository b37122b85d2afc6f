//! Chart of annual salary ranges (min to max) per role, one bar per role and currency.

use super::{bar_label, fmt_money, subtitle, Bar, BarChart, MAX_BARS};
use crate::analytics::{f64_values, str_values, ALL_ROLES};
use anyhow::Result;
use polars::prelude::DataFrame;

pub fn chart(df: &DataFrame) -> Result<BarChart> {
    let company = str_values(df, "company")?;
    let role = str_values(df, "role")?;
    let currency = str_values(df, "currency")?;
    let min = f64_values(df, "min")?;
    let max = f64_values(df, "max")?;
    let mut bars: Vec<Bar> = Vec::new();
    for i in 0..df.height() {
        let (Some(c), Some(r), Some(cur)) = (&company[i], &role[i], &currency[i]) else {
            continue;
        };
        if r == ALL_ROLES {
            continue;
        }
        let (lo, hi) = match (min[i], max[i]) {
            (Some(a), Some(b)) => (a, b),
            (Some(a), None) => (a, a),
            (None, Some(b)) => (b, b),
            (None, None) => continue,
        };
        let open = if max[i].is_none() { "+" } else { "" };
        bars.push(Bar {
            label: bar_label(&[c, r], 48),
            start: lo,
            end: if hi > lo { hi } else { lo * 1.005 + 1.0 },
            whisker: None,
            annotation: format!("{cur} {}–{}{open}", fmt_money(lo), fmt_money(hi)),
        });
    }
    let total = bars.len();
    let currencies: std::collections::BTreeSet<&str> = currency.iter().flatten().map(String::as_str).collect();
    bars.sort_by(|a, b| b.end.total_cmp(&a.end).then_with(|| a.label.cmp(&b.label)));
    bars.truncate(MAX_BARS);
    let note = if currencies.len() > 1 {
        " (bars in different currencies are not comparable)"
    } else {
        ""
    };
    Ok(BarChart {
        title: "Annual salary range by role".into(),
        x_desc: format!("Annualized salary, lowest to highest stated{note}"),
        y_desc: "Company · role".into(),
        bars,
        x_max: None,
        integer_axis: false,
        stacks: Vec::new(),
        legend: Vec::new(),
        x_format: fmt_money,
        subtitle: Some(subtitle(total, MAX_BARS, "role salaries, highest first")),
    })
}
