//! A page's raw records → rows of the processed/ tables.
//!
//! This is where the vocabularies are applied, ids are derived and names are pseudonymized.
//! Pure: the caller passes the file's context and the run's options.

use super::{
    channel::normalize_channel,
    date,
    difficulty::normalize_difficulty,
    duration::duration_days,
    level::normalize_level,
    outcome::normalize_outcome,
    question,
    role_family::role_family,
    salary,
    sentiment::normalize_sentiment,
    text::{clean, match_key, non_empty},
};
use crate::model::{
    Experience, Faq, HiringStep, PageSection, PageTableCell, QuarantineEntry, Question, Salary, Stage, Tables,
};
use crate::sources::{Issue, PageExtract, RawExperience, RawSalary, Severity};
use std::collections::HashMap;

/// Round counts kept; a count outside is a misread (a year, a phone digit) and is left empty
/// with a warning. The data tests check the tables against the same range.
pub const ROUNDS: std::ops::RangeInclusive<i64> = 1..=30;

/// Settings that shape the rows, fixed for a whole run.
#[derive(Debug, Clone)]
pub struct NormalizeOptions {
    /// Write candidate names as given (`--keep-names`); otherwise only their keyed pseudonym.
    pub keep_names: bool,
    /// Keep e-mail addresses and phone numbers in free text (`--keep-contacts`); otherwise
    /// they are replaced by a placeholder in every table.
    pub keep_contacts: bool,
    /// Secret key of the candidate pseudonyms.
    pub pseudonym_key: [u8; 32],
    pub annualization: salary::Annualization,
    /// Company to use when neither the page nor the file path names one (`--company`).
    pub fallback_company: Option<String>,
    /// Question categories (`--taxonomy`; the built-in one by default).
    pub taxonomy: std::sync::Arc<super::taxonomy::Taxonomy>,
}

impl NormalizeOptions {
    /// The defaults of `ingest` with the given pseudonym key: names and contacts withheld,
    /// standard annualization, no fallback company, the built-in taxonomy.
    pub fn with_key(pseudonym_key: [u8; 32]) -> Self {
        NormalizeOptions {
            keep_names: false,
            keep_contacts: false,
            pseudonym_key,
            annualization: Default::default(),
            fallback_company: None,
            taxonomy: super::taxonomy::Taxonomy::default_taxonomy(),
        }
    }
}

/// Where a page came from.
#[derive(Debug, Clone)]
pub struct FileContext {
    /// Path relative to the raw folder, with `/` separators.
    pub rel_path: String,
    pub format: &'static str,
}

impl FileContext {
    /// `raw/<company>/page.txt`: the first folder under raw/ names the company.
    fn folder_company(&self) -> Option<String> {
        let (folder, _) = self.rel_path.split_once('/')?;
        non_empty(&folder.replace(['_', '-'], " "))
    }

    /// `backbase-interview-guide.txt` → `backbase`: the file stem without the words that
    /// describe the page rather than name the company.
    fn file_company(&self) -> Option<String> {
        let name = self.rel_path.rsplit('/').next()?;
        let stem = name.split('.').next()?;
        let filler = [
            "interview",
            "interviews",
            "guide",
            "guides",
            "questions",
            "question",
            "answers",
            "experience",
            "experiences",
            "review",
            "reviews",
            "page",
            "dump",
            "salary",
            "salaries",
            "and",
            "process",
            "hiring",
            "export",
            "exports",
            "glassdoor",
            "ambitionbox",
            "indeed",
            "copy",
            "job",
            "jobs",
            "listing",
            "listings",
            "postings",
            "scrape",
            "scraped",
        ];
        let words: Vec<&str> = stem
            .split(['-', '_', ' ', '.'])
            .filter(|w| {
                !w.is_empty() && !filler.contains(&w.to_lowercase().as_str()) && !w.chars().all(|c| c.is_ascii_digit())
            })
            .collect();
        (!words.is_empty()).then(|| words.join(" "))
    }
}

