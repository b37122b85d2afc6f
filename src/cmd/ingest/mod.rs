//! `ingest`: every file under raw/ → the processed/ tables.
//!
//! The files are taken in path order, in batches of a few megabytes. A batch is parsed in
//! parallel (one rayon task per file, [`parse`]), merged in path order ([`merge`]) so the
//! output does not depend on scheduling, and appended to the tables by a writer thread
//! ([`write`]); the three stages work on consecutive batches at once. A fixed number of
//! batches is in flight, so memory does not grow with the corpus. A file that cannot be read
//! or parsed goes to quarantine with its reason and the batch goes on. Tables replace the previous ones only
//! once all are complete, and the manifest is written last.

mod discover;
mod merge;
mod parse;
mod write;

use super::ExitCode;
use crate::normalize::clusters::overrides::{self, Overrides};
use crate::normalize::clusters::Clusterer;
use crate::normalize::page::NormalizeOptions;
use crate::normalize::salary::Annualization;
use crate::normalize::salary_checks::SalaryBounds;
use crate::normalize::taxonomy::Taxonomy;
use crate::store::atomic;
use crate::store::manifest::{self, Manifest};
use anyhow::{anyhow, bail, Context, Result};
use discover::{discover, RawFile};
use rayon::prelude::*;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// The processed/ tables, by file stem.
pub const TABLES: [&str; 11] = [
    "experiences",
    "questions",
    "salaries",
    "hiring_steps",
    "faq",
    "page_tables",
    "page_sections",
    "stages",
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
    /// Question taxonomy (TOML): categories and the phrases that decide them, tried in order.
    /// Default: the built-in one, config/question_taxonomy.toml.
    #[arg(long, value_name = "FILE")]
    pub taxonomy: Option<PathBuf>,
    /// Pinned question-clustering decisions (TOML: `[[same]]` and `[[different]]` groups of
    /// wordings). Default: `question_overrides.toml` in the raw folder, when there is one
    /// (that file is read as settings, not as a page).
    #[arg(long, value_name = "FILE")]
    pub question_overrides: Option<PathBuf>,
    /// Also join the paraphrases the lexical clusterer misses ("Tell me about a conflict with
    /// your manager" / "Describe a time you pushed back on your boss") with a trained model
    /// (docs/clustering.md, "The semantic stage"). Needs the model's files in
    /// --semantic-model (README, "Semantic clustering"); scores tens of question pairs a
    /// second, so it is for corpora of thousands of distinct questions, not millions.
    #[arg(long)]
    pub semantic: bool,
    /// Folder of the semantic stage's model: `base/` (all-MiniLM-L6-v2, fetched by
    /// scripts/fetch_semantic_model.py) and `adapter.safetensors` (trained here, shipped).
    #[arg(long, default_value = "models/semantic", value_name = "DIR")]
    pub semantic_model: PathBuf,
    /// Follow symbolic links under the raw folder, also to files outside it (off: each link
    /// is reported in quarantine and not read).
    #[arg(long)]
    pub follow_symlinks: bool,
    /// Keep e-mail addresses and phone numbers found in narratives, advice and other text
    /// (off: each is replaced by `[email removed]` or `[phone removed]`).
    #[arg(long)]
    pub keep_contacts: bool,
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
    /// Exit 1 when anything at all is in quarantine, warnings included, or a data test of
    /// processed/ fails (processed/data_tests.csv).
    #[arg(long)]
    pub strict: bool,
    /// Raw bytes parsed per batch. Memory grows with it (roughly ten times its size in rows);
    /// throughput barely does above the default.
    #[arg(long, default_value_t = 8_000_000, value_name = "BYTES")]
    pub batch_bytes: u64,
    /// Files larger than this are not read (quarantined with the reason).
    #[arg(long, default_value_t = 512 * 1024 * 1024, value_name = "BYTES")]
    pub max_file_bytes: u64,
    /// Lines of a text page longer than this are skipped (quarantined with the reason).
    #[arg(long, default_value_t = 1024 * 1024, value_name = "BYTES")]
    pub max_line_bytes: usize,
    /// Experiences (and salary rows) kept per file; the rest are quarantined.
    #[arg(long, default_value_t = 100_000, value_name = "N")]
    pub max_records_per_file: usize,
}

