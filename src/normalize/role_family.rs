//! Role family from a role title: `Customer Success Manager` → customer_success,
//! `UX/UI Designer` → design, `Junior Software Engineer` → engineering.
//!
//! Rules are tried in order and the first match wins, so compound titles resolve the way a
//! recruiter would file them: `Product Designer` is design (not product), `Data Engineer` is
//! data, `Sales Engineer` is sales, `Product Marketing Manager` is marketing.

use super::{first_match, text::match_key};

const RULES: &[(&str, &[&str])] = &[
    (
        "design",
        &[
            "designer",
            "design",
            "ux",
            "ui",
            "ux ui",
            "ui ux",
            "user experience",
            "user researcher",
            "ux researcher",
            "illustrator",
            "art director",
            "creative director",
        ],
    ),
    (
        "customer_success",
        &[
            "customer success",
            "client success",
            "customer support",
            "customer service",
            "support engineer",
            "support specialist",
            "technical support",
            "customer experience",
            "client services",
            "customer care",
            "onboarding specialist",
            "implementation",
        ],
    ),
    (
        "hr",
        &[
            "hr",
            "human resources",
            "recruiter",
            "recruiting",
            "talent acquisition",
            "talent",
            "people partner",
            "people operations",
            "people ops",
            "hrbp",
            "sourcer",
        ],
    ),
    (
        "marketing",
        &[
            "marketing",
            "marketer",
            "growth",
            "seo",
            "content",
            "brand",
            "communications",
            "social media",
            "copywriter",
            "pr",
            "demand generation",
        ],
    ),
    (
        "finance",
        &[
            "finance",
            "financial",
            "accountant",
            "accounting",
            "controller",
            "audit",
            "auditor",
            "treasury",
            "tax",
            "payroll",
            "fp a",
            "actuary",
            "investment banking analyst",
        ],
    ),
    (
        "data",
        &[
            "data",
            "machine learning",
            "ml",
            "ai",
            "analytics",
            "bi",
            "business intelligence",
            "statistician",
            "scientist",
            "analyst",
            "quant",
            "quantitative",
        ],
    ),
    (
        "sales",
        &[
            "sales",
            "account executive",
            "business development",
            "bdr",
            "sdr",
            "account manager",
            "key account",
            "presales",
            "pre sales",
            "solutions consultant",
            "partnerships",
            "relationship manager",
            "sales associate",
        ],
    ),
    (
        "product",
        &[
            "product manager",
            "product owner",
            "product lead",
            "head of product",
            "product management",
            "product",
            "pm",
            "apm",
            "tpm",
            "technical program manager",
            "program manager",
        ],
    ),
    (
        "engineering",
        &[
            "engineer",
            "engineering",
            "developer",
            "software",
            "sde",
            "swe",
            "programmer",
            "devops",
            "sre",
            "qa",
            "tester",
            "test",
            "architect",
            "frontend",
            "front end",
            "backend",
            "back end",
            "full stack",
            "fullstack",
            "mobile",
            "ios",
            "android",
            "firmware",
            "embedded",
            "cto",
            "technical lead",
            "tech lead",
            "security",
            "infrastructure",
            "cloud",
            "platform",
            "site reliability",
            "it",
        ],
    ),
    (
        "operations",
        &[
            "operations",
            "ops",
            "logistics",
            "supply chain",
            "project manager",
            "office manager",
            "administrator",
            "admin",
            "coordinator",
            "procurement",
            "facilities",
            "business operations",
            "consultant",
            "legal",
            "counsel",
        ],
    ),
];

pub fn role_family(role: &str) -> &'static str {
    first_match(&match_key(role), RULES).unwrap_or("other")
}

#[cfg(test)]
mod tests {
    use super::role_family as f;

    #[test]
    fn seed_roles() {
        assert_eq!(f("Customer Success Manager"), "customer_success");
        assert_eq!(f("Sales Executive"), "sales");
        assert_eq!(f("UX Designer"), "design");
        assert_eq!(f("UX/UI Designer"), "design");
        assert_eq!(f("Product Manager"), "product");
        assert_eq!(f("Software Engineer"), "engineering");
        assert_eq!(f("Junior Software Engineer"), "engineering");
        assert_eq!(f("Data Analyst"), "data");
    }

    #[test]
    fn compound_titles() {
        assert_eq!(f("Product Designer"), "design");
        assert_eq!(f("Data Engineer"), "data");
        assert_eq!(f("Machine Learning Engineer"), "data");
        assert_eq!(f("Sales Engineer"), "sales");
        assert_eq!(f("Product Marketing Manager"), "marketing");
        assert_eq!(f("Technical Recruiter"), "hr");
        assert_eq!(f("Financial Analyst"), "finance");
        assert_eq!(f("Site Reliability Engineer"), "engineering");
        assert_eq!(f("Operations Manager"), "operations");
        assert_eq!(f("Account Executive"), "sales");
        assert_eq!(f("Relationship Manager"), "sales");
        assert_eq!(f("SDE-2"), "engineering");
    }

    #[test]
    fn unknown_is_other() {
        assert_eq!(f("Chef"), "other");
        assert_eq!(f(""), "other");
    }
}
