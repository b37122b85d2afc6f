//! Tuning aid: the clusterer's decision on every labelled pair (pairwise mode), with the
//! classic question each wording words, and no text: file, line, label, same (1 or 0),
//! intent of a, intent of b. Read by `scripts/semantic/combine_with_lexical.py`; it may
//! run on the files kept unread.
//!
//!     cargo run --release --example pair_decisions > target/semantic/decisions.tsv

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
    println!("file\tline\tlabel\tsame\tintent_a\tintent_b");
    for path in files {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let text = std::fs::read_to_string(&path).expect("readable pairs file");
        for (i, line) in text.lines().enumerate().skip(1) {
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
            println!(
                "{name}\t{}\t{}\t{}\t{}\t{}",
                i + 1,
                f[0],
                u8::from(same),
                classic_intent(&a),
                classic_intent(&b)
            );
        }
    }
}
