//! `ingest`: every file under raw/ → the processed/ tables.
//!
//! Files are read and parsed in parallel (one rayon task per file), then merged in path
//! order, so the output does not depend on scheduling. A file that cannot be read or parsed
//! goes to quarantine with its reason and the batch goes on; even a parser bug (a panic) is
//! caught per file. Tables are replaced atomically and the manifest is written last.

use super::ExitCode;
use crate::model::{Duplicate, QuarantineEntry, Tables};
use crate::normalize::page::{page_rows, FileContext, NormalizeOptions};
use crate::normalize::salary::Annualization;
use crate::normalize::salary_checks::{flag_implausible, SalaryBounds};
use crate::sources::{self, decode};
use crate::store::cache::{ParseCache, ParsedRows};
use crate::store::manifest::{self, InputFile, Manifest};
use crate::store::{self, atomic};
use anyhow::{bail, Context, Result};
use rayon::prelude::*;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::time::Instant;

/// The processed/ tables, by file stem.
pub const TABLES: [&str; 10] = [
    "experiences",
    "questions",
    "salaries",
    "hiring_steps",
    "faq",
    "page_tables",
    "page_sections",
    "quarantine",
    "duplicates",
    "coverage",
];

/// Version of the processed/ table layout (column names and meanings).
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Debug, clap::Args)]
pub struct IngestArgs {
    /// Folder of raw dumps to read (searched recursively; files and folders starting with `.` are skipped).
    #[arg(long, default_value = "raw")]
    pub raw: PathBuf,
    /// Folder for the processed tables.
    #[arg(long, default_value = "processed")]
    pub processed: PathBuf,
    /// Write candidate names into experiences.candidate_name (off: only a keyed pseudonym).
    #[arg(long)]
    pub keep_names: bool,
    /// Company for pages whose text, folder and file name name none.
    #[arg(long)]
    pub company: Option<String>,
    /// Annualization multipliers, e.g. `month=12,week=52,day=260,hour=2080`.
    #[arg(long, default_value = "month=12,week=52,day=260,hour=2080", value_parser = parse_annualization)]
    pub annualize: Annualization,
    /// File holding the secret key of candidate pseudonyms (created on first use). The
    /// INTERVIEW_PIPELINE_KEY environment variable (64 hex digits) takes precedence.
    #[arg(long, default_value = ".interview-pipeline.key")]
    pub key_file: PathBuf,
    /// Annual salary range outside which an amount is implausible (left out of aggregates).
    #[arg(long, default_value = "500..200000000", value_parser = parse_bounds)]
    pub salary_bounds: SalaryBounds,
    /// Exit 1 when anything at all is in quarantine, warnings included.
    #[arg(long)]
    pub strict: bool,
}

fn parse_annualization(s: &str) -> Result<Annualization, String> {
    Annualization::parse(s)
}

fn parse_bounds(s: &str) -> Result<SalaryBounds, String> {
    SalaryBounds::parse(s)
}

/// What an ingest did, for the summary line and the exit code.
#[derive(Debug, Clone, Default)]
pub struct IngestOutcome {
    pub files: usize,
    pub bytes: u64,
    pub experiences: usize,
    pub questions: usize,
    pub salaries: usize,
    pub errors: usize,
    pub warnings: usize,
}

impl IngestOutcome {
    fn from_manifest(m: &Manifest, files: usize, bytes: u64) -> Self {
        let count = |t: &str| m.tables.get(t).copied().unwrap_or(0);
        IngestOutcome {
            files,
            bytes,
            experiences: count("experiences"),
            questions: count("questions"),
            salaries: count("salaries"),
            errors: count("quarantine_errors"),
            warnings: count("quarantine") - count("quarantine_errors"),
        }
    }

    pub fn exit_code(&self, strict: bool) -> ExitCode {
        if self.errors > 0 || (strict && self.warnings > 0) {
            ExitCode::Quarantined
        } else {
            ExitCode::Clean
        }
    }
}

