//! Writes a deterministic benchmark corpus and the aggregates the pipeline must produce on it.
//!
//! ```sh
//! cargo run --release --example gen_corpus -- --pages 20000 --out corpus-20k
//! cargo run --release -- run --raw corpus-20k/raw --processed corpus-20k/processed --reports corpus-20k/reports
//! ```
//! `corpus-20k/expected/*.csv` then holds the aggregates to compare with `reports/`.

mod corpus;

use std::path::PathBuf;

fn main() {
    let mut opts = corpus::Options::default();
    let mut out = PathBuf::from("corpus");
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let value = args.next();
        match (a.as_str(), value) {
            ("--pages", Some(v)) => opts.pages = v.parse().unwrap_or_else(|_| usage("--pages takes a number")),
            ("--seed", Some(v)) => opts.seed = v.parse().unwrap_or_else(|_| usage("--seed takes a number")),
            ("--html-percent", Some(v)) => {
                opts.html_percent = v.parse().unwrap_or_else(|_| usage("--html-percent takes 0-100"))
            }
            ("--out", Some(v)) => out = PathBuf::from(v),
            _ => usage(&format!("unknown argument {a}")),
        }
    }
    let started = std::time::Instant::now();
    match corpus::generate(opts, &out) {
        Ok(s) => eprintln!(
            "wrote {} files ({:.1} MB: {:.1} MB text, {:.1} MB HTML) with {} experiences, {} questions, {} salaries to {} in {:.1} s",
            s.files,
            s.bytes as f64 / 1e6,
            s.text_bytes as f64 / 1e6,
            s.html_bytes as f64 / 1e6,
            s.experiences,
            s.questions,
            s.salaries,
            out.display(),
            started.elapsed().as_secs_f64()
        ),
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(2);
        }
    }
}

fn usage(msg: &str) -> ! {
    eprintln!("error: {msg}\nusage: gen_corpus [--pages N] [--seed N] [--html-percent P] [--out DIR]");
    std::process::exit(2);
}
