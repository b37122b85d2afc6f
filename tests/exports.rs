//! Scraper exports (Glassdoor-style CSV, JSON, JSON Lines) and standalone salary tables:
//! every record accounted for, as an experience or in quarantine, with vocabularies mapped.

use crate::util::{row, Workdir};

const GLASSDOOR_CSV: &str = "date,title,candidate,offer,experience,difficulty,application,details,questions
\"Dec 12, 2021\",Data Engineer Interview,Anonymous Interview Candidate in Austin TX,No Offer,Neutral Experience,Average Interview,\"I applied online.The process took 2 weeks.I interviewed at Apple (New York, NY) in Dec 2021\",\"Recruiter call.
Then onsite.\",\"Design a data pipeline.  3 Answers
Why Apple? Answer Question\"
\"Jan 5, 2022\",iOS Engineer Interview,Kim,Accepted Offer,Positive Experience,Easy Interview,I applied through an employee referral.The process took 4+ weeks.I interviewed at Apple,Two rounds.,None
\"Feb 1, 2022\",QA Interview,Lee,Declined Offer,Difficult Interview,-,I applied through a recruiter.The process took 2+ months.,Shifted row.,Reverse a list…
\"Mar 1, 2022\",PM Interview,Ann,Positive Experience,free text here,Easy Interview,I applied online,Unrepairable.,
\"Apr 1, 2022\",SRE Interview,Bo,No Offer,Negative Experience,Difficult Interview,I applied in-person,Ragged.,Q?,extra
";

#[test]
fn glassdoor_csv_every_record_accounted_for() {
    let w = Workdir::new();
    w.write_raw("apple/interviews.csv", GLASSDOOR_CSV.as_bytes());
    assert_eq!(w.run(&["ingest"]), 1, "two rows quarantined");
    let exps = w.csv("processed/experiences.csv");
    let q = w.csv("processed/quarantine.csv");
    let errors: Vec<_> = q.iter().filter(|r| r["severity"] == "error").collect();
    assert_eq!(
        exps.len() + errors.len(),
        5,
        "every record is a row or a quarantine error"
    );
    assert_eq!(exps.len(), 3);

    let de = row(&exps, "role", "Data Engineer");
    assert_eq!(de["company"], "Apple");
    assert_eq!(de["outcome"], "rejected");
    assert_eq!(de["sentiment"], "neutral");
    assert_eq!(de["difficulty"], "medium");
    assert_eq!(de["channel"], "online");
    assert_eq!(de["duration_days"], "14");
    assert_eq!(de["location"], "New York, NY");
    assert_eq!(de["interview_date"], "2021-12-01");
    assert_eq!(de["review_date"], "2021-12-12");
    assert_eq!(de["candidate_key"], "", "anonymous placeholders get no pseudonym");
    assert_eq!(de["narrative"], "Recruiter call.\nThen onsite.");
    assert_eq!(de["source_format"], "csv");
    assert_eq!(de["source_line"], "2");

    let ios = row(&exps, "role", "iOS Engineer");
    assert_eq!(
        (
            ios["outcome"].as_str(),
            ios["channel"].as_str(),
            ios["duration_days"].as_str(),
            ios["questions"].as_str()
        ),
        ("offer", "referral", "28", "0")
    );
    assert_eq!(
        ios["source_line"], "5",
        "the first row spans lines 2-4 (quoted line breaks)"
    );

    // The difficulty value in the experience column is moved back, with a warning.
    let qa = row(&exps, "role", "QA");
    assert_eq!(
        (
            qa["outcome"].as_str(),
            qa["difficulty"].as_str(),
            qa["sentiment"].as_str(),
            qa["channel"].as_str()
        ),
        ("declined", "hard", "", "recruiter")
    );
    assert_eq!(qa["duration_days"], "60");
    assert!(q.iter().any(|r| r["severity"] == "warning"
        && r["source_line"] == "6"
        && r["reason"].contains("moved from experience to difficulty")));

    assert!(
        errors
            .iter()
            .any(|r| r["source_line"] == "7" && r["reason"].contains("cannot be repaired")),
        "{errors:?}"
    );
    assert!(
        errors
            .iter()
            .any(|r| r["source_line"] == "8" && r["reason"].contains("10 fields but the header has 9")),
        "{errors:?}"
    );

    let questions = w.csv("processed/questions.csv");
    let texts: Vec<&str> = questions.iter().map(|r| r["text"].as_str()).collect();
    assert_eq!(
        texts,
        ["Design a data pipeline.", "Why Apple?", "Reverse a list"],
        "debris removed, `None` dropped"
    );
}

