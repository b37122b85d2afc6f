//! Employers candidates name in a note on where a question was asked: "two sum - amazon
//! phone screen", "validate BST - was asked this at bloomberg", "(front desk, Marriott)",
//! "design a rate limiter - stripe". Read only inside such a note (after a dash, a comma,
//! the question's last sentence or in closing brackets), never in the question itself,
//! where "Design Uber" names its subject. One word each, lower case: a name of two words is
//! known by its more distinctive one (`goldman`, `morgan`). Words that are questions' own
//! words elsewhere ("target", "square", "shell", "oracle", SAP and Snowflake as software) are left out.

/// Whether `word` (any case) names a well-known employer.
pub(crate) fn is_employer(word: &str) -> bool {
    // Compared byte by byte, lower-cased as read: this runs for the first words of every
    // question of a million, which are lower case already.
    let lower = word.bytes().map(|b| b.to_ascii_lowercase());
    EMPLOYERS.binary_search_by(|e| e.bytes().cmp(lower.clone())).is_ok()
}

/// Sorted, for [`is_employer`]'s binary search (a unit test checks the order).
const EMPLOYERS: &[&str] = &[
    "accenture",
    "adobe",
    "airbnb",
    "amazon",
    "amex",
    "apple",
    "atlassian",
    "bain",
    "barclays",
    "bcg",
    "blackrock",
    "bloomberg",
    "boeing",
    "bytedance",
    "capgemini",
    "cisco",
    "citadel",
    "citi",
    "citibank",
    "cognizant",
    "coinbase",
    "costco",
    "cvs",
    "databricks",
    "deloitte",
    "doordash",
    "dropbox",
    "ey",
    "facebook",
    "fidelity",
    "goldman",
    "google",
    "hsbc",
    "hubspot",
    "ibm",
    "infosys",
    "instacart",
    "intel",
    "intuit",
    "jpm",
    "jpmorgan",
    "kpmg",
    "linkedin",
    "linklaters",
    "lyft",
    "marriott",
    "mckinsey",
    "meta",
    "microsoft",
    "morgan",
    "netflix",
    "nvidia",
    "openai",
    "palantir",
    "paypal",
    "pinterest",
    "pwc",
    "qualcomm",
    "reddit",
    "robinhood",
    "salesforce",
    "samsung",
    "shopify",
    "snap",
    "snapchat",
    "spotify",
    "starbucks",
    "stripe",
    "tcs",
    "tesla",
    "tiktok",
    "twitter",
    "uber",
    "visa",
    "vmware",
    "walgreens",
    "walmart",
    "wayfair",
    "wipro",
    "workday",
    "yelp",
    "zillow",
    "zoom",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn employers_are_sorted_lower_case_single_words() {
        assert!(EMPLOYERS.windows(2).all(|w| w[0] < w[1]), "sorted, no repeats");
        assert!(EMPLOYERS.iter().all(|e| e.bytes().all(|b| b.is_ascii_lowercase())));
        assert!(is_employer("Bloomberg") && is_employer("amazon"));
        assert!(!is_employer("target") && !is_employer("interview"));
    }
}
