//! The semantic stage: a trained judge for the paraphrases the lexical clusterer cannot see
//! ("How do you handle a disagreement with your manager?" / "Tell me about a time you pushed
//! back on your boss." share no word but the pronoun). Switched on by `run --semantic`.
//!
//! It runs after the lexical clusterer, online and in the same order, so a question's
//! cluster is final when it is met, as without it: when the clusterer starts a new cluster
//! for a wording, the stage looks at that wording's nearest earlier wordings (sentence
//! embeddings), and the wording's cluster follows the nearest wordings' cluster whose first
//! [`Settings::compared`] members the judge scores, on average, at [`Settings::threshold`]
//! or more (the highest such average wins). Every later wording of the lexical cluster
//! follows too. Averaging over a cluster's first members, rather than trusting one
//! neighbour, keeps one loose pair from chaining two questions together (measured in
//! docs/clustering.md, "The semantic stage").
//!
//! The judge is a trait so the stage is tested without a model; the model is
//! [`super::minilm::MiniLm`].

use anyhow::Result;
use std::collections::HashMap;

/// What the stage needs from a model.
pub trait Judge: Send + Sync {
    /// One unit-length embedding per text; neighbours are the highest dot products.
    fn embed(&self, texts: &[&str]) -> Result<Vec<Vec<f32>>>;
    /// The probability that each pair asks one question, symmetric.
    fn same_probability(&self, pairs: &[(&str, &str)]) -> Result<Vec<f32>>;
}

/// One model shared by several stages (the labelled pairs' check runs a stage per pair).
impl<J: Judge + ?Sized> Judge for std::sync::Arc<J> {
    fn embed(&self, texts: &[&str]) -> Result<Vec<Vec<f32>>> {
        (**self).embed(texts)
    }
    fn same_probability(&self, pairs: &[(&str, &str)]) -> Result<Vec<f32>> {
        (**self).same_probability(pairs)
    }
}

/// The stage's documented settings, picked on the held-out labelled files
/// (docs/clustering.md, "The semantic stage").
#[derive(Debug, Clone, Copy)]
pub struct Settings {
    /// Nearest earlier wordings whose clusters are candidates.
    pub neighbours: usize,
    /// A cluster's first members the new wording is scored against.
    pub compared: usize,
    /// The lowest mean probability that joins.
    pub threshold: f32,
}

impl Default for Settings {
    fn default() -> Self {
        // Picked on VAL among 1–5 neighbours, 2–8 members, mean / best-two / best linkage and
        // thresholds 0.4–0.98 (docs/clustering.md): more neighbours only add wrong joins.
        Settings {
            neighbours: 1,
            compared: 8,
            threshold: 0.5,
        }
    }
}

/// The stage's state over a run.
pub struct Semantic {
    judge: Box<dyn Judge>,
    settings: Settings,
    /// Lexical cluster → the cluster it follows (itself when the judge joined it to none).
    follow: HashMap<u32, u32>,
    /// Distinct wordings met, in order, with their cluster (after following).
    wordings: Vec<(Box<str>, u32)>,
    known: std::collections::HashSet<Box<str>>,
    /// Their embeddings, row after row.
    embeddings: Vec<f32>,
    dim: usize,
    /// Cluster → its first `compared` wordings (indexes into `wordings`).
    first_members: HashMap<u32, Vec<u32>>,
    /// Pairs the judge scored, for the data-quality counts.
    pub scored_pairs: usize,
    /// Lexical clusters the judge joined to an earlier cluster.
    pub joined: usize,
}

impl Semantic {
    pub fn new(judge: Box<dyn Judge>, settings: Settings) -> Semantic {
        Semantic {
            judge,
            settings,
            follow: HashMap::new(),
            wordings: Vec::new(),
            known: std::collections::HashSet::new(),
            embeddings: Vec::new(),
            dim: 0,
            first_members: HashMap::new(),
            scored_pairs: 0,
            joined: 0,
        }
    }