fn parse_annualization(s: &str) -> Result<Annualization, String> {
    Annualization::parse(s)
}

pub(crate) fn parse_bounds(s: &str) -> Result<SalaryBounds, String> {
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
    /// Data tests that failed (processed/data_tests.csv).
    pub data_tests_failed: usize,
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
            data_tests_failed: 0,
        }
    }

    pub fn exit_code(&self, strict: bool) -> ExitCode {
        if self.errors > 0 || (strict && (self.warnings > 0 || self.data_tests_failed > 0)) {
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
        keep_contacts: args.keep_contacts,
        pseudonym_key: load_or_create_key(&args.key_file)?,
        annualization: args.annualize,
        fallback_company: args.company.clone(),
        taxonomy: load_taxonomy(args.taxonomy.as_deref())?,
    };
    let overrides = load_overrides(&args.raw, args.question_overrides.as_deref())?;
    // Loaded before anything is written: a missing model is a usage error, not a half run.
    let semantic = match args.semantic {
        true => Some(crate::normalize::clusters::semantic::load(&args.semantic_model)?),
        false => None,
    };
    std::fs::create_dir_all(&args.processed).with_context(|| format!("creating {}", args.processed.display()))?;
    atomic::clean_stale_temp_files(&args.processed);
    let settings = settings_hash(args, &opts, &overrides);
    let previous = manifest::read(&args.processed)
        .filter(|m| m.code == env!("SOURCE_HASH") && m.settings == settings && m.schema_version == SCHEMA_VERSION);

    let phases = Phases::new();
    let (mut files, walk_problems) = discover(&args.raw, args.follow_symlinks);
    files.retain(|f| f.rel != overrides::FILE_NAME);
    if let Some(rel) = std::env::var_os("INTERVIEW_PIPELINE_TEST_REMOVE_AFTER_LISTING") {
        // Test hook: a file deleted while an ingest runs, between listing and reading
        // (tests/hostile.rs); makes that race deterministic.
        let _ = std::fs::remove_file(args.raw.join(rel));
    }
    phases.mark("discover");
    let bytes: u64 = files.iter().map(|f| f.size).sum();
    if let Some(m) = previous
        .as_ref()
        .filter(|m| walk_problems.is_empty() && up_to_date(m, &files, &args.processed))
    {
        // Nothing changed since the last ingest: its tables stand. They are tested again
        // when a table file changed after the last test results (a hand edit).
        let mut outcome = IngestOutcome::from_manifest(m, files.len(), bytes);
        outcome.data_tests_failed = match crate::store::data_tests::previous_failures(&args.processed) {
            Some(failed) => {
                if !quiet {
                    for f in &failed {
                        say_failed(&args.processed, &f.test, &f.rule, &f.failing, f.first_example());
                    }
                }
                failed.len()
            }
            None => data_tests(&args.processed, &opts.taxonomy, args.salary_bounds, quiet)?,
        };
        report_summary(&outcome, started, quiet, " (unchanged, nothing rewritten)");
        return Ok(outcome);
    }

    let sinks = write::Sinks::create(&args.processed)?;
    let limits = parse::Limits {
        max_file_bytes: args.max_file_bytes,
        max_line_bytes: args.max_line_bytes,
        max_records: args.max_records_per_file,
    };
    let mut merger = merge::Merger::new(Clusterer::new(&overrides));
    if let Some(semantic) = semantic {
        merger = merger.with_semantic(semantic);
    }
    let (merger, sinks) = stream(
        &files,
        &opts,
        &limits,
        args.batch_bytes,
        (merger, sinks),
        &args.processed,
        quiet,
    )?;
    phases.mark("parse-merge-write");
    if let (Some(s), false) = (merger.semantic(), quiet) {
        eprintln!(
            "semantic stage: {} clusters joined to an earlier one, {} question pairs scored",
            s.joined, s.scored_pairs
        );
    }
    let mut held = merger.finish(walk_problems, args.salary_bounds);
    let (done, counts) = sinks.finish(&mut held, &args.processed)?;
    manifest::remove(&args.processed)?;
    done.commit()?;
    let data_tests_failed = data_tests(&args.processed, &opts.taxonomy, args.salary_bounds, quiet)?;
    phases.mark("finish");
    let m = Manifest {
        schema_version: SCHEMA_VERSION,
        code: env!("SOURCE_HASH").to_string(),
        settings,
        tables: counts,
        inputs: held.inputs,
        salary_bounds: Some([args.salary_bounds.min, args.salary_bounds.max]),
        categories: Some(opts.taxonomy.categories()),
    };
    manifest::write(&args.processed, &m)?;

    let mut outcome = IngestOutcome::from_manifest(&m, files.len(), bytes);
    outcome.data_tests_failed = data_tests_failed;
    report_summary(&outcome, started, quiet, "");
    Ok(outcome)
}

