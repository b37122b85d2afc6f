//! The bundled raw/: the seed plus sample pages of four more companies, each written to
//! exercise a different corner (CRLF + BOM, lakh salaries, per-month pay, empty fields,
//! company from a folder name).

use crate::util::{bundled_raw, f, row, Workdir};

fn bundled_run() -> Workdir {
    let w = Workdir::new();
    let out = w.cmd().args(["run", "--raw"]).arg(bundled_raw()).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    w
}

#[test]
fn bundled_pages_give_cross_company_results() {
    let w = bundled_run();
    let exps = w.csv("processed/experiences.csv");
    let companies: std::collections::BTreeSet<&str> = exps.iter().map(|r| r["company"].as_str()).collect();
    assert_eq!(
        companies.into_iter().collect::<Vec<_>>(),
        [
            "Backbase",
            "Kestrel",
            "Lumora Health",
            "Northwind Bank",
            "Orbital Analytics",
            "Vantara Tech",
            "Zentrix Payments"
        ]
    );
    assert_eq!(
        exps.len(),
        29,
        "19 from text pages, 2 from the HTML page, 4 from the CSV export, 2 from the JSON, 2 from the JSON Lines"
    );

    // CRLF + BOM page.
    let intern = row(&exps, "role", "Software Engineering Intern");
    assert_eq!(
        (
            intern["experience_level"].as_str(),
            intern["channel"].as_str(),
            intern["outcome"].as_str()
        ),
        ("intern", "campus", "offer")
    );
    let ds = row(&exps, "role", "Senior Data Scientist");
    assert_eq!(ds["outcome"], "declined");
    assert_eq!(ds["page_date"], "2026-01-14");
    let rm = row(&exps, "role", "Relationship Manager");
    assert_eq!(
        (
            rm["experience_level"].as_str(),
            rm["channel"].as_str(),
            rm["outcome"].as_str()
        ),
        ("senior", "agency", "rejected")
    );

    // Inline `Interview Process: 5 rounds`, withdrew, walk-in.
    let sde2 = row(&exps, "role", "SDE 2");
    assert_eq!(
        (
            sde2["rounds"].as_str(),
            sde2["outcome"].as_str(),
            sde2["experience_level"].as_str()
        ),
        ("5", "withdrew", "mid")
    );
    assert_eq!(row(&exps, "role", "Customer Support Executive")["channel"], "in_person");

    // Empty `Applied Via:`, anonymous candidate, unknown outcome kept raw.
    let mm = row(&exps, "role", "Marketing Manager");
    assert_eq!(
        (
            mm["applied_via"].as_str(),
            mm["channel"].as_str(),
            mm["candidate_key"].as_str()
        ),
        ("", "", "")
    );
    let be = row(&exps, "role", "Backend Engineer");
    assert_eq!(
        (
            be["outcome"].as_str(),
            be["outcome_raw"].as_str(),
            be["difficulty"].as_str()
        ),
        ("", "Ghosted", "")
    );
    assert_eq!(row(&exps, "role", "Clinical Operations Coordinator")["questions"], "0");

    // Company from the folder (`raw/kestrel/…`) and heading (`Working at Kestrel`).
    assert_eq!(row(&exps, "role", "Test Engineer")["company"], "Kestrel");
    assert_eq!(
        row(&exps, "role", "Test Engineer")["source_file"],
        "kestrel/page-2026-02.txt"
    );
}

#[test]
fn bundled_html_page_with_embedded_data() {
    let w = bundled_run();
    let exps = w.csv("processed/experiences.csv");
    let se = exps
        .iter()
        .find(|r| r["company"] == "Vantara Tech" && r["role"] == "Software Engineer")
        .unwrap();
    let got = [
        "experience_level",
        "channel",
        "difficulty",
        "outcome",
        "rounds",
        "questions",
        "page_date",
        "source_format",
    ]
    .map(|c| se[c].as_str());
    assert_eq!(
        got,
        ["junior", "campus", "medium", "offer", "3", "3", "2026-03-12", "html"]
    );
    let qa = exps
        .iter()
        .find(|r| r["company"] == "Vantara Tech" && r["role"] == "QA Engineer")
        .unwrap();
    assert_eq!(
        (
            qa["difficulty"].as_str(),
            qa["outcome"].as_str(),
            qa["rounds"].as_str(),
            qa["candidate_key"].as_str()
        ),
        ("", "rejected", "2", "")
    );
    // Salaries come from __NEXT_DATA__ (structured) rather than the rendered table.
    let sal: Vec<_> = w
        .csv("processed/salaries.csv")
        .into_iter()
        .filter(|r| r["company"] == "Vantara Tech")
        .collect();
    assert_eq!(
        sal.len(),
        2,
        "the counts `32 interviews found` and `1.1L salaries` are not salaries"
    );
    assert_eq!(
        (
            sal[0]["role"].as_str(),
            f(&sal[0]["annual_min"]),
            f(&sal[0]["annual_max"]),
            sal[0]["currency"].as_str()
        ),
        ("Software Engineer", 550000.0, 620000.0, "INR")
    );
    assert_eq!(sal[0]["raw"], "INR 550000 - 620000 per year");
    assert!(!std::fs::read_to_string(w.file("processed/page_sections.csv"))
        .unwrap()
        .contains("Nobody"));
}

