//! Tuning aid: which classic questions a wording is compared with, and why it words one or
//! none (similarity, whether it adds a subject word, whether it covers the listed wording).
//!
//!     cargo run --release --example classic_lookup -- "Design a messaging system such as WhatsApp"

use interview_pipeline::normalize::clusters::{classic_candidates, classic_intent};
use interview_pipeline::normalize::question::{clustering_text, question_text};

fn main() {
    for q in std::env::args().skip(1) {
        let normalized = clustering_text(&question_text(&q));
        println!(
            "{q}  →  {normalized:?}  words classic question {}",
            classic_intent(&normalized)
        );
        for (intent, listed, sim, adds, covers) in classic_candidates(&normalized) {
            println!("    [{intent}] {sim:.2} adds_subject={adds} covers={covers}  {listed}");
        }
    }
}
