//! `export`: every filter with every format exports exactly the rows the filter names (the
//! expected rows computed here from processed/*.csv, independently of the program's filter
//! code, plus hand-checked counts), columns and tables as chosen, standard output, Hive
//! partitions, the data dictionary, and usage errors for what cannot be exported.

use crate::util::Workdir;
use polars::prelude::*;
use std::collections::{BTreeSet, HashMap};

fn bundled_ingested() -> Workdir {
    let w = Workdir::with_bundled();
    assert!(matches!(w.run(&["ingest"]), 0 | 1));
    w
}

/// The rows of an exported table file, every value as text (null: empty).
fn read_rows(path: &std::path::Path, format: &str) -> Vec<HashMap<String, String>> {
    match format {
        "csv" => {
            let mut r = csv::Reader::from_path(path).unwrap();
            let headers = r.headers().unwrap().clone();
            r.records()
                .map(|rec| {
                    headers
                        .iter()
                        .zip(rec.unwrap().iter())
                        .map(|(h, v)| (h.into(), v.into()))
                        .collect()
                })
                .collect()
        }
        "jsonl" => std::fs::read_to_string(path)
            .unwrap()
            .lines()
            .map(|line| {
                let v: serde_json::Value = serde_json::from_str(line).unwrap();
                v.as_object()
                    .unwrap()
                    .iter()
                    .map(|(k, v)| {
                        let text = match v {
                            serde_json::Value::Null => String::new(),
                            serde_json::Value::String(s) => s.clone(),
                            other => other.to_string(),
                        };
                        (k.clone(), text)
                    })
                    .collect()
            })
            .collect(),
        _ => {
            let df = ParquetReader::new(std::fs::File::open(path).unwrap()).finish().unwrap();
            let columns: Vec<(String, Vec<String>)> = df
                .columns()
                .iter()
                .map(|c| {
                    let s = c.cast(&DataType::String).unwrap();
                    let values = s.str().unwrap().iter().map(|v| v.unwrap_or("").to_string()).collect();
                    (c.name().to_string(), values)
                })
                .collect();
            (0..df.height())
                .map(|i| columns.iter().map(|(n, v)| (n.clone(), v[i].clone())).collect())
                .collect()
        }
    }
}

/// (flags, does an experience row pass, does a question row pass given its experience).
type Case = (&'static str, Vec<&'static str>, fn(&HashMap<String, String>) -> bool);

fn cases() -> Vec<Case> {
    vec![
        ("no filter", vec![], |_| true),
        ("company", vec!["--company", "northwind bank"], |e| {
            e["company"] == "Northwind Bank"
        }),
        ("role", vec!["--role", "software engineer"], |e| {
            e["role"] == "Software Engineer"
        }),
        ("role family", vec!["--role-family", "data"], |e| {
            e["role_family"] == "data"
        }),
        ("outcome", vec!["--outcome", "rejected,offer"], |e| {
            e["outcome"] == "rejected" || e["outcome"] == "offer"
        }),
        ("dates", vec!["--since", "2026-02-01", "--until", "2026-02-28"], |e| {
            let d = if e["interview_date"].is_empty() {
                &e["page_date"]
            } else {
                &e["interview_date"]
            };
            !d.is_empty() && d.as_str() >= "2026-02-01" && d.as_str() <= "2026-02-28"
        }),
        (
            "company and outcome",
            vec!["--company", "Backbase", "--outcome", "rejected"],
            |e| e["company"] == "Backbase" && e["outcome"] == "rejected",
        ),
    ]
}