    /// The clusters of a batch of questions, in order, given their lexical clusters and
    /// their text as the judge reads it (the question as written, not the folded key: the
    /// model was trained on questions as written).
    pub fn settle(&mut self, lexical: &[u32], texts: &[&str]) -> Result<Vec<u32>> {
        debug_assert_eq!(lexical.len(), texts.len());
        // New distinct wordings are embedded together, before any is settled.
        let mut new: Vec<&str> = Vec::new();
        let mut queued = std::collections::HashSet::new();
        for &t in texts {
            if !self.known.contains(t) && queued.insert(t) {
                new.push(t);
            }
        }
        let embedded = self.judge.embed(&new)?;
        let mut fresh: HashMap<&str, Vec<f32>> = new.iter().copied().zip(embedded).collect();
        let mut out = Vec::with_capacity(texts.len());
        for (&lexical_cluster, &text) in lexical.iter().zip(texts) {
            // A wording's first occurrence takes its embedding; repeats find it known.
            let vector = fresh.remove(text);
            let cluster = match self.follow.get(&lexical_cluster) {
                Some(&c) => c,
                None => {
                    let target = match &vector {
                        Some(v) => self.nearest_cluster(text, v)?,
                        None => None,
                    };
                    let c = target.unwrap_or(lexical_cluster);
                    if c != lexical_cluster {
                        self.joined += 1;
                    }
                    self.follow.insert(lexical_cluster, c);
                    c
                }
            };
            if let Some(v) = vector {
                self.add_wording(text, v, cluster);
            }
            out.push(cluster);
        }
        Ok(out)
    }

    /// The earlier cluster a wording that starts a lexical cluster should follow, if any.
    fn nearest_cluster(&mut self, text: &str, vector: &[f32]) -> Result<Option<u32>> {
        let candidates = self.neighbour_clusters(vector);
        let mut best: Option<(f32, u32)> = None;
        for cluster in candidates {
            let members = &self.first_members[&cluster];
            let pairs: Vec<(&str, &str)> = members.iter().map(|&m| (text, &*self.wordings[m as usize].0)).collect();
            let scores = self.judge.same_probability(&pairs)?;
            self.scored_pairs += pairs.len();
            let mean = scores.iter().sum::<f32>() / scores.len().max(1) as f32;
            if mean >= self.settings.threshold && best.is_none_or(|(b, _)| mean > b) {
                best = Some((mean, cluster));
            }
        }
        Ok(best.map(|(_, c)| c))
    }

    /// The clusters of the `neighbours` wordings nearest to `vector`, nearest first, each
    /// once; ties go to the earlier wording.
    fn neighbour_clusters(&self, vector: &[f32]) -> Vec<u32> {
        let k = self.settings.neighbours;
        if k == 0 || self.dim == 0 {
            return Vec::new();
        }
        let mut nearest: Vec<(f32, usize)> = Vec::with_capacity(k + 1);
        for (i, row) in self.embeddings.chunks_exact(self.dim).enumerate() {
            let s: f32 = row.iter().zip(vector).map(|(a, b)| a * b).sum();
            if nearest.len() < k || s > nearest[nearest.len() - 1].0 {
                let at = nearest.partition_point(|&(t, _)| t >= s);
                nearest.insert(at, (s, i));
                nearest.truncate(k);
            }
        }
        let mut clusters = Vec::with_capacity(k);
        for (_, i) in nearest {
            let c = self.wordings[i].1;
            if !clusters.contains(&c) {
                clusters.push(c);
            }
        }
        clusters
    }

    fn add_wording(&mut self, text: &str, vector: Vec<f32>, cluster: u32) {
        let index = self.wordings.len() as u32;
        self.wordings.push((text.into(), cluster));
        self.known.insert(text.into());
        if self.dim == 0 {
            self.dim = vector.len();
        }
        self.embeddings.extend(vector);
        let first = self.first_members.entry(cluster).or_default();
        if first.len() < self.settings.compared {
            first.push(index);
        }
    }
}

/// The stage with the shipped model of `dir` ([`super::minilm::MiniLm::load`]) and the
/// documented settings.
pub fn load(dir: &std::path::Path) -> Result<Semantic> {
    Ok(Semantic::new(Box::new(load_judge(dir)?), Settings::default()))
}

/// The shipped model of `dir`, to share between stages (`pairs` runs one per pair).
#[cfg(feature = "semantic")]
pub fn load_judge(dir: &std::path::Path) -> Result<std::sync::Arc<dyn Judge>> {
    if !dir.join("base").join("model.safetensors").is_file() {
        anyhow::bail!(
            "the semantic stage's base model is not in {}: run python3 scripts/fetch_semantic_model.py {} (README, \"Semantic clustering\")",
            dir.join("base").display(),
            dir.display()
        );
    }
    let model = super::minilm::MiniLm::load(dir)
        .map_err(|e| e.context(format!("loading the semantic model from {}", dir.display())))?;
    Ok(std::sync::Arc::new(model))
}

