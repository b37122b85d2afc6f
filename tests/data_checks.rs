//! Data tests of processed/ (dbt-style): all pass on a real ingest; a deliberately broken
//! processed/ (a duplicate id, an unknown vocabulary value, an orphan question) is caught by
//! `check` and by `ingest --strict`, with the offending rows named; report.html shows them.
//! And the aggregates as portable SQL: DuckDB over the partitioned export reproduces every
//! value of reports/*.csv, and DuckDB, Polars and pyarrow read every export format cleanly.

use crate::util::{bundled_raw, Workdir};
use polars::prelude::*;

fn read_parquet(w: &Workdir, table: &str) -> DataFrame {
    ParquetReader::new(std::fs::File::open(w.file(&format!("processed/{table}.parquet"))).unwrap())
        .finish()
        .unwrap()
}

fn write_parquet(w: &Workdir, table: &str, df: &mut DataFrame) {
    let f = std::fs::File::create(w.file(&format!("processed/{table}.parquet"))).unwrap();
    ParquetWriter::new(f).finish(df).unwrap();
}

fn set_str(df: &mut DataFrame, column: &str, row: usize, value: &str) {
    let mut values: Vec<Option<String>> = df
        .column(column)
        .unwrap()
        .str()
        .unwrap()
        .iter()
        .map(|s| s.map(str::to_string))
        .collect();
    values[row] = Some(value.to_string());
    df.with_column(Column::new(column.into(), values)).unwrap();
}

#[test]
fn a_real_ingest_passes_every_data_test() {
    let w = Workdir::with_seed();
    assert_eq!(w.run(&["ingest", "--strict"]), 0);
    let results = w.csv("processed/data_tests.csv");
    assert!(results.len() > 60, "{} tests", results.len());
    let failed: Vec<&str> = results
        .iter()
        .filter(|r| r["status"] != "pass")
        .map(|r| r["test"].as_str())
        .collect();
    assert!(failed.is_empty(), "{failed:?}");
    for test in [
        "unique:experiences.experience_id",
        "not_null:questions.cluster_id",
        "accepted_values:experiences.outcome",
        "accepted_values:questions.category",
        "accepted_values:stages.stage",
        "relationship:questions.experience_id",
        "range:experiences.rounds",
        "range:salaries.annual_min,annual_max",
    ] {
        assert!(results.iter().any(|r| r["test"] == test), "{test} is run");
    }
    assert!(w.csv("processed/data_test_failures.csv").is_empty());
}

