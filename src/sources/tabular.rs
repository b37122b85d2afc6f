//! Row-shaped dumps — scraper exports (CSV, JSON, JSON Lines) and standalone tables — into
//! experiences and salaries. The format modules (`csv_export`, `json_export`) only turn bytes
//! into [`Row`]s; the column meanings live here, shared.
//!
//! Columns are matched by name through case-, spacing- and punctuation-insensitive aliases
//! (`gotOffer`, `Got Offer` and `got_offer` are one column). Glassdoor-style exports pack
//! channel, duration, company, location and month into one application text with no space
//! after the full stops — `I applied through an employee referral.The process took 2 weeks.I
//! interviewed at Apple (New York, NY) in Dec 2021` — which is split here. Scrapers sometimes
//! shift fields by one (a difficulty value in the experience column): values whose form
//! names their field (`… Interview`, `… Experience`, `I applied …`) are moved back, and a row
//! that cannot be repaired is quarantined rather than mis-filed.

use super::{Issue, PageExtract, RawExperience, RawQuestion, RawSalary};
use crate::normalize::text::{clean, match_key};
use regex::Regex;
use std::sync::LazyLock;

/// One record of a row-shaped dump: its 1-based line and its (column, value) pairs.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Row {
    pub line: usize,
    pub cells: Vec<(String, Cell)>,
}

/// A cell: text, or a list (JSON arrays of questions).
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Text(String),
    List(Vec<String>),
}

impl Cell {
    fn text(&self) -> String {
        match self {
            Cell::Text(t) => t.clone(),
            Cell::List(items) => items.join("\n"),
        }
    }
}

/// The fields a column can hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Col {
    Role,
    Company,
    Candidate,
    Outcome,
    Sentiment,
    Difficulty,
    Application,
    Duration,
    Narrative,
    Questions,
    Advice,
    ReviewDate,
    InterviewDate,
    Location,
    Level,
    Rounds,
    Salary,
    SalaryMin,
    SalaryMax,
    Currency,
    PayPeriod,
}

/// Column aliases, as match keys (camelCase is split first: `reviewDateTime` → `review date time`).
#[rustfmt::skip]
const ALIASES: &[(Col, &[&str])] = &[
    (Col::Role, &["role", "job title", "jobtitle", "title", "position", "job", "designation", "job role", "job profile",
        "job profile name", "job name", "role name", "designation name", "profile", "interview for", "job title text"]),
    (Col::Company, &["company", "company name", "employer", "employer name", "organization", "organisation", "firm"]),
    (Col::Candidate, &["candidate", "author", "reviewer", "user", "user name", "username", "candidate name", "reviewer name", "name"]),
    (Col::Outcome, &["offer", "got offer", "outcome", "result", "offer status", "final result", "interview outcome", "status", "offer outcome",
        "selected", "interview result", "process outcome"]),
    (Col::Sentiment, &["experience", "interview experience", "overall experience", "sentiment", "experience rating", "interview experience rating",
        "process interview experience", "interview experience type"]),
    (Col::Difficulty, &["difficulty", "interview difficulty", "difficulty rating", "interview difficulty rating", "process difficulty",
        "difficulty level"]),
    (Col::Application, &["application", "applied", "how applied", "application details", "applied via", "source", "channel",
        "application method", "application source", "getting an interview", "interview source", "how did you get the interview"]),
    (Col::Duration, &["length", "duration", "process length", "interview length", "process duration", "time to hire", "hiring duration",
        "interview duration", "process length days"]),
    (Col::Narrative, &["details", "interview", "interview details", "description", "review", "process", "body", "text",
        "interview process", "experience details", "full experience", "content", "review text", "interview description",
        "process description", "interview process description"]),
    (Col::Questions, &["questions", "interview questions", "question", "interview question", "questions asked", "user questions",
        "interview questions asked"]),
    (Col::Advice, &["advice", "tips", "advice to candidates", "interview tips"]),
    (Col::ReviewDate, &["date", "review date", "review date time", "posted", "date posted", "posted on", "created", "created at",
        "timestamp", "review datetime"]),
    (Col::InterviewDate, &["interview date", "interviewed", "interview month", "date of interview"]),
    (Col::Location, &["location", "city", "interview location", "job location"]),
    (Col::Level, &["level", "experience level", "seniority", "years of experience"]),
    (Col::Rounds, &["rounds", "interview rounds", "number of rounds", "no of rounds"]),
    (Col::Salary, &["salary", "salary estimate", "pay", "compensation", "ctc", "salary range", "base salary", "estimated salary",
        "avg salary", "average salary"]),
    (Col::SalaryMin, &["min", "min salary", "minimum salary", "salary min", "min ctc", "minimum ctc", "min pay", "min base salary",
        "lower bound", "range min", "salary from", "min amount"]),
    (Col::SalaryMax, &["max", "max salary", "maximum salary", "salary max", "max ctc", "maximum ctc", "max pay", "max base salary",
        "upper bound", "range max", "salary to", "max amount"]),
    (Col::Currency, &["currency", "currency code", "salary currency"]),
    (Col::PayPeriod, &["period", "pay period", "salary period", "frequency", "pay frequency"]),
];

