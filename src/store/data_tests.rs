//! Data tests over processed/, in the spirit of dbt: run after every ingest (and by `check`),
//! results in `processed/data_tests.csv` (one row per test) and
//! `processed/data_test_failures.csv` (the offending rows, named by id or file and line).
//!
//! The tests come from the record types, so a new column is tested without anyone listing it:
//! - `not_null`: every column whose Rust type is not `Option<…>`;
//! - `unique`: the ids (experience_id, question_id) and a stage's (experience_id, seq);
//! - `accepted_values`: every vocabulary column ([`crate::model::VOCABULARIES`], the
//!   taxonomy's categories, the stage names), and currencies as three capital letters;
//! - `relationship`: every experience_id of questions, salaries and stages exists in
//!   experiences;
//! - `range`: rounds within the parser's range ([`crate::normalize::page::ROUNDS`]), question
//!   counts and durations not negative, positions and lines from 1, a salary's annual
//!   midpoint within the ingest's bounds unless flagged `implausible` (the rule the ingest
//!   flags by), min ≤ max.
//!
//! Every rule is the one the ingest applies, so a valid ingest passes by construction and a
//! failure means the tables were changed after (or a bug).
//!
//! A failed test is a defect of the pipeline or of a hand-edited processed/, never of the raw
//! input (bad input goes to quarantine), so `--strict` turns one into a failed run.

use crate::analytics::{f64_values, i64_values};
use crate::model::{accepted_values as vocabulary_of, tables, vocabulary, ColumnType, TableInfo};
use crate::normalize::salary_checks::SalaryBounds;
use crate::store::atomic;
use anyhow::{Context, Result};
use polars::prelude::*;
use std::collections::{HashMap, HashSet};
use std::path::Path;

pub const RESULTS_FILE: &str = "data_tests.csv";
pub const FAILURES_FILE: &str = "data_test_failures.csv";
/// Offending rows listed per test in the failures file; the count in the results is complete.
pub const MAX_LISTED: usize = 100;

/// What the tests check against beyond the fixed vocabularies.
#[derive(Debug, Clone)]
pub struct Expectations {
    /// The taxonomy's categories (`other` included).
    pub categories: Vec<String>,
    pub salary_bounds: SalaryBounds,
}

/// One offending row.
#[derive(Debug, Clone, PartialEq)]
pub struct Failure {
    /// The row's id, or `file:line`, or `row N` (1-based) when the table has neither.
    pub row: String,
    pub value: Option<String>,
}

/// One test and its outcome.
#[derive(Debug, Clone, PartialEq)]
pub struct TestResult {
    pub kind: &'static str,
    pub table: &'static str,
    pub column: String,
    pub rule: String,
    pub failing: usize,
    pub failures: Vec<Failure>,
}

impl TestResult {
    pub fn id(&self) -> String {
        format!("{}:{}.{}", self.kind, self.table, self.column)
    }

    pub fn passed(&self) -> bool {
        self.failing == 0
    }
}

/// A table read back: the columns the value tests read (ids, vocabularies, ranges, keys,
/// provenance), not its text; `not_null` of the other columns is counted from the file.
struct Loaded {
    info: TableInfo,
    df: DataFrame,
    path: std::path::PathBuf,
    /// The columns the file has.
    present: HashSet<String>,
}

/// Whether a column is read into memory for the value tests.
fn read_for_values(info: &TableInfo, c: &crate::model::Column) -> bool {
    matches!(
        c.name,
        "experience_id" | "question_id" | "source_file" | "source_line" | "currency" | "seq" | "position"
    ) || vocabulary(info.name, c.name).is_some()
        || matches!(
            (info.name, c.name),
            ("questions", "category")
                | ("stages", "stage")
                | ("experiences", "rounds" | "questions" | "duration_days")
                | (
                    "salaries",
                    "parse_status" | "annual_min" | "annual_max" | "amount_min" | "amount_max"
                )
        )
}

