//! The classic questions as pooled word vectors: each question's listed wordings
//! ([`super::classics`]) summed into one vector of words weighted by how rare they are among
//! the questions (tf-idf). A wording that no single listed wording is close enough to may
//! still word a question whose wordings together say what it says: "Given an elevation map
//! of bar heights, compute how much water it can trap after raining" is no listed wording
//! of "Trapping rain water", and the closest one is below [`super::INTENT_THRESHOLD`], but
//! its words are that question's words, spread over its wordings (`elevation`, `bar`,
//! `height`, `trap`, `rain`, each said by some). Found on the labelled pairs: of the pairs missed
//! where one wording words a classic question (`examples/why_no_intent.rs`), most missed
//! because no single listed wording was similar enough.
//!
//! Pooling blurs siblings that one question's wordings name together ("SLI vs SLO vs SLA",
//! "collisions and resizing" of a hash map), so a wording words a question this way only
//! when every subject word it says is said by that question's wordings, it says the words
//! most of them say ([`CORE_SHARE`]) and its weight is mostly theirs
//! ([`CENTROID_COVERAGE`]); and two wordings of one question, one worded this way, are
//! still two when they are a minimal pair (`features::pooled_intent_holds`).

use super::features::Features;
use std::collections::HashMap;

/// The cosine of a wording's words and a question's pooled words from which it may word the
/// question. Measured on the labelled pairs read (docs/clustering.md).
pub const CENTROID_THRESHOLD: f32 = 0.3;
/// The share of a wording's word weight that the question's wordings must say, and the share
/// of the question's core words the wording must say.
pub const CENTROID_COVERAGE: f32 = 0.8;
/// How far the question's pooled words must score above the next question's: "What is a
/// linked list?" scores about as high with each linked-list problem ("Reverse a linked
/// list", "Detect a cycle …") and words none of them. 0.03 kept that off at the least cost
/// on the labelled pairs read (recall over their same pairs 0.715 → 0.712; 0.1 cost 0.010).
pub const CENTROID_MARGIN: f32 = 0.03;
/// A question's core words: said by this share of its wordings or more.
pub const CORE_SHARE: f32 = 0.8;
/// A wording words a question by its pooled wordings only with this many subject words the
/// question's wordings say: "What is differentiation in teaching?" says one (`teach`), and
/// its pooled question was "What is your teaching philosophy?".
pub const MIN_SUBJECT_WORDS: usize = 2;

pub struct Centroids {
    /// Word → its rarity among the questions and, by question number, its weight in that
    /// question's unit vector.
    words: HashMap<Box<str>, Pooled>,
    /// Per question number (from 1; 0 unused): its core words and their weights (share of
    /// wordings × rarity).
    core: Vec<Vec<(Box<str>, f32)>>,
    /// The rarity of a word no question says.
    unseen_idf: f32,
}

struct Pooled {
    idf: f32,
    /// By question number.
    postings: Vec<Posting>,
}

/// (question number, the word's weight in that question's unit vector).
type Posting = (u16, f32);

/// Whether question `q`'s wordings say the word of `postings`.
fn says(postings: &[Posting], q: u16) -> bool {
    postings.binary_search_by_key(&q, |s| s.0).is_ok()
}

impl Centroids {
    /// The pooled vectors of the listed wordings, each with its question number.
    pub fn of(wordings: &[(Features, u16)]) -> Centroids {
        let questions = wordings.iter().map(|w| usize::from(w.1)).max().unwrap_or(0);
        // Per question: how many wordings, and per word the summed weight and the wordings
        // that say it.
        let mut sizes = vec![0usize; questions + 1];
        let mut said: Vec<HashMap<&str, (f32, usize)>> = vec![HashMap::new(); questions + 1];
        for (features, q) in wordings {
            let q = usize::from(*q);
            sizes[q] += 1;
            for (word, weight) in unique_words(features) {
                let entry = said[q].entry(word).or_insert((0.0, 0));
                entry.0 += weight;
                entry.1 += 1;
            }
        }
        let mut document_frequency: HashMap<&str, usize> = HashMap::new();
        for words in &said {
            for &w in words.keys() {
                *document_frequency.entry(w).or_default() += 1;
            }
        }
        let idf = |df: usize| ((questions as f32 + 1.0) / (df as f32 + 0.5)).ln();
        let mut centroids = Centroids {
            words: HashMap::new(),
            core: vec![Vec::new(); questions + 1],
            unseen_idf: idf(0),
        };
        for (q, words) in said.iter().enumerate().filter(|(q, _)| sizes[*q] > 0) {
            let n = sizes[q] as f32;
            let mut vector: Vec<(&str, f32)> = words
                .iter()
                .map(|(&w, &(sum, _))| (w, sum / n * idf(document_frequency[w])))
                .collect();
            vector.sort_unstable_by(|a, b| a.0.cmp(b.0));
            let norm = vector.iter().map(|(_, x)| x * x).sum::<f32>().sqrt().max(1e-9);
            for (w, x) in vector {
                let pooled = centroids.words.entry(w.into()).or_insert_with(|| Pooled {
                    idf: idf(document_frequency[w]),
                    postings: Vec::new(),
                });
                pooled.postings.push((q as u16, x / norm));
            }
            let mut core: Vec<(Box<str>, f32)> = words
                .iter()
                .filter(|(_, &(_, count))| count as f32 / n >= CORE_SHARE)
                .map(|(&w, &(_, count))| (w.into(), count as f32 / n * idf(document_frequency[w])))
                .collect();
            core.sort_unstable_by(|a, b| a.0.cmp(&b.0));
            centroids.core[q] = core;
        }
        centroids
    }

