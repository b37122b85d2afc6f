//! The outputs as files: Parquet equal to CSV, charts that are real images with their text,
//! an offline report.html, determinism and atomic replacement.

use crate::util::Workdir;
use polars::prelude::*;

#[test]
fn parquet_has_the_csv_rows_and_natural_types() {
    let w = Workdir::with_seed();
    assert_eq!(w.run(&["ingest"]), 0);
    for table in interview_pipeline::cmd::ingest::TABLES {
        let csv_rows = w.csv(&format!("processed/{table}.csv")).len();
        let file = std::fs::File::open(w.file(&format!("processed/{table}.parquet"))).unwrap();
        let df = ParquetReader::new(file).finish().unwrap();
        assert_eq!(df.height(), csv_rows, "{table}");
    }
    let df = ParquetReader::new(std::fs::File::open(w.file("processed/experiences.parquet")).unwrap())
        .finish()
        .unwrap();
    assert_eq!(df.column("rounds").unwrap().dtype(), &DataType::Int64);
    assert_eq!(df.column("page_date").unwrap().dtype(), &DataType::Date);
    assert_eq!(df.column("company").unwrap().dtype(), &DataType::String);
    let rounds: Vec<Option<i64>> = df.column("rounds").unwrap().i64().unwrap().iter().collect();
    assert_eq!(rounds, [Some(3), Some(3), Some(2), Some(4), Some(3)]);
    let difficulty = df.column("difficulty").unwrap();
    assert_eq!(difficulty.null_count(), 4, "empty Difficulty: is null in Parquet too");
    let sal = ParquetReader::new(std::fs::File::open(w.file("processed/salaries.parquet")).unwrap())
        .finish()
        .unwrap();
    assert_eq!(sal.column("annual_max").unwrap().dtype(), &DataType::Float64);
    assert_eq!(sal.column("annual_max").unwrap().f64().unwrap().get(1), Some(95000.0));
}

#[test]
fn charts_are_png_and_svg_with_titles_and_labels() {
    let w = Workdir::with_seed();
    assert_eq!(w.run(&["run"]), 0);
    let titles = [
        ("rounds_by_role", "Interview rounds by role", "Mean number of rounds"),
        ("rejection_rates", "Rejection rate by role", "95% Wilson interval"),
        (
            "channel_rejection",
            "Rejection rate by application channel",
            "95% Wilson interval",
        ),
        (
            "outcome_difficulty",
            "How interviews ended, by role",
            "Share of the experiences of the role",
        ),
        (
            "category_by_family",
            "Kinds of question by role family",
            "Share of the questions of the family",
        ),
        (
            "stage_funnel",
            "Interview stages, in the order candidates meet them",
            "Share of experiences whose narrative names the stage",
        ),
        ("salary_spreads", "Annual salary range by role", "Annualized salary"),
        (
            "question_frequency",
            "Most frequently reported interview questions",
            "Times reported",
        ),
        (
            "top_questions",
            "Most asked questions per company",
            "Times reported at the company",
        ),
    ];
    for (stem, title, axis) in titles {
        let png = std::fs::read(w.file(&format!("reports/{stem}.png"))).unwrap();
        assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n", "{stem}.png is a PNG");
        let width = u32::from_be_bytes(png[16..20].try_into().unwrap());
        let height = u32::from_be_bytes(png[20..24].try_into().unwrap());
        assert!(width >= 800 && height >= 300, "{stem}.png is {width}x{height}");
        assert!(png.len() > 10_000, "{stem}.png has content ({} bytes)", png.len());
        let svg = w.read(&format!("reports/{stem}.svg"));
        assert!(svg.starts_with("<svg"), "{stem}.svg");
        assert!(svg.contains(title), "{stem}.svg has its title");
        assert!(svg.contains(axis), "{stem}.svg has its axis label");
    }
    let svg = w.read("reports/rounds_by_role.svg");
    assert!(svg.contains("Backbase · Product Manager"), "role labels are drawn");
}

