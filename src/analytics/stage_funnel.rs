//! `stage_funnel.csv`: how often each interview stage occurs, at which position of the loop,
//! and where rejected candidates stopped — per company and over all companies (`(all)`).
//!
//! Columns: company, stage, experiences (naming the stage), share (of the experiences whose
//! narrative names any stage), mean_position (1 = first stage told), rejected_stopped_here
//! (rejected experiences whose last stage told, an offer aside, is this one). Rows are in
//! funnel order: by mean position, then stage.

use super::str_values;
use anyhow::Result;
use polars::prelude::*;
use std::collections::{BTreeMap, HashMap};

/// The company label of the rows over all companies (sorts before any name).
pub const ALL_COMPANIES: &str = "(all)";

#[derive(Default)]
struct Tally {
    experiences: i64,
    position_sum: i64,
    rejected_stopped_here: i64,
}

/// Each experience's stages from the stages table (experience_id, seq, stage), in order.
pub(crate) fn stages_by_experience(stages: &DataFrame) -> Result<HashMap<String, Vec<(i64, String)>>> {
    let mut told: HashMap<String, Vec<(i64, String)>> = HashMap::new();
    if stages.height() > 0 {
        let ids = str_values(stages, "experience_id")?;
        let seqs = super::i64_values(stages, "seq")?;
        let kinds = str_values(stages, "stage")?;
        for i in 0..stages.height() {
            if let (Some(id), Some(seq), Some(kind)) = (&ids[i], seqs[i], &kinds[i]) {
                told.entry(id.clone()).or_default().push((seq, kind.clone()));
            }
        }
    }
    for seq in told.values_mut() {
        seq.sort();
    }
    Ok(told)
}

pub fn stage_funnel(experiences: &DataFrame, stages: &DataFrame) -> Result<DataFrame> {
    let told = stages_by_experience(stages)?;
    let ids = str_values(experiences, "experience_id")?;
    let companies = str_values(experiences, "company")?;
    let outcomes = str_values(experiences, "outcome")?;
    let mut tallies: BTreeMap<(String, String), Tally> = BTreeMap::new();
    let mut with_stages: HashMap<String, i64> = HashMap::new();
    for i in 0..experiences.height() {
        let (Some(id), Some(company)) = (&ids[i], &companies[i]) else {
            continue;
        };
        let Some(seq) = told.get(id) else {
            continue;
        };
        let last_before_offer = seq.iter().rev().find(|(_, k)| k != "offer").map(|(_, k)| k.clone());
        let rejected = outcomes[i].as_deref() == Some("rejected");
        for group in [company.as_str(), ALL_COMPANIES] {
            *with_stages.entry(group.to_string()).or_default() += 1;
            for (position, (_, kind)) in seq.iter().enumerate() {
                let t = tallies.entry((group.to_string(), kind.clone())).or_default();
                t.experiences += 1;
                t.position_sum += position as i64 + 1;
                if rejected && last_before_offer.as_deref() == Some(kind.as_str()) {
                    t.rejected_stopped_here += 1;
                }
            }
        }
    }
    let mut rows: Vec<(String, String, i64, f64, f64, i64)> = tallies
        .into_iter()
        .map(|((company, stage), t)| {
            let share = t.experiences as f64 / with_stages[&company] as f64;
            let mean = t.position_sum as f64 / t.experiences as f64;
            (company, stage, t.experiences, share, mean, t.rejected_stopped_here)
        })
        .collect();
    rows.sort_by(|a, b| a.0.cmp(&b.0).then(a.4.total_cmp(&b.4)).then(a.1.cmp(&b.1)));
    Ok(DataFrame::new(
        rows.len(),
        vec![
            Column::new("company".into(), rows.iter().map(|r| r.0.as_str()).collect::<Vec<_>>()),
            Column::new("stage".into(), rows.iter().map(|r| r.1.as_str()).collect::<Vec<_>>()),
            Column::new("experiences".into(), rows.iter().map(|r| r.2).collect::<Vec<_>>()),
            Column::new("share".into(), rows.iter().map(|r| r.3).collect::<Vec<_>>()),
            Column::new("mean_position".into(), rows.iter().map(|r| r.4).collect::<Vec<_>>()),
            Column::new(
                "rejected_stopped_here".into(),
                rows.iter().map(|r| r.5).collect::<Vec<_>>(),
            ),
        ],
    )?)
}

#[cfg(test)]
mod tests {
    use super::super::{f64_values, i64_values};
    use super::*;

    #[test]
    fn counts_positions_and_where_rejected_stopped() {
        let exp = df!(
            "experience_id" => ["e1", "e2", "e3", "e4"],
            "company" => ["A", "A", "B", "B"],
            "outcome" => [Some("rejected"), Some("offer"), Some("rejected"), None],
        )
        .unwrap();
        let stages = df!(
            "experience_id" => ["e1", "e1", "e2", "e2", "e2", "e3"],
            "seq" => [2i64, 1, 1, 2, 3, 1],
            "stage" => ["technical_interview", "phone_screen", "phone_screen", "final_round", "offer", "online_test"],
        )
        .unwrap();
        let out = stage_funnel(&exp, &stages).unwrap();
        let key: Vec<String> = str_values(&out, "company")
            .unwrap()
            .into_iter()
            .zip(str_values(&out, "stage").unwrap())
            .map(|(c, s)| format!("{}/{}", c.unwrap(), s.unwrap()))
            .collect();
        assert_eq!(
            key,
            [
                "(all)/online_test",
                "(all)/phone_screen",
                "(all)/final_round",
                "(all)/technical_interview",
                "(all)/offer",
                "A/phone_screen",
                "A/final_round",
                "A/technical_interview",
                "A/offer",
                "B/online_test"
            ]
        );
        // (all): 3 experiences name stages (e4 none). phone_screen in e1 and e2, both first.
        assert_eq!(i64_values(&out, "experiences").unwrap()[1], Some(2));
        assert_eq!(f64_values(&out, "share").unwrap()[1], Some(2.0 / 3.0));
        assert_eq!(f64_values(&out, "mean_position").unwrap()[1], Some(1.0));
        // e1 (rejected) stopped after its technical interview; e3 (rejected) after the test.
        let stopped = i64_values(&out, "rejected_stopped_here").unwrap();
        assert_eq!(stopped[0], Some(1), "online_test");
        assert_eq!(stopped[3], Some(1), "technical_interview");
        assert_eq!(stopped[1], Some(0), "phone_screen");
    }
}
