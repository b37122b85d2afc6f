//! `stage_round_mismatches.csv`: experiences whose narrative names a different number of
//! stages than the round count the candidate declared (an offer is not a round). Either the
//! narrative skips rounds or the count includes screens the narrative does not tell; both are
//! worth a look before trusting rounds_by_role.

use anyhow::Result;
use polars::prelude::*;

struct Mismatch {
    id: String,
    company: String,
    role: String,
    rounds: i64,
    stages: i64,
    sequence: String,
}

/// One row per experience with a declared round count and at least one stage, where the two
/// differ: experience_id, company, role, rounds, stages (the count), sequence (`a → b → c`).
pub fn stage_round_mismatches(experiences: &DataFrame, stages: &DataFrame) -> Result<(DataFrame, usize)> {
    let told = super::stage_funnel::stages_by_experience(stages)?;
    let ids = experiences.column("experience_id")?.str()?.clone();
    let companies = experiences.column("company")?.str()?.clone();
    let roles = experiences.column("role")?.str()?.clone();
    let rounds = experiences.column("rounds")?.cast(&DataType::Int64)?;
    let rounds = rounds.i64()?;
    let mut rows: Vec<Mismatch> = Vec::new();
    let mut compared = 0;
    for i in 0..experiences.height() {
        let (Some(id), Some(declared)) = (ids.get(i), rounds.get(i)) else {
            continue;
        };
        // An offer is not a round.
        let order: Vec<&str> = told
            .get(id)
            .into_iter()
            .flatten()
            .map(|(_, k)| k.as_str())
            .filter(|k| *k != "offer")
            .collect();
        if order.is_empty() {
            continue;
        }
        compared += 1;
        if order.len() as i64 != declared {
            rows.push(Mismatch {
                id: id.to_string(),
                company: companies.get(i).unwrap_or("").to_string(),
                role: roles.get(i).unwrap_or("").to_string(),
                rounds: declared,
                stages: order.len() as i64,
                sequence: order.join(" → "),
            });
        }
    }
    rows.sort_by(|a, b| (&a.company, &a.role, &a.id).cmp(&(&b.company, &b.role, &b.id)));
    let text = |f: fn(&Mismatch) -> &str| rows.iter().map(f).collect::<Vec<_>>();
    let df = DataFrame::new(
        rows.len(),
        vec![
            Column::new("experience_id".into(), text(|r| &r.id)),
            Column::new("company".into(), text(|r| &r.company)),
            Column::new("role".into(), text(|r| &r.role)),
            Column::new("rounds".into(), rows.iter().map(|r| r.rounds).collect::<Vec<_>>()),
            Column::new("stages".into(), rows.iter().map(|r| r.stages).collect::<Vec<_>>()),
            Column::new("sequence".into(), text(|r| &r.sequence)),
        ],
    )?;
    Ok((df, compared))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_only_differing_counts() {
        let exp = df!(
            "experience_id" => ["e1", "e2", "e3", "e4"],
            "company" => ["A", "A", "B", "B"],
            "role" => ["QA", "Dev", "PM", "UX"],
            "rounds" => [Some(2i64), Some(3), None, Some(1)],
        )
        .unwrap();
        let stages = df!(
            "experience_id" => ["e1", "e1", "e1", "e2", "e2", "e2", "e3"],
            "seq" => [2i64, 1, 3, 1, 2, 3, 1],
            "stage" => ["technical_interview", "phone_screen", "offer", "online_test", "take_home", "final_round", "case_study"],
        )
        .unwrap();
        let (df, compared) = stage_round_mismatches(&exp, &stages).unwrap();
        assert_eq!(compared, 2, "e1 and e2 have both; e3 has no count, e4 no stages");
        assert_eq!(df.height(), 0, "e1: 2 stages besides the offer = 2 rounds; e2: 3 = 3");
        let exp = df!(
            "experience_id" => ["e1"],
            "company" => ["A"],
            "role" => ["QA"],
            "rounds" => [Some(4i64)],
        )
        .unwrap();
        let (df, _) = stage_round_mismatches(&exp, &stages).unwrap();
        assert_eq!(df.column("stages").unwrap().i64().unwrap().get(0), Some(2));
        assert_eq!(
            df.column("sequence").unwrap().str().unwrap().get(0),
            Some("phone_screen → technical_interview")
        );
    }
}
