//! A temporary work folder with raw/, and helpers to run the binary and read its outputs.

use assert_cmd::Command;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// A fixed pseudonym key so runs in different folders are comparable.
pub const TEST_KEY: &str = "0101010101010101010101010101010101010101010101010101010101010101";

pub struct Workdir {
    pub dir: tempfile::TempDir,
}

impl Workdir {
    pub fn new() -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::create_dir_all(dir.path().join("raw")).expect("raw dir");
        Workdir { dir }
    }

    /// A work folder whose raw/ holds only the seed page.
    pub fn with_seed() -> Self {
        let w = Self::new();
        w.write_raw("backbase-interview-guide.txt", &seed_bytes());
        w
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn write_raw(&self, rel: &str, bytes: &[u8]) {
        let p = self.path().join("raw").join(rel);
        std::fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
        std::fs::write(p, bytes).expect("write raw file");
    }

    pub fn cmd(&self) -> Command {
        let mut c = Command::cargo_bin("interview-pipeline").expect("binary");
        c.current_dir(self.path())
            .env("INTERVIEW_PIPELINE_KEY", TEST_KEY)
            .arg("-q");
        c
    }

    /// Runs `args` and returns the exit code.
    pub fn run(&self, args: &[&str]) -> i32 {
        let out = self.cmd().args(args).output().expect("run binary");
        if !matches!(out.status.code(), Some(0) | Some(1)) {
            eprintln!("stderr: {}", String::from_utf8_lossy(&out.stderr));
        }
        out.status.code().unwrap_or(-1)
    }

    pub fn file(&self, rel: &str) -> PathBuf {
        self.path().join(rel)
    }

    pub fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.file(rel)).unwrap_or_else(|e| panic!("reading {rel}: {e}"))
    }

    /// A work folder whose raw/ holds a copy of the bundled raw/.
    pub fn with_bundled() -> Self {
        let w = Self::new();
        for entry in walkdir::WalkDir::new(bundled_raw()) {
            let entry = entry.expect("bundled raw entry");
            if entry.file_type().is_file() {
                let rel = entry.path().strip_prefix(bundled_raw()).expect("under raw/");
                w.write_raw(
                    &rel.to_string_lossy(),
                    &std::fs::read(entry.path()).expect("bundled file"),
                );
            }
        }
        w
    }

    /// The names in a folder of the work folder, sorted.
    pub fn names(&self, rel: &str) -> std::collections::BTreeSet<String> {
        std::fs::read_dir(self.file(rel))
            .unwrap_or_else(|e| panic!("listing {rel}: {e}"))
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect()
    }

    /// The rows of a CSV output as maps from column name to cell.
    pub fn csv(&self, rel: &str) -> Vec<HashMap<String, String>> {
        let mut r = csv::Reader::from_path(self.file(rel)).unwrap_or_else(|e| panic!("opening {rel}: {e}"));
        let headers = r.headers().expect("header").clone();
        r.records()
            .map(|rec| {
                headers
                    .iter()
                    .zip(rec.expect("record").iter())
                    .map(|(h, v)| (h.to_string(), v.to_string()))
                    .collect()
            })
            .collect()
    }
}

/// The seed page: the shared copy when present (the acceptance copy), else the project's own.
pub fn seed_bytes() -> Vec<u8> {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/seed/backbase-interview-guide.txt");
    let own = Path::new(env!("CARGO_MANIFEST_DIR")).join("raw/backbase-interview-guide.txt");
    std::fs::read(&shared)
        .or_else(|_| std::fs::read(&own))
        .expect("seed page")
}

pub fn bundled_raw() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("raw")
}

/// Finds the row whose `key` column equals `value`.
pub fn row<'a>(rows: &'a [HashMap<String, String>], key: &str, value: &str) -> &'a HashMap<String, String> {
    rows.iter()
        .find(|r| r[key] == value)
        .unwrap_or_else(|| panic!("no row with {key} = {value}"))
}

pub fn f(cell: &str) -> f64 {
    cell.parse().unwrap_or_else(|_| panic!("`{cell}` is not a number"))
}