/// Turns one page into table rows. `page_text` is the decoded page, used to find how the page
/// itself spells the company.
pub fn page_rows(page: PageExtract, ctx: &FileContext, page_text: &str, opts: &NormalizeOptions) -> Tables {
    let mut t = Tables::default();
    // Export files name a company on every row: spell each distinct name once per file.
    let mut names = CompanyNames {
        evidence: super::company::Evidence::new(page_text),
        known: HashMap::new(),
    };
    let company = page_company(&page, ctx, &mut names, opts, &mut t.quarantine);
    let page_date = page.page_date.map(|d| d.to_string());

    for issue in &page.issues {
        t.quarantine.push(quarantine_row(ctx, issue));
    }
    if !page.has_structured_content() && page.issues.iter().all(|i| i.severity != Severity::Error) {
        t.quarantine.push(QuarantineEntry::warning(
            &ctx.rel_path,
            None,
            "no interview experiences, questions, salaries or tables found; the text is kept in page_sections only",
            page_text.lines().find(|l| !l.trim().is_empty()),
        ));
    }

    for raw in &page.experiences {
        let exp_company = raw
            .company
            .as_deref()
            .and_then(|c| names.canonical(c))
            .unwrap_or_else(|| company.clone());
        let exp = experience_row(raw, &exp_company, page_date.clone(), ctx, opts, &mut t.quarantine);
        for (i, q) in raw.questions.iter().enumerate() {
            t.questions.push(question_row(
                Some(&exp.experience_id),
                &exp.company,
                Some(&exp.role),
                i + 1,
                q.line,
                &q.text,
                ctx,
                &opts.taxonomy,
            ));
        }
        if let Some(s) = &raw.salary {
            let with_role = RawSalary {
                role: Some(exp.role.clone()),
                ..s.clone()
            };
            t.salaries.push(salary_row(
                &with_role,
                &exp.company,
                Some(&exp.experience_id),
                ctx,
                opts,
            ));
        }
        let narrative = raw.narrative.as_deref().unwrap_or("");
        for (i, s) in super::stages::stages(narrative).into_iter().enumerate() {
            t.stages.push(Stage {
                experience_id: exp.experience_id.clone(),
                seq: i as i64 + 1,
                stage: s.stage.to_string(),
                text: s.text,
                source_file: ctx.rel_path.clone(),
                source_line: exp.source_line,
            });
        }
        t.experiences.push(exp);
    }
    for (i, q) in page.page_questions.iter().enumerate() {
        t.questions.push(question_row(
            None,
            &company,
            None,
            i + 1,
            q.line,
            &q.text,
            ctx,
            &opts.taxonomy,
        ));
    }
    for s in &page.salaries {
        let row_company = s.company.as_deref().and_then(|c| names.canonical(c));
        t.salaries.push(salary_row(
            s,
            row_company.as_deref().unwrap_or(&company),
            None,
            ctx,
            opts,
        ));
    }
    for (i, s) in page.hiring_steps.iter().enumerate() {
        t.hiring_steps.push(HiringStep {
            company: company.clone(),
            seq: i as i64 + 1,
            step: s.name.clone(),
            description: s.description.clone(),
            source_file: ctx.rel_path.clone(),
            source_line: s.line as i64,
        });
    }
    for (i, f) in page.faq.iter().enumerate() {
        t.faq.push(Faq {
            company: company.clone(),
            position: i as i64 + 1,
            question: f.question.clone(),
            answer: f.answer.clone(),
            source_file: ctx.rel_path.clone(),
            source_line: f.line as i64,
        });
    }
    for table in &page.tables {
        for (row_no, (line, cells)) in table.rows.iter().enumerate() {
            let row = cells
                .first()
                .and_then(|c| non_empty(c))
                .unwrap_or_else(|| format!("(row {})", row_no + 1));
            for (j, cell) in cells.iter().enumerate().skip(1) {
                let column = table
                    .header
                    .get(j)
                    .and_then(|h| non_empty(h))
                    .unwrap_or_else(|| format!("(column {})", j + 1));
                t.page_tables.push(PageTableCell {
                    company: company.clone(),
                    table: table.title.clone(),
                    row: row.clone(),
                    column,
                    value: non_empty(cell),
                    source_file: ctx.rel_path.clone(),
                    source_line: *line as i64,
                });
            }
        }
    }
    for (i, s) in page.sections.iter().enumerate() {
        t.page_sections.push(PageSection {
            company: company.clone(),
            seq: i as i64 + 1,
            heading: s.heading.clone(),
            text: non_empty_multiline(&withhold_names(&s.text, opts.keep_names)),
            source_file: ctx.rel_path.clone(),
            source_line: s.line as i64,
        });
    }
    if !opts.keep_contacts {
        redact_contacts_in(&mut t, &opts.taxonomy);
    }
    t
}