/// Runs the data tests on the tables just written, writes their results into processed/ and
/// returns how many failed (each failure named on stderr).
pub fn data_tests(processed: &Path, taxonomy: &Taxonomy, salary_bounds: SalaryBounds, quiet: bool) -> Result<usize> {
    let expect = crate::store::data_tests::Expectations {
        categories: taxonomy.categories(),
        salary_bounds,
    };
    run_data_tests(processed, &expect, quiet)
}

/// [`data_tests`] with the expectations given.
pub fn run_data_tests(processed: &Path, expect: &crate::store::data_tests::Expectations, quiet: bool) -> Result<usize> {
    use crate::store::data_tests;
    let results = data_tests::run(processed, expect)?;
    data_tests::write(processed, &results)?;
    let failed: Vec<&data_tests::TestResult> = results.iter().filter(|r| !r.passed()).collect();
    if !quiet {
        for r in &failed {
            let example = r.failures.first().map(|f| f.row.as_str()).unwrap_or("");
            say_failed(processed, &r.id(), &r.rule, &r.failing.to_string(), example);
        }
    }
    Ok(failed.len())
}

/// One stderr line per failed data test.
fn say_failed(processed: &Path, test: &str, rule: &str, failing: &str, example: &str) {
    eprintln!(
        "data test failed: {test} ({rule}): {failing} row(s), e.g. {example} — see {}",
        processed.join(crate::store::data_tests::FAILURES_FILE).display()
    );
}

/// Parses, merges and writes the files batch by batch, as a pipeline of three stages joined
/// by channels of one batch each: a thread that parses batches on the rayon pool, this thread
/// merging them in path order, and a writer thread appending them to the tables. Every stage
/// works on its own batch at the same time (the operating system shares the cores among
/// them), and at most five batches are in memory: one per stage and one in each channel.
fn stream(
    files: &[RawFile],
    opts: &NormalizeOptions,
    limits: &parse::Limits,
    batch_bytes: u64,
    (mut merger, mut sinks): (merge::Merger, write::Sinks),
    dir: &Path,
    quiet: bool,
) -> Result<(merge::Merger, write::Sinks)> {
    let (to_writer, for_writer) = std::sync::mpsc::sync_channel::<crate::model::Tables>(1);
    let writer = std::thread::spawn(move || -> Result<write::Sinks> {
        for batch in for_writer {
            sinks.push(batch)?;
        }
        Ok(sinks)
    });
    let progress = progress_bar(files.len() as u64, quiet);
    std::thread::scope(|scope| {
        let (to_merger, for_merger) = std::sync::mpsc::sync_channel::<Vec<parse::ParsedFile>>(1);
        let progress = &progress;
        scope.spawn(move || {
            for batch in batches(files, batch_bytes) {
                let parsed = batch
                    .par_iter()
                    .map(|f| {
                        let p = parse::parse_file(f, opts, limits);
                        progress.inc(1);
                        p
                    })
                    .collect();
                if to_merger.send(parsed).is_err() {
                    break; // the merger stopped: the writer failed
                }
            }
        });
        for parsed in for_merger {
            if to_writer.send(merger.batch(parsed)).is_err() {
                break; // the writer failed: its error is reported below
            }
        }
    });
    drop(to_writer);
    progress.finish_and_clear();
    let sinks = writer
        .join()
        .map_err(|_| anyhow!("the table writer stopped unexpectedly"))?
        .with_context(|| format!("writing the tables in {}", dir.display()))?;
    Ok((merger, sinks))
}

