//! Hostile and broken input (issue #5): outputs that cannot turn into an attack on whoever
//! opens them, and a bad-input matrix where every good record survives and every bad input is
//! in quarantine with a reason.

use crate::util::Workdir;

const FORMULA_LEADS: [u8; 6] = [b'=', b'+', b'-', b'@', b'\t', b'\r'];

/// A page whose questions, advice and role carry spreadsheet formulas and HTML injection.
const EVIL_PAGE: &str = "Evil Labs Interview Questions
+Engineer Interview Experience
Candidate: Mallory
Final Result: Rejected
Questions Asked:
- =HYPERLINK(\"http://evil.example/\",\"click\")
- <script>alert(1)</script>
- <img src=x onerror=alert(2)>
- @SUM(1+1)
- -2+3 explain this
Advice: =cmd|' /C calc'!A0
";

/// Every cell of every CSV file under `dir`.
fn csv_cells(dir: &std::path::Path) -> Vec<(String, String)> {
    let mut cells = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "csv") {
            continue;
        }
        let mut r = csv::ReaderBuilder::new().flexible(true).from_path(&path).unwrap();
        for record in r.records() {
            for cell in record.unwrap().iter() {
                cells.push((
                    path.file_name().unwrap().to_string_lossy().into_owned(),
                    cell.to_string(),
                ));
            }
        }
    }
    cells
}

#[test]
fn no_formula_leading_cell_in_any_csv_and_raw_text_in_parquet() {
    let w = Workdir::with_seed();
    w.write_raw("evil-labs.txt", EVIL_PAGE.as_bytes());
    assert_eq!(w.run(&["run"]), 0);
    let mut neutralized = 0;
    for dir in ["processed", "reports"] {
        for (file, cell) in csv_cells(&w.file(dir)) {
            assert!(
                !cell.as_bytes().first().is_some_and(|b| FORMULA_LEADS.contains(b)),
                "{dir}/{file}: formula-leading cell {cell:?}"
            );
            neutralized += cell.starts_with("'=") as usize;
        }
    }
    assert!(
        neutralized >= 3,
        "the =… question and advice are in the CSVs, neutralized"
    );
    let questions = w.csv("processed/questions.csv");
    let texts: Vec<&str> = questions.iter().map(|q| q["text"].as_str()).collect();
    assert!(
        texts.contains(&"'=HYPERLINK(\"http://evil.example/\",\"click\")"),
        "{texts:?}"
    );
    assert!(
        texts.contains(&"'@SUM(1+1)") && texts.contains(&"'-2+3 explain this"),
        "{texts:?}"
    );

    // Parquet keeps the value as written.
    use polars::prelude::*;
    let file = std::fs::File::open(w.file("processed/questions.parquet")).unwrap();
    let df = ParquetReader::new(file).finish().unwrap();
    let raw: Vec<String> = df
        .column("text")
        .unwrap()
        .str()
        .unwrap()
        .iter()
        .flatten()
        .map(str::to_string)
        .collect();
    assert!(
        raw.contains(&"=HYPERLINK(\"http://evil.example/\",\"click\")".to_string()),
        "{raw:?}"
    );
    assert!(raw.contains(&"<script>alert(1)</script>".to_string()));
    let exp = w.csv("processed/experiences.csv");
    let evil = crate::util::row(&exp, "company", "Evil Labs");
    assert_eq!(evil["role"], "'+Engineer");
    assert_eq!(evil["advice"], "'=cmd|' /C calc'!A0");
}

#[test]
fn injection_strings_render_as_text_in_report_and_summary() {
    let w = Workdir::with_seed();
    w.write_raw("evil-labs.txt", EVIL_PAGE.as_bytes());
    assert_eq!(w.run(&["run"]), 0);
    let html = w.read("reports/report.html");
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "question shown as text"
    );
    assert!(html.contains("&lt;img src=x onerror=alert(2)&gt;"));
    assert!(!html.contains("<script>alert") && !html.contains("<img src=x"));
    assert!(!html.contains("http://evil.example/\" ") && !html.contains("href=\"http"));
    let md = w.read("reports/summary.md");
    assert!(!md.contains("<script>") && !md.contains("<img"), "{md}");

    let Some((dom, stderr)) = crate::util::chromium_dom(&w.file("reports/report.html")) else {
        return;
    };
    assert!(
        dom.contains("data-charts-rendered=\"9/9\"") && dom.contains("data-errors=\"0\""),
        "page ran; stderr: {stderr}"
    );
    // The browser's own serialization of the page: the strings are text nodes, not elements.
    assert!(
        dom.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "script shown as text"
    );
    assert!(dom.contains("&lt;img src=x onerror=alert(2)&gt;"), "img shown as text");
    assert!(
        !dom.contains("<img src=\"x\"") && !dom.contains("<img src=x"),
        "no injected element"
    );
}