/// `reviewDateTime`, `review_date_time`, `Review Date Time` → `review date time`.
pub fn column_key(name: &str) -> String {
    let mut spaced = String::with_capacity(name.len() + 8);
    let mut prev_lower = false;
    for c in name.chars() {
        if c.is_uppercase() && prev_lower {
            spaced.push(' ');
        }
        prev_lower = c.is_lowercase() || c.is_ascii_digit();
        spaced.push(c);
    }
    match_key(&spaced)
}

fn column_of(name: &str) -> Option<Col> {
    let key = column_key(name);
    ALIASES
        .iter()
        .find(|(_, names)| names.contains(&key.as_str()))
        .map(|(c, _)| *c)
}

/// What a header looks like: experiences (any review-only column), salaries (a salary column
/// and a role, nothing about an interview), or neither.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowKind {
    Experiences,
    Salaries,
    Unknown,
}

/// How many columns name an interview field (outcome, difficulty, details, questions, …).
pub fn interview_columns(columns: &[&str]) -> usize {
    let review = [
        Col::Outcome,
        Col::Sentiment,
        Col::Difficulty,
        Col::Application,
        Col::Narrative,
        Col::Questions,
        Col::Duration,
        Col::Rounds,
        Col::Advice,
    ];
    columns
        .iter()
        .filter(|c| column_of(c).is_some_and(|k| review.contains(&k)))
        .count()
}

/// True when one of the columns names the role (`Role`, `Job Title`, `Position`, …).
pub fn has_role_column(columns: &[&str]) -> bool {
    columns.iter().any(|c| column_of(c) == Some(Col::Role))
}

pub fn row_kind(columns: &[&str]) -> RowKind {
    let cols: Vec<Col> = columns.iter().filter_map(|c| column_of(c)).collect();
    let review = [
        Col::Outcome,
        Col::Sentiment,
        Col::Difficulty,
        Col::Application,
        Col::Narrative,
        Col::Questions,
        Col::Duration,
        Col::Rounds,
        Col::Advice,
    ];
    if cols.iter().any(|c| review.contains(c)) {
        RowKind::Experiences
    } else if (cols.contains(&Col::Salary) || cols.contains(&Col::SalaryMin) || cols.contains(&Col::SalaryMax))
        && cols.contains(&Col::Role)
    {
        RowKind::Salaries
    } else {
        RowKind::Unknown
    }
}

/// Turns rows into a page's records. Rows of an unrecognised shape are each quarantined.
pub fn rows_to_page(rows: &[Row], columns: &[&str]) -> PageExtract {
    let mut page = PageExtract::default();
    let kind = row_kind(columns);
    if kind == RowKind::Unknown {
        let names = columns.join(", ");
        page.issues.push(Issue::error(
            rows.first().map(|r| r.line).or(Some(1)),
            format!(
                "no column names an interview field or a salary (columns: {})",
                crate::normalize::text::excerpt(&names, 300)
            ),
            None,
        ));
        return page;
    }
    for row in rows {
        match kind {
            RowKind::Experiences => match experience(row) {
                Ok((exp, warnings)) => {
                    page.issues.extend(warnings);
                    page.experiences.push(exp);
                }
                Err(issue) => page.issues.push(issue),
            },
            _ => salary_row(row, &mut page),
        }
    }
    page
}

