//! Tuning aid: the pairs each labelled set gets wrong, counted by the classic questions
//! their two wordings word (both the same, both but different, one, none). Counts only, so
//! it may run on the files kept unread.
//!
//!     cargo run --release --example missed_by_intent

#[allow(dead_code)]
#[path = "common/pairs.rs"]
mod pairs;

use interview_pipeline::normalize::clusters::classic_intent;
use pairs::normalized;

fn main() {
    println!("file         kind              same-intent  other-intents  one-side  none");
    for path in pairs::files() {
        let text = std::fs::read_to_string(&path).expect("readable pairs file");
        let mut counts: std::collections::BTreeMap<&str, [usize; 4]> = Default::default();
        for pair in pairs::pairs(&text) {
            let (a, b) = (normalized(pair.a), normalized(pair.b));
            let kind = match (pair.label, pairs::merged(&a, &b)) {
                ("different", true) => "merged",
                ("same-reworded", false) => "missed rewording",
                ("same-paraphrase", false) => "missed paraphrase",
                _ => continue,
            };
            let (ia, ib) = (classic_intent(&a), classic_intent(&b));
            let bucket = match (ia, ib) {
                (0, 0) => 3,
                (0, _) | (_, 0) => 2,
                _ if ia == ib => 0,
                _ => 1,
            };
            counts.entry(kind).or_default()[bucket] += 1;
        }
        let name = pairs::name(&path);
        for (kind, c) in counts {
            println!("{name:12} {kind:17} {:11}  {:13}  {:8}  {:4}", c[0], c[1], c[2], c[3]);
        }
    }
}
