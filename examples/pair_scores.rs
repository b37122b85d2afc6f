//! Tuning aid for question clustering: the similarity of every labelled pair of a file and,
//! per threshold, precision over all pairs and recall over all `same-*` pairs and over the
//! rewordings (`same-reworded`).
//!
//!     cargo run --release --example pair_scores -- tests/fixtures/question_pairs/dev.tsv
//!     cargo run --release --example pair_scores -- tests/fixtures/question_pairs/dev.tsv list
//!
//! With `list`, every pair is printed with its score and the words compared, highest first.
//! With `tsv`, every pair in file order as `label<TAB>score` (for experiments in other tools).
//! Tune on dev.tsv only; holdout.tsv estimates questions not seen (docs/clustering.md).

use interview_pipeline::normalize::clusters::features::{similarity, Features};
use interview_pipeline::normalize::question::{clustering_text, question_text};

fn main() {
    let file = std::env::args().nth(1).expect("a pairs file");
    let text = std::fs::read_to_string(&file).expect("readable pairs file");
    let mut rows = vec![];
    for line in text.lines().skip(1) {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        let (a, b) = (
            clustering_text(&question_text(f[1])),
            clustering_text(&question_text(f[2])),
        );
        let (fa, fb) = (Features::of(&a), Features::of(&b));
        let show = |x: &Features| {
            x.words
                .iter()
                .map(|w| format!("{}:{}", w.text, w.weight))
                .collect::<Vec<_>>()
                .join(" ")
        };
        rows.push((
            similarity(&fa, &fb),
            f[0].to_string(),
            format!("{} || {}", show(&fa), show(&fb)),
        ));
    }
    let count = |keep: &dyn Fn(&(f32, String, String)) -> bool| rows.iter().filter(|r| keep(r)).count() as f32;
    for t in (30..95).map(|t| t as f32 / 100.0) {
        let tp = count(&|r| r.0 >= t && r.1.starts_with("same"));
        let fp = count(&|r| r.0 >= t && r.1 == "different");
        let fnn = count(&|r| r.0 < t && r.1.starts_with("same"));
        let reworded = count(&|r| r.0 >= t && r.1 == "same-reworded") / count(&|r| r.1 == "same-reworded").max(1.0);
        println!(
            "threshold {t:.2}: precision {:.3} recall {:.3} recall on rewordings {reworded:.3}",
            tp / (tp + fp).max(1.0),
            tp / (tp + fnn).max(1.0)
        );
    }
    if std::env::args().nth(2).as_deref() == Some("tsv") {
        for r in &rows {
            eprintln!("{}\t{}", r.1, r.0);
        }
    }
    if std::env::args().nth(2).as_deref() == Some("list") {
        rows.sort_by(|a, b| b.0.total_cmp(&a.0));
        for r in rows {
            println!("{:.2} {} {}", r.0, r.1, r.2);
        }
    }
}
