//! A generated corpus (text and HTML pages with every quirk, three companies) run end to end:
//! every aggregate equals the truth the generator wrote, row for row and value for value.

#[path = "../examples/corpus/mod.rs"]
pub(crate) mod corpus;

use crate::util::Workdir;
use std::collections::HashMap;

fn close(got: &str, want: &str) -> bool {
    got == want
        || matches!((got.parse::<f64>(), want.parse::<f64>()), (Ok(a), Ok(b)) if (a - b).abs() <= 1e-9 * b.abs().max(1.0))
}

fn keyed(rows: Vec<HashMap<String, String>>, key: &[&str]) -> HashMap<String, HashMap<String, String>> {
    rows.into_iter()
        .map(|r| (key.iter().map(|k| r[*k].clone()).collect::<Vec<_>>().join("|"), r))
        .collect()
}

#[test]
fn generated_corpus_aggregates_match_the_truth() {
    let w = Workdir::new();
    let stats = corpus::generate(
        corpus::Options {
            pages: 80,
            seed: 7,
            html_percent: 30,
        },
        w.path(),
    )
    .unwrap();
    assert!(stats.html_bytes > 0 && stats.text_bytes > 0);
    assert_eq!(w.run(&["run"]), 0);
    assert_eq!(w.csv("processed/experiences.csv").len(), stats.experiences);
    assert_eq!(w.csv("processed/questions.csv").len(), stats.questions);
    assert_eq!(w.csv("processed/salaries.csv").len(), stats.salaries);
    for (name, key) in [
        ("rounds_by_role", vec!["company", "role"]),
        ("rejection_rates", vec!["company", "role"]),
        ("salary_spreads", vec!["company", "role", "currency"]),
        ("question_frequency", vec!["question"]),
    ] {
        let want = keyed(w.csv(&format!("expected/{name}.csv")), &key);
        let got = keyed(w.csv(&format!("reports/{name}.csv")), &key);
        assert_eq!(got.len(), want.len(), "{name}: row count");
        for (k, expected) in &want {
            let row = got.get(k).unwrap_or_else(|| panic!("{name}: no row {k}"));
            for (col, value) in expected {
                assert!(
                    close(&row[col], value),
                    "{name} {k} {col}: got {} want {value}",
                    row[col]
                );
            }
        }
    }
}
