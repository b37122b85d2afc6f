//! `top_questions.csv`: the questions each company asks most, per role and for the whole
//! company (`(all)`): company, role, rank, question, category, count, experiences, wordings,
//! cluster_id, other_wordings.
//!
//! Questions count by cluster (near-duplicate wordings together, as in question_frequency),
//! but the wordings shown are those heard in that group: "Why Northwind?" at Northwind and
//! "Why Lumora?" at Lumora are one cluster, and each company's row quotes its own. The most
//! frequent wording in the group (then the first in byte order) stands for the cluster there.
//! Questions a page lists outside any experience have no role and count in `(all)` only.

use super::{i64_values, str_values, ALL_ROLES};
use anyhow::Result;
use polars::prelude::*;
use std::collections::HashMap;

/// Questions kept per (company, role); ties at the cut go to the earlier in sort order.
pub const TOP: usize = 10;

/// The group a count belongs to: company, role (or `(all)`), cluster.
type Key = (String, String, String);

/// Per group: the leading wording, its category, and the other wordings in count order.
struct Wordings {
    leading: String,
    category: Option<String>,
    others: Vec<String>,
}

pub fn top_questions(questions: LazyFrame) -> Result<DataFrame> {
    let q = questions
        .select([
            col("company"),
            col("role"),
            col("cluster_id"),
            col("text"),
            col("category"),
            col("experience_id"),
        ])
        .filter(col("company").is_not_null().and(col("cluster_id").is_not_null()));
    let grouped = concat(
        [
            q.clone().filter(col("role").is_not_null()),
            q.with_column(lit(ALL_ROLES).alias("role")),
        ],
        UnionArgs::default(),
    )?;
    let counts = grouped
        .clone()
        .group_by([col("company"), col("role"), col("cluster_id")])
        .agg([
            len().cast(DataType::Int64).alias("count"),
            col("experience_id")
                .drop_nulls()
                .n_unique()
                .cast(DataType::Int64)
                .alias("experiences"),
        ])
        .collect()?;
    let wordings = grouped
        .filter(col("text").is_not_null())
        .group_by([col("company"), col("role"), col("cluster_id"), col("text")])
        .agg([
            len().cast(DataType::Int64).alias("n"),
            col("category").drop_nulls().first().alias("category"),
        ])
        .sort_by_exprs(
            [col("company"), col("role"), col("cluster_id"), col("n"), col("text")],
            SortMultipleOptions::default()
                .with_order_descending_multi([false, false, false, true, false])
                .with_maintain_order(true),
        )
        .collect()?;
    let wordings = wordings_by_group(&wordings)?;
    ranked(&counts, &wordings)
}

/// The wordings frame, sorted most frequent first within each group, as a map.
fn wordings_by_group(df: &DataFrame) -> Result<HashMap<Key, Wordings>> {
    let (company, role, cluster) = (
        str_values(df, "company")?,
        str_values(df, "role")?,
        str_values(df, "cluster_id")?,
    );
    let (text, category) = (str_values(df, "text")?, str_values(df, "category")?);
    let mut out: HashMap<Key, Wordings> = HashMap::new();
    for i in 0..df.height() {
        let (Some(c), Some(r), Some(k), Some(t)) = (&company[i], &role[i], &cluster[i], &text[i]) else {
            continue;
        };
        let key = (c.clone(), r.clone(), k.clone());
        match out.get_mut(&key) {
            Some(w) => w.others.push(t.clone()),
            None => {
                out.insert(
                    key,
                    Wordings {
                        leading: t.clone(),
                        category: category[i].clone(),
                        others: Vec::new(),
                    },
                );
            }
        }
    }
    Ok(out)
}