#[test]
fn bundled_salaries_in_every_format() {
    let w = bundled_run();
    let sal = w.csv("processed/salaries.csv");
    let s = |role: &str| row(&sal, "role", role).clone();
    let sde1 = s("SDE 1");
    assert_eq!(
        (
            sde1["currency"].as_str(),
            f(&sde1["annual_min"]),
            f(&sde1["annual_max"])
        ),
        ("INR", 600000.0, 1200000.0)
    );
    let em = s("Engineering Manager");
    assert_eq!(
        (
            em["currency"].as_str(),
            f(&em["annual_min"]),
            em["parse_status"].as_str()
        ),
        ("INR", 9360000.0, "assumed")
    );
    let intern = s("Software Engineering Intern");
    assert_eq!(
        (
            intern["period"].as_str(),
            f(&intern["annual_min"]),
            f(&intern["annual_max"])
        ),
        ("hour", 79040.0, 93600.0)
    );
    let rm = s("Relationship Manager");
    assert_eq!((f(&rm["annual_min"]), rm["annual_max"].as_str()), (120000.0, ""));
    assert!(rm["note"].starts_with("open-ended"));
    let ba = s("Branch Associate");
    assert_eq!(
        (
            ba["parse_status"].as_str(),
            ba["note"].as_str(),
            ba["annual_min"].as_str()
        ),
        ("no_amount", "Negotiable", "")
    );
    let test = s("Test Engineer");
    assert_eq!(
        (test["period"].as_str(), f(&test["annual_min"]), f(&test["annual_max"])),
        ("month", 39600.0, 54000.0)
    );
    let lead = s("Engineering Lead");
    assert_eq!(
        (f(&lead["amount_min"]), f(&lead["amount_max"])),
        (80000.0, 95000.0),
        "European grouping €80.000"
    );
    let designer = s("Product Designer");
    assert_eq!(
        (
            designer["currency"].as_str(),
            f(&designer["annual_min"]),
            f(&designer["annual_max"])
        ),
        ("GBP", 45000.0, 60000.0)
    );
    // A salary stated inside an experience links to it.
    let linked: Vec<_> = sal.iter().filter(|r| !r["experience_id"].is_empty()).collect();
    assert_eq!(linked.len(), 1);
    assert_eq!(linked[0]["raw"], "\u{20B9}24L - \u{20B9}30L per annum");

    let spreads = w.csv("reports/salary_spreads.csv");
    let currencies: std::collections::BTreeSet<&str> = spreads.iter().map(|r| r["currency"].as_str()).collect();
    assert_eq!(currencies.into_iter().collect::<Vec<_>>(), ["EUR", "GBP", "INR", "USD"]);
}

#[test]
fn bundled_questions_count_across_companies() {
    let w = bundled_run();
    let qf = w.csv("reports/question_frequency.csv");
    assert_eq!(qf[0]["question"], "Tell me about yourself.");
    assert_eq!(qf[0]["count"], "12");
    assert_eq!(qf[0]["companies"], "6");
    let rest = row(&qf, "question", "Explain the difference between REST and SOAP APIs.");
    assert_eq!(rest["count"], "8");
    let total: i64 = qf.iter().map(|r| r["count"].parse::<i64>().unwrap()).sum();
    assert_eq!(total as usize, w.csv("processed/questions.csv").len());
    let rates = w.csv("reports/rejection_rates.csv");
    let nw = rates
        .iter()
        .find(|r| r["company"] == "Northwind Bank" && r["role"] == "(all)")
        .unwrap();
    assert_eq!(
        (
            nw["outcomes_known"].as_str(),
            nw["rejected"].as_str(),
            f(&nw["rejection_rate"])
        ),
        ("6", "2", 2.0 / 6.0),
        "4 from the guide page, 2 from the JSON Lines export"
    );
}

