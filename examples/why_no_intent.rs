use interview_pipeline::normalize::clusters::{classic_candidates, classic_intent, Clusterer};
use interview_pipeline::normalize::question::{normalize_question, question_text};
fn main() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/question_pairs");
    let mut counts = std::collections::BTreeMap::new();
    for name in std::env::args().skip(1) {
        let text = std::fs::read_to_string(dir.join(&name)).unwrap();
        for line in text.lines().skip(1) {
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() != 3 || !f[0].starts_with("same") {
                continue;
            }
            let (a, b) = (
                normalize_question(&question_text(f[1])),
                normalize_question(&question_text(f[2])),
            );
            let mut c = Clusterer::default();
            let ca = c.assign(&a).to_string();
            if c.assign(&b) == ca {
                continue;
            }
            let (ia, ib) = (classic_intent(&a), classic_intent(&b));
            if (ia == 0) == (ib == 0) {
                continue;
            }
            let (mapped, other, intent) = if ia != 0 { (f[1], &b, ia) } else { (f[2], &a, ib) };
            let cands: Vec<_> = classic_candidates(other)
                .into_iter()
                .filter(|c| c.0 == intent)
                .collect();
            let why = if cands.is_empty() {
                "not a candidate"
            } else if cands.iter().all(|c| c.2 < 0.5) {
                "similarity < 0.5"
            } else if cands.iter().filter(|c| c.2 >= 0.5).all(|c| c.3) {
                "adds subject"
            } else {
                "does not cover"
            };
            *counts.entry(why).or_insert(0) += 1;
            let best = cands.iter().max_by(|x, y| x.2.total_cmp(&y.2));
            println!(
                "{why:16} | {mapped} | {other} | best {:?}",
                best.map(|c| (c.2, c.3, c.4, c.1.clone()))
            );
        }
    }
    println!("{counts:?}");
}
