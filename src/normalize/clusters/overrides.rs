//! The user's pinned clustering decisions: `raw/question_overrides.toml` (or
//! `--question-overrides FILE`).
//!
//! ```toml
//! # Wordings that are one question, whatever their similarity. The cluster is named after
//! # the first one, so its id stays the same from run to run.
//! [[same]]
//! questions = ["Walk me through your resume", "Tell me about yourself"]
//!
//! # Wordings that are never one cluster, however similar.
//! [[different]]
//! questions = ["Reverse a linked list", "Reverse a linked list in groups of k"]
//! ```
//!
//! Questions are matched by fingerprint, as the clustering does, so case, punctuation, stop
//! words and word order do not matter. A file that contradicts itself is refused with the
//! reason (the ingest exits 2): two [[same]] groups sharing a wording, or a [[different]]
//! group whose wordings are one question by fingerprint or by a [[same]] group.

use crate::normalize::question::{fingerprint, normalize_question, question_text};
use std::collections::HashMap;

/// The file name looked for in the raw folder; the ingest reads it as settings, not as a page.
pub const FILE_NAME: &str = "question_overrides.toml";

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    same: Vec<Group>,
    #[serde(default)]
    different: Vec<Group>,
}

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Group {
    questions: Vec<String>,
}

/// Pinned decisions, each question normalized
/// ([`crate::normalize::question::normalize_question`]).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Overrides {
    pub same: Vec<Vec<String>>,
    pub different: Vec<Vec<String>>,
}

impl Overrides {
    /// Parses and checks an overrides file.
    pub fn parse(toml_text: &str) -> Result<Overrides, String> {
        let file: File = toml::from_str(toml_text).map_err(|e| e.to_string())?;
        let o = Overrides::from_questions(
            file.same.into_iter().map(|g| g.questions).collect(),
            file.different.into_iter().map(|g| g.questions).collect(),
        );
        o.check()?;
        Ok(o)
    }

    /// Overrides from question texts as written.
    pub fn from_questions(same: Vec<Vec<String>>, different: Vec<Vec<String>>) -> Overrides {
        let norm = |groups: Vec<Vec<String>>| -> Vec<Vec<String>> {
            groups
                .into_iter()
                .map(|g| g.iter().map(|q| normalize_question(&question_text(q))).collect())
                .filter(|g: &Vec<String>| !g.is_empty())
                .collect()
        };
        Overrides {
            same: norm(same),
            different: norm(different),
        }
    }

    /// True when nothing is pinned.
    pub fn is_empty(&self) -> bool {
        self.same.is_empty() && self.different.is_empty()
    }

    /// A hash of the decisions, for the ingest settings (changed overrides re-ingest).
    pub fn hash(&self) -> String {
        let text = format!("{:?}", self);
        blake3::hash(text.as_bytes()).to_hex()[..16].to_string()
    }

    fn check(&self) -> Result<(), String> {
        let mut group_of: HashMap<String, usize> = HashMap::new();
        for (i, group) in self.same.iter().enumerate() {
            for q in group {
                let fp = fingerprint(q);
                if let Some(&j) = group_of.get(&fp).filter(|&&j| j != i) {
                    return Err(format!(
                        "\"{q}\" is in [[same]] groups {} and {}; merge them into one group",
                        j + 1,
                        i + 1
                    ));
                }
                group_of.insert(fp, i);
            }
        }
        for (i, group) in self.different.iter().enumerate() {
            for (a_at, a) in group.iter().enumerate() {
                for b in &group[a_at + 1..] {
                    let (fa, fb) = (fingerprint(a), fingerprint(b));
                    if fa == fb {
                        return Err(format!(
                            "[[different]] group {}: \"{a}\" and \"{b}\" differ only in case, punctuation, stop words or word order, so they cannot be told apart",
                            i + 1
                        ));
                    }
                    if let (Some(x), Some(y)) = (group_of.get(&fa), group_of.get(&fb)) {
                        if x == y {
                            return Err(format!(
                                "[[different]] group {}: \"{a}\" and \"{b}\" are also in [[same]] group {}",
                                i + 1,
                                x + 1
                            ));
                        }
                    }
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_groups_normalized() {
        let o = Overrides::parse(
            "[[same]]\nquestions = [\"Walk me through your resume\", \"Tell me about yourself.\"]\n\
             [[different]]\nquestions = [\"Reverse a linked list\", \"Reverse a linked list in groups of k\"]\n",
        )
        .unwrap();
        assert_eq!(
            o.same,
            vec![vec![
                "walk me through your resume".to_string(),
                "tell me about yourself".into()
            ]]
        );
        assert_eq!(o.different[0][1], "reverse a linked list in groups of k");
        assert!(!o.is_empty());
        assert_eq!(Overrides::parse("").unwrap(), Overrides::default());
    }

    #[test]
    fn contradictions_are_refused_with_the_reason() {
        let err = Overrides::parse("[[same]]\nquestions=[\"A b\",\"C d\"]\n[[same]]\nquestions=[\"c D?\",\"e f\"]")
            .unwrap_err();
        assert!(err.contains("[[same]] groups 1 and 2"), "{err}");
        let err = Overrides::parse("[[different]]\nquestions=[\"Reverse a list\",\"reverse the list!\"]").unwrap_err();
        assert!(err.contains("cannot be told apart"), "{err}");
        let err = Overrides::parse("[[same]]\nquestions=[\"A b\",\"C d\"]\n[[different]]\nquestions=[\"a b\",\"c d\"]")
            .unwrap_err();
        assert!(err.contains("also in [[same]] group 1"), "{err}");
        assert!(Overrides::parse("[[same]]\nquestion=[\"x\"]").is_err());
        assert!(Overrides::parse("not toml [").is_err());
    }
}
