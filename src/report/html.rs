//! `report.html`: one self-contained page — every chart (SVG, embedded as data URIs) and
//! every aggregate table (sortable by clicking a header), plus a data-quality section.
//!
//! It loads nothing from the network: no external scripts, styles, fonts or images, and a
//! Content-Security-Policy that forbids them. All input text is HTML-escaped, and charts are
//! embedded as images, so text inside them cannot run as script.

use super::{aggregate, ReportInputs, AGGREGATES};
use crate::analytics::str_values;
use anyhow::{Context, Result};
use base64::Engine;
use polars::prelude::*;
use std::fmt::Write;
use std::path::Path;

/// Table rows shown in the page; the CSV files have them all.
const MAX_ROWS: usize = 500;

pub fn render(inputs: &ReportInputs, reports: &Path) -> Result<String> {
    let mut h = String::with_capacity(64 * 1024);
    h.push_str(HEAD);
    let exp = &inputs.experiences;
    let companies: std::collections::BTreeSet<String> = str_values(exp, "company")?.into_iter().flatten().collect();
    writeln!(h, "<header><h1>Interview pipeline report</h1>")?;
    writeln!(
        h,
        "<p class=\"lead\">{} interview experiences from {} companies · {} salary statements · {} quarantine entries</p>",
        exp.height(),
        companies.len(),
        inputs.salaries.height(),
        inputs.quarantine.height()
    )?;
    h.push_str("<nav><a href=\"#companies\">Companies</a>");
    for (stem, title) in AGGREGATES {
        write!(h, "<a href=\"#{stem}\">{}</a>", escape(title))?;
    }
    h.push_str("<a href=\"#data_quality\">Data quality</a></nav></header>\n<main>\n");
    super::companies::render(&mut h, &inputs.aggregates)?;

    for (stem, title) in AGGREGATES {
        writeln!(h, "<section id=\"{stem}\"><h2>{}</h2>", escape(title))?;
        let svg = std::fs::read(reports.join(format!("{stem}.svg")))
            .with_context(|| format!("reading {stem}.svg for the report"))?;
        writeln!(
            h,
            "<figure><img alt=\"{} chart\" src=\"data:image/svg+xml;base64,{}\"></figure>",
            escape(title),
            base64::engine::general_purpose::STANDARD.encode(&svg)
        )?;
        writeln!(h, "<p class=\"note\">{}</p>", escape(table_note(stem)))?;
        table(&mut h, aggregate(&inputs.aggregates, stem), &format!("{stem}.csv"))?;
        h.push_str("</section>\n");
    }

    writeln!(h, "<section id=\"data_quality\"><h2>Data quality</h2>")?;
    data_quality(&mut h, inputs)?;
    h.push_str("</section>\n</main>\n");
    h.push_str(SCRIPT);
    h.push_str("</body></html>\n");
    Ok(h)
}

fn table_note(stem: &str) -> &'static str {
    match stem {
        "rounds_by_role" => "Rounds as stated by candidates. rounds_known counts experiences that state a round count; (all) is the whole company.",
        "rejection_rates" => "rejection_rate = rejected / outcomes_known, where known outcomes are offer, declined and rejected; unstated, pending and withdrawn outcomes are not counted. ci95 is the 95% Wilson score interval. small_sample marks fewer than 5 known outcomes (* in the chart): read rejection_rate_shrunk = (rejected + 5·p) / (outcomes_known + 5) instead, p the company's (all) rate — the role's rate as if it had 5 more outcomes at the company's rate.",
        "top_questions" => "The 10 questions each company asks most, per role and for the whole company ((all)). count: times reported, wordings of one question together; wordings: how many ways it was put at that company and role (other_wordings lists them). Questions a page lists outside any experience count in (all) only.",
        "category_by_family" => "Questions per role family (from the experience they belong to) and category (config/question_taxonomy.toml or --taxonomy); share is of the family's questions. Questions listed on a page outside any experience are (not linked).",
        "outcome_difficulty" => "Counts per company and role: how the interviews ended (offer, declined, rejected, withdrew, pending, not stated) and how hard they were (easy, medium, hard, not stated). experiences is the sample size: with a handful of experiences, read the counts, not shares.",
        "stage_funnel" => "Stages as candidates' narratives order them (processed/stages.csv). experiences: how many name the stage; share: of those whose narrative names any stage; mean_position: 1 is the first stage told; rejected_stopped_here: rejected candidates whose last stage told (an offer aside) is this one. (all) is every company.",
        "channel_rejection" => "Per company and application channel: share of the company's experiences, and rejected / known outcomes with its 95% Wilson interval. rejection_rate_shrunk = (rejected + 5·p) / (outcomes_known + 5), p the company's rate over all channels: read it when small_sample is true (fewer than 5 known outcomes).",
        "salary_spreads" => "Annualized amounts (month ×12, week ×52, day ×260, hour ×2080 unless configured). (all) has the lowest min, the highest max and the median of the roles' midpoints. Currencies are never mixed.",
        _ => "One row per question cluster: rewordings of one question (case, punctuation, word order, stop words, typos, vs / difference between, the asking company's name…) count together and other_wordings lists them; docs/clustering.md has the method and raw/question_overrides.toml pins decisions.",
    }
}

