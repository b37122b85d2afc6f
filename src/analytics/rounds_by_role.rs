//! `rounds_by_role.csv`: company, role, experiences, rounds_known, rounds_mean,
//! rounds_median, rounds_min, rounds_max — per role and `(all)` per company.

use super::per_role_and_company;
use anyhow::Result;
use polars::prelude::*;

pub fn rounds_by_role(experiences: LazyFrame) -> Result<DataFrame> {
    let rounds = || col("rounds");
    per_role_and_company(
        experiences,
        &[
            ("experiences", len().cast(DataType::Int64)),
            ("rounds_known", rounds().count().cast(DataType::Int64)),
            ("rounds_mean", rounds().cast(DataType::Float64).mean()),
            ("rounds_median", rounds().cast(DataType::Float64).median()),
            ("rounds_min", rounds().min()),
            ("rounds_max", rounds().max()),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn per_role_and_all() {
        let df = df! {
            "company" => ["A", "A", "A", "B"],
            "role" => ["Dev", "Dev", "PM", "Dev"],
            "rounds" => [Some(3i64), Some(2), None, Some(5)],
        }
        .unwrap();
        let out = rounds_by_role(df.lazy()).unwrap();
        let roles: Vec<_> = out
            .column("role")
            .unwrap()
            .str()
            .unwrap()
            .iter()
            .map(|s| s.unwrap().to_string())
            .collect();
        assert_eq!(roles, ["(all)", "Dev", "PM", "(all)", "Dev"]);
        let mean = out.column("rounds_mean").unwrap().f64().unwrap();
        assert_eq!(mean.get(0), Some(2.5));
        assert_eq!(mean.get(2), None);
        let known = out.column("rounds_known").unwrap().i64().unwrap();
        assert_eq!(known.get(0), Some(2));
        assert_eq!(out.column("experiences").unwrap().i64().unwrap().get(0), Some(3));
        assert_eq!(out.column("rounds_max").unwrap().i64().unwrap().get(0), Some(3));
    }
}
