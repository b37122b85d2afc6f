//! Flattened text of an interview-guide page (the seed's layout).
//!
//! A page is prose sections under short heading lines, bullet lists, pipe tables, and
//! repeated experience records:
//!
//! ```text
//! Updated 21 Feb 2026Customer Success Manager Interview Experience
//! Candidate: Emily Zhang
//! Difficulty:
//! Final Result: Rejected
//! Interview Process
//! 3
//! Questions Asked
//! - How do you manage difficult customer situations?
//! ```
//!
//! Inline fields (`Label: value`) take their value from their own line only: an empty
//! `Difficulty:` is null, never the next line. Block fields (`Interview Process`,
//! `Questions Asked`, `Advice`, `Full Experience`) take the lines that follow, up to the next
//! label, record title or heading. Everything that is not part of a record is kept as a page
//! section; sections under recognisable headings also yield hiring steps, FAQ pairs, page-level
//! questions and tables.

use super::{Field, Issue, PageExtract, RawExperience, RawFaq, RawQuestion, RawSalary, RawSection, RawStep, RawTable};
use crate::normalize::date::parse_date;
use crate::normalize::text::{clean, fold_punctuation, match_key, strip_quotes};
use regex::Regex;
use std::sync::LazyLock;

/// One line of the page: its 1-based number in the source file and its cleaned text (white
/// space collapsed). Other sources (HTML) flatten their documents into such lines.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub no: usize,
    pub text: String,
}

/// `Updated 21 Feb 2026`, `Last updated: Feb 21, 2026`, `Updated on 2026-02-21`; the date may
/// be glued to the text that follows (`Updated 21 Feb 2026Customer Success Manager …`).
static UPDATED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:last\s+)?updated(?:\s+on)?\s*:?\s*(\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?,?\s+\d{4}|[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{4})\s*(.*)$",
    )
    .expect("valid regex")
});

/// `<Role> Interview Experience`, optionally `… at <Company>`; or `Interview Experience: <Role>`.
static TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(.+?)\s+interview\s+experiences?(?:\s*(?:at|@|with|\||-)\s+(.+?))?\s*:?$").expect("valid regex")
});
static TITLE_PREFIXED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^interview\s+experiences?\s*(?:for|:|-|\|)\s*(.+)$").expect("valid regex"));

/// Headings that name the company: `backbase Interview Questions and Answers`,
/// `Frequently Asked Questions in backbase`, `Working at Acme`, `Acme Interview Guide`.
static COMPANY_HEADINGS: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    [
        r"(?i)^(.+?)\s+interview\s+questions(?:\s*(?:and|&)\s*answers)?$",
        r"(?i)^(.+?)\s+interview\s+(?:experiences|reviews)$",
        r"(?i)^(?:frequently\s+asked\s+questions|faqs?)\s+(?:in|at|about|for)\s+(.+)$",
        r"(?i)^(?:working|interviewing|careers?|life)\s+at\s+(.+)$",
        r"(?i)^(.+?)\s+(?:interview\s+guide|interview\s+process\s+guide|hiring\s+guide|recruitment\s+process|interview\s+reviews)$",
    ]
    .iter()
    .map(|r| Regex::new(r).expect("valid regex"))
    .collect()
});

/// Numbered or bulleted list items: `- x`, `• x`, `* x`, `1. x`, `2) x`, `Q1: x`, `Q: x`.
static BULLET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[-•*·–—▪◦‣]\s*|\d{1,3}[.)]\s+|[Qq]\d{0,3}\s*[:.)]\s+)(.*)$").expect("valid regex")
});

static ROUNDS_VALUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\+?\s*(?:rounds?|stages?|interviews?|steps?)?\.?$").expect("valid regex")
});

/// The fields a record can carry and the labels pages write them with (as match keys).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FieldKind {
    Candidate,
    Level,
    AppliedVia,
    Difficulty,
    Outcome,
    Rounds,
    Questions,
    Advice,
    Narrative,
    Salary,
    Location,
    InterviewDate,
    ReviewDate,
    Duration,
    Sentiment,
    /// `Experience: …` alone: sentiment on review sites, level on some guides.
    Experience,
}

impl FieldKind {
    /// Block fields take the following lines; the others only their own line.
    pub(crate) fn is_block(self) -> bool {
        matches!(
            self,
            FieldKind::Rounds | FieldKind::Questions | FieldKind::Advice | FieldKind::Narrative
        )
    }
}

const LABELS: &[(&str, FieldKind)] = &[
    ("candidate", FieldKind::Candidate),
    ("candidate name", FieldKind::Candidate),
    ("name", FieldKind::Candidate),
    ("interviewee", FieldKind::Candidate),
    ("experience level", FieldKind::Level),
    ("level", FieldKind::Level),
    ("seniority", FieldKind::Level),
    ("years of experience", FieldKind::Level),
    ("applied via", FieldKind::AppliedVia),
    ("applied through", FieldKind::AppliedVia),
    ("application source", FieldKind::AppliedVia),
    ("application channel", FieldKind::AppliedVia),
    ("source", FieldKind::AppliedVia),
    ("channel", FieldKind::AppliedVia),
    ("application", FieldKind::AppliedVia),
    ("difficulty", FieldKind::Difficulty),
    ("interview difficulty", FieldKind::Difficulty),
    ("difficulty level", FieldKind::Difficulty),
    ("final result", FieldKind::Outcome),
    ("result", FieldKind::Outcome),
    ("outcome", FieldKind::Outcome),
    ("final outcome", FieldKind::Outcome),
    ("offer status", FieldKind::Outcome),
    ("status", FieldKind::Outcome),
    ("offer", FieldKind::Outcome),
    ("interview process", FieldKind::Rounds),
    ("rounds", FieldKind::Rounds),
    ("interview rounds", FieldKind::Rounds),
    ("number of rounds", FieldKind::Rounds),
    ("no of rounds", FieldKind::Rounds),
    ("total rounds", FieldKind::Rounds),
    ("questions asked", FieldKind::Questions),
    ("interview questions", FieldKind::Questions),
    ("questions", FieldKind::Questions),
    ("advice", FieldKind::Advice),
    ("tips", FieldKind::Advice),
    ("interview tips", FieldKind::Advice),
    ("advice to candidates", FieldKind::Advice),
    ("advice for candidates", FieldKind::Advice),
    ("full experience", FieldKind::Narrative),
    ("experience details", FieldKind::Narrative),
    ("interview details", FieldKind::Narrative),
    ("details", FieldKind::Narrative),
    ("my experience", FieldKind::Narrative),
    ("description", FieldKind::Narrative),
    ("salary", FieldKind::Salary),
    ("salary offered", FieldKind::Salary),
    ("offered salary", FieldKind::Salary),
    ("ctc", FieldKind::Salary),
    ("compensation", FieldKind::Salary),
    ("package", FieldKind::Salary),
    ("location", FieldKind::Location),
    ("interview location", FieldKind::Location),
    ("interview date", FieldKind::InterviewDate),
    ("date of interview", FieldKind::InterviewDate),
    ("interviewed", FieldKind::InterviewDate),
    ("review date", FieldKind::ReviewDate),
    ("posted", FieldKind::ReviewDate),
    ("posted on", FieldKind::ReviewDate),
    ("date posted", FieldKind::ReviewDate),
    ("duration", FieldKind::Duration),
    ("process duration", FieldKind::Duration),
    ("process length", FieldKind::Duration),
    ("time to hire", FieldKind::Duration),
    ("overall experience", FieldKind::Sentiment),
    ("sentiment", FieldKind::Sentiment),
    ("experience", FieldKind::Experience),
];

