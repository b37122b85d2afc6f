//! The README's "Using the data elsewhere" commands work as written: the export command, then
//! every Python block, run in a folder where `run` has been done on the bundled raw/.

use crate::util::{bundled_raw, Workdir};

/// The fenced blocks of one README section, as (language, code).
fn section_blocks(readme: &str, heading: &str) -> Vec<(String, String)> {
    let start = readme.find(heading).expect("section");
    let rest = &readme[start + heading.len()..];
    let section = &rest[..rest.find("\n## ").unwrap_or(rest.len())];
    let mut blocks = Vec::new();
    let mut lines = section.lines();
    while let Some(line) = lines.next() {
        if let Some(lang) = line.strip_prefix("```") {
            let code: Vec<&str> = lines.by_ref().take_while(|l| !l.starts_with("```")).collect();
            blocks.push((lang.to_string(), code.join("\n")));
        }
    }
    blocks
}

#[test]
fn using_the_data_elsewhere_runs_as_written() {
    let readme = std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let blocks = section_blocks(&readme, "## Using the data elsewhere");
    let shell: Vec<&String> = blocks.iter().filter(|(l, _)| l == "sh").map(|(_, c)| c).collect();
    assert_eq!(shell.len(), 1);
    let w = Workdir::new();
    for line in shell[0].lines() {
        // `cargo run --release -- ARGS` is the built binary with ARGS.
        let args: Vec<&str> = line
            .strip_prefix("cargo run --release -- ")
            .expect("a cargo run line")
            .split(' ')
            .collect();
        let mut cmd = w.cmd();
        cmd.args(&args);
        if args[0] == "run" {
            cmd.arg("--raw").arg(bundled_raw());
        }
        let out = cmd.output().unwrap();
        assert!(
            matches!(out.status.code(), Some(0) | Some(1)),
            "{line}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    assert!(w.file("export/experiences/company=Backbase/part-0.parquet").is_file());
    let Some(python) = crate::util::python_with_duckdb() else {
        return;
    };
    let python_blocks: Vec<&String> = blocks.iter().filter(|(l, _)| l == "python").map(|(_, c)| c).collect();
    assert_eq!(python_blocks.len(), 3, "DuckDB, Polars, pandas");
    let mut outputs = Vec::new();
    for code in python_blocks {
        let out = std::process::Command::new(&python)
            .current_dir(w.path())
            .args(["-W", "error", "-c", code])
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
        assert!(out.status.success(), "{code}\n{}", String::from_utf8_lossy(&out.stderr));
        outputs.push(stdout);
    }
    assert!(
        outputs[0].contains("('Backbase', 5)") && outputs[0].contains("('Northwind Bank', 6)"),
        "{}",
        outputs[0]
    );
    assert!(
        outputs[1].contains("rejected") && outputs[1].contains("offer"),
        "{}",
        outputs[1]
    );
    assert!(
        outputs[2].contains("Backbase") && outputs[2].contains("3.0"),
        "{}",
        outputs[2]
    );
}
