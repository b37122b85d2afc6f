//! Tuning aid: how the clusterer compares two questions (similarity, classic questions).
//!
//!     cargo run --release --example compare_pair -- "Coin change" "Coin change II"
use interview_pipeline::normalize::clusters::compared;
use interview_pipeline::normalize::question::{clustering_text, question_text};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() != 2 {
        eprintln!("usage: cargo run --release --example compare_pair -- QUESTION QUESTION");
        std::process::exit(2);
    }
    let (a, b) = (
        clustering_text(&question_text(&args[0])),
        clustering_text(&question_text(&args[1])),
    );
    let (s, ia, ib) = compared(&a, &b);
    println!("{s:.3}  a {ia:?} {a:?}\n       b {ib:?} {b:?}");
}