fn load(info: TableInfo, path: std::path::PathBuf) -> Result<Loaded> {
    let open = || std::fs::File::open(&path).with_context(|| format!("opening {}", path.display()));
    let schema = anyhow::Context::with_context(ParquetReader::new(open()?).schema(), || {
        format!("reading {}", path.display())
    })?;
    let present: HashSet<String> = schema.iter_names().map(|n| n.to_string()).collect();
    let columns: Vec<String> = info
        .columns
        .iter()
        .filter(|c| present.contains(c.name) && read_for_values(&info, c))
        .map(|c| c.name.to_string())
        .collect();
    let df = anyhow::Context::with_context(ParquetReader::new(open()?).with_columns(Some(columns)).finish(), || {
        format!("reading {}", path.display())
    })?;
    Ok(Loaded {
        info,
        df,
        path,
        present,
    })
}

impl Loaded {
    /// A row's name: `experience_id (file:line)`, `file:line`, or `row N` (1-based). Made only
    /// for the rows listed as failures.
    fn row_name(&self, i: usize) -> String {
        let cell = |name: &str| -> Option<String> {
            match self.df.column(name).ok()?.get(i).ok()? {
                AnyValue::Null => None,
                AnyValue::String(s) => Some(s.to_string()),
                AnyValue::StringOwned(s) => Some(s.to_string()),
                other => Some(other.to_string()),
            }
        };
        let id = match self.info.name {
            "experiences" => cell("experience_id"),
            "questions" => cell("question_id"),
            _ => None,
        };
        let at = cell("source_file").map(|f| format!("{f}:{}", cell("source_line").unwrap_or_default()));
        match (id, at) {
            (Some(id), Some(at)) => format!("{id} ({at})"),
            (Some(id), None) => id,
            (None, Some(at)) => at,
            (None, None) => format!("row {}", i + 1),
        }
    }
}

/// Runs every test on the tables in `processed`. A table without its Parquet file (an older
/// processed/) is skipped.
pub fn run(processed: &Path, expect: &Expectations) -> Result<Vec<TestResult>> {
    let mut loaded: HashMap<&'static str, Loaded> = HashMap::new();
    for info in tables() {
        let path = processed.join(format!("{}.parquet", info.name));
        if path.is_file() {
            loaded.insert(info.name, load(info, path)?);
        }
    }
    let mut out = Vec::new();
    for info in tables() {
        let Some(t) = loaded.get(info.name) else { continue };
        columns_exist(t, &mut out);
        not_null(t, &mut out)?;
        accepted_values(t, expect, &mut out)?;
        ranges(t, expect, &mut out)?;
    }
    unique(&loaded, &mut out)?;
    relationships(&loaded, &mut out)?;
    Ok(out)
}

/// Builds a result from the indexes of the offending rows.
fn result(
    t: &Loaded,
    kind: &'static str,
    column: &str,
    rule: String,
    bad: Vec<usize>,
    value: impl Fn(usize) -> Option<String>,
) -> TestResult {
    TestResult {
        kind,
        table: t.info.name,
        column: column.to_string(),
        rule,
        failing: bad.len(),
        failures: bad
            .iter()
            .take(MAX_LISTED)
            .map(|&i| Failure {
                row: t.row_name(i),
                value: value(i),
            })
            .collect(),
    }
}

/// A text column's values, borrowed from the frame (the stored tables' text columns are
/// strings; a column of another type is an error, reported with its name).
fn texts<'a>(df: &'a DataFrame, name: &str) -> Result<Vec<Option<&'a str>>> {
    let c = df.column(name)?;
    let s = anyhow::Context::with_context(c.str(), || format!("column {name} is {}, not text", c.dtype()))?;
    Ok(s.iter().collect())
}

/// Whether the table's file has the column (a hand-edited file may lack it).
fn has(t: &Loaded, column: &str) -> bool {
    t.present.contains(column)
}

/// One test per table: every column of the record type is in the file. The other tests skip
/// a missing column rather than fail on it twice.
fn columns_exist(t: &Loaded, out: &mut Vec<TestResult>) {
    let missing: Vec<&str> = t.info.columns.iter().map(|c| c.name).filter(|c| !has(t, c)).collect();
    out.push(TestResult {
        kind: "columns",
        table: t.info.name,
        column: "*".into(),
        rule: "every column of the record type is present".into(),
        failing: missing.len(),
        failures: missing
            .iter()
            .map(|c| Failure {
                row: "(the file)".into(),
                value: Some(format!("{c} missing")),
            })
            .collect(),
    });
}

