//! HTML renderings of the seed page, in four layouts written for these tests (cards with
//! label spans and a round badge; definition lists with label blocks; records as tables with
//! FAQ in `<details>`; a Bootstrap grid of label/value columns), give the same records as the
//! text page — ids included, since ids come from content. The fixtures are generated from the
//! seed by tests/data/html/generate.py.

use crate::util::Workdir;

const LAYOUTS: [&str; 4] = [
    "seed-cards.html",
    "seed-definition-list.html",
    "seed-record-tables.html",
    "seed-bootstrap-grid.html",
];

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/data/html")
            .join(name),
    )
    .expect("fixture")
}

fn records(w: &Workdir) -> (Vec<String>, Vec<String>, Vec<String>) {
    let exps = w
        .csv("processed/experiences.csv")
        .iter()
        .map(|r| {
            let cols = [
                "experience_id",
                "company",
                "role",
                "experience_level",
                "applied_via",
                "channel",
                "difficulty",
                "outcome",
                "rounds",
                "questions",
                "candidate_key",
                "page_date",
                "advice",
                "narrative",
            ];
            cols.iter().map(|c| r[*c].clone()).collect::<Vec<_>>().join("|")
        })
        .collect();
    let questions = w
        .csv("processed/questions.csv")
        .iter()
        .map(|r| {
            format!(
                "{}|{}|{}|{}",
                r["experience_id"], r["position"], r["text"], r["category"]
            )
        })
        .collect();
    let salaries = w
        .csv("processed/salaries.csv")
        .iter()
        .map(|r| {
            format!(
                "{}|{}|{}|{}|{}|{}|{}",
                r["role"], r["currency"], r["period"], r["annual_min"], r["annual_max"], r["note"], r["raw"]
            )
        })
        .collect();
    (exps, questions, salaries)
}

#[test]
fn html_layouts_give_the_text_page_records() {
    let text = Workdir::with_seed();
    assert_eq!(text.run(&["ingest"]), 0);
    let expected = records(&text);
    assert_eq!(expected.0.len(), 5);
    for layout in LAYOUTS {
        let w = Workdir::new();
        w.write_raw("backbase-interview-guide.html", &fixture(layout));
        assert_eq!(w.run(&["ingest"]), 0, "{layout}");
        let got = records(&w);
        assert_eq!(got.0, expected.0, "{layout}: experiences");
        assert_eq!(got.1, expected.1, "{layout}: questions");
        assert_eq!(got.2, expected.2, "{layout}: salaries");
        assert_eq!(w.csv("processed/faq.csv").len(), 5, "{layout}");
        assert_eq!(w.csv("processed/hiring_steps.csv").len(), 5, "{layout}");
        assert_eq!(w.csv("processed/page_tables.csv").len(), 15, "{layout}");
        assert!(w.csv("processed/quarantine.csv").is_empty(), "{layout}");
        let exps = w.csv("processed/experiences.csv");
        assert!(exps
            .iter()
            .all(|r| r["source_format"] == "html" && r["source_file"] == "backbase-interview-guide.html"));
    }
}

#[test]
fn html_noise_never_becomes_a_record() {
    let w = Workdir::new();
    w.write_raw("backbase-interview-guide.html", &fixture("seed-cards.html"));
    w.run(&["ingest", "--keep-names"]);
    let exps = w.csv("processed/experiences.csv");
    assert_eq!(exps.len(), 5, "script, footer and aside text create no record");
    assert!(exps.iter().all(|r| r["candidate_name"] != "Nobody"));
    let sections = std::fs::read_to_string(w.file("processed/page_sections.csv")).unwrap();
    assert!(
        !sections.contains("Nobody") && !sections.contains("window.__state") && !sections.contains("Similar companies")
    );
}

#[test]
fn html_rows_point_at_their_element_lines() {
    let w = Workdir::new();
    let html = fixture("seed-cards.html");
    w.write_raw("page.html", &html);
    w.run(&["ingest"]);
    let text = String::from_utf8(html).unwrap();
    for r in w.csv("processed/experiences.csv") {
        let line: usize = r["source_line"].parse().unwrap();
        let source_line = text.lines().nth(line - 1).unwrap();
        assert!(
            source_line.contains(&format!("<em>{}</em> Interview Experience", r["role"])),
            "{} -> line {line}: {source_line}",
            r["role"]
        );
    }
    for q in w.csv("processed/questions.csv") {
        let line: usize = q["source_line"].parse().unwrap();
        let source_line = text.lines().nth(line - 1).unwrap();
        let probe: String = q["text"].chars().take(12).collect();
        assert!(
            source_line.contains(&probe),
            "{} -> line {line}: {source_line}",
            q["text"]
        );
    }
}
