//! `pairs`: the question clustering measured on a file of hand-labelled pairs
//! ([`crate::normalize::clusters::evaluate`]), in both modes, with or without the semantic
//! stage: what `tests/clustering.rs` reports on the shipped pairs, for a user's own.

use super::ExitCode;
use crate::normalize::clusters::evaluate::{self, LabelledPair, Measured, Mode};
use anyhow::{Context, Result};
use std::fmt::Write as _;
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
pub struct PairsArgs {
    /// Labelled pairs, tab-separated: `label<TAB>question<TAB>question`, labels
    /// same-reworded, same-paraphrase, same, different (the format of
    /// tests/fixtures/question_pairs/*.tsv).
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// With the semantic stage, as `run --semantic` clusters.
    #[arg(long)]
    pub semantic: bool,
    /// Folder of the semantic stage's model (as `ingest --semantic-model`).
    #[arg(long, default_value = "models/semantic", value_name = "DIR")]
    pub semantic_model: PathBuf,
    /// Also write each pair's decisions (line, label, pairwise, one_corpus; no question
    /// text) to this CSV.
    #[arg(long, value_name = "FILE")]
    pub decisions: Option<PathBuf>,
}

/// Prints one line per mode (stdout, tab-separated); exit 1 when some line of the file is not
/// a pair (each named on stderr with its line and reason), 0 otherwise.
pub fn run(args: &PairsArgs, quiet: bool) -> Result<ExitCode> {
    let text = std::fs::read_to_string(&args.file).with_context(|| format!("reading {}", args.file.display()))?;
    let (pairs, bad) = evaluate::parse(&text);
    for b in &bad {
        eprintln!("{}:{}: not a labelled pair: {}", args.file.display(), b.line, b.reason);
    }
    let judge = match args.semantic {
        true => Some(crate::normalize::clusters::semantic::load_judge(&args.semantic_model)?),
        false => None,
    };
    let modes = [Mode::Pairwise, Mode::OneCorpus];
    let mut decided = Vec::with_capacity(modes.len());
    for mode in modes {
        decided.push(evaluate::decide(&pairs, mode, judge.as_ref())?);
    }
    if let Some(path) = &args.decisions {
        crate::store::atomic::write(path, decisions_csv(&pairs, &decided[0], &decided[1]).as_bytes())?;
    }
    print!(
        "{}",
        table(modes.iter().zip(&decided).map(|(m, d)| (*m, Measured::of(&pairs, d))))
    );
    if !quiet && !bad.is_empty() {
        eprintln!("{} of the file's lines are not pairs and were not measured", bad.len());
    }
    Ok(if bad.is_empty() {
        ExitCode::Clean
    } else {
        ExitCode::Quarantined
    })
}

/// The report: a header, then per mode the pairs, precision, recall over all same pairs and
/// by kind, and the confusion counts.
fn table(rows: impl Iterator<Item = (Mode, Measured)>) -> String {
    let mut out = String::from(
        "mode\tpairs\tprecision\trecall\trecall_reworded\trecall_paraphrase\ttrue_merges\tfalse_merges\tmissed\tkept_apart\n",
    );
    // A share of nothing (no pair put together, no pair of a kind) is unknown: "-", not 1.
    let share = |found: usize, of: usize| match of {
        0 => "-".to_string(),
        _ => format!("{:.3}", evaluate::ratio(found, of)),
    };
    for (mode, m) in rows {
        let _ = writeln!(
            out,
            "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
            mode.name(),
            m.pairs,
            share(m.true_merges, m.true_merges + m.false_merges),
            share(m.true_merges, m.true_merges + m.missed),
            share(m.reworded.0, m.reworded.1),
            share(m.paraphrase.0, m.paraphrase.1),
            m.true_merges,
            m.false_merges,
            m.missed,
            m.kept_apart
        );
    }
    out
}

fn decisions_csv(pairs: &[LabelledPair], pairwise: &[bool], corpus: &[bool]) -> String {
    let mut out = String::from("line,label,pairwise,one_corpus\n");
    for ((p, a), b) in pairs.iter().zip(pairwise).zip(corpus) {
        let _ = writeln!(out, "{},{},{},{}", p.line, p.label.name(), a, b);
    }
    out
}
