//! Small statistics the aggregates need beyond what polars expressions give.

/// z for a two-sided 95% interval.
pub const Z95: f64 = 1.959_963_984_540_054;

/// The 95% Wilson score interval for `successes` out of `n`; `None` when `n` is 0 (no
/// evidence, so no interval — unknown is never a pass).
pub fn wilson_interval(successes: u64, n: u64) -> Option<(f64, f64)> {
    if n == 0 || successes > n {
        return None;
    }
    let n = n as f64;
    let p = successes as f64 / n;
    let z2 = Z95 * Z95;
    let denom = 1.0 + z2 / n;
    let center = (p + z2 / (2.0 * n)) / denom;
    let half = Z95 * (p * (1.0 - p) / n + z2 / (4.0 * n * n)).sqrt() / denom;
    Some(((center - half).max(0.0), (center + half).min(1.0)))
}

/// Weight of the company's rate in a shrunk rate, in outcomes.
pub const PRIOR_OUTCOMES: f64 = 5.0;
/// Fewer known outcomes than this make a rate anecdotal (`small_sample`).
pub const SMALL_SAMPLE: i64 = 5;

/// A group's rejection rate shrunk toward its company's: (rejected + m·p) / (known + m), with
/// p = company_rejected / company_known and m = [`PRIOR_OUTCOMES`] — as if the group had m
/// more outcomes at the company's rate (additive smoothing; the posterior mean under a
/// Beta(m·p, m·(1−p)) prior, an empirical-Bayes estimate). A role with 1 rejection of 1 at a
/// company rejecting 40% reads 50%, not 100%; with 50 outcomes the group's own rate dominates.
/// `None` when the group has no known outcome of its own (the prior alone says nothing about
/// it) or the company has none (nothing to shrink toward).
pub fn shrunk_rate(rejected: i64, known: i64, company_rejected: i64, company_known: i64) -> Option<f64> {
    if known <= 0 || company_known <= 0 {
        return None;
    }
    let p = company_rejected as f64 / company_known as f64;
    Some((rejected as f64 + PRIOR_OUTCOMES * p) / (known as f64 + PRIOR_OUTCOMES))
}

/// Median of the values (mean of the two middle ones for an even count); `None` when empty.
pub fn median(values: &mut [f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    values.sort_by(f64::total_cmp);
    let mid = values.len() / 2;
    Some(if values.len().is_multiple_of(2) {
        (values[mid - 1] + values[mid]) / 2.0
    } else {
        values[mid]
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wilson_all_rejected_of_two() {
        let (lo, hi) = wilson_interval(2, 2).unwrap();
        assert!((lo - 0.342_372).abs() < 1e-5, "{lo}");
        assert_eq!(hi, 1.0);
    }

    #[test]
    fn wilson_half() {
        // Reference values from the textbook formula (Newcombe 1998, n=10, p=0.5).
        let (lo, hi) = wilson_interval(5, 10).unwrap();
        assert!((lo - 0.236_593).abs() < 1e-5, "{lo}");
        assert!((hi - 0.763_407).abs() < 1e-5, "{hi}");
    }

    #[test]
    fn wilson_zero_of_n_and_no_evidence() {
        let (lo, hi) = wilson_interval(0, 4).unwrap();
        assert_eq!(lo, 0.0);
        assert!((hi - 0.489_891).abs() < 1e-5, "{hi}");
        assert_eq!(wilson_interval(0, 0), None);
        assert_eq!(wilson_interval(3, 2), None);
    }

    #[test]
    fn shrinkage_toward_the_company() {
        assert_eq!(shrunk_rate(0, 0, 0, 0), None);
        assert_eq!(
            shrunk_rate(0, 0, 1, 2),
            None,
            "no evidence of its own: no rate, not the company's"
        );
        assert_eq!(shrunk_rate(1, 1, 1, 2), Some((1.0 + 2.5) / 6.0));
        // 1 of 1 rejected at a company rejecting 2 of 5 (p = 0.4): (1 + 2) / 6 = 0.5.
        assert_eq!(shrunk_rate(1, 1, 2, 5), Some(0.5));
        // The company's own row is not moved: (r + 5·r/k) / (k + 5) = r/k.
        assert!((shrunk_rate(3, 7, 3, 7).unwrap() - 3.0 / 7.0).abs() < 1e-12);
    }

    #[test]
    fn medians() {
        assert_eq!(median(&mut [3.0, 1.0, 2.0]), Some(2.0));
        assert_eq!(
            median(&mut [47500.0, 82500.0, 77500.0, 62500.0, 57500.0, 62500.0]),
            Some(62500.0)
        );
        assert_eq!(median(&mut []), None);
    }
}
