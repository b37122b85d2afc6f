//! `run` on a raw/ holding only the seed page: every field, row and aggregate value the
//! acceptance names, hand-checked against the page.

use crate::util::{f, row, Workdir};
use std::sync::OnceLock;

/// One run shared by the tests of this module (they only read its outputs).
fn seed_run() -> &'static Workdir {
    static RUN: OnceLock<Workdir> = OnceLock::new();
    RUN.get_or_init(|| {
        let w = Workdir::with_seed();
        assert_eq!(w.run(&["run"]), 0, "clean run exits 0");
        w
    })
}

#[test]
fn five_experiences_with_every_field() {
    let w = seed_run();
    let rows = w.csv("processed/experiences.csv");
    assert_eq!(rows.len(), 5);
    let roles: Vec<&str> = rows.iter().map(|r| r["role"].as_str()).collect();
    assert_eq!(
        roles,
        [
            "Customer Success Manager",
            "Sales Executive",
            "UX Designer",
            "Product Manager",
            "Software Engineer"
        ]
    );

    // (role, family, level, applied_via, channel, difficulty, outcome, rounds, questions, line)
    let expected = [
        (
            "Customer Success Manager",
            "customer_success",
            "mid",
            "Indeed",
            "job_board",
            "",
            "rejected",
            "3",
            "4",
            "101",
        ),
        (
            "Sales Executive",
            "sales",
            "mid",
            "Recruiter",
            "recruiter",
            "",
            "",
            "3",
            "4",
            "118",
        ),
        (
            "UX Designer",
            "design",
            "junior",
            "Referral",
            "referral",
            "easy",
            "",
            "2",
            "3",
            "135",
        ),
        (
            "Product Manager",
            "product",
            "senior",
            "Company Website",
            "company_site",
            "",
            "rejected",
            "4",
            "4",
            "151",
        ),
        (
            "Software Engineer",
            "engineering",
            "mid",
            "LinkedIn",
            "job_board",
            "",
            "",
            "3",
            "4",
            "168",
        ),
    ];
    for (role, family, level, via, channel, difficulty, outcome, rounds, questions, line) in expected {
        let r = row(&rows, "role", role);
        assert_eq!(r["company"], "Backbase", "{role}");
        assert_eq!(r["role_family"], family, "{role}");
        assert_eq!(r["experience_level"], level, "{role}");
        assert_eq!(r["applied_via"], via, "{role}");
        assert_eq!(r["channel"], channel, "{role}");
        assert_eq!(
            r["difficulty"], difficulty,
            "{role}: empty `Difficulty:` is null, never the next line"
        );
        assert_eq!(r["outcome"], outcome, "{role}");
        assert_eq!(r["rounds"], rounds, "{role}");
        assert_eq!(r["questions"], questions, "{role}");
        assert_eq!(r["page_date"], "2026-02-21", "{role}");
        assert_eq!(r["source_file"], "backbase-interview-guide.txt");
        assert_eq!(r["source_line"], line, "{role}");
        assert_eq!(r["source_format"], "text");
        assert!(r["candidate_key"].starts_with("cand_"), "{role} has a pseudonym");
        assert_eq!(r["candidate_name"], "", "{role}: no name by default");
        assert!(r["experience_id"].starts_with("exp_"));
    }
    let csm = row(&rows, "role", "Customer Success Manager");
    assert_eq!(csm["difficulty_raw"], "");
    assert_eq!(csm["outcome_raw"], "Rejected");
    assert_eq!(
        csm["advice"],
        "Prepare examples of conflict resolution and data-driven customer success strategies."
    );
    assert!(csm["narrative"].starts_with("The interview process included an initial phone screen"));
    assert!(csm["narrative"].ends_with("real-world customer success challenges."));
    let swe = row(&rows, "role", "Software Engineer");
    assert!(
        swe["narrative"].ends_with("gave good feedback throughout."),
        "the last record stops before the closing heading"
    );
    let ids: std::collections::HashSet<&str> = rows.iter().map(|r| r["experience_id"].as_str()).collect();
    assert_eq!(ids.len(), 5, "ids are unique");
}

