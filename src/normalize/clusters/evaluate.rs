//! The clusterer measured on a user's hand-labelled question pairs (`interview-pipeline
//! pairs FILE`): precision and recall, as `tests/clustering.rs` and `tests/semantic.rs` report
//! them on `tests/fixtures/question_pairs/`, so anyone can check the clustering on questions
//! of their own field before trusting its question counts.
//!
//! The file is tab-separated, one pair a line, `label<TAB>question<TAB>question`, an optional
//! header line starting with `label`, `#` comments. Labels: `same-reworded` (the same subject
//! words, the frame reworded), `same-paraphrase` (other subject words), `same` (either),
//! `different` or `different-<anything>`. Two modes, as the tests: each pair through a fresh
//! clusterer (pairwise), and every pair of the file through one clusterer in file order (one
//! corpus, as an ingest meets them: other questions may pull a pair together or apart).

use super::semantic::{Judge, Semantic, Settings};
use super::Clusterer;
use crate::normalize::question::{clustering_text, question_text};
use anyhow::Result;
use std::sync::Arc;

/// What a labelled pair says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Label {
    Reworded,
    Paraphrase,
    /// `same`: one question, kind not said; counts in the recall over all same pairs only.
    Same,
    Different,
}

impl Label {
    fn parse(s: &str) -> Option<Label> {
        let s = s.trim().to_ascii_lowercase();
        match s.as_str() {
            "same-reworded" => Some(Label::Reworded),
            "same-paraphrase" => Some(Label::Paraphrase),
            "same" => Some(Label::Same),
            "different" => Some(Label::Different),
            _ if s.starts_with("different-") => Some(Label::Different),
            _ => None,
        }
    }
    pub fn same(self) -> bool {
        self != Label::Different
    }
    pub fn name(self) -> &'static str {
        match self {
            Label::Reworded => "same-reworded",
            Label::Paraphrase => "same-paraphrase",
            Label::Same => "same",
            Label::Different => "different",
        }
    }
}

#[derive(Debug, Clone)]
pub struct LabelledPair {
    /// 1-based line in the file.
    pub line: usize,
    pub label: Label,
    pub a: String,
    pub b: String,
}

/// A line that is not a pair, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadLine {
    pub line: usize,
    pub reason: String,
}

/// The pairs of a labelled file, and the lines that are not pairs.
pub fn parse(text: &str) -> (Vec<LabelledPair>, Vec<BadLine>) {
    let (mut pairs, mut bad) = (Vec::new(), Vec::new());
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim_end_matches('\r');
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        if i == 0 && line.to_ascii_lowercase().starts_with("label") {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        let reason = match fields.as_slice() {
            [label, a, b] => match Label::parse(label) {
                None => format!(
                    "label {:?} is none of same-reworded, same-paraphrase, same, different",
                    label.trim()
                ),
                Some(_) if a.trim().is_empty() || b.trim().is_empty() => "a question is empty".to_string(),
                Some(label) => {
                    pairs.push(LabelledPair {
                        line: i + 1,
                        label,
                        a: a.to_string(),
                        b: b.to_string(),
                    });
                    continue;
                }
            },
            _ => format!(
                "{} tab-separated fields, expected 3 (label, question, question)",
                fields.len()
            ),
        };
        bad.push(BadLine { line: i + 1, reason });
    }
    (pairs, bad)
}

/// How the pairs meet the clusterer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Pairwise,
    OneCorpus,
}

impl Mode {
    pub fn name(self) -> &'static str {
        match self {
            Mode::Pairwise => "pairwise",
            Mode::OneCorpus => "one_corpus",
        }
    }
}

/// Whether the clusterer (and the semantic stage, given its judge) put each pair together.
pub fn decide(pairs: &[LabelledPair], mode: Mode, judge: Option<&Arc<dyn Judge>>) -> Result<Vec<bool>> {
    let fresh = || {
        (
            Clusterer::default(),
            judge.map(|j| Semantic::new(Box::new(j.clone()), Settings::default())),
        )
    };
    let mut corpus = fresh();
    let mut out = Vec::with_capacity(pairs.len());
    for p in pairs {
        let mut alone;
        let (clusterer, semantic) = match mode {
            Mode::OneCorpus => (&mut corpus.0, &mut corpus.1),
            Mode::Pairwise => {
                alone = fresh();
                (&mut alone.0, &mut alone.1)
            }
        };
        out.push(together(clusterer, semantic.as_mut(), p)?);
    }
    Ok(out)
}

/// The pair's two questions, in order: the clusterer reads the folded key, the judge the
/// question as written (as `run` does).
fn together(clusterer: &mut Clusterer, semantic: Option<&mut Semantic>, p: &LabelledPair) -> Result<bool> {
    let texts = [question_text(&p.a), question_text(&p.b)];
    let keys = [clustering_text(&texts[0]), clustering_text(&texts[1])];
    let lexical = clusterer.assign_all(&[keys[0].as_str(), keys[1].as_str()]);
    let clusters = match semantic {
        Some(s) => s.settle(&lexical, &[texts[0].as_str(), texts[1].as_str()])?,
        None => lexical,
    };
    Ok(clusters[0] == clusters[1])
}

