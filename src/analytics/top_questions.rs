//! `top_questions.csv`: the questions each company asks most, per role and for the whole
//! company (`(all)`): company, role, rank, question, category, count, experiences, wordings,
//! cluster_id, other_wordings.
//!
//! Questions count by cluster (near-duplicate wordings together, as in question_frequency),
//! but the wordings shown are those heard in that group: "Why Northwind?" at Northwind and
//! "Why Lumora?" at Lumora are one cluster, and each company's row quotes its own. The most
//! frequent wording in the group (then the first in byte order) stands for the cluster there.
//! Questions a page lists outside any experience have no role and count in `(all)` only.

use super::ALL_ROLES;
use anyhow::Result;
use polars::prelude::*;

/// Questions kept per (company, role); ties at the cut go to the earlier in sort order.
pub const TOP: usize = 10;

/// Interns strings as dense ids, so the rows sort and group as integers (a corpus repeats
/// a few thousand companies, roles and clusters over millions of questions). Polars' fast
/// hash map: measured 7.1 s for this aggregate on 959k questions with polars group-bys and
/// string sorts, 1.6 s interned with the standard hasher, less with this one.
#[derive(Default)]
struct Interner<'a> {
    ids: PlHashMap<&'a str, u32>,
    strings: Vec<&'a str>,
}

impl<'a> Interner<'a> {
    fn id(&mut self, s: &'a str) -> u32 {
        *self.ids.entry(s).or_insert_with(|| {
            self.strings.push(s);
            (self.strings.len() - 1) as u32
        })
    }
}

/// One question counted in one group: (company, role, cluster, text, experience) ids, the
/// experience `u32::MAX` when there is none.
type Row = (u32, u32, u32, u32, u32);

/// One question of one group, ready to rank.
struct Ranked<'a> {
    company: &'a str,
    role: &'a str,
    cluster: &'a str,
    leading: &'a str,
    category: Option<&'a str>,
    count: i64,
    experiences: i64,
    others: Vec<&'a str>,
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
        .collect()?;
    let column = |name: &str| -> Result<&StringChunked> { Ok(q.column(name)?.str()?) };
    let (company, role, cluster) = (column("company")?, column("role")?, column("cluster_id")?);
    let (text, category, experience) = (column("text")?, column("category")?, column("experience_id")?);

    let (mut companies, mut roles, mut clusters) = (Interner::default(), Interner::default(), Interner::default());
    let (mut texts, mut exps) = (Interner::default(), Interner::default());
    let all_roles = roles.id(ALL_ROLES);
    let mut category_of: PlHashMap<u32, &str> = PlHashMap::new();
    let mut rows: Vec<Row> = Vec::with_capacity(2 * q.height());
    for i in 0..q.height() {
        let (Some(c), Some(k), Some(t)) = (company.get(i), cluster.get(i), text.get(i)) else {
            continue;
        };
        let (c, k, t) = (companies.id(c), clusters.id(k), texts.id(t));
        if let Some(cat) = category.get(i) {
            category_of.entry(t).or_insert(cat);
        }
        let e = experience.get(i).map_or(u32::MAX, |e| exps.id(e));
        rows.push((c, all_roles, k, t, e));
        if let Some(r) = role.get(i) {
            rows.push((c, roles.id(r), k, t, e));
        }
    }
    rows.sort_unstable();

    let mut ranked: Vec<Ranked> = Vec::new();
    let mut group_exps: Vec<u32> = Vec::new();
    for group in rows.chunk_by(|a, b| (a.0, a.1, a.2) == (b.0, b.1, b.2)) {
        // Wordings of the group: (text, times), the most frequent first, then byte order.
        let mut wordings: Vec<(&str, i64, u32)> = group
            .chunk_by(|a, b| a.3 == b.3)
            .map(|w| (texts.strings[w[0].3 as usize], w.len() as i64, w[0].3))
            .collect();
        wordings.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
        group_exps.clear();
        group_exps.extend(group.iter().map(|r| r.4).filter(|&e| e != u32::MAX));
        group_exps.sort_unstable();
        group_exps.dedup();
        let (first, row) = (wordings[0], group[0]);
        ranked.push(Ranked {
            company: companies.strings[row.0 as usize],
            role: roles.strings[row.1 as usize],
            cluster: clusters.strings[row.2 as usize],
            leading: first.0,
            category: category_of.get(&first.2).copied(),
            count: group.len() as i64,
            experiences: group_exps.len() as i64,
            others: wordings[1..].iter().map(|w| w.0).collect(),
        });
    }
    frame(top_of_each_group(ranked))
}

/// The first [`TOP`] of each (company, role) by count, then experiences, then wording, then
/// cluster; in (company, role) byte order, as (rank, question).
fn top_of_each_group(mut ranked: Vec<Ranked>) -> Vec<(i64, Ranked)> {
    ranked.sort_by(|a, b| {
        (a.company, a.role)
            .cmp(&(b.company, b.role))
            .then(b.count.cmp(&a.count))
            .then(b.experiences.cmp(&a.experiences))
            .then_with(|| a.leading.cmp(b.leading))
            .then_with(|| a.cluster.cmp(b.cluster))
    });
    let mut out = Vec::new();
    let mut rank = 0;
    let mut previous: Option<(&str, &str)> = None;
    for r in ranked {
        let group = (r.company, r.role);
        rank = if previous == Some(group) { rank + 1 } else { 1 };
        previous = Some(group);
        if rank <= TOP as i64 {
            out.push((rank, r));
        }
    }
    out
}

fn frame<'a>(kept: Vec<(i64, Ranked<'a>)>) -> Result<DataFrame> {
    let text = |f: fn(&Ranked<'a>) -> &'a str| kept.iter().map(|(_, r)| f(r)).collect::<Vec<_>>();
    let int = |f: fn(&Ranked) -> i64| kept.iter().map(|(_, r)| f(r)).collect::<Vec<_>>();
    Ok(df! {
        "company" => text(|r| r.company),
        "role" => text(|r| r.role),
        "rank" => kept.iter().map(|(rank, _)| *rank).collect::<Vec<_>>(),
        "question" => text(|r| r.leading),
        "category" => kept.iter().map(|(_, r)| r.category).collect::<Vec<_>>(),
        "count" => int(|r| r.count),
        "experiences" => int(|r| r.experiences),
        "wordings" => int(|r| 1 + r.others.len() as i64),
        "cluster_id" => text(|r| r.cluster),
        "other_wordings" => kept
            .iter()
            .map(|(_, r)| (!r.others.is_empty()).then(|| r.others.join(" | ")))
            .collect::<Vec<_>>(),
    }?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analytics::{i64_values, str_values};

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
