//! Tuning aid: the semantic stage's judge on every pair of one labelled file, without text:
//! line, label, probability (both orders averaged). Checks the Rust model against the
//! training script's scores (`scripts/semantic/lora_ce.py` writes them to run.json) and
//! measures its speed (stderr). May run on the files kept unread.
//!
//!     cargo run --release --example semantic_scores -- blind.tsv [MODEL_DIR] [LIMIT]

#[allow(dead_code)]
#[path = "common/pairs.rs"]
mod pairs;

use interview_pipeline::normalize::clusters::minilm::MiniLm;

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let file = args.first().map(String::as_str).unwrap_or("blind.tsv");
    let dir = std::path::PathBuf::from(args.get(1).map(String::as_str).unwrap_or("models/semantic"));
    let limit: usize = args.get(2).map_or(Ok(usize::MAX), |s| s.parse())?;
    let model = MiniLm::load(&dir)?;
    // A bare name is a labelled file; a path, any file of the same layout.
    let path = if file.contains('/') {
        file.into()
    } else {
        pairs::dir().join(file)
    };
    let text = std::fs::read_to_string(path)?;
    let pairs: Vec<pairs::Pair> = pairs::pairs(&text).take(limit).collect();
    let started = std::time::Instant::now();
    let asked: Vec<(&str, &str)> = pairs.iter().map(|p| (p.a, p.b)).collect();
    let scores = model.same_probability(&asked)?;
    let secs = started.elapsed().as_secs_f64();
    eprintln!(
        "{} pairs in {secs:.2} s: {:.1} pairs/s (both orders)",
        pairs.len(),
        pairs.len() as f64 / secs
    );
    println!("line\tlabel\tprobability");
    for (p, s) in pairs.iter().zip(scores) {
        println!("{}\t{}\t{s:.6}", p.line, p.label);
    }
    Ok(())
}
