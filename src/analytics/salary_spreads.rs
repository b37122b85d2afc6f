//! `salary_spreads.csv`: company, role, currency, period, min, max, midpoint, spread —
//! annualized amounts, so period is always `year`. Per role: the lowest annual_min and the
//! highest annual_max. The `(all)` row of a company and currency has the lowest min, the
//! highest max and the median of its roles' midpoints. Amounts in different currencies are
//! never mixed; salaries with no currency or no amount are left out (see quarantine/report).

use super::{ascending, f64_values, stats::median, str_values, ALL_ROLES};
use anyhow::Result;
use polars::prelude::*;
use std::collections::BTreeMap;

pub fn salary_spreads(salaries: LazyFrame) -> Result<DataFrame> {
    let by_role = salaries
        .filter(
            col("currency")
                .is_not_null()
                .and(col("parse_status").neq(lit("implausible")))
                .and(col("annual_min").is_not_null().or(col("annual_max").is_not_null())),
        )
        .with_column(col("role").fill_null(lit("(role not stated)")))
        .group_by([col("company"), col("role"), col("currency")])
        .agg([
            col("annual_min").min().alias("min"),
            col("annual_max").max().alias("max"),
        ])
        .with_columns([
            lit("year").alias("period"),
            ((col("min") + col("max")) / lit(2.0)).alias("midpoint"),
            (col("max") - col("min")).alias("spread"),
        ])
        .select([
            col("company"),
            col("role"),
            col("currency"),
            col("period"),
            col("min"),
            col("max"),
            col("midpoint"),
            col("spread"),
        ])
        .sort(["company", "currency", "role"], ascending())
        .collect()?;
    let all = company_rows(&by_role)?;
    let out = concat([by_role.lazy(), all.lazy()], UnionArgs::default())?
        .sort(["company", "role", "currency"], ascending())
        .collect()?;
    Ok(out)
}

/// Lowest min, highest max and the role midpoints of one company and currency.
type CompanyRange = (Option<f64>, Option<f64>, Vec<f64>);

/// One `(all)` row per company and currency.
fn company_rows(by_role: &DataFrame) -> Result<DataFrame> {
    let company = str_values(by_role, "company")?;
    let currency = str_values(by_role, "currency")?;
    let min = f64_values(by_role, "min")?;
    let max = f64_values(by_role, "max")?;
    let mid = f64_values(by_role, "midpoint")?;
    let mut groups: BTreeMap<(String, String), CompanyRange> = BTreeMap::new();
    for i in 0..company.len() {
        let key = (
            company[i].clone().unwrap_or_default(),
            currency[i].clone().unwrap_or_default(),
        );
        let g = groups.entry(key).or_insert((None, None, Vec::new()));
        g.0 = fmin(g.0, min[i]);
        g.1 = fmax(g.1, max[i]);
        g.2.extend(mid[i]);
    }
    let n = groups.len();
    let (mut c, mut cur, mut lo, mut hi, mut md, mut sp) = (
        Vec::with_capacity(n),
        Vec::with_capacity(n),
        Vec::with_capacity(n),
        Vec::with_capacity(n),
        Vec::with_capacity(n),
        Vec::with_capacity(n),
    );
    for ((company, currency), (gmin, gmax, mut mids)) in groups {
        c.push(company);
        cur.push(currency);
        lo.push(gmin);
        hi.push(gmax);
        md.push(median(&mut mids));
        sp.push(gmin.zip(gmax).map(|(a, b)| b - a));
    }
    Ok(df! {
        "company" => c,
        "role" => vec![ALL_ROLES; n],
        "currency" => cur,
        "period" => vec!["year"; n],
        "min" => lo,
        "max" => hi,
        "midpoint" => md,
        "spread" => sp,
    }?)
}

fn fmin(a: Option<f64>, b: Option<f64>) -> Option<f64> {
    match (a, b) {
        (Some(x), Some(y)) => Some(x.min(y)),
        (x, y) => x.or(y),
    }
}

fn fmax(a: Option<f64>, b: Option<f64>) -> Option<f64> {
    match (a, b) {
        (Some(x), Some(y)) => Some(x.max(y)),
        (x, y) => x.or(y),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spreads_and_all_row() {
        let df = df! {
            "company" => ["A", "A", "A", "A", "A"],
            "role" => [Some("Dev"), Some("Dev"), Some("PM"), Some("Ops"), Some("Dev")],
            "currency" => [Some("EUR"), Some("EUR"), Some("EUR"), None, Some("USD")],
            "annual_min" => [Some(40000.0), Some(50000.0), Some(60000.0), Some(1.0), Some(100000.0)],
            "annual_max" => [Some(55000.0), Some(70000.0), None, Some(2.0), Some(120000.0)],
            "parse_status" => ["ok", "ok", "ok", "ok", "ok"],
        }
        .unwrap();
        let out = salary_spreads(df.lazy()).unwrap();
        let role = str_values(&out, "role").unwrap();
        let cur = str_values(&out, "currency").unwrap();
        let got: Vec<(String, String)> = role
            .iter()
            .zip(&cur)
            .map(|(r, c)| (r.clone().unwrap(), c.clone().unwrap()))
            .collect();
        assert_eq!(
            got,
            [
                ("(all)".into(), "EUR".into()),
                ("(all)".into(), "USD".into()),
                ("Dev".into(), "EUR".into()),
                ("Dev".into(), "USD".into()),
                ("PM".into(), "EUR".into())
            ]
        );
        let min = f64_values(&out, "min").unwrap();
        let max = f64_values(&out, "max").unwrap();
        let mid = f64_values(&out, "midpoint").unwrap();
        let spread = f64_values(&out, "spread").unwrap();
        assert_eq!(
            (min[0], max[0], spread[0]),
            (Some(40000.0), Some(70000.0), Some(30000.0))
        );
        // Only Dev has a midpoint in EUR (PM is open-ended), so the median is Dev's.
        assert_eq!(mid[0], Some(55000.0));
        assert_eq!(
            (min[2], max[2], mid[2], spread[2]),
            (Some(40000.0), Some(70000.0), Some(55000.0), Some(30000.0))
        );
        assert_eq!((min[4], max[4], mid[4]), (Some(60000.0), None, None));
    }
}