/// A standalone salary table row (`Job Title`, `Company Name`, `Salary Estimate`, …).
fn salary_row(row: &Row, page: &mut PageExtract) {
    let get = |col: Col| {
        row.cells
            .iter()
            .find(|(k, _)| column_of(k) == Some(col))
            .map(|(_, v)| clean(&v.text()))
    };
    let role = get(Col::Role).filter(|r| !r.is_empty());
    let text = get(Col::Salary).filter(|t| !t.is_empty()).unwrap_or_else(|| {
        // Structured rows (`{"minCtc": 550000, "maxCtc": 620000, "currency": "INR"}`): write
        // the statement the way a page would, for the one salary parser.
        let (min, max) = (
            get(Col::SalaryMin).unwrap_or_default(),
            get(Col::SalaryMax).unwrap_or_default(),
        );
        let amounts = match (min.is_empty(), max.is_empty()) {
            (false, false) => format!("{min} - {max}"),
            (false, true) => format!("{min}+"),
            (true, false) => format!("up to {max}"),
            (true, true) => return String::new(),
        };
        let period = get(Col::PayPeriod).map(|p| format!(" per {p}")).unwrap_or_default();
        clean(&format!("{} {amounts}{period}", get(Col::Currency).unwrap_or_default()))
    });
    if role.is_none() && text.is_empty() {
        page.issues.push(Issue::warning(
            row.line,
            "row has neither a role nor a salary; skipped",
            "",
        ));
        return;
    }
    let company = raw_cell(row, Col::Company).and_then(|c| company_cell(&c));
    // A pay period in the title (`Data Analyst - Hourly`) is context for the amount.
    let context = role.as_deref().and_then(title_pay_period).map(str::to_string);
    page.salaries.push(RawSalary {
        line: row.line,
        context,
        role,
        company,
        text,
    });
}

/// The first cell of a kind, as written (line breaks kept).
fn raw_cell(row: &Row, col: Col) -> Option<String> {
    row.cells
        .iter()
        .find(|(k, _)| column_of(k) == Some(col))
        .map(|(_, v)| v.text())
}

/// A pay period written into a job title (`Data Analyst - Hourly`, `Nurse (per diem)`): only
/// whole pay-period words count, so `HR Manager` or `Senior PM` give none.
fn title_pay_period(title: &str) -> Option<&'static str> {
    let key = match_key(title);
    [
        ("hourly", "hourly"),
        ("per hour", "hourly"),
        ("monthly", "monthly"),
        ("per month", "monthly"),
        ("weekly", "weekly"),
        ("per week", "weekly"),
        ("daily", "daily"),
        ("per day", "daily"),
        ("per diem", "daily"),
    ]
    .iter()
    .find(|(p, _)| crate::normalize::has_phrase(&key, p))
    .map(|(_, period)| *period)
}

/// A company cell without the rating some job boards glue on after a line break
/// (`Tecolote Research\n3.8`).
fn company_cell(value: &str) -> Option<String> {
    let first = value.split(['\n', '\r']).map(str::trim).find(|l| !l.is_empty())?;
    let c = clean(first);
    (!c.is_empty() && !is_missing(&c)).then_some(c)
}

fn is_missing(v: &str) -> bool {
    matches!(
        match_key(v).as_str(),
        "" | "none" | "n a" | "na" | "null" | "nan" | "unknown"
    ) || matches!(v.trim(), "-" | "-1" | "-1.0")
}

