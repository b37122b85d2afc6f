//! Input formats: bytes of one raw file in, the page's raw records out.
//!
//! One module per dump format. Each turns a decoded file into a [`PageExtract`]: strings as
//! the page wrote them plus the line they stand on. Vocabulary mapping happens later, in
//! `normalize`, so every format shares one set of rules. The format is chosen from the
//! content (see [`detect`]), not only the file extension: scrapers save HTML as `.txt` and
//! text as `.html` often enough.

pub mod csv_export;
pub mod decode;
pub mod html;
pub mod json_export;
pub mod tabular;
pub mod text;

use chrono::NaiveDate;

/// The formats a raw file can be read as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Flattened text of an interview-guide page (the seed's layout).
    Text,
    Html,
    Csv,
    Json,
}

impl Format {
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Html => "html",
            Format::Csv => "csv",
            Format::Json => "json",
        }
    }
}

/// Picks the format from the first bytes of the content, with the extension as a tie-break.
pub fn detect(file_name: &str, text: &str) -> Format {
    let head: String = text.trim_start().chars().take(2048).collect();
    let lower = head.to_lowercase();
    let ext = file_name
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    if lower.starts_with("<!doctype html")
        || lower.starts_with("<html")
        || (lower.starts_with('<')
            && [
                "<body", "<div", "<h1", "<h2", "<h3", "<p", "<table", "<ul", "<section", "<article", "<head",
            ]
            .iter()
            .any(|t| lower.contains(t)))
    {
        return Format::Html;
    }
    if (head.starts_with('[') || head.starts_with('{'))
        && (ext == "json" || ext == "jsonl" || ext == "ndjson" || head.contains("\":"))
    {
        return Format::Json;
    }
    if ext == "csv" || ext == "tsv" || looks_like_csv_header(&head) {
        return Format::Csv;
    }
    Format::Text
}

/// A first line that splits on `,`, `;` or tab into cells of which at least two are known
/// review or salary columns (`date,title,offer,experience,…`).
fn looks_like_csv_header(head: &str) -> bool {
    let first = head.lines().next().unwrap_or("");
    [',', ';', '\t'].iter().any(|d| {
        let cells: Vec<&str> = first.split(*d).map(|c| c.trim().trim_matches('"')).collect();
        cells.len() >= 3 && tabular::row_kind(&cells) != tabular::RowKind::Unknown
    })
}

/// Everything one page yields, as written. Line numbers are 1-based.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PageExtract {
    /// Company names seen in headings (`backbase Interview Questions and Answers`), in order.
    pub company_mentions: Vec<String>,
    /// The page's `Updated` date.
    pub page_date: Option<NaiveDate>,
    pub experiences: Vec<RawExperience>,
    /// Questions listed on the page outside any experience.
    pub page_questions: Vec<RawQuestion>,
    pub salaries: Vec<RawSalary>,
    pub hiring_steps: Vec<RawStep>,
    pub faq: Vec<RawFaq>,
    pub tables: Vec<RawTable>,
    pub sections: Vec<RawSection>,
    /// Problems found while reading: each becomes a quarantine row.
    pub issues: Vec<Issue>,
}

impl PageExtract {
    /// True when the page gave nothing but prose.
    pub fn has_structured_content(&self) -> bool {
        !(self.experiences.is_empty()
            && self.page_questions.is_empty()
            && self.salaries.is_empty()
            && self.hiring_steps.is_empty()
            && self.faq.is_empty()
            && self.tables.is_empty())
    }
}

/// A field value and the line it was read from.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    pub value: String,
    pub line: usize,
}