#[test]
fn json_array_and_json_lines() {
    let w = Workdir::new();
    let array = r#"{"employer": {"name": "Apple"}, "interviews": [
  {"reviewDateTime": "2022-04-11T09:30:00", "jobTitle": {"text": "Product Manager"}, "outcome": "ACCEPT_OFFER", "experience": "POSITIVE", "difficulty": "AVERAGE", "processLength": "3 weeks", "application": "I applied online", "interviewDetails": "Case study.", "questions": [{"question": "Why Apple?"}]},
  {"reviewDateTime": "2022-05-02T14:00:00", "jobTitle": {"text": "Data Analyst"}, "outcome": "NO_OFFER", "experience": "NEGATIVE", "difficulty": "DIFFICULT", "processLength": "a week", "application": "I applied through a staffing agency", "questions": ["SQL joins? 2 Answers"]}
]}"#;
    w.write_raw("apple.json", array.as_bytes());
    let lines = "{\"title\": \"SRE Interview\", \"gotOffer\": false, \"difficulty\": 4, \"application\": \"I interviewed at Apple (Austin, TX) in Jan 2023\"}\n{\"title\": broken\n{\"title\": \"PM Interview\", \"gotOffer\": true, \"experience\": \"Neutral Experience\"}\n";
    w.write_raw("apple-more.jsonl", lines.as_bytes());
    assert_eq!(w.run(&["ingest"]), 1);
    let exps = w.csv("processed/experiences.csv");
    assert_eq!(exps.len(), 4);
    let pm = exps.iter().find(|r| r["role"] == "Product Manager").unwrap();
    assert_eq!(
        (
            pm["company"].as_str(),
            pm["outcome"].as_str(),
            pm["sentiment"].as_str(),
            pm["difficulty"].as_str()
        ),
        ("Apple", "offer", "positive", "medium")
    );
    assert_eq!(
        (
            pm["duration_days"].as_str(),
            pm["review_date"].as_str(),
            pm["source_line"].as_str()
        ),
        ("21", "2022-04-11", "2")
    );
    let da = row(&exps, "role", "Data Analyst");
    assert_eq!(
        (
            da["outcome"].as_str(),
            da["channel"].as_str(),
            da["duration_days"].as_str(),
            da["source_line"].as_str()
        ),
        ("rejected", "agency", "7", "3")
    );
    let sre = row(&exps, "role", "SRE");
    assert_eq!(
        (
            sre["outcome"].as_str(),
            sre["difficulty"].as_str(),
            sre["location"].as_str(),
            sre["interview_date"].as_str()
        ),
        ("rejected", "hard", "Austin, TX", "2023-01-01")
    );
    assert_eq!(sre["company"], "Apple", "company from `I interviewed at Apple`");
    let q = w.csv("processed/quarantine.csv");
    assert!(q
        .iter()
        .any(|r| r["source_file"] == "apple-more.jsonl" && r["source_line"] == "2" && r["severity"] == "error"));
    let texts: Vec<String> = w
        .csv("processed/questions.csv")
        .iter()
        .map(|r| r["text"].clone())
        .collect();
    assert_eq!(texts, ["Why Apple?", "SQL joins?"]);
}

