//! Tuning aid: pairs of classic-question entries that may be one question (a wording of one
//! close to a wording of the other, adding no subject either way): each question belongs in
//! one entry, since two entries' wordings are kept apart.
//!
//!     cargo run --release --example classic_overlaps

use interview_pipeline::normalize::clusters::classics;
use interview_pipeline::normalize::clusters::features::{adds_subject, similarity, Features};

fn main() {
    let groups = classics::groups();
    let feats: Vec<Vec<Features>> = groups
        .iter()
        .map(|g| g.iter().map(|q| Features::of(q)).collect())
        .collect();
    let mut found = Vec::new();
    for i in 0..groups.len() {
        for j in i + 1..groups.len() {
            let mut best: Option<(f32, usize, usize)> = None;
            for (x, fx) in feats[i].iter().enumerate() {
                for (y, fy) in feats[j].iter().enumerate() {
                    let s = similarity(fx, fy);
                    if s >= 0.5 && !adds_subject(fx, fy) && !adds_subject(fy, fx) && best.is_none_or(|b| s > b.0) {
                        best = Some((s, x, y));
                    }
                }
            }
            if let Some((s, x, y)) = best {
                found.push((s, i + 1, j + 1, groups[i][x].clone(), groups[j][y].clone()));
            }
        }
    }
    found.sort_by(|a, b| b.0.total_cmp(&a.0));
    for (s, i, j, a, b) in &found {
        println!("{s:.2} [{i}] {a} | [{j}] {b}");
    }
    eprintln!("{} pairs of entries", found.len());
}
