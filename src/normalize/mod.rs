//! Pure functions from raw strings to the vocabularies of DESIGN.md.
//!
//! Nothing here touches the file system: each normalizer takes the text as a page wrote it
//! and returns the canonical value, or `None` when the text says nothing usable (never a guess
//! counted as a fact: an unknown outcome stays null, it is not a pass).

pub mod channel;
pub mod clusters;
pub mod company;
pub mod contacts;
pub mod date;
pub mod difficulty;
pub mod duration;
pub mod employers;
pub mod level;
pub mod outcome;
pub mod page;
pub mod pseudonym;
pub mod question;
pub mod role_family;
pub mod salary;
pub mod salary_checks;
pub mod sentiment;
pub mod stages;
pub mod taxonomy;
pub mod text;

/// True when `phrase` (space-separated words, already in [`text::match_key`] form) appears
/// in `key` on word boundaries: `has_phrase("no offer yet", "no offer")` is true,
/// `has_phrase("nooffer", "offer")` is false.
pub(crate) fn has_phrase(key: &str, phrase: &str) -> bool {
    // Keys are short (a label, a role title): comparing at each word start beats building a
    // substring searcher per phrase, which dominated profiles of large ingests.
    let (k, p) = (key.as_bytes(), phrase.as_bytes());
    if p.is_empty() || p.len() > k.len() {
        return false;
    }
    let mut at = 0;
    loop {
        let end = at + p.len();
        if end > k.len() {
            return false;
        }
        if &k[at..end] == p && (end == k.len() || k[end] == b' ') {
            return true;
        }
        // Next word start.
        match k[at..].iter().position(|b| *b == b' ') {
            Some(space) => at += space + 1,
            None => return false,
        }
    }
}

/// The first vocabulary value whose phrases match `key`; rules are tried in order, so more
/// specific phrases (`no offer`) go before general ones (`offer`).
pub(crate) fn first_match(key: &str, rules: &[(&'static str, &[&str])]) -> Option<&'static str> {
    rules
        .iter()
        .find(|(_, phrases)| phrases.iter().any(|p| has_phrase(key, p)))
        .map(|(value, _)| *value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn has_phrase_respects_word_boundaries() {
        assert!(has_phrase("no offer yet", "no offer"));
        assert!(has_phrase("offer", "offer"));
        assert!(!has_phrase("nooffer", "offer"));
        assert!(!has_phrase("offers", "offer"));
        assert!(has_phrase("got an offer", "offer"));
    }
}
