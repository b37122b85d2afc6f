//! Merging parsed files, batch by batch, in path order: what crosses file boundaries.
//!
//! A file whose bytes equal an earlier file's is listed in duplicates and not counted again;
//! an experience seen before (same id) likewise, together with its questions and salary.
//! The big tables (experiences, questions, sections, …) leave with each batch to be written;
//! what needs the whole run stays here until [`Merger::finish`]: salaries (judged against
//! every salary of their role), quarantine, duplicates and coverage. Memory is therefore one
//! batch of rows plus those small tables and one entry per experience id.

use super::parse::ParsedFile;
use crate::analytics::coverage;
use crate::model::{Duplicate, QuarantineEntry, Tables};
use crate::normalize::clusters::semantic::Semantic;
use crate::normalize::clusters::Clusterer;
use crate::normalize::salary_checks::{flag_implausible, SalaryBounds};
use crate::store::manifest::InputFile;
use std::collections::{HashMap, HashSet};

pub struct Merger {
    /// Question clusters, assigned in path order so they do not depend on batching.
    clusterer: Clusterer,
    /// The trained judge run after the clusterer (`--semantic`), in the same order.
    semantic: Option<Semantic>,
    /// Content hash → the first file with that content.
    seen_files: HashMap<String, String>,
    /// Experience id → (index in `file_names`, line) of the copy kept.
    seen_experiences: HashMap<u64, (u32, i64)>,
    file_names: Vec<String>,
    held: Held,
}

/// The tables kept for the end of the run (salaries, quarantine, duplicates, coverage; the
/// streamed tables stay empty) and the manifest's list of inputs.
#[derive(Default)]
pub struct Held {
    pub tables: Tables,
    pub inputs: Vec<InputFile>,
}

impl Merger {
    pub fn new(clusterer: Clusterer) -> Merger {
        Merger {
            clusterer,
            semantic: None,
            seen_files: HashMap::new(),
            seen_experiences: HashMap::new(),
            file_names: Vec::new(),
            held: Held::default(),
        }
    }

    /// Clusters with the semantic stage after the clusterer.
    pub fn with_semantic(mut self, semantic: Semantic) -> Merger {
        self.semantic = Some(semantic);
        self
    }

    /// The semantic stage, when on, for its counts at the end of the run.
    pub fn semantic(&self) -> Option<&Semantic> {
        self.semantic.as_ref()
    }

    /// Merges one batch of parsed files, given in path order, and returns the rows to write
    /// now: experiences, questions, hiring steps, FAQ, page tables and sections.
    pub fn batch(&mut self, parsed: Vec<ParsedFile>) -> Tables {
        let mut out = Tables::default();
        out.reserve_for(parsed.iter().map(|p| &p.tables));
        let mut formats = Vec::with_capacity(parsed.len());
        for file in parsed {
            formats.push((file.rel.clone(), file.format.clone()));
            self.take_file(file, &mut out);
        }
        out.sort();
        // The clusterer compares the question asked apart from what it adds after
        // (`question::clustering_text`); its fingerprint is the normalized text's.
        // On all cores, like the clusterer's own preparation of new wordings.
        let compared: Vec<String> = {
            use rayon::prelude::*;
            out.questions
                .par_iter()
                .map(|q| crate::normalize::question::clustering_text(&q.text))
                .collect()
        };
        let asked: Vec<(&str, &str)> = compared
            .iter()
            .zip(&out.questions)
            .map(|(text, q)| (text.as_str(), q.company.as_str()))
            .collect();
        let mut clusters = self.clusterer.assign_all_at(&asked);
        if let Some(semantic) = &mut self.semantic {
            // The judge reads the question as written: it was trained on such text.
            let texts: Vec<&str> = out.questions.iter().map(|q| q.text.as_str()).collect();
            match semantic.settle(&clusters, &texts) {
                Ok(joined) => clusters = joined,
                Err(e) => {
                    let first = out
                        .questions
                        .first()
                        .map(|q| q.source_file.as_str())
                        .unwrap_or_default();
                    self.held.tables.quarantine.push(QuarantineEntry::warning(
                        first,
                        None,
                        format!("semantic stage failed on this batch ({e:#}); its questions keep the lexical clusters"),
                        None,
                    ));
                }
            }
        }
        for (q, cluster) in out.questions.iter_mut().zip(clusters) {
            let id = self.clusterer.id(cluster);
            if q.cluster_id != id {
                q.cluster_id = id.to_string();
            }
        }
        let held = &mut self.held.tables;
        held.coverage.extend(coverage::coverage(&out, &formats));
        held.salaries.append(&mut out.salaries);
        held.quarantine.append(&mut out.quarantine);
        held.duplicates.append(&mut out.duplicates);
        out
    }