fn not_null(t: &Loaded, out: &mut Vec<TestResult>) -> Result<()> {
    let unread: Vec<&str> = t
        .info
        .columns
        .iter()
        .filter(|c| !c.nullable && has(t, c.name) && t.df.column(c.name).is_err())
        .map(|c| c.name)
        .collect();
    // The columns not in memory (text): their nulls counted in one scan of the file.
    let counts = if unread.is_empty() {
        DataFrame::empty()
    } else {
        super::frame::scan_file(&t.path)?
            .select(unread.iter().map(|c| col(*c).null_count()).collect::<Vec<_>>())
            .collect()?
    };
    for c in t.info.columns.iter().filter(|c| !c.nullable && has(t, c.name)) {
        let nulls: Vec<bool> = match t.df.column(c.name) {
            Ok(column) => column.is_null().iter().map(|n| n.unwrap_or(false)).collect(),
            Err(_) => {
                let n = counts.column(c.name)?.get(0)?.extract::<u64>().unwrap_or(0);
                if n == 0 {
                    Vec::new()
                } else {
                    // Rare: read the column to name the rows.
                    let file = std::fs::File::open(&t.path)?;
                    let one = ParquetReader::new(file)
                        .with_columns(Some(vec![c.name.to_string()]))
                        .finish()?;
                    one.column(c.name)?
                        .is_null()
                        .iter()
                        .map(|n| n.unwrap_or(false))
                        .collect()
                }
            }
        };
        let bad: Vec<usize> = nulls
            .iter()
            .enumerate()
            .filter_map(|(i, &null)| null.then_some(i))
            .collect();
        out.push(result(t, "not_null", c.name, "never null".into(), bad, |_| None));
    }
    Ok(())
}

/// Whether a value is accepted.
type ValueTest = Box<dyn Fn(&str) -> bool>;

fn accepted_values(t: &Loaded, expect: &Expectations, out: &mut Vec<TestResult>) -> Result<()> {
    for c in t.info.columns.iter().filter(|c| c.kind == ColumnType::Str) {
        let accepted: Option<Vec<&str>> = match (t.info.name, c.name) {
            ("questions", "category") => Some(expect.categories.iter().map(String::as_str).collect()),
            (table, column) => vocabulary_of(table, column),
        };
        let values: Vec<Option<&str>> = match (&accepted, c.name) {
            _ if !has(t, c.name) => continue,
            (Some(_), _) | (None, "currency") => texts(&t.df, c.name)?,
            _ => continue,
        };
        let (rule, ok): (String, ValueTest) = match accepted {
            Some(list) => {
                let set: HashSet<String> = list.iter().map(|s| s.to_string()).collect();
                (
                    format!("one of {}", list.join(", ")),
                    Box::new(move |v| set.contains(v)),
                )
            }
            None => (
                "ISO 4217: three capital letters".into(),
                Box::new(|v: &str| v.len() == 3 && v.bytes().all(|b| b.is_ascii_uppercase())),
            ),
        };
        let bad: Vec<usize> = (0..values.len())
            .filter(|&i| values[i].is_some_and(|v| !ok(v)))
            .collect();
        out.push(result(t, "accepted_values", c.name, rule, bad, |i| {
            values[i].map(str::to_string)
        }));
    }
    Ok(())
}

fn ranges(t: &Loaded, expect: &Expectations, out: &mut Vec<TestResult>) -> Result<()> {
    let int_range = |column: &str, lo: i64, hi: Option<i64>, out: &mut Vec<TestResult>| -> Result<()> {
        if !has(t, column) {
            return Ok(());
        }
        let v = i64_values(&t.df, column)?;
        let bad = (0..v.len())
            .filter(|&i| v[i].is_some_and(|x| x < lo || hi.is_some_and(|h| x > h)))
            .collect();
        let rule = match hi {
            Some(h) => format!("from {lo} to {h}"),
            None => format!("at least {lo}"),
        };
        out.push(result(t, "range", column, rule, bad, |i| v[i].map(|x| x.to_string())));
        Ok(())
    };
    match t.info.name {
        "experiences" => {
            let rounds = crate::normalize::page::ROUNDS;
            int_range("rounds", *rounds.start(), Some(*rounds.end()), out)?;
            int_range("questions", 0, None, out)?;
            int_range("duration_days", 0, None, out)?;
        }
        "questions" => int_range("position", 1, None, out)?,
        "stages" | "hiring_steps" | "page_sections" => int_range("seq", 1, None, out)?,
        "salaries"
            if ["parse_status", "annual_min", "annual_max", "amount_min", "amount_max"]
                .iter()
                .all(|c| has(t, c)) =>
        {
            salary_ranges(t, expect, out)?
        }
        _ => {}
    }
    int_range("source_line", 1, None, out)?;
    Ok(())
}