/// One interview experience with its fields as written; `None` is a field the record does
/// not have or left empty (`Difficulty:` with nothing after it).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RawExperience {
    pub line: usize,
    pub role: String,
    /// A company named by the record itself (`… Interview Experience at Acme`).
    pub company: Option<String>,
    pub candidate: Option<String>,
    pub level: Option<String>,
    pub applied_via: Option<String>,
    pub difficulty: Option<String>,
    pub outcome: Option<String>,
    pub rounds: Option<Field>,
    pub questions: Vec<RawQuestion>,
    pub advice: Option<String>,
    pub narrative: Option<String>,
    pub salary: Option<RawSalary>,
    pub location: Option<String>,
    pub interview_date: Option<String>,
    pub review_date: Option<String>,
    pub duration: Option<String>,
    pub sentiment: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RawQuestion {
    pub line: usize,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RawSalary {
    pub line: usize,
    pub role: Option<String>,
    /// A company named by the row itself (job-listing exports carry one per row).
    pub company: Option<String>,
    pub text: String,
    /// Text around the value that may state period or currency (the table's header cell).
    pub context: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RawStep {
    pub line: usize,
    pub name: String,
    pub description: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RawFaq {
    pub line: usize,
    pub question: String,
    pub answer: Option<String>,
}

/// A table that is not a salary table, with its header and rows of cells.
#[derive(Debug, Clone, PartialEq)]
pub struct RawTable {
    pub title: String,
    pub header: Vec<String>,
    /// (line, cells)
    pub rows: Vec<(usize, Vec<String>)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RawSection {
    pub line: usize,
    pub heading: Option<String>,
    pub text: String,
}

/// A problem in the input. `error` means something was not ingested; `warning` means it
/// was, but part of it was not understood.
#[derive(Debug, Clone, PartialEq)]
pub struct Issue {
    pub line: Option<usize>,
    pub severity: Severity,
    pub reason: String,
    pub excerpt: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    Error,
    Warning,
}

impl Issue {
    pub fn warning(line: usize, reason: impl Into<String>, excerpt: &str) -> Self {
        Issue {
            line: Some(line),
            severity: Severity::Warning,
            reason: reason.into(),
            excerpt: (!excerpt.is_empty()).then(|| excerpt.to_string()),
        }
    }

    pub fn error(line: Option<usize>, reason: impl Into<String>, excerpt: Option<&str>) -> Self {
        Issue {
            line,
            severity: Severity::Error,
            reason: reason.into(),
            excerpt: excerpt.map(str::to_string),
        }
    }
}

/// Reads one decoded file in the given format.
pub fn extract(format: Format, text: &str) -> PageExtract {
    match format {
        Format::Text => text::parse_page(text),
        Format::Html => html::parse_html(text),
        Format::Csv => rows_page(csv_export::parse_csv(text)),
        Format::Json => rows_page(json_export::parse_json(text)),
    }
}

/// Rows of an export → records, with the format's own problems added.
fn rows_page((columns, rows, issues): (Vec<String>, Vec<tabular::Row>, Vec<Issue>)) -> PageExtract {
    let names: Vec<&str> = columns.iter().map(String::as_str).collect();
    let mut page = if rows.is_empty() && !issues.is_empty() {
        PageExtract::default()
    } else {
        tabular::rows_to_page(&rows, &names)
    };
    page.issues.extend(issues);
    page
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_by_content_not_extension() {
        assert_eq!(
            detect("page.txt", "<!DOCTYPE html><html><body>x</body></html>"),
            Format::Html
        );
        assert_eq!(detect("page.txt", "  <div class=card><h3>UX</h3></div>"), Format::Html);
        assert_eq!(detect("export.txt", "[{\"title\": \"x\"}]"), Format::Json);
        assert_eq!(detect("export.json", "{\"a\":1}\n{\"a\":2}"), Format::Json);
        assert_eq!(detect("reviews.csv", "date,title\n"), Format::Csv);
        assert_eq!(detect("guide.html", "Company Background\nSome text"), Format::Text);
        assert_eq!(detect("guide.txt", "Backbase <3 fintech"), Format::Text);
        assert_eq!(detect("export.txt", "date,title,offer,experience\n"), Format::Csv);
        assert_eq!(detect("notes.txt", "Hello, world, again\n"), Format::Text);
    }
}