#[test]
fn no_email_or_phone_in_any_output_by_default() {
    const PAGE: &str = "Nimbus Labs Interview Questions
Data Analyst Interview Experience
Candidate: Priya Raman
Final Result: Selected
Advice: Write to priya.raman@example.com or call +91 98765 43210 for tips.
Full Experience: The recruiter (hr@nimbus-labs.io, 555-123-4567) scheduled 3 rounds in 2-3 weeks for €45,000 - €60,000.
Questions Asked:
- Email your answers to jobs@nimbus-labs.io?
";
    let w = Workdir::new();
    w.write_raw("nimbus-labs.txt", PAGE.as_bytes());
    assert_eq!(w.run(&["run"]), 0);
    let secrets = [
        "priya.raman@example.com",
        "98765 43210",
        "hr@nimbus-labs.io",
        "555-123-4567",
        "jobs@nimbus-labs.io",
        "Priya Raman",
    ];
    for dir in ["processed", "reports"] {
        for entry in walkdir::WalkDir::new(w.file(dir)) {
            let entry = entry.unwrap();
            if !entry.file_type().is_file() {
                continue;
            }
            let bytes = std::fs::read(entry.path()).unwrap();
            let text = String::from_utf8_lossy(&bytes);
            for s in secrets {
                assert!(!text.contains(s), "{s} in {}", entry.path().display());
            }
        }
    }
    let exp = w.csv("processed/experiences.csv");
    assert_eq!(
        exp[0]["advice"],
        "Write to [email removed] or call [phone removed] for tips."
    );
    assert!(exp[0]["narrative"]
        .contains("([email removed], [phone removed]) scheduled 3 rounds in 2-3 weeks for €45,000 - €60,000"));

    // Asked for, they are kept.
    let keep = Workdir::new();
    keep.write_raw("nimbus-labs.txt", PAGE.as_bytes());
    assert_eq!(keep.run(&["run", "--keep-contacts"]), 0);
    let exp = keep.csv("processed/experiences.csv");
    assert!(exp[0]["advice"].contains("priya.raman@example.com") && exp[0]["advice"].contains("+91 98765 43210"));
}

/// Runs `run` on raw/ holding the seed page and whatever `bad` adds; checks that the seed's
/// records all came through, and returns the exit code and the quarantine rows.
fn with_seed_and(
    args: &[&str],
    bad: impl Fn(&Workdir),
) -> (i32, Vec<std::collections::HashMap<String, String>>, Workdir) {
    let w = Workdir::with_seed();
    bad(&w);
    let code = w.run(&[&["run"], args].concat());
    let seed = roles_where(&w, "source_file", "backbase-interview-guide.txt");
    assert_eq!(seed.len(), 5, "every good record is still there: {seed:?}");
    assert_eq!(
        w.csv("processed/questions.csv")
            .iter()
            .filter(|q| q["source_file"] == "backbase-interview-guide.txt")
            .count(),
        25
    );
    let q = w.csv("processed/quarantine.csv");
    (code, q, w)
}

/// The quarantine row of `file`, asserting there is exactly one and its reason says `says`.
fn reason_for<'a>(
    q: &'a [std::collections::HashMap<String, String>],
    file: &str,
    says: &str,
) -> &'a std::collections::HashMap<String, String> {
    let rows: Vec<_> = q.iter().filter(|r| r["source_file"] == file).collect();
    assert!(!rows.is_empty(), "{file} not in quarantine: {q:?}");
    let row = rows
        .iter()
        .find(|r| r["reason"].contains(says))
        .unwrap_or_else(|| panic!("no reason about `{says}` for {file}: {rows:?}"));
    row
}