/// Replaces e-mail addresses and phone numbers in every text cell a page produced (ids are
/// hashes of the text as written, so they stay stable either way).
fn redact_contacts_in(t: &mut Tables, taxonomy: &super::taxonomy::Taxonomy) {
    use super::contacts::redact_contacts;
    fn text(s: &mut String) -> bool {
        match redact_contacts(s) {
            std::borrow::Cow::Owned(new) => {
                *s = new;
                true
            }
            std::borrow::Cow::Borrowed(_) => false,
        }
    }
    fn opt(s: &mut Option<String>) {
        if let Some(s) = s {
            text(s);
        }
    }
    for e in &mut t.experiences {
        [&mut e.advice, &mut e.narrative, &mut e.location, &mut e.applied_via]
            .into_iter()
            .for_each(opt);
        text(&mut e.role);
    }
    for q in &mut t.questions {
        if text(&mut q.text) {
            q.normalized = question::normalize_question(&q.text);
            let c = taxonomy.classify(&q.normalized);
            q.category = c.category.to_string();
            q.category_rule = c.rule.map(str::to_string);
            q.cluster_id = question::cluster_id(&question::fingerprint(&q.normalized));
        }
    }
    for s in &mut t.salaries {
        text(&mut s.raw);
        opt(&mut s.note);
    }
    for h in &mut t.hiring_steps {
        text(&mut h.step);
        opt(&mut h.description);
    }
    for f in &mut t.faq {
        text(&mut f.question);
        opt(&mut f.answer);
    }
    for c in &mut t.page_tables {
        [&mut c.table, &mut c.row, &mut c.column].into_iter().for_each(|s| {
            text(s);
        });
        opt(&mut c.value);
    }
    for s in &mut t.page_sections {
        opt(&mut s.heading);
        opt(&mut s.text);
    }
    for s in &mut t.stages {
        text(&mut s.text);
    }
    for q in &mut t.quarantine {
        opt(&mut q.excerpt);
    }
}

/// Canonical company names of one page, each looked up once.
struct CompanyNames<'a> {
    evidence: super::company::Evidence<'a>,
    known: HashMap<String, Option<String>>,
}

impl CompanyNames<'_> {
    fn canonical(&mut self, raw: &str) -> Option<String> {
        if let Some(found) = self.known.get(raw) {
            return found.clone();
        }
        let c = super::company::canonical_company_with(raw, Some(&self.evidence));
        self.known.insert(raw.to_string(), c.clone());
        c
    }
}

/// The page's company: named in its headings, else by the folder or file name, else
/// `--company`. Spelled as the page spells it.
fn page_company(
    page: &PageExtract,
    ctx: &FileContext,
    names: &mut CompanyNames,
    opts: &NormalizeOptions,
    quarantine: &mut Vec<QuarantineEntry>,
) -> String {
    let from_headings = most_frequent(&page.company_mentions);
    let raw = from_headings
        .or_else(|| ctx.folder_company())
        .or_else(|| ctx.file_company())
        .or_else(|| opts.fallback_company.clone());
    match raw.as_deref().and_then(|r| names.canonical(r)) {
        Some(c) => c,
        None => {
            // Rows that name their own company (export rows) do not need the page's.
            let needed = page.experiences.iter().any(|e| e.company.is_none())
                || page.salaries.iter().any(|s| s.company.is_none())
                || !(page.page_questions.is_empty()
                    && page.hiring_steps.is_empty()
                    && page.faq.is_empty()
                    && page.tables.is_empty());
            if needed {
                quarantine.push(QuarantineEntry::warning(
                    &ctx.rel_path,
                    None,
                    "no company named by the page, its folder or file name; use --company",
                    None,
                ));
            }
            "Unknown".to_string()
        }
    }
}