/// Recognises a field label line. Inline labels need a separator — a colon, or a spaced dash
/// as some dumps write (`Candidate - Jane`) — and take their value from the same line
/// (`Difficulty:` alone is an empty value); block labels may stand alone (`Questions Asked`).
/// Returns the field and the text after the separator (empty for a bare label).
pub(crate) fn field_label(text: &str) -> Option<(FieldKind, String)> {
    // Cheap rejection first (most lines are prose): a label is at most 40 characters before
    // its separator, and a bare block label is a short line.
    let head = text.char_indices().nth(44).map_or(text, |(i, _)| &text[..i]);
    if !head.contains([':', '-', '\u{2013}', '\u{2014}']) && text.len() > 44 {
        return None;
    }
    let folded = fold_punctuation(text);
    let colon = memchr::memchr(b':', folded.as_bytes());
    let dash = memchr::memmem::find(folded.as_bytes(), b" - ");
    // The separator is whichever comes first; folding maps `–`/`—` to `-`, so search the
    // original for the value to keep its characters.
    let (label, separator) = match (colon, dash) {
        (Some(c), Some(d)) if d < c => (&folded[..d], Some('-')),
        (Some(c), _) => (&folded[..c], Some(':')),
        (None, Some(d)) => (&folded[..d], Some('-')),
        (None, None) => (&*folded, None),
    };
    // Labels are a few words of letters (`Experience Level`); a bullet, a number or a long
    // phrase before the colon is prose.
    let trimmed = label.trim_start();
    if label.len() > 40 || !trimmed.starts_with(char::is_alphabetic) || trimmed.split_whitespace().count() > 5 {
        return None;
    }
    let key = match_key(label);
    let kind = LABELS.iter().find(|(l, _)| *l == key).map(|(_, k)| *k)?;
    // The value only now: most lines with a colon are not labelled fields.
    let value = match separator {
        Some(':') => text.split_once(':').map(|(_, v)| clean(v)),
        Some(_) => value_after(text, &[" - ", " \u{2013} ", " \u{2014} "]),
        None => None,
    };
    match value {
        Some(v) => Some((kind, v)),
        None if kind.is_block() => Some((kind, String::new())),
        None => None,
    }
}

/// The cleaned text after the first of `separators` in `text`.
fn value_after(text: &str, separators: &[&str]) -> Option<String> {
    separators
        .iter()
        .filter_map(|sep| text.find(sep).map(|at| (at, sep.len())))
        .min()
        .map(|(at, len)| clean(&text[at + len..]))
}

/// A record title: the role (and a company the title names), with an `Updated <date>` prefix
/// already removed.
fn experience_title(text: &str) -> Option<(String, Option<String>)> {
    // Every title says `interview experience`: skip the fold and the regex for other lines.
    if text.len() > 600 || !contains_ignore_case(text, "interview") || !contains_ignore_case(text, "experience") {
        return None;
    }
    let folded = fold_punctuation(text);
    if folded.chars().count() > 150 || folded.ends_with('.') {
        return None;
    }
    if let Some(c) = TITLE.captures(&folded) {
        let role = clean(c.get(1)?.as_str());
        let company = c.get(2).map(|m| clean(m.as_str())).filter(|s| !s.is_empty());
        return (!role.is_empty()).then_some((role, company));
    }
    TITLE_PREFIXED
        .captures(&folded)
        .map(|c| (clean(&c[1]), None))
        .filter(|(r, _)| !r.is_empty())
}

/// A title split over two elements (`<h3>UX Designer</h3><span>Interview Experience</span>`)
/// flattens to a heading line and a bare `Interview Experience`: the heading just read, still
/// without text under it, is the role.
fn split_title(text: &str, sections: &mut Vec<Section>) -> Option<(String, Option<String>)> {
    if match_key(text) != "interview experience" {
        return None;
    }
    let last = sections.last()?;
    if !last.body.is_empty() {
        return None;
    }
    let role = last.heading.clone()?;
    sections.pop();
    Some((role, None))
}

/// ASCII case-insensitive substring test without allocating: candidates are found with
/// memchr on the needle's first letter in both cases (this runs on every line).
fn contains_ignore_case(haystack: &str, needle: &str) -> bool {
    let (h, n) = (haystack.as_bytes(), needle.as_bytes());
    let Some(&first) = n.first() else {
        return true;
    };
    memchr::memchr2_iter(first.to_ascii_lowercase(), first.to_ascii_uppercase(), h)
        .any(|at| h.get(at..at + n.len()).is_some_and(|w| w.eq_ignore_ascii_case(n)))
}

/// True when the line is a candidate field (`Candidate: Jane`, `- Name – Jane`), bulleted or not.
pub(crate) fn is_candidate_line(text: &str) -> bool {
    matches!(record_field(&clean(text), false), Some((FieldKind::Candidate, _)))
}

/// True when the line reads as a record title (`QA Interview Experience`).
pub(crate) fn is_record_title(text: &str) -> bool {
    experience_title(text).is_some()
}

/// Splits a leading `Updated <date>` off a line: (date text, the rest).
fn split_updated(text: &str) -> Option<(String, String)> {
    let head = text.get(..5).unwrap_or(text);
    if !(head.eq_ignore_ascii_case("updat") || head.eq_ignore_ascii_case("last ")) {
        return None;
    }
    let folded = fold_punctuation(text);
    let c = UPDATED.captures(&folded)?;
    Some((c[1].to_string(), clean(&c[2])))
}