/// One row per group and cluster, the first [`TOP`] of each (company, role) by count, then
/// experiences, then wording.
fn ranked(counts: &DataFrame, wordings: &HashMap<Key, Wordings>) -> Result<DataFrame> {
    let (company, role, cluster) = (
        str_values(counts, "company")?,
        str_values(counts, "role")?,
        str_values(counts, "cluster_id")?,
    );
    let (count, experiences) = (i64_values(counts, "count")?, i64_values(counts, "experiences")?);
    struct Row<'a> {
        key: Key,
        count: i64,
        experiences: i64,
        words: &'a Wordings,
    }
    let mut rows: Vec<Row> = (0..counts.height())
        .filter_map(|i| {
            let key = (company[i].clone()?, role[i].clone()?, cluster[i].clone()?);
            let words = wordings.get(&key)?;
            Some(Row {
                key,
                count: count[i].unwrap_or(0),
                experiences: experiences[i].unwrap_or(0),
                words,
            })
        })
        .collect();
    rows.sort_by(|a, b| {
        (&a.key.0, &a.key.1)
            .cmp(&(&b.key.0, &b.key.1))
            .then(b.count.cmp(&a.count))
            .then(b.experiences.cmp(&a.experiences))
            .then_with(|| a.words.leading.cmp(&b.words.leading))
            .then_with(|| a.key.2.cmp(&b.key.2))
    });
    let mut rank = 0;
    let kept: Vec<(i64, &Row)> = rows
        .iter()
        .enumerate()
        .filter_map(|(i, row)| {
            let same_group = i > 0 && rows[i - 1].key.0 == row.key.0 && rows[i - 1].key.1 == row.key.1;
            rank = if same_group { rank + 1 } else { 1 };
            (rank <= TOP).then_some((rank as i64, row))
        })
        .collect();
    let strings = |f: fn(&Row) -> String| kept.iter().map(|(_, r)| f(r)).collect::<Vec<_>>();
    let ints = |f: fn(&Row) -> i64| kept.iter().map(|(_, r)| f(r)).collect::<Vec<_>>();
    Ok(df! {
        "company" => strings(|r| r.key.0.clone()),
        "role" => strings(|r| r.key.1.clone()),
        "rank" => kept.iter().map(|(rank, _)| *rank).collect::<Vec<_>>(),
        "question" => strings(|r| r.words.leading.clone()),
        "category" => kept.iter().map(|(_, r)| r.words.category.clone()).collect::<Vec<_>>(),
        "count" => ints(|r| r.count),
        "experiences" => ints(|r| r.experiences),
        "wordings" => ints(|r| 1 + r.words.others.len() as i64),
        "cluster_id" => strings(|r| r.key.2.clone()),
        "other_wordings" => kept
            .iter()
            .map(|(_, r)| (!r.words.others.is_empty()).then(|| r.words.others.join(" | ")))
            .collect::<Vec<_>>(),
    }?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn questions() -> DataFrame {
        df! {
            "company" => ["A", "A", "A", "A", "A", "B", "B"],
            "role" => [Some("Dev"), Some("Dev"), Some("Dev"), Some("PM"), None, Some("Dev"), Some("Dev")],
            "cluster_id" => ["why", "why", "rest", "why", "rest", "why", "rest"],
            "text" => ["Why A?", "Why do you want to join A?", "REST vs SOAP?", "Why A?", "REST or SOAP?", "Why B?", "REST vs SOAP?"],
            "category" => ["motivation", "motivation", "technical_knowledge", "motivation", "technical_knowledge", "motivation", "technical_knowledge"],
            "experience_id" => [Some("e1"), Some("e2"), Some("e1"), Some("e3"), None, Some("e4"), Some("e4")],
        }
        .unwrap()
    }

    fn rows(out: &DataFrame) -> Vec<String> {
        let (c, r, k, q, n, e, w, o) = (
            str_values(out, "company").unwrap(),
            str_values(out, "role").unwrap(),
            i64_values(out, "rank").unwrap(),
            str_values(out, "question").unwrap(),
            i64_values(out, "count").unwrap(),
            i64_values(out, "experiences").unwrap(),
            i64_values(out, "wordings").unwrap(),
            str_values(out, "other_wordings").unwrap(),
        );
        (0..out.height())
            .map(|i| {
                format!(
                    "{} {} #{} {} n={} e={} w={} [{}]",
                    c[i].as_deref().unwrap(),
                    r[i].as_deref().unwrap(),
                    k[i].unwrap(),
                    q[i].as_deref().unwrap(),
                    n[i].unwrap(),
                    e[i].unwrap(),
                    w[i].unwrap(),
                    o[i].as_deref().unwrap_or("")
                )
            })
            .collect()
    }

    #[test]
    fn per_company_and_role_with_their_own_wordings() {
        let out = top_questions(questions().lazy()).unwrap();
        assert_eq!(
            rows(&out),
            [
                // (all) at A: "why" 3 times over 3 experiences; "rest" twice, once off-role.
                "A (all) #1 Why A? n=3 e=3 w=2 [Why do you want to join A?]",
                "A (all) #2 REST or SOAP? n=2 e=1 w=2 [REST vs SOAP?]",
                "A Dev #1 Why A? n=2 e=2 w=2 [Why do you want to join A?]",
                "A Dev #2 REST vs SOAP? n=1 e=1 w=1 []",
                "A PM #1 Why A? n=1 e=1 w=1 []",
                // B quotes its own wording of the shared "why" cluster; ties by wording.
                "B (all) #1 REST vs SOAP? n=1 e=1 w=1 []",
                "B (all) #2 Why B? n=1 e=1 w=1 []",
                "B Dev #1 REST vs SOAP? n=1 e=1 w=1 []",
                "B Dev #2 Why B? n=1 e=1 w=1 []",
            ]
        );
        let cats = str_values(&out, "category").unwrap();
        assert_eq!(cats[0].as_deref(), Some("motivation"));
        assert_eq!(cats[1].as_deref(), Some("technical_knowledge"));
    }

    #[test]
    fn keeps_the_top_per_group() {
        let n = TOP + 5;
        let clusters: Vec<String> = (0..n).map(|i| format!("c{i:02}")).collect();
        // Cluster i is asked i + 1 times, so the top ones are the last clusters.
        let mut company = Vec::new();
        let mut cluster = Vec::new();
        let mut text = Vec::new();
        for (i, c) in clusters.iter().enumerate() {
            for _ in 0..=i {
                company.push("A");
                cluster.push(c.clone());
                text.push(format!("Question {c}?"));
            }
        }
        let len = company.len();
        let df = df! {
            "company" => company,
            "role" => vec![Some("Dev"); len],
            "cluster_id" => cluster,
            "text" => text,
            "category" => vec!["other"; len],
            "experience_id" => vec![None::<&str>; len],
        }
        .unwrap();
        let out = top_questions(df.lazy()).unwrap();
        assert_eq!(out.height(), 2 * TOP, "TOP for Dev and TOP for (all)");
        let q = str_values(&out, "question").unwrap();
        assert_eq!(q[0].as_deref(), Some("Question c14?"));
        assert_eq!(q[TOP - 1].as_deref(), Some("Question c05?"));
        assert_eq!(i64_values(&out, "rank").unwrap()[TOP - 1], Some(TOP as i64));
    }
}