#[test]
fn bad_input_empty_file() {
    let (code, q, _) = with_seed_and(&[], |w| w.write_raw("empty.txt", b""));
    let row = reason_for(&q, "empty.txt", "empty");
    assert_eq!(row["severity"], "error");
    assert_eq!(code, 1, "input not ingested: exit 1");
}

#[test]
fn bad_input_binary_file() {
    let (code, q, _) = with_seed_and(&[], |w| {
        let bytes: Vec<u8> = (0..4096u32).map(|i| (i * 7919 % 256) as u8).collect();
        w.write_raw("photo.jpg", &bytes);
    });
    assert_eq!(reason_for(&q, "photo.jpg", "binary")["severity"], "error");
    assert_eq!(code, 1);
}

#[test]
fn bad_input_invalid_utf8_is_decoded_lossily_with_a_warning() {
    let (code, q, w) = with_seed_and(&[], |w| {
        let mut page = b"Acme Interview Questions\nQA Interview Experience\nCandidate: A\nFinal Result: Rejected\nAdvice: caf\xe9 \xff\xfe ok\n".to_vec();
        page.extend_from_slice(b"\n");
        w.write_raw("acme.txt", &page);
    });
    let row = reason_for(&q, "acme.txt", "UTF-8");
    assert_eq!(row["severity"], "warning");
    assert!(!row["source_line"].is_empty(), "the line is given: {row:?}");
    assert_eq!(code, 0, "warnings only: exit 0");
    let exp = w.csv("processed/experiences.csv");
    assert_eq!(crate::util::row(&exp, "company", "Acme")["outcome"], "rejected");
}

#[test]
fn bad_input_utf16_with_bom_is_read() {
    let (code, _, w) = with_seed_and(&[], |w| {
        let page = "Acme Interview Questions\nQA Interview Experience\nCandidate: A\nFinal Result: Rejected\n";
        let mut bytes = vec![0xFF, 0xFE];
        for unit in page.encode_utf16() {
            bytes.extend_from_slice(&unit.to_le_bytes());
        }
        w.write_raw("acme-utf16.txt", &bytes);
    });
    assert_eq!(code, 0);
    let exp = w.csv("processed/experiences.csv");
    let acme = crate::util::row(&exp, "company", "Acme");
    assert_eq!((acme["role"].as_str(), acme["outcome"].as_str()), ("QA", "rejected"));
}

#[test]
fn bad_input_fifty_megabyte_line_is_skipped() {
    let (code, q, w) = with_seed_and(&[], |w| {
        let mut page =
            b"Acme Interview Questions\nQA Interview Experience\nCandidate: A\nFinal Result: Rejected\n".to_vec();
        page.extend(std::iter::repeat_n(b'x', 50 * 1024 * 1024));
        page.extend_from_slice(b"\nDev Interview Experience\nCandidate: B\nFinal Result: Selected\n");
        w.write_raw("acme.txt", &page);
    });
    let row = reason_for(&q, "acme.txt", "--max-line-bytes");
    assert_eq!((row["severity"].as_str(), row["source_line"].as_str()), ("error", "5"));
    assert_eq!(code, 1);
    let acme = roles_where(&w, "company", "Acme");
    assert_eq!(acme, ["QA", "Dev"], "the records around the line are kept");
}

#[test]
fn bad_input_html_nested_ten_thousand_levels() {
    let (code, q, w) = with_seed_and(&[], |w| {
        let page = format!(
            "<html><body><h1>Acme Interview Questions</h1>{}<p>Deep text</p>{}</body></html>",
            "<div>".repeat(10_000),
            "</div>".repeat(10_000)
        );
        w.write_raw("deep.html", page.as_bytes());
    });
    assert_eq!(
        reason_for(&q, "deep.html", "no interview experiences")["severity"],
        "warning"
    );
    assert_eq!(code, 0);
    let sections = w.csv("processed/page_sections.csv");
    assert!(
        sections.iter().any(
            |s| s["source_file"] == "deep.html" && (s["heading"] == "Deep text" || s["text"].contains("Deep text"))
        ),
        "the deep text is kept: {sections:?}"
    );
}

