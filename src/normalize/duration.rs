//! Length of a hiring process in days: `1 day`, `a week`, `2 weeks` → 14, `4+ weeks` → 28,
//! `2+ months` → 60 (a month counts 30 days, a year 365). The lower bound of a range is taken.

use super::text::match_key;

pub fn duration_days(raw: &str) -> Option<i64> {
    let key = match_key(raw);
    let words: Vec<&str> = key.split(' ').collect();
    for (i, w) in words.iter().enumerate() {
        // `3-6 weeks` and `3 to 6 weeks`: skip the upper bound to reach the unit.
        let mut u = i + 1;
        while u < i + 3
            && words
                .get(u)
                .is_some_and(|x| *x == "to" || x.trim_end_matches('+').parse::<f64>().is_ok())
        {
            u += 1;
        }
        let Some(days_per_unit) = words.get(u).and_then(|u| unit_days(u)) else {
            continue;
        };
        let number = w.trim_end_matches('+');
        let n: f64 = match number {
            "a" | "an" | "one" => 1.0,
            "two" => 2.0,
            "three" => 3.0,
            "four" => 4.0,
            "few" | "couple" => continue,
            _ => match number.parse() {
                Ok(n) => n,
                Err(_) => continue,
            },
        };
        return Some((n * days_per_unit as f64).round() as i64);
    }
    None
}

fn unit_days(unit: &str) -> Option<i64> {
    match unit {
        "day" | "days" => Some(1),
        "week" | "weeks" | "wk" | "wks" => Some(7),
        "month" | "months" | "mo" | "mos" => Some(30),
        "year" | "years" => Some(365),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::duration_days as d;

    #[test]
    fn glassdoor_lengths() {
        assert_eq!(d("1 day"), Some(1));
        assert_eq!(d("a week"), Some(7));
        assert_eq!(d("2 weeks"), Some(14));
        assert_eq!(d("4+ weeks"), Some(28));
        assert_eq!(d("2+ months"), Some(60));
        assert_eq!(d("The process took 3 weeks"), Some(21));
        assert_eq!(d("3-6 weeks"), Some(21));
        assert_eq!(d("soon"), None);
        assert_eq!(d(""), None);
    }
}
