//! Canonical company names.
//!
//! Headings of real dumps write the name in lower case (`backbase Interview Questions and
//! Answers`) while the prose writes `Backbase`. The canonical form is the spelling the page
//! itself uses most in running text; failing that, legal suffixes are dropped and a
//! lower-case name is title-cased.

use super::text::{clean, title_case};

const LEGAL_SUFFIXES: &[&str] = &[
    "inc",
    "inc.",
    "incorporated",
    "llc",
    "l.l.c.",
    "ltd",
    "ltd.",
    "limited",
    "plc",
    "gmbh",
    "ag",
    "b.v.",
    "bv",
    "n.v.",
    "nv",
    "s.a.",
    "sa",
    "corp",
    "corp.",
    "corporation",
    "co.",
    "pvt",
    "pvt.",
    "private limited",
    "pvt. ltd.",
    "pvt ltd",
    "s.r.l.",
    "srl",
    "oy",
    "ab",
    "as",
    "a/s",
    "sas",
    "s.a.s.",
    "pte",
    "pte. ltd.",
];

/// Canonical name for `raw`, preferring a spelling seen in `page_text` when one exists.
pub fn canonical_company(raw: &str, page_text: Option<&str>) -> Option<String> {
    canonical_company_with(raw, page_text.map(Evidence::new).as_ref())
}

/// [`canonical_company`] with the page's evidence prepared once.
pub fn canonical_company_with(raw: &str, evidence: Option<&Evidence>) -> Option<String> {
    let name = strip_legal_suffix(&clean(raw));
    if name.is_empty() {
        return None;
    }
    if let Some(spelling) = evidence.and_then(|e| most_used_spelling(&name, e)) {
        return Some(spelling);
    }
    if name.chars().any(|c| c.is_uppercase()) {
        Some(name)
    } else {
        Some(title_case(&name))
    }
}

fn strip_legal_suffix(name: &str) -> String {
    let mut n = name.trim().trim_end_matches(',').trim().to_string();
    loop {
        let lower = n.to_lowercase();
        // ` inc` or `, inc` at the end, compared in place (this runs for every company name).
        let ends_with_suffix = |s: &str| lower.strip_suffix(s).is_some_and(|rest| rest.ends_with(' '));
        let Some(suffix) = LEGAL_SUFFIXES.iter().find(|s| ends_with_suffix(s)) else {
            break;
        };
        n.truncate(n.len() - suffix.len());
        n = n.trim().trim_end_matches(',').trim().to_string();
    }
    n
}

/// The case-variant of `name` that occurs most often in `text` on word boundaries, if any
/// variant carries capitals (a page that only ever writes `backbase` gives no evidence).
fn most_used_spelling(name: &str, evidence: &Evidence) -> Option<String> {
    let lower_name = name.to_lowercase();
    if lower_name.is_empty() || lower_name.len() != name.len() {
        return None;
    }
    let text = evidence.text;
    // An ASCII name matches the page compared case-insensitively on ASCII letters only, which
    // keeps byte offsets and skips the Unicode case mapping of the whole page.
    let lower_text = if lower_name.is_ascii() {
        evidence.ascii_lower()
    } else {
        evidence.lower()
    };
    if lower_text.len() != text.len() {
        // Case mapping changed byte lengths (rare scripts): offsets would not line up.
        return None;
    }
    let mut counts: std::collections::BTreeMap<&str, usize> = Default::default();
    for (at, _) in lower_text.match_indices(&lower_name) {
        let end = at + lower_name.len();
        // `get` and not indexing: lower-casing can move char boundaries (`İ`, `ẞ`).
        let (Some(before), Some(found), Some(after)) = (text.get(..at), text.get(at..end), text.get(end..)) else {
            continue;
        };
        let boundary_before = before.chars().next_back().is_none_or(|c| !c.is_alphanumeric());
        let boundary_after = after.chars().next().is_none_or(|c| !c.is_alphanumeric());
        if boundary_before && boundary_after {
            *counts.entry(found).or_default() += 1;
        }
    }
    counts
        .into_iter()
        .filter(|(spelling, _)| spelling.chars().any(|c| c.is_uppercase()))
        // Most used first; on a tie the BTreeMap order (byte order) keeps it deterministic.
        .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(a.0)))
        .map(|(s, _)| s.to_string())
}