#[test]
fn every_filter_with_every_format_exports_the_named_rows() {
    let w = bundled_ingested();
    let experiences = w.csv("processed/experiences.csv");
    let questions = w.csv("processed/questions.csv");
    let by_id: HashMap<&str, &HashMap<String, String>> =
        experiences.iter().map(|e| (e["experience_id"].as_str(), e)).collect();
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for (name, flags, keeps) in cases() {
        let want_exps: BTreeSet<String> = experiences
            .iter()
            .filter(|e| keeps(e))
            .map(|e| e["experience_id"].clone())
            .collect();
        // A question passes on its own company and role columns, and on its experience for
        // the rest; a page-level question (no experience) passes only company filters.
        let want_questions: BTreeSet<String> = questions
            .iter()
            .filter(|q| match by_id.get(q["experience_id"].as_str()) {
                Some(e) => keeps(e),
                None => match name {
                    "no filter" => true,
                    "company" => q["company"] == "Northwind Bank",
                    _ => false,
                },
            })
            .map(|q| q["question_id"].clone())
            .collect();
        counts.insert(name, want_exps.len());
        for format in ["csv", "parquet", "jsonl"] {
            let out = format!("out-{}-{format}", name.replace(' ', "-"));
            let mut args = vec![
                "export",
                "--to",
                &out,
                "--format",
                format,
                "--tables",
                "experiences,questions",
            ];
            args.extend(&flags);
            assert_eq!(w.run(&args), 0, "{name} {format}");
            let got_exps: BTreeSet<String> = read_rows(&w.file(&format!("{out}/experiences.{format}")), format)
                .into_iter()
                .map(|r| r["experience_id"].clone())
                .collect();
            assert_eq!(got_exps, want_exps, "{name} {format}: experiences");
            let got_questions: BTreeSet<String> = read_rows(&w.file(&format!("{out}/questions.{format}")), format)
                .into_iter()
                .map(|r| r["question_id"].clone())
                .collect();
            assert_eq!(got_questions, want_questions, "{name} {format}: questions");
        }
    }
    // Hand-checked against the bundled pages: 29 experiences; 6 at Northwind Bank (4 on its
    // guide page, 2 in its JSON Lines export); 11 rejected and 9 offers; Backbase's two
    // rejections (Customer Success Manager, Product Manager).
    assert_eq!(counts["no filter"], 29);
    assert_eq!(counts["company"], 6);
    assert_eq!(counts["outcome"], 20);
    assert_eq!(counts["company and outcome"], 2);
    assert!(
        counts["role"] > 0 && counts["role family"] > 0 && counts["dates"] > 0,
        "{counts:?}"
    );
}