/// Consecutive runs of files of about `max_bytes` in all (at least one file each).
fn batches(files: &[RawFile], max_bytes: u64) -> impl Iterator<Item = &[RawFile]> {
    let mut rest = files;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let mut total = 0u64;
        let n = rest
            .iter()
            .take_while(|f| {
                total += f.size;
                total <= max_bytes
            })
            .count()
            .max(1);
        let (batch, tail) = rest.split_at(n);
        rest = tail;
        Some(batch)
    })
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

/// The `--taxonomy` file, or the built-in taxonomy. A file that cannot be read or parsed is a
/// usage error (exit 2): every category would be wrong otherwise.
pub(crate) fn load_taxonomy(path: Option<&Path>) -> Result<std::sync::Arc<Taxonomy>> {
    let Some(path) = path else {
        return Ok(Taxonomy::default_taxonomy());
    };
    let text = std::fs::read_to_string(path).with_context(|| format!("reading taxonomy {}", path.display()))?;
    let taxonomy = Taxonomy::parse(&text).map_err(|e| anyhow!("taxonomy {}: {e}", path.display()))?;
    Ok(std::sync::Arc::new(taxonomy))
}

/// The `--question-overrides` file, else `question_overrides.toml` in the raw folder when
/// present, else none. A file that cannot be read, parsed or that contradicts itself is a
/// usage error (exit 2): the user's pinned decisions would silently not hold otherwise.
fn load_overrides(raw: &Path, path: Option<&Path>) -> Result<Overrides> {
    let default = raw.join(overrides::FILE_NAME);
    let path = match path {
        Some(p) => p,
        None if default.is_file() => &default,
        None => return Ok(Overrides::default()),
    };
    let text =
        std::fs::read_to_string(path).with_context(|| format!("reading question overrides {}", path.display()))?;
    Overrides::parse(&text).map_err(|e| anyhow!("question overrides {}: {e}", path.display()))
}

/// Hash of every setting that shapes the rows: a change re-parses every file.
fn settings_hash(args: &IngestArgs, opts: &NormalizeOptions, overrides: &Overrides) -> String {
    let a = opts.annualization;
    let text = format!(
        "names={} contacts={} taxonomy={} overrides={} classics={} limits={}/{}/{} key={} annualize={},{},{},{} company={:?} bounds={}..{} semantic={}",
        opts.keep_names,
        opts.keep_contacts,
        opts.taxonomy.fingerprint(),
        overrides.hash(),
        crate::normalize::clusters::classics::hash(),
        args.max_file_bytes,
        args.max_line_bytes,
        args.max_records_per_file,
        blake3::hash(&opts.pseudonym_key).to_hex(),
        a.month,
        a.week,
        a.day,
        a.hour,
        opts.fallback_company,
        args.salary_bounds.min,
        args.salary_bounds.max,
        semantic_settings(args)
    );
    blake3::hash(text.as_bytes()).to_hex()[..32].to_string()
}

/// The semantic stage's part of the settings: off, or the hash of its adapter (a retrained
/// model clusters differently, so an ingest with it is not "unchanged").
fn semantic_settings(args: &IngestArgs) -> String {
    if !args.semantic {
        return "off".into();
    }
    let adapter = args.semantic_model.join("adapter.safetensors");
    match std::fs::read(&adapter) {
        Ok(bytes) => blake3::hash(&bytes).to_hex()[..16].to_string(),
        Err(_) => "missing".into(),
    }
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
    fn batches_cover_every_file_in_order() {
        let files: Vec<RawFile> = [5u64, 5, 20, 1, 1, 1]
            .iter()
            .enumerate()
            .map(|(i, &size)| RawFile {
                path: PathBuf::from(i.to_string()),
                rel: i.to_string(),
                size,
                modified_ns: None,
            })
            .collect();
        let sizes: Vec<Vec<u64>> = batches(&files, 10)
            .map(|b| b.iter().map(|f| f.size).collect())
            .collect();
        assert_eq!(sizes, [vec![5, 5], vec![20], vec![1, 1, 1]]);
        assert_eq!(batches(&files, 0).count(), 6, "a batch holds at least one file");
        assert_eq!(batches(&[], 10).count(), 0);
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
        let untested = IngestOutcome {
            data_tests_failed: 1,
            ..Default::default()
        };
        assert_eq!(untested.exit_code(false), ExitCode::Clean);
        assert_eq!(untested.exit_code(true), ExitCode::Quarantined);
    }
}
