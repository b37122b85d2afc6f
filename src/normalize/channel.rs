//! Application channel: how the candidate applied.
//!
//! `LinkedIn` and `Indeed` are job boards; `Company Website` is company_site; a plain
//! `Applied online` (Glassdoor's `APPLIED_ONLINE`) is `online` because no site is named.
//! Any other stated channel is `other` (its text stays in `applied_via`); no text is null.

use super::{first_match, text::match_key};

const RULES: &[(&str, &[&str])] = &[
    (
        "referral",
        &["referral", "referred", "employee referral", "reference", "refer"],
    ),
    (
        "agency",
        &[
            "staffing agency",
            "agency",
            "consultancy",
            "consultant",
            "placement agency",
            "staffing",
        ],
    ),
    (
        "recruiter",
        &[
            "recruiter",
            "recruiters",
            "headhunter",
            "head hunter",
            "recruiting",
            "sourced",
            "talent acquisition",
            "reached out",
        ],
    ),
    (
        "campus",
        &[
            "campus",
            "college",
            "university",
            "career fair",
            "job fair",
            "campus placement",
            "on campus",
            "school",
            "hackathon",
        ],
    ),
    ("in_person", &["in person", "walk in", "walkin"]),
    (
        "job_board",
        &[
            "linkedin",
            "indeed",
            "naukri",
            "glassdoor",
            "monster",
            "ziprecruiter",
            "dice",
            "stepstone",
            "seek",
            "wellfound",
            "angellist",
            "angel list",
            "xing",
            "internshala",
            "foundit",
            "hired",
            "otta",
            "welcome to the jungle",
            "job board",
            "job portal",
            "job site",
            "instahyre",
            "iimjobs",
            "simplyhired",
            "careerbuilder",
            "totaljobs",
            "reed",
            "handshake",
            "jobstreet",
            "bayt",
        ],
    ),
    (
        "company_site",
        &[
            "company website",
            "company site",
            "career site",
            "careers site",
            "careers page",
            "career page",
            "website",
            "company portal",
            "careers portal",
            "corporate site",
            "official site",
        ],
    ),
    (
        "online",
        &[
            "applied online",
            "online",
            "online application",
            "applied on line",
            "internet",
        ],
    ),
    ("other", &["other"]),
];

/// Channel for the `Applied Via` text, or `None` when the text is empty or a placeholder.
pub fn normalize_channel(raw: &str) -> Option<&'static str> {
    let key = match_key(raw);
    if key.is_empty() || matches!(key.as_str(), "n a" | "na" | "none" | "unknown" | "not specified") {
        return None;
    }
    Some(first_match(&key, RULES).unwrap_or("other"))
}

#[cfg(test)]
mod tests {
    use super::normalize_channel as c;

    #[test]
    fn job_boards() {
        assert_eq!(c("Indeed"), Some("job_board"));
        assert_eq!(c("LinkedIn"), Some("job_board"));
        assert_eq!(c("Naukri.com"), Some("job_board"));
        assert_eq!(c("Glassdoor"), Some("job_board"));
    }

    #[test]
    fn company_site_and_online() {
        assert_eq!(c("Company Website"), Some("company_site"));
        assert_eq!(c("Careers page"), Some("company_site"));
        assert_eq!(c("Applied online"), Some("online"));
        assert_eq!(c("APPLIED_ONLINE"), Some("online"));
        assert_eq!(c("I applied online"), Some("online"));
    }

    #[test]
    fn people_channels() {
        assert_eq!(c("Referral"), Some("referral"));
        assert_eq!(c("EMPLOYEE_REFERRAL"), Some("referral"));
        assert_eq!(c("Recruiter"), Some("recruiter"));
        assert_eq!(c("A recruiter reached out"), Some("recruiter"));
        assert_eq!(c("Campus Placement"), Some("campus"));
        assert_eq!(c("COLLEGE"), Some("campus"));
        assert_eq!(c("Career fair"), Some("campus"));
        assert_eq!(c("Staffing Agency"), Some("agency"));
        assert_eq!(c("STAFFING_AGENCY"), Some("agency"));
        assert_eq!(c("In Person"), Some("in_person"));
        assert_eq!(c("IN_PERSON"), Some("in_person"));
    }

    #[test]
    fn other_and_null() {
        assert_eq!(c("OTHER"), Some("other"));
        assert_eq!(c("Carrier pigeon"), Some("other"));
        assert_eq!(c(""), None);
        assert_eq!(c("N/A"), None);
    }
}