#[test]
fn columns_tables_and_standard_output() {
    let w = bundled_ingested();
    let out = w
        .cmd()
        .args([
            "export",
            "--to",
            "-",
            "--format",
            "csv",
            "--tables",
            "questions",
            "--company",
            "Backbase",
            "--columns",
            "text,question_id",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("text,question_id"), "columns in the order asked");
    let want = w
        .csv("processed/questions.csv")
        .iter()
        .filter(|q| q["company"] == "Backbase")
        .count();
    assert_eq!(lines.count(), want);
    assert_eq!(
        want, 25,
        "the seed page's 20 experience questions and 5 page-level ones"
    );

    let out = w
        .cmd()
        .args([
            "export",
            "--to",
            "-",
            "--format",
            "jsonl",
            "--tables",
            "salaries",
            "--columns",
            "company,annual_min",
        ])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(text.lines().count(), w.csv("processed/salaries.csv").len());
    assert!(text.lines().all(|l| l.starts_with("{\"company\":") && l.ends_with('}')));

    // --tables and --columns together: only what was asked, and the dictionary says so.
    assert_eq!(
        w.run(&[
            "export",
            "--to",
            "cut",
            "--format",
            "csv",
            "--tables",
            "experiences",
            "--columns",
            "company,outcome"
        ]),
        0
    );
    assert_eq!(
        Vec::from_iter(w.names("cut")),
        ["SCHEMA.md", "experiences.csv", "schema.json"]
    );
    assert!(w.read("cut/experiences.csv").starts_with("company,outcome\n"));
    let schema: serde_json::Value = serde_json::from_str(&w.read("cut/schema.json")).unwrap();
    let cols: Vec<&str> = schema["tables"][0]["columns"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(cols, ["company", "outcome"]);
}

#[test]
fn hive_partitions_and_the_data_dictionary() {
    let w = bundled_ingested();
    assert_eq!(w.run(&["export", "--to", "hive", "--partition-by", "company"]), 0);
    let part = w.file("hive/experiences/company=Northwind Bank/part-0.parquet");
    let df = ParquetReader::new(std::fs::File::open(&part).unwrap())
        .finish()
        .unwrap();
    assert_eq!(df.height(), 6);
    assert!(df.column("company").is_err(), "the partition column is the path");
    let companies = w.names("hive/experiences");
    assert_eq!(companies.len(), 7, "{companies:?}");
    // Stages have no company column: written whole.
    assert!(w.file("hive/stages.parquet").is_file());

    let schema: serde_json::Value = serde_json::from_str(&w.read("hive/schema.json")).unwrap();
    assert_eq!(schema["schema_version"], 1);
    assert_eq!(schema["format"], "parquet");
    let exps = &schema["tables"][0];
    assert_eq!(exps["name"], "experiences");
    assert_eq!(exps["rows"], 29);
    assert_eq!(exps["path"], "experiences/");
    assert_eq!(exps["partition_by"], "company");
    let outcome = exps["columns"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "outcome")
        .unwrap();
    assert_eq!(outcome["type"], "string");
    assert_eq!(outcome["nullable"], true);
    assert_eq!(
        outcome["accepted_values"],
        serde_json::json!(["offer", "declined", "rejected", "withdrew", "pending"])
    );
    // Every column of the record type is described, in the record's order.
    let model: Vec<&str> = interview_pipeline::model::table_info("experiences")
        .unwrap()
        .columns
        .iter()
        .map(|c| c.name)
        .collect();
    let described: Vec<&str> = exps["columns"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(described, model);
    let md = w.read("hive/SCHEMA.md");
    assert!(
        md.contains("## `experiences` — one row per interview experience"),
        "{md}"
    );
    assert!(md.contains("partitioned by `company`"));
    assert!(
        md.contains("| rounds | int64 | yes | Number of interview rounds, or null. |"),
        "{md}"
    );

    // A second export replaces the first: no stale partition survives.
    assert_eq!(
        w.run(&[
            "export",
            "--to",
            "hive",
            "--partition-by",
            "company",
            "--company",
            "Kestrel"
        ]),
        0
    );
    assert_eq!(Vec::from_iter(w.names("hive/experiences")), ["company=Kestrel"]);
}

#[test]
fn what_cannot_be_exported_is_a_usage_error() {
    let w = bundled_ingested();
    for (args, message) in [
        (vec!["--outcome", "hired"], "not a value of experiences.outcome"),
        (
            vec!["--role-family", "wizardry"],
            "not a value of experiences.role_family",
        ),
        (vec!["--tables", "secrets"], "no such table"),
        (vec!["--columns", "salary_of_ceo"], "no chosen table has this column"),
        (vec!["--since", "2026-03-01", "--until", "2026-01-01"], "is after"),
        (vec!["--partition-by", "nothing"], "no chosen table has this column"),
    ] {
        let mut full = vec!["export", "--to", "x"];
        full.extend(&args);
        let out = w.cmd().args(&full).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(message), "{args:?}: {stderr}");
    }
    for args in [
        vec!["export", "--to", "-", "--format", "parquet", "--tables", "faq"],
        vec!["export", "--to", "-", "--format", "csv"],
        vec![
            "export",
            "--to",
            "-",
            "--format",
            "csv",
            "--tables",
            "faq",
            "--partition-by",
            "company",
        ],
    ] {
        assert_eq!(w.cmd().args(&args).output().unwrap().status.code(), Some(2), "{args:?}");
    }
    assert!(!w.file("x").exists(), "nothing written on a usage error");
    let empty = Workdir::new();
    let out = empty.cmd().args(["export", "--to", "x"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("run `ingest` first"));
}

/// Partition values that paths and readers treat specially come back exactly, when the
/// reader is given the column's type as SCHEMA.md says; an empty table is an empty partition.
#[test]
fn awkward_partition_values_and_empty_tables() {
    let w = Workdir::new();
    for (file, company) in [
        ("a.json", "007"),
        ("b.json", "A/B=C 100%"),
        ("c.json", "Zürich Re"),
        ("d.json", "Smith, Jones & Partners"),
    ] {
        let json = format!(r#"[{{"company": "{company}", "jobTitle": "Analyst", "outcome": "No Offer"}}]"#);
        w.write_raw(file, json.as_bytes());
    }
    assert_eq!(w.run(&["ingest"]), 0);
    let companies: BTreeSet<String> = w
        .csv("processed/experiences.csv")
        .into_iter()
        .map(|e| e["company"].clone())
        .collect();
    assert_eq!(companies.len(), 4, "{companies:?}");
    assert_eq!(
        w.run(&[
            "export",
            "--to",
            "hive",
            "--partition-by",
            "company",
            "--tables",
            "experiences"
        ]),
        0
    );
    let folders = w.names("hive/experiences");
    assert!(folders.contains("company=A%2FB%3DC 100%25"), "{folders:?}");
    // A company name with a comma is one --company value.
    let out = w
        .cmd()
        .args([
            "export",
            "--to",
            "-",
            "--format",
            "csv",
            "--tables",
            "experiences",
            "--columns",
            "company",
        ])
        .args(["--company", "smith, jones & partners"])
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "company\n\"Smith, Jones & Partners\"\n"
    );
    if let Some(python) = crate::util::python_with_duckdb() {
        let script = format!(
            "import duckdb\nprint(sorted(r[0] for r in duckdb.execute(\"SELECT company FROM read_parquet('{}/*/*.parquet', hive_partitioning = true, hive_types = {{'company': VARCHAR}})\").fetchall()))",
            w.file("hive/experiences").display()
        );
        let out = std::process::Command::new(python)
            .args(["-c", &script])
            .output()
            .unwrap();
        assert_eq!(
            String::from_utf8_lossy(&out.stdout).trim(),
            "['007', 'A/B=C 100%', 'Smith, Jones & Partners', 'Zürich Re']",
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    // No row left: one empty partition, so a reader's glob finds the columns and no rows.
    let out = w
        .cmd()
        .args([
            "export",
            "--to",
            "none",
            "--partition-by",
            "company",
            "--tables",
            "experiences",
            "--company",
            "Nobody Inc",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stderr).is_empty(), "-q: quiet");
    let empty = w.file("none/experiences/company=__HIVE_DEFAULT_PARTITION__/part-0.parquet");
    let df = ParquetReader::new(std::fs::File::open(empty).unwrap())
        .finish()
        .unwrap();
    assert_eq!(df.height(), 0);
    assert!(df.column("experience_id").is_ok());
}

#[test]
fn exporting_again_replaces_the_earlier_export_and_nothing_else() {
    let w = bundled_ingested();
    assert_eq!(
        w.run(&[
            "export",
            "--to",
            "out",
            "--format",
            "csv",
            "--tables",
            "questions,experiences"
        ]),
        0
    );
    std::fs::write(w.file("out/notes.txt"), "mine").unwrap();
    assert_eq!(
        w.run(&[
            "export",
            "--to",
            "out",
            "--format",
            "parquet",
            "--tables",
            "experiences"
        ]),
        0
    );
    assert_eq!(
        Vec::from_iter(w.names("out")),
        ["SCHEMA.md", "experiences.parquet", "notes.txt", "schema.json"],
        "the earlier CSV files go, the user's file stays"
    );

    // A failure while reading leaves the folder as it was.
    let before = std::fs::read(w.file("out/experiences.parquet")).unwrap();
    std::fs::remove_file(w.file("processed/faq.parquet")).unwrap();
    assert_eq!(w.run(&["export", "--to", "out", "--company", "Kestrel"]), 2);
    assert_eq!(std::fs::read(w.file("out/experiences.parquet")).unwrap(), before);

    // Never into processed/ or reports/, never over a folder that is not an export's.
    for to in ["processed", "."] {
        assert_eq!(
            w.run(&["export", "--to", to, "--tables", "experiences"]),
            if to == "." { 0 } else { 2 }
        );
    }
    std::fs::create_dir_all(w.file("mine/questions")).unwrap();
    std::fs::write(w.file("mine/questions/keep.txt"), "mine").unwrap();
    let out = w
        .cmd()
        .args([
            "export",
            "--to",
            "mine",
            "--tables",
            "questions",
            "--partition-by",
            "company",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not an earlier export's partition folder"));
    assert!(w.file("mine/questions/keep.txt").is_file());

    // --columns with --partition-by: only tables with a chosen column, never an empty file.
    assert_eq!(
        w.run(&[
            "export",
            "--to",
            "cols",
            "--columns",
            "text",
            "--partition-by",
            "company"
        ]),
        0
    );
    let names = w.names("cols");
    assert!(
        names.contains("questions") && !names.contains("experiences"),
        "{names:?}"
    );
    let out = w
        .cmd()
        .args([
            "export",
            "--to",
            "x",
            "--columns",
            "company",
            "--partition-by",
            "company",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no column but the partition's"));
}
