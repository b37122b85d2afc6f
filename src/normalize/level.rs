//! Experience level: `intern`, `junior`, `mid`, `senior`, `lead`, `executive`.
//!
//! Pages write it as a word (`Mid-level`, `Entry Level`, `Sr.`) or as years of experience
//! (`3 years`, `5+ yrs`); years map to a level by the bands documented in docs/normalization.md.

use super::{first_match, text::match_key};

const RULES: &[(&str, &[&str])] = &[
    (
        "intern",
        &[
            "intern",
            "internship",
            "summer intern",
            "co op",
            "apprentice",
            "trainee",
        ],
    ),
    (
        "executive",
        &[
            "executive",
            "director",
            "vp",
            "vice president",
            "c level",
            "cxo",
            "head of",
            "chief",
        ],
    ),
    (
        "lead",
        &[
            "lead",
            "principal",
            "staff",
            "manager",
            "tech lead",
            "team lead",
            "architect",
        ],
    ),
    ("senior", &["senior", "sr", "experienced senior", "expert"]),
    (
        "mid",
        &[
            "mid",
            "mid level",
            "middle",
            "intermediate",
            "mid senior",
            "experienced",
        ],
    ),
    (
        "junior",
        &[
            "junior",
            "jr",
            "entry",
            "entry level",
            "graduate",
            "new grad",
            "fresher",
            "fresh graduate",
            "associate",
            "beginner",
        ],
    ),
];

/// Level from the text a page gives, or `None` when it names none.
pub fn normalize_level(raw: &str) -> Option<&'static str> {
    let key = match_key(raw);
    if key.is_empty() {
        return None;
    }
    if let Some(years) = years_of_experience(&key) {
        return Some(level_for_years(years));
    }
    first_match(&key, RULES)
}

/// `3 years`, `5+ yrs`, `2-4 years` (lower bound taken) → the number of years.
fn years_of_experience(key: &str) -> Option<u32> {
    let mut words = key.split(' ');
    let first = words.next()?;
    let number: String = first.chars().take_while(|c| c.is_ascii_digit()).collect();
    let n: u32 = number.parse().ok()?;
    let unit_ok = key
        .split(' ')
        .any(|w| matches!(w, "year" | "years" | "yr" | "yrs" | "y" | "yoe"));
    unit_ok.then_some(n)
}

/// 0–1 years junior, 2–4 mid, 5–9 senior, 10+ lead.
fn level_for_years(years: u32) -> &'static str {
    match years {
        0..=1 => "junior",
        2..=4 => "mid",
        5..=9 => "senior",
        _ => "lead",
    }
}

#[cfg(test)]
mod tests {
    use super::normalize_level as l;

    #[test]
    fn words() {
        assert_eq!(l("Mid-level"), Some("mid"));
        assert_eq!(l("Junior"), Some("junior"));
        assert_eq!(l("Senior"), Some("senior"));
        assert_eq!(l("Sr."), Some("senior"));
        assert_eq!(l("Entry Level"), Some("junior"));
        assert_eq!(l("Fresher"), Some("junior"));
        assert_eq!(l("Intern"), Some("intern"));
        assert_eq!(l("Internship"), Some("intern"));
        assert_eq!(l("Lead"), Some("lead"));
        assert_eq!(l("Principal"), Some("lead"));
        assert_eq!(l("Director"), Some("executive"));
        assert_eq!(l("VP"), Some("executive"));
        assert_eq!(l("Intermediate"), Some("mid"));
    }

    #[test]
    fn years() {
        assert_eq!(l("1 year"), Some("junior"));
        assert_eq!(l("3 years"), Some("mid"));
        assert_eq!(l("5+ yrs"), Some("senior"));
        assert_eq!(l("12 years"), Some("lead"));
    }

    #[test]
    fn unknown_and_empty_are_null() {
        assert_eq!(l(""), None);
        assert_eq!(l("-"), None);
        assert_eq!(l("Not sure"), None);
    }
}
