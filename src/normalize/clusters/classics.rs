//! The classic interview questions every role is asked and the classic coding problems, each
//! with the wordings people give it (`config/classic_questions.toml`,
//! `config/classic_coding_problems.toml`, `config/classic_technical_questions.toml`,
//! `config/classic_role_questions.toml`, built in): "Tell me about yourself", "Walk me
//! through your background" and "Take me through your CV" are one question, and "Valid
//! parentheses" is "Check if a string of brackets is balanced", though they share no subject
//! word and no similarity of words can tell.
//!
//! A question that rewords one listed wording words its classic question
//! ([`super::features::Features::intent`], set by the clusterer at
//! [`super::INTENT_THRESHOLD`], adding no subject word); two wordings of one classic question
//! are one question, and wordings of two classic questions are two, however many words
//! they share ("Reverse a linked list" / "Reverse a linked list in groups of k"): so each
//! question has one entry in all the lists (`cargo run --release --example
//! classic_overlaps` lists entries that may be one). A user's [[different]] overrides still
//! keep two wordings apart.

use crate::normalize::question::{normalize_question, question_text};

/// The built-in lists.
pub const DEFAULT_TOMLS: [&str; 4] = [
    include_str!("../../../config/classic_questions.toml"),
    include_str!("../../../config/classic_coding_problems.toml"),
    include_str!("../../../config/classic_technical_questions.toml"),
    include_str!("../../../config/classic_role_questions.toml"),
];

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    question: Vec<Entry>,
}

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    #[allow(dead_code)] // names the entry for the reader of the file
    name: String,
    wordings: Vec<String>,
}

/// The classic questions, each as its wordings normalized
/// ([`crate::normalize::question::normalize_question`]), in file order.
pub fn groups() -> &'static [Vec<String>] {
    static GROUPS: std::sync::LazyLock<Vec<Vec<String>>> = std::sync::LazyLock::new(|| {
        DEFAULT_TOMLS
            .iter()
            .flat_map(|text| {
                let file: File = toml::from_str(text).expect("the built-in classic questions parse (tested)");
                file.question
            })
            .map(|e| {
                e.wordings
                    .iter()
                    .map(|q| normalize_question(&question_text(q)))
                    .collect()
            })
            .collect()
    });
    &GROUPS
}

/// A hash of the lists, for the ingest settings (a changed list re-ingests).
pub fn hash() -> String {
    blake3::hash(DEFAULT_TOMLS.concat().as_bytes()).to_hex()[..16].to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_list_parses_and_no_wording_is_in_two_questions() {
        let groups = groups();
        assert!(groups.len() >= 30, "{} classic questions", groups.len());
        let mut seen = std::collections::HashMap::new();
        for (i, g) in groups.iter().enumerate() {
            assert!(g.len() >= 3, "question {i} has {} wordings", g.len());
            for q in g {
                // By text: "Roman to integer" and "Integer to Roman" share a fingerprint.
                if let Some(j) = seen.insert(q.clone(), i) {
                    assert_eq!(j, i, "{q:?} is in questions {j} and {i}");
                }
            }
        }
    }
}