fn bullet_item(text: &str) -> Option<&str> {
    // A dash range such as `-5%` is not a bullet; a bullet marker is followed by a space or
    // a letter/quote.
    let item = match ascii_bullet_marker(text.as_bytes()) {
        Ok(Some(marker_len)) => &text[marker_len..],
        Ok(None) => return None,
        Err(NonAscii) => BULLET.captures(text)?.get(1)?.as_str(),
    };
    let marker = &text[..text.len() - item.len()];
    if marker.trim().len() == marker.len()
        && !marker.ends_with(['.', ')', ':'])
        && item.starts_with(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    Some(item.trim())
}

/// A non-ASCII character where [`ascii_bullet_marker`] would have to judge it.
struct NonAscii;

/// The length of the bullet marker [`BULLET`] matches (`- `, `3. `, `Q2: `), decided on the
/// bytes: this runs for every line, and nearly every line is told apart by its first byte.
/// `Err` when a non-ASCII character is in the way (`•`, a no-break space): the regex decides.
fn ascii_bullet_marker(b: &[u8]) -> Result<Option<usize>, NonAscii> {
    let ascii = |at: usize| match b.get(at) {
        Some(c) if !c.is_ascii() => Err(NonAscii),
        c => Ok(c.copied()),
    };
    let spaces = |mut at: usize| -> Result<usize, NonAscii> {
        while ascii(at)?.is_some_and(is_regex_space) {
            at += 1;
        }
        Ok(at)
    };
    let digits = |at: usize, max: usize| -> Result<usize, NonAscii> {
        let mut end = at;
        while end - at < max && ascii(end)?.is_some_and(|c| c.is_ascii_digit()) {
            end += 1;
        }
        Ok(end)
    };
    if b.contains(&b'\n') {
        return Err(NonAscii); // `.` stops at a line end: leave such text to the regex
    }
    match ascii(0)? {
        Some(b'-' | b'*') => Ok(Some(spaces(1)?)),
        Some(c) if c.is_ascii_digit() => {
            let end = digits(0, 3)?;
            match ascii(end)? {
                Some(b'.' | b')') if ascii(end + 1)?.is_some_and(is_regex_space) => Ok(Some(spaces(end + 1)?)),
                _ => Ok(None),
            }
        }
        Some(b'Q' | b'q') => {
            let end = spaces(digits(1, 3)?)?;
            match ascii(end)? {
                Some(b':' | b'.' | b')') if ascii(end + 1)?.is_some_and(is_regex_space) => Ok(Some(spaces(end + 1)?)),
                _ => Ok(None),
            }
        }
        _ => Ok(None),
    }
}

/// ASCII white space as the regex `\s` has it.
fn is_regex_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

fn is_pipe_row(text: &str) -> bool {
    text.starts_with('|') && text.len() > 1
}

/// A short line with no closing punctuation and at least one capital: a section heading in a
/// flattened page (`How the Hiring Process Works`, `backbase Interview Questions and Answers`).
fn is_heading_like(text: &str) -> bool {
    if text.is_empty() || bullet_item(text).is_some() || is_pipe_row(text) {
        return false;
    }
    let words = text.split(' ').count();
    let last = text.chars().last().unwrap_or('.');
    words <= 12
        && text.chars().count() <= 90
        && !text.contains(". ")
        && !matches!(
            last,
            '.' | ',' | ';' | ':' | '!' | '?' | ')' | '"' | '\u{201D}' | '\u{2019}' | '\''
        )
        && text.chars().any(char::is_uppercase)
        && !text.chars().all(|c| c.is_ascii_digit() || c.is_whitespace())
}

/// Inside a record only a heading in title case ends it (`Frequently Asked Questions in
/// backbase`); a short unpunctuated line of a narrative (`Overall good experience`) does not.
fn ends_record(text: &str) -> bool {
    // One word (`None`, `Overall`) is a value or a fragment here, not a page heading.
    if !is_heading_like(text) || !text.contains(' ') {
        return false;
    }
    let long_words: Vec<&str> = text
        .split(' ')
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4)
        .collect();
    let capitalized = long_words.iter().filter(|w| w.starts_with(char::is_uppercase)).count();
    !long_words.is_empty() && capitalized * 5 >= long_words.len() * 3
}

/// Splits the decoded text into cleaned lines: LF, CRLF, a lone CR, U+2028 and U+0085 each
/// end one line, so line numbers match what an editor shows.
fn split_lines(text: &str) -> Vec<Line> {
    let mut rest = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let mut lines = Vec::new();
    let mut no = 1;
    loop {
        let Some(pos) = rest.find(['\n', '\r', '\u{2028}', '\u{0085}']) else {
            lines.push(Line { no, text: clean(rest) });
            return lines;
        };
        lines.push(Line {
            no,
            text: clean(&rest[..pos]),
        });
        let sep = rest[pos..].chars().next().unwrap_or('\n');
        let mut next = pos + sep.len_utf8();
        if sep == '\r' && rest[next..].starts_with('\n') {
            next += 1;
        }
        rest = &rest[next..];
        no += 1;
    }
}

/// Parses a whole page.
pub fn parse_page(text: &str) -> PageExtract {
    parse_lines(split_lines(text))
}