#[test]
fn no_candidate_name_in_any_output() {
    let w = seed_run();
    let names = [
        "Emily Zhang",
        "David Kim",
        "Sara Patel",
        "Michael Lee",
        "Alice Johnson",
        "Zhang",
        "Patel",
        "Johnson",
    ];
    for dir in ["processed", "reports"] {
        for entry in std::fs::read_dir(w.file(dir)).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                continue;
            }
            let bytes = std::fs::read(&path).unwrap();
            let text = String::from_utf8_lossy(&bytes);
            for name in names {
                assert!(!text.contains(name), "{name} found in {}", path.display());
            }
        }
    }
}

#[test]
fn twenty_five_questions_in_page_order() {
    let w = seed_run();
    let rows = w.csv("processed/questions.csv");
    assert_eq!(rows.len(), 25);
    assert_eq!(rows.iter().filter(|r| !r["experience_id"].is_empty()).count(), 19);
    let lines: Vec<i64> = rows.iter().map(|r| r["source_line"].parse().unwrap()).collect();
    assert!(lines.windows(2).all(|w| w[0] <= w[1]), "page order: {lines:?}");
    // The six listed questions come first, without their curly quotes.
    assert_eq!(
        rows[0]["text"],
        "Explain how you would design a scalable API for a banking application."
    );
    assert_eq!(rows[0]["experience_id"], "");
    assert_eq!(rows[0]["position"], "1");
    assert_eq!(
        rows[5]["text"],
        "Have you ever disagreed with a team member\u{2019}s technical approach? How did you resolve it?"
    );
    assert_eq!(rows[5]["position"], "6");
    assert!(rows
        .iter()
        .all(|r| !r["text"].starts_with('\u{201C}') && !r["text"].ends_with('\u{201D}')));
    // Then the experiences' questions, linked to their experience with their role.
    assert_eq!(rows[6]["text"], "How do you manage difficult customer situations?");
    assert_eq!(rows[6]["role"], "Customer Success Manager");
    assert_eq!(rows[24]["text"], "How do you ensure code quality in your projects?");
    assert_eq!(rows[24]["position"], "4");
    let exps = w.csv("processed/experiences.csv");
    let swe = row(&exps, "role", "Software Engineer");
    assert_eq!(rows[24]["experience_id"], swe["experience_id"]);
    assert_eq!(rows[6]["normalized"], "how do you manage difficult customer situations");
}

#[test]
fn six_salaries_annualized_in_eur() {
    let w = seed_run();
    let rows = w.csv("processed/salaries.csv");
    assert_eq!(rows.len(), 6);
    let expected = [
        ("Junior Software Engineer", 40000.0, 55000.0, ""),
        ("Senior Software Engineer", 70000.0, 95000.0, ""),
        ("Product Manager", 65000.0, 90000.0, ""),
        ("UX/UI Designer", 50000.0, 75000.0, ""),
        ("Sales Executive", 45000.0, 70000.0, "plus commission"),
        ("Data Analyst", 50000.0, 75000.0, ""),
    ];
    for (i, (role, min, max, note)) in expected.iter().enumerate() {
        let r = &rows[i];
        assert_eq!(r["role"], *role);
        assert_eq!(r["currency"], "EUR");
        assert_eq!(r["period"], "year");
        assert_eq!(f(&r["amount_min"]), *min);
        assert_eq!(f(&r["amount_max"]), *max);
        assert_eq!(f(&r["annual_min"]), *min);
        assert_eq!(f(&r["annual_max"]), *max);
        assert_eq!(r["note"], *note);
        assert_eq!(r["parse_status"], "ok");
        assert_eq!(r["company"], "Backbase");
    }
    assert_eq!(
        rows[4]["raw"],
        "\u{20AC}45,000 - \u{20AC}70,000 annually (plus commission)"
    );
}

#[test]
fn steps_faq_and_comparison_matrix() {
    let w = seed_run();
    let steps = w.csv("processed/hiring_steps.csv");
    let names: Vec<&str> = steps.iter().map(|r| r["step"].as_str()).collect();
    assert_eq!(
        names,
        [
            "Application Review",
            "Recruiter Outreach",
            "Technical Assessment",
            "Interview Rounds",
            "Offer Stage"
        ]
    );
    assert!(steps[1]["description"].starts_with("If you pass the initial screen"));

    let faq = w.csv("processed/faq.csv");
    assert_eq!(faq.len(), 5);
    assert_eq!(
        faq[0]["question"],
        "What is the typical duration of Backbase's recruitment process?"
    );
    assert!(faq[0]["answer"].starts_with("From application to offer, it usually takes between 3 to 6 weeks"));
    assert_eq!(
        faq[4]["question"],
        "What kind of benefits does Backbase offer besides salary?"
    );

    let cells = w.csv("processed/page_tables.csv");
    assert_eq!(cells.len(), 15, "5 aspects x 3 employers");
    let c = cells
        .iter()
        .find(|r| r["row"] == "Career Growth" && r["column"] == "Fintech Startups")
        .unwrap();
    assert_eq!(c["value"], "Rapid but volatile");
    assert_eq!(c["table"], "Comparison With Other Employers");
    assert_eq!(c["company"], "Backbase");
}