    fn take_file(&mut self, file: ParsedFile, out: &mut Tables) {
        self.held.inputs.push(file.input);
        if let Some(hash) = file.content_hash {
            if let Some(first) = self.seen_files.get(&hash) {
                out.duplicates.push(Duplicate {
                    kind: "file".into(),
                    id: hash.clone(),
                    source_file: file.rel.clone(),
                    source_line: 1,
                    kept_file: first.clone(),
                    kept_line: 1,
                });
                out.quarantine.push(QuarantineEntry::warning(
                    &file.rel,
                    None,
                    format!("same content as {first}; not counted again"),
                    None,
                ));
                return;
            }
            self.seen_files.insert(hash, file.rel.clone());
        }
        let mut t = file.tables;
        let dropped = self.drop_duplicate_experiences(&file.rel, &mut t, out);
        if let Some(kept_earlier) = dropped {
            drop_rows_of_duplicates(&mut t, &kept_earlier);
        }
        out.append(t);
    }

    /// Removes experiences seen before, listing each in duplicates and quarantine. Returns
    /// `None` when none was removed, else the ids whose kept copy is in an earlier file.
    fn drop_duplicate_experiences(&mut self, rel: &str, t: &mut Tables, out: &mut Tables) -> Option<HashSet<String>> {
        let file_index = self.file_names.len() as u32;
        self.file_names.push(rel.to_string());
        let (seen, names) = (&mut self.seen_experiences, &self.file_names);
        let mut kept_earlier = HashSet::new();
        let mut dropped_any = false;
        t.experiences.retain(|e| match seen.get(&id_key(&e.experience_id)) {
            Some(&(kept_index, kept_line)) => {
                let kept_file = &names[kept_index as usize];
                out.duplicates.push(Duplicate {
                    kind: "experience".into(),
                    id: e.experience_id.clone(),
                    source_file: e.source_file.clone(),
                    source_line: e.source_line,
                    kept_file: kept_file.clone(),
                    kept_line,
                });
                out.quarantine.push(QuarantineEntry::warning(
                    &e.source_file,
                    Some(e.source_line as usize),
                    format!("same experience as {kept_file} line {kept_line}; counted once"),
                    Some(&e.role),
                ));
                if kept_index != file_index {
                    kept_earlier.insert(e.experience_id.clone());
                }
                dropped_any = true;
                false
            }
            None => {
                seen.insert(id_key(&e.experience_id), (file_index, e.source_line));
                true
            }
        });
        dropped_any.then_some(kept_earlier)
    }

    /// The held tables, completed: walk problems and implausible-salary warnings added,
    /// everything in path order, coverage counting the whole quarantine.
    pub fn finish(self, walk_problems: Vec<QuarantineEntry>, bounds: SalaryBounds) -> Held {
        let mut held = self.held;
        let t = &mut held.tables;
        t.quarantine.extend(walk_problems);
        let implausible = flag_implausible(&mut t.salaries, bounds);
        t.quarantine.extend(implausible);
        t.sort();
        coverage::recount_quarantine(&mut t.coverage, &t.quarantine);
        held
    }
}

/// A duplicate experience's questions, stages and salary carry the kept record's experience_id and,
/// the id covering the questions' text, the same question ids. Rows linked to a copy kept in
/// an earlier file go; within the file the first of each is kept (rows are in page order, so
/// the first is the kept record's).
fn drop_rows_of_duplicates(t: &mut Tables, kept_earlier: &HashSet<String>) {
    let mut seen: HashSet<String> = HashSet::new();
    t.questions.retain(|q| match &q.experience_id {
        Some(id) => !kept_earlier.contains(id) && seen.insert(q.question_id.clone()),
        None => true,
    });
    let mut seen: HashSet<(String, i64)> = HashSet::new();
    t.stages
        .retain(|s| !kept_earlier.contains(&s.experience_id) && seen.insert((s.experience_id.clone(), s.seq)));
    let mut seen: HashSet<(String, String)> = HashSet::new();
    t.salaries.retain(|s| match &s.experience_id {
        Some(id) => !kept_earlier.contains(id) && seen.insert((id.clone(), s.raw.clone())),
        None => true,
    });
}