pub fn run(args: &IngestArgs, quiet: bool) -> Result<IngestOutcome> {
    let started = Instant::now();
    if !args.raw.is_dir() {
        bail!(
            "raw folder {} does not exist or is not a folder (set it with --raw)",
            args.raw.display()
        );
    }
    let opts = NormalizeOptions {
        keep_names: args.keep_names,
        pseudonym_key: load_or_create_key(&args.key_file)?,
        annualization: args.annualize,
        fallback_company: args.company.clone(),
    };
    std::fs::create_dir_all(&args.processed).with_context(|| format!("creating {}", args.processed.display()))?;
    atomic::clean_stale_temp_files(&args.processed);
    let settings = settings_hash(args, &opts);
    let previous = manifest::read(&args.processed)
        .filter(|m| m.code == env!("SOURCE_HASH") && m.settings == settings && m.schema_version == SCHEMA_VERSION);

    let phases = Phases::new();
    let (files, mut walk_problems) = discover(&args.raw);
    phases.mark("discover");
    let bytes: u64 = files.iter().map(|f| f.size).sum();
    if let Some(m) = previous
        .as_ref()
        .filter(|m| walk_problems.is_empty() && up_to_date(m, &files, &args.processed))
    {
        // Nothing changed since the last ingest: its tables stand.
        let outcome = IngestOutcome::from_manifest(m, files.len(), bytes);
        report_summary(&outcome, started, quiet, " (unchanged, nothing rewritten)");
        return Ok(outcome);
    }
    let known: HashMap<&str, &InputFile> = previous
        .iter()
        .flat_map(|m| m.inputs.iter())
        .map(|i| (i.file.as_str(), i))
        .collect();
    let cache = ParseCache::open(&args.processed);
    let progress = progress_bar(files.len() as u64, quiet);
    let parsed: Vec<ParsedFile> = files
        .par_iter()
        .map(|f| {
            let p = parse_file(f, &opts, &settings, &cache, known.get(f.rel.as_str()).copied());
            progress.inc(1);
            p
        })
        .collect();
    progress.finish_and_clear();
    phases.mark("parse");
    let keys: HashSet<String> = parsed.iter().filter_map(|p| p.cache_key.clone()).collect();
    let encoded: Vec<(String, Vec<u8>)> = parsed
        .par_iter()
        .filter(|p| !p.reused)
        .filter_map(|p| Some((p.cache_key.clone()?, ParseCache::encode(&p.rows)?)))
        .collect();
    phases.mark("cache-encode");
    // The shard files are written on a thread of their own while the tables are merged and
    // written; joined before the manifest, which must come last.
    let cache_writer = std::thread::spawn(move || cache.finish(&keys, encoded));
    let inputs: Vec<InputFile> = parsed.iter().map(|p| p.input.clone()).collect();
    let reparsed = parsed.iter().filter(|p| !p.reused).count();
    let formats: Vec<(String, Option<String>)> =
        parsed.iter().map(|p| (p.rel.clone(), p.rows.format.clone())).collect();

    let mut tables = merge(parsed);
    phases.mark("merge-concat");
    tables.quarantine.append(&mut walk_problems);
    tables.sort();
    phases.mark("merge-sort");
    drop_rows_of_duplicate_experiences(&mut tables);
    let mut implausible = flag_implausible(&mut tables.salaries, args.salary_bounds);
    tables.quarantine.append(&mut implausible);
    tables.sort();
    tables.coverage = crate::analytics::coverage::coverage(&tables, &formats);

    phases.mark("merge");
    write_tables(&args.processed, &tables)?;
    phases.mark("write");
    let m = Manifest {
        schema_version: SCHEMA_VERSION,
        code: env!("SOURCE_HASH").to_string(),
        settings,
        tables: table_counts(&tables),
        inputs,
    };
    if cache_writer.join().is_err() {
        // A failed cache write only costs a re-parse next time.
        eprintln!("warning: the parse cache could not be written; the next ingest parses every file again");
    }
    manifest::write(&args.processed, &m)?;

    let outcome = IngestOutcome {
        files: files.len(),
        bytes,
        experiences: tables.experiences.len(),
        questions: tables.questions.len(),
        salaries: tables.salaries.len(),
        errors: tables.error_count(),
        warnings: tables.quarantine.len() - tables.error_count(),
    };
    report_summary(
        &outcome,
        started,
        quiet,
        &format!(" ({reparsed} of {} files parsed, the rest unchanged)", outcome.files),
    );
    // Freeing millions of small strings takes seconds (measured 1-2 s on 300,000
    // experiences); the outputs are written, so let a thread of its own do it while `run`
    // goes on to the report.
    std::thread::spawn(move || drop(tables));
    Ok(outcome)
}

