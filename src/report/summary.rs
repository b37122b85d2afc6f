//! `summary.md`: the headline findings in a few lines of text. All input text is escaped
//! for Markdown.

use super::ReportInputs;
use crate::analytics::{f64_values, i64_values, str_values, ALL_ROLES};
use crate::report::charts::{fmt_money, fmt_rate};
use anyhow::Result;
use std::fmt::Write;

pub fn render(inputs: &ReportInputs) -> Result<String> {
    let a = &inputs.aggregates;
    let mut md = String::new();
    let exp = &inputs.experiences;
    let companies: std::collections::BTreeSet<String> = str_values(exp, "company")?.into_iter().flatten().collect();
    writeln!(md, "# Interview pipeline summary\n")?;
    writeln!(
        md,
        "- {} interview experiences from {} companies; {} questions reported ({} distinct); {} salary statements.",
        exp.height(),
        companies.len(),
        i64_values(&a.question_frequency, "count")?
            .iter()
            .flatten()
            .sum::<i64>(),
        a.question_frequency.height(),
        inputs.salaries.height()
    )?;
    let severities = str_values(&inputs.quarantine, "severity")?;
    let errors = severities.iter().filter(|s| s.as_deref() == Some("error")).count();
    let warnings = severities.len() - errors;
    writeln!(
        md,
        "- Quarantine: {errors} input(s) not ingested, {warnings} warning(s) — see processed/quarantine.csv.\n"
    )?;

    writeln!(md, "## By company\n")?;
    let rr = &a.rejection_rates;
    let (c, r, known, rej, rate, lo, hi, n) = (
        str_values(rr, "company")?,
        str_values(rr, "role")?,
        i64_values(rr, "outcomes_known")?,
        i64_values(rr, "rejected")?,
        f64_values(rr, "rejection_rate")?,
        f64_values(rr, "ci95_low")?,
        f64_values(rr, "ci95_high")?,
        i64_values(rr, "experiences")?,
    );
    let rounds = &a.rounds_by_role;
    let (rc, rr_role, rmean, rmed) = (
        str_values(rounds, "company")?,
        str_values(rounds, "role")?,
        f64_values(rounds, "rounds_mean")?,
        f64_values(rounds, "rounds_median")?,
    );
    for i in 0..rr.height() {
        if r[i].as_deref() != Some(ALL_ROLES) {
            continue;
        }
        let company = c[i].clone().unwrap_or_default();
        let rate_text = match (rate[i], lo[i], hi[i]) {
            (Some(p), Some(l), Some(h)) => format!(
                "rejection rate {} ({} of {} known outcomes; 95% CI {}–{}{})",
                fmt_rate(p),
                rej[i].unwrap_or(0),
                known[i].unwrap_or(0),
                fmt_rate(l),
                fmt_rate(h),
                if known[i].unwrap_or(0) < 5 {
                    ", small sample"
                } else {
                    ""
                }
            ),
            _ => "no known outcomes, so no rejection rate".to_string(),
        };
        let round_text = (0..rounds.height())
            .find(|&j| rc[j].as_deref() == Some(company.as_str()) && rr_role[j].as_deref() == Some(ALL_ROLES))
            .and_then(|j| Some(format!("; mean {:.1} rounds (median {})", rmean[j]?, rmed[j]?)))
            .unwrap_or_default();
        writeln!(
            md,
            "- **{}**: {} experiences; {rate_text}{round_text}.",
            md_escape(&company),
            n[i].unwrap_or(0)
        )?;
    }

    let sp = &a.salary_spreads;
    let (sc, sr, scur, smin, smax) = (
        str_values(sp, "company")?,
        str_values(sp, "role")?,
        str_values(sp, "currency")?,
        f64_values(sp, "min")?,
        f64_values(sp, "max")?,
    );
    let mut best: std::collections::BTreeMap<String, (f64, String)> = Default::default();
    for i in 0..sp.height() {
        let (Some(company), Some(role), Some(cur), Some(top)) = (&sc[i], &sr[i], &scur[i], smax[i].or(smin[i])) else {
            continue;
        };
        if role == ALL_ROLES {
            continue;
        }
        let e = best.entry(cur.clone()).or_insert((f64::MIN, String::new()));
        if top > e.0 {
            *e = (top, format!("{} at {}", md_escape(role), md_escape(company)));
        }
    }
    if !best.is_empty() {
        writeln!(md, "\n## Salaries\n")?;
        for (cur, (top, who)) in best {
            writeln!(
                md,
                "- Highest stated annual salary in {cur}: {} ({who}).",
                fmt_money(top)
            )?;
        }
    }

    let qf = &a.question_frequency;
    if qf.height() > 0 {
        writeln!(md, "\n## Most reported questions\n")?;
        let (q, cnt) = (str_values(qf, "question")?, i64_values(qf, "count")?);
        for i in 0..qf.height().min(5) {
            writeln!(
                md,
                "{}. {} — {}×",
                i + 1,
                md_escape(q[i].as_deref().unwrap_or("")),
                cnt[i].unwrap_or(0)
            )?;
        }
    }
    writeln!(md, "\nRates from fewer than 5 known outcomes are marked as small samples; unknown outcomes are never counted as passes. Full tables: reports/*.csv and reports/report.html.")?;
    Ok(md)
}

/// Escapes Markdown and HTML control characters in input text, so a question cannot add
/// links, emphasis or raw HTML to the summary.
pub fn md_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '|' | '!' | '{' | '}' => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\n' | '\r' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::md_escape;

    #[test]
    fn escapes_markdown_and_html() {
        assert_eq!(
            md_escape("<script>alert(1)</script>"),
            "&lt;script&gt;alert(1)&lt;/script&gt;"
        );
        assert_eq!(md_escape("[x](http://e) *b*"), "\\[x\\](http://e) \\*b\\*");
        assert_eq!(md_escape("a\nb"), "a b");
    }
}
