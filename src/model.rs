//! The record types of processed/: the schema, documented field by field.
//!
//! Every table is declared once with [`table_record!`], which derives the serde struct and
//! the column list (name, storage type, meaning) that the CSV header, the Parquet schema and
//! the docs are built from, so they cannot drift apart. The contract itself (file names,
//! vocabularies) is in DESIGN.md; columns beyond it are documented in docs/schema.md.

/// How a column is stored in Parquet. CSV stores everything as text; an empty cell is null.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColumnType {
    Str,
    Int,
    Float,
    /// ISO 8601 calendar date (`2026-02-21`).
    Date,
}

/// One column of a table: its name, storage type, meaning and whether it may be null (from
/// the field's Rust type: `Option<…>` or not).
#[derive(Debug, Clone, Copy)]
pub struct Column {
    pub name: &'static str,
    pub kind: ColumnType,
    pub doc: &'static str,
    pub nullable: bool,
}

impl ColumnType {
    /// The type's name in schema.json and the docs.
    pub fn name(self) -> &'static str {
        match self {
            ColumnType::Str => "string",
            ColumnType::Int => "int64",
            ColumnType::Float => "float64",
            ColumnType::Date => "date",
        }
    }
}

/// A row type of one processed/ table.
pub trait TableRecord: serde::Serialize {
    /// File stem in processed/ (`experiences` → experiences.csv, experiences.parquet).
    const TABLE: &'static str;
    const COLUMNS: &'static [Column];
    /// The rows column by column, in `COLUMNS` order, for columnar (Parquet) writing. Text is
    /// borrowed from the rows, not copied.
    fn column_data(rows: &[Self]) -> Vec<ColumnData<'_>>
    where
        Self: Sized;
}

/// The values of one column. Date columns hold ISO text and are typed when written.
#[derive(Debug, Clone, PartialEq)]
pub enum ColumnData<'a> {
    Str(Vec<Option<&'a str>>),
    Int(Vec<Option<i64>>),
    Float(Vec<Option<f64>>),
}

impl ColumnData<'_> {
    pub fn with_kind(kind: ColumnType, capacity: usize) -> Self {
        match kind {
            ColumnType::Str | ColumnType::Date => ColumnData::Str(Vec::with_capacity(capacity)),
            ColumnType::Int => ColumnData::Int(Vec::with_capacity(capacity)),
            ColumnType::Float => ColumnData::Float(Vec::with_capacity(capacity)),
        }
    }
}

/// A field type that can be stored in a column.
pub trait Cell {
    /// Whether the column may hold nulls.
    const NULLABLE: bool = false;
    fn push_to<'a>(&'a self, column: &mut ColumnData<'a>);
}

impl Cell for String {
    fn push_to<'a>(&'a self, column: &mut ColumnData<'a>) {
        if let ColumnData::Str(v) = column {
            v.push(Some(self.as_str()));
        }
    }
}

impl Cell for Option<String> {
    const NULLABLE: bool = true;
    fn push_to<'a>(&'a self, column: &mut ColumnData<'a>) {
        if let ColumnData::Str(v) = column {
            v.push(self.as_deref());
        }
    }
}

impl Cell for i64 {
    fn push_to<'a>(&'a self, column: &mut ColumnData<'a>) {
        if let ColumnData::Int(v) = column {
            v.push(Some(*self));
        }
    }
}

impl Cell for Option<i64> {
    const NULLABLE: bool = true;
    fn push_to<'a>(&'a self, column: &mut ColumnData<'a>) {
        if let ColumnData::Int(v) = column {
            v.push(*self);
        }
    }
}

impl Cell for Option<f64> {
    const NULLABLE: bool = true;
    fn push_to<'a>(&'a self, column: &mut ColumnData<'a>) {
        if let ColumnData::Float(v) = column {
            v.push(*self);
        }
    }
}