/// A bar over the files being read: drawn only on a terminal and without `-q`, so logs and
/// pipes get the one summary line.
fn progress_bar(files: u64, quiet: bool) -> indicatif::ProgressBar {
    use std::io::IsTerminal;
    if quiet || !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(files);
    if let Ok(style) = indicatif::ProgressStyle::with_template("ingest {bar:40} {pos}/{len} files {per_sec} eta {eta}")
    {
        bar.set_style(style);
    }
    bar
}

/// Phase timings on stderr when INTERVIEW_PIPELINE_TIMINGS is set (for profiling runs).
struct Phases {
    on: bool,
    last: std::cell::Cell<Instant>,
}

impl Phases {
    fn new() -> Self {
        Phases {
            on: std::env::var_os("INTERVIEW_PIPELINE_TIMINGS").is_some(),
            last: std::cell::Cell::new(Instant::now()),
        }
    }

    fn mark(&self, phase: &str) {
        if self.on {
            let now = Instant::now();
            eprintln!("  {phase}: {:.3} s", (now - self.last.get()).as_secs_f64());
            self.last.set(now);
        }
    }
}

fn report_summary(o: &IngestOutcome, started: Instant, quiet: bool, note: &str) {
    if quiet {
        return;
    }
    let secs = started.elapsed().as_secs_f64();
    eprintln!(
        "ingest: {} files ({:.1} MB) -> {} experiences, {} questions, {} salaries; quarantine: {} errors, {} warnings ({:.2} s, {:.1} MB/s){note}",
        o.files,
        o.bytes as f64 / 1e6,
        o.experiences,
        o.questions,
        o.salaries,
        o.errors,
        o.warnings,
        secs,
        o.bytes as f64 / 1e6 / secs.max(1e-9)
    );
}

/// Hash of every setting that shapes the rows: a change re-parses every file.
fn settings_hash(args: &IngestArgs, opts: &NormalizeOptions) -> String {
    let a = opts.annualization;
    let text = format!(
        "names={} key={} annualize={},{},{},{} company={:?} bounds={}..{}",
        opts.keep_names,
        blake3::hash(&opts.pseudonym_key).to_hex(),
        a.month,
        a.week,
        a.day,
        a.hour,
        opts.fallback_company,
        args.salary_bounds.min,
        args.salary_bounds.max
    );
    blake3::hash(text.as_bytes()).to_hex()[..32].to_string()
}

/// The same files with the same sizes and modification times as the manifest records, and
/// every table still on disk.
fn up_to_date(m: &Manifest, files: &[RawFile], processed: &Path) -> bool {
    m.inputs.len() == files.len()
        && m.inputs.iter().zip(files).all(|(i, f)| {
            i.file == f.rel
                && i.bytes == f.size
                && f.modified_ns.is_some()
                && i.modified_ns == f.modified_ns
                && !i.content_hash.is_empty()
        })
        && TABLES
            .iter()
            .all(|t| processed.join(format!("{t}.csv")).is_file() && processed.join(format!("{t}.parquet")).is_file())
}

