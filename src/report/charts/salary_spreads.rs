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
            annotation: if fmt_money(lo) == fmt_money(hi) {
                format!("{cur} {}{open}", fmt_money(lo))
            } else {
                format!("{cur} {}–{}{open}", fmt_money(lo), fmt_money(hi))
            },
        });
    }
    let total = bars.len();
    let currencies: std::collections::BTreeSet<&str> = currency.iter().flatten().map(String::as_str).collect();
    bars.sort_by(|a, b| b.end.total_cmp(&a.end).then_with(|| a.label.cmp(&b.label)));
    bars.truncate(MAX_BARS);
    let note = if currencies.len() > 1 {
        "; currencies not comparable"
    } else {
        ""
    };
    // INR or JPY amounts beside EUR ones span orders of magnitude: on a linear axis the
    // smaller currency's bars shrink to slivers (seen on the bundled pages: EUR 40k beside
    // INR 9.36M). A log axis gives every range a readable length.
    let low = bars.iter().map(|b| b.start).fold(f64::MAX, f64::min);
    let high = bars.iter().map(|b| b.end).fold(0.0, f64::max);
    let log_axis = low > 0.0 && high / low > 20.0;
    let scale_note = if log_axis { "log scale" } else { "" };
    Ok(BarChart {
        title: "Annual salary range by role".into(),
        x_desc: format!("Annualized salary, lowest to highest stated ({scale_note}{note})")
            .replace(" ()", "")
            .replace("(; ", "("),
        y_desc: "Company · role".into(),
        bars,
        log_axis,
        x_format: fmt_money,
        subtitle: Some(subtitle(total, MAX_BARS, "role salaries, highest first")),
        ..BarChart::default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use polars::prelude::*;

    fn spreads(currency: [&str; 2], min: [f64; 2], max: [Option<f64>; 2]) -> DataFrame {
        df! {
            "company" => ["A", "B"],
            "role" => ["Dev", "SDE 1"],
            "currency" => currency,
            "min" => min,
            "max" => max,
        }
        .unwrap()
    }

    #[test]
    fn amounts_orders_of_magnitude_apart_get_a_log_axis() {
        // EUR 40k beside INR 9.36M (the bundled pages): a linear axis would hide the EUR bar.
        let chart = chart(&spreads(
            ["EUR", "INR"],
            [40_000.0, 9_360_000.0],
            [Some(55_000.0), Some(9_360_000.0)],
        ))
        .unwrap();
        assert!(chart.log_axis);
        assert_eq!(
            chart.x_desc,
            "Annualized salary, lowest to highest stated (log scale; currencies not comparable)"
        );
        assert_eq!(chart.bars[0].annotation, "INR 9.4M", "a single amount is not a range");
        assert_eq!(chart.bars[1].annotation, "EUR 40k–55k");
        let chart = chart_of_one_currency();
        assert!(!chart.log_axis);
        assert_eq!(chart.x_desc, "Annualized salary, lowest to highest stated");
        assert_eq!(chart.bars[0].annotation, "EUR 60k+", "open-ended");
    }

    fn chart_of_one_currency() -> BarChart {
        chart(&spreads(["EUR", "EUR"], [40_000.0, 60_000.0], [Some(55_000.0), None])).unwrap()
    }

    #[test]
    fn log_axis_charts_render() {
        let dir = tempfile::tempdir().unwrap();
        let chart = chart(&spreads(
            ["EUR", "INR"],
            [40_000.0, 600_000.0],
            [Some(55_000.0), Some(1_200_000.0)],
        ))
        .unwrap();
        crate::report::charts::render(&chart, dir.path(), "s").unwrap();
        let svg = std::fs::read_to_string(dir.path().join("s.svg")).unwrap();
        assert!(
            svg.contains("log scale") && svg.contains("100k") && svg.contains("1.0M"),
            "decade ticks labelled in money"
        );
    }
}