/// The most frequent mention (by match key); the first seen wins a tie.
fn most_frequent(mentions: &[String]) -> Option<String> {
    let mut best: Option<(&String, usize)> = None;
    for m in mentions {
        let key = match_key(m);
        let n = mentions.iter().filter(|o| match_key(o) == key).count();
        if best.is_none_or(|(_, b)| n > b) {
            best = Some((m, n));
        }
    }
    best.map(|(m, _)| m.clone())
}

fn experience_row(
    raw: &RawExperience,
    company: &str,
    page_date: Option<String>,
    ctx: &FileContext,
    opts: &NormalizeOptions,
    q: &mut Vec<QuarantineEntry>,
) -> Experience {
    let role = strip_company_prefix(&clean(&raw.role), company);
    let candidate_key = raw
        .candidate
        .as_deref()
        .and_then(|n| super::pseudonym::candidate_key(&opts.pseudonym_key, n));
    let rounds = raw.rounds.as_ref().and_then(|f| match f.value.parse::<i64>() {
        Ok(n) if ROUNDS.contains(&n) => Some(n),
        _ => {
            q.push(QuarantineEntry::warning(
                &ctx.rel_path,
                Some(f.line),
                format!(
                    "round count {} is outside {}-{}; rounds left empty",
                    f.value,
                    ROUNDS.start(),
                    ROUNDS.end()
                ),
                Some(&f.value),
            ));
            None
        }
    });
    let level = vocab(
        raw.level.as_deref(),
        normalize_level,
        "experience level",
        raw.line,
        ctx,
        q,
    );
    let difficulty = vocab(
        raw.difficulty.as_deref(),
        normalize_difficulty,
        "difficulty",
        raw.line,
        ctx,
        q,
    );
    let outcome = vocab(raw.outcome.as_deref(), normalize_outcome, "outcome", raw.line, ctx, q);
    let sentiment = vocab(
        raw.sentiment.as_deref(),
        normalize_sentiment,
        "sentiment",
        raw.line,
        ctx,
        q,
    );
    let mut exp = Experience {
        experience_id: String::new(),
        company: company.to_string(),
        role_family: role_family(&role).to_string(),
        role,
        experience_level: level,
        experience_level_raw: raw.level.clone(),
        applied_via: raw.applied_via.clone(),
        channel: raw
            .applied_via
            .as_deref()
            .and_then(normalize_channel)
            .map(str::to_string),
        difficulty,
        difficulty_raw: raw.difficulty.clone(),
        outcome,
        outcome_raw: raw.outcome.clone(),
        rounds,
        questions: raw.questions.len() as i64,
        candidate_key,
        candidate_name: if opts.keep_names { raw.candidate.clone() } else { None },
        page_date,
        sentiment,
        duration_days: raw.duration.as_deref().and_then(duration_days),
        interview_date: raw
            .interview_date
            .as_deref()
            .and_then(date::find_date)
            .map(|d| d.to_string()),
        review_date: raw
            .review_date
            .as_deref()
            .and_then(date::find_date)
            .map(|d| d.to_string()),
        location: raw.location.clone(),
        advice: raw.advice.clone(),
        narrative: raw.narrative.clone(),
        source_file: ctx.rel_path.clone(),
        source_line: raw.line as i64,
        source_format: ctx.format.to_string(),
    };
    exp.experience_id = experience_id(&exp, raw);
    exp
}

/// Normalizes a vocabulary field; a stated value that maps to nothing is reported (its text
/// stays in the `_raw` column) and the field is null — never a guess.
fn vocab(
    raw: Option<&str>,
    f: fn(&str) -> Option<&'static str>,
    what: &str,
    line: usize,
    ctx: &FileContext,
    q: &mut Vec<QuarantineEntry>,
) -> Option<String> {
    let raw = raw?;
    match f(raw) {
        Some(v) => Some(v.to_string()),
        None => {
            if !matches!(
                match_key(raw).as_str(),
                "" | "n a" | "na" | "none" | "unknown" | "not specified"
            ) {
                q.push(QuarantineEntry::warning(
                    &ctx.rel_path,
                    Some(line),
                    format!("{what} `{raw}` is not a known value; left empty"),
                    Some(raw),
                ));
            }
            None
        }
    }
}

