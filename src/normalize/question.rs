//! Question text: the normalized form, the fingerprint that groups rewordings, and a category.
//!
//! The fingerprint follows OpenRefine's key-collision method: lower case, accents and
//! punctuation folded, stop words dropped, tokens de-duplicated and sorted, so
//! `Explain the difference between REST and SOAP APIs.` and
//! `REST and SOAP APIs: explain the difference` share one cluster.

use super::text::{clean, fold_punctuation, strip_quotes};
use unicode_normalization::UnicodeNormalization;

/// Stored question text: bullet, numbering and surrounding quotes removed, spaces collapsed.
pub fn question_text(raw: &str) -> String {
    clean(strip_quotes(&clean(raw)))
}

/// Lower case, accents folded, typographic punctuation mapped to ASCII, every other
/// punctuation mark dropped, spaces collapsed. Apostrophes inside words go too (`what's` → `whats`).
pub fn normalize_question(text: &str) -> String {
    if text.is_ascii() {
        // Nothing to fold or decompose: one pass over the bytes.
        return normalize_ascii(text);
    }
    normalize_unicode(text)
}

fn normalize_unicode(text: &str) -> String {
    let folded: String = fold_punctuation(text)
        .nfkd()
        .filter(|c| !is_combining_mark(*c))
        .collect();
    let mut out = String::with_capacity(folded.len());
    for c in folded.to_lowercase().chars() {
        if c.is_alphanumeric() {
            out.push(c);
        } else if c == '\'' {
            continue;
        } else if c == '+' || c == '#' {
            // Keep `C++` and `C#` apart from `C`.
            out.push(c);
        } else if !out.ends_with(' ') && !out.is_empty() {
            out.push(' ');
        }
    }
    out.trim_end().to_string()
}

/// [`normalize_question`] for ASCII text, the same rules byte by byte.
fn normalize_ascii(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for &b in text.as_bytes() {
        if b.is_ascii_alphanumeric() || b == b'+' || b == b'#' {
            out.push(b.to_ascii_lowercase() as char);
        } else if b == b'\'' || b == b'`' {
            // `` ` `` folds to an apostrophe, which is dropped.
            continue;
        } else if !out.is_empty() && !out.ends_with(' ') {
            out.push(' ');
        }
    }
    out.truncate(out.trim_end().len());
    out
}

fn is_combining_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// Words that carry no meaning of their own in a question.
fn is_stop_word(w: &str) -> bool {
    // A `match` compiles to a comparison by length and bytes, not a scan of a list: this runs
    // for every word of every question.
    matches!(
        w,
        "a" | "an" | "the" | "and" | "or" | "of" | "to" | "in" | "on" | "for" | "with" | "at" | "by" | "from"
            | "is" | "are" | "was" | "were" | "be" | "do" | "does" | "did" | "you" | "your" | "yours" | "me"
            | "my" | "i" | "we" | "us" | "our" | "it" | "its" | "this" | "that" | "these" | "those" | "can"
            | "could" | "would" | "will" | "should" | "please" | "about" | "as" | "into" | "how" | "what"
            | "whats" | "if" | "so" | "some" | "any" | "between"
    )
}

/// OpenRefine-style fingerprint of a normalized question. Falls back to the normalized text
/// when every token is a stop word (`What do you do?` keeps a non-empty key).
pub fn fingerprint(normalized: &str) -> String {
    let mut tokens: Vec<&str> = normalized
        .split(' ')
        .filter(|t| !t.is_empty() && !is_stop_word(t))
        .collect();
    if tokens.is_empty() {
        return normalized.to_string();
    }
    tokens.sort_unstable();
    tokens.dedup();
    tokens.join(" ")
}

/// Deterministic cluster id from a fingerprint: `qc_` and 12 hex digits of its BLAKE3 hash.
pub fn cluster_id(fingerprint: &str) -> String {
    let hash = blake3::hash(fingerprint.as_bytes());
    format!("qc_{}", &hash.to_hex()[..12])
}