fn salary_ranges(t: &Loaded, expect: &Expectations, out: &mut Vec<TestResult>) -> Result<()> {
    let status = texts(&t.df, "parse_status")?;
    let bounds = expect.salary_bounds;
    let (annual_min, annual_max) = (f64_values(&t.df, "annual_min")?, f64_values(&t.df, "annual_max")?);
    let midpoint = |i: usize| crate::normalize::salary_checks::annual_midpoint(annual_min[i], annual_max[i]);
    let bad = (0..t.df.height())
        .filter(|&i| status[i] != Some("implausible") && midpoint(i).is_some_and(|m| !bounds.contains(m)))
        .collect();
    out.push(result(
        t,
        "range",
        "annual_min,annual_max",
        format!(
            "midpoint from {} to {} (the ingest's --salary-bounds) unless parse_status is implausible",
            bounds.min, bounds.max
        ),
        bad,
        |i| midpoint(i).map(|m| m.to_string()),
    ));
    for (min, max) in [("amount_min", "amount_max"), ("annual_min", "annual_max")] {
        let (a, b) = (f64_values(&t.df, min)?, f64_values(&t.df, max)?);
        let bad = (0..a.len())
            .filter(|&i| matches!((a[i], b[i]), (Some(x), Some(y)) if x > y))
            .collect();
        out.push(result(
            t,
            "range",
            &format!("{min}<={max}"),
            format!("{min} <= {max}"),
            bad,
            |i| Some(format!("{} > {}", a[i].unwrap_or(f64::NAN), b[i].unwrap_or(f64::NAN))),
        ));
    }
    Ok(())
}

/// The key columns of each table that must not repeat.
const UNIQUE_KEYS: &[(&str, &[&str])] = &[
    ("experiences", &["experience_id"]),
    ("questions", &["question_id"]),
    ("stages", &["experience_id", "seq"]),
];

fn unique(loaded: &HashMap<&'static str, Loaded>, out: &mut Vec<TestResult>) -> Result<()> {
    for (table, key) in UNIQUE_KEYS {
        let Some(t) = loaded.get(table).filter(|t| key.iter().all(|c| has(t, c))) else {
            continue;
        };
        // Keys of one or two columns, borrowed from the table: no string per row.
        let cast: Vec<Column> = key
            .iter()
            .map(|c| Ok(t.df.column(c)?.cast(&DataType::String)?))
            .collect::<Result<_>>()?;
        let columns: Vec<Vec<Option<&str>>> = cast
            .iter()
            .map(|c| Ok(c.str()?.iter().collect()))
            .collect::<Result<_>>()?;
        let key_of = |i: usize| (columns[0][i], columns.get(1).and_then(|c| c[i]));
        let value = |i: usize| -> String { columns.iter().map(|c| c[i].unwrap_or("")).collect::<Vec<_>>().join(",") };
        let mut seen: HashSet<(Option<&str>, Option<&str>)> = HashSet::with_capacity(t.df.height());
        let bad: Vec<usize> = (0..t.df.height()).filter(|&i| !seen.insert(key_of(i))).collect();
        out.push(result(
            t,
            "unique",
            &key.join(","),
            "no two rows share it".into(),
            bad,
            |i| Some(value(i)),
        ));
    }
    Ok(())
}