/// Parses a page already split into lines (the text layout, or a flattened HTML document).
pub fn parse_lines(mut lines: Vec<Line>) -> PageExtract {
    let mut page = PageExtract::default();
    take_page_date(&mut lines, &mut page);

    let mut sections: Vec<Section> = vec![Section {
        line: 1,
        heading: None,
        body: Vec::new(),
    }];
    let mut i = 0;
    while i < lines.len() {
        let line = &lines[i];
        if line.text.is_empty() {
            i += 1;
            continue;
        }
        // (`record_follows` first: a split title takes its heading out of the sections.)
        let title = experience_title(&line.text).or_else(|| {
            record_follows(&lines, i)
                .then(|| split_title(&line.text, &mut sections))
                .flatten()
        });
        let is_title = title.is_some();
        if let Some((role, company)) = title.filter(|_| record_follows(&lines, i)) {
            let (record, next) = parse_record(&lines, i, role, company, &mut page.issues);
            if record_is_empty(&record) {
                page.issues.push(Issue::error(
                    Some(line.no),
                    "experience title with no fields after it (record truncated?)",
                    Some(&line.text),
                ));
            } else {
                page.experiences.push(record);
            }
            i = next;
            continue;
        }
        if is_title && lines[i + 1..].iter().all(|l| l.text.is_empty()) {
            page.issues.push(Issue::error(
                Some(line.no),
                "experience title at the end of the file with nothing after it (record truncated?)",
                Some(&line.text),
            ));
        }
        let label = field_label(&line.text);
        if let Some((kind, _)) = label.as_ref().filter(|(k, _)| !k.is_block()) {
            if matches!(kind, FieldKind::Candidate) {
                // `Candidate:` with no `<Role> Interview Experience` above it: the record's title
                // was lost (a cut page). Its lines stay in page_sections; say so.
                page.issues.push(Issue::error(
                    Some(line.no),
                    "experience fields without a `<Role> Interview Experience` title: record not ingested (its text is kept in page_sections)",
                    // No excerpt: the line holds a candidate's name.
                    None,
                ));
            }
        }
        if is_heading_like(&line.text)
            && label.is_none_or(|(k, v)| k.is_block() && v.is_empty())
            && !continues_paragraph(&lines, i)
        {
            sections.push(Section {
                line: line.no,
                heading: Some(line.text.clone()),
                body: Vec::new(),
            });
        } else if let Some(current) = sections.last_mut() {
            current.body.push(line.clone());
        }
        i += 1;
    }

    for heading in sections.iter().filter_map(|s| s.heading.as_deref()) {
        if let Some(company) = company_in_heading(heading) {
            page.company_mentions.push(company);
        }
    }
    for section in &sections {
        read_section(section, &mut page);
    }
    page
}

/// Takes the `Updated <date>` mention: the first valid one is the page date. A date glued to a
/// title is removed from that line so the title reads as a title.
fn take_page_date(lines: &mut [Line], page: &mut PageExtract) {
    for line in lines.iter_mut() {
        let Some((date_text, rest)) = split_updated(&line.text) else {
            continue;
        };
        match parse_date(&date_text) {
            Some(date) => {
                if page.page_date.is_none() {
                    page.page_date = Some(date);
                }
                line.text = rest;
            }
            None => page.issues.push(Issue::warning(
                line.no,
                format!("`Updated` date `{date_text}` is not a calendar date"),
                &line.text,
            )),
        }
    }
}

/// A title only starts a record when its next non-empty line is a field label: a prose heading
/// such as `Tips for a Great Interview Experience`, or a page heading
/// `Acme Interview Experiences` above the first record's title, does not.
fn record_follows(lines: &[Line], title_at: usize) -> bool {
    lines[title_at + 1..]
        .iter()
        .find(|l| !l.text.is_empty())
        .is_some_and(|l| record_field(&l.text, false).is_some())
}

/// A field line of a record: `Label: value`, or the same as a list item (`- Candidate: X`,
/// as HTML `<li>` metadata lists flatten) except inside a question list.
fn record_field(text: &str, in_questions: bool) -> Option<(FieldKind, String)> {
    field_label(text).or_else(|| {
        if in_questions {
            None
        } else {
            bullet_item(text).and_then(field_label)
        }
    })
}

fn record_is_empty(r: &RawExperience) -> bool {
    r.candidate.is_none()
        && r.level.is_none()
        && r.applied_via.is_none()
        && r.difficulty.is_none()
        && r.outcome.is_none()
        && r.rounds.is_none()
        && r.questions.is_empty()
        && r.advice.is_none()
        && r.narrative.is_none()
}

/// Where the lines of a block field go.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Block {
    None,
    Rounds,
    Questions { bulleted: bool },
    Advice,
    Narrative,
}

/// Reads one record from its title line; returns it and the index of the first line after it.
fn parse_record(
    lines: &[Line],
    start: usize,
    role: String,
    company: Option<String>,
    issues: &mut Vec<Issue>,
) -> (RawExperience, usize) {
    let mut r = RawExperience {
        line: lines[start].no,
        role,
        company,
        ..Default::default()
    };
    let mut block = Block::None;
    let mut seen: Vec<FieldKind> = Vec::new();
    let mut i = start + 1;
    while i < lines.len() {
        let line = &lines[i];
        if line.text.is_empty() {
            i += 1;
            continue;
        }
        if experience_title(&line.text).is_some() && record_follows(lines, i) {
            break;
        }
        if let Some((kind, value)) = record_field(&line.text, matches!(block, Block::Questions { .. })) {
            if seen.contains(&kind) && kind == FieldKind::Candidate {
                // A second `Candidate:` means the next record lost its title; stop here.
                break;
            }
            if seen.contains(&kind) && kind.is_block() && value.is_empty() {
                // A second `Interview Questions` or `Interview Process` after the record has its
                // own is a page heading (`<h2>Interview Questions</h2>` after the last card).
                break;
            }
            seen.push(kind);
            block = set_field(&mut r, kind, value, line.no, issues);
            i += 1;
            continue;
        }
        let text = line.text.as_str();
        match block {
            Block::Rounds => {
                if let Some(rounds) = rounds_value(text) {
                    r.rounds = Some(Field {
                        value: rounds,
                        line: line.no,
                    });
                    block = Block::None;
                } else {
                    issues.push(Issue::warning(
                        line.no,
                        "`Interview Process` is not followed by a round count; rounds left empty",
                        text,
                    ));
                    block = Block::Narrative;
                    append_paragraph(&mut r.narrative, text);
                }
            }
            Block::Questions { bulleted } => {
                if let Some(item) = bullet_item(text) {
                    block = Block::Questions { bulleted: true };
                    push_question(&mut r.questions, line.no, item);
                } else if bulleted && !text.ends_with('?')
                    || !bulleted && is_heading_like(text) && !looks_like_question(text)
                {
                    if is_heading_like(text) {
                        break;
                    }
                    issues.push(Issue::warning(line.no, "line inside `Questions Asked` is neither a list item nor a question; not counted as a question", text));
                } else {
                    push_question(&mut r.questions, line.no, text);
                }
            }
            Block::Advice | Block::Narrative => {
                if ends_record(text) && !continues_paragraph(lines, i) {
                    break;
                }
                let target = if block == Block::Advice {
                    &mut r.advice
                } else {
                    &mut r.narrative
                };
                append_paragraph(target, text);
            }
            Block::None => {
                if ends_record(text) {
                    break;
                }
                // A round badge on its own line (`3 rounds`, HTML `<span class=badge>3</span> rounds`).
                if r.rounds.is_none() && text.split(' ').count() == 2 {
                    if let Some(n) = rounds_value(text) {
                        r.rounds = Some(Field {
                            value: n,
                            line: line.no,
                        });
                        i += 1;
                        continue;
                    }
                }
                issues.push(Issue::warning(
                    line.no,
                    "line inside an experience record is not a known field; ignored",
                    text,
                ));
            }
        }
        i += 1;
    }
    drop_placeholders(&mut r);
    (r, i)
}

