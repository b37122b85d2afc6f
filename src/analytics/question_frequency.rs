//! `question_frequency.csv`: rank, question, category, count, experiences, companies, roles,
//! plus cluster_id and the other wordings. One row per question cluster: wordings with the
//! same cluster_id count together; the most frequent wording (then the first in byte order)
//! stands for the cluster.

use super::str_values;
use anyhow::Result;
use polars::prelude::*;
use std::collections::BTreeMap;

pub fn question_frequency(questions: LazyFrame) -> Result<DataFrame> {
    let counts = questions
        .clone()
        .group_by([col("cluster_id")])
        .agg([
            len().cast(DataType::Int64).alias("count"),
            col("experience_id")
                .drop_nulls()
                .n_unique()
                .cast(DataType::Int64)
                .alias("experiences"),
            col("company")
                .drop_nulls()
                .n_unique()
                .cast(DataType::Int64)
                .alias("companies"),
            col("role").drop_nulls().n_unique().cast(DataType::Int64).alias("roles"),
        ])
        .collect()?;
    let wordings = questions
        .group_by([col("cluster_id"), col("text"), col("category")])
        .agg([len().cast(DataType::Int64).alias("n")])
        .sort_by_exprs(
            [col("cluster_id"), col("n"), col("text")],
            SortMultipleOptions::default()
                .with_order_descending_multi([false, true, false])
                .with_maintain_order(true),
        )
        .collect()?;
    let reps = representatives(&wordings)?;
    let mut out = counts
        .lazy()
        .join(
            reps.lazy(),
            [col("cluster_id")],
            [col("cluster_id")],
            JoinArgs::new(JoinType::Inner),
        )
        .sort_by_exprs(
            [col("count"), col("experiences"), col("question"), col("cluster_id")],
            SortMultipleOptions::default()
                .with_order_descending_multi([true, true, false, false])
                .with_maintain_order(true),
        )
        .collect()?;
    let rank: Vec<i64> = (1..=out.height() as i64).collect();
    out.with_column(Column::new("rank".into(), rank))?;
    Ok(out.select([
        "rank",
        "question",
        "category",
        "count",
        "experiences",
        "companies",
        "roles",
        "cluster_id",
        "other_wordings",
    ])?)
}

/// Per cluster: the leading wording, its category and the other wordings joined by ` | `.
fn representatives(wordings: &DataFrame) -> Result<DataFrame> {
    let cluster = str_values(wordings, "cluster_id")?;
    let text = str_values(wordings, "text")?;
    let category = str_values(wordings, "category")?;
    let mut by_cluster: BTreeMap<String, (String, String, Vec<String>)> = BTreeMap::new();
    for i in 0..cluster.len() {
        let (Some(c), Some(t)) = (&cluster[i], &text[i]) else {
            continue;
        };
        match by_cluster.get_mut(c) {
            None => {
                by_cluster.insert(
                    c.clone(),
                    (
                        t.clone(),
                        category[i].clone().unwrap_or_else(|| "other".into()),
                        Vec::new(),
                    ),
                );
            }
            Some(entry) => {
                if entry.0 != *t && !entry.2.contains(t) {
                    entry.2.push(t.clone());
                }
            }
        }
    }
    let n = by_cluster.len();
    let (mut ids, mut qs, mut cats, mut others) = (
        Vec::with_capacity(n),
        Vec::with_capacity(n),
        Vec::with_capacity(n),
        Vec::with_capacity(n),
    );
    for (id, (q, cat, rest)) in by_cluster {
        ids.push(id);
        qs.push(q);
        cats.push(cat);
        others.push((!rest.is_empty()).then(|| rest.join(" | ")));
    }
    Ok(df! { "cluster_id" => ids, "question" => qs, "category" => cats, "other_wordings" => others }?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analytics::i64_values;

    #[test]
    fn clusters_count_together_and_rank() {
        let df = df! {
            "cluster_id" => ["c1", "c1", "c2", "c1"],
            "text" => ["REST vs SOAP?", "Explain REST vs SOAP.", "Why us?", "REST vs SOAP?"],
            "category" => ["technical_knowledge", "technical_knowledge", "motivation", "technical_knowledge"],
            "experience_id" => [Some("e1"), Some("e2"), None, Some("e1")],
            "company" => ["A", "A", "A", "B"],
            "role" => [Some("Dev"), Some("Dev"), None, Some("Dev")],
        }
        .unwrap();
        let out = question_frequency(df.lazy()).unwrap();
        assert_eq!(i64_values(&out, "rank").unwrap(), [Some(1), Some(2)]);
        assert_eq!(
            str_values(&out, "question").unwrap()[0].as_deref(),
            Some("REST vs SOAP?")
        );
        assert_eq!(i64_values(&out, "count").unwrap(), [Some(3), Some(1)]);
        assert_eq!(i64_values(&out, "experiences").unwrap(), [Some(2), Some(0)]);
        assert_eq!(i64_values(&out, "companies").unwrap(), [Some(2), Some(1)]);
        assert_eq!(i64_values(&out, "roles").unwrap(), [Some(1), Some(0)]);
        assert_eq!(
            str_values(&out, "other_wordings").unwrap()[0].as_deref(),
            Some("Explain REST vs SOAP.")
        );
    }
}
