//! Which rows an export keeps.
//!
//! Each filter is checked on a row's own column when its table has it (questions have
//! company and role), else through the row's experience (`experience_id`: a question's
//! outcome is its experience's), else the row cannot be shown to match and is left out —
//! unknown is never a match. An experience's date is its interview date, else its page date.

use anyhow::{bail, Result};
use chrono::NaiveDate;
use polars::prelude::*;
use std::collections::HashSet;

/// The filters of one export; empty lists filter nothing.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Filters {
    /// Company names, matched without regard to case.
    pub company: Vec<String>,
    /// Role titles as written, matched without regard to case.
    pub role: Vec<String>,
    pub role_family: Vec<String>,
    pub outcome: Vec<String>,
    /// First and last day kept (inclusive).
    pub since: Option<NaiveDate>,
    pub until: Option<NaiveDate>,
}

/// Whether a row's value (null: `None`) passes a filter.
type Accepts = Box<dyn Fn(Option<&str>) -> bool>;

/// One filter: the column it reads and the test of a value.
struct Check {
    column: &'static str,
    accepts: Accepts,
}

impl Filters {
    pub fn is_empty(&self) -> bool {
        self == &Filters::default()
    }

    /// Refuses vocabulary values that do not exist (`--outcome hired`), which would silently
    /// export nothing.
    pub fn validate(&self) -> Result<()> {
        for (flag, column, values) in [
            ("--role-family", "role_family", &self.role_family),
            ("--outcome", "outcome", &self.outcome),
        ] {
            let known = crate::model::vocabulary("experiences", column).unwrap_or(&[]);
            if let Some(v) = values.iter().find(|v| !known.contains(&v.as_str())) {
                bail!(
                    "{flag} {v}: not a value of experiences.{column} (one of {})",
                    known.join(", ")
                );
            }
        }
        if let (Some(a), Some(b)) = (self.since, self.until) {
            if a > b {
                bail!("--since {a} is after --until {b}");
            }
        }
        Ok(())
    }

    /// The free-text filter values (`--company X`, `--role X`) no experience has.
    pub fn unmatched(&self, experiences: &DataFrame) -> Result<Vec<String>> {
        let mut out = Vec::new();
        for (flag, column, values) in [("--company", "company", &self.company), ("--role", "role", &self.role)] {
            if values.is_empty() || experiences.column(column).is_err() {
                continue;
            }
            let present: HashSet<String> = text(experiences, column)?
                .into_iter()
                .flatten()
                .map(|v| v.trim().to_lowercase())
                .collect();
            out.extend(
                values
                    .iter()
                    .filter(|v| !present.contains(&v.trim().to_lowercase()))
                    .map(|v| format!("{flag} {v}")),
            );
        }
        Ok(out)
    }

    fn checks(&self) -> Vec<Check> {
        let mut out = Vec::new();
        let any_of = |values: &[String], fold: bool| {
            let set: HashSet<String> = values
                .iter()
                .map(|v| if fold { v.trim().to_lowercase() } else { v.clone() })
                .collect();
            Box::new(move |v: Option<&str>| {
                v.is_some_and(|v| {
                    if fold {
                        set.contains(&v.trim().to_lowercase())
                    } else {
                        set.contains(v)
                    }
                })
            }) as Accepts
        };
        for (column, values, fold) in [
            ("company", &self.company, true),
            ("role", &self.role, true),
            ("role_family", &self.role_family, false),
            ("outcome", &self.outcome, false),
        ] {
            if !values.is_empty() {
                out.push(Check {
                    column,
                    accepts: any_of(values, fold),
                });
            }
        }
        if self.since.is_some() || self.until.is_some() {
            let (since, until) = (self.since, self.until);
            out.push(Check {
                column: DATE,
                accepts: Box::new(move |v| {
                    let Some(d) = v.and_then(|v| NaiveDate::parse_from_str(v, "%Y-%m-%d").ok()) else {
                        return false;
                    };
                    since.is_none_or(|s| d >= s) && until.is_none_or(|u| d <= u)
                }),
            });
        }
        out
    }
}

/// The pseudo-column of an experience's date: interview_date, else page_date.
const DATE: &str = "(date)";

