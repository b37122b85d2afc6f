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
    fn medians() {
        assert_eq!(median(&mut [3.0, 1.0, 2.0]), Some(2.0));
        assert_eq!(
            median(&mut [47500.0, 82500.0, 77500.0, 62500.0, 57500.0, 62500.0]),
            Some(62500.0)
        );
        assert_eq!(median(&mut []), None);
    }
}