/// `Backbase Software Engineer` under company Backbase → `Software Engineer`.
fn strip_company_prefix(role: &str, company: &str) -> String {
    // Nearly every role title differs from the company name in its first letters.
    if role.is_ascii() && company.is_ascii() {
        let n = company.len();
        let prefixed = role.len() > n + 1
            && role.as_bytes()[n] == b' '
            && role.as_bytes()[..n].eq_ignore_ascii_case(company.as_bytes());
        return if prefixed {
            role[n + 1..].trim().to_string()
        } else {
            role.to_string()
        };
    }
    let lower = role.to_lowercase();
    let prefix = format!("{} ", company.to_lowercase());
    if lower.starts_with(&prefix) && role.len() > prefix.len() && role.is_char_boundary(prefix.len()) {
        role[prefix.len()..].trim().to_string()
    } else {
        role.to_string()
    }
}

/// Content hash of what the candidate reported. The candidate enters only through the keyed
/// pseudonym, so the id reveals no name; the page date, file and line do not enter at all,
/// so a copy of the record in a later snapshot gets the same id.
fn experience_id(exp: &Experience, raw: &RawExperience) -> String {
    let mut h = blake3::Hasher::new();
    let parts: [&str; 15] = [
        &exp.company,
        &exp.role,
        exp.candidate_key.as_deref().unwrap_or(""),
        raw.level.as_deref().unwrap_or(""),
        raw.applied_via.as_deref().unwrap_or(""),
        raw.difficulty.as_deref().unwrap_or(""),
        raw.outcome.as_deref().unwrap_or(""),
        raw.rounds.as_ref().map(|f| f.value.as_str()).unwrap_or(""),
        raw.advice.as_deref().unwrap_or(""),
        raw.narrative.as_deref().unwrap_or(""),
        raw.interview_date.as_deref().unwrap_or(""),
        raw.location.as_deref().unwrap_or(""),
        exp.review_date.as_deref().unwrap_or(""),
        raw.sentiment.as_deref().unwrap_or(""),
        raw.duration.as_deref().unwrap_or(""),
    ];
    for p in parts {
        h.update(p.as_bytes());
        h.update(&[0x1f]);
    }
    for q in &raw.questions {
        h.update(q.text.as_bytes());
        h.update(&[0x1e]);
    }
    format!("exp_{}", &h.finalize().to_hex()[..16])
}

#[allow(clippy::too_many_arguments)]
fn question_row(
    experience_id: Option<&str>,
    company: &str,
    role: Option<&str>,
    position: usize,
    line: usize,
    text: &str,
    ctx: &FileContext,
    taxonomy: &super::taxonomy::Taxonomy,
) -> Question {
    let text = question::question_text(text);
    let normalized = question::normalize_question(&text);
    let fingerprint = question::fingerprint(&normalized);
    let category = taxonomy.classify(&normalized);
    // Page-level questions are scoped by file: two pages of one company may list the same
    // question at the same position, and both are real.
    // The id hashes `{scope}\u{1f}{position}\u{1f}{text}`, fed piece by piece (no string built).
    let mut h = blake3::Hasher::new();
    match experience_id {
        Some(id) => {
            h.update(id.as_bytes());
        }
        None => {
            h.update(b"page:");
            h.update(company.as_bytes());
            h.update(b":");
            h.update(ctx.rel_path.as_bytes());
        }
    }
    h.update("\u{1f}".as_bytes());
    h.update(itoa::Buffer::new().format(position).as_bytes());
    h.update("\u{1f}".as_bytes());
    h.update(text.as_bytes());
    Question {
        question_id: format!("q_{}", &h.finalize().to_hex()[..16]),
        experience_id: experience_id.map(str::to_string),
        company: company.to_string(),
        role: role.map(str::to_string),
        position: position as i64,
        category: category.category.to_string(),
        category_rule: category.rule.map(str::to_string),
        cluster_id: question::cluster_id(&fingerprint),
        text,
        normalized,
        source_file: ctx.rel_path.clone(),
        source_line: line as i64,
    }
}

