//! Outcome: `offer`, `declined`, `rejected`, `withdrew`, `pending`, or null when not stated.
//!
//! Words from text pages (`Selected`, `Rejected`) and from review exports (`No Offer`,
//! `Accepted Offer`, `Declined Offer`, API codes `NO_OFFER`, `ACCEPT_OFFER`, `DECLINE_OFFER`).
//! Order matters: `no offer` and `declined offer` must win over the bare word `offer`.

use super::{first_match, text::match_key};

const RULES: &[(&str, &[&str])] = &[
    (
        "rejected",
        &[
            "no offer",
            "rejected",
            "reject",
            "rejection",
            "not selected",
            "not hired",
            "unsuccessful",
            "did not get",
            "didn t get",
            "not offered",
            "failed",
            "turned down by",
            "denied",
        ],
    ),
    (
        "declined",
        &[
            "declined offer",
            "decline offer",
            "offer declined",
            "declined",
            "decline",
            "turned down",
            "rejected offer",
            "rejected the offer",
            "i declined",
        ],
    ),
    (
        "withdrew",
        &[
            "withdrew",
            "withdrawn",
            "withdraw",
            "dropped out",
            "pulled out",
            "i withdrew",
        ],
    ),
    (
        "pending",
        &[
            "pending",
            "in progress",
            "awaiting",
            "waiting",
            "on hold",
            "ongoing",
            "no response yet",
            "under review",
        ],
    ),
    (
        "offer",
        &[
            "offer",
            "accepted offer",
            "accept offer",
            "offer accepted",
            "selected",
            "hired",
            "got the job",
            "got offer",
            "accepted",
            "yes",
            "success",
            "successful",
            "joined",
        ],
    ),
];

pub fn normalize_outcome(raw: &str) -> Option<&'static str> {
    let key = match_key(raw);
    if key.is_empty() {
        return None;
    }
    match key.as_str() {
        // `gotOffer: false` / `true` in JSON exports.
        "no" | "n" | "false" => return Some("rejected"),
        "yes" | "y" | "true" => return Some("offer"),
        _ => {}
    }
    // `Not successful`, `No job offer`, `Did not receive an offer`: a negated offer word is a
    // rejection; `Selected for next round` is still pending.
    if ["next round", "next stage", "shortlisted"]
        .iter()
        .any(|p| super::has_phrase(&key, p))
    {
        return Some("pending");
    }
    if [
        "did not accept",
        "didn t accept",
        "not accept the offer",
        "turned the offer down",
    ]
    .iter()
    .any(|p| super::has_phrase(&key, p))
    {
        return Some("declined");
    }
    let negated = [
        "not",
        "no",
        "never",
        "didn t",
        "did not",
        "without",
        "rescinded",
        "revoked",
        "unsuccessful",
    ]
    .iter()
    .any(|w| super::has_phrase(&key, w));
    if negated && first_match(&key, &RULES[4..]).is_some() {
        return Some("rejected");
    }
    // `Declined Offer` would match `offer`; `Rejected the offer` is the candidate declining.
    let declined_first = [
        "declined",
        "decline",
        "rejected offer",
        "rejected the offer",
        "turned down the offer",
    ];
    if declined_first.iter().any(|p| super::has_phrase(&key, p)) && !super::has_phrase(&key, "no offer") {
        return Some("declined");
    }
    first_match(&key, RULES)
}

#[cfg(test)]
mod tests {
    use super::normalize_outcome as o;

    #[test]
    fn text_page_words() {
        assert_eq!(o("Rejected"), Some("rejected"));
        assert_eq!(o("Selected"), Some("offer"));
        assert_eq!(o("Not Selected"), Some("rejected"));
        assert_eq!(o("Offer"), Some("offer"));
        assert_eq!(o("Offer Accepted"), Some("offer"));
        assert_eq!(o("Hired"), Some("offer"));
        assert_eq!(o("Pending"), Some("pending"));
        assert_eq!(o("In Progress"), Some("pending"));
        assert_eq!(o("Withdrew"), Some("withdrew"));
    }

    #[test]
    fn export_words_and_codes() {
        assert_eq!(o("No Offer"), Some("rejected"));
        assert_eq!(o("Accepted Offer"), Some("offer"));
        assert_eq!(o("Declined Offer"), Some("declined"));
        assert_eq!(o("NO_OFFER"), Some("rejected"));
        assert_eq!(o("ACCEPT_OFFER"), Some("offer"));
        assert_eq!(o("DECLINE_OFFER"), Some("declined"));
        assert_eq!(o("I rejected the offer"), Some("declined"));
        assert_eq!(o("true"), Some("offer"));
        assert_eq!(o("false"), Some("rejected"));
    }

    #[test]
    fn unknown_is_null_not_a_pass() {
        assert_eq!(o(""), None);
        assert_eq!(o("-"), None);
        assert_eq!(o("Ghosted"), None);
        assert_eq!(o("Never heard back"), None);
    }

    #[test]
    fn negated_offer_words_are_not_a_pass() {
        assert_eq!(o("Not successful"), Some("rejected"));
        assert_eq!(o("Not accepted"), Some("rejected"));
        assert_eq!(o("No job offer"), Some("rejected"));
        assert_eq!(o("Did not receive an offer"), Some("rejected"));
        assert_eq!(o("Offer rescinded"), Some("rejected"));
        assert_eq!(o("Selected for next round"), Some("pending"));
        assert_eq!(o("I did not accept the offer"), Some("declined"));
    }
}
