//! Crash safety (issue #5): a run killed with SIGKILL at any moment leaves processed/ and
//! reports/ complete and readable (every table the previous or the new version, never a torn
//! file), and the next run completes normally with the same outputs as a fresh one.

use crate::generated::corpus;
use crate::util::Workdir;
use std::path::Path;
use std::time::Duration;

/// Every visible file of `dir` is whole: CSVs parse to the end with their header, Parquet
/// files open, and when the manifest is there its row counts are the tables' row counts.
fn assert_whole(dir: &Path) {
    let manifest: Option<serde_json::Value> = std::fs::read_to_string(dir.join("manifest.json"))
        .ok()
        .map(|t| serde_json::from_str(&t).expect("manifest.json is whole JSON"));
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue; // temporary files of the killed run: hidden, removed by the next run
        }
        match path.extension().and_then(|e| e.to_str()) {
            Some("csv") => {
                let bytes = std::fs::read(&path).unwrap();
                assert!(bytes.ends_with(b"\n"), "{name} ends with a whole line");
                let mut r = csv::Reader::from_reader(bytes.as_slice());
                let width = r.headers().unwrap().len();
                let rows = r
                    .records()
                    .map(|rec| assert_eq!(rec.expect(&name).len(), width, "{name}"))
                    .count();
                if let Some(m) = &manifest {
                    if let Some(n) = m["tables"][name.trim_end_matches(".csv")].as_u64() {
                        if dir.ends_with("processed") {
                            assert_eq!(rows as u64, n, "{name} has the manifest's row count");
                        }
                    }
                }
            }
            Some("parquet") => {
                use polars::prelude::*;
                let file = std::fs::File::open(&path).unwrap();
                ParquetReader::new(file)
                    .finish()
                    .unwrap_or_else(|e| panic!("{name} is whole Parquet: {e}"));
            }
            Some("png") => {
                let bytes = std::fs::read(&path).unwrap();
                assert!(bytes.ends_with(&[0xAE, 0x42, 0x60, 0x82]), "{name} ends with IEND");
            }
            Some("html") => assert!(std::fs::read_to_string(&path).unwrap().trim_end().ends_with("</html>")),
            _ => {}
        }
    }
}

#[test]
fn sigkill_at_any_moment_leaves_whole_outputs() {
    let w = Workdir::with_seed();
    assert_eq!(w.run(&["run"]), 0, "a complete previous run");
    let before = w.read("processed/experiences.csv");
    // A bigger raw/ so the next run takes a while: kill it at several points.
    corpus::generate(
        corpus::Options {
            pages: 400,
            seed: 11,
            html_percent: 25,
        },
        w.path(),
    )
    .unwrap();
    let mut killed_mid_run = 0;
    for ms in [30, 120, 300, 600, 1000, 1500, 2200, 3000, 4000] {
        let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("interview-pipeline"))
            .current_dir(w.path())
            .env("INTERVIEW_PIPELINE_KEY", crate::util::TEST_KEY)
            .args(["-q", "run"])
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(ms));
        let finished = child.try_wait().unwrap().is_some();
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        killed_mid_run += !finished as usize;
        assert_whole(&w.file("processed"));
        assert_whole(&w.file("reports"));
        let now = w.read("processed/experiences.csv");
        assert!(
            now == before || now.lines().count() > 1000,
            "experiences.csv is the old table or the whole new one"
        );
    }
    assert!(killed_mid_run >= 3, "the kills landed while the run was working");

    // Killed while it writes charts and report.html: reports/ stays whole too.
    assert_eq!(w.run(&["ingest"]), 0);
    for ms in [5, 40, 90, 150, 250, 400] {
        let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("interview-pipeline"))
            .current_dir(w.path())
            .args(["-q", "report"])
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(ms));
        child.kill().unwrap();
        child.wait().unwrap();
        assert_whole(&w.file("reports"));
    }

    // The next run completes and gives what a fresh run gives.
    assert_eq!(w.run(&["run"]), 0);
    let fresh = Workdir::with_seed();
    corpus::generate(
        corpus::Options {
            pages: 400,
            seed: 11,
            html_percent: 25,
        },
        fresh.path(),
    )
    .unwrap();
    assert_eq!(fresh.run(&["run"]), 0);
    for table in ["experiences", "questions", "salaries", "quarantine", "coverage"] {
        let rel = format!("processed/{table}.csv");
        assert_eq!(w.read(&rel), fresh.read(&rel), "{rel}");
    }
    for report in ["rejection_rates.csv", "question_frequency.csv", "summary.md"] {
        let rel = format!("reports/{report}");
        assert_eq!(w.read(&rel), fresh.read(&rel), "{rel}");
    }
    let leftovers: Vec<String> = ["processed", "reports"]
        .iter()
        .flat_map(|d| std::fs::read_dir(w.file(d)).unwrap())
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".tmp-"))
        .collect();
    assert!(
        leftovers.is_empty(),
        "the completed run removed the killed runs' temporary files: {leftovers:?}"
    );
}
