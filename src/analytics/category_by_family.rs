//! `category_by_family.csv`: which kinds of question each role family gets — role_family,
//! category, questions, share (of the family's questions). Questions listed on a page rather
//! than in an experience have no role: their family is `(not linked)`.

use super::{i64_values, str_values};
use anyhow::Result;
use polars::prelude::*;
use std::collections::HashMap;

pub const NOT_LINKED: &str = "(not linked)";

pub fn category_by_family(questions: LazyFrame, experiences: LazyFrame) -> Result<DataFrame> {
    let families = experiences.select([col("experience_id"), col("role_family")]);
    let mut out = questions
        .select([col("experience_id"), col("category")])
        .join(
            families,
            [col("experience_id")],
            [col("experience_id")],
            JoinArgs::new(JoinType::Left),
        )
        .with_column(col("role_family").fill_null(lit(NOT_LINKED)))
        .group_by([col("role_family"), col("category")])
        .agg([len().cast(DataType::Int64).alias("questions")])
        .sort(["role_family", "category"], super::ascending())
        .collect()?;
    let family = str_values(&out, "role_family")?;
    let counts = i64_values(&out, "questions")?;
    let mut totals: HashMap<&str, i64> = HashMap::new();
    for (f, n) in family.iter().zip(&counts) {
        *totals.entry(f.as_deref().unwrap_or("")).or_default() += n.unwrap_or(0);
    }
    let share: Vec<Option<f64>> = family
        .iter()
        .zip(&counts)
        .map(|(f, n)| {
            let total = totals[f.as_deref().unwrap_or("")];
            (total > 0).then(|| n.unwrap_or(0) as f64 / total as f64)
        })
        .collect();
    out.with_column(Column::new("share".into(), share))?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::super::f64_values;
    use super::*;

    #[test]
    fn counts_and_shares_per_family() {
        let q = df! {
            "experience_id" => [Some("e1"), Some("e1"), Some("e2"), None],
            "category" => ["coding", "behavioral", "coding", "motivation"],
        }
        .unwrap();
        let e = df! {
            "experience_id" => ["e1", "e2"],
            "role_family" => ["engineering", "engineering"],
        }
        .unwrap();
        let out = category_by_family(q.lazy(), e.lazy()).unwrap();
        let keys: Vec<String> = str_values(&out, "role_family")
            .unwrap()
            .into_iter()
            .zip(str_values(&out, "category").unwrap())
            .map(|(f, c)| format!("{}/{}", f.unwrap(), c.unwrap()))
            .collect();
        assert_eq!(
            keys,
            [
                "(not linked)/motivation",
                "engineering/behavioral",
                "engineering/coding"
            ]
        );
        assert_eq!(i64_values(&out, "questions").unwrap(), [Some(1), Some(1), Some(2)]);
        assert_eq!(
            f64_values(&out, "share").unwrap(),
            [Some(1.0), Some(1.0 / 3.0), Some(2.0 / 3.0)]
        );
    }
}
