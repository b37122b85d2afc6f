//! Extraction coverage per raw file (processed/coverage.csv): how many records each file gave
//! and how full their fields are. Plain Rust over the merged rows; written by `ingest`.

use crate::model::{Coverage, Experience, QuarantineEntry, Tables};
use std::collections::HashMap;

/// One row per input file, in path order. `files` lists every input with its format.
type Counts<'a> = HashMap<&'a str, i64>;

fn count<'a>(counts: &mut Counts<'a>, file: &'a str) {
    *counts.entry(file).or_insert(0) += 1;
}

pub fn coverage(t: &Tables, files: &[(String, Option<String>)]) -> Vec<Coverage> {
    // One pass over each table, counting by file (a file-by-file scan would be quadratic).
    let mut by_file: HashMap<&str, Vec<&Experience>> = HashMap::new();
    for e in &t.experiences {
        by_file.entry(e.source_file.as_str()).or_default().push(e);
    }
    let (mut questions, mut salaries, mut errors, mut warnings): (Counts, Counts, Counts, Counts) = Default::default();
    t.questions
        .iter()
        .for_each(|q| count(&mut questions, q.source_file.as_str()));
    t.salaries
        .iter()
        .for_each(|s| count(&mut salaries, s.source_file.as_str()));
    for q in &t.quarantine {
        count(
            if q.is_error() { &mut errors } else { &mut warnings },
            q.source_file.as_str(),
        );
    }
    let get = |m: &HashMap<&str, i64>, f: &str| m.get(f).copied().unwrap_or(0);
    files
        .iter()
        .map(|(file, format)| {
            let exps = by_file.get(file.as_str()).map(Vec::as_slice).unwrap_or(&[]);
            let share = |filled: &dyn Fn(&Experience) -> bool| -> Option<f64> {
                (!exps.is_empty()).then(|| exps.iter().filter(|e| filled(e)).count() as f64 / exps.len() as f64)
            };
            Coverage {
                source_file: file.clone(),
                source_format: format.clone(),
                experiences: exps.len() as i64,
                questions: get(&questions, file),
                salaries: get(&salaries, file),
                errors: get(&errors, file),
                warnings: get(&warnings, file),
                filled_experience_level: share(&|e| e.experience_level.is_some()),
                filled_channel: share(&|e| e.channel.is_some()),
                filled_difficulty: share(&|e| e.difficulty.is_some()),
                filled_outcome: share(&|e| e.outcome.is_some()),
                filled_rounds: share(&|e| e.rounds.is_some()),
                filled_questions: share(&|e| e.questions > 0),
                filled_candidate_key: share(&|e| e.candidate_key.is_some()),
                filled_page_date: share(&|e| e.page_date.is_some()),
                filled_sentiment: share(&|e| e.sentiment.is_some()),
                filled_duration_days: share(&|e| e.duration_days.is_some()),
                filled_interview_date: share(&|e| e.interview_date.is_some()),
                filled_review_date: share(&|e| e.review_date.is_some()),
                filled_location: share(&|e| e.location.is_some()),
                filled_advice: share(&|e| e.advice.is_some()),
                filled_narrative: share(&|e| e.narrative.is_some()),
            }
        })
        .collect()
}

/// Sets each file's error and warning counts from the run's whole quarantine: an ingest adds
/// warnings after a file's rows are counted (implausible salaries are judged against every
/// salary of the role).
pub fn recount_quarantine(rows: &mut [Coverage], quarantine: &[QuarantineEntry]) {
    let (mut errors, mut warnings): (Counts, Counts) = Default::default();
    for q in quarantine {
        count(
            if q.is_error() { &mut errors } else { &mut warnings },
            q.source_file.as_str(),
        );
    }
    for row in rows {
        row.errors = errors.get(row.source_file.as_str()).copied().unwrap_or(0);
        row.warnings = warnings.get(row.source_file.as_str()).copied().unwrap_or(0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Question;

    #[test]
    fn shares_per_file() {
        let mut t = Tables::default();
        for (file, difficulty) in [("a.txt", Some("easy")), ("a.txt", None), ("b.txt", Some("hard"))] {
            t.experiences.push(Experience {
                source_file: file.into(),
                difficulty: difficulty.map(String::from),
                questions: 1,
                ..Default::default()
            });
        }
        t.questions.push(Question {
            source_file: "a.txt".into(),
            ..Default::default()
        });
        t.quarantine.push(QuarantineEntry::error("c.bin", None, "binary", None));
        let files = vec![
            ("a.txt".to_string(), Some("text".to_string())),
            ("b.txt".into(), Some("html".into())),
            ("c.bin".into(), None),
        ];
        let c = coverage(&t, &files);
        assert_eq!(c.len(), 3);
        assert_eq!(
            (c[0].experiences, c[0].questions, c[0].filled_difficulty),
            (2, 1, Some(0.5))
        );
        assert_eq!(c[1].filled_difficulty, Some(1.0));
        assert_eq!(
            (
                c[2].experiences,
                c[2].errors,
                c[2].filled_difficulty,
                c[2].source_format.as_deref()
            ),
            (0, 1, None, None)
        );
        let mut c = c;
        let later = [
            QuarantineEntry::warning("a.txt", Some(3), "implausible", None),
            QuarantineEntry::warning("a.txt", Some(4), "implausible", None),
            QuarantineEntry::error("c.bin", None, "binary", None),
        ];
        recount_quarantine(&mut c, &later);
        assert_eq!((c[0].errors, c[0].warnings), (0, 2));
        assert_eq!((c[1].errors, c[1].warnings), (0, 0));
        assert_eq!((c[2].errors, c[2].warnings), (1, 0));
    }
}
