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
                cells.push((path.file_name().unwrap().to_string_lossy().into_owned(), cell.to_string()));
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
    assert!(neutralized >= 3, "the =… question and advice are in the CSVs, neutralized");
    let questions = w.csv("processed/questions.csv");
    let texts: Vec<&str> = questions.iter().map(|q| q["text"].as_str()).collect();
    assert!(texts.contains(&"'=HYPERLINK(\"http://evil.example/\",\"click\")"), "{texts:?}");
    assert!(texts.contains(&"'@SUM(1+1)") && texts.contains(&"'-2+3 explain this"), "{texts:?}");

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
    assert!(raw.contains(&"=HYPERLINK(\"http://evil.example/\",\"click\")".to_string()), "{raw:?}");
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
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "question shown as text");
    assert!(html.contains("&lt;img src=x onerror=alert(2)&gt;"));
    assert!(!html.contains("<script>alert") && !html.contains("<img src=x"));
    assert!(!html.contains("http://evil.example/\" ") && !html.contains("href=\"http"));
    let md = w.read("reports/summary.md");
    assert!(!md.contains("<script>") && !md.contains("<img"), "{md}");

    let Some((dom, stderr)) = crate::util::chromium_dom(&w.file("reports/report.html")) else {
        return;
    };
    assert!(dom.contains("data-charts-rendered=\"4/4\""), "page ran; stderr: {stderr}");
    // The browser's own serialization of the page: the strings are text nodes, not elements.
    assert!(dom.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "script shown as text");
    assert!(dom.contains("&lt;img src=x onerror=alert(2)&gt;"), "img shown as text");
    assert!(!dom.contains("<img src=\"x\"") && !dom.contains("<img src=x"), "no injected element");
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
    let secrets = ["priya.raman@example.com", "98765 43210", "hr@nimbus-labs.io", "555-123-4567", "jobs@nimbus-labs.io", "Priya Raman"];
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
    assert_eq!(exp[0]["advice"], "Write to [email removed] or call [phone removed] for tips.");
    assert!(exp[0]["narrative"].contains("([email removed], [phone removed]) scheduled 3 rounds in 2-3 weeks for €45,000 - €60,000"));

    // Asked for, they are kept.
    let keep = Workdir::new();
    keep.write_raw("nimbus-labs.txt", PAGE.as_bytes());
    assert_eq!(keep.run(&["run", "--keep-contacts"]), 0);
    let exp = keep.csv("processed/experiences.csv");
    assert!(exp[0]["advice"].contains("priya.raman@example.com") && exp[0]["advice"].contains("+91 98765 43210"));
}
