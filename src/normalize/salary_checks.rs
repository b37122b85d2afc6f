//! Plausibility of parsed salaries, judged across rows: an annual amount outside the
//! configured bounds, or ten times above or below the other salaries of the same role and
//! currency, is marked `parse_status = implausible` (kept in salaries.csv with the reason in
//! its note, left out of the aggregates) and reported in quarantine.

use crate::model::{QuarantineEntry, Salary};
use crate::normalize::text::match_key;
use std::collections::HashMap;

/// Annualized amounts outside `[min, max]` are implausible. `--salary-bounds MIN..MAX`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SalaryBounds {
    pub min: f64,
    pub max: f64,
}

impl Default for SalaryBounds {
    /// Wide enough for any currency in common use for salaries (INR crores, JPY millions),
    /// narrow enough to catch a monthly figure read as hourly or a stray phone number.
    fn default() -> Self {
        SalaryBounds {
            min: 500.0,
            max: 200_000_000.0,
        }
    }
}

impl SalaryBounds {
    pub fn parse(spec: &str) -> Result<Self, String> {
        let (lo, hi) = spec
            .split_once("..")
            .ok_or_else(|| format!("expected MIN..MAX, got `{spec}`"))?;
        let lo: f64 = lo.trim().parse().map_err(|_| format!("`{lo}` is not a number"))?;
        let hi: f64 = hi.trim().parse().map_err(|_| format!("`{hi}` is not a number"))?;
        if !(lo.is_finite() && hi.is_finite() && 0.0 <= lo && lo < hi) {
            return Err(format!("bounds must satisfy 0 <= MIN < MAX, got {lo}..{hi}"));
        }
        Ok(SalaryBounds { min: lo, max: hi })
    }
}

/// How far from the role's median a salary may be before it is implausible.
const FACTOR: f64 = 10.0;
/// Salaries of a role and currency needed before the median is trusted.
const MIN_GROUP: usize = 3;

/// The amount a salary is judged by: the middle of its annual range, or its one bound.
pub fn annual_midpoint(annual_min: Option<f64>, annual_max: Option<f64>) -> Option<f64> {
    match (annual_min, annual_max) {
        (Some(a), Some(b)) => Some((a + b) / 2.0),
        (a, b) => a.or(b),
    }
}

impl SalaryBounds {
    /// Whether an annual amount is within the bounds.
    pub fn contains(&self, amount: f64) -> bool {
        amount >= self.min && amount <= self.max
    }
}

/// Marks implausible salaries and returns a quarantine warning for each.
pub fn flag_implausible(salaries: &mut [Salary], bounds: SalaryBounds) -> Vec<QuarantineEntry> {
    let mut out = Vec::new();
    let midpoint = |s: &Salary| annual_midpoint(s.annual_min, s.annual_max);
    let mut groups: HashMap<(String, String), Vec<f64>> = HashMap::new();
    for s in salaries.iter() {
        if let (Some(m), Some(cur), Some(role)) = (midpoint(s), &s.currency, &s.role) {
            if bounds.contains(m) {
                groups.entry((match_key(role), cur.clone())).or_default().push(m);
            }
        }
    }
    let medians: HashMap<(String, String), f64> = groups
        .into_iter()
        .filter(|(_, v)| v.len() >= MIN_GROUP)
        .filter_map(|(k, mut v)| crate::analytics::stats::median(&mut v).map(|m| (k, m)))
        .collect();
    for s in salaries.iter_mut() {
        let Some(m) = midpoint(s) else { continue };
        let reason = if !bounds.contains(m) {
            Some(format!(
                "annual amount {m} is outside the plausible range {}..{}",
                bounds.min, bounds.max
            ))
        } else {
            let key = (
                s.role.as_deref().map(match_key).unwrap_or_default(),
                s.currency.clone().unwrap_or_default(),
            );
            medians.get(&key).filter(|med| m > *med * FACTOR || m * FACTOR < **med).map(|med| {
                format!("annual amount {m} is more than {FACTOR}x away from the median {med} of this role's salaries in {}", key.1)
            })
        };
        if let Some(reason) = reason {
            out.push(QuarantineEntry::warning(
                &s.source_file,
                Some(s.source_line as usize),
                format!("implausible salary, left out of the aggregates: {reason}"),
                Some(&s.raw),
            ));
            s.parse_status = "implausible".to_string();
            s.note = Some(match s.note.take() {
                Some(n) => format!("{n}; {reason}"),
                None => reason,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn salary(role: &str, min: f64, max: f64) -> Salary {
        Salary {
            role: Some(role.into()),
            currency: Some("USD".into()),
            annual_min: Some(min),
            annual_max: Some(max),
            parse_status: "ok".into(),
            raw: format!("{min}-{max}"),
            source_file: "f.csv".into(),
            source_line: 2,
            ..Default::default()
        }
    }

    #[test]
    fn ten_times_off_the_role_median() {
        let mut rows = vec![
            salary("Analyst", 60000.0, 70000.0),
            salary("Analyst", 65000.0, 75000.0),
            salary("analyst", 700000.0, 800000.0),
            salary("Analyst", 62000.0, 72000.0),
        ];
        let q = flag_implausible(&mut rows, SalaryBounds::default());
        assert_eq!(q.len(), 1);
        assert_eq!(rows[2].parse_status, "implausible");
        assert_eq!(rows[0].parse_status, "ok");
        assert!(q[0].reason.contains("median"));
    }

    #[test]
    fn outside_bounds() {
        let mut rows = vec![salary("Dev", 12.0, 15.0), salary("Dev", 50000.0, 60000.0)];
        let q = flag_implausible(&mut rows, SalaryBounds::default());
        assert_eq!(q.len(), 1);
        assert_eq!(rows[0].parse_status, "implausible");
    }

    #[test]
    fn small_groups_are_not_judged_by_median() {
        let mut rows = vec![salary("Dev", 50000.0, 60000.0), salary("Dev", 900000.0, 950000.0)];
        assert!(flag_implausible(&mut rows, SalaryBounds::default()).is_empty());
    }

    #[test]
    fn bounds_setting() {
        assert_eq!(
            SalaryBounds::parse("1000..5000000"),
            Ok(SalaryBounds {
                min: 1000.0,
                max: 5000000.0
            })
        );
        assert!(SalaryBounds::parse("5..1").is_err());
        assert!(SalaryBounds::parse("x").is_err());
    }
}