#[test]
fn a_broken_processed_folder_is_caught_with_the_rows_named() {
    let w = Workdir::with_seed();
    assert_eq!(w.run(&["run"]), 0);
    let mut exps = read_parquet(&w, "experiences");
    let first_id = exps
        .column("experience_id")
        .unwrap()
        .str()
        .unwrap()
        .get(0)
        .unwrap()
        .to_string();
    let second_id = exps
        .column("experience_id")
        .unwrap()
        .str()
        .unwrap()
        .get(1)
        .unwrap()
        .to_string();
    set_str(&mut exps, "outcome", 1, "hired");
    let mut broken = exps.vstack(&exps.slice(0, 1)).unwrap(); // the first experience twice
    write_parquet(&w, "experiences", &mut broken);
    let mut questions = read_parquet(&w, "questions");
    let orphan = questions
        .column("question_id")
        .unwrap()
        .str()
        .unwrap()
        .get(2)
        .unwrap()
        .to_string();
    set_str(&mut questions, "experience_id", 2, "exp_does_not_exist");
    write_parquet(&w, "questions", &mut questions);

    // The raw files did not change, but the tables did after the last test results: an
    // unchanged ingest tests them again, and --strict fails on it.
    assert_eq!(w.run(&["ingest", "--strict"]), 1);
    let out = w.cmd().args(["check"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1), "check fails");
    let failed: Vec<(String, String, String)> = w
        .csv("processed/data_tests.csv")
        .into_iter()
        .filter(|r| r["status"] == "fail")
        .map(|r| (r["test"].clone(), r["failing_rows"].clone(), r["examples"].clone()))
        .collect();
    let find = |test: &str| {
        failed
            .iter()
            .find(|f| f.0 == test)
            .unwrap_or_else(|| panic!("{test} failed: {failed:?}"))
    };
    let dup = find("unique:experiences.experience_id");
    assert_eq!(dup.1, "1");
    assert!(
        dup.2.starts_with(&format!("{first_id} (backbase-interview-guide.txt:")),
        "{dup:?}"
    );
    let vocab = find("accepted_values:experiences.outcome");
    assert_eq!(vocab.1, "1");
    assert!(
        vocab.2.starts_with(&second_id) && vocab.2.ends_with("= hired"),
        "{vocab:?}"
    );
    let rel = find("relationship:questions.experience_id");
    assert_eq!(rel.1, "1");
    assert!(
        rel.2.starts_with(&orphan) && rel.2.ends_with("= exp_does_not_exist"),
        "{rel:?}"
    );
    assert_eq!(failed.len(), 3, "nothing else fails: {failed:?}");
    let failures = w.csv("processed/data_test_failures.csv");
    assert_eq!(failures.len(), 3);
    assert!(failures
        .iter()
        .any(|f| f["test"] == "relationship:questions.experience_id" && f["row"].starts_with(&orphan)));

    // Nothing changed since: the next ingest reuses the results, and still says what failed;
    // --strict turns the failures into exit 1, without it the run succeeds and says so.
    let out = w.cmd().args(["ingest", "--strict"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let out = w.cmd().args(["ingest"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let loud = assert_cmd::Command::cargo_bin("interview-pipeline")
        .unwrap()
        .current_dir(w.path())
        .env("INTERVIEW_PIPELINE_KEY", crate::util::TEST_KEY)
        .args(["ingest"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&loud.stderr);
    assert!(
        text.contains("data test failed: unique:experiences.experience_id"),
        "{text}"
    );
    // report.html shows the failed tests in its data-quality section.
    assert_eq!(w.run(&["report"]), 0);
    let html = w.read("reports/report.html");
    assert!(html.contains("3 of"), "data tests summary");
    assert!(html.contains("relationship:questions.experience_id"));
}

/// A Python with duckdb, polars and pyarrow (see util::python_with_duckdb).
fn python() -> Option<std::path::PathBuf> {
    crate::util::python_with_duckdb()
}

fn run_python(python: &std::path::Path, script: &str, args: &[&std::path::Path]) {
    let script = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("sql")
        .join(script);
    let out = std::process::Command::new(python)
        .arg(&script)
        .args(args)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    eprintln!("{stdout}{}", String::from_utf8_lossy(&out.stderr));
    assert!(out.status.success(), "{} failed:\n{stdout}", script.display());
}

#[test]
fn duckdb_over_the_partitioned_export_reproduces_every_aggregate() {
    let Some(python) = python() else { return };
    // The bundled raw/ and a generated corpus.
    let bundled = Workdir::new();
    let out = bundled
        .cmd()
        .args(["run", "--raw"])
        .arg(bundled_raw())
        .output()
        .unwrap();
    assert!(matches!(out.status.code(), Some(0) | Some(1)));
    let generated = Workdir::new();
    crate::generated::corpus::generate(
        crate::generated::corpus::Options {
            pages: 120,
            seed: 11,
            html_percent: 30,
        },
        generated.path(),
    )
    .unwrap();
    assert_eq!(generated.run(&["run"]), 0);
    for w in [&bundled, &generated] {
        let failed = w
            .csv("processed/data_tests.csv")
            .into_iter()
            .filter(|r| r["status"] != "pass")
            .count();
        assert_eq!(failed, 0, "every data test passes on real and generated input");
        assert_eq!(w.run(&["export", "--to", "export", "--partition-by", "company"]), 0);
        run_python(&python, "check_duckdb.py", &[&w.file("export"), &w.file("reports")]);
    }
    // The check can fail: a changed value in reports/ is found.
    let rates = bundled
        .read("reports/rejection_rates.csv")
        .replacen(",0.5,", ",0.55,", 1);
    std::fs::write(bundled.file("reports/rejection_rates.csv"), rates).unwrap();
    let script = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("sql/check_duckdb.py");
    let out = std::process::Command::new(&python)
        .arg(script)
        .arg(bundled.file("export"))
        .arg(bundled.file("reports"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("rejection_rates: 34 rows"));
}

#[test]
fn duckdb_polars_and_pyarrow_read_every_format_cleanly() {
    let Some(python) = python() else { return };
    let w = Workdir::new();
    let out = w.cmd().args(["ingest", "--raw"]).arg(bundled_raw()).output().unwrap();
    assert!(matches!(out.status.code(), Some(0) | Some(1)));
    let mut dirs = Vec::new();
    for (name, args) in [
        ("parquet", vec!["--format", "parquet"]),
        (
            "parquet-hive",
            vec!["--format", "parquet", "--partition-by", "role_family"],
        ),
        ("csv", vec!["--format", "csv"]),
        ("csv-hive", vec!["--format", "csv", "--partition-by", "company"]),
        (
            "jsonl",
            vec![
                "--format",
                "jsonl",
                "--tables",
                "experiences,questions,salaries,quarantine,coverage",
            ],
        ),
    ] {
        let mut full = vec!["export", "--to", name];
        full.extend(&args);
        assert_eq!(w.run(&full), 0, "{name}");
        dirs.push(w.file(name));
    }
    let refs: Vec<&std::path::Path> = dirs.iter().map(|d| d.as_path()).collect();
    run_python(&python, "check_interop.py", &refs);
}

/// The parser's boundary values are valid data: 25 rounds (the parser keeps 1–30), a
/// process of 12 years, a salary without currency (`no_currency`), an annual range whose
/// midpoint is plausible though its low end is not. Every data test passes on them.
#[test]
fn the_parsers_boundary_values_pass_the_data_tests() {
    let w = Workdir::new();
    let seed = String::from_utf8(crate::util::seed_bytes()).unwrap();
    let page = seed
        .replacen("Interview Process\n3\n", "Interview Process\n25\n", 1)
        .replacen("| €40,000 - €55,000 annually |", "| 120,000 per year |", 1)
        .replacen("| €70,000 - €95,000 annually |", "| €400 - €1,000 per year |", 1);
    assert_ne!(page, seed, "the seed has the lines replaced");
    w.write_raw("backbase-interview-guide.txt", page.as_bytes());
    w.write_raw(
        "acme.json",
        br#"{"employer": {"name": "Acme"}, "interviews": [{"jobTitle": {"text": "Analyst"}, "processLength": "12 years", "outcome": "NO_OFFER"}]}"#,
    );
    assert!(matches!(w.run(&["ingest"]), 0 | 1));
    let exps = w.csv("processed/experiences.csv");
    assert!(exps.iter().any(|e| e["rounds"] == "25"));
    assert!(exps
        .iter()
        .any(|e| e["duration_days"].parse::<i64>().unwrap_or(0) > 3650));
    let salaries = w.csv("processed/salaries.csv");
    assert!(
        salaries.iter().any(|s| s["parse_status"] == "no_currency"),
        "{salaries:?}"
    );
    let failed: Vec<String> = w
        .csv("processed/data_tests.csv")
        .into_iter()
        .filter(|r| r["status"] != "pass")
        .map(|r| format!("{} {}", r["test"], r["examples"]))
        .collect();
    assert!(failed.is_empty(), "{failed:?}");
}

/// `check` tests against the settings the ingest used (recorded in manifest.json), not the
/// defaults: a salary of 300 a year is plausible under `--salary-bounds 1..1000000000`.
#[test]
fn check_uses_the_ingests_settings() {
    let w = Workdir::with_seed();
    let seed = String::from_utf8(crate::util::seed_bytes()).unwrap();
    let page = seed.replacen("| €40,000 - €55,000 annually |", "| €300 per year |", 1);
    w.write_raw("backbase-interview-guide.txt", page.as_bytes());
    assert_eq!(w.run(&["ingest", "--strict", "--salary-bounds", "1..1000000000"]), 0);
    assert_eq!(w.run(&["check"]), 0, "the ingest's bounds, from the manifest");
    assert_eq!(
        w.run(&["check", "--salary-bounds", "500..200000000"]),
        1,
        "bounds given: used"
    );
}
