//! Property tests (issue #5): the parsers and normalizers on arbitrary and mutated input
//! never panic, and what they return keeps its invariants. The same entry points are the
//! cargo-fuzz targets in fuzz/ (run for longer by scripts/fuzz.sh); these run in CI.

use interview_pipeline::model::vocabulary;
use interview_pipeline::normalize::page::{page_rows, FileContext, NormalizeOptions, ROUNDS};
use interview_pipeline::normalize::{contacts, date, level, outcome, question, salary};
use interview_pipeline::sources::{self, Format};
use proptest::prelude::*;

fn options() -> NormalizeOptions {
    NormalizeOptions::with_key([7; 32])
}

/// Reads `bytes` as `format` the way an ingest does and checks the rows' invariants.
fn check_page(format: Format, bytes: &[u8]) -> Result<(), TestCaseError> {
    let Ok(decoded) = sources::decode::decode(bytes) else {
        return Ok(());
    };
    // Line breaks as the parsers count them (and editors show them): `\r\n`, `\n`, a lone
    // `\r`, U+2028, U+0085.
    let lines = decoded
        .text
        .replace("\r\n", "\n")
        .split(['\n', '\r', '\u{2028}', '\u{0085}'])
        .count() as i64;
    let ctx = FileContext {
        rel_path: "acme/page".into(),
        format: format.as_str(),
    };
    let t = page_rows(sources::extract(format, &decoded.text), &ctx, &decoded.text, &options());
    for e in &t.experiences {
        prop_assert!(
            (1..=lines).contains(&e.source_line),
            "line {} of {lines}",
            e.source_line
        );
        // Every vocabulary column holds a value of its vocabulary (the lists the data tests
        // and the data dictionary use), whatever the input.
        for (column, value) in [
            ("role_family", Some(&e.role_family)),
            ("experience_level", e.experience_level.as_ref()),
            ("channel", e.channel.as_ref()),
            ("difficulty", e.difficulty.as_ref()),
            ("outcome", e.outcome.as_ref()),
            ("sentiment", e.sentiment.as_ref()),
            ("source_format", Some(&e.source_format)),
        ] {
            let accepted = vocabulary("experiences", column).expect("a vocabulary column");
            prop_assert!(
                value.is_none_or(|v| accepted.contains(&v.as_str())),
                "{column} = {value:?}"
            );
        }
        prop_assert!(e.rounds.is_none_or(|r| ROUNDS.contains(&r)));
        prop_assert!(e.duration_days.is_none_or(|d| d >= 0));
        prop_assert!(e.candidate_name.is_none(), "names withheld by default");
        prop_assert!(e.experience_id.starts_with("exp_") && e.experience_id.len() == 20);
    }
    for q in &t.questions {
        prop_assert!((1..=lines).contains(&q.source_line));
        prop_assert!(!q.text.is_empty());
    }
    for s in &t.salaries {
        if let (Some(lo), Some(hi)) = (s.annual_min, s.annual_max) {
            prop_assert!(lo <= hi, "min {lo} <= max {hi}");
        }
        for (column, value) in [
            ("role_family", s.role_family.as_ref()),
            ("period", s.period.as_ref()),
            ("parse_status", Some(&s.parse_status)),
        ] {
            let accepted = vocabulary("salaries", column).expect("a vocabulary column");
            prop_assert!(
                value.is_none_or(|v| accepted.contains(&v.as_str())),
                "{column} = {value:?}"
            );
        }
        prop_assert!(s
            .currency
            .as_ref()
            .is_none_or(|c| c.len() == 3 && c.bytes().all(|b| b.is_ascii_uppercase())));
    }
    let stages: Vec<&str> = interview_pipeline::normalize::stages::vocabulary().collect();
    for st in &t.stages {
        prop_assert!(stages.contains(&st.stage.as_str()), "stage {}", st.stage);
    }
    Ok(())
}

/// A seed page with random edits: bytes replaced, inserted or cut, lines duplicated or
/// dropped — the damage real dumps show.
fn mutated_seed() -> impl Strategy<Value = Vec<u8>> {
    let seed = crate::util::seed_bytes();
    let len = seed.len();
    prop::collection::vec((0..len, any::<u8>(), 0u8..5), 1..40).prop_map(move |edits| {
        let mut page = seed.clone();
        for (at, byte, kind) in edits {
            if page.is_empty() {
                // A cut took the whole page: the next edits start a new one.
                page.push(byte);
                continue;
            }
            let at = at.min(page.len() - 1);
            match kind {
                0 => page[at] = byte,
                1 => page.insert(at, byte),
                2 => {
                    page.truncate(at.max(1));
                }
                3 => {
                    let end = page[at..]
                        .iter()
                        .position(|b| *b == b'\n')
                        .map_or(page.len(), |p| at + p + 1);
                    let line = page[at..end].to_vec();
                    page.splice(at..at, line);
                }
                _ => {
                    let end = (at + 40).min(page.len());
                    page.drain(at..end);
                }
            }
        }
        page
    })
}

proptest! {
    // 256 cases a property in CI (under a second); PROPTEST_CASES=20000 for a long local run.
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(256),
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn text_parser_on_any_bytes(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        check_page(Format::Text, &bytes)?;
    }

    #[test]
    fn text_parser_on_damaged_seed(page in mutated_seed()) {
        check_page(Format::Text, &page)?;
    }

    #[test]
    fn html_parser_on_any_text(text in "(<[a-z]{1,3}( [a-z]+=\"[^\"]{0,8}\")?>|</[a-z]{1,3}>|[^<]{0,12}|<!--|-->|<script>|&[a-z]{0,5};?){0,80}") {
        check_page(Format::Html, text.as_bytes())?;
    }

    #[test]
    fn html_parser_on_damaged_seed_as_html(page in mutated_seed()) {
        let html = format!("<html><body><pre>{}</pre><p>{}</p></body></html>", String::from_utf8_lossy(&page), String::from_utf8_lossy(&page).replace('\n', "</p><p>"));
        check_page(Format::Html, html.as_bytes())?;
    }

    #[test]
    fn csv_and_json_on_any_text(text in "([a-zA-Z ]{0,6}|,|;|\"|\n|\r|\t|\\{|\\}|\\[|\\]|:|[0-9]{1,3}|null|true){0,120}") {
        check_page(Format::Csv, text.as_bytes())?;
        check_page(Format::Json, text.as_bytes())?;
    }

    #[test]
    fn field_normalizers_on_any_text(s in "\\PC{0,60}") {
        let parsed = salary::parse_salary(&s, Some(&s));
        if let (Some(lo), Some(hi)) = (parsed.amount_min, parsed.amount_max) {
            prop_assert!(lo <= hi);
        }
        let _ = (date::parse_date(&s), date::find_date(&s), level::normalize_level(&s), outcome::normalize_outcome(&s));
        let n = question::normalize_question(&s);
        prop_assert_eq!(question::normalize_question(&n), n.clone(), "normalizing twice changes nothing");
        let _ = (question::fingerprint(&n), question::category(&n));
        let redacted = contacts::redact_contacts(&s).into_owned();
        prop_assert_eq!(contacts::redact_contacts(&redacted).into_owned(), redacted.clone(), "redacting twice changes nothing");
    }
}
