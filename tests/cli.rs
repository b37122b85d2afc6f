//! Exit codes and bad input at the command level.

use crate::util::Workdir;

#[test]
fn missing_raw_folder_is_a_usage_error() {
    let w = Workdir::new();
    let out = w.cmd().args(["run", "--raw", "nope"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("raw folder nope does not exist") && err.contains("--raw"),
        "{err}"
    );
}

#[test]
fn unknown_flag_is_a_usage_error() {
    let w = Workdir::new();
    assert_eq!(w.run(&["run", "--no-such-flag"]), 2);
}

#[test]
fn bad_files_are_quarantined_and_the_batch_goes_on() {
    let w = Workdir::with_seed();
    w.write_raw("empty.txt", b"");
    w.write_raw("image.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10");
    w.write_raw("page.html", b"<!DOCTYPE html><html><body><h1>x</h1></body></html>");
    w.write_raw(
        "latin1.txt",
        b"Acme Interview Questions\nQA Engineer Interview Experience\nCandidate: Jos\xe9\nDifficulty: Easy\n",
    );
    w.write_raw(
        "truncated.txt",
        b"Acme Interview Questions\nQA Engineer Interview Experience\nCandidate:",
    );
    assert_eq!(w.run(&["run"]), 1, "quarantined input gives exit 1");
    assert_eq!(
        w.csv("processed/experiences.csv")
            .iter()
            .filter(|r| r["company"] == "Backbase")
            .count(),
        5,
        "good records all there"
    );
    let q = w.csv("processed/quarantine.csv");
    let reason = |file: &str| {
        q.iter()
            .filter(|r| r["source_file"] == file)
            .map(|r| format!("{}: {}", r["severity"], r["reason"]))
            .collect::<Vec<_>>()
            .join("; ")
    };
    assert_eq!(reason("empty.txt"), "error: empty file");
    assert!(
        reason("image.png").starts_with("error: binary file"),
        "{}",
        reason("image.png")
    );
    assert!(
        reason("page.html").starts_with("warning: no interview experiences"),
        "{}",
        reason("page.html")
    );
    assert!(
        reason("latin1.txt").starts_with("warning: invalid UTF-8"),
        "{}",
        reason("latin1.txt")
    );
    let trunc = q.iter().find(|r| r["source_file"] == "truncated.txt").unwrap();
    assert_eq!(trunc["source_line"], "2");
    assert!(trunc["reason"].contains("no fields after it"), "{}", trunc["reason"]);
    // The lossily decoded page is still ingested.
    let exps = w.csv("processed/experiences.csv");
    let acme = exps
        .iter()
        .find(|r| r["company"] == "Acme")
        .expect("latin-1 page ingested");
    assert_eq!(acme["difficulty"], "easy");
}

#[test]
fn strict_turns_warnings_into_exit_1() {
    let w = Workdir::with_seed();
    w.write_raw(
        "odd.txt",
        b"Acme Interview Questions\nQA Engineer Interview Experience\nCandidate: X\nFinal Result: Ghosted\n",
    );
    assert_eq!(w.run(&["ingest"]), 0, "a warning alone is a clean exit");
    assert_eq!(w.run(&["ingest", "--strict"]), 1);
    let q = w.csv("processed/quarantine.csv");
    assert!(q
        .iter()
        .any(|r| r["reason"] == "outcome `Ghosted` is not a known value; left empty" && r["source_line"] == "2"));
}

#[test]
fn report_without_ingest_names_the_fix() {
    let w = Workdir::new();
    let out = w.cmd().args(["report"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("run `ingest` first"));
}

#[test]
fn help_has_examples_and_exit_codes() {
    let w = Workdir::new();
    let out = w.cmd().arg("--help").output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Examples:") && text.contains("Exit codes:"), "{text}");
}
