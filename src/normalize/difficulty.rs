//! Difficulty: `easy`, `medium` (Moderate, Average), `hard` (Difficult).
//!
//! Exports also write Glassdoor's `Easy Interview` / `Average Interview` /
//! `Difficult Interview`, codes (`EASY`, `DIFFICULT`) and a 1–5 scale (`3`, `4/5`, `3.0`).

use super::{first_match, text::match_key};

const RULES: &[(&str, &[&str])] = &[
    ("easy", &["easy", "very easy", "simple", "straightforward", "low"]),
    (
        "medium",
        &[
            "medium",
            "moderate",
            "moderately",
            "average",
            "intermediate",
            "fair",
            "okay",
            "ok",
            "normal",
            "mid",
        ],
    ),
    (
        "hard",
        &[
            "hard",
            "difficult",
            "very difficult",
            "very hard",
            "tough",
            "challenging",
            "high",
            "brutal",
        ],
    ),
];

pub fn normalize_difficulty(raw: &str) -> Option<&'static str> {
    let key = match_key(raw);
    if key.is_empty() {
        return None;
    }
    if let Some(score) = scale_score(&key) {
        return match score {
            s if s < 2.5 => Some("easy"),
            s if s < 3.5 => Some("medium"),
            _ => Some("hard"),
        };
    }
    first_match(&key, RULES)
}

/// A 1–5 score (`3`, `4 5` from `4/5`, `3 0` from `3.0`); anything outside 1–5 is not a score.
fn scale_score(key: &str) -> Option<f64> {
    let mut parts = key.split(' ');
    let whole: f64 = parts.next()?.parse().ok()?;
    let rest: Vec<&str> = parts.collect();
    let value = match rest.as_slice() {
        [] => whole,
        ["5"] | ["out", "of", "5"] => whole,
        [frac] if frac.chars().all(|c| c.is_ascii_digit()) && frac.len() == 1 => {
            whole + frac.parse::<f64>().ok()? / 10.0
        }
        _ => return None,
    };
    (1.0..=5.0).contains(&value).then_some(value)
}

#[cfg(test)]
mod tests {
    use super::normalize_difficulty as d;

    #[test]
    fn words() {
        assert_eq!(d("Easy"), Some("easy"));
        assert_eq!(d("Moderate"), Some("medium"));
        assert_eq!(d("Average"), Some("medium"));
        assert_eq!(d("Medium"), Some("medium"));
        assert_eq!(d("Difficult"), Some("hard"));
        assert_eq!(d("Hard"), Some("hard"));
        assert_eq!(d("Very Difficult"), Some("hard"));
    }

    #[test]
    fn glassdoor_forms() {
        assert_eq!(d("Easy Interview"), Some("easy"));
        assert_eq!(d("Average Interview"), Some("medium"));
        assert_eq!(d("Difficult Interview"), Some("hard"));
        assert_eq!(d("EASY"), Some("easy"));
        assert_eq!(d("DIFFICULT"), Some("hard"));
    }

    #[test]
    fn scale() {
        assert_eq!(d("1"), Some("easy"));
        assert_eq!(d("2"), Some("easy"));
        assert_eq!(d("3"), Some("medium"));
        assert_eq!(d("4/5"), Some("hard"));
        assert_eq!(d("3.0"), Some("medium"));
        assert_eq!(d("9"), None);
    }

    #[test]
    fn missing() {
        assert_eq!(d(""), None);
        assert_eq!(d("-"), None);
        assert_eq!(d("N/A"), None);
    }
}
