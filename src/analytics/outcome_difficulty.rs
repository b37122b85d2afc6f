//! `outcome_difficulty.csv`: per company and role (and `(all)` per company), how the
//! experiences ended and how hard they were, as counts: offer, declined, rejected, withdrew,
//! pending, outcome_not_stated; easy, medium, hard, difficulty_not_stated. `experiences` is
//! the sample size; shares are left to the reader (and the chart) so that small groups are
//! never mistaken for proportions.

use super::per_role_and_company;
use anyhow::Result;
use polars::prelude::*;

pub const OUTCOMES: [&str; 5] = ["offer", "declined", "rejected", "withdrew", "pending"];
pub const DIFFICULTIES: [&str; 3] = ["easy", "medium", "hard"];

pub fn outcome_difficulty(experiences: LazyFrame) -> Result<DataFrame> {
    let count = |column: &str, value: &str| col(column).eq(lit(value)).cast(DataType::Int64).sum();
    let missing = |column: &str| col(column).is_null().cast(DataType::Int64).sum();
    let mut aggs: Vec<(&str, Expr)> = vec![("experiences", len().cast(DataType::Int64))];
    aggs.extend(OUTCOMES.iter().map(|o| (*o, count("outcome", o))));
    aggs.push(("outcome_not_stated", missing("outcome")));
    aggs.extend(DIFFICULTIES.iter().map(|d| (*d, count("difficulty", d))));
    aggs.push(("difficulty_not_stated", missing("difficulty")));
    per_role_and_company(experiences, &aggs)
}

#[cfg(test)]
mod tests {
    use super::super::i64_values;
    use super::*;

    #[test]
    fn counts_per_role_and_company() {
        let df = df! {
            "company" => ["A", "A", "A"],
            "role" => ["Dev", "Dev", "PM"],
            "outcome" => [Some("offer"), None, Some("rejected")],
            "difficulty" => [Some("hard"), Some("hard"), None],
        }
        .unwrap();
        let out = outcome_difficulty(df.lazy()).unwrap();
        // Rows: (all), Dev, PM.
        assert_eq!(i64_values(&out, "experiences").unwrap(), [Some(3), Some(2), Some(1)]);
        assert_eq!(i64_values(&out, "offer").unwrap(), [Some(1), Some(1), Some(0)]);
        assert_eq!(
            i64_values(&out, "outcome_not_stated").unwrap(),
            [Some(1), Some(1), Some(0)]
        );
        assert_eq!(i64_values(&out, "hard").unwrap(), [Some(2), Some(2), Some(0)]);
        assert_eq!(
            i64_values(&out, "difficulty_not_stated").unwrap(),
            [Some(1), Some(0), Some(1)]
        );
    }
}