fn table_counts(t: &Tables) -> std::collections::BTreeMap<String, usize> {
    [
        ("experiences", t.experiences.len()),
        ("questions", t.questions.len()),
        ("salaries", t.salaries.len()),
        ("hiring_steps", t.hiring_steps.len()),
        ("faq", t.faq.len()),
        ("page_tables", t.page_tables.len()),
        ("page_sections", t.page_sections.len()),
        ("quarantine", t.quarantine.len()),
        ("quarantine_errors", t.error_count()),
        ("duplicates", t.duplicates.len()),
        ("coverage", t.coverage.len()),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect()
}

/// A file found under raw/.
#[derive(Debug, Clone)]
struct RawFile {
    path: PathBuf,
    /// Relative to raw/, `/`-separated.
    rel: String,
    size: u64,
    modified_ns: Option<u64>,
}

/// Every regular file under `raw`, in path order. Hidden entries are skipped (editor and
/// VCS files); symbolic links are not followed and are reported.
fn discover(raw: &Path) -> (Vec<RawFile>, Vec<QuarantineEntry>) {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    let walker = walkdir::WalkDir::new(raw)
        .follow_links(false)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
    for entry in walker {
        let entry = match entry {
            Ok(e) => e,
            Err(err) => {
                let rel = err.path().map(|p| rel_path(raw, p)).unwrap_or_default();
                problems.push(QuarantineEntry::error(
                    &rel,
                    None,
                    format!("could not list this path: {err}"),
                    None,
                ));
                continue;
            }
        };
        let rel = rel_path(raw, entry.path());
        if entry.path_is_symlink() {
            problems.push(QuarantineEntry::error(
                &rel,
                None,
                "symbolic link not followed (copy the file into the raw folder instead)",
                None,
            ));
            continue;
        }
        if entry.file_type().is_file() {
            let size = entry.metadata().map(|m| m.len()).unwrap_or(0);
            let modified_ns = entry
                .metadata()
                .ok()
                .and_then(|m| m.modified().ok())
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .map(|d| d.as_nanos() as u64);
            files.push(RawFile {
                path: entry.path().to_path_buf(),
                rel,
                size,
                modified_ns,
            });
        }
    }
    (files, problems)
}

fn rel_path(root: &Path, p: &Path) -> String {
    let rel = p.strip_prefix(root).unwrap_or(p);
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

/// One file's rows, or why it has none, with its content hash for de-duplication.
struct ParsedFile {
    rel: String,
    content_hash: Option<String>,
    rows: ParsedRows,
    input: InputFile,
    cache_key: Option<String>,
    /// Taken from the cache, not parsed.
    reused: bool,
}

/// Parses one file, or takes its rows from the cache when the same path with the same
/// content was parsed before by this code with these settings. A file whose size and
/// modification time match the manifest is not even read.
fn parse_file(
    file: &RawFile,
    opts: &NormalizeOptions,
    settings: &str,
    cache: &ParseCache,
    previous: Option<&InputFile>,
) -> ParsedFile {
    let stat_match = previous.filter(|p| {
        p.bytes == file.size
            && file.modified_ns.is_some()
            && p.modified_ns == file.modified_ns
            && !p.content_hash.is_empty()
    });
    if let Some(p) = stat_match {
        let key = ParseCache::key(&file.rel, &p.content_hash, settings);
        if let Some(rows) = cache.load(&key) {
            return ParsedFile {
                rel: file.rel.clone(),
                content_hash: Some(p.content_hash.clone()),
                rows,
                input: p.clone(),
                cache_key: Some(key),
                reused: true,
            };
        }
    }
    let bytes = match std::fs::read(&file.path) {
        Ok(b) => b,
        Err(err) => return failed(file, format!("could not read the file: {err}")),
    };
    let hash = blake3::hash(&bytes).to_hex()[..32].to_string();
    let input = InputFile {
        file: file.rel.clone(),
        bytes: bytes.len() as u64,
        modified_ns: file.modified_ns,
        content_hash: hash.clone(),
    };
    let key = ParseCache::key(&file.rel, &hash, settings);
    if let Some(rows) = cache.load(&key) {
        return ParsedFile {
            rel: file.rel.clone(),
            content_hash: Some(hash),
            rows,
            input,
            cache_key: Some(key),
            reused: true,
        };
    }
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| parse_bytes(&bytes, file, opts)));
    let Ok(rows) = result else {
        return failed(
            file,
            "internal error while parsing this file (a bug: please report it with the file)".to_string(),
        );
    };
    ParsedFile {
        rel: file.rel.clone(),
        content_hash: Some(hash),
        rows,
        input,
        cache_key: Some(key),
        reused: false,
    }
}