/// One review row → an experience, with warnings for repairs made.
fn experience(row: &Row) -> Result<(RawExperience, Vec<Issue>), Issue> {
    let mut warnings = Vec::new();
    let mut fields: std::collections::HashMap<Col, Cell> = Default::default();
    for (name, value) in &row.cells {
        if let Some(col) = column_of(name) {
            // First column of a kind wins (`title` and `jobTitle` both present: keep the first).
            fields.entry(col).or_insert_with(|| value.clone());
        }
    }
    let text = |c: Col, f: &std::collections::HashMap<Col, Cell>| {
        f.get(&c).map(|v| clean(&v.text())).filter(|v| !is_missing(v))
    };
    let mut vocab: [(Col, Option<String>); 4] = [
        (Col::Outcome, text(Col::Outcome, &fields)),
        (Col::Sentiment, text(Col::Sentiment, &fields)),
        (Col::Difficulty, text(Col::Difficulty, &fields)),
        (Col::Application, text(Col::Application, &fields)),
    ];
    if let Some(note) = repair_shift(&mut vocab).map_err(|reason| Issue::error(Some(row.line), reason, None))? {
        warnings.push(Issue::warning(row.line, note, ""));
    }
    let [(_, outcome), (_, sentiment), (_, difficulty), (_, application)] = vocab;

    let mut r = RawExperience {
        line: row.line,
        ..Default::default()
    };
    r.role = text(Col::Role, &fields)
        .map(|t| role_from_title(&t))
        .unwrap_or_default();
    if r.role.is_empty() {
        r.role = "(role not stated)".to_string();
    }
    r.company = fields.get(&Col::Company).and_then(|c| company_cell(&c.text()));
    r.candidate = text(Col::Candidate, &fields);
    r.location = text(Col::Location, &fields);
    r.outcome = outcome;
    r.sentiment = sentiment;
    r.difficulty = difficulty;
    r.level = text(Col::Level, &fields);
    r.review_date = text(Col::ReviewDate, &fields);
    r.interview_date = text(Col::InterviewDate, &fields);
    r.duration = text(Col::Duration, &fields);
    r.advice = text(Col::Advice, &fields);
    r.narrative = fields
        .get(&Col::Narrative)
        .map(|v| v.text().trim().to_string())
        .filter(|v| !is_missing(v));
    r.rounds = text(Col::Rounds, &fields).map(|v| super::Field {
        value: v,
        line: row.line,
    });
    if let Some(app) = application {
        apply_application(&app, &mut r);
    }
    // Last resort: the place in `Anonymous Interview Candidate in Austin, TX`.
    if r.location.is_none() {
        r.location = r.candidate.as_deref().and_then(location_in_candidate);
    }
    r.questions = fields
        .get(&Col::Questions)
        .map(|q| questions(q, row.line))
        .unwrap_or_default();
    r.salary = text(Col::Salary, &fields).map(|t| RawSalary {
        line: row.line,
        role: None,
        company: None,
        text: t,
        context: None,
    });
    if r.rounds.as_ref().is_some_and(|f| f.value.parse::<i64>().is_err()) {
        r.rounds = None;
    }
    Ok((r, warnings))
}

/// `Anonymous Interview Candidate in Austin, TX` → `Austin, TX`.
fn location_in_candidate(candidate: &str) -> Option<String> {
    static IN: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)^anonymous\b.*?\bin\s+(.+)$").expect("valid regex"));
    IN.captures(candidate).map(|c| clean(&c[1])).filter(|l| !l.is_empty())
}

/// `Software Engineer Interview` → `Software Engineer`; `Interview for Data Analyst` → `Data Analyst`.
fn role_from_title(title: &str) -> String {
    static SUFFIX: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\s+interview(?:\s+(?:experience|review|questions))?s?$").expect("valid regex")
    });
    static PREFIX: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?i)^interview\s+(?:for|as)\s+(?:an?\s+)?").expect("valid regex"));
    let t = PREFIX.replace(title, "");
    clean(&SUFFIX.replace(&t, ""))
}

/// The field a value's own form names: `Average Interview` is a difficulty, `Positive
/// Experience` a sentiment, `I applied online` an application text, `Accepted Offer` an
/// outcome. Bare words (`Average`) name nothing and are never moved.
fn typed_kind(value: &str) -> Option<Col> {
    let key = match_key(value);
    let first = key.split(' ').next().unwrap_or("");
    if key.starts_with("i applied") || key.starts_with("i interviewed") || key.starts_with("the process took") {
        Some(Col::Application)
    } else if key.ends_with(" interview") && matches!(first, "easy" | "average" | "difficult" | "hard" | "very") {
        Some(Col::Difficulty)
    } else if key.ends_with(" experience") && matches!(first, "positive" | "neutral" | "negative") {
        Some(Col::Sentiment)
    } else if matches!(
        key.as_str(),
        "no offer" | "accepted offer" | "declined offer" | "got offer" | "accept offer" | "decline offer"
    ) {
        Some(Col::Outcome)
    } else {
        // API codes are upper case and distinct per field.
        match value.trim() {
            "POSITIVE" | "NEUTRAL" | "NEGATIVE" => Some(Col::Sentiment),
            "EASY" | "AVERAGE" | "DIFFICULT" | "VERY_EASY" | "VERY_DIFFICULT" => Some(Col::Difficulty),
            _ => None,
        }
    }
}