#[test]
fn rejection_rates_with_wilson_interval() {
    let w = seed_run();
    let rows = w.csv("reports/rejection_rates.csv");
    let all = row(&rows, "role", "(all)");
    assert_eq!(all["company"], "Backbase");
    assert_eq!(all["experiences"], "5");
    assert_eq!(all["outcomes_known"], "2");
    assert_eq!(all["rejected"], "2");
    assert_eq!(f(&all["rejection_rate"]), 1.0);
    assert!((f(&all["ci95_low"]) - 0.342).abs() < 0.0005, "{}", all["ci95_low"]);
    assert_eq!(f(&all["ci95_high"]), 1.0);
    let sales = row(&rows, "role", "Sales Executive");
    assert_eq!(sales["outcomes_known"], "0");
    assert_eq!(sales["rejection_rate"], "", "no known outcome: empty rate, not 0");
    assert_eq!(sales["ci95_low"], "");
    assert_eq!(rows.len(), 6);
}

#[test]
fn rounds_salaries_and_questions_aggregates() {
    let w = seed_run();
    let rounds = w.csv("reports/rounds_by_role.csv");
    let all = row(&rounds, "role", "(all)");
    assert_eq!(f(&all["rounds_mean"]), 3.0);
    assert_eq!(f(&all["rounds_median"]), 3.0);
    assert_eq!(all["rounds_min"], "2");
    assert_eq!(all["rounds_max"], "4");
    assert_eq!(all["rounds_known"], "5");

    let sal = w.csv("reports/salary_spreads.csv");
    let all = row(&sal, "role", "(all)");
    assert_eq!(
        (f(&all["min"]), f(&all["max"]), f(&all["midpoint"])),
        (40000.0, 95000.0, 62500.0)
    );
    assert_eq!(all["currency"], "EUR");
    assert_eq!(all["period"], "year");
    let senior = row(&sal, "role", "Senior Software Engineer");
    assert_eq!(f(&senior["spread"]), 25000.0);
    assert_eq!(f(&senior["midpoint"]), 82500.0);

    let qf = w.csv("reports/question_frequency.csv");
    assert_eq!(qf.iter().map(|r| r["count"].parse::<i64>().unwrap()).sum::<i64>(), 25);
    assert_eq!(qf[0]["rank"], "1");
    for col in [
        "rank",
        "question",
        "category",
        "count",
        "experiences",
        "companies",
        "roles",
    ] {
        assert!(qf[0].contains_key(col), "column {col}");
    }
}