/// Category rules in order; the first whose phrase occurs in the normalized text wins.
/// Issue #6 makes this an editable taxonomy file; these are the shipped defaults.
const CATEGORY_RULES: &[(&str, &[&str])] = &[
    (
        "coding",
        &[
            "write a function",
            "write code",
            "implement",
            "reverse a",
            "linked list",
            "binary tree",
            "algorithm",
            "leetcode",
            "coding",
            "sql query",
            "write a query",
            "complexity",
            "array",
            "arrays",
            "string manipulation",
            "sort",
            "sorting",
            "recursion",
            "dynamic programming",
        ],
    ),
    (
        "system_design",
        &[
            "design a scalable",
            "system design",
            "design a system",
            "design an api",
            "design a service",
            "architecture",
            "scalable",
            "scale",
            "distributed",
            "high availability",
            "microservice",
        ],
    ),
    (
        "behavioral",
        &[
            "tell me about a time",
            "tell us about a time",
            "describe a time",
            "describe a situation",
            "give an example",
            "example of",
            "a time you",
            "a time when",
            "conflict",
            "a conflict",
            "disagreed",
            "disagree",
            "challenging",
            "mistake",
            "failure",
            "failed",
            "proud",
        ],
    ),
    (
        "situational",
        &[
            "what would you do",
            "how would you handle",
            "how would you approach",
            "imagine",
            "suppose",
            "if you were",
            "how do you handle",
            "how do you manage",
            "how do you prioritize",
            "how would you",
        ],
    ),
    (
        "motivation",
        &[
            "why do you want",
            "why backbase",
            "why this",
            "why are you",
            "why should we",
            "what do you know about",
            "where do you see yourself",
            "tell me about yourself",
            "tell us about yourself",
            "motivat*",
            "why join",
            "why our",
            "career goals",
            "salary expectation",
        ],
    ),
    (
        "role_specific",
        &[
            "sales process",
            "objection",
            "quota",
            "sales target",
            "pipeline",
            "portfolio",
            "design tools",
            "user feedback",
            "design decision",
            "wireframe",
            "customer satisfaction",
            "customer retention",
            "crm",
            "churn",
            "product features",
            "roadmap",
            "metrics",
            "stakeholder",
            "product success",
            "user research",
            "prioritize product",
            "saas",
        ],
    ),
    (
        "technical_knowledge",
        &[
            "difference between",
            "explain",
            "how does",
            "rest",
            "soap",
            "api",
            "database",
            "cloud",
            "aws",
            "azure",
            "java",
            "javascript",
            "python",
            "framework",
            "code quality",
            "testing",
            "agile",
            "security",
            "protocol",
            "bug",
            "debug",
        ],
    ),
];

pub fn category(normalized: &str) -> &'static str {
    // The first rule (in order) with a phrase anywhere in the text: look each word of the text
    // up among the phrases starting with it, rather than scanning the text once per phrase.
    let index = &*CATEGORY_INDEX;
    let mut best = usize::MAX;
    let mut at = 0;
    let text = normalized.as_bytes();
    while at < text.len() && best > 0 {
        let end = text[at..].iter().position(|b| *b == b' ').map_or(text.len(), |p| at + p);
        let word = &normalized[at..end];
        for &(rule, phrase) in index.by_first_word.get(word).into_iter().flatten() {
            if rule < best && starts_phrase(&normalized[at..], phrase) {
                best = rule;
            }
        }
        for &(rule, prefix) in &index.prefixes {
            if rule < best && word.starts_with(prefix) {
                best = rule;
            }
        }
        at = end + 1;
    }
    CATEGORY_RULES.get(best).map_or("other", |(c, _)| *c)
}

/// `phrase` at the start of `text`, ending at a word boundary.
fn starts_phrase(text: &str, phrase: &str) -> bool {
    text.starts_with(phrase) && text.as_bytes().get(phrase.len()).is_none_or(|b| *b == b' ')
}

/// The category phrases by their first word, each with its rule's position; `word*` phrases
/// (any ending) apart.
struct CategoryIndex {
    by_first_word: std::collections::HashMap<&'static str, Vec<(usize, &'static str)>>,
    prefixes: Vec<(usize, &'static str)>,
}

static CATEGORY_INDEX: std::sync::LazyLock<CategoryIndex> = std::sync::LazyLock::new(|| {
    let mut index = CategoryIndex {
        by_first_word: Default::default(),
        prefixes: Vec::new(),
    };
    for (rule, (_, phrases)) in CATEGORY_RULES.iter().enumerate() {
        for phrase in *phrases {
            match phrase.strip_suffix('*') {
                Some(prefix) => index.prefixes.push((rule, prefix)),
                None => {
                    let first = phrase.split(' ').next().unwrap_or(phrase);
                    index.by_first_word.entry(first).or_default().push((rule, phrase));
                }
            }
        }
    }
    index
});

