//! Question categories from an editable taxonomy file (`config/question_taxonomy.toml` is
//! the built-in default; `--taxonomy FILE` replaces it).
//!
//! A taxonomy is an ordered list of rules, each a category and its phrases. A question gets
//! the category of the first rule with a phrase that occurs in it on word boundaries, both
//! normalized alike ([`super::question::normalize_question`]); `word*` matches any ending.
//! The phrase that matched is kept, so a surprising category can be traced to its rule.

use super::question::normalize_question;
use std::collections::HashMap;
use std::sync::{Arc, LazyLock};

/// The shipped taxonomy, compiled into the binary.
pub const DEFAULT_TOML: &str = include_str!("../../config/question_taxonomy.toml");

/// The category of questions no rule matches.
pub const OTHER: &str = "other";

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    rule: Vec<RuleSpec>,
}

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleSpec {
    category: String,
    phrases: Vec<String>,
}

/// A parsed taxonomy with its phrases indexed by first word: classifying a question costs one
/// lookup per word, not one scan per phrase (measured: the scan was 6 % of an ingest).
#[derive(Debug)]
pub struct Taxonomy {
    categories: Vec<String>,
    by_first_word: HashMap<String, Vec<(usize, String)>>,
    /// `word*` phrases: (rule, prefix).
    prefixes: Vec<(usize, String)>,
    /// A hash of the rules, for the ingest settings (another taxonomy re-ingests).
    fingerprint: String,
}

/// What [`Taxonomy::classify`] found: the category and the phrase that matched (none for
/// `other`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Classification<'a> {
    pub category: &'a str,
    pub rule: Option<&'a str>,
}

static DEFAULT: LazyLock<Arc<Taxonomy>> =
    LazyLock::new(|| Arc::new(Taxonomy::parse(DEFAULT_TOML).expect("config/question_taxonomy.toml is valid")));

impl Taxonomy {
    /// The built-in taxonomy, parsed once per process and shared.
    pub fn default_taxonomy() -> Arc<Taxonomy> {
        Arc::clone(&DEFAULT)
    }

    /// Reads a taxonomy file's text. Errors name the problem (TOML syntax with its line, an
    /// empty category, a phrase that normalizes to nothing).
    pub fn parse(text: &str) -> Result<Taxonomy, String> {
        let file: File = toml::from_str(text).map_err(|e| e.to_string())?;
        let mut t = Taxonomy {
            categories: Vec::new(),
            by_first_word: HashMap::new(),
            prefixes: Vec::new(),
            fingerprint: blake3::hash(text.as_bytes()).to_hex()[..16].to_string(),
        };
        for (i, rule) in file.rule.into_iter().enumerate() {
            let category = rule.category.trim().to_string();
            if category.is_empty() {
                return Err(format!("rule {} has an empty category", i + 1));
            }
            for raw in &rule.phrases {
                let (body, star) = match raw.trim().strip_suffix('*') {
                    Some(b) => (b, true),
                    None => (raw.as_str(), false),
                };
                let phrase = normalize_question(body);
                if phrase.is_empty() {
                    return Err(format!(
                        "rule {} ({category}): phrase `{raw}` has no letters or digits",
                        i + 1
                    ));
                }
                if star {
                    t.prefixes.push((i, phrase));
                } else {
                    let first = phrase.split(' ').next().unwrap_or_default().to_string();
                    t.by_first_word.entry(first).or_default().push((i, phrase));
                }
            }
            t.categories.push(category);
        }
        Ok(t)
    }

    pub fn fingerprint(&self) -> &str {
        &self.fingerprint
    }

    /// Every category a question can get: the rules' categories, then `other`, each once.
    pub fn categories(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for c in self.categories.iter().map(String::as_str).chain([OTHER]) {
            if !out.iter().any(|o| o == c) {
                out.push(c.to_string());
            }
        }
        out
    }

    /// The category of a normalized question and the phrase that decided it.
    pub fn classify<'a>(&'a self, normalized: &str) -> Classification<'a> {
        let mut best: Option<(usize, &'a str)> = None;
        let text = normalized.as_bytes();
        let mut at = 0;
        while at < text.len() && best.is_none_or(|(rule, _)| rule > 0) {
            let end = text[at..]
                .iter()
                .position(|b| *b == b' ')
                .map_or(text.len(), |p| at + p);
            let word = &normalized[at..end];
            for (rule, phrase) in self.by_first_word.get(word).into_iter().flatten() {
                if best.is_none_or(|(b, _)| *rule < b) && starts_phrase(&normalized[at..], phrase) {
                    best = Some((*rule, phrase));
                }
            }
            for (rule, prefix) in &self.prefixes {
                if best.is_none_or(|(b, _)| *rule < b) && word.starts_with(prefix.as_str()) {
                    best = Some((*rule, prefix));
                }
            }
            at = end + 1;
        }
        match best {
            Some((rule, phrase)) => Classification {
                category: &self.categories[rule],
                rule: Some(phrase),
            },
            None => Classification {
                category: OTHER,
                rule: None,
            },
        }
    }
}