/// The rows of `df` (a table with the given columns) that pass every filter; `experiences`
/// is the experiences table, for filters checked through a row's experience.
pub fn mask(filters: &Filters, df: &DataFrame, experiences: &DataFrame) -> Result<BooleanChunked> {
    let mut keep = vec![true; df.height()];
    for check in filters.checks() {
        let own = values(df, check.column)?;
        let passed: Vec<bool> = match own {
            Some(values) => values.iter().map(|v| (check.accepts)(v.as_deref())).collect(),
            None if df.column("experience_id").is_ok() => {
                let ids = matching_experiences(&check, experiences)?;
                text(df, "experience_id")?
                    .iter()
                    .map(|id| id.as_ref().is_some_and(|id| ids.contains(id)))
                    .collect()
            }
            None => vec![false; df.height()],
        };
        for (k, p) in keep.iter_mut().zip(passed) {
            *k &= p;
        }
    }
    Ok(BooleanChunked::from_slice("keep".into(), &keep))
}

fn matching_experiences(check: &Check, experiences: &DataFrame) -> Result<HashSet<String>> {
    let ids = text(experiences, "experience_id")?;
    let values = values(experiences, check.column)?.unwrap_or_else(|| vec![None; experiences.height()]);
    Ok(ids
        .into_iter()
        .zip(values)
        .filter(|(_, v)| (check.accepts)(v.as_deref()))
        .filter_map(|(id, _)| id)
        .collect())
}

/// The values a check reads from `df`, or `None` when the table lacks the column.
fn values(df: &DataFrame, column: &str) -> Result<Option<Vec<Option<String>>>> {
    if column == DATE {
        let (Ok(_), Ok(_)) = (df.column("interview_date"), df.column("page_date")) else {
            return Ok(None);
        };
        let (interview, page) = (text(df, "interview_date")?, text(df, "page_date")?);
        return Ok(Some(interview.into_iter().zip(page).map(|(i, p)| i.or(p)).collect()));
    }
    if df.column(column).is_err() {
        return Ok(None);
    }
    Ok(Some(text(df, column)?))
}

fn text(df: &DataFrame, column: &str) -> Result<Vec<Option<String>>> {
    let c = df.column(column)?.cast(&DataType::String)?;
    Ok(c.str()?.iter().map(|s| s.map(str::to_string)).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn experiences() -> DataFrame {
        df! {
            "experience_id" => ["e1", "e2", "e3"],
            "company" => ["Backbase", "Lumora", "Backbase"],
            "role" => ["Dev", "Dev", "PM"],
            "outcome" => [Some("rejected"), Some("offer"), None],
            "interview_date" => [Some("2025-03-01"), None, None],
            "page_date" => [Some("2026-02-21"), Some("2024-01-10"), None],
        }
        .unwrap()
    }

    fn kept(filters: &Filters, df: &DataFrame) -> Vec<bool> {
        mask(filters, df, &experiences())
            .unwrap()
            .iter()
            .map(|b| b.unwrap())
            .collect()
    }

    #[test]
    fn own_column_then_experience_then_nothing() {
        let f = Filters {
            company: vec!["backbase".into()],
            outcome: vec!["rejected".into()],
            ..Default::default()
        };
        assert_eq!(kept(&f, &experiences()), [true, false, false]);
        // Questions: company is their own column, outcome comes from the experience; a
        // page-level question (no experience) cannot show an outcome.
        let questions = df! {
            "experience_id" => [Some("e1"), Some("e3"), None],
            "company" => ["Backbase", "Backbase", "Backbase"],
        }
        .unwrap();
        assert_eq!(kept(&f, &questions), [true, false, false]);
        // A table with neither column nor experience: nothing can be shown to match.
        let faq = df! { "company" => ["Backbase"] }.unwrap();
        assert_eq!(kept(&f, &faq), [false]);
        assert_eq!(kept(&Filters::default(), &faq), [true]);
    }

    #[test]
    fn dates_are_the_interview_date_else_the_page_date() {
        let f = Filters {
            since: NaiveDate::from_ymd_opt(2025, 1, 1),
            until: NaiveDate::from_ymd_opt(2025, 12, 31),
            ..Default::default()
        };
        // e1: interviewed 2025-03 (page 2026); e2: page 2024; e3: no date, never kept.
        assert_eq!(kept(&f, &experiences()), [true, false, false]);
        let f = Filters {
            since: NaiveDate::from_ymd_opt(2024, 1, 10),
            until: NaiveDate::from_ymd_opt(2024, 1, 10),
            ..Default::default()
        };
        assert_eq!(kept(&f, &experiences()), [false, true, false], "both ends inclusive");
    }

    #[test]
    fn unknown_vocabulary_values_are_refused() {
        let f = Filters {
            outcome: vec!["hired".into()],
            ..Default::default()
        };
        let err = f.validate().unwrap_err().to_string();
        assert!(
            err.contains("--outcome hired") && err.contains("offer, declined"),
            "{err}"
        );
        assert!(Filters::default().validate().is_ok());
    }
}
