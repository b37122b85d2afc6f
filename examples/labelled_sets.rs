//! Tuning aid: pairwise precision and recall of every labelled set in
//! `tests/fixtures/question_pairs/` in one run (the floors live in `tests/clustering.rs`).
//!
//!     cargo run --release --example labelled_sets
//!
//! Prints one line per file: precision over all pairs, recall over rewordings and over
//! paraphrases, and the counts of wrong pairs of each kind. Files named as arguments
//! (`dev.tsv`) also list their wrong pairs (missed paraphrases too with `PARAPHRASES=1`); a
//! set kept unread is only ever summarized.

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
    let listed: Vec<String> = std::env::args().skip(1).collect();
    for path in files {
        let text = std::fs::read_to_string(&path).expect("readable pairs file");
        let (mut tp, mut fp, mut rew, mut rew_hit, mut para, mut para_hit) = (0, 0, 0, 0, 0, 0);
        for line in text.lines().skip(1) {
            let f: Vec<&str> = line.split('\t').collect();
            if line.starts_with('#') || f.len() != 3 {
                continue;
            }
            let mut clusterer = Clusterer::default();
            let a = clusterer.assign(&clustering_text(&question_text(f[1]))).to_string();
            let same = clusterer.assign(&clustering_text(&question_text(f[2]))) == a;
            let name = path.file_name().unwrap().to_string_lossy();
            if listed.iter().any(|l| *l == name)
                && (f[0] == "different") == same
                && (f[0] != "same-paraphrase" || std::env::var_os("PARAPHRASES").is_some())
            {
                let intent = |q: &str| classic_intent(&clustering_text(&question_text(q)));
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
            path.file_name().unwrap().to_string_lossy(),
            ratio(tp, tp + fp),
            ratio(rew_hit, rew),
            ratio(para_hit, para),
            rew - rew_hit,
            para - para_hit
        );
    }
}
