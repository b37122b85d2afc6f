//! Tuning aid: the clusterer's clusters when every question of a pair file goes through one
//! clusterer in file order (the "one corpus" mode of `tests/clustering.rs`), with no text:
//! file, line, label, the cluster of a, the cluster of b. Read by
//! `scripts/semantic/sim_corpus.py`, which adds a trained model's merges on top; it may run
//! on the files kept unread.
//!
//!     cargo run --release --example corpus_clusters > target/semantic/corpus_clusters.tsv

#[allow(dead_code)]
#[path = "common/pairs.rs"]
mod pairs;

use interview_pipeline::normalize::clusters::Clusterer;
use pairs::normalized;

fn main() {
    println!("file\tline\tlabel\tcluster_a\tcluster_b");
    for path in pairs::files() {
        let name = pairs::name(&path);
        let text = std::fs::read_to_string(&path).expect("readable pairs file");
        let mut clusterer = Clusterer::default();
        for pair in pairs::pairs(&text) {
            let a = clusterer.assign(&normalized(pair.a)).to_string();
            let b = clusterer.assign(&normalized(pair.b)).to_string();
            println!("{name}\t{}\t{}\t{a}\t{b}", pair.line, pair.label);
        }
    }
}