/// `phrase` at the start of `text`, ending at a word boundary.
fn starts_phrase(text: &str, phrase: &str) -> bool {
    text.starts_with(phrase) && text.as_bytes().get(phrase.len()).is_none_or(|b| *b == b' ')
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The definition the index implements: the first rule with any phrase in the text.
    fn by_scan(t: &str) -> &'static str {
        let file: File = toml::from_str(DEFAULT_TOML).unwrap();
        let rules: Vec<(String, Vec<String>)> = file.rule.into_iter().map(|r| (r.category, r.phrases)).collect();
        let hit = |p: &str| match p.strip_suffix('*') {
            Some(prefix) => t
                .match_indices(prefix)
                .any(|(at, _)| at == 0 || t.as_bytes()[at - 1] == b' '),
            None => crate::normalize::has_phrase(t, p),
        };
        let found = rules.iter().find(|(_, ps)| ps.iter().any(|p| hit(p)));
        match found.map(|(c, _)| c.as_str()) {
            Some("coding") => "coding",
            Some("system_design") => "system_design",
            Some("behavioral") => "behavioral",
            Some("situational") => "situational",
            Some("motivation") => "motivation",
            Some("role_specific") => "role_specific",
            Some("technical_knowledge") => "technical_knowledge",
            Some(other) => panic!("unexpected category {other}"),
            None => OTHER,
        }
    }

    #[test]
    fn index_equals_the_scan() {
        let t = Taxonomy::default_taxonomy();
        let file: File = toml::from_str(DEFAULT_TOML).unwrap();
        let mut texts: Vec<String> = [
            "tell me about a time you failed",
            "why are you motivated by banking",
            "explain the difference between rest and soap apis",
            "interest rates and restructuring",
            "what is your favourite colour",
            "",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        for r in &file.rule {
            for p in &r.phrases {
                let p = p.trim_end_matches('*');
                texts.extend([
                    p.to_string(),
                    format!("x {p} y"),
                    format!("x{p}"),
                    format!("{p}ing now"),
                ]);
            }
        }
        for text in texts {
            assert_eq!(t.classify(&text).category, by_scan(&text), "{text}");
        }
    }

    #[test]
    fn rule_that_matched_is_reported() {
        let t = Taxonomy::default_taxonomy();
        let c = t.classify(&normalize_question("Write a function to reverse a linked list."));
        assert_eq!((c.category, c.rule), ("coding", Some("write a function")));
        let c = t.classify(&normalize_question("What motivates you?"));
        assert_eq!((c.category, c.rule), ("motivation", Some("motivat")));
        assert_eq!(t.classify("anything else").rule, None);
    }

    #[test]
    fn custom_taxonomy_file() {
        let t = Taxonomy::parse(
            "[[rule]]\ncategory = \"compliance\"\nphrases = [\"KYC\", \"Anti-Money Laundering\", \"regulat*\"]\n\n[[rule]]\ncategory = \"coding\"\nphrases = [\"linked list\"]\n",
        )
        .unwrap();
        let c = |q: &str| t.classify(&normalize_question(q)).category;
        assert_eq!(c("How do KYC checks work?"), "compliance");
        assert_eq!(c("Explain anti-money-laundering rules"), "compliance");
        assert_eq!(
            c("Which regulations apply to a linked list?"),
            "compliance",
            "first rule wins"
        );
        assert_eq!(c("Reverse a linked list"), "coding");
        assert_eq!(c("Tell me about yourself"), "other");
        assert_ne!(t.fingerprint(), Taxonomy::default_taxonomy().fingerprint());
    }

    #[test]
    fn bad_files_are_explained() {
        assert!(Taxonomy::parse("[[rule]]\ncategory = \"x\"\n")
            .unwrap_err()
            .contains("phrases"));
        assert!(Taxonomy::parse("[[rule]]\ncategory = \"\"\nphrases = [\"a\"]\n")
            .unwrap_err()
            .contains("empty category"));
        assert!(Taxonomy::parse("[[rule]]\ncategory = \"x\"\nphrases = [\"?!\"]\n")
            .unwrap_err()
            .contains("no letters"));
        assert!(
            Taxonomy::parse("[[rules]]\n").is_err(),
            "unknown keys are errors, not ignored"
        );
    }
}
