//! Tuning aid: for each `same-*` pair of the files named that the clusterer misses while
//! one wording words a classic question and the other none, why the other words none —
//! its closest listed wording of that question is below the similarity threshold, adds a
//! subject word, does not cover the listed wording, or was not among the candidates.
//!
//!     cargo run --release --example why_no_intent -- dev.tsv probe.tsv

#[allow(dead_code)]
#[path = "common/pairs.rs"]
mod pairs;

use interview_pipeline::normalize::clusters::{classic_candidates, classic_intent, INTENT_THRESHOLD};
use pairs::normalized;

fn main() {
    let mut counts = std::collections::BTreeMap::new();
    for name in std::env::args().skip(1) {
        let text = std::fs::read_to_string(pairs::dir().join(&name)).expect("readable pairs file");
        for pair in pairs::pairs(&text) {
            let f = [pair.label, pair.a, pair.b];
            if !f[0].starts_with("same") {
                continue;
            }
            let (a, b) = (normalized(f[1]), normalized(f[2]));
            if pairs::merged(&a, &b) {
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