/// Declares a table record: the struct, its serde derive and its [`TableRecord`] columns.
macro_rules! table_record {
    (
        $(#[doc = $sdoc:expr])*
        pub struct $name:ident in $table:literal {
            $( $(#[doc = $doc:expr])* pub $field:ident : $ty:ty => $kind:ident ),* $(,)?
        }
    ) => {
        $(#[doc = $sdoc])*
        #[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
        pub struct $name { $( $(#[doc = $doc])* pub $field: $ty ),* }

        impl $crate::model::TableRecord for $name {
            const TABLE: &'static str = $table;
            const COLUMNS: &'static [$crate::model::Column] = &[ $(
                $crate::model::Column {
                    name: stringify!($field),
                    kind: $crate::model::ColumnType::$kind,
                    doc: concat!($($doc, " "),*),
                    nullable: <$ty as $crate::model::Cell>::NULLABLE,
                }
            ),* ];

            fn column_data(rows: &[Self]) -> Vec<$crate::model::ColumnData<'_>> {
                let mut columns: Vec<$crate::model::ColumnData<'_>> = Self::COLUMNS
                    .iter()
                    .map(|c| $crate::model::ColumnData::with_kind(c.kind, rows.len()))
                    .collect();
                for row in rows {
                    let mut cells = columns.iter_mut();
                    $( if let Some(column) = cells.next() {
                        $crate::model::Cell::push_to(&row.$field, column);
                    } )*
                }
                columns
            }
        }
    };
}

table_record! {
    /// One interview experience as a candidate reported it.
    pub struct Experience in "experiences" {
        /// Stable id from the record's content: the same record ingested again gets the same id.
        pub experience_id: String => Str,
        /// Canonical company name (`Backbase`, not `backbase`).
        pub company: String => Str,
        /// Role title as written, trimmed.
        pub role: String => Str,
        /// engineering, data, product, design, sales, customer_success, marketing, operations, hr, finance, other.
        pub role_family: String => Str,
        /// intern, junior, mid, senior, lead, executive, or null.
        pub experience_level: Option<String> => Str,
        /// The level text as written (`Mid-level`).
        pub experience_level_raw: Option<String> => Str,
        /// The raw channel text (`LinkedIn`).
        pub applied_via: Option<String> => Str,
        /// job_board, company_site, online, referral, recruiter, campus, agency, in_person, other, or null.
        pub channel: Option<String> => Str,
        /// easy, medium, hard, or null.
        pub difficulty: Option<String> => Str,
        /// The difficulty text as written.
        pub difficulty_raw: Option<String> => Str,
        /// offer, declined, rejected, withdrew, pending, or null when not stated.
        pub outcome: Option<String> => Str,
        /// The outcome text as written (`Rejected`).
        pub outcome_raw: Option<String> => Str,
        /// Number of interview rounds, or null.
        pub rounds: Option<i64> => Int,
        /// Number of questions listed for this experience.
        pub questions: i64 => Int,
        /// Keyed pseudonym of the candidate name (null when no name was given).
        pub candidate_key: Option<String> => Str,
        /// The candidate name as written: null unless --keep-names.
        pub candidate_name: Option<String> => Str,
        /// The page's `Updated` date, or null.
        pub page_date: Option<String> => Date,
        /// positive, neutral, negative, or null.
        pub sentiment: Option<String> => Str,
        /// Length of the hiring process in days, or null.
        pub duration_days: Option<i64> => Int,
        /// When the interview happened (first day of the stated month), or null.
        pub interview_date: Option<String> => Date,
        /// When the experience was written up, or null.
        pub review_date: Option<String> => Date,
        /// City or region of the interview as stated, or null.
        pub location: Option<String> => Str,
        /// The `Advice` text.
        pub advice: Option<String> => Str,
        /// The `Full Experience` text.
        pub narrative: Option<String> => Str,
        /// File relative to the raw folder.
        pub source_file: String => Str,
        /// 1-based line where the record starts.
        pub source_line: i64 => Int,
        /// The format the file was read as (`text`).
        pub source_format: String => Str,
    }
}

table_record! {
    /// One interview question, inside an experience or listed on the page.
    pub struct Question in "questions" {
        /// Stable id from the experience (or page), position and text.
        pub question_id: String => Str,
        /// The experience it was asked in; null for questions listed on the page outside any experience.
        pub experience_id: Option<String> => Str,
        /// Canonical company name.
        pub company: String => Str,
        /// Role of the experience; null for page-level questions.
        pub role: Option<String> => Str,
        /// 1-based position in its list.
        pub position: i64 => Int,
        /// The question as written, without bullet or surrounding quotes.
        pub text: String => Str,
        /// Lower case, accents, quotes and punctuation folded, spaces collapsed.
        pub normalized: String => Str,
        /// Questions with the same cluster_id are wordings of one question.
        pub cluster_id: String => Str,
        /// coding, system_design, technical_knowledge, behavioral, situational, motivation, role_specific, other.
        pub category: String => Str,
        /// The taxonomy phrase that decided the category (`linked list`); null for `other`.
        pub category_rule: Option<String> => Str,
        /// File relative to the raw folder.
        pub source_file: String => Str,
        /// 1-based line in the file where the row's text starts.
        pub source_line: i64 => Int,
    }
}

table_record! {
    /// One salary statement (a table row or a field of an experience).
    pub struct Salary in "salaries" {
        /// Canonical company name.
        pub company: String => Str,
        pub role: Option<String> => Str,
        /// Role family of `role` (same vocabulary as experiences).
        pub role_family: Option<String> => Str,
        /// ISO 4217 code, or null when the text names none.
        pub currency: Option<String> => Str,
        /// year, month, week, day, hour.
        pub period: Option<String> => Str,
        /// Lower bound as stated, in `period` units.
        pub amount_min: Option<f64> => Float,
        /// Upper bound as stated; null when open-ended (`$120,000+`).
        pub amount_max: Option<f64> => Float,
        /// amount_min annualized (month x12, week x52, day x260, hour x2080 by default).
        pub annual_min: Option<f64> => Float,
        /// amount_max annualized; null when open-ended.
        pub annual_max: Option<f64> => Float,
        /// What the text adds beside the numbers (`plus commission`, `open-ended`).
        pub note: Option<String> => Str,
        /// The salary text as written.
        pub raw: String => Str,
        /// ok, assumed (currency or period inferred, see note), no_amount (`Negotiable`), unparsed.
        pub parse_status: String => Str,
        /// The experience the salary was reported in, or null for page tables.
        pub experience_id: Option<String> => Str,
        /// File relative to the raw folder.
        pub source_file: String => Str,
        /// 1-based line in the file where the row's text starts.
        pub source_line: i64 => Int,
    }
}

table_record! {
    /// One step of the hiring process as the page describes it.
    pub struct HiringStep in "hiring_steps" {
        /// Canonical company name.
        pub company: String => Str,
        /// 1-based order on the page.
        pub seq: i64 => Int,
        /// Step name (`Application Review`).
        pub step: String => Str,
        /// The text after the step name.
        pub description: Option<String> => Str,
        /// File relative to the raw folder.
        pub source_file: String => Str,
        /// 1-based line in the file where the row's text starts.
        pub source_line: i64 => Int,
    }
}

table_record! {
    /// One question/answer pair of a page's FAQ section.
    pub struct Faq in "faq" {
        /// Canonical company name.
        pub company: String => Str,
        /// 1-based order on the page.
        pub position: i64 => Int,
        /// The question as written.
        pub question: String => Str,
        /// The answer text; null when the page gives none.
        pub answer: Option<String> => Str,
        /// File relative to the raw folder.
        pub source_file: String => Str,
        /// 1-based line in the file where the row's text starts.
        pub source_line: i64 => Int,
    }
}

table_record! {
    /// One cell of a table on a page that is not a salary table, in long format.
    pub struct PageTableCell in "page_tables" {
        /// Canonical company name.
        pub company: String => Str,
        /// The heading the table stands under (`Comparison With Other Employers`).
        pub table: String => Str,
        /// The row's first cell (`Technical Focus`).
        pub row: String => Str,
        /// The column header (`Traditional Banks`).
        pub column: String => Str,
        /// The cell text; null for an empty cell.
        pub value: Option<String> => Str,
        /// File relative to the raw folder.
        pub source_file: String => Str,
        /// Line of the table row.
        pub source_line: i64 => Int,
    }
}

table_record! {
    /// One prose section of a page: its heading and text, so nothing on a page is lost.
    pub struct PageSection in "page_sections" {
        /// Canonical company name.
        pub company: String => Str,
        /// 1-based order on the page.
        pub seq: i64 => Int,
        /// The heading line; null for text before the first heading.
        pub heading: Option<String> => Str,
        /// The section's lines, joined with line breaks.
        pub text: Option<String> => Str,
        /// File relative to the raw folder.
        pub source_file: String => Str,
        /// 1-based line in the file where the row's text starts.
        pub source_line: i64 => Int,
    }
}

table_record! {
    /// One stage of an interview loop as the candidate's narrative orders it
    /// (`online_test` → `technical_interview` → `final_round`).
    pub struct Stage in "stages" {
        /// The experience whose narrative names the stage.
        pub experience_id: String => Str,
        /// 1-based order in the narrative.
        pub seq: i64 => Int,
        /// online_test, take_home, recruiter_screen, phone_screen, technical_interview, system_design, case_study, portfolio_review, role_play, behavioral_interview, group_discussion, team_interview, final_round, hiring_manager, executive, hr_interview, offer.
        pub stage: String => Str,
        /// The words of the narrative that name it (`technical phone interview`).
        pub text: String => Str,
        /// File relative to the raw folder.
        pub source_file: String => Str,
        /// 1-based line of the experience's record in the file.
        pub source_line: i64 => Int,
    }
}

table_record! {
    /// An input, or a part of one, that could not be ingested as it stands.
    pub struct QuarantineEntry in "quarantine" {
        /// File relative to the raw folder.
        pub source_file: String => Str,
        /// 1-based line, or null for the whole file.
        pub source_line: Option<i64> => Int,
        /// error: the input is not in the tables; warning: ingested, but a value was not understood.
        pub severity: String => Str,
        /// A reason a person understands.
        pub reason: String => Str,
        /// The start of the offending text (at most 200 characters).
        pub excerpt: Option<String> => Str,
    }
}

table_record! {
    /// Input seen twice: a file with the same content as another, or an experience with the
    /// same experience_id. Kept once; the copy is listed here.
    pub struct Duplicate in "duplicates" {
        /// file or experience.
        pub kind: String => Str,
        /// The experience_id, or the file's content hash.
        pub id: String => Str,
        /// File relative to the raw folder.
        pub source_file: String => Str,
        /// 1-based line in the file where the row's text starts.
        pub source_line: i64 => Int,
        /// Where the kept copy was read.
        pub kept_file: String => Str,
        /// Line of the kept copy.
        pub kept_line: i64 => Int,
    }
}

table_record! {
    /// Per raw file: the records found and the share of experiences with each field filled,
    /// so a site layout change shows up as a drop rather than as silently empty columns.
    pub struct Coverage in "coverage" {
        pub source_file: String => Str,
        /// The format the file was read as; null when it could not be decoded.
        pub source_format: Option<String> => Str,
        pub experiences: i64 => Int,
        pub questions: i64 => Int,
        pub salaries: i64 => Int,
        /// Quarantine rows of this file with severity error.
        pub errors: i64 => Int,
        /// Quarantine rows of this file with severity warning.
        pub warnings: i64 => Int,
        /// Share (0-1) of the file's experiences with experience_level filled; null without experiences.
        pub filled_experience_level: Option<f64> => Float,
        pub filled_channel: Option<f64> => Float,
        pub filled_difficulty: Option<f64> => Float,
        pub filled_outcome: Option<f64> => Float,
        pub filled_rounds: Option<f64> => Float,
        /// Share of experiences listing at least one question.
        pub filled_questions: Option<f64> => Float,
        pub filled_candidate_key: Option<f64> => Float,
        pub filled_page_date: Option<f64> => Float,
        pub filled_sentiment: Option<f64> => Float,
        pub filled_duration_days: Option<f64> => Float,
        pub filled_interview_date: Option<f64> => Float,
        pub filled_review_date: Option<f64> => Float,
        pub filled_location: Option<f64> => Float,
        pub filled_advice: Option<f64> => Float,
        pub filled_narrative: Option<f64> => Float,
    }
}

impl QuarantineEntry {
    pub fn error(file: &str, line: Option<usize>, reason: impl Into<String>, excerpt: Option<&str>) -> Self {
        Self::new("error", file, line, reason, excerpt)
    }

    pub fn warning(file: &str, line: Option<usize>, reason: impl Into<String>, excerpt: Option<&str>) -> Self {
        Self::new("warning", file, line, reason, excerpt)
    }

    fn new(severity: &str, file: &str, line: Option<usize>, reason: impl Into<String>, excerpt: Option<&str>) -> Self {
        QuarantineEntry {
            source_file: file.to_string(),
            source_line: line.map(|l| l as i64),
            severity: severity.to_string(),
            reason: reason.into(),
            excerpt: excerpt.map(|e| e.chars().take(200).collect()),
        }
    }

    pub fn is_error(&self) -> bool {
        self.severity == "error"
    }
}

/// All processed/ tables of one ingest.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Tables {
    pub experiences: Vec<Experience>,
    pub questions: Vec<Question>,
    pub salaries: Vec<Salary>,
    pub hiring_steps: Vec<HiringStep>,
    pub faq: Vec<Faq>,
    pub page_tables: Vec<PageTableCell>,
    pub page_sections: Vec<PageSection>,
    pub stages: Vec<Stage>,
    pub quarantine: Vec<QuarantineEntry>,
    pub duplicates: Vec<Duplicate>,
    /// Computed after merging, not per file.
    #[serde(skip)]
    pub coverage: Vec<Coverage>,
}

impl Tables {
    pub fn append(&mut self, mut other: Tables) {
        self.experiences.append(&mut other.experiences);
        self.questions.append(&mut other.questions);
        self.salaries.append(&mut other.salaries);
        self.hiring_steps.append(&mut other.hiring_steps);
        self.faq.append(&mut other.faq);
        self.page_tables.append(&mut other.page_tables);
        self.page_sections.append(&mut other.page_sections);
        self.stages.append(&mut other.stages);
        self.quarantine.append(&mut other.quarantine);
        self.duplicates.append(&mut other.duplicates);
    }

    /// Puts every table in its documented order: by source file, then line, then position.
    /// Sorting is stable, so rows from one line keep page order.
    pub fn sort(&mut self) {
        sort_by_key(&mut self.experiences, |r| (&r.source_file, r.source_line, 0));
        sort_by_key(&mut self.questions, |r| (&r.source_file, r.source_line, r.position));
        sort_by_key(&mut self.salaries, |r| (&r.source_file, r.source_line, 0));
        sort_by_key(&mut self.hiring_steps, |r| (&r.source_file, r.seq, 0));
        sort_by_key(&mut self.faq, |r| (&r.source_file, r.position, 0));
        sort_by_key(&mut self.page_tables, |r| (&r.source_file, r.source_line, 0));
        sort_by_key(&mut self.page_sections, |r| (&r.source_file, r.seq, 0));
        sort_by_key(&mut self.stages, |r| (&r.source_file, r.source_line, r.seq));
        sort_by_key(&mut self.quarantine, |r| {
            (&r.source_file, r.source_line.unwrap_or(-1), 0)
        });
        sort_by_key(&mut self.duplicates, |r| (&r.source_file, r.source_line, 0));
    }

    /// Reserves room in each table for the rows of all of `parts` (one allocation per table
    /// instead of repeated growth while appending).
    pub fn reserve_for<'a>(&mut self, parts: impl Iterator<Item = &'a Tables> + Clone) {
        self.experiences
            .reserve(parts.clone().map(|t| t.experiences.len()).sum());
        self.questions.reserve(parts.clone().map(|t| t.questions.len()).sum());
        self.salaries.reserve(parts.clone().map(|t| t.salaries.len()).sum());
        self.hiring_steps
            .reserve(parts.clone().map(|t| t.hiring_steps.len()).sum());
        self.faq.reserve(parts.clone().map(|t| t.faq.len()).sum());
        self.page_tables
            .reserve(parts.clone().map(|t| t.page_tables.len()).sum());
        self.page_sections
            .reserve(parts.clone().map(|t| t.page_sections.len()).sum());
        self.stages.reserve(parts.clone().map(|t| t.stages.len()).sum());
        self.quarantine.reserve(parts.map(|t| t.quarantine.len()).sum());
    }

    pub fn error_count(&self) -> usize {
        self.quarantine.iter().filter(|q| q.is_error()).count()
    }
}

/// Stable sort by (file, line, position). Rows arrive file by file in page order, so they are
/// usually sorted already: checking that is one pass, sorting is not needed then.
fn sort_by_key<T>(rows: &mut [T], key: impl Fn(&T) -> (&String, i64, i64)) {
    if !rows.is_sorted_by(|a, b| key(a) <= key(b)) {
        rows.sort_by(|a, b| key(a).cmp(&key(b)));
    }
}

/// One processed/ table: its file stem, what a row is, and its columns.
#[derive(Debug, Clone, Copy)]
pub struct TableInfo {
    pub name: &'static str,
    pub row: &'static str,
    pub columns: &'static [Column],
}

impl TableInfo {
    pub fn column(&self, name: &str) -> Option<&'static Column> {
        self.columns.iter().find(|c| c.name == name)
    }
}

fn info<T: TableRecord>(row: &'static str) -> TableInfo {
    TableInfo {
        name: T::TABLE,
        row,
        columns: T::COLUMNS,
    }
}

/// Every processed/ table, in the order of the docs.
pub fn tables() -> [TableInfo; 11] {
    [
        info::<Experience>("one row per interview experience"),
        info::<Question>("one row per question"),
        info::<Salary>("one row per salary statement"),
        info::<HiringStep>("one row per hiring-process step"),
        info::<Faq>("one row per FAQ question and answer"),
        info::<PageTableCell>("one row per cell of a non-salary table"),
        info::<PageSection>("one row per prose section of a page"),
        info::<Stage>("one row per interview stage a narrative names, in order"),
        info::<QuarantineEntry>("one row per input problem"),
        info::<Duplicate>("one row per input seen twice"),
        info::<Coverage>("one row per raw file: extraction coverage"),
    ]
}

/// The table of that name.
pub fn table_info(name: &str) -> Option<TableInfo> {
    tables().into_iter().find(|t| t.name == name)
}

const ROLE_FAMILIES: &[&str] = &[
    "engineering",
    "data",
    "product",
    "design",
    "sales",
    "customer_success",
    "marketing",
    "operations",
    "hr",
    "finance",
    "other",
];

/// The fixed vocabularies, as (table, column, accepted values): the data tests check every
/// value against them and the data dictionary lists them. `questions.category` is not here:
/// its values come from the taxonomy in use (an editable file), and `stages.stage` from
/// [`crate::normalize::stages::vocabulary`].
pub const VOCABULARIES: &[(&str, &str, &[&str])] = &[
    ("experiences", "role_family", ROLE_FAMILIES),
    (
        "experiences",
        "experience_level",
        &["intern", "junior", "mid", "senior", "lead", "executive"],
    ),
    (
        "experiences",
        "channel",
        &[
            "job_board",
            "company_site",
            "online",
            "referral",
            "recruiter",
            "campus",
            "agency",
            "in_person",
            "other",
        ],
    ),
    ("experiences", "difficulty", &["easy", "medium", "hard"]),
    (
        "experiences",
        "outcome",
        &["offer", "declined", "rejected", "withdrew", "pending"],
    ),
    ("experiences", "sentiment", &["positive", "neutral", "negative"]),
    ("experiences", "source_format", &["text", "html", "csv", "json"]),
    ("salaries", "role_family", ROLE_FAMILIES),
    ("salaries", "period", &["year", "month", "week", "day", "hour"]),
    ("salaries", "parse_status", &crate::normalize::salary::PARSE_STATUSES),
    ("quarantine", "severity", &["error", "warning"]),
    ("duplicates", "kind", &["file", "experience"]),
    ("coverage", "source_format", &["text", "html", "csv", "json"]),
];

/// The accepted values of a column with a vocabulary the program fixes: [`VOCABULARIES`]
/// and the stage names (`questions.category` depends on the taxonomy in use).
pub fn accepted_values(table: &str, column: &str) -> Option<Vec<&'static str>> {
    if (table, column) == ("stages", "stage") {
        let mut names: Vec<&'static str> = crate::normalize::stages::vocabulary().collect();
        names.dedup();
        return Some(names);
    }
    vocabulary(table, column).map(<[&str]>::to_vec)
}