/// `None`, `N/A`, `-` written as a value mean no value.
fn drop_placeholders(r: &mut RawExperience) {
    for field in [
        &mut r.candidate,
        &mut r.level,
        &mut r.applied_via,
        &mut r.difficulty,
        &mut r.outcome,
        &mut r.advice,
        &mut r.narrative,
        &mut r.location,
        &mut r.interview_date,
        &mut r.review_date,
        &mut r.duration,
        &mut r.sentiment,
    ] {
        if field.as_deref().is_some_and(is_placeholder) {
            *field = None;
        }
    }
}

fn is_placeholder(value: &str) -> bool {
    matches!(
        match_key(value).as_str(),
        "" | "none" | "n a" | "na" | "nil" | "null" | "not applicable" | "not available"
    )
}

/// Stores an inline value or opens a block; returns the block that following lines feed.
fn set_field(r: &mut RawExperience, kind: FieldKind, value: String, line: usize, issues: &mut Vec<Issue>) -> Block {
    let value_opt = (!value.is_empty()).then(|| value.clone());
    match kind {
        FieldKind::Candidate => r.candidate = value_opt,
        FieldKind::Level => r.level = value_opt,
        FieldKind::AppliedVia => r.applied_via = value_opt,
        FieldKind::Difficulty => r.difficulty = value_opt,
        FieldKind::Outcome => r.outcome = value_opt,
        FieldKind::Location => r.location = value_opt,
        FieldKind::InterviewDate => r.interview_date = value_opt,
        FieldKind::ReviewDate => r.review_date = value_opt,
        FieldKind::Duration => r.duration = value_opt,
        FieldKind::Sentiment => r.sentiment = value_opt,
        FieldKind::Experience => {
            // `Experience: Positive` (review sites) or `Experience: Senior` (some guides).
            if crate::normalize::sentiment::normalize_sentiment(&value).is_some() {
                r.sentiment = value_opt;
            } else {
                r.level = value_opt;
            }
        }
        FieldKind::Salary => {
            r.salary = value_opt.map(|text| RawSalary {
                line,
                role: None,
                company: None,
                text,
                context: None,
            });
        }
        FieldKind::Rounds => {
            if value.is_empty() {
                return Block::Rounds;
            }
            match rounds_value(&value) {
                Some(n) => r.rounds = Some(Field { value: n, line }),
                None => issues.push(Issue::warning(
                    line,
                    "round count is not a number; rounds left empty",
                    &value,
                )),
            }
        }
        FieldKind::Questions => {
            if !value.is_empty() {
                push_question(&mut r.questions, line, &value);
            }
            return Block::Questions { bulleted: false };
        }
        FieldKind::Advice => {
            append_paragraph(&mut r.advice, &value);
            return Block::Advice;
        }
        FieldKind::Narrative => {
            append_paragraph(&mut r.narrative, &value);
            return Block::Narrative;
        }
    }
    Block::None
}

/// `3`, `3 rounds`, `Three stages` → the number as digits.
fn rounds_value(text: &str) -> Option<String> {
    let c = ROUNDS_VALUE.captures(text.trim())?;
    let word = c[1].to_lowercase();
    let n = match word.as_str() {
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        digits => digits.parse().ok()?,
    };
    Some(n.to_string())
}

fn push_question(questions: &mut Vec<RawQuestion>, line: usize, text: &str) {
    let t = clean(strip_quotes(text));
    if !t.is_empty() {
        questions.push(RawQuestion { line, text: t });
    }
}

fn looks_like_question(text: &str) -> bool {
    let key = match_key(text);
    text.ends_with('?')
        || [
            "how",
            "what",
            "why",
            "when",
            "where",
            "which",
            "who",
            "describe",
            "explain",
            "tell",
            "walk",
            "give",
            "write",
            "design",
            "implement",
            "can",
            "do",
            "have",
            "are",
            "is",
        ]
        .iter()
        .any(|w| key.split(' ').next() == Some(*w))
}

fn append_paragraph(target: &mut Option<String>, text: &str) {
    if text.is_empty() {
        return;
    }
    match target {
        Some(existing) => {
            existing.push('\n');
            existing.push_str(text);
        }
        None => *target = Some(text.to_string()),
    }
}

/// A heading-like line directly followed by a line starting in lower case is the first half of
/// a wrapped sentence, not a heading.
fn continues_paragraph(lines: &[Line], at: usize) -> bool {
    lines
        .get(at + 1)
        .is_some_and(|next| next.text.starts_with(|c: char| c.is_lowercase()))
}

fn company_in_heading(heading: &str) -> Option<String> {
    let folded = fold_punctuation(heading);
    COMPANY_HEADINGS
        .iter()
        .find_map(|re| re.captures(&folded).map(|c| clean(&c[1])))
        .filter(|c| {
            let words = c.split(' ').count();
            // `Common Interview Questions` names no company.
            let generic = [
                "common",
                "top",
                "sample",
                "example",
                "examples of",
                "technical",
                "behavioral",
                "hr",
                "the",
                "more",
                "other",
                "popular",
                "typical",
                "frequently asked",
                "real",
            ];
            words <= 5 && !generic.contains(&match_key(c).as_str())
        })
}

/// A heading and the lines under it, up to the next heading.
#[derive(Debug)]
struct Section {
    line: usize,
    heading: Option<String>,
    body: Vec<Line>,
}

/// What kind of list or table a section holds, from its heading.
fn read_section(section: &Section, page: &mut PageExtract) {
    let heading_key = section.heading.as_deref().map(match_key).unwrap_or_default();
    let text: Vec<&str> = section.body.iter().map(|l| l.text.as_str()).collect();
    if section.heading.is_some() || !text.is_empty() {
        page.sections.push(RawSection {
            line: section.line,
            heading: section.heading.clone(),
            text: text.join("\n"),
        });
    }
    let is_faq = ["frequently asked questions", "faq", "faqs", "common questions about"]
        .iter()
        .any(|p| heading_key.contains(p));
    let is_steps = [
        "hiring process",
        "recruitment process",
        "selection process",
        "interview process",
        "application process",
        "hiring steps",
        "interview stages overview",
        "recruitment steps",
    ]
    .iter()
    .any(|p| heading_key.contains(p));
    let is_question_list = !is_faq && heading_key.split(' ').any(|w| w == "questions" || w == "question");

    read_tables(section, page);
    if is_faq {
        read_faq(section, page);
    } else if is_steps {
        read_steps(section, page);
    } else if is_question_list {
        // Bulleted items; or, in a list with no bullets, lines that end with `?`.
        let bulleted = section.body.iter().any(|l| bullet_item(&l.text).is_some());
        for line in &section.body {
            match bullet_item(&line.text) {
                Some(item) => push_question(&mut page.page_questions, line.no, item),
                None if !bulleted && strip_quotes(&line.text).ends_with('?') => {
                    push_question(&mut page.page_questions, line.no, &line.text)
                }
                None => {}
            }
        }
    }
}