/// The DOM of `page` after headless Chromium loaded and ran it (`--dump-dom`), and Chromium's
/// stderr, where every console message and uncaught error appears as a `:CONSOLE` line.
/// `None` when Chromium is not installed, which fails when REQUIRE_CHROMIUM is set (as CI
/// sets it).
pub fn chromium_dom(page: &Path) -> Option<(String, String)> {
    let out = chromium(
        page,
        &[
            "--enable-logging=stderr",
            "--v=0",
            "--virtual-time-budget=5000",
            "--dump-dom",
        ],
    )?;
    Some((
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    ))
}

/// A screenshot of `page` at 1280 × `height` CSS pixels, written to `png`, as headless
/// Chromium renders it. `None` when Chromium is not installed (see [`chromium_dom`]).
pub fn chromium_screenshot(page: &Path, png: &Path, height: u32) -> Option<String> {
    let out = chromium(
        page,
        &[
            "--hide-scrollbars",
            &format!("--window-size=1280,{height}"),
            &format!("--screenshot={}", png.display()),
        ],
    )?;
    Some(String::from_utf8_lossy(&out.stderr).into_owned())
}

/// Runs headless Chromium with a throwaway profile and the network features off on `page`.
fn chromium(page: &Path, args: &[&str]) -> Option<std::process::Output> {
    let chromium = ["chromium", "chromium-browser"].into_iter().find(|c| {
        std::process::Command::new(c)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
    });
    let Some(chromium) = chromium else {
        assert!(
            std::env::var("REQUIRE_CHROMIUM").is_err(),
            "REQUIRE_CHROMIUM is set but chromium is not installed"
        );
        eprintln!("chromium not installed: headless check skipped");
        return None;
    };
    let profile = tempfile::tempdir().expect("profile dir");
    let url = format!("file://{}", page.display());
    let out = std::process::Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(args)
        .arg(&url)
        .output()
        .expect("run chromium");
    Some(out)
}

/// The console lines of a Chromium stderr (messages, uncaught errors, blocked loads).
pub fn console_lines(stderr: &str) -> Vec<&str> {
    stderr.lines().filter(|l| l.contains(":CONSOLE")).collect()
}

/// Python packages the SQL, interop and README checks need, at versions known to work here
/// (the same as `.ci/run` installs).
const PYTHON_PACKAGES: [&str; 4] = ["duckdb==2.0.1", "polars==2.1.0", "pyarrow==26.0.1", "pandas==3.1.1"];

/// A Python interpreter with duckdb, polars, pyarrow and pandas: $INTERVIEW_PIPELINE_PYTHON (CI makes
/// one in `.ci/run`), else a virtual environment made once under target/ from PyPI. `None`
/// when none can be had, which fails when REQUIRE_DUCKDB is set (as CI sets it).
pub fn python_with_duckdb() -> Option<PathBuf> {
    static PYTHON: std::sync::OnceLock<Option<PathBuf>> = std::sync::OnceLock::new();
    let found = PYTHON
        .get_or_init(|| {
            let works = |p: &Path| {
                std::process::Command::new(p)
                    .args(["-c", "import duckdb, polars, pyarrow, pandas"])
                    .output()
                    .is_ok_and(|o| o.status.success())
            };
            if let Some(p) = std::env::var_os("INTERVIEW_PIPELINE_PYTHON").map(PathBuf::from) {
                return works(&p).then_some(p);
            }
            let venv = Path::new(env!("CARGO_TARGET_TMPDIR")).join("pyvenv-duckdb");
            let python = venv.join("bin/python");
            if works(&python) {
                return Some(python);
            }
            let made = std::process::Command::new("python3")
                .args(["-m", "venv"])
                .arg(&venv)
                .status()
                .is_ok_and(|s| s.success())
                && std::process::Command::new(&python)
                    .args(["-m", "pip", "install", "-q"])
                    .args(PYTHON_PACKAGES)
                    .status()
                    .is_ok_and(|s| s.success());
            (made && works(&python)).then_some(python)
        })
        .clone();
    if found.is_none() {
        assert!(
            std::env::var("REQUIRE_DUCKDB").is_err(),
            "REQUIRE_DUCKDB is set but no Python with duckdb, polars and pyarrow could be had"
        );
        eprintln!("no Python with duckdb: SQL and interop checks skipped");
    }
    found
}