/// Puts values whose form names another field back into that field. Returns a note when it
/// moved something, an error when values collide or a value would be pushed out of place.
fn repair_shift(vocab: &mut [(Col, Option<String>); 4]) -> Result<Option<String>, String> {
    let misplaced: Vec<(usize, Col)> = vocab
        .iter()
        .enumerate()
        .filter_map(|(i, (col, v))| v.as_deref().and_then(typed_kind).filter(|k| k != col).map(|k| (i, k)))
        .collect();
    if misplaced.is_empty() {
        return Ok(None);
    }
    let mut repaired: [(Col, Option<String>); 4] = vocab.clone();
    for (i, _) in &misplaced {
        repaired[*i].1 = None;
    }
    let mut moves = Vec::new();
    for (i, kind) in &misplaced {
        let target = repaired.iter().position(|(c, _)| c == kind).ok_or("unknown field")?;
        let current = &repaired[target].1;
        let current_belongs = current.as_deref().and_then(typed_kind) == Some(*kind);
        if current.is_some() && !current_belongs && !misplaced.iter().any(|(j, _)| *j == target) {
            return Err(format!(
                "fields appear shifted by the scraper (`{}` sits in the {} column) and cannot be repaired without guessing; row not ingested",
                vocab[*i].1.as_deref().unwrap_or(""),
                col_name(vocab[*i].0)
            ));
        }
        if current_belongs {
            return Err(format!(
                "two values for the {} field (`{}` and `{}`); row not ingested",
                col_name(*kind),
                current.as_deref().unwrap_or(""),
                vocab[*i].1.as_deref().unwrap_or("")
            ));
        }
        repaired[target].1 = vocab[*i].1.clone();
        moves.push(format!(
            "`{}` moved from {} to {}",
            vocab[*i].1.as_deref().unwrap_or(""),
            col_name(vocab[*i].0),
            col_name(*kind)
        ));
    }
    *vocab = repaired;
    Ok(Some(format!(
        "fields shifted by the scraper were put back: {}",
        moves.join("; ")
    )))
}

fn col_name(c: Col) -> &'static str {
    match c {
        Col::Outcome => "outcome",
        Col::Sentiment => "experience",
        Col::Difficulty => "difficulty",
        Col::Application => "application",
        _ => "other",
    }
}

/// Splits Glassdoor's packed application text into channel, duration, company, location and
/// interview month.
fn apply_application(text: &str, r: &mut RawExperience) {
    static APPLIED: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)^I applied\b").expect("valid regex"));
    static TOOK: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)^The process took (.+)$").expect("valid regex"));
    static AT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^I interviewed at (.+?)(?:\s*\(([^)]*)\))?(?:\s+in\s+([A-Za-z]{3,9}\.?\s+\d{4}))?$")
            .expect("valid regex")
    });
    for sentence in application_sentences(text) {
        if APPLIED.is_match(&sentence) {
            r.applied_via = Some(sentence);
        } else if let Some(c) = TOOK.captures(&sentence) {
            r.duration.get_or_insert_with(|| clean(&c[1]));
        } else if let Some(c) = AT.captures(&sentence) {
            if r.company.is_none() {
                r.company = Some(clean(&c[1]));
            }
            if let Some(loc) = c.get(2) {
                r.location.get_or_insert_with(|| clean(loc.as_str()));
            }
            if let Some(month) = c.get(3) {
                r.interview_date.get_or_insert_with(|| clean(month.as_str()));
            }
        } else if r.applied_via.is_none() {
            r.applied_via = Some(sentence);
        }
    }
}

/// Sentences of the application text: a full stop ends one when a capital letter follows,
/// with or without a space (`…referral.The process took…`), but not inside `Inc.` or `St. Louis`.
fn application_sentences(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut start = 0;
    for i in 0..chars.len() {
        if chars[i] != '.' {
            continue;
        }
        let mut j = i + 1;
        while j < chars.len() && chars[j] == ' ' {
            j += 1;
        }
        let next_upper = chars.get(j).is_some_and(|c| c.is_uppercase());
        let prev_word: String = chars[start..i]
            .iter()
            .rev()
            .take_while(|c| c.is_alphabetic())
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        let abbreviation = matches!(
            prev_word.as_str(),
            "Inc" | "St" | "Co" | "Corp" | "Ltd" | "Mr" | "Ms" | "Dr" | "Jr" | "Sr" | "Ft" | "Mt"
        );
        if (next_upper && !abbreviation) || j >= chars.len() {
            let s = clean(&chars[start..i].iter().collect::<String>());
            if !s.is_empty() {
                out.push(s);
            }
            start = j;
        }
    }
    let rest = clean(&chars[start.min(chars.len())..].iter().collect::<String>());
    if !rest.is_empty() {
        out.push(rest);
    }
    out
}