#[test]
fn bundled_coverage_per_file() {
    let w = bundled_run();
    let cov = w.csv("processed/coverage.csv");
    let raw_files = walkdir::WalkDir::new(bundled_raw())
        .into_iter()
        .filter(|e| e.as_ref().unwrap().file_type().is_file())
        .count();
    assert_eq!(cov.len(), raw_files, "one row per raw file");
    let v = row(&cov, "source_file", "vantara-tech-interviews.html");
    assert_eq!(
        [
            "source_format",
            "experiences",
            "questions",
            "salaries",
            "filled_difficulty",
            "filled_rounds"
        ]
        .map(|c| v[c].as_str()),
        ["html", "2", "5", "2", "0.5", "1.0"]
    );
    let listings = row(&cov, "source_file", "job-listings.csv");
    assert_eq!(
        (
            listings["experiences"].as_str(),
            listings["salaries"].as_str(),
            listings["filled_outcome"].as_str()
        ),
        ("0", "5", "")
    );
    let seed = row(&cov, "source_file", "backbase-interview-guide.txt");
    assert_eq!(
        (seed["filled_difficulty"].as_str(), seed["filled_outcome"].as_str()),
        ("0.2", "0.4")
    );
    let html = std::fs::read_to_string(w.file("reports/report.html")).unwrap();
    assert!(html.contains("Extraction coverage per file") && html.contains("<td>vantara-tech-interviews.html</td>"));
}

/// Per-role rejection rates shrunk toward the company's, and each company's top questions
/// per role with the wordings heard there (values checked by hand against the raw pages).
#[test]
fn bundled_shrunk_rates_and_top_questions() {
    let w = bundled_run();
    let rates = w.csv("reports/rejection_rates.csv");
    let nw = |role: &str| {
        rates
            .iter()
            .find(|r| r["company"] == "Northwind Bank" && r["role"] == role)
            .unwrap_or_else(|| panic!("Northwind Bank · {role}"))
    };
    // Northwind Bank rejects 2 of 6 (p = 1/3); a role's rate moves as if it had 5 more
    // outcomes at that rate.
    let rm = nw("Relationship Manager");
    assert_eq!((f(&rm["rejection_rate"]), rm["small_sample"].as_str()), (1.0, "true"));
    assert!((f(&rm["rejection_rate_shrunk"]) - (1.0 + 5.0 / 3.0) / 6.0).abs() < 1e-12);
    let se = nw("Software Engineer");
    assert!((f(&se["rejection_rate_shrunk"]) - (1.0 + 5.0 / 3.0) / 7.0).abs() < 1e-12);
    let all = nw("(all)");
    assert_eq!(all["small_sample"], "false", "6 known outcomes");
    assert!((f(&all["rejection_rate_shrunk"]) - 1.0 / 3.0).abs() < 1e-12);
    let unknown = rates
        .iter()
        .find(|r| r["company"] == "Backbase" && r["role"] == "Sales Executive")
        .unwrap();
    assert_eq!(unknown["rejection_rate_shrunk"], "", "no outcome, no rate of any kind");

    let top = w.csv("reports/top_questions.csv");
    let of = |company: &str, role: &str| -> Vec<String> {
        top.iter()
            .filter(|r| r["company"] == company && r["role"] == role)
            .map(|r| format!("{} {} x{} e{}", r["rank"], r["question"], r["count"], r["experiences"]))
            .collect()
    };
    let nw_all = of("Northwind Bank", "(all)");
    assert_eq!(nw_all.len(), 10, "the top 10 of 12 questions");
    assert_eq!(
        nw_all[..3],
        [
            "1 Tell me about yourself. x5 e4",
            "2 Explain the difference between REST and SOAP APIs. x3 e2",
            "3 Why do you want to work at Northwind Bank? x2 e1",
        ]
    );
    assert_eq!(
        of("Northwind Bank", "Relationship Manager"),
        [
            "1 How do you grow a portfolio of commercial clients? x1 e1",
            "2 Why do you want to work at Northwind Bank? x1 e1",
        ]
    );
    let orbital = row(&top, "company", "Orbital Analytics");
    assert_eq!(
        (
            orbital["question"].as_str(),
            orbital["wordings"].as_str(),
            orbital["other_wordings"].as_str()
        ),
        ("Tell me about yourself", "2", "Tell me about yourself."),
        "two wordings at one company counted together and both shown"
    );
    let html = std::fs::read_to_string(w.file("reports/report.html")).unwrap();
    assert!(html.contains("<summary>Orbital Analytics</summary>"));
    assert!(html.contains("<ul class=\"wordings\"><li>Tell me about yourself.</li></ul>"));
}