fn relationships(loaded: &HashMap<&'static str, Loaded>, out: &mut Vec<TestResult>) -> Result<()> {
    let Some(experiences) = loaded.get("experiences").filter(|t| has(t, "experience_id")) else {
        return Ok(());
    };
    let ids: HashSet<&str> = texts(&experiences.df, "experience_id")?.into_iter().flatten().collect();
    for table in ["questions", "salaries", "stages"] {
        let Some(t) = loaded.get(table).filter(|t| has(t, "experience_id")) else {
            continue;
        };
        let v = texts(&t.df, "experience_id")?;
        let bad = (0..v.len())
            .filter(|&i| v[i].is_some_and(|id| !ids.contains(id)))
            .collect();
        out.push(result(
            t,
            "relationship",
            "experience_id",
            "exists in experiences.experience_id (when not null)".into(),
            bad,
            |i| v[i].map(str::to_string),
        ));
    }
    Ok(())
}

/// A failed test as the results file records it.
#[derive(Debug, Clone, PartialEq)]
pub struct RecordedFailure {
    pub test: String,
    pub rule: String,
    pub failing: String,
    /// The results' `examples` cell (`; `-separated).
    pub examples: String,
}

impl RecordedFailure {
    pub fn first_example(&self) -> &str {
        self.examples.split("; ").next().unwrap_or("")
    }
}

/// The last results in `processed`: how many tests ran and the failed ones; `None` when
/// there are none (a processed/ older than the data tests).
pub fn read_results(processed: &Path) -> Result<Option<(usize, Vec<RecordedFailure>)>> {
    let path = processed.join(RESULTS_FILE);
    if !path.is_file() {
        return Ok(None);
    }
    let mut reader = csv::Reader::from_path(&path).with_context(|| format!("reading {}", path.display()))?;
    let headers = reader.headers()?.clone();
    let at = |name: &str| headers.iter().position(|h| h == name);
    let (Some(test), Some(rule), Some(status), Some(failing), Some(examples)) =
        (at("test"), at("rule"), at("status"), at("failing_rows"), at("examples"))
    else {
        anyhow::bail!("{} has an unexpected header", path.display());
    };
    let (mut total, mut failed) = (0, Vec::new());
    for record in reader.records() {
        let record = record?;
        total += 1;
        if record.get(status) != Some("pass") {
            let cell = |i: usize| record.get(i).unwrap_or("").to_string();
            failed.push(RecordedFailure {
                test: cell(test),
                rule: cell(rule),
                failing: cell(failing),
                examples: cell(examples),
            });
        }
    }
    Ok(Some((total, failed)))
}

/// The failed tests of the last results, when those are newer than every table file
/// (nothing changed since they were made); `None` when the tests must run again.
pub fn previous_failures(processed: &Path) -> Option<Vec<RecordedFailure>> {
    let modified = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    let tested = modified(&processed.join(RESULTS_FILE))?;
    for info in tables() {
        let table = processed.join(format!("{}.parquet", info.name));
        if table.exists() && modified(&table).is_none_or(|t| t > tested) {
            return None;
        }
    }
    read_results(processed).ok().flatten().map(|(_, failed)| failed)
}