/// The seed saved in other ways — CRLF and a BOM, non-breaking spaces, blank lines between
/// every line, tabs and trailing spaces, upper-case labels, the `Updated` date on its own
/// line, straight quotes — gives the same records.
#[test]
fn seed_variants_give_the_same_records() {
    let seed = String::from_utf8(crate::util::seed_bytes()).unwrap();
    let variants: Vec<(&str, String)> = vec![
        ("crlf_bom", format!("\u{FEFF}{}", seed.replace('\n', "\r\n"))),
        (
            "nbsp",
            seed.replace(": ", ":\u{00A0}")
                .replace("Interview Experience", "Interview\u{00A0}Experience"),
        ),
        ("blank_lines", seed.replace('\n', "\n\n")),
        (
            "tabs_trailing",
            seed.lines()
                .map(|l| format!("\t{l}  \t"))
                .collect::<Vec<_>>()
                .join("\n"),
        ),
        (
            "upper_labels",
            seed.replace("Difficulty:", "DIFFICULTY:")
                .replace("Final Result:", "FINAL RESULT:")
                .replace("Questions Asked", "QUESTIONS ASKED"),
        ),
        (
            "date_own_line",
            seed.replace("Updated 21 Feb 2026Customer", "Updated 21 Feb 2026\nCustomer"),
        ),
        (
            "straight_quotes",
            seed.replace(['\u{201C}', '\u{201D}'], "\"").replace('\u{2019}', "'"),
        ),
    ];
    let base = seed_run();
    let key = |w: &Workdir| -> Vec<String> {
        w.csv("processed/experiences.csv")
            .iter()
            .map(|r| {
                [
                    "company",
                    "role",
                    "experience_level",
                    "channel",
                    "difficulty",
                    "outcome",
                    "rounds",
                    "questions",
                    "page_date",
                    "candidate_key",
                    "advice",
                ]
                .iter()
                .map(|c| r[*c].clone())
                .collect::<Vec<_>>()
                .join("|")
            })
            .collect()
    };
    let expected = key(base);
    let expected_salaries: Vec<String> = base
        .csv("processed/salaries.csv")
        .iter()
        .map(|r| format!("{}|{}|{}|{}", r["role"], r["annual_min"], r["annual_max"], r["note"]))
        .collect();
    for (name, text) in variants {
        let w = Workdir::new();
        w.write_raw("backbase-interview-guide.txt", text.as_bytes());
        assert_eq!(w.run(&["ingest"]), 0, "{name}");
        assert_eq!(key(&w), expected, "{name}");
        assert_eq!(w.csv("processed/questions.csv").len(), 25, "{name}");
        let salaries: Vec<String> = w
            .csv("processed/salaries.csv")
            .iter()
            .map(|r| format!("{}|{}|{}|{}", r["role"], r["annual_min"], r["annual_max"], r["note"]))
            .collect();
        assert_eq!(salaries, expected_salaries, "{name}");
        assert_eq!(w.csv("processed/faq.csv").len(), 5, "{name}");
    }
}

#[test]
fn stages_of_the_five_narratives() {
    let w = Workdir::with_seed();
    assert_eq!(w.run(&["ingest"]), 0);
    let exp = w.csv("processed/experiences.csv");
    let stages = w.csv("processed/stages.csv");
    let of = |role: &str| -> Vec<String> {
        let id = &crate::util::row(&exp, "role", role)["experience_id"];
        let mut rows: Vec<_> = stages.iter().filter(|s| &s["experience_id"] == id).collect();
        rows.sort_by_key(|s| s["seq"].parse::<i64>().unwrap());
        rows.iter().map(|s| s["stage"].clone()).collect()
    };
    assert_eq!(
        of("Customer Success Manager"),
        ["phone_screen", "behavioral_interview", "final_round"]
    );
    assert_eq!(
        of("Sales Executive"),
        ["recruiter_screen", "phone_screen", "final_round", "role_play"]
    );
    assert_eq!(of("UX Designer"), ["portfolio_review", "hr_interview"]);
    assert_eq!(
        of("Product Manager"),
        ["recruiter_screen", "case_study", "team_interview", "executive"]
    );
    assert_eq!(
        of("Software Engineer"),
        ["online_test", "technical_interview", "final_round"]
    );
    let pm = &crate::util::row(&exp, "role", "Product Manager")["experience_id"];
    let texts: Vec<&str> = stages
        .iter()
        .filter(|s| &s["experience_id"] == pm)
        .map(|s| s["text"].as_str())
        .collect();
    assert_eq!(
        texts,
        [
            "HR screening",
            "case study presentation",
            "interviews with engineering and design leads",
            "with a senior executive"
        ]
    );
    assert!(stages
        .iter()
        .all(|s| s["source_file"] == "backbase-interview-guide.txt"));
}

#[test]
fn stage_counts_compared_with_declared_rounds() {
    let w = Workdir::with_seed();
    assert_eq!(w.run(&["run"]), 0);
    let rows = w.csv("reports/stage_round_mismatches.csv");
    // Sales Executive declares 3 rounds; its narrative tells a resume screen, a phone
    // interview, a final round and a role-play. The other four agree.
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(
        (
            rows[0]["role"].as_str(),
            rows[0]["rounds"].as_str(),
            rows[0]["stages"].as_str()
        ),
        ("Sales Executive", "3", "4")
    );
    assert_eq!(
        rows[0]["sequence"],
        "recruiter_screen → phone_screen → final_round → role_play"
    );
    assert!(w
        .read("reports/report.html")
        .contains("against the declared round count: 1 of 5 experience(s) with both differ"));
}