fn parse_bytes(bytes: &[u8], file: &RawFile, opts: &NormalizeOptions) -> ParsedRows {
    let decoded = match decode::decode(bytes) {
        Ok(d) => d,
        Err(err) => {
            let mut tables = Tables::default();
            tables
                .quarantine
                .push(QuarantineEntry::error(&file.rel, None, err.to_string(), None));
            return ParsedRows { format: None, tables };
        }
    };
    let format = sources::detect(&file.rel, &decoded.text);
    let ctx = FileContext {
        rel_path: file.rel.clone(),
        format: format.as_str(),
    };
    let page = sources::extract(format, &decoded.text);
    let mut tables = page_rows(page, &ctx, &decoded.text, opts);
    for (line, reason) in decoded.warnings {
        tables
            .quarantine
            .push(QuarantineEntry::warning(&file.rel, line, reason, None));
    }
    ParsedRows {
        format: Some(format.as_str().to_string()),
        tables,
    }
}

fn failed(file: &RawFile, reason: String) -> ParsedFile {
    let mut tables = Tables::default();
    tables
        .quarantine
        .push(QuarantineEntry::error(&file.rel, None, reason, None));
    ParsedFile {
        rel: file.rel.clone(),
        content_hash: None,
        rows: ParsedRows { format: None, tables },
        input: InputFile {
            file: file.rel.clone(),
            bytes: file.size,
            modified_ns: file.modified_ns,
            content_hash: String::new(),
        },
        cache_key: None,
        reused: false,
    }
}

/// Concatenates files in path order. A file whose bytes equal an earlier file's is listed in
/// duplicates and not counted again; an experience seen before (same id) likewise.
fn merge(parsed: Vec<ParsedFile>) -> Tables {
    let mut out = Tables::default();
    out.reserve_for(parsed.iter().map(|p| &p.rows.tables));
    let mut seen_files: HashMap<String, String> = HashMap::new();
    let mut seen_experiences: HashMap<String, (String, i64)> = HashMap::new();
    for file in parsed {
        if let Some(hash) = &file.content_hash {
            if let Some(first) = seen_files.get(hash) {
                out.duplicates.push(Duplicate {
                    kind: "file".into(),
                    id: hash.clone(),
                    source_file: file.rel.clone(),
                    source_line: 1,
                    kept_file: first.clone(),
                    kept_line: 1,
                });
                out.quarantine.push(QuarantineEntry::warning(
                    &file.rel,
                    None,
                    format!("same content as {first}; not counted again"),
                    None,
                ));
                continue;
            }
            seen_files.insert(hash.clone(), file.rel.clone());
        }
        let mut t = file.rows.tables;
        t.experiences.retain(|e| match seen_experiences.get(&e.experience_id) {
            Some((kept_file, kept_line)) => {
                out.duplicates.push(Duplicate {
                    kind: "experience".into(),
                    id: e.experience_id.clone(),
                    source_file: e.source_file.clone(),
                    source_line: e.source_line,
                    kept_file: kept_file.clone(),
                    kept_line: *kept_line,
                });
                out.quarantine.push(QuarantineEntry::warning(
                    &e.source_file,
                    Some(e.source_line as usize),
                    format!("same experience as {kept_file} line {kept_line}; counted once"),
                    Some(&e.role),
                ));
                false
            }
            None => {
                seen_experiences.insert(e.experience_id.clone(), (e.source_file.clone(), e.source_line));
                true
            }
        });
        out.append(t);
    }
    out
}

/// A duplicate experience's questions and salary carry the kept record's experience_id and,
/// being the same content, the same question ids: keep the first of each (tables are sorted,
/// so the first is the kept record's).
fn drop_rows_of_duplicate_experiences(t: &mut Tables) {
    if t.duplicates.iter().all(|d| d.kind != "experience") {
        return;
    }
    let mut seen: HashSet<String> = HashSet::new();
    t.questions
        .retain(|q| q.experience_id.is_none() || seen.insert(q.question_id.clone()));
    let mut seen: HashSet<(String, String)> = HashSet::new();
    t.salaries.retain(|s| match &s.experience_id {
        Some(id) => seen.insert((id.clone(), s.raw.clone())),
        None => true,
    });
}