fn data_quality(h: &mut String, inputs: &ReportInputs) -> Result<()> {
    if let Some((total, failed)) = &inputs.data_tests {
        writeln!(
            h,
            "<p class=\"{}\">Data tests of processed/ (unique and not-null keys, vocabularies, relationships, ranges): {} of {total} failed. Results: processed/data_tests.csv; offending rows: processed/data_test_failures.csv.</p>",
            if failed.height() == 0 { "ok" } else { "bad" },
            failed.height()
        )?;
        if failed.height() > 0 {
            table(h, failed, "processed/data_tests.csv")?;
        }
    }
    let q = &inputs.quarantine;
    let sev = str_values(q, "severity")?;
    let errors = sev.iter().filter(|s| s.as_deref() == Some("error")).count();
    writeln!(
        h,
        "<p>{errors} input(s) could not be ingested and {} warning(s) were raised. Full list: processed/quarantine.csv.</p>",
        sev.len() - errors
    )?;
    let status = inputs
        .salaries
        .column("parse_status")
        .ok()
        .map(|c| c.as_materialized_series().clone());
    if let Some(s) = status {
        let mut counts: std::collections::BTreeMap<String, usize> = Default::default();
        for v in s.str()?.iter() {
            *counts.entry(v.unwrap_or("").to_string()).or_default() += 1;
        }
        if !counts.is_empty() {
            h.push_str("<p>Salary parse status: ");
            let parts: Vec<String> = counts.iter().map(|(k, v)| format!("{} {v}", escape(k))).collect();
            h.push_str(&parts.join(" · "));
            h.push_str("</p>\n");
        }
    }
    if inputs.coverage.height() > 0 {
        h.push_str("<h3>Extraction coverage per file</h3>\n<p class=\"note\">Records found in each raw file and the share of its experiences with each field filled (processed/coverage.csv). A drop after a site changes its layout shows here first.</p>\n");
        table(h, &inputs.coverage, "processed/coverage.csv")?;
    }
    let outcome_unknown = inputs.experiences.column("outcome")?.null_count();
    writeln!(
        h,
        "<p>Experiences with no stated outcome: {outcome_unknown} of {}.</p>",
        inputs.experiences.height()
    )?;
    let (mismatches, compared) = &inputs.stage_round_mismatches;
    writeln!(
        h,
        "<p>Stages named in the narrative against the declared round count: {} of {compared} experience(s) with both differ (reports/stage_round_mismatches.csv).</p>",
        mismatches.height()
    )?;
    if mismatches.height() > 0 {
        table(h, mismatches, "reports/stage_round_mismatches.csv")?;
    }
    if q.height() > 0 {
        table(h, q, "processed/quarantine.csv")?;
    }
    Ok(())
}

/// A sortable table of a frame's first rows, every cell escaped.
pub(super) fn table(h: &mut String, df: &DataFrame, full: &str) -> Result<()> {
    h.push_str("<div class=\"scroll\"><table class=\"sortable\"><thead><tr>");
    for name in df.get_column_names() {
        write!(h, "<th>{}</th>", escape(name.as_str()))?;
    }
    h.push_str("</tr></thead><tbody>\n");
    let columns = df.columns();
    for i in 0..df.height().min(MAX_ROWS) {
        h.push_str("<tr>");
        for c in columns {
            let v = c.get(i)?;
            let numeric = matches!(
                v,
                AnyValue::Int64(_) | AnyValue::Float64(_) | AnyValue::UInt32(_) | AnyValue::Int32(_)
            );
            if numeric {
                write!(h, "<td class=\"num\">{}</td>", escape(&cell_text(&v)))?;
            } else {
                write!(h, "<td>{}</td>", escape(&cell_text(&v)))?;
            }
        }
        h.push_str("</tr>\n");
    }
    h.push_str("</tbody></table></div>\n");
    if df.height() > MAX_ROWS {
        writeln!(
            h,
            "<p class=\"note\">First {MAX_ROWS} of {} rows; all rows in {}.</p>",
            df.height(),
            escape(full)
        )?;
    }
    Ok(())
}

fn cell_text(v: &AnyValue) -> String {
    match v {
        AnyValue::Null => String::new(),
        AnyValue::String(s) => s.to_string(),
        AnyValue::StringOwned(s) => s.to_string(),
        AnyValue::Float64(f) => {
            let s = format!("{f:.4}");
            let s = s.trim_end_matches('0').trim_end_matches('.');
            s.to_string()
        }
        other => other.to_string(),
    }
}

