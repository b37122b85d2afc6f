//! Dates as pages write them: `Updated 21 Feb 2026`, `Feb 21, 2026`, `2026-02-21`,
//! `21/02/2026` (day first, the European form these guides use), and month-precision
//! interview dates (`Dec 2021` → 2021-12-01).

use chrono::NaiveDate;

const DAY_FORMATS: &[&str] = &[
    "%d %b %Y",
    "%d %B %Y",
    "%b %d %Y",
    "%B %d %Y",
    "%Y-%m-%d",
    "%d/%m/%Y",
    "%d.%m.%Y",
    "%d-%m-%Y",
    "%d %b, %Y",
    "%d %B, %Y",
    "%Y/%m/%d",
];

/// A full calendar date, or `None`.
pub fn parse_date(raw: &str) -> Option<NaiveDate> {
    // ISO date-times from exports (`2021-12-02T10:11:12Z`, `2021-12-02 10:11`): the date part.
    let trimmed = raw.trim();
    if trimmed.len() > 10 && trimmed.is_char_boundary(10) && matches!(trimmed.as_bytes()[10], b'T' | b' ') {
        if let Ok(d) = NaiveDate::parse_from_str(&trimmed[..10], "%Y-%m-%d") {
            return Some(d);
        }
    }
    let s = tidy(raw);
    DAY_FORMATS
        .iter()
        .find_map(|f| NaiveDate::parse_from_str(&s, f).ok())
        // `2021-12` must not read as day 20 of year 21: interview pages are from this era.
        .filter(|d| (1990..=2100).contains(&chrono::Datelike::year(d)))
}

/// A month-precision date (`Dec 2021`, `December 2021`, `2021-12`) as the first of the month;
/// a full date is accepted too.
pub fn parse_month(raw: &str) -> Option<NaiveDate> {
    if let Some(d) = parse_date(raw) {
        return Some(d);
    }
    let s = tidy(raw);
    ["%d %b %Y", "%d %B %Y", "%Y-%m-%d"]
        .iter()
        .zip([format!("1 {s}"), format!("1 {s}"), format!("{s}-01")])
        .find_map(|(f, candidate)| NaiveDate::parse_from_str(&candidate, f).ok())
}

/// The first date written inside a longer text (`Dec 12, 2021 - Anonymous Interview Candidate`,
/// `Posted on 2021-12-02`), day precision when the day is given, else month precision.
pub fn find_date(text: &str) -> Option<NaiveDate> {
    use regex::Regex;
    use std::sync::LazyLock;
    static DATE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(\d{4}-\d{2}-\d{2}|\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}\.?,?\s+\d{4}|[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|[a-z]{3,9}\.?\s+\d{4}|\d{1,2}/\d{1,2}/\d{4})\b").expect("valid regex")
    });
    parse_month(text).or_else(|| DATE.find_iter(text).find_map(|m| parse_month(m.as_str())))
}

/// Removes ordinal suffixes and stray commas/dots so `Feb 21st, 2026` reads as `Feb 21 2026`.
fn tidy(raw: &str) -> String {
    let folded = super::text::clean(raw).replace(',', " ").replace("Sept", "Sep");
    folded
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(|w| {
            let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
            if !digits.is_empty()
                && digits.chars().all(|c| c.is_ascii_digit())
                && matches!(&w[digits.len()..], "st" | "nd" | "rd" | "th")
            {
                digits.to_string()
            } else {
                w.trim_end_matches('.').to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, day)
    }

    #[test]
    fn page_dates() {
        assert_eq!(parse_date("21 Feb 2026"), d(2026, 2, 21));
        assert_eq!(parse_date("21 February 2026"), d(2026, 2, 21));
        assert_eq!(parse_date("Feb 21, 2026"), d(2026, 2, 21));
        assert_eq!(parse_date("Feb 21st, 2026"), d(2026, 2, 21));
        assert_eq!(parse_date("2026-02-21"), d(2026, 2, 21));
        assert_eq!(parse_date("21/02/2026"), d(2026, 2, 21));
        assert_eq!(parse_date("3 Sept 2025"), d(2025, 9, 3));
        assert_eq!(parse_date("31 Feb 2026"), None);
        assert_eq!(parse_date("2021-12-02T10:11:12.000Z"), d(2021, 12, 2));
        assert_eq!(parse_date("2021-12-02 10:11"), d(2021, 12, 2));
        assert_eq!(parse_date("Dec 2, 2021"), d(2021, 12, 2));
        assert_eq!(parse_date("soon"), None);
    }

    #[test]
    fn dates_inside_text() {
        assert_eq!(
            find_date("Dec 12, 2021 - Anonymous Interview Candidate in Austin, TX"),
            d(2021, 12, 12)
        );
        assert_eq!(find_date("Posted on 2021-12-02 by someone"), d(2021, 12, 2));
        assert_eq!(find_date("Interviewed in Jan 2022"), d(2022, 1, 1));
        assert_eq!(find_date("no date here 123"), None);
        assert_eq!(find_date("2022-04-11T09:30:00"), d(2022, 4, 11));
    }

    #[test]
    fn month_precision() {
        assert_eq!(parse_month("Dec 2021"), d(2021, 12, 1));
        assert_eq!(parse_month("December 2021"), d(2021, 12, 1));
        assert_eq!(parse_month("2021-12"), d(2021, 12, 1));
        assert_eq!(parse_month("12 Dec 2021"), d(2021, 12, 12));
    }
}