#[test]
fn job_listing_salary_table() {
    let w = Workdir::new();
    let csv = "Job Title,Salary Estimate,Job Description,Rating,Company Name,Location\nData Scientist,$53K-$91K (Glassdoor est.),\"Model.\nForecast.\",3.8,\"Tecolote Research\n3.8\",\"Albuquerque, NM\"\nData Analyst - Hourly,$17-$24 Per Hour(Glassdoor est.),x,4.1,Acme,Austin\nData Engineer,-1,x,-1,Acme,Austin\n";
    w.write_raw("listings.csv", csv.as_bytes());
    assert_eq!(w.run(&["run"]), 0);
    let sal = w.csv("processed/salaries.csv");
    assert_eq!(sal.len(), 3);
    assert_eq!(
        sal[0]["company"], "Tecolote Research",
        "the rating after the line break is not part of the name"
    );
    assert_eq!(
        (
            sal[0]["annual_min"].as_str(),
            sal[0]["annual_max"].as_str(),
            sal[0]["currency"].as_str()
        ),
        ("53000.0", "91000.0", "USD")
    );
    assert_eq!(
        (sal[1]["period"].as_str(), sal[1]["annual_min"].as_str()),
        ("hour", "35360.0")
    );
    assert_eq!(
        (sal[2]["parse_status"].as_str(), sal[2]["annual_min"].as_str()),
        ("no_amount", "")
    );
    assert!(w.csv("processed/experiences.csv").is_empty());
    let spreads = w.csv("reports/salary_spreads.csv");
    assert!(spreads
        .iter()
        .any(|r| r["company"] == "Tecolote Research" && r["role"] == "Data Scientist"));
}

#[test]
fn implausible_salaries_are_quarantined_not_aggregated() {
    let w = Workdir::new();
    let csv = "Job Title,Salary Estimate,Company Name\nAnalyst,$60K-$70K,Acme\nAnalyst,$65K-$75K,Acme\nAnalyst,$62K-$72K,Acme\nAnalyst,$900K-$1M,Acme\nAnalyst,$5-$9 per year,Acme\n";
    w.write_raw("listings.csv", csv.as_bytes());
    assert_eq!(w.run(&["run"]), 0, "implausible values are warnings");
    let sal = w.csv("processed/salaries.csv");
    assert_eq!(sal.iter().filter(|r| r["parse_status"] == "implausible").count(), 2);
    let q = w.csv("processed/quarantine.csv");
    assert_eq!(
        q.iter()
            .filter(|r| r["reason"].starts_with("implausible salary"))
            .count(),
        2
    );
    let spreads = w.csv("reports/salary_spreads.csv");
    let analyst = row(&spreads, "role", "Analyst");
    assert_eq!(
        (analyst["min"].as_str(), analyst["max"].as_str()),
        ("60000.0", "75000.0")
    );
}