/// The part of a page searched for company spellings, lower-cased once. Bounded, so a huge
/// export naming thousands of companies costs one pass per name over 256 KiB, not the file.
pub struct Evidence<'a> {
    text: &'a str,
    /// Lower-cased on first use: most pages name one company, some none.
    lower: std::sync::OnceLock<String>,
    /// ASCII letters lower-cased, every other character as it is.
    ascii_lower: std::sync::OnceLock<String>,
}

impl<'a> Evidence<'a> {
    pub const MAX: usize = 256 * 1024;

    pub fn new(page_text: &'a str) -> Self {
        let mut end = page_text.len().min(Self::MAX);
        while !page_text.is_char_boundary(end) {
            end -= 1;
        }
        let text = &page_text[..end];
        Evidence {
            text,
            lower: std::sync::OnceLock::new(),
            ascii_lower: std::sync::OnceLock::new(),
        }
    }

    fn ascii_lower(&self) -> &str {
        self.ascii_lower.get_or_init(|| self.text.to_ascii_lowercase())
    }

    fn lower(&self) -> &str {
        self.lower.get_or_init(|| {
            if self.text.is_ascii() {
                self.text.to_ascii_lowercase()
            } else {
                self.text.to_lowercase()
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::canonical_company as c;

    #[test]
    fn lower_case_heading_takes_page_spelling() {
        let page = "Backbase has carved out a niche. Backbase stands out. backbase Interview Questions";
        assert_eq!(c("backbase", Some(page)).as_deref(), Some("Backbase"));
        assert_eq!(c("ibm", Some("At IBM the IBM way")).as_deref(), Some("IBM"));
        assert_eq!(c("ncino", Some("nCino and nCino")).as_deref(), Some("nCino"));
    }

    #[test]
    fn spelling_found_beside_non_ascii_text() {
        let page = "Über uns \u{2014} Backbase\u{2019}s \u{201C}BACKBASE\u{201D} Backbase, €5 İstanbul";
        assert_eq!(c("backbase", Some(page)).as_deref(), Some("Backbase"));
        assert_eq!(c("über", Some("ÜBER and Über and Über")).as_deref(), Some("Über"));
    }

    #[test]
    fn without_evidence_title_case() {
        assert_eq!(c("backbase", None).as_deref(), Some("Backbase"));
        assert_eq!(
            c("goldman sachs", Some("nothing here")).as_deref(),
            Some("Goldman Sachs")
        );
        assert_eq!(c("DeepMind", None).as_deref(), Some("DeepMind"));
    }

    #[test]
    fn legal_suffixes_dropped() {
        assert_eq!(c("Acme Inc.", None).as_deref(), Some("Acme"));
        assert_eq!(c("Backbase B.V.", None).as_deref(), Some("Backbase"));
        assert_eq!(c("Infosys Pvt. Ltd.", None).as_deref(), Some("Infosys"));
        assert_eq!(c("Siemens AG", None).as_deref(), Some("Siemens"));
    }

    #[test]
    fn word_boundaries_matter() {
        // `Backbases` is not the name; the lone match is lower case, so title case wins.
        assert_eq!(
            c("backbase", Some("Backbases and backbase")).as_deref(),
            Some("Backbase")
        );
        assert_eq!(c("meta", Some("metadata is Metadata")).as_deref(), Some("Meta"));
    }

    #[test]
    fn case_mapping_that_moves_boundaries_does_not_panic() {
        assert_eq!(
            c("acme", Some("\u{0130} Acme\u{2019}s \u{1E9E}")).as_deref(),
            Some("Acme")
        );
        assert_eq!(c("acme", Some("\u{1E9E}\u{1E9E} acme Acme")).as_deref(), Some("Acme"));
    }

    #[test]
    fn empty_is_none() {
        assert_eq!(c("  ", None), None);
    }
}