/// Counts over the pairs: a confusion matrix and the recall over each kind of same pair.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Measured {
    pub pairs: usize,
    pub true_merges: usize,
    pub false_merges: usize,
    pub missed: usize,
    pub kept_apart: usize,
    /// (found, labelled) over `same-reworded` pairs.
    pub reworded: (usize, usize),
    /// (found, labelled) over `same-paraphrase` pairs.
    pub paraphrase: (usize, usize),
}

impl Measured {
    pub fn of(pairs: &[LabelledPair], together: &[bool]) -> Measured {
        let mut m = Measured::default();
        for (p, &t) in pairs.iter().zip(together) {
            m.pairs += 1;
            match (p.label.same(), t) {
                (true, true) => m.true_merges += 1,
                (false, true) => m.false_merges += 1,
                (true, false) => m.missed += 1,
                (false, false) => m.kept_apart += 1,
            }
            let kind = match p.label {
                Label::Reworded => &mut m.reworded,
                Label::Paraphrase => &mut m.paraphrase,
                _ => continue,
            };
            kind.0 += usize::from(t);
            kind.1 += 1;
        }
        m
    }
    /// Of the pairs put together, the share labelled same (1 when none was put together).
    pub fn precision(&self) -> f64 {
        ratio(self.true_merges, self.true_merges + self.false_merges)
    }
    /// Of the same pairs, the share put together (1 when there is none).
    pub fn recall(&self) -> f64 {
        ratio(self.true_merges, self.true_merges + self.missed)
    }
}

/// `None`-free ratio for reports: an empty denominator reads 1 (nothing to get wrong), and
/// the counts beside it show there was nothing.
pub fn ratio(num: usize, den: usize) -> f64 {
    if den == 0 {
        1.0
    } else {
        num as f64 / den as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_labels_header_comments_and_names_bad_lines() {
        let text = "label\ta\tb\n\
                    same-reworded\tReverse a linked list\treverse a linked-list\n\
                    # a comment\n\
                    \n\
                    Same-Paraphrase\tWhy us?\tWhat draws you to this company?\r\n\
                    same\tQ1\tQ2\n\
                    different-random\tQ3\tQ4\n\
                    maybe\tQ5\tQ6\n\
                    different\tonly two fields\n\
                    different\t \tQ7\n";
        let (pairs, bad) = parse(text);
        let got: Vec<(usize, Label, &str)> = pairs.iter().map(|p| (p.line, p.label, p.b.as_str())).collect();
        assert_eq!(
            got,
            vec![
                (2, Label::Reworded, "reverse a linked-list"),
                (5, Label::Paraphrase, "What draws you to this company?"),
                (6, Label::Same, "Q2"),
                (7, Label::Different, "Q4"),
            ]
        );
        let lines: Vec<usize> = bad.iter().map(|b| b.line).collect();
        assert_eq!(lines, vec![8, 9, 10]);
        assert!(bad[0].reason.contains("\"maybe\""), "{}", bad[0].reason);
        assert!(bad[1].reason.starts_with("2 tab-separated fields"), "{}", bad[1].reason);
        assert_eq!(bad[2].reason, "a question is empty");
    }

    #[test]
    fn a_first_line_that_is_a_pair_is_not_taken_for_a_header() {
        let (pairs, bad) = parse("different\tTell me about yourself\tTell me about a time you failed\n");
        assert_eq!((pairs.len(), bad.len()), (1, 0));
    }

    #[test]
    fn measures_precision_and_recall_by_kind() {
        let pair = |label| LabelledPair {
            line: 1,
            label,
            a: String::new(),
            b: String::new(),
        };
        let pairs = [
            pair(Label::Reworded),
            pair(Label::Reworded),
            pair(Label::Paraphrase),
            pair(Label::Same),
            pair(Label::Different),
            pair(Label::Different),
        ];
        let m = Measured::of(&pairs, &[true, false, true, true, true, false]);
        assert_eq!((m.true_merges, m.false_merges, m.missed, m.kept_apart), (3, 1, 1, 1));
        assert_eq!((m.reworded, m.paraphrase), ((1, 2), (1, 1)));
        assert_eq!(m.precision(), 0.75);
        assert_eq!(m.recall(), 0.75);
    }

    #[test]
    fn both_modes_put_rewordings_together_and_keep_one_topic_apart() {
        // Lexically: the REST/SOAP wordings are one question (the example); the
        // linked-list and "tell me about" questions stay apart in either mode.
        let (pairs, bad) = parse(
            "same-reworded\tExplain the difference between REST and SOAP APIs.\tWhat's the difference between REST and SOAP?\n\
             different\tReverse a linked list\tDetect a cycle in a linked list\n\
             different\tTell me about yourself\tTell me about a time you failed\n",
        );
        assert!(bad.is_empty());
        for mode in [Mode::Pairwise, Mode::OneCorpus] {
            assert_eq!(
                decide(&pairs, mode, None).unwrap(),
                vec![true, false, false],
                "{mode:?}"
            );
        }
    }
}
