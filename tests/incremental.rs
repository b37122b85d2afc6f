//! Re-ingest: unchanged raw/ rewrites nothing and yields identical outputs; adding, changing
//! or deleting a file changes exactly its records; a record in two files counts once.

use crate::util::Workdir;

fn snapshot(w: &Workdir) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(w.file("processed"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "csv"))
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                std::fs::read(&p).unwrap(),
            )
        })
        .collect();
    files.sort();
    files
}

fn roles(w: &Workdir) -> Vec<String> {
    let mut r: Vec<String> = w
        .csv("processed/experiences.csv")
        .iter()
        .map(|r| format!("{}:{}", r["source_file"], r["role"]))
        .collect();
    r.sort();
    r
}

const PAGE_A: &str = "Acme Interview Questions\nQA Interview Experience\nCandidate: A\nFinal Result: Rejected\n";
const PAGE_B: &str = "Acme Interview Questions\nDev Interview Experience\nCandidate: B\nFinal Result: Selected\n";

#[test]
fn unchanged_rerun_is_identical_and_skipped() {
    let w = Workdir::with_seed();
    w.write_raw("acme.txt", PAGE_A.as_bytes());
    assert_eq!(w.run(&["ingest"]), 0);
    let before = snapshot(&w);
    let out = w.cmd().args(["ingest"]).arg("--quiet").output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(snapshot(&w), before);
    let out = std::process::Command::new(assert_cmd::cargo::cargo_bin("interview-pipeline"))
        .current_dir(w.path())
        .env("INTERVIEW_PIPELINE_KEY", crate::util::TEST_KEY)
        .arg("ingest")
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("unchanged, nothing rewritten"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(snapshot(&w), before);
}

#[test]
fn add_change_delete_touch_exactly_their_records() {
    let w = Workdir::with_seed();
    w.write_raw("acme.txt", PAGE_A.as_bytes());
    w.run(&["ingest"]);
    let base = roles(&w);
    assert_eq!(base.len(), 6);

    w.write_raw("acme-2.txt", PAGE_B.as_bytes());
    w.run(&["ingest"]);
    let mut expected = base.clone();
    expected.push("acme-2.txt:Dev".into());
    expected.sort();
    assert_eq!(roles(&w), expected, "adding a file adds exactly its records");

    w.write_raw("acme-2.txt", PAGE_B.replace("Dev", "Ops").as_bytes());
    w.run(&["ingest"]);
    assert!(roles(&w).contains(&"acme-2.txt:Ops".to_string()) && !roles(&w).contains(&"acme-2.txt:Dev".to_string()));

    std::fs::remove_file(w.file("raw/acme-2.txt")).unwrap();
    w.run(&["ingest"]);
    assert_eq!(roles(&w), base, "deleting a file removes exactly its records");

    // Same outputs as a fresh ingest of the same raw/.
    let fresh = Workdir::with_seed();
    fresh.write_raw("acme.txt", PAGE_A.as_bytes());
    fresh.run(&["ingest"]);
    assert_eq!(snapshot(&w), snapshot(&fresh));
}

#[test]
fn a_record_in_two_files_counts_once_and_survives_deleting_either() {
    let w = Workdir::new();
    w.write_raw("a.txt", PAGE_A.as_bytes());
    w.write_raw("b.txt", format!("{PAGE_A}\n{PAGE_B}").as_bytes());
    w.run(&["ingest"]);
    assert_eq!(roles(&w), ["a.txt:QA", "b.txt:Dev"]);
    assert_eq!(w.csv("processed/duplicates.csv").len(), 1);
    std::fs::remove_file(w.file("raw/a.txt")).unwrap();
    w.run(&["ingest"]);
    assert_eq!(
        roles(&w),
        ["b.txt:Dev", "b.txt:QA"],
        "the copy comes back when the kept file goes"
    );
    assert!(w.csv("processed/duplicates.csv").is_empty());
}