#[test]
fn report_html_is_offline_and_complete() {
    let w = Workdir::with_seed();
    assert_eq!(w.run(&["run"]), 0);
    let html = w.read("reports/report.html");
    assert_eq!(
        html.matches("src=\"data:image/svg+xml;base64,").count(),
        9,
        "every chart embedded"
    );
    for id in [
        "rounds_by_role",
        "rejection_rates",
        "channel_rejection",
        "stage_funnel",
        "outcome_difficulty",
        "salary_spreads",
        "question_frequency",
        "category_by_family",
        "top_questions",
        "companies",
        "data_quality",
    ] {
        assert!(html.contains(&format!("<section id=\"{id}\">")), "section {id}");
    }
    assert!(html.contains("<th>ci95_low</th>") && html.contains("<th>rounds_median</th>"));
    assert!(html.contains("Explain the difference between REST and SOAP APIs."));
    assert!(
        !html.contains("http://") && !html.contains("https://"),
        "nothing loaded from the network"
    );
    assert!(html.contains("Content-Security-Policy"));
    let md = w.read("reports/summary.md");
    assert!(
        md.contains("**Backbase**: 5 experiences; rejection rate 100% (2 of 2 known outcomes"),
        "{md}"
    );
    assert!(md.contains("small sample"));
    assert!(
        md.contains("Highest stated annual salary in EUR: 95k (Senior Software Engineer at Backbase)"),
        "{md}"
    );
}

/// Debian's chromium opens report.html from disk with the network off, runs its script with
/// no error or console message, decodes every chart, shows every company, and paints a page
/// that looks like the report (a screenshot, kept in the test's target folder for a person to
/// open). Runs where chromium is installed; CI installs it and sets REQUIRE_CHROMIUM=1.
#[test]
fn report_html_renders_in_headless_chromium() {
    let w = Workdir::with_bundled();
    w.run(&["run"]);
    let page = w.file("reports/report.html");
    let Some((dom, stderr)) = crate::util::chromium_dom(&page) else {
        return;
    };
    assert!(
        dom.contains("data-charts-rendered=\"9/9\""),
        "charts decoded in the browser; stderr: {stderr}"
    );
    assert!(dom.contains("data-errors=\"0\""), "script errors: {dom}");
    assert_eq!(crate::util::console_lines(&stderr), Vec::<&str>::new(), "console");
    assert!(dom.contains("Interview pipeline report"));
    // One section per company of the bundled raw/, largest first, its roles' top questions.
    let companies = [
        "Northwind Bank",
        "Orbital Analytics",
        "Backbase",
        "Zentrix Payments",
        "Lumora Health",
        "Kestrel",
        "Vantara Tech",
    ];
    let mut at = 0;
    for c in companies {
        let summary = format!("<summary>{c}</summary>");
        let found = dom[at..]
            .find(&summary)
            .unwrap_or_else(|| panic!("{c} section after byte {at}"));
        at += found + summary.len();
    }
    assert!(dom.contains("6 experiences in 5 roles · rejection rate 33% (2 of 6 known outcomes"));

    let png = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("report-screenshot.png");
    let _ = std::fs::remove_file(&png);
    crate::util::chromium_screenshot(&page, &png, 2400).expect("chromium ran before");
    eprintln!("report screenshot: {}", png.display());
    let decoder = png::Decoder::new(std::fs::File::open(&png).expect("screenshot written"));
    let mut reader = decoder.read_info().unwrap();
    let mut pixels = vec![0; reader.output_buffer_size()];
    let info = reader.next_frame(&mut pixels).unwrap();
    assert_eq!((info.width, info.height), (1280, 2400));
    let channels = info.color_type.samples();
    let pixel = |x: usize, y: usize| {
        let i = (y * info.width as usize + x) * channels;
        (pixels[i], pixels[i + 1], pixels[i + 2])
    };
    assert_eq!(pixel(5, 5), (0x1f, 0x3b, 0x5a), "the styled header is painted");
    let colours: std::collections::HashSet<_> = pixels.chunks(channels).map(|p| (p[0], p[1], p[2])).collect();
    assert!(
        colours.len() > 200,
        "text, tables and charts: {} colours",
        colours.len()
    );
    let chart_blue = pixels
        .chunks(channels)
        .filter(|p| (p[0], p[1], p[2]) == (66, 120, 181))
        .count();
    assert!(
        chart_blue > 20_000,
        "chart bars painted in the first screen: {chart_blue} px"
    );
}