/// `exp_` and 16 hex digits (the only form `experience_id` makes) as the number they spell:
/// 8 bytes a key instead of a string, for a map with one entry per experience of the run.
fn id_key(id: &str) -> u64 {
    id.strip_prefix("exp_")
        .filter(|h| h.len() == 16)
        .and_then(|h| u64::from_str_radix(h, 16).ok())
        .unwrap_or_else(|| {
            let hash = blake3::hash(id.as_bytes());
            u64::from_le_bytes(hash.as_bytes()[..8].try_into().unwrap_or_default())
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Experience, Question, Salary};

    fn parsed(rel: &str, hash: &str, exps: &[(&str, i64)]) -> ParsedFile {
        let mut tables = Tables::default();
        for (id, line) in exps {
            tables.experiences.push(Experience {
                experience_id: id.to_string(),
                source_file: rel.into(),
                source_line: *line,
                ..Default::default()
            });
            tables.questions.push(Question {
                question_id: format!("q_{id}"),
                experience_id: Some(id.to_string()),
                source_file: rel.into(),
                source_line: line + 1,
                ..Default::default()
            });
            tables.salaries.push(Salary {
                experience_id: Some(id.to_string()),
                raw: "50k".into(),
                source_file: rel.into(),
                source_line: line + 2,
                ..Default::default()
            });
        }
        ParsedFile {
            rel: rel.into(),
            content_hash: Some(hash.into()),
            format: Some("text".into()),
            tables,
            input: InputFile {
                file: rel.into(),
                bytes: 1,
                modified_ns: None,
                content_hash: hash.into(),
            },
        }
    }

    #[test]
    fn duplicates_across_batches_and_within_a_file() {
        let a = "exp_00000000000000aa";
        let b = "exp_00000000000000bb";
        let mut m = Merger::new(Clusterer::default());
        let first = m.batch(vec![
            parsed("a.txt", "h1", &[(a, 1)]),
            parsed("a-copy.txt", "h1", &[(a, 1)]),
        ]);
        assert_eq!(first.experiences.len(), 1);
        let second = m.batch(vec![parsed("b.txt", "h2", &[(b, 5), (a, 10), (b, 20)])]);
        assert_eq!(
            second.experiences.iter().map(|e| e.source_line).collect::<Vec<_>>(),
            [5],
            "a seen in an earlier batch, b's second copy in the same file"
        );
        assert_eq!(
            second.questions.iter().map(|q| q.source_line).collect::<Vec<_>>(),
            [6],
            "questions of dropped copies go"
        );
        let held = m.finish(vec![], SalaryBounds::parse("1..1000000").unwrap());
        let t = &held.tables;
        assert_eq!(t.salaries.len(), 2, "one salary per kept experience: {:?}", t.salaries);
        let kinds: Vec<(&str, &str, &str)> = t
            .duplicates
            .iter()
            .map(|d| (d.kind.as_str(), d.source_file.as_str(), d.kept_file.as_str()))
            .collect();
        assert_eq!(
            kinds,
            [
                ("file", "a-copy.txt", "a.txt"),
                ("experience", "b.txt", "a.txt"),
                ("experience", "b.txt", "b.txt")
            ]
        );
        assert_eq!(t.quarantine.len(), 3);
        assert_eq!(held.inputs.len(), 3);
        let cov: Vec<(&str, i64, i64)> = t
            .coverage
            .iter()
            .map(|c| (c.source_file.as_str(), c.experiences, c.warnings))
            .collect();
        assert_eq!(cov, [("a.txt", 1, 0), ("a-copy.txt", 0, 1), ("b.txt", 1, 2)]);
    }

    #[test]
    fn id_keys_are_the_hex_value() {
        assert_eq!(id_key("exp_00000000000000ff"), 255);
        assert_ne!(id_key("other"), id_key("other2"));
    }
}