/// Without the `semantic` feature there is no model to load.
#[cfg(not(feature = "semantic"))]
pub fn load_judge(_dir: &std::path::Path) -> Result<std::sync::Arc<dyn Judge>> {
    anyhow::bail!("this build has no semantic stage: build with the `semantic` feature (on by default)")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A judge that knows a fixed list of "same" pairs and embeds each text on one axis per
    /// topic word, so neighbours are the texts sharing the topic.
    struct Fixed {
        same: Vec<(&'static str, &'static str)>,
        topics: Vec<&'static str>,
    }

    impl Judge for Fixed {
        fn embed(&self, texts: &[&str]) -> Result<Vec<Vec<f32>>> {
            Ok(texts
                .iter()
                .map(|t| {
                    let mut v: Vec<f32> = self.topics.iter().map(|w| f32::from(u8::from(t.contains(w)))).collect();
                    let n = v.iter().map(|x| x * x).sum::<f32>().sqrt().max(1.0);
                    v.iter_mut().for_each(|x| *x /= n);
                    v
                })
                .collect())
        }
        fn same_probability(&self, pairs: &[(&str, &str)]) -> Result<Vec<f32>> {
            Ok(pairs
                .iter()
                .map(|&(a, b)| {
                    let hit = self.same.iter().any(|&(x, y)| (x == a && y == b) || (x == b && y == a));
                    if hit {
                        0.97
                    } else {
                        0.02
                    }
                })
                .collect())
        }
    }

    fn judge() -> Fixed {
        Fixed {
            same: vec![
                ("disagree with manager", "pushed back on boss manager"),
                ("disagree with manager", "conflict with manager"),
            ],
            topics: vec!["manager", "list", "cycle"],
        }
    }

    #[test]
    fn a_new_lexical_cluster_follows_the_earlier_cluster_the_judge_calls_the_same() {
        let mut s = Semantic::new(Box::new(judge()), Settings::default());
        let texts = ["disagree with manager", "reverse a list", "pushed back on boss manager"];
        // The lexical clusterer gave three clusters; the judge joins the third to the first.
        let got = s.settle(&[0, 1, 2], &texts).unwrap();
        assert_eq!(got, vec![0, 1, 0]);
        assert_eq!(s.joined, 1);
        // A later wording of lexical cluster 2 follows it, without asking the judge again.
        let before = s.scored_pairs;
        assert_eq!(
            s.settle(&[2, 1], &["pushed back on boss manager!", "reverse a list"])
                .unwrap(),
            vec![0, 1]
        );
        assert_eq!(s.scored_pairs, before);
    }

    #[test]
    fn one_loose_pair_does_not_chain_a_cluster_whose_other_members_disagree() {
        // "conflict with manager" is the same as the first member only: the mean over the
        // cluster's first members (0.97, 0.02, 0.02) stays under the threshold.
        let mut s = Semantic::new(Box::new(judge()), Settings::default());
        let texts = [
            "disagree with manager",
            "pushed back on boss manager",
            "manager of a list",
            "conflict with manager",
        ];
        let got = s.settle(&[0, 0, 0, 1], &texts).unwrap();
        assert_eq!(got, vec![0, 0, 0, 1]);
        assert_eq!(s.joined, 0);
    }

    #[test]
    fn clusters_the_judge_keeps_apart_stay_apart() {
        let mut s = Semantic::new(Box::new(judge()), Settings::default());
        let got = s
            .settle(
                &[0, 1, 2],
                &["reverse a list", "detect a cycle in a list", "list cycle"],
            )
            .unwrap();
        assert_eq!(got, vec![0, 1, 2]);
        assert_eq!(s.joined, 0);
        assert!(s.scored_pairs > 0, "the neighbours were asked");
    }

    #[test]
    fn without_neighbours_the_stage_changes_nothing() {
        let settings = Settings {
            neighbours: 0,
            ..Settings::default()
        };
        let mut s = Semantic::new(Box::new(judge()), settings);
        let got = s
            .settle(&[0, 1], &["disagree with manager", "pushed back on boss manager"])
            .unwrap();
        assert_eq!(got, vec![0, 1]);
        assert_eq!(s.scored_pairs, 0);
    }
}