/// The accepted values of a fixed-vocabulary column.
pub fn vocabulary(table: &str, column: &str) -> Option<&'static [&'static str]> {
    VOCABULARIES
        .iter()
        .find(|(t, c, _)| *t == table && *c == column)
        .map(|(_, _, v)| *v)
}

/// The processed/ tables' column reference as Markdown (docs/schema.md is this text; a test
/// keeps the file in step with the code).
pub fn schema_markdown() -> String {
    let mut out = String::from(
        "# processed/ schema\n\nGenerated from `src/model.rs` (run `UPDATE_SCHEMA_DOC=1 cargo test schema_doc` after changing a record type).\n\
         Every table is written as `NAME.csv` and `NAME.parquet` with the same rows. CSV stores every value as text and an empty cell is null;\n\
         Parquet uses the type given here. Columns beyond DESIGN.md: `experience_level_raw`, `difficulty_raw`, `outcome_raw` and\n\
         `candidate_name` in experiences; `experience_id` in salaries; the tables `page_sections`, `stages`, `duplicates` and `coverage`.\n",
    );
    for t in tables() {
        out.push_str(&format!(
            "\n## `{}` — {}\n\n| column | type | meaning |\n|---|---|---|\n",
            t.name, t.row
        ));
        for c in t.columns {
            out.push_str(&format!(
                "| {} | {} | {} |\n",
                c.name,
                c.kind.name(),
                c.doc.trim().replace('|', "\\|")
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schema_doc_matches_the_code() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/schema.md");
        let generated = schema_markdown();
        if std::env::var("UPDATE_SCHEMA_DOC").is_ok() {
            std::fs::write(&path, &generated).unwrap();
        }
        let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            on_disk == generated,
            "docs/schema.md is stale: run `UPDATE_SCHEMA_DOC=1 cargo test schema_doc`"
        );
    }

    #[test]
    fn column_data_follows_column_order() {
        let rows = vec![Faq {
            company: "A".into(),
            position: 2,
            question: "Q?".into(),
            answer: None,
            source_file: "f".into(),
            source_line: 7,
        }];
        let cols = Faq::column_data(&rows);
        assert_eq!(cols.len(), Faq::COLUMNS.len());
        assert_eq!(cols[1], ColumnData::Int(vec![Some(2)]));
        assert_eq!(cols[3], ColumnData::Str(vec![None]));
        assert_eq!(cols[5], ColumnData::Int(vec![Some(7)]));
    }
}