/// Shapes of real scraper outputs: `role`/`gotOffer`/`length` keys with question lists and
/// repeated identical records (a scraper re-reading a page); and `title`/`offer`/
/// `experience`/`difficulty` filled from a review's ratings in order, so a review without an
/// offer rating shifts the others left.
#[test]
fn real_scraper_shapes() {
    let w = Workdir::new();
    let repeated = r#"{"details": "", "role": "Software Development Engineer", "questions": ["give a linked list and remove a node of the given index"], "date": "7 Oct 2016", "length": "3 weeks", "data": "", "experience": "Positive Experience", "difficulty": "Average Interview", "gotOffer": "Accepted Offer"}"#;
    w.write_raw("uber.json", format!("[{repeated}, {repeated}, {repeated}]").as_bytes());
    let ratings = r#"[
 {"title": "Software Engineer Interview", "date": "Dec 12, 2021 - Anonymous Interview Candidate in Austin, TX", "offer": "No Offer", "experience": "Negative Experience", "difficulty": "Difficult Interview", "applicationDetails": "I applied online. The process took 3 weeks. I interviewed at Uber (Austin, TX) in Nov 2021.", "process": "Two coding rounds.", "questions": ["Two sum.  1 Answer"]},
 {"title": "Data Scientist Interview", "date": "Jan 3, 2022", "offer": "Positive Experience", "experience": "Average Interview", "difficulty": "", "applicationDetails": "I applied through a recruiter.", "process": "Case study.", "questions": []}
]"#;
    w.write_raw("uber-2.json", ratings.as_bytes());
    assert_eq!(w.run(&["ingest"]), 0);
    let exps = w.csv("processed/experiences.csv");
    assert_eq!(exps.len(), 3, "the repeated record counts once");
    let dups = w.csv("processed/duplicates.csv");
    assert_eq!(dups.len(), 2);
    assert!(dups
        .iter()
        .all(|d| d["kind"] == "experience" && d["source_file"] == "uber.json"));
    let sde = row(&exps, "role", "Software Development Engineer");
    assert_eq!(
        [
            "company",
            "outcome",
            "sentiment",
            "difficulty",
            "duration_days",
            "review_date",
            "questions"
        ]
        .map(|c| sde[c].as_str()),
        ["Uber", "offer", "positive", "medium", "21", "2016-10-07", "1"],
        "company from the file name"
    );
    let se = row(&exps, "role", "Software Engineer");
    assert_eq!(
        [
            "company",
            "outcome",
            "channel",
            "duration_days",
            "location",
            "interview_date",
            "review_date",
            "narrative"
        ]
        .map(|c| se[c].as_str()),
        [
            "Uber",
            "rejected",
            "online",
            "21",
            "Austin, TX",
            "2021-11-01",
            "2021-12-12",
            "Two coding rounds."
        ]
    );
    let ds = row(&exps, "role", "Data Scientist");
    assert_eq!(
        ["outcome", "sentiment", "difficulty", "channel"].map(|c| ds[c].as_str()),
        ["", "positive", "medium", "recruiter"],
        "shifted ratings put back"
    );
    assert_eq!(
        w.csv("processed/questions.csv")
            .iter()
            .map(|q| q["text"].clone())
            .collect::<Vec<_>>(),
        ["Two sum.", "give a linked list and remove a node of the given index"],
        "uber-2.json sorts before uber.json"
    );
}

/// Field names of Glassdoor's own JSON (`processDifficulty`, `processInterviewExperience`,
/// `userQuestions`, `processDescription`, `jobTitle.text`, `location.name`).
#[test]
fn glassdoor_api_field_names() {
    let w = Workdir::new();
    let json = r#"{"data": {"employerInterviews": {"reviews": [
 {"reviewDateTime": "2023-02-01T00:00:00", "jobTitle": {"text": "Software Engineer"}, "location": {"name": "Austin, TX"}, "outcome": "DECLINE_OFFER", "processDifficulty": "DIFFICULT", "processInterviewExperience": "POSITIVE", "processLength": "2 weeks", "processDescription": "Three rounds.", "userQuestions": [{"question": "Design a cache."}], "advice": "Practice."}
]}}}"#;
    w.write_raw("acme.json", json.as_bytes());
    assert_eq!(w.run(&["ingest"]), 0);
    let exps = w.csv("processed/experiences.csv");
    assert_eq!(exps.len(), 1);
    let e = &exps[0];
    assert_eq!(
        [
            "company",
            "role",
            "outcome",
            "difficulty",
            "sentiment",
            "duration_days",
            "location",
            "review_date",
            "narrative",
            "advice",
            "questions"
        ]
        .map(|c| e[c].as_str()),
        [
            "Acme",
            "Software Engineer",
            "declined",
            "hard",
            "positive",
            "14",
            "Austin, TX",
            "2023-02-01",
            "Three rounds.",
            "Practice.",
            "1"
        ]
    );
}