/// Questions from a cell: a list, or text with one question per line; page debris removed.
fn questions(cell: &Cell, line: usize) -> Vec<RawQuestion> {
    let items: Vec<String> = match cell {
        Cell::List(items) => items.clone(),
        Cell::Text(t) => t.split(['\n', '\r']).map(str::to_string).collect(),
    };
    items
        .iter()
        .filter_map(|q| clean_question(q))
        .map(|text| RawQuestion { line, text })
        .collect()
}

/// Removes what scraped question cells carry besides the question: `…  5 Answers`,
/// `Answer Question`, a trailing `…`, `1 person found this interview helpful`, bullets.
/// A question that is only `None` is no question.
pub fn clean_question(raw: &str) -> Option<String> {
    static DEBRIS: LazyLock<Vec<Regex>> = LazyLock::new(|| {
        [
            r"(?i)\s*\d+\s+(?:people|person)\s+found\s+this\s+(?:interview\s+)?helpful\.?\s*$",
            r"(?i)\s*(?:…|\.\.\.)?\s*\d+\s+answers?\s*$",
            r"(?i)\s*answer\s+question\s*$",
            r"(?i)\s*(?:helpful|show\s+more|read\s+more|see\s+more)\s*(?:\(\d+\))?\s*$",
            r"\s*(?:…|\.\.\.)\s*$",
        ]
        .iter()
        .map(|r| Regex::new(r).expect("valid regex"))
        .collect()
    });
    let mut q = clean(raw);
    q = q.trim_start_matches(['-', '•', '*', '·']).trim().to_string();
    loop {
        let before = q.len();
        for re in DEBRIS.iter() {
            q = re.replace(&q, "").trim().to_string();
        }
        if q.len() == before {
            break;
        }
    }
    let q = crate::normalize::text::strip_quotes(&q).to_string();
    if q.is_empty() || is_missing(&q) {
        None
    } else {
        Some(q)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(cells: &[(&str, &str)]) -> Row {
        Row {
            line: 2,
            cells: cells
                .iter()
                .map(|(k, v)| (k.to_string(), Cell::Text(v.to_string())))
                .collect(),
        }
    }

    #[test]
    fn column_keys_fold_case_and_camel() {
        assert_eq!(column_key("gotOffer"), "got offer");
        assert_eq!(column_key("review_date_time"), "review date time");
        assert_eq!(column_key("Salary Estimate"), "salary estimate");
        assert_eq!(column_of("reviewDateTime"), Some(Col::ReviewDate));
        assert_eq!(column_of("Interview"), Some(Col::Narrative));
    }

    #[test]
    fn application_text_is_split() {
        let mut r = RawExperience::default();
        apply_application("I applied through an employee referral.The process took 2 weeks.I interviewed at Apple (New York, NY) in Dec 2021", &mut r);
        assert_eq!(r.applied_via.as_deref(), Some("I applied through an employee referral"));
        assert_eq!(r.duration.as_deref(), Some("2 weeks"));
        assert_eq!(r.company.as_deref(), Some("Apple"));
        assert_eq!(r.location.as_deref(), Some("New York, NY"));
        assert_eq!(r.interview_date.as_deref(), Some("Dec 2021"));
        let mut only = RawExperience::default();
        apply_application("I interviewed at Apple", &mut only);
        assert_eq!(
            (
                only.company.as_deref(),
                only.location.as_deref(),
                only.applied_via.as_deref()
            ),
            (Some("Apple"), None, None)
        );
        let mut inc = RawExperience::default();
        apply_application(
            "I applied online. I interviewed at Acme Inc. (St. Louis, MO) in Mar 2020.",
            &mut inc,
        );
        assert_eq!(inc.company.as_deref(), Some("Acme Inc."));
        assert_eq!(inc.location.as_deref(), Some("St. Louis, MO"));
    }

    #[test]
    fn question_debris_removed() {
        assert_eq!(clean_question("Why Apple?  5 Answers").as_deref(), Some("Why Apple?"));
        assert_eq!(
            clean_question("Tell me about a project… 1 Answer").as_deref(),
            Some("Tell me about a project")
        );
        assert_eq!(
            clean_question("Describe X. Answer Question").as_deref(),
            Some("Describe X.")
        );
        assert_eq!(clean_question("What is a heap…").as_deref(), Some("What is a heap"));
        assert_eq!(
            clean_question("Why us? 1 person found this interview helpful").as_deref(),
            Some("Why us?")
        );
        assert_eq!(clean_question("None"), None);
        assert_eq!(clean_question("  "), None);
    }

    #[test]
    fn shifted_difficulty_is_moved_back() {
        let r = row(&[
            ("title", "Data Analyst Interview"),
            ("offer", "No Offer"),
            ("experience", "Average Interview"),
            ("difficulty", "I applied online.I interviewed at Acme"),
        ]);
        let (exp, warnings) = experience(&r).unwrap();
        assert_eq!(exp.difficulty.as_deref(), Some("Average Interview"));
        assert_eq!(exp.sentiment, None);
        assert_eq!(exp.applied_via.as_deref(), Some("I applied online"));
        assert_eq!(exp.company.as_deref(), Some("Acme"));
        assert_eq!(exp.role, "Data Analyst");
        assert_eq!(warnings.len(), 1);
    }

    #[test]
    fn unrepairable_shift_is_quarantined() {
        let r = row(&[
            ("title", "X Interview"),
            ("offer", "Positive Experience"),
            ("experience", "Some free text"),
        ]);
        assert!(experience(&r).is_err());
        let collide = row(&[
            ("title", "X Interview"),
            ("experience", "Easy Interview"),
            ("difficulty", "Difficult Interview"),
        ]);
        assert!(experience(&collide).is_err());
    }

    #[test]
    fn unshifted_row_untouched() {
        let r = row(&[
            ("title", "X Interview"),
            ("offer", "Accepted Offer"),
            ("experience", "Positive Experience"),
            ("difficulty", "Easy Interview"),
        ]);
        let (exp, warnings) = experience(&r).unwrap();
        assert_eq!(
            (
                exp.outcome.as_deref(),
                exp.sentiment.as_deref(),
                exp.difficulty.as_deref()
            ),
            (
                Some("Accepted Offer"),
                Some("Positive Experience"),
                Some("Easy Interview")
            )
        );
        assert!(warnings.is_empty());
    }

    #[test]
    fn row_kinds() {
        assert_eq!(row_kind(&["date", "title", "offer", "details"]), RowKind::Experiences);
        assert_eq!(
            row_kind(&["Job Title", "Salary Estimate", "Company Name", "Rating"]),
            RowKind::Salaries
        );
        assert_eq!(row_kind(&["a", "b"]), RowKind::Unknown);
    }

    #[test]
    fn location_from_anonymous_candidate() {
        assert_eq!(
            location_in_candidate("Anonymous Interview Candidate in Austin, TX").as_deref(),
            Some("Austin, TX")
        );
        assert_eq!(location_in_candidate("Jane in Paris"), None);
    }

    #[test]
    fn pay_period_only_from_whole_words_in_titles() {
        assert_eq!(title_pay_period("Data Analyst - Hourly"), Some("hourly"));
        assert_eq!(title_pay_period("HR Manager"), None);
        assert_eq!(title_pay_period("Senior PM"), None);
        assert_eq!(title_pay_period("CAD Designer"), None);
    }

    #[test]
    fn one_is_a_value_not_missing() {
        assert!(!is_missing("1"));
        assert!(is_missing("-1"));
        assert!(is_missing("-"));
    }

    #[test]
    fn company_rating_dropped() {
        assert_eq!(
            company_cell("Tecolote Research\n3.8").as_deref(),
            Some("Tecolote Research")
        );
        assert_eq!(company_cell("-1"), None);
    }

    #[test]
    fn dash_is_missing() {
        let r = row(&[("title", "X Interview"), ("difficulty", "-"), ("offer", "-")]);
        let (exp, _) = experience(&r).unwrap();
        assert_eq!((exp.difficulty, exp.outcome), (None, None));
    }
}
