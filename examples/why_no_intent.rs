//! Tuning aid: for each `same-*` pair of the files named that the clusterer misses while
//! one wording words a classic question and the other none, why the other words none —
//! its closest listed wording of that question is below the similarity threshold, adds a
//! subject word, does not cover the listed wording, or was not among the candidates.
//!
//!     cargo run --release --example why_no_intent -- dev.tsv probe.tsv

use interview_pipeline::normalize::clusters::{classic_candidates, classic_intent, Clusterer, INTENT_THRESHOLD};
use interview_pipeline::normalize::question::{clustering_text, question_text};

fn main() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/question_pairs");
    let mut counts = std::collections::BTreeMap::new();
    for name in std::env::args().skip(1) {
        let text = std::fs::read_to_string(dir.join(&name)).expect("readable pairs file");
        for line in text.lines().skip(1) {
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() != 3 || !f[0].starts_with("same") {
                continue;
            }
            let (a, b) = (
                clustering_text(&question_text(f[1])),
                clustering_text(&question_text(f[2])),
            );
            let mut clusterer = Clusterer::default();
            let first = clusterer.assign(&a).to_string();
            if clusterer.assign(&b) == first {
                continue;
            }
            let (ia, ib) = (classic_intent(&a), classic_intent(&b));
            if (ia == 0) == (ib == 0) {
                continue;
            }
            let (worded, other, intent) = if ia != 0 { (f[1], &b, ia) } else { (f[2], &a, ib) };
            let close: Vec<_> = classic_candidates(other)
                .into_iter()
                .filter(|c| c.0 == intent)
                .collect();
            let above = |c: &&(u16, String, f32, bool, bool)| c.2 >= INTENT_THRESHOLD;
            let why = if close.is_empty() {
                "not a candidate"
            } else if !close.iter().any(|c| above(&c)) {
                "similarity low"
            } else if close.iter().filter(above).all(|c| c.3) {
                "adds subject"
            } else {
                "does not cover"
            };
            *counts.entry(why).or_insert(0) += 1;
            let best = close.iter().max_by(|x, y| x.2.total_cmp(&y.2));
            println!("{why:16} | {worded} | {other} | closest {best:?}");
        }
    }
    println!("{counts:?}");
}
