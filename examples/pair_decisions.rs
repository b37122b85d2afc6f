//! Tuning aid: the clusterer's decision on every labelled pair (pairwise mode), with the
//! classic question each wording words, and no text: file, line, label, same (1 or 0),
//! intent of a, intent of b. Read by `scripts/semantic/combine_with_lexical.py`; it may
//! run on the files kept unread.
//!
//!     cargo run --release --example pair_decisions > target/semantic/decisions.tsv

#[allow(dead_code)]
#[path = "common/pairs.rs"]
mod pairs;

use interview_pipeline::normalize::clusters::classic_intent;
use pairs::normalized;

fn main() {
    println!("file\tline\tlabel\tsame\tintent_a\tintent_b");
    for path in pairs::files() {
        let name = pairs::name(&path);
        let text = std::fs::read_to_string(&path).expect("readable pairs file");
        for pair in pairs::pairs(&text) {
            let (a, b) = (normalized(pair.a), normalized(pair.b));
            println!(
                "{name}\t{}\t{}\t{}\t{}\t{}",
                pair.line,
                pair.label,
                u8::from(pairs::merged(&a, &b)),
                classic_intent(&a),
                classic_intent(&b)
            );
        }
    }
}