#[test]
fn bad_input_record_truncated_at_end_of_file() {
    let (code, q, _) = with_seed_and(&[], |w| {
        w.write_raw(
            "acme.txt",
            b"Acme Interview Questions\nQA Interview Experience\nCandidate: A\nFinal Result: Rejected\n\nDev Interview Experience\n",
        );
    });
    let row = reason_for(&q, "acme.txt", "truncated");
    assert_eq!((row["severity"].as_str(), row["source_line"].as_str()), ("error", "6"));
    assert_eq!(code, 1);
}

#[test]
fn bad_input_ragged_csv() {
    let (code, q, w) = with_seed_and(&[], |w| {
        w.write_raw(
            "acme-reviews.csv",
            b"Company,Job Title,Outcome,Difficulty\nAcme,QA,Rejected,Easy\nAcme,Dev\nAcme,Ops,Selected,Hard,extra,cells\n",
        );
    });
    assert!(
        q.iter().any(|r| r["source_file"] == "acme-reviews.csv"),
        "the ragged rows are reported: {q:?}"
    );
    assert!(matches!(code, 0 | 1));
    let exp = w.csv("processed/experiences.csv");
    let roles: Vec<&str> = exp
        .iter()
        .filter(|e| e["company"] == "Acme")
        .map(|e| e["role"].as_str())
        .collect();
    assert!(roles.contains(&"QA"), "the whole row is kept: {roles:?}");
}

#[test]
fn bad_input_malformed_json() {
    let (code, q, _) = with_seed_and(&[], |w| {
        w.write_raw(
            "acme-reviews.json",
            br#"[{"jobTitle": "QA", "outcome": "Rejected"}, {"jobTitle": "#,
        );
    });
    let row = reason_for(&q, "acme-reviews.json", "JSON");
    assert_eq!(row["severity"], "error");
    assert!(
        !row["source_line"].is_empty(),
        "the line of the error is given: {row:?}"
    );
    assert_eq!(code, 1);
}

#[test]
fn bad_input_file_that_disappears_during_the_run() {
    let w = Workdir::with_seed();
    w.write_raw("gone.txt", b"Acme Interview Questions\n");
    // The binary removes the file itself between listing raw/ and reading it (a test hook):
    // the race a user causes by deleting files while an ingest runs, made deterministic.
    let out = w
        .cmd()
        .env("INTERVIEW_PIPELINE_TEST_REMOVE_AFTER_LISTING", "gone.txt")
        .arg("run")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", String::from_utf8_lossy(&out.stderr));
    let q = w.csv("processed/quarantine.csv");
    assert_eq!(reason_for(&q, "gone.txt", "could not read")["severity"], "error");
    assert_eq!(w.csv("processed/experiences.csv").len(), 5);
}

#[test]
fn bad_input_unreadable_file() {
    use std::os::unix::fs::PermissionsExt;
    let w = Workdir::with_seed();
    w.write_raw(
        "locked.txt",
        b"Acme Interview Questions\nQA Interview Experience\nCandidate: A\n",
    );
    std::fs::set_permissions(w.file("raw/locked.txt"), std::fs::Permissions::from_mode(0o000)).unwrap();
    let mut cmd = w.cmd();
    if std::fs::read(w.file("raw/locked.txt")).is_ok() {
        // Running as root, which reads any file: run the binary as `nobody` instead, with
        // the work folder open to it.
        for dir in ["", "raw"] {
            std::fs::set_permissions(w.file(dir), std::fs::Permissions::from_mode(0o777)).unwrap();
        }
        std::fs::set_permissions(
            w.file("raw/backbase-interview-guide.txt"),
            std::fs::Permissions::from_mode(0o644),
        )
        .unwrap();
        // A copy of the binary in the open work folder: the build folder may sit under a
        // home folder `nobody` cannot enter.
        let bin = w.file("interview-pipeline-as-nobody");
        std::fs::copy(assert_cmd::cargo::cargo_bin("interview-pipeline"), &bin).unwrap();
        std::fs::set_permissions(&bin, std::fs::Permissions::from_mode(0o755)).unwrap();
        cmd = assert_cmd::Command::new("setpriv");
        cmd.current_dir(w.path())
            .env("INTERVIEW_PIPELINE_KEY", crate::util::TEST_KEY)
            .args(["--reuid=65534", "--regid=65534", "--clear-groups"])
            .arg(bin)
            .arg("-q");
    }
    let out = cmd.arg("run").output().unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", String::from_utf8_lossy(&out.stderr));
    let q = w.csv("processed/quarantine.csv");
    let row = reason_for(&q, "locked.txt", "could not read");
    assert!(row["reason"].contains("ermission denied"), "{row:?}");
    assert_eq!(w.csv("processed/experiences.csv").len(), 5);
}