/// Writes `data_tests.csv` and `data_test_failures.csv` into `processed`, each replaced
/// atomically.
pub fn write(processed: &Path, results: &[TestResult]) -> Result<()> {
    let mut summary = csv::Writer::from_writer(Vec::new());
    summary.write_record([
        "test",
        "kind",
        "table",
        "column",
        "rule",
        "status",
        "failing_rows",
        "examples",
    ])?;
    let mut failures = csv::Writer::from_writer(Vec::new());
    failures.write_record(["test", "table", "column", "row", "value"])?;
    for r in results {
        let examples: Vec<String> = r
            .failures
            .iter()
            .take(5)
            .map(|f| match &f.value {
                Some(v) => format!("{} = {v}", f.row),
                None => f.row.clone(),
            })
            .collect();
        summary.write_record([
            r.id().as_str(),
            r.kind,
            r.table,
            &r.column,
            &r.rule,
            if r.passed() { "pass" } else { "fail" },
            &r.failing.to_string(),
            &examples.join("; "),
        ])?;
        for f in &r.failures {
            failures.write_record([
                r.id().as_str(),
                r.table,
                &r.column,
                &f.row,
                f.value.as_deref().unwrap_or(""),
            ])?;
        }
    }
    atomic::write(&processed.join(RESULTS_FILE), &summary.into_inner()?)?;
    atomic::write(&processed.join(FAILURES_FILE), &failures.into_inner()?)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Experience, Question, TableRecord};
    use crate::store::frame::{parquet_bytes, records_frame};

    fn write_table<T: TableRecord>(dir: &Path, rows: &[T]) {
        let mut df = records_frame(rows).unwrap();
        std::fs::write(
            dir.join(format!("{}.parquet", T::TABLE)),
            parquet_bytes(&mut df).unwrap(),
        )
        .unwrap();
    }

    fn expect() -> Expectations {
        Expectations {
            categories: vec!["coding".into(), "other".into()],
            salary_bounds: SalaryBounds::default(),
        }
    }

    fn experience(id: &str, line: i64) -> Experience {
        Experience {
            experience_id: id.into(),
            company: "A".into(),
            role: "Dev".into(),
            role_family: "engineering".into(),
            source_file: "a.txt".into(),
            source_line: line,
            source_format: "text".into(),
            ..Default::default()
        }
    }

    #[test]
    fn a_missing_column_fails_one_test_and_nothing_panics() {
        let dir = tempfile::tempdir().unwrap();
        let rows: Vec<Experience> = Vec::new();
        let mut df = records_frame(&rows)
            .unwrap()
            .drop("outcome")
            .unwrap()
            .drop("company")
            .unwrap();
        std::fs::write(dir.path().join("experiences.parquet"), parquet_bytes(&mut df).unwrap()).unwrap();
        let results = run(dir.path(), &expect()).unwrap();
        let failed: Vec<(String, Vec<Option<String>>)> = results
            .iter()
            .filter(|r| !r.passed())
            .map(|r| (r.id(), r.failures.iter().map(|f| f.value.clone()).collect()))
            .collect();
        assert_eq!(
            failed,
            [(
                "columns:experiences.*".to_string(),
                vec![Some("company missing".to_string()), Some("outcome missing".to_string())]
            )]
        );
    }

    #[test]
    fn clean_tables_pass_and_broken_rows_are_named() {
        let dir = tempfile::tempdir().unwrap();
        let mut bad_outcome = experience("exp_2", 9);
        bad_outcome.outcome = Some("hired!".into());
        bad_outcome.rounds = Some(40);
        write_table(
            dir.path(),
            &[experience("exp_1", 1), bad_outcome, experience("exp_1", 20)],
        );
        let question = |id: &str, exp: &str, category: &str| Question {
            question_id: id.into(),
            experience_id: Some(exp.into()),
            company: "A".into(),
            position: 1,
            text: "Q?".into(),
            normalized: "q".into(),
            cluster_id: "qc_1".into(),
            category: category.into(),
            source_file: "a.txt".into(),
            source_line: 3,
            ..Default::default()
        };
        write_table(
            dir.path(),
            &[question("q_1", "exp_1", "coding"), question("q_2", "exp_404", "poetry")],
        );
        let results = run(dir.path(), &expect()).unwrap();
        let failed: Vec<String> = results
            .iter()
            .filter(|r| !r.passed())
            .map(|r| format!("{} {} {:?}", r.id(), r.failing, r.failures[0]))
            .collect();
        assert_eq!(
            failed,
            [
                "accepted_values:experiences.outcome 1 Failure { row: \"exp_2 (a.txt:9)\", value: Some(\"hired!\") }",
                "range:experiences.rounds 1 Failure { row: \"exp_2 (a.txt:9)\", value: Some(\"40\") }",
                "accepted_values:questions.category 1 Failure { row: \"q_2 (a.txt:3)\", value: Some(\"poetry\") }",
                "unique:experiences.experience_id 1 Failure { row: \"exp_1 (a.txt:20)\", value: Some(\"exp_1\") }",
                "relationship:questions.experience_id 1 Failure { row: \"q_2 (a.txt:3)\", value: Some(\"exp_404\") }",
            ]
        );
        assert!(results
            .iter()
            .any(|r| r.id() == "not_null:experiences.company" && r.passed()));
        write(dir.path(), &results).unwrap();
        let csv = std::fs::read_to_string(dir.path().join(RESULTS_FILE)).unwrap();
        assert!(csv.starts_with("test,kind,table,column,rule,status,failing_rows,examples\n"));
        assert!(csv.contains("relationship:questions.experience_id,relationship,questions,experience_id,exists in experiences.experience_id (when not null),fail,1,q_2 (a.txt:3) = exp_404\n"));
    }
}
