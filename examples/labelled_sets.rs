//! Tuning aid: pairwise precision and recall of every labelled set in
//! `tests/fixtures/question_pairs/` in one run (the floors live in `tests/clustering.rs`).
//!
//!     cargo run --release --example labelled_sets
//!
//! Prints one line per file: precision over all pairs, recall over rewordings and over
//! paraphrases, and the counts of wrong pairs of each kind. Files named as arguments
//! (`dev.tsv`) also list their wrong pairs (missed paraphrases too with `PARAPHRASES=1`); a
//! set kept unread is only ever summarized.

#[allow(dead_code)]
#[path = "common/pairs.rs"]
mod pairs;

use interview_pipeline::normalize::clusters::classic_intent;
use pairs::normalized;

fn main() {
    let listed: Vec<String> = std::env::args().skip(1).collect();
    for path in pairs::files() {
        let text = std::fs::read_to_string(&path).expect("readable pairs file");
        let name = pairs::name(&path);
        let (mut tp, mut fp, mut rew, mut rew_hit, mut para, mut para_hit) = (0, 0, 0, 0, 0, 0);
        for pair in pairs::pairs(&text) {
            let f = [pair.label, pair.a, pair.b];
            let same = pairs::merged(&normalized(f[1]), &normalized(f[2]));
            if listed.contains(&name)
                && (f[0] == "different") == same
                && (f[0] != "same-paraphrase" || std::env::var_os("PARAPHRASES").is_some())
            {
                let intent = |q: &str| classic_intent(&normalized(q));
                if std::env::var_os("INTENTS").is_some() {
                    println!(
                        "  {name} {} | {} [{}] | {} [{}]",
                        f[0],
                        f[1],
                        intent(f[1]),
                        f[2],
                        intent(f[2])
                    );
                } else {
                    println!("  {name} {} | {} | {}", f[0], f[1], f[2]);
                }
            }
            match (f[0], same) {
                ("different", true) => fp += 1,
                ("same-reworded", s) => {
                    rew += 1;
                    rew_hit += usize::from(s);
                    tp += usize::from(s);
                }
                ("same-paraphrase", s) => {
                    para += 1;
                    para_hit += usize::from(s);
                    tp += usize::from(s);
                }
                _ => {}
            }
        }
        let ratio = |a: usize, b: usize| a as f64 / b.max(1) as f64;
        println!(
            "{:<12} precision {:.3}  rewordings {:.3}  paraphrases {:.3}  (merged {fp}, missed rewordings {}, missed paraphrases {})",
            name,
            ratio(tp, tp + fp),
            ratio(rew_hit, rew),
            ratio(para_hit, para),
            rew - rew_hit,
            para - para_hit
        );
    }
}