#[test]
fn bad_input_symlink_loop_and_links_out_of_raw() {
    let (code, q, _) = with_seed_and(&[], |w| {
        std::os::unix::fs::symlink("loop-b", w.file("raw/loop-a")).unwrap();
        std::os::unix::fs::symlink("loop-a", w.file("raw/loop-b")).unwrap();
        std::fs::create_dir_all(w.file("raw/sub")).unwrap();
        std::os::unix::fs::symlink("..", w.file("raw/sub/up")).unwrap();
        std::os::unix::fs::symlink("/etc/passwd", w.file("raw/passwd.txt")).unwrap();
    });
    for link in ["loop-a", "loop-b", "sub/up", "passwd.txt"] {
        assert_eq!(reason_for(&q, link, "symbolic link")["severity"], "error", "{link}");
    }
    assert_eq!(code, 1);
}

#[test]
fn symlinks_followed_only_when_asked() {
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(
        outside.path().join("acme.txt"),
        "Acme Interview Questions\nQA Interview Experience\nCandidate: A\nFinal Result: Rejected\n",
    )
    .unwrap();
    let (code, q, w) = with_seed_and(&["--follow-symlinks"], |w| {
        std::os::unix::fs::symlink(outside.path().join("acme.txt"), w.file("raw/acme.txt")).unwrap();
        std::os::unix::fs::symlink("loop-b", w.file("raw/loop-a")).unwrap();
        std::os::unix::fs::symlink("loop-a", w.file("raw/loop-b")).unwrap();
    });
    assert_eq!(
        crate::util::row(&w.csv("processed/experiences.csv"), "company", "Acme")["role"],
        "QA"
    );
    assert!(q.iter().all(|r| r["source_file"] != "acme.txt"), "{q:?}");
    assert!(
        q.iter()
            .any(|r| r["source_file"].starts_with("loop-") && r["severity"] == "error"),
        "the loop is still reported: {q:?}"
    );
    assert_eq!(code, 1);
}

#[test]
fn bad_input_named_pipe_is_reported_not_read() {
    let (code, q, _) = with_seed_and(&[], |w| {
        let status = std::process::Command::new("mkfifo")
            .arg(w.file("raw/pipe.txt"))
            .status()
            .unwrap();
        assert!(status.success());
    });
    assert_eq!(reason_for(&q, "pipe.txt", "not a regular file")["severity"], "error");
    assert_eq!(code, 1);
}

#[test]
fn limits_on_file_size_and_records_per_file() {
    let (code, q, w) = with_seed_and(&["--max-file-bytes", "200000", "--max-records-per-file", "5"], |w| {
        w.write_raw("big.txt", &vec![b'a'; 200_001]);
        let mut page = String::from("Acme Interview Questions\n");
        for role in ["QA", "Dev", "Ops", "PM", "UX", "HR", "BA"] {
            page.push_str(&format!(
                "{role} Interview Experience\nCandidate: A\nFinal Result: Rejected\n\n"
            ));
        }
        w.write_raw("acme.txt", page.as_bytes());
    });
    assert_eq!(reason_for(&q, "big.txt", "--max-file-bytes")["severity"], "error");
    assert_eq!(
        reason_for(&q, "acme.txt", "--max-records-per-file")["severity"],
        "error"
    );
    let acme = roles_where(&w, "company", "Acme");
    assert_eq!(acme, ["QA", "Dev", "Ops", "PM", "UX"]);
    assert_eq!(code, 1);
}

/// The roles of the experiences whose `column` is `value`, in table order.
fn roles_where(w: &Workdir, column: &str, value: &str) -> Vec<String> {
    w.csv("processed/experiences.csv")
        .into_iter()
        .filter(|e| e[column] == value)
        .map(|e| e["role"].clone())
        .collect()
}