fn salary_row(
    raw: &RawSalary,
    company: &str,
    experience_id: Option<&str>,
    ctx: &FileContext,
    opts: &NormalizeOptions,
) -> Salary {
    let parsed = salary::parse_salary(&raw.text, raw.context.as_deref());
    let role = raw.role.clone();
    Salary {
        company: company.to_string(),
        role_family: role.as_deref().map(|r| role_family(r).to_string()),
        role,
        currency: parsed.currency.map(str::to_string),
        period: parsed.period.map(|p| p.as_str().to_string()),
        amount_min: parsed.amount_min,
        amount_max: parsed.amount_max,
        annual_min: parsed.annual_min(&opts.annualization),
        annual_max: parsed.annual_max(&opts.annualization),
        note: parsed.note.clone(),
        raw: raw.text.clone(),
        parse_status: parsed.status.as_str().to_string(),
        experience_id: experience_id.map(str::to_string),
        source_file: ctx.rel_path.clone(),
        source_line: raw.line as i64,
    }
}

fn quarantine_row(ctx: &FileContext, issue: &Issue) -> QuarantineEntry {
    let excerpt = issue.excerpt.as_deref();
    match issue.severity {
        Severity::Error => QuarantineEntry::error(&ctx.rel_path, issue.line, issue.reason.clone(), excerpt),
        Severity::Warning => QuarantineEntry::warning(&ctx.rel_path, issue.line, issue.reason.clone(), excerpt),
    }
}

/// Section text can hold a record whose title was lost (`Candidate: Emily Zhang` under no
/// `… Interview Experience`): the name is withheld unless names are kept.
fn withhold_names(text: &str, keep_names: bool) -> String {
    if keep_names {
        return text.to_string();
    }
    text.split('\n')
        .map(|line| {
            if crate::sources::text::is_candidate_line(line) {
                "Candidate: (name withheld)".to_string()
            } else {
                line.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn non_empty_multiline(text: &str) -> Option<String> {
    let t = text.trim();
    (!t.is_empty()).then(|| t.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx(path: &str) -> FileContext {
        FileContext {
            rel_path: path.to_string(),
            format: "text",
        }
    }

    #[test]
    fn company_from_folder_then_file() {
        assert_eq!(ctx("acme/page1.txt").folder_company().as_deref(), Some("acme"));
        assert_eq!(
            ctx("backbase-interview-guide.txt").file_company().as_deref(),
            Some("backbase")
        );
        assert_eq!(
            ctx("goldman_sachs_interviews.txt").file_company().as_deref(),
            Some("goldman sachs")
        );
        assert_eq!(ctx("interview-guide-2.txt").file_company(), None);
    }

    #[test]
    fn most_frequent_mention_wins() {
        let m = vec!["backbase".to_string(), "Acme".to_string(), "Backbase".to_string()];
        assert_eq!(most_frequent(&m).as_deref(), Some("backbase"));
        assert_eq!(most_frequent(&[]), None);
    }

    #[test]
    fn names_withheld_in_section_text() {
        assert_eq!(
            withhold_names("Intro\nCandidate: Emily Zhang\nDifficulty: Easy", false),
            "Intro\nCandidate: (name withheld)\nDifficulty: Easy"
        );
        assert_eq!(withhold_names("Candidate: Emily Zhang", true), "Candidate: Emily Zhang");
        assert_eq!(
            withhold_names("- Candidate: Jane Doe", false),
            "Candidate: (name withheld)"
        );
        assert_eq!(
            withhold_names("Candidate \u{2013} Jane Doe", false),
            "Candidate: (name withheld)"
        );
        assert_eq!(withhold_names("Name: Jane", false), "Candidate: (name withheld)");
    }

    #[test]
    fn role_loses_company_prefix() {
        assert_eq!(
            strip_company_prefix("Backbase Software Engineer", "Backbase"),
            "Software Engineer"
        );
        assert_eq!(
            strip_company_prefix("Software Engineer", "Backbase"),
            "Software Engineer"
        );
        assert_eq!(strip_company_prefix("Backbase", "Backbase"), "Backbase");
    }
}
