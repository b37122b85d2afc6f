//! The classic interview questions every role is asked, each with the wordings people give
//! it (`config/classic_questions.toml`, built in): "Tell me about yourself", "Walk me through
//! your background" and "Take me through your CV" are one question, though they share no
//! subject word, and no similarity of words can tell. The clusterer starts with one pinned
//! cluster per classic question ([`super::Clusterer::new`]); a wording joins it when it is
//! close to any one of the listed wordings, as it would join a user's [[same]] group.
//!
//! A user's overrides come first: a wording the user pinned elsewhere, or declared apart from
//! another wording of the same classic question, is left out of it.

use crate::normalize::question::{normalize_question, question_text};

/// The built-in list.
pub const DEFAULT_TOML: &str = include_str!("../../../config/classic_questions.toml");

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    question: Vec<Entry>,
}

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    #[allow(dead_code)] // named for the reader of the file; the cluster is named by its first wording
    name: String,
    wordings: Vec<String>,
}

/// The classic questions, each as its wordings normalized
/// ([`crate::normalize::question::normalize_question`]), in file order.
pub fn groups() -> &'static [Vec<String>] {
    static GROUPS: std::sync::LazyLock<Vec<Vec<String>>> = std::sync::LazyLock::new(|| {
        let file: File = toml::from_str(DEFAULT_TOML).expect("config/classic_questions.toml parses (tested)");
        file.question
            .into_iter()
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

/// A hash of the list, for the ingest settings (a changed list re-ingests).
pub fn hash() -> String {
    blake3::hash(DEFAULT_TOML.as_bytes()).to_hex()[..16].to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::question::fingerprint;

    #[test]
    fn the_built_in_list_parses_and_no_wording_is_in_two_questions() {
        let groups = groups();
        assert!(groups.len() >= 30, "{} classic questions", groups.len());
        let mut seen = std::collections::HashMap::new();
        for (i, g) in groups.iter().enumerate() {
            assert!(g.len() >= 3, "question {i} has {} wordings", g.len());
            for q in g {
                if let Some(j) = seen.insert(fingerprint(q), i) {
                    assert_eq!(j, i, "{q:?} is in questions {j} and {i}");
                }
            }
        }
    }
}