/// `- Application Review: This is where …` → step `Application Review` with its description.
fn read_steps(section: &Section, page: &mut PageExtract) {
    // Steps are list items; a page that writes them as paragraphs (`Application Review: …`)
    // has no bullets at all, and then each `Name: description` line is a step.
    let bulleted = section.body.iter().any(|l| bullet_item(&l.text).is_some());
    for line in &section.body {
        let item = match bullet_item(&line.text) {
            Some(item) => item,
            None if !bulleted && paragraph_step(&line.text) => line.text.as_str(),
            None => continue,
        };
        let split = [":", " - ", " \u{2013} ", " \u{2014} "]
            .iter()
            .filter_map(|sep| item.find(sep).map(|at| (at, sep.len())))
            .min();
        let (name, description) = match split {
            Some((at, len)) if item[..at].split(' ').count() <= 8 => {
                (clean(&item[..at]), crate::normalize::text::non_empty(&item[at + len..]))
            }
            _ => (clean(item), None),
        };
        if !name.is_empty() {
            page.hiring_steps.push(RawStep {
                line: line.no,
                name,
                description,
            });
        }
    }
}

/// `Application Review: This is where …`: a short capitalised name, a colon, a description.
fn paragraph_step(text: &str) -> bool {
    text.split_once(':').is_some_and(|(name, rest)| {
        let words = name.split(' ').count();
        (1..=6).contains(&words) && name.starts_with(char::is_uppercase) && !rest.trim().is_empty()
    })
}

/// Question lines end with `?` (or start with `Q:`); the lines after one, up to the next, are
/// its answer. Lines before the first question are not FAQ content (they stay in the section).
fn read_faq(section: &Section, page: &mut PageExtract) {
    let mut current: Option<RawFaq> = None;
    for line in &section.body {
        let text = line.text.as_str();
        if is_pipe_row(text) {
            continue;
        }
        let stripped = bullet_item(text).unwrap_or(text);
        let (is_q, q_text) = match strip_prefix_ci(stripped, &["q:", "question:"]) {
            Some(rest) => (true, rest),
            None => (stripped.ends_with('?') && stripped.chars().count() <= 200, stripped),
        };
        if is_q {
            if let Some(done) = current.take() {
                page.faq.push(done);
            }
            current = Some(RawFaq {
                line: line.no,
                question: clean(q_text),
                answer: None,
            });
        } else if let Some(faq) = current.as_mut() {
            let answer = strip_prefix_ci(stripped, &["a:", "answer:"]).unwrap_or(stripped);
            append_paragraph(&mut faq.answer, &clean(answer));
        }
    }
    if let Some(done) = current {
        page.faq.push(done);
    }
}

fn strip_prefix_ci<'a>(text: &'a str, prefixes: &[&str]) -> Option<&'a str> {
    prefixes.iter().find_map(|p| {
        let head = text.get(..p.len())?;
        head.eq_ignore_ascii_case(p).then(|| text[p.len()..].trim())
    })
}

/// Pipe tables in a section. A table whose header has a salary column and a role column gives
/// salary rows; any other table is kept cell by cell.
fn read_tables(section: &Section, page: &mut PageExtract) {
    let mut i = 0;
    let body = &section.body;
    while i < body.len() {
        if !is_pipe_row(&body[i].text) {
            i += 1;
            continue;
        }
        let start = i;
        while i < body.len() && is_pipe_row(&body[i].text) {
            i += 1;
        }
        let rows: Vec<(usize, Vec<String>)> = body[start..i]
            .iter()
            .filter(|l| !is_separator_row(&l.text))
            .map(|l| (l.no, pipe_cells(&l.text)))
            .collect();
        let Some(((_, header), data)) = rows.split_first() else {
            continue;
        };
        let title = section
            .heading
            .clone()
            .unwrap_or_else(|| "(untitled table)".to_string());
        push_table(&title, header, data, page);
    }
}

fn push_table(title: &str, header: &[String], data: &[(usize, Vec<String>)], page: &mut PageExtract) {
    // A table of interview experiences (`| Role | Difficulty | Final Result | Rounds |`) is read
    // like a CSV export of them.
    let names: Vec<&str> = header.iter().map(String::as_str).collect();
    // Inside a page, only with a role column: a comparison table with a `Difficulty` column
    // is not a list of experiences.
    if super::tabular::row_kind(&names) == super::tabular::RowKind::Experiences
        && super::tabular::has_role_column(&names)
        && !data.is_empty()
    {
        let rows: Vec<super::tabular::Row> = data
            .iter()
            .map(|(line, cells)| super::tabular::Row {
                line: *line,
                cells: header
                    .iter()
                    .cloned()
                    .zip(cells.iter().map(|c| super::tabular::Cell::Text(c.clone())))
                    .collect(),
            })
            .collect();
        let part = super::tabular::rows_to_page(&rows, &names);
        page.experiences.extend(part.experiences);
        page.issues.extend(part.issues);
        return;
    }
    let keys: Vec<String> = header.iter().map(|h| match_key(h)).collect();
    let salary_col = keys.iter().position(|k| {
        [
            "salary",
            "pay",
            "compensation",
            "ctc",
            "package",
            "stipend",
            "salary range",
            "base",
        ]
        .iter()
        .any(|w| crate::normalize::has_phrase(k, w))
    });
    let role_col = keys.iter().position(|k| {
        ["role", "position", "title", "job", "designation", "job title"]
            .iter()
            .any(|w| crate::normalize::has_phrase(k, w))
    });
    if let (Some(sc), Some(rc)) = (salary_col, role_col) {
        for (line, cells) in data {
            let role = cells.get(rc).map(|c| clean(c)).filter(|c| !c.is_empty());
            let text = cells.get(sc).map(|c| clean(c)).unwrap_or_default();
            if role.is_none() && text.is_empty() {
                continue;
            }
            page.salaries.push(RawSalary {
                line: *line,
                role,
                company: None,
                text,
                context: Some(header[sc].clone()),
            });
        }
        return;
    }
    page.tables.push(RawTable {
        title: title.to_string(),
        header: header.to_vec(),
        rows: data.to_vec(),
    });
}