fn write_tables(dir: &Path, t: &Tables) -> Result<()> {
    // Tables are independent: write them on all cores (the big ones first, so the small ones
    // fill in behind them).
    let writers: Vec<Box<dyn Fn() -> Result<()> + Sync + '_>> = vec![
        Box::new(|| store::write_table(dir, &t.questions)),
        Box::new(|| store::write_table(dir, &t.page_sections)),
        Box::new(|| store::write_table(dir, &t.experiences)),
        Box::new(|| store::write_table(dir, &t.salaries)),
        Box::new(|| store::write_table(dir, &t.hiring_steps)),
        Box::new(|| store::write_table(dir, &t.faq)),
        Box::new(|| store::write_table(dir, &t.page_tables)),
        Box::new(|| store::write_table(dir, &t.quarantine)),
        Box::new(|| store::write_table(dir, &t.duplicates)),
        Box::new(|| store::write_table(dir, &t.coverage)),
    ];
    writers.par_iter().map(|w| w()).collect::<Result<Vec<()>>>()?;
    Ok(())
}

/// The pseudonym secret: INTERVIEW_PIPELINE_KEY (64 hex digits), else the key file, created
/// with 32 random bytes (mode 0600) on first use.
fn load_or_create_key(path: &Path) -> Result<[u8; 32]> {
    if let Ok(hex) = std::env::var("INTERVIEW_PIPELINE_KEY") {
        return parse_key(hex.trim()).context("INTERVIEW_PIPELINE_KEY must be 64 hex digits");
    }
    if path.exists() {
        let text =
            std::fs::read_to_string(path).with_context(|| format!("reading pseudonym key {}", path.display()))?;
        return parse_key(text.trim()).with_context(|| {
            format!(
                "{} must hold 64 hex digits (delete it to make a new key)",
                path.display()
            )
        });
    }
    let key = random_key();
    let hex: String = key.iter().map(|b| format!("{b:02x}")).collect();
    atomic::write(path, format!("{hex}\n").as_bytes())
        .with_context(|| format!("creating pseudonym key {}", path.display()))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600));
    }
    Ok(key)
}

fn parse_key(hex: &str) -> Result<[u8; 32]> {
    if hex.len() != 64 || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
        bail!("expected 64 hex digits");
    }
    let mut key = [0u8; 32];
    for (i, byte) in key.iter_mut().enumerate() {
        *byte = u8::from_str_radix(&hex[2 * i..2 * i + 2], 16)?;
    }
    Ok(key)
}

/// 32 bytes from the OS (/dev/urandom), mixed with time and process id as a fallback.
fn random_key() -> [u8; 32] {
    let mut h = blake3::Hasher::new();
    if let Ok(mut f) = std::fs::File::open("/dev/urandom") {
        let mut buf = [0u8; 32];
        if std::io::Read::read_exact(&mut f, &mut buf).is_ok() {
            h.update(&buf);
        }
    }
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    h.update(&now.to_le_bytes());
    h.update(&std::process::id().to_le_bytes());
    *h.finalize().as_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_round_trip_and_validation() {
        let k = parse_key(&"ab".repeat(32)).unwrap();
        assert_eq!(k, [0xab; 32]);
        assert!(parse_key("xyz").is_err());
        assert!(parse_key(&"zz".repeat(32)).is_err());
    }

    #[test]
    fn key_file_created_once() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("k");
        let a = load_or_create_key(&p).unwrap();
        let b = load_or_create_key(&p).unwrap();
        assert_eq!(a, b);
        assert_eq!(std::fs::read_to_string(&p).unwrap().trim().len(), 64);
    }

    #[test]
    fn exit_codes() {
        let clean = IngestOutcome::default();
        assert_eq!(clean.exit_code(false), ExitCode::Clean);
        let warned = IngestOutcome {
            warnings: 1,
            ..Default::default()
        };
        assert_eq!(warned.exit_code(false), ExitCode::Clean);
        assert_eq!(warned.exit_code(true), ExitCode::Quarantined);
        let errored = IngestOutcome {
            errors: 1,
            ..Default::default()
        };
        assert_eq!(errored.exit_code(false), ExitCode::Quarantined);
    }
}
