//! Tuning aid: the pairs each labelled set gets wrong, counted by the classic questions
//! their two wordings word (both the same, both but different, one, none). Counts only, so
//! it may run on the files kept unread.
//!
//!     cargo run --release --example missed_by_intent

use interview_pipeline::normalize::clusters::{classic_intent, Clusterer};
use interview_pipeline::normalize::question::{clustering_text, question_text};

fn main() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/question_pairs");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("pairs directory")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "tsv"))
        .collect();
    files.sort();
    println!("file         kind              same-intent  other-intents  one-side  none");
    for path in files {
        let text = std::fs::read_to_string(&path).expect("readable pairs file");
        let mut counts: std::collections::BTreeMap<&str, [usize; 4]> = Default::default();
        for line in text.lines().skip(1) {
            let f: Vec<&str> = line.split('\t').collect();
            if line.starts_with('#') || f.len() != 3 {
                continue;
            }
            let (a, b) = (
                clustering_text(&question_text(f[1])),
                clustering_text(&question_text(f[2])),
            );
            let mut clusterer = Clusterer::default();
            let first = clusterer.assign(&a).to_string();
            let same = clusterer.assign(&b) == first;
            let kind = match (f[0], same) {
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
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        for (kind, c) in counts {
            println!("{name:12} {kind:17} {:11}  {:13}  {:8}  {:4}", c[0], c[1], c[2], c[3]);
        }
    }
}