#[test]
fn same_input_gives_byte_identical_csv() {
    let a = Workdir::with_bundled();
    let b = Workdir::with_bundled();
    // A file copied under another name: its duplicate rows must be found across batches too.
    // And the same records in a file that is not byte-identical.
    for w in [&a, &b] {
        w.write_raw("zz-copy-of-seed.txt", &crate::util::seed_bytes());
        let mut again = crate::util::seed_bytes();
        again.extend_from_slice(b"\n");
        w.write_raw("zz-seed-again.txt", &again);
    }
    a.run(&["run"]);
    // One file per batch: the streamed tables must not depend on where batches end.
    b.run(&["run", "--batch-bytes", "1"]);
    a.run(&["run"]); // a second run over existing outputs changes nothing either
    for dir in ["processed", "reports"] {
        let mut names: Vec<String> = std::fs::read_dir(a.file(dir))
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .filter(|n| n.ends_with(".csv") || n.ends_with(".md"))
            .collect();
        names.sort();
        assert!(names.len() >= 4, "{dir}: {names:?}");
        if dir == "processed" {
            assert_eq!(
                a.csv("processed/duplicates.csv").len(),
                6,
                "1 file and 5 experiences seen twice"
            );
        }
        for name in names {
            let rel = format!("{dir}/{name}");
            assert_eq!(
                std::fs::read(a.file(&rel)).unwrap(),
                std::fs::read(b.file(&rel)).unwrap(),
                "{rel} differs between runs"
            );
        }
    }
    let leftovers: Vec<String> = ["processed", "reports"]
        .iter()
        .flat_map(|d| std::fs::read_dir(a.file(d)).unwrap())
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.contains(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "temporary files left: {leftovers:?}");
}

#[test]
fn experience_ids_stable_across_file_names_and_copies() {
    let a = Workdir::with_seed();
    a.run(&["ingest"]);
    let b = Workdir::new();
    let mut seed = crate::util::seed_bytes();
    seed.extend_from_slice(b"\n"); // not byte-identical, so not a file duplicate
    b.write_raw("renamed/other-name.txt", &seed);
    b.write_raw("backbase-interview-guide.txt", &crate::util::seed_bytes());
    assert_eq!(b.run(&["ingest"]), 0);
    let ids = |w: &Workdir| -> Vec<String> {
        w.csv("processed/experiences.csv")
            .iter()
            .map(|r| r["experience_id"].clone())
            .collect()
    };
    assert_eq!(
        ids(&a),
        ids(&b),
        "same records, same ids; the copy is not counted twice"
    );
    let dups = b.csv("processed/duplicates.csv");
    assert_eq!(dups.len(), 5);
    assert!(dups.iter().all(|d| d["kind"] == "experience"
        && d["source_file"] == "renamed/other-name.txt"
        && d["kept_file"] == "backbase-interview-guide.txt"));
    assert_eq!(
        b.csv("processed/questions.csv")
            .iter()
            .filter(|q| !q["experience_id"].is_empty())
            .count(),
        19,
        "the copy's questions are not counted twice"
    );
}

#[test]
fn keep_names_writes_names() {
    let w = Workdir::with_seed();
    assert_eq!(w.run(&["ingest", "--keep-names"]), 0);
    let rows = w.csv("processed/experiences.csv");
    assert_eq!(rows[0]["candidate_name"], "Emily Zhang");
    assert!(rows[0]["candidate_key"].starts_with("cand_"));
}

#[test]
fn pseudonym_key_file_created_when_no_key_given() {
    let w = Workdir::with_seed();
    let out = w
        .cmd()
        .env_remove("INTERVIEW_PIPELINE_KEY")
        .args(["ingest"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let key = w.read(".interview-pipeline.key");
    assert_eq!(key.trim().len(), 64);
    let first = w.csv("processed/experiences.csv")[0]["candidate_key"].clone();
    w.cmd()
        .env_remove("INTERVIEW_PIPELINE_KEY")
        .args(["ingest"])
        .output()
        .unwrap();
    assert_eq!(
        w.csv("processed/experiences.csv")[0]["candidate_key"],
        first,
        "the same key file gives the same pseudonyms"
    );
}