fn is_separator_row(text: &str) -> bool {
    text.chars().all(|c| matches!(c, '|' | '-' | ':' | ' ' | '=' | '+'))
}

/// `| a | b |` → [a, b]; also accepts rows without the closing pipe.
fn pipe_cells(text: &str) -> Vec<String> {
    let inner = text.trim().trim_start_matches('|');
    let inner = inner.strip_suffix('|').unwrap_or(inner);
    inner.split('|').map(clean).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_label_empty_is_null_not_next_line() {
        let page = parse_page("Analyst Interview Experience\nCandidate: A B\nDifficulty:\nFinal Result: Rejected\n");
        let r = &page.experiences[0];
        assert_eq!(r.difficulty, None);
        assert_eq!(r.outcome.as_deref(), Some("Rejected"));
    }

    #[test]
    fn rounds_on_next_line() {
        let page = parse_page("PM Interview Experience\nCandidate: X\nInterview Process\n4\nAdvice\nBe calm.\n");
        let r = &page.experiences[0];
        assert_eq!(r.rounds.as_ref().map(|f| (f.value.as_str(), f.line)), Some(("4", 4)));
        assert_eq!(r.advice.as_deref(), Some("Be calm."));
    }

    #[test]
    fn rounds_inline_and_in_words() {
        assert_eq!(rounds_value("3"), Some("3".into()));
        assert_eq!(rounds_value("3 rounds"), Some("3".into()));
        assert_eq!(rounds_value("Three stages."), Some("3".into()));
        assert_eq!(rounds_value("Phone screen then onsite"), None);
    }

    #[test]
    fn glued_updated_date_and_title() {
        let page =
            parse_page("Updated 21 Feb 2026Customer Success Manager Interview Experience\nCandidate: Emily Zhang\n");
        assert_eq!(page.page_date, chrono::NaiveDate::from_ymd_opt(2026, 2, 21));
        assert_eq!(page.experiences[0].role, "Customer Success Manager");
    }

    #[test]
    fn title_without_fields_is_a_heading() {
        let page = parse_page("Tips for a Great Interview Experience\nBe on time and be kind.\n");
        assert!(page.experiences.is_empty());
        assert_eq!(
            page.sections[0].heading.as_deref(),
            Some("Tips for a Great Interview Experience")
        );
    }

    #[test]
    fn title_names_company() {
        assert_eq!(
            experience_title("Data Analyst Interview Experience at Acme Corp"),
            Some(("Data Analyst".into(), Some("Acme Corp".into())))
        );
        assert_eq!(
            experience_title("Interview Experience: Data Analyst"),
            Some(("Data Analyst".into(), None))
        );
        assert_eq!(experience_title("Real Candidate Experience Patterns"), None);
    }

    #[test]
    fn crlf_bom_nbsp_tolerated() {
        let page = parse_page("\u{FEFF}UX Designer Interview Experience\r\nCandidate:\u{00A0}Sara\r\nDifficulty:\u{00A0}Easy\r\nQuestions Asked\r\n- \u{201C}Why us?\u{201D}\r\n");
        let r = &page.experiences[0];
        assert_eq!(r.candidate.as_deref(), Some("Sara"));
        assert_eq!(r.difficulty.as_deref(), Some("Easy"));
        assert_eq!(
            r.questions,
            vec![RawQuestion {
                line: 5,
                text: "Why us?".into()
            }]
        );
    }

    #[test]
    fn line_numbers_count_crlf_once_and_lone_cr() {
        let lines = split_lines("a\r\nb\rc\n\nd");
        let got: Vec<(usize, &str)> = lines.iter().map(|l| (l.no, l.text.as_str())).collect();
        assert_eq!(got, vec![(1, "a"), (2, "b"), (3, "c"), (4, ""), (5, "d")]);
    }

    #[test]
    fn pipe_table_of_salaries() {
        let page = parse_page(
            "Compensation\n| Role | Estimated Salary |\n|---|---|\n| Data Analyst | €50,000 - €75,000 annually |\n",
        );
        assert_eq!(page.salaries.len(), 1);
        assert_eq!(page.salaries[0].role.as_deref(), Some("Data Analyst"));
        assert_eq!(page.salaries[0].text, "€50,000 - €75,000 annually");
        assert_eq!(page.salaries[0].line, 4);
    }

    #[test]
    fn other_table_kept_cell_by_cell() {
        let page =
            parse_page("Comparison With Other Employers\n| Aspect | Acme | Banks |\n|---|---|---|\n| Pay | High | |\n");
        assert_eq!(page.tables.len(), 1);
        assert_eq!(page.tables[0].header, vec!["Aspect", "Acme", "Banks"]);
        assert_eq!(
            page.tables[0].rows,
            vec![(4, vec!["Pay".to_string(), "High".to_string(), String::new()])]
        );
    }

    #[test]
    fn table_of_experiences() {
        let page = parse_page("Recent Interviews\n| Role | Difficulty | Final Result | Rounds |\n|---|---|---|---|\n| QA Engineer | Hard | Rejected | 3 |\n| Designer | | Selected | 2 |\n");
        assert_eq!(page.experiences.len(), 2);
        let r = &page.experiences[1];
        assert_eq!(
            (r.role.as_str(), r.difficulty.as_deref(), r.outcome.as_deref(), r.line),
            ("Designer", None, Some("Selected"), 5)
        );
        assert_eq!(page.experiences[0].rounds.as_ref().map(|f| f.value.as_str()), Some("3"));
        assert!(page.tables.is_empty());
    }

    #[test]
    fn faq_pairs() {
        let page =
            parse_page("Frequently Asked Questions\nIs it hard?\nSomewhat.\nIt depends.\nDo they pay well?\nYes.\n");
        assert_eq!(page.faq.len(), 2);
        assert_eq!(page.faq[0].answer.as_deref(), Some("Somewhat.\nIt depends."));
        assert_eq!(page.faq[1].question, "Do they pay well?");
    }

    #[test]
    fn steps_from_hiring_process_list() {
        let page = parse_page(
            "How the Hiring Process Works\n- Application Review: HR screens resumes.\n- Offer Stage: An offer.\n",
        );
        assert_eq!(page.hiring_steps.len(), 2);
        assert_eq!(page.hiring_steps[0].name, "Application Review");
        assert_eq!(page.hiring_steps[0].description.as_deref(), Some("HR screens resumes."));
    }

    #[test]
    fn steps_written_as_paragraphs() {
        let page = parse_page("How the Hiring Process Works\nApplication Review: HR screens resumes.\nOffer Stage: An offer.\nEach step matters, as you will see.\n");
        let names: Vec<&str> = page.hiring_steps.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["Application Review", "Offer Stage"]);
    }

    #[test]
    fn company_headings() {
        assert_eq!(
            company_in_heading("backbase Interview Questions and Answers").as_deref(),
            Some("backbase")
        );
        assert_eq!(
            company_in_heading("Frequently Asked Questions in backbase").as_deref(),
            Some("backbase")
        );
        assert_eq!(company_in_heading("Common Interview Questions"), None);
        assert_eq!(company_in_heading("How the Hiring Process Works"), None);
    }

    #[test]
    fn dash_separated_labels_and_placeholders() {
        let page = parse_page("QA Interview Experience\nCandidate - Jane\nDifficulty \u{2013} Medium\nAdvice\nNone\nFull Experience\nShort.\n");
        let r = &page.experiences[0];
        assert_eq!(r.candidate.as_deref(), Some("Jane"));
        assert_eq!(r.difficulty.as_deref(), Some("Medium"));
        assert_eq!(r.advice, None);
        assert_eq!(r.narrative.as_deref(), Some("Short."));
    }

    #[test]
    fn narrative_lines_without_punctuation_do_not_end_a_record() {
        let page = parse_page("QA Interview Experience\nCandidate: A\nFull Experience\nThe first round was a screen.\n\nOverall good\nThen a final round.\nFrequently Asked Questions in Acme\nAsk here.\n");
        assert_eq!(
            page.experiences[0].narrative.as_deref(),
            Some("The first round was a screen.\nOverall good\nThen a final round.")
        );
        assert_eq!(
            page.sections.last().and_then(|s| s.heading.as_deref()),
            Some("Frequently Asked Questions in Acme")
        );
    }

    #[test]
    fn page_heading_above_first_title_is_not_a_record() {
        let page = parse_page("Acme Corp Interview Experiences\nLast updated: March 5, 2026\n\nData Scientist Interview Experience\nCandidate: J\n");
        assert_eq!(page.experiences.len(), 1);
        assert_eq!(page.experiences[0].role, "Data Scientist");
        assert!(page.issues.is_empty(), "{:?}", page.issues);
        assert_eq!(page.company_mentions, vec!["Acme Corp".to_string()]);
        assert_eq!(page.page_date, chrono::NaiveDate::from_ymd_opt(2026, 3, 5));
    }

    #[test]
    fn unbulleted_question_list() {
        let page =
            parse_page("Common Interview Questions\nWhy us?\n\u{201C}What is a mutex?\u{201D}\nThese vary by team.\n");
        let texts: Vec<&str> = page.page_questions.iter().map(|q| q.text.as_str()).collect();
        assert_eq!(texts, ["Why us?", "What is a mutex?"]);
    }

    #[test]
    fn repeated_block_label_ends_the_record() {
        let page = parse_page("QA Interview Experience\nCandidate: A\nQuestions Asked\n- Why?\nAdvice\nBe calm.\nInterview Questions\n- What is a heap?\n");
        assert_eq!(page.experiences[0].questions.len(), 1);
        assert_eq!(
            page.page_questions.iter().map(|q| q.text.as_str()).collect::<Vec<_>>(),
            ["What is a heap?"]
        );
    }

    #[test]
    fn title_split_over_two_lines() {
        let page = parse_page("Intro\nSome text.\nUX Designer\nInterview Experience\nCandidate: A\nDifficulty: Easy\n");
        assert_eq!(page.experiences.len(), 1);
        assert_eq!(page.experiences[0].role, "UX Designer");
        assert_eq!(page.experiences[0].difficulty.as_deref(), Some("Easy"));
        assert!(page
            .sections
            .iter()
            .all(|s| s.heading.as_deref() != Some("UX Designer")));
        // Without fields after it, `Interview Experience` is text and the heading stays.
        let prose = parse_page("UX Designer\nInterview Experience\nIt was fine.\n");
        assert!(prose.experiences.is_empty());
        assert_eq!(prose.sections[0].heading.as_deref(), Some("UX Designer"));
    }

    #[test]
    fn bullets() {
        for line in [
            "- How?",
            "-How?",
            "-5% churn",
            "* star",
            "12. twelve",
            "1234. too many",
            "12.5 percent",
            "3) three",
            "3)three",
            "Q: how",
            "q12 : how",
            "Q12:how",
            "Q1234: no",
            "Question: no",
            "Quality matters",
            "Q. dot",
            "-\t tab",
            "•\u{00A0}bullet",
            "1.\u{00A0}nbsp",
            "— dash",
            "",
            "-",
            "5.",
            "Q:",
        ] {
            let by_regex = BULLET.captures(line).and_then(|c| c.get(1)).map(|m| m.as_str());
            let by_bytes = match ascii_bullet_marker(line.as_bytes()) {
                Ok(m) => m.map(|n| &line[n..]),
                Err(NonAscii) => by_regex,
            };
            assert_eq!(by_bytes, by_regex, "{line:?}");
        }
        assert_eq!(bullet_item("- How?"), Some("How?"));
        assert_eq!(bullet_item("• How?"), Some("How?"));
        assert_eq!(bullet_item("1. How?"), Some("How?"));
        assert_eq!(bullet_item("Q2: How?"), Some("How?"));
        assert_eq!(bullet_item("-5% churn"), None);
        assert_eq!(bullet_item("Plain"), None);
    }

    #[test]
    fn heading_like() {
        assert!(is_heading_like("How the Hiring Process Works"));
        assert!(is_heading_like("backbase Interview Questions and Answers"));
        assert!(!is_heading_like("This is a sentence."));
        assert!(!is_heading_like("- Bullet"));
        assert!(!is_heading_like("3"));
    }

    #[test]
    fn fields_without_title_are_reported() {
        let page = parse_page("Intro\nCandidate: Nobody\nDifficulty: Easy\n");
        assert!(page.experiences.is_empty());
        assert_eq!(page.issues.len(), 1);
        assert_eq!(page.issues[0].line, Some(2));
    }

    #[test]
    fn truncated_record_is_an_error() {
        let page = parse_page("Intro text.\nSales Interview Experience\nCandidate:");
        // The title's only field is empty: nothing to keep, and the page says so.
        assert_eq!(page.experiences.len(), 0);
        assert_eq!(page.issues.len(), 1);
    }
}