#[test]
fn every_seed_question_has_a_category_and_its_rule() {
    let w = Workdir::with_seed();
    assert_eq!(w.run(&["ingest"]), 0);
    let q = w.csv("processed/questions.csv");
    assert_eq!(q.len(), 25);
    for row in &q {
        assert_ne!(row["category"], "other", "{}", row["text"]);
        assert!(!row["category_rule"].is_empty(), "{}", row["text"]);
        assert!(
            row["normalized"].contains(row["category_rule"].as_str()),
            "the rule's phrase occurs in the question: {row:?}"
        );
    }
}

#[test]
fn taxonomy_file_replaces_the_categories() {
    let w = Workdir::with_seed();
    std::fs::write(
        w.file("my_taxonomy.toml"),
        "[[rule]]\ncategory = \"product\"\nphrases = [\"product\", \"roadmap\"]\n\n[[rule]]\ncategory = \"people\"\nphrases = [\"team*\", \"conflict\"]\n",
    )
    .unwrap();
    assert_eq!(w.run(&["run", "--taxonomy", "my_taxonomy.toml"]), 0);
    let q = w.csv("processed/questions.csv");
    let cats: std::collections::BTreeSet<&str> = q.iter().map(|r| r["category"].as_str()).collect();
    assert_eq!(cats, ["other", "people", "product"].into_iter().collect());
    for row in &q {
        let n = &row["normalized"];
        let want = if n.split(' ').any(|w| w == "product" || w == "roadmap") {
            "product"
        } else if n.split(' ').any(|w| w.starts_with("team") || w == "conflict") {
            "people"
        } else {
            "other"
        };
        assert_eq!(row["category"], want, "{n}");
    }
    let freq = w.csv("reports/question_frequency.csv");
    assert!(freq
        .iter()
        .all(|r| ["other", "people", "product"].contains(&r["category"].as_str())));

    // A broken file is a usage error, not a silent fallback.
    std::fs::write(
        w.file("bad.toml"),
        "[[rule]]\ncategory = \"x\"\nphrases = \"not a list\"\n",
    )
    .unwrap();
    let out = w.cmd().args(["ingest", "--taxonomy", "bad.toml"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("bad.toml"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn channel_mix_and_rejection_by_channel() {
    let w = Workdir::with_seed();
    assert_eq!(w.run(&["run"]), 0);
    let rows = w.csv("reports/channel_rejection.csv");
    // Every count recomputed by hand from experiences.csv (whose channel and outcome values
    // the seed tests pin down); Backbase's overall rate is 2 rejected of 2 known, p = 1.
    let exp = w.csv("processed/experiences.csv");
    for row in &rows {
        let mine: Vec<_> = exp
            .iter()
            .filter(|e| {
                e["company"] == row["company"]
                    && (e["channel"] == row["channel"] || (e["channel"].is_empty() && row["channel"] == "(not stated)"))
            })
            .collect();
        assert_eq!(row["experiences"], mine.len().to_string(), "{row:?}");
        let known = mine
            .iter()
            .filter(|e| ["offer", "declined", "rejected"].contains(&e["outcome"].as_str()))
            .count();
        let rejected = mine.iter().filter(|e| e["outcome"] == "rejected").count();
        assert_eq!(row["outcomes_known"], known.to_string());
        assert_eq!(row["rejected"], rejected.to_string());
        assert_eq!(row["small_sample"], (known < 5).to_string());
        if known > 0 {
            let rate: f64 = row["rejection_rate"].parse().unwrap();
            assert!((rate - rejected as f64 / known as f64).abs() < 1e-9);
            // p = 1, so shrunk = (r + 5·1) / (k + 5).
            let shrunk: f64 = row["rejection_rate_shrunk"].parse().unwrap();
            assert!(
                (shrunk - (rejected as f64 + 5.0) / (known as f64 + 5.0)).abs() < 1e-9,
                "{row:?}"
            );
        } else {
            assert!(row["rejection_rate"].is_empty());
        }
    }
    let total: usize = rows.iter().map(|r| r["experiences"].parse::<usize>().unwrap()).sum();
    assert_eq!(total, 5);
    let share: f64 = rows.iter().map(|r| r["share"].parse::<f64>().unwrap()).sum();
    assert!((share - 1.0).abs() < 1e-9);
}

#[test]
fn stage_funnel_of_the_seed() {
    let w = Workdir::with_seed();
    assert_eq!(w.run(&["run"]), 0);
    let rows = w.csv("reports/stage_funnel.csv");
    let backbase: Vec<(&str, &str, &str, &str)> = rows
        .iter()
        .filter(|r| r["company"] == "Backbase")
        .map(|r| {
            (
                r["stage"].as_str(),
                r["experiences"].as_str(),
                r["mean_position"].as_str(),
                r["rejected_stopped_here"].as_str(),
            )
        })
        .collect();
    // Hand-counted from the five sequences of `stages_of_the_five_narratives`; rejected:
    // Customer Success Manager (last: final_round) and Product Manager (last: executive).
    let find = |stage: &str| {
        *backbase
            .iter()
            .find(|r| r.0 == stage)
            .unwrap_or_else(|| panic!("{stage}: {backbase:?}"))
    };
    assert_eq!(find("final_round"), ("final_round", "3", "3.0", "1"));
    assert_eq!(find("phone_screen"), ("phone_screen", "2", "1.5", "0"));
    assert_eq!(find("recruiter_screen"), ("recruiter_screen", "2", "1.0", "0"));
    assert_eq!(find("executive"), ("executive", "1", "4.0", "1"));
    assert_eq!(backbase.len(), 12, "twelve distinct stages: {backbase:?}");
    let positions: Vec<f64> = backbase.iter().map(|r| r.2.parse().unwrap()).collect();
    assert!(positions.is_sorted(), "funnel order: {positions:?}");
    assert!(rows
        .iter()
        .any(|r| r["company"] == "(all)" && r["stage"] == "final_round"));
}

#[test]
fn outcome_and_difficulty_counts_per_role() {
    let w = Workdir::with_seed();
    assert_eq!(w.run(&["run"]), 0);
    let rows = w.csv("reports/outcome_difficulty.csv");
    let all = crate::util::row(&rows, "role", "(all)");
    // Seed: rejected ×2 (Customer Success Manager, Product Manager), three outcomes not
    // stated; difficulty: only UX Designer's `easy` is stated.
    let get = |k: &str| all[k].as_str();
    assert_eq!(
        (
            get("experiences"),
            get("offer"),
            get("rejected"),
            get("outcome_not_stated")
        ),
        ("5", "0", "2", "3")
    );
    assert_eq!(
        (get("easy"), get("medium"), get("hard"), get("difficulty_not_stated")),
        ("1", "0", "0", "4")
    );
    let ux = crate::util::row(&rows, "role", "UX Designer");
    assert_eq!((ux["experiences"].as_str(), ux["easy"].as_str()), ("1", "1"));
}

#[test]
fn question_categories_per_role_family() {
    let w = Workdir::with_seed();
    assert_eq!(w.run(&["run"]), 0);
    let rows = w.csv("reports/category_by_family.csv");
    let mut per_family: std::collections::BTreeMap<String, (i64, f64)> = Default::default();
    for r in &rows {
        let e = per_family.entry(r["role_family"].clone()).or_default();
        e.0 += r["questions"].parse::<i64>().unwrap();
        e.1 += r["share"].parse::<f64>().unwrap();
    }
    // The six questions listed on the page, outside the five experiences.
    assert_eq!(per_family["(not linked)"].0, 6);
    // Each family's count equals its experiences' question counts in experiences.csv.
    let exp = w.csv("processed/experiences.csv");
    for e in &exp {
        let n: i64 = exp
            .iter()
            .filter(|o| o["role_family"] == e["role_family"])
            .map(|o| o["questions"].parse::<i64>().unwrap())
            .sum();
        assert_eq!(per_family[&e["role_family"]].0, n, "{}", e["role_family"]);
    }
    assert_eq!(per_family.values().map(|v| v.0).sum::<i64>(), 25);
    assert!(
        per_family.values().all(|v| (v.1 - 1.0).abs() < 1e-9),
        "shares sum to 1: {per_family:?}"
    );
    // The Software Engineer's questions (engineering) include coding.
    assert!(rows
        .iter()
        .any(|r| r["role_family"] == "engineering" && r["category"] == "coding"));
}