    /// The classic question whose pooled words a wording says ([`CENTROID_THRESHOLD`],
    /// [`CENTROID_MARGIN`], [`CENTROID_COVERAGE`]), 0 for none.
    pub fn intent_of(&self, features: &Features) -> u16 {
        let Some(subjects) = self.subject_postings(features) else {
            return 0;
        };
        let possible = |q: u16| subjects.iter().all(|p| says(p, q));
        if !subjects[0].iter().any(|&(q, _)| possible(q)) {
            return 0;
        }
        let query: Vec<(&str, f32)> = unique_words(features)
            .into_iter()
            .map(|(w, weight)| (w, weight * self.words.get(w).map_or(self.unseen_idf, |p| p.idf)))
            .collect();
        match self.closest(&query) {
            Some((q, score, next))
                if score >= CENTROID_THRESHOLD
                    && score - next >= CENTROID_MARGIN
                    && possible(q)
                    && self.covers(&query, q) =>
            {
                q
            }
            _ => 0,
        }
    }

    /// Whether question `q`'s wordings say every subject word of a wording (as
    /// [`Centroids::intent_of`] asks of a wording it pools).
    pub fn says_all(&self, features: &Features, q: u16) -> bool {
        features
            .words
            .iter()
            .filter(|w| w.weight >= 1.0 && !w.optional)
            .all(|w| self.words.get(&*w.text).is_some_and(|p| says(&p.postings, q)))
    }

    /// The postings of a wording's subject words, shortest first; `None` when one is said by
    /// no question's wordings or there are fewer than [`MIN_SUBJECT_WORDS`]. It may word
    /// only a question whose wordings say all its subject words ("Tell me about a time you
    /// built a team under a tight deadline" is not "… worked under a tight deadline", whose
    /// wordings say no `team`), and most wordings of a large corpus have a word no question
    /// says: looked at first, that spares scoring them.
    fn subject_postings(&self, features: &Features) -> Option<smallvec::SmallVec<[&[Posting]; 8]>> {
        let mut subjects: smallvec::SmallVec<[&[Posting]; 8]> = smallvec::SmallVec::new();
        for w in features
            .words
            .iter()
            .filter(|w| w.weight >= 1.0 && !w.optional && !w.elaboration)
        {
            subjects.push(&self.words.get(&*w.text)?.postings);
        }
        if subjects.len() < MIN_SUBJECT_WORDS {
            return None;
        }
        subjects.sort_unstable_by_key(|postings| postings.len());
        Some(subjects)
    }

    /// The question whose pooled vector is closest to the query's (cosine), its cosine and
    /// the next question's; on a tie the lower question number. Every question counts, also
    /// those the wording cannot word ([`Centroids::intent_of`] then words none): a wording
    /// closer to a question whose wordings lack one of its words is no safe guess.
    fn closest(&self, query: &[(&str, f32)]) -> Option<(u16, f32, f32)> {
        let norm = query.iter().map(|(_, x)| x * x).sum::<f32>().sqrt().max(1e-9);
        let mut scores: Vec<(u16, f32)> = query
            .iter()
            .filter_map(|(w, x)| self.words.get(*w).map(|p| (x, p)))
            .flat_map(|(x, p)| p.postings.iter().map(move |&(q, y)| (q, x / norm * y)))
            .collect();
        scores.sort_unstable_by_key(|s| s.0);
        let mut best: Option<(u16, f32)> = None;
        let mut next = 0.0f32;
        for run in scores.chunk_by(|a, b| a.0 == b.0) {
            let score: f32 = run.iter().map(|s| s.1).sum();
            match best {
                Some((_, b)) if score <= b => next = next.max(score),
                _ => {
                    next = next.max(best.map_or(0.0, |b| b.1));
                    best = Some((run[0].0, score));
                }
            }
        }
        best.map(|(q, score)| (q, score, next))
    }

    /// Whether question `q`'s wordings say most of the wording's weight, and the wording says
    /// most of the question's core words.
    fn covers(&self, query: &[(&str, f32)], q: u16) -> bool {
        let total: f32 = query.iter().map(|(_, x)| x).sum();
        let said: f32 = query
            .iter()
            .filter(|(w, _)| self.words.get(*w).is_some_and(|p| says(&p.postings, q)))
            .map(|(_, x)| x)
            .sum();
        let core = &self.core[usize::from(q)];
        let core_total: f32 = core.iter().map(|(_, x)| x).sum();
        let core_said: f32 = core
            .iter()
            .filter(|(w, _)| query.iter().any(|(v, _)| *v == &**w))
            .map(|(_, x)| x)
            .sum();
        let core_share = if core_total > 0.0 { core_said / core_total } else { 1.0 };
        said / total.max(1e-9) >= CENTROID_COVERAGE && core_share >= CENTROID_COVERAGE
    }
}

/// A wording's words, each once at its highest weight.
fn unique_words(features: &Features) -> Vec<(&str, f32)> {
    let mut words: Vec<(&str, f32)> = features.words.iter().map(|w| (&*w.text, w.weight)).collect();
    words.sort_unstable_by(|a, b| a.0.cmp(b.0).then(b.1.total_cmp(&a.1)));
    words.dedup_by(|a, b| a.0 == b.0);
    words
}