/// Whole-word phrase match (the definition [`category`] implements with its index) (`rest` does not match `interest`, `conflict` not `conflicting`);
/// a trailing `*` matches any word ending (`motivat*` matches `motivation`).
#[cfg(test)]
fn contains_phrase(text: &str, phrase: &str) -> bool {
    match phrase.strip_suffix('*') {
        Some(prefix) => text
            .match_indices(prefix)
            .any(|(at, _)| at == 0 || text.as_bytes()[at - 1] == b' '),
        None => super::has_phrase(text, phrase),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_strips_quotes_and_spaces() {
        assert_eq!(
            question_text("\u{201C}Explain how you would design a scalable API for a banking application.\u{201D}"),
            "Explain how you would design a scalable API for a banking application."
        );
        assert_eq!(question_text("  How do\u{00A0}you  measure? "), "How do you measure?");
    }

    #[test]
    fn normalized_folds_case_accents_punctuation() {
        assert_eq!(
            normalize_question("What\u{2019}s the difference between REST and SOAP?"),
            "whats the difference between rest and soap"
        );
        assert_eq!(normalize_question("Résumé walk-through"), "resume walk through");
        assert_eq!(normalize_question("C++ vs C#?"), "c++ vs c#");
    }

    #[test]
    fn fingerprint_merges_rewordings() {
        let a = fingerprint(&normalize_question(
            "Explain the difference between REST and SOAP APIs.",
        ));
        let b = fingerprint(&normalize_question("REST and SOAP APIs: explain the difference"));
        assert_eq!(a, b);
        assert_eq!(cluster_id(&a), cluster_id(&b));
        let c = fingerprint(&normalize_question("Reverse a linked list"));
        let d = fingerprint(&normalize_question("Detect a cycle in a linked list"));
        assert_ne!(c, d);
    }

    #[test]
    fn fingerprint_never_empty() {
        assert_eq!(fingerprint("what do you do"), "what do you do");
    }

    /// The rule of [`category`] as written: the first rule with any phrase in the text.
    fn category_by_scan(normalized: &str) -> &'static str {
        CATEGORY_RULES
            .iter()
            .find(|(_, phrases)| phrases.iter().any(|p| contains_phrase(normalized, p)))
            .map(|(c, _)| *c)
            .unwrap_or("other")
    }

    #[test]
    fn indexed_category_equals_the_scan() {
        let questions = [
            "Tell me about a time you failed",
            "Why are you motivated by banking?",
            "What motivates you",
            "Explain the difference between REST and SOAP APIs",
            "How would you design a scalable API?",
            "Reverse a linked list",
            "Describe your sales process and pipeline",
            "interest rates and restructuring",
            "implement an LRU cache in Java",
            "What is your favourite colour",
            "sorting arrays at scale",
            "a",
            "",
        ];
        for q in questions {
            let n = normalize_question(q);
            assert_eq!(category(&n), category_by_scan(&n), "{q}");
        }
        // Every phrase on its own, and inside other words.
        for (_, phrases) in CATEGORY_RULES {
            for p in *phrases {
                let p = p.trim_end_matches('*');
                for text in [p.to_string(), format!("x {p} y"), format!("x{p}"), format!("{p}ing now")] {
                    assert_eq!(category(&text), category_by_scan(&text), "{text}");
                }
            }
        }
    }

    #[test]
    fn ascii_and_unicode_normalization_agree() {
        for q in [
            "What's the difference between REST and SOAP?",
            "  C++ vs C#?? ",
            "Walk me through `git rebase` -- and merge...",
            "Q: 2+2=?",
            "",
            "!!!",
            "A/B testing: how?",
        ] {
            assert_eq!(normalize_ascii(q), normalize_unicode(q), "{q:?}");
        }
    }

    #[test]
    fn categories() {
        let cat = |q: &str| category(&normalize_question(q));
        assert_eq!(cat("Write a function to reverse a linked list."), "coding");
        assert_eq!(
            cat("Explain how you would design a scalable API for a banking application."),
            "system_design"
        );
        assert_eq!(
            cat("Tell us about a time you improved customer retention."),
            "behavioral"
        );
        assert_eq!(
            cat("How do you prioritize conflicting deadlines in a fast-paced environment?"),
            "situational"
        );
        assert_eq!(
            cat("What do you know about Backbase\u{2019}s digital banking platform?"),
            "motivation"
        );
        assert_eq!(cat("Describe your sales process."), "role_specific");
        assert_eq!(
            cat("Explain the difference between REST and SOAP APIs."),
            "technical_knowledge"
        );
        assert_eq!(cat("What is your favourite colour"), "other");
        assert_eq!(cat("Anything else"), "other");
    }
}
