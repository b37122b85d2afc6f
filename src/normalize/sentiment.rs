//! Sentiment: the candidate's stated experience, `positive`, `neutral` or `negative`
//! (`Positive Experience`, `POSITIVE`, `Good`, `Bad`).

use super::{first_match, text::match_key};

const RULES: &[(&str, &[&str])] = &[
    (
        "negative",
        &["negative", "bad", "poor", "terrible", "awful", "unpleasant"],
    ),
    ("neutral", &["neutral", "average", "ok", "okay", "mixed", "fine"]),
    (
        "positive",
        &["positive", "good", "great", "excellent", "pleasant", "amazing"],
    ),
];

pub fn normalize_sentiment(raw: &str) -> Option<&'static str> {
    let key = match_key(raw);
    first_match(&key, RULES)
}

#[cfg(test)]
mod tests {
    use super::normalize_sentiment as s;

    #[test]
    fn words() {
        assert_eq!(s("Positive Experience"), Some("positive"));
        assert_eq!(s("NEUTRAL"), Some("neutral"));
        assert_eq!(s("Negative Experience"), Some("negative"));
        assert_eq!(s("Good"), Some("positive"));
        assert_eq!(s(""), None);
        assert_eq!(s("-"), None);
    }
}