/// HTML-escapes text for element content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

const HEAD: &str = r#"<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Interview pipeline report</title>
<script>
// Counts script errors and blocked loads, so a headless check can fail on a broken page.
window.__reportErrors = [];
window.addEventListener("error", function(e){ window.__reportErrors.push(String(e.message || (e.target && e.target.src) || "error")); }, true);
document.addEventListener("securitypolicyviolation", function(e){ window.__reportErrors.push("blocked " + e.blockedURI); });
</script>
<style>
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1d2430;background:#f6f7f9}
header{background:#1f3b5a;color:#fff;padding:18px 32px}
header h1{margin:0 0 6px 0;font-size:26px}
.lead{margin:0 0 10px 0;opacity:.9}
nav a{color:#cfe3ff;margin-right:18px;text-decoration:none;font-weight:600}
main{padding:8px 32px 40px 32px;max-width:1280px}
section{background:#fff;border:1px solid #dde2e8;border-radius:8px;padding:16px 20px;margin:20px 0}
h2{margin-top:0}
figure{margin:0 0 8px 0}
figure img{max-width:100%;height:auto;border:1px solid #eef0f3}
.note{color:#4d5866;font-size:14px}
.scroll{overflow-x:auto}
table{border-collapse:collapse;font-size:14px;width:100%}
th,td{border-bottom:1px solid #e6e9ee;padding:5px 8px;text-align:left;vertical-align:top}
th{background:#eef2f7;cursor:pointer;user-select:none;white-space:nowrap}
th.asc::after{content:" \25B2"}th.desc::after{content:" \25BC"}
td.num{text-align:right;font-variant-numeric:tabular-nums}
details.company{border-top:1px solid #e6e9ee;padding:8px 0}
details.company summary{font-size:19px;font-weight:600;cursor:pointer;padding:4px 0}
.lead-dark{margin:6px 0 10px 0}
p.bad{color:#a3261b;font-weight:600}
.roles{display:grid;grid-template-columns:repeat(auto-fill,minmax(360px,1fr));gap:8px 24px}
.role h4{margin:10px 0 4px 0}
.role ol{margin:0;padding-left:22px}
.role li{margin:3px 0}
.count{color:#4d5866;font-size:13px;white-space:nowrap}
ul.wordings{margin:2px 0 4px 0;padding-left:16px;color:#4d5866;font-size:13px;list-style:circle}
</style></head><body>
"#;

/// Click a header to sort by that column; click again to reverse. Numbers sort as numbers
/// and empty cells last.
const SCRIPT: &str = r#"<script>
// Marks how many charts the browser decoded, so a headless check can tell they render.
window.addEventListener("load", function(){
  var imgs = document.querySelectorAll("figure img");
  var ok = Array.prototype.filter.call(imgs, function(i){ return i.complete && i.naturalWidth > 0; }).length;
  document.documentElement.setAttribute("data-charts-rendered", ok + "/" + imgs.length);
  document.documentElement.setAttribute("data-errors", String(window.__reportErrors.length));
  if (window.__reportErrors.length) document.documentElement.setAttribute("data-error-list", window.__reportErrors.join(" | "));
});
document.querySelectorAll("table.sortable").forEach(function(table){
  table.querySelectorAll("th").forEach(function(th, col){
    th.addEventListener("click", function(){
      var asc = !th.classList.contains("asc");
      table.querySelectorAll("th").forEach(function(o){o.classList.remove("asc","desc");});
      th.classList.add(asc ? "asc" : "desc");
      var body = table.tBodies[0];
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function(a, b){
        var x = a.cells[col].textContent, y = b.cells[col].textContent;
        if (x === "" && y !== "") return 1;
        if (y === "" && x !== "") return -1;
        var nx = parseFloat(x), ny = parseFloat(y);
        var r = (!isNaN(nx) && !isNaN(ny) && String(nx) === x.trim() && String(ny) === y.trim()) ? nx - ny : x.localeCompare(y);
        return asc ? r : -r;
      });
      rows.forEach(function(r){ body.appendChild(r); });
    });
  });
});
</script>
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_injection() {
        assert_eq!(
            escape("<script>alert(1)</script>"),
            "&lt;script&gt;alert(1)&lt;/script&gt;"
        );
        assert_eq!(escape("<img onerror=\"x\">"), "&lt;img onerror=&quot;x&quot;&gt;");
    }

    #[test]
    fn floats_trimmed() {
        assert_eq!(cell_text(&AnyValue::Float64(0.342372)), "0.3424");
        assert_eq!(cell_text(&AnyValue::Float64(62500.0)), "62500");
        assert_eq!(cell_text(&AnyValue::Null), "");
    }
}
